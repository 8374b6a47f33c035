/**
 * The hash table behind set and frozenset, laid out as CPython 3.12's
 * Objects/setobject.c lays it out: an open-addressing table of (key, hash)
 * entries whose size is a power of two (8 at first, the "smalltable"),
 * probed linearly LINEAR_PROBES = 9 slots past the home slot and then by
 * perturbation (i = i*5 + 1 + perturb, perturb >>= 5), with `fill` counting
 * active plus dummy slots, `used` the active ones, and the same resize rules
 * (grow when fill*5 >= mask*3, to used*4 or used*2 past 50,000). Because the
 * layout is the same, iteration order (table order) is python3.12's for
 * every key whose hash is deterministic (ints, floats, tuples of them...).
 *
 * Hashes are Py_hash_t values: a JS number when it is a safe integer, else a
 * BigInt, so `===` compares them exactly. This file holds the algorithms
 * only; the Python types are in set.ts and their methods in setMethods.ts.
 * It deliberately does not shrink tables on deletion (CPython does not).
 */

import { PyObject, decref, incref, immortalize } from './object';
import { makeStaticType } from './typeobject';
import { IntType, intBig } from './int';
import { StrType } from './str';
import { hashBig, richCompareBool, exactHashes } from './abstract';

export type HashT = number | bigint;

/** The dummy key left where an entry was deleted (CPython's `dummy`). */
export const Dummy: PyObject = immortalize(new PyObject(makeStaticType('<dummy key>', null, {}), 0, null, null));

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
export const SET_MINSIZE = 8;

export class SetData {
  keys: (PyObject | null)[] = new Array<PyObject | null>(SET_MINSIZE).fill(null);
  hashes: HashT[] = new Array<HashT>(SET_MINSIZE).fill(0);
  fill = 0;
  used = 0;
  mask = SET_MINSIZE - 1;
  /** Where pop() starts looking (CPython's `finger`). */
  finger = 0;
  /** frozenset's cached hash, or null until computed. */
  hash: bigint | null = null;
}

/** A hash in its canonical form: a number when safe, else a BigInt. */
export function normHash(b: bigint): HashT {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** PyObject_Hash as a HashT, with fast paths for small ints and strs. */
export function keyHash(o: PyObject): HashT {
  if (o.ob_type === IntType && o.v === o.v) return o.v === -1 ? -2 : o.v;
  if (o.ob_type === StrType) return (o.ob_type.a as { tp_hash: (o: PyObject) => number }).tp_hash(o);
  return normHash(hashBig(o));
}

/** The perturbation walk needs the hash as an unsigned 64-bit value: two 32-bit halves. */
function splitHash(h: HashT): [number, number] {
  if (typeof h === 'number') return [Math.floor(h / 4294967296) >>> 0, h >>> 0];
  const u = BigInt.asUintN(64, h);
  return [Number(u >> 32n), Number(u & 0xffffffffn)];
}

function lowBits(h: HashT, mask: number): number {
  return typeof h === 'number' ? h & mask : Number(BigInt.asUintN(32, h)) & mask;
}

function isExactStr(o: PyObject): boolean {
  return o.ob_type === StrType;
}

/**
 * set_lookkey: the slot of `key`, or -1 when absent. A comparison that
 * mutates the table restarts the search, as in CPython.
 */
export function setLookup(so: SetData, key: PyObject, hash: HashT): number {
  for (;;) {
    const r = lookupOnce(so, key, hash);
    if (r !== -2) return r;
  }
}

function lookupOnce(so: SetData, key: PyObject, hash: HashT): number {
  let mask = so.mask;
  let i = lowBits(hash, mask);
  let [phi, plo] = splitHash(hash);
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const k = so.keys[j];
      if (k === null) return -1;
      if (so.hashes[j] === hash && k !== Dummy) {
        if (k === key) return j;
        if (isExactStr(k) && isExactStr(key) && k.a === key.a) return j;
        const keys = so.keys;
        incref(k);
        let cmp: boolean;
        try {
          cmp = richCompareBool(k, key, 2);
        } finally {
          decref(k);
        }
        if (keys !== so.keys || so.keys[j] !== k) return -2;
        if (cmp) return j;
        mask = so.mask;
      }
      j++;
    } while (probes-- > 0);
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi = phi >>> PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_add_entry: steals nothing; the table takes its own reference to `key`. Returns false if present. */
export function setAddEntry(so: SetData, key: PyObject, hash: HashT): boolean {
  incref(key);
  try {
    for (;;) {
      const r = addOnce(so, key, hash);
      if (r !== -2) return r === 1;
    }
  } catch (e) {
    decref(key);
    throw e;
  }
}

/** 1 added, 0 already present (the extra reference is dropped), -2 restart. */
function addOnce(so: SetData, key: PyObject, hash: HashT): number {
  let mask = so.mask;
  let i = lowBits(hash, mask);
  let [phi, plo] = splitHash(hash);
  let freeslot = -1;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const k = so.keys[j];
      if (k === null) {
        if (freeslot >= 0) {
          so.used++;
          so.keys[freeslot] = key;
          so.hashes[freeslot] = hash;
          return 1;
        }
        so.fill++;
        so.used++;
        so.keys[j] = key;
        so.hashes[j] = hash;
        if (so.fill * 5 >= mask * 3) setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
        return 1;
      }
      if (k === Dummy) {
        if (freeslot < 0) freeslot = j;
      } else if (so.hashes[j] === hash) {
        if (k === key || (isExactStr(k) && isExactStr(key) && k.a === key.a)) {
          decref(key);
          return 0;
        }
        const keys = so.keys;
        incref(k);
        let cmp: boolean;
        try {
          cmp = richCompareBool(k, key, 2);
        } finally {
          decref(k);
        }
        if (cmp) {
          decref(key);
          return 0;
        }
        if (keys !== so.keys || so.keys[j] !== k) return -2;
        mask = so.mask;
      }
      j++;
    } while (probes-- > 0);
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi = phi >>> PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_insert_clean: places a key known to be absent into a table without dummies. */
function insertClean(keys: (PyObject | null)[], hashes: HashT[], mask: number, key: PyObject, hash: HashT): void {
  let i = lowBits(hash, mask);
  let [phi, plo] = splitHash(hash);
  for (;;) {
    if (keys[i] === null) {
      keys[i] = key;
      hashes[i] = hash;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          keys[i + j] = key;
          hashes[i + j] = hash;
          return;
        }
      }
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi = phi >>> PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_table_resize: a table of the smallest power of two above `minused`, dummies dropped. */
export function setTableResize(so: SetData, minused: number): void {
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = so.keys, oldHashes = so.hashes;
  const keys = new Array<PyObject | null>(newsize).fill(null);
  const hashes = new Array<HashT>(newsize).fill(0);
  so.keys = keys;
  so.hashes = hashes;
  so.mask = newsize - 1;
  so.fill = so.used;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== null && k !== Dummy) insertClean(keys, hashes, newsize - 1, k, oldHashes[i]);
  }
}

/** set_discard_entry: true when the key was there (its reference is released). */
export function setDiscardEntry(so: SetData, key: PyObject, hash: HashT): boolean {
  const i = setLookup(so, key, hash);
  if (i < 0) return false;
  const old = so.keys[i]!;
  so.keys[i] = Dummy;
  so.hashes[i] = -1;
  so.used--;
  decref(old);
  return true;
}

/** set_clear_internal: back to an empty smalltable, releasing every key. */
export function setClearTable(so: SetData): void {
  const old = so.keys;
  so.keys = new Array<PyObject | null>(SET_MINSIZE).fill(null);
  so.hashes = new Array<HashT>(SET_MINSIZE).fill(0);
  so.fill = 0;
  so.used = 0;
  so.mask = SET_MINSIZE - 1;
  for (const k of old) if (k !== null && k !== Dummy) decref(k);
}

/** set_merge: adds every key of another set, with CPython's presizing and copy shortcuts. */
export function setMerge(so: SetData, other: SetData): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) setTableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null) {
        incref(k);
        so.keys[i] = k;
        so.hashes[i] = other.hashes[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== Dummy) {
        incref(k);
        insertClean(so.keys, so.hashes, so.mask, k, other.hashes[i]);
      }
    }
    return;
  }
  // Snapshot: comparisons in setAddEntry may run Python code that mutates `other`.
  const keys = other.keys.slice(), hashes = other.hashes.slice();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && k !== Dummy) setAddEntry(so, k, hashes[i]);
  }
}

/** Active (key, hash) pairs in table order, borrowed (set_next). */
export function setEntries(so: SetData): [PyObject, HashT][] {
  const out: [PyObject, HashT][] = [];
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (k !== null && k !== Dummy) out.push([k, so.hashes[i]]);
  }
  return out;
}

const M64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

/** frozenset_hash, exactly (64-bit unsigned arithmetic, result as a signed Py_hash_t). */
export function frozensetHash(so: SetData): bigint {
  if (so.hash !== null) return so.hash;
  let h = 0n;
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (k !== null && k !== Dummy) h ^= shuffleBits(BigInt.asUintN(64, BigInt(so.hashes[i])));
  }
  h ^= ((BigInt(so.used) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  so.hash = BigInt.asIntN(64, h);
  return so.hash;
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** long_hash exactly, for ints past 2**53 whose tp_hash only fits a double (registered in abstract.ts). */
export function intHashExact(o: PyObject): bigint {
  const b = intBig(o);
  const neg = b < 0n;
  let h = (neg ? -b : b) % HASH_MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}
exactHashes.set(IntType, intHashExact);
