/**
 * The VM's flat views of a 3.12 code object's side tables: the location
 * table expanded into one [line, endLine, col, endCol] row per code unit,
 * so that the eval loop, tracebacks and the line hook index an array
 * instead of parsing bytes. Decoding itself is runtime/bytecode's (shared
 * with dis and the compiler's tests); the exception table's entries are
 * used as bytecode/exceptionTable.ts decodes them.
 *
 * It deliberately does not merge ranges into co_lines() form; the debugger
 * does that in inspect/codeLines.ts for breakpoints.
 */

import { decodeLineTable } from '../bytecode/lineTable';

export { decodeExceptionTable as parseExceptionTable, findHandler } from '../bytecode/exceptionTable';
export type { ExceptionTableEntry as ExceptionEntry } from '../bytecode/exceptionTable';

/** Per code unit: [line, endLine, col, endCol] with -1 for "none". */
export function decodePositions(table: Uint8Array, firstLine: number, nunits: number): Int32Array {
  const out = new Int32Array(nunits * 4).fill(-1);
  let unit = 0;
  for (const e of decodeLineTable(table, firstLine)) {
    for (let i = 0; i < e.units && unit < nunits; i++, unit++) {
      out[unit * 4] = e.lineno;
      out[unit * 4 + 1] = e.end_lineno;
      out[unit * 4 + 2] = e.col;
      out[unit * 4 + 3] = e.end_col;
    }
  }
  return out;
}
