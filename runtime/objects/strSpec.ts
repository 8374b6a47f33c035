/**
 * The format-specification mini-language applied to str (format('x',
 * '^10'), f'{s:>5.2}', '{:*<8}'.format(s)): CPython's
 * parse_internal_render_format_spec followed by format_string_internal,
 * with their error messages and order of checks. Widths and precisions
 * count code points. Number formatting is format.ts's; this file handles
 * only the string presentation type.
 */

import { raise } from './errors';

export interface StrSpec {
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

const ALIGNS = '<>=^';

/** Parses a spec as parse_internal_render_format_spec does for a given default type and alignment. */
export function parseStrSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): StrSpec {
  const c = Array.from(spec);
  const out: StrSpec = { fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alt: false, width: -1, grouping: '', precision: -1, type: defaultType };
  let i = 0;
  let fillSpecified = false, alignSpecified = false;
  if (c.length >= 2 && ALIGNS.includes(c[1])) {
    out.fill = c[0];
    out.align = c[1];
    fillSpecified = alignSpecified = true;
    i = 2;
  } else if (c.length >= 1 && ALIGNS.includes(c[0])) {
    out.align = c[0];
    alignSpecified = true;
    i = 1;
  }
  if (i < c.length && '+- '.includes(c[i])) out.sign = c[i++];
  if (i < c.length && c[i] === 'z') {
    out.noNeg0 = true;
    i++;
  }
  if (i < c.length && c[i] === '#') {
    out.alt = true;
    i++;
  }
  if (!fillSpecified && i < c.length && c[i] === '0') {
    out.fill = '0';
    if (!alignSpecified && defaultAlign === '>') out.align = '=';
  }
  const digits = (): number => {
    let n = -1;
    while (i < c.length && c[i] >= '0' && c[i] <= '9') {
      n = Math.max(n, 0) * 10 + Number(c[i++]);
      if (n > 2 ** 53) raise('ValueError', 'Too many decimal digits in format string');
    }
    return n;
  };
  out.width = digits();
  if (i < c.length && (c[i] === ',' || c[i] === '_')) {
    out.grouping = c[i++];
    if (i < c.length && (c[i] === ',' || c[i] === '_')) raise('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (i < c.length && c[i] === '.') {
    i++;
    out.precision = digits();
    if (out.precision < 0) raise('ValueError', 'Format specifier missing precision');
  }
  if (c.length - i > 1) raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (i < c.length) out.type = c[i];
  if (out.grouping !== '') {
    const t = out.type;
    const ok = out.grouping === ',' ? 'deEfFgG%'.includes(t) || t === '' : 'bdoxXeEfFgG%'.includes(t) || t === '';
    if (!ok) raise('ValueError', `Cannot specify '${out.grouping}' with '${t}'.`);
  }
  return out;
}

/** Pads a body to the spec's width by its fill and alignment. */
export function padSpec(body: string, s: StrSpec, bodyLen = Array.from(body).length): string {
  if (s.width <= bodyLen) return body;
  const n = s.width - bodyLen;
  if (s.align === '>') return s.fill.repeat(n) + body;
  if (s.align === '^') return s.fill.repeat(n >> 1) + body + s.fill.repeat(n - (n >> 1));
  return body + s.fill.repeat(n);
}

/** format(str, spec): _PyUnicode_FormatAdvancedWriter. */
export function formatStrSpec(value: string, spec: string, typeName = 'str'): string {
  if (spec === '') return value;
  const s = parseStrSpec(spec, 's', '<', typeName);
  if (s.type !== 's') {
    const code = s.type.codePointAt(0)!;
    if (code > 32 && code < 128) raise('ValueError', `Unknown format code '${s.type}' for object of type '${typeName}'`);
    raise('ValueError', `Unknown format code '\\x${code.toString(16)}' for object of type '${typeName}'`);
  }
  if (s.sign !== '') raise('ValueError', 'Sign not allowed in string format specifier');
  if (s.noNeg0) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (s.alt) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let body = value;
  let len: number | undefined;
  if (s.precision >= 0) {
    const cs = Array.from(body);
    if (cs.length > s.precision) body = cs.slice(0, s.precision).join('');
    len = Math.min(cs.length, s.precision);
  }
  return padSpec(body, s, len);
}
