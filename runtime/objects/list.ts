/**
 * list: a mutable array of owned references in `a`, with `v` holding the
 * modelled allocated capacity (CPython's `allocated`), grown by the same
 * formula as list_resize so that sys.getsizeof matches. Methods that need
 * the generic protocol (sort, index...) are in listMethods.ts.
 */

import { PyObject, decref, incref } from './object';
import { makeStaticType, TypeFlags, td } from './typeobject';
import { NotImplemented, boolFactory } from './int';
import { raise } from './errors';
import { proto, reprStack } from './protocol';
import { sequenceCompare, checkIndex, sliceIndices, sliceHook, arrayIterSlots, arrayContains } from './tuple';

export const ListType: PyObject = makeStaticType('list', null, {
  tp_flags: TypeFlags.LIST_SUBCLASS | TypeFlags.BASETYPE | TypeFlags.HAVE_GC,
  tp_basicsize: 56,
  tp_sizeof: (o) => 56 + 8 * o.v,
  tp_dealloc: (o) => {
    const items = o.a as PyObject[];
    o.a = [];
    for (let i = 0; i < items.length; i++) decref(items[i]);
  },
  tp_repr: (o) => listRepr(o),
  tp_hash: () => raise('TypeError', "unhashable type: 'list'"),
  tp_richcompare: (a, b, op) => {
    if (!isList(b)) return NotImplemented;
    return boolFactory.fromBool(sequenceCompare(a.a as PyObject[], b.a as PyObject[], op));
  },
  mp_length: (o) => (o.a as PyObject[]).length,
  sq_contains: arrayContains,
  mp_subscript: (o, key) => listSubscript(o, key),
  mp_ass_subscript: (o, key, value) => listAssSubscript(o, key, value),
  nb_add: (a, b) => {
    if (!isList(a) || !isList(b)) return NotImplemented;
    const items = [...(a.a as PyObject[]), ...(b.a as PyObject[])];
    for (const x of items) incref(x);
    return newList(items);
  },
  nb_multiply: (a, b) => {
    const [l, n] = isList(a) ? [a, b] : [b, a];
    if (!isList(l) || !(td(n.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS)) return NotImplemented;
    const count = Math.max(0, proto.index(n, 'int'));
    const src = l.a as PyObject[];
    const items: PyObject[] = [];
    for (let k = 0; k < count; k++) for (const x of src) { incref(x); items.push(x); }
    return newList(items);
  },
  nb_inplace_add: (a, b) => {
    // list_inplace_concat: extends with any iterable and returns the list itself.
    listExtendHook.extend(a, b);
    incref(a);
    return a;
  },
  nb_inplace_multiply: (a, b) => {
    if (!(td(b.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS) && td(b.ob_type).nb_index === null) return NotImplemented;
    const n = proto.index(b, 'int');
    const items = a.a as PyObject[];
    if (n <= 0 || items.length === 0) {
      a.a = [];
      a.v = 0;
      for (const x of items) decref(x);
    } else if (n > 1) {
      const src = items.slice();
      listResize(a, src.length * n);
      for (let k = 1; k < n; k++) for (const x of src) { incref(x); items.push(x); }
    }
    incref(a);
    return a;
  },
});

/** list.extend lives in listMethods.ts (it needs the iteration protocol); += reaches it here. */
export const listExtendHook: { extend: (self: PyObject, src: PyObject) => void } = {
  extend: () => {
    throw new Error('listMethods.ts not loaded');
  },
};

/** A new list that takes ownership of the references, allocated exactly (list_new_prealloc). */
export function newList(items: PyObject[]): PyObject {
  return new PyObject(ListType, items.length, items, null);
}

export function isList(o: PyObject): boolean {
  return o.ob_type === ListType || (td(o.ob_type).tp_flags & TypeFlags.LIST_SUBCLASS) !== 0;
}

/** list_resize's capacity model: call before the length changes to `newsize`. */
export function listResize(o: PyObject, newsize: number): void {
  const allocated = o.v;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  const size = (o.a as PyObject[]).length;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - size > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  o.v = newAllocated;
}

/** list.append / LIST_APPEND: steals the reference to `x`. */
export function listAppend(o: PyObject, x: PyObject): void {
  const items = o.a as PyObject[];
  if (items.length >= o.v) listResize(o, items.length + 1);
  items.push(x);
}

function listRepr(o: PyObject): string {
  const items = o.a as PyObject[];
  if (items.length === 0) return '[]';
  if (reprStack.has(o)) return '[...]';
  reprStack.add(o);
  try {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) parts.push(proto.repr(items[i]));
    return '[' + parts.join(', ') + ']';
  } finally {
    reprStack.delete(o);
  }
}

function indexOf(key: PyObject, what: string): number {
  if (!(td(key.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS) && td(key.ob_type).nb_index === null) {
    raise('TypeError', `list indices must be integers or slices, not ${td(key.ob_type).tp_name}`);
  }
  return proto.index(key, what);
}

function listSubscript(o: PyObject, key: PyObject): PyObject {
  const items = o.a as PyObject[];
  if (key.ob_type === sliceHook.SliceType) {
    const [start, , step, len] = sliceIndices(key, items.length);
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) { incref(items[j]); out.push(items[j]); }
    return newList(out);
  }
  const i = checkIndex(indexOf(key, 'int'), items.length, 'list index out of range');
  const x = items[i];
  incref(x);
  return x;
}

/** list_ass_slice: replaces items[lo:hi] by `seq` (owned references), modelling list_resize. */
function listAssSlice(o: PyObject, lo: number, hi: number, seq: PyObject[]): void {
  const items = o.a as PyObject[];
  if (hi < lo) hi = lo;
  const d = seq.length - (hi - lo);
  if (d !== 0) listResize(o, items.length + d);
  const removed = items.splice(lo, hi - lo, ...seq);
  for (const x of removed) decref(x);
}

function listAssSubscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const items = o.a as PyObject[];
  if (key.ob_type === sliceHook.SliceType) {
    const [start, stop, step, len] = sliceIndices(key, items.length);
    if (value === null) {
      if (len <= 0) return;
      const removed: PyObject[] = [];
      if (step === 1) removed.push(...items.splice(start, len));
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
        const kept: PyObject[] = [];
        for (let j = 0; j < items.length; j++) (drop.has(j) ? removed : kept).push(items[j]);
        items.length = 0;
        items.push(...kept);
      }
      listResize(o, items.length + removed.length - len);
      for (const x of removed) decref(x);
      return;
    }
    if (step === 1) {
      const seq = value === o ? copyItems(items) : listSeqHook.fast(value, 'can only assign an iterable');
      listAssSlice(o, start, stop, seq);
      return;
    }
    const seq = value === o ? copyItems(items) : listSeqHook.fast(value, 'must assign iterable to extended slice');
    if (seq.length !== len) {
      for (const x of seq) decref(x);
      raise('ValueError', `attempt to assign sequence of size ${seq.length} to extended slice of size ${len}`);
    }
    const old: PyObject[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) {
      old.push(items[j]);
      items[j] = seq[i];
    }
    for (const x of old) decref(x);
    return;
  }
  const i = checkIndex(indexOf(key, 'int'), items.length, 'list assignment index out of range');
  const old = items[i];
  if (value === null) {
    items.splice(i, 1);
    listResize(o, items.length);
  } else {
    incref(value);
    items[i] = value;
  }
  decref(old);
}

function copyItems(items: PyObject[]): PyObject[] {
  const out = items.slice();
  for (const x of out) incref(x);
  return out;
}

/** PySequence_Fast for slice assignment: owned items of any iterable, or TypeError(msg). Set by listMethods.ts. */
export const listSeqHook: { fast: (o: PyObject, msg: string) => PyObject[] } = {
  fast: () => {
    throw new Error('listMethods.ts not loaded');
  },
};

/** list_iterator: `a` is the list (owned) until exhausted, `v` the next index. */
export const ListIterType: PyObject = makeStaticType('list_iterator', null, { ...arrayIterSlots });

export const ListRevIterType: PyObject = makeStaticType('list_reverseiterator', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 48,
  tp_dealloc: (o) => {
    if (o.a !== null) decref(o.a as PyObject);
  },
  tp_iternext: (it) => {
    const l = it.a as PyObject | null;
    if (l === null) return null;
    const items = l.a as PyObject[];
    if (it.v >= 0 && it.v < items.length) {
      const x = items[it.v--];
      incref(x);
      return x;
    }
    it.a = null;
    decref(l);
    return null;
  },
});

export function listIter(l: PyObject): PyObject {
  incref(l);
  return new PyObject(ListIterType, 0, l, null);
}
td(ListType).tp_iter = listIter;
