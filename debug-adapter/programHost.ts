/**
 * The Host a launched program runs on inside the adapter process: files
 * read relative to the launch's working directory, the inherited
 * environment plus the launch's `env`, and sys.argv from `program` and
 * `args`. Output is not written anywhere here: the inspection controller
 * replaces `write` with output events, since this process's stdout is the
 * DAP channel.
 *
 * It deliberately exists only because the runtime's own Node host
 * (cli/nodeHost.ts) was not there when the adapter needed one; it should
 * give way to that one.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Host, OutputStream } from '../runtime/host';
import type { LaunchArguments } from './launchArguments';

export function createProgramHost(args: LaunchArguments): Host {
  const cwd = args.cwd ?? process.cwd();
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  Object.assign(env, args.env ?? {});
  return {
    write(stream: OutputStream, text: string): void {
      // Reached only if a caller bypasses the controller; stderr keeps the protocol channel clean.
      process.stderr.write(`[${stream}] ${text}`);
    },
    readFile(path: string): string | null {
      try {
        return readFileSync(resolve(cwd, path), 'utf8');
      } catch {
        return null;
      }
    },
    wallClockMs: () => Date.now(),
    env,
    argv: [args.program, ...(args.args ?? [])],
  };
}
