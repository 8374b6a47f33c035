/**
 * range: an immutable arithmetic sequence. `a` holds a RangeData of plain
 * numbers (start, stop, step, length); ranges beyond 2**53 are not
 * supported yet and raise OverflowError. range_iterator keeps the next value
 * in `v` and the shared RangeData in `a`.
 */

import { PyObject, incref } from './object';
import { makeStaticType } from './typeobject';
import { raise } from './errors';
import { newInt, isInt, NotImplemented } from './int';
import { fromBool } from './bool';
import { sliceHook, sliceIndices, checkIndex } from './tuple';
import { indexOf } from './abstract';

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
  sq_contains: (o, x) => {
    const r = o.a as RangeData;
    if (!isInt(x) || x.v !== x.v) return false;
    const v = x.v;
    if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
    return (v - r.start) % r.step === 0;
  },
  mp_subscript: (o, key) => {
    const r = o.a as RangeData;
    if (key.ob_type === sliceHook.SliceType) {
      const [start, , step, len] = sliceIndices(key, r.length);
      const s = r.start + start * r.step;
      const st = r.step * step;
      return newRange(s, s + len * st, st);
    }
    const i = checkIndex(indexOf(key), r.length, 'range object index out of range');
    return newInt(r.start + i * r.step);
  },
  tp_richcompare: (a, b, op) => {
    if (b.ob_type !== RangeType || (op !== 2 && op !== 3)) return NotImplemented;
    const x = a.a as RangeData, y = b.a as RangeData;
    const eq = x.length === y.length && (x.length === 0 || (x.start === y.start && (x.length === 1 || x.step === y.step)));
    return fromBool(op === 2 ? eq : !eq);
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
  tp_basicsize: 48,
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
