/**
 * The patterns of `case` clauses (PEP 634) as CPython 3.12 parses them:
 * literal, capture, wildcard, value, group, sequence, mapping, class, star,
 * `as` and `|` patterns, producing MatchValue/MatchSingleton/MatchSequence/
 * MatchMapping/MatchClass/MatchStar/MatchAs/MatchOr nodes.
 *
 * The `match` statement itself (subject, cases, guards) is in statements.ts.
 */

import type * as ast from './ast';
import { Parser } from './parserState';
import { FSTRING_START, NAME, NUMBER, OP, STRING, KEYWORDS, Token } from './tokens';
import { atom, parseNumber } from './expressions';

type P = ast.pattern;

/** patterns: an open sequence (`case a, *b:`) or a single pattern. */
export function patterns(p: Parser): P {
  const st = p.peek();
  const first = maybeStarPattern(p);
  if (!p.isOp(',')) {
    if (first.kind === 'MatchStar') p.fail();
    return first;
  }
  const items = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':') || p.isKw('if')) break;
    items.push(maybeStarPattern(p));
  }
  return { kind: 'MatchSequence', patterns: items, ...p.extra(st) };
}

function maybeStarPattern(p: Parser): P {
  const t = p.peek();
  if (t.type === OP && t.string === '*') {
    p.i++;
    const n = captureName(p);
    return { kind: 'MatchStar', name: n.string === '_' ? null : n.string, ...p.extra(t) };
  }
  return pattern(p);
}

function captureName(p: Parser): Token {
  const n = p.peek();
  if (n.type !== NAME || KEYWORDS.has(n.string)) p.fail();
  p.i++;
  return n;
}

/** pattern: or_pattern ['as' NAME]. */
export function pattern(p: Parser): P {
  const st = p.peek();
  const first = orPattern(p);
  if (p.isKw('as')) {
    p.i++;
    const n = p.peek();
    if (n.type !== NAME || KEYWORDS.has(n.string)) p.fail();
    if (n.string === '_') {
      if (p.errorPass) p.raiseAt("cannot use '_' as a target", n, n);
      p.fail();
    }
    p.i++;
    return { kind: 'MatchAs', pattern: first, name: n.string, ...p.extra(st) };
  }
  return first;
}

function orPattern(p: Parser): P {
  const st = p.peek();
  const first = closedPattern(p);
  if (!p.isOp('|')) return first;
  const alts = [first];
  while (p.eatOp('|')) alts.push(closedPattern(p));
  return { kind: 'MatchOr', patterns: alts, ...p.extra(st) };
}

/** A signed number, or a complex literal `a + bj` / `-a - bj`. */
function numberExpr(p: Parser): ast.expr {
  const t = p.peek();
  let left: ast.expr;
  if (t.type === OP && t.string === '-') {
    p.i++;
    const n = p.peek();
    if (n.type !== NUMBER) p.fail();
    p.i++;
    const c: ast.expr = { kind: 'Constant', value: parseNumber(n.string), const_kind: null, ...p.loc(n, n) };
    left = { kind: 'UnaryOp', op: 'USub', operand: c, ...p.extra(t) };
  } else {
    p.i++;
    left = { kind: 'Constant', value: parseNumber(t.string), const_kind: null, ...p.loc(t, t) };
  }
  const o = p.peek();
  if (o.type === OP && (o.string === '+' || o.string === '-')) {
    p.i++;
    const n = p.peek();
    if (n.type !== NUMBER) p.fail();
    p.i++;
    const right: ast.expr = { kind: 'Constant', value: parseNumber(n.string), const_kind: null, ...p.loc(n, n) };
    return { kind: 'BinOp', left, op: o.string === '+' ? 'Add' : 'Sub', right, ...p.extra(t) };
  }
  return left;
}

/** Dotted names for value and class patterns: Name or Attribute chain. */
function nameOrAttr(p: Parser): ast.expr {
  const n = captureName(p);
  let e: ast.expr = { kind: 'Name', id: n.string, ctx: 'Load', ...p.loc(n, n) };
  while (p.isOp('.')) {
    p.i++;
    const a = captureName(p);
    e = { kind: 'Attribute', value: e, attr: a.string, ctx: 'Load', ...p.extra(n) };
  }
  return e;
}

/** Keys of mapping patterns: literals and dotted values. */
function literalExpr(p: Parser): ast.expr {
  const t = p.peek();
  if (t.type === NUMBER || (t.type === OP && t.string === '-')) return numberExpr(p);
  if (t.type === STRING || t.type === FSTRING_START) return atom(p);
  if (t.type === NAME && (t.string === 'None' || t.string === 'True' || t.string === 'False')) return atom(p);
  const e = nameOrAttr(p);
  if (e.kind !== 'Attribute') p.fail();
  return e;
}

function closedPattern(p: Parser): P {
  const t = p.peek();
  if (t.type === NUMBER || (t.type === OP && t.string === '-')) {
    const v = numberExpr(p);
    return { kind: 'MatchValue', value: v, ...p.loc(v, v) };
  }
  if (t.type === STRING || t.type === FSTRING_START) {
    const v = atom(p);
    if (v.kind === 'JoinedStr') {
      if (p.errorPass) p.raiseAt('patterns may only match literals and attribute lookups', v, v);
      p.fail();
    }
    return { kind: 'MatchValue', value: v, ...p.loc(v, v) };
  }
  if (t.type === NAME) {
    if (t.string === 'None' || t.string === 'True' || t.string === 'False') {
      p.i++;
      return { kind: 'MatchSingleton', value: t.string === 'None' ? null : t.string === 'True', ...p.loc(t, t) };
    }
    const e = nameOrAttr(p);
    if (p.isOp('(')) return classPattern(p, e);
    if (e.kind === 'Attribute') return { kind: 'MatchValue', value: e, ...p.loc(e, e) };
    return { kind: 'MatchAs', pattern: null, name: t.string === '_' ? null : t.string, ...p.loc(t, t) };
  }
  if (t.type === OP) {
    if (t.string === '(') {
      p.i++;
      if (p.eatOp(')')) return { kind: 'MatchSequence', patterns: [], ...p.extra(t) };
      const first = maybeStarPattern(p);
      if (p.eatOp(')')) {
        if (first.kind === 'MatchStar') return { kind: 'MatchSequence', patterns: [first], ...p.extra(t) };
        return first;
      }
      const items = [first];
      p.expectOp(',');
      while (!p.isOp(')')) {
        items.push(maybeStarPattern(p));
        if (!p.eatOp(',')) break;
      }
      p.expectOp(')');
      return { kind: 'MatchSequence', patterns: items, ...p.extra(t) };
    }
    if (t.string === '[') {
      p.i++;
      const items: P[] = [];
      while (!p.isOp(']')) {
        items.push(maybeStarPattern(p));
        if (!p.eatOp(',')) break;
      }
      p.expectOp(']');
      return { kind: 'MatchSequence', patterns: items, ...p.extra(t) };
    }
    if (t.string === '{') return mappingPattern(p);
  }
  return p.fail();
}

function mappingPattern(p: Parser): P {
  const t = p.next();
  const keys: ast.expr[] = [];
  const pats: P[] = [];
  let rest: string | null = null;
  while (!p.isOp('}')) {
    if (p.eatOp('**')) {
      rest = captureName(p).string;
      p.eatOp(',');
      break;
    }
    keys.push(literalExpr(p));
    p.expectOp(':');
    pats.push(pattern(p));
    if (!p.eatOp(',')) break;
  }
  p.expectOp('}');
  return { kind: 'MatchMapping', keys, patterns: pats, rest, ...p.extra(t) };
}

function classPattern(p: Parser, cls: ast.expr): P {
  p.next();
  const pats: P[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: P[] = [];
  while (!p.isOp(')')) {
    const t = p.peek();
    if (t.type === NAME && p.peekAt(1).type === OP && p.peekAt(1).string === '=') {
      p.i += 2;
      kwd_attrs.push(t.string);
      kwd_patterns.push(pattern(p));
    } else {
      const pt = pattern(p);
      if (kwd_attrs.length) {
        if (p.errorPass) p.raiseAt('positional patterns follow keyword patterns', pt, pt);
        p.fail();
      }
      pats.push(pt);
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(')');
  return { kind: 'MatchClass', cls, patterns: pats, kwd_attrs, kwd_patterns, ...p.extra(cls) };
}
