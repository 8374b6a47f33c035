/**
 * Drives the real language server process (`node dist/languageServer.js
 * --stdio`, or the TypeScript source through tsx when no bundle is built)
 * with a JSON-RPC client over its pipes, as an editor would: initialize,
 * open documents, change them, shut down. It checks that syntax errors are
 * published with CPython 3.12's message and position (from committed
 * goldens) and cleared once the code is valid.
 *
 * It deliberately does not test the position arithmetic in detail; that is
 * syntaxDiagnostics.test.ts.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(root, 'dist/languageServer.js');

interface Golden {
  name: string;
  source: string;
  type: string;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number | null;
  end_offset: number | null;
}
const goldens: Golden[] = JSON.parse(readFileSync(path.join(root, 'test/lsp/syntaxErrors.golden.json'), 'utf8'));

let server: ChildProcess;
let connection: MessageConnection;
let stderr = '';
/** Diagnostics as they arrive, per URI; waiters are woken on every arrival. */
const published = new Map<string, PublishDiagnosticsParams[]>();
const waiters: Array<() => void> = [];

function startServer(): ChildProcess {
  const args = existsSync(bundle)
    ? [bundle, '--stdio']
    : ['--import', 'tsx', path.join(root, 'language-server/main.ts'), '--stdio'];
  return spawn(process.execPath, args, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Waits for the first diagnostics for `uri` with `version` that satisfy `accept`. */
function diagnosticsFor(uri: string, version: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
    const check = (): boolean => {
      const hit = (published.get(uri) ?? []).find((p) => p.version === undefined || p.version === version);
      if (!hit) return false;
      clearTimeout(timer);
      resolve(hit.diagnostics);
      return true;
    };
    if (!check()) {
      const waiter = (): void => {
        if (check()) waiters.splice(waiters.indexOf(waiter), 1);
      };
      waiters.push(waiter);
    }
  });
}

let nextDocument = 0;
function freshUri(): string {
  nextDocument += 1;
  return pathToFileURL(path.join(root, `test/lsp/virtual/case${nextDocument}.py`)).href;
}

before(async () => {
  server = startServer();
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const list = published.get(params.uri) ?? [];
    list.push(params);
    published.set(params.uri, list);
    for (const w of [...waiters]) w();
  });
  connection.listen();
  const result = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: null,
  });
  assert.ok((result as { capabilities: unknown }).capabilities, 'initialize returns capabilities');
  await connection.sendNotification('initialized', {});
});

after(async () => {
  if (connection) {
    try {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below still ends it.
    }
    connection.dispose();
  }
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    const timer = setTimeout(() => server.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
});

test('a missing colon is reported with CPython\'s message at its 0-based position, then cleared when fixed', async () => {
  const uri = freshUri();
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'python', version: 1, text: 'def f()\n    return 1\n' },
  });
  const diagnostics = await diagnosticsFor(uri, 1);
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  assert.equal(diagnostics[0].message, "expected ':'");
  assert.equal(diagnostics[0].source, 'refscope');
  assert.equal(diagnostics[0].code, 'SyntaxError');
  assert.deepEqual(diagnostics[0].range, { start: { line: 0, character: 7 }, end: { line: 0, character: 8 } });

  // An incremental edit inserting the colon at line 0, character 7.
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 7 } }, text: ':' }],
  });
  assert.deepEqual(await diagnosticsFor(uri, 2), []);
});

test('a full-text change back to broken code reports the error again', async () => {
  const uri = freshUri();
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'python', version: 1, text: 'x = 1\n' },
  });
  assert.deepEqual(await diagnosticsFor(uri, 1), []);
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: 'x = (1,\n' }],
  });
  const [d] = await diagnosticsFor(uri, 2);
  assert.equal(d.message, "'(' was never closed");
  assert.deepEqual(d.range.start, { line: 0, character: 4 });
});

test('closing a document clears its diagnostics', async () => {
  const uri = freshUri();
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'python', version: 1, text: '1 = x\n' },
  });
  assert.equal((await diagnosticsFor(uri, 1)).length, 1);
  published.delete(uri);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual(await diagnosticsFor(uri, 1), []);
});

for (const golden of goldens) {
  test(`syntax error matches CPython 3.12: ${golden.name}`, async () => {
    const uri = freshUri();
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'python', version: 1, text: golden.source },
    });
    const diagnostics = await diagnosticsFor(uri, 1);
    assert.ok(diagnostics.length >= 1, `expected an error for ${JSON.stringify(golden.source)}`);
    const first = diagnostics[0];
    assert.equal(first.message, golden.msg);
    assert.equal(first.code, golden.type);
    // The golden sources hold only BMP characters, so CPython's 1-based code
    // point offset minus one is the LSP character.
    assert.deepEqual(first.range.start, { line: golden.lineno - 1, character: golden.offset - 1 });
  });
}
