/**
 * Conformance: for every bad program in errors/, our first diagnostic must
 * equal the SyntaxError python3.12's compile() raises (type, msg, lineno,
 * offset, end_lineno, end_offset, text), as committed in NAME.json. It
 * never runs python; regenerate with scripts/regen-syntax-goldens.py.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../runtime/syntax/parser';

const dir = join(import.meta.dirname, 'errors');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

test('there are at least 40 error conformance programs', () => {
  assert.ok(programs.length >= 40, `only ${programs.length}`);
});

for (const name of programs) {
  test(`error of ${name} matches CPython 3.12's`, () => {
    const golden = join(dir, name.replace(/\.py$/, '.json'));
    assert.ok(existsSync(golden), `missing golden ${golden}: run PYENV_VERSION=3.12.1 python3.12 scripts/regen-syntax-goldens.py`);
    const want = JSON.parse(readFileSync(golden, 'utf8'));
    const r = parse(readFileSync(join(dir, name), 'utf8'), 'x.py');
    assert.equal(r.tree, null, 'expected a syntax error');
    assert.ok(r.errors.length > 0);
    const e = r.errors[0];
    const got = { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text };
    assert.deepEqual(got, want);
  });
}
