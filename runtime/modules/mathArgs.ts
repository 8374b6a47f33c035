/**
 * Argument conversion and error checks shared by the math module's files:
 * PyFloat_AsDouble with its "must be real number" error, and the checks
 * CPython's math_1/math_2 wrappers apply to a libm result (a NaN from
 * non-NaN input is a domain error, an infinity from finite input is a
 * range or domain error). It deliberately holds no math function itself.
 */

import type { PyObject } from '../objects/object';
import { decref } from '../objects/object';
import { FloatType } from '../objects/float';
import { isInt, intToDouble } from '../objects/int';
import { typeData, isSubtype } from '../objects/typeobject';
import { raise } from '../objects/errors';
import * as abs from '../objects/abstract';

/** PyFloat_AsDouble: float, int (OverflowError when too big), __float__, __index__. */
export function asDouble(o: PyObject): number {
  if (o.ob_type === FloatType || isSubtype(o.ob_type, FloatType)) return o.v;
  if (isInt(o)) return intToDouble(o);
  const d = typeData(o);
  if (d.nb_float !== null) {
    const f = d.nb_float(o);
    const x = f.v;
    decref(f);
    return x;
  }
  if (d.nb_index !== null) {
    const i = abs.numberIndex(o);
    try {
      return intToDouble(i);
    } finally {
      decref(i);
    }
  }
  raise('TypeError', `must be real number, not ${abs.typeNameOf(o)}`);
}

export function domainError(): never {
  raise('ValueError', 'math domain error');
}

export function rangeError(): never {
  raise('OverflowError', 'math range error');
}

/** math_1's check of a one-argument result r of input x. */
export function check1(x: number, r: number, canOverflow: boolean): number {
  if (r !== r && x === x) domainError();
  if (!isFinite(r) && r === r && isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

/** math_2's check of a two-argument result. */
export function check2(x: number, y: number, r: number, canOverflow: boolean): number {
  if (r !== r && x === x && y === y) domainError();
  if (!isFinite(r) && r === r && isFinite(x) && isFinite(y)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

/** Exactly n positional arguments, no keywords, as METH_FASTCALL functions check. */
export function exactArgs(name: string, args: PyObject[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 1) raise('TypeError', `math.${name}() takes exactly one argument (${args.length} given)`);
    raise('TypeError', `${name} expected ${n} arguments, got ${args.length}`);
  }
}
