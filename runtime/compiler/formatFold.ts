/**
 * CPython 3.12's AST optimisation of `'literal %s text' % (a, b)` into an
 * f-string (ast_opt.c optimize_format): when the left operand is a str
 * constant, the right one a tuple display without starred items, and the
 * format uses only %s, %r and %a (with an optional width and precision,
 * at most two digits each, and no flags other than '-'), the BinOp becomes
 * a JoinedStr of constants and FormattedValues. Anything else — other
 * conversions, a count mismatch — leaves the expression untouched.
 * The literal pieces get no source position, exactly as CPython's.
 */

import type * as ast from '../syntax/ast';

const MAXDIGITS = 3;
const F_LJUST = 1;

function noPos(value: string): ast.Constant {
  return { kind: 'Constant', value, const_kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

/** parse_literal: text up to the next lone '%', with '%%' unescaped. */
function parseLiteral(fmt: string, pos: { i: number }): ast.Constant | null {
  const start = pos.i;
  let i = start;
  let hasPercents = false;
  while (i < fmt.length) {
    if (fmt[i] !== '%') i++;
    else if (i + 1 < fmt.length && fmt[i + 1] === '%') {
      hasPercents = true;
      i += 2;
    } else break;
  }
  pos.i = i;
  if (i === start) return null;
  let s = fmt.slice(start, i);
  if (hasPercents) s = s.replace(/%%/g, '%');
  return noPos(s);
}

/** simple_format_arg_parse followed by parse_format; null when unsupported. */
function parseFormat(fmt: string, pos: { i: number }, arg: ast.expr): ast.FormattedValue | null {
  let i = pos.i;
  let ch = '';
  const next = (): boolean => {
    if (i >= fmt.length) return false;
    ch = fmt[i++];
    return true;
  };
  let flags = 0;
  let width = -1;
  let prec = -1;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') flags |= F_LJUST;
    else if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') flags |= 2;
    else break;
  }
  if (ch >= '0' && ch <= '9') {
    width = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    if (ch >= '0' && ch <= '9') {
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        prec = prec * 10 + Number(ch);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  pos.i = i;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  // CPython ignores the flags other than '-' here (it only reads F_LJUST).
  let spec = '';
  if (!(flags & F_LJUST) && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + String(prec);
  return {
    kind: 'FormattedValue',
    value: arg,
    conversion: ch.charCodeAt(0),
    format_spec: spec ? (noPos(spec) as unknown as ast.JoinedStr) : null,
    lineno: arg.lineno,
    col_offset: arg.col_offset,
    end_lineno: arg.end_lineno,
    end_col_offset: arg.end_col_offset,
  };
}

/** optimize_format: the JoinedStr replacing `node`, or null to keep it. */
export function optimizeFormat(node: ast.BinOp, fmt: string, elts: ast.expr[]): ast.JoinedStr | null {
  const values: ast.JoinedStr["values"] = [];
  const pos = { i: 0 };
  let cnt = 0;
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) values.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return null;
    pos.i++;
    const fv = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (!fv) return null;
    values.push(fv);
  }
  if (cnt < elts.length) return null;
  return {
    kind: 'JoinedStr',
    values,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}
