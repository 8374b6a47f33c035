/**
 * Types for scripts/codeServer.mjs, so that TypeScript tests can import the
 * code-server launcher: `import { launch } from '../../scripts/codeServer.mjs'`.
 * It deliberately declares only the exported functions, no implementation.
 */
import type { ChildProcess } from 'node:child_process';

export declare const debianPackages: string[];
export declare function ensureDebianPackages(packages?: string[]): void;
export declare function install(): string;
export interface RunPaths {
  config: string;
  userData: string;
  extensions: string;
  xdgData: string;
  xdgConfig: string;
  log: string;
}
export declare function runPaths(runDir: string): RunPaths;
export declare function createRunDir(runDir: string): string;
export declare function installExtension(vsix: string, options: { runDir: string; bin?: string }): void;
export declare function freePort(preferred?: number): Promise<number>;
export interface CodeServer {
  url: string;
  port: number;
  runDir: string;
  logFile: string;
  child: ChildProcess;
  /** Settles with the exit code (or signal) when the server ends. */
  exited: Promise<number | string | null>;
  /** Ends code-server's whole process group; safe to call twice. */
  stop(): Promise<void>;
}
export declare function launch(
  folder: string,
  port: number,
  options: { runDir: string; bin?: string; startTimeoutMs?: number },
): Promise<CodeServer>;
