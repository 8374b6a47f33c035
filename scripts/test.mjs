/**
 * Runs the test suites with node's built-in runner through tsx:
 * `node --import tsx --test <files>`. Node 20 has no globs in --test, so
 * this script finds the `*.test.ts` files itself, under test/<kind>/ for the
 * kinds named on the command line (all of them when none is named): unit,
 * conformance, dap, lsp, grammar, meta, e2e. Paths to files or folders may
 * be given instead of kinds.
 *
 * Before the tests it bundles dist/ without the type check (CI type-checks
 * in its own step) when a selected kind runs the built programs (dap, lsp,
 * e2e), and for e2e it also packages the .vsix and passes its path in
 * REFSCOPE_VSIX. Output is TAP by default, whose closing "# pass N" and
 * "# fail N" lines CI reads; `--reporter=spec` reads better in a terminal.
 * The exit code is the runner's: non-zero on any failure.
 *
 * Flags: --no-build, --reporter=NAME, --timeout=MS (per test, default
 * 300000), --concurrency=N, and any `--test-...` flag goes to node as is.
 * It deliberately does not lint or type-check: `npm run lint` and
 * `npm run typecheck` do.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const kinds = ['unit', 'conformance', 'dap', 'lsp', 'grammar', 'meta', 'e2e'];
const kindsNeedingBundles = new Set(['dap', 'lsp', 'e2e']);

/** Every `*.test.ts` file below `dir`, skipping fixtures and dependencies, sorted. */
export function findTestFiles(dir) {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'fixtures' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(path));
    else if (entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found.sort();
}

function parseArguments(argv) {
  const options = { build: true, reporter: 'tap', timeout: '300000', concurrency: null, nodeFlags: [], targets: [] };
  for (const arg of argv) {
    if (arg === '--no-build') options.build = false;
    else if (arg.startsWith('--reporter=')) options.reporter = arg.slice('--reporter='.length);
    else if (arg.startsWith('--timeout=')) options.timeout = arg.slice('--timeout='.length);
    else if (arg.startsWith('--concurrency=')) options.concurrency = arg.slice('--concurrency='.length);
    else if (arg.startsWith('--test-')) options.nodeFlags.push(arg);
    else if (arg.startsWith('-')) throw new Error(`test: unknown flag ${arg}`);
    else options.targets.push(arg);
  }
  if (options.targets.length === 0) options.targets = [...kinds];
  return options;
}

/** Resolves kinds and paths to test files, and says which kinds they touch. */
function selectFiles(targets) {
  const files = [];
  const touched = new Set();
  for (const target of targets) {
    const isKind = kinds.includes(target);
    const dir = isKind ? join(root, 'test', target) : join(process.cwd(), target);
    if (!isKind && !existsSync(dir)) throw new Error(`test: ${target} is neither a kind (${kinds.join(', ')}) nor a path`);
    const found = findTestFiles(dir);
    for (const file of found) {
      const kind = relative(join(root, 'test'), file).split(/[\\/]/)[0];
      touched.add(kind);
      if (!files.includes(file)) files.push(file);
    }
    if (isKind && found.length === 0) console.log(`# test: no ${target} tests yet (test/${target}/ has no *.test.ts)`);
  }
  return { files, touched };
}

async function prepare(touched) {
  const needsBundles = [...touched].some((k) => kindsNeedingBundles.has(k));
  if (!needsBundles) return {};
  if (touched.has('e2e')) {
    const { packageVsix } = await import('./package.mjs');
    return { REFSCOPE_VSIX: await packageVsix({ check: false }) };
  }
  const { bundle } = await import('./build.mjs');
  await bundle();
  return {};
}

async function main(argv) {
  const options = parseArguments(argv);
  const { files, touched } = selectFiles(options.targets);
  if (files.length === 0) {
    console.log('# test: no test files found\n# tests 0\n# pass 0\n# fail 0');
    return 0;
  }
  const env = options.build ? await prepare(touched) : {};
  const args = [
    '--import',
    'tsx',
    '--test',
    `--test-reporter=${options.reporter}`,
    `--test-timeout=${options.timeout}`,
    ...(options.concurrency ? [`--test-concurrency=${options.concurrency}`] : []),
    ...options.nodeFlags,
    ...files.map((f) => relative(root, f)),
  ];
  console.log(`# test: ${files.length} file(s) from ${[...touched].sort().join(', ')}`);
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
