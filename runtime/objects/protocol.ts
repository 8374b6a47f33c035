/**
 * Late-bound entry points into the generic object protocol (abstract.ts)
 * for the container files that abstract.ts itself imports: a list's repr
 * needs each item's repr, a dict lookup needs __eq__ and __hash__ of keys
 * that may be user objects. abstract.ts fills these in when it loads; this
 * file only declares them, breaking the module-evaluation cycle.
 */

import type { PyObject } from './object';

export const proto = {
  repr: (o: PyObject): string => {
    void o;
    throw new Error('abstract.ts not loaded');
  },
  /** PyObject_RichCompareBool(a, b, Py_EQ), with the identity shortcut. */
  eq: (a: PyObject, b: PyObject): boolean => {
    void a; void b;
    throw new Error('abstract.ts not loaded');
  },
  /** PyObject_RichCompareBool(a, b, op) for ordering. */
  compareBool: (a: PyObject, b: PyObject, op: number): boolean => {
    void a; void b; void op;
    throw new Error('abstract.ts not loaded');
  },
  hash: (o: PyObject): number => {
    void o;
    throw new Error('abstract.ts not loaded');
  },
  /** The exact hash as a BigInt (hashes of floats and tuples can exceed 2**53). */
  hashBig: (o: PyObject): bigint => {
    void o;
    throw new Error('abstract.ts not loaded');
  },
  /** PyNumber_Index as a JS number (raises TypeError for non-integers). */
  index: (o: PyObject, what: string): number => {
    void o; void what;
    throw new Error('abstract.ts not loaded');
  },
};

/** Py_ReprEnter / Py_ReprLeave: containers print `[...]` for themselves. */
export const reprStack = new Set<PyObject>();
