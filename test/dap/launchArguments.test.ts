/**
 * Checks that the launch attributes the adapter accepts
 * (debug-adapter/launchArguments.ts) and the schema package.json gives the
 * editor agree: the same names, types, required list, defaults and
 * descriptions. Also checks that the adapter's validation rejects what the
 * schema forbids.
 *
 * It deliberately does not start an adapter; the other DAP tests do.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchAttributes, launchJsonSchema, validateLaunchArguments } from '../../debug-adapter/launchArguments';
import { repoRoot } from './repoRoot';

interface DebuggerContribution {
  type: string;
  configurationAttributes?: { launch?: { required?: string[]; properties?: Record<string, Record<string, unknown>> } };
  initialConfigurations?: Record<string, unknown>[];
}

function refscopeDebugger(): DebuggerContribution {
  const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as {
    contributes?: { debuggers?: DebuggerContribution[] };
  };
  const contribution = manifest.contributes?.debuggers?.find((d) => d.type === 'refscope');
  assert.ok(contribution, 'package.json contributes a debugger of type "refscope"');
  return contribution;
}

test('package.json launch schema has the same attribute names as the adapter', () => {
  const launch = refscopeDebugger().configurationAttributes?.launch;
  assert.ok(launch?.properties, 'the debugger declares configurationAttributes.launch.properties');
  assert.deepEqual(Object.keys(launch.properties).sort(), Object.keys(launchAttributes).sort());
});

test('package.json launch schema requires the same attributes as the adapter', () => {
  const launch = refscopeDebugger().configurationAttributes?.launch;
  assert.deepEqual([...(launch?.required ?? [])].sort(), launchJsonSchema().required.sort());
});

test('package.json launch schema gives each attribute the adapter type, default and description', () => {
  const properties = refscopeDebugger().configurationAttributes?.launch?.properties ?? {};
  const expected = launchJsonSchema().properties;
  for (const name of Object.keys(expected)) {
    assert.deepEqual(properties[name], expected[name], `attribute '${name}'`);
  }
});

test('package.json initial configuration is a valid launch configuration', () => {
  for (const configuration of refscopeDebugger().initialConfigurations ?? []) {
    assert.equal(typeof validateLaunchArguments(configuration), 'object', JSON.stringify(configuration));
  }
});

test('launch validation requires program', () => {
  const result = validateLaunchArguments({ args: [] });
  assert.equal(typeof result, 'string');
  assert.match(result as string, /'program' is required/);
});

test('launch validation rejects attributes of the wrong type', () => {
  assert.match(validateLaunchArguments({ program: 3 }) as string, /'program' must be a string/);
  assert.match(validateLaunchArguments({ program: '/a.py', args: [1] }) as string, /'args' must be an array of strings/);
  assert.match(validateLaunchArguments({ program: '/a.py', env: { A: 1 } }) as string, /'env' must be an object/);
  assert.match(validateLaunchArguments({ program: '/a.py', stopOnEntry: 'yes' }) as string, /'stopOnEntry' must be a boolean/);
  assert.match(validateLaunchArguments(null) as string, /must be an object/);
});

test('launch validation accepts a full configuration and ignores editor attributes', () => {
  const raw = {
    type: 'refscope',
    request: 'launch',
    name: 'x',
    program: '/tmp/a.py',
    args: ['1'],
    cwd: '/tmp',
    env: { A: 'b' },
    stopOnEntry: true,
  };
  const result = validateLaunchArguments(raw);
  assert.equal(typeof result, 'object');
  if (typeof result === 'object') {
    assert.equal(result.program, '/tmp/a.py');
    assert.deepEqual(result.args, ['1']);
    assert.equal(result.stopOnEntry, true);
  }
});
