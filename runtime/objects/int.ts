/**
 * int: arbitrary-precision integers with a double fast path. `v` holds the
 * value while it is a safe integer (|v| < 2**53); beyond that `v` is NaN and
 * `a` holds a BigInt, so one `v === v` test guards every fast path
 * (notes/vm-performance.md: BigInt everywhere costs 1.4x, a switch-over at
 * CPython's 2**30 digit costs 2x). Small ints -5..256 are cached and
 * immortal (PEP 683); dead ints go to a free list as CPython keeps one.
 *
 * Results that are floats (true division, negative powers) are made through
 * `floatFactory`, which float.ts fills in, so this file does not import it.
 * Slot functions return NotImplemented for operand types they do not know.
 */

import { PyObject, immortalize } from './object';
import { makeStaticType, TypeFlags, td, isSubtype } from './typeobject';
import { raise } from './errors';
import { ratioToDouble } from './floatDigits';

export const MAX_SAFE = 9007199254740991;
const SMALL_MIN = -5;
const SMALL_MAX = 256;

export const floatFactory: { newFloat: (x: number) => PyObject; FloatType: PyObject | null; pow: (x: number, y: number) => number } = {
  newFloat: () => {
    throw new Error('float.ts not loaded');
  },
  FloatType: null,
  pow: () => {
    throw new Error('float.ts not loaded');
  },
};

/** The NotImplemented singleton lives here because every numeric slot returns it. */
export const NotImplementedType = makeStaticType('NotImplementedType', null, {
  tp_repr: () => 'NotImplemented',
  tp_basicsize: 16,
});
export const NotImplemented = immortalize(new PyObject(NotImplementedType, 0, null, null));

const intFreeList: PyObject[] = [];

export const IntType: PyObject = makeStaticType('int', null, {
  tp_flags: TypeFlags.LONG_SUBCLASS | TypeFlags.BASETYPE,
  tp_basicsize: 24,
  tp_dealloc: (o) => {
    if (o.ob_type === IntType && intFreeList.length < 256) intFreeList.push(o);
  },
  tp_sizeof: (o) => intSizeof(o),
  tp_repr: (o) => intToString(o),
  tp_hash: (o) => intHash(o),
  tp_richcompare: (a, b, op) => intRichCompare(a, b, op),
  nb_add: (a, b) => intBinary(a, b, 0),
  nb_and: (a, b) => intBinary(a, b, 1),
  nb_floor_divide: (a, b) => intBinary(a, b, 2),
  nb_lshift: (a, b) => intBinary(a, b, 3),
  nb_multiply: (a, b) => intBinary(a, b, 5),
  nb_remainder: (a, b) => intBinary(a, b, 6),
  nb_or: (a, b) => intBinary(a, b, 7),
  nb_power: (a, b) => intBinary(a, b, 8),
  nb_rshift: (a, b) => intBinary(a, b, 9),
  nb_subtract: (a, b) => intBinary(a, b, 10),
  nb_true_divide: (a, b) => intBinary(a, b, 11),
  nb_xor: (a, b) => intBinary(a, b, 12),
  nb_negative: (a) => (a.v === a.v ? newInt(-a.v) : newIntBig(-(a.a as bigint))),
  nb_positive: (a) => (a.v === a.v ? newInt(a.v) : newIntBig(a.a as bigint)),
  nb_absolute: (a) => (a.v === a.v ? newInt(Math.abs(a.v)) : newIntBig(a.a < 0n ? -(a.a as bigint) : (a.a as bigint))),
  nb_invert: (a) => (a.v === a.v ? newInt(-a.v - 1) : newIntBig(-(a.a as bigint) - 1n)),
  nb_bool: (a) => a.v !== 0,
  nb_index: (a) => (a.v === a.v ? newInt(a.v) : newIntBig(a.a as bigint)),
  nb_int: (a) => (a.v === a.v ? newInt(a.v) : newIntBig(a.a as bigint)),
  nb_float: (a) => floatFactory.newFloat(intToDouble(a)),
});

const small: PyObject[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) small.push(immortalize(new PyObject(IntType, i, null, null)));

/** PyLong_FromDouble for an integral safe value: cached, recycled or new. */
export function newInt(n: number): PyObject {
  if (n >= SMALL_MIN && n <= SMALL_MAX) return small[n - SMALL_MIN];
  if (n > MAX_SAFE || n < -MAX_SAFE) return newIntBig(BigInt(n));
  const o = intFreeList.pop();
  if (o !== undefined) {
    o.ob_refcnt = 1;
    o.v = n;
    o.a = null;
    return o;
  }
  return new PyObject(IntType, n, null, null);
}

/** A new int from a BigInt, normalised to the double representation when it fits. */
export function newIntBig(b: bigint): PyObject {
  if (b <= 9007199254740991n && b >= -9007199254740991n) return newInt(Number(b));
  const o = intFreeList.pop();
  if (o !== undefined) {
    o.ob_refcnt = 1;
    o.v = NaN;
    o.a = b;
    return o;
  }
  return new PyObject(IntType, NaN, b, null);
}

export function isInt(o: PyObject): boolean {
  return o.ob_type === IntType || (td(o.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS) !== 0;
}

/** The value as a BigInt (for any int, including bool). */
export function intBig(o: PyObject): bigint {
  return o.v === o.v ? BigInt(o.v) : (o.a as bigint);
}

/** The value as a JS number when it is a safe integer, else null. */
export function intSmall(o: PyObject): number | null {
  return o.v === o.v ? o.v : null;
}

export function intToDouble(o: PyObject): number {
  if (o.v === o.v) return o.v;
  const d = Number(o.a as bigint);
  if (!isFinite(d)) raise('OverflowError', 'int too large to convert to float');
  return d;
}

export const MAX_STR_DIGITS = { limit: 4300 };

export function intToString(o: PyObject): string {
  if (o.v === o.v) return String(o.v);
  const s = (o.a as bigint).toString();
  const digits = s.length - (s[0] === '-' ? 1 : 0);
  if (MAX_STR_DIGITS.limit > 0 && digits > MAX_STR_DIGITS.limit) {
    raise('ValueError', `Exceeds the limit (${MAX_STR_DIGITS.limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

function intSizeof(o: PyObject): number {
  let b = intBig(o);
  if (b < 0n) b = -b;
  if (b === 0n) return 28;
  const bits = b.toString(2).length;
  return 24 + 4 * Math.ceil(bits / 30);
}

const HASH_MODULUS = (1n << 61n) - 1n;

export function intHash(o: PyObject): number {
  if (o.v === o.v) {
    const n = o.v;
    if (n === -1) return -2;
    if (Math.abs(n) < 2 ** 61 - 1) return n;
  }
  return Number(intHashBig(o));
}

/** long_hash exactly: |v| mod 2**61 - 1 with the sign, -1 becoming -2. */
export function intHashBig(o: PyObject): bigint {
  const b = intBig(o);
  const neg = b < 0n;
  let h = (neg ? -b : b) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

function cmp(op: number, c: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

export const boolFactory: { fromBool: (b: boolean) => PyObject } = {
  fromBool: () => {
    throw new Error('bool.ts not loaded');
  },
};

function intRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isInt(b)) return NotImplemented;
  let c: number;
  if (a.v === a.v && b.v === b.v) c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  else {
    const x = intBig(a), y = intBig(b);
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  return boolFactory.fromBool(cmp(op, c));
}

/** Python's floor division and modulo on BigInts. */
function bigFloorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}
function bigMod(x: bigint, y: bigint): bigint {
  const r = x % y;
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
}

const TWO52 = 4503599627370496;

/** BINARY_OP on two ints; `op` is BINARY_OP's oparg (NB_ADD = 0...). */
export function intBinary(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isInt(a) || !isInt(b)) return NotImplemented;
  const x = a.v, y = b.v;
  if (x === x && y === y) {
    let r: number;
    switch (op) {
      case 0: r = x + y; if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r); break;
      case 10: r = x - y; if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r); break;
      case 5: r = x * y; if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r); break;
      case 2:
        if (y === 0) raise('ZeroDivisionError', 'integer division or modulo by zero');
        if (Math.abs(x) <= TWO52 && Math.abs(y) <= TWO52) {
          let m = x % y;
          if (m !== 0 && (m < 0) !== (y < 0)) m += y;
          return newInt((x - m) / y);
        }
        break;
      case 6:
        if (y === 0) raise('ZeroDivisionError', 'integer modulo by zero');
        if (Math.abs(x) <= TWO52 && Math.abs(y) <= TWO52) {
          let m = x % y;
          if (m !== 0 && (m < 0) !== (y < 0)) m += y;
          return newInt(m);
        }
        break;
      case 11: return trueDivide(a, b);
      case 1: if ((x | 0) === x && (y | 0) === y) return newInt(x & y); break;
      case 7: if ((x | 0) === x && (y | 0) === y) return newInt(x | y); break;
      case 12: if ((x | 0) === x && (y | 0) === y) return newInt(x ^ y); break;
      case 9:
        if (y < 0) raise('ValueError', 'negative shift count');
        return newInt(y >= 64 ? (x < 0 ? -1 : 0) : Math.floor(x / Math.pow(2, y)));
      case 3:
        if (y < 0) raise('ValueError', 'negative shift count');
        if (y < 31 && Math.abs(x) < 1 << 21) return newInt(x * (1 << y));
        break;
      case 8:
        return intPow(a, b);
    }
  }
  return bigBinary(a, b, op);
}

function bigBinary(a: PyObject, b: PyObject, op: number): PyObject {
  const x = intBig(a), y = intBig(b);
  switch (op) {
    case 0: return newIntBig(x + y);
    case 10: return newIntBig(x - y);
    case 5: return newIntBig(x * y);
    case 2:
      if (y === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
      return newIntBig(bigFloorDiv(x, y));
    case 6:
      if (y === 0n) raise('ZeroDivisionError', 'integer modulo by zero');
      return newIntBig(bigMod(x, y));
    case 11: return trueDivide(a, b);
    case 1: return newIntBig(x & y);
    case 7: return newIntBig(x | y);
    case 12: return newIntBig(x ^ y);
    case 3:
      if (y < 0n) raise('ValueError', 'negative shift count');
      if (y > 1n << 32n) raise('OverflowError', 'too many digits in integer');
      return newIntBig(x << y);
    case 9:
      if (y < 0n) raise('ValueError', 'negative shift count');
      return newIntBig(y > 1n << 32n ? (x < 0n ? -1n : 0n) : x >> y);
    case 8: return intPow(a, b);
  }
  return NotImplemented;
}

function trueDivide(a: PyObject, b: PyObject): PyObject {
  if (b.v === 0) raise('ZeroDivisionError', 'division by zero');
  // Both operands exact as doubles: IEEE division is correctly rounded already.
  if (a.v === a.v && b.v === b.v) return floatFactory.newFloat(a.v / b.v);
  let x = intBig(a), y = intBig(b);
  if (y < 0n) {
    x = -x;
    y = -y;
  }
  const d = ratioToDouble(x, y);
  if (!isFinite(d)) raise('OverflowError', 'integer division result too large for a float');
  return floatFactory.newFloat(d);
}

export function intPow(a: PyObject, b: PyObject): PyObject {
  const e = intBig(b);
  if (e < 0n) {
    // long_pow hands negative exponents to float_pow.
    const base = intToDouble(a);
    if (base === 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return floatFactory.newFloat(floatFactory.pow(base, Number(e)));
  }
  const x = intBig(a);
  if (x === 0n || x === 1n) return newIntBig(e === 0n ? 1n : x);
  if (x === -1n) return newInt(e % 2n === 0n ? 1 : -1);
  if (e > 100000000n) raise('MemoryError', '');
  return newIntBig(x ** e);
}

/** int(text, base): CPython's literal rules (underscores, whitespace, prefixes). */
export function intFromString(text: string, base: number): PyObject {
  const bad = (): never =>
    raise('ValueError', `invalid literal for int() with base ${base}: ${reprForError(text)}`);
  let s = normaliseNumeric(text);
  if (s === null) return bad();
  s = pyStrip(s);
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  const lower = s.toLowerCase();
  const prefixBase = lower.startsWith('0x') ? 16 : lower.startsWith('0o') ? 8 : lower.startsWith('0b') ? 2 : 0;
  if (b === 0) {
    if (prefixBase !== 0) {
      b = prefixBase;
      s = s.slice(2);
      if (s.startsWith('_')) s = s.slice(1);
    } else {
      b = 10;
      if (/^0+(_?0)*$/.test(s)) return newInt(0);
      if (s.startsWith('0')) bad();
    }
  } else if (prefixBase === b) {
    s = s.slice(2);
    if (s.startsWith('_')) s = s.slice(1);
  }
  if (s.length === 0 || s.startsWith('_') || s.endsWith('_') || s.includes('__')) bad();
  s = s.replace(/_/g, '');
  if (b === 10) {
    if (!/^[0-9]+$/.test(s)) bad();
    if (MAX_STR_DIGITS.limit > 0 && s.length > MAX_STR_DIGITS.limit) {
      raise('ValueError', `Exceeds the limit (${MAX_STR_DIGITS.limit} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
    }
    const r = BigInt(s);
    return newIntBig(neg ? -r : r);
  }
  const lowerDigits = s.toLowerCase();
  for (const ch of lowerDigits) {
    const c = ch.charCodeAt(0);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : 99;
    if (d >= b) bad();
  }
  let r: bigint;
  if (b === 16 || b === 8 || b === 2) r = BigInt((b === 16 ? '0x' : b === 8 ? '0o' : '0b') + lowerDigits);
  else {
    r = 0n;
    const bb = BigInt(b);
    for (const ch of lowerDigits) {
      const c = ch.charCodeAt(0);
      r = r * bb + BigInt(c >= 48 && c <= 57 ? c - 48 : c - 87);
    }
  }
  return newIntBig(neg ? -r : r);
}

function isPySpace(c: number): boolean {
  return (c >= 9 && c <= 13) || (c >= 28 && c <= 32) || c === 0x85 || (c > 127 && /\s/u.test(String.fromCodePoint(c)));
}

/** str.strip() with Python's idea of whitespace (which includes \x1c-\x1f and \x85). */
export function pyStrip(s: string): string {
  let i = 0, j = s.length;
  while (i < j && isPySpace(s.charCodeAt(i))) i++;
  while (j > i && isPySpace(s.charCodeAt(j - 1))) j--;
  return s.slice(i, j);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become
 * ASCII digits and Unicode spaces become ' '; other non-ASCII characters
 * make the text invalid (null).
 */
export function normaliseNumeric(text: string): string | null {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (/\p{Nd}/u.test(ch)) out += String(decimalValue(c));
    else if (/\s/u.test(ch) || c === 0x85) out += ' ';
    else return null;
  }
  return out;
}

/** The digit value of a Unicode decimal digit: Nd digits come in runs of ten starting at 0. */
function decimalValue(c: number): number {
  let z = c;
  while (z > 0 && /\p{Nd}/u.test(String.fromCodePoint(z - 1))) z--;
  return (c - z) % 10;
}

/** The text's repr in error messages; intMethods.ts installs str's repr (str.ts imports this file). */
export const strReprHook: { repr: (s: string) => string } = { repr: (s) => `'${s}'` };

function reprForError(text: string): string {
  return strReprHook.repr(text);
}

/** PyNumber_Index for ints: the JS number, raising when it does not fit a Py_ssize_t. */
export function intAsIndex(o: PyObject, what = 'int'): number {
  if (o.v === o.v) return o.v;
  raise('IndexError', `cannot fit '${what}' into an index-sized integer`);
}

export function isIntType(type: PyObject): boolean {
  return isSubtype(type, IntType);
}
