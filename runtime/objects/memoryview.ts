/**
 * memoryview, the basic one-dimensional unsigned-byte ('B') form: views of
 * bytes, bytearray and other memoryviews with start/length/step, indexing
 * to ints, slicing to new views, item and same-size slice assignment on
 * writable views, tobytes/tolist/hex/release/toreadonly, the context
 * manager, attributes (readonly, nbytes, format, itemsize, ndim, shape,
 * strides, obj), equality and hashing of read-only views. Payload: `a` the
 * viewed object (owned, null once released), `b` a MemoryInfo. Multi-
 * dimensional views and cast() are deliberately not supported.
 */

import { PyObject, decref, newref } from './object';
import { makeStaticType, TypeFlags, td, typeData } from './typeobject';
import { raise } from './errors';
import { newInt, isInt, NotImplemented, boolFactory } from './int';
import { None } from './none';
import { newStr } from './str';
import { newTuple } from './tuple';
import { newList } from './list';
import { sliceIndices, sliceHook, checkIndex } from './tuple';
import { addMethods, newBuiltinFunction } from './methodobject';
import { PropertyType } from './function';
import { bufferHook, bufferOf, newBytes, isByteArray } from './bytes';
import { methNoArgs, typeNameOf, clinicArgs } from './strUtil';
import * as abs from './abstract';

interface MemoryInfo {
  start: number;
  len: number;
  step: number;
  readonly: boolean;
}

/** The bytes a view currently sees (a copy when strided). */
function viewBytes(o: PyObject): Uint8Array {
  const base = o.a as PyObject | null;
  if (base === null) raise('ValueError', 'operation forbidden on released memoryview object');
  const m = o.b as MemoryInfo;
  const b = bufferOf(base)!;
  if (m.step === 1) return b.subarray(m.start, m.start + m.len);
  const out = new Uint8Array(m.len);
  for (let i = 0; i < m.len; i++) out[i] = b[m.start + i * m.step];
  return out;
}

function checkReleased(o: PyObject): void {
  if (o.a === null) raise('ValueError', 'operation forbidden on released memoryview object');
}

const previousView = bufferHook.view;
bufferHook.view = (o) => (o.ob_type === MemoryViewType ? viewBytes(o) : previousView(o));

export const MemoryViewType: PyObject = makeStaticType('memoryview', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 184,
  tp_dealloc: (o) => {
    if (o.a !== null) decref(o.a as PyObject);
    o.a = null;
  },
  tp_repr: (o) => `<${o.a === null ? 'released ' : ''}memory at 0x${abs.addressHex(o).replace(/^0+/, '')}>`,
  tp_hash: (o) => {
    checkReleased(o);
    if (!(o.b as MemoryInfo).readonly) raise('ValueError', 'cannot hash writable memoryview object');
    const b = newBytes(viewBytes(o).slice());
    try {
      return abs.hash(b);
    } finally {
      decref(b);
    }
  },
  tp_richcompare: (a, b, op) => {
    if (op !== 2 && op !== 3) return NotImplemented;
    if (a.a === null || (b.ob_type === MemoryViewType && b.a === null)) return boolFactory.fromBool((a === b) === (op === 2));
    const y = bufferOf(b);
    if (y === null) return NotImplemented;
    const x = viewBytes(a);
    const eq = x.length === y.length && x.every((c, i) => c === y[i]);
    return boolFactory.fromBool(eq === (op === 2));
  },
  mp_length: (o) => {
    checkReleased(o);
    return (o.b as MemoryInfo).len;
  },
  mp_subscript: (o, key) => {
    checkReleased(o);
    const m = o.b as MemoryInfo;
    if (key.ob_type === sliceHook.SliceType) {
      const [start, , step, len] = sliceIndices(key, m.len);
      return makeView(o.a as PyObject, { start: m.start + start * m.step, len: Math.max(0, len), step: m.step * step, readonly: m.readonly });
    }
    if (!isInt(key) && typeData(key).nb_index === null) raise('TypeError', 'memoryview: invalid slice key');
    const i = checkIndex(abs.indexOf(key), m.len, 'index out of bounds on dimension 1');
    return newInt(viewBytes(o)[i]);
  },
  mp_ass_subscript: (o, key, value) => {
    checkReleased(o);
    const m = o.b as MemoryInfo;
    if (m.readonly) raise('TypeError', 'cannot modify read-only memory');
    if (value === null) raise('TypeError', 'cannot delete memory');
    const buf = bufferOf(o.a as PyObject)!;
    if (key.ob_type === sliceHook.SliceType) {
      const [start, , step, len] = sliceIndices(key, m.len);
      const src = bufferOf(value);
      if (src === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(value)}'`);
      if (src.length !== len) raise('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
      const copy = src.slice();
      for (let i = 0; i < len; i++) buf[m.start + (start + i * step) * m.step] = copy[i];
      return;
    }
    if (!isInt(key) && typeData(key).nb_index === null) raise('TypeError', 'memoryview: invalid slice key');
    const i = checkIndex(abs.indexOf(key), m.len, 'index out of bounds on dimension 1');
    if (!isInt(value)) raise('TypeError', "memoryview: invalid type for format 'B'");
    const n = abs.indexOf(value);
    if (n < 0 || n > 255) raise('ValueError', "memoryview: invalid value for format 'B'");
    buf[m.start + i * m.step] = n;
  },
  tp_iter: (o) => {
    const l = newList(Array.from(viewBytes(o), (c) => newInt(c)));
    const it = abs.getIter(l);
    decref(l);
    return it;
  },
  tp_new: (_t, args, kwnames) => {
    const x = clinicArgs('memoryview', args, kwnames, ['object'], 1)[0]!;
    if (x.ob_type === MemoryViewType) {
      checkReleased(x);
      return makeView(x.a as PyObject, { ...(x.b as MemoryInfo) });
    }
    const b = bufferOf(x);
    if (b === null) raise('TypeError', `memoryview: a bytes-like object is required, not '${typeNameOf(x)}'`);
    return makeView(x, { start: 0, len: b.length, step: 1, readonly: !isByteArray(x) });
  },
});

function makeView(base: PyObject, info: MemoryInfo): PyObject {
  return new PyObject(MemoryViewType, 0, newref(base), info);
}

addMethods(MemoryViewType, {
  tobytes: (self) => newBytes(viewBytes(self).slice()),
  tolist: (self, args, kw) => {
    methNoArgs('tolist', args, kw, 'memoryview');
    return newList(Array.from(viewBytes(self), (c) => newInt(c)));
  },
  hex: (self) => newStr(Array.from(viewBytes(self), (c) => c.toString(16).padStart(2, '0')).join('')),
  release: (self) => {
    if (self.a !== null) {
      const base = self.a as PyObject;
      self.a = null;
      decref(base);
    }
    return None;
  },
  toreadonly: (self) => {
    checkReleased(self);
    return makeView(self.a as PyObject, { ...(self.b as MemoryInfo), readonly: true });
  },
  __enter__: (self) => {
    checkReleased(self);
    return newref(self);
  },
  __exit__: (self) => {
    if (self.a !== null) {
      const base = self.a as PyObject;
      self.a = null;
      decref(base);
    }
    return None;
  },
});

/** Read-only attributes as properties whose getter is a builtin function. */
function attr(name: string, get: (o: PyObject) => PyObject): void {
  const fget = newBuiltinFunction(name, (_s, args) => {
    checkReleased(args[0]);
    return get(args[0]);
  }, null);
  td(MemoryViewType).tp_dict.set(name, new PyObject(PropertyType, 0, [fget, null, null], null));
}
attr('readonly', (o) => boolFactory.fromBool((o.b as MemoryInfo).readonly));
attr('nbytes', (o) => newInt((o.b as MemoryInfo).len));
attr('format', () => newStr('B'));
attr('itemsize', () => newInt(1));
attr('ndim', () => newInt(1));
attr('shape', (o) => newTuple([newInt((o.b as MemoryInfo).len)]));
attr('strides', (o) => newTuple([newInt((o.b as MemoryInfo).step)]));
attr('obj', (o) => newref(o.a as PyObject));
attr('c_contiguous', (o) => boolFactory.fromBool((o.b as MemoryInfo).step === 1 || (o.b as MemoryInfo).len <= 1));
attr('contiguous', (o) => boolFactory.fromBool((o.b as MemoryInfo).step === 1 || (o.b as MemoryInfo).len <= 1));


