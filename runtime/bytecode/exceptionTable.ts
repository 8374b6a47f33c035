/**
 * CPython 3.12's exception table (co_exceptiontable,
 * Objects/exception_handling_notes.txt): the assembler's encoder and the
 * decoder the VM uses to unwind.
 *
 * API: `parseExceptionTable(code)` returns `{ start, end, target, depth,
 * lasti }[]` in CODE UNITS (16-bit instruction words, i.e. byte offset / 2),
 * `end` exclusive, as CPython's own unwinder reads it; multiply by 2 for
 * the byte offsets `dis` prints. `findHandler(entries, unitOffset)` returns
 * the entry covering an instruction or null. Entries never overlap.
 * It does not decide how the VM unwinds; it only reads the table.
 */

import type { CodeData } from './codeData';

export interface ExceptionTableEntry {
  /** First covered code unit. */
  start: number;
  /** One past the last covered code unit. */
  end: number;
  /** Handler code unit. */
  target: number;
  /** Stack depth to unwind to before pushing (lasti and) the exception. */
  depth: number;
  /** Whether the offset of the raising instruction is pushed first. */
  lasti: boolean;
}

function writeItem(out: number[], value: number, msb: number): void {
  const chunks: number[] = [];
  for (let shift = 24; shift > 0; shift -= 6) {
    if (value >= 1 << shift) chunks.push((value >> shift) & 0x3f);
  }
  chunks.push(value & 0x3f);
  for (let i = 0; i < chunks.length; i++) {
    let byte = chunks[i];
    if (i < chunks.length - 1) byte |= 0x40;
    if (i === 0) byte |= msb;
    out.push(byte);
  }
}

export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    writeItem(out, e.start, 0x80);
    writeItem(out, e.end - e.start, 0);
    writeItem(out, e.target, 0);
    writeItem(out, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return Uint8Array.from(out);
}

export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let i = 0;
  const read = () => {
    let b = table[i++];
    let val = b & 63;
    while (b & 64) {
      b = table[i++];
      val = (val << 6) | (b & 63);
    }
    return val;
  };
  while (i < table.length) {
    const start = read();
    const length = read();
    const target = read();
    const dl = read();
    entries.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return entries;
}

export function parseExceptionTable(code: CodeData): ExceptionTableEntry[] {
  return decodeExceptionTable(code.co_exceptiontable);
}

/** The entry covering the instruction at code unit `unit`, or null. */
export function findHandler(entries: readonly ExceptionTableEntry[], unit: number): ExceptionTableEntry | null {
  for (const e of entries) if (unit >= e.start && unit < e.end) return e;
  return null;
}
