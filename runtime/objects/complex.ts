/**
 * complex: `v` holds the real part and `a` the imaginary part (both JS
 * numbers). Arithmetic follows Objects/complexobject.c: Smith's division
 * (_Py_c_quot), small integral powers by repeated squaring (c_powi) and
 * polar form otherwise, with CPython's ZeroDivisionError/OverflowError
 * messages; repr drops the real part when it is +0; hash combines the
 * parts' hashes as CPython does. It deliberately has no ordering, floor
 * division or modulo (those raise TypeError through the generic protocol).
 */

import { PyObject, immortalize } from './object';
import { makeStaticType, TypeFlags, td } from './typeobject';
import { raise } from './errors';
import { NotImplemented, isInt, intToDouble, boolFactory, newIntBig } from './int';
import { FloatType, newFloat, floatRepr, floatHashBig, complexPowHook } from './float';
import { numberFormatHooks, parseFormatSpec, doubleToString, layoutNumber, unknownFormatCode } from './numberFormat';
import { vectorNorm } from './vectorNorm';

export const ComplexType: PyObject = makeStaticType('complex', null, {
  tp_flags: TypeFlags.BASETYPE,
  tp_basicsize: 32,
  tp_repr: (o) => complexRepr(o.v, o.a as number),
  tp_hash: (o) => Number(complexHashBig(o)),
  tp_richcompare: (a, b, op) => complexRichCompare(a, b, op),
  nb_add: (a, b) => complexBinary(a, b, 0),
  nb_subtract: (a, b) => complexBinary(a, b, 10),
  nb_multiply: (a, b) => complexBinary(a, b, 5),
  nb_true_divide: (a, b) => complexBinary(a, b, 11),
  nb_power: (a, b) => complexBinary(a, b, 8),
  nb_negative: (a) => newComplex(-a.v, -(a.a as number)),
  nb_positive: (a) => newComplex(a.v, a.a as number),
  nb_absolute: (a) => newFloat(complexAbs(a.v, a.a as number)),
  nb_bool: (a) => a.v !== 0 || (a.a as number) !== 0,
});

export function newComplex(re: number, im: number): PyObject {
  return new PyObject(ComplexType, re, im, null);
}

export function isComplex(o: PyObject): boolean {
  return o.ob_type === ComplexType || td(o.ob_type).tp_mro.includes(ComplexType);
}

/** The operand as [re, im], or null for types complex does not mix with. */
export function asComplex(o: PyObject): [number, number] | null {
  if (isComplex(o)) return [o.v, o.a as number];
  if (o.ob_type === FloatType || td(o.ob_type).tp_mro.includes(FloatType)) return [o.v, 0];
  if (isInt(o)) return [intToDouble(o), 0];
  return null;
}

/** A part of a complex repr: repr-style digits without a forced '.0'. */
function part(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return part(im) + 'j';
  const ims = im !== im ? '+nan' : im < 0 || Object.is(im, -0) ? part(im) : '+' + part(im);
  return '(' + (re !== re ? 'nan' : part(re)) + ims + 'j)';
}

export function complexHashBig(o: PyObject): bigint {
  const hr = floatHashBig(o.v), hi = floatHashBig(o.a as number);
  const M = 1n << 64n;
  let h = BigInt.asUintN(64, ((hr % M) + M) % M + 1000003n * (((hi % M) + M) % M));
  if (h >= 1n << 63n) h -= M;
  if (h === -1n) h = -2n;
  return h;
}

export function complexAbs(re: number, im: number): number {
  if (!isFinite(re) || !isFinite(im)) {
    if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return Infinity;
    return NaN;
  }
  const ar = Math.abs(re), ai = Math.abs(im);
  const r = vectorNorm([ar, ai], Math.max(ar, ai), false);
  if (!isFinite(r)) raise('OverflowError', 'absolute value too large');
  return r;
}

function complexRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return NotImplemented;
  let eq: boolean;
  if (isInt(b)) {
    // Compare exactly against the int, as CPython does through float comparison of the real part.
    if ((a.a as number) !== 0) eq = false;
    else {
      const f = newFloat(a.v);
      const r = td(FloatType).tp_richcompare!(f, b, 2);
      eq = r === boolFactory.fromBool(true);
    }
  } else {
    const c = asComplex(b);
    if (c === null) return NotImplemented;
    eq = a.v === c[0] && (a.a as number) === c[1];
  }
  return boolFactory.fromBool(op === 2 ? eq : !eq);
}

export function cQuot(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function cProd(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

function cPowu(r0: number, i0: number, n: number): [number, number] {
  let r: [number, number] = [1, 0];
  let p: [number, number] = [r0, i0];
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r[0], r[1], p[0], p[1]);
    mask <<= 1;
    p = cProd(p[0], p[1], p[0], p[1]);
  }
  return r;
}

/** complex_pow without a modulus: [re, im], raising CPython's errors. */
export function complexPow(ar: number, ai: number, br: number, bi: number): [number, number] {
  let r: [number, number];
  let edom = false;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) r = cPowu(ar, ai, n);
    else {
      const p = cPowu(ar, ai, -n);
      const q = cQuot(1, 0, p[0], p[1]);
      if (q === null) {
        edom = true;
        r = [0, 0];
      } else r = q;
    }
  } else if (br === 0 && bi === 0) r = [1, 0];
  else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) edom = true;
    r = [0, 0];
  } else {
    const vabs = Math.hypot(ar, ai);
    let len = Math.pow(vabs, br);
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= Math.exp(at * bi);
      phase += bi * Math.log(vabs);
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  if (edom) raise('ZeroDivisionError', '0.0 to a negative or complex power');
  if ((Math.abs(r[0]) === Infinity || Math.abs(r[1]) === Infinity) && isFinite(ar) && isFinite(ai) && isFinite(br) && isFinite(bi)) {
    raise('OverflowError', 'complex exponentiation');
  }
  return r;
}

function complexBinary(a: PyObject, b: PyObject, op: number): PyObject {
  const x = asComplex(a), y = asComplex(b);
  if (x === null || y === null) return NotImplemented;
  switch (op) {
    case 0: return newComplex(x[0] + y[0], x[1] + y[1]);
    case 10: return newComplex(x[0] - y[0], x[1] - y[1]);
    case 5: {
      const [r, i] = cProd(x[0], x[1], y[0], y[1]);
      return newComplex(r, i);
    }
    case 11: {
      const q = cQuot(x[0], x[1], y[0], y[1]);
      if (q === null) raise('ZeroDivisionError', 'complex division by zero');
      return newComplex(q[0], q[1]);
    }
    case 8: {
      const [r, i] = complexPow(x[0], x[1], y[0], y[1]);
      return newComplex(r, i);
    }
  }
  return NotImplemented;
}

complexPowHook.pow = (x, y) => {
  const [r, i] = complexPow(x, 0, y, 0);
  return newComplex(r, i);
};

/** complex(text): [ws] ['('] [ws] real[+-imag j] | imag j [ws] [')'] [ws]. */
export function complexFromString(text: string, normalise: (s: string) => string | null, strip: (s: string) => string): [number, number] {
  const bad = (): never => raise('ValueError', 'complex() arg is a malformed string');
  const t = normalise(text);
  if (t === null) return bad();
  let s = strip(t);
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) bad();
    s = strip(s.slice(1, -1));
  }
  const num = '(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan)';
  const parse = (x: string): number => {
    const l = x.toLowerCase().replace(/_/g, '');
    const neg = l.startsWith('-');
    const body = l.replace(/^[+-]/, '');
    const v = body === 'inf' || body === 'infinity' ? Infinity : body === 'nan' ? NaN : parseFloat(body);
    return neg ? -v : v;
  };
  let m = new RegExp(`^([+-]?${num})$`, 'i').exec(s);
  if (m) return [parse(m[1]), 0];
  m = new RegExp(`^([+-]?${num})?([+-](?:${num})?)[jJ]$`, 'i').exec(s);
  if (m) {
    const re = m[1] !== undefined ? parse(m[1]) : 0;
    const imText = m[2];
    const im = imText === '+' ? 1 : imText === '-' ? -1 : parse(imText);
    return [re, im];
  }
  m = new RegExp(`^(${num})?[jJ]$`, 'i').exec(s);
  if (m) return [0, m[1] === undefined ? 1 : parse(m[1])];
  return bad();
}

/** format(complex, spec): format_complex_internal. */
numberFormatHooks.format = (o, spec) => {
  if (!isComplex(o)) return null;
  const f = parseFormatSpec(spec, td(o.ob_type).tp_name, '>');
  if (f.fill === '0' && f.align === '=' && !/^.?=/.test(spec)) raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  if (type !== '' && !'eEfFgGn'.includes(type)) unknownFormatCode(type, 'complex');
  const re = o.v, im = o.a as number;
  let prec = f.precision;
  let addParens = false, skipRe = false, addDot0 = false;
  if (type === '') {
    addParens = true;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    type = 'r';
    if (prec >= 0) type = 'g';
    else prec = 0;
    addDot0 = false;
  } else if (prec < 0) prec = 6;
  if (type === 'n') type = 'g';
  const [reNeg, reBody] = doubleToString(re, type, prec, f.alt, addDot0, f.noNeg0);
  const [imNeg, imBody] = doubleToString(im, type, prec, f.alt, addDot0, f.noNeg0);
  const strip = (b: string) => (type === 'r' && b.endsWith('.0') ? b.slice(0, -2) : b);
  let reStr = '';
  if (!skipRe) reStr = (reNeg ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '') + strip(reBody);
  const imSign = imNeg ? '-' : skipRe ? (f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '') : '+';
  let body = reStr + imSign + strip(imBody) + 'j';
  if (addParens && !skipRe) body = '(' + body + ')';
  const g = { ...f, sign: '', grouping: '' };
  return layoutNumber(false, '', '', body, g, 3);
};

export { immortalize, newIntBig };
