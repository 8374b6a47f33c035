/**
 * generator and coroutine objects (async generators are not implemented yet;
 * the hooks marked asyncgen.ts are where they will plug in).
 * A generator owns the frame of its function; while suspended, the frame's
 * fast locals and value stack are copied out of the thread's stack into
 * `saved` (CPython 3.11+ keeps them inside the generator; copying keeps our
 * per-thread stack contiguous). Resuming copies them back: the eval loop
 * does that inline for `for` loops (FOR_ITER) and `yield from`/`await`
 * (SEND); send(), throw(), close() and builtins such as next() go through
 * `genHooks`, which vm/genOps.ts fills with a nested eval loop.
 *
 * Each generator keeps its own handled exception (gi_exc_state) while
 * suspended, swapped with the thread's on resume and yield (frames.ts).
 * It deliberately does not model gi_frame as a frame object (None once
 * finished, else a placeholder) nor the "never awaited" RuntimeWarning.
 */

import { PyObject, decref, newref, xdecref } from './object';
import { makeStaticType, TypeFlags, td } from './typeobject';
import { addressHex, genericGetAttr } from './abstract';
import { raise, raiseWithArg, PyErr } from './errors';
import { newException } from './exceptions';
import { addMethods } from './methodobject';
import { None } from './none';
import { True, False } from './bool';
import { newStr, isStr } from './str';
import type { Frame } from '../vm/frame';
import { generatorSlots } from '../vm/frame';
import type { FuncData } from './function';
import { Op } from '../bytecode/opcodes';

export const enum GenState {
  CREATED = 0,
  SUSPENDED = 1,
  RUNNING = 2,
  FINISHED = 3,
}

export const enum GenKind {
  GENERATOR = 0,
  COROUTINE = 1,
  ASYNC_GENERATOR = 2,
}

export class GenData {
  saved: (PyObject | null)[] | null;
  /** The generator's own handled exception while suspended (owned), as gi_exc_state. */
  excState: PyObject | null = null;
  /** While running: the thread's exc_info of whoever resumed it (owned), restored on yield. */
  prevExc: PyObject | null = null;
  /** Async generators: whether hooks ran / an athrow is closing it (asyncgen.ts). */
  hooksInited = false;
  runningAsync = false;
  constructor(
    public frame: Frame,
    saved: (PyObject | null)[],
    public name: string,
    public qualname: string,
    public kind: GenKind,
  ) {
    this.saved = saved;
  }
}

/** What a resumption ended with: a yielded value, or a returned one (both owned). */
export type GenResult = { yielded: boolean; value: PyObject };

export const genHooks: {
  /** gen_send_ex2: resumes with `value` (borrowed; null for next()) or throws `exc` (owned) into it. */
  send: (gen: PyObject, value: PyObject | null, exc: PyObject | null) => GenResult;
  /** generator.throw(typ[, val[, tb]]) with CPython's argument checks and delegation. */
  throwArgs: (gen: PyObject, args: PyObject[], closeOnGenExit: boolean) => GenResult;
  /** generator.close(): true when it finished cleanly. */
  close: (gen: PyObject) => void;
  /** Called when a suspended generator dies: closes it, reporting errors as unraisable. */
  finalize: (gen: PyObject) => void;
} = {
  send: () => {
    throw new Error('vm not loaded');
  },
  throwArgs: () => {
    throw new Error('vm not loaded');
  },
  close: () => {
    throw new Error('vm not loaded');
  },
  finalize: () => {
    throw new Error('vm not loaded');
  },
};

function genAttr(o: PyObject, name: string): PyObject | null {
  const g = o.a as GenData;
  const prefix = g.kind === GenKind.GENERATOR ? 'gi_' : g.kind === GenKind.COROUTINE ? 'cr_' : 'ag_';
  if (name.startsWith(prefix)) {
    switch (name.slice(3)) {
      case 'running':
        return o.v === GenState.RUNNING ? True : False;
      case 'suspended':
        return g.kind !== GenKind.ASYNC_GENERATOR && o.v === GenState.SUSPENDED ? True : g.kind === GenKind.ASYNC_GENERATOR ? null : False;
      case 'code':
        return newref(g.frame.f_codeObj);
      case 'frame':
        return None;
      case 'yieldfrom':
        return g.kind === GenKind.GENERATOR ? newref(yieldFrom(o) ?? None) : null;
      case 'await':
        return g.kind !== GenKind.GENERATOR ? newref(yieldFrom(o) ?? None) : null;
      case 'origin':
        return g.kind === GenKind.COROUTINE ? newref(None) : null;
    }
  }
  if (name === '__name__') return newStr(g.name);
  if (name === '__qualname__') return newStr(g.qualname);
  return genericGetAttr(o, name);
}

function genSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const g = o.a as GenData;
  if (name === '__name__' || name === '__qualname__') {
    if (value === null || !isStr(value)) raise('TypeError', `${name} must be set to a string object`);
    if (name === '__name__') g.name = value.a as string;
    else g.qualname = value.a as string;
    return;
  }
  const tn = td(o.ob_type).tp_name;
  if (genericGetAttr(o, name) !== null) raise('AttributeError', `attribute '${name}' of '${tn}' objects is not writable`);
  raise('AttributeError', `'${tn}' object has no attribute '${name}'`);
}

/** _PyGen_yf: the object a suspended generator delegates to (yield from / await), borrowed, or null. */
export function yieldFrom(o: PyObject): PyObject | null {
  const g = o.a as GenData;
  if (o.v !== GenState.SUSPENDED || g.saved === null) return null;
  // Suspended after YIELD_VALUE; the next instruction is RESUME whose oparg >= 2 marks a delegation.
  const f = g.frame;
  const w = f.f_code.units[f.next];
  if ((w & 255) !== Op.RESUME || w >> 8 < 2) return null;
  return g.saved[g.saved.length - 1];
}

function genRepr(kind: string) {
  return (o: PyObject) => `<${kind} object ${(o.a as GenData).qualname} at 0x${addressHex(o).replace(/^0+/, '')}>`;
}

function genDealloc(o: PyObject): void {
  if (o.v === GenState.SUSPENDED) {
    // _PyGen_Finalize: a suspended generator is closed so its finally blocks run.
    o.ob_refcnt = 1;
    genHooks.finalize(o);
    if (--o.ob_refcnt !== 0) return;
  }
  releaseGenerator(o);
}

export const GeneratorType: PyObject = makeStaticType('generator', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 104,
  tp_dealloc: genDealloc,
  tp_repr: genRepr('generator'),
  tp_getattro: genAttr,
  tp_setattro: genSetAttr,
  tp_iternext: (o) => {
    if (o.v === GenState.FINISHED) return null;
    const r = genHooks.send(o, null, null);
    if (r.yielded) return r.value;
    decref(r.value);
    return null;
  },
});

export const CoroutineType: PyObject = makeStaticType('coroutine', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 104,
  tp_dealloc: genDealloc,
  tp_repr: genRepr('coroutine'),
  tp_getattro: genAttr,
  tp_setattro: genSetAttr,
});

/** The coroutine_wrapper that coroutine.__await__() returns: an iterator over the coroutine. */
export const CoroWrapperType: PyObject = makeStaticType('coroutine_wrapper', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 24,
  tp_dealloc: (o) => decref(o.a as PyObject),
  tp_iter: (o) => newref(o),
  tp_iternext: (o) => {
    const r = genHooks.send(o.a as PyObject, null, null);
    if (r.yielded) return r.value;
    decref(r.value);
    return null;
  },
});

/** Drops the suspended frame's references when the generator finishes or dies. */
export function releaseGenerator(o: PyObject): void {
  const g = o.a as GenData;
  const saved = g.saved;
  g.saved = null;
  if (saved !== null) for (const x of saved) xdecref(x);
  const exc = g.excState;
  g.excState = null;
  xdecref(exc);
  const f = g.frame;
  if (f.f_func !== null) {
    const fn = f.f_func;
    f.f_func = null;
    decref(fn);
  }
  o.v = GenState.FINISHED;
}

export function newGenerator(frame: Frame, saved: (PyObject | null)[]): PyObject {
  const flags = frame.f_code.co_flags;
  const kind = flags & 0x80 ? GenKind.COROUTINE : flags & 0x200 ? GenKind.ASYNC_GENERATOR : GenKind.GENERATOR;
  let name = frame.f_code.co_name, qualname = frame.f_code.co_qualname;
  if (frame.f_func !== null) {
    const fd = frame.f_func.a as FuncData;
    name = fd.name;
    qualname = fd.qualname;
  }
  const g = new GenData(frame, saved, name, qualname, kind);
  const type = kind === GenKind.COROUTINE ? CoroutineType : kind === GenKind.ASYNC_GENERATOR ? asyncGenTypeRef.type! : GeneratorType;
  const o = new PyObject(type, GenState.CREATED, g, null);
  frame.generator = o;
  return o;
}

/** Filled in by asyncgen.ts (which imports this file). */
export const asyncGenTypeRef: { type: PyObject | null } = { type: null };
export const asyncGenHooks: { anext: (o: PyObject) => PyObject } = {
  anext: () => raise('SystemError', 'async generators are not loaded'),
};

export function isGenLike(o: PyObject): boolean {
  return o.ob_type === GeneratorType || o.ob_type === CoroutineType;
}

generatorSlots.saved = (frame) => (frame.generator !== null ? (frame.generator.a as GenData).saved : null);

/** send(): the yielded value, or StopIteration carrying the return value. */
export function sendOrStop(self: PyObject, value: PyObject): PyObject {
  const r = genHooks.send(self, value, null);
  return unwrapResult(r);
}

/** A resumption's result as a method returns it: the yielded value, or StopIteration(value) raised. */
export function unwrapResult(r: GenResult): PyObject {
  if (r.yielded) return r.value;
  if (r.value === None) throw new PyErr(newException('StopIteration', null));
  try {
    raiseWithArg('StopIteration', r.value);
  } finally {
    decref(r.value);
  }
}

/** Whether builtins.next() should use nextGenerator (generators and coroutine wrappers). */
export function isGenIterator(o: PyObject): boolean {
  return o.ob_type === GeneratorType || o.ob_type === CoroWrapperType;
}

/** builtins.next() on a generator: the StopIteration carries the return value. */
export function nextGenerator(it: PyObject, dflt: PyObject | null): PyObject {
  const gen = it.ob_type === CoroWrapperType ? (it.a as PyObject) : it;
  const r: GenResult = gen.v === GenState.FINISHED ? { yielded: false, value: None } : genHooks.send(gen, null, null);
  if (r.yielded) return r.value;
  if (dflt !== null) {
    decref(r.value);
    return newref(dflt);
  }
  return unwrapResult(r);
}

function argCount(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) raise('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
}

const genMethods = {
  __next__: (self: PyObject) => {
    if (self.v === GenState.FINISHED) throw new PyErr(newException('StopIteration', null));
    return unwrapResult(genHooks.send(self, null, null));
  },
  __iter__: (self: PyObject) => newref(self),
  send: (self: PyObject, args: PyObject[]) => {
    argCount(td(self.ob_type).tp_name + '.send', args, 1);
    return sendOrStop(self, args[0]);
  },
  throw: (self: PyObject, args: PyObject[]) => {
    if (args.length < 1 || args.length > 3) raise('TypeError', `throw expected at least 1 argument, got ${args.length}`);
    return unwrapResult(genHooks.throwArgs(self, args, true));
  },
  close: (self: PyObject) => {
    genHooks.close(self);
    return None;
  },
};

addMethods(GeneratorType, genMethods);
addMethods(CoroutineType, {
  send: genMethods.send,
  throw: genMethods.throw,
  close: genMethods.close,
  __await__: (self: PyObject) => new PyObject(CoroWrapperType, 0, newref(self), null),
});
addMethods(CoroWrapperType, {
  send: (self: PyObject, args: PyObject[]) => sendOrStop(self.a as PyObject, args[0] ?? None),
  throw: (self: PyObject, args: PyObject[]) => unwrapResult(genHooks.throwArgs(self.a as PyObject, args, true)),
  close: (self: PyObject) => {
    genHooks.close(self.a as PyObject);
    return None;
  },
});
