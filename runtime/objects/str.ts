/**
 * str: immutable text. `a` holds the JS string and `v` the length in code
 * points (different from the JS length only when the text has characters
 * outside the BMP, which then take the slow paths). The empty string and
 * one-character Latin-1 strings are immortal singletons, and identifier-like
 * constants are interned and immortal, as in CPython 3.12.
 *
 * repr follows unicode_repr: single quotes unless the text holds ' and no ",
 * escapes for \\ \n \r \t, \xhh / \uhhhh / \Uhhhhhhhh for non-printables.
 * Methods (split, join, format...) live in strMethods.ts.
 */

import { PyObject, immortalize } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { NotImplemented, boolFactory } from './int';
import { isPrintable, strRepr } from '../syntax/literalRepr';

export const StrType: PyObject = makeStaticType('str', null, {
  tp_flags: TypeFlags.UNICODE_SUBCLASS | TypeFlags.BASETYPE,
  tp_basicsize: 40,
  tp_sizeof: (o) => strSizeof(o.a as string, o.v),
  tp_repr: (o) => strRepr(o.a as string),
  tp_str: (o) => o.a as string,
  tp_hash: (o) => strHash(o.a as string),
  tp_richcompare: (a, b, op) => {
    if (b.ob_type !== StrType && !(b.ob_type.a.tp_flags & TypeFlags.UNICODE_SUBCLASS)) return NotImplemented;
    const x = a.a as string, y = b.a as string;
    let r: boolean;
    switch (op) {
      case 2: r = x === y; break;
      case 3: r = x !== y; break;
      default: {
        const c = compareCodePoints(x, y);
        r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
      }
    }
    return boolFactory.fromBool(r);
  },
  mp_length: (o) => o.v,
  sq_contains: (o, item) => (o.a as string).includes(item.a as string),
});

function compareCodePoints(x: string, y: string): number {
  // UTF-16 order differs from code point order only around surrogates.
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x.codePointAt(i)!, b = y.codePointAt(i)!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const latin1: PyObject[] = [];
for (let i = 0; i < 256; i++) latin1.push(immortalize(new PyObject(StrType, 1, String.fromCharCode(i), null)));
export const EmptyStr: PyObject = immortalize(new PyObject(StrType, 0, '', null));
const interned = new Map<string, PyObject>();

/** A new str object (new reference); singletons for '' and one Latin-1 character. */
export function newStr(s: string): PyObject {
  if (s.length <= 1) {
    if (s.length === 0) return EmptyStr;
    const c = s.charCodeAt(0);
    if (c < 256) return latin1[c];
  }
  return new PyObject(StrType, codePointLength(s), s, null);
}

/** sys.intern for the compiler's identifier-like constants: immortal in 3.12. */
export function internStr(s: string): PyObject {
  if (s.length <= 1) return newStr(s);
  let o = interned.get(s);
  if (o === undefined) {
    o = immortalize(new PyObject(StrType, codePointLength(s), s, null));
    interned.set(s, o);
  }
  return o;
}

/** Whether CPython interns this constant (all_name_chars in codeobject.c). */
export function isNameLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

export function isStr(o: PyObject): boolean {
  return o.ob_type === StrType || (o.ob_type.a.tp_flags & TypeFlags.UNICODE_SUBCLASS) !== 0;
}

function strSizeof(s: string, n: number): number {
  let max = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
  }
  if (max < 128) return 40 + n + 1;
  if (max < 256) return 56 + n + 1;
  if (max < 65536) return 56 + 2 * (n + 1);
  return 56 + 4 * (n + 1);
}

/** The string hash: any stable function will do, as CPython's is randomised per process. */
export function strHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  if (h === -1) h = -2;
  return h;
}

export { isPrintable, strRepr };

/** The code points of a string, for indexing strings with astral characters. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}
