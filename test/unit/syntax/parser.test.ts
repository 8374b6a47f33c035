/**
 * Unit tests for the parser's public contract: parse() never throws, the
 * three modes build Module/Expression/Interactive, Constant values have the
 * agreed JavaScript types, and positions.ts converts columns both ways.
 * Tree shapes versus CPython are covered by the conformance goldens.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../runtime/syntax/parser';
import { dumpAst } from '../../../runtime/syntax/astDump';
import { byteToUtf16Column, utf16ToByteColumn, utf16ToCodePointColumn } from '../../../runtime/syntax/positions';
import type * as ast from '../../../runtime/syntax/ast';

test('parse never throws, even on garbage', () => {
  for (const src of ['', '\0', '(((', ')))', '"""', 'def', '@', '\\', 'f"{', 'x' + '('.repeat(300), '\t\t  \tx']) {
    const r = parse(src, 'g.py');
    assert.ok(r.tree !== null || r.errors.length > 0);
  }
});

test('exec mode builds a Module, eval an Expression, single an Interactive', () => {
  assert.equal(parse('x = 1\n', 'a.py').tree?.kind, 'Module');
  assert.equal(parse('1 + 2', 'a.py', 'eval').tree?.kind, 'Expression');
  assert.equal(parse('x = 1\n', 'a.py', 'single').tree?.kind, 'Interactive');
  assert.equal(parse('x = 1', 'a.py', 'eval').tree, null);
});

test('constants have the agreed JavaScript types', () => {
  const tree = parse("1, 1.5, 'a', b'\\x01', 2j, None, ..., True", 'a.py', 'eval').tree as ast.Expression;
  const elts = (tree.body as ast.Tuple).elts.map((e) => (e as ast.Constant).value);
  assert.equal(elts[0], 1n);
  assert.equal(elts[1], 1.5);
  assert.equal(elts[2], 'a');
  assert.deepEqual(elts[3], { kind: 'bytes', value: new Uint8Array([1]) });
  assert.deepEqual(elts[4], { kind: 'complex', real: 0, imag: 2 });
  assert.equal(elts[5], null);
  assert.deepEqual(elts[6], { kind: 'ellipsis' });
  assert.equal(elts[7], true);
});

test('errors name the file and return no tree', () => {
  const r = parse('x = (\n', 'mod.py');
  assert.equal(r.tree, null);
  assert.equal(r.errors[0].filename, 'mod.py');
  assert.equal(r.errors[0].msg, "'(' was never closed");
});

test('dumpAst prints Constant.const_kind as kind and omits None optionals', () => {
  const tree = parse("u'x'", 'a.py', 'eval').tree!;
  assert.equal(dumpAst(tree), "Expression(body=Constant(value='x', kind='u'))");
  assert.equal(dumpAst(parse('return\n', 'a.py').tree!), 'Module(body=[Return()], type_ignores=[])');
});

test('dumpAst prints floats like Python repr', () => {
  const d = (s: string): string => dumpAst(parse(s, 'a.py', 'eval').tree!);
  assert.equal(d('1e16'), 'Expression(body=Constant(value=1e+16))');
  assert.equal(d('0.0001'), 'Expression(body=Constant(value=0.0001))');
  assert.equal(d('1e-5'), 'Expression(body=Constant(value=1e-05))');
  assert.equal(d('2.0'), 'Expression(body=Constant(value=2.0))');
  assert.equal(d('1e400'), 'Expression(body=Constant(value=inf))');
});

test('column helpers convert between UTF-16, UTF-8 bytes and code points', () => {
  const line = 'é€😀x';
  assert.equal(utf16ToByteColumn(line, 1), 2);
  assert.equal(utf16ToByteColumn(line, 2), 5);
  assert.equal(utf16ToByteColumn(line, 4), 9);
  assert.equal(byteToUtf16Column(line, 9), 4);
  assert.equal(byteToUtf16Column(line, 5), 2);
  assert.equal(utf16ToCodePointColumn(line, 4), 3);
});

test('a 5,000-line file parses in well under a second', () => {
  const chunk = 'def f(a, b=1, *c, **d):\n    x = [i * 2 for i in range(a) if i % 3]\n    return {k: v for k, v in d.items()}, f"{a!r:>{b}}"\n\n';
  const src = chunk.repeat(1250);
  const t0 = performance.now();
  const r = parse(src, 'big.py');
  const ms = performance.now() - t0;
  assert.equal(r.errors.length, 0);
  assert.ok(ms < 1000, `${ms} ms`);
});
