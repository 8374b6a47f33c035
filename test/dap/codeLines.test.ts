/**
 * Checks runtime/inspect/codeLines.ts against CPython 3.12 itself: for every
 * code object of the fixtures, decoding python3.12's co_linetable must give
 * exactly what python3.12's co_lines() gave (goldens written by
 * test/dap/makeGoldens.py), and breakpoint placement must move blank and
 * comment lines to the next line with code.
 *
 * It deliberately uses CPython's tables, not our compiler's, so it tests the
 * reader alone.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { line1 } from '../../runtime/inspect/api';
import { breakpointLine, coLines, linesWithCode, type LineTableSource } from '../../runtime/inspect/codeLines';
import { repoRoot } from './repoRoot';

interface GoldenCode {
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: string;
  co_lines: [number, number, number | null][];
}

function golden(name: string): GoldenCode[] {
  const path = join(repoRoot(), 'test', 'dap', 'goldens', `${name}.lines.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { codes: GoldenCode[] }).codes;
}

function source(code: GoldenCode, nested: LineTableSource[] = []): LineTableSource {
  return {
    co_firstlineno: code.co_firstlineno,
    co_linetable: Uint8Array.from(Buffer.from(code.co_linetable, 'hex')),
    co_consts: nested,
  };
}

for (const fixture of ['lines', 'functions']) {
  test(`co_lines of every code object in ${fixture}.py matches python3.12`, () => {
    const codes = golden(fixture);
    assert.ok(codes.length > 1);
    for (const code of codes) {
      const ours = coLines(source(code)).map((r) => [r.start, r.end, r.line]);
      assert.deepEqual(ours, code.co_lines, code.co_qualname);
    }
  });
}

test('lines with code include those of nested code objects and never line 0', () => {
  const codes = golden('lines');
  const expected = new Set<number>();
  for (const code of codes) for (const [, , line] of code.co_lines) if (line) expected.add(line);
  // The golden lists codes depth-first; nesting all under the module is enough for the union.
  const module = source(codes[0], codes.slice(1).map((c) => source(c)));
  const ours = linesWithCode(module);
  assert.deepEqual([...ours].sort((a, b) => a - b), [...expected].sort((a, b) => a - b));
  assert.ok(!ours.has(0));
  assert.ok(ours.has(116), 'the body of the function after the 73-line comment block (a multi-byte line delta)');
});

test('a breakpoint on a blank or comment line moves to the next line with code', () => {
  const lines = new Set([3, 6, 7, 10]);
  assert.equal(breakpointLine(lines, line1(6)), 6);
  assert.equal(breakpointLine(lines, line1(4)), 6);
  assert.equal(breakpointLine(lines, line1(8)), 10);
  assert.equal(breakpointLine(lines, line1(11)), null);
});
