/**
 * dict's methods (get, keys, items, pop, setdefault, update...) and its
 * view objects (dict_keys, dict_values, dict_items), installed into the
 * type namespace. Views are live: they hold the dict and iterate it.
 */

import { PyObject, decref, incref, newref } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { raise, raiseWithArg } from './errors';
import { newInt } from './int';
import { None } from './none';
import { fromBool } from './bool';
import { newTuple } from './tuple';
import { DictType, DictData, dictGetItem, dictSetItem, dictPop, dictPopLast, dictClear, dictCopy, dictItems, dictIter, newDict, isDict, dictLookup } from './dict';
import { addMethods } from './methodobject';
import { argRange, noArgs, splitKwargs } from './args';
import * as abs from './abstract';

function makeView(name: string, kind: 0 | 1 | 2): PyObject {
  const t: PyObject = makeStaticType(name, null, {
    tp_flags: TypeFlags.HAVE_GC,
    tp_basicsize: 32,
    tp_dealloc: (o) => decref(o.a as PyObject),
    tp_iter: (o) => dictIter(o.a as PyObject, kind),
    mp_length: (o) => ((o.a as PyObject).a as DictData).used,
    tp_repr: (o) => {
      const parts: string[] = [];
      for (const [k, v] of dictItems(o.a as PyObject)) {
        parts.push(kind === 0 ? abs.repr(k) : kind === 1 ? abs.repr(v) : `(${abs.repr(k)}, ${abs.repr(v)})`);
      }
      return `${name}([${parts.join(', ')}])`;
    },
    sq_contains: (o, x) => {
      const d = o.a as PyObject;
      if (kind === 0) return dictLookup(d.a as DictData, x) >= 0;
      if (kind === 1) {
        for (const [, v] of dictItems(d)) if (abs.richCompareBool(v, x, 2)) return true;
        return false;
      }
      const pair = x.a as PyObject[];
      if (!Array.isArray(pair) || pair.length !== 2) return false;
      const v = dictGetItem(d, pair[0]);
      return v !== null && abs.richCompareBool(v, pair[1], 2);
    },
  });
  return t;
}

export const DictKeysType = makeView('dict_keys', 0);
export const DictValuesType = makeView('dict_values', 1);
export const DictItemsType = makeView('dict_items', 2);

function view(t: PyObject, d: PyObject): PyObject {
  incref(d);
  return new PyObject(t, 0, d, null);
}

addMethods(DictType, {
  get: (self, args, kw) => {
    argRange('get', args, kw, 1, 2);
    const v = dictGetItem(self, args[0]);
    return newref(v ?? args[1] ?? None);
  },
  keys: (self, args, kw) => {
    noArgs('keys', args, kw);
    return view(DictKeysType, self);
  },
  values: (self, args, kw) => {
    noArgs('values', args, kw);
    return view(DictValuesType, self);
  },
  items: (self, args, kw) => {
    noArgs('items', args, kw);
    return view(DictItemsType, self);
  },
  pop: (self, args, kw) => {
    argRange('pop', args, kw, 1, 2);
    const v = dictPop(self, args[0]);
    if (v !== null) return v;
    if (args.length > 1) return newref(args[1]);
    raiseWithArg('KeyError', args[0]);
  },
  popitem: (self, args, kw) => {
    noArgs('popitem', args, kw);
    const p = dictPopLast(self);
    if (p === null) raise('KeyError', 'popitem(): dictionary is empty');
    return newTuple(p);
  },
  setdefault: (self, args, kw) => {
    argRange('setdefault', args, kw, 1, 2);
    const v = dictGetItem(self, args[0]);
    if (v !== null) return newref(v);
    const d = args[1] ?? None;
    dictSetItem(self, args[0], d);
    return newref(d);
  },
  update: (self, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    if (pos.length > 1) raise('TypeError', `update expected at most 1 argument, got ${pos.length}`);
    if (pos.length === 1) dictMergeHook.merge(self, pos[0]);
    for (const [k, v] of kw) {
      const ks = abs.StrType && newStrHook.make(k);
      dictSetItem(self, ks, v);
      decref(ks);
    }
    return None;
  },
  clear: (self, args, kw) => {
    noArgs('clear', args, kw);
    dictClear(self);
    return None;
  },
  copy: (self, args, kw) => {
    noArgs('copy', args, kw);
    return dictCopy(self);
  },
  __contains__: (self, args) => fromBool(dictLookup(self.a as DictData, args[0]) >= 0),
  __len__: (self) => newInt((self.a as DictData).used),
});

/** dict.update's merge is defined with the constructors (modules/builtinTypes.ts). */
export const dictMergeHook: { merge: (self: PyObject, src: PyObject) => void } = {
  merge: (self, src) => {
    if (!isDict(src)) raise('TypeError', `'${abs.typeNameOf(src)}' object is not iterable`);
    for (const [k, v] of Array.from(dictItems(src))) dictSetItem(self, k, v);
  },
};
const newStrHook = { make: (s: string) => abs.callHooks && strOf(s) };
import { newStr as strOf } from './str';
export { newDict };
