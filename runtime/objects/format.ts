/**
 * format(value, spec): the format-specification mini-language for int,
 * float and str ([[fill]align][sign][#][0][width][,_][.precision][type]),
 * used by format(), f-strings and str.format. Objects of other types with
 * an empty spec format as str(); a user __format__ is called through the
 * generic attribute protocol. It deliberately omits 'n' locale formatting.
 */

import { PyObject, decref } from './object';
import { raise } from './errors';
import { isInt, intBig, intToDouble } from './int';
import { FloatType, floatRepr } from './float';
import { isStr, newStr } from './str';
import { formatStrSpec } from './strSpec';
import { typeData, typeLookup, td, ObjectType } from './typeobject';
import { str, call, typeNameOf } from './abstract';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
  if (!m) raise('ValueError', 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] && !m[2] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? parseInt(m[7], 10) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? parseInt(m[9], 10) : -1,
    type: m[10] ?? '',
  };
}

function group(digits: string, sep: string, every: number): string {
  if (!sep) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function pad(body: string, prefix: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign;
  const len = [...body].length + prefix.length;
  if (len >= s.width) return prefix + body;
  const n = s.width - len;
  switch (align) {
    case '<': return prefix + body + s.fill.repeat(n);
    case '^': return s.fill.repeat(n >> 1) + prefix + body + s.fill.repeat(n - (n >> 1));
    case '=': return prefix + s.fill.repeat(n) + body;
    default: return s.fill.repeat(n) + prefix + body;
  }
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

function formatInt(o: PyObject, s: Spec): string {
  if ('eEfFgG%'.includes(s.type) && s.type !== '') return formatFloat(intToDouble(o), s);
  if (s.precision >= 0) raise('ValueError', 'Precision not allowed in integer format specifier');
  let v = intBig(o);
  const neg = v < 0n;
  if (neg) v = -v;
  let digits: string;
  let prefix = '';
  switch (s.type) {
    case 'b': digits = v.toString(2); prefix = s.alt ? '0b' : ''; break;
    case 'o': digits = v.toString(8); prefix = s.alt ? '0o' : ''; break;
    case 'x': digits = v.toString(16); prefix = s.alt ? '0x' : ''; break;
    case 'X': digits = v.toString(16).toUpperCase(); prefix = s.alt ? '0X' : ''; break;
    case 'c': return pad(String.fromCodePoint(Number(v)), '', s, '<');
    case '': case 'd': case 'n': digits = v.toString(); break;
    default: raise('ValueError', `Unknown format code '${s.type}' for object of type 'int'`);
  }
  digits = group(digits, s.grouping, s.type === '' || s.type === 'd' ? 3 : 4);
  return pad(digits, signOf(neg, s) + prefix, s, '>');
}

function formatFloat(x: number, s: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  let type = s.type;
  const prec = s.precision;
  if (!isFinite(a)) body = a !== a ? 'nan' : 'inf';
  else if (type === '') {
    body = prec < 0 ? floatRepr(a) : formatG(a, prec === 0 ? 1 : prec, true);
  } else if (type === 'f' || type === 'F') body = a.toFixed(prec < 0 ? 6 : prec);
  else if (type === '%') body = (a * 100).toFixed(prec < 0 ? 6 : prec) + '%';
  else if (type === 'e' || type === 'E') body = expForm(a, prec < 0 ? 6 : prec);
  else if (type === 'g' || type === 'G') body = formatG(a, prec < 0 ? 6 : prec === 0 ? 1 : prec, s.alt);
  else raise('ValueError', `Unknown format code '${type}' for object of type 'float'`);
  if (s.alt && (type === 'f' || type === 'F') && !body.includes('.')) body += '.';
  if (type === 'E' || type === 'G' || type === 'F') body = body.toUpperCase();
  if (s.grouping) {
    const [ip, fp] = body.split('.');
    body = group(ip, s.grouping, 3) + (fp !== undefined ? '.' + fp : '');
  }
  void prec;
  type = '';
  return pad(body, signOf(neg && (x === x), s), s, '>');
}

function expForm(a: number, prec: number): string {
  const e = a.toExponential(prec);
  const [m, ex] = e.split('e');
  const n = parseInt(ex, 10);
  return m + 'e' + (n < 0 ? '-' : '+') + String(Math.abs(n)).padStart(2, '0');
}

function formatG(a: number, prec: number, keepRepr: boolean): string {
  if (a === 0) return '0';
  const exp = Math.floor(Math.log10(a));
  const e = parseInt(a.toExponential(prec - 1).split('e')[1], 10);
  void exp;
  let out: string;
  if (e >= -4 && e < prec) {
    out = a.toFixed(Math.max(0, prec - 1 - e));
    if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  } else {
    out = expForm(a, prec - 1);
    const [m, ex] = out.split('e');
    out = (m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m) + 'e' + ex;
  }
  void keepRepr;
  return out;
}

export function format(o: PyObject, spec: string): string {
  const t = typeData(o);
  const custom = typeLookup(o.ob_type, '__format__');
  if (custom !== null && typeData(custom).tp_name === 'function') {
    const s = newStr(spec);
    const r = call(custom, [o, s], null);
    decref(s);
    if (!isStr(r)) {
      decref(r);
      raise('TypeError', `__format__ must return a str, not ${typeNameOf(r)}`);
    }
    const out = r.a as string;
    decref(r);
    return out;
  }
  if (spec === '') return str(o);
  if (t.tp_name === 'bool' && !/[bcdoxXneEfFgG%]$/.test(spec)) return formatStr(str(o), parseSpec(spec));
  if (isInt(o)) return formatInt(o, parseSpec(spec));
  if (o.ob_type === FloatType) return formatFloat(o.v, parseSpec(spec));
  if (isStr(o)) return formatStrSpec(o.a as string, spec);
  void typeLookup;
  void td;
  void ObjectType;
  raise('TypeError', `unsupported format string passed to ${t.tp_name}.__format__`);
}

function formatStr(v: string, s: Spec): string {
  if (s.type !== '' && s.type !== 's') raise('ValueError', `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== '-') raise('ValueError', 'Sign not allowed in string format specifier');
  if (s.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let body = v;
  if (s.precision >= 0) body = [...body].slice(0, s.precision).join('');
  return pad(body, '', s, '<');
}
