/**
 * printf-style formatting, `str % args` and `bytes % args`, as CPython's
 * PyUnicode_Format and _PyBytes_FormatEx do it: mapping keys `%(name)s`,
 * flags `-+ #0`, `*` widths and precisions, length modifiers skipped, every
 * conversion (s r a c d i u o x X e E f F g G %, and b for bytes) with
 * CPython's error messages. Float conversions defer to format()'s float
 * formatting (format.ts, owned by the numbers code); this file does not
 * format floats itself.
 */

import { PyObject, decref } from './object';
import { raise } from './errors';
import { isInt, intBig } from './int';
import { FloatType, newFloat } from './float';
import { isStr, newStr } from './str';
import { isTuple } from './tuple';
import { typeData, typeLookup } from './typeobject';
import { format } from './format';
import { bufferOf, isBytes, newBytes } from './bytes';
import { latin1String, latin1Bytes } from './codecs';
import * as abs from './abstract';

/** ascii(): repr with every non-ASCII character escaped. */
export function asciiRepr(o: PyObject): string {
  let out = '';
  for (const ch of abs.repr(o)) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 ? ch : c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** PyNumber_Check: has __index__, __int__ or __float__ (or is complex). */
function isNumber(o: PyObject): boolean {
  const d = typeData(o);
  return d.nb_index !== null || d.nb_int !== null || d.nb_float !== null || d.tp_name === 'complex' || isInt(o);
}

/** PyFloat_AsDouble with its "must be real number" error. */
function asDouble(o: PyObject): number {
  if (o.ob_type === FloatType) return o.v;
  if (isInt(o)) return Number(intBig(o));
  const d = typeData(o);
  if (d.nb_float !== null) {
    const f = d.nb_float(o);
    const x = f.v;
    decref(f);
    return x;
  }
  if (d.nb_index !== null) {
    const i = abs.numberIndex(o);
    const x = Number(intBig(i));
    decref(i);
    return x;
  }
  raise('TypeError', `must be real number, not ${abs.typeNameOf(o)}`);
}

interface Flags {
  left: boolean;
  sign: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
}

function padField(body: string, prefix: string, width: number, f: Flags, zeroable: boolean): string {
  const len = Array.from(body).length + prefix.length;
  if (len >= width) return prefix + body;
  const n = width - len;
  if (f.left) return prefix + body + ' '.repeat(n);
  if (f.zero && zeroable) return prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + prefix + body;
}

function formatInteger(v: PyObject, conv: string, f: Flags, width: number, prec: number): string {
  let n: bigint;
  if (isInt(v)) n = intBig(v);
  else if ('diu'.includes(conv)) {
    if (!isNumber(v)) raise('TypeError', `%${conv} format: a real number is required, not ${abs.typeNameOf(v)}`);
    const i = abs.call(abs.IntType, [v], null);
    n = intBig(i);
    decref(i);
  } else {
    if (typeData(v).nb_index === null) raise('TypeError', `%${conv} format: an integer is required, not ${abs.typeNameOf(v)}`);
    const i = abs.numberIndex(v);
    n = intBig(i);
    decref(i);
  }
  const neg = n < 0n;
  const a = neg ? -n : n;
  let digits = conv === 'x' ? a.toString(16) : conv === 'X' ? a.toString(16).toUpperCase() : conv === 'o' ? a.toString(8) : a.toString();
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let prefix = neg ? '-' : f.sign ? '+' : f.space ? ' ' : '';
  if (f.alt && conv === 'x') prefix += '0x';
  else if (f.alt && conv === 'X') prefix += '0X';
  else if (f.alt && conv === 'o') prefix += '0o';
  return padField(digits, prefix, width, f, true);
}

function formatFloating(v: PyObject, conv: string, f: Flags, width: number, prec: number): string {
  const x = asDouble(v);
  let spec = f.left ? '<' : '';
  spec += f.sign ? '+' : f.space ? ' ' : '';
  if (f.alt) spec += '#';
  if (f.zero && !f.left && isFinite(x)) spec += '0';
  if (width > 0) spec += String(width);
  spec += '.' + String(prec < 0 ? 6 : prec) + conv;
  const fo = newFloat(x);
  try {
    return format(fo, spec);
  } finally {
    decref(fo);
  }
}

/** The bytes of %s / %b in bytes formatting: a bytes-like or __bytes__. */
function bytesArg(v: PyObject): string {
  const b = bufferOf(v);
  if (b !== null) return latin1String(b);
  const m = typeLookup(v.ob_type, '__bytes__');
  if (m !== null) {
    const r = abs.callMethod(v, '__bytes__', []);
    try {
      if (!isBytes(r)) raise('TypeError', `__bytes__ returned non-bytes (type ${abs.typeNameOf(r)})`);
      return latin1String(r.a as Uint8Array);
    } finally {
      decref(r);
    }
  }
  raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${abs.typeNameOf(v)}'`);
}

/**
 * The formatting loop shared by str and bytes. For bytes, `fmt` and the
 * result are Latin-1 strings of byte values.
 */
export function percentFormat(fmt: string, arg: PyObject, bytesMode: boolean): string {
  const tuple = isTuple(arg);
  const args = tuple ? (arg.a as PyObject[]) : [arg];
  const arglen = tuple ? args.length : -1;
  let argidx = tuple ? 0 : -2;
  const d = typeData(arg);
  const isMapping = d.mp_subscript !== null && !tuple && !isStr(arg) && !(bytesMode && bufferOf(arg) !== null);
  const dict = isMapping ? arg : null;
  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx;
      argidx++;
      return arglen < 0 ? arg : args[i];
    }
    raise('TypeError', 'not enough arguments for format string');
  };
  const chars = Array.from(fmt);
  let out = '';
  let i = 0;
  const n = chars.length;
  while (i < n) {
    const c = chars[i++];
    if (c !== '%') {
      out += c;
      continue;
    }
    let value: PyObject | null = null;
    let ownValue = false;
    const specStart = i;
    if (chars[i] === '(') {
      if (dict === null) raise('TypeError', 'format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (chars[i] === '(') depth++;
        else if (chars[i] === ')') depth--;
        i++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      const keyText = chars.slice(start, i - 1).join('');
      const key = bytesMode ? bytesKey(keyText) : newStr(keyText);
      try {
        value = abs.getItem(dict, key);
        ownValue = true;
      } finally {
        decref(key);
      }
      argidx = -2;
    }
    try {
      const f: Flags = { left: false, sign: false, space: false, alt: false, zero: false };
      for (;;) {
        const ch = chars[i];
        if (ch === '-') f.left = true;
        else if (ch === '+') f.sign = true;
        else if (ch === ' ') f.space = true;
        else if (ch === '#') f.alt = true;
        else if (ch === '0') f.zero = true;
        else break;
        i++;
      }
      let width = -1;
      if (chars[i] === '*') {
        const w = nextArg();
        if (!isInt(w)) raise('TypeError', '* wants int');
        width = abs.indexOf(w);
        if (width < 0) {
          f.left = true;
          width = -width;
        }
        i++;
      } else {
        while (i < n && chars[i] >= '0' && chars[i] <= '9') width = Math.max(width, 0) * 10 + Number(chars[i++]);
      }
      let prec = -1;
      if (chars[i] === '.') {
        i++;
        prec = 0;
        if (chars[i] === '*') {
          const p = nextArg();
          if (!isInt(p)) raise('TypeError', '* wants int');
          prec = Math.max(0, abs.indexOf(p));
          i++;
        } else {
          while (i < n && chars[i] >= '0' && chars[i] <= '9') prec = prec * 10 + Number(chars[i++]);
        }
      }
      while (i < n && (chars[i] === 'h' || chars[i] === 'l' || chars[i] === 'L')) i++;
      if (i >= n) raise('ValueError', 'incomplete format');
      const conv = chars[i++];
      if (conv === '%' && i - 1 === specStart) {
        out += '%';
        continue;
      }
      // Anything between '%' and a '%' conversion makes it a conversion that takes an argument.
      if (value === null) value = nextArg();
      const v = value;
      switch (conv) {
        case 's': case 'r': case 'a': case 'b': {
          let text: string;
          if (bytesMode) {
            if (conv === 's' || conv === 'b') text = bytesArg(v);
            else text = asciiRepr(v);
          } else {
            if (conv === 'b') unsupported(conv, i - 1);
            text = conv === 's' ? abs.str(v) : conv === 'r' ? abs.repr(v) : asciiRepr(v);
          }
          if (prec >= 0) text = Array.from(text).slice(0, prec).join('');
          out += padField(text, '', width, f, false);
          break;
        }
        case 'c': out += padField(charOf(v, bytesMode), '', width, f, false); break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
          out += formatInteger(v, conv === 'i' || conv === 'u' ? 'd' : conv, f, width, prec);
          break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
          out += formatFloating(v, conv, f, width, prec);
          break;
        default:
          unsupported(conv, i - 1);
      }
    } finally {
      if (ownValue && value !== null) decref(value);
    }
  }
  if (argidx < arglen && dict === null) {
    raise('TypeError', `not all arguments converted during ${bytesMode ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

function unsupported(conv: string, index: number): never {
  const code = conv.codePointAt(0)!;
  const shown = code >= 0x20 && code < 0x7f ? conv : '?';
  raise('ValueError', `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`);
}

function charOf(v: PyObject, bytesMode: boolean): string {
  if (bytesMode) {
    const b = bufferOf(v);
    if (b !== null && isBytes(v) && b.length === 1) return String.fromCharCode(b[0]);
    if (isInt(v)) {
      const n = intBig(v);
      if (n < 0n || n > 255n) raise('OverflowError', '%c arg not in range(256)');
      return String.fromCharCode(Number(n));
    }
    raise('TypeError', '%c requires an integer in range(256) or a single byte');
  }
  if (isStr(v)) {
    if (v.v !== 1) raise('TypeError', '%c requires int or char');
    return v.a as string;
  }
  if (!isInt(v)) raise('TypeError', '%c requires int or char');
  const n = intBig(v);
  if (n < 0n || n > 0x10ffffn) raise('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** Keys of %(name)s in bytes formatting are bytes. */
function bytesKey(s: string): PyObject {
  return newBytes(latin1Bytes(s));
}

/** `str % args`. */
export function strPercentFormat(fmt: string, arg: PyObject): string {
  return percentFormat(fmt, arg, false);
}
