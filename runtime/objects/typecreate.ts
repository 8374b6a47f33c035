/**
 * Calling types and creating classes: type.__call__ (tp_new then tp_init),
 * type(x), type(name, bases, ns), the `class` statement's __build_class__,
 * the C3 MRO, and the slot wrappers that make a class's __repr__, __eq__,
 * __add__, __len__... fill the TypeData slots the rest of the runtime uses
 * (CPython's slotdefs). Attribute access on types (C.x, C.__name__) lives
 * here too. Metaclasses other than `type` are not supported yet.
 */

import { PyObject, decref, incref, newref } from './object';
import { TypeType, ObjectType, TypeData, td, typeData, typeLookup, isSubtype, TypeFlags, finishType, NB_SLOT_NAMES } from './typeobject';
import { raise } from './errors';
import { NotImplemented, newInt, isInt } from './int';
import { True, False } from './bool';
import { None } from './none';
import { newStr, isStr } from './str';
import { newTuple, isTuple } from './tuple';
import { newDict, dictItems, isDict, dictSetItem, dictGetStr } from './dict';
import { call, repr, str as strOf, isTrue, genericGetAttr, genericSetAttr, typeNameOf, addressHex, qualnameOf } from './abstract';
import { FunctionType, newCell, StaticMethodType, ClassMethodType } from './function';
import { addMethods } from './methodobject';

type Caller = (callable: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

function typeRepr(t: PyObject): string {
  const d = td(t);
  if (d.tp_module === 'builtins') return `<class '${d.tp_name}'>`;
  return `<class '${d.tp_module}.${qualnameOf(t)}'>`;
}

const typeDataT = td(TypeType);
typeDataT.tp_repr = typeRepr;
typeDataT.tp_call = (type, args, kwnames) => {
  if (type === TypeType) {
    if (args.length === 1 && (kwnames === null || kwnames.length === 0)) return newref(args[0].ob_type);
    if (args.length !== 3) raise('TypeError', 'type() takes 1 or 3 arguments');
    return newClass(args[0].a as string, args[1], args[2]);
  }
  const d = td(type);
  if (d.tp_new === null) raise('TypeError', `cannot create '${d.tp_name}' instances`);
  const obj = d.tp_new(type, args, kwnames);
  if (isSubtype(obj.ob_type, type) && d.tp_init !== null) {
    try {
      d.tp_init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
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
    case '__bases__': return newTuple(d.tp_base === null ? [] : [newref(d.tp_base)]);
    case '__base__': return newref(d.tp_base ?? None);
    case '__doc__': {
      const doc = d.tp_dict.get('__doc__');
      return newref(doc ?? None);
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
  const old = d.tp_dict.get(name);
  if (value === null) {
    if (old === undefined) raise('AttributeError', `type object '${d.tp_name}' has no attribute '${name}'`);
    d.tp_dict.delete(name);
  } else d.tp_dict.set(name, newref(value));
  if (old !== undefined) decref(old);
  updateSlots(t);
};
typeDataT.tp_hash = (t) => Math.floor(t.ob_addr / 16) || td(t).tp_name.length;
typeDataT.tp_richcompare = (a, b, op) => (op === 2 ? (a === b ? True : False) : op === 3 ? (a !== b ? True : False) : NotImplemented);

/** object(): a plain instance; instances of heap types hold a reference to their type. */
td(ObjectType).tp_new = (type, args, kwnames) => {
  const d = td(type);
  if ((args.length > 0 || (kwnames !== null && kwnames.length > 0)) && type === ObjectType) {
    raise('TypeError', 'object() takes no arguments');
  }
  if ((args.length > 0 || (kwnames !== null && kwnames.length > 0)) && typeLookup(type, '__init__') === null) {
    raise('TypeError', `${d.tp_name}() takes no arguments`);
  }
  const o = new PyObject(type, 0, null, null);
  if (d.tp_flags & TypeFlags.HEAPTYPE) incref(type);
  return o;
};
td(ObjectType).tp_init = null;
td(ObjectType).tp_basicsize = 16;

/** C3 linearisation (mro_implementation). */
function c3(type: PyObject, bases: PyObject[]): PyObject[] {
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
    if (cand === null) raise('TypeError', `Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => td(b).tp_name).join(', ')}`);
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** type(name, bases, ns): a new heap type. `ns` is a dict (borrowed). */
export function newClass(name: string, basesTuple: PyObject, ns: PyObject): PyObject {
  if (!isTuple(basesTuple)) raise('TypeError', 'type.__new__() argument 2 must be tuple');
  if (!isDict(ns)) raise('TypeError', 'type.__new__() argument 3 must be dict');
  let bases = basesTuple.a as PyObject[];
  if (bases.length === 0) bases = [ObjectType];
  for (const b of bases) {
    if (!(typeData(b).tp_flags & TypeFlags.TYPE_SUBCLASS)) raise('TypeError', 'bases must be types');
    if (!(td(b).tp_flags & TypeFlags.BASETYPE)) raise('TypeError', `type '${td(b).tp_name}' is not an acceptable base type`);
  }
  const d = new TypeData();
  d.tp_name = name;
  d.tp_base = bases[0];
  d.tp_flags = TypeFlags.HEAPTYPE | TypeFlags.BASETYPE | TypeFlags.HAVE_GC;
  d.tp_dictoffset = true;
  d.tp_basicsize = td(bases[0]).tp_basicsize === 16 ? 16 : td(bases[0]).tp_basicsize;
  const t = new PyObject(TypeType, 0, d, null);
  for (const b of bases) incref(b);
  d.tp_mro = c3(t, bases);
  const mod = dictGetStr(ns, '__name__') ?? dictGetStr(ns, '__module__');
  for (const [k, v] of dictItems(ns)) {
    if (!isStr(k)) continue;
    let val = v;
    const key = k.a as string;
    if ((key === '__new__' || key === '__init_subclass__' || key === '__class_getitem__') && v.ob_type === FunctionType) {
      val = new PyObject(key === '__new__' ? StaticMethodType : ClassMethodType, 0, newref(v), null);
      d.tp_dict.set(key, val);
      continue;
    }
    d.tp_dict.set(key, newref(val));
  }
  const m = d.tp_dict.get('__module__');
  d.tp_module = m !== undefined && isStr(m) ? (m.a as string) : mod !== null && isStr(mod) ? (mod.a as string) : 'builtins';
  finishType(t);
  d.tp_dealloc = td(bases[0]).tp_dealloc;
  // Instances of a class add the managed __dict__ and __weakref__ pointers (16 bytes) to the
  // base's size, plus the GC header when the base had none (64-bit CPython 3.12).
  const bd = td(bases[0]);
  const baseGc = (bd.tp_flags & TypeFlags.HAVE_GC) !== 0;
  d.tp_sizeof = (o) => (bd.tp_sizeof !== null ? bd.tp_sizeof(o) : bd.tp_basicsize) + 16 + (baseGc ? 0 : 16);
  if (td(bases[0]).tp_new === null) d.tp_new = td(ObjectType).tp_new;
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
  return t;
}

function lookupPy(t: PyObject, name: string): PyObject | null {
  // Only methods defined in Python classes along the MRO become slot wrappers.
  const mro = td(t).tp_mro;
  for (const k of mro) {
    const v = td(k).tp_dict.get(name);
    if (v !== undefined) return td(k).tp_flags & TypeFlags.HEAPTYPE ? v : null;
  }
  return null;
}

function callDunder(callable: PyObject, self: PyObject, args: PyObject[]): PyObject {
  const get = typeData(callable).tp_descr_get;
  if (callable.ob_type === FunctionType) return call(callable, [self, ...args], null);
  if (get !== null) {
    const bound = get(callable, self, self.ob_type);
    try {
      return call(bound, args, null);
    } finally {
      decref(bound);
    }
  }
  return call(callable, args, null);
}

function strResult(r: PyObject, what: string): string {
  if (!isStr(r)) {
    const tn = typeNameOf(r);
    decref(r);
    raise('TypeError', `${what} returned non-string (type ${tn})`);
  }
  const s = r.a as string;
  decref(r);
  return s;
}

const RICH = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const NB_DUNDERS: [string, string][] = [
  ['__add__', '__radd__'], ['__and__', '__rand__'], ['__floordiv__', '__rfloordiv__'], ['__lshift__', '__rlshift__'],
  ['__matmul__', '__rmatmul__'], ['__mul__', '__rmul__'], ['__mod__', '__rmod__'], ['__or__', '__ror__'],
  ['__pow__', '__rpow__'], ['__rshift__', '__rrshift__'], ['__sub__', '__rsub__'], ['__truediv__', '__rtruediv__'],
  ['__xor__', '__rxor__'],
];
const INPLACE = ['__iadd__', '__iand__', '__ifloordiv__', '__ilshift__', '__imatmul__', '__imul__', '__imod__', '__ior__', '__ipow__', '__irshift__', '__isub__', '__itruediv__', '__ixor__'];

/** Points the type's slots at wrappers for the dunders its Python classes define (fixup_slot_dispatchers). */
export function updateSlots(t: PyObject): void {
  const d = td(t);
  const base = td(d.tp_base ?? ObjectType);
  const has = (n: string) => lookupPy(t, n);
  if (has('__repr__')) d.tp_repr = (o) => strResult(callDunder(lookupPy(o.ob_type, '__repr__')!, o, []), '__repr__');
  if (has('__str__')) d.tp_str = (o) => strResult(callDunder(lookupPy(o.ob_type, '__str__')!, o, []), '__str__');
  else if (has('__repr__')) d.tp_str = null;
  if (RICH.some((n) => has(n))) {
    d.tp_richcompare = (a, b, op) => {
      const m = lookupPy(a.ob_type, RICH[op]);
      if (m === null || m === None) return base.tp_richcompare !== null ? base.tp_richcompare(a, b, op) : NotImplemented;
      return callDunder(m, a, [b]);
    };
  }
  const hashM = d.tp_dict.get('__hash__');
  if (hashM === None || (hashM === undefined && d.tp_dict.has('__eq__'))) {
    d.tp_hash = null;
    if (hashM === undefined) d.tp_dict.set('__hash__', None);
  } else if (has('__hash__')) {
    d.tp_hash = (o) => {
      const r = callDunder(lookupPy(o.ob_type, '__hash__')!, o, []);
      if (!isInt(r)) {
        decref(r);
        raise('TypeError', '__hash__ method should return an integer');
      }
      const h = r.v;
      decref(r);
      return h === -1 ? -2 : h;
    };
  }
  if (has('__len__')) {
    d.mp_length = (o) => {
      const r = callDunder(lookupPy(o.ob_type, '__len__')!, o, []);
      if (!isInt(r)) {
        const tn = typeNameOf(r);
        decref(r);
        raise('TypeError', `'${tn}' object cannot be interpreted as an integer`);
      }
      const n = r.v;
      decref(r);
      if (n < 0) raise('ValueError', '__len__() should return >= 0');
      return n;
    };
  }
  if (has('__bool__')) {
    d.nb_bool = (o) => {
      const r = callDunder(lookupPy(o.ob_type, '__bool__')!, o, []);
      if (r !== True && r !== False) {
        const tn = typeNameOf(r);
        decref(r);
        raise('TypeError', `__bool__ should return bool, returned ${tn}`);
      }
      return r === True;
    };
  }
  if (has('__getitem__')) d.mp_subscript = (o, k) => callDunder(lookupPy(o.ob_type, '__getitem__')!, o, [k]);
  if (has('__setitem__') || has('__delitem__')) {
    d.mp_ass_subscript = (o, k, v) => {
      const name = v === null ? '__delitem__' : '__setitem__';
      const m = lookupPy(o.ob_type, name);
      if (m === null) raise('AttributeError', name);
      decref(callDunder(m, o, v === null ? [k] : [k, v]));
    };
  }
  if (has('__contains__')) d.sq_contains = (o, x) => {
    const r = callDunder(lookupPy(o.ob_type, '__contains__')!, o, [x]);
    const b = isTrue(r);
    decref(r);
    return b;
  };
  if (has('__iter__')) d.tp_iter = (o) => callDunder(lookupPy(o.ob_type, '__iter__')!, o, []);
  if (has('__next__')) {
    d.tp_iternext = (o) => {
      try {
        return callDunder(lookupPy(o.ob_type, '__next__')!, o, []);
      } catch (e) {
        const err = e as { exc?: PyObject };
        if (err.exc !== undefined && typeData(err.exc).tp_name === 'StopIteration') {
          decref(err.exc);
          return null;
        }
        throw e;
      }
    };
  }
  if (has('__call__')) d.tp_call = (o, args, kw) => {
    const m = lookupPy(o.ob_type, '__call__')!;
    return call(m, [o, ...args], kw);
  };
  if (has('__init__')) {
    d.tp_init = (o, args, kw) => {
      const m = lookupPy(o.ob_type, '__init__')!;
      const r = call(m, [o, ...args], kw);
      if (r !== None) {
        const tn = typeNameOf(r);
        decref(r);
        raise('TypeError', `__init__() should return None, not '${tn}'`);
      }
    };
  }
  if (has('__new__')) {
    d.tp_new = (type, args, kw) => {
      const m = lookupPy(type, '__new__')!;
      const fn = typeData(m).tp_name === 'staticmethod' ? (m.a as PyObject) : m;
      return call(fn, [type, ...args], kw);
    };
  }
  if (has('__getattr__') || has('__getattribute__')) {
    const generic = d.tp_getattro;
    d.tp_getattro = (o, name) => {
      const ga = lookupPy(o.ob_type, '__getattribute__');
      const s = newStr(name);
      try {
        if (ga !== null) {
          try {
            return callDunder(ga, o, [s]);
          } catch (e) {
            const err = e as { exc?: PyObject };
            if (err.exc === undefined || typeData(err.exc).tp_name !== 'AttributeError' || lookupPy(o.ob_type, '__getattr__') === null) throw e;
            decref(err.exc);
          }
        } else {
          const r = generic === null ? genericGetAttr(o, name) : generic(o, name);
          if (r !== null) return r;
        }
        return callDunder(lookupPy(o.ob_type, '__getattr__')!, o, [s]);
      } finally {
        decref(s);
      }
    };
  }
  if (has('__setattr__') || has('__delattr__')) {
    d.tp_setattro = (o, name, v) => {
      const s = newStr(name);
      try {
        const m = lookupPy(o.ob_type, v === null ? '__delattr__' : '__setattr__');
        if (m === null) return genericSetAttr(o, name, v);
        decref(callDunder(m, o, v === null ? [s] : [s, v]));
      } finally {
        decref(s);
      }
    };
  }
  NB_DUNDERS.forEach(([l, r], i) => {
    if (has(l) || has(r)) {
      const slot = (a: PyObject, b: PyObject): PyObject => {
        if (isSubtype(a.ob_type, t) && lookupPy(a.ob_type, l) !== null) {
          const res = callDunder(lookupPy(a.ob_type, l)!, a, [b]);
          if (res !== NotImplemented || !isSubtype(b.ob_type, t)) return res;
          decref(res);
        }
        if (isSubtype(b.ob_type, t) && lookupPy(b.ob_type, r) !== null && a.ob_type !== b.ob_type) {
          return callDunder(lookupPy(b.ob_type, r)!, b, [a]);
        }
        if (isSubtype(b.ob_type, t) && lookupPy(b.ob_type, r) !== null && !isSubtype(a.ob_type, t)) return callDunder(lookupPy(b.ob_type, r)!, b, [a]);
        return NotImplemented;
      };
      (d as unknown as Record<string, unknown>)[NB_SLOT_NAMES[i]] = slot;
      d.nb[i] = slot;
    }
    if (has(INPLACE[i])) d.nb_inplace[i] = (a, b) => callDunder(lookupPy(a.ob_type, INPLACE[i])!, a, [b]);
  });
  const unary: [keyof TypeData, string][] = [['nb_negative', '__neg__'], ['nb_positive', '__pos__'], ['nb_invert', '__invert__'], ['nb_absolute', '__abs__'], ['nb_index', '__index__'], ['nb_int', '__int__'], ['nb_float', '__float__']];
  for (const [slot, name] of unary) {
    if (has(name)) (d as unknown as Record<string, unknown>)[slot] = (o: PyObject) => callDunder(lookupPy(o.ob_type, name)!, o, []);
  }
  if (has('__get__')) d.tp_descr_get = (descr, obj, type) => callDunder(lookupPy(descr.ob_type, '__get__')!, descr, [obj ?? None, type]);
  if (has('__set__') || has('__delete__')) d.tp_descr_set = (descr, obj, v) => {
    decref(callDunder(lookupPy(descr.ob_type, v === null ? '__delete__' : '__set__')!, descr, v === null ? [obj] : [obj, v]));
  };
}

/**
 * __build_class__(func, name, *bases): runs the class body with a fresh
 * namespace, then creates the class. `runBody` is supplied by the VM since
 * the body runs on a nested eval loop.
 */
export function buildClass(args: PyObject[], kwnames: readonly string[] | null, runBody: (func: PyObject, ns: PyObject) => PyObject, caller: Caller): PyObject {
  void caller;
  if (args.length < 2) raise('TypeError', '__build_class__: not enough arguments');
  const func = args[0], name = args[1];
  if (func.ob_type !== FunctionType) raise('TypeError', '__build_class__: func must be a function');
  if (!isStr(name)) raise('TypeError', '__build_class__: name is not a string');
  const nkw = kwnames === null ? 0 : kwnames.length;
  const bases = args.slice(2, args.length - nkw);
  if (nkw > 0 && kwnames!.some((k) => k !== 'metaclass')) raise('TypeError', `__init_subclass__() takes no keyword arguments`);
  const ns = newDict();
  try {
    const r = runBody(func, ns);
    decref(r);
    for (const b of bases) incref(b);
    const bt = newTuple(bases.slice());
    try {
      return newClass(name.a as string, bt, ns);
    } finally {
      decref(bt);
    }
  } finally {
    decref(ns);
  }
}

export { newCell, dictSetItem, repr, strOf, addressHex, newInt };

/**
 * The slot wrappers of a builtin type, so that Python code can call
 * object.__init__, super().__repr__(), Exception.__str__(e)...: each calls
 * the slot of the type it was defined on (CPython's wrapper_descriptor).
 */
export function addSlotMethods(type: PyObject): void {
  const d = td(type);
  const methods: Record<string, (self: PyObject, args: PyObject[], kw: readonly string[] | null) => PyObject> = {
    __init__: (self, args, kw) => {
      if (d.tp_init !== null) d.tp_init(self, args, kw);
      return None;
    },
    __repr__: (self) => newStr(d.tp_repr!(self)),
    __str__: (self) => newStr((d.tp_str ?? d.tp_repr!)(self)),
    __setattr__: (self, args) => {
      genericSetAttr(self, (args[0].a as string), args[1]);
      return None;
    },
    __delattr__: (self, args) => {
      genericSetAttr(self, (args[0].a as string), null);
      return None;
    },
    __getattribute__: (self, args) => {
      const r = genericGetAttr(self, args[0].a as string);
      if (r === null) raise('AttributeError', `'${typeNameOf(self)}' object has no attribute '${args[0].a as string}'`);
      return r;
    },
  };
  if (d.tp_hash !== null) methods.__hash__ = (self) => newInt(d.tp_hash!(self));
  RICH.forEach((name, op) => {
    methods[name] = (self, args) => (d.tp_richcompare === null ? NotImplemented : d.tp_richcompare(self, args[0], op));
  });
  if (type === ObjectType) {
    methods.__new__ = (cls, args) => td(ObjectType).tp_new!(cls, args.length > 0 ? [] : args, null);
    methods.__format__ = (self, args) => newStr(args[0] !== undefined && (args[0].a as string) !== '' ? raise('TypeError', `unsupported format string passed to ${typeNameOf(self)}.__format__`) : strOf(self));
  }
  addMethods(type, methods);
}
addSlotMethods(ObjectType);
