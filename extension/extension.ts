/**
 * The Refscope extension's entry point: registers the `refscope` debugger
 * (configuration provider, adapter factory), the "Debug Current File"
 * command, and starts the language client.
 *
 * It deliberately holds no logic of its own; each piece lives in its own
 * file, and this is the only place that wires them to VS Code's lifecycle.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RefscopeAdapterFactory } from './adapterFactory';
import { currentFileConfiguration, DEBUG_TYPE, RefscopeConfigurationProvider } from './configurationProvider';
import { createLanguageClient } from './languageClient';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const provider = new RefscopeConfigurationProvider();
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterDescriptorFactory(
      DEBUG_TYPE,
      new RefscopeAdapterFactory(context.asAbsolutePath('dist/debugAdapter.js')),
    ),
    vscode.commands.registerCommand('refscope.debugCurrentFile', async (resource?: vscode.Uri) => {
      // From the editor title the command receives the file; from the palette, nothing.
      if (resource instanceof vscode.Uri) {
        await vscode.window.showTextDocument(resource);
      }
      const folder = vscode.window.activeTextEditor
        ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
        : undefined;
      await vscode.debug.startDebugging(folder, currentFileConfiguration());
    }),
  );

  client = createLanguageClient(context.asAbsolutePath('dist/languageServer.js'));
  // A language server that fails to start must not take the debugger with it.
  client.start().catch((err: unknown) => {
    void vscode.window.showWarningMessage(`Refscope: the language server did not start: ${String(err)}`);
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
