/**
 * Frames and thread states. Python calls never use the JS stack: each
 * PyThreadState owns one array (`stack`) holding every frame's fast locals
 * followed by its value stack, and a chain of Frame objects (`frame`, linked
 * by `f_back`) saying where each frame's slice starts. Frame objects are
 * created with every field initialised so they keep one hidden class.
 *
 * Positions: `f_lasti` is the code-unit index (not bytes) of the
 * instruction the frame is executing or last executed; `next` is the code
 * unit where it resumes. `f_lasti_bytes` gives CPython's byte offset.
 */

import type { PyObject } from '../objects/object';
import type { CodeObject } from '../objects/code';
import { dictItems } from '../objects/dict';

export class Frame {
  f_code: CodeObject;
  f_codeObj: PyObject;
  /** The function being run (owned), or null for module and class bodies run directly. */
  f_func: PyObject | null;
  f_globals: PyObject;
  f_builtins: PyObject;
  /** The locals mapping for module and class bodies (LOAD_NAME), else null. */
  f_locals: PyObject | null;
  f_back: Frame | null;
  /** Index in the thread's stack of localsplus[0]. */
  base: number;
  /** Saved stack pointer (absolute index of the first free slot). */
  sp: number;
  f_lasti: number;
  next: number;
  /** Code unit in the caller to resume at when this frame returns (-1: the caller's own `next`). */
  returnTo: number;
  /** True when a JS caller (a builtin calling back into Python) waits for this frame's result. */
  isEntry: boolean;
  /** The generator that owns this frame while it runs, or null. */
  generator: PyObject | null;
  /** Frame depth in its thread (1 for the outermost). */
  depth: number;
  /** Line of the previously executed instruction (-2: none yet), for line events. */
  prevLine: number;
  /**
   * For an `__init__` frame pushed inline by a class call (initCall.ts): the
   * new instance (an owned reference), which becomes the call's result when
   * the frame returns None. Null for every other frame.
   */
  initSelf: PyObject | null;

  constructor(code: CodeObject, codeObj: PyObject, func: PyObject | null, globals: PyObject, builtins: PyObject, locals: PyObject | null, back: Frame | null, base: number) {
    this.f_code = code;
    this.f_codeObj = codeObj;
    this.f_func = func;
    this.f_globals = globals;
    this.f_builtins = builtins;
    this.f_locals = locals;
    this.f_back = back;
    this.base = base;
    this.sp = base + code.nlocalsplus;
    this.f_lasti = 0;
    this.next = 0;
    this.returnTo = -1;
    this.isEntry = false;
    this.generator = null;
    this.depth = back === null ? 1 : back.depth + 1;
    this.prevLine = -2;
    this.initSelf = null;
  }

  get f_lasti_bytes(): number {
    return this.f_lasti * 2;
  }

  /** f_lineno: the line of the current instruction (co_lines()), or the first line. */
  get f_lineno(): number {
    const l = this.f_code.lineAt(this.f_lasti);
    return l >= 0 ? l : this.f_code.co_firstlineno;
  }
}

export class PyThreadState {
  readonly thread_id: number;
  name: string;
  /** The innermost running frame, or null when the thread runs no Python code. */
  frame: Frame | null = null;
  /** Every frame's fast locals and value stack, end to end. */
  stack: (PyObject | null)[];
  /** The exception being handled (sys.exception()), or null. */
  exc_info: PyObject | null = null;
  /** When set, the next instruction runs without calling the line hook (resuming after a stop). */
  skipLineHookOnce = false;
  /** Python-level call depth, for RecursionError. */
  depth = 0;

  constructor(id: number, name: string) {
    this.thread_id = id;
    this.name = name;
    this.stack = new Array(1024).fill(null);
  }

  /** Makes sure the stack has room up to `top`. */
  ensure(top: number): void {
    const s = this.stack;
    if (top > s.length) {
      let n = s.length;
      while (n < top) n *= 2;
      for (let i = s.length; i < n; i++) s.push(null);
    }
  }
}

/** Reads a frame's fast local by index: the object, or null when unbound. Cells are looked through. */
export function frameLocal(thread: PyThreadState, frame: Frame, index: number): PyObject | null {
  const v = inStack(thread, frame) ? thread.stack[frame.base + index] : savedLocal(frame, index);
  if (v === null || v === undefined) return null;
  const kind = frame.f_code.co_localspluskinds[index];
  if (kind & 0xc0 && v.ob_type.a.tp_name === 'cell') return (v.a as PyObject | null) ?? null;
  return v;
}

/** Whether the frame currently lives in the thread's stack (a suspended generator frame does not). */
function inStack(thread: PyThreadState, frame: Frame): boolean {
  for (let f = thread.frame; f !== null; f = f.f_back) if (f === frame) return true;
  return false;
}

/** Generators keep a suspended frame's slots in their own array (see generator.ts). */
export const generatorSlots: { saved: (frame: Frame) => (PyObject | null)[] | null } = { saved: () => null };

function savedLocal(frame: Frame, index: number): PyObject | null {
  const s = generatorSlots.saved(frame);
  return s === null ? null : s[index] ?? null;
}

/** The frame's bound locals in co_localsplusnames order. */
export function frameLocalsList(thread: PyThreadState, frame: Frame): [string, PyObject][] {
  if (frame.f_locals !== null && frame.f_code.nlocalsplus === 0) {
    return Array.from(dictItems(frame.f_locals)).filter(([k]) => k.ob_type.a.tp_name === 'str').map(([k, v]) => [k.a as string, v]);
  }
  const out: [string, PyObject][] = [];
  const names = frame.f_code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    const v = frameLocal(thread, frame, i);
    if (v !== null) out.push([names[i], v]);
  }
  return out;
}
