/**
 * VmPort: the narrow view of the interpreter that the inspection
 * controller needs, stated once so that the controller's logic (stepping,
 * breakpoints, handles) does not depend on how the VM spells its frames and
 * objects. interpreterPort.ts implements it on the real Interpreter.
 *
 * Threads, frames and objects are opaque handles here: the controller
 * keeps them only while the program is stopped and never hands them out.
 * It deliberately has no DAP or editor notion in it.
 */

import type { LineTableSource } from './codeLines';

/** An interpreter thread, frame or object, as the port hands them out. */
export type VmThread = { readonly __vmThread: true };
export type VmFrame = { readonly __vmFrame: true };
export type VmObject = { readonly __vmObject: true };

export type VmRunOutcome = { reason: 'budget' } | { reason: 'stopped' } | { reason: 'finished'; exitCode: number };

/** The children of an object, in the form its type gives them. */
export type VmChildren =
  | { kind: 'sequence'; items: VmObject[] }
  | { kind: 'mapping'; entries: [VmObject, VmObject][] }
  | { kind: 'attributes'; entries: [string, VmObject][] };

export interface VmPort {
  /**
   * Compiles the main module and makes it ready to run. On a syntax error
   * returns the text CPython prints for it on stderr, and the program
   * cannot run.
   */
  loadMain(source: string, filename: string): { ok: true; code: LineTableSource } | { ok: false; stderr: string };
  /** Runs for about `budget` instructions. */
  run(budget: number): VmRunOutcome;
  /**
   * Installs the line hook: called before each instruction that starts a
   * new source line; returning true stops the program before it.
   */
  setLineHook(hook: ((thread: VmThread, frame: VmFrame) => boolean) | null): void;
  /** Asks the running program to stop at its next eval-breaker check. */
  requestPause(): void;

  threads(): VmThread[];
  /** The thread that holds the GIL, or null when none runs. */
  currentThread(): VmThread | null;
  threadIdent(thread: VmThread): number;
  threadName(thread: VmThread): string;
  /** The innermost frame of the thread, or null when it runs no Python code. */
  topFrame(thread: VmThread): VmFrame | null;

  /** f_back. */
  frameBack(frame: VmFrame): VmFrame | null;
  frameQualname(frame: VmFrame): string;
  frameFilename(frame: VmFrame): string;
  /** f_lineno (1-based). */
  frameLine(frame: VmFrame): number;
  /** Whether the frame runs module code, whose locals are its globals. */
  frameIsModule(frame: VmFrame): boolean;
  /** The frame's bound local names and values, in co_localsplusnames order (unbound ones left out). */
  frameLocals(frame: VmFrame): [string, VmObject][];
  /** f_globals' items, in dict order. */
  frameGlobals(frame: VmFrame): [string, VmObject][];
  /** A builtin by name, for evaluating names the frame does not bind. */
  builtin(name: string): VmObject | undefined;

  /** repr(obj); never throws (a failing __repr__ gives a placeholder text). */
  repr(obj: VmObject): string;
  typeName(obj: VmObject): string;
  refcount(obj: VmObject): number;
  address(obj: VmObject): number;
  size(obj: VmObject): number;
  /** The object's items or attributes, or null when it has none to show. */
  children(obj: VmObject): VmChildren | null;
}
