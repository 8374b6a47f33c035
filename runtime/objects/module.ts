/**
 * module objects: `a` is the module name (a JS string) and `dict` its
 * namespace, so attribute access is a dict lookup. Builtin modules (sys,
 * builtins) are ordinary module objects filled by runtime/modules/.
 */

import { PyObject, newref, decref } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { newDict, dictGetStr, dictSetItem } from './dict';
import { newStr, StrType } from './str';
import { None } from './none';
import { raise } from './errors';
import { genericSetAttr, callHooks, repr } from './abstract';

export const ModuleType: PyObject = makeStaticType('module', null, {
  tp_flags: TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  tp_basicsize: 72,
  tp_dictoffset: true,
  tp_repr: moduleRepr,
  tp_getattro: (o, name) => {
    const v = dictGetStr(o.dict!, name);
    if (v !== null) return newref(v);
    if (name === '__dict__') return newref(o.dict!);
    // PEP 562: a module-level __getattr__ answers for missing names.
    const hook = dictGetStr(o.dict!, '__getattr__');
    if (hook !== null) {
      const n = newStr(name);
      try {
        return callHooks.call(hook, [n], null);
      } finally {
        decref(n);
      }
    }
    const modName = dictGetStr(o.dict!, '__name__');
    if (modName === null || modName.ob_type !== StrType) raise('AttributeError', `module has no attribute '${name}'`);
    if (initializingModules.has(o)) raise('AttributeError', `partially initialized module '${modName.a as string}' has no attribute '${name}' (most likely due to a circular import)`);
    raise('AttributeError', `module '${modName.a as string}' has no attribute '${name}'`);
  },
  tp_setattro: (o, name, value) => genericSetAttr(o, name, value),
});

/** Modules whose body is running now (importlib's __spec__._initializing). */
export const initializingModules = new Set<PyObject>();

/** The repr CPython's module_repr gives: from its file, built-in (b === 'built-in'), or its name alone. */
function moduleRepr(o: PyObject): string {
  const name = o.a as string;
  const file = dictGetStr(o.dict!, '__file__');
  if (file !== null && file.ob_type === StrType) return `<module '${name}' from '${file.a as string}'>`;
  if (o.b === 'built-in' || name === 'builtins' || name === 'sys') return `<module '${name}' (built-in)>`;
  const path = dictGetStr(o.dict!, '__path__');
  if (path !== null && o.b === 'namespace') return `<module '${name}' (namespace) from ${repr(path)}>`;
  return `<module '${name}'>`;
}

export function newModule(name: string): PyObject {
  const m = new PyObject(ModuleType, 0, name, null);
  m.dict = newDict();
  setStrItem(m.dict, '__name__', newStr(name));
  setStrItem(m.dict, '__doc__', None);
  return m;
}

/** Sets d[name] = value and releases the caller's reference to value. */
export function setStrItem(d: PyObject, name: string, value: PyObject): void {
  const k = newStr(name);
  dictSetItem(d, k, value);
  if (k.ob_refcnt < 0x3fffffff) k.ob_refcnt--;
  if (value.ob_refcnt < 0x3fffffff) value.ob_refcnt--;
}
