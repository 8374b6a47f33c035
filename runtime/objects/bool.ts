/**
 * bool: the int subtype with exactly two immortal instances, True and False
 * (`v` is 1 or 0, so every int fast path works on them unchanged). It
 * deliberately cannot be subclassed, as in CPython.
 */

import { PyObject, immortalize } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { IntType, boolFactory, NotImplemented, isInt, intBinary } from './int';

export const BoolType: PyObject = makeStaticType('bool', IntType, {
  tp_flags: TypeFlags.LONG_SUBCLASS,
  tp_basicsize: 24,
  tp_sizeof: () => 28,
  tp_repr: (o) => (o.v !== 0 ? 'True' : 'False'),
  tp_dealloc: null,
  nb_and: (a, b) => (a.ob_type === BoolType && b.ob_type === BoolType ? fromBool(a.v !== 0 && b.v !== 0) : isInt(a) && isInt(b) ? intBinary(a, b, 1) : NotImplemented),
  nb_or: (a, b) => (a.ob_type === BoolType && b.ob_type === BoolType ? fromBool(a.v !== 0 || b.v !== 0) : isInt(a) && isInt(b) ? intBinary(a, b, 7) : NotImplemented),
  nb_xor: (a, b) => (a.ob_type === BoolType && b.ob_type === BoolType ? fromBool((a.v !== 0) !== (b.v !== 0)) : isInt(a) && isInt(b) ? intBinary(a, b, 12) : NotImplemented),
});

export const True: PyObject = immortalize(new PyObject(BoolType, 1, null, null));
export const False: PyObject = immortalize(new PyObject(BoolType, 0, null, null));

export function fromBool(b: boolean): PyObject {
  return b ? True : False;
}
boolFactory.fromBool = fromBool;
