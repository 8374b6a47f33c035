/**
 * Unit tests for the tokenizer: token kinds, text and positions for each
 * lexical form (indentation, continuation, numbers, strings, f-strings,
 * operators) and its error reports. Expected values were read off
 * python3.12's tokenize module for the same sources.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../runtime/syntax/tokenizer';
import { tokName } from '../../../runtime/syntax/tokens';

function kinds(src: string): string[] {
  return tokenize(src).tokens.map((t) => `${tokName[t.type]} ${JSON.stringify(t.string)} ${t.lineno},${t.col}-${t.end_lineno},${t.end_col}`);
}

test('simple assignment yields NAME OP NUMBER NEWLINE ENDMARKER with positions', () => {
  assert.deepEqual(kinds('x = 1'), ['NAME "x" 1,0-1,1', 'OP "=" 1,2-1,3', 'NUMBER "1" 1,4-1,5', 'NEWLINE "" 1,5-1,6', 'ENDMARKER "" 2,0-2,0']);
});

test('indentation produces INDENT and DEDENT tokens', () => {
  const k = tokenize('if x:\n  y\nz\n').tokens.map((t) => tokName[t.type]);
  assert.deepEqual(k, ['NAME', 'NAME', 'OP', 'NEWLINE', 'INDENT', 'NAME', 'NEWLINE', 'DEDENT', 'NAME', 'NEWLINE', 'ENDMARKER']);
});

test('a tab indents to the next multiple of eight, consistently with tab+spaces', () => {
  const r = tokenize('if x:\n\tif y:\n\t    z\n\t    w\n');
  assert.equal(r.error, null);
  assert.equal(r.tokens.filter((t) => tokName[t.type] === 'INDENT').length, 2);
});

test('dedenting several levels at once yields several DEDENTs', () => {
  const k = tokenize('if a:\n if b:\n  c\nd\n').tokens.filter((t) => tokName[t.type] === 'DEDENT');
  assert.equal(k.length, 2);
});

test('newlines inside brackets and after a backslash do not end the line', () => {
  const k = tokenize('x = (1,\n 2)\ny = 1 + \\\n 2\n').tokens.filter((t) => tokName[t.type] === 'NEWLINE');
  assert.equal(k.length, 2);
});

test('comment-only and blank lines yield no tokens', () => {
  const k = tokenize('# c\n\n   # d\nx\n').tokens.map((t) => tokName[t.type]);
  assert.deepEqual(k, ['NAME', 'NEWLINE', 'ENDMARKER']);
});

test('number literals of every form are single NUMBER tokens', () => {
  for (const n of ['0', '1_000', '0x_fF', '0o17', '0b1_0', '1.', '.5', '1e-5', '1_0.0_1E+1_0', '3j', '1.5J', '00']) {
    const t = tokenize(n).tokens[0];
    assert.equal(tokName[t.type], 'NUMBER', n);
    assert.equal(t.string, n);
  }
});

test('string prefixes and triple quotes are single STRING tokens', () => {
  for (const s of ["'a'", '"a"', "r'\\n'", "b'x'", "Rb'x'", "bR'x'", "u'x'", "'''a\nb'''", '"""a"b"""', "''"]) {
    const t = tokenize(s).tokens[0];
    assert.equal(tokName[t.type], 'STRING', s);
    assert.equal(t.string, s);
  }
});

test('a triple-quoted string reports its end on a later line', () => {
  const t = tokenize("s = '''a\nbc'''\n").tokens[2];
  assert.deepEqual([t.lineno, t.col, t.end_lineno, t.end_col], [1, 4, 2, 5]);
});

test('f-strings split into FSTRING_START, MIDDLE, replacement fields and END', () => {
  assert.deepEqual(kinds('f"a{x!r:>{w}}b"'), [
    'FSTRING_START "f\\"" 1,0-1,2',
    'FSTRING_MIDDLE "a" 1,2-1,3',
    'OP "{" 1,3-1,4',
    'NAME "x" 1,4-1,5',
    'OP "!" 1,5-1,6',
    'NAME "r" 1,6-1,7',
    'OP ":" 1,7-1,8',
    'FSTRING_MIDDLE ">" 1,8-1,9',
    'OP "{" 1,9-1,10',
    'NAME "w" 1,10-1,11',
    'OP "}" 1,11-1,12',
    'FSTRING_MIDDLE "" 1,12-1,12',
    'OP "}" 1,12-1,13',
    'FSTRING_MIDDLE "b" 1,13-1,14',
    'FSTRING_END "\\"" 1,14-1,15',
    'NEWLINE "" 1,15-1,16',
    'ENDMARKER "" 2,0-2,0',
  ]);
});

test('doubled braces in an f-string are literal text', () => {
  const mids = tokenize('f"a{{b}}c"').tokens.filter((t) => tokName[t.type] === 'FSTRING_MIDDLE').map((t) => t.string);
  assert.deepEqual(mids, ['a{', 'b}', 'c']);
});

test('an f-string may reuse its own quote inside a replacement field (PEP 701)', () => {
  const r = tokenize('f"{"x"}"');
  assert.equal(r.error, null);
  assert.deepEqual(r.tokens.map((t) => tokName[t.type]).slice(0, 5), ['FSTRING_START', 'OP', 'STRING', 'OP', 'FSTRING_END']);
});

test('a colon inside brackets in a replacement field is not a format spec', () => {
  const r = tokenize('f"{x[1:2]}"');
  assert.equal(r.tokens.filter((t) => tokName[t.type] === 'FSTRING_MIDDLE').length, 0);
});

test('multi-character operators are matched longest first', () => {
  const ops = tokenize('a **= b // c -> d := e ... f != g <<= h').tokens.filter((t) => tokName[t.type] === 'OP').map((t) => t.string);
  assert.deepEqual(ops, ['**=', '//', '->', ':=', '...', '!=', '<<=']);
});

test('non-ASCII identifiers get UTF-8 byte columns and NFKC normalisation', () => {
  const t = tokenize('é = ﬁ').tokens;
  assert.equal(t[0].end_col, 1);
  assert.equal(t[0].end_col_offset, 2);
  assert.equal(t[2].string, 'fi');
});

test('CRLF line endings are normalised', () => {
  const k = tokenize('x = 1\r\ny = 2\r\n').tokens.filter((t) => tokName[t.type] === 'NEWLINE');
  assert.equal(k.length, 2);
});

test('tokenizer errors carry CPython messages and positions', () => {
  const cases: [string, string, number][] = [
    ["s = 'abc\n", 'unterminated string literal (detected at line 1)', 5],
    ['x = )\n', "unmatched ')'", 5],
    ['x = (]\n', "closing parenthesis ']' does not match opening parenthesis '('", 6],
    ['x = 1_\n', 'invalid decimal literal', 6],
    ['x = 0b12\n', "invalid digit '2' in binary literal", 8],
    ['€ = 1\n', "invalid character '€' (U+20AC)", 1],
    ["f'}'\n", "f-string: single '}' is not allowed", 3],
  ];
  for (const [src, msg, offset] of cases) {
    const e = tokenize(src).error;
    assert.ok(e, src);
    assert.equal(e.diag.msg, msg);
    assert.equal(e.diag.offset, offset, src);
  }
});

test('an unclosed bracket at the end of input is reported as unclosed, not raised', () => {
  const e = tokenize('foo(\n').error;
  assert.ok(e?.unclosed);
  assert.equal(e.diag.msg, "'(' was never closed");
});

test('inconsistent tabs and spaces are a TabError', () => {
  const e = tokenize('if x:\n\ta\n        b\n').error;
  assert.equal(e?.diag.type, 'TabError');
});
