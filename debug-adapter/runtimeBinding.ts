/**
 * Binds the session to the real runtime: the host a launched program runs
 * on (argv, environment, working directory) and the interpreter port.
 * Kept apart so the session file stays pure translation, and so a test or
 * the inline mode can supply others.
 *
 * It deliberately does not route output: the controller replaces the host's
 * write with output events, because this process's stdout is the DAP channel.
 */

export { createProgramHost } from './programHost';
export { createInterpreterPort as createRuntimePort } from '../runtime/inspect/interpreterPort';
