/**
 * Tells VS Code how to start the Refscope debug adapter: as its own Node
 * process speaking DAP over stdio (`node dist/debugAdapter.js`), so that a
 * user's runaway loop can only ever freeze that process, never the editor.
 *
 * It deliberately does not run the adapter inside the extension host; that
 * inline mode is for hosts that cannot spawn processes and is not wired yet.
 */
import * as vscode from 'vscode';

export class RefscopeAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly adapterScript: string) {}

  createDebugAdapterDescriptor(): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    // The extension host's executable is Node in code-server and Electron in
    // desktop VS Code; ELECTRON_RUN_AS_NODE makes Electron behave as Node and
    // is ignored by Node, so one descriptor serves both.
    return new vscode.DebugAdapterExecutable(process.execPath, [this.adapterScript], {
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
  }
}
