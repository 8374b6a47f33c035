/**
 * The format-specification mini-language for numbers, as CPython 3.12's
 * Python/formatter_unicode.c: parsing a spec ([[fill]align][sign][z][#][0]
 * [width][,_][.precision][type]) with its error messages, int presentation
 * types (b c d n o x X, and the float ones through float), float types
 * (e E f F g G n % and none), and the layout of sign, prefix, padding and
 * digit grouping (zero padding is grouped too, as calc_number_widths does).
 * Digits come from floatDigits.ts, exact and correctly rounded. 'n' uses
 * the C locale, as python3.12 does before setlocale(). It deliberately does
 * not format str (format.ts) nor complex (complex.ts composes these).
 */

import { raise } from './errors';
import { fixedDigits, significantDigits } from './floatDigits';
import { floatRepr } from './float';

export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';

/** parse_internal_render_format_spec; `typeName` is the object's type for error messages. */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: string, defaultType = ''): FormatSpec {
  const cs = [...spec];
  let i = 0;
  const f: FormatSpec = { fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alt: false, width: -1, grouping: '', precision: -1, type: defaultType };
  let fillSpecified = false, alignSpecified = false;
  if (cs.length >= 2 && isAlign(cs[1])) {
    f.align = cs[1];
    f.fill = cs[0];
    fillSpecified = alignSpecified = true;
    i = 2;
  } else if (cs.length >= 1 && isAlign(cs[0])) {
    f.align = cs[0];
    alignSpecified = true;
    i = 1;
  }
  if (cs[i] === '+' || cs[i] === '-' || cs[i] === ' ') f.sign = cs[i++];
  if (cs[i] === 'z') {
    f.noNeg0 = true;
    i++;
  }
  if (cs[i] === '#') {
    f.alt = true;
    i++;
  }
  if (!fillSpecified && cs[i] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    i++;
  }
  let w = '';
  while (i < cs.length && cs[i] >= '0' && cs[i] <= '9') w += cs[i++];
  if (w !== '') f.width = parseInt(w, 10);
  if (w.length > 18) raise('ValueError', 'Too many decimal digits in format string');
  if (cs[i] === ',') {
    f.grouping = ',';
    i++;
  }
  if (cs[i] === '_') {
    if (f.grouping !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    i++;
  }
  if (cs[i] === ',' && f.grouping === '_') raise('ValueError', "Cannot specify both ',' and '_'.");
  if (cs[i] === '.') {
    i++;
    let p = '';
    while (i < cs.length && cs[i] >= '0' && cs[i] <= '9') p += cs[i++];
    if (p === '') raise('ValueError', 'Format specifier missing precision');
    if (p.length > 18) raise('ValueError', 'Too many decimal digits in format string');
    f.precision = parseInt(p, 10);
  }
  if (cs.length - i > 1) raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (cs.length - i === 1) f.type = cs[i];
  if (f.grouping !== '' && !(f.type === '' || 'defgEGF%'.includes(f.type))) {
    // Underscores group bin/oct/hex digits by four (PEP 515); nothing else takes separators.
    if (!('boxX'.includes(f.type) && f.grouping === '_')) raise('ValueError', invalidSeparator(f.grouping, f.type));
  }
  return f;
}

function invalidSeparator(sep: string, type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? `Cannot specify '${sep}' with '${type}'.` : `Cannot specify '${sep}' with '\\x${c.toString(16)}'.`;
}

export function unknownFormatCode(type: string, typeName: string): never {
  const c = type.codePointAt(0)!;
  if (c > 32 && c < 128) raise('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
  raise('ValueError', `Unknown format code '\\x${c.toString(16)}' for object of type '${typeName}'`);
}

/** _PyUnicode_InsertThousandsGrouping with a minimum width (zero padding is grouped as well). */
function groupDigits(digits: string, minWidth: number, sep: string, every: number): string {
  if (every === 0 || sep === '') {
    const l = Math.max(digits.length, minWidth, 1);
    return digits.padStart(l, '0');
  }
  const parts: string[] = [];
  let remaining = digits.length;
  let end = digits.length;
  let broken = false;
  let min = minWidth;
  for (let guard = 0; guard < 100000; guard++) {
    const l = Math.min(every, Math.max(remaining, min, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push('0'.repeat(nZeros) + digits.slice(end - nChars, end));
    end -= nChars;
    remaining -= nChars;
    min -= l;
    if (remaining <= 0 && min <= 0) {
      broken = true;
      break;
    }
    min -= sep.length;
  }
  if (!broken) {
    const l = Math.max(remaining, min, 1);
    parts.push('0'.repeat(Math.max(0, l - remaining)) + digits.slice(0, end));
  }
  return parts.reverse().join(sep);
}

/**
 * calc_number_widths + fill_number: lays out [sign][prefix][digits][remainder]
 * within the width. `digits` are grouped; `remainder` (decimal point,
 * fraction, exponent, '%') is copied as is.
 */
export function layoutNumber(negative: boolean, prefix: string, digits: string, remainder: string, f: FormatSpec, every: number): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + [...remainder].length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, f.grouping, f.grouping === '' ? 0 : every);
  const padding = f.width - (nonDigit + grouped.length);
  if (padding <= 0) return sign + prefix + grouped + remainder;
  switch (f.align) {
    case '<': return sign + prefix + grouped + remainder + f.fill.repeat(padding);
    case '^': {
      const left = padding >> 1;
      return f.fill.repeat(left) + sign + prefix + grouped + remainder + f.fill.repeat(padding - left);
    }
    case '=': return sign + prefix + f.fill.repeat(padding) + grouped + remainder;
    default: return f.fill.repeat(padding) + sign + prefix + grouped + remainder;
  }
}

/** format_long_internal for an int value given as a BigInt. */
export function formatIntSpec(v: bigint, f: FormatSpec, typeName = 'int'): string {
  if ('eEfFgG%'.includes(f.type) && f.type !== '') return formatFloatSpec(Number(v), f, typeName, true);
  if (f.type !== '' && !'bcdoxXn'.includes(f.type)) unknownFormatCode(f.type, typeName);
  if (f.precision !== -1) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alt) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 9223372036854775807n || v < -9223372036854775808n) raise('OverflowError', 'Python int too large to convert to C long');
    if (v < 0n || v > 0x10ffffn) raise('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(false, '', '', String.fromCodePoint(Number(v)), f, 3);
  }
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string, prefix = '', every = 3;
  switch (f.type) {
    case 'b': digits = a.toString(2); prefix = f.alt ? '0b' : ''; every = 4; break;
    case 'o': digits = a.toString(8); prefix = f.alt ? '0o' : ''; every = 4; break;
    case 'x': digits = a.toString(16); prefix = f.alt ? '0x' : ''; every = 4; break;
    case 'X': digits = a.toString(16).toUpperCase(); prefix = f.alt ? '0X' : ''; every = 4; break;
    default: digits = a.toString();
  }
  return layoutNumber(neg, prefix, digits, '', f, every);
}

/** PyOS_double_to_string's body for finite |x|, without the sign. */
function floatBody(a: number, type: string, prec: number, alt: boolean, addDot0: boolean): string {
  const lower = type.toLowerCase();
  if (lower === 'r') {
    const r = floatRepr(a);
    return alt && !r.includes('.') ? r.replace(/^(\d+)/, '$1.') : r;
  }
  if (lower === 'f') {
    const s = fixedDigits(a, prec);
    return alt && prec === 0 ? s + '.' : s;
  }
  if (lower === 'e') return expBody(a, prec + 1, alt, false);
  // 'g': precision significant digits, fixed or exponential by the exponent
  // (with ADD_DOT_0 the switch to exponent comes one digit earlier, as dtoa's callers decide).
  const p = prec === 0 ? 1 : prec;
  const { digits, exp10 } = a === 0 ? { digits: '0'.repeat(p), exp10: 0 } : significantDigits(a, p);
  let out: string;
  if (exp10 >= -4 && exp10 < (addDot0 ? p - 1 : p)) {
    if (exp10 >= 0) {
      out = digits.slice(0, exp10 + 1);
      const frac = digits.slice(exp10 + 1);
      out += frac.length > 0 ? '.' + frac : alt ? '.' : '';
    } else out = '0.' + '0'.repeat(-exp10 - 1) + digits;
    if (!alt && out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
    if (addDot0 && !out.includes('.')) out += '.0';
  } else {
    let m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits + (alt ? '.' : '');
    if (!alt && m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
    out = m + 'e' + (exp10 < 0 ? '-' : '+') + String(Math.abs(exp10)).padStart(2, '0');
  }
  return out;
}

function expBody(a: number, n: number, alt: boolean, strip: boolean): string {
  let digits: string, exp10: number;
  if (a === 0) {
    digits = '0'.repeat(n);
    exp10 = 0;
  } else ({ digits, exp10 } = significantDigits(a, n));
  let m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits + (alt ? '.' : '');
  if (strip && m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
  return m + 'e' + (exp10 < 0 ? '-' : '+') + String(Math.abs(exp10)).padStart(2, '0');
}

/**
 * PyOS_double_to_string(x, type, precision, flags) without the sign
 * handling: returns [negative, body]. Used by repr-free callers such as
 * %-formatting and complex.
 */
export function doubleToString(x: number, type: string, prec: number, alt: boolean, addDot0: boolean, noNeg0 = false): [boolean, string] {
  let neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (a !== a) {
    body = 'nan';
    neg = false;
  } else if (a === Infinity) body = 'inf';
  else body = floatBody(a, type, prec, alt, addDot0);
  if (type === 'E' || type === 'F' || type === 'G') body = body.toUpperCase();
  if (neg && noNeg0 && /^[0.]*(e[+-]\d+)?$/i.test(body.replace('%', ''))) neg = false;
  return [neg, body];
}

/** format_float_internal. `fromInt` marks an int formatted with a float type. */
export function formatFloatSpec(x: number, f: FormatSpec, typeName = 'float', fromInt = false): string {
  void fromInt;
  let type = f.type;
  if (type !== '' && !'eEfFgGn%'.includes(type)) unknownFormatCode(type, typeName);
  let prec = f.precision;
  let addDot0 = false;
  let defaultPrec = 6;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrec = 0;
  }
  if (type === 'n') type = 'g';
  let val = x;
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (prec < 0) prec = defaultPrec;
  else if (type === 'r') type = 'g';
  const [neg, body0] = doubleToString(val, type, prec, f.alt, addDot0, f.noNeg0);
  const body = pct ? body0 + '%' : body0;
  // Split the leading digits (grouped) from the remainder (point, fraction, exponent).
  const m = /^(\d*)(.*)$/s.exec(body)!;
  return layoutNumber(neg, '', m[1], m[2], f, 3);
}

/** Other numeric types (complex) register their formatter here; null means "not mine". */
export const numberFormatHooks: { format: (o: import('./object').PyObject, spec: string) => string | null } = {
  format: () => null,
};
