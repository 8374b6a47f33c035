/**
 * dict's methods (get, pop, setdefault, update, fromkeys, keys/values/items
 * which return the views of dictview.ts...), installed into the type
 * namespace, and dict |= (dict_ior). It deliberately leaves the views and
 * the reverse iterators to dictview.ts.
 */

import { PyObject, decref, newref } from './object';
import { td } from './typeobject';
import { immortalize } from './object';
import { ClassMethodType } from './function';
import { newBuiltinFunction } from './methodobject';
import { DictKeysType, DictValuesType, DictItemsType, newView, dictReversed } from './dictview';
import { raise, raiseWithArg } from './errors';
import { newInt } from './int';
import { None } from './none';
import { fromBool } from './bool';
import { newTuple } from './tuple';
import { DictType, DictData, dictGetItem, dictSetItem, dictPop, dictPopLast, dictClear, dictCopy, dictItems, newDict, isDict, dictLookup } from './dict';
import { addMethods } from './methodobject';
import { argRange, noArgs, splitKwargs } from './args';
import * as abs from './abstract';

function view(t: PyObject, d: PyObject): PyObject {
  return newView(t, d);
}

/** dict.fromkeys: a classmethod; exact dicts are filled directly, subclasses through __setitem__. */
function fromkeys(cls: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  argRange('fromkeys', args, kw, 1, 2);
  const value = args[1] ?? None;
  const d = abs.call(cls, [], null);
  try {
    const keys = abs.iterToArray(args[0]);
    try {
      for (const k of keys) {
        if (d.ob_type === DictType) dictSetItem(d, k, value);
        else abs.setItem(d, k, value);
      }
    } finally {
      for (const k of keys) decref(k);
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}
td(DictType).tp_dict.set('fromkeys', immortalize(new PyObject(ClassMethodType, 0, newBuiltinFunction('fromkeys', (_s, args, kw) => fromkeys(args[0], args.slice(1), kw)), null)));

/** dict |= other accepts any mapping or iterable of pairs (dict_ior). */
td(DictType).nb_inplace_or = (a, b) => {
  dictMergeHook.merge(a, b);
  return newref(a);
};
td(DictType).nb_inplace[7] = td(DictType).nb_inplace_or;

addMethods(DictType, {
  get: (self, args, kw) => {
    argRange('get', args, kw, 1, 2);
    const v = dictGetItem(self, args[0]);
    return newref(v ?? args[1] ?? None);
  },
  keys: (self, args, kw) => {
    noArgs('dict.keys', args, kw);
    return view(DictKeysType, self);
  },
  values: (self, args, kw) => {
    noArgs('dict.values', args, kw);
    return view(DictValuesType, self);
  },
  items: (self, args, kw) => {
    noArgs('dict.items', args, kw);
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
    noArgs('dict.popitem', args, kw);
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
    noArgs('dict.clear', args, kw);
    dictClear(self);
    return None;
  },
  copy: (self, args, kw) => {
    noArgs('dict.copy', args, kw);
    return dictCopy(self);
  },
  __reversed__: (self, args, kw) => {
    noArgs('dict.__reversed__', args, kw);
    return dictReversed(self, 0);
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
