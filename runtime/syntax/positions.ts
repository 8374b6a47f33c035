/**
 * Column conversions between the three ways a position inside a line is
 * counted: UTF-8 bytes (what CPython's AST and code objects carry), UTF-16
 * code units (what JavaScript strings and LSP editors use) and code points
 * (what SyntaxError.offset counts). Also `SourceLines`, which finds a line's
 * text and start in a source string.
 *
 * It deliberately knows nothing about tokens or nodes.
 */

/** Number of UTF-8 bytes needed for `text.slice(0, utf16Col)`. */
export function utf16ToByteColumn(text: string, utf16Col: number): number {
  let bytes = 0;
  const n = Math.min(utf16Col, text.length);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
        continue;
      }
      bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The UTF-16 column at which byte column `byteCol` of `text` falls. */
export function byteToUtf16Column(text: string, byteCol: number): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byteCol) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 2;
      continue;
    } else bytes += 3;
    i++;
  }
  return i + Math.max(0, byteCol - bytes);
}

/** Number of code points in `text.slice(0, utf16Col)`: SyntaxError's way of counting. */
export function utf16ToCodePointColumn(text: string, utf16Col: number): number {
  let n = 0;
  const end = Math.min(utf16Col, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) i++;
    n++;
  }
  return n + Math.max(0, utf16Col - text.length);
}

/** The UTF-16 column of code point column `cpCol` in `text`. */
export function codePointToUtf16Column(text: string, cpCol: number): number {
  let i = 0;
  let n = 0;
  while (i < text.length && n < cpCol) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    n++;
  }
  return i + (cpCol - n);
}

/** Line lookup over a newline-normalised source (only '\n' separates lines). */
export class SourceLines {
  readonly lineStarts: number[];
  readonly ascii: boolean;
  constructor(readonly source: string) {
    const starts = [0];
    let i = source.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = source.indexOf('\n', i + 1);
    }
    this.lineStarts = starts;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(source);
  }
  get lineCount(): number {
    return this.lineStarts.length;
  }
  /** Absolute index where 1-based line `lineno` starts. */
  lineStart(lineno: number): number {
    return this.lineStarts[Math.min(Math.max(lineno, 1), this.lineStarts.length) - 1];
  }
  /** Text of 1-based line `lineno`, with its '\n' when `withNewline` and it has one. */
  line(lineno: number, withNewline = false): string {
    if (lineno < 1 || lineno > this.lineStarts.length) return '';
    const s = this.lineStarts[lineno - 1];
    const e = lineno < this.lineStarts.length ? this.lineStarts[lineno] - 1 : this.source.length;
    return this.source.slice(s, withNewline && lineno < this.lineStarts.length ? e + 1 : e);
  }
  /** UTF-8 byte column of UTF-16 column `col` on line `lineno`. */
  byteCol(lineno: number, col: number): number {
    if (this.ascii) return col;
    const s = this.lineStarts[lineno - 1];
    return utf16ToByteColumn(this.source.slice(s, s + col), col);
  }
}
