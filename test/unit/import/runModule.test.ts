/**
 * `refscope -m MODULE`: the command line finds a module on sys.path (the
 * current directory first) and runs it as __main__, runs a package's
 * __main__ submodule, and reports a missing module as python3.12 does. It
 * runs cli/main.ts in a child process; it does not test imports in
 * general (the imp_* conformance programs do).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cli = join(root, 'cli', 'main.ts');
// The child runs in another directory, where the bare name 'tsx' would not resolve.
const tsxLoader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

function runM(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', tsxLoader, cli, '-m', ...args], { cwd, encoding: 'utf8' });
}

const dir = mkdtempSync(join(tmpdir(), 'refscope-m-'));
writeFileSync(join(dir, 'hello.py'), 'import sys\nprint(__name__, __package__, __spec__.name, sys.argv[0].endswith("hello.py"), sys.argv[1:])\n');
mkdirSync(join(dir, 'tool'));
writeFileSync(join(dir, 'tool', '__init__.py'), 'print("init", __name__)\n');
writeFileSync(join(dir, 'tool', '__main__.py'), 'from . import helper\nprint(__name__, __package__, helper.X)\n');
writeFileSync(join(dir, 'tool', 'helper.py'), 'X = 7\n');

test('-m runs a module from the current directory as __main__ with its spec and arguments', () => {
  const r = runM(dir, 'hello', 'a', 'b');
  assert.equal(r.stdout, "__main__  hello True ['a', 'b']\n");
  assert.equal(r.status, 0);
});

test('-m on a package imports it and runs its __main__ submodule', () => {
  const r = runM(dir, 'tool');
  assert.equal(r.stdout, 'init tool\n__main__ tool 7\n');
  assert.equal(r.status, 0);
});

test('-m on a missing module prints "No module named" and exits with 1', () => {
  const r = runM(dir, 'nothing_here');
  assert.equal(r.stderr, 'python3.12: No module named nothing_here\n');
  assert.equal(r.status, 1);
});
