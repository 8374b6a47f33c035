/**
 * The slot wrappers of classes defined in Python (CPython's slotdefs and
 * fixup_slot_dispatchers): when a class defines __repr__, __eq__, __add__,
 * __len__, __getattr__... its TypeData slot is pointed at a function that
 * looks the dunder up on the instance's type and calls it, so the whole
 * runtime (repr(), ==, +, len(), attribute access) sees Python-level
 * overrides. The reverse direction, slot methods of builtin types callable
 * from Python (object.__init__, int.__add__), is addSlotMethods at the end.
 * It deliberately does not cache lookups: every call re-reads the MRO, so a
 * class attribute assigned later takes effect at once.
 */

import { PyObject, decref, newref } from './object';
import { dictGetItem } from './dict';
import { ObjectType, TypeData, td, typeData, isSubtype, TypeFlags, NB_SLOT_NAMES } from './typeobject';
import { raise } from './errors';
import { NotImplemented, newInt, isInt, intBig } from './int';
const isSubtypeName = (o: PyObject, n: string): boolean => td(o.ob_type).tp_mro.some((t) => td(t).tp_name === n);
const intSign = (o: PyObject): number => (intBig(o) < 0n ? -1 : 1);
import { True, False } from './bool';
import { None } from './none';
import { newStr, isStr } from './str';
import { call, str as strOf, isTrue, genericGetAttr, genericSetAttr, typeNameOf } from './abstract';
import { FunctionType } from './function';
import { addMethods } from './methodobject';
import { hash as protoHash, excTypes } from './abstract';

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

/**
 * slot_tp_init: calls the __init__ found along the MRO and insists on None.
 * One shared function, so that the eval loop can recognise a class whose
 * __init__ it may run inline (runtime/vm/initCall.ts).
 */
export function slotTpInit(o: PyObject, args: PyObject[], kw: readonly string[] | null): void {
  const m = lookupPy(o.ob_type, '__init__')!;
  const r = call(m, [o, ...args], kw);
  if (r !== None) {
    const tn = typeNameOf(r);
    decref(r);
    raise('TypeError', `__init__() should return None, not '${tn}'`);
  }
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
  else if (has('__repr__') && (base.tp_str === null || base.tp_str === base.tp_repr)) d.tp_str = null;
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
      // A result outside a machine word is replaced by its own hash, as slot_tp_hash does.
      const h = Number.isSafeInteger(r.v) ? r.v : protoHash(r);
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
      const neg = Number.isSafeInteger(n) ? n < 0 : intSign(r) < 0;
      decref(r);
      if (neg) raise('ValueError', '__len__() should return >= 0');
      if (!Number.isSafeInteger(n)) raise('OverflowError', "cannot fit 'int' into an index-sized integer");
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
    const m = lookupPy(o.ob_type, '__contains__')!;
    if (m === None) raise('TypeError', `'${typeNameOf(o)}' object is not a container`);
    const r = callDunder(m, o, [x]);
    const b = isTrue(r);
    decref(r);
    return b;
  };
  if (has('__iter__')) {
    d.tp_iter = (o) => {
      const m = lookupPy(o.ob_type, '__iter__')!;
      // __iter__ = None declares the class not iterable (slot_tp_iter).
      if (m === None) raise('TypeError', `'${typeNameOf(o)}' object is not iterable`);
      return callDunder(m, o, []);
    };
  }
  if (has('__missing__') && (d.tp_flags & TypeFlags.DICT_SUBCLASS) !== 0 && !has('__getitem__')) {
    // dict_subscript calls __missing__ for subclasses that define it.
    d.mp_subscript = (o, k) => {
      const v = dictGetItem(o, k);
      return v !== null ? newref(v) : callDunder(lookupPy(o.ob_type, '__missing__')!, o, [k]);
    };
  }
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
  if (has('__init__')) d.tp_init = slotTpInit;
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
          try {
            const r = generic === null ? genericGetAttr(o, name) : generic(o, name);
            if (r !== null) return r;
          } catch (e) {
            // An AttributeError from the generic lookup (a property's getter, say) falls back to __getattr__.
            const err = e as { exc?: PyObject };
            if (err.exc === undefined || !isSubtype(err.exc.ob_type, excTypes.AttributeError!) || lookupPy(o.ob_type, '__getattr__') === null) throw e;
            decref(err.exc);
          }
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
    // A class that does not define the pair itself shares its base's slot function, so that
    // binary_op1 sees equal slots and does not try the reflected method first.
    if (!d.tp_dict.has(l) && !d.tp_dict.has(r) && base.nb[i] !== null && (has(l) || has(r))) {
      (d as unknown as Record<string, unknown>)[NB_SLOT_NAMES[i]] = base.nb[i];
      d.nb[i] = base.nb[i];
    } else if (has(l) || has(r)) {
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
    if (!has(name)) continue;
    const check = slot === 'nb_index' || slot === 'nb_int' ? 'int' : slot === 'nb_float' ? 'float' : null;
    (d as unknown as Record<string, unknown>)[slot] = (o: PyObject) => {
      const r = callDunder(lookupPy(o.ob_type, name)!, o, []);
      // __index__/__int__ must return an int and __float__ a float (subclasses are accepted here).
      if (check !== null && !(check === 'int' ? isInt(r) : typeData(r).tp_name === 'float' || isSubtypeName(r, 'float'))) {
        const tn = typeNameOf(r);
        decref(r);
        raise('TypeError', `${name} returned non-${check} (type ${tn})`);
      }
      return r;
    };
  }
  if (has('__get__')) d.tp_descr_get = (descr, obj, type) => callDunder(lookupPy(descr.ob_type, '__get__')!, descr, [obj ?? None, type]);
  if (has('__set__') || has('__delete__')) d.tp_descr_set = (descr, obj, v) => {
    const dn = v === null ? '__delete__' : '__set__';
    const m = lookupPy(descr.ob_type, dn);
    if (m === null) raise('AttributeError', dn);
    decref(callDunder(m, descr, v === null ? [obj] : [obj, v]));
  };
}


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
    methods.__format__ = (self, args) => newStr(args[0] !== undefined && (args[0].a as string) !== '' ? raise('TypeError', `unsupported format string passed to ${typeNameOf(self)}.__format__`) : strOf(self));
  }
  addMethods(type, methods);
}
addSlotMethods(ObjectType);

/**
 * The number, mapping and sequence slot wrappers of a builtin type (int.__add__, list.__getitem__,
 * dict.__len__...), added where the type's own method table has no entry of that name, so that
 * super().__add__(x) and int.__radd__(3, 4) reach the C-level slot as in CPython.
 */
export function addOperatorSlotMethods(type: PyObject): void {
  const d = td(type);
  const methods: Record<string, (self: PyObject, args: PyObject[], kw: readonly string[] | null) => PyObject> = {};
  NB_DUNDERS.forEach(([l, r], i) => {
    const f = d.nb[i];
    if (f === null) return;
    methods[l] = (self, args) => f(self, args[0]);
    methods[r] = (self, args) => f(args[0], self);
  });
  INPLACE.forEach((n, i) => {
    const f = d.nb_inplace[i];
    if (f !== null) methods[n] = (self, args) => f(self, args[0]);
  });
  const unary: [keyof TypeData, string][] = [['nb_negative', '__neg__'], ['nb_positive', '__pos__'], ['nb_invert', '__invert__'], ['nb_absolute', '__abs__'], ['nb_index', '__index__'], ['nb_int', '__int__'], ['nb_float', '__float__']];
  for (const [slot, name] of unary) {
    const f = d[slot] as ((o: PyObject) => PyObject) | null;
    if (f !== null) methods[name] = (self) => f(self);
  }
  if (d.nb_bool !== null) methods.__bool__ = (self) => (d.nb_bool!(self) ? True : False);
  if (d.mp_length !== null) methods.__len__ = (self) => newInt(d.mp_length!(self));
  if (d.mp_subscript !== null) methods.__getitem__ = (self, args) => d.mp_subscript!(self, args[0]);
  if (d.mp_ass_subscript !== null) {
    methods.__setitem__ = (self, args) => {
      d.mp_ass_subscript!(self, args[0], args[1]);
      return None;
    };
    methods.__delitem__ = (self, args) => {
      d.mp_ass_subscript!(self, args[0], null);
      return None;
    };
  }
  if (d.sq_contains !== null) methods.__contains__ = (self, args) => (d.sq_contains!(self, args[0]) ? True : False);
  if (d.tp_iter !== null) methods.__iter__ = (self) => d.tp_iter!(self);
  if (d.tp_iternext !== null) {
    methods.__next__ = (self) => {
      const r = d.tp_iternext!(self);
      if (r === null) raise('StopIteration', '');
      return r;
    };
  }
  const baseD = d.tp_base === null ? null : td(d.tp_base);
  if (d.tp_repr !== null && (baseD === null || d.tp_repr !== baseD.tp_repr)) methods.__repr__ = (self) => newStr(d.tp_repr!(self));
  if (d.tp_hash !== null && (baseD === null || d.tp_hash !== baseD.tp_hash)) methods.__hash__ = (self) => newInt(d.tp_hash!(self));
  if (d.tp_call !== null && type !== ObjectType) methods.__call__ = (self, args, kw) => d.tp_call!(self, args, kw);
  for (const k of Object.keys(methods)) if (d.tp_dict.has(k)) delete methods[k];
  addMethods(type, methods);
}
