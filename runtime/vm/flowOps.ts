/**
 * Cold opcodes of delegation and asynchronous code, as bytecodes.c defines
 * them in 3.12: SEND when it cannot resume a generator inline (iterators,
 * objects with send(), finished generators), GET_YIELD_FROM_ITER,
 * CLEANUP_THROW, GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH and
 * END_ASYNC_FOR. Each takes the operands from the thread's stack and
 * returns the new stack pointer, like ops.ts's coldOp.
 *
 * It deliberately knows nothing of event loops: awaiting only delegates
 * to the awaitable's iterator, and whoever drives the outermost coroutine
 * (send(), or a future asyncio) sees what it yields.
 */

import { PyObject, decref, newref } from '../objects/object';
import { Op } from '../bytecode/opcodes';
import { PyErr, raise } from '../objects/errors';
import { None } from '../objects/none';
import { excType, excArgs } from '../objects/exceptions';
import { isSubtype, typeData, typeLookup, TypeFlags } from '../objects/typeobject';
import * as abs from '../objects/abstract';
import { GeneratorType, CoroutineType, CoroWrapperType, isGenLike, yieldFrom, asyncGenTypeRef, asyncGenHooks } from '../objects/generator';
import { genSend } from './genOps';
import type { Frame, PyThreadState } from './frame';
import type { VM } from './vm';

/** The value a StopIteration carries (its first argument, or None); null when `exc` is not one. */
export function stopIterationValue(exc: PyObject): PyObject | null {
  if (!isSubtype(exc.ob_type, excType('StopIteration'))) return null;
  const args = excArgs(exc);
  return newref(args.length > 0 ? args[0] : None);
}

/** Calls `f`, turning a StopIteration into { done, value } (_PyGen_FetchStopIterationValue). */
function catchStop(f: () => PyObject | null): { done: boolean; value: PyObject } {
  let r: PyObject | null;
  try {
    r = f();
  } catch (e) {
    if (e instanceof PyErr) {
      const v = stopIterationValue(e.exc);
      if (v !== null) {
        decref(e.exc);
        return { done: true, value: v };
      }
    }
    throw e;
  }
  return r === null ? { done: true, value: None } : { done: false, value: r };
}

/** SEND's generic path: next() or send() on the receiver. */
function sendGeneric(vm: VM, recv: PyObject, v: PyObject): { done: boolean; value: PyObject } {
  if (isGenLike(recv)) {
    const r = genSend(vm, recv, v, null);
    return { done: !r.yielded, value: r.value };
  }
  const d = typeData(recv);
  if (v === None && d.tp_iternext !== null) {
    // A class's __next__ is called directly so that the value of its StopIteration is kept.
    if (d.tp_flags & TypeFlags.HEAPTYPE && typeLookup(recv.ob_type, '__next__') !== null) return catchStop(() => abs.callMethod(recv, '__next__', []));
    return catchStop(() => d.tp_iternext!(recv));
  }
  return catchStop(() => abs.callMethod(recv, 'send', [v]));
}

/** _PyCoro_GetAwaitableIter: the iterator `await o` delegates to (new reference), or null when `o` has no __await__. */
export function awaitableIter(vm: VM, o: PyObject): PyObject | null {
  if (o.ob_type === CoroutineType) return newref(o);
  if (o.ob_type === GeneratorType && (((o.a as { frame: Frame }).frame.f_code.co_flags & 0x100) !== 0)) return newref(o);
  const getter = typeLookup(o.ob_type, '__await__');
  if (getter === null) return null;
  const res = abs.callMethod(o, '__await__', []);
  if (res.ob_type === CoroutineType) {
    decref(res);
    raise('TypeError', '__await__() returned a coroutine');
  }
  if (typeData(res).tp_iternext === null) {
    const n = abs.typeNameOf(res);
    decref(res);
    raise('TypeError', `__await__() returned non-iterator of type '${n}'`);
  }
  void vm;
  return res;
}

/** Executes one delegation or async opcode; returns the new stack pointer. */
export function flowOp(vm: VM, thread: PyThreadState, frame: Frame, op: number, oparg: number, sp: number, pc: number): number {
  const stack = thread.stack;
  switch (op) {
    case Op.SEND: {
      const v = stack[sp - 1]!, recv = stack[sp - 2]!;
      const r = sendGeneric(vm, recv, v);
      stack[sp - 1] = r.value;
      decref(v);
      if (r.done) frame.next = pc + 1 + oparg;
      return sp;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const v = stack[sp - 1]!;
      if (v.ob_type === CoroutineType) {
        if ((frame.f_code.co_flags & (0x80 | 0x100)) === 0) raise('TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator");
      } else if (v.ob_type !== GeneratorType) {
        const it = abs.getIter(v);
        stack[sp - 1] = it;
        decref(v);
      }
      return sp;
    }
    case Op.CLEANUP_THROW: {
      const exc = stack[sp - 1]!, last = stack[sp - 2]!, sub = stack[sp - 3]!;
      const value = stopIterationValue(exc);
      if (value === null) {
        // Re-raise the exception as it is: no new traceback entry.
        stack[sp - 1] = null;
        vm.reraising = true;
        throw new PyErr(exc);
      }
      decref(exc);
      decref(last);
      decref(sub);
      stack[sp - 3] = None;
      stack[sp - 2] = value;
      return sp - 1;
    }
    case Op.GET_AWAITABLE: {
      const o = stack[sp - 1]!;
      const it = awaitableIter(vm, o);
      if (it === null) {
        if (oparg === 1) raise('TypeError', `'async with' received an object from __aenter__ that does not implement __await__: ${abs.typeNameOf(o)}`);
        if (oparg === 2) raise('TypeError', `'async with' received an object from __aexit__ that does not implement __await__: ${abs.typeNameOf(o)}`);
        raise('TypeError', `object ${abs.typeNameOf(o)} can't be used in 'await' expression`);
      }
      if (it.ob_type === CoroutineType && yieldFrom(it) !== null) {
        decref(it);
        raise('RuntimeError', 'coroutine is being awaited already');
      }
      stack[sp - 1] = it;
      decref(o);
      return sp;
    }
    case Op.GET_AITER: {
      const o = stack[sp - 1]!;
      if (typeLookup(o.ob_type, '__aiter__') === null) raise('TypeError', `'async for' requires an object with __aiter__ method, got ${abs.typeNameOf(o)}`);
      const it = abs.callMethod(o, '__aiter__', []);
      if (typeLookup(it.ob_type, '__anext__') === null) {
        const n = abs.typeNameOf(it);
        decref(it);
        raise('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${n}`);
      }
      stack[sp - 1] = it;
      decref(o);
      return sp;
    }
    case Op.GET_ANEXT: {
      const aiter = stack[sp - 1]!;
      let awaitable: PyObject;
      if (aiter.ob_type === asyncGenTypeRef.type) awaitable = asyncGenHooks.anext(aiter);
      else {
        if (typeLookup(aiter.ob_type, '__anext__') === null) raise('TypeError', `'async for' requires an iterator with __anext__ method, got ${abs.typeNameOf(aiter)}`);
        const next = abs.callMethod(aiter, '__anext__', []);
        let it: PyObject | null;
        try {
          it = awaitableIter(vm, next);
        } finally {
          decref(next);
        }
        if (it === null) raise('TypeError', `'async for' received an invalid object from __anext__: ${abs.typeNameOf(next)}`);
        awaitable = it;
      }
      stack[sp] = awaitable;
      return sp + 1;
    }
    case Op.END_ASYNC_FOR: {
      const exc = stack[sp - 1]!, awaitable = stack[sp - 2]!;
      if (!isSubtype(exc.ob_type, excType('StopAsyncIteration'))) {
        stack[sp - 1] = null;
        vm.reraising = true;
        throw new PyErr(exc);
      }
      decref(exc);
      decref(awaitable);
      return sp - 2;
    }
    case Op.BEFORE_ASYNC_WITH: {
      const mgr = stack[sp - 1]!;
      if (typeLookup(mgr.ob_type, '__aenter__') === null) raise('TypeError', `'${abs.typeNameOf(mgr)}' object does not support the asynchronous context manager protocol`);
      if (typeLookup(mgr.ob_type, '__aexit__') === null) raise('TypeError', `'${abs.typeNameOf(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
      const exit = abs.getAttr(mgr, '__aexit__');
      let res: PyObject;
      try {
        res = abs.callMethod(mgr, '__aenter__', []);
      } catch (e) {
        decref(exit);
        throw e;
      }
      stack[sp - 1] = exit;
      decref(mgr);
      stack[sp] = res;
      return sp + 1;
    }
  }
  raise('SystemError', `unsupported opcode ${op}`);
}

export { CoroWrapperType };
