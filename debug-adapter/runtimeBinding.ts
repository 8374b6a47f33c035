/**
 * Binds the session to the real runtime: the Node host a launched program
 * runs on (argv, environment, working directory) and the interpreter port.
 * Kept apart so the session file stays pure translation.
 *
 * It deliberately does not route output: the controller replaces the host's
 * write with output events, because this process's stdout is the DAP channel.
 */

import type { Host } from '../runtime/host';
import type { VmPort } from '../runtime/inspect/vmPort';
import type { LaunchArguments } from './launchArguments';

export function createProgramHost(args: LaunchArguments): Host {
  throw new Error(`The runtime's Node host is not available yet (launching ${args.program}).`);
}

export function createRuntimePort(host: Host): VmPort {
  void host;
  throw new Error('The interpreter is not available yet.');
}
