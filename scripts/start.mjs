/**
 * `npm start`: serves VS Code (code-server) in the browser with Refscope
 * installed and the examples/ folder open, from a fresh clone with nothing
 * installed. In order: `npm ci` when node_modules is missing, bundle and
 * package the .vsix, install code-server into the cache (and the Debian
 * packages it needs, when running as root), install the .vsix into a fresh
 * extensions folder under .cache/start/, start code-server on 127.0.0.1
 * (port from PORT, else the first free one from 8080), print the URL and run
 * until Ctrl+C, which ends code-server's whole process group.
 *
 * It imports only Node built-ins at the top, because node_modules may not
 * exist yet; the build modules are imported after `npm ci`. It skips the
 * type check (esbuild bundles regardless) so that a type error somewhere
 * does not stop a demo; `npm run build` and CI check types. It deliberately
 * keeps no state between runs: each start gets new user data, so
 * breakpoints and settings from an earlier run do not leak in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRunDir, freePort, install, installExtension, launch, runPaths } from './codeServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const EXAMPLE = `"""A small program to try Refscope on: a function and a list.

Set a breakpoint inside total(), press F5 and look at the Variables view.
"""


def total(numbers):
    result = 0
    for n in numbers:
        result = result + n
    return result


numbers = [3, 1, 4, 1, 5]
print(total(numbers))
`;

function step(message) {
  console.log(`\nstart: ${message}`);
}

function installDependencies() {
  if (existsSync(join(root, 'node_modules'))) return;
  step('node_modules is missing; running npm ci');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ci failed with ${result.status ?? result.signal}`);
}

/** The folder code-server opens: examples/, created with one program when absent. */
function examplesFolder() {
  const folder = join(root, 'examples');
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'hello.py'), EXAMPLE);
  }
  return folder;
}

/** Opens on the examples rather than VS Code's walkthrough, without tips. */
function writeUserSettings(runDir) {
  const userDir = join(runPaths(runDir).userData, 'User');
  mkdirSync(userDir, { recursive: true });
  const settings = { 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false };
  writeFileSync(join(userDir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

async function main() {
  installDependencies();
  step('building and packaging the extension');
  const { packageVsix } = await import('./package.mjs');
  const vsix = await packageVsix({ check: false });

  step('installing code-server (cached after the first time)');
  const bin = install();

  const runDir = createRunDir(join(root, '.cache', 'start'));
  step(`installing ${vsix} into ${runDir}`);
  installExtension(vsix, { runDir, bin });
  writeUserSettings(runDir);

  const port = await freePort(process.env.PORT ? Number(process.env.PORT) : 8080);
  if (process.env.PORT && port !== Number(process.env.PORT)) throw new Error(`port ${process.env.PORT} is in use`);
  step(`starting code-server on 127.0.0.1:${port}`);
  const server = await launch(examplesFolder(), port, { runDir, bin });

  console.log(`\nRefscope is running in VS Code at:\n\n  ${server.url}\n\nlog: ${server.logFile}\nPress Ctrl+C to stop.`);
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstart: ${signal}; stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
  const reason = await server.exited;
  if (!stopping) {
    // The server died by itself: end what it left behind and say so.
    await server.stop();
    console.error(`start: code-server exited (${reason}); see ${server.logFile}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
