/**
 * bytearray's constructor and mutation: item and slice assignment and
 * deletion (extended slices included), += and *=, append, extend, insert,
 * pop, remove, reverse, clear, copy, and its sequence slots. The buffer
 * grows as CPython's bytearray_resize does (bytes.ts), so sys.getsizeof
 * follows python3.12. Export locking (BufferError while a memoryview is
 * alive) is deliberately not modelled.
 */

import { PyObject, decref, newref } from './object';
import { td, typeData, TypeFlags } from './typeobject';
import { raise } from './errors';
import { newInt, isInt, NotImplemented } from './int';
import { None } from './none';
import { isStr } from './str';
import { sliceIndices, sliceHook, checkIndex } from './tuple';
import { addMethods } from './methodobject';
import { ByteArrayType, newByteArray, bufferOf, byteArrayResize, byteArrayAlloc, isByteArray } from './bytes';
import { latin1String, latin1Bytes } from './codecs';
import { percentFormat } from './percentFormat';
import {
  bytesSubscript, bytesConcat, bytesRepeat, bytesContains, bytesFromObject, byteValue, ByteArrayIterType,
} from './bytesMethods';
import { clinicArgs, posArgs, methO, methNoArgs, typeNameOf } from './strUtil';
import * as abs from './abstract';

const ad = td(ByteArrayType);

function content(o: PyObject): Uint8Array {
  return (o.a as Uint8Array).subarray(0, o.v);
}

/** Replaces the bytes [lo, hi) with `repl`, resizing as bytearray_setslice_linear does. */
function setLinear(o: PyObject, lo: number, hi: number, repl: Uint8Array): void {
  const old = content(o).slice();
  const size = old.length - (hi - lo) + repl.length;
  const growth = size - old.length;
  if (growth !== 0) {
    const buf = o.a as Uint8Array;
    let alloc = buf.length;
    if (size === 0) alloc = 0;
    else if (size + 1 > alloc || size < alloc / 2) alloc = growth > 0 ? byteArrayAlloc(size, alloc) : size + 1;
    const nb = alloc === buf.length ? buf : new Uint8Array(alloc);
    nb.set(old.subarray(0, lo));
    nb.set(repl, lo);
    nb.set(old.subarray(hi), lo + repl.length);
    if (nb === buf) nb.fill(0, size);
    o.a = nb;
    o.v = size;
    return;
  }
  (o.a as Uint8Array).set(repl, lo);
}

/** The bytes of a value assigned to a slice: a buffer or an iterable of ints. */
function assignedBytes(value: PyObject): Uint8Array {
  const b = bufferOf(value);
  if (b !== null) return b.slice();
  if (isInt(value) || isStr(value) || (typeData(value).tp_iter === null && typeData(value).tp_iternext === null)) {
    raise('TypeError', `can assign only bytes, buffers, or iterables of ints in range(0, 256)`);
  }
  return bytesFromObject(value, undefined, undefined, 'bytearray');
}

ad.mp_subscript = bytesSubscript;
ad.mp_ass_subscript = (o, key, value) => {
  if (key.ob_type === sliceHook.SliceType) {
    const [start, stop, step, len] = sliceIndices(key, o.v);
    if (step === 1) {
      const hi = Math.max(start, stop);
      setLinear(o, start, hi, value === null ? new Uint8Array(0) : assignedBytes(value));
      return;
    }
    if (value === null) {
      const keep: number[] = [];
      const drop = new Set<number>();
      for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
      content(o).forEach((c, i) => {
        if (!drop.has(i)) keep.push(c);
      });
      setLinear(o, 0, o.v, Uint8Array.from(keep));
      return;
    }
    const repl = assignedBytes(value);
    if (repl.length !== len) raise('ValueError', `attempt to assign bytes of size ${repl.length} to extended slice of size ${len}`);
    const buf = o.a as Uint8Array;
    for (let i = 0, j = start; i < len; i++, j += step) buf[j] = repl[i];
    return;
  }
  if (!isInt(key) && typeData(key).nb_index === null) raise('TypeError', `bytearray indices must be integers or slices, not ${typeNameOf(key)}`);
  const i = checkIndex(abs.indexOf(key), o.v, 'bytearray index out of range');
  if (value === null) {
    setLinear(o, i, i + 1, new Uint8Array(0));
    return;
  }
  (o.a as Uint8Array)[i] = byteValue(value);
};
ad.nb_add = bytesConcat;
ad.nb_multiply = bytesRepeat;
ad.nb_remainder = (a, b) => {
  if (!isByteArray(a)) return NotImplemented;
  return newByteArray(latin1Bytes(percentFormat(latin1String(content(a)), b, true)));
};
ad.nb_inplace_add = (a, b) => {
  const y = bufferOf(b);
  if (y === null) raise('TypeError', `can't concat ${typeNameOf(b)} to ${typeNameOf(a)}`);
  const add = y.slice();
  const n = a.v;
  byteArrayResize(a, n + add.length);
  (a.a as Uint8Array).set(add, n);
  return newref(a);
};
ad.nb_inplace_multiply = (a, b) => {
  if (!(td(b.ob_type).tp_flags & TypeFlags.LONG_SUBCLASS)) return NotImplemented;
  const count = Math.max(0, abs.indexOf(b));
  const src = content(a).slice();
  setLinear(a, 0, a.v, new Uint8Array(0));
  if (count > 0 && src.length > 0) {
    const out = new Uint8Array(src.length * count);
    for (let i = 0; i < count; i++) out.set(src, i * src.length);
    byteArrayResize(a, out.length);
    (a.a as Uint8Array).set(out);
  }
  return newref(a);
};
ad.nb[0] = ad.nb_add;
ad.nb[5] = ad.nb_multiply;
ad.nb[6] = ad.nb_remainder;
ad.nb_inplace[0] = ad.nb_inplace_add;
ad.nb_inplace[5] = ad.nb_inplace_multiply;
ad.sq_contains = bytesContains;
ad.tp_iter = (o) => new PyObject(ByteArrayIterType, 0, newref(o), null);

ad.tp_new = (type) => {
  const o = new PyObject(type, 0, new Uint8Array(0), null);
  if (type !== ByteArrayType && td(type).tp_flags & TypeFlags.HEAPTYPE) newref(type);
  return o;
};
ad.tp_init = (self, args, kwnames) => {
  const [x, enc, errs] = clinicArgs('bytearray', args, kwnames, ['source', 'encoding', 'errors'], 0);
  let b: Uint8Array;
  if (x === undefined) {
    if (enc !== undefined || errs !== undefined) raise('TypeError', enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    b = new Uint8Array(0);
  } else b = bytesFromObject(x, enc, errs, 'bytearray');
  const buf = new Uint8Array(b.length === 0 ? 0 : b.length + 1);
  buf.set(b);
  self.a = buf;
  self.v = b.length;
};

addMethods(ByteArrayType, {
  append: (self, args, kw) => {
    const v = byteValue(methO('append', args, kw, 'bytearray'));
    byteArrayResize(self, self.v + 1);
    (self.a as Uint8Array)[self.v - 1] = v;
    return None;
  },
  extend: (self, args, kw) => {
    const x = methO('extend', args, kw, 'bytearray');
    let add = bufferOf(x);
    if (add === null) {
      const d = typeData(x);
      if (d.tp_iter === null && d.tp_iternext === null) raise('TypeError', `can't extend bytearray with ${typeNameOf(x)}`);
      const items = abs.iterToArray(x);
      try {
        add = Uint8Array.from(items.map((it) => byteValue(it)));
      } finally {
        for (const it of items) decref(it);
      }
    } else add = add.slice();
    const n = self.v;
    setLinear(self, n, n, add);
    return None;
  },
  insert: (self, args, kw) => {
    posArgs('insert', args, kw, 2, 2, 'bytearray');
    let i = abs.indexOf(args[0]);
    const v = byteValue(args[1]);
    const n = self.v;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const old = content(self).slice();
    byteArrayResize(self, n + 1);
    const buf = self.a as Uint8Array;
    buf.set(old.subarray(i), i + 1);
    buf[i] = v;
    return None;
  },
  pop: (self, args, kw) => {
    posArgs('pop', args, kw, 0, 1, 'bytearray');
    if (self.v === 0) raise('IndexError', 'pop from empty bytearray');
    let i = args.length > 0 ? abs.indexOf(args[0]) : -1;
    if (i < 0) i += self.v;
    if (i < 0 || i >= self.v) raise('IndexError', 'pop index out of range');
    const v = (self.a as Uint8Array)[i];
    setLinear(self, i, i + 1, new Uint8Array(0));
    return newInt(v);
  },
  remove: (self, args, kw) => {
    const v = byteValue(methO('remove', args, kw, 'bytearray'));
    const i = content(self).indexOf(v);
    if (i < 0) raise('ValueError', 'value not found in bytearray');
    setLinear(self, i, i + 1, new Uint8Array(0));
    return None;
  },
  reverse: (self, args, kw) => {
    methNoArgs('reverse', args, kw, 'bytearray');
    content(self).reverse();
    return None;
  },
  clear: (self, args, kw) => {
    methNoArgs('clear', args, kw, 'bytearray');
    self.a = new Uint8Array(0);
    self.v = 0;
    return None;
  },
  copy: (self, args, kw) => {
    methNoArgs('copy', args, kw, 'bytearray');
    return newByteArray(content(self));
  },
  __alloc__: (self, args, kw) => {
    methNoArgs('__alloc__', args, kw, 'bytearray');
    return newInt((self.a as Uint8Array).length);
  },
});
