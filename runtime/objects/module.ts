/**
 * module objects: `a` is the module name (a JS string) and `dict` its
 * namespace, so attribute access is a dict lookup. Builtin modules (sys,
 * builtins) are ordinary module objects filled by runtime/modules/.
 */

import { PyObject, newref } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { newDict, dictGetStr, dictSetItem } from './dict';
import { newStr } from './str';
import { None } from './none';
import { genericSetAttr } from './abstract';

export const ModuleType: PyObject = makeStaticType('module', null, {
  tp_flags: TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  tp_basicsize: 72,
  tp_dictoffset: true,
  tp_repr: (o) => (o.a === 'builtins' || o.a === 'sys' ? `<module '${o.a as string}' (built-in)>` : `<module '${o.a as string}'>`),
  tp_getattro: (o, name) => {
    const v = dictGetStr(o.dict!, name);
    if (v !== null) return newref(v);
    if (name === '__dict__') return newref(o.dict!);
    return null;
  },
  tp_setattro: (o, name, value) => genericSetAttr(o, name, value),
});

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
