/**
 * The old sequence iteration protocol (Objects/iterobject.c's PySeqIter):
 * iterating an object that has __getitem__ but no __iter__ calls
 * o[0], o[1]... until IndexError (or StopIteration) ends it. `a` holds the
 * sequence (owned, dropped when exhausted) and `v` the next index. It also
 * serves `in` and unpacking, which iterate the same way.
 */

import { PyObject, decref, newref } from './object';
import { makeStaticType, TypeFlags, isSubtype } from './typeobject';
import { PyErr } from './errors';
import { newInt } from './int';
import { getItem, seqIterHook } from './abstract';
import { excTypeByName } from './exceptions';

export const SeqIterType: PyObject = makeStaticType('iterator', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 48,
  tp_dealloc: (o) => {
    if (o.a !== null) decref(o.a as PyObject);
  },
  tp_iter: (o) => newref(o),
  tp_iternext: (o) => {
    const seq = o.a as PyObject | null;
    if (seq === null) return null;
    const i = newInt(o.v);
    try {
      const r = getItem(seq, i);
      o.v++;
      return r;
    } catch (e) {
      if (e instanceof PyErr && (isSubtype(e.exc.ob_type, excTypeByName.get('IndexError')!) || isSubtype(e.exc.ob_type, excTypeByName.get('StopIteration')!))) {
        decref(e.exc);
        o.a = null;
        decref(seq);
        return null;
      }
      throw e;
    } finally {
      decref(i);
    }
  },
});

seqIterHook.make = (seq: PyObject): PyObject => new PyObject(SeqIterType, 0, newref(seq), null);
