/**
 * Prepares one isolated code-server run for the end-to-end tests, on top of
 * the project's launcher (scripts/codeServer.mjs: own config, user data,
 * extensions and XDG folders, its own process group, /healthz wait): a
 * fresh run folder, a copy of the test workspace, user settings that keep
 * the welcome page and trust prompts out of the way, and the .vsix
 * installed.
 *
 * It deliberately does not drive the browser (workbench.ts does) and does
 * not build the .vsix (scripts/package.mjs does).
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRunDir, freePort, install, installExtension, launch, runPaths } from '../../scripts/codeServer.mjs';

export interface CodeServerRun {
  /** The folder holding everything this run wrote. */
  readonly runDir: string;
  /** The workspace folder code-server opened. */
  readonly workspace: string;
  /** The workbench URL. */
  readonly url: string;
  /** Where code-server's own stdout/stderr went, for failure reports. */
  readonly logFile: string;
  /** Ends code-server's whole process group; safe to call twice. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  vsix: string;
  /** A folder whose contents are copied into the run's workspace. */
  workspaceTemplate: string;
  /** Milliseconds to wait for /healthz. */
  startTimeoutMs?: number;
}

/** No welcome page, walkthrough, tips or trust prompt in front of the editor. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

export async function launchCodeServer(options: LaunchOptions): Promise<CodeServerRun> {
  const bin = install();
  const runDir = createRunDir(mkdtempSync(path.join(tmpdir(), 'refscope-e2e-')));
  const workspace = path.join(runDir, 'workspace');
  cpSync(options.workspaceTemplate, workspace, { recursive: true });
  const userDir = path.join(runPaths(runDir).userData, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(userSettings, null, 2));
  installExtension(options.vsix, { runDir, bin });
  const server = await launch(workspace, await freePort(), { runDir, bin, startTimeoutMs: options.startTimeoutMs ?? 60_000 });
  return { runDir, workspace, url: server.url, logFile: server.logFile, stop: () => server.stop() };
}
