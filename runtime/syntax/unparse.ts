/**
 * Expression unparsing as CPython 3.12's C unparser (Python/ast_unparse.c,
 * `_PyAST_ExprAsUnicode`), which is what `from __future__ import
 * annotations` stores as each annotation's string. It differs from the
 * Python-level `ast.unparse` in small ways that are observable in
 * `__annotations__`: parentheses are decided by the same precedence
 * levels as the C code, constants use `repr` (with `inf` spelt `1e309`),
 * f-strings are rebuilt as `f` + repr of their body, a `u` prefix is kept.
 * It unparses expressions only (no statements) and never fails on a tree
 * the parser produced.
 */

import { bytesRepr, floatRepr, strRepr } from './literalRepr';
import type * as ast from './ast';

// Precedence levels, lowest first, as ast_unparse.c numbers them.
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP: Record<ast.operator, [string, number]> = {
  Add: [' + ', PR_ARITH],
  Sub: [' - ', PR_ARITH],
  Mult: [' * ', PR_TERM],
  MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM],
  Mod: [' % ', PR_TERM],
  LShift: [' << ', PR_SHIFT],
  RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR],
  BitXor: [' ^ ', PR_BXOR],
  BitAnd: [' & ', PR_BAND],
  FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};

const CMPOP: Record<ast.cmpop, string> = {
  Eq: ' == ',
  NotEq: ' != ',
  Lt: ' < ',
  LtE: ' <= ',
  Gt: ' > ',
  GtE: ' >= ',
  Is: ' is ',
  IsNot: ' is not ',
  In: ' in ',
  NotIn: ' not in ',
};

/** `_PyAST_ExprAsUnicode`: the string `from __future__ import annotations` stores. */
export function unparseExpr(e: ast.expr): string {
  return expr(e, PR_TEST);
}

/** repr, with infinities written so that they parse back (append_repr). */
function reprWithInf(r: string): string {
  return r.replace(/inf/g, '1e309');
}

function complexRepr(real: number, imag: number): string {
  const part = (x: number) => {
    const r = floatRepr(x);
    return r.endsWith('.0') ? r.slice(0, -2) : r;
  };
  if (real === 0 && !Object.is(real, -0)) return part(imag) + 'j';
  const im = part(imag);
  const sign = im.startsWith('-') || Number.isNaN(imag) ? '' : '+';
  return '(' + part(real) + sign + im + 'j)';
}

function constant(v: ast.ConstantValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    case 'number':
      return reprWithInf(floatRepr(v));
    case 'string':
      return strRepr(v);
  }
  switch (v.kind) {
    case 'bytes':
      return bytesRepr(v.value);
    case 'complex':
      return reprWithInf(complexRepr(v.real, v.imag));
    case 'ellipsis':
      return 'Ellipsis';
    case 'tuple':
      return '(' + v.items.map(constant).join(', ') + (v.items.length === 1 ? ',' : '') + ')';
    case 'frozenset':
      return 'frozenset({' + v.items.map(constant).join(', ') + '})';
  }
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

function arg(a: ast.arg): string {
  return a.annotation ? a.arg + ': ' + expr(a.annotation, PR_TEST) : a.arg;
}

function args(a: ast.arguments): string {
  const parts: string[] = [];
  const npos = a.posonlyargs.length;
  const all = [...a.posonlyargs, ...a.args];
  const ndef = a.defaults.length;
  for (let i = 0; i < all.length; i++) {
    let s = arg(all[i]);
    const di = i - all.length + ndef;
    if (di >= 0) s += '=' + expr(a.defaults[di], PR_TEST);
    if (npos && i + 1 === npos) s += ', /';
    parts.push(s);
  }
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
  const nkw = a.kwonlyargs.length;
  const nkwdef = a.kw_defaults.length;
  for (let i = 0; i < nkw; i++) {
    let s = arg(a.kwonlyargs[i]);
    const di = i - nkw + nkwdef;
    const d = di >= 0 ? a.kw_defaults[di] : null;
    if (d) s += '=' + expr(d, PR_TEST);
    parts.push(s);
  }
  if (a.kwarg) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function comprehensions(gens: ast.comprehension[]): string {
  let out = '';
  for (const g of gens) {
    out += (g.is_async ? ' async for ' : ' for ') + expr(g.target, PR_TUPLE) + ' in ' + expr(g.iter, PR_TEST + 1);
    for (const cond of g.ifs) out += ' if ' + expr(cond, PR_TEST + 1);
  }
  return out;
}

function escapeBraces(s: string): string {
  return s.replace(/\{/g, '{{').replace(/\}/g, '}}');
}

function fstringElement(e: ast.expr, isFormatSpec: boolean): string {
  switch (e.kind) {
    case 'Constant':
      return escapeBraces(typeof e.value === 'string' ? e.value : String(e.value));
    case 'JoinedStr':
      return joinedStr(e, isFormatSpec);
    case 'FormattedValue':
      return formattedValue(e);
    default:
      return '';
  }
}

function joinedStr(e: ast.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + strRepr(body);
}

function formattedValue(e: ast.FormattedValue): string {
  // PR_TEST + 1 puts parentheses around a lambda and its ':'.
  const inner = expr(e.value, PR_TEST + 1);
  let out = (inner.startsWith('{') ? '{ ' : '{') + inner;
  if (e.conversion > 0) out += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec) out += ':' + fstringElement(e.format_spec, true);
  return out + '}';
}

function call(e: ast.Call): string {
  const func = expr(e.func, PR_ATOM);
  if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].kind === 'GeneratorExp') {
    return func + expr(e.args[0], PR_TEST);
  }
  const parts = e.args.map((a) => expr(a, PR_TEST));
  for (const k of e.keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + expr(k.value, PR_TEST));
  return func + '(' + parts.join(', ') + ')';
}

function expr(e: ast.expr, level: number): string {
  switch (e.kind) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      const op = e.op === 'And' ? ' and ' : ' or ';
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(op));
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] =
        e.op === 'Invert' ? ['~', PR_FACTOR] : e.op === 'Not' ? ['not ', PR_NOT] : e.op === 'UAdd' ? ['+', PR_FACTOR] : ['-', PR_FACTOR];
      return paren(level > (pr as number), (op as string) + expr(e.operand, pr as number));
    }
    case 'Lambda': {
      const npos = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, (npos ? 'lambda ' : 'lambda') + args(e.args) + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(
        level > PR_TEST,
        expr(e.body, PR_TEST + 1) + ' if ' + expr(e.test, PR_TEST + 1) + ' else ' + expr(e.orelse, PR_TEST),
      );
    case 'Dict': {
      const items = e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? expr(k, PR_TEST) + ': ' + expr(v, PR_TEST) : '**' + expr(v, PR_EXPR);
      });
      return '{' + items.join(', ') + '}';
    }
    case 'Set':
      return '{' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return '(' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ')';
    case 'ListComp':
      return '[' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + expr(e.key, PR_TEST) + ': ' + expr(e.value, PR_TEST) + comprehensions(e.generators) + '}';
    case 'Yield':
      return e.value ? '(yield ' + expr(e.value, PR_TEST) + ')' : '(yield)';
    case 'YieldFrom':
      return '(yield from ' + expr(e.value, PR_TEST) + ')';
    case 'Await':
      return paren(level > PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'Compare': {
      let out = expr(e.left, PR_CMP + 1);
      for (let i = 0; i < e.ops.length; i++) out += CMPOP[e.ops[i]] + expr(e.comparators[i], PR_CMP + 1);
      return paren(level > PR_CMP, out);
    }
    case 'Call':
      return call(e);
    case 'Constant':
      if (e.value !== null && typeof e.value === 'object' && e.value.kind === 'ellipsis') return '...';
      return (e.const_kind ?? '') + constant(e.value);
    case 'JoinedStr':
      return joinedStr(e, false);
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      // An int needs a space before the dot: `1 .real`.
      const period = v.kind === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript':
      return expr(e.value, PR_ATOM) + '[' + expr(e.slice, PR_TUPLE) + ']';
    case 'Starred':
      return '*' + expr(e.value, PR_EXPR);
    case 'Slice': {
      let out = e.lower ? expr(e.lower, PR_TEST) : '';
      out += ':';
      if (e.upper) out += expr(e.upper, PR_TEST);
      if (e.step) out += ':' + expr(e.step, PR_TEST);
      return out;
    }
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (!e.elts.length) return '()';
      const body = e.elts.map((x) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, body);
    }
    case 'NamedExpr':
      return paren(level > PR_TUPLE, expr(e.target, PR_ATOM) + ' := ' + expr(e.value, PR_ATOM));
  }
}
