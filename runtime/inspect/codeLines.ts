/**
 * Turns CPython 3.12's location table (`co_linetable`, decoded by
 * bytecode/lineTable.ts) into what `code.co_lines()` yields, and collects
 * the lines of a module that have code, recursing into nested code objects
 * in `co_consts`. The debugger uses this to verify breakpoints and to move
 * one set on a blank line to the next line with code, as debugpy does.
 *
 * It deliberately does not read column positions (`co_positions()`); the
 * debugger stops at lines. Lines are 1-based, CPython's own numbering.
 */

import type { Line1 } from './api';
import { decodeLineTable, type LineRange } from '../bytecode/lineTable';

/** The fields of a code object this module reads; CodeData and live code objects both have them. */
export interface LineTableSource {
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_consts: readonly unknown[];
}

/** One `co_lines()` entry: code units' byte offsets [start, end) and their line, or null. */
export type { LineRange };

/** What `code.co_lines()` yields in CPython 3.12: consecutive entries of one line merged. */
export function coLines(code: LineTableSource): LineRange[] {
  const merged: LineRange[] = [];
  let offset = 0;
  for (const entry of decodeLineTable(code.co_linetable, code.co_firstlineno)) {
    const line = entry.lineno < 0 ? null : entry.lineno;
    const start = offset;
    offset += entry.units * 2;
    const last = merged[merged.length - 1];
    if (last && last.line === line) last.end = offset;
    else merged.push({ start, end: offset, line });
  }
  return merged;
}

function isCode(value: unknown): value is LineTableSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    'co_linetable' in value &&
    'co_firstlineno' in value &&
    'co_consts' in value
  );
}

/** Every line that some instruction of the code object or of a nested one belongs to. */
export function linesWithCode(code: LineTableSource): Set<number> {
  const lines = new Set<number>();
  const visit = (co: LineTableSource): void => {
    for (const range of coLines(co)) {
      // Line 0 is where a module's RESUME sits; no line event ever fires for it.
      if (range.line !== null && range.line > 0) lines.add(range.line);
    }
    for (const constant of co.co_consts) {
      if (isCode(constant)) visit(constant);
      // Live code objects may keep their CodeData under `data`; follow it too.
      else if (typeof constant === 'object' && constant !== null && 'data' in constant && isCode(constant.data)) {
        visit(constant.data);
      }
    }
  };
  visit(code);
  return lines;
}

/**
 * Where a breakpoint requested on `line` lands: the line itself when it has
 * code, else the next line with code; null when no code follows.
 */
export function breakpointLine(lines: ReadonlySet<number>, line: Line1): Line1 | null {
  if (lines.has(line)) return line;
  let best: number | null = null;
  for (const candidate of lines) {
    if (candidate > line && (best === null || candidate < best)) best = candidate;
  }
  return best === null ? null : (best as Line1);
}
