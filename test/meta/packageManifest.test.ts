/**
 * Checks that the build plumbing and package.json agree: the extension's
 * `main` and every bin are bundles scripts/build.mjs produces (bins with a
 * shebang), every npm script that runs a file names one that exists, the
 * .vsix ships every bundle, and package-lock.json resolves only from the
 * npm registry (CI can reach nothing else).
 *
 * It deliberately does not build or package anything; `npm run package`
 * and the e2e test do that for real.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundles } from '../../scripts/build.mjs';
import { repositoryRoot } from './sourceFiles';

const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'));
const normalise = (path: string): string => path.replace(/^\.\//, '');

test("package.json's main is the extension bundle", () => {
  const extension = bundles.find((b) => b.name === 'extension');
  assert.equal(normalise(manifest.main), extension?.out);
});

test('every bin in package.json is an executable bundle', () => {
  const executables = bundles.filter((b) => b.executable).map((b) => b.out).sort();
  const bins = Object.values(manifest.bin as Record<string, string>).map(normalise).sort();
  assert.deepEqual(bins, executables);
});

test('every npm script that runs a file names one that exists', () => {
  const missing: string[] = [];
  for (const [name, command] of Object.entries(manifest.scripts as Record<string, string>)) {
    for (const match of command.matchAll(/\b(scripts\/[\w./-]+\.(?:mjs|sh|js))\b/g)) {
      if (!existsSync(join(repositoryRoot, match[1]))) missing.push(`${name}: ${match[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the npm scripts the project promises all exist', () => {
  const expected = ['build', 'typecheck', 'lint', 'test', 'test:unit', 'test:conformance', 'test:dap', 'test:lsp', 'test:e2e', 'package', 'start', 'bench'];
  assert.deepEqual(expected.filter((s) => !(s in manifest.scripts)), []);
});

test('.vscodeignore ships every bundle', () => {
  const lines = readFileSync(join(repositoryRoot, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
  assert.deepEqual(bundles.filter((b) => !lines.includes(`!${b.out}`)).map((b) => b.out), []);
});

test('package-lock.json resolves packages only from the npm registry', () => {
  const lock = JSON.parse(readFileSync(join(repositoryRoot, 'package-lock.json'), 'utf8'));
  const foreign = Object.entries(lock.packages as Record<string, { resolved?: string }>)
    .filter(([, entry]) => entry.resolved !== undefined && !entry.resolved.startsWith('https://registry.npmjs.org/'))
    .map(([name, entry]) => `${name}: ${entry.resolved}`);
  assert.deepEqual(foreign, []);
});
