/**
 * The Refscope language server (`refscope-lsp --stdio`): a standard LSP
 * server that keeps open Python documents in sync and publishes their
 * syntax errors, found by the same parser the debugger's runtime uses, with
 * CPython 3.12's messages and positions.
 *
 * It deliberately offers nothing else yet (no completion, hover or symbols)
 * and never executes the user's code. The transport (--stdio, --node-ipc,
 * --socket) is chosen by the command line, as vscode-languageserver does.
 */
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../runtime/syntax/parser';
import { toLspDiagnostics } from './syntaxDiagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

/** The name CPython would put in a traceback: the path for files, else the URI. */
function filenameOf(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

function validate(document: TextDocument): void {
  const text = document.getText();
  let diagnostics: Diagnostic[];
  try {
    const { errors } = parse(text, filenameOf(document.uri));
    diagnostics = toLspDiagnostics(text, errors);
  } catch (err) {
    // The parser promises never to throw; if it does anyway, the editor keeps
    // working and the log says why, instead of the server dying.
    connection.console.error(`refscope: parser failed on ${document.uri}: ${(err as Error)?.stack ?? err}`);
    diagnostics = [];
  }
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

connection.onInitialize((): InitializeResult => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  },
  serverInfo: { name: 'refscope-lsp', version: '0.1.0' },
}));

documents.onDidChangeContent((event) => validate(event.document));

// A closed document's errors should not linger in the Problems view.
documents.onDidClose((event) => {
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
