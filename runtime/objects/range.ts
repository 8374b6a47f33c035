/**
 * range: an immutable arithmetic sequence. `a` holds a RangeData of plain
 * numbers (start, stop, step, length); ranges beyond 2**53 are not
 * supported. Slicing returns a range (compute_slice), `in` is arithmetic
 * for ints and item-by-item otherwise, count/index, hash over
 * (len, start, step) as CPython's range_hash. range_iterator keeps the next value
 * in `v` and the shared RangeData in `a`.
 */

import { PyObject, incref, decref, newref } from './object';
import { makeStaticType, typeData, TypeFlags } from './typeobject';
import { raise } from './errors';
import { newInt, IntType, NotImplemented } from './int';
import { fromBool, BoolType } from './bool';
import { None } from './none';
import { sliceHook, sliceIndices, checkIndex, newTuple } from './tuple';
import { indexOf, hashBig, exactHashes, genericGetAttr, richCompareBool, repr } from './abstract';
import { addMethods } from './methodobject';
import { oneArg, noArgs } from './args';

export class RangeData {
  constructor(readonly start: number, readonly stop: number, readonly step: number, readonly length: number) {}
}

export const RangeType: PyObject = makeStaticType('range', null, {
  tp_basicsize: 48,
  tp_repr: (o) => {
    const r = o.a as RangeData;
    return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  mp_length: (o) => (o.a as RangeData).length,
  nb_bool: (o) => (o.a as RangeData).length !== 0,
  tp_iter: (o) => {
    const r = o.a as RangeData;
    return new PyObject(RangeIterType, r.start, r, null);
  },
  sq_contains: (o, x) => rangeContains(o, x),
  mp_subscript: (o, key) => {
    const r = o.a as RangeData;
    if (key.ob_type === sliceHook.SliceType) {
      // compute_slice: the slice's own indices over the range's length, mapped through start and step.
      const [start, stop, step] = sliceIndices(key, r.length);
      return newRange(r.start + start * r.step, r.start + stop * r.step, r.step * step);
    }
    const kd = typeData(key);
    if (!(kd.tp_flags & TypeFlags.LONG_SUBCLASS) && kd.nb_index === null) {
      raise('TypeError', `range indices must be integers or slices, not ${kd.tp_name}`);
    }
    const i = checkIndex(indexOf(key), r.length, 'range object index out of range');
    return newInt(r.start + i * r.step);
  },
  tp_hash: (o) => Number(rangeHashBig(o)),
  tp_getattro: (o, name) => {
    const r = o.a as RangeData;
    if (name === 'start') return newInt(r.start);
    if (name === 'stop') return newInt(r.stop);
    if (name === 'step') return newInt(r.step);
    return genericGetAttr(o, name);
  },
  tp_richcompare: (a, b, op) => {
    if (b.ob_type !== RangeType || (op !== 2 && op !== 3)) return NotImplemented;
    const x = a.a as RangeData, y = b.a as RangeData;
    const eq = x.length === y.length && (x.length === 0 || (x.start === y.start && (x.length === 1 || x.step === y.step)));
    return fromBool(op === 2 ? eq : !eq);
  },
});

/** Exact int membership by arithmetic; anything else is compared item by item (range_contains). */
function rangeContains(o: PyObject, x: PyObject): boolean {
  const r = o.a as RangeData;
  if (x.ob_type === IntType || x.ob_type === BoolType) {
    if (x.v !== x.v) return false;
    const v = x.v;
    if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
    return (v - r.start) % r.step === 0;
  }
  for (let i = 0; i < r.length; i++) {
    const item = newInt(r.start + i * r.step);
    const eq = richCompareBool(item, x, 2);
    decref(item);
    if (eq) return true;
  }
  return false;
}

/** range_hash: the hash of (len, start, step), with None for the parts equal ranges may differ in. */
function rangeHashBig(o: PyObject): bigint {
  const r = o.a as RangeData;
  const t = r.length === 0 ? newTuple([newInt(0), newref(None), newref(None)])
    : newTuple([newInt(r.length), newInt(r.start), r.length === 1 ? newref(None) : newInt(r.step)]);
  try {
    return hashBig(t);
  } finally {
    decref(t);
  }
}
exactHashes.set(RangeType, rangeHashBig);

function countOf(o: PyObject, x: PyObject): number {
  if (x.ob_type === IntType || x.ob_type === BoolType) return rangeContains(o, x) ? 1 : 0;
  const r = o.a as RangeData;
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const item = newInt(r.start + i * r.step);
    if (richCompareBool(item, x, 2)) n++;
    decref(item);
  }
  return n;
}

addMethods(RangeType, {
  count: (self, args, kw) => newInt(countOf(self, oneArg('range.count', args, kw))),
  index: (self, args, kw) => {
    const x = oneArg('range.index', args, kw);
    const r = self.a as RangeData;
    if (x.ob_type === IntType || x.ob_type === BoolType) {
      if (rangeContains(self, x)) return newInt((x.v - r.start) / r.step);
    } else {
      for (let i = 0; i < r.length; i++) {
        const item = newInt(r.start + i * r.step);
        const eq = richCompareBool(item, x, 2);
        decref(item);
        if (eq) return newInt(i);
      }
    }
    raise('ValueError', `${repr(x)} is not in range`);
  },
  __reversed__: (self, args, kw) => {
    noArgs('range.__reversed__', args, kw);
    return rangeReversed(self);
  },
});

export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export function newRange(start: number, stop: number, step: number): PyObject {
  if (step === 0) raise('ValueError', 'range() arg 3 must not be zero');
  return new PyObject(RangeType, 0, new RangeData(start, stop, step, rangeLength(start, stop, step)), null);
}

export const RangeIterType: PyObject = makeStaticType('range_iterator', null, {
  tp_basicsize: 40,
  tp_iternext: (it) => {
    const r = it.a as RangeData;
    const v = it.v;
    if (r.step > 0 ? v >= r.stop : v <= r.stop) return null;
    it.v = v + r.step;
    return newInt(v);
  },
});

/** reversed(range): a range iterator walking backwards. */
export function rangeReversed(o: PyObject): PyObject {
  const r = o.a as RangeData;
  const last = r.start + (r.length - 1) * r.step;
  const rr = new RangeData(last, r.start - r.step, -r.step, r.length);
  return new PyObject(RangeIterType, r.length === 0 ? rr.stop : last, rr, null);
}

export { incref };
