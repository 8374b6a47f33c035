/**
 * The set-building opcodes, out of the hot loop: BUILD_SET (a set from the
 * top `oparg` items, added bottom to top as PySet_Add does), SET_ADD (a set
 * comprehension's append) and SET_UPDATE (`{*a, *b}` and literals of three
 * or more constants, which the compiler loads as one frozenset). Each reads
 * the thread's stack and returns the new stack pointer; on error the stack
 * is left for the unwinder as the other cold ops leave it.
 */

import { PyObject, decref } from '../objects/object';
import { Op } from '../bytecode/opcodes';
import { PyErr, raise } from '../objects/errors';
import { isSubtype, typeData } from '../objects/typeobject';
import { excType } from '../objects/exceptions';
import { SetType, makeNewSet, setAddKey, setUpdateInternal } from '../objects/set';
import type { SetData } from '../objects/setTable';
import * as abs from '../objects/abstract';

export function setOp(stack: (PyObject | null)[], op: number, oparg: number, sp: number): number {
  if (op === Op.BUILD_SET) {
    const s = makeNewSet(SetType, null);
    const start = sp - oparg;
    try {
      for (let i = start; i < sp; i++) setAddKey(s, stack[i]!);
    } catch (e) {
      decref(s);
      throw e;
    }
    for (let i = start; i < sp; i++) decref(stack[i]!);
    stack[start] = s;
    return start + 1;
  }
  if (op === Op.SET_ADD) {
    const v = stack[sp - 1]!;
    setAddKey(stack[sp - 1 - oparg]!, v);
    decref(v);
    return sp - 1;
  }
  const it = stack[sp - 1]!;
  try {
    setUpdateInternal(stack[sp - 1 - oparg]!.a as SetData, it);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.ob_type, excType('TypeError')) && typeData(it).tp_iter === null && typeData(it).tp_iternext === null) {
      decref(e.exc);
      raise('TypeError', `Value after * must be an iterable, not ${abs.typeNameOf(it)}`);
    }
    throw e;
  }
  decref(it);
  return sp - 1;
}
