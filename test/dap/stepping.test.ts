/**
 * Stepping through the real adapter, from a stop on entry: next steps over
 * calls, stepIn enters them, stepOut leaves them. Lines are those of
 * CPython 3.12's line events (sys.settrace): after a function returns, the
 * next stop in the caller is the caller's next line, as the trace machinery
 * reports no new line event for the rest of the call's line.
 *
 * It deliberately stops only in fixtures/functions.py, whose lines it names.
 */

import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { collectOutput, fixture, launchUntilStopped, startAdapter, stepAndStop } from './adapterClient';

const program = fixture('functions.py');
let client: DebugClient;

beforeEach(async () => {
  client = await startAdapter();
});

afterEach(async () => {
  await client.stop();
});

test('next steps over definitions and calls in the module', async () => {
  await launchUntilStopped(client, program, [], true);
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: '<module>', line: 10 });
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: '<module>', line: 15 });
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: '<module>', line: 16 });
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: '<module>', line: 17 });
});

test('stepIn enters the called function at its first line, next walks its body and leaves at return', async () => {
  await launchUntilStopped(client, program, [15]);
  assert.deepEqual(await stepAndStop(client, 'stepIn'), { reason: 'step', name: 'tally', line: 3 });
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: 'tally', line: 4 });
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: 'tally', line: 6 });
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: 'tally', line: 7 });
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: '<module>', line: 16 });
});

test('stepOut leaves the function for the caller', async () => {
  await launchUntilStopped(client, program, [11]);
  assert.deepEqual(await stepAndStop(client, 'stepOut'), { reason: 'step', name: '<module>', line: 17 });
});

test('stepping off the end of the program ends it with its exit code', async () => {
  const output = collectOutput(client);
  await launchUntilStopped(client, program, [17]);
  await client.nextRequest({ threadId: 1 });
  assert.equal(await output.exitCode, 0);
  assert.equal(output.stdout(), '7 14\n');
});
