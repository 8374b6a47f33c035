/**
 * Conformance: for every program in ast/, our parser's tree printed by
 * dumpAst must equal python3.12's ast.dump(..., include_attributes=True)
 * (the committed NAME.ast golden). It never runs python; regenerate goldens
 * with scripts/regen-syntax-goldens.py.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../runtime/syntax/parser';
import { dumpAst } from '../../../runtime/syntax/astDump';

const dir = join(import.meta.dirname, 'ast');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

test('there are at least 25 AST conformance programs', () => {
  assert.ok(programs.length >= 25, `only ${programs.length}`);
});

for (const name of programs) {
  test(`ast of ${name} equals CPython 3.12's`, () => {
    const golden = join(dir, name.replace(/\.py$/, '.ast'));
    assert.ok(existsSync(golden), `missing golden ${golden}: run PYENV_VERSION=3.12.1 python3.12 scripts/regen-syntax-goldens.py`);
    const src = readFileSync(join(dir, name), 'utf8');
    const r = parse(src, name);
    assert.deepEqual(r.errors, []);
    assert.equal(dumpAst(r.tree, { includeAttributes: true }), readFileSync(golden, 'utf8').trimEnd());
  });
}
