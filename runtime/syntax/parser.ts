/**
 * The parser's entry point: `parse(source, filename, mode)` returns a tree
 * (Module, Expression or Interactive) or the first syntax error, exactly as
 * CPython 3.12's `compile()` would report it. Never throws.
 *
 * Like CPython's pegen, it parses twice on failure: a fast first pass, then a
 * second pass with the invalid_* checks switched on to find a specific
 * message; tokenizer errors and the generic "invalid syntax" are placed with
 * CPython's rules (see reportFailure). The grammar itself lives in
 * statements.ts, expressions.ts, patterns.ts, parameters.ts and fstrings.ts.
 */

import type * as ast from './ast';
import type { SyntaxDiagnostic } from './diagnostics';
import { Parser, isFail, isRaise } from './parserState';
import { statements, statement } from './statements';
import { starExpressions } from './expressions';
import { tokenize, TokenizeResult } from './tokenizer';
import { DEDENT, ENDMARKER, ERRORTOKEN, INDENT, NEWLINE } from './tokens';
import { utf16ToCodePointColumn } from './positions';

export type { SyntaxDiagnostic } from './diagnostics';
export type ParseMode = 'exec' | 'eval' | 'single';
export interface ParseResult {
  tree: ast.Module | ast.Expression | ast.Interactive | null;
  errors: SyntaxDiagnostic[];
}

function run(p: Parser, mode: ParseMode): ast.Module | ast.Expression | ast.Interactive {
  if (mode === 'eval') {
    const body = starExpressions(p);
    while (p.peek().type === NEWLINE) p.i++;
    if (p.peek().type !== ENDMARKER) p.fail();
    return { kind: 'Expression', body };
  }
  if (mode === 'single') {
    const body: ast.stmt[] = [];
    const t = p.peek();
    if (t.type === NEWLINE) p.i++;
    else if (t.type !== ENDMARKER) statement(p, body);
    while (p.peek().type === NEWLINE) p.i++;
    if (p.peek().type !== ENDMARKER) p.fail();
    return { kind: 'Interactive', body };
  }
  const body = statements(p);
  if (p.peek().type !== ENDMARKER) p.fail();
  return { kind: 'Module', body, type_ignores: [] };
}

export function parse(source: string, filename: string, mode: ParseMode = 'exec'): ParseResult {
  let tk: TokenizeResult | null = null;
  try {
    tk = tokenize(source);
    const p = new Parser(tk.tokens, tk.lines, tk.source, filename, tk.error);
    try {
      return { tree: run(p, mode), errors: [] };
    } catch (e) {
      if (!isFail(e) && !isRaise(e)) throw e;
    }
    let specific = p.error;
    let max = p.max;
    // A tokenizer error the parser ran into is raised at once, before any second pass.
    if (!specific && tk.error && !tk.error.unclosed && tk.tokens[Math.min(p.max, tk.tokens.length - 1)].type === ERRORTOKEN) {
      return { tree: null, errors: [{ ...tk.error.diag, filename }] };
    }
    if (!specific) {
      const p2 = new Parser(tk.tokens, tk.lines, tk.source, filename, tk.error);
      p2.errorPass = true;
      p2.max = p.max;
      try {
        run(p2, mode);
      } catch (e) {
        if (!isFail(e) && !isRaise(e)) throw e;
      }
      specific = p2.error;
      max = Math.max(max, p2.max);
    }
    return { tree: null, errors: [reportFailure(p, tk, specific, p.max, max, filename)] };
  } catch (e) {
    // A bug in the parser must not take the caller down: report it as a SyntaxError.
    const msg = e instanceof Error ? e.message : String(e);
    return {
      tree: null,
      errors: [{ type: 'SyntaxError', msg: `internal parser error: ${msg}`, filename, lineno: 1, offset: 1, end_lineno: 1, end_offset: 1, text: tk ? tk.lines.line(1) : null }],
    };
  }
}

/** CPython's _PyPegen_set_syntax_error and its full-source tokenizer check. */
function reportFailure(p: Parser, tk: TokenizeResult, specific: SyntaxDiagnostic | null, firstMax: number, max: number, filename: string): SyntaxDiagnostic {
  const tokErr = tk.error;
  const withFile = (d: Omit<SyntaxDiagnostic, 'filename'>): SyntaxDiagnostic => ({ ...d, filename });
  const last = tk.tokens[Math.min(firstMax, tk.tokens.length - 1)];
  const farthest = tk.tokens[Math.min(max, tk.tokens.length - 1)];
  let err: SyntaxDiagnostic;
  if (specific) err = specific;
  else if (last.type === ERRORTOKEN && tokErr) {
    if (tokErr.unclosed) return withFile(unclosedDiag(tk));
    return withFile(tokErr.diag);
  } else if (last.type === INDENT || last.type === DEDENT) {
    const text = tk.lines.line(last.lineno, true);
    return {
      type: 'IndentationError',
      msg: last.type === INDENT ? 'unexpected indent' : 'unexpected unindent',
      filename,
      lineno: last.lineno,
      offset: utf16ToCodePointColumn(text, last.col),
      end_lineno: last.lineno,
      end_offset: -1,
      text: text.endsWith('\n') ? text : text + '\n',
    };
  } else err = p.diag('invalid syntax', last, last, 'SyntaxError');
  if (farthest.type === ERRORTOKEN && tokErr && !specific) {
    if (tokErr.unclosed) return withFile(unclosedDiag(tk));
    return withFile(tokErr.diag);
  }
  // Tokenizer errors later in the file take priority, as CPython tokenizes the rest to look for them.
  if (tokErr) {
    if (tokErr.unclosed) {
      if (farthest.lineno > tokErr.unclosed.lineno) return withFile(unclosedDiag(tk));
    } else if (!tokErr.inFString) return withFile(tokErr.diag);
  }
  return err;
}

function unclosedDiag(tk: TokenizeResult): Omit<SyntaxDiagnostic, 'filename'> {
  const b = tk.error!.unclosed!;
  const lastLine = tk.source.endsWith('\n') ? tk.lines.lineCount - 1 : tk.lines.lineCount;
  const text = tk.lines.line(b.lineno, b.lineno >= lastLine);
  return { ...tk.error!.diag, text };
}

export { tokenize };
