/**
 * Unit tests of the interpreter: running programs end to end, refcounts
 * seen from Python, tracebacks, exit codes, the recursion limit, the run
 * budget, and the debugger hooks (line hook stop and resume, pause, frame
 * inspection).
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeInterpreter, runSource } from './helpers';
import { frameLocal, frameLocalsList, repr, refcount, children, sizeOf, typeName } from '../../../runtime/vm/interpreter';
import { dictGetStr } from '../../../runtime/objects/dict';

test('a generator expression feeds sum()', () => {
  assert.equal(runSource('print(sum(x*x for x in range(10)), "ok")\n').out, '285 ok\n');
});

test('sys.getrefcount counts names, locals and the call argument as CPython', () => {
  const r = runSource(['import sys', 'x = []', 'print(sys.getrefcount(x))', 'def f():', '    a = []', '    b = a', '    return sys.getrefcount(a)', 'print(f())', ''].join('\n'));
  assert.equal(r.out, '2\n3\n');
});

test('objects die when the last reference goes away', () => {
  const r = runSource(['import sys', 'class C: pass', 'c = C()', 'l = [c]', 'del c', 'print(sys.getrefcount(l[0]))', ''].join('\n'));
  assert.equal(r.out, '2\n');
});

test('an uncaught exception prints the traceback with carets and exits 1', () => {
  const r = runSource(['def f(a, b):', '    return a / b', 'f(1, 0)', ''].join('\n'));
  assert.equal(r.exitCode, 1);
  assert.equal(r.err, ['Traceback (most recent call last):', '  File "prog.py", line 3, in <module>', '    f(1, 0)', '  File "prog.py", line 2, in f', '    return a / b', '           ~~^~~', 'ZeroDivisionError: division by zero', ''].join('\n'));
});

test('deep recursion raises RecursionError at the limit without overflowing the JS stack', () => {
  const r = runSource(['import sys', 'def f(n):', '    return f(n + 1)', 'try:', '    f(0)', 'except RecursionError as e:', '    print(e)', ''].join('\n'));
  assert.equal(r.out, 'maximum recursion depth exceeded\n');
});

test('SystemExit sets the exit code', () => {
  assert.equal(runSource('import sys\nsys.exit(4)\n').exitCode, 4);
  const r = runSource('raise SystemExit("bye")\n');
  assert.equal(r.exitCode, 1);
  assert.equal(r.err, 'bye\n');
});

test('run(budget) returns budget and resumes where it stopped', () => {
  const c = makeInterpreter();
  c.interp.loadMain('t = 0\nfor i in range(1000):\n    t += i\nprint(t)\n', 'prog.py');
  let budgets = 0;
  for (;;) {
    const r = c.interp.run(10);
    if (r.reason === 'finished') break;
    assert.equal(r.reason, 'budget');
    budgets++;
  }
  assert.ok(budgets > 50);
  assert.equal(c.out(), '499500\n');
});

test('the line hook fires at each new line, and returning true stops before it; run() resumes without firing again', () => {
  const c = makeInterpreter();
  c.interp.loadMain('a = 1\ndef f(x):\n    y = x + 1\n    return y\nb = f(a)\nprint(b)\n', 'prog.py');
  const seen: string[] = [];
  c.interp.lineHook = (_t, frame) => {
    seen.push(`${frame.f_code.co_name}:${frame.f_lineno}`);
    return frame.f_lineno === 3;
  };
  const r1 = c.interp.run(1000);
  assert.deepEqual(r1, { reason: 'stopped' });
  const thread = c.interp.threads[0];
  const frame = thread.frame!;
  assert.equal(frame.f_code.co_name, 'f');
  assert.equal(frame.f_lineno, 3);
  assert.equal(repr(frameLocal(thread, frame, 0)!), '1');
  assert.equal(frameLocal(thread, frame, 1), null);
  assert.deepEqual(frameLocalsList(thread, frame).map(([n]) => n), ['x']);
  assert.equal(frame.f_back!.f_code.co_name, '<module>');
  assert.equal(frame.f_back!.f_lineno, 5);
  assert.equal(c.out(), '');
  const r2 = c.interp.run(1000);
  assert.deepEqual(r2, { reason: 'finished', exitCode: 0 });
  assert.deepEqual(seen, ['<module>:1', '<module>:2', '<module>:5', 'f:3', 'f:4', '<module>:6']);
  assert.equal(c.out(), '2\n');
});

test('a loop reports its header line on every iteration', () => {
  const c = makeInterpreter();
  c.interp.loadMain('for i in range(3):\n    pass\nprint(i)\n', 'prog.py');
  const lines: number[] = [];
  c.interp.lineHook = (_t, f) => {
    lines.push(f.f_lineno);
    return false;
  };
  c.interp.runToEnd();
  assert.deepEqual(lines, [1, 2, 1, 2, 1, 2, 1, 3]);
});

test('requestPause stops at the next eval-breaker check', () => {
  const c = makeInterpreter();
  c.interp.loadMain('i = 0\nwhile i < 100000:\n    i += 1\nprint(i)\n', 'prog.py');
  assert.equal(c.interp.run(5).reason, 'budget');
  c.interp.requestPause();
  assert.deepEqual(c.interp.run(1000000), { reason: 'stopped' });
  const i = dictGetStr(c.interp.main!.dict!, 'i')!;
  assert.ok(i.v > 0 && i.v < 100000);
  assert.deepEqual(c.interp.run(1000000000), { reason: 'finished', exitCode: 0 });
  assert.equal(c.out(), '100000\n');
});

test('inspection helpers give repr, type, refcount, size and children', () => {
  const c = makeInterpreter();
  c.interp.loadMain('x = [1, "a", {"k": (2,)}]\ny = x\n', 'prog.py');
  c.interp.runToEnd();
  const x = dictGetStr(c.interp.main!.dict!, 'x')!;
  assert.equal(repr(x), "[1, 'a', {'k': (2,)}]");
  assert.equal(typeName(x), 'list');
  assert.equal(refcount(x), 2);
  assert.equal(sizeOf(x), 80);
  const ch = children(x);
  assert.equal(ch?.kind, 'sequence');
});

test('a syntax error is returned by loadMain without printing', () => {
  const c = makeInterpreter();
  const d = c.interp.loadMain('def f(:\n  pass\n', 'prog.py');
  assert.ok(d !== null);
  assert.equal(d!.type, 'SyntaxError');
  assert.equal(c.err(), '');
});
