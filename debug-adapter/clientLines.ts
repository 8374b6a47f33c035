/**
 * Line numbers at the adapter's edge. A DAP client says in `initialize`
 * whether its lines start at 0 or 1; the runtime always counts from 1, as
 * CPython does. These types carry the base so a bare number never crosses
 * the boundary unconverted.
 *
 * It deliberately handles lines only; the adapter reports no columns
 * beyond the start of a line.
 */

import { line1, type Line1 } from '../runtime/inspect/api';

/** A line as the client counts it (0- or 1-based, per its initialize request). */
export type ClientLine = number & { readonly __lineBase: 'client' };

export class ClientLines {
  constructor(private readonly clientStartsAt1: boolean) {}

  toRuntime(line: number): Line1 {
    return line1(this.clientStartsAt1 ? line : line + 1);
  }

  toClient(line: Line1): ClientLine {
    return (this.clientStartsAt1 ? line : line - 1) as ClientLine;
  }

  /** The first column of a line, in the client's base. */
  firstColumn(columnsStartAt1: boolean): number {
    return columnsStartAt1 ? 1 : 0;
  }
}
