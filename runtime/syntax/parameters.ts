/**
 * Parameter lists of `def` and `lambda` (CPython's `parameters` and
 * `lambda_parameters` rules): positional-only parameters before `/`,
 * defaults, `*args` or a bare `*`, keyword-only parameters and `**kwargs`,
 * with annotations for `def` (including `*args: *Ts`).
 *
 * It stops before the closing `)` or `:`; the caller consumes it.
 */

import type * as ast from './ast';
import { Parser } from './parserState';
import { OP } from './tokens';
import { expression, nameToken, starExpression } from './expressions';
import * as inv from './invalidRules';

function param(p: Parser, isLambda: boolean, starAnnotation: boolean): ast.arg {
  const n = nameToken(p);
  let annotation: ast.expr | null = null;
  if (!isLambda && p.eatOp(':')) annotation = starAnnotation ? starExpression(p) : expression(p);
  return { kind: 'arg', arg: n.string, annotation, type_comment: null, ...p.extra(n) };
}

export function parameters(p: Parser, isLambda: boolean): ast.arguments {
  const close = isLambda ? ':' : ')';
  const posonlyargs: ast.arg[] = [];
  const args: ast.arg[] = [];
  const defaults: ast.expr[] = [];
  const kwonlyargs: ast.arg[] = [];
  const kw_defaults: (ast.expr | null)[] = [];
  let vararg: ast.arg | null = null;
  let kwarg: ast.arg | null = null;
  let star = false;
  let sawSlash = false;
  const result = (): ast.arguments => ({ kind: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults });
  if (p.isOp(close)) return result();
  for (;;) {
    const t = p.peek();
    if (kwarg) {
      if (p.errorPass) inv.invalidAfterKwargs(p, isLambda);
      p.fail();
    }
    if (t.type === OP && t.string === '/') {
      if (star || sawSlash || (args.length === 0 && posonlyargs.length === 0)) {
        if (p.errorPass) inv.invalidSlash(p, t, star, sawSlash, isLambda);
        p.fail();
      }
      p.i++;
      sawSlash = true;
      posonlyargs.push(...args);
      args.length = 0;
    } else if (t.type === OP && t.string === '*') {
      if (star) {
        if (p.errorPass) p.raiseAt(isLambda ? '* argument may appear only once' : '* argument may appear only once', t, t);
        p.fail();
      }
      p.i++;
      star = true;
      if (p.isOp(',')) {
        if (p.peekAt(1).type === OP && (p.peekAt(1).string === close || p.peekAt(1).string === '**')) {
          if (p.errorPass) p.raiseAt('named arguments must follow bare *', t, t);
          p.fail();
        }
      } else if (p.isOp(close)) {
        if (p.errorPass) p.raiseAt('named arguments must follow bare *', t, t);
        p.fail();
      } else {
        vararg = param(p, isLambda, true);
        if (p.isOp('=')) {
          if (p.errorPass) p.raiseHere(isLambda ? 'var-positional argument cannot have default value' : 'var-positional argument cannot have default value');
          p.fail();
        }
      }
    } else if (t.type === OP && t.string === '**') {
      p.i++;
      kwarg = param(p, isLambda, false);
      if (p.isOp('=')) {
        if (p.errorPass) p.raiseHere('var-keyword argument cannot have default value');
        p.fail();
      }
    } else {
      const a = param(p, isLambda, false);
      if (star) {
        kwonlyargs.push(a);
        kw_defaults.push(p.eatOp('=') ? expression(p) : null);
      } else {
        args.push(a);
        if (p.eatOp('=')) defaults.push(expression(p));
        else if (defaults.length > 0) {
          if (p.errorPass) p.raiseAt('parameter without a default follows parameter with a default', a, a);
          p.fail();
        }
      }
    }
    if (p.isOp(close)) break;
    if (!p.eatOp(',')) {
      if (p.errorPass) inv.invalidParameterSeparator(p, isLambda);
      p.fail();
    }
    if (p.isOp(close)) break;
  }
  return result();
}
