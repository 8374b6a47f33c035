/**
 * generator objects. A generator owns the frame of its function; while
 * suspended, the frame's fast locals and value stack are copied out of the
 * thread's stack into `saved` (CPython 3.11+ keeps them inside the
 * generator; copying keeps our per-thread stack contiguous). Resuming copies
 * them back; the eval loop does that inline for `for` loops (FOR_ITER) and
 * through `genHooks.resume` (a nested eval loop) when a builtin such as
 * sum() or next() drives the generator.
 *
 * It deliberately does not implement send()/throw() edge cases beyond what
 * the slice uses, nor gen.close() running finally blocks on collection.
 */

import { PyObject, decref, xdecref } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { addressHex } from './abstract';
import { raise } from './errors';
import { addMethods } from './methodobject';
import { None } from './none';
import type { Frame } from '../vm/frame';
import { generatorSlots } from '../vm/frame';

export const enum GenState {
  CREATED = 0,
  SUSPENDED = 1,
  RUNNING = 2,
  FINISHED = 3,
}

export class GenData {
  saved: (PyObject | null)[] | null;
  constructor(public frame: Frame, saved: (PyObject | null)[], public name: string, public qualname: string) {
    this.saved = saved;
  }
}

export const genHooks: {
  /** Resumes the generator with `value` (borrowed); returns the yielded value or null when it returned. */
  resume: (gen: PyObject, value: PyObject) => PyObject | null;
} = {
  resume: () => {
    throw new Error('vm not loaded');
  },
};

export const GeneratorType: PyObject = makeStaticType('generator', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 104,
  tp_dealloc: (o) => releaseGenerator(o),
  tp_repr: (o) => `<generator object ${(o.a as GenData).qualname} at 0x${addressHex(o).replace(/^0+/, '')}>`,
  tp_iternext: (o) => {
    if (o.v === GenState.RUNNING) raise('ValueError', 'generator already executing');
    if (o.v === GenState.FINISHED) return null;
    return genHooks.resume(o, None);
  },
});

/** Drops the suspended frame's references when the generator finishes or dies. */
export function releaseGenerator(o: PyObject): void {
  const g = o.a as GenData;
  const saved = g.saved;
  g.saved = null;
  if (saved !== null) for (const x of saved) xdecref(x);
  const f = g.frame;
  if (f.f_func !== null) {
    const fn = f.f_func;
    f.f_func = null;
    decref(fn);
  }
  o.v = GenState.FINISHED;
}

export function newGenerator(frame: Frame, saved: (PyObject | null)[]): PyObject {
  const g = new GenData(frame, saved, frame.f_code.co_name, frame.f_code.co_qualname);
  const o = new PyObject(GeneratorType, GenState.CREATED, g, null);
  frame.generator = o;
  return o;
}

generatorSlots.saved = (frame) => (frame.generator !== null ? (frame.generator.a as GenData).saved : null);

addMethods(GeneratorType, {
  send: (self, args) => {
    if (self.v === GenState.FINISHED) raise('StopIteration', '');
    const r = genHooks.resume(self, args[0] ?? None);
    if (r === null) raise('StopIteration', '');
    return r;
  },
  close: (self) => {
    if (self.v !== GenState.RUNNING) releaseGenerator(self);
    return None;
  },
});
