/**
 * The order of a frozenset constant's items, as `dis` and iteration show
 * it in python3.12: items are deduplicated by Python equality (1, 1.0 and
 * True are one item; the first one stays) and laid out in CPython's set
 * hash table (Objects/setobject.c: 8 slots to start, 9 linear probes,
 * perturbed probing, growth at 60% fill), inserted in source order and
 * re-laid out from its own iteration order as many times as CPython
 * re-creates the object (layoutPasses).
 * Hashes follow CPython's: ints and floats modulo 2**61-1, str and bytes
 * by SipHash-1-3 with the key PYTHONHASHSEED=0 gives (the dis goldens are
 * generated that way; string order is otherwise random per process).
 * Items of other types (None, tuples, complex...) are left in source
 * order, as their hashes are not modelled here.
 */

import type { ConstantValue } from '../syntax/ast';
import { constKey } from './constants';

const M64 = (1n << 64n) - 1n;
const MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61n;
const HASH_INF = 314159n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & M64;
}

/** CPython's siphash13 with a zero key. */
function siphash13(data: Uint8Array): bigint {
  const k0 = 0n;
  const k1 = 0n;
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & M64;
    v2 = (v2 + v3) & M64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M64;
    v0 = (v0 + v3) & M64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  let i = 0;
  const n = data.length;
  for (; i + 8 <= n; i += 8) {
    let mi = 0n;
    for (let j = 7; j >= 0; j--) mi = (mi << 8n) | BigInt(data[i + j]);
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  let t = 0n;
  for (let j = n - i - 1; j >= 0; j--) t = (t << 8n) | BigInt(data[i + j]);
  const b = ((BigInt(n) << 56n) & M64) | t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & M64;
}

/** Signed 64-bit view of an unsigned hash, with -1 turned into -2. */
function finish(x: bigint): bigint {
  let h = BigInt.asIntN(64, x);
  if (h === -1n) h = -2n;
  return h;
}

/** PyUnicode data in its canonical kind (1, 2 or 4 bytes per code point), little-endian. */
function unicodeData(s: string): Uint8Array {
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const max = cps.reduce((m, c) => Math.max(m, c), 0);
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * kind);
  cps.forEach((c, i) => {
    for (let k = 0; k < kind; k++) out[i * kind + k] = (c >> (8 * k)) & 0xff;
  });
  return out;
}

function hashBytes(data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  return finish(siphash13(data));
}

function hashInt(v: bigint): bigint {
  const neg = v < 0n;
  let x = (neg ? -v : v) % MODULUS;
  if (neg) x = -x;
  return x === -1n ? -2n : x;
}

/** _Py_HashDouble for finite and infinite floats. */
function hashFloat(v: number): bigint {
  if (!Number.isFinite(v)) return v > 0 ? HASH_INF : -HASH_INF;
  if (Number.isInteger(v)) return hashInt(BigInt(v));
  // frexp: v = m * 2**e with 0.5 <= |m| < 1.
  let e = Math.floor(Math.log2(Math.abs(v))) + 1;
  let m = v / 2 ** e;
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & MODULUS) | (x >> (HASH_BITS - eb));
  x = BigInt.asIntN(64, (x * sign) & M64);
  return x === -1n ? -2n : x;
}

/** hash() of a constant under PYTHONHASHSEED=0, or null when not modelled. */
export function constHash(v: ConstantValue): bigint | null {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return hashInt(v);
  if (typeof v === 'number') return Number.isNaN(v) ? null : hashFloat(v);
  if (typeof v === 'string') return hashBytes(unicodeData(v));
  if (v !== null && typeof v === 'object' && v.kind === 'bytes') return hashBytes(v.value);
  return null;
}

function numeric(v: ConstantValue): number | bigint | null {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  return null;
}

/** Python `==` between two hashable constants of the kinds handled here. */
function pyEqual(a: ConstantValue, b: ConstantValue): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== null && nb !== null) {
    if (typeof na === 'bigint' && typeof nb === 'bigint') return na === nb;
    if (typeof na === 'number' && typeof nb === 'number') return na === nb;
    const f = typeof na === 'number' ? na : (nb as number);
    const i = typeof na === 'bigint' ? na : (nb as bigint);
    return Number.isInteger(f) && BigInt(f) === i;
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.kind === 'bytes' && b.kind === 'bytes') {
    return a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i]);
  }
  return false;
}

interface Slot {
  key: ConstantValue;
  hash: bigint;
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** Builds a set table by adding `items` in order; returns the table order. */
function layout(items: readonly ConstantValue[], hashes: bigint[]): { keys: ConstantValue[]; hashes: bigint[] } {
  let mask = 7;
  let table: (Slot | null)[] = new Array(8).fill(null);
  let used = 0;
  const insertClean = (tbl: (Slot | null)[], m: number, s: Slot) => {
    let perturb = BigInt.asUintN(64, s.hash);
    let i = Number(perturb & BigInt(m));
    for (;;) {
      if (tbl[i] === null) {
        tbl[i] = s;
        return;
      }
      if (i + LINEAR_PROBES <= m) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (tbl[i + j] === null) {
            tbl[i + j] = s;
            return;
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  for (let n = 0; n < items.length; n++) {
    const key = items[n];
    const hash = hashes[n];
    let perturb = BigInt.asUintN(64, hash);
    let i = Number(perturb & BigInt(mask));
    let placed = false;
    let duplicate = false;
    while (!placed && !duplicate) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const slot = table[i + j];
        if (slot === null) {
          table[i + j] = { key, hash };
          placed = true;
          break;
        }
        if (slot.hash === hash && pyEqual(slot.key, key)) {
          duplicate = true;
          break;
        }
      }
      if (placed || duplicate) break;
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
    if (duplicate) continue;
    used++;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let newsize = 8;
      while (newsize <= minused) newsize <<= 1;
      const fresh: (Slot | null)[] = new Array(newsize).fill(null);
      for (const s of table) if (s) insertClean(fresh, newsize - 1, s);
      table = fresh;
      mask = newsize - 1;
    }
  }
  const keys: ConstantValue[] = [];
  const hs: bigint[] = [];
  for (const s of table) {
    if (s) {
      keys.push(s.key);
      hs.push(s.hash);
    }
  }
  return { keys, hashes: hs };
}

/** Deduplicates by Python equality, keeping the first of equal items. */
function dedupeInOrder(items: readonly ConstantValue[]): ConstantValue[] {
  const out: ConstantValue[] = [];
  for (const v of items) if (!out.some((w) => pyEqual(w, v) || constKey(w) === constKey(v))) out.push(v);
  return out;
}

/**
 * How many times python3.12 lays the set out: once in the AST optimiser,
 * once more when the constant cache re-creates it, and a third time when
 * code object creation interns one of its strings into a different object.
 * Whether that happens depends on which equal strings the process has
 * interned before, which a compiler cannot know; this approximation (any
 * multi-character identifier-like string, or one of the single letters
 * CPython holds as a static identifier) matches all but one frozenset of
 * the 3.12 standard library's top-level modules (that one holds None,
 * whose hash is an address).
 */
function layoutPasses(items: readonly ConstantValue[]): number {
  const reinterned = items.some(
    (v) => typeof v === 'string' && /^[A-Za-z0-9_]+$/.test(v) && (v.length > 1 || 'abcdenprsx_'.includes(v)),
  );
  return reinterned ? 3 : 2;
}

/** The items of `frozenset(items)` as python3.12's compiler leaves them in co_consts. */
export function frozensetItems(items: readonly ConstantValue[], passes = layoutPasses(items)): ConstantValue[] {
  const hashes = items.map(constHash);
  if (hashes.some((h) => h === null)) return dedupeInOrder(items);
  let cur = { keys: items as ConstantValue[], hashes: hashes as bigint[] };
  for (let i = 0; i < passes; i++) cur = layout(cur.keys, cur.hashes);
  return cur.keys;
}
