/**
 * Runs code-server (VS Code 1.100 served to a browser) for one end-to-end
 * test, isolated from every other run: its own config, user data,
 * extensions and XDG folders under a fresh run folder, bound to 127.0.0.1
 * on a free port without authentication. It installs a .vsix, starts the
 * server in its own process group (so stopping it also ends the extension
 * host and the debug adapter it spawned) and waits for /healthz.
 *
 * It deliberately does not drive the browser (workbench.ts does) and does
 * not build the .vsix (scripts/package.mjs does). The flags and the reasons
 * for them are in shared/notes/vscode-e2e.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface CodeServerRun {
  /** The folder holding everything this run wrote. */
  readonly runDir: string;
  /** The workspace folder code-server opened. */
  readonly workspace: string;
  /** The workbench URL, with the workspace folder selected. */
  readonly url: string;
  /** Where code-server's own stdout/stderr went, for failure reports. */
  readonly logFile: string;
  /** Ends code-server's whole process group; safe to call twice. */
  stop(): Promise<void>;
}

/** Returns code-server's binary, installing the pinned version when missing. */
export function codeServerBinary(root: string): string {
  const result = spawnSync('bash', [path.join(root, 'scripts/install-code-server.sh')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 15 * 60_000,
  });
  const bin = result.stdout?.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !existsSync(bin)) {
    throw new Error(`scripts/install-code-server.sh failed (status ${result.status}): ${result.stdout}`);
  }
  return bin;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealthz(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${base}/healthz within ${timeoutMs} ms`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // A negative pid addresses the process group that `detached` created.
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

export interface LaunchOptions {
  root: string;
  vsix: string;
  /** A folder whose contents are copied into the run's workspace. */
  workspaceTemplate: string;
  /** Milliseconds to wait for /healthz. */
  startTimeoutMs?: number;
}

export async function launchCodeServer(options: LaunchOptions): Promise<CodeServerRun> {
  const bin = codeServerBinary(options.root);
  const runDir = mkdtempSync(path.join(tmpdir(), 'refscope-e2e-'));
  const dirs = {
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
    xdgData: path.join(runDir, 'xdg-data'),
    xdgConfig: path.join(runDir, 'xdg-config'),
    workspace: path.join(runDir, 'workspace'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  cpSync(options.workspaceTemplate, dirs.workspace, { recursive: true });

  // No welcome page, walkthrough or trust prompt in front of the editor.
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.tips.enabled': false,
  };
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  const port = await freePort();
  const config = path.join(runDir, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const common = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  const env = { ...process.env, XDG_DATA_HOME: dirs.xdgData, XDG_CONFIG_HOME: dirs.xdgConfig };

  const install = spawnSync(bin, [...common, '--install-extension', options.vsix], { env, encoding: 'utf8', timeout: 120_000 });
  if (install.status !== 0) {
    throw new Error(`installing ${options.vsix} failed (status ${install.status}):\n${install.stdout}\n${install.stderr}`);
  }

  const logFile = path.join(runDir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    bin,
    [
      ...common,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      dirs.workspace,
    ],
    { env, detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    // The extension host and adapter may outlive the server's own exit.
    killGroup(child, 'SIGKILL');
  };

  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthz(base, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    runDir,
    workspace: dirs.workspace,
    url: `${base}/?folder=${encodeURIComponent(dirs.workspace)}`,
    logFile,
    stop,
  };
}
