/**
 * PyObject: the one JS class every Python object is, and the reference
 * counting primitives (Py_INCREF / Py_DECREF) the whole runtime uses.
 *
 * Every instance has the same fields initialised in the same order, so the
 * eval loop's property loads stay monomorphic (notes/vm-performance.md,
 * trap 2): `ob_refcnt`, `ob_type`, `ob_addr` and `v` only ever hold numbers;
 * `a`, `b` and `dict` hold the type's payload (see each type's file for what
 * it keeps there). Type behaviour lives in the type object's TypeData, never
 * in the instance.
 *
 * Immortality (PEP 683) is a refcount at or above IMMORTAL, a small integer,
 * tested before every change; sys.getrefcount reports 4294967295 for them.
 * This file deliberately knows no concrete type: deallocation dispatches
 * through tp_dealloc.
 */

import { heapAlloc, heapFree } from '../memory/heap';

/** Refcounts at or above this bound are immortal and never change. */
export const IMMORTAL = 0x3fffffff;
/** What sys.getrefcount reports for an immortal object on 64-bit CPython 3.12. */
export const IMMORTAL_REFCNT_REPORTED = 4294967295;

export class PyObject {
  ob_refcnt: number;
  ob_type: PyObject;
  /** The modelled heap address (id()); 0 for objects not on the heap. */
  ob_addr: number;
  /** Numeric payload: an int's or float's value, a list's allocated size... */
  v: number;
  /** Reference payload (type-specific). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  a: any;
  /** Second reference payload (type-specific). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  b: any;
  /** The instance __dict__, for objects that have one. */
  dict: PyObject | null;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(type: PyObject, v: number, a: any, b: any) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_addr = 0;
    this.v = v;
    this.a = a;
    this.b = b;
    this.dict = null;
  }
}

/** Py_INCREF. */
export function incref(o: PyObject): void {
  if (o.ob_refcnt < IMMORTAL) o.ob_refcnt++;
}

/** Py_NewRef: incref and return the object. */
export function newref(o: PyObject): PyObject {
  if (o.ob_refcnt < IMMORTAL) o.ob_refcnt++;
  return o;
}

/** Py_DECREF: frees the object when its count reaches zero. */
export function decref(o: PyObject): void {
  if (o.ob_refcnt < IMMORTAL && --o.ob_refcnt === 0) dealloc(o);
}

/** Py_XDECREF. */
export function xdecref(o: PyObject | null): void {
  if (o !== null && o.ob_refcnt < IMMORTAL && --o.ob_refcnt === 0) dealloc(o);
}

/** Makes an object immortal (PEP 683): its count never changes again. */
export function immortalize<T extends PyObject>(o: T): T {
  o.ob_refcnt = IMMORTAL;
  return o;
}

export function isImmortal(o: PyObject): boolean {
  return o.ob_refcnt >= IMMORTAL;
}

/** The refcount as sys.getrefcount would report it. */
export function reportedRefcnt(o: PyObject): number {
  return o.ob_refcnt >= IMMORTAL ? IMMORTAL_REFCNT_REPORTED : o.ob_refcnt;
}

/**
 * Deallocation hook: each type's tp_dealloc releases what the object owns.
 * Deaths are counted so tests can check that objects are really freed.
 */
export const deathStats = { freed: 0 };

/** Objects whose dealloc is in progress are queued to keep the JS stack flat. */
const pending: PyObject[] = [];
let draining = false;

function dealloc(o: PyObject): void {
  pending.push(o);
  if (draining) return;
  draining = true;
  try {
    while (pending.length > 0) {
      const x = pending.pop()!;
      const td = x.ob_type.a as { tp_dealloc: ((o: PyObject) => void) | null };
      if (td.tp_dealloc !== null) td.tp_dealloc(x);
      if (x.dict !== null) {
        const d = x.dict;
        x.dict = null;
        decref(d);
      }
      if (x.ob_addr !== 0) {
        heapFree(x.ob_addr);
        x.ob_addr = 0;
      }
      deathStats.freed++;
      // A dead heap type loses its own reference to its type.
      const t = x.ob_type;
      if (t.ob_refcnt < IMMORTAL) decref(t);
    }
  } finally {
    draining = false;
  }
}

/** Gives the object a heap address (id()) if it has none yet. */
export function ensureAddress(o: PyObject): number {
  if (o.ob_addr === 0) o.ob_addr = heapAlloc(objectSize(o));
  return o.ob_addr;
}

/** sys.getsizeof through the type's tp_sizeof (64-bit CPython values). */
export function objectSize(o: PyObject): number {
  const td = o.ob_type.a as { tp_sizeof: ((o: PyObject) => number) | null; tp_basicsize: number };
  return td.tp_sizeof !== null ? td.tp_sizeof(o) : td.tp_basicsize;
}
