/**
 * Starts the Refscope language server (dist/languageServer.js) as its own
 * process over stdio for Python documents, so that syntax errors show with
 * CPython 3.12's messages as the user types.
 *
 * It deliberately adds no middleware: the server is a standard LSP server
 * and this client only says where it lives and which documents it serves.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(serverModule: string): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--enable-source-maps'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
    ],
    outputChannel: vscode.window.createOutputChannel('Refscope Language Server'),
  };
  return new LanguageClient('refscope', 'Refscope Language Server', serverOptions, clientOptions);
}
