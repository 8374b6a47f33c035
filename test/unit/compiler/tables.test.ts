/**
 * The location table and exception table codecs: encoding then decoding
 * gives the input back for every location form CPython 3.12 uses (short,
 * one-line, no-column, long, none), runs longer than 8 code units are
 * split, and known python3.12 byte strings decode to what its
 * co_positions/co_lines/dis report.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeData } from '../../../runtime/bytecode/codeData';
import { decodeExceptionTable, encodeExceptionTable, findHandler } from '../../../runtime/bytecode/exceptionTable';
import { co_lines, co_positions, co_positions_units, decodeLineTable, encodeLineTable } from '../../../runtime/bytecode/lineTable';

function fromHex(h: string): Uint8Array {
  return Uint8Array.from(h.match(/../g)!.map((x) => parseInt(x, 16)));
}

test('line table round trip over every entry form', () => {
  const runs = [
    { loc: { lineno: 0, end_lineno: 1, col_offset: 0, end_col_offset: 0 }, size: 1 },
    { loc: { lineno: 1, end_lineno: 1, col_offset: 2, end_col_offset: 3 }, size: 1 },
    { loc: { lineno: 3, end_lineno: 3, col_offset: 100, end_col_offset: 120 }, size: 2 },
    { loc: { lineno: 3, end_lineno: 3, col_offset: -1, end_col_offset: -1 }, size: 1 },
    { loc: { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 }, size: 3 },
    { loc: { lineno: 40, end_lineno: 42, col_offset: 4, end_col_offset: 5 }, size: 11 },
    { loc: { lineno: 2, end_lineno: 2, col_offset: 300, end_col_offset: 301 }, size: 1 },
  ];
  const table = encodeLineTable(runs, 1);
  const entries = decodeLineTable(table, 1);
  const expanded: string[] = [];
  for (const r of runs) for (let i = 0; i < r.size; i++) expanded.push(JSON.stringify(r.loc));
  const decoded: string[] = [];
  for (const e of entries) {
    for (let i = 0; i < e.units; i++) {
      decoded.push(JSON.stringify({ lineno: e.lineno, end_lineno: e.end_lineno, col_offset: e.col, end_col_offset: e.end_col }));
    }
  }
  assert.deepEqual(decoded, expanded);
  assert.ok(entries.every((e) => e.units <= 8), 'entries cover at most 8 code units');
});

test("python3.12's table for `x = 1` decodes to its co_positions and co_lines", () => {
  // compile('x=1\n', 'm', 'exec'): RESUME, LOAD_CONST, STORE_NAME, RETURN_CONST.
  const code = {
    co_code: Uint8Array.from([151, 0, 100, 0, 90, 0, 121, 1]),
    co_linetable: fromHex('f003010101d802038101'),
    co_firstlineno: 1,
  } as unknown as CodeData;
  const units = co_positions_units(code).map((p) => [p.lineno, p.end_lineno, p.col_offset, p.end_col_offset]);
  assert.deepEqual(units, [
    [0, 1, 0, 0],
    [1, 1, 2, 3],
    [1, 1, 0, 1],
    [1, 1, 0, 1],
  ]);
  assert.deepEqual(co_positions(code).map((p) => p.start), [0, 2, 4, 6]);
  assert.deepEqual(co_lines(code), [
    { start: 0, end: 2, line: 0 },
    { start: 2, end: 8, line: 1 },
  ]);
});

test('exception table round trip, including multi-byte varints', () => {
  const entries = [
    { start: 2, end: 11, target: 20, depth: 0, lasti: false },
    { start: 11, end: 5000, target: 70000, depth: 3, lasti: true },
  ];
  const bytes = encodeExceptionTable(entries);
  assert.equal(bytes[0] & 0x80, 0x80, 'an entry starts with the high bit set');
  assert.deepEqual(decodeExceptionTable(bytes), entries);
  assert.equal(findHandler(entries, 10), entries[0]);
  assert.equal(findHandler(entries, 11), entries[1]);
  assert.equal(findHandler(entries, 1), null);
});

test("python3.12's exception table bytes decode as dis prints them", () => {
  // From `def f(a): return [x for x in a if x]`: dis prints
  // "10 to 22 -> 40 [2]" and "26 to 32 -> 40 [2]" (byte offsets).
  const entries = decodeExceptionTable(fromHex('850714048d041404'));
  assert.deepEqual(
    entries.map((e) => [e.start * 2, e.end * 2 - 2, e.target * 2, e.depth, e.lasti]),
    [
      [10, 22, 40, 2, false],
      [26, 32, 40, 2, false],
    ],
  );
});
