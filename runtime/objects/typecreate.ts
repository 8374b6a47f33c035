/**
 * Calling types and creating classes: type.__call__ (tp_new then tp_init),
 * type(x), type.__new__ (type(name, bases, ns) and metaclasses deriving
 * from type), the `class` statement's __build_class__ (metaclass
 * calculation, __prepare__, the metaclass call), the C3 MRO with CPython's
 * error messages, __slots__, __set_name__ and __init_subclass__. Attribute
 * access on types (C.x, C.__name__, C.__dict__) lives here too. The slot
 * wrappers that let Python dunders fill TypeData slots are in slotdefs.ts;
 * the methods of `type` itself (mro, __subclasses__...) in typeMethods.ts.
 * Layout conflicts between several builtin bases are not diagnosed.
 */

import { PyObject, decref, incref, newref } from './object';
import { TypeType, ObjectType, TypeData, td, typeData, typeLookup, isSubtype, isType, TypeFlags, finishType } from './typeobject';
import { raise, PyErr } from './errors';
import { newInt } from './int';
import { True, False } from './bool';
import { None } from './none';
import { newStr, isStr, isNameLike } from './str';
import { newTuple, isTuple } from './tuple';
import { newDict, dictItems, isDict, dictSetItem, dictGetStr } from './dict';
import { call, repr, str as strOf, addressHex, qualnameOf, iterToArray, typeNameOf } from './abstract';
import { FunctionType, newCell, StaticMethodType, ClassMethodType, newMethod } from './function';
import { updateSlots, addSlotMethods } from './slotdefs';
import { newMember, newDictGetSet, newWeakrefGetSet, typeDictProxy, clearSlots, addNewWrapper } from './descrobject';
import { NotImplemented } from './int';

type Caller = (callable: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

/** Hooks the interpreter fills: the __name__ of the calling frame's globals (for type(name, bases, ns)). */
export const classHooks: { callerModule: () => string | null } = { callerModule: () => null };

function typeRepr(t: PyObject): string {
  const d = td(t);
  if (d.tp_module === 'builtins') return `<class '${d.tp_name}'>`;
  return `<class '${d.tp_module}.${qualnameOf(t)}'>`;
}

function positional(args: PyObject[], kwnames: readonly string[] | null): number {
  return args.length - (kwnames === null ? 0 : kwnames.length);
}

/** type_call: tp_new, then tp_init of the result's type when it is an instance of the callee. */
function typeCall(type: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  if (type === TypeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) return newref(args[0].ob_type);
  const d = td(type);
  if (d.tp_new === null) raise('TypeError', `cannot create '${d.tp_name}' instances`);
  const obj = d.tp_new(type, args, kwnames);
  if (!isSubtype(obj.ob_type, type)) return obj;
  const init = typeData(obj).tp_init;
  if (init !== null) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

/** _PyType_CalculateMetaclass. */
export function calculateMetaclass(meta: PyObject, bases: PyObject[]): PyObject {
  let winner = meta;
  for (const b of bases) {
    const t = b.ob_type;
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raise('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type_new: type.__new__(metatype, name, bases, ns, **kwargs). */
function typeNew(metatype: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const n = positional(args, kwnames);
  if (metatype === TypeType && n === 1 && (kwnames === null || kwnames.length === 0)) return newref(args[0].ob_type);
  if (n !== 3) raise('TypeError', metatype === TypeType ? 'type() takes 1 or 3 arguments' : `type.__new__() takes exactly 3 arguments (${n} given)`);
  const [name, bases, ns] = args;
  if (!isStr(name)) raise('TypeError', `type.__new__() argument 1 must be str, not ${typeNameOf(name)}`);
  if (!isTuple(bases)) raise('TypeError', `type.__new__() argument 2 must be tuple, not ${typeNameOf(bases)}`);
  if (!isDict(ns)) raise('TypeError', `type.__new__() argument 3 must be dict, not ${typeNameOf(ns)}`);
  const winner = calculateMetaclass(metatype, bases.a as PyObject[]);
  if (winner !== metatype) {
    const wnew = td(winner).tp_new;
    if (wnew !== typeNew && wnew !== null) return wnew(winner, args, kwnames);
  }
  const kw: [string, PyObject][] = kwnames === null ? [] : kwnames.map((k, i) => [k, args[n + i]]);
  return newClass(name.a as string, bases, ns, winner, kw);
}

const typeDataT = td(TypeType);
typeDataT.tp_repr = typeRepr;
typeDataT.tp_call = typeCall;
typeDataT.tp_new = typeNew;
typeDataT.tp_init = (self, args, kwnames) => {
  const n = positional(args, kwnames);
  if (n === 1 && kwnames !== null && kwnames.length > 0) raise('TypeError', 'type.__init__() takes no keyword arguments');
  if (n !== 1 && n !== 3) raise('TypeError', 'type.__init__() takes 1 or 3 arguments');
  void self;
};
typeDataT.tp_getattro = (t, name) => {
  const d = td(t);
  switch (name) {
    case '__name__': return newStr(d.tp_name);
    case '__qualname__': return newStr(qualnameOf(t));
    case '__module__': {
      const m = d.tp_dict.get('__module__');
      return m !== undefined ? newref(m) : newStr(d.tp_module);
    }
    case '__mro__': return newTuple(d.tp_mro.map((x) => newref(x)));
    case '__bases__': return newTuple(basesOf(t).map((x) => newref(x)));
    case '__base__': return newref(d.tp_base ?? None);
    case '__dict__': return typeDictProxy(t);
    case '__class__': return newref(t.ob_type);
    case '__doc__': {
      const doc = d.tp_dict.get('__doc__');
      if (doc !== undefined && typeData(doc).tp_descr_get !== null) return typeData(doc).tp_descr_get!(doc, null, t);
      return newref(doc ?? (d.tp_doc !== null ? newStr(d.tp_doc) : None));
    }
  }
  const meta = typeLookup(t.ob_type, name);
  if (meta !== null && typeData(meta).tp_descr_get !== null && typeData(meta).tp_descr_set !== null) {
    return typeData(meta).tp_descr_get!(meta, t, t.ob_type);
  }
  const v = typeLookup(t, name);
  if (v !== null) {
    const get = typeData(v).tp_descr_get;
    if (get !== null) {
      // Functions found on a class are returned as they are; other descriptors bind to the class.
      if (v.ob_type === FunctionType) return newref(v);
      return get(v, null, t);
    }
    return newref(v);
  }
  if (meta !== null) {
    const get = typeData(meta).tp_descr_get;
    return get !== null ? get(meta, t, t.ob_type) : newref(meta);
  }
  return null;
};
typeDataT.tp_setattro = (t, name, value) => {
  const d = td(t);
  if (!(d.tp_flags & TypeFlags.HEAPTYPE)) raise('TypeError', `cannot set '${name}' attribute of immutable type '${d.tp_name}'`);
  const meta = typeLookup(t.ob_type, name);
  if (meta !== null && typeData(meta).tp_descr_set !== null) {
    typeData(meta).tp_descr_set!(meta, t, value);
    return;
  }
  if (name === '__name__' || name === '__qualname__') {
    if (value === null || !isStr(value)) raise('TypeError', `can only assign string to ${d.tp_name}.${name}, not '${value === null ? 'NoneType' : typeNameOf(value)}'`);
    if (name === '__name__') d.tp_name = value.a as string;
    else d.ht_qualname = value.a as string;
    return;
  }
  const old = d.tp_dict.get(name);
  if (value === null) {
    if (old === undefined) raise('AttributeError', `type object '${d.tp_name}' has no attribute '${name}'`);
    d.tp_dict.delete(name);
  } else d.tp_dict.set(name, newref(value));
  if (old !== undefined) decref(old);
  if (name.startsWith('__') && name.endsWith('__')) {
    updateSlots(t);
    for (const sub of d.tp_subclasses) updateSlots(sub);
  }
};
typeDataT.tp_hash = (t) => Math.floor(t.ob_addr / 16) || td(t).tp_name.length;
typeDataT.tp_richcompare = (a, b, op) => (op === 2 ? (a === b ? True : False) : op === 3 ? (a !== b ? True : False) : NotImplemented);

/** __bases__: the explicit list, or the single tp_base. */
export function basesOf(t: PyObject): PyObject[] {
  const d = td(t);
  if (d.tp_bases.length > 0) return d.tp_bases;
  return d.tp_base === null ? [] : [d.tp_base];
}

function excessArgs(args: PyObject[], kwnames: readonly string[] | null): boolean {
  return args.length > 0 || (kwnames !== null && kwnames.length > 0);
}

/** object_new and object_init, with CPython's rules for excess arguments. */
function objectNew(type: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const d = td(type);
  if (excessArgs(args, kwnames)) {
    if (d.tp_new !== objectNew) raise('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (d.tp_init === objectInit) raise('TypeError', `${d.tp_name}() takes no arguments`);
  }
  if (d.tp_flags & TypeFlags.HEAPTYPE && (d.tp_flags & TypeFlags.BASE_EXC_SUBCLASS) === 0 && typeData(type) !== null) {
    // An abstract class check would go here (not modelled).
  }
  const o = new PyObject(type, 0, null, null);
  if (d.tp_flags & TypeFlags.HEAPTYPE) incref(type);
  return o;
}
function objectInit(self: PyObject, args: PyObject[], kwnames: readonly string[] | null): void {
  if (excessArgs(args, kwnames)) {
    const d = typeData(self);
    if (d.tp_init !== objectInit) raise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (d.tp_new === objectNew) raise('TypeError', `${d.tp_name}() takes no arguments`);
  }
}
td(ObjectType).tp_new = objectNew;
td(ObjectType).tp_init = objectInit;
td(ObjectType).tp_basicsize = 16;
/** type's subclass TypeType was finished before these slots existed. */
for (const k of ['tp_new'] as const) if (typeDataT[k] === null) typeDataT[k] = td(ObjectType)[k];

function namesOf(xs: PyObject[]): string {
  return xs.map((b) => td(b).tp_name).join(', ');
}

/** C3 linearisation (mro_implementation), with CPython's messages for duplicates and conflicts. */
function c3(type: PyObject, bases: PyObject[]): PyObject[] {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) if (bases[i] === bases[j]) raise('TypeError', `duplicate base class ${td(bases[i]).tp_name}`);
  }
  if (bases.length === 1) return [type, ...td(bases[0]).tp_mro];
  const seqs = bases.map((b) => td(b).tp_mro.slice());
  seqs.push(bases.slice());
  const out: PyObject[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyObject | null = null;
    for (const s of nonEmpty) {
      const c = s[0];
      if (!nonEmpty.some((o) => o.indexOf(c) > 0)) {
        cand = c;
        break;
      }
    }
    if (cand === null) {
      // set_mro_error lists the heads still blocked, each once, in base order.
      const heads: PyObject[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0])) heads.push(s[0]);
      const blocked = bases.filter((b) => heads.includes(b));
      raise('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${namesOf(blocked.length > 0 ? blocked : heads)}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** The base whose instance layout the new class extends (best_base, simplified). */
function solidBase(t: PyObject): PyObject {
  let s = t;
  while (td(s).tp_flags & TypeFlags.HEAPTYPE && !td(s).tp_dict.has('__slots__') && td(s).tp_base !== null) s = td(s).tp_base!;
  return s;
}
function bestBase(bases: PyObject[]): PyObject {
  let best = bases[0];
  let bestSolid = solidBase(best);
  for (const b of bases.slice(1)) {
    const s = solidBase(b);
    if (isSubtype(s, bestSolid) && s !== bestSolid) {
      best = b;
      bestSolid = s;
    }
  }
  return best;
}

/** Private names in __slots__ are mangled like attribute names (_Class__name). */
function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

function readSlots(ns: PyObject): string[] | null {
  const s = dictGetStr(ns, '__slots__');
  if (s === null) return null;
  const items = isStr(s) ? [newref(s)] : iterToArray(s);
  try {
    return items.map((x) => {
      if (!isStr(x)) raise('TypeError', `__slots__ items must be strings, not '${typeNameOf(x)}'`);
      if (!isNameLike(x.a as string)) raise('TypeError', '__slots__ must be identifiers');
      return x.a as string;
    });
  } finally {
    for (const x of items) decref(x);
  }
}

/** type(name, bases, ns) for a metatype: a new heap type. `ns` is a dict (borrowed). */
export function newClass(name: string, basesTuple: PyObject, ns: PyObject, metatype: PyObject = TypeType, kw: [string, PyObject][] = []): PyObject {
  if (!isTuple(basesTuple)) raise('TypeError', `type.__new__() argument 2 must be tuple, not ${typeNameOf(basesTuple)}`);
  if (!isDict(ns)) raise('TypeError', `type.__new__() argument 3 must be dict, not ${typeNameOf(ns)}`);
  let bases = basesTuple.a as PyObject[];
  if (bases.length === 0) bases = [ObjectType];
  for (const b of bases) {
    if (!isType(b)) raise('TypeError', 'bases must be types');
    if (!(td(b).tp_flags & TypeFlags.BASETYPE)) raise('TypeError', `type '${td(b).tp_name}' is not an acceptable base type`);
  }
  const base = bestBase(bases);
  const slots = readSlots(ns);
  const d = new TypeData();
  d.tp_name = name;
  d.tp_base = base;
  d.tp_bases = bases.slice();
  d.tp_flags = TypeFlags.HEAPTYPE | TypeFlags.BASETYPE | TypeFlags.HAVE_GC | (td(metatype).tp_flags & 0);
  const baseHasDict = bases.some((b) => td(b).tp_dictoffset);
  d.tp_dictoffset = slots === null || slots.includes('__dict__') || baseHasDict;
  d.tp_basicsize = td(base).tp_basicsize;
  const t = new PyObject(metatype, 0, d, null);
  if (td(metatype).tp_flags & TypeFlags.HEAPTYPE) incref(metatype);
  d.tp_mro = c3(t, bases);
  // References as CPython's type object holds them: the __bases__ tuple, tp_base, and the
  // __mro__ tuple (which includes the class itself, a cycle only the collector can break).
  for (const b of bases) incref(b);
  incref(base);
  for (const k of d.tp_mro) incref(k);
  const mod = dictGetStr(ns, '__module__');
  for (const [k, v] of dictItems(ns)) {
    if (!isStr(k)) continue;
    const key = k.a as string;
    if (key === '__qualname__') {
      if (!isStr(v)) raise('TypeError', `type __qualname__ must be a str, not ${typeNameOf(v)}`);
      d.ht_qualname = v.a as string;
      continue;
    }
    if ((key === '__new__' || key === '__init_subclass__' || key === '__class_getitem__') && v.ob_type === FunctionType) {
      d.tp_dict.set(key, new PyObject(key === '__new__' ? StaticMethodType : ClassMethodType, 0, newref(v), null));
      continue;
    }
    d.tp_dict.set(key, newref(v));
  }
  if (slots !== null) {
    let sawDict = false, sawWeak = false;
    for (const s of slots) {
      if (s === '__dict__') {
        if (sawDict || baseHasDict) raise('TypeError', '__dict__ slot disallowed: we already got one');
        sawDict = true;
        continue;
      }
      if (s === '__weakref__') {
        if (sawWeak) raise('TypeError', '__weakref__ slot disallowed: we already got one');
        sawWeak = true;
        continue;
      }
      const m = mangle(name, s);
      if (d.tp_dict.has(m) && m !== '__slots__') raise('ValueError', `'${m}' in __slots__ conflicts with class variable`);
    }
    for (const s of slots) {
      if (s === '__dict__' || s === '__weakref__') continue;
      const m = mangle(name, s);
      d.tp_dict.set(m, newMember(m, t));
    }
    if (sawDict && !baseHasDict) d.tp_dict.set('__dict__', newDictGetSet(t));
    if (sawWeak) d.tp_dict.set('__weakref__', newWeakrefGetSet(t));
  } else if (!baseHasDict) {
    d.tp_dict.set('__dict__', newDictGetSet(t));
    d.tp_dict.set('__weakref__', newWeakrefGetSet(t));
  }
  if (!d.tp_dict.has('__module__')) {
    const m = classHooks.callerModule();
    if (m !== null) d.tp_dict.set('__module__', newStr(m));
  }
  if (!d.tp_dict.has('__doc__')) d.tp_dict.set('__doc__', None);
  const m = d.tp_dict.get('__module__');
  d.tp_module = m !== undefined && isStr(m) ? (m.a as string) : mod !== null && isStr(mod) ? (mod.a as string) : 'builtins';
  finishType(t);
  const baseDealloc = td(base).tp_dealloc;
  d.tp_dealloc = (o) => {
    callFinalizer(o);
    clearSlots(o);
    if (baseDealloc !== null) baseDealloc(o);
  };
  // Instances of a class add the managed __dict__ and __weakref__ pointers (16 bytes) to the
  // base's size, plus the GC header when the base had none (64-bit CPython 3.12).
  const bd = td(base);
  const baseGc = (bd.tp_flags & TypeFlags.HAVE_GC) !== 0;
  const extra = (slots === null ? 16 : 8 * slots.filter((s) => s !== '__dict__' && s !== '__weakref__').length + (slots.includes('__dict__') ? 8 : 0) + (slots.includes('__weakref__') ? 8 : 0)) + (baseGc ? 0 : 16);
  d.tp_sizeof = (o) => (bd.tp_sizeof !== null ? bd.tp_sizeof(o) : bd.tp_basicsize) + extra;
  if (td(base).tp_new === null) d.tp_new = td(ObjectType).tp_new;
  for (const b of bases) td(b).tp_subclasses.push(t);
  updateSlots(t);
  const cell = dictGetStr(ns, '__classcell__');
  if (cell !== null && typeData(cell).tp_name === 'cell') {
    const old = cell.a as PyObject | null;
    cell.a = newref(t);
    if (old !== null) decref(old);
    const c = d.tp_dict.get('__classcell__');
    if (c !== undefined) {
      d.tp_dict.delete('__classcell__');
      decref(c);
    }
  }
  try {
    setNames(t);
    initSubclass(t, kw);
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

/**
 * slot_tp_finalize: runs __del__ while the object is briefly alive again. Resurrection is not
 * modelled (the object is freed whatever __del__ did) and errors raised by __del__ are dropped
 * rather than printed as "Exception ignored in"; both are left to the refcount/GC work.
 */
function callFinalizer(o: PyObject): void {
  const del = typeLookup(o.ob_type, '__del__');
  if (del === null || del.ob_type !== FunctionType) return;
  o.ob_refcnt = 1;
  try {
    decref(call(del, [o], null));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
  } finally {
    o.ob_refcnt = 0;
  }
}

/** type_new_set_names: calls __set_name__(owner, name) on every attribute whose type defines it. */
function setNames(t: PyObject): void {
  for (const [k, v] of [...td(t).tp_dict]) {
    const sn = typeLookup(v.ob_type, '__set_name__');
    if (sn === null) continue;
    const key = newStr(k);
    try {
      const bound = typeData(sn).tp_descr_get !== null ? typeData(sn).tp_descr_get!(sn, v, v.ob_type) : newref(sn);
      try {
        decref(call(bound, [t, key], null));
      } finally {
        decref(bound);
      }
    } finally {
      decref(key);
    }
  }
}

/** type_new_init_subclass: super(type, type).__init_subclass__(**kwds). */
function initSubclass(t: PyObject, kw: [string, PyObject][]): void {
  const mro = td(t).tp_mro;
  for (let i = 1; i < mro.length; i++) {
    const f = td(mro[i]).tp_dict.get('__init_subclass__');
    if (f === undefined) continue;
    const get = typeData(f).tp_descr_get;
    const bound = get !== null ? get(f, null, t) : newref(f);
    try {
      decref(call(bound, kw.map((p) => p[1]), kw.length === 0 ? null : kw.map((p) => p[0])));
    } finally {
      decref(bound);
    }
    return;
  }
}

/**
 * __build_class__(func, name, *bases, metaclass=..., **kwds): calculates the
 * metaclass, asks its __prepare__ for the namespace, runs the class body in
 * it, then calls the metaclass. `runBody` is supplied by the VM since the
 * body runs on a nested eval loop.
 */
export function buildClass(args: PyObject[], kwnames: readonly string[] | null, runBody: (func: PyObject, ns: PyObject) => PyObject, caller: Caller): PyObject {
  void caller;
  if (args.length < 2) raise('TypeError', '__build_class__: not enough arguments');
  const func = args[0], name = args[1];
  if (func.ob_type !== FunctionType) raise('TypeError', '__build_class__: func must be a function');
  if (!isStr(name)) raise('TypeError', '__build_class__: name is not a string');
  const nkw = kwnames === null ? 0 : kwnames.length;
  const bases = args.slice(2, args.length - nkw);
  const kwNames: string[] = [], kwValues: PyObject[] = [];
  let meta: PyObject | null = null;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = args[args.length - nkw + i];
    else {
      kwNames.push(kwnames![i]);
      kwValues.push(args[args.length - nkw + i]);
    }
  }
  if (meta === null) meta = bases.length === 0 ? TypeType : bases[0].ob_type;
  if (isType(meta)) meta = calculateMetaclass(meta, bases);
  const bt = newTuple(bases.map((b) => newref(b)));
  try {
    const kwn = kwNames.length === 0 ? null : kwNames;
    let ns: PyObject;
    const prep = lookupAttrOf(meta, '__prepare__');
    if (prep === null) ns = newDict();
    else {
      try {
        ns = call(prep, [name, bt, ...kwValues], kwn);
      } finally {
        decref(prep);
      }
      if (typeData(ns).mp_subscript === null) {
        const tn = typeNameOf(ns);
        decref(ns);
        raise('TypeError', `${isType(meta) ? td(meta).tp_name : '<metaclass>'}.__prepare__() must return a mapping, not ${tn}`);
      }
    }
    try {
      decref(runBody(func, ns));
      return call(meta, [name, bt, ns, ...kwValues], kwn);
    } finally {
      decref(ns);
    }
  } finally {
    decref(bt);
  }
}

function lookupAttrOf(o: PyObject, name: string): PyObject | null {
  const r = typeData(o).tp_getattro!(o, name);
  return r;
}

/** type.__prepare__: a fresh dict, whatever the arguments. */
td(TypeType).tp_dict.set('__prepare__', new PyObject(ClassMethodType, 0, newBuiltinPrepare(), null));
function newBuiltinPrepare(): PyObject {
  return newBuiltinFn('__prepare__', () => newDict());
}

import { newBuiltinFunction } from './methodobject';
function newBuiltinFn(name: string, fn: (self: PyObject, args: PyObject[], kw: readonly string[] | null) => PyObject): PyObject {
  return newBuiltinFunction(name, fn, null);
}

/** object.__init_subclass__: a classmethod that accepts no keyword arguments. */
td(ObjectType).tp_dict.set('__init_subclass__', new PyObject(ClassMethodType, 0, newBuiltinFn('__init_subclass__', (_s, args, kw) => {
  const cls = args[0];
  if (kw !== null && kw.length > 0) raise('TypeError', `${td(cls).tp_name}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) raise('TypeError', `${td(cls).tp_name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return None;
}), null));
addNewWrapper(ObjectType);

export { newCell, dictSetItem, repr, strOf, addressHex, newInt, addSlotMethods, updateSlots, newMethod };
