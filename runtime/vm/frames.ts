/**
 * Pushing and popping frames on a thread's stack: Python function calls
 * (arguments moved from the caller's stack into the callee's fast locals,
 * closure cells copied), returns (the frame's references released),
 * generator creation (RETURN_GENERATOR copies the frame out), yields and
 * inline generator resumption. The recursion limit is checked here, as
 * CPython's _Py_EnterRecursivePy does on every Python frame.
 */

import { PyObject, decref, incref, newref } from '../objects/object';
import { CodeFlags } from '../bytecode/codeData';
import type { FuncData } from '../objects/function';
import type { CodeObject } from '../objects/code';
import { raise } from '../objects/errors';
import { newGenerator, GenState, type GenData, releaseGenerator } from '../objects/generator';
import { Frame, PyThreadState } from './frame';
import { bindArguments } from './callArgs';
import type { VM } from './vm';

/** Where a new frame's slots start: above everything the caller may use. */
export function calleeBase(caller: Frame | null): number {
  if (caller === null) return 0;
  return caller.base + caller.f_code.nlocalsplus + caller.f_code.co_stacksize + 1;
}

export function checkRecursion(vm: VM, thread: PyThreadState): void {
  if (thread.depth >= vm.recursionLimit) {
    raise('RecursionError', 'maximum recursion depth exceeded');
  }
}

/**
 * Pushes the frame for calling `func` with the arguments at stack[argStart..]
 * (positional then keyword values). On success the frame owns the arguments
 * and `func` (the caller drops its stack slots without decref); on failure
 * nothing has changed.
 */
export function pushFunctionFrame(vm: VM, thread: PyThreadState, caller: Frame | null, func: PyObject, argStart: number, nargs: number, kwnames: readonly string[] | null): Frame {
  const fd = func.a as FuncData;
  const co = fd.code.a as CodeObject;
  checkRecursion(vm, thread);
  const stack = thread.stack;
  const fastPath = kwnames === null && nargs === co.co_argcount && (co.co_flags & (CodeFlags.CO_VARARGS | CodeFlags.CO_VARKEYWORDS)) === 0 && co.co_kwonlyargcount === 0;
  const base = calleeBase(caller);
  thread.ensure(base + co.nlocalsplus + co.co_stacksize + 2);
  if (fastPath) {
    for (let i = 0; i < nargs; i++) stack[base + i] = stack[argStart + i];
    for (let i = nargs; i < co.nlocalsplus; i++) stack[base + i] = null;
  } else {
    const locals = bindArguments(fd, co, stack as PyObject[], argStart, nargs, kwnames);
    for (let i = 0; i < locals.length; i++) stack[base + i] = locals[i];
    // The bound locals hold their own references: release the caller's.
    for (let i = 0; i < nargs; i++) decref(stack[argStart + i]!);
  }
  const f = new Frame(co, fd.code, func, fd.globals, fd.builtins, null, caller, base);
  if (fd.closure !== null) {
    const cells = fd.closure.a as PyObject[];
    const first = co.nlocalsplus - cells.length;
    for (let i = 0; i < cells.length; i++) {
      incref(cells[i]);
      stack[base + first + i] = cells[i];
    }
  }
  thread.depth++;
  thread.frame = f;
  return f;
}

/** Pushes a frame for code run directly (module and class bodies). */
export function pushCodeFrame(vm: VM, thread: PyThreadState, codeObj: PyObject, globals: PyObject, builtins: PyObject, locals: PyObject | null, func: PyObject | null): Frame {
  const co = codeObj.a as CodeObject;
  checkRecursion(vm, thread);
  const base = calleeBase(thread.frame);
  thread.ensure(base + co.nlocalsplus + co.co_stacksize + 2);
  for (let i = 0; i < co.nlocalsplus; i++) thread.stack[base + i] = null;
  incref(codeObj);
  if (func !== null) incref(func);
  const f = new Frame(co, codeObj, func, globals, builtins, locals, thread.frame, base);
  if (func !== null) {
    const fd = func.a as FuncData;
    if (fd.closure !== null) {
      const cells = fd.closure.a as PyObject[];
      const first = co.nlocalsplus - cells.length;
      for (let i = 0; i < cells.length; i++) {
        incref(cells[i]);
        thread.stack[base + first + i] = cells[i];
      }
    }
  }
  (f as { ownsCode?: boolean }).ownsCode = true;
  thread.depth++;
  thread.frame = f;
  return f;
}

/** Releases a finished frame's slots and pops it; returns the caller. */
export function popFrame(vm: VM, thread: PyThreadState, f: Frame): Frame | null {
  const stack = thread.stack;
  const end = f.sp;
  for (let i = f.base; i < end; i++) {
    const x = stack[i];
    if (x !== null) {
      stack[i] = null;
      decref(x);
    }
  }
  thread.depth--;
  thread.frame = f.f_back;
  if (f.generator !== null) {
    const g = f.generator;
    const gd = g.a as GenData;
    g.v = GenState.FINISHED;
    gd.saved = null;
    // The generator's exception state ends with it; the resumer's comes back.
    const own = thread.exc_info;
    thread.exc_info = gd.prevExc;
    gd.prevExc = null;
    if (own !== null) decref(own);
    releaseGenerator(g);
  } else if (f.f_func !== null) {
    const fn = f.f_func;
    f.f_func = null;
    decref(fn);
  }
  if ((f as { ownsCode?: boolean }).ownsCode) decref(f.f_codeObj);
  void vm;
  return f.f_back;
}

/** RETURN_GENERATOR: copies the new frame out into a generator and returns it to the caller. */
export function returnGenerator(vm: VM, thread: PyThreadState, f: Frame): [Frame | null, PyObject] {
  const stack = thread.stack;
  const saved = stack.slice(f.base, f.sp);
  for (let i = f.base; i < f.sp; i++) stack[i] = null;
  const gen = newGenerator(f, saved);
  thread.depth--;
  thread.frame = f.f_back;
  void vm;
  return [f.f_back, gen];
}

/** YIELD_VALUE: suspends the generator's frame and hands the value to whoever resumed it. */
export function yieldFrame(vm: VM, thread: PyThreadState, f: Frame): [Frame | null, PyObject] {
  const stack = thread.stack;
  const value = stack[f.sp - 1]!;
  f.sp--;
  const gen = f.generator!;
  const saved = stack.slice(f.base, f.sp);
  for (let i = f.base; i < f.sp + 1; i++) stack[i] = null;
  const gd = gen.a as GenData;
  gd.saved = saved;
  gen.v = GenState.SUSPENDED;
  // The thread's exc_info is the generator's own unless it is still the one inherited from the resumer.
  const cur = thread.exc_info;
  if (cur !== null && cur === gd.prevExc) {
    decref(cur);
    gd.excState = null;
  } else gd.excState = cur;
  thread.exc_info = gd.prevExc;
  gd.prevExc = null;
  thread.depth--;
  thread.frame = f.f_back;
  void vm;
  return [f.f_back, value];
}

/**
 * Puts a suspended generator's frame back on the stack above `caller`, with
 * `sent` pushed (borrowed; null when an exception is thrown in instead), and
 * makes the generator's own exception state the thread's.
 */
export function pushGeneratorFrame(vm: VM, thread: PyThreadState, caller: Frame | null, gen: PyObject, sent: PyObject | null): Frame {
  const g = gen.a as GenData;
  const f = g.frame;
  checkRecursion(vm, thread);
  const base = calleeBase(caller);
  const saved = g.saved!;
  thread.ensure(base + f.f_code.nlocalsplus + f.f_code.co_stacksize + 2);
  for (let i = 0; i < saved.length; i++) thread.stack[base + i] = saved[i];
  g.saved = null;
  f.base = base;
  f.sp = base + saved.length;
  if (sent !== null) {
    incref(sent);
    thread.stack[f.sp++] = sent;
  }
  // Without a handled exception of its own, the generator sees its resumer's (the topmost one).
  g.prevExc = thread.exc_info;
  if (g.excState !== null) {
    thread.exc_info = g.excState;
    g.excState = null;
  } else if (g.prevExc !== null) thread.exc_info = newref(g.prevExc);
  f.f_back = caller;
  f.returnTo = -1;
  f.isEntry = false;
  f.depth = caller === null ? 1 : caller.depth + 1;
  gen.v = GenState.RUNNING;
  thread.depth++;
  thread.frame = f;
  return f;
}
