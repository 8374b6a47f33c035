/**
 * types.GenericAlias, what list[int] and dict[str, int] evaluate to
 * (PEP 585): the origin class and the argument tuple, CPython's repr
 * (list[int], dict[str, tuple[int, ...]]), __origin__/__args__, equality,
 * and calling the alias to create an instance of the origin. Builtin
 * containers get a __class_getitem__ returning one. Parameter substitution
 * (list[T][int]) and __parameters__ are deliberately not modelled.
 */

import { PyObject, decref, newref } from './object';
import { makeStaticType, TypeFlags, td, isType } from './typeobject';
import { None } from './none';
import { True, False } from './bool';
import { NotImplemented } from './int';
import { newTuple, isTuple } from './tuple';
import { repr, call, genericGetAttr, richCompareBool, qualnameOf, typeItemHook } from './abstract';
import { ClassMethodType } from './function';
import { newBuiltinFunction } from './methodobject';

function argRepr(o: PyObject): string {
  if (o.ob_type === td(o.ob_type).tp_mro[0] && isType(o)) {
    const m = td(o).tp_module;
    return m === 'builtins' ? qualnameOf(o) : `${m}.${qualnameOf(o)}`;
  }
  if (o.ob_type === GenericAliasType) return aliasRepr(o);
  if (td(o.ob_type).tp_name === 'ellipsis') return '...';
  return repr(o);
}

function aliasRepr(o: PyObject): string {
  const [origin, args] = o.a as [PyObject, PyObject];
  const items = args.a as PyObject[];
  return `${argRepr(origin)}[${items.length === 0 ? '()' : items.map(argRepr).join(', ')}]`;
}

export const GenericAliasType: PyObject = makeStaticType('types.GenericAlias', null, {
  tp_flags: TypeFlags.HAVE_GC | TypeFlags.BASETYPE,
  tp_basicsize: 64,
  tp_dealloc: (o) => {
    for (const x of o.a as PyObject[]) decref(x);
  },
  tp_repr: aliasRepr,
  tp_call: (o, args, kw) => call((o.a as PyObject[])[0], args, kw),
  tp_hash: (o) => ((o.a as PyObject[])[0].ob_addr ^ (o.a as PyObject[])[1].ob_addr) | 1,
  tp_richcompare: (a, b, op) => {
    if ((op !== 2 && op !== 3) || b.ob_type !== GenericAliasType) return NotImplemented;
    const [oa, aa] = a.a as PyObject[], [ob, ab] = b.a as PyObject[];
    const eq = oa === ob && richCompareBool(aa, ab, 2);
    return eq === (op === 2) ? True : False;
  },
  tp_getattro: (o, name) => {
    const [origin, args] = o.a as PyObject[];
    if (name === '__origin__') return newref(origin);
    if (name === '__args__') return newref(args);
    if (name === '__parameters__') return newTuple([]);
    return genericGetAttr(o, name) ?? (name.startsWith('__') ? null : typeDataOf(origin, name));
  },
});
td(GenericAliasType).tp_name = 'GenericAlias';
td(GenericAliasType).tp_module = 'types';

function typeDataOf(origin: PyObject, name: string): PyObject | null {
  return origin.ob_type.a.tp_getattro(origin, name);
}

/** A new alias origin[item]; a tuple item gives several arguments. */
export function newGenericAlias(origin: PyObject, item: PyObject): PyObject {
  const args = isTuple(item) ? newref(item) : newTuple([newref(item)]);
  return new PyObject(GenericAliasType, 0, [newref(origin), args], null);
}

/** Gives a builtin container type `__class_getitem__` (PEP 585). */
export function addClassGetItem(type: PyObject): void {
  const fn = newBuiltinFunction('__class_getitem__', (_s, args) => newGenericAlias(args[0], args[1]), null);
  td(type).tp_dict.set('__class_getitem__', new PyObject(ClassMethodType, 0, fn, null));
}

typeItemHook.alias = newGenericAlias;

export { None };
