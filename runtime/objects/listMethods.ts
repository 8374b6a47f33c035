/**
 * list's methods (append, pop, sort...), installed into its type namespace.
 * sort is a stable merge sort comparing with `<` through the generic
 * protocol (and key functions through the VM), raising CPython's errors;
 * the list appears empty while it is being sorted, as in CPython.
 */

import { PyObject, decref, incref, newref } from './object';
import { raise } from './errors';
import { newInt } from './int';
import { None } from './none';
import { False } from './bool';
import { ListType, listAppend, listResize, newList, listExtendHook, listSeqHook } from './list';
import { typeData } from './typeobject';
import { addMethods } from './methodobject';
import { argRange, noArgs, oneArg, splitKwargs } from './args';
import * as abs from './abstract';

export function sortList(l: PyObject, key: PyObject, reverse: PyObject): void {
  const items = l.a as PyObject[];
  l.a = [];
  const allocated = l.v;
  l.v = 0;
  let keys: PyObject[] | null = null;
  let ok = false;
  try {
    if (key !== None) {
      keys = [];
      for (const x of items) keys.push(abs.call(key, [x], null));
    }
    const idx = items.map((_, i) => i);
    const k = keys ?? items;
    const rev = abs.isTrue(reverse);
    const lt = (a: number, b: number) => abs.richCompareBool(k[a], k[b], 0);
    // Stable merge sort; reverse keeps equal elements in their original order.
    const sorted = mergeSort(idx, rev ? (a, b) => lt(b, a) : lt);
    const out = sorted.map((i) => items[i]);
    for (let i = 0; i < out.length; i++) items[i] = out[i];
    ok = true;
  } finally {
    if (keys !== null) for (const x of keys) decref(x);
    const added = l.a as PyObject[];
    l.a = items;
    l.v = allocated;
    if (added.length > 0) {
      for (const x of added) decref(x);
      // Only a sort that succeeded reports the mutation; a comparison's error wins (list_sort_impl).
      if (ok) raise('ValueError', 'list modified during sort');
    }
  }
}

/** list.sort's (and sorted's) keyword check, with its own message. */
export function checkSortKwargs(kw: Map<string, PyObject>): void {
  for (const k of kw.keys()) if (k !== 'key' && k !== 'reverse') raise('TypeError', `'${k}' is an invalid keyword argument for sort()`);
}

function mergeSort(a: number[], lt: (x: number, y: number) => boolean): number[] {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const left = mergeSort(a.slice(0, mid), lt), right = mergeSort(a.slice(mid), lt);
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < left.length && j < right.length) {
    if (lt(right[j], left[i])) out.push(right[j++]);
    else out.push(left[i++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}

/** list_extend: sized sources grow the list once; other iterables grow it append by append. */
export function listExtend(self: PyObject, src: PyObject): void {
  const items = abs.iterToArray(src);
  const arr = self.a as PyObject[];
  if (src.ob_type === ListType || typeData(src).mp_length !== null) {
    listResize(self, arr.length + items.length);
    for (const x of items) arr.push(x);
  } else for (const x of items) listAppend(self, x);
}
listExtendHook.extend = listExtend;
listSeqHook.fast = (o, msg) => {
  const d = typeData(o);
  if (d.tp_iter === null && d.tp_iternext === null) raise('TypeError', msg);
  return abs.iterToArray(o);
};

addMethods(ListType, {
  append: (self, args, kw) => {
    const x = oneArg('list.append', args, kw);
    incref(x);
    listAppend(self, x);
    return None;
  },
  extend: (self, args, kw) => {
    listExtend(self, oneArg('list.extend', args, kw));
    return None;
  },
  insert: (self, args, kw) => {
    argRange('insert', args, kw, 2, 2);
    const arr = self.a as PyObject[];
    let i = abs.indexOf(args[0]);
    if (i < 0) i = Math.max(0, i + arr.length);
    if (i > arr.length) i = arr.length;
    listResize(self, arr.length + 1);
    incref(args[1]);
    arr.splice(i, 0, args[1]);
    return None;
  },
  pop: (self, args, kw) => {
    argRange('pop', args, kw, 0, 1);
    const arr = self.a as PyObject[];
    if (arr.length === 0) raise('IndexError', 'pop from empty list');
    let i = args.length === 0 ? arr.length - 1 : abs.indexOf(args[0]);
    if (i < 0) i += arr.length;
    if (i < 0 || i >= arr.length) raise('IndexError', 'pop index out of range');
    const [x] = arr.splice(i, 1);
    listResize(self, arr.length);
    return x;
  },
  remove: (self, args, kw) => {
    const v = oneArg('list.remove', args, kw);
    const arr = self.a as PyObject[];
    for (let i = 0; i < arr.length; i++) {
      if (abs.richCompareBool(arr[i], v, 2)) {
        const [x] = arr.splice(i, 1);
        listResize(self, arr.length);
        decref(x);
        return None;
      }
    }
    raise('ValueError', 'list.remove(x): x not in list');
  },
  index: (self, args, kw) => {
    argRange('index', args, kw, 1, 3);
    const arr = self.a as PyObject[];
    const n = arr.length;
    let start = args.length > 1 ? abs.indexOf(args[1]) : 0;
    let stop = args.length > 2 ? abs.indexOf(args[2]) : n;
    if (start < 0) start = Math.max(0, start + n);
    if (stop < 0) stop = Math.max(0, stop + n);
    for (let i = start; i < Math.min(stop, arr.length); i++) if (abs.richCompareBool(arr[i], args[0], 2)) return newInt(i);
    raise('ValueError', `${abs.repr(args[0])} is not in list`);
  },
  count: (self, args, kw) => {
    const v = oneArg('list.count', args, kw);
    let c = 0;
    for (const x of (self.a as PyObject[]).slice()) if (abs.richCompareBool(x, v, 2)) c++;
    return newInt(c);
  },
  reverse: (self, args, kw) => {
    noArgs('list.reverse', args, kw);
    (self.a as PyObject[]).reverse();
    return None;
  },
  clear: (self, args, kw) => {
    noArgs('list.clear', args, kw);
    const arr = self.a as PyObject[];
    self.a = [];
    self.v = 0;
    for (const x of arr) decref(x);
    return None;
  },
  copy: (self, args, kw) => {
    noArgs('list.copy', args, kw);
    const items = (self.a as PyObject[]).slice();
    for (const x of items) incref(x);
    return newList(items);
  },
  sort: (self, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    if (pos.length > 0) raise('TypeError', 'sort() takes no positional arguments');
    checkSortKwargs(kw);
    sortList(self, kw.get('key') ?? None, kw.get('reverse') ?? False);
    return None;
  },
});

export { newref };
