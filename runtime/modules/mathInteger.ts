/**
 * The math module's integer and rounding functions: floor, ceil, trunc
 * (through __floor__/__ceil__/__trunc__ for objects other than floats),
 * factorial, gcd, lcm, isqrt, comb, perm and prod, with python3.12's
 * argument errors. Exact results come from BigInt arithmetic; it
 * deliberately does not reproduce CPython's divide-and-conquer speed-ups.
 */

import type { PyObject } from '../objects/object';
import { decref, newref } from '../objects/object';
import { FloatType, floatToInt } from '../objects/float';
import { newInt, newIntBig, intBig } from '../objects/int';
import { raise } from '../objects/errors';
import { splitKwargs, checkKwargs } from '../objects/args';
import { bitLength } from '../objects/floatDigits';
import * as abs from '../objects/abstract';
import { asDouble, exactArgs } from './mathArgs';

type Fn = (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

function intArg(o: PyObject): bigint {
  const i = abs.numberIndex(o);
  const b = intBig(i);
  decref(i);
  return b;
}

function callSpecial(o: PyObject, name: string): PyObject | null {
  const m = abs.lookupAttr(o.ob_type, name);
  if (m === null) return null;
  decref(m);
  return abs.callMethod(o, name, []);
}

function rounding(name: string, dunder: string, f: (x: number) => number): Fn {
  return (_s, args, kw) => {
    exactArgs(name, args, kw, 1);
    const x = args[0];
    if (x.ob_type === FloatType) return floatToInt(f(x.v));
    const r = callSpecial(x, dunder);
    if (r !== null) return r;
    return floatToInt(f(asDouble(x)));
  };
}

function trunc(_s: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  exactArgs('trunc', args, kw, 1);
  const x = args[0];
  if (x.ob_type === FloatType) return floatToInt(Math.trunc(x.v));
  const r = callSpecial(x, '__trunc__');
  if (r === null) raise('TypeError', `type ${abs.typeNameOf(x)} doesn't define __trunc__ method`);
  return r;
}

function bigAbs(b: bigint): bigint {
  return b < 0n ? -b : b;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Product of the integers in [lo, hi), split in halves so the operands stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n < 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** floor(sqrt(n)) for n >= 0 by Newton's method from an over-estimate. */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function nonneg(b: bigint, which: string): void {
  if (b < 0n) raise('ValueError', `${which} must be a non-negative integer`);
}

export const integerFunctions: Record<string, Fn> = {
  floor: rounding('floor', '__floor__', Math.floor),
  ceil: rounding('ceil', '__ceil__', Math.ceil),
  trunc,
  factorial: (_s, args, kw) => {
    exactArgs('factorial', args, kw, 1);
    const n = intArg(args[0]);
    if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
    return newIntBig(rangeProduct(2n, n + 1n));
  },
  gcd: (_s, args, kw) => {
    checkKwargs('gcd', splitKwargs(args, kw)[1], []);
    let g = 0n;
    for (const a of args) g = gcd2(g, intArg(a));
    return newIntBig(g);
  },
  lcm: (_s, args, kw) => {
    checkKwargs('lcm', splitKwargs(args, kw)[1], []);
    let l = 1n;
    for (const a of args) {
      const b = bigAbs(intArg(a));
      if (l === 0n || b === 0n) l = 0n;
      else l = (l / gcd2(l, b)) * b;
    }
    return newIntBig(l);
  },
  isqrt: (_s, args, kw) => {
    exactArgs('isqrt', args, kw, 1);
    const n = intArg(args[0]);
    if (n < 0n) raise('ValueError', 'isqrt() argument must be nonnegative');
    return newIntBig(isqrtBig(n));
  },
  comb: (_s, args, kw) => {
    exactArgs('comb', args, kw, 2);
    const n = intArg(args[0]);
    let k = intArg(args[1]);
    nonneg(n, 'n');
    nonneg(k, 'k');
    if (k > n) return newInt(0);
    if (n - k < k) k = n - k;
    return newIntBig(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(2n, k + 1n));
  },
  perm: (_s, args, kw) => {
    if (kw !== null && kw.length > 0) raise('TypeError', 'perm() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) raise('TypeError', `perm expected at ${args.length < 1 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length}`);
    const n = intArg(args[0]);
    if (args.length === 1 || args[1] === abs.None) {
      if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
      return newIntBig(rangeProduct(2n, n + 1n));
    }
    nonneg(n, 'n');
    const k = intArg(args[1]);
    nonneg(k, 'k');
    if (k > n) return newInt(0);
    return newIntBig(rangeProduct(n - k + 1n, n + 1n));
  },
  prod: (_s, args, kw) => {
    const [pos, kws] = splitKwargs(args, kw);
    checkKwargs('prod', kws, ['start']);
    if (pos.length !== 1) raise('TypeError', `prod() takes exactly 1 positional argument (${pos.length} given)`);
    const items = abs.iterToArray(pos[0]);
    const start = kws.get('start');
    let acc = start !== undefined ? newref(start) : newInt(1);
    try {
      for (const x of items) {
        const r = abs.binaryOp(acc, x, 5);
        decref(acc);
        acc = r;
      }
    } catch (e) {
      decref(acc);
      throw e;
    } finally {
      for (const x of items) decref(x);
    }
    return acc;
  },
};
