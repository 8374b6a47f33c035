/**
 * Fills in debug configurations for the `refscope` debugger, so that F5 on
 * a Python file works without a launch.json: an empty configuration becomes
 * "launch the active file". It refuses, with a message rather than a failed
 * session, when there is no Python file to run.
 *
 * It deliberately does not validate the rest of a user's configuration; the
 * debug adapter reports bad launch arguments itself, where any DAP client
 * (not only VS Code) benefits.
 */
import * as vscode from 'vscode';

export const DEBUG_TYPE = 'refscope';

/** The configuration a user gets from F5, "Debug Current File" and launch.json's first entry. */
export function currentFileConfiguration(): vscode.DebugConfiguration {
  return { type: DEBUG_TYPE, request: 'launch', name: 'Refscope: current file', program: '${file}' };
}

function activePythonEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === 'python' ? editor : undefined;
}

export class RefscopeConfigurationProvider implements vscode.DebugConfigurationProvider {
  provideDebugConfigurations(): vscode.DebugConfiguration[] {
    return [currentFileConfiguration()];
  }

  resolveDebugConfiguration(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.ProviderResult<vscode.DebugConfiguration> {
    // No launch.json (or an empty entry): run the Python file in the editor.
    if (!config.type && !config.request && !config.name) {
      if (!activePythonEditor()) {
        void vscode.window.showInformationMessage('Refscope: open a Python file to debug it, or add a "refscope" configuration to launch.json.');
        // Returning undefined cancels the launch quietly; null would open launch.json.
        return undefined;
      }
      config = { ...currentFileConfiguration(), ...config };
    }
    config.type ??= DEBUG_TYPE;
    config.request ??= 'launch';
    config.name ??= 'Refscope';
    if (!config.program) {
      if (!activePythonEditor()) {
        void vscode.window.showErrorMessage('Refscope: the configuration has no "program", and no Python file is open to run instead.');
        return undefined;
      }
      config.program = '${file}';
    }
    return config;
  }

  /**
   * `${file}` has been substituted by now. A program that is not a Python
   * file is almost always "F5 pressed while launch.json was focused".
   */
  resolveDebugConfigurationWithSubstitutedVariables(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.ProviderResult<vscode.DebugConfiguration> {
    const program = String(config.program ?? '');
    if (program === '' || program.includes('${')) {
      void vscode.window.showErrorMessage(`Refscope: cannot run "${program}": open a Python file first.`);
      return undefined;
    }
    return config;
  }
}
