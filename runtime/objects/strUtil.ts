/**
 * Shared helpers for str's methods: Python's whitespace set (which is not
 * JS's \s), conversions between code-point indices (what Python counts) and
 * UTF-16 offsets (what JS strings count), the start/end slice arguments of
 * find/count/startswith, and the argument-type errors str methods raise.
 * It deliberately defines no method itself (strMethods.ts, strCase.ts do).
 */

import type { PyObject } from './object';
import { raise } from './errors';
import { isStr } from './str';
import { None } from './none';
import { proto } from './protocol';
import { typeData } from './typeobject';

/** str.isspace's set: bidirectional types WS, B, S and category Zs. */
const SPACE_CODES = new Set([9, 10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);
for (let c = 0x2000; c <= 0x200a; c++) SPACE_CODES.add(c);

/** Whether a one-character string is whitespace for str.isspace and str.split. */
export function isPySpace(c: string): boolean {
  return c.length === 1 && SPACE_CODES.has(c.charCodeAt(0));
}

/** Whether every UTF-16 unit is ASCII (str.isascii, the str_ascii_iterator choice). */
export function isAsciiText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function typeNameOf(o: PyObject): string {
  return typeData(o).tp_name;
}

/** Whether every character is in the BMP, so JS offsets are code-point indices. */
export function isSimple(o: PyObject): boolean {
  return o.v === (o.a as string).length;
}

/** The UTF-16 offset of code point `i` (0 <= i <= length). */
export function cpToU16(s: string, i: number): number {
  let off = 0;
  for (let k = 0; k < i && off < s.length; k++) {
    const c = s.charCodeAt(off);
    off += c >= 0xd800 && c <= 0xdbff && off + 1 < s.length && (s.charCodeAt(off + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return off;
}

/** The code-point index of UTF-16 offset `off`. */
export function u16ToCp(s: string, off: number): number {
  let n = 0;
  for (let i = 0; i < off; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < off && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/** The text of a str argument or a TypeError "must be str, not int". */
export function mustBeStr(o: PyObject, prefix = ''): string {
  if (!isStr(o)) raise('TypeError', `${prefix}must be str, not ${typeNameOf(o)}`);
  return o.a as string;
}

/** _PyEval_SliceIndex: None or an __index__ object, clamped like a slice bound. */
export function sliceIndex(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === None) return dflt;
  if (typeData(o).nb_index === null && typeData(o).tp_name !== 'int' && typeData(o).tp_name !== 'bool') {
    raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
  }
  return proto.index(o, 'slice indices');
}

/** ADJUST_INDICES: start/end resolved against a length n (may leave start > end). */
export function adjustIndices(start: number, end: number, n: number): [number, number] {
  if (end > n) end = n;
  else if (end < 0) {
    end += n;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** A positional argument count check in the old METH_VARARGS style: "find() takes at most 3 arguments (4 given)". */
export function varargsRange(name: string, args: PyObject[], kwnames: readonly string[] | null, min: number, max: number, owner = 'str'): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${owner}.${name}() takes no keyword arguments`);
  if (args.length < min) raise('TypeError', `${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${args.length} given)`);
  if (args.length > max) raise('TypeError', `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${args.length} given)`);
}

/**
 * Argument Clinic's parsing of positional-or-keyword arguments: returns the
 * arguments in declaration order (undefined when absent) with its messages.
 */
export function clinicArgs(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
  names: readonly string[],
  min: number,
  posOnly = 0,
): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  if (npos < posOnly) {
    raise('TypeError', `${name}() takes at least ${posOnly} positional argument${posOnly === 1 ? '' : 's'} (${npos} given)`);
  }
  if (npos > names.length) {
    raise('TypeError', `${name}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const kn = kwnames![k];
    const idx = names.indexOf(kn);
    if (idx < posOnly || idx < 0) raise('TypeError', `'${kn}' is an invalid keyword argument for ${name}()`);
    if (out[idx] !== undefined) raise('TypeError', `argument for ${name}() given by name ('${kn}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < min; i++) {
    if (out[i] === undefined) raise('TypeError', `${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** Argument Clinic's positional-only check: "center expected at least 1 argument, got 0". */
export function posArgs(name: string, args: PyObject[], kwnames: readonly string[] | null, min: number, max: number, owner = 'str'): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${owner}.${name}() takes no keyword arguments`);
  const n = args.length;
  const exact = min === max;
  if (n < min) raise('TypeError', `${name} expected ${exact ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) raise('TypeError', `${name} expected ${exact ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** METH_O: "str.join() takes exactly one argument (0 given)". */
export function methO(name: string, args: PyObject[], kwnames: readonly string[] | null, owner = 'str'): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${owner}.${name}() takes no keyword arguments`);
  if (args.length !== 1) raise('TypeError', `${owner}.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS: "str.upper() takes no arguments (1 given)". */
export function methNoArgs(name: string, args: PyObject[], kwnames: readonly string[] | null, owner = 'str'): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${owner}.${name}() takes no keyword arguments`);
  if (args.length !== 0) raise('TypeError', `${owner}.${name}() takes no arguments (${args.length} given)`);
}
