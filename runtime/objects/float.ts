/**
 * float: IEEE doubles in `v`. repr is CPython's: the shortest string that
 * round-trips, fixed notation for exponents -4..15 and `1e+16` style
 * otherwise, 'inf' and 'nan'. Mixed int/float arithmetic is handled here
 * (int's slots return NotImplemented for floats, then these reflected slots
 * run), as CPython's float_add converts the int operand.
 */

import { PyObject } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { raise } from './errors';
import { decompose, ratioToDouble } from './floatDigits';
import { normaliseNumeric, strReprHook, pyStrip } from './int';
import { IntType, NotImplemented, floatFactory, boolFactory, isInt, intToDouble, intBig, newIntBig, newInt } from './int';
import { floatRepr } from '../syntax/literalRepr';

const floatFreeList: PyObject[] = [];

export const FloatType: PyObject = makeStaticType('float', null, {
  tp_flags: TypeFlags.BASETYPE,
  tp_basicsize: 24,
  tp_dealloc: (o) => {
    if (o.ob_type === FloatType && floatFreeList.length < 100) floatFreeList.push(o);
  },
  tp_repr: (o) => floatRepr(o.v),
  tp_hash: (o) => floatHash(o.v),
  tp_richcompare: (a, b, op) => floatRichCompare(a, b, op),
  nb_add: (a, b) => floatBinary(a, b, 0),
  nb_subtract: (a, b) => floatBinary(a, b, 10),
  nb_multiply: (a, b) => floatBinary(a, b, 5),
  nb_true_divide: (a, b) => floatBinary(a, b, 11),
  nb_floor_divide: (a, b) => floatBinary(a, b, 2),
  nb_remainder: (a, b) => floatBinary(a, b, 6),
  nb_power: (a, b) => floatBinary(a, b, 8),
  nb_negative: (a) => newFloat(-a.v),
  nb_positive: (a) => newFloat(a.v),
  nb_absolute: (a) => newFloat(Math.abs(a.v)),
  nb_bool: (a) => a.v !== 0,
  nb_int: (a) => floatToInt(a.v),
  nb_float: (a) => newFloat(a.v),
});

export function newFloat(x: number): PyObject {
  const o = floatFreeList.pop();
  if (o !== undefined) {
    o.ob_refcnt = 1;
    o.v = x;
    return o;
  }
  return new PyObject(FloatType, x, null, null);
}
floatFactory.newFloat = newFloat;
floatFactory.FloatType = FloatType;
floatFactory.pow = (x, y) => floatPow(x, y);

export function isFloat(o: PyObject): boolean {
  return o.ob_type === FloatType;
}

export { floatRepr };

/** _Py_HashDouble, with an identity-free hash for nan (CPython hashes nan by id). */
export function floatHash(x: number): number {
  return Number(floatHashBig(x));
}

/** The exact 64-bit hash as a BigInt (hash() prints it; slots use the nearest double). */
export function floatHashBig(x: number): bigint {
  if (!isFinite(x)) return x !== x ? 0n : x > 0 ? 314159n : -314159n;
  if (x === 0) return 0n;
  // _Py_HashDouble: m * 2**e reduced modulo 2**61 - 1, where 2**61 == 1.
  const P = (1n << 61n) - 1n;
  const { mant, exp } = decompose(x);
  let h = mant % P;
  const e = ((exp % 61) + 61) % 61;
  h = ((h << BigInt(e)) & P) | (h >> BigInt(61 - e));
  if (h >= P) h -= P;
  let r = x < 0 ? -h : h;
  if (r === -1n) r = -2n;
  return r;
}

function asDouble(o: PyObject): number | null {
  if (o.ob_type === FloatType) return o.v;
  if (isInt(o)) return intToDouble(o);
  return null;
}

function floatRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = a.v;
  let c: number;
  if (b.ob_type === FloatType) {
    const y = b.v;
    if (x !== x || y !== y) return boolFactory.fromBool(op === 3);
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (isInt(b)) {
    if (x !== x) return boolFactory.fromBool(op === 3);
    if (b.v === b.v) c = x < b.v ? -1 : x > b.v ? 1 : 0;
    else if (!isFinite(x)) c = x > 0 ? 1 : -1;
    else {
      // Compare exactly: the float's integer part against the big int, then its fraction.
      const bi = intBig(b);
      const fi = BigInt(Math.trunc(x));
      c = fi < bi ? -1 : fi > bi ? 1 : x - Math.trunc(x) > 0 ? 1 : x - Math.trunc(x) < 0 ? -1 : 0;
    }
  } else return NotImplemented;
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0;
  }
  return boolFactory.fromBool(r);
}

function floatBinary(a: PyObject, b: PyObject, op: number): PyObject {
  const x = asDouble(a);
  const y = asDouble(b);
  if (x === null || y === null) return NotImplemented;
  switch (op) {
    case 0: return newFloat(x + y);
    case 10: return newFloat(x - y);
    case 5: return newFloat(x * y);
    case 11:
      if (y === 0) raise('ZeroDivisionError', 'float division by zero');
      return newFloat(x / y);
    case 2:
      if (y === 0) raise('ZeroDivisionError', 'float floor division by zero');
      return newFloat(floatDivmod(x, y)[0]);
    case 6:
      if (y === 0) raise('ZeroDivisionError', 'float modulo');
      return newFloat(floatDivmod(x, y)[1]);
    case 8:
      if (x < 0 && isFinite(y) && !Number.isInteger(y)) return complexPowHook.pow(x, y);
      return newFloat(floatPow(x, y));
  }
  return NotImplemented;
}

/** float_divmod: CPython's algorithm, keeping the sign of the divisor. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  // C's truthiness: NaN counts as non-zero, so the comparisons below say `!== 0`.
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** Filled in by complex.ts: a negative float to a fractional power is complex. */
export const complexPowHook: { pow: (x: number, y: number) => PyObject } = {
  pow: () => raise('ValueError', 'math domain error'),
};

/** float_pow's special cases, then libm pow (exact for integral exponents). */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (!isFinite(y)) {
    const ax = Math.abs(x);
    return ax === 1 ? 1 : (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (x === 0 && y < 0 && isFinite(y)) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (x === 1) return 1;
  const r = powExact(x, y);
  if (!isFinite(r) && isFinite(x) && isFinite(y)) raise('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}

/**
 * x ** y correctly rounded when y is an integer of moderate size (V8's
 * Math.pow is not, glibc's is); other exponents fall back to Math.pow.
 */
export function powExact(x: number, y: number): number {
  if ((y === 0.5 || y === -0.5) && x > 0 && isFinite(x)) return sqrtPow(x, y < 0);
  if (!isFinite(x) || !isFinite(y) || !Number.isInteger(y) || x === 0 || Math.abs(y) > 4096) return Math.pow(x, y);
  const { mant, exp } = decompose(x);
  const n = BigInt(Math.abs(y));
  const m = mant ** n;
  const e = exp * Math.abs(y);
  let num = m, den = 1n;
  if (y > 0) {
    if (e >= 0) num <<= BigInt(e);
    else den <<= BigInt(-e);
  } else {
    num = 1n;
    den = m;
    if (e >= 0) den <<= BigInt(e);
    else num <<= BigInt(-e);
  }
  const r = ratioToDouble(num, den);
  return x < 0 && (n & 1n) === 1n ? -r : r;
}

/** x ** ±0.5 correctly rounded: an integer square root with 120 extra bits. */
function sqrtPow(x: number, invert: boolean): number {
  const { mant, exp } = decompose(x);
  let m = mant, e = exp;
  if (e & 1) {
    m <<= 1n;
    e -= 1;
  }
  const K = 240n;
  const n = m << K;
  // Newton's method for floor(sqrt(n)).
  // Start above the root so Newton's iteration decreases monotonically.
  let r = BigInt(Math.floor(Math.sqrt(Number(m))) + 2) << (K / 2n);
  for (;;) {
    const next = (r + n / r) >> 1n;
    if (next >= r) break;
    r = next;
  }
  while (r * r > n) r -= 1n;
  while ((r + 1n) * (r + 1n) <= n) r += 1n;
  const sticky = r * r === n ? 0n : 1n;
  // sqrt(x) = r / 2**(K/2) * 2**(e/2), r carrying a sticky bit.
  const half = e / 2;
  if (!invert) {
    const num = (r << 1n) | sticky;
    const shift = half - Number(K / 2n) - 1;
    return shift >= 0 ? ratioToDouble(num << BigInt(shift), 1n) : ratioToDouble(num, 1n << BigInt(-shift));
  }
  // 1 / sqrt(x) = 2**(K/2) / r * 2**(-e/2); the truncated root makes the quotient an upper bound, exact enough at 120 bits.
  const shift = Number(K / 2n) - half;
  return shift >= 0 ? ratioToDouble(1n << BigInt(shift + 1), (r << 1n) | sticky) : ratioToDouble(1n, ((r << 1n) | sticky) << BigInt(-shift - 1));
}

/** int(float): truncation, with CPython's errors for inf and nan. */
export function floatToInt(x: number): PyObject {
  if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
  if (!isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Math.abs(t) <= 9007199254740991 ? newInt(t === 0 ? 0 : t) : newIntBig(BigInt(t));
}

/** float(text): Python's float literal syntax, plus inf/nan spellings; Unicode digits and spaces allowed. */
export function floatFromString(text: string): PyObject {
  const bad = (): never => raise('ValueError', `could not convert string to float: ${strReprHook.repr(text)}`);
  const t = normaliseNumeric(text);
  if (t === null) return bad();
  const s = pyStrip(t).toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (m) return newFloat(m[2] === 'nan' ? (m[1] === '-' ? -NaN : NaN) : m[1] === '-' ? -Infinity : Infinity);
  if (!/^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/.test(s)) bad();
  return newFloat(parseFloat(s.replace(/_/g, '')));
}

export { IntType };
