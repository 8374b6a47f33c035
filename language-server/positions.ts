/**
 * Positions that carry their base in their type. CPython reports syntax
 * errors with 1-based line numbers and 1-based character columns (counted
 * in code points); the Language Server Protocol wants 0-based lines and
 * 0-based characters counted in UTF-16 code units. Mixing those up is an
 * off-by-one that no type checker catches unless the numbers are branded,
 * so every conversion between the two worlds goes through this file.
 *
 * It deliberately knows nothing about diagnostics or the LSP library: it
 * converts numbers and nothing else.
 */

/** A line number as CPython counts it: the first line is 1. */
export type OneBasedLine = number & { readonly __base: 'one-based line' };
/** A column as CPython's SyntaxError.offset counts it: the first code point is 1. */
export type OneBasedCodePointColumn = number & { readonly __base: 'one-based code point column' };
/** A line number as LSP counts it: the first line is 0. */
export type ZeroBasedLine = number & { readonly __base: 'zero-based line' };
/** A character as LSP counts it by default: 0-based, in UTF-16 code units. */
export type ZeroBasedUtf16Character = number & { readonly __base: 'zero-based utf-16 character' };

export const oneBasedLine = (n: number): OneBasedLine => n as OneBasedLine;
export const oneBasedCodePointColumn = (n: number): OneBasedCodePointColumn => n as OneBasedCodePointColumn;

/** Line 1 in CPython is line 0 in LSP; nothing before the first line exists. */
export function toZeroBasedLine(line: OneBasedLine): ZeroBasedLine {
  return Math.max(0, line - 1) as ZeroBasedLine;
}

/**
 * Converts a 1-based code point column within `lineText` to a 0-based
 * UTF-16 character. Code points outside the Basic Multilingual Plane take
 * two UTF-16 units, so the two counts differ after an emoji. Columns past
 * the end of the text (CPython points one past the last character for
 * "expected ':'") continue one unit per column; LSP clients clamp them.
 */
export function toZeroBasedUtf16Character(lineText: string, column: OneBasedCodePointColumn): ZeroBasedUtf16Character {
  const codePoints = Math.max(0, column - 1);
  let units = 0;
  let seen = 0;
  for (const ch of lineText) {
    if (seen === codePoints) return units as ZeroBasedUtf16Character;
    units += ch.length;
    seen += 1;
  }
  return (units + (codePoints - seen)) as ZeroBasedUtf16Character;
}
