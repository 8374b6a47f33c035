/**
 * Numeric operations that are not BINARY_OP slots: divmod() (CPython's
 * nb_divmod of int and float, then the reflected __rdivmod__ of user
 * classes), three-argument pow() with modular inverses for negative
 * exponents, and round() of ints and floats (ties to even, exact). The
 * builtins and the __divmod__/__pow__/__round__ methods of int and float
 * call these. It deliberately leaves complex out (complex.ts raises its own
 * TypeErrors).
 */

import { PyObject, decref } from './object';
import { raise } from './errors';
import { isInt, intBig, newIntBig, newInt, intBinary, NotImplemented, intToDouble } from './int';
import { FloatType, newFloat, floatDivmod } from './float';
import { scaledRound, ratioToDouble, decompose } from './floatDigits';
import { newTuple } from './tuple';

/** int_divmod: both results, or NotImplemented when an operand is not an int. */
export function intDivmod(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return NotImplemented;
  const x = intBig(a), y = intBig(b);
  if (y === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  const q = intBinary(a, b, 2);
  const r = newIntBig(x - intBig(q) * y);
  return newTuple([q, r]);
}

function asDouble(o: PyObject): number | null {
  if (o.ob_type === FloatType || (o.ob_type.a as { tp_mro: PyObject[] }).tp_mro.includes(FloatType)) return o.v;
  if (isInt(o)) return intToDouble(o);
  return null;
}

/** float_divmod. */
export function floatDivmodObj(a: PyObject, b: PyObject): PyObject {
  const x = asDouble(a), y = asDouble(b);
  if (x === null || y === null) return NotImplemented;
  if (y === 0) raise('ZeroDivisionError', 'float divmod()');
  const [q, r] = floatDivmod(x, y);
  return newTuple([newFloat(q), newFloat(r)]);
}

/** pow(base, exp, mod) for ints (long_pow with a modulus). */
export function intPowMod(base: PyObject, exp: PyObject, mod: PyObject): PyObject {
  let b = intBig(base), e = intBig(exp);
  const m = intBig(mod);
  if (m === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const am = m < 0n ? -m : m;
  if (am === 1n) return newInt(0);
  b = ((b % am) + am) % am;
  if (e < 0n) {
    b = modInverse(b, am);
    e = -e;
  }
  let r = 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % am;
    b = (b * b) % am;
    e >>= 1n;
  }
  if (m < 0n && r !== 0n) r -= am;
  return newIntBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

/** int.__round__(ndigits): exact, ties to even; a new int. */
export function roundInt(x: PyObject, nd: bigint | null): PyObject {
  const v = intBig(x);
  if (nd === null || nd >= 0n) return newIntBig(v);
  if (nd < -10000n) return newInt(0);
  const p = 10n ** -nd;
  let q = v / p;
  let r = v % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  if (r * 2n > p || (r * 2n === p && (q & 1n) !== 0n)) q += 1n;
  return newIntBig(q * p);
}

/** float.__round__() without ndigits: the nearest int, ties to even. */
export function roundFloatToInt(v: number): PyObject {
  if (v !== v) raise('ValueError', 'cannot convert float NaN to integer');
  if (!isFinite(v)) raise('OverflowError', 'cannot convert float infinity to integer');
  let r = Math.round(v);
  if (Math.abs(v - Math.trunc(v)) === 0.5) r = Math.trunc(v) % 2 === 0 ? Math.trunc(v) : Math.trunc(v) + Math.sign(v);
  return Math.abs(r) <= 9007199254740991 ? newInt(r === 0 ? 0 : r) : newIntBig(BigInt(r));
}

/** float.__round__(ndigits): double_round, correctly rounded from the exact binary value. */
export function roundFloatDigits(x: number, ndigits: bigint): number {
  if (!isFinite(x) || x === 0) return x;
  // Beyond these bounds the result is x itself or a signed zero (float_round_impl's NDIGITS_MAX/MIN).
  if (ndigits > 323n) return x;
  if (ndigits < -308n) return x < 0 ? -0 : 0;
  const nd = Number(ndigits);
  const q = scaledRound(x, nd);
  let v: number;
  if (nd >= 0) v = ratioToDouble(q, 10n ** BigInt(nd));
  else v = Number(q * 10n ** BigInt(-nd));
  if (!isFinite(v)) raise('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -v : v;
}

/** float.as_integer_ratio for finite x. */
export function floatRatio(x: number): [bigint, bigint] {
  const { mant, exp } = decompose(x);
  let num = mant, den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else {
    den <<= BigInt(-exp);
    while ((num & 1n) === 0n && den > 1n) {
      num >>= 1n;
      den >>= 1n;
    }
  }
  if (num === 0n) den = 1n;
  return [x < 0 ? -num : num, den];
}

export { decref };

/** round(x[, nd]) for ints and floats (null for other types, which use their own __round__). */
export function roundNumber(x: PyObject, nd: PyObject | undefined, none: PyObject, indexBig: (o: PyObject) => bigint): PyObject | null {
  const noDigits = nd === undefined || nd === none;
  if (x.ob_type === FloatType) {
    if (noDigits) return roundFloatToInt(x.v);
    return newFloat(roundFloatDigits(x.v, indexBig(nd)));
  }
  if (isInt(x)) return roundInt(x, noDigits ? null : indexBig(nd));
  return null;
}

/** divmod(a, b): type(a).__divmod__, then type(b).__rdivmod__, as binary_op1 does for nb_divmod. */
export function numberDivmod(a: PyObject, b: PyObject): PyObject {
  if (isInt(a) && isInt(b)) return intDivmod(a, b);
  const fa = typeLookup(a.ob_type, '__divmod__');
  if (fa !== null) {
    const r = callHooks.call(fa, [a, b], null);
    if (r !== NotImplemented) return r;
  }
  const fb = a.ob_type !== b.ob_type ? typeLookup(b.ob_type, '__rdivmod__') : null;
  if (fb !== null) {
    const r = callHooks.call(fb, [b, a], null);
    if (r !== NotImplemented) return r;
  }
  raise('TypeError', `unsupported operand type(s) for divmod(): '${td(a.ob_type).tp_name}' and '${td(b.ob_type).tp_name}'`);
}

import { typeLookup, td } from './typeobject';
import { callHooks } from './abstract';
