/**
 * Proves that the import boundaries in eslint.config.mjs fire: small
 * in-memory snippets are linted with ESLint's Node API and the real
 * configuration, under file paths in each folder, and the boundary rules
 * must (or must not) report them.
 *
 * It deliberately checks only the boundary rules (no-restricted-imports,
 * no-restricted-globals, no-restricted-syntax), not style rules, and lints
 * no file on disk: the tree's own lint is `npm run lint`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });
const boundaryRules = new Set(['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax']);

/** Lints `code` as if it were the file `path`; returns the boundary rule ids reported. */
async function boundaryViolations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], `snippet for ${path} did not parse`);
  return result.messages.filter((m) => m.ruleId !== null && boundaryRules.has(m.ruleId)).map((m) => m.ruleId!);
}

const forbidden: [string, string][] = [
  ['runtime/x.ts', "import * as fs from 'fs';\nexport const a = fs;"],
  ['runtime/deep/x.ts', "import * as fs from 'node:fs';\nexport const a = fs;"],
  ['runtime/x.ts', "import { readFile } from 'fs/promises';\nexport const a = readFile;"],
  ['runtime/x.ts', "import { join } from 'path';\nexport const a = join;"],
  ['runtime/x.ts', "import { spawn } from 'child_process';\nexport const a = spawn;"],
  ['runtime/x.ts', "import { cpus } from 'os';\nexport const a = cpus;"],
  ['runtime/x.ts', "import proc from 'process';\nexport const a = proc;"],
  ['runtime/x.ts', "import { Buffer as B } from 'buffer';\nexport const a = B;"],
  ['runtime/x.ts', "import { test } from 'node:test';\nexport const a = test;"],
  ['runtime/x.ts', "export { inspect } from 'util';"],
  ['runtime/x.ts', "import type { Uri } from 'vscode';\nexport type A = Uri;"],
  ['runtime/x.ts', "import { DebugSession } from '@vscode/debugadapter';\nexport const a = DebugSession;"],
  ['runtime/x.ts', "import type { DebugProtocol } from '@vscode/debugprotocol';\nexport type A = DebugProtocol.Request;"],
  ['runtime/x.ts', "import { createConnection } from 'vscode-languageserver/node';\nexport const a = createConnection;"],
  ['runtime/x.ts', "import { TextDocument } from 'vscode-languageserver-textdocument';\nexport const a = TextDocument;"],
  ['runtime/x.ts', "import { LanguageClient } from 'vscode-languageclient/node';\nexport const a = LanguageClient;"],
  ['runtime/x.ts', 'export const a = process.argv;'],
  ['runtime/x.ts', "export const a = Buffer.from('x');"],
  ['runtime/x.ts', "export const a = () => import('fs');"],
  ['runtime/x.ts', "import fs = require('fs');\nexport const a = fs;"],
  ['runtime/x.ts', "export type A = import('vscode').Uri;"],
  ['runtime/x.ts', 'const name = "fs";\nexport const a = () => import(name);'],
  ['cli/x.ts', "import * as vscode from 'vscode';\nexport const a = vscode;"],
  ['cli/x.ts', "import { DebugSession } from '@vscode/debugadapter';\nexport const a = DebugSession;"],
  ['extension/x.ts', "import { DebugSession } from '@vscode/debugadapter';\nexport const a = DebugSession;"],
  ['extension/x.ts', "import { createConnection } from 'vscode-languageserver/node';\nexport const a = createConnection;"],
  ['debug-adapter/x.ts', "import * as vscode from 'vscode';\nexport const a = vscode;"],
  ['debug-adapter/x.ts', "import { LanguageClient } from 'vscode-languageclient/node';\nexport const a = LanguageClient;"],
  ['language-server/x.ts', "import * as vscode from 'vscode';\nexport const a = vscode;"],
  ['language-server/x.ts', "import { DebugSession } from '@vscode/debugadapter';\nexport const a = DebugSession;"],
  ['test/unit/x.test.ts', "import { DebugSession } from '@vscode/debugadapter';\nexport const a = DebugSession;"],
  ['test/unit/x.test.ts', "import * as vscode from 'vscode';\nexport const a = vscode;"],
];

const allowed: [string, string][] = [
  ['cli/x.ts', "import * as fs from 'fs';\nexport const a = fs;"],
  ['cli/nodeHost.ts', "import * as fs from 'node:fs';\nimport { join } from 'node:path';\nexport const a = [fs, join, process.argv, Buffer.from('x')];"],
  ['runtime/x.ts', "import { parse } from './path';\nimport type { Host } from '../host';\nexport const a = parse;\nexport type H = Host;"],
  ['runtime/x.ts', "import { os } from './os';\nexport const a = os;"],
  ['runtime/x.ts', "export type A = import('./symtable').SymbolTableEntry;"],
  ['runtime/x.ts', "export const a = () => import('../objects/list');"],
  ['extension/x.ts', "import * as vscode from 'vscode';\nimport { LanguageClient } from 'vscode-languageclient/node';\nexport const a = [vscode, LanguageClient];"],
  ['debug-adapter/x.ts', "import { DebugSession } from '@vscode/debugadapter';\nimport type { DebugProtocol } from '@vscode/debugprotocol';\nexport const a = DebugSession;\nexport type R = DebugProtocol.Request;"],
  ['language-server/x.ts', "import { createConnection } from 'vscode-languageserver/node';\nimport { TextDocument } from 'vscode-languageserver-textdocument';\nexport const a = [createConnection, TextDocument];"],
  ['test/dap/x.test.ts', "import { DebugClient } from '@vscode/debugadapter-testsupport';\nexport const a = DebugClient;"],
  ['test/lsp/x.test.ts', "import { createConnection } from 'vscode-languageserver/node';\nexport const a = createConnection;"],
];

for (const [path, code] of forbidden) {
  test(`boundary rules reject in ${path}: ${code.split('\n')[0]}`, async () => {
    const violations = await boundaryViolations(path, code);
    assert.ok(violations.length > 0, `expected a boundary error for ${path}`);
  });
}

for (const [path, code] of allowed) {
  test(`boundary rules accept in ${path}: ${code.split('\n')[0]}`, async () => {
    assert.deepEqual(await boundaryViolations(path, code), []);
  });
}
