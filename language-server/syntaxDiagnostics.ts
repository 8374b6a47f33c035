/**
 * Turns the runtime parser's syntax errors into LSP diagnostics. The message
 * is CPython's own (`expected ':'`), the error class (SyntaxError,
 * IndentationError, TabError) is the diagnostic's code, and the range is
 * CPython's 1-based line/offset converted to LSP's 0-based line/UTF-16
 * character.
 *
 * It deliberately does not parse, and does not talk to a connection: it is a
 * pure function from source text and errors to diagnostics, so it can be
 * tested without a server.
 */
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import type { SyntaxDiagnostic } from '../runtime/syntax/diagnostics';
import {
  oneBasedCodePointColumn,
  oneBasedLine,
  toZeroBasedLine,
  toZeroBasedUtf16Character,
  type OneBasedCodePointColumn,
  type OneBasedLine,
} from './positions';

/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'refscope';

function lspPosition(lines: readonly string[], line: OneBasedLine, column: OneBasedCodePointColumn): Position {
  const zeroLine = toZeroBasedLine(line);
  const text = lines[zeroLine] ?? '';
  return { line: zeroLine, character: toZeroBasedUtf16Character(text, column) };
}

/**
 * CPython leaves the end unknown in several ways: `end_lineno` None,
 * `end_offset` 0 or -1 ("'(' was never closed", TabError, "unexpected
 * indent"), or an end before the start. Then the error covers the one
 * character CPython points at.
 */
function hasKnownEnd(e: SyntaxDiagnostic): boolean {
  if (e.end_lineno == null || e.end_offset == null || e.end_offset <= 0) return false;
  if (e.end_lineno < e.lineno) return false;
  return e.end_lineno > e.lineno || e.end_offset > e.offset;
}

export function toLspDiagnostic(lines: readonly string[], e: SyntaxDiagnostic): Diagnostic {
  const startLine = oneBasedLine(e.lineno);
  const startColumn = oneBasedCodePointColumn(Math.max(1, e.offset ?? 1));
  const start = lspPosition(lines, startLine, startColumn);
  const end = hasKnownEnd(e)
    ? lspPosition(lines, oneBasedLine(e.end_lineno as number), oneBasedCodePointColumn(e.end_offset as number))
    : lspPosition(lines, startLine, oneBasedCodePointColumn(startColumn + 1));
  return {
    range: { start, end },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: e.type,
    message: e.msg,
  };
}

/** Splits like CPython's tokenizer counts lines: \r\n, \r and \n all end one. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function toLspDiagnostics(text: string, errors: readonly SyntaxDiagnostic[]): Diagnostic[] {
  const lines = splitLines(text);
  return errors.map((e) => toLspDiagnostic(lines, e));
}
