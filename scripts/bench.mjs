/**
 * `npm run bench`: times every bench/*.py under CPython 3.12 (the oracle,
 * `PYENV_VERSION=3.12.1 python3.12`) and under Refscope's command line
 * (`node dist/cli.js FILE`), alternating the two, N runs each (3 unless
 * `--runs=N`), and prints a Markdown table of median wall-clock seconds and
 * the ratio refscope / python3.12, and the median peak memory (maximum
 * resident set size) of each side. Both sides are timed as whole processes,
 * start-up included. Peak memory comes from GNU time (`/usr/bin/time -f %M`,
 * which reports the child's ru_maxrss); where that program is missing the
 * memory columns say so rather than guessing. A run whose output differs
 * from CPython's is flagged, since a fast wrong answer is not a result.
 *
 * It bundles dist/cli.js first (no type check); when that fails it still
 * times CPython and says why Refscope was not run. It deliberately records
 * nothing by itself: docs/benchmarks.md holds results pasted from a run,
 * with the command and the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = 10 * 60_000;
const GNU_TIME = '/usr/bin/time';
const haveGnuTime = existsSync(GNU_TIME);
const scratch = mkdtempSync(join(tmpdir(), 'refscope-bench-'));
const memoryFile = join(scratch, 'maxrss');

/**
 * Runs one command; returns its wall time in seconds, its peak memory in
 * kilobytes (null when unknown) and its output. GNU time writes the peak to
 * a file of its own (-o), so the program's stderr stays the program's.
 */
function timeRun(command, args, env) {
  const [cmd, argv] = haveGnuTime ? [GNU_TIME, ['-f', '%M', '-o', memoryFile, command, ...args]] : [command, args];
  rmSync(memoryFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, argv, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: TIMEOUT_MS });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ok = result.status === 0;
  let peakKb = null;
  if (haveGnuTime && existsSync(memoryFile)) {
    // The last line holds %M; earlier ones may say the command failed.
    const last = readFileSync(memoryFile, 'utf8').trim().split('\n').pop() ?? '';
    peakKb = /^\d+$/.test(last) ? Number(last) : null;
  }
  return { seconds, peakKb, ok, stdout: result.stdout ?? '', error: ok ? '' : (result.stderr || String(result.error ?? result.signal)).trim() };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const implementations = {
  python: { label: 'python3.12', command: 'python3.12', args: (file) => [file], env: { PYENV_VERSION: '3.12.1' } },
  refscope: { label: 'refscope', command: process.execPath, args: (file) => [join(root, 'dist/cli.js'), file], env: {} },
};

async function main(argv) {
  const runsArg = argv.find((a) => a.startsWith('--runs='));
  const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 3;
  const only = argv.filter((a) => !a.startsWith('--'));
  const { bundle, bundles } = await import('./build.mjs');
  // Without a command line there is still CPython's column to measure; the
  // table then says why Refscope's is empty instead of stopping.
  let buildError = null;
  await bundle(bundles.filter((b) => b.name === 'cli')).catch((error) => {
    buildError = error instanceof Error ? error.message : String(error);
  });
  const active = buildError === null ? implementations : { python: implementations.python };

  const files = readdirSync(join(root, 'bench'))
    .filter((f) => f.endsWith('.py') && (only.length === 0 || only.some((o) => f.startsWith(o))))
    .sort();
  const rows = [];
  for (const file of files) {
    const path = join('bench', file);
    const times = { python: [], refscope: [] };
    const peaks = { python: [], refscope: [] };
    const outputs = { python: null, refscope: null };
    const errors = [];
    for (let i = 0; i < runs; i++) {
      for (const [name, impl] of Object.entries(active)) {
        const run = timeRun(impl.command, impl.args(path), impl.env);
        if (!run.ok) {
          errors.push(`${impl.label}: ${run.error.split('\n').slice(-3).join(' | ')}`);
          continue;
        }
        times[name].push(run.seconds);
        if (run.peakKb !== null) peaks[name].push(run.peakKb);
        outputs[name] = run.stdout;
      }
    }
    const py = times.python.length ? median(times.python) : null;
    const rs = times.refscope.length ? median(times.refscope) : null;
    const same = outputs.refscope === null || outputs.python === outputs.refscope;
    const pyMem = peaks.python.length ? median(peaks.python) : null;
    const rsMem = peaks.refscope.length ? median(peaks.refscope) : null;
    rows.push({ file, py, rs, pyMem, rsMem, same, errors: [...new Set(errors)] });
    process.stderr.write(`bench: ${file} done\n`);
  }

  rmSync(scratch, { recursive: true, force: true });
  const fmt = (s) => (s === null ? 'failed' : s.toFixed(2));
  const mb = (kb) => (kb === null ? '—' : (kb / 1024).toFixed(0));
  const memoryNote = haveGnuTime ? 'median peak RSS in MB from /usr/bin/time' : 'peak memory not measured (no /usr/bin/time)';
  console.log(`\n${runs} runs each, median wall-clock seconds (process start included), ${memoryNote}; ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`);
  console.log('| benchmark | python3.12 (s) | refscope (s) | time ratio | python3.12 peak (MB) | refscope peak (MB) | memory ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    // A ratio for a wrong answer would mislead, so none is given.
    const ratio = !row.same ? '— (output differs from CPython)' : row.py !== null && row.rs !== null ? `${(row.rs / row.py).toFixed(1)}×` : '—';
    const memRatio = row.same && row.pyMem !== null && row.rsMem !== null ? `${(row.rsMem / row.pyMem).toFixed(1)}×` : '—';
    const rsTime = buildError === null ? fmt(row.rs) : 'not run';
    console.log(`| ${row.file} | ${fmt(row.py)} | ${rsTime} | ${ratio} | ${mb(row.pyMem)} | ${mb(row.rsMem)} | ${memRatio} |`);
  }
  if (buildError !== null) console.log(`\nrefscope was not run: ${buildError}`);
  for (const row of rows) for (const error of row.errors) console.log(`\n${row.file}: ${error}`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
