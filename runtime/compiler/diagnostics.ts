/**
 * Compile-time diagnostics: the SyntaxErrors CPython's symbol table and
 * compiler raise ("'return' outside function", "no binding for nonlocal
 * 'x' found", ...), with the same fields as the parser's SyntaxDiagnostic
 * so callers can treat both alike. Positions follow CPython: `offset` and
 * `end_offset` are 1-based character columns, converted from the AST's
 * UTF-8 byte columns when the source text is known.
 * This file only builds diagnostics; it never throws them.
 */

export interface CompileDiagnostic {
  type: 'SyntaxError';
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  /** 0 where CPython has None (errors about `from __future__` statements). */
  end_offset: number;
  /** The offending source line with its newline, or null without the source. */
  text: string | null;
}

/** A node position as the AST gives it (end fields may be missing). */
export interface SrcLoc {
  lineno: number;
  col_offset: number;
  end_lineno?: number;
  end_col_offset?: number;
}

function sourceLine(source: string | undefined, lineno: number): string | null {
  if (source === undefined || lineno < 1) return null;
  const lines = source.split(/(?<=\n)/);
  const line = lines[lineno - 1];
  if (line === undefined) return null;
  return line.endsWith('\n') ? line : line + '\n';
}

/** Converts a 0-based UTF-8 byte column to a 0-based character column. */
export function byteColToCharCol(line: string | null, byteCol: number): number {
  if (line === null) return byteCol;
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars += ch.length;
  }
  return chars;
}

export function makeDiagnostic(msg: string, filename: string, loc: SrcLoc, source?: string): CompileDiagnostic {
  const text = sourceLine(source, loc.lineno);
  const endLineno = loc.end_lineno ?? loc.lineno;
  return {
    type: 'SyntaxError',
    msg,
    filename,
    lineno: loc.lineno,
    offset: loc.col_offset + 1,
    end_lineno: endLineno,
    end_offset: (loc.end_col_offset ?? loc.col_offset) + 1,
    text,
  };
}
