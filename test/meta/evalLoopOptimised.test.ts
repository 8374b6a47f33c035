/**
 * Fails when V8 stops optimising the eval loop (runtime/vm/eval.ts,
 * `evalLoop`), the trap that makes the VM 15–22× slower
 * (notes/vm-performance.md, trap 1). A child node, run on the TypeScript
 * sources through tsx (so the function keeps its name), executes a hot
 * Python program that mixes ints, floats, strings, lists, dicts, instances,
 * generators and exceptions three times, and asks V8 after each run
 * (`%GetOptimizationStatus`, --allow-natives-syntax) whether `evalLoop` is
 * TurboFan code. The first run may end deoptimised (feedback for rare paths
 * arrives late); the later runs must end optimised, so a loop that V8
 * refuses to optimise, or deoptimises for good, fails here. The same child
 * prints evalLoop's bytecode length (--print-bytecode), which must stay
 * under half of V8's --max-optimized-bytecode-size.
 *
 * A second child lowers --max-optimized-bytecode-size below the loop's size
 * and the test checks that the probe then reports "not optimised", so the
 * check itself can fail. It deliberately measures no speed: timings on a
 * shared machine are noise; benchmarks (npm run bench) do that.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repositoryRoot } from './sourceFiles';

// Bits of V8's OptimizationStatus (src/runtime/runtime.h in V8 11.x, Node 20).
const IS_FUNCTION = 1 << 0;
const NEVER_OPTIMIZE = 1 << 1;
const OPTIMIZED = 1 << 4;
const TURBOFANNED = 1 << 6;

/** Each iteration touches the common opcodes with several object kinds, so feedback is realistic (trap 2). */
const HOT_PROGRAM = `
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

def squares(n):
    for i in range(n):
        yield i * i

def work(n):
    total = 0
    f = 0.5
    words = []
    table = {}
    for i in range(n):
        total += i % 7
        f = f * 1.000001 + 0.25
        p = Point(i, f)
        total += int(p.norm2()) % 3
        key = "k" + str(i % 50)
        table[key] = table.get(key, 0) + 1
        words.append(key)
        if i % 100 == 0:
            total += sum(squares(10))
            try:
                raise ValueError(i)
            except ValueError:
                total += 1
    return total + len(words) + len(table)

checksum = 0
k = 0
while k < 5:
    checksum += work(2500)
    k += 1
print(checksum)
`;

/**
 * Runs in the child: the program three times, then V8's verdict on evalLoop
 * after each run. Imported from --eval, tsx hands CommonJS-compiled sources
 * over as a default export, hence the fallback to `.default`.
 */
const PROBE = `
const cli = await import(${JSON.stringify(pathToFileURL(join(repositoryRoot, 'cli/main.ts')).href)});
const vm = await import(${JSON.stringify(pathToFileURL(join(repositoryRoot, 'runtime/vm/eval.ts')).href)});
const main = cli.main ?? cli.default.main;
const evalLoop = vm.evalLoop ?? vm.default.evalLoop;
const status = new Function('f', 'return %GetOptimizationStatus(f)');
for (let run = 0; run < Number(process.env.REFSCOPE_PROBE_RUNS); run++) {
  const started = Date.now();
  const code = main(['-c', process.env.REFSCOPE_PROBE_SOURCE]);
  console.log('PROBE run=' + run + ' exit=' + code + ' status=' + status(evalLoop) + ' ms=' + (Date.now() - started));
}
`;

interface ProbeResult {
  statuses: number[];
  exitCodes: number[];
  programOutput: string[];
  bytecodeLength: number | null;
  stderr: string;
}

function runProbe(runs: number, extraFlags: string[]): Promise<ProbeResult> {
  const args = [
    '--allow-natives-syntax',
    '--print-bytecode',
    '--print-bytecode-filter=evalLoop',
    // Compiling on the main thread makes "optimised by the end of a run" independent of how busy the machine is.
    '--no-concurrent-recompilation',
    '--no-concurrent-osr',
    ...extraFlags,
    '--import',
    'tsx',
    '--input-type=module',
    '--eval',
    PROBE,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repositoryRoot,
      env: { ...process.env, REFSCOPE_PROBE_SOURCE: HOT_PROGRAM, REFSCOPE_PROBE_RUNS: String(runs) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const statuses: number[] = [];
      const exitCodes: number[] = [];
      for (const m of stdout.matchAll(/^PROBE run=\d+ exit=(\d+) status=(\d+) ms=\d+$/gm)) {
        exitCodes.push(Number(m[1]));
        statuses.push(Number(m[2]));
      }
      // V8 prints a header per compiled function; `__export.evalLoop` is esbuild's getter, not the loop.
      const bytecode = /^\[generated bytecode for function: evalLoop \(.*\)\]\nBytecode length: (\d+)$/m.exec(stdout);
      const programOutput = stdout.split('\n').filter((line) => /^-?\d+$/.test(line));
      resolve({ statuses, exitCodes, programOutput, bytecodeLength: bytecode ? Number(bytecode[1]) : null, stderr });
    });
  });
}

/** V8's own limit on the bytecode size of a function TurboFan will optimise. */
function maxOptimizedBytecodeSize(): number {
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  const m = /--max-optimized-bytecode-size=(\d+)/.exec(options);
  assert.ok(m, 'node --v8-options no longer lists --max-optimized-bytecode-size');
  return Number(m[1]);
}

const turboFanned = (status: number) => (status & IS_FUNCTION) !== 0 && (status & OPTIMIZED) !== 0 && (status & TURBOFANNED) !== 0;
const describe = (status: number) => `0b${status.toString(2)}`;

// Both children start at once: on two cores they overlap, keeping the file well under 15 s.
// The limited child runs unoptimised (many times slower), so it runs the program twice, not three times.
const normal = runProbe(3, []);
const limited = runProbe(2, ['--max-optimized-bytecode-size=1000']);

test('the eval loop is TurboFan-optimised after hot runs and stays optimised', async () => {
  const r = await normal;
  assert.equal(r.statuses.length, 3, `the probe did not finish its three runs:\n${r.stderr}`);
  assert.deepEqual(r.exitCodes, [0, 0, 0], r.stderr);
  assert.equal(new Set(r.programOutput).size, 1, `the hot program printed differing checksums: ${r.programOutput.join(', ')}`);
  for (const status of r.statuses) assert.equal(status & NEVER_OPTIMIZE, 0, `V8 marked evalLoop never-optimise (${describe(status)})`);
  // Run 0 may end deoptimised while feedback for rare paths arrives; runs 1 and 2 must end in TurboFan code.
  for (const run of [1, 2]) {
    assert.ok(turboFanned(r.statuses[run]), `evalLoop is not TurboFan code after run ${run}: status ${describe(r.statuses[run])} (see notes/vm-performance.md, trap 1)`);
  }
});

test("the eval loop's bytecode stays under half of V8's optimisation limit", async () => {
  const r = await normal;
  const limit = maxOptimizedBytecodeSize();
  assert.ok(r.bytecodeLength !== null, `--print-bytecode printed no length for evalLoop:\n${r.stderr}`);
  assert.ok(
    r.bytecodeLength < limit / 2,
    `evalLoop's bytecode is ${r.bytecodeLength} bytes; V8 stops optimising at ${limit}. Move cold opcodes out of line (runtime/vm/ops.ts).`,
  );
});

test('the probe reports a loop V8 will not optimise as not optimised', async () => {
  // With the limit below the loop's size V8 must refuse TurboFan, and the probe has to see that.
  const r = await limited;
  const size = (await normal).bytecodeLength;
  assert.ok(size !== null && size > 1000, 'the lowered limit must be below evalLoop\'s size for this check to mean anything');
  assert.equal(r.statuses.length, 2, `the probe did not finish its two runs:\n${r.stderr}`);
  for (const status of r.statuses) assert.ok(!turboFanned(status), `evalLoop reported as TurboFan code despite the limit: ${describe(status)}`);
});
