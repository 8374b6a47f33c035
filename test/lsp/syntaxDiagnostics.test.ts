/**
 * Unit tests for the conversion from CPython's syntax errors (1-based line,
 * 1-based code point offset, sometimes an unknown end) to LSP diagnostics
 * (0-based line, 0-based UTF-16 character). They need no server and no
 * parser: the errors are written out by hand as CPython 3.12 reports them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toLspDiagnostics, DIAGNOSTIC_SOURCE } from '../../language-server/syntaxDiagnostics';
import { oneBasedCodePointColumn, toZeroBasedUtf16Character } from '../../language-server/positions';
import type { SyntaxDiagnostic } from '../../runtime/syntax/diagnostics';

function err(fields: Partial<SyntaxDiagnostic>): SyntaxDiagnostic {
  return {
    type: 'SyntaxError',
    msg: 'invalid syntax',
    filename: 'case.py',
    lineno: 1,
    offset: 1,
    end_lineno: 1,
    end_offset: 2,
    text: '',
    ...fields,
  } as SyntaxDiagnostic;
}

test('CPython line 1 offset 8 becomes LSP line 0 character 7', () => {
  const [d] = toLspDiagnostics('def f()\n    return 1\n', [err({ msg: "expected ':'", offset: 8, end_offset: 9 })]);
  assert.deepEqual(d.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 8 } });
  assert.equal(d.message, "expected ':'");
  assert.equal(d.source, DIAGNOSTIC_SOURCE);
  assert.equal(d.code, 'SyntaxError');
  assert.equal(d.severity, 1);
});

test('the error class travels as the diagnostic code', () => {
  const [d] = toLspDiagnostics('if True:\npass\n', [
    err({ type: 'IndentationError', msg: "expected an indented block after 'if' statement on line 1", lineno: 2, end_lineno: 2, offset: 1, end_offset: 5 }),
  ]);
  assert.equal(d.code, 'IndentationError');
  assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
});

test('an unknown end (end_offset 0 or -1) covers the one character CPython points at', () => {
  const text = 'x = (1,\n';
  for (const end_offset of [0, -1]) {
    const [d] = toLspDiagnostics(text, [err({ msg: "'(' was never closed", offset: 5, end_offset })]);
    assert.deepEqual(d.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 5 } });
  }
});

test('an end equal to the start also covers one character', () => {
  const [d] = toLspDiagnostics("s = 'abc\n", [err({ offset: 5, end_offset: 5 })]);
  assert.deepEqual(d.range.end, { line: 0, character: 5 });
});

test('a multi-line error keeps its end line', () => {
  const [d] = toLspDiagnostics('x = [\n1,\n2 3]\n', [err({ lineno: 1, offset: 5, end_lineno: 3, end_offset: 4 })]);
  assert.deepEqual(d.range, { start: { line: 0, character: 4 }, end: { line: 2, character: 3 } });
});

test('code points outside the BMP count as two UTF-16 characters', () => {
  // '\u{1F600}' is one code point (CPython counts 1) but two UTF-16 units (LSP counts 2).
  const line = "s = '\u{1F600}' $";
  assert.equal(toZeroBasedUtf16Character(line, oneBasedCodePointColumn(10)), 10);
  assert.equal(toZeroBasedUtf16Character(line, oneBasedCodePointColumn(6)), 5);
  assert.equal(toZeroBasedUtf16Character(line, oneBasedCodePointColumn(7)), 7);
});

test('columns past the end of the line continue one per column', () => {
  assert.equal(toZeroBasedUtf16Character('abc', oneBasedCodePointColumn(5)), 4);
});

test('\\r\\n line endings do not shift lines', () => {
  const [d] = toLspDiagnostics('x = 1\r\ny = (\r\n', [err({ lineno: 2, offset: 5, end_lineno: 2, end_offset: 0 })]);
  assert.deepEqual(d.range.start, { line: 1, character: 4 });
});

test('no errors give no diagnostics', () => {
  assert.deepEqual(toLspDiagnostics('x = 1\n', []), []);
});
