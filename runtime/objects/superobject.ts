/**
 * super(): the object that looks attributes up along obj's MRO starting
 * after a given class (Objects/typeobject.c's super_getattro). This file
 * gives the `super` type that builtinTypes.ts declares its full behaviour:
 * the instance-or-subtype check of super(type, obj), __thisclass__,
 * __self__ and __self_class__, descriptor binding of what is found
 * (functions bind to obj, classmethods to obj's class), and the repr.
 * Zero-argument super() gets its class and first argument from the calling
 * frame through superHooks (the interpreter installs it); the LOAD_SUPER_ATTR
 * opcode uses superLookup directly.
 */

import { PyObject, decref, newref } from './object';
import { td, typeData, isSubtype, isType } from './typeobject';
import { raise } from './errors';
import { None } from './none';
import { genericGetAttr, typeNameOf } from './abstract';
import { SuperType } from '../modules/builtinTypes';
import { superHooks } from '../modules/builtinTypes';

/** supercheck: the type whose MRO is searched, or a TypeError. */
export function superCheck(type: PyObject, obj: PyObject): PyObject {
  if (isType(obj) && isSubtype(obj, type)) return obj;
  if (isSubtype(obj.ob_type, type)) return obj.ob_type;
  raise('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
}

/** The attribute found after `type` in the MRO of `startType`, bound for `obj` (null when absent). */
export function superFind(type: PyObject, obj: PyObject | null, startType: PyObject, name: string): PyObject | null {
  const mro = td(startType).tp_mro;
  let i = mro.indexOf(type);
  for (i = i + 1; i < mro.length; i++) {
    const v = td(mro[i]).tp_dict.get(name);
    if (v === undefined) continue;
    const get = typeData(v).tp_descr_get;
    return get !== null ? get(v, obj === startType ? null : obj, startType) : newref(v);
  }
  return null;
}

const sd = td(SuperType);
sd.tp_new = (subtype, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', 'super() takes no keyword arguments');
  let type: PyObject, obj: PyObject | null;
  if (args.length === 0) [type, obj] = superHooks.zeroArg();
  else {
    type = args[0];
    obj = args.length > 1 && args[1] !== None ? args[1] : null;
  }
  if (args.length > 2) raise('TypeError', `super() takes at most 2 arguments (${args.length} given)`);
  if (!isType(type)) raise('TypeError', `super() argument 1 must be a type, not ${typeNameOf(type)}`);
  const start = obj === null ? null : superCheck(type, obj);
  const o = new PyObject(subtype, 0, [newref(type), obj === null ? null : newref(obj), start === null ? null : newref(start)], null);
  return o;
};
sd.tp_init = null;
sd.tp_dealloc = (o) => {
  for (const x of o.a as (PyObject | null)[]) if (x !== null) decref(x);
};
sd.tp_repr = (o) => {
  const [t, obj, start] = o.a as (PyObject | null)[];
  if (obj === null) return `<super: <class '${td(t!).tp_name}'>, NULL>`;
  return `<super: <class '${td(t!).tp_name}'>, <${td(start!).tp_name} object>>`;
};
sd.tp_getattro = (o, name) => {
  const [t, obj, start] = o.a as (PyObject | null)[];
  switch (name) {
    case '__thisclass__': return newref(t!);
    case '__self__': return newref(obj ?? None);
    case '__self_class__': return newref(start ?? None);
  }
  if (start !== null && name !== '__class__') {
    const r = superFind(t!, obj, start, name);
    if (r !== null) return r;
  }
  return genericGetAttr(o, name);
};
