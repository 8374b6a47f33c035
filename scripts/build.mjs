/**
 * Builds Refscope: type-checks the whole tree with `tsc --noEmit -p .`
 * (the build fails on any type error), then bundles the four programs with
 * esbuild into dist/: the extension, the debug adapter, the language server
 * and the command line. The three stand-alone programs get a
 * `#!/usr/bin/env node` line and the executable bit, because package.json
 * names them as the bins refscope, refscope-dap and refscope-lsp.
 *
 * Flags: `--no-check` skips tsc (fast iterations; the tests use it since CI
 * type-checks in its own step), `--watch` rebuilds on change, and
 * `--only=cli,extension` bundles a subset. It deliberately does not package
 * (.vsix) or run anything: scripts/package.mjs and scripts/test.mjs do.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Every bundle we ship; `executable` ones are bins with a shebang. */
export const bundles = [
  { name: 'extension', entry: 'extension/extension.ts', out: 'dist/extension.js', executable: false },
  { name: 'debugAdapter', entry: 'debug-adapter/main.ts', out: 'dist/debugAdapter.js', executable: true },
  { name: 'languageServer', entry: 'language-server/main.ts', out: 'dist/languageServer.js', executable: true },
  { name: 'cli', entry: 'cli/main.ts', out: 'dist/cli.js', executable: true },
];

/** Runs tsc over the tree; returns true when it reports no errors. */
export function typeCheck() {
  const tsc = require.resolve('typescript/bin/tsc');
  const started = Date.now();
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', '.'], { cwd: root, stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(`build: type check ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function optionsFor(bundle) {
  return {
    absWorkingDir: root,
    entryPoints: [bundle.entry],
    outfile: bundle.out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    // The editor provides 'vscode' at run time; it is never bundled.
    external: ['vscode'],
    banner: bundle.executable ? { js: '#!/usr/bin/env node' } : undefined,
    logLevel: 'warning',
    plugins: bundle.executable ? [makeExecutable(bundle)] : [],
  };
}

/** An esbuild plugin that sets the executable bit after every (re)build. */
function makeExecutable(bundle) {
  return {
    name: 'make-executable',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0) chmodSync(join(root, bundle.out), 0o755);
      });
    },
  };
}

/** Bundles the chosen programs once; throws when an entry is missing. */
export async function bundle(selected = bundles) {
  const missing = selected.filter((b) => !existsSync(join(root, b.entry)));
  if (missing.length > 0) {
    throw new Error(`build: missing entry point(s): ${missing.map((b) => b.entry).join(', ')}`);
  }
  const started = Date.now();
  await Promise.all(selected.map((b) => esbuild.build(optionsFor(b))));
  console.log(`build: bundled ${selected.map((b) => b.out).join(', ')} in ${Date.now() - started} ms`);
}

/** An esbuild plugin that says when a watched bundle was rebuilt. */
function reportRebuilds(bundle) {
  return {
    name: 'report-rebuilds',
    setup(build) {
      build.onEnd((result) => {
        const status = result.errors.length === 0 ? 'rebuilt' : `failed with ${result.errors.length} error(s)`;
        console.log(`build: ${new Date().toLocaleTimeString()} ${bundle.out} ${status}`);
      });
    },
  };
}

async function watch(selected) {
  for (const b of selected) {
    const options = optionsFor(b);
    const context = await esbuild.context({ ...options, plugins: [...options.plugins, reportRebuilds(b)] });
    await context.watch();
  }
  console.log('build: watching for changes (Ctrl+C to stop)');
}

async function main(argv) {
  const check = !argv.includes('--no-check');
  const only = argv.find((a) => a.startsWith('--only='));
  let selected = bundles;
  if (only) {
    const names = only.slice('--only='.length).split(',');
    selected = bundles.filter((b) => names.includes(b.name));
    const unknown = names.filter((n) => !bundles.some((b) => b.name === n));
    if (unknown.length > 0) throw new Error(`build: unknown bundle(s) ${unknown.join(', ')}; known: ${bundles.map((b) => b.name).join(', ')}`);
  }
  if (check && !typeCheck()) process.exit(1);
  if (argv.includes('--watch')) await watch(selected);
  else await bundle(selected);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
