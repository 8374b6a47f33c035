/**
 * set and frozenset: the Python types over setTable.ts's CPython-shaped
 * hash table (`a` holds the SetData). This file has the slots (repr, hash,
 * rich comparison, the | & - ^ operators and their in-place forms, `in`,
 * iteration, sizeof) and the operations CPython shares between slots and
 * methods (set_update_internal, set_intersection, set_difference...). The
 * named methods are in setMethods.ts. Results of operators on subclasses
 * are plain sets or frozensets (make_new_set_basetype), as in CPython.
 *
 * It deliberately keeps no empty-frozenset singleton (3.12 has none).
 */

import { PyObject, decref, incref, newref } from './object';
import { makeStaticType, TypeFlags, td, isSubtype, typeData } from './typeobject';
import { NotImplemented } from './int';
import { raise, raiseWithArg, PyErr } from './errors';
import { True, False } from './bool';
import { reprStack } from './protocol';
import { DictType, isDict, dictItems } from './dict';
import * as abs from './abstract';
import { excType } from './exceptions';
import {
  SetData, Dummy, keyHash, setLookup, setAddEntry, setDiscardEntry, setMerge, setTableResize,
  setClearTable, setEntries, frozensetHash, type HashT,
} from './setTable';

function setDealloc(o: PyObject): void {
  const so = o.a as SetData;
  for (const k of so.keys) if (k !== null && k !== Dummy) decref(k);
  o.a = new SetData();
}

function setSizeof(o: PyObject): number {
  const so = o.a as SetData;
  const base = td(o.ob_type).tp_basicsize;
  return so.mask + 1 > 8 ? base + (so.mask + 1) * 16 : base;
}

function setRepr(o: PyObject): string {
  const so = o.a as SetData;
  const name = td(o.ob_type).tp_name;
  if (reprStack.has(o)) return `${name}(...)`;
  if (so.used === 0) return `${name}()`;
  reprStack.add(o);
  try {
    const parts = setEntries(so).map(([k]) => abs.repr(k));
    const body = '{' + parts.join(', ') + '}';
    return o.ob_type === SetType ? body : `${name}(${body})`;
  } finally {
    reprStack.delete(o);
  }
}

export const SetType: PyObject = makeStaticType('set', null, {
  tp_flags: TypeFlags.BASETYPE | TypeFlags.HAVE_GC,
  tp_basicsize: 216,
  tp_sizeof: setSizeof,
  tp_dealloc: setDealloc,
  tp_repr: setRepr,
  tp_hash: () => raise('TypeError', "unhashable type: 'set'"),
  tp_richcompare: (a, b, op) => setRichCompare(a, b, op),
  tp_iter: (o) => setIter(o),
  mp_length: (o) => (o.a as SetData).used,
  sq_contains: (o, key) => setContains(o, key),
  nb_or: (a, b) => setOr(a, b),
  nb_and: (a, b) => setAnd(a, b),
  nb_subtract: (a, b) => setSub(a, b),
  nb_xor: (a, b) => setXor(a, b),
  // In-place operators: set only (frozenset falls back to the binary forms).
  nb_inplace_or: (a, b) => setIOr(a, b),
  nb_inplace_and: (a, b) => setIAnd(a, b),
  nb_inplace_subtract: (a, b) => setISub(a, b),
  nb_inplace_xor: (a, b) => setIXor(a, b),
});

export const FrozenSetType: PyObject = makeStaticType('frozenset', null, {
  tp_flags: TypeFlags.BASETYPE | TypeFlags.HAVE_GC,
  tp_basicsize: 216,
  tp_sizeof: setSizeof,
  tp_dealloc: setDealloc,
  tp_repr: setRepr,
  tp_hash: (o) => Number(frozensetHash(o.a as SetData)),
  tp_richcompare: (a, b, op) => setRichCompare(a, b, op),
  tp_iter: (o) => setIter(o),
  mp_length: (o) => (o.a as SetData).used,
  sq_contains: (o, key) => setContains(o, key),
  nb_or: (a, b) => setOr(a, b),
  nb_and: (a, b) => setAnd(a, b),
  nb_subtract: (a, b) => setSub(a, b),
  nb_xor: (a, b) => setXor(a, b),
});
abs.exactHashes.set(FrozenSetType, (o) => frozensetHash(o.a as SetData));

export function isAnySet(o: PyObject): boolean {
  return o.ob_type === SetType || o.ob_type === FrozenSetType || isSubtype(o.ob_type, SetType) || isSubtype(o.ob_type, FrozenSetType);
}
export function isSet(o: PyObject): boolean {
  return o.ob_type === SetType || isSubtype(o.ob_type, SetType);
}

/** An empty set or frozenset of `type` (which may be a subclass). */
export function newSetOfType(type: PyObject): PyObject {
  const o = new PyObject(type, 0, new SetData(), null);
  if (td(type).tp_flags & TypeFlags.HEAPTYPE) incref(type);
  return o;
}

/** make_new_set: a new set of `type` filled from an iterable (or empty when null). */
export function makeNewSet(type: PyObject, iterable: PyObject | null): PyObject {
  const o = newSetOfType(type);
  if (iterable !== null) {
    try {
      setUpdateInternal(o.a as SetData, iterable);
    } catch (e) {
      decref(o);
      throw e;
    }
  }
  return o;
}

/** make_new_set_basetype: results of operations are exact sets or frozensets. */
export function makeNewSetBasetype(type: PyObject, iterable: PyObject | null): PyObject {
  const t = type === SetType || type === FrozenSetType ? type : isSubtype(type, SetType) ? SetType : FrozenSetType;
  return makeNewSet(t, iterable);
}

/**
 * A frozenset constant. CPython builds it from the folded tuple, then its
 * compiler's constant merging (merge_consts_recursive) builds it again from
 * the first one's iteration order; colliding keys can land elsewhere the
 * second time, so we build it twice too.
 */
export function newFrozenSet(items: PyObject[]): PyObject {
  const first = newSetOfType(FrozenSetType);
  for (const x of items) setAddEntry(first.a as SetData, x, keyHash(x));
  const o = newSetOfType(FrozenSetType);
  for (const [k, h] of setEntries(first.a as SetData)) setAddEntry(o.a as SetData, k, h);
  decref(first);
  return o;
}

/** set_update_internal: from a set, a dict (keys, presized) or any iterable. */
export function setUpdateInternal(so: SetData, other: PyObject): void {
  if (isAnySet(other)) {
    setMerge(so, other.a as SetData);
    return;
  }
  if (other.ob_type === DictType) {
    const items = Array.from(dictItems(other));
    const n = items.length;
    if ((so.fill + n) * 5 >= so.mask * 3) setTableResize(so, (so.used + n) * 2);
    for (const [k] of items) setAddEntry(so, k, keyHash(k));
    return;
  }
  const it = abs.getIter(other);
  try {
    for (;;) {
      const x = abs.iterNext(it);
      if (x === null) break;
      try {
        setAddEntry(so, x, keyHash(x));
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** Hashes a key for contains/discard; a set used as a key is looked up as a frozenset. */
function withKey<T>(key: PyObject, f: (k: PyObject, h: HashT) => T): T {
  let h: HashT;
  try {
    h = keyHash(key);
  } catch (e) {
    if (!(e instanceof PyErr) || !isSet(key) || !isSubtype(e.exc.ob_type, excType('TypeError'))) throw e;
    decref(e.exc);
    const tmp = makeNewSet(FrozenSetType, key);
    try {
      return f(tmp, keyHash(tmp));
    } finally {
      decref(tmp);
    }
  }
  return f(key, h);
}

export function setContains(o: PyObject, key: PyObject): boolean {
  return withKey(key, (k, h) => setLookup(o.a as SetData, k, h) >= 0);
}

/** set_discard_key with the set-as-frozenset fallback; true when removed. */
export function setDiscardKey(o: PyObject, key: PyObject): boolean {
  return withKey(key, (k, h) => setDiscardEntry(o.a as SetData, k, h));
}

export function setAddKey(o: PyObject, key: PyObject): void {
  setAddEntry(o.a as SetData, key, keyHash(key));
}

export function setCopy(o: PyObject): PyObject {
  return makeNewSetBasetype(o.ob_type, o);
}

/** set_intersection. */
export function setIntersection(so: PyObject, other: PyObject): PyObject {
  if (so === other) return setCopy(so);
  const result = makeNewSetBasetype(so.ob_type, null);
  const rd = result.a as SetData;
  try {
    if (isAnySet(other)) {
      let a = so, b = other;
      if ((b.a as SetData).used > (a.a as SetData).used) [a, b] = [b, a];
      for (const [k, h] of setEntries(b.a as SetData)) {
        incref(k);
        try {
          if (setLookup(a.a as SetData, k, h) >= 0) setAddEntry(rd, k, h);
        } finally {
          decref(k);
        }
      }
      return result;
    }
    const it = abs.getIter(other);
    try {
      for (;;) {
        const x = abs.iterNext(it);
        if (x === null) break;
        try {
          const h = keyHash(x);
          if (setLookup(so.a as SetData, x, h) >= 0) setAddEntry(rd, x, h);
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** set_difference_update_internal. */
export function setDifferenceUpdate(so: PyObject, other: PyObject): void {
  const sd = so.a as SetData;
  if (so === other) {
    setClearTable(sd);
    return;
  }
  if (isAnySet(other)) {
    const o2 = (other.a as SetData).used >> 3 > sd.used ? setIntersection(so, other) : newref(other);
    try {
      for (const [k, h] of setEntries(o2.a as SetData)) {
        incref(k);
        try {
          setDiscardEntry(sd, k, h);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(o2);
    }
  } else {
    const it = abs.getIter(other);
    try {
      for (;;) {
        const x = abs.iterNext(it);
        if (x === null) break;
        try {
          setDiscardKey(so, x);
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
  }
  if (sd.fill - sd.used <= sd.mask >> 2) return;
  setTableResize(sd, sd.used > 50000 ? sd.used * 2 : sd.used * 4);
}

/** set_difference. */
export function setDifference(so: PyObject, other: PyObject): PyObject {
  const sd = so.a as SetData;
  let otherSize: number;
  if (isAnySet(other)) otherSize = (other.a as SetData).used;
  else if (other.ob_type === DictType) otherSize = abs.length(other);
  else otherSize = -1;
  if (otherSize < 0 || sd.used >> 2 > otherSize) {
    const result = setCopy(so);
    try {
      setDifferenceUpdate(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  }
  const result = makeNewSetBasetype(so.ob_type, null);
  try {
    for (const [k, h] of setEntries(sd)) {
      incref(k);
      try {
        const present = isAnySet(other) ? setLookup(other.a as SetData, k, h) >= 0 : abs.contains(other, k);
        if (!present) setAddEntry(result.a as SetData, k, h);
      } finally {
        decref(k);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(so: PyObject, other: PyObject): void {
  const sd = so.a as SetData;
  if (so === other) {
    setClearTable(sd);
    return;
  }
  if (other.ob_type === DictType) {
    for (const [k] of Array.from(dictItems(other))) {
      const h = keyHash(k);
      if (!setDiscardEntry(sd, k, h)) setAddEntry(sd, k, h);
    }
    return;
  }
  const os = isAnySet(other) ? newref(other) : makeNewSetBasetype(so.ob_type, other);
  try {
    for (const [k, h] of setEntries(os.a as SetData)) {
      incref(k);
      try {
        if (!setDiscardEntry(sd, k, h)) setAddEntry(sd, k, h);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(os);
  }
}

/** set_symmetric_difference: built from `other`, then updated with `so`. */
export function setSymmetricDifference(so: PyObject, other: PyObject): PyObject {
  const result = makeNewSetBasetype(so.ob_type, other);
  try {
    setSymmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_issubset. */
export function setIsSubset(so: PyObject, other: PyObject): boolean {
  if (!isAnySet(other)) {
    const tmp = makeNewSet(SetType, other);
    try {
      return setIsSubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  const sd = so.a as SetData, od = other.a as SetData;
  if (sd.used > od.used) return false;
  for (const [k, h] of setEntries(sd)) {
    incref(k);
    try {
      if (setLookup(od, k, h) < 0) return false;
    } finally {
      decref(k);
    }
  }
  return true;
}

/** set_issuperset. */
export function setIsSuperset(so: PyObject, other: PyObject): boolean {
  if (isAnySet(other)) return setIsSubset(other, so);
  const it = abs.getIter(other);
  try {
    for (;;) {
      const x = abs.iterNext(it);
      if (x === null) return true;
      try {
        if (!setContains(so, x)) return false;
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

function setRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  const x = a.a as SetData, y = b.a as SetData;
  let r: boolean;
  switch (op) {
    case 2:
    case 3:
      if (x.used !== y.used) r = false;
      else if (x.hash !== null && y.hash !== null && x.hash !== y.hash) r = false;
      else r = setIsSubset(a, b);
      if (op === 3) r = !r;
      break;
    case 1: r = setIsSubset(a, b); break;
    case 5: r = setIsSuperset(a, b); break;
    case 0: r = x.used < y.used && setIsSubset(a, b); break;
    default: r = x.used > y.used && setIsSuperset(a, b); break;
  }
  return r ? True : False;
}

function setOr(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  const r = setCopy(a);
  if (a === b) return r;
  try {
    setUpdateInternal(r.a as SetData, b);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}
function setAnd(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  return setIntersection(a, b);
}
function setSub(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  return setDifference(a, b);
}
function setXor(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
  return setSymmetricDifference(a, b);
}
function setIOr(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  setUpdateInternal(a.a as SetData, b);
  return newref(a);
}
/** set_intersection_update: the set takes the intersection's table (set_swap_bodies). */
export function setIntersectionUpdate(a: PyObject, b: PyObject): void {
  const tmp = setIntersection(a, b);
  const old = a.a as SetData;
  a.a = tmp.a;
  (a.a as SetData).hash = null;
  tmp.a = old;
  decref(tmp);
}
function setIAnd(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  setIntersectionUpdate(a, b);
  return newref(a);
}
function setISub(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  setDifferenceUpdate(a, b);
  return newref(a);
}
function setIXor(a: PyObject, b: PyObject): PyObject {
  if (!isAnySet(b)) return NotImplemented;
  setSymmetricDifferenceUpdate(a, b);
  return newref(a);
}

/** set_iterator: `a` the set (owned) until exhausted, `v` the next slot, `b` [used seen, remaining]. */
export const SetIterType: PyObject = makeStaticType('set_iterator', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 64,
  tp_dealloc: (o) => {
    if (o.a !== null) decref(o.a as PyObject);
  },
  tp_iternext: (it) => {
    const s = it.a as PyObject | null;
    if (s === null) return null;
    const so = s.a as SetData;
    const st = it.b as number[];
    if (st[0] !== so.used) {
      st[0] = -1;
      raise('RuntimeError', 'Set changed size during iteration');
    }
    let i = it.v;
    while (i <= so.mask && (so.keys[i] === null || so.keys[i] === Dummy)) i++;
    it.v = i + 1;
    if (i > so.mask) {
      it.a = null;
      decref(s);
      return null;
    }
    st[1]--;
    return newref(so.keys[i]!);
  },
});

function setIter(o: PyObject): PyObject {
  incref(o);
  const so = o.a as SetData;
  return new PyObject(SetIterType, 0, o, [so.used, so.used]);
}

/** The set's keys in iteration order, borrowed. */
export function setKeys(o: PyObject): PyObject[] {
  return setEntries(o.a as SetData).map(([k]) => k);
}

export { isDict, typeData, raiseWithArg };
