/**
 * Breakpoints and stop-on-entry through the real adapter: a breakpoint in a
 * function stops there with the function and the module on the stack at
 * the right lines; one on a blank line moves to the next line with code;
 * one where no code follows is unverified with a reason; stopOnEntry stops
 * at the module's first line; continue goes on to the next breakpoint.
 *
 * It deliberately leaves variables and stepping to their own tests.
 */

import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import { collectOutput, fixture, launchUntilStopped, stepAndStop } from './adapterClient';
import { startAdapter } from './adapterClient';
import { programGolden } from './goldens';

const program = fixture('functions.py');
let client: DebugClient;

beforeEach(async () => {
  client = await startAdapter();
});

afterEach(async () => {
  await client.stop();
});

test('a breakpoint inside a function stops there with the function and module frames at their lines', async () => {
  const { stopped, breakpoints } = await launchUntilStopped(client, program, [6]);
  assert.equal(stopped.body.reason, 'breakpoint');
  assert.equal(breakpoints[0].verified, true);
  assert.equal(breakpoints[0].line, 6);
  assert.deepEqual(stopped.body.hitBreakpointIds, [breakpoints[0].id]);
  const trace = await client.stackTraceRequest({ threadId: stopped.body.threadId ?? 1 });
  const frames = trace.body.stackFrames.map((f) => ({ name: f.name, line: f.line, path: f.source?.path }));
  assert.deepEqual(frames, [
    { name: 'tally', line: 6, path: program },
    { name: '<module>', line: 15, path: program },
  ]);
  assert.equal(trace.body.totalFrames, 2);
});

test('the stopped thread is listed by the threads request', async () => {
  const { stopped } = await launchUntilStopped(client, program, [6]);
  const threads = await client.threadsRequest();
  assert.deepEqual(
    threads.body.threads.map((t) => t.id),
    [stopped.body.threadId],
  );
  assert.equal(threads.body.threads[0].name, 'MainThread');
});

test('a breakpoint on a blank line moves to the next line with code and stops there', async () => {
  const { stopped, breakpoints } = await launchUntilStopped(client, program, [5]);
  assert.equal(breakpoints[0].verified, true);
  assert.equal(breakpoints[0].line, 6);
  assert.equal(stopped.body.reason, 'breakpoint');
  const trace = await client.stackTraceRequest({ threadId: 1 });
  assert.equal(trace.body.stackFrames[0].line, 6);
});

test('a breakpoint after the last line of code is unverified with a reason', async () => {
  const output = collectOutput(client);
  const response = await Promise.all([
    client
      .waitForEvent('initialized')
      .then(() => client.setBreakpointsRequest({ source: { path: program }, breakpoints: [{ line: 40 }] }))
      .then(async (r) => {
        await client.configurationDoneRequest();
        return r;
      }),
    client.launch({ program }),
  ]);
  const bp = response[0].body.breakpoints[0];
  assert.equal(bp.verified, false);
  assert.match(bp.message ?? '', /No code at or after line 40/);
  assert.equal(await output.exitCode, 0);
});

test('stopOnEntry stops at the first line of the module, then the program runs to its end', async () => {
  const output = collectOutput(client);
  const { stopped } = await launchUntilStopped(client, program, [], true);
  assert.equal(stopped.body.reason, 'entry');
  const trace = await client.stackTraceRequest({ threadId: 1 });
  assert.deepEqual(
    trace.body.stackFrames.map((f) => [f.name, f.line]),
    [['<module>', 2]],
  );
  await client.continueRequest({ threadId: 1 });
  assert.equal(await output.exitCode, 0);
  assert.equal(output.stdout(), programGolden('functions.py').stdout);
});

test('continue goes on to the next breakpoint, then to the end', async () => {
  const output = collectOutput(client);
  await launchUntilStopped(client, program, [6, 11]);
  assert.deepEqual(await stepAndStop(client, 'continue'), { reason: 'breakpoint', name: 'helper', line: 11 });
  await client.continueRequest({ threadId: 1 });
  assert.equal(await output.exitCode, 0);
});

test('breakpoints cleared while stopped are not hit again', async () => {
  const output = collectOutput(client);
  await launchUntilStopped(client, program, [6, 11]);
  const cleared = await client.setBreakpointsRequest({ source: { path: program }, breakpoints: [] });
  assert.deepEqual(cleared.body.breakpoints, []);
  let stops = 0;
  client.on('stopped', () => stops++);
  await client.continueRequest({ threadId: 1 });
  assert.equal(await output.exitCode, 0);
  assert.equal(stops, 0);
});

test('run without debugging (noDebug) ignores breakpoints and stopOnEntry', async () => {
  const output = collectOutput(client);
  let stops = 0;
  client.on('stopped', () => stops++);
  const [response] = await Promise.all([
    client
      .waitForEvent('initialized')
      .then(() => client.setBreakpointsRequest({ source: { path: program }, breakpoints: [{ line: 6 }] }))
      .then(async (r) => {
        await client.configurationDoneRequest();
        return r;
      }),
    client.launch({ program, noDebug: true, stopOnEntry: true }),
  ]);
  assert.equal(response.body.breakpoints[0].verified, false);
  assert.equal(await output.exitCode, 0);
  assert.equal(stops, 0);
  assert.equal(output.stdout(), programGolden('functions.py').stdout);
});
