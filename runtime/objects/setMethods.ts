/**
 * The named methods of set and frozenset (add, discard, pop, union,
 * intersection_update, issubset...) and their constructors, with CPython
 * 3.12's argument errors. Each method is a thin shell over the shared
 * operations in set.ts, so `a | b` and `a.union(b)` build their tables in
 * exactly the same order. It deliberately leaves out __reduce__ (no pickle).
 */

import { PyObject, decref, newref } from './object';
import { td } from './typeobject';
import { raise, raiseWithArg } from './errors';
import { None } from './none';
import { True, False } from './bool';
import { newInt } from './int';
import { addMethods } from './methodobject';
import { noArgs, noKwargs, oneArg } from './args';
import { objectSize } from './object';
import {
  SetType, FrozenSetType, isAnySet, makeNewSet, setCopy, setUpdateInternal, setIntersection,
  setIntersectionUpdate, setDifference, setDifferenceUpdate, setSymmetricDifference,
  setSymmetricDifferenceUpdate, setIsSubset, setIsSuperset, setContains, setDiscardKey, setAddKey,
} from './set';
import { SetData, Dummy, setClearTable, setEntries, setLookup, keyHash } from './setTable';
import * as abs from './abstract';

function unionMulti(self: PyObject, args: PyObject[]): PyObject {
  const result = setCopy(self);
  try {
    for (const other of args) if (other !== self) setUpdateInternal(result.a as SetData, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function intersectionMulti(self: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0) return setCopy(self);
  let result = newref(self);
  for (const other of args) {
    try {
      const r = setIntersection(result, other);
      decref(result);
      result = r;
    } catch (e) {
      decref(result);
      throw e;
    }
  }
  return result;
}

function differenceMulti(self: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0) return setCopy(self);
  const result = setDifference(self, args[0]);
  try {
    for (let i = 1; i < args.length; i++) setDifferenceUpdate(result, args[i]);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function isDisjoint(self: PyObject, other: PyObject): boolean {
  const sd = self.a as SetData;
  if (self === other) return sd.used === 0;
  if (other.ob_type === SetType || other.ob_type === FrozenSetType) {
    let a = self, b = other;
    if ((b.a as SetData).used > (a.a as SetData).used) [a, b] = [b, a];
    for (const [k, h] of setEntries(b.a as SetData)) if (setLookup(a.a as SetData, k, h) >= 0) return false;
    return true;
  }
  const it = abs.getIter(other);
  try {
    for (;;) {
      const x = abs.iterNext(it);
      if (x === null) return true;
      try {
        if (setLookup(sd, x, keyHash(x)) >= 0) return false;
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** Methods both types share (frozenset's table is a subset of set's). */
function common(owner: string): Record<string, (self: PyObject, args: PyObject[], kw: readonly string[] | null) => PyObject> {
  return {
    __contains__: (self, args, kw) => (setContains(self, oneArg(`${owner}.__contains__`, args, kw)) ? True : False),
    copy: (self, args, kw) => {
      noArgs(`${owner}.copy`, args, kw);
      if (self.ob_type === FrozenSetType) return newref(self);
      return owner === 'frozenset' ? makeNewSet(FrozenSetType, self) : setCopy(self);
    },
    union: (self, args, kw) => {
      noKwargs(`${owner}.union`, kw);
      return unionMulti(self, args);
    },
    intersection: (self, args, kw) => {
      noKwargs(`${owner}.intersection`, kw);
      return intersectionMulti(self, args);
    },
    difference: (self, args, kw) => {
      noKwargs(`${owner}.difference`, kw);
      return differenceMulti(self, args);
    },
    symmetric_difference: (self, args, kw) => setSymmetricDifference(self, oneArg(`${owner}.symmetric_difference`, args, kw)),
    issubset: (self, args, kw) => (setIsSubset(self, oneArg(`${owner}.issubset`, args, kw)) ? True : False),
    issuperset: (self, args, kw) => (setIsSuperset(self, oneArg(`${owner}.issuperset`, args, kw)) ? True : False),
    isdisjoint: (self, args, kw) => (isDisjoint(self, oneArg(`${owner}.isdisjoint`, args, kw)) ? True : False),
    __sizeof__: (self, args, kw) => {
      noArgs(`${owner}.__sizeof__`, args, kw);
      return newInt(objectSize(self) - 16);
    },
  };
}

addMethods(FrozenSetType, common('frozenset'));
addMethods(SetType, {
  ...common('set'),
  add: (self, args, kw) => {
    setAddKey(self, oneArg('set.add', args, kw));
    return None;
  },
  discard: (self, args, kw) => {
    setDiscardKey(self, oneArg('set.discard', args, kw));
    return None;
  },
  remove: (self, args, kw) => {
    const key = oneArg('set.remove', args, kw);
    if (!setDiscardKey(self, key)) raiseWithArg('KeyError', key);
    return None;
  },
  pop: (self, args, kw) => {
    noArgs('set.pop', args, kw);
    const so = self.a as SetData;
    if (so.used === 0) raise('KeyError', 'pop from an empty set');
    let i = so.finger & so.mask;
    while (so.keys[i] === null || so.keys[i] === Dummy) {
      i++;
      if (i > so.mask) i = 0;
    }
    const key = so.keys[i]!;
    so.keys[i] = Dummy;
    so.hashes[i] = -1;
    so.used--;
    so.finger = i + 1;
    return key;
  },
  clear: (self, args, kw) => {
    noArgs('set.clear', args, kw);
    setClearTable(self.a as SetData);
    return None;
  },
  update: (self, args, kw) => {
    noKwargs('set.update', kw);
    for (const other of args) setUpdateInternal(self.a as SetData, other);
    return None;
  },
  intersection_update: (self, args, kw) => {
    noKwargs('set.intersection_update', kw);
    const tmp = intersectionMulti(self, args);
    try {
      swapBodies(self, tmp);
    } finally {
      decref(tmp);
    }
    return None;
  },
  difference_update: (self, args, kw) => {
    noKwargs('set.difference_update', kw);
    for (const other of args) setDifferenceUpdate(self, other);
    return None;
  },
  symmetric_difference_update: (self, args, kw) => {
    setSymmetricDifferenceUpdate(self, oneArg('set.symmetric_difference_update', args, kw));
    return None;
  },
});

/** set_swap_bodies: the set takes `tmp`'s table, and `tmp` takes the old one (to release it). */
function swapBodies(self: PyObject, tmp: PyObject): void {
  const old = self.a as SetData;
  self.a = tmp.a;
  (self.a as SetData).hash = null;
  tmp.a = old;
}
void setIntersectionUpdate;

td(SetType).tp_new = (type, _args, kwnames) => {
  if (type === SetType && kwnames !== null && kwnames.length > 0) raise('TypeError', 'set() takes no keyword arguments');
  return makeNewSet(type, null);
};
td(SetType).tp_init = (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'set() takes no keyword arguments');
  if (args.length > 1) raise('TypeError', `${td(self.ob_type).tp_name} expected at most 1 argument, got ${args.length}`);
  const so = self.a as SetData;
  if (so.fill > 0) setClearTable(so);
  so.hash = null;
  if (args.length === 1) setUpdateInternal(so, args[0]);
};

td(FrozenSetType).tp_new = (type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0 && type === FrozenSetType) raise('TypeError', 'frozenset() takes no keyword arguments');
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 1) raise('TypeError', `${td(type).tp_name} expected at most 1 argument, got ${npos}`);
  const iterable = npos === 1 ? args[0] : null;
  if (type === FrozenSetType && iterable !== null && iterable.ob_type === FrozenSetType) return newref(iterable);
  return makeNewSet(type, iterable);
};

export { isAnySet };
