/**
 * Compile-time SyntaxErrors (raised by CPython's symbol table and code
 * generator, not its parser) come back from compile() as diagnostics with
 * python3.12's messages and positions, recorded in compileErrors.golden.json
 * by makeCompileErrorGoldens.py. Also checks that compile() never throws
 * for them and returns no code object.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compile } from '../../../runtime/compiler/compile';
import { parse } from '../../../runtime/syntax/parser';
import type * as ast from '../../../runtime/syntax/ast';

interface Case {
  source: string;
  error: { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number | null } | null;
}

const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'compileErrors.golden.json'), 'utf8')) as Case[];

for (const c of cases) {
  test(`compile error for ${JSON.stringify(c.source)} matches python3.12`, () => {
    const parsed = parse(c.source, 'm.py', 'exec');
    assert.deepEqual(parsed.errors, [], 'the parser accepts it; the compiler rejects it');
    const result = compile(parsed.tree as ast.mod, 'm.py', 'exec', c.source);
    if (c.error === null) {
      assert.deepEqual(result.errors, []);
      return;
    }
    assert.equal(result.code, null);
    assert.equal(result.errors.length, 1);
    const d = result.errors[0];
    // CPython's end_offset None (future statement errors) is our 0.
    assert.deepEqual(
      { msg: d.msg, lineno: d.lineno, offset: d.offset, end_lineno: d.end_lineno, end_offset: d.end_offset },
      { ...c.error, end_offset: c.error.end_offset ?? 0 },
    );
    assert.equal(d.type, 'SyntaxError');
    assert.equal(d.filename, 'm.py');
    // An error at an artificial location (line -1) has no source line.
    const line = c.error.lineno >= 1 ? c.source.split('\n')[c.error.lineno - 1] + '\n' : null;
    assert.equal(d.text, line);
  });
}
