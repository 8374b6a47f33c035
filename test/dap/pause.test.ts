/**
 * A program that never ends (`while True: pass`) stays under control: the
 * adapter runs it in slices, so pause stops it within a second at the loop
 * line, continue resumes it, and terminate ends it whether it is paused or
 * running.
 *
 * It deliberately measures only the one-second bound the editor needs, not
 * the interpreter's speed.
 */

import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, startAdapter } from './adapterClient';

const program = fixture('loop.py');
let client: DebugClient;

beforeEach(async () => {
  client = await startAdapter();
  const looping = client.assertOutput('stdout', 'looping\n');
  await Promise.all([client.configurationSequence(), client.launch({ program })]);
  await looping;
});

afterEach(async () => {
  await client.stop();
});

async function pauseWithin(ms: number): Promise<DebugProtocol.StoppedEvent> {
  const started = Date.now();
  const stopped = client.waitForEvent('stopped', ms) as Promise<DebugProtocol.StoppedEvent>;
  await client.pauseRequest({ threadId: 1 });
  const event = await stopped;
  assert.ok(Date.now() - started < ms, `paused after ${Date.now() - started} ms`);
  return event;
}

test('pause stops `while True: pass` within one second at the loop line', async () => {
  const event = await pauseWithin(1000);
  assert.equal(event.body.reason, 'pause');
  const trace = await client.stackTraceRequest({ threadId: event.body.threadId ?? 1 });
  assert.deepEqual(
    trace.body.stackFrames.map((f) => [f.name, f.line]),
    [['<module>', 3]],
  );
});

test('terminate ends a paused endless loop', async () => {
  await pauseWithin(1000);
  const terminated = client.waitForEvent('terminated', 1000);
  await client.terminateRequest();
  await terminated;
});

test('terminate ends a running endless loop within one second', async () => {
  const terminated = client.waitForEvent('terminated', 1000);
  await client.terminateRequest();
  await terminated;
});

test('pause stops within one second a loop whose every iteration is long', async () => {
  await client.terminateRequest();
  await client.stop();
  client = await startAdapter();
  const looping = client.assertOutput('stdout', 'looping\n');
  await Promise.all([client.configurationSequence(), client.launch({ program: fixture('heavyLoop.py') })]);
  await looping;
  // Let the adapter run a few slices first, so their budget has adapted to the loop.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const event = await pauseWithin(1000);
  const trace = await client.stackTraceRequest({ threadId: event.body.threadId ?? 1 });
  assert.equal(trace.body.stackFrames[0].name, '<module>');
});

test('continue after pause keeps the loop running, and it pauses again', async () => {
  await pauseWithin(1000);
  await client.continueRequest({ threadId: 1 });
  const event = await pauseWithin(1000);
  assert.equal(event.body.reason, 'pause');
});
