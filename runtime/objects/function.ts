/**
 * Python functions, bound methods and cells. A function's payload `a` is a
 * FuncData (code, globals, builtins, defaults, closure... all owned); its
 * __dict__ is the `dict` slot. Calling one is the VM's business: tp_call
 * forwards to `callHooks.call`, which pushes a frame. Bound methods keep
 * the function in `a` and `self` in `b`. Cells keep their content in `a`.
 */

import { PyObject, decref, incref, newref, xdecref } from './object';
import { makeStaticType, TypeFlags, typeData } from './typeobject';
import { None } from './none';
import { newStr } from './str';
import { addressHex, repr, genericGetAttr, genericSetAttr, callHooks } from './abstract';
import type { CodeObject } from './code';
import { raise } from './errors';

export class FuncData {
  constructor(
    public code: PyObject,
    public globals: PyObject,
    public builtins: PyObject,
    public name: string,
    public qualname: string,
    /** Positional defaults (a tuple) or null. */
    public defaults: PyObject | null,
    /** Keyword-only defaults (a dict) or null. */
    public kwdefaults: PyObject | null,
    /** Free-variable cells (a tuple) or null. */
    public closure: PyObject | null,
    public module: PyObject | null,
    public doc: PyObject | null,
    public annotations: PyObject | null,
  ) {}
}

export function funcCode(f: PyObject): CodeObject {
  return (f.a as FuncData).code.a as CodeObject;
}

export const FunctionType: PyObject = makeStaticType('function', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 160,
  tp_dictoffset: true,
  tp_dealloc: (o) => {
    const d = o.a as FuncData;
    decref(d.code);
    decref(d.globals);
    decref(d.builtins);
    xdecref(d.defaults);
    xdecref(d.kwdefaults);
    xdecref(d.closure);
    xdecref(d.module);
    xdecref(d.doc);
    xdecref(d.annotations);
  },
  tp_repr: (o) => `<function ${(o.a as FuncData).qualname} at 0x${addressHex(o).replace(/^0+/, '')}>`,
  tp_descr_get: (f, obj) => (obj === null ? newref(f) : newMethod(f, obj)),
  tp_call: (f, args, kwnames) => callHooks.call(f, args, kwnames),
  tp_getattro: (o, name) => {
    const d = o.a as FuncData;
    switch (name) {
      case '__name__': return newStr(d.name);
      case '__qualname__': return newStr(d.qualname);
      case '__code__': return newref(d.code);
      case '__globals__': return newref(d.globals);
      case '__defaults__': return newref(d.defaults ?? None);
      case '__kwdefaults__': return newref(d.kwdefaults ?? None);
      case '__closure__': return newref(d.closure ?? None);
      case '__module__': return newref(d.module ?? None);
      case '__doc__': return newref(d.doc ?? None);
    }
    return genericGetAttr(o, name);
  },
  tp_setattro: (o, name, value) => {
    const d = o.a as FuncData;
    if (name === '__name__' || name === '__qualname__') {
      if (value === null || typeData(value).tp_name !== 'str') raise('TypeError', `${name} must be set to a string object`);
      if (name === '__name__') d.name = value.a as string;
      else d.qualname = value.a as string;
      return;
    }
    if (name === '__doc__') {
      xdecref(d.doc);
      d.doc = value === null ? null : newref(value);
      return;
    }
    genericSetAttr(o, name, value);
  },
});

export function newFunction(code: PyObject, globals: PyObject, builtins: PyObject, qualname: string, module: PyObject | null): PyObject {
  incref(code);
  incref(globals);
  incref(builtins);
  if (module !== null) incref(module);
  const c = code.a as CodeObject;
  const firstConst = c.consts.length > 0 && typeData(c.consts[0]).tp_name === 'str' && (c.co_flags & 0x20) === 0 ? null : null;
  return new PyObject(FunctionType, 0, new FuncData(code, globals, builtins, c.co_name, qualname, null, null, null, module, firstConst, null), null);
}

export const MethodType: PyObject = makeStaticType('method', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 48,
  tp_dealloc: (o) => {
    decref(o.a as PyObject);
    decref(o.b as PyObject);
  },
  tp_repr: (o) => {
    const f = o.a as PyObject;
    const name = f.ob_type === FunctionType ? (f.a as FuncData).qualname : '?';
    return `<bound method ${name} of ${repr(o.b as PyObject)}>`;
  },
  tp_call: (m, args, kwnames) => callHooks.call(m.a as PyObject, [m.b as PyObject, ...args], kwnames),
  tp_getattro: (o, name) => {
    if (name === '__func__') return newref(o.a as PyObject);
    if (name === '__self__') return newref(o.b as PyObject);
    const f = o.a as PyObject;
    return typeData(f).tp_getattro!(f, name);
  },
});

export function newMethod(func: PyObject, self: PyObject): PyObject {
  incref(func);
  incref(self);
  return new PyObject(MethodType, 0, func, self);
}

export const CellType: PyObject = makeStaticType('cell', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 40,
  tp_dealloc: (o) => xdecref(o.a as PyObject | null),
  tp_repr: (o) =>
    o.a === null
      ? `<cell at 0x${addressHex(o).replace(/^0+/, '')}: empty>`
      : `<cell at 0x${addressHex(o).replace(/^0+/, '')}: ${typeData(o.a as PyObject).tp_name} object at 0x${addressHex(o.a as PyObject).replace(/^0+/, '')}>`,
});

/** A new cell; takes ownership of `content`. */
export function newCell(content: PyObject | null): PyObject {
  return new PyObject(CellType, 0, content, null);
}

/** staticmethod and classmethod: `a` holds the wrapped callable. */
export const StaticMethodType: PyObject = makeStaticType('staticmethod', null, {
  tp_flags: TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  tp_basicsize: 56,
  tp_dealloc: (o) => decref(o.a as PyObject),
  tp_descr_get: (d) => newref(d.a as PyObject),
  tp_new: (_t, args) => new PyObject(StaticMethodType, 0, newref(args[0]), null),
  tp_call: (d, args, kw) => callHooks.call(d.a as PyObject, args, kw),
});
export const ClassMethodType: PyObject = makeStaticType('classmethod', null, {
  tp_flags: TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  tp_basicsize: 56,
  tp_dealloc: (o) => decref(o.a as PyObject),
  tp_descr_get: (d, obj, type) => newMethod(d.a as PyObject, obj === null ? type : obj.ob_type),
  tp_new: (_t, args) => new PyObject(ClassMethodType, 0, newref(args[0]), null),
});
/** property: `a` holds [fget, fset, fdel] (owned or null). */
export const PropertyType: PyObject = makeStaticType('property', null, {
  tp_flags: TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  tp_basicsize: 64,
  tp_dealloc: (o) => {
    for (const f of o.a as (PyObject | null)[]) xdecref(f);
  },
  tp_new: (_t, args) => new PyObject(PropertyType, 0, [0, 1, 2].map((i) => (args[i] && args[i] !== None ? newref(args[i]) : null)), null),
  tp_descr_get: (d, obj) => {
    if (obj === null) return newref(d);
    const fget = (d.a as (PyObject | null)[])[0];
    if (fget === null) raise('AttributeError', "property has no getter");
    return callHooks.call(fget, [obj], null);
  },
  tp_descr_set: (d, obj, value) => {
    const [, fset, fdel] = d.a as (PyObject | null)[];
    const f = value === null ? fdel : fset;
    if (f === null) raise('AttributeError', value === null ? "property has no deleter" : "property has no setter");
    const r = callHooks.call(f, value === null ? [obj] : [obj, value], null);
    decref(r);
  },
  tp_getattro: (o, name) => {
    if (name === 'setter' || name === 'getter' || name === 'deleter') {
      return new PyObject(PropertyCopierType, 0, newref(o), name);
    }
    return genericGetAttr(o, name);
  },
});
const PropertyCopierType: PyObject = makeStaticType('builtin_function_or_method', null, {
  tp_dealloc: (o) => decref(o.a as PyObject),
  tp_call: (c, args) => {
    const src = (c.a as PyObject).a as (PyObject | null)[];
    const idx = c.b === 'getter' ? 0 : c.b === 'setter' ? 1 : 2;
    const fns = src.map((f, i) => (i === idx ? args[0] : f));
    return new PyObject(PropertyType, 0, fns.map((f) => (f === null ? null : newref(f))), null);
  },
});
