/**
 * dict: insertion-ordered hash map. `a` is a DictData: parallel key/value
 * arrays in insertion order (holes where items were deleted) and a JS Map
 * from a "fast key" to the entry position. Keys whose equality JS can
 * decide (exact str, int, float, bool, and objects compared by identity)
 * map to a primitive or to the object itself; other keys (tuples, objects
 * with __eq__/__hash__) go through hash buckets and Python equality.
 *
 * The size CPython would allocate (the keys table's log2 size, its usable
 * slots and whether it holds only str keys) is modelled beside the real
 * storage so that sys.getsizeof agrees with 64-bit CPython 3.12.
 */

import { PyObject, decref, incref, newref } from './object';
import { makeStaticType, TypeFlags, td } from './typeobject';
import { IntType, NotImplemented, boolFactory } from './int';
import { raise, raiseWithArg } from './errors';
import { proto, reprStack } from './protocol';
import { StrType } from './str';

export class DictData {
  index = new Map<unknown, number>();
  /** Hash buckets for keys that need Python equality: hash -> entry positions. */
  slow: Map<number, number[]> | null = null;
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  used = 0;
  /** log2 of the modelled keys table; 0 while the dict shares CPython's empty keys. */
  log2 = 0;
  usable = 0;
  unicode = true;
  /** Bumped on every insertion or deletion (iteration checks it). */
  version = 0;
}

export const DictType: PyObject = makeStaticType('dict', null, {
  tp_flags: TypeFlags.DICT_SUBCLASS | TypeFlags.BASETYPE | TypeFlags.HAVE_GC,
  tp_basicsize: 64,
  tp_sizeof: (o) => dictSizeof(o.a as DictData),
  tp_dealloc: (o) => {
    const d = o.a as DictData;
    o.a = new DictData();
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k !== null) {
        decref(k);
        decref(d.values[i]!);
      }
    }
  },
  tp_repr: (o) => dictRepr(o),
  tp_hash: () => raise('TypeError', "unhashable type: 'dict'"),
  tp_richcompare: (a, b, op) => {
    if ((op !== 2 && op !== 3) || !isDict(b)) return NotImplemented;
    const eq = dictEqual(a.a as DictData, b.a as DictData);
    return boolFactory.fromBool(op === 2 ? eq : !eq);
  },
  mp_length: (o) => (o.a as DictData).used,
  sq_contains: (o, key) => dictLookup(o.a as DictData, key) >= 0,
  mp_subscript: (o, key) => {
    const v = dictGetItem(o, key);
    if (v === null) raiseWithArg('KeyError', key);
    incref(v);
    return v;
  },
  mp_ass_subscript: (o, key, value) => {
    if (value === null) {
      if (!dictDelItem(o, key)) raiseWithArg('KeyError', key);
    } else dictSetItem(o, key, value);
  },
  nb_or: (a, b) => {
    if (!isDict(a) || !isDict(b)) return NotImplemented;
    const r = dictCopy(a);
    dictUpdate(r, b);
    return r;
  },
});

export function newDict(): PyObject {
  return new PyObject(DictType, 0, new DictData(), null);
}

/** _PyDict_NewPresized: BUILD_MAP and dict literals reserve room up front. */
export function newDictPresized(n: number, unicode: boolean): PyObject {
  const o = newDict();
  if (n > 5) {
    const d = o.a as DictData;
    d.log2 = log2Keysize((n * 3 + 1) >> 1);
    d.usable = usableFraction(1 << d.log2);
    d.unicode = unicode;
  }
  return o;
}

export function isDict(o: PyObject): boolean {
  return o.ob_type === DictType || (td(o.ob_type).tp_flags & TypeFlags.DICT_SUBCLASS) !== 0;
}

/** calculate_log2_keysize: bit_length(((minsize | 8) - 1) | 7), exactly as CPython computes it. */
function log2Keysize(minsize: number): number {
  const v = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(v);
}
function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

function dictSizeof(d: DictData): number {
  if (d.log2 === 0) return 64;
  const size = 1 << d.log2;
  const ix = d.log2 <= 7 ? 1 : d.log2 <= 15 ? 2 : d.log2 <= 31 ? 4 : 8;
  return 64 + 32 + size * ix + usableFraction(size) * (d.unicode ? 16 : 24);
}

/** Updates the modelled table for one new key (insertdict / insertion_resize). */
function modelInsert(d: DictData, key: PyObject): void {
  const isUnicode = key.ob_type === StrType;
  if (d.log2 === 0) {
    d.log2 = 3;
    d.usable = 5;
    d.unicode = isUnicode;
  } else if (d.usable <= 0 || (d.unicode && !isUnicode)) {
    d.log2 = log2Keysize(d.used * 3);
    d.usable = usableFraction(1 << d.log2) - d.used;
    if (!isUnicode) d.unicode = false;
  }
  d.usable--;
}

const SLOW = Symbol('slow');

/** The primitive (or identity) key JS equality can decide, or SLOW. */
function fastKey(k: PyObject): unknown {
  const t = k.ob_type;
  if (t === StrType) return k.a as string;
  const tf = td(t).tp_flags;
  if (t === IntType || (tf & TypeFlags.LONG_SUBCLASS && td(t).tp_name === 'bool')) return k.v === k.v ? k.v : (k.a as bigint);
  if (t === floatType()) {
    const f = k.v;
    if (f !== f) return k;
    if (Number.isInteger(f) && Math.abs(f) > 9007199254740991) return BigInt(f);
    return f;
  }
  const d = td(t);
  if (d.tp_hash === td(objectType()).tp_hash && d.tp_richcompare === td(objectType()).tp_richcompare) return k;
  return SLOW;
}

let FloatTypeRef: PyObject | null = null;
let ObjectTypeRef: PyObject | null = null;
function floatType(): PyObject | null {
  return FloatTypeRef;
}
function objectType(): PyObject {
  return ObjectTypeRef!;
}
/** Called by abstract.ts once float and object exist. */
export function dictInit(floatT: PyObject, objectT: PyObject): void {
  FloatTypeRef = floatT;
  ObjectTypeRef = objectT;
}

/** The entry position of `key`, or -1. */
export function dictLookup(d: DictData, key: PyObject): number {
  const fk = fastKey(key);
  if (fk !== SLOW) {
    const i = d.index.get(fk);
    if (i !== undefined) return i;
    // A slow-path key may still equal this one (a str subclass, an int-like object).
    if (d.slow === null) return -1;
  }
  const h = proto.hash(key);
  if (d.slow === null) return -1;
  const bucket = d.slow.get(h);
  if (bucket === undefined) return -1;
  for (const i of bucket) {
    const k = d.keys[i]!;
    if (k === key || proto.eq(k, key)) return i;
  }
  return -1;
}

/** PyDict_GetItem: borrowed value or null. */
export function dictGetItem(o: PyObject, key: PyObject): PyObject | null {
  const d = o.a as DictData;
  const i = dictLookup(d, key);
  return i < 0 ? null : d.values[i];
}

/** Lookup by a JS string key (globals, builtins, instance attributes). */
export function dictGetStr(o: PyObject, key: string): PyObject | null {
  const d = o.a as DictData;
  const i = d.index.get(key);
  return i === undefined ? null : d.values[i];
}

/** PyDict_SetItem: the dict takes its own references to key and value. */
export function dictSetItem(o: PyObject, key: PyObject, value: PyObject): void {
  const d = o.a as DictData;
  const fk = fastKey(key);
  let i: number | undefined;
  if (fk !== SLOW && d.slow === null) i = d.index.get(fk);
  else {
    const j = dictLookup(d, key);
    i = j < 0 ? undefined : j;
  }
  incref(value);
  if (i !== undefined) {
    const old = d.values[i]!;
    d.values[i] = value;
    decref(old);
    return;
  }
  incref(key);
  modelInsert(d, key);
  const pos = d.keys.length;
  d.keys.push(key);
  d.values.push(value);
  d.used++;
  d.version++;
  if (fk !== SLOW) d.index.set(fk, pos);
  else {
    const h = proto.hash(key);
    if (d.slow === null) d.slow = new Map();
    const b = d.slow.get(h);
    if (b === undefined) d.slow.set(h, [pos]);
    else b.push(pos);
  }
}

export function dictSetStr(o: PyObject, key: PyObject, value: PyObject): void {
  dictSetItem(o, key, value);
}

/** Deletes `key`; returns false when it was absent. */
export function dictDelItem(o: PyObject, key: PyObject): boolean {
  const d = o.a as DictData;
  const i = dictLookup(d, key);
  if (i < 0) return false;
  const k = d.keys[i]!, v = d.values[i]!;
  removeAt(d, i, k);
  decref(k);
  decref(v);
  return true;
}

/** Removes entry i from the index structures without releasing references. */
function removeAt(d: DictData, i: number, k: PyObject): void {
  const fk = fastKey(k);
  if (fk !== SLOW && d.index.get(fk) === i) d.index.delete(fk);
  else if (d.slow !== null) {
    for (const [h, b] of d.slow) {
      const j = b.indexOf(i);
      if (j >= 0) {
        b.splice(j, 1);
        if (b.length === 0) d.slow.delete(h);
        break;
      }
    }
  }
  d.keys[i] = null;
  d.values[i] = null;
  d.used--;
  d.version++;
  if (d.keys.length > 16 && d.keys.length > 3 * d.used) compact(d);
}

/** Squeezes out the holes left by deletions and rebuilds the index. */
function compact(d: DictData): void {
  const keys: PyObject[] = [], values: PyObject[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] !== null) {
      keys.push(d.keys[i]!);
      values.push(d.values[i]!);
    }
  }
  d.keys = keys;
  d.values = values;
  d.index.clear();
  d.slow = null;
  for (let i = 0; i < keys.length; i++) {
    const fk = fastKey(keys[i]);
    if (fk !== SLOW) d.index.set(fk, i);
    else {
      const h = proto.hash(keys[i]);
      if (d.slow === null) d.slow = new Map();
      const b = d.slow.get(h);
      if (b === undefined) d.slow.set(h, [i]);
      else b.push(i);
    }
  }
}

/** dict.pop semantics: returns the owned value, or null when absent. */
export function dictPop(o: PyObject, key: PyObject): PyObject | null {
  const d = o.a as DictData;
  const i = dictLookup(d, key);
  if (i < 0) return null;
  const k = d.keys[i]!, v = d.values[i]!;
  removeAt(d, i, k);
  decref(k);
  return v;
}

/** popitem: the last inserted pair, owned, or null. */
export function dictPopLast(o: PyObject): [PyObject, PyObject] | null {
  const d = o.a as DictData;
  for (let i = d.keys.length - 1; i >= 0; i--) {
    const k = d.keys[i];
    if (k !== null) {
      const v = d.values[i]!;
      removeAt(d, i, k);
      d.keys.length = i;
      d.values.length = i;
      return [k, v];
    }
  }
  return null;
}

export function dictClear(o: PyObject): void {
  const d = o.a as DictData;
  const old = d;
  o.a = new DictData();
  for (let i = 0; i < old.keys.length; i++) {
    if (old.keys[i] !== null) {
      decref(old.keys[i]!);
      decref(old.values[i]!);
    }
  }
}

/** Live entries in insertion order (borrowed). */
export function* dictItems(o: PyObject): Generator<[PyObject, PyObject]> {
  const d = o.a as DictData;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) yield [k, d.values[i]!];
  }
}

export function dictCopy(o: PyObject): PyObject {
  const src = o.a as DictData;
  const r = newDictPresized(src.used, src.unicode);
  for (const [k, v] of dictItems(o)) dictSetItem(r, k, v);
  if (src.log2 !== 0) {
    const d = r.a as DictData;
    d.log2 = Math.max(d.log2, src.log2);
    d.unicode = src.unicode;
    d.usable = usableFraction(1 << d.log2) - d.used;
  }
  return r;
}

export function dictUpdate(o: PyObject, other: PyObject): void {
  for (const [k, v] of Array.from(dictItems(other))) dictSetItem(o, k, v);
}

function dictEqual(a: DictData, b: DictData): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === null) continue;
    const j = dictLookup(b, k);
    if (j < 0) return false;
    if (!proto.eq(a.values[i]!, b.values[j]!)) return false;
  }
  return true;
}

function dictRepr(o: PyObject): string {
  const d = o.a as DictData;
  if (d.used === 0) return '{}';
  if (reprStack.has(o)) return '{...}';
  reprStack.add(o);
  try {
    const parts: string[] = [];
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k !== null) parts.push(proto.repr(k) + ': ' + proto.repr(d.values[i]!));
    }
    return '{' + parts.join(', ') + '}';
  } finally {
    reprStack.delete(o);
  }
}

/**
 * dict_keyiterator / dict_valueiterator / dict_itemiterator: `a` is the dict
 * (owned), `v` the next entry position, `b` the kind and the version seen.
 */
export class DictIterState {
  constructor(readonly kind: 0 | 1 | 2, readonly used: number) {}
}

export const dictIterHooks: { makeTuple2: (a: PyObject, b: PyObject) => PyObject } = {
  makeTuple2: () => {
    throw new Error('not loaded');
  },
};

/**
 * What a dict iterator of `kind` (0 keys, 1 values, 2 items) yields for
 * slot `i` (a new reference), or null for an empty slot; shared by the
 * forward and the reverse iterators.
 */
export function dictEntryAt(d: DictData, i: number, kind: number): PyObject | null {
  const k = d.keys[i];
  if (k === null) return null;
  const v = d.values[i]!;
  if (kind === 0) return newref(k);
  if (kind === 1) return newref(v);
  incref(k);
  incref(v);
  return dictIterHooks.makeTuple2(k, v);
}

function makeDictIterType(name: string): PyObject {
  return makeStaticType(name, null, {
    tp_flags: TypeFlags.HAVE_GC,
    tp_basicsize: 72,
    tp_dealloc: (o) => {
      if (o.a !== null) decref(o.a as PyObject);
    },
    tp_iternext: (it) => {
      const dictObj = it.a as PyObject | null;
      if (dictObj === null) return null;
      const d = dictObj.a as DictData;
      const st = it.b as DictIterState;
      if (d.used !== st.used) {
        it.a = null;
        decref(dictObj);
        raise('RuntimeError', 'dictionary changed size during iteration');
      }
      while (it.v < d.keys.length) {
        const i = it.v++;
        const entry = dictEntryAt(d, i, st.kind);
        if (entry !== null) return entry;
      }
      it.a = null;
      decref(dictObj);
      return null;
    },
  });
}

export const DictKeyIterType = makeDictIterType('dict_keyiterator');
export const DictValueIterType = makeDictIterType('dict_valueiterator');
export const DictItemIterType = makeDictIterType('dict_itemiterator');

export function dictIter(o: PyObject, kind: 0 | 1 | 2): PyObject {
  incref(o);
  const t = kind === 0 ? DictKeyIterType : kind === 1 ? DictValueIterType : DictItemIterType;
  return new PyObject(t, 0, o, new DictIterState(kind, (o.a as DictData).used));
}
td(DictType).tp_iter = (o) => dictIter(o, 0);
