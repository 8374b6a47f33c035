/**
 * Python 3.12's tokenizer: turns a source string into the token list the
 * parser reads, following CPython's Parser/tokenizer.c — INDENT/DEDENT with
 * tabs (tab size 8, checked against tab size 1 for TabError), implicit line
 * joining inside brackets, backslash continuation, every number and string
 * literal form, and PEP 701 f-strings (FSTRING_START/MIDDLE/END with nested
 * expressions and format specs).
 *
 * It tokenizes the whole source eagerly and stops at the first error, which
 * it reports with CPython's message and position. It does not decode string
 * literals (strings.ts does) and produces no COMMENT/NL tokens.
 */

import { SyntaxDiagnostic } from './diagnostics';
import { SourceLines, utf16ToCodePointColumn } from './positions';
import {
  DEDENT,
  ENDMARKER,
  ERRORTOKEN,
  FSTRING_END,
  FSTRING_MIDDLE,
  FSTRING_START,
  INDENT,
  NAME,
  NEWLINE,
  NUMBER,
  ONE_CHAR_OPS,
  OP,
  STRING,
  THREE_CHAR_OPS,
  TWO_CHAR_OPS,
  Token,
} from './tokens';

/** An open bracket, remembered for "never closed" and "does not match" errors. */
export interface OpenBracket {
  ch: string;
  lineno: number;
  col: number;
  /** The f-string whose replacement field this `{` opens, if it opens one. */
  fstring: FStringMode | null;
}

/** One f-string being tokenized: CPython's tokenizer_mode. */
export interface FStringMode {
  quote: string;
  quoteSize: number;
  raw: boolean;
  /** Absolute index, line and line start of the f-string's prefix. */
  start: number;
  lineno: number;
  lineStart: number;
  /** True while scanning literal text (TOK_FSTRING_MODE), false inside `{...}`. */
  inLiteral: boolean;
  curlyDepth: number;
  exprStartDepth: number;
  inFormatSpec: boolean;
}

export interface TokenizerError {
  /** The diagnostic, without filename (the parser adds it). */
  diag: Omit<SyntaxDiagnostic, 'filename'>;
  /** Set when the source ended inside brackets: the parser decides how to report it. */
  unclosed: OpenBracket | null;
  /** True for an error CPython raises from inside an f-string's expression. */
  inFString: boolean;
}

export interface TokenizeResult {
  tokens: Token[];
  error: TokenizerError | null;
  lines: SourceLines;
  /** The newline-normalised source that positions refer to. */
  source: string;
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^[\p{XID_Continue}]$/u;
const PRINTABLE_EXCLUDED = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function isIdentStartAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdentCharAscii(c: number): boolean {
  return isIdentStartAscii(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Normalise line endings the way compile() does for str sources. */
export function normalizeSource(source: string): string {
  let s = source;
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  return s;
}

class Tokenizer {
  readonly tokens: Token[] = [];
  error: TokenizerError | null = null;
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private atBol = true;
  /** The current line holds only whitespace and a comment: it yields no NEWLINE. */
  private blank = false;
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly parens: OpenBracket[] = [];
  private readonly modes: FStringMode[] = [];

  private readonly len: number;

  constructor(
    private readonly src: string,
    readonly lines: SourceLines,
  ) {
    this.len = src.length;
  }

  // ----------------------------------------------------------- positions

  private byteCol(lineno: number, lineStart: number, idx: number): number {
    return this.lines.ascii ? idx - lineStart : this.lines.byteCol(lineno, idx - lineStart);
  }

  private add(type: number, start: number, end: number, startLine: number, startLineStart: number, text?: string): Token {
    const tok: Token = {
      type,
      string: text ?? this.src.slice(start, end),
      start,
      end,
      lineno: startLine,
      col: start - startLineStart,
      end_lineno: this.lineno,
      end_col: end - this.lineStart,
      col_offset: this.byteCol(startLine, startLineStart, start),
      end_col_offset: this.byteCol(this.lineno, this.lineStart, end),
      level: this.parens.length,
    };
    this.tokens.push(tok);
    return tok;
  }

  private lineText(lineno: number, withNewline: boolean): string {
    return this.lines.line(lineno, withNewline);
  }

  /** CPython's tokenizer-raised error: offset counts characters up to `cur`, text has no newline. */
  private fail(msg: string, cur: number, opts: { lineno?: number; lineStart?: number; type?: SyntaxDiagnostic['type']; offset?: number; endOffset?: number; text?: string } = {}): void {
    const lineno = opts.lineno ?? this.lineno;
    const lineStart = opts.lineStart ?? this.lineStart;
    const text = opts.text ?? this.lineText(lineno, false);
    const offset = opts.offset ?? utf16ToCodePointColumn(text, cur - lineStart);
    this.error = {
      diag: {
        type: opts.type ?? 'SyntaxError',
        msg,
        lineno,
        offset,
        end_lineno: lineno,
        end_offset: opts.endOffset ?? offset,
        text,
      },
      unclosed: null,
      inFString: this.modes.length > 0,
    };
    const col = Math.max(0, Math.min(cur, this.len) - lineStart);
    const bcol = this.byteCol(lineno, lineStart, lineStart + col);
    this.tokens.push({
      type: ERRORTOKEN,
      string: '',
      start: cur,
      end: cur,
      lineno,
      col,
      end_lineno: lineno,
      end_col: col,
      col_offset: bcol,
      end_col_offset: bcol,
      level: this.parens.length,
    });
  }

  private newline(at: number): void {
    this.lineno++;
    this.lineStart = at + 1;
  }

  // ---------------------------------------------------------------- main

  run(): void {
    while (!this.error) {
      const mode = this.modes.length ? this.modes[this.modes.length - 1] : null;
      if (mode && mode.inLiteral) {
        if (!this.fstringLiteral(mode)) break;
      } else if (!this.regular(mode)) break;
    }
  }

  /** Scans one token (or a batch of INDENT/DEDENT) in regular mode; false at the end. */
  private regular(mode: FStringMode | null): boolean {
    const src = this.src;
    if (this.atBol) {
      this.blank = false;
      this.atBol = false;
      let col = 0;
      let altcol = 0;
      let p = this.pos;
      for (;;) {
        const c = src.charCodeAt(p);
        if (c === 32) {
          col++;
          altcol++;
        } else if (c === 9) {
          col = (Math.floor(col / 8) + 1) * 8;
          altcol++;
        } else if (c === 12) {
          col = altcol = 0;
        } else break;
        p++;
      }
      this.pos = p;
      const c = p < this.len ? src.charCodeAt(p) : -1;
      if (c === 35 || c === 10) this.blank = true;
      if (!this.blank && this.parens.length === 0) {
        const top = this.indents.length - 1;
        if (col === this.indents[top]) {
          if (altcol !== this.altIndents[top]) return this.tabError();
        } else if (col > this.indents[top]) {
          if (altcol <= this.altIndents[top]) return this.tabError();
          this.indents.push(col);
          this.altIndents.push(altcol);
          if (this.indents.length > 100) {
            this.fail('too many levels of indentation', p, { type: 'IndentationError' });
            return false;
          }
          this.add(INDENT, p, p, this.lineno, this.lineStart, '');
        } else {
          let dedents = 0;
          while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
            this.indents.pop();
            this.altIndents.pop();
            dedents++;
          }
          if (col !== this.indents[this.indents.length - 1]) {
            const text = this.lineText(this.lineno, true);
            this.fail('unindent does not match any outer indentation level', p, {
              type: 'IndentationError',
              offset: utf16ToCodePointColumn(text, text.length),
              endOffset: -1,
              text,
            });
            return false;
          }
          if (altcol !== this.altIndents[this.altIndents.length - 1]) return this.tabError();
          for (let i = 0; i < dedents; i++) this.add(DEDENT, p, p, this.lineno, this.lineStart, '');
        }
      }
    }

    // Skip spaces, then dispatch on the first character of the token.
    let p = this.pos;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32 || c === 9 || c === 12) p++;
      else break;
    }
    this.pos = p;
    if (p >= this.len) return this.eof();
    const c = src.charCodeAt(p);

    if (c === 35) {
      // A comment runs to the end of the line; inside an f-string expression it is an error.
      if (mode) {
        this.fail("f-string expression part cannot include '#'", p + 1);
        return false;
      }
      let e = src.indexOf('\n', p);
      if (e === -1) e = this.len;
      this.pos = e;
      return true;
    }

    if (c === 10) {
      this.pos = p + 1;
      if (this.blank || this.parens.length > 0) {
        this.newline(p);
        this.atBol = true;
        return true;
      }
      this.add(NEWLINE, p, p + 1, this.lineno, this.lineStart, '');
      this.newline(p);
      this.atBol = true;

      return true;
    }

    if (isIdentStartAscii(c) || c >= 128) return this.identifier(p);
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(p + 1)))) return this.number(p);
    if (c === 34 || c === 39) return this.string(p, p, false);

    if (c === 92) {
      // A backslash continues the logical line; anything but a newline after it is an error.
      const n = src.charCodeAt(p + 1);
      if (p + 1 >= this.len) {
        const text = this.lineText(this.lineno, true);
        this.fail('unexpected EOF while parsing', p + 1, { offset: utf16ToCodePointColumn(text, p + 1 - this.lineStart) + 1, endOffset: -1, text });
        return false;
      }
      if (n !== 10) {
        const text = this.lineText(this.lineno, true);
        this.fail('unexpected character after line continuation character', p + 2, {
          offset: utf16ToCodePointColumn(text, p + 1 - this.lineStart) + 1,
          endOffset: 0,
          text,
        });
        return false;
      }
      this.newline(p + 1);
      this.pos = p + 2;

      if (this.pos >= this.len) {
        const text = this.lineText(this.lineno - 1, true);
        this.fail('unexpected EOF while parsing', p + 2, { lineno: this.lineno - 1, lineStart: this.lines.lineStart(this.lineno - 1), offset: utf16ToCodePointColumn(text, text.length) + 1, endOffset: -1, text });
        return false;
      }
      return true;
    }
    return this.operator(p, mode);
  }

  private tabError(): false {
    const text = this.lineText(this.lineno, true);
    this.fail('inconsistent use of tabs and spaces in indentation', this.pos, { type: 'TabError', offset: 1, endOffset: 0, text });
    return false;
  }

  private eof(): boolean {
    if (this.modes.length) {
      const m = this.modes[this.modes.length - 1];
      if (this.parens.length === 0 || this.parens[this.parens.length - 1].fstring === null) {
        // Fall through to the generic unclosed-bracket handling below.
      }
      void m;
    }
    if (this.parens.length > 0) {
      const b = this.parens[this.parens.length - 1];
      const text = this.lineText(b.lineno, false);
      this.error = {
        diag: {
          type: 'SyntaxError',
          msg: `'${b.ch}' was never closed`,
          lineno: b.lineno,
          offset: utf16ToCodePointColumn(text, b.col) + 1,
          end_lineno: b.lineno,
          end_offset: 0,
          text,
        },
        unclosed: b,
        inFString: false,
      };
      this.add(ERRORTOKEN, this.len, this.len, this.lineno, this.lineStart, '');
      return false;
    }
    // The source always ends with a NEWLINE, then DEDENTs back to column 0, then ENDMARKER.
    const last = this.tokens.length ? this.tokens[this.tokens.length - 1] : null;
    if (last && last.type !== NEWLINE && last.type !== DEDENT && last.type !== INDENT) {
      const t = this.add(NEWLINE, this.len, this.len, this.lineno, this.lineStart, '');
      t.end_col++;
      t.end_col_offset++;
    }
    const eofLine = this.lineStart === this.len ? this.lineno : this.lineno + 1;
    const mk = (type: number): void => {
      this.tokens.push({ type, string: '', start: this.len, end: this.len, lineno: eofLine, col: 0, end_lineno: eofLine, end_col: 0, col_offset: 0, end_col_offset: 0, level: 0 });
    };
    while (this.indents.length > 1) {
      this.indents.pop();
      mk(DEDENT);
    }
    mk(ENDMARKER);
    return false;
  }

  // --------------------------------------------------------- identifiers

  private identifier(p: number): boolean {
    const src = this.src;
    const start = p;
    // String prefixes: the legal combinations of b, r, u and f directly before a quote.
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      const c = src[p];
      if (!(sawB || sawU || sawF) && (c === 'b' || c === 'B')) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 'u' || c === 'U')) sawU = true;
      else if (!(sawR || sawU) && (c === 'r' || c === 'R')) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 'f' || c === 'F')) sawF = true;
      else break;
      p++;
      const q = src.charCodeAt(p);
      if (q === 34 || q === 39) {
        if (sawF) return this.fstringStart(start, p, sawR);
        return this.string(start, p, sawB);
      }
    }
    let nonAscii = false;
    while (p < this.len) {
      const c = src.charCodeAt(p);
      if (isIdentCharAscii(c)) p++;
      else if (c >= 128) {
        nonAscii = true;
        p++;
      } else break;
    }
    let text = src.slice(start, p);
    if (nonAscii) {
      // Check the identifier the way CPython's verify_identifier does, then NFKC-normalise it.
      let i = 0;
      for (const ch of text) {
        const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
        if (!ok) {
          const cp = ch.codePointAt(0)!;
          const hex = cp.toString(16).toUpperCase().padStart(4, '0');
          const cur = start + i + ch.length;
          if (PRINTABLE_EXCLUDED.test(ch) && ch !== ' ') this.fail(`invalid non-printable character U+${hex}`, cur);
          else this.fail(`invalid character '${ch}' (U+${hex})`, cur);
          return false;
        }
        i += ch.length;
      }
      text = text.normalize('NFKC');
    }
    this.add(NAME, start, p, this.lineno, this.lineStart, text);
    this.pos = p;
    return true;
  }

  // -------------------------------------------------------------- numbers

  /** CPython's verify_end_of_number: a letter glued to a number is an error (except keywords). */
  private verifyEnd(p: number, kind: string): boolean {
    const src = this.src;
    const c = src.charCodeAt(p);
    const rest = (s: string): boolean => src.startsWith(s, p + 1);
    let kw = false;
    switch (src[p]) {
      case 'a':
        kw = rest('nd');
        break;
      case 'e':
        kw = rest('lse');
        break;
      case 'f':
        kw = rest('or');
        break;
      case 'i': {
        const d = src[p + 1];
        kw = d === 'f' || d === 'n' || d === 's';
        break;
      }
      case 'o':
        kw = rest('r');
        break;
      case 'n':
        kw = rest('ot');
        break;
    }
    if (kw) return true;
    if (c < 128 && isIdentCharAscii(c)) {
      this.fail(`invalid ${kind} literal`, p);
      return false;
    }
    return true;
  }

  /** Digits with single underscores between them; returns the end, or -1 after reporting. */
  private decimalTail(p: number): number {
    const src = this.src;
    for (;;) {
      while (isDigit(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 95) return p;
      p++;
      if (!isDigit(src.charCodeAt(p))) {
        this.fail('invalid decimal literal', p);
        return -1;
      }
    }
  }

  private number(start: number): boolean {
    const src = this.src;
    let p = start;
    let c = src.charCodeAt(p);
    const finish = (end: number): boolean => {
      this.add(NUMBER, start, end, this.lineno, this.lineStart);
      this.pos = end;
      return true;
    };
    if (c === 48) {
      const n = src[p + 1];
      const radix = n === 'x' || n === 'X' ? 16 : n === 'o' || n === 'O' ? 8 : n === 'b' || n === 'B' ? 2 : 0;
      if (radix) {
        const name = radix === 16 ? 'hexadecimal' : radix === 8 ? 'octal' : 'binary';
        p += 2;
        const ok = (ch: number): boolean => (radix === 16 ? isHex(ch) : radix === 8 ? ch >= 48 && ch <= 55 : ch === 48 || ch === 49);
        do {
          if (src.charCodeAt(p) === 95) p++;
          c = src.charCodeAt(p);
          if (!ok(c)) {
            if (radix !== 16 && isDigit(c)) this.fail(`invalid digit '${src[p]}' in ${name} literal`, p + 1);
            else this.fail(`invalid ${name} literal`, p);
            return false;
          }
          while (ok(src.charCodeAt(p))) p++;
        } while (src.charCodeAt(p) === 95);
        if (radix !== 16 && isDigit(src.charCodeAt(p))) {
          this.fail(`invalid digit '${src[p]}' in ${name} literal`, p + 1);
          return false;
        }
        if (!this.verifyEnd(p, name)) return false;
        return finish(p);
      }
      // A leading zero: only zeros may follow, unless this is a float or imaginary literal.
      let nonzero = false;
      p++;
      for (;;) {
        if (src.charCodeAt(p) === 95) {
          p++;
          if (!isDigit(src.charCodeAt(p))) {
            this.fail('invalid decimal literal', p);
            return false;
          }
        }
        if (src.charCodeAt(p) !== 48) break;
        p++;
      }
      const zerosEnd = p + 1;
      if (isDigit(src.charCodeAt(p))) {
        nonzero = true;
        p = this.decimalTail(p);
        if (p < 0) return false;
      }
      c = src.charCodeAt(p);
      if (c === 46 || c === 101 || c === 69 || c === 106 || c === 74) return this.fraction(start, p);
      if (nonzero) {
        const text = this.lineText(this.lineno, false);
        this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', zerosEnd, {
          offset: utf16ToCodePointColumn(text, start - this.lineStart) + 1,
          endOffset: utf16ToCodePointColumn(text, zerosEnd - this.lineStart),
        });
        return false;
      }
      if (!this.verifyEnd(p, 'decimal')) return false;
      return finish(p);
    }
    if (c !== 46) {
      p = this.decimalTail(p);
      if (p < 0) return false;
    }
    return this.fraction(start, p);
  }

  /** The optional fraction, exponent and imaginary suffix of a decimal literal at `p`. */
  private fraction(start: number, p: number): boolean {
    const src = this.src;
    let c = src.charCodeAt(p);
    if (c === 46) {
      p++;
      if (isDigit(src.charCodeAt(p))) {
        p = this.decimalTail(p);
        if (p < 0) return false;
      }
      c = src.charCodeAt(p);
    }
    if (c === 101 || c === 69) {
      const e = p;
      p++;
      c = src.charCodeAt(p);
      if (c === 43 || c === 45) {
        p++;
        if (!isDigit(src.charCodeAt(p))) {
          this.fail('invalid decimal literal', p);
          return false;
        }
      } else if (!isDigit(c)) {
        if (!this.verifyEnd(e, 'decimal')) return false;
        this.add(NUMBER, start, e, this.lineno, this.lineStart);
        this.pos = e;
        return true;
      }
      p = this.decimalTail(p);
      if (p < 0) return false;
      c = src.charCodeAt(p);
    }
    if (c === 106 || c === 74) {
      p++;
      if (!this.verifyEnd(p, 'imaginary')) return false;
    } else if (!this.verifyEnd(p, 'decimal')) return false;
    this.add(NUMBER, start, p, this.lineno, this.lineStart);
    this.pos = p;
    return true;
  }

  // -------------------------------------------------------------- strings

  /** A (non-f) string literal whose prefix starts at `start` and quote at `q`. */
  private string(start: number, q: number, isBytes: boolean): boolean {
    void isBytes;
    const src = this.src;
    const quote = src.charCodeAt(q);
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    let p = q + 1;
    let quoteSize = 1;
    let endQuote = 0;
    if (src.charCodeAt(p) === quote) {
      if (src.charCodeAt(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuote = 1;
        p++;
      }
    }
    while (endQuote !== quoteSize) {
      if (p >= this.len || (quoteSize === 1 && src.charCodeAt(p) === 10)) {
        const detected = p >= this.len && src.charCodeAt(this.len - 1) === 10 ? this.lineno - 1 : this.lineno;
        const mode = this.modes.length ? this.modes[this.modes.length - 1] : null;
        if (mode && mode.quote.charCodeAt(0) === quote && mode.quoteSize === quoteSize) {
          this.fail("f-string: expecting '}'", start + 1, { lineno: startLine, lineStart: startLineStart });
          return false;
        }
        this.fail(
          quoteSize === 3
            ? `unterminated triple-quoted string literal (detected at line ${detected})`
            : `unterminated string literal (detected at line ${detected})`,
          start + 1,
          { lineno: startLine, lineStart: startLineStart },
        );
        return false;
      }
      const c = src.charCodeAt(p++);
      if (c === quote) endQuote++;
      else {
        endQuote = 0;
        if (c === 10) this.newline(p - 1);
        else if (c === 92 && p < this.len) {
          if (src.charCodeAt(p) === 10) this.newline(p);
          p++;
        }
      }
    }
    this.tokens.push({
      type: STRING,
      string: src.slice(start, p),
      start,
      end: p,
      lineno: startLine,
      col: start - startLineStart,
      end_lineno: this.lineno,
      end_col: p - this.lineStart,
      col_offset: this.byteCol(startLine, startLineStart, start),
      end_col_offset: this.byteCol(this.lineno, this.lineStart, p),
      level: this.parens.length,
    });
    this.pos = p;
    return true;
  }

  private fstringStart(start: number, q: number, raw: boolean): boolean {
    const src = this.src;
    const quote = src[q];
    let p = q + 1;
    let quoteSize = 1;
    if (src[p] === quote && src[p + 1] === quote) {
      quoteSize = 3;
      p += 2;
    }
    if (this.modes.length >= 150) {
      this.fail('too many nested f-strings', p);
      return false;
    }
    this.add(FSTRING_START, start, p, this.lineno, this.lineStart);
    this.modes.push({
      quote,
      quoteSize,
      raw,
      start,
      lineno: this.lineno,
      lineStart: this.lineStart,
      inLiteral: true,
      curlyDepth: 0,
      exprStartDepth: -1,
      inFormatSpec: false,
    });
    this.pos = p;
    return true;
  }

  /** Literal text of an f-string (TOK_FSTRING_MODE): FSTRING_MIDDLE, or FSTRING_END. */
  private fstringLiteral(mode: FStringMode): boolean {
    const src = this.src;
    const start = this.pos;
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    let p = start;
    if (src[p] === '{' && src[p + 1] !== '{') {
      mode.exprStartDepth++;
      mode.inLiteral = false;
      return true;
    }
    if (src.startsWith(mode.quoteSize === 3 ? mode.quote.repeat(3) : mode.quote, p)) {
      p += mode.quoteSize;
      this.add(FSTRING_END, start, p, this.lineno, this.lineStart);
      this.modes.pop();
      this.pos = p;
      return true;
    }
    // An escaped brace ends the token's text before the second brace, but the token spans it.
    const middle = (end: number, next: number): boolean => {
      const tokEnd = next > end ? next : end;
      this.tokens.push({
        type: FSTRING_MIDDLE,
        string: src.slice(start, end),
        start,
        end: tokEnd,
        lineno: startLine,
        col: start - startLineStart,
        end_lineno: this.lineno,
        end_col: tokEnd - this.lineStart,
        col_offset: this.byteCol(startLine, startLineStart, start),
        end_col_offset: this.byteCol(this.lineno, this.lineStart, tokEnd),
        level: this.parens.length,
      });
      this.pos = next;
      return true;
    };
    let endQuote = 0;
    let unicodeEscape = false;
    while (endQuote !== mode.quoteSize) {
      const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
      if (p >= this.len || (mode.quoteSize === 1 && src.charCodeAt(p) === 10)) {
        if (inFormatSpec && p < this.len) {
          mode.inLiteral = false;
          return middle(p, p);
        }
        const detected = p >= this.len && src.charCodeAt(this.len - 1) === 10 ? this.lineno - 1 : this.lineno;
        this.fail(
          mode.quoteSize === 3
            ? `unterminated triple-quoted f-string literal (detected at line ${detected})`
            : `unterminated f-string literal (detected at line ${detected})`,
          mode.start + 1,
          { lineno: mode.lineno, lineStart: mode.lineStart },
        );
        return false;
      }
      const c = src[p++];
      if (c === mode.quote) {
        endQuote++;
        continue;
      }
      endQuote = 0;
      if (c === '\n') this.newline(p - 1);
      else if (c === '{') {
        if (src[p] !== '{' || inFormatSpec) {
          mode.exprStartDepth++;
          mode.inLiteral = false;
          mode.inFormatSpec = false;
          return middle(p - 1, p - 1);
        }
        return middle(p, p + 1);
      } else if (c === '}') {
        if (unicodeEscape) return middle(p, p);
        if (src[p] === '}' && !inFormatSpec) return middle(p, p + 1);
        mode.inLiteral = false;
        return middle(p - 1, p - 1);
      } else if (c === '\\') {
        let n = src[p];
        if (n === '{' || n === '}') continue;
        if (p < this.len) {
          p++;
          if (n === '\n') this.newline(p - 1);
        }
        if (!mode.raw && n === 'N' && src[p] === '{') {
          p++;
          unicodeEscape = true;
        }
        n = '';
      }
    }
    return middle(p - mode.quoteSize, p - mode.quoteSize);
  }

  // ------------------------------------------------------------ operators

  private operator(p: number, mode: FStringMode | null): boolean {
    const src = this.src;
    const c = src[p];
    if (mode && (c === ':' || c === '}' || c === '!' || c === '{') && mode.exprStartDepth >= 0) {
      const cursor = mode.curlyDepth - (c !== '{' ? 1 : 0);
      const top = this.parens.length ? this.parens[this.parens.length - 1] : null;
      if (c === ':' && cursor === mode.exprStartDepth && top && top.fstring === mode) {
        this.add(OP, p, p + 1, this.lineno, this.lineStart);
        this.pos = p + 1;
        mode.inLiteral = true;
        mode.inFormatSpec = true;
        return true;
      }
    }
    let len = 0;
    const three = src.substr(p, 3);
    if (THREE_CHAR_OPS.has(three)) len = 3;
    else if (TWO_CHAR_OPS.has(three.slice(0, 2))) len = 2;
    else if (ONE_CHAR_OPS.indexOf(c) !== -1) len = 1;
    if (len === 0) {
      // Anything else is an invalid character, reported like CPython does.
      const cp = src.codePointAt(p)!;
      const ch = String.fromCodePoint(cp);
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      if (cp < 128 && (cp < 32 || cp === 127)) this.fail(`invalid non-printable character U+${hex}`, p + 1);
      else if (c === '$' || c === '?' || c === '`') this.fail('invalid syntax', p + 1, { offset: undefined });
      else this.fail(`invalid character '${ch}' (U+${hex})`, p + 1);
      return false;
    }
    if (len === 1) {
      if (c === '(' || c === '[' || c === '{') {
        if (this.parens.length >= 200) {
          this.fail('too many nested parentheses', p + 1);
          return false;
        }
        let fs: FStringMode | null = null;
        if (c === '{' && mode) {
          if (mode.curlyDepth === mode.exprStartDepth) fs = mode;
          mode.curlyDepth++;
        }
        this.parens.push({ ch: c, lineno: this.lineno, col: p - this.lineStart, fstring: fs });
      } else if (c === ')' || c === ']' || c === '}') {
        if (mode && c === '}' && mode.curlyDepth === 0) {
          this.fail("f-string: single '}' is not allowed", p + 1);
          return false;
        }
        if (this.parens.length === 0) {
          this.fail(`unmatched '${c}'`, p + 1);
          return false;
        }
        const open = this.parens.pop()!;
        const want = open.ch === '(' ? ')' : open.ch === '[' ? ']' : '}';
        if (want !== c) {
          if (open.lineno !== this.lineno) {
            this.fail(`closing parenthesis '${c}' does not match opening parenthesis '${open.ch}' on line ${open.lineno}`, p + 1);
          } else this.fail(`closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'`, p + 1);
          return false;
        }
        if (mode && c === '}') {
          mode.curlyDepth--;
          if (mode.curlyDepth === mode.exprStartDepth) {
            mode.exprStartDepth--;
            mode.inLiteral = true;
            mode.inFormatSpec = mode.exprStartDepth >= 0;
          }
        }
      }
    }
    this.add(OP, p, p + len, this.lineno, this.lineStart);
    this.pos = p + len;
    return true;
  }
}

/** Tokenizes `source` (any line endings). Never throws. */
export function tokenize(source: string): TokenizeResult {
  const src = normalizeSource(source);
  const lines = new SourceLines(src);
  const t = new Tokenizer(src, lines);
  t.run();
  return { tokens: t.tokens, error: t.error, lines, source: src };
}
