/**
 * The `math` module: constants, the real functions (sqrt, exp, logs with
 * bases and exact big-int logs, pow, trig and hyperbolic functions, fmod,
 * remainder, frexp/ldexp/modf, nextafter, ulp, isclose...) with
 * python3.12's domain and range errors, plus the integer functions
 * (mathInteger.ts) and sums (mathSums.ts). Transcendental results come from
 * V8's Math, which may differ from glibc in the last digit in rare cases.
 * It deliberately leaves out erf, erfc, gamma and lgamma for now.
 */

import type { PyObject } from '../objects/object';
import { newFloat } from '../objects/float';
import { isInt, intBig, newInt } from '../objects/int';
import { fromBool } from '../objects/bool';
import { newTuple } from '../objects/tuple';
import { raise } from '../objects/errors';
import { splitKwargs, checkKwargs } from '../objects/args';
import { newBuiltinFunction } from '../objects/methodobject';
import { newModule, setStrItem } from '../objects/module';
import { bitLength, decompose, ratioToDouble } from '../objects/floatDigits';
import { powExact } from '../objects/float';
import * as abs from '../objects/abstract';
import { registerBuiltinModule } from './registry';
import { asDouble, check1, check2, domainError, rangeError, exactArgs } from './mathArgs';
import { integerFunctions } from './mathInteger';
import { sumFunctions } from './mathSums';

type Fn = (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

function unary(name: string, f: (x: number) => number, canOverflow: boolean): Fn {
  return (_s, args, kw) => {
    exactArgs(name, args, kw, 1);
    const x = asDouble(args[0]);
    return newFloat(check1(x, f(x), canOverflow));
  };
}

function binary(name: string, f: (x: number, y: number) => number, canOverflow: boolean): Fn {
  return (_s, args, kw) => {
    exactArgs(name, args, kw, 2);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    return newFloat(check2(x, y, f(x, y), canOverflow));
  };
}

/** m_log and friends: finite positive inputs only; log(0) and negatives are domain errors. */
function mLog(f: (x: number) => number): (x: number) => number {
  return (x) => {
    if (x !== x) return x;
    if (x <= 0) domainError();
    return f(x);
  };
}

/** loghelper: ints too big for a double are split as m * 2**e first. */
function logHelper(o: PyObject, f: (x: number) => number): number {
  if (isInt(o)) {
    const b = intBig(o);
    if (b <= 0n) domainError();
    const n = bitLength(b);
    if (!isFinite(Number(b))) return f(ratioToDouble(b, 1n << BigInt(n))) + f(2) * n;
  }
  return mLog(f)(asDouble(o));
}

function logFunction(name: string, f: (x: number) => number): Fn {
  return (_s, args, kw) => {
    exactArgs(name, args, kw, 1);
    return newFloat(logHelper(args[0], f));
  };
}

function mathPow(x: number, y: number): number {
  if (!isFinite(x) || !isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (!isFinite(x)) {
      const oddY = isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = powExact(x, y);
  if (r !== r) domainError();
  if (!isFinite(r)) {
    if (x === 0) domainError();
    rangeError();
  }
  return r;
}

function remainder(x: number, y: number): number {
  if (isFinite(x) && isFinite(y)) {
    if (y === 0) return NaN;
    const ax = Math.abs(x), ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (ax - m)) % ay);
    return x < 0 || Object.is(x, -0) ? -r : r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!isFinite(x)) return NaN;
  return x;
}

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);

function nextAfter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F64[0] = x;
  I64[0] += (y > x) === (x > 0) ? 1n : -1n;
  return F64[0];
}

function frexp(x: number): [number, number] {
  if (x === 0 || !isFinite(x)) return [x, 0];
  const { mant, exp } = decompose(x);
  const n = bitLength(mant);
  const m = Number(mant) / 2 ** n;
  return [x < 0 ? -m : m, exp + n];
}

function ldexp(x: number, e: bigint): number {
  if (x === 0 || !isFinite(x)) return x;
  if (e > 3000n) rangeError();
  if (e < -3000n) return x < 0 ? -0 : 0;
  const { mant, exp } = decompose(x);
  const k = exp + Number(e);
  const m = x < 0 ? -mant : mant;
  const r = k >= 0 ? ratioToDouble(m << BigInt(k), 1n) : ratioToDouble(m, 1n << BigInt(-k));
  if (!isFinite(r)) rangeError();
  return r;
}

function isclose(_s: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [pos, kws] = splitKwargs(args, kw);
  checkKwargs('isclose', kws, ['rel_tol', 'abs_tol']);
  if (pos.length !== 2) raise('TypeError', `isclose() takes exactly 2 positional arguments (${pos.length} given)`);
  const a = asDouble(pos[0]), b = asDouble(pos[1]);
  const rt = kws.has('rel_tol') ? asDouble(kws.get('rel_tol')!) : 1e-9;
  const at = kws.has('abs_tol') ? asDouble(kws.get('abs_tol')!) : 0;
  if (rt < 0 || at < 0) raise('ValueError', 'tolerances must be non-negative');
  if (a === b) return fromBool(true);
  if (!isFinite(a) && a === a) return fromBool(false);
  if (!isFinite(b) && b === b) return fromBool(false);
  const diff = Math.abs(b - a);
  return fromBool(diff <= Math.abs(rt * b) || diff <= Math.abs(rt * a) || diff <= at);
}

const realFunctions: Record<string, Fn> = {
  sqrt: unary('sqrt', (x) => (x > 0 && isFinite(x) ? powExact(x, 0.5) : Math.sqrt(x)), false),
  cbrt: unary('cbrt', Math.cbrt, false),
  exp: unary('exp', Math.exp, true),
  exp2: unary('exp2', (x) => powExact(2, x), true),
  expm1: unary('expm1', Math.expm1, true),
  log2: logFunction('log2', Math.log2),
  log10: logFunction('log10', Math.log10),
  log1p: unary('log1p', Math.log1p, false),
  log: (_s, args, kw) => {
    if (kw !== null && kw.length > 0) raise('TypeError', 'log() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) raise('TypeError', `log expected at ${args.length < 1 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length}`);
    const num = logHelper(args[0], Math.log);
    if (args.length === 1) return newFloat(num);
    const den = logHelper(args[1], Math.log);
    if (den === 0) raise('ZeroDivisionError', 'float division by zero');
    return newFloat(num / den);
  },
  pow: (_s, args, kw) => {
    exactArgs('pow', args, kw, 2);
    return newFloat(mathPow(asDouble(args[0]), asDouble(args[1])));
  },
  fabs: unary('fabs', Math.abs, false),
  sin: unary('sin', Math.sin, false),
  cos: unary('cos', Math.cos, false),
  tan: unary('tan', Math.tan, false),
  asin: unary('asin', Math.asin, false),
  acos: unary('acos', Math.acos, false),
  atan: unary('atan', Math.atan, false),
  sinh: unary('sinh', Math.sinh, true),
  cosh: unary('cosh', Math.cosh, true),
  tanh: unary('tanh', Math.tanh, false),
  asinh: unary('asinh', Math.asinh, false),
  acosh: unary('acosh', Math.acosh, false),
  atanh: unary('atanh', Math.atanh, false),
  atan2: binary('atan2', Math.atan2, false),
  copysign: binary('copysign', (x, y) => {
    F64[0] = y;
    return I64[0] < 0n ? -Math.abs(x) : Math.abs(x);
  }, false),
  fmod: binary('fmod', (x, y) => (!isFinite(y) && y === y && isFinite(x) ? x : x % y), false),
  remainder: binary('remainder', remainder, false),
  degrees: unary('degrees', (x) => x * (180 / Math.PI), true),
  radians: unary('radians', (x) => x * (Math.PI / 180), false),
  isfinite: (_s, args, kw) => (exactArgs('isfinite', args, kw, 1), fromBool(isFinite(asDouble(args[0])))),
  isinf: (_s, args, kw) => {
    exactArgs('isinf', args, kw, 1);
    const x = asDouble(args[0]);
    return fromBool(!isFinite(x) && x === x);
  },
  isnan: (_s, args, kw) => {
    exactArgs('isnan', args, kw, 1);
    const x = asDouble(args[0]);
    return fromBool(x !== x);
  },
  frexp: (_s, args, kw) => {
    exactArgs('frexp', args, kw, 1);
    const [m, e] = frexp(asDouble(args[0]));
    return newTuple([newFloat(m), newInt(e)]);
  },
  modf: (_s, args, kw) => {
    exactArgs('modf', args, kw, 1);
    const x = asDouble(args[0]);
    if (x !== x) return newTuple([newFloat(x), newFloat(x)]);
    if (!isFinite(x)) return newTuple([newFloat(x < 0 ? -0 : 0), newFloat(x)]);
    const ip = Math.trunc(x);
    const fp = x - ip;
    return newTuple([newFloat(x < 0 || Object.is(x, -0) ? -Math.abs(fp) : Math.abs(fp)), newFloat(ip)]);
  },
  ldexp: (_s, args, kw) => {
    exactArgs('ldexp', args, kw, 2);
    const x = asDouble(args[0]);
    if (!isInt(args[1])) raise('TypeError', 'Expected an int as second argument to ldexp.');
    return newFloat(ldexp(x, intBig(args[1])));
  },
  nextafter: (_s, args, kw) => {
    const [pos, kws] = splitKwargs(args, kw);
    checkKwargs('nextafter', kws, ['steps']);
    if (pos.length !== 2) raise('TypeError', `nextafter expected 2 arguments, got ${pos.length}`);
    let x = asDouble(pos[0]);
    const y = asDouble(pos[1]);
    const st = kws.get('steps');
    if (st === undefined || st === abs.None) return newFloat(nextAfter(x, y));
    let n = Number(intBig(abs.numberIndex(st)));
    if (n < 0) raise('ValueError', 'steps must be a non-negative integer');
    while (n-- > 0 && x !== y && x === x) x = nextAfter(x, y);
    return newFloat(x);
  },
  ulp: (_s, args, kw) => {
    exactArgs('ulp', args, kw, 1);
    let x = asDouble(args[0]);
    if (x !== x) return newFloat(x);
    x = Math.abs(x);
    if (!isFinite(x)) return newFloat(x);
    const x2 = nextAfter(x, Infinity);
    if (!isFinite(x2)) return newFloat(x - nextAfter(x, -Infinity));
    return newFloat(x2 - x);
  },
  isclose,
};

export function makeMath(): PyObject {
  const m = newModule('math');
  const d = m.dict!;
  for (const table of [realFunctions, integerFunctions, sumFunctions]) {
    for (const [name, fn] of Object.entries(table)) setStrItem(d, name, newBuiltinFunction(name, fn, 'math'));
  }
  setStrItem(d, 'pi', newFloat(Math.PI));
  setStrItem(d, 'e', newFloat(Math.E));
  setStrItem(d, 'tau', newFloat(2 * Math.PI));
  setStrItem(d, 'inf', newFloat(Infinity));
  setStrItem(d, 'nan', newFloat(NaN));
  return m;
}

registerBuiltinModule('math', makeMath);
