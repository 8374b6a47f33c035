/**
 * str.format and str.format_map, following CPython's unicode_format.h: the
 * markup iterator (literal text, `{{`/`}}` escapes, fields with
 * `!conversion` and `:spec`, nested specs two levels deep), field names
 * with indexes and attributes (`{0[key].attr}`), automatic vs manual
 * numbering, and every error message. The same parser backs
 * string.Formatter's parse() and field-name splitting (formatterParser,
 * fieldNameSplit). Rendering calls format() (format.ts) on each field.
 */

import { PyObject, decref, newref } from './object';
import { raise, raiseWithArg } from './errors';
import { newInt } from './int';
import { None } from './none';
import { StrType, newStr, isStr } from './str';
import { newTuple } from './tuple';
import { newList } from './list';
import { addMethods } from './methodobject';
import { splitKwargs } from './args';
import { newDict, dictSetItem } from './dict';
import { format } from './format';
import { asciiRepr } from './percentFormat';
import { methO } from './strUtil';
import * as abs from './abstract';

export interface MarkupItem {
  literal: string;
  /** null when the item is only literal text. */
  field: string | null;
  spec: string | null;
  conversion: string | null;
  specNeedsExpanding: boolean;
}

/** Splits a format string into literal text and fields (MarkupIterator_next in a loop). */
export function parseMarkup(fmt: string): MarkupItem[] {
  const c = Array.from(fmt);
  const n = c.length;
  const items: MarkupItem[] = [];
  let pos = 0;
  while (pos < n) {
    const start = pos;
    let ch = '';
    let markup = false;
    while (pos < n) {
      ch = c[pos++];
      if (ch === '{' || ch === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (ch === '}' && markup && (atEnd || c[pos] !== '}')) raise('ValueError', "Single '}' encountered in format string");
    if (atEnd && ch === '{' && markup) raise('ValueError', "Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (c[pos] === ch) {
        pos++;
        markup = false;
      } else len--;
    }
    const literal = c.slice(start, start + len).join('');
    if (!markup) {
      items.push({ literal, field: null, spec: null, conversion: null, specNeedsExpanding: false });
      continue;
    }
    // parse_field
    const fstart = pos;
    let fc = '';
    while (pos < n) {
      fc = c[pos++];
      if (fc === '{') raise('ValueError', "unexpected '{' in field name");
      if (fc === '[') {
        while (pos < n && c[pos] !== ']') pos++;
        fc = '';
        continue;
      }
      if (fc === '}' || fc === ':' || fc === '!') break;
      fc = '';
    }
    const field = c.slice(fstart, fc === '' ? pos : pos - 1).join('');
    let conversion: string | null = null;
    let spec: string | null = '';
    let expand = false;
    if (fc === '!' || fc === ':') {
      let done = false;
      if (fc === '!') {
        if (pos >= n) raise('ValueError', 'end of string while looking for conversion specifier');
        conversion = c[pos++];
        if (pos < n) {
          const nc = c[pos++];
          if (nc === '}') done = true;
          else if (nc !== ':') raise('ValueError', "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const sstart = pos;
        let count = 1;
        let closed = false;
        while (pos < n) {
          const sc = c[pos++];
          if (sc === '{') {
            expand = true;
            count++;
          } else if (sc === '}') {
            count--;
            if (count === 0) {
              spec = c.slice(sstart, pos - 1).join('');
              closed = true;
              break;
            }
          }
        }
        if (!closed) raise('ValueError', "unmatched '{' in format spec");
      }
    } else if (fc !== '}') raise('ValueError', "expected '}' before end of string");
    items.push({ literal, field, spec, conversion, specNeedsExpanding: expand });
  }
  return items;
}

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  next: number;
}

function getInteger(s: string): number {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  if (s.length > 18) raise('ValueError', 'Too many decimal digits in format string');
  return Number(s);
}

/** field_name_split: the first part and the chain of [.attr] / [[key]] accessors. */
export function fieldNameSplit(name: string): { first: string; rest: [boolean, string][] } {
  const c = Array.from(name);
  let i = 0;
  while (i < c.length && c[i] !== '.' && c[i] !== '[') i++;
  const first = c.slice(0, i).join('');
  const rest: [boolean, string][] = [];
  while (i < c.length) {
    const ch = c[i++];
    let part: string;
    let isAttr: boolean;
    if (ch === '.') {
      isAttr = true;
      const s = i;
      while (i < c.length && c[i] !== '.' && c[i] !== '[') i++;
      part = c.slice(s, i).join('');
    } else if (ch === '[') {
      isAttr = false;
      const s = i;
      while (i < c.length && c[i] !== ']') i++;
      if (i >= c.length) raise('ValueError', "Missing ']' in format string");
      part = c.slice(s, i).join('');
      i++;
    } else raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    if (part === '') raise('ValueError', 'Empty attribute in format string');
    rest.push([isAttr, part]);
  }
  return { first, rest };
}

function getFieldObject(field: string, args: PyObject[] | null, kwargs: PyObject | null, auto: AutoNumber | null): PyObject {
  const { first, rest } = fieldNameSplit(field);
  let index = getInteger(first);
  const empty = first === '';
  const numeric = empty || index !== -1;
  if (auto !== null) {
    if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
    if (numeric) {
      if (auto.state === 2 && empty) raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      if (auto.state === 1 && !empty) raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = auto.next++;
  }
  let obj: PyObject;
  if (index === -1) {
    const key = newStr(first);
    try {
      if (kwargs === null) raiseWithArg('KeyError', key);
      obj = abs.getItem(kwargs, key);
    } finally {
      decref(key);
    }
  } else {
    if (args === null) raise('ValueError', 'Format string contains positional fields');
    if (index >= args.length) raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    obj = newref(args[index]);
  }
  try {
    for (const [isAttr, part] of rest) {
      let next: PyObject;
      if (isAttr) next = abs.getAttr(obj, part);
      else {
        const idx = getInteger(part);
        const key = idx === -1 ? newStr(part) : newInt(idx);
        try {
          next = abs.getItem(obj, key);
        } finally {
          decref(key);
        }
      }
      decref(obj);
      obj = next;
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

function convert(obj: PyObject, conversion: string): PyObject {
  switch (conversion) {
    case 'r': return newStr(abs.repr(obj));
    case 's': return isStr(obj) && obj.ob_type === StrType ? newref(obj) : newStr(abs.str(obj));
    case 'a': return newStr(asciiRepr(obj));
  }
  const code = conversion.codePointAt(0)!;
  if (code > 32 && code < 127) raise('ValueError', `Unknown conversion specifier ${conversion}`);
  raise('ValueError', `Unknown conversion specifier \\x${code.toString(16)}`);
}

/** build_string: formats `fmt` against positional args and a mapping (either may be absent). */
export function buildString(fmt: string, args: PyObject[] | null, kwargs: PyObject | null, depth: number, auto: AutoNumber | null): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  let out = '';
  for (const item of parseMarkup(fmt)) {
    out += item.literal;
    if (item.field === null) continue;
    let obj = getFieldObject(item.field, args, kwargs, auto);
    try {
      if (item.conversion !== null) {
        const conv = convert(obj, item.conversion);
        decref(obj);
        obj = conv;
      }
      let spec = item.spec ?? '';
      if (item.specNeedsExpanding) spec = buildString(spec, args, kwargs, depth - 1, auto);
      out += format(obj, spec);
    } finally {
      decref(obj);
    }
  }
  return out;
}

/** _string.formatter_parser: (literal, field_name, format_spec, conversion) tuples. */
export function formatterParser(fmt: string): PyObject {
  const rows = parseMarkup(fmt).map((it) => {
    const f = it.field;
    return newTuple([
      newStr(it.literal),
      f === null ? None : newStr(f),
      f === null ? None : newStr(it.spec ?? ''),
      it.conversion === null ? None : newStr(it.conversion),
    ]);
  });
  return newList(rows);
}

addMethods(StrType, {
  format: (self, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    let kwargs: PyObject | null = null;
    if (kw.size > 0) {
      kwargs = newDict();
      for (const [k, v] of kw) {
        const ks = newStr(k);
        dictSetItem(kwargs, ks, v);
        decref(ks);
      }
    }
    try {
      return newStr(buildString(self.a as string, pos, kwargs, 2, { state: 0, next: 0 }));
    } finally {
      if (kwargs !== null) decref(kwargs);
    }
  },
  format_map: (self, args, kw) => {
    const mapping = methO('format_map', args, kw);
    return newStr(buildString(self.a as string, null, mapping, 2, { state: 0, next: 0 }));
  },
});
