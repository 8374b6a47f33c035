/**
 * Python's `repr` of compile-time constants (None, bools, ints, floats,
 * complex, str, bytes, Ellipsis, tuples, frozensets, code objects), as
 * `dis` prints them in argument columns. Code objects get a stable fake
 * address per object, since CodeData has no memory address.
 * Frozensets print in their stored order, which for strings may differ
 * from CPython's hash order (CPython's order varies with PYTHONHASHSEED).
 * The VM has its own repr for live objects; this covers constants only.
 */

import type { CodeConstant, CodeData } from './codeData';

/** Python's repr of a float (the 'r' format, shortest round-trip digits). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('.', '');
  if (exp >= -4 && exp < 16) {
    if (exp >= 0) {
      const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
      const frac = digits.slice(exp + 1);
      return sign + intPart + '.' + (frac || '0');
    }
    return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const e = Math.abs(exp) < 10 ? '0' + Math.abs(exp) : String(Math.abs(exp));
  return sign + m + 'e' + (exp < 0 ? '-' : '+') + e;
}

function complexPart(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

const NONPRINTABLE = /[\p{C}\p{Z}]/u;

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (ch !== ' ' && NONPRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    const ch = String.fromCharCode(x);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (x === 9) out += '\\t';
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

const addresses = new WeakMap<CodeData, number>();
let nextAddress = 0x7f0000000000;

/** A stable fake address for a code object, as hex digits. */
export function codeAddress(co: CodeData): string {
  let a = addresses.get(co);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x450;
    addresses.set(co, a);
  }
  return '0x' + a.toString(16);
}

export function codeRepr(co: CodeData): string {
  return `<code object ${co.co_name} at ${codeAddress(co)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

export function constRepr(v: CodeConstant): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
  }
  switch (v.kind) {
    case 'bytes':
      return bytesRepr(v.value);
    case 'complex':
      if (v.real === 0 && !Object.is(v.real, -0)) return complexPart(v.imag) + 'j';
      return '(' + complexPart(v.real) + (v.imag < 0 || Object.is(v.imag, -0) || Number.isNaN(v.imag) ? '' : '+') + complexPart(v.imag) + 'j)';
    case 'ellipsis':
      return 'Ellipsis';
    case 'tuple':
      if (v.items.length === 1) return '(' + constRepr(v.items[0]) + ',)';
      return '(' + v.items.map(constRepr).join(', ') + ')';
    case 'frozenset':
      return v.items.length ? 'frozenset({' + v.items.map(constRepr).join(', ') + '})' : 'frozenset()';
    case 'code':
      return codeRepr(v);
  }
}
