/**
 * The parser's cursor over the token list and the few primitives every
 * grammar file shares: peeking (which records the furthest token looked at,
 * where CPython reports a generic "invalid syntax"), consuming, node
 * locations taken from tokens, and the two ways a parse stops (a generic
 * failure, or a specific SyntaxError).
 *
 * It holds no grammar rules; expressions.ts, statements.ts, patterns.ts and
 * fstrings.ts do.
 */

import type * as ast from './ast';
import type { SyntaxDiagnostic } from './diagnostics';
import { SourceLines, utf16ToCodePointColumn, byteToUtf16Column } from './positions';
import { DEDENT, ENDMARKER, ERRORTOKEN, INDENT, NAME, NEWLINE, OP, Token } from './tokens';
import type { TokenizerError } from './tokenizer';

/** Thrown when no grammar alternative matches: report "invalid syntax" at the furthest token. */
export class ParseFail {
  readonly fail = true;
}
/** Thrown once a specific error has been recorded in `Parser.error`. */
export class ParseRaise {
  readonly raise = true;
}
const FAIL = new ParseFail();
const RAISE = new ParseRaise();

export type Loc = ast.Located;

export class Parser {
  i = 0;
  /** Index of the furthest token examined: CPython's `p->fill - 1`. */
  max = 0;
  /** True during the second pass, when the invalid_* checks are on. */
  errorPass = false;
  error: SyntaxDiagnostic | null = null;
  /** Nesting of f-string replacement fields being parsed. */
  fstringDepth = 0;

  constructor(
    readonly toks: Token[],
    readonly lines: SourceLines,
    readonly source: string,
    readonly filename: string,
    readonly tokError: TokenizerError | null,
  ) {}

  peek(): Token {
    const i = this.i;
    if (i > this.max) this.max = i;
    const t = this.toks[i];
    if (t.type === ERRORTOKEN) throw FAIL;
    return t;
  }
  /** The token `k` places ahead of the cursor. */
  peekAt(k: number): Token {
    let i = this.i + k;
    if (i >= this.toks.length) i = this.toks.length - 1;
    if (i > this.max) this.max = i;
    const t = this.toks[i];
    if (t.type === ERRORTOKEN) throw FAIL;
    return t;
  }
  next(): Token {
    const t = this.peek();
    if (t.type !== ENDMARKER) this.i++;
    return t;
  }
  /** The last token consumed (whose end ends the node being built). */
  last(): Token {
    return this.toks[this.i - 1];
  }
  isOp(s: string): boolean {
    const t = this.peek();
    return t.type === OP && t.string === s;
  }
  isKw(s: string): boolean {
    const t = this.peek();
    return t.type === NAME && t.string === s;
  }
  eatOp(s: string): Token | null {
    const t = this.peek();
    if (t.type === OP && t.string === s) {
      this.i++;
      return t;
    }
    return null;
  }
  eatKw(s: string): Token | null {
    const t = this.peek();
    if (t.type === NAME && t.string === s) {
      this.i++;
      return t;
    }
    return null;
  }
  expectOp(s: string): Token {
    const t = this.eatOp(s);
    if (!t) throw FAIL;
    return t;
  }
  expectKw(s: string): Token {
    const t = this.eatKw(s);
    if (!t) throw FAIL;
    return t;
  }
  /** CPython's forced token (`&&'x'`): a missing one is "expected 'x'" at once, in either pass. */
  forceOp(s: string): Token {
    const t = this.peek();
    if (t.type === OP && t.string === s) {
      this.i++;
      return t;
    }
    return this.raiseAt(`expected '${s}'`, t, t);
  }
  fail(): never {
    throw FAIL;
  }

  // ------------------------------------------------------------ locations

  loc(s: Loc, e: Loc): Loc {
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }
  /** From `s` to the end of the last consumed token: CPython's EXTRA. */
  extra(s: Loc): Loc {
    const e = this.toks[this.i - 1];
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }

  /** EXTRA for compound statements: ends at the last consumed token that is not NEWLINE/INDENT/DEDENT. */
  extraBlock(s: Loc): Loc {
    let j = this.i - 1;
    while (j > 0) {
      const ty = this.toks[j].type;
      if (ty !== NEWLINE && ty !== INDENT && ty !== DEDENT) break;
      j--;
    }
    const e = this.toks[j];
    return { lineno: s.lineno, col_offset: s.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }

  // --------------------------------------------------------------- errors

  /**
   * Records a SyntaxError spanning `s`..`e` (AST byte positions), the way
   * CPython's RAISE_ERROR_KNOWN_LOCATION does, and stops the parse.
   */
  raiseAt(msg: string, s: Loc, e: Loc | null | 'end0', type: SyntaxDiagnostic['type'] = 'SyntaxError'): never {
    if (!this.error) {
      const endTok = this.toks[this.toks.length - 1];
      if (s === endTok && endTok.type === ENDMARKER) {
        // CPython's ENDMARKER has no column: it reports the end of the last line instead.
        const lastLine = this.source.endsWith('\n') ? this.lines.lineCount - 1 : this.lines.lineCount;
        const text = this.lines.line(lastLine, true);
        this.error = { type, msg, filename: this.filename, lineno: lastLine, offset: utf16ToCodePointColumn(text, text.length), end_lineno: lastLine, end_offset: -1, text };
      } else if (e === 'end0') {
        this.error = { ...this.diag(msg, s, null, type), end_offset: 0 };
      } else this.error = this.diag(msg, s, e, type);
    }
    throw RAISE;
  }
  /** A SyntaxError at the last token examined (CPython's RAISE_SYNTAX_ERROR). */
  raiseHere(msg: string): never {
    const t = this.toks[Math.min(this.max, this.toks.length - 1)];
    return this.raiseAt(msg, t, t);
  }
  diag(msg: string, s: Loc, e: Loc | null, type: SyntaxDiagnostic['type']): SyntaxDiagnostic {
    const line = this.lines.line(s.lineno, false);
    const offset = this.charCol(line, s.col_offset) + 1;
    let endOffset = -1;
    let endLine = s.lineno;
    if (e) {
      endLine = e.end_lineno;
      const eline = endLine === s.lineno ? line : this.lines.line(endLine, false);
      endOffset = this.charCol(eline, e.end_col_offset) + 1;
    }
    return { type, msg, filename: this.filename, lineno: s.lineno, offset, end_lineno: endLine, end_offset: endOffset, text: this.errorText(s.lineno) };
  }
  charCol(line: string, byteCol: number): number {
    return utf16ToCodePointColumn(line, byteToUtf16Column(line, byteCol));
  }
  /**
   * SyntaxError.text: CPython shows the tokenizer's current line with its
   * newline when the error is on it, and the bare line otherwise.
   */
  errorText(lineno: number): string {
    const far = this.toks[Math.min(this.max, this.toks.length - 1)];
    const cur = far.type === ENDMARKER ? far.lineno - 1 : far.end_lineno;
    const withNl = lineno >= cur;
    let t = this.lines.line(lineno, withNl);
    if (withNl && !t.endsWith('\n')) t += '\n';
    return t;
  }
}

export function isFail(e: unknown): e is ParseFail {
  return e instanceof ParseFail;
}
export function isRaise(e: unknown): e is ParseRaise {
  return e instanceof ParseRaise;
}
