/**
 * The symbol table decides scopes as CPython 3.12's symtable does: locals,
 * implicit and explicit globals, free and cell variables, nonlocal,
 * class scopes that nested functions cannot see (but whose methods make
 * an implicit `__class__` cell), PEP 709 inlining of list/set/dict
 * comprehensions (not generator expressions), name mangling, PEP 695
 * type parameter, TypeVar bound and type alias scopes, and annotations
 * under `from __future__ import annotations`.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Scope, buildSymtable, mangle, type SymbolTableEntry } from '../../../runtime/compiler/symtable';
import { parse } from '../../../runtime/syntax/parser';
import type * as ast from '../../../runtime/syntax/ast';

function table(src: string) {
  const parsed = parse(src, 't.py', 'exec');
  assert.deepEqual(parsed.errors, []);
  const st = buildSymtable(parsed.tree as ast.mod, 't.py', src);
  assert.deepEqual(st.errors, []);
  return st;
}

function child(ste: SymbolTableEntry, name: string): SymbolTableEntry {
  const c = ste.children.find((x) => x.name === name);
  assert.ok(c, `no child scope ${name}`);
  return c;
}

test('module names are implicit globals; function names are locals', () => {
  const st = table('x = 1\ndef f(a):\n    b = a\n    return x\n');
  assert.equal(st.top.getScope('x'), Scope.LOCAL);
  const f = child(st.top, 'f');
  assert.equal(f.getScope('a'), Scope.LOCAL);
  assert.equal(f.getScope('b'), Scope.LOCAL);
  assert.equal(f.getScope('x'), Scope.GLOBAL_IMPLICIT);
  assert.deepEqual(f.varnames, ['a']);
});

test('a variable used by a nested function is a cell outside and free inside', () => {
  const st = table('def f():\n    v = 1\n    def g():\n        return v\n    return g\n');
  const f = child(st.top, 'f');
  assert.equal(f.getScope('v'), Scope.CELL);
  assert.equal(child(f, 'g').getScope('v'), Scope.FREE);
});

test('global and nonlocal declarations', () => {
  const st = table('def f():\n    global G\n    n = 0\n    def g():\n        nonlocal n\n        n = 1\n        G = 2\n');
  const f = child(st.top, 'f');
  assert.equal(f.getScope('G'), Scope.GLOBAL_EXPLICIT);
  assert.equal(f.getScope('n'), Scope.CELL);
  const g = child(f, 'g');
  assert.equal(g.getScope('n'), Scope.FREE);
  assert.equal(g.getScope('G'), Scope.LOCAL);
});

test('class scopes are invisible to methods, which get a __class__ cell from super()', () => {
  const st = table('class C:\n    y = 1\n    def m(self):\n        super().m()\n        return y\n');
  const c = child(st.top, 'C');
  const m = child(c, 'm');
  assert.equal(m.getScope('y'), Scope.GLOBAL_IMPLICIT);
  assert.equal(m.getScope('__class__'), Scope.FREE);
  assert.equal(c.needsClassClosure, true);
});

test('list comprehensions are inlined, generator expressions are not', () => {
  const st = table('def f(xs):\n    a = [x for x in xs]\n    b = (y for y in xs)\n');
  const f = child(st.top, 'f');
  assert.equal(f.getScope('x'), Scope.LOCAL, 'the comprehension variable becomes a local of f');
  assert.equal(f.getScope('y'), Scope.NONE, 'the generator variable stays in its own scope');
  assert.deepEqual(
    f.children.map((c) => c.name),
    ['genexpr'],
  );
  const inlined = [...st.blocks.values()].filter((s) => s.compInlined).map((s) => s.name);
  assert.deepEqual(inlined, ['listcomp']);
});

test('a walrus in a comprehension binds in the enclosing function', () => {
  const st = table('def f(xs):\n    return [y for x in xs if (y := x)]\n');
  assert.equal(child(st.top, 'f').getScope('y'), Scope.LOCAL);
});

test('private names are mangled inside classes', () => {
  assert.equal(mangle('Foo', '__x'), '_Foo__x');
  assert.equal(mangle('_Foo', '__x'), '_Foo__x');
  assert.equal(mangle('Foo', '__x__'), '__x__');
  assert.equal(mangle(null, '__x'), '__x');
  const st = table('class Foo:\n    __a = 1\n');
  assert.equal(child(st.top, 'Foo').getScope('_Foo__a'), Scope.LOCAL);
});

test('symbol table errors are reported, not thrown', () => {
  const parsed = parse('def f(a):\n    global a\n', 't.py', 'exec');
  const st = buildSymtable(parsed.tree as ast.mod, 't.py');
  assert.equal(st.errors.length, 1);
  assert.equal(st.errors[0].msg, "name 'a' is parameter and global");
  assert.equal(st.errors[0].text, null);
});

test('a generic class gets a type parameter scope whose .type_params and used type variables are cells', () => {
  const st = table('class Box[T]:\n    def get(self) -> T:\n        pass\n');
  const tp = child(st.top, 'Box');
  assert.equal(tp.type, 'typeparams');
  assert.ok(tp.isFunctionLike());
  assert.equal(tp.getScope('.type_params'), Scope.CELL);
  assert.equal(tp.getScope('.generic_base'), Scope.LOCAL);
  assert.equal(tp.getScope('T'), Scope.CELL);
  const cls = child(tp, 'Box');
  assert.equal(cls.type, 'class');
  assert.equal(cls.getScope('.type_params'), Scope.FREE);
  assert.equal(cls.getScope('T'), Scope.FREE);
});

test('a generic function always has a .defaults parameter; bounds and alias values are lazy scopes', () => {
  const st = table('def f[T: int](x): pass\ntype A[K] = dict[K, int]\n');
  const tp = child(st.top, 'f');
  assert.deepEqual(tp.varnames, ['.defaults']);
  assert.equal(child(tp, 'T').type, 'typevarbound');
  const alias = child(child(st.top, 'A'), 'A');
  assert.equal(alias.type, 'typealias');
  assert.equal(alias.getScope('K'), Scope.FREE);
});

test('a type alias in a class body can see the class namespace through __classdict__', () => {
  const st = table('class C:\n    X = int\n    type A = X\n');
  const alias = child(child(st.top, 'C'), 'A');
  assert.ok(alias.canSeeClassScope);
  assert.equal(alias.getScope('__classdict__'), Scope.FREE);
  assert.ok(child(st.top, 'C').needsClassdict);
});

test('under the annotations future, annotations bind and use nothing in any scope', () => {
  const src = 'def f():\n    x = 1\n    def g(a: x) -> y: pass\n';
  const parsed = parse('from __future__ import annotations\n' + src, 't.py', 'exec');
  const st = buildSymtable(parsed.tree as ast.mod, 't.py', undefined, true);
  assert.deepEqual(st.errors, []);
  const f = child(st.top, 'f');
  assert.equal(f.getScope('x'), Scope.LOCAL);
  assert.equal(f.symbols.has('y'), false);
  const without = child(table(src).top, 'f');
  assert.equal(without.getScope('y'), Scope.GLOBAL_IMPLICIT);
});
