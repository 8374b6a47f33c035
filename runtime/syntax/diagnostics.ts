/**
 * The SyntaxDiagnostic record shared by the tokenizer and the parser: one
 * SyntaxError, IndentationError or TabError with the exact fields Python's
 * exception carries (msg, lineno, offset, end_lineno, end_offset, text).
 *
 * Only the data shape lives here; which message and position to report is
 * decided by tokenizer.ts and parseErrors.ts.
 */

export interface SyntaxDiagnostic {
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  /** CPython's message, e.g. "invalid syntax", "expected ':'". */
  msg: string;
  filename: string;
  /** 1-based, as SyntaxError.lineno. */
  lineno: number;
  /** 1-based character column, as SyntaxError.offset. */
  offset: number;
  end_lineno: number;
  end_offset: number;
  /** The source line, as SyntaxError.text. */
  text: string | null;
}
