/**
 * The second parsing pass's specific error messages: CPython's `invalid_*`
 * grammar rules, which only run after a first pass failed. Each function is
 * called at the point where CPython's grammar would try the matching rule; it
 * either records a SyntaxError (and stops the parse) or returns, leaving the
 * caller to fail with the generic "invalid syntax".
 *
 * Tokenizer errors and the generic error's placement are in parser.ts.
 */

import type * as ast from './ast';
import { Parser, isFail } from './parserState';
import { NAME, NEWLINE, OP, STRING, Token } from './tokens';
import { bitwiseOr, expression, starExpressions, startsExpression } from './expressions';

type E = ast.expr;

/** CPython's _PyPegen_get_expr_name. */
export function exprName(e: E): string {
  switch (e.kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (typeof v === 'object' && v.kind === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    default:
      return 'expression';
  }
}

type Targets = 'star' | 'del' | 'for';

/** CPython's _PyPegen_get_invalid_target. */
export function invalidTargetOf(e: E, type: Targets): E | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const c = invalidTargetOf(x, type);
        if (c) return c;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTargetOf(e.value, type);
    case 'Compare':
      if (type === 'for') return e.ops[0] === 'In' ? invalidTargetOf(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

function raiseInvalidTarget(p: Parser, type: Targets, e: E): void {
  const bad = invalidTargetOf(e, type);
  if (bad) p.raiseAt(`${type === 'del' ? 'cannot delete' : 'cannot assign to'} ${exprName(bad)}`, bad, bad);
}

/** Runs `f` from token index `at`, restoring the cursor if it fails generically. */
function attempt<T>(p: Parser, at: number, f: () => T): T | null {
  const save = p.i;
  p.i = at;
  try {
    return f();
  } catch (e) {
    if (!isFail(e)) throw e;
    return null;
  } finally {
    p.i = save;
  }
}

function isOp(t: Token, s: string): boolean {
  return t.type === OP && t.string === s;
}

/**
 * invalid_named_expression, tried wherever a named_expression may start:
 * `NAME = value` and `target = value` used where a comparison was meant.
 */
export function invalidNamedExpressionAt(p: Parser, at: number): void {
  const t = p.toks[at];
  attempt(p, at, () => {
    if (t.type === NAME && isOp(p.peekAt(1), '=')) {
      p.i += 2;
      const b = bitwiseOr(p);
      const n = p.peek();
      if (!isOp(n, '=') && !isOp(n, ':=')) p.raiseAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, b);
      return;
    }
    const a = bitwiseOr(p);
    const startsDisplay = a.kind === 'List' || a.kind === 'Tuple' || a.kind === 'GeneratorExp' || (a.kind === 'Constant' && (a.value === null || a.value === true || a.value === false));
    if (startsDisplay && a.lineno === t.lineno && a.col_offset === t.col_offset) return;
    if (!p.eatOp('=')) return;
    bitwiseOr(p);
    const n = p.peek();
    if (!isOp(n, '=') && !isOp(n, ':=')) p.raiseAt(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a, a);
  });
}

export function invalidNamedExpression(p: Parser, e: E): void {
  p.raiseAt(`cannot use assignment expressions with ${exprName(e)}`, e, e);
}

export function invalidExpressionElse(p: Parser, body: E, test: E): void {
  const n = p.peek();
  if (isOp(n, ':') || isOp(n, ',') || isOp(n, ')') || isOp(n, ']') || isOp(n, '}') || n.type === NEWLINE || n.type === 0) {
    p.raiseAt("expected 'else' after 'if' expression", body, test);
  }
}

const SOFT_KEYWORDS = new Set(['match', 'case', 'type', '_']);

/**
 * invalid_expression: `!(NAME STRING | SOFT_KEYWORD) a=disjunction
 * b=expression_without_invalid` inside brackets is a missing comma.
 */
export function invalidExpression(p: Parser, startIdx: number, a: E): void {
  const first = p.toks[startIdx];
  if (first.type === NAME && (SOFT_KEYWORDS.has(first.string) || p.toks[startIdx + 1].type === STRING)) return;
  if (a.kind === 'Name' && (a.id === 'print' || a.id === 'exec')) return;
  const n = p.peek();
  if (n.type === NAME && (n.string === 'if' || n.string === 'else')) return;
  if (!startsExpression(p) || (n.type === OP && (n.string === '*' || n.string === '**'))) return;
  const b = attempt(p, p.i, () => expressionWithoutInvalid(p));
  if (!b) return;
  if (p.toks[p.i - 1].level === 0) return;
  p.raiseAt('invalid syntax. Perhaps you forgot a comma?', a, b);
}

function expressionWithoutInvalid(p: Parser): E {
  const was = p.errorPass;
  p.errorPass = false;
  try {
    return expression(p);
  } finally {
    p.errorPass = was;
  }
}

/** invalid_legacy_expression: `print x` and `exec x`. */
export function invalidLegacyExpression(p: Parser, at: number): void {
  const a = p.toks[at];
  if (a.type !== NAME || (a.string !== 'print' && a.string !== 'exec')) return;
  if (isOp(p.toks[at + 1], '(')) return;
  attempt(p, at + 1, () => {
    const b = expressionWithoutInvalid2(p);
    p.raiseAt(`Missing parentheses in call to '${a.string}'. Did you mean ${a.string}(...)?`, a, b);
  });
}

function expressionWithoutInvalid2(p: Parser): E {
  const was = p.errorPass;
  p.errorPass = false;
  try {
    return starExpressions(p);
  } finally {
    p.errorPass = was;
  }
}

export function invalidLambda(p: Parser): void {
  void p;
}
export function invalidKwargKeyword(p: Parser, t: Token): void {
  const eq = p.peekAt(1);
  p.raiseAt(`cannot assign to ${t.string}`, t, eq);
}
export function invalidKwarg(p: Parser, e: E): void {
  const eq = p.peek();
  if (e.kind === 'Constant' && (e.value === true || e.value === false || e.value === null)) p.raiseAt(`cannot assign to ${exprName(e)}`, e, eq);
  p.raiseAt('expression cannot contain assignment, perhaps you meant "=="?', e, eq);
}
export function invalidGenexpArgument(p: Parser, e: E, gens: ast.comprehension[]): void {
  const last = gens[gens.length - 1];
  const end = last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
  p.raiseAt('Generator expression must be parenthesized', e, end);
}
export function invalidArgumentsComma(p: Parser, args: E[], kws: ast.keyword[]): void {
  void args;
  void kws;
}
export function invalidAtom(p: Parser, t: Token): void {
  void t;
}
export function invalidComprehensionStarred(p: Parser, e: E): void {
  p.raiseAt('iterable unpacking cannot be used in comprehension', e, e);
}
export function invalidGroupClose(p: Parser, last?: E): void {
  void last;
}
export function invalidDictEntry(p: Parser, k: E): void {
  const n = p.peek();
  if (isOp(n, '}') || isOp(n, ',')) {
    p.raiseAt("':' expected after dictionary key", { lineno: k.end_lineno, col_offset: k.end_col_offset - 1, end_lineno: k.end_lineno, end_col_offset: k.end_col_offset }, 'end0');
  }
}
export function invalidForTarget(p: Parser, target: E): void {
  void target;
}
export function invalidForTargetAt(p: Parser, at: number): void {
  attempt(p, at, () => {
    const a = starExpressions(p);
    raiseInvalidTarget(p, 'for', a);
  });
}
export function invalidAfterKwargs(p: Parser, isLambda: boolean): void {
  void isLambda;
  p.raiseHere('arguments cannot follow var-keyword argument');
}
export function invalidSlash(p: Parser, t: Token, star: boolean, sawSlash: boolean, isLambda: boolean): void {
  void isLambda;
  if (sawSlash) p.raiseAt('/ may appear only once', t, t);
  if (star) p.raiseAt('/ must be ahead of *', t, t);
  p.raiseAt('at least one argument must precede /', t, t);
}
export function invalidParameterSeparator(p: Parser, isLambda: boolean): void {
  void isLambda;
}
export function invalidBlockStart(p: Parser): void {
  void p;
}
export function invalidMissingColon(p: Parser, stmtTok: Token): void {
  const n = p.peek();
  if (n.type === NEWLINE) p.raiseAt("expected ':'", n, n);
  void stmtTok;
}
export function invalidStatementEnd(p: Parser, last: ast.stmt): void {
  void last;
}

/** invalid_assignment for `targets = value` where a target cannot be assigned to. */
export function invalidAssignmentAt(p: Parser, at: number): void {
  invalidNamedExpressionAt(p, at);
  attempt(p, at, () => {
    for (;;) {
      const a = p.isKw('yield') ? null : starExpressions(p);
      if (!p.eatOp('=')) return;
      if (!a) p.raiseHere('assignment to yield expression not possible');
      if (a && invalidTargetOf(a, 'star')) raiseInvalidTarget(p, 'star', a);
    }
  });
}
export function invalidAssignment(p: Parser, x: E, op: string): void {
  void op;
  if (x.kind === 'Yield' || x.kind === 'YieldFrom') p.raiseAt('assignment to yield expression not possible', x, x);
  raiseInvalidTarget(p, 'star', x);
}
export function invalidAnnotatedTarget(p: Parser, e: E): void {
  if (e.kind === 'Tuple' || e.kind === 'List') p.raiseAt(`only single target (not ${e.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e, e);
  p.raiseAt('illegal target for annotation', e, e);
}
export function invalidAugTarget(p: Parser, e: E): void {
  p.raiseAt(`'${exprName(e)}' is an illegal expression for augmented assignment`, e, e);
}
export function invalidExpressionStatement(p: Parser, e: E): void {
  void e;
}
export function invalidDelTarget(p: Parser, e: E): void {
  raiseInvalidTarget(p, 'del', e);
}
export function invalidWithItemTarget(p: Parser, e: E): void {
  raiseInvalidTarget(p, 'star', e);
}
/** invalid_except_stmt: `except A, B:` needs parentheses. */
export function invalidExceptComma(p: Parser, type: E): void {
  const rest = attempt(p, p.i, () => {
    p.expectOp(',');
    const r = starExpressions(p);
    if (p.eatKw('as')) p.next();
    if (!p.isOp(':')) p.fail();
    return r;
  });
  if (rest) p.raiseAt('multiple exception types must be parenthesized', type, rest);
}
