/**
 * The methods bytes and bytearray share (CPython's bytes_methods.c and the
 * stringlib templates): searching, splitting, stripping, case, padding,
 * predicates, hex/fromhex, translate/maketrans, decode, plus bytes' own
 * constructor and sequence slots (indexing gives ints, slicing, +, *, %,
 * `in`, iteration). Methods run on the content as a Latin-1 JS string and
 * reuse the str algorithms where the rules agree; whitespace and case are
 * ASCII-only as for bytes in CPython. bytearray's mutating methods are in
 * bytearray.ts.
 */

import { PyObject, decref, newref } from './object';
import { td, typeData, TypeFlags, makeStaticType, typeLookup } from './typeobject';
import { raise } from './errors';
import { newInt, isInt, NotImplemented } from './int';
import { None } from './none';
import { fromBool } from './bool';
import { isStr, newStr } from './str';
import { newList } from './list';
import { newTuple, isTuple, sliceIndices, sliceHook, checkIndex } from './tuple';
import { addMethods, newBuiltinFunction } from './methodobject';
import { StaticMethodType, ClassMethodType } from './function';
import { BytesType, ByteArrayType, EmptyBytes, newBytes, newByteArray, bufferOf, isBytes, isByteArray } from './bytes';
import { latin1String, latin1Bytes, lookupCodec, decodeBytes, encodeText } from './codecs';
import { percentFormat } from './percentFormat';
import { splitBy, rsplitBy, splitLines, replaceText } from './strMethods';
import { expandTabs } from './strCase';
import { sliceIndex, adjustIndices, varargsRange, clinicArgs, posArgs, methO, methNoArgs, typeNameOf } from './strUtil';
import * as abs from './abstract';

/** bytes whitespace: space, \\t \\n \\r \\v \\f (ASCII only). */
const BYTE_SPACE = { test: (c: string): boolean => c.length === 1 && ' \t\n\r\v\f'.includes(c) };
const LINE_BREAKS = new Set([10, 13]);

/** The content of a bytes-like argument or "a bytes-like object is required". */
export function needBuffer(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(o)}'`);
  return b;
}

/** A byte value from an int, with "byte must be in range(0, 256)". */
export function byteValue(o: PyObject): number {
  const n = abs.indexOf(o);
  if (n < 0 || n > 255) raise('ValueError', 'byte must be in range(0, 256)');
  return n;
}

function text(o: PyObject): string {
  return latin1String(bufferOf(o)!);
}

/** A result of the receiver's kind: methods of bytearray return bytearrays. */
function make(self: PyObject, s: string | Uint8Array): PyObject {
  const b = typeof s === 'string' ? latin1Bytes(s) : s;
  return isByteArray(self) ? newByteArray(b) : newBytes(b);
}

function sameOrNew(self: PyObject, s: string): PyObject {
  if (self.ob_type === BytesType && s === text(self)) return newref(self);
  return make(self, s);
}

/** bytes_subscript and bytearray_subscript. */
export function bytesSubscript(o: PyObject, key: PyObject): PyObject {
  const b = bufferOf(o)!;
  const ba = isByteArray(o);
  if (key.ob_type === sliceHook.SliceType) {
    const [start, , step, len] = sliceIndices(key, b.length);
    if (step === 1) {
      if (!ba && start === 0 && len === b.length && o.ob_type === BytesType) return newref(o);
      return ba ? newByteArray(b.subarray(start, start + Math.max(0, len))) : newBytes(b.slice(start, start + Math.max(0, len)));
    }
    const out = new Uint8Array(Math.max(0, len));
    for (let i = 0, j = start; i < len; i++, j += step) out[i] = b[j];
    return ba ? newByteArray(out) : newBytes(out);
  }
  if (!isInt(key) && typeData(key).nb_index === null) {
    raise('TypeError', `${ba ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeNameOf(key)}`);
  }
  const i = checkIndex(abs.indexOf(key), b.length, ba ? 'bytearray index out of range' : 'index out of range');
  return newInt(b[i]);
}

export function bytesConcat(a: PyObject, b: PyObject): PyObject {
  const x = bufferOf(a), y = bufferOf(b);
  if (x === null || y === null) {
    if (x !== null && (isBytes(a) || isByteArray(a))) raise('TypeError', `can't concat ${typeNameOf(b)} to ${typeNameOf(a)}`);
    return NotImplemented;
  }
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return isByteArray(a) ? newByteArray(out) : newBytes(out);
}

export function bytesRepeat(a: PyObject, b: PyObject): PyObject {
  const [s, n] = bufferOf(a) !== null && (isBytes(a) || isByteArray(a)) ? [a, b] : [b, a];
  if (!(td(n.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS)) return NotImplemented;
  const src = bufferOf(s)!;
  const count = Math.max(0, abs.indexOf(n));
  if (src.length * count > 1e9) raise('MemoryError', '');
  const out = new Uint8Array(src.length * count);
  for (let i = 0; i < count; i++) out.set(src, i * src.length);
  return isByteArray(s) ? newByteArray(out) : newBytes(out);
}

export function bytesContains(o: PyObject, item: PyObject): boolean {
  const s = text(o);
  if (isInt(item) || (typeData(item).nb_index !== null && bufferOf(item) === null)) return s.includes(String.fromCharCode(byteValue(item)));
  return s.includes(latin1String(needBuffer(item)));
}

/** bytes_iterator / bytearray_iterator: `a` the sequence (owned), `v` the next index. */
function iterType(name: string): PyObject {
  return makeStaticType(name, null, {
    tp_flags: TypeFlags.HAVE_GC,
    tp_basicsize: 32,
    tp_dealloc: (o) => {
      if (o.a !== null) decref(o.a as PyObject);
    },
    tp_iter: (o) => newref(o),
    tp_iternext: (it) => {
      const src = it.a as PyObject | null;
      if (src === null) return null;
      const b = bufferOf(src)!;
      if (it.v >= b.length) {
        it.a = null;
        decref(src);
        return null;
      }
      return newInt(b[it.v++]);
    },
  });
}
export const BytesIterType = iterType('bytes_iterator');
export const ByteArrayIterType = iterType('bytearray_iterator');

const bd = td(BytesType);
bd.mp_subscript = bytesSubscript;
bd.nb_add = bytesConcat;
bd.nb_multiply = bytesRepeat;
bd.nb_remainder = (a, b) => {
  if (!isBytes(a)) return NotImplemented;
  return newBytes(latin1Bytes(percentFormat(text(a), b, true)));
};
bd.nb[0] = bd.nb_add;
bd.nb[5] = bd.nb_multiply;
bd.nb[6] = bd.nb_remainder;
bd.sq_contains = bytesContains;
bd.tp_iter = (o) => new PyObject(BytesIterType, 0, newref(o), null);

/** The bytes an object converts to in bytes(x) / bytearray(x) (a fresh array). */
export function bytesFromObject(x: PyObject, encoding: PyObject | undefined, errors: PyObject | undefined, who: string): Uint8Array {
  if (isStr(x)) {
    if (encoding === undefined) raise('TypeError', 'string argument without an encoding');
    if (!isStr(encoding)) raise('TypeError', `${who}() argument 'encoding' must be str, not ${typeNameOf(encoding)}`);
    const errs = errors === undefined ? 'strict' : (errors.a as string);
    return encodeText(x.a as string, lookupCodec(encoding.a as string), errs);
  }
  if (encoding !== undefined) raise('TypeError', 'encoding without a string argument');
  if (errors !== undefined) raise('TypeError', 'errors without a string argument');
  const buf = bufferOf(x);
  if (buf !== null) return buf.slice();
  if (isInt(x) || typeData(x).nb_index !== null) {
    const n = abs.indexOf(x);
    if (n < 0) raise('ValueError', 'negative count');
    return new Uint8Array(n);
  }
  const d = typeData(x);
  if (d.tp_iter === null && d.tp_iternext === null && d.mp_subscript === null) {
    raise('TypeError', `cannot convert '${d.tp_name}' object to ${who}`);
  }
  const items = abs.iterToArray(x);
  try {
    const out = new Uint8Array(items.length);
    items.forEach((it, i) => {
      const n = abs.indexOf(it);
      if (n < 0 || n > 255) raise('ValueError', 'bytes must be in range(0, 256)');
      out[i] = n;
    });
    return out;
  } finally {
    for (const it of items) decref(it);
  }
}

bd.tp_new = (type, args, kwnames) => {
  const [x, enc, errs] = clinicArgs('bytes', args, kwnames, ['source', 'encoding', 'errors'], 0);
  let b: Uint8Array;
  if (x === undefined) {
    if (enc !== undefined || errs !== undefined) raise('TypeError', enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    b = new Uint8Array(0);
  } else if (enc === undefined && errs === undefined && !isStr(x) && bufferOf(x) === null && typeLookup(x.ob_type, '__bytes__') !== null) {
    const r = abs.callMethod(x, '__bytes__', []);
    if (!isBytes(r)) {
      decref(r);
      raise('TypeError', `__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
    }
    if (type === BytesType) return r;
    b = (r.a as Uint8Array).slice();
    decref(r);
  } else b = bytesFromObject(x, enc, errs, 'bytes');
  if (type === BytesType) return newBytes(b);
  const o = new PyObject(type, b.length, b, null);
  if (td(type).tp_flags & TypeFlags.HEAPTYPE) newref(type);
  return o;
};

// ------------------------------------------------------------ shared methods

function subArg(o: PyObject): string {
  if (isInt(o)) return String.fromCharCode(byteValue(o));
  const b = bufferOf(o);
  if (b === null) {
    if (typeData(o).nb_index !== null) return String.fromCharCode(byteValue(o));
    raise('TypeError', `argument should be integer or bytes-like object, not '${typeNameOf(o)}'`);
  }
  return latin1String(b);
}

function search(name: string, self: PyObject, args: PyObject[], kw: readonly string[] | null): { s: string; sub: string; lo: number; hi: number } | null {
  varargsRange(name, args, kw, 1, 3, typeNameOf(self));
  const s = text(self);
  const sub = subArg(args[0]);
  const [start, end] = adjustIndices(sliceIndex(args[1], 0), sliceIndex(args[2], 2 ** 62), s.length);
  if (start > s.length || end < start || end - start < sub.length) return null;
  return { s, sub, lo: start, hi: end };
}

function find(r: { s: string; sub: string; lo: number; hi: number } | null, reverse: boolean): number {
  if (r === null) return -1;
  if (reverse) {
    const i = r.s.lastIndexOf(r.sub, r.hi - r.sub.length);
    return i >= r.lo ? i : -1;
  }
  const i = r.s.indexOf(r.sub, r.lo);
  return i >= 0 && i + r.sub.length <= r.hi ? i : -1;
}

function tail(name: string, self: PyObject, args: PyObject[], kw: readonly string[] | null, atEnd: boolean): PyObject {
  varargsRange(name, args, kw, 1, 3, typeNameOf(self));
  const s = text(self);
  const [start, end] = adjustIndices(sliceIndex(args[1], 0), sliceIndex(args[2], 2 ** 62), s.length);
  const one = (p: string) => start <= s.length && end - start >= p.length && (atEnd ? s.slice(start, end).endsWith(p) : s.slice(start, end).startsWith(p));
  if (isTuple(args[0])) {
    for (const p of args[0].a as PyObject[]) if (one(latin1String(needBuffer(p)))) return fromBool(true);
    return fromBool(false);
  }
  const b = bufferOf(args[0]);
  if (b === null) raise('TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${typeNameOf(args[0])}`);
  return fromBool(one(latin1String(b)));
}

function splitWs(s: string, max: number, reverse: boolean): string[] {
  const words: string[] = [];
  if (!reverse) {
    let i = 0;
    while (i < s.length) {
      while (i < s.length && BYTE_SPACE.test(s[i])) i++;
      if (i >= s.length) break;
      if (max >= 0 && words.length === max) {
        words.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < s.length && !BYTE_SPACE.test(s[j])) j++;
      words.push(s.slice(i, j));
      i = j;
    }
    return words;
  }
  let j = s.length;
  while (j > 0) {
    while (j > 0 && BYTE_SPACE.test(s[j - 1])) j--;
    if (j === 0) break;
    if (max >= 0 && words.length === max) {
      words.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !BYTE_SPACE.test(s[i - 1])) i--;
    words.push(s.slice(i, j));
    j = i;
  }
  return words.reverse();
}

function doSplit(name: string, self: PyObject, args: PyObject[], kw: readonly string[] | null, reverse: boolean): PyObject {
  const [sepO, maxO] = clinicArgs(name, args, kw, ['sep', 'maxsplit'], 0);
  const max = maxO === undefined ? -1 : abs.indexOf(maxO);
  const s = text(self);
  let parts: string[];
  if (sepO === undefined || sepO === None) parts = splitWs(s, max, reverse);
  else {
    const sep = latin1String(needBuffer(sepO));
    if (sep === '') raise('ValueError', 'empty separator');
    parts = reverse ? rsplitBy(s, sep, max) : splitBy(s, sep, max);
  }
  return newList(parts.map((p) => make(self, p)));
}

function strip(name: string, self: PyObject, args: PyObject[], kw: readonly string[] | null, left: boolean, right: boolean): PyObject {
  posArgs(name, args, kw, 0, 1, typeNameOf(self));
  const s = text(self);
  const chars = args.length > 0 && args[0] !== None ? latin1String(needBuffer(args[0])) : null;
  const isStrip = (c: string) => (chars === null ? BYTE_SPACE.test(c) : chars.includes(c));
  let a = 0, b = s.length;
  if (left) while (a < b && isStrip(s[a])) a++;
  if (right) while (b > a && isStrip(s[b - 1])) b--;
  return sameOrNew(self, s.slice(a, b));
}

const isLowerB = (c: number) => c >= 97 && c <= 122;
const isUpperB = (c: number) => c >= 65 && c <= 90;
const lowerS = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
const upperS = (s: string) => s.replace(/[a-z]+/g, (m) => m.toUpperCase());

function caseMethod(name: string, f: (s: string) => string) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    methNoArgs(name, args, kw, typeNameOf(self));
    return make(self, f(text(self)));
  };
}

function predicate(name: string, f: (b: Uint8Array) => boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    methNoArgs(name, args, kw, typeNameOf(self));
    return fromBool(f(bufferOf(self)!));
  };
}
const every = (re: { test(c: string): boolean }) => (b: Uint8Array) => b.length > 0 && Array.prototype.every.call(b, (c: number) => re.test(String.fromCharCode(c)));

function pad(name: string, place: (s: string, fill: string, n: number, width: number) => string) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    posArgs(name, args, kw, 1, 2, typeNameOf(self));
    const width = abs.indexOf(args[0]);
    let fill = ' ';
    if (args.length > 1) {
      const fb = bufferOf(args[1]);
      if (fb === null || fb.length !== 1 || !(isBytes(args[1]) || isByteArray(args[1]))) {
        raise('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${typeNameOf(args[1])}`);
      }
      fill = String.fromCharCode(fb[0]);
    }
    const s = text(self);
    const n = width - s.length;
    if (n <= 0) return sameOrNew(self, s);
    return make(self, place(s, fill, n, width));
  };
}

function hexOf(self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [sepO, perO] = clinicArgs('hex', args, kw, ['sep', 'bytes_per_sep'], 0);
  const b = bufferOf(self)!;
  const hex = Array.from(b, (c) => c.toString(16).padStart(2, '0'));
  if (sepO === undefined) return newStr(hex.join(''));
  let sep: string;
  if (isStr(sepO)) sep = sepO.a as string;
  else {
    const sb = bufferOf(sepO);
    if (sb === null) raise('TypeError', `object of type '${typeNameOf(sepO)}' has no len()`);
    sep = latin1String(sb);
  }
  if (Array.from(sep).length !== 1) raise('ValueError', 'sep must be length 1.');
  if (sep.charCodeAt(0) > 127) raise('ValueError', 'sep must be ASCII.');
  const per = perO === undefined ? 1 : abs.indexOf(perO);
  if (per === 0 || hex.length === 0) return newStr(hex.join(''));
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    // Groups are counted from the right.
    let end = hex.length;
    while (end > 0) {
      groups.unshift(hex.slice(Math.max(0, end - k), end).join(''));
      end -= k;
    }
  } else {
    for (let i = 0; i < hex.length; i += k) groups.push(hex.slice(i, i + k).join(''));
  }
  return newStr(groups.join(sep));
}

function fromhex(_self: PyObject, argv: PyObject[], kw: readonly string[] | null): PyObject {
  // A classmethod: the class comes first.
  const cls = argv[0];
  const args = argv.slice(1);
  const x = methO('fromhex', args, kw, cls === ByteArrayType ? 'bytearray' : 'bytes');
  if (!isStr(x)) raise('TypeError', `fromhex() argument must be str, not ${typeNameOf(x)}`);
  const s = x.a as string;
  const out: number[] = [];
  let i = 0;
  const hexv = (c: string) => (/^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  while (i < s.length) {
    if (BYTE_SPACE.test(s[i])) {
      i++;
      continue;
    }
    const hi = hexv(s[i]);
    if (hi < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexv(s[i + 1]) : -1;
    if (lo < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  const b = Uint8Array.from(out);
  if (cls === BytesType) return newBytes(b);
  if (cls === ByteArrayType) return newByteArray(b);
  const tmp = cls === ByteArrayType || td(cls).tp_mro.includes(ByteArrayType) ? newByteArray(b) : newBytes(b);
  try {
    return abs.call(cls, [tmp], null);
  } finally {
    decref(tmp);
  }
}

function maketrans(_s: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  posArgs('maketrans', args, kw, 2, 2, 'bytes');
  const a = needBuffer(args[0]), b = needBuffer(args[1]);
  if (a.length !== b.length) raise('ValueError', 'maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < a.length; i++) t[a[i]] = b[i];
  return newBytes(t);
}

function translate(self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [tableO, delO] = clinicArgs('translate', args, kw, ['table', 'delete'], 1, 1);
  let table: Uint8Array | null = null;
  if (tableO !== None) {
    table = needBuffer(tableO!);
    if (table.length !== 256) raise('ValueError', 'translation table must be 256 characters long');
  }
  const del = delO === undefined ? '' : latin1String(needBuffer(delO));
  const b = bufferOf(self)!;
  const out: number[] = [];
  for (const c of b) {
    if (del.includes(String.fromCharCode(c))) continue;
    out.push(table === null ? c : table[c]);
  }
  const r = Uint8Array.from(out);
  if (self.ob_type === BytesType && r.length === b.length && r.every((c, i) => c === b[i])) return newref(self);
  return make(self, r);
}

function partition(self: PyObject, args: PyObject[], kw: readonly string[] | null, reverse: boolean): PyObject {
  const sepO = methO(reverse ? 'rpartition' : 'partition', args, kw, typeNameOf(self));
  const sep = latin1String(needBuffer(sepO));
  if (sep === '') raise('ValueError', 'empty separator');
  const s = text(self);
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  const whole = () => (isByteArray(self) ? make(self, s) : newref(self));
  const empty = () => make(self, '');
  if (i < 0) return reverse ? newTuple([empty(), empty(), whole()]) : newTuple([whole(), empty(), empty()]);
  const mid = isBytes(sepO) && !isByteArray(self) ? newref(sepO) : make(self, sep);
  return newTuple([make(self, s.slice(0, i)), mid, make(self, s.slice(i + sep.length))]);
}

const shared: Record<string, (self: PyObject, args: PyObject[], kw: readonly string[] | null) => PyObject> = {
  decode: (self, args, kw) => {
    const [enc, err] = clinicArgs('decode', args, kw, ['encoding', 'errors'], 0);
    if (enc !== undefined && !isStr(enc)) raise('TypeError', `decode() argument 'encoding' must be str, not ${typeNameOf(enc)}`);
    if (err !== undefined && !isStr(err)) raise('TypeError', `decode() argument 'errors' must be str, not ${typeNameOf(err)}`);
    const codec = lookupCodec(enc === undefined ? 'utf-8' : (enc.a as string));
    return newStr(decodeBytes(bufferOf(self)!, codec, err === undefined ? 'strict' : (err.a as string)));
  },
  hex: hexOf,
  find: (self, args, kw) => newInt(find(search('find', self, args, kw), false)),
  rfind: (self, args, kw) => newInt(find(search('rfind', self, args, kw), true)),
  index: (self, args, kw) => {
    const i = find(search('index', self, args, kw), false);
    if (i < 0) raise('ValueError', 'subsection not found');
    return newInt(i);
  },
  rindex: (self, args, kw) => {
    const i = find(search('rindex', self, args, kw), true);
    if (i < 0) raise('ValueError', 'subsection not found');
    return newInt(i);
  },
  count: (self, args, kw) => {
    const r = search('count', self, args, kw);
    if (r === null) return newInt(0);
    const seg = r.s.slice(r.lo, r.hi);
    if (r.sub === '') return newInt(seg.length + 1);
    let n = 0;
    for (let i = seg.indexOf(r.sub); i >= 0; i = seg.indexOf(r.sub, i + r.sub.length)) n++;
    return newInt(n);
  },
  startswith: (self, args, kw) => tail('startswith', self, args, kw, false),
  endswith: (self, args, kw) => tail('endswith', self, args, kw, true),
  split: (self, args, kw) => doSplit('split', self, args, kw, false),
  rsplit: (self, args, kw) => doSplit('rsplit', self, args, kw, true),
  splitlines: (self, args, kw) => {
    const [keep] = clinicArgs('splitlines', args, kw, ['keepends'], 0);
    return newList(splitLines(text(self), keep !== undefined && abs.isTrue(keep), LINE_BREAKS).map((p) => make(self, p)));
  },
  strip: (self, args, kw) => strip('strip', self, args, kw, true, true),
  lstrip: (self, args, kw) => strip('lstrip', self, args, kw, true, false),
  rstrip: (self, args, kw) => strip('rstrip', self, args, kw, false, true),
  join: (self, args, kw) => {
    const it = methO('join', args, kw, typeNameOf(self));
    const d = typeData(it);
    if (d.tp_iter === null && d.tp_iternext === null && d.mp_subscript === null) raise('TypeError', 'can only join an iterable');
    const items = abs.iterToArray(it);
    try {
      const parts = items.map((x, i) => {
        const b = bufferOf(x);
        if (b === null) raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeNameOf(x)} found`);
        return latin1String(b);
      });
      return make(self, parts.join(text(self)));
    } finally {
      for (const x of items) decref(x);
    }
  },
  replace: (self, args, kw) => {
    posArgs('replace', args, kw, 2, 3, typeNameOf(self));
    const old = latin1String(needBuffer(args[0])), nu = latin1String(needBuffer(args[1]));
    const count = args.length > 2 ? abs.indexOf(args[2]) : -1;
    return sameOrNew(self, replaceText(text(self), old, nu, count));
  },
  partition: (self, args, kw) => partition(self, args, kw, false),
  rpartition: (self, args, kw) => partition(self, args, kw, true),
  removeprefix: (self, args, kw) => {
    const p = latin1String(needBuffer(methO('removeprefix', args, kw, typeNameOf(self))));
    const s = text(self);
    return sameOrNew(self, p !== '' && s.startsWith(p) ? s.slice(p.length) : s);
  },
  removesuffix: (self, args, kw) => {
    const p = latin1String(needBuffer(methO('removesuffix', args, kw, typeNameOf(self))));
    const s = text(self);
    return sameOrNew(self, p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  },
  upper: caseMethod('upper', upperS),
  lower: caseMethod('lower', lowerS),
  swapcase: caseMethod('swapcase', (s) => s.replace(/[a-zA-Z]/g, (c) => (c <= 'Z' ? c.toLowerCase() : c.toUpperCase()))),
  capitalize: caseMethod('capitalize', (s) => (s.length === 0 ? s : upperS(s[0]) + lowerS(s.slice(1)))),
  title: caseMethod('title', (s) => {
    let out = '';
    let prev = false;
    for (const c of s) {
      out += prev ? lowerS(c) : upperS(c);
      prev = /[a-zA-Z]/.test(c);
    }
    return out;
  }),
  isalnum: predicate('isalnum', every(/[a-zA-Z0-9]/)),
  isalpha: predicate('isalpha', every(/[a-zA-Z]/)),
  isdigit: predicate('isdigit', every(/[0-9]/)),
  isspace: predicate('isspace', every(BYTE_SPACE)),
  isascii: predicate('isascii', (b) => b.every((c) => c < 128)),
  islower: predicate('islower', (b) => b.some(isLowerB) && !b.some(isUpperB)),
  isupper: predicate('isupper', (b) => b.some(isUpperB) && !b.some(isLowerB)),
  istitle: predicate('istitle', (b) => {
    let cased = false, prev = false;
    for (const c of b) {
      if (isUpperB(c)) {
        if (prev) return false;
        prev = cased = true;
      } else if (isLowerB(c)) {
        if (!prev) return false;
        prev = cased = true;
      } else prev = false;
    }
    return cased;
  }),
  center: pad('center', (s, fill, n, width) => {
    const left = (n >> 1) + (n & width & 1);
    return fill.repeat(left) + s + fill.repeat(n - left);
  }),
  ljust: pad('ljust', (s, fill, n) => s + fill.repeat(n)),
  rjust: pad('rjust', (s, fill, n) => fill.repeat(n) + s),
  zfill: (self, args, kw) => {
    posArgs('zfill', args, kw, 1, 1, typeNameOf(self));
    const w = abs.indexOf(args[0]);
    const s = text(self);
    const n = w - s.length;
    if (n <= 0) return sameOrNew(self, s);
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return make(self, sign + '0'.repeat(n) + s.slice(sign.length));
  },
  expandtabs: (self, args, kw) => {
    const [t] = clinicArgs('expandtabs', args, kw, ['tabsize'], 0);
    return sameOrNew(self, expandTabs(text(self), t === undefined ? 8 : abs.indexOf(t)));
  },
  translate,
};

addMethods(BytesType, shared);
addMethods(ByteArrayType, shared);
for (const t of [BytesType, ByteArrayType]) {
  td(t).tp_dict.set('fromhex', new PyObject(ClassMethodType, 0, newBuiltinFunction('fromhex', fromhex, null), null));
  td(t).tp_dict.set('maketrans', new PyObject(StaticMethodType, 0, newBuiltinFunction('maketrans', maketrans, null), null));
}

export { EmptyBytes };

/** ord() of a bytes or bytearray: its single byte, or null when x is not one of them. */
export function ordOfBytes(x: PyObject): PyObject | null {
  if (!isBytes(x) && !isByteArray(x)) return null;
  const b = bufferOf(x)!;
  if (b.length !== 1) raise('TypeError', `ord() expected a character, but string of length ${b.length} found`);
  return newInt(b[0]);
}
