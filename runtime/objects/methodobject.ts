/**
 * Builtin callables: `builtin_function_or_method` (print, len, and bound
 * methods of builtin objects such as `[].append`) and `method_descriptor`
 * (list.append as found in the type's namespace). A method descriptor loaded
 * through an instance becomes a bound builtin method unless the eval loop's
 * LOAD_ATTR method form avoids creating it, as CPython's does.
 *
 * Payload: `a` is a BuiltinData; `b` is the bound `self` (owned) or null.
 * This file deliberately has no knowledge of Python functions (function.ts).
 */

import { PyObject, decref, newref, immortalize } from './object';
import { makeStaticType, TypeFlags, td, isSubtype, type MethodFunc } from './typeobject';
import { raise } from './errors';

export class BuiltinData {
  constructor(
    readonly name: string,
    readonly fn: MethodFunc,
    /** The type a method descriptor belongs to ('list' for list.append); '' for functions. */
    readonly owner: string,
    readonly module: string | null,
  ) {}
}

export const BuiltinFunctionType: PyObject = makeStaticType('builtin_function_or_method', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 72,
  tp_dealloc: (o) => {
    if (o.b !== null) decref(o.b as PyObject);
  },
  tp_repr: (o) => {
    const d = o.a as BuiltinData;
    if (o.b === null || d.owner === '') return `<built-in function ${d.name}>`;
    const self = o.b as PyObject;
    return `<built-in method ${d.name} of ${td(self.ob_type).tp_name} object at 0x${addrHex(self)}>`;
  },
  tp_call: (f, args, kwnames) => {
    const d = f.a as BuiltinData;
    return d.fn(f.b as PyObject, args, kwnames);
  },
  tp_getattro: (f, name) => builtinAttr(f, name),
});

/** Filled in by abstract.ts: strings and the generic lookup for builtin callables' attributes. */
export const builtinAttrHooks: { attr: (f: PyObject, name: string) => PyObject | null } = { attr: () => null };
function builtinAttr(f: PyObject, name: string): PyObject | null {
  return builtinAttrHooks.attr(f, name);
}

export const MethodDescrType: PyObject = makeStaticType('method_descriptor', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 56,
  tp_repr: (o) => {
    const d = o.a as BuiltinData;
    return `<method '${d.name}' of '${d.owner}' objects>`;
  },
  tp_descr_get: (descr, obj) => {
    if (obj === null) return newref(descr);
    return newBoundBuiltin(descr.a as BuiltinData, obj);
  },
  tp_call: (descr, args, kwnames) => {
    const d = descr.a as BuiltinData;
    if (args.length === 0) {
      raise('TypeError', `unbound method ${d.owner}.${d.name}() needs an argument`);
    }
    // `b` holds the owning type (immortal) so str.upper(1) fails as in CPython instead of reaching the method.
    const owner = descr.b as PyObject | null;
    if (owner !== null && !isSubtype(args[0].ob_type, owner)) {
      raise('TypeError', `descriptor '${d.name}' for '${d.owner}' objects doesn't apply to a '${td(args[0].ob_type).tp_name}' object`);
    }
    return d.fn(args[0], args.slice(1), kwnames);
  },
});

/** Filled in by abstract.ts: formats an object's id() as CPython's %p does. */
export const addrHook: { hex: (o: PyObject) => string } = { hex: () => '0' };
function addrHex(o: PyObject): string {
  return addrHook.hex(o);
}

export function newBuiltinFunction(name: string, fn: MethodFunc, module: string | null = 'builtins'): PyObject {
  return immortalize(new PyObject(BuiltinFunctionType, 0, new BuiltinData(name, fn, '', module), null));
}

export function newBoundBuiltin(d: BuiltinData, self: PyObject): PyObject {
  return new PyObject(BuiltinFunctionType, 0, d, newref(self));
}

/** Adds builtin methods to a static type's namespace (the method table of a PyTypeObject). */
export function addMethods(type: PyObject, methods: Record<string, MethodFunc>): void {
  const d = td(type);
  for (const [name, fn] of Object.entries(methods)) {
    d.tp_dict.set(name, immortalize(new PyObject(MethodDescrType, 0, new BuiltinData(name, fn, d.tp_name, null), type)));
  }
}
