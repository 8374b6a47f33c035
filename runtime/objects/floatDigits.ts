/**
 * Exact decimal and binary conversions of doubles, done with BigInts so
 * every result is correctly rounded as CPython's dtoa.c makes it: digits
 * rounded to a number of decimal places or significant digits (ties to
 * even on the double's exact binary value), and a big ratio num/den rounded
 * to the nearest double (true division of ints, float(int) of fractions).
 * It deliberately knows no Python objects; callers raise errors.
 */

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The exact value of a finite |x| as mant * 2**exp with an integer mantissa. */
export function decompose(x: number): { mant: bigint; exp: number } {
  F64[0] = Math.abs(x);
  const hi = U32[1], lo = U32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return { mant, exp: -1074 };
  mant |= 1n << 52n;
  return { mant, exp: bexp - 1075 };
}

function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num - q * den;
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round(|x| * 10**places) to an integer, ties to even, exactly. */
export function scaledRound(x: number, places: number): bigint {
  const { mant, exp } = decompose(x);
  let num = mant, den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (places >= 0) num *= 10n ** BigInt(places);
  else den *= 10n ** BigInt(-places);
  return roundHalfEven(num, den);
}

/** |x| rounded to `places` decimal places: the digits with the point placed ('f' formatting). */
export function fixedDigits(x: number, places: number): string {
  const q = scaledRound(x, places).toString();
  if (places <= 0) return q;
  const padded = q.padStart(places + 1, '0');
  return padded.slice(0, padded.length - places) + '.' + padded.slice(padded.length - places);
}

/**
 * |x| (finite, non-zero) rounded to n significant digits: the digit string
 * (exactly n digits) and the decimal exponent of its first digit.
 */
export function significantDigits(x: number, n: number): { digits: string; exp10: number } {
  let est = Math.floor(Math.log10(Math.abs(x)));
  const hi = 10n ** BigInt(n), lo = 10n ** BigInt(n - 1);
  for (let guard = 0; guard < 4; guard++) {
    const q = scaledRound(x, n - 1 - est);
    if (q >= hi) {
      est++;
      continue;
    }
    if (q < lo) {
      est--;
      continue;
    }
    return { digits: q.toString(), exp10: est };
  }
  const q = scaledRound(x, n - 1 - est);
  return { digits: q.toString().slice(0, n), exp10: est };
}

export function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  if (b === 0n) return 0;
  // toString(16) is much faster than toString(2) for big values.
  const h = b.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** mant * 2**k exactly (mant < 2**54), without overflow or underflow of the intermediate power. */
export function ldexpExact(mant: number, k: number): number {
  let r = mant;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
    if (r === 0) return r;
  }
  return r * 2 ** k;
}

/**
 * num / den (den > 0) rounded to the nearest double, ties to even, with
 * subnormals rounded once. Returns Infinity when the result overflows.
 */
export function ratioToDouble(num: bigint, den: bigint): number {
  const neg = num < 0n;
  if (neg) num = -num;
  if (num === 0n) return neg ? -0 : 0;
  const diff = bitLength(num) - bitLength(den);
  // Keep at least 55 significant bits in the quotient, plus a sticky bit.
  const s = 56 - diff;
  let q: bigint, r: bigint;
  if (s >= 0) {
    const n2 = num << BigInt(s);
    q = n2 / den;
    r = n2 - q * den;
  } else {
    const d2 = den << BigInt(-s);
    q = num / d2;
    r = num - q * d2;
  }
  if (r !== 0n) q |= 1n;
  const ql = bitLength(q);
  const e = ql - 1 - s;
  let prec = 53;
  if (e < -1022) prec = 53 - (-1022 - e);
  let mant: bigint;
  let shift: number;
  if (prec <= 0) {
    // Below half the smallest subnormal, or just at/above it.
    const half = 1074 + 1;
    if (e < -half) return neg ? -0 : 0;
    prec = 0;
  }
  const drop = ql - prec;
  if (drop > 0) {
    mant = q >> BigInt(drop);
    const rem = q & ((1n << BigInt(drop)) - 1n);
    const halfway = 1n << BigInt(drop - 1);
    if (rem > halfway || (rem === halfway && (mant & 1n) === 1n)) mant += 1n;
    shift = drop - s;
  } else {
    mant = q;
    shift = -s;
  }
  const v = ldexpExact(Number(mant), shift);
  return neg ? -v : v;
}
