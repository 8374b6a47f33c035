/**
 * The ProgramController's own decisions, on a scripted stand-in for the
 * interpreter (scriptedVm.ts) and a hand-pumped scheduler: where next,
 * stepIn and stepOut stop, that step over does not stop in a sibling frame
 * at the same depth, how breakpoints are verified and reported, that pause
 * stops an endless program, that output is reported before the stop it
 * precedes, and that handles die when the program resumes.
 *
 * It deliberately does not test the interpreter or DAP; the other DAP tests
 * run the real adapter on the real runtime.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Host } from '../../runtime/host';
import { line1, type InspectorEvent } from '../../runtime/inspect/api';
import { InspectError, ProgramController } from '../../runtime/inspect/programController';
import { ScriptedVm, type FakeObject, type ScriptFrame, type ScriptStep } from './scriptedVm';

const baseHost: Host = {
  write: () => assert.fail('output must go through the controller, not the base host'),
  readFile: () => null,
  wallClockMs: () => 0,
  env: {},
  argv: ['/fake/program.py'],
};

const list: FakeObject = {
  repr: '[1, 2, 3]',
  type: 'list',
  refcount: 2,
  address: 0x7f0010,
  size: 88,
  items: [1, 2, 3].map((n) => ({ repr: String(n), type: 'int', refcount: 4294967295, address: 0x100 + n, size: 28 })),
};
const M: ScriptFrame = { name: '<module>' };
const tally: ScriptFrame = { name: 'tally', locals: { data: list, alias: list } };
const helper: ScriptFrame = { name: 'helper' };

/** The line events of fixtures/functions.py. */
const functionsScript: ScriptStep[] = [
  { stack: [M], line: 2 },
  { stack: [M], line: 10 },
  { stack: [M], line: 15 },
  { stack: [M, tally], line: 3 },
  { stack: [M, tally], line: 4 },
  { stack: [M, tally], line: 6 },
  { stack: [M, tally], line: 7 },
  { stack: [M], line: 16 },
  { stack: [M, helper], line: 11 },
  { stack: [M, helper], line: 12 },
  { stack: [M], line: 17, print: '7 14\n' },
];
const functionsLines = [2, 3, 4, 6, 7, 10, 11, 12, 15, 16, 17];

function setup(script: ScriptStep[], lines: number[], loopForever = false) {
  const queue: (() => void)[] = [];
  const events: InspectorEvent[] = [];
  const controller = new ProgramController({
    host: baseHost,
    createPort: (host) => new ScriptedVm(host, script, lines, loopForever),
    schedule: (callback) => queue.push(callback),
    sliceBudget: 3,
  });
  controller.onEvent((event) => events.push(event));
  controller.load('', '/fake/program.py');
  /** Runs scheduled slices until the program stops or ends (or `limit` slices pass). */
  const pump = (limit = 1000): InspectorEvent[] => {
    const before = events.length;
    for (let i = 0; i < limit && queue.length > 0; i++) queue.shift()!();
    return events.slice(before);
  };
  const where = (): [string, number] => {
    const top = controller.stackTrace(1)[0];
    return [top.name, top.line];
  };
  return { controller, events, pump, where };
}

test('stopOnEntry stops at the first line event with reason entry', () => {
  const { controller, pump, where } = setup(functionsScript, functionsLines);
  controller.start(true);
  assert.deepEqual(pump(), [{ kind: 'stopped', reason: 'entry', threadId: 1, hitBreakpointIds: [] }]);
  assert.deepEqual(where(), ['<module>', 2]);
});

test('next steps over a call; stepIn enters it; next leaves it for the caller', () => {
  const { controller, pump, where } = setup(functionsScript, functionsLines);
  controller.setBreakpoints('/fake/program.py', [line1(15)]);
  controller.start(false);
  pump();
  assert.deepEqual(where(), ['<module>', 15]);
  controller.stepping('stepIn', 1);
  pump();
  assert.deepEqual(where(), ['tally', 3]);
  for (const line of [4, 6, 7]) {
    controller.stepping('next', 1);
    pump();
    assert.deepEqual(where(), ['tally', line]);
  }
  controller.stepping('next', 1);
  pump();
  assert.deepEqual(where(), ['<module>', 16]);
  controller.stepping('next', 1);
  pump();
  assert.deepEqual(where(), ['<module>', 17]);
});

test('stepOut stops at the next line of the caller', () => {
  const { controller, pump, where } = setup(functionsScript, functionsLines);
  controller.setBreakpoints('/fake/program.py', [line1(11)]);
  controller.start(false);
  pump();
  controller.stepping('stepOut', 1);
  pump();
  assert.deepEqual(where(), ['<module>', 17]);
});

test('next at the end of a function does not stop in a sibling frame called from the same line', () => {
  const f: ScriptFrame = { name: 'f' };
  const g: ScriptFrame = { name: 'g' };
  const script: ScriptStep[] = [
    { stack: [M], line: 5 },
    { stack: [M, f], line: 1 },
    { stack: [M, g], line: 3 },
    { stack: [M], line: 6 },
  ];
  const { controller, pump, where } = setup(script, [1, 3, 5, 6]);
  controller.setBreakpoints('/fake/program.py', [line1(1)]);
  controller.start(false);
  pump();
  assert.deepEqual(where(), ['f', 1]);
  controller.stepping('next', 1);
  pump();
  assert.deepEqual(where(), ['<module>', 6]);
});

test('breakpoints are verified, moved off lines without code, or unverified with a reason', () => {
  const { controller } = setup(functionsScript, functionsLines);
  const views = controller.setBreakpoints('/fake/program.py', [line1(6), line1(5), line1(40)]);
  assert.deepEqual(
    views.map((v) => [v.verified, v.line]),
    [
      [true, 6],
      [true, 6],
      [false, 40],
    ],
  );
  assert.match(views[1].message ?? '', /moved to line 6/);
  assert.match(views[2].message ?? '', /No code at or after line 40/);
  const other = controller.setBreakpoints('/fake/other.py', [line1(3)]);
  assert.equal(other[0].verified, false);
  assert.ok(other[0].message);
});

test('a breakpoint hit reports its id, and output written before it comes first', () => {
  const script = functionsScript.map((step) => (step.line === 16 ? { ...step, print: 'before\n' } : step));
  const { controller, pump } = setup(script, functionsLines);
  const [bp] = controller.setBreakpoints('/fake/program.py', [line1(11)]);
  controller.start(false);
  assert.deepEqual(pump(), [
    { kind: 'output', category: 'stdout', text: 'before\n' },
    { kind: 'stopped', reason: 'breakpoint', threadId: 1, hitBreakpointIds: [bp.id] },
  ]);
});

test('the program runs to its end with output then exited', () => {
  const { controller, pump } = setup(functionsScript, functionsLines);
  controller.start(false);
  assert.deepEqual(pump(), [
    { kind: 'output', category: 'stdout', text: '7 14\n' },
    { kind: 'exited', exitCode: 0 },
  ]);
  assert.equal(controller.state, 'exited');
  assert.throws(() => controller.stackTrace(1), InspectError);
  assert.deepEqual(controller.threads(), []);
});

test('pause stops an endless program at its next slice, and terminate ends it for good', () => {
  const { controller, pump } = setup([{ stack: [M], line: 3 }], [3], true);
  controller.start(false);
  assert.deepEqual(pump(50), []);
  assert.equal(controller.state, 'running');
  controller.pause();
  assert.deepEqual(pump(), [{ kind: 'stopped', reason: 'pause', threadId: 1, hitBreakpointIds: [] }]);
  controller.continue();
  pump(10);
  controller.terminate();
  assert.deepEqual(pump(), []);
  assert.equal(controller.state, 'terminated');
});

test('variables show repr, type and items, with ob_refcnt under (internals); handles die on resume', () => {
  const { controller, pump } = setup(functionsScript, functionsLines);
  controller.setBreakpoints('/fake/program.py', [line1(6)]);
  controller.start(false);
  pump();
  const frame = controller.stackTrace(1)[0];
  const [locals] = controller.scopes(frame.id);
  const rows = controller.variables(locals.variablesRef);
  assert.deepEqual(
    rows.map((r) => [r.name, r.value, r.type]),
    [
      ['data', '[1, 2, 3]', 'list'],
      ['alias', '[1, 2, 3]', 'list'],
    ],
  );
  assert.equal(rows[0].object?.refcount, 2);
  const items = controller.variables(rows[0].variablesRef);
  assert.deepEqual(
    items.map((r) => r.name),
    ['[0]', '[1]', '[2]', '(internals)'],
  );
  const internals = controller.variables(items[3].variablesRef);
  assert.deepEqual(
    internals.map((r) => [r.name, r.value]),
    [
      ['ob_refcnt', '2'],
      ['ob_type', 'list'],
      ['id', String(0x7f0010)],
      ['sys.getsizeof', '88'],
    ],
  );
  const evaluated = controller.evaluate('alias[1]', frame.id);
  assert.ok(evaluated.ok && evaluated.variable.value === '2');
  controller.stepping('next', 1);
  pump();
  assert.throws(() => controller.variables(rows[0].variablesRef), /resumed/);
  assert.throws(() => controller.scopes(frame.id), /resumed/);
});
