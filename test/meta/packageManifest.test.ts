/**
 * Checks that the build plumbing and package.json agree: the extension's
 * `main` and every bin are bundles scripts/build.mjs produces (bins with a
 * shebang), every npm script that runs a file names one that exists, the
 * .vsix ships every bundle and every file the manifest names (icon,
 * grammars, language configurations) and no sources, tests or
 * dependencies (asked of `vsce ls`), and package-lock.json resolves only from the
 * npm registry (CI can reach nothing else).
 *
 * It deliberately does not build or package anything; `npm run package`
 * and the e2e test do that for real.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** The files `vsce package` would put in the .vsix, as vsce itself lists them. */
function vsixFiles(): string[] {
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
  const output = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return output.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** Every file path the manifest points at, other than the bundles. */
function manifestFiles(): string[] {
  const contributes = manifest.contributes ?? {};
  const paths: (string | undefined)[] = [manifest.icon, 'package.json', 'LICENSE', 'CHANGELOG.md', 'README.md'];
  for (const grammar of contributes.grammars ?? []) paths.push(grammar.path);
  for (const language of contributes.languages ?? []) paths.push(language.configuration, language.icon?.light, language.icon?.dark);
  return paths.filter((p): p is string => typeof p === 'string').map(normalise);
}

test('the .vsix ships every file the manifest names and no sources, tests or dependencies', () => {
  const files = vsixFiles();
  assert.deepEqual(manifestFiles().filter((p) => !files.includes(p)), [], 'named in package.json but not packaged');
  const unwanted = files.filter((f) => /^(runtime|extension|debug-adapter|language-server|cli|test|scripts|bench|node_modules|\.cache)\/|\.ts$|\.map$/.test(f));
  assert.deepEqual(unwanted, [], 'packaged but not needed at run time');
});
