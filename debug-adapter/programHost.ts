/**
 * The Host a launched program runs on inside the adapter process: the
 * command line's NodeHost (cli/nodeHost.ts) with what a launch
 * configuration adds — files read relative to its working directory, its
 * `env` over the inherited environment, and sys.argv from `program` and
 * `args`.
 *
 * It deliberately never writes to stdout, which is the DAP channel: the
 * inspection controller replaces `write` with output events, and anything
 * that still reaches this host's own write goes to stderr.
 */

import { resolve } from 'node:path';
import { NodeHost } from '../cli/nodeHost';
import type { Host } from '../runtime/host';
import type { LaunchArguments } from './launchArguments';

export function createProgramHost(args: LaunchArguments): Host {
  const cwd = args.cwd ?? process.cwd();
  const base = new NodeHost([args.program, ...(args.args ?? [])], (stream, text) =>
    process.stderr.write(`[${stream}] ${text}`),
  );
  // Composition rather than a subclass: NodeHost's env is a field its constructor fills, which a subclass
  // can neither read through super nor extend.
  return {
    write: (stream, text) => base.write(stream, text),
    readFile: (path) => base.readFile(resolve(cwd, path)),
    isDir: (path) => base.isDir(resolve(cwd, path)),
    wallClockMs: () => base.wallClockMs(),
    env: { ...base.env, ...(args.env ?? {}) },
    argv: base.argv,
  };
}
