/**
 * Keeps the product's files small enough to read: no file under runtime/,
 * extension/, debug-adapter/, language-server/ or cli/ may exceed 1,500
 * lines (DESIGN.md, habit 8). The test names every offender with its length.
 *
 * It deliberately leaves tests, goldens and scripts alone: long fixture and
 * expectation files are data, not code to read top to bottom.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryFiles, repositoryRoot } from './sourceFiles';

const MAX_LINES = 1500;
const productFolders = ['runtime/', 'extension/', 'debug-adapter/', 'language-server/', 'cli/'];

/** Lines as an editor counts them: a final newline does not start another line. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

test(`no file in the product folders exceeds ${MAX_LINES} lines`, () => {
  const offenders = repositoryFiles()
    .filter((path) => productFolders.some((folder) => path.startsWith(folder)))
    .map((path) => ({ path, lines: lineCount(readFileSync(join(repositoryRoot, path), 'utf8')) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ path, lines }) => `${path} (${lines} lines)`);
  assert.deepEqual(offenders, [], `split these files:\n  ${offenders.join('\n  ')}`);
});

test('line counting ignores only the final newline', () => {
  assert.equal(lineCount(''), 0);
  assert.equal(lineCount('a'), 1);
  assert.equal(lineCount('a\n'), 1);
  assert.equal(lineCount('a\nb\n\n'), 3);
});
