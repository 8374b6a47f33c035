/**
 * The Variables view on module-level containers, through the real adapter:
 * at module level Locals are the module's globals; a dict expands to its
 * keys by repr, a tuple to [0], [1], an instance to its attributes; every
 * value's repr, type, ob_refcnt and sys.getsizeof are python3.12's at the
 * same line (goldens/stops.json), and the address in an object's default
 * repr is the id under its (internals).
 *
 * It deliberately leaves function frames to variables.test.ts.
 */

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, launchUntilStopped, startAdapter } from './adapterClient';
import { stopGolden, withoutAddresses } from './goldens';

const golden = stopGolden('containers');
let client: DebugClient;
let locals: DebugProtocol.Variable[];
let globals: DebugProtocol.Variable[];

before(async () => {
  client = await startAdapter();
  await launchUntilStopped(client, fixture(golden.file), [golden.line]);
  const trace = await client.stackTraceRequest({ threadId: 1 });
  const scopes = await client.scopesRequest({ frameId: trace.body.stackFrames[0].id });
  const [localsScope, globalsScope] = scopes.body.scopes;
  locals = (await client.variablesRequest({ variablesReference: localsScope.variablesReference })).body.variables;
  globals = (await client.variablesRequest({ variablesReference: globalsScope.variablesReference })).body.variables;
});

after(async () => {
  await client.stop();
});

async function expand(variable: DebugProtocol.Variable): Promise<DebugProtocol.Variable[]> {
  return (await client.variablesRequest({ variablesReference: variable.variablesReference })).body.variables;
}

function named(name: string): DebugProtocol.Variable {
  const found = locals.find((v) => v.name === name);
  assert.ok(found, `local ${name}`);
  return found;
}

test('at module level, Locals and Globals list the same names', () => {
  assert.deepEqual(
    locals.map((v) => v.name),
    globals.map((v) => v.name),
  );
  assert.ok(locals.some((v) => v.name === '__name__'));
});

test('module-level containers show python3.12 repr and type', () => {
  for (const [name, expected] of Object.entries(golden.locals)) {
    const variable = named(name);
    assert.equal(withoutAddresses(variable.value), withoutAddresses(expected.repr), name);
    assert.equal(variable.type, expected.type, name);
  }
});

test('a dict expands to its keys by repr, a tuple to indices, an instance to its attributes', async () => {
  for (const [name, expected] of Object.entries(golden.locals)) {
    const rows = (await expand(named(name))).map((v) => [v.name, v.value]);
    assert.deepEqual(rows, [...expected.children, ['(internals)', '']], name);
  }
});

async function internals(name: string): Promise<Record<string, string>> {
  const group = (await expand(named(name))).find((v) => v.name === '(internals)');
  assert.ok(group);
  return Object.fromEntries((await expand(group)).map((v) => [v.name, v.value]));
}

test('module-level containers have python3.12 ob_refcnt under (internals)', async () => {
  for (const [name, expected] of Object.entries(golden.locals)) {
    assert.equal((await internals(name)).ob_refcnt, String(expected.ob_refcnt), name);
  }
});

test('module-level containers have python3.12 sys.getsizeof under (internals)', async () => {
  for (const [name, expected] of Object.entries(golden.locals)) {
    assert.equal((await internals(name))['sys.getsizeof'], String(expected['sys.getsizeof']), name);
  }
});

test("an instance's default repr shows the same address as its id under (internals)", async () => {
  const point = named('point');
  const group = (await expand(point)).find((v) => v.name === '(internals)');
  assert.ok(group);
  const id = (await expand(group)).find((v) => v.name === 'id');
  assert.ok(id);
  // id() is decimal; the default repr writes the same address in hex.
  const hex = '0x' + BigInt(id.value).toString(16);
  assert.ok(point.value.includes(` at ${hex}>`), `${point.value} vs ${id.value}`);
});

test('evaluate reads attributes and literal dict keys without running code', async () => {
  const trace = await client.stackTraceRequest({ threadId: 1 });
  const frameId = trace.body.stackFrames[0].id;
  const x = await client.evaluateRequest({ expression: 'point.x', frameId, context: 'hover' });
  assert.equal(x.body.result, golden.locals.point.children[0][1]);
  const entry = await client.evaluateRequest({ expression: "table['a']", frameId, context: 'watch' });
  assert.equal(entry.body.result, golden.locals.table.children[0][1]);
  const nested = await client.evaluateRequest({ expression: 'table[2][0]', frameId, context: 'watch' });
  assert.equal(nested.body.result, '3');
  await assert.rejects(client.evaluateRequest({ expression: 'point.z', frameId, context: 'watch' }), /AttributeError/);
  await assert.rejects(client.evaluateRequest({ expression: 'len(table)', frameId, context: 'repl' }), /runs no other code/);
});
