/**
 * Type objects: TypeData (the slot table every type declares, named as in
 * CPython's PyTypeObject), the bootstrap of `type` and `object`, static type
 * creation, MRO lookup and subtype tests.
 *
 * Slots take and return PyObjects under CPython's ownership rules: arguments
 * are borrowed, results are new references. A few slots return JS values
 * where that is all the VM needs (tp_repr returns a JS string, tp_hash a
 * number, nb_bool a boolean). Slots that are null fall back to the generic
 * behaviour in abstract.ts. This file imports no concrete type, so every
 * other type file can import it without a module-evaluation cycle.
 */

import { PyObject, immortalize } from './object';

export type BinaryFunc = (a: PyObject, b: PyObject) => PyObject;
export type UnaryFunc = (a: PyObject) => PyObject;
export type CallFunc = (callable: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;
export type MethodFunc = (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

/** Type flags we use (a subset of CPython's Py_TPFLAGS_*). */
export const enum TypeFlags {
  HEAPTYPE = 1 << 9,
  BASETYPE = 1 << 10,
  HAVE_GC = 1 << 14,
  LONG_SUBCLASS = 1 << 24,
  LIST_SUBCLASS = 1 << 25,
  TUPLE_SUBCLASS = 1 << 26,
  BYTES_SUBCLASS = 1 << 27,
  UNICODE_SUBCLASS = 1 << 28,
  DICT_SUBCLASS = 1 << 29,
  BASE_EXC_SUBCLASS = 1 << 30,
  TYPE_SUBCLASS = 1 << 31,
}

/** BINARY_OP's oparg order (NB_ADD = 0 ... NB_XOR = 12). */
export const NB_SLOT_NAMES = [
  'nb_add',
  'nb_and',
  'nb_floor_divide',
  'nb_lshift',
  'nb_matrix_multiply',
  'nb_multiply',
  'nb_remainder',
  'nb_or',
  'nb_power',
  'nb_rshift',
  'nb_subtract',
  'nb_true_divide',
  'nb_xor',
] as const;

export type Slots = Partial<Omit<TypeData, 'nb' | 'nb_inplace' | 'tp_mro' | 'tp_dict' | 'tp_bases' | 'tp_subclasses'>>;

export class TypeData {
  tp_name = '';
  tp_base: PyObject | null = null;
  /** __bases__ (borrowed; heap types own one reference to each). Empty means [tp_base]. */
  tp_bases: PyObject[] = [];
  /** Direct subclasses in creation order (borrowed, like CPython's weak tp_subclasses). */
  tp_subclasses: PyObject[] = [];
  tp_mro: PyObject[] = [];
  /** The type's namespace: attribute name to owned reference. */
  tp_dict: Map<string, PyObject> = new Map();
  tp_flags = 0;
  /** Instance size without variable part, as 64-bit CPython's tp_basicsize (+ GC header when HAVE_GC). */
  tp_basicsize = 16;
  /** Whether instances get a __dict__. */
  tp_dictoffset = false;
  tp_module = 'builtins';
  /** A heap type's __qualname__ (CPython's ht_qualname); null means tp_name. */
  ht_qualname: string | null = null;
  tp_doc: string | null = null;

  tp_dealloc: ((o: PyObject) => void) | null = null;
  tp_sizeof: ((o: PyObject) => number) | null = null;
  tp_repr: ((o: PyObject) => string) | null = null;
  tp_str: ((o: PyObject) => string) | null = null;
  tp_hash: ((o: PyObject) => number) | null = null;
  /** op: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= (COMPARE_OP's order). */
  tp_richcompare: ((a: PyObject, b: PyObject, op: number) => PyObject) | null = null;
  tp_iter: UnaryFunc | null = null;
  /** Returns the next item (new reference) or null when exhausted. */
  tp_iternext: ((o: PyObject) => PyObject | null) | null = null;
  tp_call: CallFunc | null = null;
  /** Returns a new reference, or null when the attribute does not exist. */
  tp_getattro: ((o: PyObject, name: string) => PyObject | null) | null = null;
  tp_setattro: ((o: PyObject, name: string, value: PyObject | null) => void) | null = null;
  tp_descr_get: ((descr: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | null = null;
  tp_descr_set: ((descr: PyObject, obj: PyObject, value: PyObject | null) => void) | null = null;
  tp_new: ((type: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject) | null = null;
  tp_init: ((self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => void) | null = null;

  mp_length: ((o: PyObject) => number) | null = null;
  mp_subscript: BinaryFunc | null = null;
  mp_ass_subscript: ((o: PyObject, key: PyObject, value: PyObject | null) => void) | null = null;
  sq_contains: ((o: PyObject, item: PyObject) => boolean) | null = null;

  nb_add: BinaryFunc | null = null;
  nb_and: BinaryFunc | null = null;
  nb_floor_divide: BinaryFunc | null = null;
  nb_lshift: BinaryFunc | null = null;
  nb_matrix_multiply: BinaryFunc | null = null;
  nb_multiply: BinaryFunc | null = null;
  nb_remainder: BinaryFunc | null = null;
  nb_or: BinaryFunc | null = null;
  nb_power: BinaryFunc | null = null;
  nb_rshift: BinaryFunc | null = null;
  nb_subtract: BinaryFunc | null = null;
  nb_true_divide: BinaryFunc | null = null;
  nb_xor: BinaryFunc | null = null;
  nb_inplace_add: BinaryFunc | null = null;
  nb_inplace_multiply: BinaryFunc | null = null;
  nb_inplace_or: BinaryFunc | null = null;
  nb_inplace_and: BinaryFunc | null = null;
  nb_inplace_subtract: BinaryFunc | null = null;
  nb_inplace_xor: BinaryFunc | null = null;
  nb_negative: UnaryFunc | null = null;
  nb_positive: UnaryFunc | null = null;
  nb_invert: UnaryFunc | null = null;
  nb_absolute: UnaryFunc | null = null;
  nb_bool: ((o: PyObject) => boolean) | null = null;
  nb_index: UnaryFunc | null = null;
  nb_int: UnaryFunc | null = null;
  nb_float: UnaryFunc | null = null;

  /** The 13 binary slots indexed by BINARY_OP's oparg, filled by finishType. */
  nb: (BinaryFunc | null)[] = [];
  /** In-place slots indexed the same way (null where the type has none). */
  nb_inplace: (BinaryFunc | null)[] = [];
}

/** The TypeData of an object's type. */
export function typeData(o: PyObject): TypeData {
  return o.ob_type.a as TypeData;
}

/** The TypeData of a type object. */
export function td(type: PyObject): TypeData {
  return type.a as TypeData;
}

// Bootstrap: `type` is an instance of itself; `object` is an instance of type.
const typeTypeData = new TypeData();
export const TypeType: PyObject = immortalize(new PyObject(null as unknown as PyObject, 0, typeTypeData, null));
TypeType.ob_type = TypeType;
const objectTypeData = new TypeData();
export const ObjectType: PyObject = immortalize(new PyObject(TypeType, 0, objectTypeData, null));

typeTypeData.tp_name = 'type';
typeTypeData.tp_base = ObjectType;
typeTypeData.tp_mro = [TypeType, ObjectType];
typeTypeData.tp_basicsize = 920;
typeTypeData.tp_flags = TypeFlags.TYPE_SUBCLASS | TypeFlags.HAVE_GC | TypeFlags.BASETYPE;
/**
 * object's generic slots (object_repr, PyObject_GenericGetAttr, ...) need
 * dicts, strings and bools, which are defined after this file; abstract.ts
 * installs them here, and every type created before then still inherits
 * these forwarding functions.
 */
export const objectHooks = {
  repr: (o: PyObject): string => `<object at ${o.ob_addr}>`,
  richcompare: (a: PyObject, b: PyObject, op: number): PyObject => {
    void a; void b; void op;
    throw new Error('abstract.ts not loaded');
  },
  getattro: (o: PyObject, name: string): PyObject | null => {
    void o; void name;
    throw new Error('abstract.ts not loaded');
  },
  setattro: (o: PyObject, name: string, value: PyObject | null): void => {
    void o; void name; void value;
    throw new Error('abstract.ts not loaded');
  },
  hash: (o: PyObject): number => {
    void o;
    throw new Error('abstract.ts not loaded');
  },
};
objectTypeData.tp_repr = (o) => objectHooks.repr(o);
objectTypeData.tp_str = null;
objectTypeData.tp_richcompare = (a, b, op) => objectHooks.richcompare(a, b, op);
objectTypeData.tp_getattro = (o, n) => objectHooks.getattro(o, n);
objectTypeData.tp_setattro = (o, n, v) => objectHooks.setattro(o, n, v);
objectTypeData.tp_hash = (o) => objectHooks.hash(o);
objectTypeData.tp_name = 'object';
objectTypeData.tp_mro = [ObjectType];
objectTypeData.tp_flags = TypeFlags.BASETYPE;

const INHERITED: readonly (keyof TypeData)[] = [
  'tp_dealloc', 'tp_sizeof', 'tp_repr', 'tp_str', 'tp_hash', 'tp_richcompare', 'tp_iter', 'tp_iternext',
  'tp_call', 'tp_getattro', 'tp_setattro', 'tp_descr_get', 'tp_descr_set', 'tp_new', 'tp_init',
  'mp_length', 'mp_subscript', 'mp_ass_subscript', 'sq_contains',
  ...NB_SLOT_NAMES, 'nb_inplace_add', 'nb_inplace_multiply', 'nb_inplace_or',
  'nb_inplace_and', 'nb_inplace_subtract', 'nb_inplace_xor', 'nb_negative', 'nb_positive',
  'nb_invert', 'nb_absolute', 'nb_bool', 'nb_index', 'nb_int', 'nb_float',
];

/** Fills inherited slots from the base and builds the nb arrays (inherit_slots + PyType_Ready). */
export function finishType(t: PyObject): void {
  const d = td(t);
  const base = d.tp_base;
  if (base !== null) {
    const b = td(base);
    const rec = d as unknown as Record<string, unknown>;
    const brec = b as unknown as Record<string, unknown>;
    for (const k of INHERITED) if (rec[k] === null) rec[k] = brec[k];
    if (d.tp_sizeof === null) d.tp_sizeof = b.tp_sizeof;
    d.tp_flags |= b.tp_flags & (TypeFlags.LONG_SUBCLASS | TypeFlags.LIST_SUBCLASS | TypeFlags.TUPLE_SUBCLASS | TypeFlags.BYTES_SUBCLASS |
      TypeFlags.UNICODE_SUBCLASS | TypeFlags.DICT_SUBCLASS | TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.TYPE_SUBCLASS | TypeFlags.HAVE_GC);
    if (b.tp_dictoffset) d.tp_dictoffset = true;
  }
  d.nb = NB_SLOT_NAMES.map((n) => d[n]);
  d.nb_inplace = NB_SLOT_NAMES.map((n, i) => (i === 0 ? d.nb_inplace_add : i === 5 ? d.nb_inplace_multiply : i === 7 ? d.nb_inplace_or :
    i === 1 ? d.nb_inplace_and : i === 10 ? d.nb_inplace_subtract : i === 12 ? d.nb_inplace_xor : null));
}

/** Creates an immortal static (builtin) type, like a static PyTypeObject after PyType_Ready. */
export function makeStaticType(name: string, base: PyObject | null, slots: Slots): PyObject {
  const d = new TypeData();
  Object.assign(d, slots);
  d.tp_name = name;
  d.tp_base = base ?? ObjectType;
  if (slots.tp_basicsize === undefined) d.tp_basicsize = td(d.tp_base).tp_basicsize;
  const t = immortalize(new PyObject(TypeType, 0, d, null));
  d.tp_mro = [t, ...td(d.tp_base).tp_mro];
  td(d.tp_base).tp_subclasses.push(t);
  finishType(t);
  return t;
}

/** Finishes `object` and `type` once the generic slots are known (called by abstract.ts). */
export function finishBootstrap(): void {
  finishType(ObjectType);
  finishType(TypeType);
}

/** _PyType_Lookup: the attribute found along the MRO, borrowed, or null. */
export function typeLookup(type: PyObject, name: string): PyObject | null {
  const mro = td(type).tp_mro;
  for (let i = 0; i < mro.length; i++) {
    const v = td(mro[i]).tp_dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/** PyType_IsSubtype. */
export function isSubtype(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const mro = td(a).tp_mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

export function isType(o: PyObject): boolean {
  return (td(o.ob_type).tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0;
}

/** The name CPython prints for a type: qualified with its module unless builtins. */
export function typeName(o: PyObject): string {
  return td(o.ob_type).tp_name;
}
