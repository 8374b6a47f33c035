/**
 * str's sequence slots (indexing and slicing by code point, concatenation,
 * repetition, `%`, `in`, iteration) and its searching and splitting methods
 * (find/index/count, split/rsplit/splitlines, strip, replace, join,
 * partition, startswith...). Every index a method takes or returns counts
 * code points, so text with characters outside the BMP (two UTF-16 units in
 * the JS string) behaves as in CPython. Case, padding and predicates live in
 * strCase.ts; str.format in strFormat.ts; `%` in percentFormat.ts.
 */

import { PyObject, decref, newref } from './object';
import { td, TypeFlags, makeStaticType } from './typeobject';
import { raise } from './errors';
import { newInt, isInt, NotImplemented } from './int';
import { None } from './none';
import { fromBool } from './bool';
import { StrType, newStr, isStr, EmptyStr } from './str';
import { newList } from './list';
import { newTuple, isTuple, sliceIndices, sliceHook, checkIndex } from './tuple';
import { addMethods } from './methodobject';
import { strPercentFormat } from './percentFormat';
import {
  isPySpace, isAsciiText, isSimple, cpToU16, u16ToCp, mustBeStr, sliceIndex, adjustIndices,
  varargsRange, clinicArgs, posArgs, methO, typeNameOf,
} from './strUtil';
import * as abs from './abstract';
import './strCase';
import './strFormat';

const sd = td(StrType);

sd.mp_subscript = (o, key) => {
  const s = o.a as string;
  const simple = isSimple(o);
  if (key.ob_type === sliceHook.SliceType) {
    const [start, , step, len] = sliceIndices(key, o.v);
    if (len <= 0) return EmptyStr;
    if (step === 1 && start === 0 && len === o.v && o.ob_type === StrType) return newref(o);
    const chars = simple ? null : Array.from(s);
    if (step === 1) return newStr(simple ? s.slice(start, start + len) : chars!.slice(start, start + len).join(''));
    let out = '';
    for (let i = 0, j = start; i < len; i++, j += step) out += simple ? s[j] : chars![j];
    return newStr(out);
  }
  if (!isInt(key) && td(key.ob_type).nb_index === null) raise('TypeError', `string indices must be integers, not '${typeNameOf(key)}'`);
  const i = checkIndex(abs.indexOf(key), o.v, 'string index out of range');
  if (simple) return newStr(s[i]);
  const off = cpToU16(s, i);
  return newStr(String.fromCodePoint(s.codePointAt(off)!));
};
sd.nb_add = (a, b) => {
  if (!isStr(a) || !isStr(b)) return NotImplemented;
  if ((b.a as string) === '' && a.ob_type === StrType) return newref(a);
  if ((a.a as string) === '' && b.ob_type === StrType) return newref(b);
  return newStr((a.a as string) + (b.a as string));
};
sd.nb_multiply = (a, b) => {
  const [s, n] = isStr(a) ? [a, b] : [b, a];
  if (!isStr(s) || !(td(n.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS)) return NotImplemented;
  const count = abs.indexOf(n);
  if (count <= 0) return EmptyStr;
  if (count === 1 && s.ob_type === StrType) return newref(s);
  if ((s.a as string).length * count > 1e9) raise('OverflowError', 'repeated string is too long');
  return newStr((s.a as string).repeat(count));
};
sd.nb_remainder = (a, b) => {
  if (!isStr(a)) return NotImplemented;
  return newStr(strPercentFormat(a.a as string, b));
};
sd.nb[0] = sd.nb_add;
sd.nb[5] = sd.nb_multiply;
sd.nb[6] = sd.nb_remainder;
sd.sq_contains = (o, item) => {
  if (!isStr(item)) raise('TypeError', `'in <string>' requires string as left operand, not ${typeNameOf(item)}`);
  return (o.a as string).includes(item.a as string);
};

/** str_ascii_iterator / str_iterator: `a` the str (owned), `v` the UTF-16 offset of the next character. */
function strIterNext(it: PyObject): PyObject | null {
  const src = it.a as PyObject | null;
  if (src === null) return null;
  const s = src.a as string;
  if (it.v >= s.length) {
    it.a = null;
    decref(src);
    return null;
  }
  const c = s.codePointAt(it.v)!;
  it.v += c > 0xffff ? 2 : 1;
  return newStr(String.fromCodePoint(c));
}
function iterType(name: string): PyObject {
  return makeStaticType(name, null, {
    tp_flags: TypeFlags.HAVE_GC,
    tp_basicsize: 48,
    tp_dealloc: (o) => {
      if (o.a !== null) decref(o.a as PyObject);
    },
    tp_iternext: strIterNext,
    tp_iter: (o) => newref(o),
  });
}
export const StrAsciiIterType = iterType('str_ascii_iterator');
export const StrIterType = iterType('str_iterator');
sd.tp_iter = (o) => new PyObject(isAsciiText(o.a as string) ? StrAsciiIterType : StrIterType, 0, newref(o), null);

// ------------------------------------------------------------ searching

/** find/rfind/index/rindex/count's common part: text, needle, and the searched UTF-16 window (or null when empty). */
function searchArgs(name: string, self: PyObject, args: PyObject[], kw: readonly string[] | null): { s: string; sub: string; lo: number; hi: number } | null {
  varargsRange(name, args, kw, 1, 3);
  const s = self.a as string;
  const sub = mustBeStr(args[0]);
  let [start, end] = adjustIndices(sliceIndex(args[1], 0), sliceIndex(args[2], 2 ** 62), self.v);
  if (start > self.v || end < start) return null;
  if (!isSimple(self)) {
    start = cpToU16(s, start);
    end = cpToU16(s, end);
  }
  if (end - start < sub.length) return null;
  return { s, sub, lo: start, hi: end };
}

function findIn(self: PyObject, r: { s: string; sub: string; lo: number; hi: number } | null, reverse: boolean): number {
  if (r === null) return -1;
  let i: number;
  if (reverse) {
    i = r.s.lastIndexOf(r.sub, r.hi - r.sub.length);
    if (i < r.lo) i = -1;
  } else {
    i = r.s.indexOf(r.sub, r.lo);
    if (i + r.sub.length > r.hi) i = -1;
  }
  return i < 0 || isSimple(self) ? i : u16ToCp(r.s, i);
}

function countIn(self: PyObject, r: { s: string; sub: string; lo: number; hi: number } | null): number {
  if (r === null) return 0;
  const seg = r.s.slice(r.lo, r.hi);
  if (r.sub === '') return (isSimple(self) ? seg.length : u16ToCp(seg, seg.length)) + 1;
  let n = 0;
  for (let i = seg.indexOf(r.sub); i >= 0; i = seg.indexOf(r.sub, i + r.sub.length)) n++;
  return n;
}

/** startswith/endswith: tailmatch over one prefix or a tuple of them. */
function tailMatch(name: string, self: PyObject, args: PyObject[], kw: readonly string[] | null, atEnd: boolean): PyObject {
  varargsRange(name, args, kw, 1, 3);
  const s = self.a as string;
  const [start, end] = adjustIndices(sliceIndex(args[1], 0), sliceIndex(args[2], 2 ** 62), self.v);
  const one = (p: PyObject): boolean => {
    const t = p.a as string;
    if (start > self.v) return false;
    const plen = p.v;
    if (end - start < plen) return false;
    const lo = isSimple(self) ? start : cpToU16(s, start);
    const hi = isSimple(self) ? end : cpToU16(s, end);
    return atEnd ? s.slice(lo, hi).endsWith(t) : s.slice(lo, hi).startsWith(t);
  };
  if (isTuple(args[0])) {
    for (const p of args[0].a as PyObject[]) {
      if (!isStr(p)) raise('TypeError', `tuple for ${name} must only contain str, not ${typeNameOf(p)}`);
      if (one(p)) return fromBool(true);
    }
    return fromBool(false);
  }
  if (!isStr(args[0])) raise('TypeError', `${name} first arg must be str or a tuple of str, not ${typeNameOf(args[0])}`);
  return fromBool(one(args[0]));
}

// ------------------------------------------------------------ splitting

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isPySpace(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isPySpace(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isPySpace(s[j - 1])) j--;
    if (j === 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isPySpace(s[i - 1])) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

function splitArgs(name: string, args: PyObject[], kw: readonly string[] | null): [string | null, number] {
  const [sepO, maxO] = clinicArgs(name, args, kw, ['sep', 'maxsplit'], 0);
  const max = maxO === undefined ? -1 : abs.indexOf(maxO);
  if (sepO === undefined || sepO === None) return [null, max];
  if (!isStr(sepO)) raise('TypeError', `must be str or None, not ${typeNameOf(sepO)}`);
  if ((sepO.a as string) === '') raise('ValueError', 'empty separator');
  return [sepO.a as string, max];
}

export function splitBy(s: string, sep: string, max: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (max < 0 || out.length < max) {
    const i = s.indexOf(sep, from);
    if (i < 0) break;
    out.push(s.slice(from, i));
    from = i + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

export function rsplitBy(s: string, sep: string, max: number): string[] {
  const out: string[] = [];
  let to = s.length;
  while (max < 0 || out.length < max) {
    if (to - sep.length < 0) break;
    const i = s.lastIndexOf(sep, to - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, to));
    to = i;
  }
  out.push(s.slice(0, to));
  return out.reverse();
}

/** str.splitlines' boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
const LINE_BREAKS = new Set([10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);
export function splitLines(s: string, keep: boolean, breaks: Set<number> = LINE_BREAKS): string[] {
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!breaks.has(c)) continue;
    const len = c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
    out.push(s.slice(last, keep ? i + len : i));
    last = i + len;
    i += len - 1;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

function strList(parts: string[]): PyObject {
  return newList(parts.map((p) => newStr(p)));
}

function stripChars(name: string, self: PyObject, args: PyObject[], kw: readonly string[] | null, left: boolean, right: boolean): PyObject {
  posArgs(name, args, kw, 0, 1);
  let set: Set<string> | null = null;
  if (args.length > 0 && args[0] !== None) {
    if (!isStr(args[0])) raise('TypeError', `${name} arg must be None or str`);
    set = new Set(Array.from(args[0].a as string));
  }
  const s = self.a as string;
  const arr = isSimple(self) ? s : Array.from(s);
  const strip = (c: string) => (set === null ? isPySpace(c) : set.has(c));
  let a = 0, b = arr.length;
  if (left) while (a < b && strip(arr[a])) a++;
  if (right) while (b > a && strip(arr[b - 1])) b--;
  if (a === 0 && b === arr.length && self.ob_type === StrType) return newref(self);
  return newStr(typeof arr === 'string' ? arr.slice(a, b) : arr.slice(a, b).join(''));
}

/** The str of a method's result: self itself when unchanged and exactly a str (CPython's unicode_result_unchanged). */
function sameOrNew(self: PyObject, s: string): PyObject {
  if (s === (self.a as string) && self.ob_type === StrType) return newref(self);
  return newStr(s);
}

export function replaceText(s: string, old: string, nu: string, count: number): string {
  if (count < 0) count = Infinity;
  if (count === 0) return s;
  if (old === '') {
    const chars = Array.from(s);
    let out = '';
    let done = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (done < count) {
        out += nu;
        done++;
      }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  let out = '';
  let from = 0, done = 0;
  while (done < count) {
    const i = s.indexOf(old, from);
    if (i < 0) break;
    out += s.slice(from, i) + nu;
    from = i + old.length;
    done++;
  }
  return out + s.slice(from);
}

addMethods(StrType, {
  join: (self, args, kw) => {
    const it = methO('join', args, kw);
    const d = td(it.ob_type);
    if (d.tp_iter === null && d.tp_iternext === null && d.mp_subscript === null) raise('TypeError', 'can only join an iterable');
    const items = abs.iterToArray(it);
    try {
      if (items.length === 1 && items[0].ob_type === StrType) return newref(items[0]);
      const parts = items.map((x, i) => {
        if (!isStr(x)) raise('TypeError', `sequence item ${i}: expected str instance, ${typeNameOf(x)} found`);
        return x.a as string;
      });
      return newStr(parts.join(self.a as string));
    } finally {
      for (const x of items) decref(x);
    }
  },
  split: (self, args, kw) => {
    const [sep, max] = splitArgs('split', args, kw);
    const s = self.a as string;
    return strList(sep === null ? splitWhitespace(s, max) : splitBy(s, sep, max));
  },
  rsplit: (self, args, kw) => {
    const [sep, max] = splitArgs('rsplit', args, kw);
    const s = self.a as string;
    return strList(sep === null ? rsplitWhitespace(s, max) : rsplitBy(s, sep, max));
  },
  splitlines: (self, args, kw) => {
    const [keep] = clinicArgs('splitlines', args, kw, ['keepends'], 0);
    return strList(splitLines(self.a as string, keep !== undefined && abs.isTrue(keep)));
  },
  strip: (self, args, kw) => stripChars('strip', self, args, kw, true, true),
  lstrip: (self, args, kw) => stripChars('lstrip', self, args, kw, true, false),
  rstrip: (self, args, kw) => stripChars('rstrip', self, args, kw, false, true),
  replace: (self, args, kw) => {
    posArgs('replace', args, kw, 2, 3);
    if (!isStr(args[0])) raise('TypeError', `replace() argument 1 must be str, not ${typeNameOf(args[0])}`);
    if (!isStr(args[1])) raise('TypeError', `replace() argument 2 must be str, not ${typeNameOf(args[1])}`);
    const count = args.length > 2 ? abs.indexOf(args[2]) : -1;
    return sameOrNew(self, replaceText(self.a as string, args[0].a as string, args[1].a as string, count));
  },
  startswith: (self, args, kw) => tailMatch('startswith', self, args, kw, false),
  endswith: (self, args, kw) => tailMatch('endswith', self, args, kw, true),
  find: (self, args, kw) => newInt(findIn(self, searchArgs('find', self, args, kw), false)),
  rfind: (self, args, kw) => newInt(findIn(self, searchArgs('rfind', self, args, kw), true)),
  index: (self, args, kw) => {
    const i = findIn(self, searchArgs('index', self, args, kw), false);
    if (i < 0) raise('ValueError', 'substring not found');
    return newInt(i);
  },
  rindex: (self, args, kw) => {
    const i = findIn(self, searchArgs('rindex', self, args, kw), true);
    if (i < 0) raise('ValueError', 'substring not found');
    return newInt(i);
  },
  count: (self, args, kw) => newInt(countIn(self, searchArgs('count', self, args, kw))),
  partition: (self, args, kw) => {
    const sep = mustBeStr(methO('partition', args, kw));
    if (sep === '') raise('ValueError', 'empty separator');
    const s = self.a as string;
    const i = s.indexOf(sep);
    if (i < 0) return newTuple([newref(self), EmptyStr, EmptyStr]);
    return newTuple([newStr(s.slice(0, i)), newref(args[0]), newStr(s.slice(i + sep.length))]);
  },
  rpartition: (self, args, kw) => {
    const sep = mustBeStr(methO('rpartition', args, kw));
    if (sep === '') raise('ValueError', 'empty separator');
    const s = self.a as string;
    const i = s.lastIndexOf(sep);
    if (i < 0) return newTuple([EmptyStr, EmptyStr, newref(self)]);
    return newTuple([newStr(s.slice(0, i)), newref(args[0]), newStr(s.slice(i + sep.length))]);
  },
  removeprefix: (self, args, kw) => {
    const p = methO('removeprefix', args, kw);
    if (!isStr(p)) raise('TypeError', `removeprefix() argument must be str, not ${typeNameOf(p)}`);
    const s = self.a as string;
    return (p.a as string) !== '' && s.startsWith(p.a as string) ? newStr(s.slice((p.a as string).length)) : sameOrNew(self, s);
  },
  removesuffix: (self, args, kw) => {
    const p = methO('removesuffix', args, kw);
    if (!isStr(p)) raise('TypeError', `removesuffix() argument must be str, not ${typeNameOf(p)}`);
    const s = self.a as string;
    const t = p.a as string;
    return t !== '' && s.endsWith(t) ? newStr(s.slice(0, s.length - t.length)) : sameOrNew(self, s);
  },
  __len__: (self) => newInt(self.v),
});

export { sameOrNew };
