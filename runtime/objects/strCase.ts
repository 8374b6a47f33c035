/**
 * str's case conversions (upper, lower, casefold, swapcase, capitalize,
 * title), its Unicode predicates (isalpha, isdigit, isidentifier...),
 * padding (center, ljust, rjust, zfill, expandtabs), translate/maketrans
 * and encode. Character classes come from JS's Unicode property escapes,
 * which follow a newer Unicode than CPython 3.12's 15.0 for a handful of
 * recently added characters (a deliberate, documented approximation), and
 * the digit/numeric sets outside Nd/N are the common ones, not all of them.
 */

import { PyObject, decref, newref } from './object';
import { raise } from './errors';
import { newInt, isInt } from './int';
import { None } from './none';
import { fromBool } from './bool';
import { StrType, newStr, isStr, isPrintable } from './str';
import { isDict, newDict, dictSetItem, dictItems } from './dict';
import { addMethods, newBuiltinFunction } from './methodobject';
import { td } from './typeobject';
import { isPySpace, isAsciiText, clinicArgs, posArgs, methO, methNoArgs, typeNameOf } from './strUtil';
import { lookupCodec, encodeText } from './codecs';
import { newBytes } from './bytes';
import { StaticMethodType } from './function';
import { excType } from './exceptions';
import { PyErr } from './errors';
import { isSubtype } from './typeobject';
import * as abs from './abstract';

const DIGIT_EXTRA = '\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u1369-\u1371\u19da';
const NUMERIC_EXTRA = '\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146\u96f6\u58f1\u5f10\u53c2\u4f0d\u9678\u67d2\u634c\u7396\u62fe\u4f70\u4edf';
const RE_DECIMAL = /^\p{Nd}$/u;
const RE_DIGIT = new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]$`, 'u');
const RE_NUMERIC = new RegExp(`^[\\p{N}${NUMERIC_EXTRA}]$`, 'u');
const RE_ALPHA = /^\p{L}$/u;
const RE_ID = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_TITLE = /\p{Lt}/u;
const RE_CASED = /[\p{Uppercase}\p{Lowercase}\p{Lt}]/u;

const isCased = (c: string) => RE_CASED.test(c);
const isUpperCh = (c: string) => RE_UPPER.test(c);
const isLowerCh = (c: string) => RE_LOWER.test(c);
const isTitleCh = (c: string) => RE_TITLE.test(c);

/** The titlecase mapping: differs from uppercase for the DŽ-style digraphs and multi-letter expansions. */
const TITLE_SPECIAL: Record<string, string> = {
  '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5',
  '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
  '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb',
  '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
};
function titleCase(c: string): string {
  const t = TITLE_SPECIAL[c];
  if (t !== undefined) return t;
  const u = c.toUpperCase();
  const cs = Array.from(u);
  return cs.length > 1 ? cs[0] + cs.slice(1).join('').toLowerCase() : u;
}

const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/** Lowercases chars[i], turning a capital sigma into the final form where Unicode's Final_Sigma context holds. */
function lowerAt(chars: string[], i: number): string {
  const c = chars[i];
  if (c !== '\u03a3') return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && RE_CASE_IGNORABLE.test(chars[j])) j--;
  if (j < 0 || !isCased(chars[j])) return '\u03c3';
  j = i + 1;
  while (j < chars.length && RE_CASE_IGNORABLE.test(chars[j])) j++;
  return j < chars.length && isCased(chars[j]) ? '\u03c3' : '\u03c2';
}

function caseFold(c: string): string {
  if (c === '\u0131' || c === '\u0130') return c === '\u0130' ? 'i\u0307' : c;
  return c.toUpperCase().toLowerCase();
}

/** Applies a per-character predicate with CPython's "non-empty and all" rule. */
function allChars(self: PyObject, re: { test(c: string): boolean }): boolean {
  const s = self.a as string;
  if (s.length === 0) return false;
  for (const c of s) if (!re.test(c)) return false;
  return true;
}

function pred(name: string, test: (self: PyObject) => boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    methNoArgs(name, args, kw);
    return fromBool(test(self));
  };
}

function caseMethod(name: string, f: (s: string) => string) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    methNoArgs(name, args, kw);
    const s = self.a as string;
    const r = f(s);
    return r === s && self.ob_type === StrType ? newref(self) : newStr(r);
  };
}

function fillChar(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!isStr(o)) raise('TypeError', `The fill character must be a unicode character, not ${typeNameOf(o)}`);
  if (o.v !== 1) raise('TypeError', 'The fill character must be exactly one character long');
  return o.a as string;
}

function padMethod(name: string, place: (s: string, fill: string, n: number, width: number) => string) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
    posArgs(name, args, kw, 1, 2);
    const width = abs.indexOf(args[0]);
    const fill = fillChar(args[1]);
    const n = width - self.v;
    if (n <= 0) return self.ob_type === StrType ? newref(self) : newStr(self.a as string);
    return newStr(place(self.a as string, fill, n, width));
  };
}

export function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

function translate(self: PyObject, table: PyObject): PyObject {
  let out = '';
  const s = self.a as string;
  for (const c of s) {
    const key = newInt(c.codePointAt(0)!);
    let v: PyObject | null;
    try {
      v = abs.getItem(table, key);
    } catch (e) {
      // LookupError leaves the character unchanged, as in CPython's charmap.
      if (e instanceof PyErr && isSubtype(e.exc.ob_type, excType('LookupError'))) {
        decref(e.exc);
        out += c;
        continue;
      }
      throw e;
    } finally {
      decref(key);
    }
    try {
      if (v === None) continue;
      if (isInt(v)) {
        const n = abs.indexOf(v);
        if (n < 0 || n > 0x10ffff) raise('ValueError', 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(n);
      } else if (isStr(v)) out += v.a as string;
      else raise('TypeError', 'character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
  }
  return out === s && self.ob_type === StrType ? newref(self) : newStr(out);
}

function maketrans(_self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject {
  posArgs('maketrans', args, kw, 1, 3);
  const d = newDict();
  const set = (k: number, v: PyObject) => {
    const ko = newInt(k);
    dictSetItem(d, ko, v);
    decref(ko);
  };
  try {
    if (args.length === 1) {
      if (!isDict(args[0])) raise('TypeError', 'if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of dictItems(args[0])) {
        if (isStr(k)) {
          if (k.v !== 1) raise('ValueError', 'string keys in translate table must be of length 1');
          set((k.a as string).codePointAt(0)!, v);
        } else if (isInt(k)) dictSetItem(d, k, v);
        else raise('TypeError', 'keys in translate table must be strings or integers');
      }
      return d;
    }
    if (!isStr(args[0])) raise('TypeError', 'first maketrans argument must be a string if there is a second argument');
    if (!isStr(args[1])) raise('TypeError', `maketrans() argument 2 must be str, not ${typeNameOf(args[1])}`);
    if (args.length === 3 && !isStr(args[2])) raise('TypeError', `maketrans() argument 3 must be str, not ${typeNameOf(args[2])}`);
    const x = Array.from(args[0].a as string), y = Array.from(args[1].a as string);
    if (x.length !== y.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < x.length; i++) {
      const v = newInt(y[i].codePointAt(0)!);
      set(x[i].codePointAt(0)!, v);
      decref(v);
    }
    if (args.length === 3) for (const c of args[2].a as string) set(c.codePointAt(0)!, None);
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

addMethods(StrType, {
  upper: caseMethod('upper', (s) => s.toUpperCase()),
  lower: caseMethod('lower', (s) => s.toLowerCase()),
  casefold: caseMethod('casefold', (s) => Array.from(s, caseFold).join('')),
  swapcase: caseMethod('swapcase', (s) => {
    const cs = Array.from(s);
    return cs.map((c, i) => (isUpperCh(c) ? lowerAt(cs, i) : isLowerCh(c) ? c.toUpperCase() : c)).join('');
  }),
  capitalize: caseMethod('capitalize', (s) => {
    const cs = Array.from(s);
    return cs.length === 0 ? s : titleCase(cs[0]) + cs.slice(1).map((_c, i) => lowerAt(cs, i + 1)).join('');
  }),
  title: caseMethod('title', (s) => {
    const cs = Array.from(s);
    let out = '';
    let prevCased = false;
    for (let i = 0; i < cs.length; i++) {
      out += prevCased ? lowerAt(cs, i) : titleCase(cs[i]);
      prevCased = isCased(cs[i]);
    }
    return out;
  }),
  isdecimal: pred('isdecimal', (o) => allChars(o, RE_DECIMAL)),
  isdigit: pred('isdigit', (o) => allChars(o, RE_DIGIT)),
  isnumeric: pred('isnumeric', (o) => allChars(o, RE_NUMERIC)),
  isalpha: pred('isalpha', (o) => allChars(o, RE_ALPHA)),
  isalnum: pred('isalnum', (o) => {
    const s = o.a as string;
    if (s.length === 0) return false;
    for (const c of s) if (!RE_ALPHA.test(c) && !RE_NUMERIC.test(c) && !RE_DIGIT.test(c)) return false;
    return true;
  }),
  isspace: pred('isspace', (o) => allChars(o, { test: isPySpace })),
  isascii: pred('isascii', (o) => isAsciiText(o.a as string)),
  isprintable: pred('isprintable', (o) => Array.from(o.a as string).every(isPrintable)),
  isidentifier: pred('isidentifier', (o) => RE_ID.test(o.a as string)),
  islower: pred('islower', (o) => {
    let cased = false;
    for (const c of o.a as string) {
      if (isUpperCh(c) || isTitleCh(c)) return false;
      if (!cased && isLowerCh(c)) cased = true;
    }
    return cased;
  }),
  isupper: pred('isupper', (o) => {
    let cased = false;
    for (const c of o.a as string) {
      if (isLowerCh(c) || isTitleCh(c)) return false;
      if (!cased && isUpperCh(c)) cased = true;
    }
    return cased;
  }),
  istitle: pred('istitle', (o) => {
    let cased = false, prevCased = false;
    for (const c of o.a as string) {
      if (isUpperCh(c) || isTitleCh(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isLowerCh(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  }),
  center: padMethod('center', (s, fill, n, width) => {
    const left = (n >> 1) + (n & width & 1);
    return fill.repeat(left) + s + fill.repeat(n - left);
  }),
  ljust: padMethod('ljust', (s, fill, n) => s + fill.repeat(n)),
  rjust: padMethod('rjust', (s, fill, n) => fill.repeat(n) + s),
  zfill: (self, args, kw) => {
    const w = abs.indexOf(methO('zfill', args, kw));
    const s = self.a as string;
    const n = w - self.v;
    if (n <= 0) return self.ob_type === StrType ? newref(self) : newStr(s);
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return newStr(sign + '0'.repeat(n) + s.slice(sign.length));
  },
  expandtabs: (self, args, kw) => {
    const [t] = clinicArgs('expandtabs', args, kw, ['tabsize'], 0);
    const s = self.a as string;
    const r = expandTabs(s, t === undefined ? 8 : abs.indexOf(t));
    return r === s && self.ob_type === StrType ? newref(self) : newStr(r);
  },
  translate: (self, args, kw) => translate(self, methO('translate', args, kw)),
  encode: (self, args, kw) => {
    const [enc, err] = clinicArgs('encode', args, kw, ['encoding', 'errors'], 0);
    if (enc !== undefined && !isStr(enc)) raise('TypeError', `encode() argument 'encoding' must be str, not ${typeNameOf(enc)}`);
    if (err !== undefined && !isStr(err)) raise('TypeError', `encode() argument 'errors' must be str, not ${typeNameOf(err)}`);
    const codec = lookupCodec(enc === undefined ? 'utf-8' : (enc.a as string));
    return newBytes(encodeText(self.a as string, codec, err === undefined ? 'strict' : (err.a as string)));
  },
});

// maketrans is a static method: the same callable through the type and its instances.
td(StrType).tp_dict.set('maketrans', new PyObject(StaticMethodType, 0, newBuiltinFunction('maketrans', maketrans, null), null));
