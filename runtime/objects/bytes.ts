/**
 * bytes and bytearray: the types, their reprs, hashes and sizes, and the
 * buffer view every bytes-like argument goes through. A bytes object keeps
 * its content in `a` (a Uint8Array of exactly its length) with the length
 * in `v`; a bytearray keeps a Uint8Array whose length is its allocation
 * (ob_alloc, grown as CPython's bytearray_resize does, which sys.getsizeof
 * shows) and its length in `v`. The empty bytes and the 256 one-byte bytes
 * are immortal singletons as in CPython 3.12. Methods, constructors and
 * sequence slots live in bytesMethods.ts and bytearray.ts; this file
 * deliberately imports no generic protocol.
 */

import { PyObject, immortalize } from './object';
import { makeStaticType, TypeFlags, typeData } from './typeobject';
import { NotImplemented, boolFactory } from './int';
import { strHash } from './str';
import { raise } from './errors';
import { bytesRepr } from '../syntax/literalRepr';

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/** The content of a bytes-like object (bytes, bytearray, memoryview) or null. */
export const bufferHook: { view: (o: PyObject) => Uint8Array | null } = {
  view: (o) => {
    if (o.ob_type === BytesType || (typeData(o).tp_flags & TypeFlags.BYTES_SUBCLASS) !== 0) return o.a as Uint8Array;
    if (isByteArray(o)) return (o.a as Uint8Array).subarray(0, o.v);
    return null;
  },
};

export function bufferOf(o: PyObject): Uint8Array | null {
  return bufferHook.view(o);
}

function richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = bufferOf(a), y = bufferOf(b);
  if (x === null || y === null) return NotImplemented;
  // bytes compares only with bytes-likes through bytearray; bytes vs memoryview is memoryview's job.
  if (a.ob_type === BytesType && !isBytes(b) && !isByteArray(b)) return NotImplemented;
  const c = compareBytes(x, y);
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
  return boolFactory.fromBool(r);
}

export { bytesRepr };

function bytesHash(b: Uint8Array): number {
  // Equal to the hash of the str with the same code units, as in CPython.
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return strHash(s);
}

export const BytesType: PyObject = makeStaticType('bytes', null, {
  tp_flags: TypeFlags.BYTES_SUBCLASS | TypeFlags.BASETYPE,
  tp_basicsize: 33,
  tp_sizeof: (o) => 33 + o.v,
  tp_repr: (o) => bytesRepr(o.a as Uint8Array),
  tp_hash: (o) => bytesHash(o.a as Uint8Array),
  tp_richcompare: richcompare,
  mp_length: (o) => o.v,
});

export const ByteArrayType: PyObject = makeStaticType('bytearray', null, {
  tp_flags: TypeFlags.BASETYPE,
  tp_basicsize: 56,
  tp_sizeof: (o) => 56 + (o.a as Uint8Array).length,
  tp_repr: (o) => {
    const name = typeData(o).tp_name;
    return `${name}(${bytesRepr((o.a as Uint8Array).subarray(0, o.v))})`;
  },
  tp_hash: (o) => raise('TypeError', `unhashable type: '${typeData(o).tp_name}'`),
  tp_richcompare: richcompare,
  mp_length: (o) => o.v,
});

export function isBytes(o: PyObject): boolean {
  return o.ob_type === BytesType || (typeData(o).tp_flags & TypeFlags.BYTES_SUBCLASS) !== 0;
}

export function isByteArray(o: PyObject): boolean {
  if (o.ob_type === ByteArrayType) return true;
  const mro = typeData(o).tp_mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === ByteArrayType) return true;
  return false;
}

const EMPTY = new Uint8Array(0);
export const EmptyBytes: PyObject = immortalize(new PyObject(BytesType, 0, EMPTY, null));
const single: PyObject[] = [];
for (let i = 0; i < 256; i++) single.push(immortalize(new PyObject(BytesType, 1, Uint8Array.of(i), null)));

/** A new bytes object owning `b` (new reference); singletons for empty and one-byte values. */
export function newBytes(b: Uint8Array): PyObject {
  if (b.length <= 1) return b.length === 0 ? EmptyBytes : single[b[0]];
  return new PyObject(BytesType, b.length, b, null);
}

/** The allocation bytearray_resize chooses when a bytearray of allocation `alloc` needs `size` bytes. */
export function byteArrayAlloc(size: number, alloc: number): number {
  if (size + 1 <= alloc) return size < alloc / 2 ? size + 1 : alloc;
  if (size <= alloc * 1.125) return size + (size >> 3) + (size < 9 ? 3 : 6);
  return size + 1;
}

/** A new bytearray holding a copy of `b`, allocated exactly (len + 1, or 0 when empty). */
export function newByteArray(b: Uint8Array, type: PyObject = ByteArrayType): PyObject {
  const buf = new Uint8Array(b.length === 0 ? 0 : b.length + 1);
  buf.set(b);
  return new PyObject(type, b.length, buf, null);
}

/** Resizes a bytearray's content to `size` bytes, growing its allocation as CPython does. */
export function byteArrayResize(o: PyObject, size: number): void {
  const buf = o.a as Uint8Array;
  const alloc = size === 0 ? 0 : byteArrayAlloc(size, buf.length);
  if (alloc !== buf.length) {
    const nb = new Uint8Array(alloc);
    nb.set(buf.subarray(0, Math.min(o.v, size)));
    o.a = nb;
  } else if (size > o.v) buf.fill(0, o.v, size);
  o.v = size;
}
