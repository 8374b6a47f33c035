/**
 * Expression rules of Python 3.12's grammar, by recursive descent: from
 * star_expressions down through lambda, the conditional expression, boolean
 * and comparison operators, arithmetic, await, primaries (attributes, calls,
 * subscripts and slices) and atoms (names, numbers, strings, displays and
 * comprehensions). Node positions follow CPython's EXTRA: from the first
 * token of the rule to the last one consumed.
 *
 * Statement-level rules live in statements.ts, f-string internals in
 * fstrings.ts, and the second-pass error checks in invalidRules.ts.
 */

import type * as ast from './ast';
import { Parser } from './parserState';
import { FSTRING_START, NAME, NUMBER, OP, STRING, KEYWORDS, Token } from './tokens';
import { decodeStringToken } from './strings';
import { fstring } from './fstrings';
import { parameters } from './parameters';
import * as inv from './invalidRules';

type E = ast.expr;

// ------------------------------------------------------------ top levels

/** star_expressions: one star_expression, or a Tuple of them. */
export function starExpressions(p: Parser): E {
  const st = p.peek();
  const first = starExpression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsExpression(p)) break;
    elts.push(starExpression(p));
  }
  return { kind: 'Tuple', elts, ctx: 'Load', ...p.extra(st) };
}

export function starExpression(p: Parser): E {
  const t = p.peek();
  if (t.type === OP && t.string === '*') {
    p.i++;
    const v = bitwiseOr(p);
    return { kind: 'Starred', value: v, ctx: 'Load', ...p.extra(t) };
  }
  return expression(p);
}

/** star_named_expression: `*x` or a named_expression (display elements). */
export function starNamedExpression(p: Parser): E {
  const t = p.peek();
  if (t.type === OP && t.string === '*') {
    p.i++;
    const v = bitwiseOr(p);
    return { kind: 'Starred', value: v, ctx: 'Load', ...p.extra(t) };
  }
  return namedExpression(p);
}

/** named_expression: NAME ':=' expression, or an expression not followed by ':='. */
export function namedExpression(p: Parser): E {
  if (p.errorPass) inv.invalidNamedExpressionAt(p, p.i);
  const t = p.peek();
  if (t.type === NAME) {
    const n = p.peekAt(1);
    if (n.type === OP && n.string === ':=') {
      if (KEYWORDS.has(t.string)) p.fail();
      p.i += 2;
      const value = expression(p);
      const target: ast.Name = { kind: 'Name', id: t.string, ctx: 'Store', ...p.loc(t, t) };
      return { kind: 'NamedExpr', target, value, ...p.extra(t) };
    }
  }
  const e = expression(p);
  if (p.isOp(':=')) {
    if (p.errorPass) inv.invalidNamedExpression(p, e);
    p.fail();
  }
  return e;
}

/** Whether the next token can start an expression (used after trailing commas). */
export function startsExpression(p: Parser): boolean {
  const t = p.peek();
  switch (t.type) {
    case NAME:
      return !KEYWORDS.has(t.string) || t.string === 'True' || t.string === 'False' || t.string === 'None' || t.string === 'not' || t.string === 'lambda' || t.string === 'await' || t.string === 'yield';
    case NUMBER:
    case STRING:
    case FSTRING_START:
      return true;
    case OP:
      return '([{-+~*...'.includes(t.string) && t.string !== '.' && t.string !== '..';
  }
  return false;
}

/** expression: lambda, or a disjunction with an optional conditional tail. */
export function expression(p: Parser): E {
  if (p.isKw('lambda')) return lambdef(p);
  const st = p.peek();
  const startIdx = p.i;
  if (p.errorPass) inv.invalidLegacyExpression(p, startIdx);
  const body = disjunction(p);
  if (p.isKw('if')) {
    p.i++;
    const test = disjunction(p);
    if (!p.eatKw('else')) {
      if (p.errorPass) inv.invalidExpressionElse(p, body, test);
      p.fail();
    }
    const orelse = expression(p);
    return { kind: 'IfExp', test, body, orelse, ...p.extra(st) };
  }
  if (p.errorPass) inv.invalidExpression(p, startIdx, body);
  return body;
}

function lambdef(p: Parser): E {
  const t = p.next();
  const args = parameters(p, true);
  if (!p.eatOp(':')) {
    if (p.errorPass) inv.invalidLambda(p);
    p.fail();
  }
  const body = expression(p);
  return { kind: 'Lambda', args, body, ...p.extra(t) };
}

// --------------------------------------------------------- boolean logic

export function disjunction(p: Parser): E {
  const st = p.peek();
  const first = conjunction(p);
  if (!p.isKw('or')) return first;
  const values = [first];
  while (p.eatKw('or')) values.push(conjunction(p));
  return { kind: 'BoolOp', op: 'Or', values, ...p.extra(st) };
}

function conjunction(p: Parser): E {
  const st = p.peek();
  const first = inversion(p);
  if (!p.isKw('and')) return first;
  const values = [first];
  while (p.eatKw('and')) values.push(inversion(p));
  return { kind: 'BoolOp', op: 'And', values, ...p.extra(st) };
}

function inversion(p: Parser): E {
  const t = p.peek();
  if (t.type === NAME && t.string === 'not') {
    p.i++;
    const operand = inversion(p);
    return { kind: 'UnaryOp', op: 'Not', operand, ...p.extra(t) };
  }
  return comparison(p);
}

function compareOp(p: Parser): ast.cmpop | null {
  const t = p.peek();
  if (t.type === OP) {
    switch (t.string) {
      case '==':
        p.i++;
        return 'Eq';
      case '!=':
        p.i++;
        return 'NotEq';
      case '<':
        p.i++;
        return 'Lt';
      case '<=':
        p.i++;
        return 'LtE';
      case '>':
        p.i++;
        return 'Gt';
      case '>=':
        p.i++;
        return 'GtE';
    }
    return null;
  }
  if (t.type === NAME) {
    if (t.string === 'in') {
      p.i++;
      return 'In';
    }
    if (t.string === 'is') {
      p.i++;
      if (p.eatKw('not')) return 'IsNot';
      return 'Is';
    }
    if (t.string === 'not') {
      const n = p.peekAt(1);
      if (n.type === NAME && n.string === 'in') {
        p.i += 2;
        return 'NotIn';
      }
    }
  }
  return null;
}

function comparison(p: Parser): E {
  const st = p.peek();
  const left = bitwiseOr(p);
  let op = compareOp(p);
  if (!op) return left;
  const ops: ast.cmpop[] = [];
  const comparators: E[] = [];
  while (op) {
    ops.push(op);
    comparators.push(bitwiseOr(p));
    op = compareOp(p);
  }
  return { kind: 'Compare', left, ops, comparators, ...p.extra(st) };
}

// ------------------------------------------------------------ arithmetic

const BINOPS: Record<string, ast.operator> = {
  '|': 'BitOr',
  '^': 'BitXor',
  '&': 'BitAnd',
  '<<': 'LShift',
  '>>': 'RShift',
  '+': 'Add',
  '-': 'Sub',
  '*': 'Mult',
  '/': 'Div',
  '//': 'FloorDiv',
  '%': 'Mod',
  '@': 'MatMult',
};
const LEVEL: Record<string, number> = { '|': 0, '^': 1, '&': 2, '<<': 3, '>>': 3, '+': 4, '-': 4, '*': 5, '/': 5, '//': 5, '%': 5, '@': 5 };

/** bitwise_or and every left-associative binary level below it, by precedence climbing. */
export function bitwiseOr(p: Parser): E {
  return binary(p, 0);
}

function binary(p: Parser, level: number): E {
  const st = p.peek();
  let left = level > 5 ? factor(p) : binary(p, level + 1);
  for (;;) {
    const t = p.peek();
    if (t.type !== OP) return left;
    const l = LEVEL[t.string];
    if (l !== level) return left;
    p.i++;
    const right = level === 5 ? factor(p) : binary(p, level + 1);
    left = { kind: 'BinOp', left, op: BINOPS[t.string], right, ...p.extra(st) };
  }
}

function factor(p: Parser): E {
  const t = p.peek();
  if (t.type === OP) {
    const op: ast.unaryop | null = t.string === '-' ? 'USub' : t.string === '+' ? 'UAdd' : t.string === '~' ? 'Invert' : null;
    if (op) {
      p.i++;
      const operand = factor(p);
      return { kind: 'UnaryOp', op, operand, ...p.extra(t) };
    }
  }
  return power(p);
}

function power(p: Parser): E {
  const st = p.peek();
  const left = awaitPrimary(p);
  if (p.eatOp('**')) {
    const right = factor(p);
    return { kind: 'BinOp', left, op: 'Pow', right, ...p.extra(st) };
  }
  return left;
}

function awaitPrimary(p: Parser): E {
  const t = p.peek();
  if (t.type === NAME && t.string === 'await') {
    p.i++;
    const value = primary(p);
    return { kind: 'Await', value, ...p.extra(t) };
  }
  return primary(p);
}

// ------------------------------------------------------------- primaries

export function primary(p: Parser): E {
  const st = p.peek();
  let e = atom(p);
  for (;;) {
    const t = p.peek();
    if (t.type !== OP) return e;
    if (t.string === '.') {
      p.i++;
      const n = p.peek();
      if (n.type !== NAME || KEYWORDS.has(n.string)) p.fail();
      p.i++;
      e = { kind: 'Attribute', value: e, attr: n.string, ctx: 'Load', ...p.extra(st) };
    } else if (t.string === '(') {
      e = call(p, e, st);
    } else if (t.string === '[') {
      p.i++;
      const slice = slices(p);
      p.expectOp(']');
      e = { kind: 'Subscript', value: e, slice, ctx: 'Load', ...p.extra(st) };
    } else return e;
  }
}

function slices(p: Parser): E {
  const st = p.peek();
  const first = sliceOrStarred(p);
  if (!p.isOp(',') && first.kind !== 'Starred') return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(sliceOrStarred(p));
  }
  return { kind: 'Tuple', elts, ctx: 'Load', ...p.extra(st) };
}

function sliceOrStarred(p: Parser): E {
  const t = p.peek();
  if (t.type === OP && t.string === '*') return starExpression(p);
  let lower: E | null = null;
  if (!(t.type === OP && t.string === ':')) {
    lower = namedExpression(p);
    if (!p.isOp(':')) return lower;
    if (lower.kind === 'NamedExpr') p.fail();
  }
  p.expectOp(':');
  let upper: E | null = null;
  let step: E | null = null;
  if (!p.isOp(':') && !p.isOp(']') && !p.isOp(',')) upper = expression(p);
  if (p.eatOp(':')) {
    if (!p.isOp(']') && !p.isOp(',')) step = expression(p);
  }
  return { kind: 'Slice', lower, upper, step, ...p.extra(t) };
}

/** A call's parenthesised arguments after `func`; a lone generator expression takes the parentheses. */
export function call(p: Parser, func: E, st: Token): E {
  const open = p.next();
  const args: E[] = [];
  const keywords: ast.keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  if (p.eatOp(')')) return { kind: 'Call', func, args, keywords, ...p.extra(st) };
  for (;;) {
    const t = p.peek();
    if (t.type === OP && t.string === '*') {
      p.i++;
      const v = expression(p);
      if (sawDoubleStar) {
        if (p.errorPass) p.raiseAt('iterable argument unpacking follows keyword argument unpacking', t, t);
        p.fail();
      }
      args.push({ kind: 'Starred', value: v, ctx: 'Load', ...p.extra(t) });
    } else if (t.type === OP && t.string === '**') {
      p.i++;
      const v = expression(p);
      keywords.push({ kind: 'keyword', arg: null, value: v, ...p.extra(t) });
      sawDoubleStar = true;
    } else if (t.type === NAME && p.peekAt(1).type === OP && p.peekAt(1).string === '=') {
      if (KEYWORDS.has(t.string)) {
        if (p.errorPass) inv.invalidKwargKeyword(p, t);
        p.fail();
      }
      p.i += 2;
      if (p.errorPass && (p.isOp(',') || p.isOp(')'))) p.raiseAt('expected argument value expression', t, p.toks[p.i - 1]);
      const v = expression(p);
      keywords.push({ kind: 'keyword', arg: t.string, value: v, ...p.extra(t) });
      sawKeyword = true;
    } else {
      const e = namedExpression(p);
      if (p.isKw('for') || (p.isKw('async') && p.peekAt(1).string === 'for')) {
        const generators = forIfClauses(p);
        if (args.length === 0 && keywords.length === 0 && p.isOp(')')) {
          p.i++;
          const g: E = { kind: 'GeneratorExp', elt: e, generators, ...p.extra(open) };
          return { kind: 'Call', func, args: [g], keywords, ...p.extra(st) };
        }
        if (p.errorPass) inv.invalidGenexpArgument(p, e, generators);
        p.fail();
      }
      if (p.isOp('=')) {
        if (p.errorPass) inv.invalidKwarg(p, e);
        p.fail();
      }
      if (sawKeyword || sawDoubleStar) {
        if (p.errorPass) p.raiseHere(sawDoubleStar ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
        p.fail();
      }
      args.push(e);
    }
    if (p.eatOp(')')) break;
    if (!p.eatOp(',')) {
      if (p.errorPass) inv.invalidArgumentsComma(p, args, keywords);
      p.fail();
    }
    if (p.eatOp(')')) break;
  }
  return { kind: 'Call', func, args, keywords, ...p.extra(st) };
}

// ----------------------------------------------------------------- atoms

export function atom(p: Parser): E {
  const t = p.peek();
  switch (t.type) {
    case NAME: {
      const s = t.string;
      if (KEYWORDS.has(s)) {
        if (s === 'True' || s === 'False' || s === 'None') {
          p.i++;
          return { kind: 'Constant', value: s === 'None' ? null : s === 'True', const_kind: null, ...p.loc(t, t) };
        }
        p.fail();
      }
      p.i++;
      return { kind: 'Name', id: s, ctx: 'Load', ...p.loc(t, t) };
    }
    case NUMBER:
      p.i++;
      return { kind: 'Constant', value: parseNumber(t.string), const_kind: null, ...p.loc(t, t) };
    case STRING:
    case FSTRING_START:
      return strings(p);
    case OP:
      switch (t.string) {
        case '(':
          return parenthesized(p);
        case '[':
          return listDisplay(p);
        case '{':
          return braceDisplay(p);
        case '...':
          p.i++;
          return { kind: 'Constant', value: { kind: 'ellipsis' }, const_kind: null, ...p.loc(t, t) };
      }
  }
  if (p.errorPass) inv.invalidAtom(p, t);
  return p.fail();
}

export function parseNumber(s: string): ast.ConstantValue {
  const t = s.indexOf('_') === -1 ? s : s.replace(/_/g, '');
  const last = t.charCodeAt(t.length - 1);
  if (last === 106 || last === 74) return { kind: 'complex', real: 0, imag: Number(t.slice(0, -1)) };
  if (t.length > 1 && t[0] === '0') {
    const r = t[1];
    if (r === 'x' || r === 'X' || r === 'o' || r === 'O' || r === 'b' || r === 'B') return BigInt('0' + r.toLowerCase() + t.slice(2));
  }
  if (/[.eE]/.test(t)) return Number(t);
  return BigInt(t);
}

/** Adjacent string literals and f-strings, concatenated as CPython's _PyPegen_concatenate_strings does. */
function strings(p: Parser): E {
  const first = p.peek();
  const parts: E[] = [];
  let fstringFound = false;
  let bytesFound = false;
  let strFound = false;
  for (;;) {
    const t = p.peek();
    if (t.type === STRING) {
      p.i++;
      const d = decodeStringToken(t.string);
      if (d.error) {
        if (d.error.startsWith('bytes can only')) p.raiseAt(d.error, t, t);
        p.raiseHere(d.error);
      }
      if (d.isBytes) {
        bytesFound = true;
        const bytes = new Uint8Array(d.value.length);
        for (let i = 0; i < bytes.length; i++) bytes[i] = d.value.charCodeAt(i);
        parts.push({ kind: 'Constant', value: { kind: 'bytes', value: bytes }, const_kind: null, ...p.loc(t, t) });
      } else {
        strFound = true;
        parts.push({ kind: 'Constant', value: d.value, const_kind: d.kind, ...p.loc(t, t) });
      }
    } else if (t.type === FSTRING_START) {
      fstringFound = true;
      parts.push(fstring(p));
    } else break;
  }
  if ((strFound || fstringFound) && bytesFound) {
    p.peek();
    p.raiseHere('cannot mix bytes and nonbytes literals');
  }
  const where = p.extra(first);
  if (bytesFound) {
    let total = 0;
    for (const c of parts) total += ((c as ast.Constant).value as ast.BytesValue).value.length;
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of parts) {
      const v = ((c as ast.Constant).value as ast.BytesValue).value;
      out.set(v, o);
      o += v.length;
    }
    return { kind: 'Constant', value: { kind: 'bytes', value: out }, const_kind: (parts[0] as ast.Constant).const_kind, ...where };
  }
  if (!fstringFound && parts.length === 1) return parts[0];
  const flat: E[] = [];
  for (const e of parts) {
    if (e.kind === 'JoinedStr') flat.push(...e.values);
    else flat.push(e);
  }
  const values: (ast.Constant | ast.FormattedValue)[] = [];
  for (let i = 0; i < flat.length; i++) {
    let e = flat[i];
    if (e.kind === 'Constant') {
      if (i + 1 < flat.length && flat[i + 1].kind === 'Constant') {
        const firstC = e;
        let s = '';
        let lastC = e;
        let j = i;
        for (; j < flat.length && flat[j].kind === 'Constant'; j++) {
          s += (flat[j] as ast.Constant).value as string;
          lastC = flat[j] as ast.Constant;
        }
        i = j - 1;
        e = { kind: 'Constant', value: s, const_kind: firstC.const_kind, ...p.loc(firstC, lastC) };
      }
      if (fstringFound && e.value === '') continue;
      values.push(e);
    } else values.push(e as ast.FormattedValue);
  }
  if (!fstringFound) return values[0];
  return { kind: 'JoinedStr', values, ...where };
}

/** `( ... )`: a group, a tuple, a generator expression or a parenthesised yield. */
function parenthesized(p: Parser): E {
  const open = p.next();
  if (p.eatOp(')')) return { kind: 'Tuple', elts: [], ctx: 'Load', ...p.extra(open) };
  if (p.isKw('yield')) {
    const y = yieldExpr(p);
    p.expectOp(')');
    return y;
  }
  const first = starNamedExpression(p);
  if (p.isKw('for') || (p.isKw('async') && p.peekAt(1).string === 'for')) {
    if (first.kind === 'Starred') {
      if (p.errorPass) inv.invalidComprehensionStarred(p, first);
      p.fail();
    }
    const generators = forIfClauses(p);
    if (!p.eatOp(')')) {
      if (p.errorPass) inv.invalidGroupClose(p);
      p.fail();
    }
    return { kind: 'GeneratorExp', elt: first, generators, ...p.extra(open) };
  }
  if (p.eatOp(')')) {
    if (first.kind === 'Starred') {
      if (p.errorPass) p.raiseAt('cannot use starred expression here', first, first);
      p.fail();
    }
    markParenthesized(first);
    return first;
  }
  if (!p.isOp(',')) {
    if (p.errorPass) inv.invalidGroupClose(p, first);
    p.fail();
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(')')) break;
    elts.push(starNamedExpression(p));
  }
  if (!p.eatOp(')')) {
    if (p.errorPass) inv.invalidGroupClose(p, elts[elts.length - 1]);
    p.fail();
  }
  return { kind: 'Tuple', elts, ctx: 'Load', ...p.extra(open) };
}

const parenthesizedNodes = new WeakSet<object>();
function markParenthesized(e: E): void {
  parenthesizedNodes.add(e);
}
/** Whether an expression was written inside its own parentheses (AnnAssign.simple needs it). */
export function wasParenthesized(e: E): boolean {
  return parenthesizedNodes.has(e);
}

function listDisplay(p: Parser): E {
  const open = p.next();
  if (p.eatOp(']')) return { kind: 'List', elts: [], ctx: 'Load', ...p.extra(open) };
  const first = starNamedExpression(p);
  if (p.isKw('for') || (p.isKw('async') && p.peekAt(1).string === 'for')) {
    if (first.kind === 'Starred') {
      if (p.errorPass) inv.invalidComprehensionStarred(p, first);
      p.fail();
    }
    const generators = forIfClauses(p);
    p.expectOp(']');
    return { kind: 'ListComp', elt: first, generators, ...p.extra(open) };
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(starNamedExpression(p));
  }
  if (!p.eatOp(']')) {
    if (p.errorPass) inv.invalidGroupClose(p, elts[elts.length - 1]);
    p.fail();
  }
  return { kind: 'List', elts, ctx: 'Load', ...p.extra(open) };
}

function braceDisplay(p: Parser): E {
  const open = p.next();
  if (p.eatOp('}')) return { kind: 'Dict', keys: [], values: [], ...p.extra(open) };
  const t = p.peek();
  let firstKey: E | null = null;
  let firstValue: E;
  if (t.type === OP && t.string === '**') {
    p.i++;
    firstValue = bitwiseOr(p);
  } else {
    const e = starNamedExpression(p);
    if (p.eatOp(':')) {
      if (e.kind === 'Starred' || e.kind === 'NamedExpr') p.fail();
      firstKey = e;
      firstValue = expression(p);
      if (p.isKw('for') || (p.isKw('async') && p.peekAt(1).string === 'for')) {
        const generators = forIfClauses(p);
        p.expectOp('}');
        return { kind: 'DictComp', key: e, value: firstValue, generators, ...p.extra(open) };
      }
    } else {
      // A set display or set comprehension.
      if (p.isKw('for') || (p.isKw('async') && p.peekAt(1).string === 'for')) {
        if (e.kind === 'Starred') p.fail();
        const generators = forIfClauses(p);
        p.expectOp('}');
        return { kind: 'SetComp', elt: e, generators, ...p.extra(open) };
      }
      const elts = [e];
      while (p.eatOp(',')) {
        if (p.isOp('}')) break;
        elts.push(starNamedExpression(p));
      }
      if (!p.eatOp('}')) {
        if (p.errorPass) inv.invalidGroupClose(p, elts[elts.length - 1]);
        p.fail();
      }
      return { kind: 'Set', elts, ...p.extra(open) };
    }
  }
  const keys: (E | null)[] = [firstKey];
  const values: E[] = [firstValue];
  while (p.eatOp(',')) {
    if (p.isOp('}')) break;
    if (p.eatOp('**')) {
      keys.push(null);
      values.push(bitwiseOr(p));
    } else {
      const k = expression(p);
      if (!p.eatOp(':')) {
        if (p.errorPass) inv.invalidDictEntry(p, k);
        p.fail();
      }
      keys.push(k);
      values.push(expression(p));
    }
  }
  if (!p.eatOp('}')) {
    if (p.errorPass) inv.invalidGroupClose(p, values[values.length - 1]);
    p.fail();
  }
  return { kind: 'Dict', keys, values, ...p.extra(open) };
}

// -------------------------------------------------------- comprehensions

export function forIfClauses(p: Parser): ast.comprehension[] {
  const out: ast.comprehension[] = [];
  for (;;) {
    let isAsync = 0;
    if (p.isKw('async') && p.peekAt(1).type === NAME && p.peekAt(1).string === 'for') {
      p.i++;
      isAsync = 1;
    }
    if (!p.eatKw('for')) break;
    const target = targetsThenIn(p);
    const iter = disjunction(p);
    const ifs: E[] = [];
    while (p.eatKw('if')) ifs.push(disjunction(p));
    out.push({ kind: 'comprehension', target, iter, ifs, is_async: isAsync });
    if (!(p.isKw('for') || (p.isKw('async') && p.peekAt(1).string === 'for'))) break;
  }
  return out;
}

export function yieldExpr(p: Parser): E {
  const t = p.next();
  if (p.eatKw('from')) {
    const value = expression(p);
    return { kind: 'YieldFrom', value, ...p.extra(t) };
  }
  let value: E | null = null;
  if (startsExpression(p) && !p.isKw('yield')) value = starExpressions(p);
  return { kind: 'Yield', value, ...p.extra(t) };
}

// --------------------------------------------------------------- targets

/** The targets of a `for` and its `in`; on failure, invalid_for_target names the bad target. */
export function targetsThenIn(p: Parser): E {
  const at = p.i;
  try {
    const target = starTargets(p);
    if (!p.eatKw('in')) p.fail();
    return target;
  } catch (e) {
    if (p.errorPass && !p.error) inv.invalidForTargetAt(p, at);
    throw e;
  }
}

/** star_targets: parsed as expressions, then turned into Store targets. */
export function starTargets(p: Parser): E {
  const st = p.peek();
  const first = starTargetExpr(p);
  let e = first;
  if (p.isOp(',')) {
    const elts = [first];
    while (p.eatOp(',')) {
      if (!startsExpression(p)) break;
      elts.push(starTargetExpr(p));
    }
    e = { kind: 'Tuple', elts, ctx: 'Load', ...p.extra(st) };
  }
  if (invalidTarget(e, 'Store')) {
    if (p.errorPass) inv.invalidForTarget(p, e);
    p.fail();
  }
  setContext(e, 'Store');
  return e;
}

/** star_target: a single (possibly starred) assignment target. */
export function starTarget(p: Parser): E {
  const e = starTargetExpr(p);
  if (invalidTarget(e, 'Store')) {
    if (p.errorPass) inv.invalidForTarget(p, e);
    p.fail();
  }
  setContext(e, 'Store');
  return e;
}

function starTargetExpr(p: Parser): E {
  const t = p.peek();
  if (t.type === OP && t.string === '*') {
    p.i++;
    const v = starTargetExpr(p);
    return { kind: 'Starred', value: v, ctx: 'Load', ...p.extra(t) };
  }
  return bitwiseOr(p);
}

/** The first sub-expression that cannot be assigned to (or deleted), or null if `e` is a valid target. */
export function invalidTarget(e: E, ctx: ast.expr_context): E | null {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'Starred':
      return ctx === 'Del' ? e : invalidTarget(e.value, ctx);
    case 'Tuple':
    case 'List':
      for (const x of e.elts) {
        const bad = invalidTarget(x, ctx);
        if (bad) return bad;
      }
      return null;
    default:
      return e;
  }
}

export function setContext(e: E, ctx: ast.expr_context): void {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      break;
  }
}

/** A NAME token that is not a hard keyword, or a failure. */
export function nameToken(p: Parser): Token {
  const t = p.peek();
  if (t.type !== NAME || KEYWORDS.has(t.string)) p.fail();
  p.i++;
  return t;
}
