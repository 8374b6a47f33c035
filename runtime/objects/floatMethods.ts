/**
 * float's methods and attributes (Objects/floatobject.c's method table):
 * is_integer, as_integer_ratio, hex, fromhex (a classmethod), conjugate,
 * __round__/__trunc__/__floor__/__ceil__, __divmod__, __getnewargs__, the
 * real/imag getsets, and the slot-wrapper dunders (numberSlots.ts). It
 * deliberately holds no arithmetic: that stays in float.ts's slots.
 */

import { PyObject, immortalize } from './object';
import { td } from './typeobject';
import { raise } from './errors';
import { newInt, newIntBig, isInt, intBig } from './int';
import { FloatType, newFloat, floatToInt } from './float';
import { True, False } from './bool';
import { newTuple } from './tuple';
import { None } from './none';
import { newStr, isStr } from './str';
import { newBuiltinFunction } from './methodobject';
import { ClassMethodType } from './function';
import { addNumberDunders } from './numberSlots';
import { addGetSets } from './intMethods';
import { floatDivmodObj, roundFloatToInt, roundFloatDigits, floatRatio } from './numberOps';
import { decompose, ldexpExact } from './floatDigits';
import { typeNameOf, call } from './abstract';

function exact(o: PyObject): PyObject {
  return newFloat(o.v);
}

/** float.hex(): 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { mant, exp } = decompose(x);
  const subnormal = mant < 1n << 52n;
  const lead = subnormal ? 0 : 1;
  const frac = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  const e = subnormal ? -1022 : exp + 52;
  return `${sign}0x${lead}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** float.fromhex: CPython's grammar, rounding half to even at 53 bits (and subnormals). */
export function floatFromHex(text: string): number {
  const s = text.trim();
  const m = /^([+-])?(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/i.exec(s);
  const bad = (): never => raise('ValueError', 'invalid hexadecimal floating-point string');
  if (m === null) return bad();
  const neg = m[1] === '-';
  if (m[2] !== undefined) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return neg ? -v : v;
  }
  const ip = m[3] ?? '', fp = m[4] ?? '';
  if (ip === '' && fp === '') return bad();
  const digits = (ip + fp).replace(/^0+/, '');
  let e = (m[5] !== undefined ? parseInt(m[5], 10) : 0) - 4 * fp.length;
  if (digits === '') return neg ? -0 : 0;
  let mant = BigInt('0x' + digits);
  // Normalise to at most 55 bits with a sticky bit, then round to the double grid.
  let bits = mant.toString(2).length;
  if (bits > 60) {
    const drop = bits - 60;
    const sticky = (mant & ((1n << BigInt(drop)) - 1n)) !== 0n;
    mant >>= BigInt(drop);
    if (sticky) mant |= 1n;
    e += drop;
    bits = 60;
  }
  const top = bits - 1 + e;
  if (top > 1023) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  let prec = 53;
  if (top < -1022) prec = 53 - (-1022 - top);
  if (prec < 0) return neg ? -0 : 0;
  const drop = bits - prec;
  if (drop > 0) {
    const rem = mant & ((1n << BigInt(drop)) - 1n);
    const half = 1n << BigInt(drop - 1);
    mant >>= BigInt(drop);
    if (rem > half || (rem === half && (mant & 1n) === 1n)) mant += 1n;
    e += drop;
  }
  const v = ldexpExact(Number(mant), e);
  if (!isFinite(v)) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  return neg ? -v : v;
}

addNumberDunders(FloatType, {
  is_integer: (self) => (Number.isInteger(self.v) ? True : False),
  as_integer_ratio: (self) => {
    const x = self.v;
    if (x !== x) raise('ValueError', 'cannot convert NaN to integer ratio');
    if (!isFinite(x)) raise('OverflowError', 'cannot convert Infinity to integer ratio');
    const [n, d] = floatRatio(x);
    return newTuple([newIntBig(n), newIntBig(d)]);
  },
  hex: (self) => newStr(floatHex(self.v)),
  conjugate: exact,
  __trunc__: (self) => floatToInt(self.v),
  __floor__: (self) => floatToInt(Math.floor(self.v)),
  __ceil__: (self) => floatToInt(Math.ceil(self.v)),
  __round__: (self, args) => {
    if (args.length > 1) raise('TypeError', `__round__ expected at most 1 argument, got ${args.length}`);
    const nd = args[0];
    if (nd === undefined || nd === None) return roundFloatToInt(self.v);
    if (!isInt(nd)) raise('TypeError', `'${typeNameOf(nd)}' object cannot be interpreted as an integer`);
    return newFloat(roundFloatDigits(self.v, intBig(nd)));
  },
  __divmod__: (self, args) => floatDivmodObj(self, args[0]),
  __rdivmod__: (self, args) => floatDivmodObj(args[0], self),
  __getnewargs__: (self) => newTuple([exact(self)]),
});

addGetSets(FloatType, {
  real: exact,
  imag: () => newFloat(0),
});

const fromhex = newBuiltinFunction('fromhex', (_s, args) => {
  const [cls, s] = args;
  if (s === undefined || !isStr(s)) raise('TypeError', `bad argument type for built-in operation`);
  const r = newFloat(floatFromHex(s.a as string));
  if (cls === FloatType) return r;
  return call(cls, [r], null);
}, null);
td(FloatType).tp_dict.set('fromhex', immortalize(new PyObject(ClassMethodType, 0, fromhex, null)));

export { newInt };
