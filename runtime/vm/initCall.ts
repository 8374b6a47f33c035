/**
 * Calling a plain class inside the running eval loop, as CPython 3.13's
 * CALL_ALLOC_AND_ENTER_INIT does: when `C(...)` would go type_call →
 * object_new → slot_tp_init → a Python `__init__`, the instance is
 * allocated here and `__init__` gets an ordinary frame on the thread's heap
 * stack, so breakpoints, stepping and pause work inside it. When that frame
 * returns, `initReturned` applies type_call's rule (None, or TypeError) and
 * hands the instance to the caller instead of None.
 *
 * It deliberately takes only the case where nothing Python-visible differs
 * from type_call: the metaclass's tp_call is type's own, tp_new is
 * object's (allocation runs no Python code), tp_init is the slot wrapper and
 * `__init__` resolves to a plain function that is not a generator or
 * coroutine. Every other class call keeps the nested path in typecreate.ts.
 */

import { PyObject, decref, incref } from '../objects/object';
import { raise } from '../objects/errors';
import { None } from '../objects/none';
import { FunctionType, type FuncData } from '../objects/function';
import type { CodeObject } from '../objects/code';
import { CodeFlags } from '../bytecode/codeData';
import { td, typeLookup, ObjectType, TypeType, TypeFlags } from '../objects/typeobject';
import { typeNameOf } from '../objects/abstract';
import { slotTpInit } from '../objects/slotdefs';
import { Frame, PyThreadState } from './frame';
import { pushFunctionFrame } from './frames';
import type { VM } from './vm';

const NOT_PLAIN = CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR;

/** The Python `__init__` function a call of `type` may run inline, or null when the call must go through tp_call. */
function inlineInit(type: PyObject): PyObject | null {
  const d = td(type);
  if ((d.tp_flags & TypeFlags.HEAPTYPE) === 0) return null;
  if (d.tp_new !== td(ObjectType).tp_new || d.tp_init !== slotTpInit) return null;
  const init = typeLookup(type, '__init__');
  if (init === null || init.ob_type !== FunctionType) return null;
  const co = (init.a as FuncData).code.a as CodeObject;
  if (co.co_flags & NOT_PLAIN) return null;
  return init;
}

/**
 * CALL on `stack[nullIdx + 1]` with a NULL below it and `nargs` arguments
 * above it. Returns null, having changed nothing, when the callable is not a
 * class that qualifies. Otherwise it allocates the instance, rewrites the
 * call's slots to `[__init__, instance, args...]` and pushes `__init__`'s
 * frame, which then owns those slots (as pushFunctionFrame's callers
 * expect); if binding the arguments fails, the slots stay on the caller's
 * stack for the unwinder to release, which frees the instance as type_call's
 * Py_DECREF(obj) would.
 */
export function pushInitFrame(vm: VM, thread: PyThreadState, caller: Frame, callable: PyObject, nullIdx: number, nargs: number, kwnames: readonly string[] | null): Frame | null {
  // The metaclass must call like type itself (type or a subclass without __call__).
  if (td(callable.ob_type).tp_call !== td(TypeType).tp_call) return null;
  const init = inlineInit(callable);
  if (init === null) return null;
  const stack = thread.stack;
  // object_new with arguments only complains when tp_init is object's, which it is not here.
  const self = td(callable).tp_new!(callable, NO_ARGS, null);
  incref(init);
  stack[nullIdx] = init;
  stack[nullIdx + 1] = self;
  // The instance holds its own reference to its (heap) type.
  decref(callable);
  const f = pushFunctionFrame(vm, thread, caller, init, nullIdx + 1, nargs + 1, kwnames);
  incref(self);
  f.initSelf = self;
  return f;
}

const NO_ARGS: PyObject[] = [];

/**
 * The `__init__` frame `done` returned `retval` (owned): releases it and
 * returns the instance for the caller's stack, or raises type_call's
 * TypeError (the instance released) when `__init__` returned anything but None.
 */
export function initReturned(done: Frame, retval: PyObject): PyObject {
  const self = done.initSelf!;
  done.initSelf = null;
  if (retval !== None) {
    const tn = typeNameOf(retval);
    decref(retval);
    decref(self);
    raise('TypeError', `__init__() should return None, not '${tn}'`);
  }
  decref(retval);
  return self;
}

/** An `__init__` frame left by an exception: its reference to the instance goes with it. */
export function releaseInitSelf(f: Frame): void {
  const self = f.initSelf;
  if (self !== null) {
    f.initSelf = null;
    decref(self);
  }
}
