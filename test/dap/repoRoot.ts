/**
 * Finds the repository's root folder for the DAP tests, by walking up from
 * the current directory to the package.json named "refscope". It works the
 * same whether tsx runs the tests as CommonJS or as ES modules, which
 * __dirname and import.meta do not.
 *
 * It deliberately does not guess: a test run outside the repository fails.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'refscope') {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The DAP tests must run inside the Refscope repository.');
    dir = parent;
  }
}
