/**
 * tuple: an immutable array of owned references in `a`. The empty tuple is
 * an immortal singleton. Hashing is CPython 3.12's xxHash-based tuplehash so
 * that hash((1, 2)) prints the same number. Slicing and the iterator live
 * here too; methods that need the generic protocol (count, index) as well,
 * through the late-bound hooks in protocol.ts.
 */

import { PyObject, decref, incref, immortalize } from './object';
import { makeStaticType, TypeFlags, td } from './typeobject';
import { NotImplemented, boolFactory, newInt } from './int';
import { raise } from './errors';
import { proto, reprStack } from './protocol';
import { addMethods } from './methodobject';
import { oneArg, argRange } from './args';

export const TupleType: PyObject = makeStaticType('tuple', null, {
  tp_flags: TypeFlags.TUPLE_SUBCLASS | TypeFlags.BASETYPE | TypeFlags.HAVE_GC,
  tp_basicsize: 40,
  tp_sizeof: (o) => 40 + 8 * (o.a as PyObject[]).length,
  tp_dealloc: (o) => {
    const items = o.a as PyObject[];
    o.a = null;
    for (let i = 0; i < items.length; i++) decref(items[i]);
  },
  tp_repr: (o) => tupleRepr(o),
  tp_hash: (o) => tupleHash(o.a as PyObject[]),
  tp_richcompare: (a, b, op) => {
    if (!isTuple(b)) return NotImplemented;
    return boolFactory.fromBool(sequenceCompare(a.a as PyObject[], b.a as PyObject[], op));
  },
  mp_length: (o) => (o.a as PyObject[]).length,
  sq_contains: arrayContains,
  mp_subscript: (o, key) => tupleSubscript(o, key),
  nb_add: (a, b) => {
    if (!isTuple(a) || !isTuple(b)) return NotImplemented;
    const items = [...(a.a as PyObject[]), ...(b.a as PyObject[])];
    for (const x of items) incref(x);
    return newTuple(items);
  },
  nb_multiply: (a, b) => {
    const [t, n] = isTuple(a) ? [a, b] : [b, a];
    if (!isTuple(t) || n.ob_type.a.tp_flags & TypeFlags.LONG_SUBCLASS) {
      if (!isTuple(t) || !(n.ob_type.a.tp_flags & TypeFlags.LONG_SUBCLASS)) return NotImplemented;
    }
    const count = Math.max(0, proto.index(n, 'int'));
    const src = t.a as PyObject[];
    const items: PyObject[] = [];
    for (let k = 0; k < count; k++) for (const x of src) { incref(x); items.push(x); }
    return newTuple(items);
  },
});

export const EmptyTuple: PyObject = immortalize(new PyObject(TupleType, 0, [], null));

/** A new tuple that takes ownership of the given references. */
export function newTuple(items: PyObject[]): PyObject {
  if (items.length === 0) return EmptyTuple;
  return new PyObject(TupleType, 0, items, null);
}

export function isTuple(o: PyObject): boolean {
  return o.ob_type === TupleType || (td(o.ob_type).tp_flags & TypeFlags.TUPLE_SUBCLASS) !== 0;
}

function tupleRepr(o: PyObject): string {
  const items = o.a as PyObject[];
  if (items.length === 0) return '()';
  if (reprStack.has(o)) return '(...)';
  reprStack.add(o);
  try {
    const parts = items.map((x) => proto.repr(x));
    return items.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  } finally {
    reprStack.delete(o);
  }
}

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

function tupleHash(items: PyObject[]): number {
  return Number(tupleHashBig(items));
}

/** tuplehash, exactly (hash() prints it; the slot returns the nearest double). */
export function tupleHashBig(items: PyObject[]): bigint {
  let acc = XXPRIME_5;
  for (const x of items) {
    let lane = proto.hashBig(x);
    lane &= M64;
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return acc >= 1n << 63n ? acc - (1n << 64n) : acc;
}

/** Lexicographic comparison shared by tuple and list (op in COMPARE_OP order). */
export function sequenceCompare(x: PyObject[], y: PyObject[], op: number): boolean {
  let i = 0;
  const n = Math.min(x.length, y.length);
  for (; i < n; i++) if (!proto.eq(x[i], y[i])) break;
  if (i >= n) {
    const a = x.length, b = y.length;
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a === b;
      case 3: return a !== b;
      case 4: return a > b;
      default: return a >= b;
    }
  }
  if (op === 2) return false;
  if (op === 3) return true;
  return proto.compareBool(x[i], y[i], op);
}

/** Normalises a possibly negative index, raising IndexError with `what`'s message. */
export function checkIndex(i: number, n: number, msg: string): number {
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', msg);
  return i;
}

/** Py_ssize_t's bounds (2**63 as the nearest double; only used to clamp). */
const SSIZE_MAX = 2 ** 63;

/**
 * _PyEval_SliceIndex: a slice bound as a number, clamped to Py_ssize_t's
 * range as CPython clamps huge ints; null for None.
 */
export function sliceBound(o: PyObject): number | null {
  if (td(o.ob_type).tp_name === 'NoneType') return null;
  const d = td(o.ob_type);
  if (!(d.tp_flags & TypeFlags.LONG_SUBCLASS) && d.nb_index === null) {
    raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
  }
  let v = o;
  if (!(d.tp_flags & TypeFlags.LONG_SUBCLASS)) v = d.nb_index!(o);
  let n = v.v;
  if (n !== n) n = (v.a as bigint) < 0n ? -SSIZE_MAX - 1 : SSIZE_MAX;
  if (v !== o) decref(v);
  return n;
}

/** PySlice_Unpack + PySlice_AdjustIndices: start, stop, step, length for a sequence of length n. */
export function sliceIndices(slice: PyObject, n: number): [number, number, number, number] {
  const [s0, s1, s2] = slice.a as [PyObject, PyObject, PyObject];
  const st = sliceBound(s2);
  let step = st === null ? 1 : st;
  if (step === 0) raise('ValueError', 'slice step cannot be zero');
  if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  const b0 = sliceBound(s0), b1 = sliceBound(s1);
  let start = b0 === null ? (step < 0 ? SSIZE_MAX : 0) : b0;
  let stop = b1 === null ? (step < 0 ? -SSIZE_MAX - 1 : SSIZE_MAX) : b1;
  if (start < 0) {
    start += n;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= n) start = step < 0 ? n - 1 : n;
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= n) stop = step < 0 ? n - 1 : n;
  let len = 0;
  if (step < 0) {
    if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, len];
}

export const sliceHook: { SliceType: PyObject | null } = { SliceType: null };

function tupleSubscript(o: PyObject, key: PyObject): PyObject {
  const items = o.a as PyObject[];
  if (key.ob_type === sliceHook.SliceType) {
    const [start, , step, len] = sliceIndices(key, items.length);
    if (step === 1 && len === items.length && o.ob_type === TupleType) {
      incref(o);
      return o;
    }
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) { incref(items[j]); out.push(items[j]); }
    return newTuple(out);
  }
  if (!(td(key.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS) && td(key.ob_type).nb_index === null) {
    raise('TypeError', `tuple indices must be integers or slices, not ${td(key.ob_type).tp_name}`);
  }
  const i = checkIndex(proto.index(key, 'int'), items.length, 'tuple index out of range');
  const x = items[i];
  incref(x);
  return x;
}

addMethods(TupleType, {
  count: (self, args, kw) => {
    const v = oneArg('tuple.count', args, kw);
    let n = 0;
    for (const x of self.a as PyObject[]) if (proto.eq(x, v)) n++;
    return newInt(n);
  },
  index: (self, args, kw) => {
    argRange('index', args, kw, 1, 3);
    const items = self.a as PyObject[];
    const n = items.length;
    const bound = (o: PyObject | undefined, dflt: number): number => {
      if (o === undefined) return dflt;
      let i = sliceBound(o) ?? dflt;
      if (i < 0) i = Math.max(0, i + n);
      return i;
    };
    const start = bound(args[1], 0), stop = Math.min(bound(args[2], n), n);
    for (let i = start; i < stop; i++) if (proto.eq(items[i], args[0])) return newInt(i);
    raise('ValueError', 'tuple.index(x): x not in tuple');
  },
});

/** `in` for a tuple or a list: an identity-or-equality scan of its items, as both C types do. */
export function arrayContains(o: PyObject, item: PyObject): boolean {
  const items = o.a as PyObject[];
  for (let i = 0; i < items.length; i++) if (proto.eq(items[i], item)) return true;
  return false;
}

/**
 * The slots of the iterators over a tuple or a list, which CPython writes
 * as twin C types (tupleiter, listiter): `a` holds the sequence (owned)
 * until the iterator is exhausted, `v` the next index; the sequence's
 * items are its JS array `a`, read afresh each step so a list may grow.
 */
export const arrayIterSlots = {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 48,
  tp_dealloc: (o: PyObject): void => {
    if (o.a !== null) decref(o.a as PyObject);
  },
  tp_iternext: (it: PyObject): PyObject | null => {
    const seq = it.a as PyObject | null;
    if (seq === null) return null;
    const items = seq.a as PyObject[];
    if (it.v < items.length) {
      const x = items[it.v++];
      incref(x);
      return x;
    }
    it.a = null;
    decref(seq);
    return null;
  },
};

/** tuple_iterator: `a` is the tuple (owned), `v` the next index. */
export const TupleIterType: PyObject = makeStaticType('tuple_iterator', null, { ...arrayIterSlots });

export function tupleIter(t: PyObject): PyObject {
  incref(t);
  return new PyObject(TupleIterType, 0, t, null);
}
td(TupleType).tp_iter = tupleIter;
