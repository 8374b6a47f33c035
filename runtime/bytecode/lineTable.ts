/**
 * CPython 3.12's location table (co_linetable, Objects/locations.md):
 * the encoder the assembler uses and the decoders everyone else uses.
 *
 * API for the VM, tracebacks and the debugger:
 *  - `co_positions(code)`: one entry per instruction (not per CACHE unit),
 *    `{ start, lineno, end_lineno, col_offset, end_col_offset }` where
 *    `start` is the instruction's BYTE offset in co_code and a missing
 *    value is null (as Python's None). Columns are 0-based UTF-8 bytes.
 *  - `co_positions_units(code)`: the same per 16-bit code unit, exactly
 *    as Python's `code.co_positions()` yields (CACHE units included).
 *  - `co_lines(code)`: `{ start, end, line }` byte ranges, merged as
 *    Python's `code.co_lines()` (line null where there is none).
 *  - `addr2line(code, byteOffset)`: the line of one instruction (or -1).
 * It does not know about opcodes beyond the CACHE counts needed to skip
 * caches in `co_positions`.
 */

import type { CodeData } from './codeData';
import { OPCODE_BY_CODE } from './opcodes';

/** A source range; -1 marks a missing value (CPython's NO_LOCATION). */
export interface LocationSpan {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col_offset: number;
  readonly end_col_offset: number;
}

/** `size` consecutive code units sharing one location. */
export interface LocationRun {
  loc: LocationSpan;
  size: number;
}

export interface Position {
  /** Byte offset of the instruction (or code unit) in co_code. */
  start: number;
  lineno: number | null;
  end_lineno: number | null;
  col_offset: number | null;
  end_col_offset: number | null;
}

export interface LineRange {
  /** Byte offsets, end exclusive. */
  start: number;
  end: number;
  line: number | null;
}

const enum Code {
  NONE = 15,
  LONG = 14,
  NO_COLUMNS = 13,
  ONE_LINE0 = 10,
}

function writeVarint(out: number[], v: number): void {
  while (v >= 64) {
    out.push(0x40 | (v & 0x3f));
    v >>>= 6;
  }
  out.push(v);
}

function writeSvarint(out: number[], v: number): void {
  writeVarint(out, v < 0 ? ((-v) << 1) | 1 : v << 1);
}

/** Encodes location runs (assemble_location_info / write_location_info_entry). */
export function encodeLineTable(runs: readonly LocationRun[], firstlineno: number): Uint8Array {
  const out: number[] = [];
  let prevLine = firstlineno;
  const entry = (loc: LocationSpan, isize: number) => {
    const head = (code: number) => out.push(0x80 | (code << 3) | (isize - 1));
    if (loc.lineno < 0) {
      head(Code.NONE);
      return;
    }
    const lineDelta = loc.lineno - prevLine;
    const column = loc.col_offset;
    const endColumn = loc.end_col_offset;
    if (column < 0 || endColumn < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        head(Code.NO_COLUMNS);
        writeSvarint(out, lineDelta);
        prevLine = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        head(column >> 3);
        out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        head(Code.ONE_LINE0 + lineDelta);
        out.push(column, endColumn);
        prevLine = loc.lineno;
        return;
      }
    }
    head(Code.LONG);
    writeSvarint(out, lineDelta);
    writeVarint(out, loc.end_lineno - loc.lineno);
    writeVarint(out, column + 1);
    writeVarint(out, endColumn + 1);
    prevLine = loc.lineno;
  };
  for (const run of runs) {
    let size = run.size;
    if (size === 0) continue;
    while (size > 8) {
      entry(run.loc, 8);
      size -= 8;
    }
    entry(run.loc, size);
  }
  return Uint8Array.from(out);
}

interface Entry {
  units: number;
  lineno: number;
  end_lineno: number;
  col: number;
  end_col: number;
}

/** Decodes the table into entries (code units, location with -1 for none). */
export function decodeLineTable(table: Uint8Array, firstlineno: number): Entry[] {
  const entries: Entry[] = [];
  let line = firstlineno;
  let i = 0;
  const readVarint = () => {
    let b = table[i++];
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = table[i++];
      shift += 6;
      val |= (b & 63) << shift;
    }
    return val;
  };
  const readSvarint = () => {
    const u = readVarint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (i < table.length) {
    const first = table[i++];
    const code = (first >> 3) & 15;
    const units = (first & 7) + 1;
    if (code === Code.NONE) {
      entries.push({ units, lineno: -1, end_lineno: -1, col: -1, end_col: -1 });
    } else if (code === Code.LONG) {
      line += readSvarint();
      const endLine = line + readVarint();
      const col = readVarint() - 1;
      const endCol = readVarint() - 1;
      entries.push({ units, lineno: line, end_lineno: endLine, col, end_col: endCol });
    } else if (code === Code.NO_COLUMNS) {
      line += readSvarint();
      entries.push({ units, lineno: line, end_lineno: line, col: -1, end_col: -1 });
    } else if (code >= Code.ONE_LINE0) {
      line += code - Code.ONE_LINE0;
      const col = table[i++];
      const endCol = table[i++];
      entries.push({ units, lineno: line, end_lineno: line, col, end_col: endCol });
    } else {
      const second = table[i++];
      const col = code * 8 + ((second >> 4) & 7);
      entries.push({ units, lineno: line, end_lineno: line, col, end_col: col + (second & 15) });
    }
  }
  return entries;
}

const orNull = (v: number) => (v < 0 ? null : v);

/** Python's `code.co_positions()`: one position per 16-bit code unit. */
export function co_positions_units(code: CodeData): Position[] {
  const out: Position[] = [];
  let unit = 0;
  for (const e of decodeLineTable(code.co_linetable, code.co_firstlineno)) {
    for (let k = 0; k < e.units; k++) {
      out.push({
        start: 2 * unit++,
        lineno: orNull(e.lineno),
        end_lineno: orNull(e.end_lineno),
        col_offset: orNull(e.col),
        end_col_offset: orNull(e.end_col),
      });
    }
  }
  return out;
}

/** One position per instruction (CACHE units skipped), keyed by byte offset. */
export function co_positions(code: CodeData): Position[] {
  const units = co_positions_units(code);
  const out: Position[] = [];
  const bytes = code.co_code;
  for (let off = 0; off < bytes.length; ) {
    const p = units[off >> 1];
    if (p) out.push(p);
    const caches = OPCODE_BY_CODE.get(bytes[off])?.caches ?? 0;
    off += 2 * (1 + caches);
  }
  return out;
}

/** Python's `code.co_lines()`: byte ranges with their line, merged. */
export function co_lines(code: CodeData): LineRange[] {
  const out: LineRange[] = [];
  let unit = 0;
  for (const e of decodeLineTable(code.co_linetable, code.co_firstlineno)) {
    const line = e.lineno < 0 ? null : e.lineno;
    const start = 2 * unit;
    unit += e.units;
    const prev = out[out.length - 1];
    if (prev && prev.line === line) prev.end = 2 * unit;
    else out.push({ start, end: 2 * unit, line });
  }
  return out;
}

/** The line of the instruction at `byteOffset`, or -1 when it has none. */
export function addr2line(code: CodeData, byteOffset: number): number {
  for (const r of co_lines(code)) {
    if (byteOffset >= r.start && byteOffset < r.end) return r.line ?? -1;
  }
  return -1;
}
