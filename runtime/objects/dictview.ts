/**
 * dict views (dict_keys, dict_values, dict_items) and dict's reverse
 * iterators. Views are live: `a` holds the dict (owned). Keys and items
 * views are set-like as in CPython's dictobject.c: comparisons with sets
 * and other views, the | & - ^ operators (results are sets, built the way
 * dictviews_to_set and _PyDictView_Intersect build them), isdisjoint().
 * It deliberately leaves out the `mapping` attribute (no mappingproxy yet).
 */

import { PyObject, decref, incref } from './object';
import { makeStaticType, TypeFlags, isSubtype } from './typeobject';
import { raise } from './errors';
import { NotImplemented } from './int';
import { True, False } from './bool';
import { reprStack } from './protocol';
import { DictData, dictGetItem, dictItems, dictIter, dictLookup, dictEntryAt } from './dict';
import { addMethods } from './methodobject';
import { oneArg, noArgs } from './args';
import { SetType, FrozenSetType, makeNewSet, setUpdateInternal, setDifferenceUpdate, setSymmetricDifferenceUpdate, setContains, setAddKey } from './set';
import * as abs from './abstract';

function viewDict(o: PyObject): PyObject {
  return o.a as PyObject;
}

function viewRepr(o: PyObject, name: string, kind: number): string {
  if (reprStack.has(o)) return '...';
  reprStack.add(o);
  try {
    const parts: string[] = [];
    for (const [k, v] of dictItems(viewDict(o))) {
      parts.push(kind === 0 ? abs.repr(k) : kind === 1 ? abs.repr(v) : `(${abs.repr(k)}, ${abs.repr(v)})`);
    }
    return `${name}([${parts.join(', ')}])`;
  } finally {
    reprStack.delete(o);
  }
}

function viewContains(o: PyObject, x: PyObject, kind: number): boolean {
  const d = viewDict(o);
  if (kind === 0) return dictLookup(d.a as DictData, x) >= 0;
  if (kind === 1) {
    for (const [, v] of Array.from(dictItems(d))) if (abs.richCompareBool(v, x, 2)) return true;
    return false;
  }
  if (abs.typeNameOf(x) !== 'tuple' && !(x.ob_type.a.tp_flags & TypeFlags.TUPLE_SUBCLASS)) return false;
  const pair = x.a as PyObject[];
  if (pair.length !== 2) return false;
  const v = dictGetItem(d, pair[0]);
  return v !== null && abs.richCompareBool(v, pair[1], 2);
}

function isSetLikeView(o: PyObject): boolean {
  return o.ob_type === DictKeysType || o.ob_type === DictItemsType;
}
function isAnySetOrView(o: PyObject): boolean {
  return o.ob_type === SetType || o.ob_type === FrozenSetType || isSubtype(o.ob_type, SetType) || isSubtype(o.ob_type, FrozenSetType) || isSetLikeView(o);
}

/** all_contained_in: every item of `a` is `in` b. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = abs.getIter(a);
  try {
    for (;;) {
      const x = abs.iterNext(it);
      if (x === null) return true;
      const ok = abs.contains(b, x);
      decref(x);
      if (!ok) return false;
    }
  } finally {
    decref(it);
  }
}

function viewRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isAnySetOrView(b)) return NotImplemented;
  const la = abs.length(a), lb = abs.length(b);
  let r: boolean;
  switch (op) {
    case 2: case 3: r = la === lb && allContainedIn(a, b); if (op === 3) r = !r; break;
    case 0: r = la < lb && allContainedIn(a, b); break;
    case 1: r = la <= lb && allContainedIn(a, b); break;
    case 4: r = la > lb && allContainedIn(b, a); break;
    default: r = la >= lb && allContainedIn(b, a); break;
  }
  return r ? True : False;
}

/** dictviews_to_set: a keys view becomes a set built from its dict (presized), others by iteration. */
function toSet(o: PyObject): PyObject {
  return makeNewSet(SetType, o.ob_type === DictKeysType ? viewDict(o) : o);
}

function viewsAnd(a: PyObject, b: PyObject): PyObject {
  let self = a, other = b;
  if (!isSetLikeView(self)) [self, other] = [other, self];
  const lenSelf = abs.length(self);
  if (other.ob_type === SetType && lenSelf <= abs.length(other)) return abs.callMethod(other, 'intersection', [self]);
  if (isSetLikeView(other) && abs.length(other) > lenSelf) [self, other] = [other, self];
  const result = makeNewSet(SetType, null);
  try {
    const it = abs.getIter(other);
    try {
      for (;;) {
        const x = abs.iterNext(it);
        if (x === null) break;
        try {
          if (viewContains(self, x, self.ob_type === DictKeysType ? 0 : 2)) setAddKey(result, x);
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function withSet(a: PyObject, f: (s: PyObject) => void): PyObject {
  const s = toSet(a);
  try {
    f(s);
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

function makeView(name: string, kind: 0 | 1 | 2): PyObject {
  const setLike = kind !== 1;
  return makeStaticType(name, null, {
    tp_flags: TypeFlags.HAVE_GC,
    tp_basicsize: 40,
    tp_dealloc: (o) => decref(o.a as PyObject),
    tp_iter: (o) => dictIter(viewDict(o), kind),
    mp_length: (o) => (viewDict(o).a as DictData).used,
    tp_repr: (o) => viewRepr(o, name, kind),
    sq_contains: (o, x) => viewContains(o, x, kind),
    tp_hash: setLike ? () => raise('TypeError', `unhashable type: '${name}'`) : null,
    tp_richcompare: setLike ? viewRichCompare : null,
    nb_or: setLike ? (a, b) => withSet(a, (s) => setUpdateInternal(s.a, b)) : null,
    nb_and: setLike ? viewsAnd : null,
    nb_subtract: setLike ? (a, b) => withSet(a, (s) => setDifferenceUpdate(s, b)) : null,
    nb_xor: setLike ? (a, b) => withSet(a, (s) => setSymmetricDifferenceUpdate(s, b)) : null,
  });
}

export const DictKeysType = makeView('dict_keys', 0);
export const DictValuesType = makeView('dict_values', 1);
export const DictItemsType = makeView('dict_items', 2);

export function newView(t: PyObject, d: PyObject): PyObject {
  incref(d);
  return new PyObject(t, 0, d, null);
}

function isDisjoint(self: PyObject, other: PyObject): boolean {
  if (self === other) return abs.length(self) === 0;
  const kind = self.ob_type === DictKeysType ? 0 : 2;
  if (isAnySetOrView(other) && abs.length(other) > abs.length(self)) {
    return !Array.from(viewItemsOwned(self)).some((x) => {
      try {
        return abs.contains(other, x);
      } finally {
        decref(x);
      }
    });
  }
  const it = abs.getIter(other);
  try {
    for (;;) {
      const x = abs.iterNext(it);
      if (x === null) return true;
      const c = viewContains(self, x, kind);
      decref(x);
      if (c) return false;
    }
  } finally {
    decref(it);
  }
}

function* viewItemsOwned(v: PyObject): Generator<PyObject> {
  const it = abs.getIter(v);
  try {
    for (;;) {
      const x = abs.iterNext(it);
      if (x === null) return;
      yield x;
    }
  } finally {
    decref(it);
  }
}
void setContains;

for (const t of [DictKeysType, DictItemsType]) {
  addMethods(t, {
    isdisjoint: (self, args, kw) => (isDisjoint(self, oneArg('isdisjoint', args, kw)) ? True : False),
  });
}

/** dict_reverse{key,value,item}iterator: `a` the dict (owned), `v` the next position, `b` [kind, used seen]. */
function makeRevIterType(name: string): PyObject {
  return makeStaticType(name, null, {
    tp_flags: TypeFlags.HAVE_GC,
    tp_basicsize: 64,
    tp_dealloc: (o) => {
      if (o.a !== null) decref(o.a as PyObject);
    },
    tp_iternext: (it) => {
      const dictObj = it.a as PyObject | null;
      if (dictObj === null) return null;
      const d = dictObj.a as DictData;
      const [kind, used] = it.b as number[];
      if (d.used !== used) {
        it.a = null;
        decref(dictObj);
        raise('RuntimeError', 'dictionary changed size during iteration');
      }
      while (it.v >= 0) {
        const i = it.v--;
        if (i >= d.keys.length) continue;
        const entry = dictEntryAt(d, i, kind);
        if (entry !== null) return entry;
      }
      it.a = null;
      decref(dictObj);
      return null;
    },
  });
}

export const DictRevKeyIterType = makeRevIterType('dict_reversekeyiterator');
export const DictRevValueIterType = makeRevIterType('dict_reversevalueiterator');
export const DictRevItemIterType = makeRevIterType('dict_reverseitemiterator');

export function dictReversed(d: PyObject, kind: 0 | 1 | 2): PyObject {
  incref(d);
  const t = kind === 0 ? DictRevKeyIterType : kind === 1 ? DictRevValueIterType : DictRevItemIterType;
  const data = d.a as DictData;
  return new PyObject(t, data.keys.length - 1, d, [kind, data.used]);
}

addMethods(DictKeysType, { __reversed__: (self, args, kw) => { noArgs('__reversed__', args, kw); return dictReversed(viewDict(self), 0); } });
addMethods(DictValuesType, { __reversed__: (self, args, kw) => { noArgs('__reversed__', args, kw); return dictReversed(viewDict(self), 1); } });
addMethods(DictItemsType, { __reversed__: (self, args, kw) => { noArgs('__reversed__', args, kw); return dictReversed(viewDict(self), 2); } });
