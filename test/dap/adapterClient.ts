/**
 * Starts the real refscope-dap process for a test and connects a
 * DebugClient (from @vscode/debugadapter-testsupport) to it over stdio. It
 * prefers the bundle dist/debugAdapter.js when it has been built and falls
 * back to running debug-adapter/main.ts through tsx, so the tests work
 * before and after `node scripts/build.mjs`. REFSCOPE_DAP_SOURCE=1 forces
 * the tsx route (to test uncommitted sources against a stale bundle).
 *
 * It deliberately adds no assertions of its own beyond small helpers for
 * waiting on output and the exit code.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { repoRoot } from './repoRoot';

export const fixturesDir = join(repoRoot(), 'test', 'dap', 'fixtures');

export function fixture(name: string): string {
  return join(fixturesDir, name);
}

export async function startAdapter(): Promise<DebugClient> {
  const root = repoRoot();
  const bundle = join(root, 'dist', 'debugAdapter.js');
  const useBundle = existsSync(bundle) && process.env.REFSCOPE_DAP_SOURCE !== '1';
  const env = { ...process.env };
  if (!useBundle) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import tsx`.trim();
  const client = new DebugClient(
    process.execPath,
    useBundle ? bundle : join(root, 'debug-adapter', 'main.ts'),
    'refscope',
    { cwd: root, env },
    true,
  );
  client.defaultTimeout = 10_000;
  await client.start();
  return client;
}

/** Collects every output event of a category until the adapter says `terminated`. */
export function collectOutput(client: DebugClient): {
  stdout: () => string;
  stderr: () => string;
  exitCode: Promise<number>;
  terminated: Promise<void>;
} {
  let stdout = '';
  let stderr = '';
  client.on('output', (event: DebugProtocol.OutputEvent) => {
    if (event.body.category === 'stdout') stdout += event.body.output;
    if (event.body.category === 'stderr') stderr += event.body.output;
  });
  const exitCode = client
    .waitForEvent('exited', 20_000)
    .then((event) => (event as DebugProtocol.ExitedEvent).body.exitCode);
  const terminated = client.waitForEvent('terminated', 20_000).then(() => undefined);
  return { stdout: () => stdout, stderr: () => stderr, exitCode, terminated };
}

/** The error message of a request that must fail. */
export async function errorOf(request: Promise<unknown>): Promise<string> {
  try {
    await request;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('The request succeeded but was expected to fail.');
}

/**
 * Launches a program with breakpoints set during the configuration phase
 * and resolves with the first stopped event and the breakpoints response.
 */
export async function launchUntilStopped(
  client: DebugClient,
  program: string,
  lines: number[],
  stopOnEntry = false,
): Promise<{ stopped: DebugProtocol.StoppedEvent; breakpoints: DebugProtocol.Breakpoint[] }> {
  const stopped = client.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  let breakpoints: DebugProtocol.Breakpoint[] = [];
  await Promise.all([
    client
      .waitForEvent('initialized')
      .then(() =>
        client.setBreakpointsRequest({ source: { path: program }, breakpoints: lines.map((line) => ({ line })) }),
      )
      .then((response) => {
        breakpoints = response.body.breakpoints;
        return client.configurationDoneRequest();
      }),
    client.launch({ program, stopOnEntry }),
  ]);
  return { stopped: await stopped, breakpoints };
}

/** The innermost frame of thread 1, the only thread the runtime runs. */
export async function topFrame(client: DebugClient): Promise<DebugProtocol.StackFrame> {
  const trace = await client.stackTraceRequest({ threadId: 1 });
  return trace.body.stackFrames[0];
}

/** Sends a step (or continue) and resolves with where the thread stopped next. */
export async function stepAndStop(
  client: DebugClient,
  step: 'next' | 'stepIn' | 'stepOut' | 'continue',
): Promise<{ reason: string; name: string; line: number }> {
  const stopped = client.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  if (step === 'next') await client.nextRequest({ threadId: 1 });
  else if (step === 'stepIn') await client.stepInRequest({ threadId: 1 });
  else if (step === 'stepOut') await client.stepOutRequest({ threadId: 1 });
  else await client.continueRequest({ threadId: 1 });
  const event = await stopped;
  const frame = await topFrame(client);
  return { reason: event.body.reason, name: frame.name, line: frame.line };
}
