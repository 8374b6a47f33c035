/**
 * int's methods and attributes (Objects/longobject.c's method table):
 * bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio,
 * conjugate, is_integer, __round__/__trunc__/__floor__/__ceil__,
 * __divmod__, three-argument __pow__, __sizeof__, __getnewargs__, and the
 * real/imag/numerator/denominator getsets, plus the slot-wrapper dunders
 * (numberSlots.ts). bool inherits all of them. It deliberately holds no
 * arithmetic: that stays in int.ts's slots.
 */

import { PyObject, immortalize, objectSize } from './object';
import { td, type MethodFunc } from './typeobject';
import { raise } from './errors';
import { IntType, newInt, newIntBig, intBig, isInt, NotImplemented, intPow, strReprHook, intHashBig } from './int';
import { newFloat } from './float';
import { newTuple } from './tuple';
import { None } from './none';
import { isStr, strRepr } from './str';
import { addMethods, newBuiltinFunction } from './methodobject';
import { GetSetDescrType, type GetSetData } from './descrobject';
import { addNumberDunders } from './numberSlots';
import { intDivmod, intPowMod, roundInt } from './numberOps';
import { bitLength } from './floatDigits';
import { newBytes, bufferOf } from './bytes';
import { splitKwargs } from './args';
import { indexOf, typeNameOf, call, exactHashes } from './abstract';
import { ClassMethodType } from './function';

strReprHook.repr = strRepr;
exactHashes.set(IntType, intHashBig);

/** A new int of exactly type int from any int (bool and subclasses drop their type). */
function asExactInt(o: PyObject): PyObject {
  return o.v === o.v ? newInt(o.v) : newIntBig(o.a as bigint);
}

function noArgs(name: string, args: PyObject[], kw: readonly string[] | null): void {
  if ((kw !== null && kw.length > 0) || args.length !== 0) raise('TypeError', `int.${name}() takes no arguments (${args.length + (kw?.length ?? 0)} given)`);
}

export function addGetSets(type: PyObject, getters: Record<string, (o: PyObject) => PyObject>): void {
  const d = td(type);
  for (const [name, get] of Object.entries(getters)) {
    const data: GetSetData = { name, owner: type, get, set: null };
    d.tp_dict.set(name, immortalize(new PyObject(GetSetDescrType, 0, data, null)));
  }
}

function popcount(b: bigint): number {
  let n = 0;
  for (const ch of (b < 0n ? -b : b).toString(16)) n += [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4][parseInt(ch, 16)];
  return n;
}

function byteorderArg(o: PyObject | undefined, fname: string): boolean {
  if (o === undefined) return false;
  if (!isStr(o)) raise('TypeError', `${fname}() argument 'byteorder' must be str, not ${typeNameOf(o)}`);
  const s = o.a as string;
  if (s === 'little') return true;
  if (s === 'big') return false;
  raise('ValueError', "byteorder must be either 'little' or 'big'");
}

const toBytes: MethodFunc = (self, args, kwnames) => {
  const [pos, kw] = splitKwargs(args, kwnames);
  if (pos.length > 2) raise('TypeError', `to_bytes() takes at most 2 positional arguments (${pos.length} given)`);
  const lenO = pos[0] ?? kw.get('length');
  const length = lenO === undefined ? 1 : indexOf(lenO);
  const little = byteorderArg(pos[1] ?? kw.get('byteorder'), 'to_bytes');
  const signedO = kw.get('signed');
  const signed = signedO !== undefined && signedO.v !== 0;
  if (length < 0) raise('ValueError', 'length argument must be non-negative');
  let v = intBig(self);
  if (v < 0n && !signed) raise('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed ? v >= 1n << (bits - 1n) || v < -(1n << (bits - 1n)) : v >= 1n << bits) raise('OverflowError', 'int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return newBytes(out);
};

const fromBytes: MethodFunc = (_self, allArgs, kwnames) => {
  // Called through a classmethod: the class comes first.
  const cls = allArgs[0];
  const [pos, kw] = splitKwargs(allArgs.slice(1), kwnames);
  const src = pos[0] ?? kw.get('bytes');
  if (src === undefined) raise('TypeError', "from_bytes() missing required argument 'bytes' (pos 1)");
  const little = byteorderArg(pos[1] ?? kw.get('byteorder'), 'from_bytes');
  const signedO = kw.get('signed');
  const signed = signedO !== undefined && signedO.v !== 0;
  const buf = bufferOf(src);
  if (buf === null) raise('TypeError', `cannot convert '${typeNameOf(src)}' object to bytes`);
  let v = 0n;
  for (let i = 0; i < buf.length; i++) v = (v << 8n) | BigInt(buf[little ? buf.length - 1 - i : i]);
  if (signed && buf.length > 0 && v >= 1n << BigInt(buf.length * 8 - 1)) v -= 1n << BigInt(buf.length * 8);
  const r = newIntBig(v);
  if (cls === IntType) return r;
  return call(cls, [r], null);
};

addNumberDunders(IntType, {
  bit_length: (self, args, kw) => {
    noArgs('bit_length', args, kw);
    return newInt(bitLength(intBig(self)));
  },
  bit_count: (self, args, kw) => {
    noArgs('bit_count', args, kw);
    return newInt(popcount(intBig(self)));
  },
  as_integer_ratio: (self, args, kw) => {
    noArgs('as_integer_ratio', args, kw);
    return newTuple([asExactInt(self), newInt(1)]);
  },
  conjugate: (self, args, kw) => {
    noArgs('conjugate', args, kw);
    return asExactInt(self);
  },
  is_integer: (self, args, kw) => {
    noArgs('is_integer', args, kw);
    return newref(boolTrue);
  },
  to_bytes: toBytes,
  __trunc__: (self) => asExactInt(self),
  __floor__: (self) => asExactInt(self),
  __ceil__: (self) => asExactInt(self),
  __round__: (self, args) => {
    if (args.length > 1) raise('TypeError', `__round__ expected at most 1 argument, got ${args.length}`);
    const nd = args[0];
    if (nd === undefined || nd === None) return asExactInt(self);
    if (!isInt(nd)) raise('TypeError', `'${typeNameOf(nd)}' object cannot be interpreted as an integer`);
    return roundInt(self, intBig(nd));
  },
  __divmod__: (self, args) => intDivmod(self, args[0]),
  __rdivmod__: (self, args) => intDivmod(args[0], self),
  __pow__: (self, args) => {
    const [e, m] = args;
    if (!isInt(e)) return NotImplemented;
    if (m !== undefined && m !== None) return isInt(m) ? intPowMod(self, e, m) : NotImplemented;
    return intPow(self, e);
  },
  __rpow__: (self, args) => (isInt(args[0]) ? intPow(args[0], self) : NotImplemented),
  __sizeof__: (self) => newInt(objectSize(self)),
  __getnewargs__: (self) => newTuple([asExactInt(self)]),
});

addGetSets(IntType, {
  real: asExactInt,
  imag: () => newInt(0),
  numerator: asExactInt,
  denominator: () => newInt(1),
});

// from_bytes is a classmethod: the type's namespace holds a classmethod around a builtin.
td(IntType).tp_dict.set('from_bytes', immortalize(new PyObject(ClassMethodType, 0, newBuiltinFunction('from_bytes', fromBytes, null), null)));

import { newref } from './object';
import { True as boolTrue } from './bool';
export { addMethods, newFloat };
