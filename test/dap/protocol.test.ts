/**
 * The adapter as a protocol server, before any program runs: it declares
 * its capabilities honestly, rejects bad launch arguments and answers
 * requests it cannot serve with error responses instead of crashing.
 *
 * It deliberately runs no Python; programs are in the other DAP tests.
 */

import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { errorOf, fixture, startAdapter } from './adapterClient';

let client: DebugClient;

beforeEach(async () => {
  client = await startAdapter();
});

afterEach(async () => {
  await client.stop();
});

test('initialize declares configurationDone, terminate and evaluate-for-hovers, and no unimplemented features', async () => {
  const response = await client.initializeRequest();
  const body = response.body ?? {};
  assert.equal(body.supportsConfigurationDoneRequest, true);
  assert.equal(body.supportsTerminateRequest, true);
  assert.equal(body.supportsEvaluateForHovers, true);
  assert.equal(body.supportsConditionalBreakpoints, false);
  assert.equal(body.supportsSetVariable, false);
  assert.equal(body.supportsStepBack, false);
});

test('launch without program fails with a message naming the attribute', async () => {
  await client.initializeRequest();
  const message = await errorOf(client.launchRequest({ args: [] } as never));
  assert.match(message, /'program' is required/);
});

test('launch of a missing file fails with a message naming the file', async () => {
  await client.initializeRequest();
  const missing = fixture('does-not-exist.py');
  const message = await errorOf(client.launchRequest({ program: missing } as never));
  assert.ok(message.includes(missing), message);
});

test('requests before launch get error responses and the adapter keeps serving', async () => {
  await client.initializeRequest();
  assert.match(await errorOf(client.stackTraceRequest({ threadId: 1 })), /No program/);
  assert.match(await errorOf(client.variablesRequest({ variablesReference: 99 })), /No program/);
  assert.match(await errorOf(client.continueRequest({ threadId: 1 })), /No program/);
  const threads = await client.threadsRequest();
  assert.deepEqual(threads.body.threads, []);
});
