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
import { sequenceCompare, checkIndex, sliceIndices, sliceHook } from './tuple';

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
  sq_contains: (o, item) => {
    const items = o.a as PyObject[];
    for (let i = 0; i < items.length; i++) if (proto.eq(items[i], item)) return true;
    return false;
  },
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
});

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

function listAssSubscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const items = o.a as PyObject[];
  if (key.ob_type === sliceHook.SliceType) {
    const [start, stop, step, len] = sliceIndices(key, items.length);
    if (value === null) {
      const removed: PyObject[] = [];
      if (step === 1) removed.push(...items.splice(start, len));
      else {
        const idx: number[] = [];
        for (let i = 0, j = start; i < len; i++, j += step) idx.push(j);
        idx.sort((p, q) => q - p);
        for (const j of idx) removed.push(items.splice(j, 1)[0]);
      }
      listResize(o, items.length);
      for (const x of removed) decref(x);
      return;
    }
    const seq = value.a as PyObject[];
    if (!Array.isArray(seq)) raise('TypeError', 'must assign iterable to extended slice');
    const newItems = seq.slice();
    for (const x of newItems) incref(x);
    if (step === 1) {
      const end = Math.max(start, stop);
      listResize(o, items.length - (end - start) + newItems.length);
      const removed = items.splice(start, end - start, ...newItems);
      for (const x of removed) decref(x);
      return;
    }
    if (newItems.length !== len) {
      for (const x of newItems) decref(x);
      raise('ValueError', `attempt to assign sequence of size ${newItems.length} to extended slice of size ${len}`);
    }
    for (let i = 0, j = start; i < len; i++, j += step) {
      const old = items[j];
      items[j] = newItems[i];
      decref(old);
    }
    return;
  }
  const i = checkIndex(indexOf(key, 'int'), items.length, value === null ? 'list assignment index out of range' : 'list assignment index out of range');
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

/** list_iterator: `a` is the list (owned) until exhausted, `v` the next index. */
export const ListIterType: PyObject = makeStaticType('list_iterator', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 32,
  tp_dealloc: (o) => {
    if (o.a !== null) decref(o.a as PyObject);
  },
  tp_iternext: (it) => {
    const l = it.a as PyObject | null;
    if (l === null) return null;
    const items = l.a as PyObject[];
    if (it.v < items.length) {
      const x = items[it.v++];
      incref(x);
      return x;
    }
    it.a = null;
    decref(l);
    return null;
  },
});

export const ListRevIterType: PyObject = makeStaticType('list_reverseiterator', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 32,
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
