/**
 * Python's repr of the values a literal can spell — float, str, bytes —
 * as pure functions of JS values, so that everything that prints them
 * agrees: the objects' tp_repr, `dis`'s constant column, `ast.dump` and the
 * unparser. It lives beside the parser because it is the inverse of
 * literal parsing; it knows no PyObject.
 *
 * It deliberately leaves out containers, whose layout each caller composes
 * from these.
 */

const NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** str.isprintable() for one code point: space is printable, other separators and controls are not. */
export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NONPRINTABLE.test(ch);
}

/** float.__repr__: the shortest digits that round-trip, in CPython's layout (fixed between 1e-4 and 1e16). */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e');
  const exp = parseInt(expText, 10);
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  if (exp >= -4 && exp < 16) {
    // Fixed notation, with at least one digit after the point.
    if (exp >= 0) {
      const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
      const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
      return sign + intPart + '.' + frac;
    }
    return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const es = exp < 0 ? '-' + String(-exp).padStart(2, '0') : '+' + String(exp).padStart(2, '0');
  return sign + m + 'e' + es;
}

/** complex.__repr__: `3j`, `(1+2j)`, parts printed as floats without a trailing `.0`. */
export function complexRepr(real: number, imag: number): string {
  const part = (x: number): string => {
    const r = floatRepr(x);
    return r.endsWith('.0') ? r.slice(0, -2) : r;
  };
  if (real === 0 && !Object.is(real, -0)) return part(imag) + 'j';
  const sign = imag < 0 || Object.is(imag, -0) ? '-' : '+';
  return `(${part(real)}${sign}${part(Math.abs(imag))}j)`;
}

/** unicode_repr: single quotes unless the text has one and no double quote; escapes for the unprintable. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c <= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (isPrintable(ch)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** bytes_repr's body: b'...' with CPython's quote choice and escapes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
