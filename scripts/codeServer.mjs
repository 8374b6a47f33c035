/**
 * Launches code-server (VS Code 1.100.3 in a browser) with a Refscope .vsix
 * installed, isolated from the home folder: every run has its own config
 * (127.0.0.1, no auth, no TLS), user data, extensions and XDG folders, and
 * the server runs in its own process group so that stopping it also ends
 * the extension host and the debug adapter it spawned. Used by
 * scripts/start.mjs; written with Node built-ins only so that end-to-end
 * tests can import it too (types in codeServer.d.mts).
 *
 *   const bin = install();                        // cached after the first time
 *   const runDir = createRunDir('.cache/my-run'); // fresh, emptied
 *   installExtension('refscope-0.1.0.vsix', { runDir, bin });
 *   const server = await launch('examples', await freePort(), { runDir, bin });
 *   console.log(server.url); ...; await server.stop();
 *
 * It deliberately does not build the .vsix (scripts/package.mjs does) or
 * drive a browser. The flags and why they are needed are in the project
 * notes on e2e testing (shared/notes/vscode-e2e.md).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Debian packages code-server's installation needs (ripgrep for @vscode/ripgrep, the rest for kerberos). */
export const debianPackages = ['ripgrep', 'libkrb5-dev', 'pkg-config'];

const isInstalled = (pkg) => spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;
const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

/**
 * Makes sure the Debian packages are there: installs the missing ones with
 * apt-get when running as root, otherwise throws saying what to install.
 */
export function ensureDebianPackages(packages = debianPackages) {
  if (!hasCommand('dpkg')) {
    if (hasCommand('rg')) return;
    throw new Error('code-server needs ripgrep (`rg`) on PATH; install it with your package manager.');
  }
  const missing = packages.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`code-server needs these Debian packages: ${missing.join(' ')}\n  sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`codeServer: installing Debian packages ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with ${result.status}`);
  }
}

/** Installs the pinned code-server into the cache (once) and returns its binary. */
export function install() {
  ensureDebianPackages();
  const result = spawnSync('bash', [join(root, 'scripts/install-code-server.sh')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const bin = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !existsSync(bin)) {
    throw new Error(`scripts/install-code-server.sh failed (status ${result.status}): ${result.stdout}`);
  }
  return bin;
}

/** The folders and files of one run, all below `runDir`. */
export function runPaths(runDir) {
  return {
    config: join(runDir, 'config.yaml'),
    userData: join(runDir, 'user-data'),
    extensions: join(runDir, 'extensions'),
    xdgData: join(runDir, 'xdg-data'),
    xdgConfig: join(runDir, 'xdg-config'),
    log: join(runDir, 'code-server.log'),
  };
}

/** Empties (or creates) `runDir` and its folders; returns its absolute path. */
export function createRunDir(runDir) {
  const dir = resolve(runDir);
  rmSync(dir, { recursive: true, force: true });
  const paths = runPaths(dir);
  for (const folder of [paths.userData, paths.extensions, paths.xdgData, paths.xdgConfig]) mkdirSync(folder, { recursive: true });
  return dir;
}

function commonArguments(paths) {
  return ['--config', paths.config, '--user-data-dir', paths.userData, '--extensions-dir', paths.extensions];
}

function environment(paths) {
  return { ...process.env, XDG_DATA_HOME: paths.xdgData, XDG_CONFIG_HOME: paths.xdgConfig };
}

/** Installs `vsix` into the run's own extensions folder. */
export function installExtension(vsix, { runDir, bin = install() }) {
  const paths = runPaths(runDir);
  // --install-extension reads the config file too; any port will do here.
  if (!existsSync(paths.config)) writeFileSync(paths.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const result = spawnSync(bin, [...commonArguments(paths), '--install-extension', resolve(vsix)], {
    env: environment(paths),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed (status ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Resolves to `preferred` when it is free on 127.0.0.1, else to the next free port above it (any free one for 0). */
export async function freePort(preferred = 0) {
  for (let port = preferred; port < preferred + 100 || preferred === 0; port++) {
    const free = await new Promise((resolvePort) => {
      const server = createServer();
      server.once('error', () => resolvePort(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolvePort(typeof address === 'object' && address ? address.port : null));
      });
    });
    if (free !== null) return free;
    if (preferred === 0) break;
  }
  throw new Error(`no free port from ${preferred}`);
}

function killGroup(child, signal) {
  try {
    // A negative pid addresses the process group `detached` created.
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

async function waitForHealthz(base, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering /healthz`);
    }
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${base}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server on 127.0.0.1:`port` opening `folder`, with the run's
 * folders (an extension installed there with installExtension shows up),
 * and waits for /healthz. Resolves to { url, port, runDir, logFile, child,
 * exited, stop() }; `exited` settles when the server ends by itself and
 * `stop()` ends its whole process group.
 */
export async function launch(folder, port, { runDir, bin = install(), startTimeoutMs = 60_000 } = {}) {
  if (!runDir) throw new Error('launch: pass the runDir that createRunDir made');
  const paths = runPaths(runDir);
  writeFileSync(paths.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const workspace = resolve(folder);
  const log = openSync(paths.log, 'a');
  const child = spawn(
    bin,
    [
      ...commonArguments(paths),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { env: environment(paths), detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(code ?? signal)));
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      // The extension host and the adapter can outlive the server itself.
      killGroup(child, 'SIGKILL');
    })();
    return stopping;
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthz(base, child, startTimeoutMs);
  } catch (error) {
    await stop();
    const tail = existsSync(paths.log) ? readFileSync(paths.log, 'utf8').split('\n').slice(-30).join('\n') : '';
    throw new Error(`${error.message}\ncode-server log (${paths.log}):\n${tail}`);
  }
  return { url: `${base}/?folder=${encodeURIComponent(workspace)}`, port, runDir, logFile: paths.log, child, exited, stop };
}
