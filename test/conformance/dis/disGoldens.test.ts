/**
 * Conformance of the compiler and `dis` with python3.12: every
 * test/conformance/dis/NAME.py is compiled twice — from python3.12's own
 * AST (NAME.ast.json, isolating the compiler) and from our parser's AST —
 * and must disassemble exactly as NAME.dis (addresses normalised), with
 * every code object's bytes, location table, exception table, constants,
 * names, localsplus, stack size and flags equal to NAME.code.json.
 * Programs named interactive_*.py are compiled in 'single' mode, as the
 * REPL compiles a statement. The golden set must hold at least 100 code
 * objects (the issue's requirement), which the last test counts.
 * Goldens come from scripts/regen-dis-goldens.py; this test never runs
 * python3.12.
 */

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeData } from '../../../runtime/bytecode/codeData';
import { constRepr } from '../../../runtime/bytecode/constRepr';
import { disassemble } from '../../../runtime/bytecode/dis';
import { compile } from '../../../runtime/compiler/compile';
import { parse } from '../../../runtime/syntax/parser';
import type * as ast from '../../../runtime/syntax/ast';
import { astFromJson } from './astFromJson';

const here = import.meta.dirname;
const programs = readdirSync(here)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();

const normalise = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

interface GoldenCode {
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: string;
  co_linetable: string;
  co_exceptiontable: string;
  co_consts: string[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: number[];
}

function flatten(co: CodeData, out: CodeData[] = []): CodeData[] {
  out.push(co);
  for (const c of co.co_consts) if (c !== null && typeof c === 'object' && c.kind === 'code') flatten(c, out);
  return out;
}

function describe(co: CodeData): GoldenCode {
  return {
    co_name: co.co_name,
    co_qualname: co.co_qualname,
    co_firstlineno: co.co_firstlineno,
    co_argcount: co.co_argcount,
    co_posonlyargcount: co.co_posonlyargcount,
    co_kwonlyargcount: co.co_kwonlyargcount,
    co_stacksize: co.co_stacksize,
    co_flags: co.co_flags,
    co_code: hex(co.co_code),
    co_linetable: hex(co.co_linetable),
    co_exceptiontable: hex(co.co_exceptiontable),
    co_consts: co.co_consts.map((c) => (c !== null && typeof c === 'object' && c.kind === 'code' ? `<code ${c.co_name}>` : constRepr(c))),
    co_names: co.co_names,
    co_localsplusnames: co.co_localsplusnames,
    // The golden derives kinds from co_varnames/co_cellvars/co_freevars, which
    // cannot show CO_FAST_HIDDEN (0x10); compare the public bits only.
    co_localspluskinds: Array.from(co.co_localspluskinds, (k) => k & 0xe0),
  };
}

const modeOf = (name: string) => (name.startsWith('interactive_') ? 'single' : 'exec');

function check(name: string, tree: ast.mod, source: string): void {
  const result = compile(tree, `${name}.py`, modeOf(name), source);
  assert.deepEqual(result.errors, []);
  const code = result.code!;
  const expectedDis = readFileSync(join(here, `${name}.dis`), 'utf8');
  assert.equal(normalise(disassemble(code)), normalise(expectedDis));
  const golden = JSON.parse(readFileSync(join(here, `${name}.code.json`), 'utf8')) as GoldenCode[];
  const ours = flatten(code).map(describe);
  assert.equal(ours.length, golden.length, 'number of code objects');
  for (let i = 0; i < golden.length; i++) assert.deepEqual(ours[i], golden[i], `code object ${golden[i].co_qualname}`);
}

for (const name of programs) {
  const source = readFileSync(join(here, `${name}.py`), 'utf8');
  test(`${name}: compiling python3.12's AST matches python3.12 (dis, bytes, tables)`, () => {
    check(name, astFromJson(readFileSync(join(here, `${name}.ast.json`), 'utf8')), source);
  });
  test(`${name}: compiling our parser's AST matches python3.12`, () => {
    const parsed = parse(source, `${name}.py`, modeOf(name));
    assert.deepEqual(parsed.errors, []);
    check(name, parsed.tree as ast.mod, source);
  });
}

test('the golden set covers at least 100 code objects, every one compared', () => {
  let total = 0;
  for (const name of programs) {
    total += (JSON.parse(readFileSync(join(here, `${name}.code.json`), 'utf8')) as GoldenCode[]).length;
  }
  assert.ok(total >= 100, `only ${total} code objects`);
});
