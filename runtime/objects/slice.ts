/**
 * slice objects: `a` holds [start, stop, step], all owned. Index
 * arithmetic (slice.indices) lives in tuple.ts beside the sequences that
 * use it. Slices are unhashable in 3.12, as in CPython.
 */

import { PyObject, decref, incref } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { sliceHook } from './tuple';
import { repr } from './abstract';

export const SliceType: PyObject = makeStaticType('slice', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 40,
  tp_dealloc: (o) => {
    for (const x of o.a as PyObject[]) decref(x);
  },
  tp_repr: (o) => {
    const [a, b, c] = o.a as PyObject[];
    return `slice(${repr(a)}, ${repr(b)}, ${repr(c)})`;
  },
});
sliceHook.SliceType = SliceType;

/** A new slice; borrows its arguments. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  incref(start);
  incref(stop);
  incref(step);
  return new PyObject(SliceType, 0, [start, stop, step], null);
}
