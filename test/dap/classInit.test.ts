/**
 * Breakpoints, stepping and pause inside a class's `__init__` through the
 * real adapter. Calling a class runs its Python `__init__` in the caller's
 * eval loop (runtime/vm/initCall.ts), so the debugger sees that frame like
 * any other: a breakpoint there stops with `__init__` above `<module>` at
 * the right lines and `self` among the locals, step-in from the call lands
 * on `__init__`'s first line, pause stops an endless loop inside
 * `__init__` in that frame, and the program still prints what python3.12
 * prints.
 *
 * It deliberately checks no refcounts or reprs in detail: variables.test.ts
 * covers how locals are shown.
 */

import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { collectOutput, fixture, launchUntilStopped, startAdapter, stepAndStop } from './adapterClient';

const program = fixture('classInit.py');
let client: DebugClient;

beforeEach(async () => {
  client = await startAdapter();
});

afterEach(async () => {
  await client.stop();
});

async function stack(): Promise<{ name: string; line: number }[]> {
  const trace = await client.stackTraceRequest({ threadId: 1 });
  return trace.body.stackFrames.map((f) => ({ name: f.name, line: f.line }));
}

async function localNames(): Promise<string[]> {
  const trace = await client.stackTraceRequest({ threadId: 1 });
  const scopes = await client.scopesRequest({ frameId: trace.body.stackFrames[0].id });
  const locals = scopes.body.scopes.find((s) => s.name === 'Locals');
  assert.ok(locals, 'a Locals scope');
  const vars = await client.variablesRequest({ variablesReference: locals.variablesReference });
  return vars.body.variables.map((v) => v.name);
}

test('a breakpoint inside __init__ stops there with Point.__init__ above <module> and self in Locals', async () => {
  const { stopped, breakpoints } = await launchUntilStopped(client, program, [5]);
  assert.equal(stopped.body.reason, 'breakpoint');
  assert.equal(breakpoints[0].verified, true);
  assert.deepEqual(await stack(), [
    { name: 'Point.__init__', line: 5 },
    { name: '<module>', line: 11 },
  ]);
  assert.deepEqual(await localNames(), ['self', 'x', 'y']);
});

test('the breakpoint in __init__ is hit again by the second class call, then the program ends as python3.12', async () => {
  const output = collectOutput(client);
  await launchUntilStopped(client, program, [4]);
  assert.deepEqual(await stepAndStop(client, 'continue'), { reason: 'breakpoint', name: 'Point.__init__', line: 4 });
  assert.deepEqual(await stack(), [
    { name: 'Point.__init__', line: 4 },
    { name: '<module>', line: 12 },
  ]);
  await client.continueRequest({ threadId: 1 });
  assert.equal(await output.exitCode, 0);
  assert.equal(output.stdout(), '5 25\n');
});

test('step-in from a class call lands on the first line of __init__, and step-out returns to the caller', async () => {
  await launchUntilStopped(client, program, [11]);
  assert.deepEqual(await stepAndStop(client, 'stepIn'), { reason: 'step', name: 'Point.__init__', line: 4 });
  assert.deepEqual(await stack(), [
    { name: 'Point.__init__', line: 4 },
    { name: '<module>', line: 11 },
  ]);
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: 'Point.__init__', line: 5 });
  const out = await stepAndStop(client, 'stepOut');
  assert.equal(out.name, '<module>');
});

test('next over a class call does not stop inside __init__', async () => {
  await launchUntilStopped(client, program, [11]);
  assert.deepEqual(await stepAndStop(client, 'next'), { reason: 'step', name: '<module>', line: 12 });
});

test('pause stops an endless loop inside __init__ in the __init__ frame', async () => {
  const looping = client.assertOutput('stdout', 'looping\n');
  await Promise.all([client.configurationSequence(), client.launch({ program: fixture('classInitLoop.py') })]);
  await looping;
  const stopped = client.waitForEvent('stopped', 2000) as Promise<DebugProtocol.StoppedEvent>;
  await client.pauseRequest({ threadId: 1 });
  assert.equal((await stopped).body.reason, 'pause');
  const frames = await stack();
  assert.equal(frames.length, 2);
  assert.equal(frames[0].name, 'Spin.__init__');
  assert.ok(frames[0].line === 6 || frames[0].line === 7, `paused at line ${frames[0].line}`);
  assert.deepEqual(frames[1], { name: '<module>', line: 10 });
});
