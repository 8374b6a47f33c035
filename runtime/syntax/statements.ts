/**
 * Statement rules of Python 3.12's grammar: simple statements (expressions,
 * every kind of assignment, return, import, raise, del, assert, global,
 * nonlocal, pass/break/continue, `type` aliases) and compound statements
 * (if/while/for/try/with/def/class/match, their async forms, decorators and
 * PEP 695 type parameters), with blocks made of INDENT/DEDENT.
 *
 * Expressions come from expressions.ts and patterns from patterns.ts; the
 * second pass's specific error messages come from invalidRules.ts.
 */

import type * as ast from './ast';
import { Parser, isFail } from './parserState';
import { DEDENT, ENDMARKER, INDENT, NAME, NEWLINE, OP, KEYWORDS, Token } from './tokens';
import {
  call,
  expression,
  invalidTarget,
  namedExpression,
  nameToken,
  setContext,
  starExpressions,
  starNamedExpression,
  starTarget,
  targetsThenIn,
  startsExpression,
  wasParenthesized,
  yieldExpr,
} from './expressions';
import { parameters } from './parameters';
import { patterns } from './patterns';
import * as inv from './invalidRules';

type S = ast.stmt;

/** statements: until DEDENT or ENDMARKER. */
export function statements(p: Parser): S[] {
  const out: S[] = [];
  for (;;) {
    const t = p.peek();
    if (t.type === DEDENT || t.type === ENDMARKER) return out;
    statement(p, out);
  }
}

/** One statement line: a compound statement or `;`-separated simple statements. */
export function statement(p: Parser, out: S[]): void {
  const t = p.peek();
  if (t.type === NAME) {
    const c = compound(p, t);
    if (c) {
      out.push(c);
      return;
    }
  } else if (t.type === OP && t.string === '@') {
    out.push(decorated(p));
    return;
  } else if (t.type === INDENT) {
    p.fail();
  }
  simpleStatements(p, out);
}

function compound(p: Parser, t: Token): S | null {
  switch (t.string) {
    case 'if':
      return ifStmt(p, p.next(), 'if');
    case 'while':
      return whileStmt(p);
    case 'for':
      return forStmt(p, null);
    case 'try':
      return tryStmt(p);
    case 'with':
      return withStmt(p, null);
    case 'def':
      return funcDef(p, [], null);
    case 'class':
      return classDef(p, []);
    case 'async': {
      const n = p.peekAt(1);
      if (n.type === NAME) {
        if (n.string === 'def') return funcDef(p, [], p.next());
        if (n.string === 'for') return forStmt(p, p.next());
        if (n.string === 'with') return withStmt(p, p.next());
      }
      return null;
    }
    case 'match':
      return matchStmt(p);
  }
  return null;
}

/** block: NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
export function block(p: Parser, what: string, header: Token): S[] {
  const t = p.peek();
  if (t.type === NEWLINE) {
    p.i++;
    const ind = p.peek();
    if (ind.type !== INDENT) {
      if (p.errorPass) p.raiseAt(`expected an indented block after ${what} on line ${header.lineno}`, ind, ind, 'IndentationError');
      p.fail();
    }
    p.i++;
    const body = statements(p);
    if (p.peek().type !== DEDENT) p.fail();
    p.i++;
    if (body.length === 0) p.fail();
    return body;
  }
  if (p.errorPass) inv.invalidBlockStart(p);
  const out: S[] = [];
  simpleStatements(p, out);
  return out;
}

function colon(p: Parser, stmtTok: Token): Token {
  const c = p.eatOp(':');
  if (c) return c;
  if (p.errorPass) inv.invalidMissingColon(p, stmtTok);
  return p.fail();
}

// ------------------------------------------------------- simple statements

function simpleStatements(p: Parser, out: S[]): void {
  for (;;) {
    out.push(simpleStatement(p));
    if (p.eatOp(';')) {
      if (p.peek().type === NEWLINE) break;
      continue;
    }
    break;
  }
  if (p.peek().type !== NEWLINE) {
    if (p.errorPass) inv.invalidStatementEnd(p, out[out.length - 1]);
    p.fail();
  }
  p.i++;
}

function simpleStatement(p: Parser): S {
  const t = p.peek();
  if (t.type === NAME) {
    switch (t.string) {
      case 'pass':
        p.i++;
        return { kind: 'Pass', ...p.loc(t, t) };
      case 'break':
        p.i++;
        return { kind: 'Break', ...p.loc(t, t) };
      case 'continue':
        p.i++;
        return { kind: 'Continue', ...p.loc(t, t) };
      case 'return': {
        p.i++;
        const value = startsExpression(p) ? starExpressions(p) : null;
        return { kind: 'Return', value, ...p.extra(t) };
      }
      case 'import':
        return importStmt(p);
      case 'from':
        return importFrom(p);
      case 'raise': {
        p.i++;
        let exc: ast.expr | null = null;
        let cause: ast.expr | null = null;
        if (startsExpression(p)) {
          exc = expression(p);
          if (p.eatKw('from')) cause = expression(p);
        }
        return { kind: 'Raise', exc, cause, ...p.extra(t) };
      }
      case 'global':
      case 'nonlocal': {
        p.i++;
        const names = [nameToken(p).string];
        while (p.eatOp(',')) names.push(nameToken(p).string);
        return t.string === 'global' ? { kind: 'Global', names, ...p.extra(t) } : { kind: 'Nonlocal', names, ...p.extra(t) };
      }
      case 'del':
        return delStmt(p);
      case 'assert': {
        p.i++;
        const test = expression(p);
        const msg = p.eatOp(',') ? expression(p) : null;
        return { kind: 'Assert', test, msg, ...p.extra(t) };
      }
      case 'type': {
        const n = p.peekAt(1);
        if (n.type === NAME && !KEYWORDS.has(n.string)) {
          const a = p.peekAt(2);
          if (a.type === OP && (a.string === '=' || a.string === '[')) return typeAlias(p);
        }
        break;
      }
    }
  }
  return exprOrAssignment(p);
}

const AUGOPS: Record<string, ast.operator> = {
  '+=': 'Add',
  '-=': 'Sub',
  '*=': 'Mult',
  '@=': 'MatMult',
  '/=': 'Div',
  '%=': 'Mod',
  '&=': 'BitAnd',
  '|=': 'BitOr',
  '^=': 'BitXor',
  '<<=': 'LShift',
  '>>=': 'RShift',
  '**=': 'Pow',
  '//=': 'FloorDiv',
};

function rhs(p: Parser): ast.expr {
  return p.isKw('yield') ? yieldExpr(p) : starExpressions(p);
}

/** Expression statements and assignments: parse an expression, then see what follows it. */
function exprOrAssignment(p: Parser): S {
  const startIdx = p.i;
  const startTok = p.peek();
  const first = rhs(p);
  const t = p.peek();
  if (t.type !== OP) {
    if (p.errorPass) inv.invalidExpressionStatement(p, first);
    return { kind: 'Expr', value: first, ...p.extra(startTok) };
  }
  if (t.string === '=') {
    const targets = [first];
    let value: ast.expr;
    for (;;) {
      p.i++;
      value = rhs(p);
      if (!p.isOp('=')) break;
      targets.push(value);
    }
    for (const x of targets) {
      if (x.kind === 'Yield' || x.kind === 'YieldFrom' || invalidTarget(x, 'Store')) {
        if (p.errorPass) {
          inv.invalidAssignmentAt(p, startIdx);
          inv.invalidAssignment(p, x, '=');
        }
        p.fail();
      }
      setContext(x, 'Store');
    }
    return { kind: 'Assign', targets, value, type_comment: null, ...p.extra(startTok) };
  }
  if (t.string === ':') {
    const single = first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript';
    if (!single) {
      if (p.errorPass) inv.invalidAnnotatedTarget(p, first);
      p.fail();
    }
    p.i++;
    const annotation = expression(p);
    const value = p.eatOp('=') ? rhs(p) : null;
    setContext(first, 'Store');
    const simple = first.kind === 'Name' && !(startTok.type === OP && startTok.string === '(' && wasParenthesized(first)) ? 1 : 0;
    return { kind: 'AnnAssign', target: first as ast.Name, annotation, value, simple, ...p.extra(startTok) };
  }
  const op = AUGOPS[t.string];
  if (op) {
    if (!(first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript')) {
      if (p.errorPass) inv.invalidAugTarget(p, first);
      p.fail();
    }
    p.i++;
    const value = rhs(p);
    setContext(first, 'Store');
    return { kind: 'AugAssign', target: first, op, value, ...p.extra(startTok) };
  }
  if (p.errorPass) inv.invalidExpressionStatement(p, first);
  return { kind: 'Expr', value: first, ...p.extra(startTok) };
}

function delStmt(p: Parser): S {
  const t = p.next();
  const first = delTarget(p);
  const targets = [first];
  while (p.eatOp(',')) {
    if (p.isOp(';') || p.peek().type === NEWLINE) break;
    targets.push(delTarget(p));
  }
  if (!(p.isOp(';') || p.peek().type === NEWLINE)) {
    if (p.errorPass) inv.invalidDelTarget(p, targets[targets.length - 1]);
    p.fail();
  }
  return { kind: 'Delete', targets, ...p.extra(t) };
}

function delTarget(p: Parser): ast.expr {
  const e = starNamedExpression(p);
  if (invalidTarget(e, 'Del')) {
    if (p.errorPass) inv.invalidDelTarget(p, e);
    p.fail();
  }
  setContext(e, 'Del');
  return e;
}

function dottedName(p: Parser): string {
  let s = nameToken(p).string;
  while (p.isOp('.')) {
    p.i++;
    s += '.' + nameToken(p).string;
  }
  return s;
}

function importStmt(p: Parser): S {
  const t = p.next();
  const names: ast.alias[] = [];
  do {
    const s = p.peek();
    const name = dottedName(p);
    const asname = p.eatKw('as') ? nameToken(p).string : null;
    names.push({ kind: 'alias', name, asname, ...p.extra(s) });
  } while (p.eatOp(','));
  return { kind: 'Import', names, ...p.extra(t) };
}

function importFrom(p: Parser): S {
  const t = p.next();
  let level = 0;
  for (;;) {
    if (p.eatOp('.')) level++;
    else if (p.eatOp('...')) level += 3;
    else break;
  }
  let module: string | null = null;
  if (!p.isKw('import') || level === 0) module = dottedName(p);
  p.expectKw('import');
  const names: ast.alias[] = [];
  const star = p.eatOp('*');
  if (star) {
    names.push({ kind: 'alias', name: '*', asname: null, ...p.loc(star, star) });
  } else {
    const paren = p.eatOp('(');
    for (;;) {
      const s = nameToken(p);
      const asname = p.eatKw('as') ? nameToken(p).string : null;
      names.push({ kind: 'alias', name: s.string, asname, ...p.extra(s) });
      if (!p.eatOp(',')) break;
      if (paren && p.isOp(')')) break;
      if (!paren && p.peek().type === NEWLINE) {
        if (p.errorPass) p.raiseHere('trailing comma not allowed without surrounding parentheses');
        p.fail();
      }
    }
    if (paren) p.expectOp(')');
  }
  return { kind: 'ImportFrom', module, names, level, ...p.extra(t) };
}

function typeParams(p: Parser): ast.type_param[] {
  if (!p.eatOp('[')) return [];
  const out: ast.type_param[] = [];
  for (;;) {
    const t = p.peek();
    if (t.type === OP && (t.string === '*' || t.string === '**')) {
      p.i++;
      const n = nameToken(p);
      if (p.isOp(':')) {
        if (p.errorPass) {
          p.i++;
          const e = expression(p);
          p.raiseAt(t.string === '*' ? 'cannot use bound with TypeVarTuple' : 'cannot use bound with ParamSpec', p.loc(p.toks[p.toks.indexOf(n) + 1], e), e);
        }
        p.fail();
      }
      out.push(t.string === '*' ? { kind: 'TypeVarTuple', name: n.string, ...p.extra(t) } : { kind: 'ParamSpec', name: n.string, ...p.extra(t) });
    } else {
      const n = nameToken(p);
      const bound = p.eatOp(':') ? expression(p) : null;
      out.push({ kind: 'TypeVar', name: n.string, bound, ...p.extra(n) });
    }
    if (!p.eatOp(',')) break;
    if (p.isOp(']')) break;
  }
  p.expectOp(']');
  return out;
}

function typeAlias(p: Parser): S {
  const t = p.next();
  const n = p.next();
  const name: ast.Name = { kind: 'Name', id: n.string, ctx: 'Store', ...p.loc(n, n) };
  const type_params = typeParams(p);
  p.expectOp('=');
  const value = expression(p);
  return { kind: 'TypeAlias', name, type_params, value, ...p.extra(t) };
}

// ----------------------------------------------------- compound statements

function ifStmt(p: Parser, t: Token, word: string): S {
  const test = namedExpression(p);
  colon(p, t);
  const body = block(p, `'${word}' statement`, t);
  let orelse: S[] = [];
  const n = p.peek();
  if (n.type === NAME && n.string === 'elif') {
    p.i++;
    orelse = [ifStmt(p, n, 'elif')];
  } else if (n.type === NAME && n.string === 'else') {
    orelse = elseBlock(p);
  }
  return { kind: 'If', test, body, orelse, ...p.extraBlock(t) };
}

function elseBlock(p: Parser): S[] {
  const e = p.next();
  p.forceOp(':');
  return block(p, "'else' statement", e);
}

function whileStmt(p: Parser): S {
  const t = p.next();
  const test = namedExpression(p);
  colon(p, t);
  const body = block(p, "'while' statement", t);
  const orelse = p.isKw('else') ? elseBlock(p) : [];
  return { kind: 'While', test, body, orelse, ...p.extraBlock(t) };
}

function forStmt(p: Parser, asyncTok: Token | null): S {
  const t = p.next();
  const target = targetsThenIn(p);
  const iter = starExpressions(p);
  colon(p, t);
  const body = block(p, "'for' statement", t);
  const orelse = p.isKw('else') ? elseBlock(p) : [];
  const loc = p.extraBlock(asyncTok ?? t);
  return asyncTok
    ? { kind: 'AsyncFor', target, iter, body, orelse, type_comment: null, ...loc }
    : { kind: 'For', target, iter, body, orelse, type_comment: null, ...loc };
}

function withItem(p: Parser): ast.withitem {
  const context_expr = expression(p);
  let optional_vars: ast.expr | null = null;
  if (p.eatKw('as')) {
    optional_vars = starTarget(p);
    if (!(p.isOp(',') || p.isOp(')') || p.isOp(':'))) {
      if (p.errorPass) inv.invalidWithItemTarget(p, optional_vars);
      p.fail();
    }
  }
  return { kind: 'withitem', context_expr, optional_vars };
}

function withStmt(p: Parser, asyncTok: Token | null): S {
  const t = p.next();
  let items: ast.withitem[] | null = null;
  if (p.isOp('(')) {
    // The parenthesised form `with (a as b, c):` is tried first, as in CPython.
    const save = p.i;
    try {
      p.i++;
      const list = [withItem(p)];
      while (p.eatOp(',')) {
        if (p.isOp(')')) break;
        list.push(withItem(p));
      }
      p.expectOp(')');
      if (!p.isOp(':')) p.fail();
      items = list;
    } catch (e) {
      if (!isFail(e)) throw e;
      p.i = save;
    }
  }
  if (!items) {
    items = [withItem(p)];
    while (p.eatOp(',')) items.push(withItem(p));
  }
  colon(p, t);
  const body = block(p, "'with' statement", t);
  const loc = p.extraBlock(asyncTok ?? t);
  return asyncTok ? { kind: 'AsyncWith', items, body, type_comment: null, ...loc } : { kind: 'With', items, body, type_comment: null, ...loc };
}

function tryStmt(p: Parser): S {
  const t = p.next();
  p.forceOp(':');
  const body = block(p, "'try' statement", t);
  const handlers: ast.ExceptHandler[] = [];
  let star = -1;
  while (p.isKw('except')) {
    const e = p.next();
    const isStar = p.eatOp('*') !== null;
    if (star === -1) star = isStar ? 1 : 0;
    else if ((star === 1) !== isStar) {
      if (p.errorPass) p.raiseAt("cannot have both 'except' and 'except*' on the same 'try'", e, e);
      p.fail();
    }
    let type: ast.expr | null = null;
    let name: string | null = null;
    if (!p.isOp(':')) {
      type = expression(p);
      if (p.isOp(',')) {
        if (p.errorPass) inv.invalidExceptComma(p, type);
        p.fail();
      }
      if (p.eatKw('as')) name = nameToken(p).string;
    } else if (isStar) {
      if (p.errorPass) p.raiseHere('expected one or more exception types');
      p.fail();
    }
    colon(p, e);
    const hbody = block(p, isStar ? "'except*' statement" : "'except' statement", e);
    handlers.push({ kind: 'ExceptHandler', type, name, body: hbody, ...p.extraBlock(e) });
  }
  let orelse: S[] = [];
  let finalbody: S[] = [];
  if (handlers.length && p.isKw('else')) orelse = elseBlock(p);
  if (p.isKw('finally')) {
    const f = p.next();
    p.forceOp(':');
    finalbody = block(p, "'finally' statement", f);
  }
  if (!handlers.length && !finalbody.length) {
    if (p.errorPass) p.raiseAt("expected 'except' or 'finally' block", p.peek(), p.peek());
    p.fail();
  }
  const loc = p.extraBlock(t);
  return star === 1 ? { kind: 'TryStar', body, handlers, orelse, finalbody, ...loc } : { kind: 'Try', body, handlers, orelse, finalbody, ...loc };
}

function decorated(p: Parser): S {
  const decorators: ast.expr[] = [];
  while (p.eatOp('@')) {
    decorators.push(namedExpression(p));
    if (p.peek().type !== NEWLINE) p.fail();
    p.i++;
  }
  const t = p.peek();
  if (t.type === NAME) {
    if (t.string === 'def') return funcDef(p, decorators, null);
    if (t.string === 'class') return classDef(p, decorators);
    if (t.string === 'async' && p.peekAt(1).string === 'def') return funcDef(p, decorators, p.next());
  }
  return p.fail();
}

function funcDef(p: Parser, decorator_list: ast.expr[], asyncTok: Token | null): S {
  const t = p.next();
  const name = nameToken(p);
  const type_params = typeParams(p);
  p.forceOp('(');
  const args = parameters(p, false);
  p.expectOp(')');
  const returns = p.eatOp('->') ? expression(p) : null;
  p.forceOp(':');
  const body = block(p, `function definition`, t);
  const loc = p.extraBlock(asyncTok ?? t);
  const fields = { name: name.string, args, body, decorator_list, returns, type_comment: null, type_params };
  return asyncTok ? { kind: 'AsyncFunctionDef', ...fields, ...loc } : { kind: 'FunctionDef', ...fields, ...loc };
}

function classDef(p: Parser, decorator_list: ast.expr[]): S {
  const t = p.next();
  const name = nameToken(p);
  const type_params = typeParams(p);
  let bases: ast.expr[] = [];
  let keywords: ast.keyword[] = [];
  if (p.isOp('(')) {
    const c = call(p, { kind: 'Name', id: '', ctx: 'Load', ...p.loc(name, name) }, name) as ast.Call;
    bases = c.args;
    keywords = c.keywords;
  }
  colon(p, t);
  const body = block(p, 'class definition', t);
  return { kind: 'ClassDef', name: name.string, bases, keywords, body, decorator_list, type_params, ...p.extraBlock(t) };
}

/** match_stmt, tried first whenever a statement starts with the soft keyword `match`. */
function matchStmt(p: Parser): S | null {
  const save = p.i;
  const t = p.next();
  let subject: ast.expr;
  try {
    const st = p.peek();
    const first = starNamedExpression(p);
    if (p.isOp(',')) {
      const elts = [first];
      while (p.eatOp(',')) {
        if (p.isOp(':')) break;
        elts.push(starNamedExpression(p));
      }
      subject = { kind: 'Tuple', elts, ctx: 'Load', ...p.extra(st) };
    } else {
      if (first.kind === 'Starred') p.fail();
      subject = first;
    }
    if (!p.isOp(':')) {
      if (p.errorPass && p.peek().type === NEWLINE) p.raiseHere("expected ':'");
      p.fail();
    }
    p.i++;
  } catch (e) {
    if (!isFail(e)) throw e;
    p.i = save;
    return null;
  }
  if (p.peek().type !== NEWLINE) p.fail();
  p.i++;
  if (p.peek().type !== INDENT) {
    if (p.errorPass) p.raiseAt(`expected an indented block after 'match' statement on line ${t.lineno}`, p.peek(), p.peek(), 'IndentationError');
    p.fail();
  }
  p.i++;
  const cases: ast.match_case[] = [];
  while (p.isKw('case')) {
    const c = p.next();
    const pattern = patterns(p);
    const guard = p.eatKw('if') ? namedExpression(p) : null;
    colon(p, c);
    const body = block(p, "'case' statement", c);
    cases.push({ kind: 'match_case', pattern, guard, body });
  }
  if (!cases.length || p.peek().type !== DEDENT) p.fail();
  p.i++;
  return { kind: 'Match', subject, cases, ...p.extraBlock(t) };
}
