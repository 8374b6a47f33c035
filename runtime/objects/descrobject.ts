/**
 * Descriptors that CPython implements in C (Objects/descrobject.c):
 * member_descriptor (one per __slots__ name, storing values outside the
 * instance dict), getset_descriptor (the __dict__ and __weakref__ entries
 * of a class namespace), mappingproxy (the read-only view returned by
 * C.__dict__), and the staticmethod-wrapped builtin `__new__` a type gets
 * for its tp_new (tp_new_wrapper), so object.__new__(cls) and
 * super().__new__(cls) reach the right tp_new. property, classmethod and
 * staticmethod live in function.ts. Slot values are kept in a WeakMap per
 * instance so that PyObject keeps its one shape.
 */

import { PyObject, decref, newref, xdecref } from './object';
import { makeStaticType, TypeFlags, td, typeData, isSubtype, isType, type MethodFunc } from './typeobject';
import { raise } from './errors';
import { None } from './none';
import { newStr } from './str';
import { newDict, dictCopy, isDict, dictSetItem } from './dict';
import { repr, genericGetAttr, genericSetAttr, getItem, length, contains, getIter, callMethod, typeNameOf, call, lookupAttr, hash } from './abstract';
import { addMethods, newBuiltinFunction } from './methodobject';
import { StaticMethodType, ClassMethodType, PropertyType, MethodType, FunctionType, newMethod } from './function';
import { NotImplemented } from './int';
import { True, False } from './bool';

/** A member descriptor's payload. */
export interface MemberData {
  readonly name: string;
  readonly owner: PyObject;
}

/** Slot values per instance, keyed by the member descriptor. Values are owned. */
const slotValues = new WeakMap<PyObject, Map<PyObject, PyObject>>();

/** Releases an instance's slot values (called from the class's tp_dealloc). */
export function clearSlots(o: PyObject): void {
  const m = slotValues.get(o);
  if (m === undefined) return;
  slotValues.delete(o);
  for (const v of m.values()) decref(v);
}

function checkApplies(descr: PyObject, obj: PyObject): void {
  const d = descr.a as MemberData;
  if (!isSubtype(obj.ob_type, d.owner)) {
    raise('TypeError', `descriptor '${d.name}' for '${td(d.owner).tp_name}' objects doesn't apply to a '${typeNameOf(obj)}' object`);
  }
}

export const MemberDescrType: PyObject = makeStaticType('member_descriptor', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 64,
  tp_repr: (o) => `<member '${(o.a as MemberData).name}' of '${td((o.a as MemberData).owner).tp_name}' objects>`,
  tp_descr_get: (descr, obj) => {
    if (obj === null) return newref(descr);
    checkApplies(descr, obj);
    const v = slotValues.get(obj)?.get(descr);
    if (v === undefined) raise('AttributeError', `'${typeNameOf(obj)}' object has no attribute '${(descr.a as MemberData).name}'`);
    return newref(v);
  },
  tp_descr_set: (descr, obj, value) => {
    checkApplies(descr, obj);
    let m = slotValues.get(obj);
    if (value === null) {
      const old = m?.get(descr);
      if (old === undefined) raise('AttributeError', (descr.a as MemberData).name);
      m!.delete(descr);
      decref(old);
      return;
    }
    if (m === undefined) {
      m = new Map();
      slotValues.set(obj, m);
    }
    const old = m.get(descr);
    m.set(descr, newref(value));
    if (old !== undefined) decref(old);
  },
  tp_getattro: (o, name) => {
    const d = o.a as MemberData;
    if (name === '__name__' || name === '__qualname__') return newStr(name === '__name__' ? d.name : `${td(d.owner).tp_name}.${d.name}`);
    if (name === '__objclass__') return newref(d.owner);
    return genericGetAttr(o, name);
  },
});

export function newMember(name: string, owner: PyObject): PyObject {
  // A descriptor holds a reference to the class it belongs to (d_type).
  newref(owner);
  return new PyObject(MemberDescrType, 0, { name, owner } as MemberData, null);
}

/** getset_descriptor: `a` holds { name, owner, get, set }. */
export interface GetSetData {
  readonly name: string;
  readonly owner: PyObject;
  readonly get: (o: PyObject) => PyObject;
  readonly set: ((o: PyObject, v: PyObject | null) => void) | null;
}

export const GetSetDescrType: PyObject = makeStaticType('getset_descriptor', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 64,
  tp_repr: (o) => `<attribute '${(o.a as GetSetData).name}' of '${td((o.a as GetSetData).owner).tp_name}' objects>`,
  tp_descr_get: (descr, obj) => {
    if (obj === null) return newref(descr);
    const d = descr.a as GetSetData;
    if (!isSubtype(obj.ob_type, d.owner)) {
      raise('TypeError', `descriptor '${d.name}' for '${td(d.owner).tp_name}' objects doesn't apply to a '${typeNameOf(obj)}' object`);
    }
    return d.get(obj);
  },
  tp_descr_set: (descr, obj, value) => {
    const d = descr.a as GetSetData;
    if (d.set === null) raise('AttributeError', `attribute '${d.name}' of '${td(d.owner).tp_name}' objects is not writable`);
    d.set(obj, value);
  },
  tp_getattro: (o, name) => {
    const d = o.a as GetSetData;
    if (name === '__name__') return newStr(d.name);
    if (name === '__objclass__') return newref(d.owner);
    return genericGetAttr(o, name);
  },
});

/** The `__dict__` entry of a class whose instances have a dict. */
export function newDictGetSet(owner: PyObject): PyObject {
  newref(owner);
  const data: GetSetData = {
    name: '__dict__',
    owner,
    get: (o) => {
      if (o.dict === null) o.dict = newDict();
      return newref(o.dict);
    },
    set: (o, v) => {
      if (v === null) raise('TypeError', 'cannot delete __dict__');
      if (!isDict(v)) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`);
      const old = o.dict;
      o.dict = newref(v);
      xdecref(old);
    },
  };
  return new PyObject(GetSetDescrType, 0, data, null);
}

/** The `__weakref__` entry: weak references are not modelled yet, so it reads None. */
export function newWeakrefGetSet(owner: PyObject): PyObject {
  newref(owner);
  return new PyObject(GetSetDescrType, 0, { name: '__weakref__', owner, get: () => None, set: null } as GetSetData, null);
}

const descrMethods: Record<string, MethodFunc> = {
  __get__: (self, args) => {
    const obj = args[0] === None ? null : args[0];
    const type = args.length > 1 && args[1] !== None ? args[1] : obj === null ? null : obj.ob_type;
    if (obj === null && type === null) raise('TypeError', '__get__(None, None) is invalid');
    return typeData(self).tp_descr_get!(self, obj, type!);
  },
  __set__: (self, args) => {
    typeData(self).tp_descr_set!(self, args[0], args[1]);
    return None;
  },
  __delete__: (self, args) => {
    typeData(self).tp_descr_set!(self, args[0], null);
    return None;
  },
};
addMethods(MemberDescrType, descrMethods);
addMethods(GetSetDescrType, descrMethods);

/** mappingproxy: a read-only view; `a` holds the mapping (owned). Class namespaces are snapshotted into a dict. */
export const MappingProxyType: PyObject = makeStaticType('mappingproxy', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 24,
  tp_dealloc: (o) => decref(o.a as PyObject),
  tp_repr: (o) => `mappingproxy(${repr(o.a as PyObject)})`,
  mp_subscript: (o, k) => getItem(o.a as PyObject, k),
  mp_length: (o) => length(o.a as PyObject),
  sq_contains: (o, k) => contains(o.a as PyObject, k),
  tp_iter: (o) => getIter(o.a as PyObject),
});
addMethods(MappingProxyType, {
  keys: (self) => callMethod(self.a as PyObject, 'keys', []),
  values: (self) => callMethod(self.a as PyObject, 'values', []),
  items: (self) => callMethod(self.a as PyObject, 'items', []),
  get: (self, args) => callMethod(self.a as PyObject, 'get', args),
  copy: (self) => dictCopy(self.a as PyObject),
});

/** A mappingproxy of a class namespace (a snapshot dict of tp_dict). */
export function typeDictProxy(t: PyObject): PyObject {
  const d = newDict();
  for (const [k, v] of td(t).tp_dict) {
    const key = newStr(k);
    dictSetItem(d, key, v);
    decref(key);
  }
  return new PyObject(MappingProxyType, 0, d, null);
}

/** Puts `__new__` into a static type's namespace: a staticmethod around a builtin that calls tp_new (tp_new_wrapper). */
export function addNewWrapper(type: PyObject): void {
  const name = td(type).tp_name;
  const fn = newBuiltinFunction('__new__', (_self, args, kw) => {
    if (args.length === 0) raise('TypeError', `${name}.__new__(): not enough arguments`);
    const sub = args[0];
    if (!isType(sub)) raise('TypeError', `${name}.__new__(X): X is not a type object (${typeNameOf(sub)})`);
    if (!isSubtype(sub, type)) raise('TypeError', `${name}.__new__(${td(sub).tp_name}): ${td(sub).tp_name} is not a subtype of ${name}`);
    return td(type).tp_new!(sub, args.slice(1), kw);
  }, null);
  const sm = new PyObject(StaticMethodType, 0, fn, null);
  const old = td(type).tp_dict.get('__new__');
  td(type).tp_dict.set('__new__', sm);
  if (old !== undefined) decref(old);
}

// ---------------------------------------------------------------- property

/** A property's payload: the accessors and doc (owned or null) and the name __set_name__ gave it. */
interface PropertyData {
  fget: PyObject | null;
  fset: PyObject | null;
  fdel: PyObject | null;
  doc: PyObject | null;
  name: PyObject | null;
}

function propData(p: PyObject): PropertyData {
  // Builtin types that make properties directly (memoryview.ts) store [fget, fset, fdel].
  if (Array.isArray(p.a)) {
    const [fget, fset, fdel] = p.a as (PyObject | null)[];
    p.a = { fget: fget ?? null, fset: fset ?? null, fdel: fdel ?? null, doc: null, name: null } as PropertyData;
  }
  return p.a as PropertyData;
}

function propNew(type: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const names = ['fget', 'fset', 'fdel', 'doc'];
  const vals: (PyObject | null)[] = [null, null, null, null];
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 4) raise('TypeError', `property() takes at most 4 arguments (${npos} given)`);
  for (let i = 0; i < npos; i++) vals[i] = args[i];
  kwnames?.forEach((k, i) => {
    const j = names.indexOf(k);
    if (j < 0) raise('TypeError', `property() got an unexpected keyword argument '${k}'`);
    vals[j] = args[npos + i];
  });
  const norm = (x: PyObject | null) => (x === null || x === None ? null : newref(x));
  const data: PropertyData = { fget: norm(vals[0]), fset: norm(vals[1]), fdel: norm(vals[2]), doc: norm(vals[3]), name: null };
  if (data.doc === null && data.fget !== null) {
    const d = lookupAttrQuiet(data.fget, '__doc__');
    if (d !== null && d !== None) data.doc = d;
    else if (d !== null) decref(d);
  }
  const o = new PyObject(type, 0, data, null);
  if (td(type).tp_flags & TypeFlags.HEAPTYPE) newref(type);
  return o;
}

function propName(p: PyObject, obj: PyObject): string {
  const d = propData(p);
  let n: string | null = d.name !== null ? strOfName(d.name) : null;
  if (n === null && d.fget !== null) {
    const x = lookupAttrQuiet(d.fget, '__name__');
    if (x !== null) {
      n = strOfName(x);
      decref(x);
    }
  }
  return n === null ? `property of '${typeNameOf(obj)}' object` : `property '${n}' of '${typeNameOf(obj)}' object`;
}

function strOfName(o: PyObject): string | null {
  return typeData(o).tp_name === 'str' ? (o.a as string) : null;
}

function propCopy(p: PyObject, which: 'fget' | 'fset' | 'fdel', fn: PyObject): PyObject {
  const d = propData(p);
  const pick = (k: 'fget' | 'fset' | 'fdel') => (k === which ? fn : d[k] ?? None);
  // A doc taken from the old getter is not passed on, so the new getter's doc can replace it.
  const args = [pick('fget'), pick('fset'), pick('fdel'), d.doc ?? None];
  const r = callHook(p.ob_type, args);
  if (d.name !== null && r.ob_type === p.ob_type) propData(r).name = newref(d.name);
  return r;
}

const callHook = (f: PyObject, args: PyObject[]): PyObject => call(f, args, null);
const lookupAttrQuiet = (o: PyObject, name: string): PyObject | null => lookupAttr(o, name);

/** Installs property, classmethod and staticmethod behaviour on the types function.ts declares. */
function installDescriptors(): void {
  const p = td(PropertyType);
  p.tp_new = propNew;
  p.tp_init = null;
  p.tp_dealloc = (o) => {
    const d = propData(o);
    for (const x of [d.fget, d.fset, d.fdel, d.doc, d.name]) xdecref(x);
  };
  p.tp_descr_get = (self, obj) => {
    if (obj === null) return newref(self);
    const d = propData(self);
    if (d.fget === null) raise('AttributeError', `${propName(self, obj)} has no getter`);
    return callHook(d.fget, [obj]);
  };
  p.tp_descr_set = (self, obj, value) => {
    const d = propData(self);
    const f = value === null ? d.fdel : d.fset;
    if (f === null) raise('AttributeError', `${propName(self, obj)} has no ${value === null ? 'deleter' : 'setter'}`);
    decref(callHook(f, value === null ? [obj] : [obj, value]));
  };
  p.tp_getattro = (o, name) => {
    const d = propData(o);
    switch (name) {
      case 'fget': case 'fset': case 'fdel': return newref(d[name] ?? None);
      case '__doc__': return newref(d.doc ?? None);
      case '__isabstractmethod__': return newref(False);
    }
    return genericGetAttr(o, name);
  };
  p.tp_setattro = (o, name, value) => {
    if (name === '__doc__') {
      const d = propData(o);
      xdecref(d.doc);
      d.doc = value === null || value === None ? null : newref(value);
      return;
    }
    genericSetAttr(o, name, value);
  };
  addMethods(PropertyType, {
    getter: (self, args) => propCopy(self, 'fget', args[0]),
    setter: (self, args) => propCopy(self, 'fset', args[0]),
    deleter: (self, args) => propCopy(self, 'fdel', args[0]),
    __set_name__: (self, args) => {
      const d = propData(self);
      xdecref(d.name);
      d.name = newref(args[1]);
      return None;
    },
    ...descrMethods,
  });
  const wrapperAttrs = (o: PyObject, name: string): PyObject | null => {
    const f = o.a as PyObject;
    switch (name) {
      case '__func__': case '__wrapped__': return newref(f);
      case '__isabstractmethod__': return newref(False);
      case '__name__': case '__qualname__': case '__doc__': case '__module__': return lookupAttrQuiet(f, name);
    }
    return genericGetAttr(o, name);
  };
  const cm = td(ClassMethodType);
  cm.tp_getattro = wrapperAttrs;
  cm.tp_repr = (o) => `<classmethod(${repr(o.a as PyObject)})>`;
  cm.tp_descr_get = (self, obj, type) => {
    const f = self.a as PyObject;
    const t = type ?? obj!.ob_type;
    // 3.12 chains descriptors: classmethod(property(...)) calls the property's __get__ with the class.
    const get = typeData(f).tp_descr_get;
    if (get !== null && f.ob_type !== FunctionType) return get(f, t, t);
    return newMethod(f, t);
  };
  const sm = td(StaticMethodType);
  sm.tp_getattro = wrapperAttrs;
  sm.tp_repr = (o) => `<staticmethod(${repr(o.a as PyObject)})>`;
  addMethods(ClassMethodType, descrMethods);
  addMethods(StaticMethodType, descrMethods);
  const mt = td(MethodType);
  mt.tp_richcompare = (a, b, op) => {
    if ((op !== 2 && op !== 3) || b.ob_type !== MethodType) return NotImplemented;
    const eq = a.a === b.a && a.b === b.b;
    return (op === 2 ? eq : !eq) ? True : False;
  };
  mt.tp_hash = (o) => (hash(o.a as PyObject) ^ hash(o.b as PyObject)) || 1;
  addMethods(FunctionType, { __get__: descrMethods.__get__ });
}
installDescriptors();
