/**
 * runtime/syntax/unparse.ts must produce the very strings python3.12
 * stores in __annotations__ under `from __future__ import annotations`
 * (CPython's C unparser), recorded in unparse.golden.json by
 * makeUnparseGoldens.py: precedence parentheses, constant reprs, `1e309`
 * for infinities, f-string rebuilding, lambda spacing quirks.
 * Expressions that python3.12 rejects in annotations are skipped here and
 * covered by the compile error goldens.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type * as ast from '../../../runtime/syntax/ast';
import { parse } from '../../../runtime/syntax/parser';
import { unparseExpr } from '../../../runtime/syntax/unparse';

interface Case {
  source: string;
  unparsed: string | null;
}

const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'unparse.golden.json'), 'utf8')) as Case[];

for (const c of cases) {
  if (c.unparsed === null) continue;
  test(`annotation ${JSON.stringify(c.source)} unparses as python3.12 stores it`, () => {
    const parsed = parse(`x: ${c.source}\n`, 'm.py', 'exec');
    assert.deepEqual(parsed.errors, []);
    const stmt = (parsed.tree as ast.Module).body[0] as ast.AnnAssign;
    assert.equal(unparseExpr(stmt.annotation), c.unparsed);
  });
}
