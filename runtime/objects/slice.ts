/**
 * slice objects: `a` holds [start, stop, step], all owned. Index
 * arithmetic (PySlice_Unpack / AdjustIndices) lives in tuple.ts beside the
 * sequences that use it; this file has the type: repr, comparison as the
 * tuple (start, stop, step), 3.12's hash (slices became hashable in 3.12:
 * xxHash over the three fields, without tuplehash's length term), the
 * start/stop/step attributes and indices().
 */

import { PyObject, decref, incref, newref } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { sliceHook, sliceIndices, sequenceCompare, newTuple } from './tuple';
import { repr, hashBig, genericGetAttr, indexOf, exactHashes } from './abstract';
import { NotImplemented, newInt } from './int';
import { fromBool } from './bool';
import { None } from './none';
import { raise } from './errors';
import { addMethods } from './methodobject';
import { oneArg } from './args';

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** slice_hash, exactly. */
function sliceHashBig(o: PyObject): bigint {
  let acc = XXPRIME_5;
  for (const x of o.a as PyObject[]) {
    const lane = hashBig(x) & M64;
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

export const SliceType: PyObject = makeStaticType('slice', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 56,
  tp_dealloc: (o) => {
    for (const x of o.a as PyObject[]) decref(x);
  },
  tp_repr: (o) => {
    const [a, b, c] = o.a as PyObject[];
    return `slice(${repr(a)}, ${repr(b)}, ${repr(c)})`;
  },
  tp_hash: (o) => Number(sliceHashBig(o)),
  tp_richcompare: (a, b, op) => {
    if (b.ob_type !== SliceType) return NotImplemented;
    if (a === b && (op === 2 || op === 3)) return fromBool(op === 2);
    return fromBool(sequenceCompare(a.a as PyObject[], b.a as PyObject[], op));
  },
  tp_getattro: (o, name) => {
    const i = name === 'start' ? 0 : name === 'stop' ? 1 : name === 'step' ? 2 : -1;
    if (i >= 0) return newref((o.a as PyObject[])[i]);
    return genericGetAttr(o, name);
  },
});
sliceHook.SliceType = SliceType;
exactHashes.set(SliceType, sliceHashBig);

addMethods(SliceType, {
  indices: (self, args, kw) => {
    const n = indexOf(oneArg('slice.indices', args, kw));
    if (n < 0) raise('ValueError', 'length should not be negative');
    const [start, stop, step] = sliceIndices(self, n);
    return newTuple([newInt(start), newInt(stop), newInt(step)]);
  },
});

/** A new slice; borrows its arguments. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  incref(start);
  incref(stop);
  incref(step);
  return new PyObject(SliceType, 0, [start, stop, step], null);
}

export { None };
