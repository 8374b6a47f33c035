/**
 * refscope-dap: the entry point of the debug adapter process. It runs one
 * RefscopeDebugSession over stdin/stdout, which is what VS Code, nvim-dap
 * or any other DAP client spawns, or serves sessions on a TCP port with
 * --server=PORT (for debugging the adapter itself). It is the esbuild
 * entry of dist/debugAdapter.js.
 *
 * It deliberately does nothing else: the session lives in
 * refscopeSession.ts, which the extension can also run inline.
 */

import { createServer } from 'node:net';
import { RefscopeDebugSession } from './refscopeSession';

// stdout carries the protocol; a stray console.log anywhere would corrupt it, so diagnostics go to stderr.
console.log = console.error;
console.info = console.error;

const serverPort = process.argv.slice(2).map((arg) => /^--server=(\d{2,5})$/.exec(arg)).find((match) => match)?.[1];

if (serverPort) {
  createServer((socket) => {
    const session = new RefscopeDebugSession();
    session.setRunAsServer(true);
    session.start(socket, socket);
  }).listen(Number(serverPort), '127.0.0.1', () => console.error(`refscope-dap: listening on port ${serverPort}`));
} else {
  const session = new RefscopeDebugSession();
  process.on('SIGTERM', () => session.shutdown());
  session.start(process.stdin, process.stdout);
}
