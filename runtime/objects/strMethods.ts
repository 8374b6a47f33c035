/**
 * str's methods (join, split, strip, replace, find, format, upper...) and
 * its sequence slots that need the generic protocol (indexing, slicing,
 * concatenation, repetition, %-formatting is not supported yet). Indexing
 * works on code points, so text with characters outside the BMP behaves as
 * in CPython.
 */

import { PyObject, decref, incref, newref } from './object';
import { td, TypeFlags } from './typeobject';
import { raise } from './errors';
import { newInt, isInt, NotImplemented } from './int';
import { None } from './none';
import { fromBool } from './bool';
import { StrType, newStr, isStr, codePointLength, isPrintable } from './str';
import { newList } from './list';
import { newTuple, isTuple, sliceIndices, sliceHook, checkIndex } from './tuple';
import { addMethods } from './methodobject';
import { argRange, noArgs, oneArg, splitKwargs } from './args';
import { format } from './format';
import * as abs from './abstract';

const sd = td(StrType);

function cps(s: string): string[] {
  return Array.from(s);
}

sd.mp_subscript = (o, key) => {
  const s = o.a as string;
  const simple = o.v === s.length;
  if (key.ob_type === sliceHook.SliceType) {
    const chars = simple ? null : cps(s);
    const [start, , step, len] = sliceIndices(key, o.v);
    if (step === 1) return newStr(simple ? s.slice(start, start + len) : chars!.slice(start, start + len).join(''));
    let out = '';
    for (let i = 0, j = start; i < len; i++, j += step) out += simple ? s[j] : chars![j];
    return newStr(out);
  }
  if (!isInt(key) && td(key.ob_type).nb_index === null) raise('TypeError', `string indices must be integers, not '${abs.typeNameOf(key)}'`);
  const i = checkIndex(abs.indexOf(key), o.v, 'string index out of range');
  return newStr(simple ? s[i] : cps(s)[i]);
};
sd.nb_add = (a, b) => {
  if (!isStr(a) || !isStr(b)) return NotImplemented;
  return newStr((a.a as string) + (b.a as string));
};
sd.nb_multiply = (a, b) => {
  const [s, n] = isStr(a) ? [a, b] : [b, a];
  if (!isStr(s) || !(td(n.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS)) return NotImplemented;
  const count = abs.indexOf(n);
  if (count <= 0) return newStr('');
  if ((s.a as string).length * count > 1e9) raise('OverflowError', 'repeated string is too long');
  return newStr((s.a as string).repeat(count));
};
sd.nb[0] = sd.nb_add;
sd.nb[5] = sd.nb_multiply;
sd.nb_remainder = (a, b) => {
  if (!isStr(a)) return NotImplemented;
  return newStr(percentFormat(a.a as string, b));
};
sd.nb[6] = sd.nb_remainder;
sd.sq_contains = (o, item) => {
  if (!isStr(item)) raise('TypeError', `'in <string>' requires string as left operand, not ${abs.typeNameOf(item)}`);
  return (o.a as string).includes(item.a as string);
};
sd.tp_iter = (o) => {
  const chars = cps(o.a as string).map((c) => newStr(c));
  const l = newList(chars);
  const it = abs.getIter(l);
  decref(l);
  return it;
};

function percentFormat(fmt: string, arg: PyObject): string {
  const args = isTuple(arg) ? (arg.a as PyObject[]) : [arg];
  let i = 0;
  const out = fmt.replace(/%([-+ 0#]*)(\d+|\*)?(?:\.(\d+))?([diouxXeEfFgGcrsa%])/g, (_m, flags: string, width: string, prec: string, conv: string) => {
    if (conv === '%') return '%';
    if (i >= args.length) raise('TypeError', 'not enough arguments for format string');
    const v = args[i++];
    let spec = '';
    spec += flags.includes('-') ? '<' : '>';
    if (flags.includes('+')) spec += '+';
    else if (flags.includes(' ')) spec += ' ';
    if (flags.includes('0') && !flags.includes('-')) spec += '0';
    if (width) spec += width;
    if (prec !== undefined) spec += '.' + prec;
    if (conv === 's') return format(newStr(abs.str(v)), spec.replace(/[+ ]/, ''));
    if (conv === 'r' || conv === 'a') return format(newStr(abs.repr(v)), spec.replace(/[+ ]/, ''));
    if (conv === 'i' || conv === 'u') conv = 'd';
    if ('di'.includes(conv) && !isInt(v)) {
      if (v.ob_type.a.tp_name !== 'float') raise('TypeError', `%${conv} format: a real number is required, not ${abs.typeNameOf(v)}`);
      const n = abs.call(abs.IntType, [v], null);
      try {
        return format(n, spec + 'd');
      } finally {
        decref(n);
      }
    }
    return format(v, spec + conv);
  });
  if (i < args.length && isTuple(arg)) raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}

function strArg(name: string, o: PyObject): string {
  if (!isStr(o)) raise('TypeError', `${name} arg must be None or str`);
  return o.a as string;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && /\s/.test(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i).replace(/\s+$/, ''));
      return out;
    }
    let j = i;
    while (j < n && !/\s/.test(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars === null ? null : new Set(cps(chars));
  const isStrip = (c: string) => (set === null ? /\s/.test(c) : set.has(c));
  const arr = cps(s);
  let a = 0, b = arr.length;
  if (left) while (a < b && isStrip(arr[a])) a++;
  if (right) while (b > a && isStrip(arr[b - 1])) b--;
  return arr.slice(a, b).join('');
}

function strFormat(fmt: string, args: PyObject[], kw: Map<string, PyObject>): string {
  let auto = 0;
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      const end = fmt.indexOf('}', i);
      if (end < 0) raise('ValueError', "Single '{' encountered in format string");
      const field = fmt.slice(i + 1, end);
      const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field)!;
      let name = m[1];
      if (name === '') name = String(auto++);
      const parts = name.split('.');
      let v: PyObject;
      const head = parts[0].replace(/\[.*$/, '');
      if (/^\d+$/.test(head)) {
        const idx = parseInt(head, 10);
        if (idx >= args.length) raise('IndexError', `Replacement index ${idx} out of range for positional args tuple`);
        v = newref(args[idx]);
      } else {
        const kv = kw.get(head);
        if (kv === undefined) raise('KeyError', `'${head}'`);
        v = newref(kv);
      }
      for (const attr of parts.slice(1)) {
        const nv = abs.getAttr(v, attr);
        decref(v);
        v = nv;
      }
      const idxm = /\[([^\]]*)\]/.exec(parts[0]);
      if (idxm) {
        const key = /^\d+$/.test(idxm[1]) ? newInt(parseInt(idxm[1], 10)) : newStr(idxm[1]);
        const nv = abs.getItem(v, key);
        decref(key);
        decref(v);
        v = nv;
      }
      let target = v;
      if (m[2] === 'r') target = newStr(abs.repr(v));
      else if (m[2] === 's') target = newStr(abs.str(v));
      else if (m[2] === 'a') target = newStr(abs.repr(v));
      if (target !== v) decref(v);
      try {
        out += format(target, m[3] ?? '');
      } finally {
        decref(target);
      }
      i = end + 1;
    } else if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      raise('ValueError', "Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function findArgs(name: string, self: PyObject, args: PyObject[], kw: readonly string[] | null): [string, string, number, number] {
  argRange(name, args, kw, 1, 3);
  const s = self.a as string;
  if (!isStr(args[0])) raise('TypeError', `must be str, not ${abs.typeNameOf(args[0])}`);
  const n = s.length;
  let start = args.length > 1 && args[1] !== None ? abs.indexOf(args[1]) : 0;
  let end = args.length > 2 && args[2] !== None ? abs.indexOf(args[2]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (end < 0) end = Math.max(0, end + n);
  return [s, args[0].a as string, start, Math.min(end, n)];
}

const pred = (name: string, re: RegExp) => (self: PyObject, args: PyObject[], kw: readonly string[] | null) => {
  noArgs(name, args, kw);
  const s = self.a as string;
  return fromBool(s.length > 0 && re.test(s));
};

addMethods(StrType, {
  join: (self, args, kw) => {
    const it = oneArg('str.join', args, kw);
    const items = abs.iterToArray(it);
    try {
      const parts = items.map((x, i) => {
        if (!isStr(x)) raise('TypeError', `sequence item ${i}: expected str instance, ${abs.typeNameOf(x)} found`);
        return x.a as string;
      });
      return newStr(parts.join(self.a as string));
    } finally {
      for (const x of items) decref(x);
    }
  },
  split: (self, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    const sepO = pos[0] ?? kw.get('sep') ?? None;
    const maxO = pos[1] ?? kw.get('maxsplit');
    const max = maxO === undefined ? -1 : abs.indexOf(maxO);
    const s = self.a as string;
    let parts: string[];
    if (sepO === None) parts = splitWhitespace(s, max);
    else {
      const sep = strArg('split', sepO);
      if (sep === '') raise('ValueError', 'empty separator');
      parts = s.split(sep);
      if (max >= 0 && parts.length > max + 1) parts = [...parts.slice(0, max), parts.slice(max).join(sep)];
    }
    return newList(parts.map((p) => newStr(p)));
  },
  rsplit: (self, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    const sepO = pos[0] ?? kw.get('sep') ?? None;
    const maxO = pos[1] ?? kw.get('maxsplit');
    const max = maxO === undefined ? -1 : abs.indexOf(maxO);
    const s = self.a as string;
    if (sepO === None) {
      const rev = splitWhitespace(cps(s).reverse().join(''), max).map((p) => cps(p).reverse().join('')).reverse();
      return newList(rev.map((p) => newStr(p)));
    }
    const sep = strArg('rsplit', sepO);
    let parts = s.split(sep);
    if (max >= 0 && parts.length > max + 1) parts = [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)];
    return newList(parts.map((p) => newStr(p)));
  },
  splitlines: (self, args) => {
    const keep = args.length > 0 && abs.isTrue(args[0]);
    const s = self.a as string;
    const out: string[] = [];
    const breaks = new Set([10, 11, 12, 13, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);
    let last = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!breaks.has(c)) continue;
      const len = c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
      out.push(s.slice(last, keep ? i + len : i));
      last = i + len;
      i += len - 1;
    }
    if (last < s.length) out.push(s.slice(last));
    return newList(out.map((p) => newStr(p)));
  },
  strip: (self, args, kw) => {
    argRange('strip', args, kw, 0, 1);
    return newStr(stripChars(self.a as string, args[0] && args[0] !== None ? strArg('strip', args[0]) : null, true, true));
  },
  lstrip: (self, args, kw) => {
    argRange('lstrip', args, kw, 0, 1);
    return newStr(stripChars(self.a as string, args[0] && args[0] !== None ? strArg('lstrip', args[0]) : null, true, false));
  },
  rstrip: (self, args, kw) => {
    argRange('rstrip', args, kw, 0, 1);
    return newStr(stripChars(self.a as string, args[0] && args[0] !== None ? strArg('rstrip', args[0]) : null, false, true));
  },
  upper: (self, args, kw) => (noArgs('upper', args, kw), newStr((self.a as string).toUpperCase())),
  lower: (self, args, kw) => (noArgs('lower', args, kw), newStr((self.a as string).toLowerCase())),
  casefold: (self, args, kw) => (noArgs('casefold', args, kw), newStr((self.a as string).toLowerCase())),
  swapcase: (self) => newStr(cps(self.a as string).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
  capitalize: (self) => {
    const s = self.a as string;
    return newStr(s.length === 0 ? s : s[0].toUpperCase() + s.slice(1).toLowerCase());
  },
  title: (self) => newStr((self.a as string).toLowerCase().replace(/(^|[^A-Za-z\u00c0-\uffff])([a-z\u00e0-\uffff])/g, (_m, p: string, c: string) => p + c.toUpperCase())),
  replace: (self, args, kw) => {
    argRange('replace', args, kw, 2, 3);
    const old = strArg('replace', args[0]), nu = strArg('replace', args[1]);
    const count = args.length > 2 ? abs.indexOf(args[2]) : -1;
    const s = self.a as string;
    if (count < 0) {
      if (old === '') return newStr(nu + cps(s).join(nu) + (s.length > 0 ? nu : ''));
      return newStr(s.split(old).join(nu));
    }
    let out = s;
    let done = 0, from = 0;
    while (done < count) {
      const i = out.indexOf(old, from);
      if (i < 0) break;
      out = out.slice(0, i) + nu + out.slice(i + old.length);
      from = i + nu.length + (old === '' ? 1 : 0);
      done++;
    }
    return newStr(out);
  },
  startswith: (self, args, kw) => {
    argRange('startswith', args, kw, 1, 3);
    const s = self.a as string;
    const start = args.length > 1 ? abs.indexOf(args[1]) : 0;
    const prefixes = isTuple(args[0]) ? (args[0].a as PyObject[]) : [args[0]];
    for (const p of prefixes) {
      if (!isStr(p)) raise('TypeError', `startswith first arg must be str or a tuple of str, not ${abs.typeNameOf(p)}`);
      if (s.startsWith(p.a as string, start)) return fromBool(true);
    }
    return fromBool(false);
  },
  endswith: (self, args, kw) => {
    argRange('endswith', args, kw, 1, 3);
    const s = self.a as string;
    const suffixes = isTuple(args[0]) ? (args[0].a as PyObject[]) : [args[0]];
    for (const p of suffixes) {
      if (!isStr(p)) raise('TypeError', `endswith first arg must be str or a tuple of str, not ${abs.typeNameOf(p)}`);
      if (s.endsWith(p.a as string)) return fromBool(true);
    }
    return fromBool(false);
  },
  find: (self, args, kw) => {
    const [s, sub, start, end] = findArgs('find', self, args, kw);
    const i = s.slice(0, end).indexOf(sub, start);
    return newInt(i);
  },
  rfind: (self, args, kw) => {
    const [s, sub, start, end] = findArgs('rfind', self, args, kw);
    const i = s.slice(0, end).lastIndexOf(sub);
    return newInt(i >= start ? i : -1);
  },
  index: (self, args, kw) => {
    const [s, sub, start, end] = findArgs('index', self, args, kw);
    const i = s.slice(0, end).indexOf(sub, start);
    if (i < 0) raise('ValueError', 'substring not found');
    return newInt(i);
  },
  count: (self, args, kw) => {
    const [s, sub, start, end] = findArgs('count', self, args, kw);
    const seg = s.slice(start, end);
    if (sub === '') return newInt(codePointLength(seg) + 1);
    return newInt(seg.split(sub).length - 1);
  },
  format: (self, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    return newStr(strFormat(self.a as string, pos, kw));
  },
  isdigit: pred('isdigit', /^\p{Nd}+$/u),
  isdecimal: pred('isdecimal', /^\p{Nd}+$/u),
  isnumeric: pred('isnumeric', /^\p{N}+$/u),
  isalpha: pred('isalpha', /^\p{L}+$/u),
  isalnum: pred('isalnum', /^[\p{L}\p{N}]+$/u),
  isspace: pred('isspace', /^\s+$/u),
  isupper: (self) => fromBool(/\p{Lu}/u.test(self.a as string) && !/\p{Ll}/u.test(self.a as string)),
  islower: (self) => fromBool(/\p{Ll}/u.test(self.a as string) && !/\p{Lu}/u.test(self.a as string)),
  isidentifier: (self) => fromBool(/^[\p{L}_][\p{L}\p{N}_]*$/u.test(self.a as string)),
  isprintable: (self) => fromBool(cps(self.a as string).every(isPrintable)),
  center: (self, args, kw) => {
    argRange('center', args, kw, 1, 2);
    const w = abs.indexOf(args[0]);
    const fill = args[1] ? (args[1].a as string) : ' ';
    const s = self.a as string;
    const n = w - self.v;
    if (n <= 0) return newref(self);
    const left = (n >> 1) + (n & w & 1);
    return newStr(fill.repeat(left) + s + fill.repeat(n - left));
  },
  ljust: (self, args, kw) => {
    argRange('ljust', args, kw, 1, 2);
    const n = abs.indexOf(args[0]) - self.v;
    return n <= 0 ? newref(self) : newStr((self.a as string) + (args[1] ? (args[1].a as string) : ' ').repeat(n));
  },
  rjust: (self, args, kw) => {
    argRange('rjust', args, kw, 1, 2);
    const n = abs.indexOf(args[0]) - self.v;
    return n <= 0 ? newref(self) : newStr((args[1] ? (args[1].a as string) : ' ').repeat(n) + (self.a as string));
  },
  zfill: (self, args, kw) => {
    const w = abs.indexOf(oneArg('zfill', args, kw));
    const s = self.a as string;
    const n = w - self.v;
    if (n <= 0) return newref(self);
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return newStr(sign + '0'.repeat(n) + s.slice(sign.length));
  },
  partition: (self, args, kw) => {
    const sep = strArg('partition', oneArg('partition', args, kw));
    const s = self.a as string;
    const i = s.indexOf(sep);
    if (i < 0) return newTuple([newref(self), newStr(''), newStr('')]);
    return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
  },
  rpartition: (self, args, kw) => {
    const sep = strArg('rpartition', oneArg('rpartition', args, kw));
    const s = self.a as string;
    const i = s.lastIndexOf(sep);
    if (i < 0) return newTuple([newStr(''), newStr(''), newref(self)]);
    return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
  },
  removeprefix: (self, args, kw) => {
    const p = strArg('removeprefix', oneArg('removeprefix', args, kw));
    const s = self.a as string;
    return s.startsWith(p) ? newStr(s.slice(p.length)) : newref(self);
  },
  removesuffix: (self, args, kw) => {
    const p = strArg('removesuffix', oneArg('removesuffix', args, kw));
    const s = self.a as string;
    return p !== '' && s.endsWith(p) ? newStr(s.slice(0, s.length - p.length)) : newref(self);
  },
  encode: (self) => newref(self),
  __len__: (self) => newInt(self.v),
});

export { incref };
