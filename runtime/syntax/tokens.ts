/**
 * Token kinds and the Token record produced by the tokenizer, named after
 * CPython 3.12's `token` module (NAME, NUMBER, STRING, OP, FSTRING_START...).
 *
 * A token carries its position twice: UTF-16 columns (`col`, `end_col`, for
 * editors and SyntaxError offsets) and UTF-8 byte columns (`col_offset`,
 * `end_col_offset`, what CPython's AST nodes carry). Comments and NL tokens
 * are deliberately not produced: the parser never needs them.
 */

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const OP = 7;
export const FSTRING_START = 8;
export const FSTRING_MIDDLE = 9;
export const FSTRING_END = 10;
export const ERRORTOKEN = 11;

/** Names of the kinds above, indexed by kind, as `token.tok_name` spells them. */
export const tokName: readonly string[] = [
  'ENDMARKER',
  'NAME',
  'NUMBER',
  'STRING',
  'NEWLINE',
  'INDENT',
  'DEDENT',
  'OP',
  'FSTRING_START',
  'FSTRING_MIDDLE',
  'FSTRING_END',
  'ERRORTOKEN',
];

export interface Token {
  type: number;
  /** The exact source text (for NAME already NFKC-normalised; '' for NEWLINE/INDENT/DEDENT). */
  string: string;
  /** Absolute UTF-16 indexes of the token in the (newline-normalised) source. */
  start: number;
  end: number;
  lineno: number;
  /** 0-based UTF-16 column. */
  col: number;
  end_lineno: number;
  end_col: number;
  /** 0-based UTF-8 byte column, as CPython's AST reports. */
  col_offset: number;
  end_col_offset: number;
  /** Brackets open after this token (CPython's token level): 0 outside any. */
  level: number;
}

/** Python 3.12's hard keywords: never usable as names. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

/** Operators, longest first within each length, as the tokenizer matches them. */
export const THREE_CHAR_OPS: ReadonlySet<string> = new Set(['**=', '...', '//=', '<<=', '>>=']);
export const TWO_CHAR_OPS: ReadonlySet<string> = new Set([
  '!=',
  '%=',
  '&=',
  '**',
  '*=',
  '+=',
  '-=',
  '->',
  '//',
  '/=',
  ':=',
  '<<',
  '<=',
  '==',
  '>=',
  '>>',
  '@=',
  '^=',
  '|=',
  '<>',
]);
export const ONE_CHAR_OPS = '%&()*+,-./:;<=>@[]^{|}~!';
