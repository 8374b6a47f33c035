/**
 * Decoders for the two side tables of a 3.12 code object that the VM needs
 * per instruction: the location table (co_positions(): line, end line,
 * column, end column for every code unit; Objects/locations.md) and the
 * exception table (Objects/exception_handling_notes.txt). Both are decoded
 * once per code object into flat arrays indexed by code unit, so the eval
 * loop and tracebacks never parse bytes.
 *
 * It deliberately does not merge ranges into co_lines() form; the debugger
 * helper in inspect/codeLines.ts does that for breakpoints.
 */

/** Per code unit: [line, endLine, col, endCol] with -1 for "none". */
export function decodePositions(table: Uint8Array, firstLine: number, nunits: number): Int32Array {
  const out = new Int32Array(nunits * 4).fill(-1);
  let pos = 0;
  let line = firstLine;
  let unit = 0;
  const varint = (): number => {
    let b = table[pos++];
    let v = b & 63;
    let shift = 6;
    while (b & 64) {
      b = table[pos++];
      v |= (b & 63) << shift;
      shift += 6;
    }
    return v;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };
  while (pos < table.length && unit < nunits) {
    const first = table[pos++];
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l = -1, el = -1, c = -1, ec = -1;
    if (code === 15) {
      // No location.
    } else if (code === 14) {
      line += svarint();
      l = line;
      el = line + varint();
      c = varint() - 1;
      ec = varint() - 1;
    } else if (code === 13) {
      line += svarint();
      l = el = line;
    } else if (code >= 10) {
      line += code - 10;
      l = el = line;
      c = table[pos++];
      ec = table[pos++];
    } else {
      const second = table[pos++];
      l = el = line;
      c = code * 8 + ((second >> 4) & 7);
      ec = c + (second & 15);
    }
    for (let i = 0; i < len && unit < nunits; i++, unit++) {
      out[unit * 4] = l;
      out[unit * 4 + 1] = el;
      out[unit * 4 + 2] = c;
      out[unit * 4 + 3] = ec;
    }
  }
  return out;
}

export interface ExceptionEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export function parseExceptionTable(table: Uint8Array): ExceptionEntry[] {
  const out: ExceptionEntry[] = [];
  let pos = 0;
  const varint = (): number => {
    let b = table[pos++];
    let v = b & 63;
    while (b & 64) {
      b = table[pos++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (pos < table.length) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) !== 0 });
  }
  return out;
}

/** The handler covering code unit `instr`, or null. */
export function findHandler(entries: readonly ExceptionEntry[], instr: number): ExceptionEntry | null {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (instr >= e.start && instr < e.end) return e;
  }
  return null;
}
