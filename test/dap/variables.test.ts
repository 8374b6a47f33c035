/**
 * Scopes, variables and evaluate at a breakpoint inside a function, through
 * the real adapter. Each local shows python3.12's repr and type name, its
 * container items as children, and an (internals) group whose ob_refcnt
 * and sys.getsizeof are python3.12's at the same line
 * (goldens/functions.locals.json): the list held by two local names has
 * ob_refcnt 2.
 *
 * It deliberately stops at one place only; stepping has its own test.
 */

import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, launchUntilStopped, startAdapter } from './adapterClient';
import { stopGolden } from './goldens';

const program = fixture('functions.py');
const golden = stopGolden('functions');
let client: DebugClient;

beforeEach(async () => {
  client = await startAdapter();
  await launchUntilStopped(client, program, [golden.line]);
});

afterEach(async () => {
  await client.stop();
});

async function topFrameId(): Promise<number> {
  const trace = await client.stackTraceRequest({ threadId: 1 });
  return trace.body.stackFrames[0].id;
}

async function scope(name: string): Promise<DebugProtocol.Variable[]> {
  const scopes = await client.scopesRequest({ frameId: await topFrameId() });
  const found = scopes.body.scopes.find((s) => s.name === name);
  assert.ok(found, `scope ${name}`);
  return (await client.variablesRequest({ variablesReference: found.variablesReference })).body.variables;
}

async function children(variable: DebugProtocol.Variable): Promise<DebugProtocol.Variable[]> {
  assert.ok(variable.variablesReference > 0, `${variable.name} expands`);
  return (await client.variablesRequest({ variablesReference: variable.variablesReference })).body.variables;
}

async function internals(variable: DebugProtocol.Variable): Promise<Record<string, string>> {
  const group = (await children(variable)).find((v) => v.name === '(internals)');
  assert.ok(group, `${variable.name} has an (internals) child`);
  return Object.fromEntries((await children(group)).map((v) => [v.name, v.value]));
}

test('a function frame has the scopes Locals and Globals', async () => {
  const scopes = await client.scopesRequest({ frameId: await topFrameId() });
  assert.deepEqual(
    scopes.body.scopes.map((s) => s.name),
    ['Locals', 'Globals'],
  );
});

test('locals show python3.12 repr and type name, bound names only, in co_varnames order', async () => {
  const locals = await scope('Locals');
  assert.deepEqual(
    locals.map((v) => [v.name, v.value, v.type]),
    Object.entries(golden.locals).map(([name, g]) => [name, g.repr, g.type]),
  );
});

test('each local lists python3.12 children, then (internals)', async () => {
  for (const variable of await scope('Locals')) {
    const rows = (await children(variable)).map((v) => [v.name, v.value]);
    assert.deepEqual(rows, [...golden.locals[variable.name].children, ['(internals)', '']], variable.name);
  }
});

test('the (internals) of each local give python3.12 ob_refcnt and type, and an address', async () => {
  for (const variable of await scope('Locals')) {
    const expected = golden.locals[variable.name];
    const fields = await internals(variable);
    assert.deepEqual(Object.keys(fields), ['ob_refcnt', 'ob_type', 'id', 'sys.getsizeof']);
    assert.equal(fields.ob_refcnt, String(expected.ob_refcnt), `${variable.name} ob_refcnt`);
    assert.equal(fields.ob_type, expected.type, `${variable.name} ob_type`);
    assert.match(fields.id, /^[1-9][0-9]*$/, `${variable.name} id`);
  }
});

test('the (internals) of each local give python3.12 sys.getsizeof', async () => {
  for (const variable of await scope('Locals')) {
    const fields = await internals(variable);
    assert.equal(fields['sys.getsizeof'], String(golden.locals[variable.name]['sys.getsizeof']), variable.name);
  }
});

test('a list held by two local names has ob_refcnt 2 and one address under both names', async () => {
  const locals = await scope('Locals');
  const data = locals.find((v) => v.name === 'data');
  const alias = locals.find((v) => v.name === 'alias');
  assert.ok(data && alias);
  assert.equal(data.value, '[1, 2, 3]');
  assert.equal(data.type, 'list');
  const dataInternals = await internals(data);
  assert.equal(dataInternals.ob_refcnt, '2');
  assert.equal((await internals(alias)).id, dataInternals.id);
});

test('a list expands to its items [0], [1], [2] and then (internals)', async () => {
  const data = (await scope('Locals')).find((v) => v.name === 'data');
  assert.ok(data);
  const rows = await children(data);
  assert.deepEqual(
    rows.map((v) => [v.name, v.value, v.type]),
    [
      ['[0]', '1', 'int'],
      ['[1]', '2', 'int'],
      ['[2]', '3', 'int'],
      ['(internals)', '', ''],
    ],
  );
});

test('globals of the function frame hold the module names defined so far', async () => {
  const globals = await scope('Globals');
  const byName = new Map(globals.map((v) => [v.name, v]));
  assert.match(byName.get('tally')?.value ?? '', /^<function tally at 0x[0-9a-f]+>$/);
  assert.equal(byName.get('tally')?.type, 'function');
  assert.equal(byName.get('__name__')?.value, "'__main__'");
  assert.ok(!byName.has('result'), 'result is assigned only after tally returns');
});

test('evaluate gives the repr of a local name, an item and a builtin, and errors for unknown names', async () => {
  const frameId = await topFrameId();
  const data = await client.evaluateRequest({ expression: 'data', frameId, context: 'watch' });
  assert.equal(data.body.result, '[1, 2, 3]');
  assert.equal(data.body.type, 'list');
  assert.ok(data.body.variablesReference > 0);
  const item = await client.evaluateRequest({ expression: 'alias[-1]', frameId, context: 'hover' });
  assert.equal(item.body.result, '3');
  const builtin = await client.evaluateRequest({ expression: 'len', frameId, context: 'repl' });
  assert.equal(builtin.body.result, '<built-in function len>');
  await assert.rejects(client.evaluateRequest({ expression: 'missing', frameId, context: 'repl' }), /NameError: name 'missing' is not defined/);
});

test('variable references from before a resume are refused with an error, not a crash', async () => {
  const locals = await scope('Locals');
  const data = locals.find((v) => v.name === 'data');
  assert.ok(data);
  const stopped = client.waitForEvent('stopped');
  await client.nextRequest({ threadId: 1 });
  await stopped;
  await assert.rejects(client.variablesRequest({ variablesReference: data.variablesReference }), /resumed/);
  await assert.rejects(client.scopesRequest({ frameId: 987654 }), /No frame/);
});
