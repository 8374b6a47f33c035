/**
 * Constructors of the builtin types (int(), float(), str(), bool(), list(),
 * tuple(), dict(), range(), slice()) installed as their tp_new, plus the
 * iterator types builtins return (enumerate, zip, map, filter, reversed).
 * Lives apart from the type files because constructors need the generic
 * protocol (iteration, __index__, __str__) that those files cannot import.
 */

import { PyObject, decref, incref, newref } from '../objects/object';
import { td, typeData, makeStaticType, TypeFlags, TypeType, isSubtype } from '../objects/typeobject';
import { raise } from '../objects/errors';
import { IntType, newInt, intFromString, isInt, newIntBig, intBig } from '../objects/int';
import { FloatType, newFloat, floatFromString, floatToInt } from '../objects/float';
import { BoolType, fromBool } from '../objects/bool';
import { None } from '../objects/none';
import { StrType, newStr, isStr, EmptyStr } from '../objects/str';
import { TupleType, newTuple, isTuple, EmptyTuple } from '../objects/tuple';
import { ListType, ListRevIterType, isList } from '../objects/list';
import { DictType, newDict, dictSetItem, isDict, dictItems, dictUpdate } from '../objects/dict';
import { RangeType, newRange, rangeReversed } from '../objects/range';
import { SliceType, newSlice } from '../objects/slice';
import { splitKwargs, checkKwargs } from '../objects/args';
import * as abs from '../objects/abstract';
import { dictMergeHook } from '../objects/dictMethods';
import { strFromEncoded } from '../objects/codecs';

function subtypeInstance(type: PyObject, base: PyObject, v: number, a: unknown): PyObject {
  const o = new PyObject(type, v, a, null);
  if (type !== base && td(type).tp_flags & TypeFlags.HEAPTYPE) incref(type);
  return o;
}

td(IntType).tp_new = (type, args, kwnames) => {
  const [pos, kw] = splitKwargs(args, kwnames);
  for (const k of kw.keys()) if (k !== 'base') raise('TypeError', `'${k}' is an invalid keyword argument for int()`);
  let r: PyObject;
  const baseArg = pos[1] ?? kw.get('base');
  if (pos.length > 2) raise('TypeError', `int() takes at most 2 arguments (${pos.length} given)`);
  if (pos.length === 0) r = newInt(0);
  else if (baseArg !== undefined) {
    const b = abs.indexOf(baseArg);
    if (!isStr(pos[0])) raise('TypeError', "int() can't convert non-string with explicit base");
    if (b !== 0 && (b < 2 || b > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    r = intFromString(pos[0].a as string, b);
  } else {
    const x = pos[0];
    if (isStr(x)) r = intFromString(x.a as string, 10);
    else if (x.ob_type === FloatType) r = floatToInt(x.v);
    else if (isInt(x)) r = x.v === x.v ? newInt(x.v) : newIntBig(x.a as bigint);
    else {
      const d = typeData(x);
      const f = d.nb_int ?? d.nb_index;
      if (f === null) raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${d.tp_name}'`);
      r = f(x);
    }
  }
  if (type === IntType) return r;
  const o = subtypeInstance(type, IntType, r.v, r.a);
  decref(r);
  return o;
};

td(FloatType).tp_new = (type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'float() takes no keyword arguments');
  if (args.length > 1) raise('TypeError', `float expected at most 1 argument, got ${args.length}`);
  let r: PyObject;
  if (args.length === 0) r = newFloat(0);
  else {
    const x = args[0];
    if (x.ob_type === FloatType) r = newref(x);
    else if (isStr(x)) r = floatFromString(x.a as string);
    else if (isInt(x)) r = newFloat(Number(intBig(x)));
    else {
      const f = typeData(x).nb_float;
      if (f === null) raise('TypeError', `float() argument must be a string or a real number, not '${typeData(x).tp_name}'`);
      r = f(x);
    }
  }
  if (!isFinite(r.v) && isInt(args[0] ?? r) && args.length > 0 && args[0].ob_type !== FloatType) {
    decref(r);
    raise('OverflowError', 'int too large to convert to float');
  }
  if (type === FloatType) return r;
  const o = subtypeInstance(type, FloatType, r.v, null);
  decref(r);
  return o;
};

td(StrType).tp_new = (type, args, kwnames) => {
  const [pos, kw] = splitKwargs(args, kwnames);
  checkKwargs('str', kw, ['object', 'encoding', 'errors']);
  const x = pos[0] ?? kw.get('object');
  const enc = pos[1] ?? kw.get('encoding'), errs = pos[2] ?? kw.get('errors');
  const s = x === undefined ? '' : enc !== undefined || errs !== undefined ? strFromEncoded(x, enc, errs) : abs.str(x);
  if (type === StrType) return newStr(s);
  const tmp = newStr(s);
  const o = subtypeInstance(type, StrType, tmp.v, s);
  decref(tmp);
  return o;
};

td(BoolType).tp_new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'bool() takes no keyword arguments');
  if (args.length > 1) raise('TypeError', `bool expected at most 1 argument, got ${args.length}`);
  return fromBool(args.length === 1 && abs.isTrue(args[0]));
};

td(ListType).tp_new = (type) => subtypeInstance(type, ListType, 0, []);
td(ListType).tp_init = (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'list() takes no keyword arguments');
  if (args.length > 1) raise('TypeError', `list expected at most 1 argument, got ${args.length}`);
  const old = self.a as PyObject[];
  self.a = [];
  self.v = 0;
  for (const x of old) decref(x);
  if (args.length === 1) {
    const items = abs.iterToArray(args[0]);
    self.a = items;
    // list(sized) preallocates exactly; other iterables grow by appends.
    const sized = typeData(args[0]).mp_length !== null;
    self.v = sized ? (items.length + 1) & ~1 : growCapacity(items.length);
  }
};

function growCapacity(n: number): number {
  let allocated = 0;
  for (let size = 0; size < n; size++) {
    if (allocated < size + 1) {
      const ns = size + 1;
      let na = (ns + (ns >> 3) + 6) & ~3;
      if (ns - size > na - ns) na = (ns + 3) & ~3;
      allocated = na;
    }
  }
  return allocated;
}

td(TupleType).tp_new = (type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'tuple() takes no keyword arguments');
  if (args.length > 1) raise('TypeError', `tuple expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return type === TupleType ? EmptyTuple : subtypeInstance(type, TupleType, 0, []);
  if (args[0].ob_type === TupleType && type === TupleType) return newref(args[0]);
  const items = abs.iterToArray(args[0]);
  return type === TupleType ? newTuple(items) : subtypeInstance(type, TupleType, 0, items);
};

td(DictType).tp_new = (type) => {
  const d = newDict();
  if (type !== DictType) {
    d.ob_type = type;
    if (td(type).tp_flags & TypeFlags.HEAPTYPE) incref(type);
  }
  return d;
};
td(DictType).tp_init = (self, args, kwnames) => {
  const [pos, kw] = splitKwargs(args, kwnames);
  if (pos.length > 1) raise('TypeError', `dict expected at most 1 argument, got ${pos.length}`);
  if (pos.length === 1) dictMerge(self, pos[0]);
  for (const [k, v] of kw) {
    const ks = newStr(k);
    dictSetItem(self, ks, v);
    decref(ks);
  }
};

/** dict.update / dict(x): from a mapping or an iterable of pairs. */
export function dictMerge(self: PyObject, src: PyObject): void {
  if (isDict(src)) {
    dictUpdate(self, src);
    return;
  }
  const items = abs.iterToArray(src);
  try {
    items.forEach((item, i) => {
      let pair: PyObject[];
      if (isTuple(item) || isList(item)) pair = item.a as PyObject[];
      else {
        const d = typeData(item);
        if (d.tp_iter === null && d.tp_iternext === null) raise('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
        pair = abs.iterToArray(item);
        for (const x of pair) decref(x);
      }
      if (pair.length !== 2) raise('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
      dictSetItem(self, pair[0], pair[1]);
    });
  } finally {
    for (const x of items) decref(x);
  }
}

dictMergeHook.merge = dictMerge;

td(RangeType).tp_new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'range() takes no keyword arguments');
  if (args.length === 0) raise('TypeError', 'range expected at least 1 argument, got 0');
  if (args.length > 3) raise('TypeError', `range expected at most 3 arguments, got ${args.length}`);
  const n = args.map((a) => abs.indexOf(a));
  if (n.length === 1) return newRange(0, n[0], 1);
  return newRange(n[0], n[1], n.length === 3 ? n[2] : 1);
};

td(SliceType).tp_new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'slice() takes no keyword arguments');
  if (args.length === 0) raise('TypeError', 'slice expected at least 1 argument, got 0');
  if (args.length > 3) raise('TypeError', `slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(None, args[0], None);
  return newSlice(args[0], args[1], args[2] ?? None);
};

// ------------------------------------------------------------ iterator types

function iterType(name: string, next: (it: PyObject) => PyObject | null): PyObject {
  return makeStaticType(name, null, {
    tp_flags: TypeFlags.HAVE_GC,
    tp_basicsize: 48,
    tp_dealloc: (o) => {
      for (const x of o.a as PyObject[]) decref(x);
      o.a = [];
    },
    tp_iternext: next,
    tp_new: null,
  });
}

/** enumerate: a = [iterator], v = next count. */
export const EnumerateType = iterType('enumerate', (it) => {
  const x = abs.iterNext((it.a as PyObject[])[0]);
  if (x === null) return null;
  return newTuple([newInt(it.v++), x]);
});
td(EnumerateType).tp_new = (_t, args, kwnames) => {
  const [pos, kw] = splitKwargs(args, kwnames);
  checkKwargs('enumerate', kw, ['iterable', 'start']);
  const iterable = pos[0] ?? kw.get('iterable');
  if (iterable === undefined) raise('TypeError', "enumerate() missing required argument 'iterable'");
  const start = pos[1] ?? kw.get('start');
  return new PyObject(EnumerateType, start === undefined ? 0 : abs.indexOf(start), [abs.getIter(iterable)], null);
};

/** zip: a = iterators; v = 1 when strict. */
export const ZipType = iterType('zip', (it) => {
  const its = it.a as PyObject[];
  if (its.length === 0) return null;
  const out: PyObject[] = [];
  for (const i of its) {
    const x = abs.iterNext(i);
    if (x === null) {
      for (const y of out) decref(y);
      return null;
    }
    out.push(x);
  }
  return newTuple(out);
});
td(ZipType).tp_new = (_t, args, kwnames) => {
  const [pos] = splitKwargs(args, kwnames);
  const its: PyObject[] = [];
  pos.forEach((a, i) => {
    const d = typeData(a);
    if (d.tp_iter === null && d.tp_iternext === null) {
      for (const x of its) decref(x);
      raise('TypeError', `zip argument #${i + 1} must support iteration`);
    }
    its.push(abs.getIter(a));
  });
  return new PyObject(ZipType, 0, its, null);
};

/** map: a = [func, iterators...]. */
export const MapType = iterType('map', (it) => {
  const [f, ...its] = it.a as PyObject[];
  const args: PyObject[] = [];
  for (const i of its) {
    const x = abs.iterNext(i);
    if (x === null) {
      for (const y of args) decref(y);
      return null;
    }
    args.push(x);
  }
  try {
    return abs.call(f, args, null);
  } finally {
    for (const y of args) decref(y);
  }
});
td(MapType).tp_new = (_t, args) => {
  if (args.length < 2) raise('TypeError', 'map() must have at least two arguments.');
  return new PyObject(MapType, 0, [newref(args[0]), ...args.slice(1).map((a) => abs.getIter(a))], null);
};

/** filter: a = [func or None, iterator]. */
export const FilterType = iterType('filter', (it) => {
  const [f, i] = it.a as PyObject[];
  for (;;) {
    const x = abs.iterNext(i);
    if (x === null) return null;
    let ok: boolean;
    if (f === None) ok = abs.isTrue(x);
    else {
      const r = abs.call(f, [x], null);
      ok = abs.isTrue(r);
      decref(r);
    }
    if (ok) return x;
    decref(x);
  }
});
td(FilterType).tp_new = (_t, args) => {
  if (args.length !== 2) raise('TypeError', `filter expected 2 arguments, got ${args.length}`);
  return new PyObject(FilterType, 0, [newref(args[0]), abs.getIter(args[1])], null);
};

/** reversed(seq): list and range have their own reverse iterators; sequences use __getitem__. */
export const ReversedType = iterType('reversed', (it) => {
  if (it.v < 0) return null;
  const seq = (it.a as PyObject[])[0];
  const idx = newInt(it.v--);
  try {
    return abs.getItem(seq, idx);
  } finally {
    decref(idx);
  }
});
td(ReversedType).tp_new = (_t, args) => {
  if (args.length !== 1) raise('TypeError', `reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  if (seq.ob_type === ListType) {
    incref(seq);
    return new PyObject(ListRevIterType, (seq.a as PyObject[]).length - 1, seq, null);
  }
  if (seq.ob_type === RangeType) return rangeReversed(seq);
  const rev = typeData(seq).tp_dict.get('__reversed__');
  if (rev !== undefined) return abs.callMethod(seq, '__reversed__', []);
  if (typeData(seq).mp_subscript === null || typeData(seq).mp_length === null || isDict(seq)) {
    raise('TypeError', `'${typeData(seq).tp_name}' object is not reversible`);
  }
  return new PyObject(ReversedType, abs.length(seq) - 1, [newref(seq)], null);
};

export { TypeType, isSubtype, EmptyStr, dictItems, BoolType };

/** super: `a` holds [type, obj] (owned); attribute lookup starts after `type` in obj's MRO. */
export const superHooks: { zeroArg: () => [PyObject, PyObject] } = {
  zeroArg: () => raise('RuntimeError', 'super(): no arguments'),
};
export const SuperType: PyObject = makeStaticType('super', null, {
  tp_flags: TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  tp_basicsize: 48,
  tp_dealloc: (o) => {
    for (const x of o.a as PyObject[]) decref(x);
  },
  tp_new: (_t, args) => {
    const [type, obj] = args.length === 0 ? superHooks.zeroArg() : [args[0], args[1]];
    if (!(typeData(type).tp_flags & TypeFlags.TYPE_SUBCLASS)) raise('TypeError', `super() argument 1 must be a type, not ${abs.typeNameOf(type)}`);
    return new PyObject(SuperType, 0, [newref(type), newref(obj)], null);
  },
  tp_repr: (o) => {
    const [t, obj] = o.a as PyObject[];
    return `<super: <class '${td(t).tp_name}'>, <${abs.typeNameOf(obj)} object>>`;
  },
  tp_getattro: (o, name) => {
    const [t, obj] = o.a as PyObject[];
    const start = isSubtype(obj.ob_type, TypeType) && isSubtype(obj, t) ? obj : obj.ob_type;
    const mro = td(start).tp_mro;
    for (let i = mro.indexOf(t) + 1; i < mro.length; i++) {
      const v = td(mro[i]).tp_dict.get(name);
      if (v !== undefined) {
        const get = typeData(v).tp_descr_get;
        return get !== null ? get(v, obj === start ? null : obj, start) : newref(v);
      }
    }
    return abs.genericGetAttr(o, name);
  },
});
