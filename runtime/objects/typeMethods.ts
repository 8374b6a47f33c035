/**
 * The methods of `type` (mro, __subclasses__, __instancecheck__,
 * __subclasscheck__, __call__, __init__, __dir__) and the builtins that
 * ask classes questions: isinstance and issubclass (with a metaclass's
 * __instancecheck__ / __subclasscheck__), dir (sorted, through __dir__),
 * vars, getattr/setattr/delattr/hasattr with CPython's argument checks,
 * and callable. builtins.ts installs these over its simpler versions.
 * Union types (int | str) are deliberately not handled here.
 */

import { PyObject, decref, newref } from './object';
import { TypeType, ObjectType, td, typeData, typeLookup, isSubtype, isType, TypeFlags, type MethodFunc } from './typeobject';
import { raise } from './errors';
import { None } from './none';
import { True, False, fromBool } from './bool';
import { newStr, isStr } from './str';
import { isTuple } from './tuple';
import { newList } from './list';
import { dictItems, isDict } from './dict';
import { call, isTrue, getAttr, lookupAttr, setAttr, iterToArray, typeNameOf, richCompareBool } from './abstract';
import { addMethods } from './methodobject';
import { FunctionType } from './function';
import { basesOf } from './typecreate';
import { addNewWrapper, GetSetDescrType } from './descrobject';
import { addOperatorSlotMethods } from './slotdefs';
import { IntType } from './int';
import { FloatType } from './float';
import { StrType } from './str';
import { ListType } from './list';
import { TupleType } from './tuple';
import { DictType } from './dict';
import { BoolType } from './bool';
import { addClassGetItem } from './genericalias';
// Iteration over objects that only define __getitem__ installs itself in abstract.ts.
import './seqiter';
// super's full behaviour installs itself on the type builtinTypes.ts declares.
import './superobject';

addMethods(TypeType, {
  mro: (self) => newList(td(self).tp_mro.map((t) => newref(t))),
  __subclasses__: (self) => newList(td(self).tp_subclasses.map((t) => newref(t))),
  __instancecheck__: (self, args) => fromBool(recursiveIsInstance(args[0], self)),
  __subclasscheck__: (self, args) => fromBool(recursiveIsSubclass(args[0], self)),
  __call__: (self, args, kw) => td(TypeType).tp_call!(self, args, kw),
  __init__: (self, args, kw) => {
    td(TypeType).tp_init!(self, args, kw);
    return None;
  },
  __repr__: (self) => newStr(td(TypeType).tp_repr!(self)),
  __dir__: (self) => newList(typeDir(self).map((n) => newStr(n))),
});
addNewWrapper(TypeType);
for (const t of [ListType, TupleType, DictType]) addClassGetItem(t);
for (const t of [IntType, FloatType, StrType, ListType, TupleType, DictType, BoolType]) {
  addOperatorSlotMethods(t);
  if (!td(t).tp_dict.has('__new__') && td(t).tp_new !== null) addNewWrapper(t);
}

/** A user-level override of a type-protocol method on the metaclass, or null. */
function metaHook(cls: PyObject, name: string): PyObject | null {
  if (cls.ob_type === TypeType) return null;
  const m = typeLookup(cls.ob_type, name);
  if (m === null || m.ob_type !== FunctionType) return null;
  return m;
}

function recursiveIsInstance(o: PyObject, cls: PyObject): boolean {
  if (isType(cls)) {
    if (isSubtype(o.ob_type, cls)) return true;
    // An object whose __class__ differs from its type (a proxy) also counts.
    const c = lookupAttr(o, '__class__');
    if (c === null) return false;
    const r = c !== o.ob_type && isType(c) && isSubtype(c, cls);
    decref(c);
    return r;
  }
  raise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function recursiveIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (!isType(derived)) raise('TypeError', 'issubclass() arg 1 must be a class');
  if (!isType(cls)) raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return isSubtype(derived, cls);
}

/** PyObject_IsInstance. */
export function objectIsInstance(o: PyObject, cls: PyObject): boolean {
  if (o.ob_type === cls) return true;
  if (isTuple(cls)) return (cls.a as PyObject[]).some((c) => objectIsInstance(o, c));
  const hook = metaHook(cls, '__instancecheck__');
  if (hook !== null) {
    const r = call(hook, [cls, o], null);
    try {
      return isTrue(r);
    } finally {
      decref(r);
    }
  }
  return recursiveIsInstance(o, cls);
}

/** PyObject_IsSubclass. */
export function objectIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (isType(cls) && isType(derived) && cls.ob_type === TypeType && derived.ob_type === TypeType) return recursiveIsSubclass(derived, cls);
  if (isTuple(cls)) return (cls.a as PyObject[]).some((c) => objectIsSubclass(derived, c));
  const hook = metaHook(cls, '__subclasscheck__');
  if (hook !== null) {
    const r = call(hook, [cls, derived], null);
    try {
      return isTrue(r);
    } finally {
      decref(r);
    }
  }
  return recursiveIsSubclass(derived, cls);
}

/** dir(C): the names of the class and its bases (type___dir__). */
function typeDir(t: PyObject): string[] {
  const names = new Set<string>();
  const visit = (k: PyObject) => {
    for (const n of td(k).tp_dict.keys()) names.add(n);
    for (const b of basesOf(k)) visit(b);
  };
  visit(t);
  return [...names];
}

/** object.__dir__: the instance dict plus everything its class has. */
function objectDir(o: PyObject): string[] {
  const names = new Set<string>();
  if (o.dict !== null && isDict(o.dict)) for (const [k] of dictItems(o.dict)) if (isStr(k)) names.add(k.a as string);
  const c = lookupAttr(o, '__class__');
  const cls = c !== null && isType(c) ? c : o.ob_type;
  for (const n of typeDir(cls)) names.add(n);
  if (c !== null) decref(c);
  return [...names];
}

/** object.__class__: reading gives the type; assigning switches between compatible heap classes. */
td(ObjectType).tp_dict.set('__class__', new PyObject(GetSetDescrType, 0, {
  name: '__class__',
  owner: ObjectType,
  get: (o: PyObject) => newref(o.ob_type),
  set: (o: PyObject, v: PyObject | null) => {
    if (v === null) raise('TypeError', "can't delete __class__ attribute");
    if (!isType(v)) raise('TypeError', `__class__ must be set to a class, not '${typeNameOf(v)}' object`);
    const old = o.ob_type;
    const heap = (t: PyObject) => (td(t).tp_flags & TypeFlags.HEAPTYPE) !== 0;
    if (!heap(v) || !heap(old)) raise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
    if (solid(v) !== solid(old) || td(v).tp_dictoffset !== td(old).tp_dictoffset) {
      raise('TypeError', `__class__ assignment: '${td(v).tp_name}' object layout differs from '${td(old).tp_name}'`);
    }
    o.ob_type = newref(v);
    decref(old);
  },
}, null));

function solid(t: PyObject): PyObject {
  let s = t;
  while (td(s).tp_flags & TypeFlags.HEAPTYPE && !td(s).tp_dict.has('__slots__') && td(s).tp_base !== null) s = td(s).tp_base!;
  return s;
}

addMethods(ObjectType, {
  __dir__: (self) => newList(objectDir(self).map((n) => newStr(n))),
});

function sortedNames(items: PyObject[]): PyObject {
  items.sort((a, b) => (richCompareBool(a, b, 0) ? -1 : richCompareBool(b, a, 0) ? 1 : 0));
  return newList(items);
}

function attrName(o: PyObject): string {
  if (!isStr(o)) raise('TypeError', `attribute name must be string, not '${typeNameOf(o)}'`);
  return o.a as string;
}

function nargs(name: string, args: PyObject[], kw: readonly string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) raise('TypeError', `${name}() takes no keyword arguments`);
  if (args.length < min) {
    raise('TypeError', min === max ? `${name} expected ${min} arguments, got ${args.length}` : `${name} expected at least ${min} arguments, got ${args.length}`);
  }
  if (args.length > max) raise('TypeError', min === max ? `${name} expected ${max} arguments, got ${args.length}` : `${name} expected at most ${max} arguments, got ${args.length}`);
}

export const classBuiltins: Record<string, MethodFunc> = {
  isinstance: (_s, args, kw) => {
    nargs('isinstance', args, kw, 2, 2);
    return fromBool(objectIsInstance(args[0], args[1]));
  },
  issubclass: (_s, args, kw) => {
    nargs('issubclass', args, kw, 2, 2);
    return fromBool(objectIsSubclass(args[0], args[1]));
  },
  dir: (_s, args, kw) => {
    nargs('dir', args, kw, 0, 1);
    if (args.length === 0) raise('TypeError', 'dir() without arguments is not supported yet');
    const o = args[0];
    const m = isType(o) ? typeLookup(o.ob_type, '__dir__') : typeLookup(o.ob_type, '__dir__');
    if (m === null) raise('TypeError', 'object does not provide __dir__');
    const get = typeData(m).tp_descr_get;
    const bound = get !== null ? get(m, o, o.ob_type) : newref(m);
    let r: PyObject;
    try {
      r = call(bound, [], null);
    } finally {
      decref(bound);
    }
    try {
      return sortedNames(iterToArray(r));
    } finally {
      decref(r);
    }
  },
  vars: (_s, args, kw) => {
    nargs('vars', args, kw, 1, 1);
    const d = lookupAttr(args[0], '__dict__');
    if (d === null) raise('TypeError', 'vars() argument must have __dict__ attribute');
    return d;
  },
  getattr: (_s, args, kw) => {
    nargs('getattr', args, kw, 2, 3);
    const name = attrName(args[1]);
    if (args.length === 3) return lookupAttr(args[0], name) ?? newref(args[2]);
    return getAttr(args[0], name);
  },
  setattr: (_s, args, kw) => {
    nargs('setattr', args, kw, 3, 3);
    setAttr(args[0], attrName(args[1]), args[2]);
    return None;
  },
  delattr: (_s, args, kw) => {
    nargs('delattr', args, kw, 2, 2);
    setAttr(args[0], attrName(args[1]), null);
    return None;
  },
  hasattr: (_s, args, kw) => {
    nargs('hasattr', args, kw, 2, 2);
    const v = lookupAttr(args[0], attrName(args[1]));
    if (v === null) return False;
    decref(v);
    return True;
  },
  callable: (_s, args, kw) => {
    nargs('callable', args, kw, 1, 1);
    return fromBool(typeData(args[0]).tp_call !== null);
  },
};

export { TypeFlags };
