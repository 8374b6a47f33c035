/**
 * ModuleSpec objects (module.__spec__): the name, origin, parent,
 * submodule_search_locations, has_location and cached attributes that
 * importlib's ModuleSpec carries, in an instance dict, with its repr.
 *
 * It deliberately has no loader objects (loader is None) and no
 * _initializing flag: the importer tracks modules whose body is running in
 * objects/module.ts's initializingModules.
 */

import { PyObject, newref } from '../objects/object';
import { makeStaticType, TypeFlags } from '../objects/typeobject';
import { newDict, dictGetStr } from '../objects/dict';
import { newStr } from '../objects/str';
import { newList } from '../objects/list';
import { None } from '../objects/none';
import { True, False } from '../objects/bool';
import { setStrItem } from '../objects/module';
import { repr } from '../objects/abstract';

export const ModuleSpecType: PyObject = makeStaticType('ModuleSpec', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 56,
  tp_dictoffset: true,
  tp_module: '_frozen_importlib',
  tp_repr: (o) => {
    const d = o.dict!;
    const get = (k: string) => dictGetStr(d, k) ?? None;
    let s = `ModuleSpec(name=${repr(get('name'))}, loader=${repr(get('loader'))}`;
    if (get('origin') !== None) s += `, origin=${repr(get('origin'))}`;
    if (get('submodule_search_locations') !== None) s += `, submodule_search_locations=${repr(get('submodule_search_locations'))}`;
    return s + ')';
  },
});

/** A new ModuleSpec: origin is a path, 'built-in', or null for a namespace package. */
export function newModuleSpec(name: string, origin: string | null, searchLocations: string[] | null, hasLocation: boolean): PyObject {
  const spec = new PyObject(ModuleSpecType, 0, null, null);
  const d = newDict();
  spec.dict = d;
  const parent = searchLocations !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
  setStrItem(d, 'name', newStr(name));
  setStrItem(d, 'loader', newref(None));
  setStrItem(d, 'origin', origin === null ? newref(None) : newStr(origin));
  setStrItem(d, 'loader_state', newref(None));
  setStrItem(d, 'submodule_search_locations', searchLocations === null ? newref(None) : newList(searchLocations.map((p) => newStr(p))));
  setStrItem(d, 'parent', newStr(parent));
  setStrItem(d, 'has_location', newref(hasLocation ? True : False));
  return spec;
}
