/**
 * Packages the extension as refscope-<version>.vsix at the repository root:
 * builds (type check unless `--no-check`, then the bundles) and runs
 * `vsce package --no-dependencies`, since dist/ already holds everything the
 * extension needs at run time. Which files go in is decided by .vscodeignore.
 *
 * It deliberately does not install or publish the package; scripts/start.mjs
 * and the end-to-end tests install it into code-server themselves.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, typeCheck } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The path the .vsix is written to, named after package.json's version. */
export function vsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return join(root, `${name}-${version}.vsix`);
}

/** Builds and packages; returns the .vsix path or throws. */
export async function packageVsix({ check = true } = {}) {
  if (check && !typeCheck()) throw new Error('package: the type check failed');
  await bundle();
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  const out = vsixPath();
  // The project has no public repository URL yet; rather than invent one,
  // tell vsce not to ask for it (a prompt would hang CI, which has no stdin)
  // and to keep README's relative links (images/...) as they are: they
  // resolve inside the installed extension, which ships images/.
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
  const result = spawnSync(process.execPath, [vsce, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`package: vsce exited with ${result.status ?? result.signal}`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  packageVsix({ check: !process.argv.includes('--no-check') }).then(
    (out) => console.log(`package: wrote ${out}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
