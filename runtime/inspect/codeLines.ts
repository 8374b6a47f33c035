/**
 * Reads CPython 3.12's location table (`co_linetable`, described in
 * Objects/locations.md) into what `code.co_lines()` yields, and collects
 * the lines of a module that have code, recursing into nested code objects
 * in `co_consts`. The debugger uses this to verify breakpoints and to move
 * one set on a blank line to the next line with code, as debugpy does.
 *
 * It deliberately does not read column positions (`co_positions()`); the
 * debugger stops at lines. Lines are 1-based, CPython's own numbering.
 */

import type { Line1 } from './api';

/** The fields of a code object this module reads; CodeData and live code objects both have them. */
export interface LineTableSource {
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_consts: readonly unknown[];
}

/** One `co_lines()` entry: code units' byte offsets [start, end) and their line, or null. */
export interface LineRange {
  start: number;
  end: number;
  line: number | null;
}

/** The location-table entry codes of Objects/locations.md. */
const enum LocationCode {
  SHORT_FORM_LAST = 9,
  ONE_LINE_0 = 10,
  ONE_LINE_2 = 12,
  NO_COLUMNS = 13,
  LONG = 14,
  NONE = 15,
}

/** Decodes the table into one range per entry, before merging. */
function entries(table: Uint8Array, firstLine: number): LineRange[] {
  const out: LineRange[] = [];
  let pos = 0;
  let line = firstLine;
  let offset = 0;
  const readVarint = (): number => {
    let byte = table[pos++];
    let value = byte & 63;
    let shift = 6;
    while (byte & 64) {
      byte = table[pos++];
      value |= (byte & 63) << shift;
      shift += 6;
    }
    return value;
  };
  const readSvarint = (): number => {
    const value = readVarint();
    return value & 1 ? -(value >> 1) : value >> 1;
  };
  while (pos < table.length) {
    const first = table[pos++];
    // Every entry starts with a byte whose top bit is set; anything else is a corrupt table.
    if (!(first & 0x80)) break;
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let entryLine: number | null = line;
    if (code === LocationCode.NONE) {
      entryLine = null;
    } else if (code === LocationCode.LONG) {
      line += readSvarint();
      readVarint();
      readVarint();
      readVarint();
      entryLine = line;
    } else if (code === LocationCode.NO_COLUMNS) {
      line += readSvarint();
      entryLine = line;
    } else if (code >= LocationCode.ONE_LINE_0 && code <= LocationCode.ONE_LINE_2) {
      line += code - LocationCode.ONE_LINE_0;
      pos += 2;
      entryLine = line;
    } else if (code <= LocationCode.SHORT_FORM_LAST) {
      pos += 1;
    }
    out.push({ start: offset, end: offset + length * 2, line: entryLine });
    offset += length * 2;
  }
  return out;
}

/** What `code.co_lines()` yields in CPython 3.12: consecutive entries of one line merged. */
export function coLines(code: LineTableSource): LineRange[] {
  const merged: LineRange[] = [];
  for (const range of entries(code.co_linetable, code.co_firstlineno)) {
    const last = merged[merged.length - 1];
    if (last && last.line === range.line) last.end = range.end;
    else merged.push({ ...range });
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
