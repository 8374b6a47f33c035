/**
 * The runtime half of `except*` (PEP 654) as CPython 3.12's ceval.c and
 * exceptions.c run it: CHECK_EG_MATCH (wrap a naked exception into an
 * ExceptionGroup, split a group, make the match the handled exception) and
 * the PREP_RERAISE_STAR intrinsic (re-raised parts keep the original
 * group's structure, newly raised ones are grouped with them).
 *
 * The exception group types themselves (split, subgroup, derive) live in
 * objects/excGroup.ts; this file only calls them as CPython does.
 */

import { PyObject, decref, incref, newref } from '../objects/object';
import { raise } from '../objects/errors';
import { None } from '../objects/none';
import { newList } from '../objects/list';
import { isTuple } from '../objects/tuple';
import { newStr } from '../objects/str';
import { dictGetStr } from '../objects/dict';
import { excData, excType, isExceptionType } from '../objects/exceptions';
import { isSubtype } from '../objects/typeobject';
import * as abs from '../objects/abstract';
import type { Frame, PyThreadState } from './frame';
import type { VM } from './vm';

function isGroup(o: PyObject): boolean {
  return isSubtype(o.ob_type, excType('BaseExceptionGroup'));
}

function members(eg: PyObject): PyObject[] {
  const t = abs.getAttr(eg, 'exceptions');
  const items = (t.a as PyObject[]).slice();
  decref(t);
  return items;
}

/** check_except_star_type_valid. */
function checkStarType(t: PyObject): void {
  const types = isTuple(t) ? (t.a as PyObject[]) : [t];
  for (const x of types) {
    if (!isExceptionType(x)) raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
  for (const x of types) {
    if (isSubtype(x, excType('BaseExceptionGroup'))) raise('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

function matches(exc: PyObject, t: PyObject): boolean {
  const types = isTuple(t) ? (t.a as PyObject[]) : [t];
  return types.some((x) => isSubtype(exc.ob_type, x));
}

/** _PyExc_CreateExceptionGroup(msg, excs): BaseExceptionGroup(msg, excs), an ExceptionGroup when it can be. */
function createGroup(vm: VM, msg: string, excs: PyObject[]): PyObject {
  const m = newStr(msg);
  for (const e of excs) incref(e);
  const l = newList(excs.slice());
  try {
    return vm.callObject(excType('BaseExceptionGroup'), [m, l], null);
  } finally {
    decref(m);
    decref(l);
  }
}

/** exception_group_match: [rest, match] for CHECK_EG_MATCH (new references). */
function groupMatch(vm: VM, frame: Frame, exc: PyObject, t: PyObject): [PyObject, PyObject] {
  if (exc === None) return [None, None];
  if (matches(exc, t)) {
    if (isGroup(exc)) return [None, newref(exc)];
    const wrapped = createGroup(vm, '', [exc]);
    // The wrapper's traceback is the frame where except* caught the naked exception.
    incref(frame.f_codeObj);
    excData(wrapped).traceback = [{ code: frame.f_codeObj, instr: frame.f_lasti, lineno: frame.f_code.lineAt(frame.f_lasti) }];
    return [None, wrapped];
  }
  if (isGroup(exc)) {
    const pair = abs.callMethod(exc, 'split', [t]);
    const [m, r] = pair.a as PyObject[];
    incref(m);
    incref(r);
    decref(pair);
    return [r, m];
  }
  return [newref(exc), None];
}

/** is_same_exception_metadata: the same notes, traceback, cause and context objects. */
function sameMetadata(a: PyObject, b: PyObject): boolean {
  const da = excData(a), db = excData(b);
  const notes = (o: PyObject) => (o.dict !== null ? dictGetStr(o.dict, '__notes__') : null);
  if (notes(a) !== notes(b) || da.cause !== db.cause || da.context !== db.context) return false;
  if (da.traceback.length !== db.traceback.length) return false;
  return da.traceback.every((e, i) => e === db.traceback[i]);
}

function collectLeafIds(e: PyObject, ids: Set<PyObject>): void {
  if (e === None) return;
  if (!isGroup(e)) {
    ids.add(e);
    return;
  }
  for (const x of members(e)) collectLeafIds(x, ids);
}

/** exceptiongroup_subset: derive() on `orig` with its metadata copied (owned result, or null when empty). */
function subset(orig: PyObject, excs: PyObject[]): PyObject | null {
  if (excs.length === 0) return null;
  for (const x of excs) incref(x);
  const l = newList(excs.slice());
  let eg: PyObject;
  try {
    eg = abs.callMethod(orig, 'derive', [l]);
  } finally {
    decref(l);
  }
  if (!isGroup(eg)) {
    decref(eg);
    raise('TypeError', 'derive must return an instance of BaseExceptionGroup');
  }
  const from = excData(orig), to = excData(eg);
  for (const e of from.traceback) incref(e.code);
  to.traceback = from.traceback.slice();
  if (from.context !== null) abs.setAttr(eg, '__context__', from.context);
  if (from.cause !== null) abs.setAttr(eg, '__cause__', from.cause);
  to.suppressContext = from.suppressContext;
  const notes = orig.dict !== null ? dictGetStr(orig.dict, '__notes__') : null;
  if (notes !== null) {
    const copy = newList(abs.iterToArray(notes));
    abs.setAttr(eg, '__notes__', copy);
    decref(copy);
  }
  return eg;
}

/** exceptiongroup_split_recursive by instance identity, without the rest: the projection onto `ids`. */
function projectByIds(e: PyObject, ids: Set<PyObject>): PyObject | null {
  if (ids.has(e)) return newref(e);
  if (!isGroup(e)) return null;
  const kept: PyObject[] = [];
  try {
    for (const x of members(e)) {
      const m = projectByIds(x, ids);
      if (m !== null) kept.push(m);
    }
    return subset(e, kept);
  } finally {
    for (const x of kept) decref(x);
  }
}

/** _PyExc_PrepReraiseStar: what the try-except* statement raises at its end (new reference, None for nothing). */
export function prepReraiseStar(vm: VM, orig: PyObject, excsList: PyObject): PyObject {
  const excs = excsList.a as PyObject[];
  if (excs.length === 0) return None;
  if (!isGroup(orig)) return newref(excs[0]);
  const raised: PyObject[] = [], reraised: PyObject[] = [];
  for (const e of excs) {
    if (e === None) continue;
    (sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  let reraisedEg: PyObject | null = null;
  if (reraised.length > 0) {
    const ids = new Set<PyObject>();
    for (const e of reraised) collectLeafIds(e, ids);
    reraisedEg = projectByIds(orig, ids);
  }
  if (raised.length === 0) return reraisedEg ?? None;
  if (reraisedEg !== null) raised.push(reraisedEg);
  try {
    if (raised.length > 1) return createGroup(vm, '', raised);
    return newref(raised[0]);
  } finally {
    if (reraisedEg !== null) decref(reraisedEg);
  }
}

/** CHECK_EG_MATCH: (exc_value, match_type -- rest, match); returns the new stack pointer. */
export function checkEgMatch(vm: VM, thread: PyThreadState, frame: Frame, sp: number): number {
  const stack = thread.stack;
  const t = stack[sp - 1]!, exc = stack[sp - 2]!;
  checkStarType(t);
  const [rest, match] = groupMatch(vm, frame, exc, t);
  decref(t);
  decref(exc);
  stack[sp - 2] = rest;
  stack[sp - 1] = match;
  if (match !== None) {
    // PyErr_SetHandledException: the matched part is what sys.exception() sees in the handler.
    const old = thread.exc_info;
    thread.exc_info = newref(match);
    if (old !== null) decref(old);
  }
  return sp;
}

