/**
 * None and Ellipsis: immortal singletons of their own types. None is falsy
 * and hashes by identity like any object; it deliberately has no other
 * behaviour.
 */

import { PyObject, immortalize } from './object';
import { makeStaticType } from './typeobject';

export const NoneType: PyObject = makeStaticType('NoneType', null, {
  tp_repr: () => 'None',
  tp_basicsize: 16,
  nb_bool: () => false,
  tp_hash: () => 0x12a5f3e0,
});
export const None: PyObject = immortalize(new PyObject(NoneType, 0, null, null));

export const EllipsisType: PyObject = makeStaticType('ellipsis', null, {
  tp_repr: () => 'Ellipsis',
  tp_basicsize: 16,
});
export const Ellipsis: PyObject = immortalize(new PyObject(EllipsisType, 0, null, null));
