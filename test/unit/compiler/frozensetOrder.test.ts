/**
 * runtime/compiler/frozensetOrder.ts against python3.12
 * (frozensetOrder.golden.json, from makeFrozensetGoldens.py): constant
 * hashes under PYTHONHASHSEED=0 (SipHash-1-3 for str and bytes, modular
 * hashes for numbers) and the order of frozenset constants of numbers,
 * which dis shows and which depends only on CPython's set table layout.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { constRepr } from '../../../runtime/bytecode/constRepr';
import { constHash, frozensetItems } from '../../../runtime/compiler/frozensetOrder';
import type { ConstantValue } from '../../../runtime/syntax/ast';

type Enc = string | { bytes: number[] } | { bool: boolean } | { int: string } | { float: string };

function dec(v: Enc): ConstantValue {
  if (typeof v === 'string') return v;
  if ('bytes' in v) return { kind: 'bytes', value: Uint8Array.from(v.bytes) };
  if ('bool' in v) return v.bool;
  if ('int' in v) return BigInt(v.int);
  return v.float === 'inf' ? Infinity : v.float === '-inf' ? -Infinity : Number(v.float);
}

const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'frozensetOrder.golden.json'), 'utf8')) as {
  hashes: { value: Enc; hash: string }[];
  sets: { items: Enc[]; repr: string }[];
};

test('constant hashes equal python3.12 hash() with PYTHONHASHSEED=0', () => {
  for (const h of golden.hashes) assert.equal(String(constHash(dec(h.value))), h.hash, JSON.stringify(h.value));
});

test('frozensets of numbers are deduplicated and ordered as python3.12 lays them out', () => {
  for (const s of golden.sets) {
    const items = frozensetItems(s.items.map(dec));
    assert.equal(constRepr({ kind: 'frozenset', items }), s.repr);
  }
});
