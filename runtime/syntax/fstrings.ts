/**
 * PEP 701 f-strings: builds JoinedStr, FormattedValue and Constant nodes from
 * the FSTRING_START / FSTRING_MIDDLE / replacement field / FSTRING_END tokens
 * exactly as CPython 3.12's action helpers do — including the `=` debugging
 * form (a Constant with the expression's text, then a FormattedValue whose
 * conversion defaults to 'r'), nested format specs, and the empty-literal
 * quirks of 3.12's format-spec JoinedStr.
 *
 * Concatenation with neighbouring literals happens in expressions.ts.
 */

import type * as ast from './ast';
import { Parser } from './parserState';
import { FSTRING_END, FSTRING_MIDDLE, NAME, OP, Token } from './tokens';
import { decodeEscapes } from './strings';
import { starExpressions, yieldExpr } from './expressions';

type Part = ast.Constant | ast.FormattedValue;

/** fstring: FSTRING_START fstring_middle* FSTRING_END. */
export function fstring(p: Parser): ast.JoinedStr {
  const start = p.next();
  const raw = /[rR]/.test(start.string);
  const items: Part[] = [];
  for (;;) {
    const t = p.peek();
    if (t.type === FSTRING_END) {
      p.i++;
      break;
    }
    if (t.type === FSTRING_MIDDLE) {
      p.i++;
      const d = decodeEscapes(t.string, raw, false);
      if (d.error) p.raiseAt(d.error, t, t);
      if (d.value !== '') items.push({ kind: 'Constant', value: d.value, const_kind: null, ...p.loc(t, t) });
      continue;
    }
    if (t.type === OP && t.string === '{') {
      const r = replacementField(p);
      if (r.kind === 'JoinedStr') items.push(...r.values);
      else items.push(r);
      continue;
    }
    p.fail();
  }
  return { kind: 'JoinedStr', values: items, ...p.extra(start) };
}

function isOpTok(t: Token, s: string): boolean {
  return t.type === OP && t.string === s;
}

/** '{' expression ['='] ['!' NAME] [':' spec*] '}' — debugging `=` yields two parts. */
function replacementField(p: Parser): ast.FormattedValue | ast.JoinedStr {
  const lbrace = p.next();
  const t0 = p.peek();
  if (p.errorPass && t0.type === OP && (t0.string === '=' || t0.string === '!' || t0.string === ':' || t0.string === '}')) {
    p.raiseAt(`f-string: valid expression required before '${t0.string}'`, t0, t0);
  }
  let value: ast.expr;
  p.fstringDepth++;
  try {
    value = p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
  } catch (e) {
    if (p.errorPass && !p.error) {
      const n = p.toks[p.i];
      p.raiseAt("f-string: expecting a valid expression after '{'", n, n);
    }
    throw e;
  } finally {
    p.fstringDepth--;
  }
  const debug = p.eatOp('=');
  let conversion = -1;
  let convTok: Token | null = null;
  let bangTok: Token | null = null;
  const afterEq = p.peek();
  if (p.errorPass && debug && !(isOpTok(afterEq, '!') || isOpTok(afterEq, ':') || isOpTok(afterEq, '}'))) {
    p.raiseAt("f-string: expecting '!', or ':', or '}'", afterEq, afterEq);
  }
  if (p.errorPass && !debug && !(isOpTok(afterEq, '!') || isOpTok(afterEq, ':') || isOpTok(afterEq, '}'))) {
    p.raiseAt("f-string: expecting '=', or '!', or ':', or '}'", afterEq, afterEq);
  }
  if (isOpTok(afterEq, '!')) {
    const bang = p.next();
    bangTok = bang;
    const n = p.peek();
    if (n.type !== NAME) {
      if (p.errorPass) {
        if (isOpTok(n, ':') || isOpTok(n, '}')) p.raiseAt('f-string: missing conversion character', n, n);
        p.raiseAt('f-string: invalid conversion character', n, n);
      }
      p.fail();
    }
    p.i++;
    if (n.start !== bang.end) p.raiseAt('f-string: conversion type must come right after the exclamanation mark', n, n);
    if (n.string !== 's' && n.string !== 'r' && n.string !== 'a') {
      p.raiseAt(`f-string: invalid conversion character '${n.string}': expected 's', 'r', or 'a'`, n, n);
    }
    conversion = n.string.charCodeAt(0);
    convTok = n;
  }
  let spec: ast.JoinedStr | null = null;
  let colonTok: Token | null = null;
  const afterConv = p.peek();
  if (p.errorPass && !(isOpTok(afterConv, ':') || isOpTok(afterConv, '}'))) {
    p.raiseAt("f-string: expecting ':' or '}'", afterConv, afterConv);
  }
  if (isOpTok(afterConv, ':')) {
    colonTok = p.next();
    const items: Part[] = [];
    for (;;) {
      const t = p.peek();
      if (t.type === FSTRING_MIDDLE) {
        p.i++;
        const d = decodeEscapes(t.string, false, false);
        if (d.error) p.raiseAt(d.error, t, t);
        items.push({ kind: 'Constant', value: d.value, const_kind: null, ...p.loc(t, t) });
      } else if (isOpTok(t, '{')) {
        // A nested debugging field stays a JoinedStr inside a format spec, as in CPython.
        items.push(replacementField(p) as Part);
      } else break;
    }
    const specItems = items.length === 1 && items[0].kind === 'Constant' && items[0].value === '' ? [] : items;
    spec = { kind: 'JoinedStr', values: specItems, ...p.extra(colonTok) };
  }
  const rbrace = p.peek();
  if (!isOpTok(rbrace, '}')) {
    if (p.errorPass) p.raiseAt("f-string: expecting '}'", rbrace, rbrace);
    p.fail();
  }
  p.i++;
  if (debug && !spec && conversion === -1) conversion = 114;
  const fv: ast.FormattedValue = { kind: 'FormattedValue', value, conversion, format_spec: spec, ...p.extra(lbrace) };
  if (!debug) return fv;
  // The debug text runs from after '{' to the token after '=' (or its conversion/spec).
  const endTok = bangTok ?? colonTok ?? rbrace;
  const text = p.source.slice(lbrace.end, endTok.start);
  let endLine: number;
  let endCol: number;
  if (convTok) {
    endLine = convTok.lineno;
    endCol = convTok.col_offset;
  } else if (spec) {
    endLine = spec.lineno;
    endCol = spec.col_offset + 1;
  } else {
    endLine = fv.end_lineno;
    endCol = fv.end_col_offset;
  }
  const debugText: ast.Constant = {
    kind: 'Constant',
    value: text,
    const_kind: null,
    lineno: fv.lineno,
    col_offset: fv.col_offset + 1,
    end_lineno: endLine,
    end_col_offset: endCol - 1,
  };
  return { kind: 'JoinedStr', values: [debugText, fv], lineno: fv.lineno, col_offset: fv.col_offset, end_lineno: endLine, end_col_offset: endCol };
}
