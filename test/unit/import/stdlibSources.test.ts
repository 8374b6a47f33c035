/**
 * The standard-library modules written in Python (runtime/lib/*.py) ship as
 * strings in runtime/lib/stdlibSources.ts; this test fails when that
 * generated file no longer matches the sources (run
 * `node scripts/gen-stdlib-sources.mjs`). It does not run the modules:
 * conformance programs do.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without type declarations.
import { generate, outFile } from '../../../scripts/gen-stdlib-sources.mjs';

test('runtime/lib/stdlibSources.ts is generated from the current runtime/lib sources', () => {
  assert.equal(readFileSync(outFile as string, 'utf8'), (generate as () => string)(), 'run node scripts/gen-stdlib-sources.mjs');
});

test('the generated sources include every shipped module by its path', () => {
  const text = (generate as () => string)();
  assert.match(text, /"keyword\.py": /);
});
