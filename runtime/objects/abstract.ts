/**
 * The generic object protocol (CPython's Objects/abstract.c and object.c):
 * repr/str/hash, rich comparison with reflected operands, binary operators
 * through the nb slot table, attribute access (PyObject_GenericGetAttr),
 * iteration, calls, subscripting, truth. Every function follows CPython's
 * ownership rule: arguments borrowed, results new references.
 *
 * Calls into Python code (a user __eq__, a key function) go through
 * `callHooks.call`, which the VM installs; such calls run to completion on a
 * nested eval loop and cannot be suspended by the debugger (documented
 * limitation of this slice). This file also installs the late-bound hooks
 * of typeobject.ts, protocol.ts and dict.ts.
 */

import { PyObject, decref, incref, newref, ensureAddress } from './object';
import { ObjectType, TypeType, objectHooks, td, typeData, typeLookup, isSubtype, TypeFlags, finishBootstrap, type TypeData } from './typeobject';
import { raise, raiseWithArg, PyErr } from './errors';
import { NotImplemented, IntType, isInt, intAsIndex } from './int';
import { FloatType, floatHashBig } from './float';
import { True, False, fromBool } from './bool';
import { None } from './none';
import { StrType, newStr, isStr } from './str';
import { newTuple, sliceHook, tupleHashBig, TupleType } from './tuple';
import { ListType } from './list';
import { dictGetStr, dictSetItem, dictDelItem, dictInit, newDict, dictIterHooks } from './dict';
import { proto } from './protocol';
import { addrHook, builtinAttrHooks, type BuiltinData } from './methodobject';

export const callHooks: {
  /** Calls any callable with positional arguments then keyword values named by kwnames. */
  call: (callable: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
} = {
  call: (callable, args, kwnames) => {
    const f = typeData(callable).tp_call;
    if (f === null) raise('TypeError', `'${typeData(callable).tp_name}' object is not callable`);
    return f(callable, args, kwnames);
  },
};

export function typeNameOf(o: PyObject): string {
  return typeData(o).tp_name;
}

export function addressHex(o: PyObject): string {
  return ensureAddress(o).toString(16).padStart(16, '0');
}
addrHook.hex = addressHex;

export function repr(o: PyObject): string {
  const f = typeData(o).tp_repr!;
  return f(o);
}

export function str(o: PyObject): string {
  const d = typeData(o);
  if (d.tp_str !== null) return d.tp_str(o);
  return d.tp_repr!(o);
}

export function hash(o: PyObject): number {
  const f = typeData(o).tp_hash;
  if (f === null) raise('TypeError', `unhashable type: '${typeNameOf(o)}'`);
  return f(o);
}

/** Exact hashes for types whose hash can exceed 2**53 (big ints, frozensets), registered by their files. */
export const exactHashes = new Map<PyObject, (o: PyObject) => bigint>();

/** The exact hash as a BigInt: floats, tuples and registered types compute it exactly, others fit a double. */
export function hashBig(o: PyObject): bigint {
  if (o.ob_type === FloatType) return floatHashBig(o.v);
  if (o.ob_type === tupleTypeRef) return tupleHashBig(o.a as PyObject[]);
  const f = exactHashes.get(o.ob_type);
  if (f !== undefined) return f(o);
  return BigInt(hash(o));
}

const OPS = ['<', '<=', '==', '!=', '>', '>='];
const SWAPPED = [4, 5, 2, 3, 0, 1];

/** PyObject_RichCompare: a new reference to the result. */
export function richCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const ta = a.ob_type, tb = b.ob_type;
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta) && td(tb).tp_richcompare !== null) {
    checkedReverse = true;
    const r = td(tb).tp_richcompare!(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  const fa = td(ta).tp_richcompare;
  if (fa !== null) {
    const r = fa(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse && td(tb).tp_richcompare !== null) {
    const r = td(tb).tp_richcompare!(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === 2) return a === b ? True : False;
  if (op === 3) return a !== b ? True : False;
  raise('TypeError', `'${OPS[op]}' not supported between instances of '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

/** PyObject_RichCompareBool, with its identity shortcut for == and !=. */
export function richCompareBool(a: PyObject, b: PyObject, op: number): boolean {
  if (a === b) {
    if (op === 2) return true;
    if (op === 3) return false;
  }
  const r = richCompare(a, b, op);
  if (r === True) return true;
  if (r === False) return false;
  const t = isTrue(r);
  decref(r);
  return t;
}

/** PyObject_IsTrue. */
export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const d = typeData(o);
  if (d.nb_bool !== null) return d.nb_bool(o);
  if (d.mp_length !== null) return d.mp_length(o) !== 0;
  return true;
}

export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

/** BINARY_OP: `op` is the oparg (0..12 binary, 13..25 in-place). */
export function binaryOp(a: PyObject, b: PyObject, op: number): PyObject {
  if (op >= 13) {
    const base = op - 13;
    const f = typeData(a).nb_inplace[base];
    if (f !== null) {
      const r = f(a, b);
      if (r !== NotImplemented) return r;
    }
    return binaryOp1(a, b, base, NB_SYMBOLS[base] + '=');
  }
  return binaryOp1(a, b, op, NB_SYMBOLS[op]);
}

function binaryOp1(a: PyObject, b: PyObject, op: number, sym: string): PyObject {
  const ta = a.ob_type, tb = b.ob_type;
  const fa = td(ta).nb[op];
  let fb = ta !== tb ? td(tb).nb[op] : null;
  if (fb === fa) fb = null;
  if (fa !== null) {
    if (fb !== null && isSubtype(tb, ta)) {
      const r = fb(a, b);
      if (r !== NotImplemented) return r;
      fb = null;
    }
    const r = fa(a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== null) {
    const r = fb(a, b);
    if (r !== NotImplemented) return r;
  }
  if (op === 0 && (ta === StrType || td(ta).tp_name === 'list' || td(ta).tp_name === 'tuple') && td(ta).nb_add !== null && !isSubtype(tb, ta)) {
    const n = td(ta).tp_name;
    raise('TypeError', `can only concatenate ${n} (not "${typeNameOf(b)}") to ${n}`);
  }
  if (op === 5) {
    const seq = (x: PyObject) => x.ob_type === StrType || ['list', 'tuple', 'bytes', 'bytearray'].includes(td(x.ob_type).tp_name);
    // Sequence repetition takes any operand with __index__ (PyNumber_Index), as sq_repeat does.
    if ((seq(a) && !isInt(b) && typeData(b).nb_index !== null) || (seq(b) && !isInt(a) && typeData(a).nb_index !== null)) {
      const n = numberIndex(seq(a) ? b : a);
      try {
        return seq(a) ? binaryOp1(a, n, op, sym) : binaryOp1(n, b, op, sym);
      } finally {
        decref(n);
      }
    }
    if (seq(a) && !isInt(b)) raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(b)}'`);
    if (seq(b) && !isInt(a)) raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(a)}'`);
  }
  if (op === 8 && sym === '**') raise('TypeError', `unsupported operand type(s) for ** or pow(): '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
  raise('TypeError', `unsupported operand type(s) for ${sym}: '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

export function unaryNegative(o: PyObject): PyObject {
  const f = typeData(o).nb_negative;
  if (f === null) raise('TypeError', `bad operand type for unary -: '${typeNameOf(o)}'`);
  return f(o);
}
export function unaryPositive(o: PyObject): PyObject {
  const f = typeData(o).nb_positive;
  if (f === null) raise('TypeError', `bad operand type for unary +: '${typeNameOf(o)}'`);
  return f(o);
}
export function unaryInvert(o: PyObject): PyObject {
  const f = typeData(o).nb_invert;
  if (f === null) raise('TypeError', `bad operand type for unary ~: '${typeNameOf(o)}'`);
  return f(o);
}
export function numberAbsolute(o: PyObject): PyObject {
  const f = typeData(o).nb_absolute;
  if (f === null) raise('TypeError', `bad operand type for abs(): '${typeNameOf(o)}'`);
  return f(o);
}

/** PyNumber_Index as a JS number. */
export function indexOf(o: PyObject, what = 'int'): number {
  if (isInt(o)) return intAsIndex(o, what);
  const f = typeData(o).nb_index;
  if (f === null) raise('TypeError', `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
  const r = f(o);
  const n = intAsIndex(r, what);
  decref(r);
  return n;
}

/** PyNumber_Index returning the int object. */
export function numberIndex(o: PyObject): PyObject {
  if (isInt(o)) return newref(o);
  const f = typeData(o).nb_index;
  if (f === null) raise('TypeError', `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
  return f(o);
}

// ------------------------------------------------------------ attributes

function attrError(o: PyObject, name: string): never {
  const d = typeData(o);
  if (d.tp_flags & TypeFlags.TYPE_SUBCLASS) raise('AttributeError', `type object '${td(o).tp_name}' has no attribute '${name}'`);
  if (d.tp_name === 'module') raise('AttributeError', `module '${o.a as string}' has no attribute '${name}'`);
  raise('AttributeError', `'${d.tp_name}' object has no attribute '${name}'`);
}

/** PyObject_GetAttr: a new reference, raising AttributeError. */
export function getAttr(o: PyObject, name: string): PyObject {
  const r = typeData(o).tp_getattro!(o, name);
  if (r === null) attrError(o, name);
  return r;
}

/** Like getAttr, but null instead of AttributeError. */
export function lookupAttr(o: PyObject, name: string): PyObject | null {
  try {
    return typeData(o).tp_getattro!(o, name);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.ob_type, excTypes.AttributeError!)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

export const excTypes: { AttributeError: PyObject | null } = { AttributeError: null };

function isDataDescriptor(d: PyObject): boolean {
  return typeData(d).tp_descr_set !== null;
}

/** PyObject_GenericGetAttr. */
export function genericGetAttr(o: PyObject, name: string): PyObject | null {
  const type = o.ob_type;
  const descr = typeLookup(type, name);
  if (descr !== null) {
    const dd = typeData(descr);
    if (dd.tp_descr_get !== null && dd.tp_descr_set !== null) return dd.tp_descr_get(descr, o, type);
  }
  if (o.dict !== null) {
    const v = dictGetStr(o.dict, name);
    if (v !== null) return newref(v);
  }
  if (descr !== null) {
    const dd = typeData(descr);
    if (dd.tp_descr_get !== null) return dd.tp_descr_get(descr, o, type);
    return newref(descr);
  }
  if (name === '__class__') return newref(type);
  if (name === '__dict__' && o.dict !== null) return newref(o.dict);
  return null;
}

/** PyObject_GenericSetAttr (value null deletes). */
export function genericSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const descr = typeLookup(o.ob_type, name);
  if (descr !== null && isDataDescriptor(descr)) {
    typeData(descr).tp_descr_set!(descr, o, value);
    return;
  }
  if (o.dict === null) {
    if (typeData(o).tp_dictoffset) o.dict = newDict();
    else if (descr === null) raise('AttributeError', `'${typeNameOf(o)}' object has no attribute '${name}'`);
    else raise('AttributeError', `'${typeNameOf(o)}' object attribute '${name}' is read-only`);
  }
  const key = newStr(name);
  try {
    if (value === null) {
      if (!dictDelItem(o.dict, key)) raise('AttributeError', `'${typeNameOf(o)}' object has no attribute '${name}'`);
    } else dictSetItem(o.dict, key, value);
  } finally {
    decref(key);
  }
}

export function setAttr(o: PyObject, name: string, value: PyObject | null): void {
  const f = typeData(o).tp_setattro;
  if (f === null) raise('AttributeError', `'${typeNameOf(o)}' object has no attribute '${name}'`);
  f(o, name, value);
}

// ------------------------------------------------------------ iteration, items

/** Filled in by seqiter.ts: the iterator over an object that only has __getitem__. */
export const seqIterHook: { make: ((o: PyObject) => PyObject) | null } = { make: null };

export function getIter(o: PyObject): PyObject {
  const d = typeData(o);
  if (d.tp_iter !== null) {
    const r = d.tp_iter(o);
    if (typeData(r).tp_iternext === null) {
      const tn = typeNameOf(r);
      decref(r);
      raise('TypeError', `iter() returned non-iterator of type '${tn}'`);
    }
    return r;
  }
  if (d.tp_iternext !== null) return newref(o);
  if (d.mp_subscript !== null && seqIterHook.make !== null && (d.tp_flags & TypeFlags.HEAPTYPE) !== 0) return seqIterHook.make(o);
  raise('TypeError', `'${d.tp_name}' object is not iterable`);
}

/** The next item (new reference) or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const f = typeData(it).tp_iternext;
  if (f === null) raise('TypeError', `'${typeNameOf(it)}' object is not an iterator`);
  return f(it);
}

/** Collects an iterable into a JS array of owned references. */
export function iterToArray(o: PyObject): PyObject[] {
  const arr = o.a;
  if ((o.ob_type.a as TypeData).tp_name === 'list' || (o.ob_type.a as TypeData).tp_name === 'tuple') {
    if (o.ob_type === listTypeRef || o.ob_type === tupleTypeRef) {
      const items = (arr as PyObject[]).slice();
      for (const x of items) incref(x);
      return items;
    }
  }
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

let listTypeRef: PyObject | null = ListType;
let tupleTypeRef: PyObject | null = TupleType;
export function registerSequenceTypes(list: PyObject, tuple: PyObject): void {
  listTypeRef = list;
  tupleTypeRef = tuple;
}

export function length(o: PyObject): number {
  const f = typeData(o).mp_length;
  if (f === null) raise('TypeError', `object of type '${typeNameOf(o)}' has no len()`);
  return f(o);
}

/** Filled in by genericalias.ts: builds types.GenericAlias for type[...]. */
export const typeItemHook: { alias: ((origin: PyObject, item: PyObject) => PyObject) | null } = { alias: null };

export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = typeData(o).mp_subscript;
  if (f === null) {
    if (isSubtype(o.ob_type, TypeType)) {
      // type[int] is special-cased as in PyObject_GetItem; C[item] on other classes calls __class_getitem__ (PEP 560).
      if (o === TypeType && typeItemHook.alias !== null) return typeItemHook.alias(o, key);
      const cg = lookupAttr(o, '__class_getitem__');
      if (cg !== null) {
        try {
          return call(cg, [key], null);
        } finally {
          decref(cg);
        }
      }
      raise('TypeError', `type '${td(o).tp_name}' is not subscriptable`);
    }
    raise('TypeError', `'${typeNameOf(o)}' object is not subscriptable`);
  }
  return f(o, key);
}

export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const f = typeData(o).mp_ass_subscript;
  if (f === null) raise('TypeError', `'${typeNameOf(o)}' object does not support item assignment`);
  f(o, key, value);
}

export function delItem(o: PyObject, key: PyObject): void {
  const f = typeData(o).mp_ass_subscript;
  if (f === null) {
    // CPython words it by whether the type has a sequence protocol table (every class has one).
    const d = typeData(o);
    const seqLike = (d.tp_flags & TypeFlags.HEAPTYPE) !== 0 || d.sq_contains !== null || d.tp_iter !== null || d.mp_length !== null;
    raise('TypeError', `'${typeNameOf(o)}' object ${seqLike ? "doesn't" : 'does not'} support item deletion`);
  }
  f(o, key, null);
}

/** PySequence_Contains. */
export function contains(container: PyObject, item: PyObject): boolean {
  const f = typeData(container).sq_contains;
  if (f !== null) return f(container, item);
  const d = typeData(container);
  if (d.tp_iter === null && d.tp_iternext === null && (d.mp_subscript === null || (d.tp_flags & TypeFlags.HEAPTYPE) === 0)) {
    raise('TypeError', `argument of type '${d.tp_name}' is not iterable`);
  }
  const it = getIter(container);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const eq = richCompareBool(x, item, 2);
      decref(x);
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

export function call(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null = null): PyObject {
  return callHooks.call(callable, args, kwnames);
}

/** Calls a method by name with positional arguments. */
export function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const m = getAttr(o, name);
  try {
    return call(m, args, null);
  } finally {
    decref(m);
  }
}

// ------------------------------------------------------------ object defaults

function objectRepr(o: PyObject): string {
  const d = typeData(o);
  const mod = d.tp_module;
  const name = mod === 'builtins' ? d.tp_name : `${mod}.${qualnameOf(o.ob_type)}`;
  return `<${name} object at 0x${addressHex(o).replace(/^0+/, '')}>`;
}

export function qualnameOf(type: PyObject): string {
  if (td(type).ht_qualname !== null) return td(type).ht_qualname!;
  const q = td(type).tp_dict.get('__qualname__');
  return q !== undefined && isStr(q) ? (q.a as string) : td(type).tp_name;
}

builtinAttrHooks.attr = (f, name) => {
  const d = f.a as BuiltinData;
  switch (name) {
    case '__name__': return newStr(d.name);
    case '__qualname__': return newStr(d.owner === '' ? d.name : `${d.owner}.${d.name}`);
    case '__self__': return newref((f.b as PyObject | null) ?? None);
    case '__module__': return d.module === null ? None : newStr(d.module);
  }
  return genericGetAttr(f, name);
};
objectHooks.repr = objectRepr;
objectHooks.hash = (o) => {
  const addr = ensureAddress(o);
  return Math.floor(addr / 16);
};
objectHooks.richcompare = (a, b, op) => {
  if (op === 2) return a === b ? True : NotImplemented;
  if (op === 3) {
    // object.__ne__ inverts __eq__ when that is defined.
    const f = typeData(a).tp_richcompare;
    if (f !== null && f !== td(ObjectType).tp_richcompare) {
      const r = f(a, b, 2);
      if (r === NotImplemented) return r;
      const t = isTrue(r);
      decref(r);
      return fromBool(!t);
    }
    return a !== b ? True : NotImplemented;
  }
  return NotImplemented;
};
objectHooks.getattro = genericGetAttr;
objectHooks.setattro = genericSetAttr;
finishBootstrap();

proto.repr = repr;
proto.eq = (a, b) => richCompareBool(a, b, 2);
proto.compareBool = richCompareBool;
proto.hash = hash;
proto.hashBig = hashBig;
proto.index = indexOf;
dictInit(FloatType, ObjectType);
dictIterHooks.makeTuple2 = (a, b) => newTuple([a, b]);

/** Raises StopIteration carrying a value (used by generators' return). */
export function raiseStopIteration(value: PyObject): never {
  raiseWithArg('StopIteration', value);
}

export { IntType, StrType, None, sliceHook };
