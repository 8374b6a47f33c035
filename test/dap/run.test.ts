/**
 * Programs run to their end under the adapter: their stdout and stderr
 * arrive as output events, then `exited` with python3.12's exit status,
 * then `terminated`. Covers a plain run, an uncaught exception's traceback
 * and a syntax error, each compared with what python3.12 printed
 * (goldens/programs.json).
 *
 * It deliberately sets no breakpoints; the other DAP tests stop programs.
 */

import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { collectOutput, fixture, startAdapter } from './adapterClient';
import { programGolden } from './goldens';

let client: DebugClient;

beforeEach(async () => {
  client = await startAdapter();
});

afterEach(async () => {
  await client.stop();
});

/** Runs a fixture with the arguments python3.12 ran it with; resolves with what it printed and its status. */
async function runToEnd(name: string): Promise<{ args: string[]; stdout: string; stderr: string; exitCode: number }> {
  const output = collectOutput(client);
  const args = programGolden(name).args;
  await Promise.all([client.configurationSequence(), client.launch({ program: fixture(name), args })]);
  const exitCode = await output.exitCode;
  await output.terminated;
  return { args, stdout: output.stdout(), stderr: output.stderr(), exitCode };
}

test('a program runs to its end with its stdout as output events and exit code 0', async () => {
  const result = await runToEnd('hello.py');
  assert.deepEqual(result, programGolden('hello.py'));
});

test('an uncaught exception prints its traceback on stderr and exits with 1', async () => {
  const result = await runToEnd('raises.py');
  const golden = programGolden('raises.py');
  assert.equal(result.exitCode, 1);
  assert.equal(result.stdout, golden.stdout);
  assert.equal(result.stderr, golden.stderr);
});

test('a syntax error is printed as python3.12 prints it and the program exits with 1', async () => {
  const result = await runToEnd('syntaxError.py');
  assert.deepEqual(result, programGolden('syntaxError.py'));
});

test('launch args reach the program as sys.argv[1:]', async () => {
  const result = await runToEnd('argv.py');
  assert.deepEqual(result, programGolden('argv.py'));
});

test('exited comes before terminated', async () => {
  const order: string[] = [];
  client.on('exited', () => order.push('exited'));
  client.on('terminated', () => order.push('terminated'));
  await runToEnd('hello.py');
  assert.deepEqual(order, ['exited', 'terminated']);
});

test('requests after the program exited get error responses, and the adapter still answers', async () => {
  await runToEnd('hello.py');
  await assert.rejects(client.stackTraceRequest({ threadId: 1 }), /exited/);
  await assert.rejects(client.scopesRequest({ frameId: 1 }), /exited/);
  await assert.rejects(client.nextRequest({ threadId: 1 }), /exited/);
  const threads = await client.threadsRequest();
  assert.deepEqual(threads.body.threads, []);
});
