/**
 * Statement code generation, as CPython 3.12's compiler_visit_stmt and its
 * helpers: function and class definitions (defaults, annotations,
 * decorators, closures, `__classcell__`), assignments, loops, `if`,
 * `try`/`except`/`finally` with the frame-block unwinding that `return`,
 * `break` and `continue` need, `with`/`async with`, imports, asserts and
 * module/class bodies with docstrings. Pattern matching is in
 * codegenPattern.ts; expressions in codegenExpr.ts.
 */

import { Op } from '../bytecode/opcodes';
import type * as ast from '../syntax/ast';
import { type Compiler, type FBlock, loc } from './compiler';
import {
  addYieldFrom,
  attrLoc,
  binaryOparg,
  callHelper,
  compilerSlice,
  isTwoElementSlice,
  jumpIf,
  visitExpr,
  visitExprs,
  wrapInStopIterationHandler,
} from './codegenExpr';
import { compileMatch } from './codegenPattern';
import { type Loc, NO_LOCATION } from './instr';
import { mangle } from './symtable';
import { unparseExpr } from '../syntax/unparse';

export function getDocstring(body: ast.stmt[]): string | null {
  const st = body[0];
  if (!st || st.kind !== 'Expr') return null;
  const v = st.value;
  if (v.kind === 'Constant' && typeof v.value === 'string') return v.value;
  return null;
}

export function findAnn(stmts: ast.stmt[]): boolean {
  for (const st of stmts) {
    switch (st.kind) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const m of st.cases) if (findAnn(m.body)) return true;
        break;
    }
  }
  return false;
}

/** compiler_body: module and class bodies. */
export function compileBody(c: Compiler, l: Loc, stmts: ast.stmt[]): void {
  let i = 0;
  if (c.u.scopeType === 'module' && stmts.length) l = loc(stmts[0]);
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS, l);
  if (!stmts.length) return;
  const doc = getDocstring(stmts);
  if (doc !== null) {
    i = 1;
    visitExpr(c, (stmts[0] as ast.Expr).value);
    c.nameop('__doc__', 'Store', NO_LOCATION);
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

export function visitStmts(c: Compiler, stmts: ast.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

// ------------------------------------------------------------ functions

/** compiler_default_arguments: returns MAKE_FUNCTION flags. */
export function defaultArguments(c: Compiler, l: Loc, args: ast.arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    visitExprs(c, args.defaults);
    c.addop(Op.BUILD_TUPLE, l, args.defaults.length);
    flags |= 0x01;
  }
  const keys: string[] = [];
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    const d = args.kw_defaults[i];
    if (d) {
      keys.push(mangle(c.u.privateName, args.kwonlyargs[i].arg));
      visitExpr(c, d);
    }
  }
  if (keys.length) {
    c.loadConst({ kind: 'tuple', items: keys }, l);
    c.addop(Op.BUILD_CONST_KEY_MAP, l, keys.length);
    flags |= 0x02;
  }
  return flags;
}

function visitArgAnnotation(c: Compiler, id: string, annotation: ast.expr | null, l: Loc): number {
  if (!annotation) return 0;
  c.loadConst(mangle(c.u.privateName, id), l);
  if (c.futureAnnotations) visitAnnExpr(c, annotation);
  else if (annotation.kind === 'Starred') {
    visitExpr(c, annotation.value);
    c.addop(Op.UNPACK_SEQUENCE, l, 1);
  } else visitExpr(c, annotation);
  return 2;
}

/** compiler_visit_annexpr: the annotation's source text, as CPython unparses it. */
function visitAnnExpr(c: Compiler, annotation: ast.expr): void {
  c.loadConst(unparseExpr(annotation), loc(annotation));
}

function annotations(c: Compiler, l: Loc, args: ast.arguments, returns: ast.expr | null): number {
  let n = 0;
  for (const a of args.args) n += visitArgAnnotation(c, a.arg, a.annotation, l);
  for (const a of args.posonlyargs) n += visitArgAnnotation(c, a.arg, a.annotation, l);
  if (args.vararg) n += visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, l);
  for (const a of args.kwonlyargs) n += visitArgAnnotation(c, a.arg, a.annotation, l);
  if (args.kwarg) n += visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, l);
  n += visitArgAnnotation(c, 'return', returns, l);
  if (n) {
    c.addop(Op.BUILD_TUPLE, l, n);
    return 0x04;
  }
  return 0;
}

/** compiler_function_body for def and async def. */
export function compileFunctionLikeBody(
  c: Compiler,
  s: ast.FunctionDef | ast.AsyncFunctionDef,
  funcflags: number,
  firstlineno: number,
): void {
  c.enterScope(s.name, s.kind === 'AsyncFunctionDef' ? 'async_function' : 'function', s, firstlineno);
  const doc = getDocstring(s.body);
  c.addConst(doc);
  c.u.argcount = s.args.args.length;
  c.u.posonlyargcount = s.args.posonlyargs.length;
  c.u.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]);
  if (c.u.ste.coroutine || c.u.ste.generator) wrapInStopIterationHandler(c);
  const co = c.assemble(true);
  c.exitScope();
  c.makeClosure(co, funcflags, loc(s));
}

function applyDecorators(c: Compiler, decos: ast.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addop(Op.CALL, loc(decos[i]), 0);
}

const INTRINSIC_TYPEVAR = 7;
const INTRINSIC_PARAMSPEC = 8;
const INTRINSIC_TYPEVARTUPLE = 9;
const INTRINSIC_SUBSCRIPT_GENERIC = 10;
const INTRINSIC_TYPEALIAS = 11;
const INTRINSIC_TYPEVAR_WITH_BOUND = 2;
const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

/**
 * compiler_type_params: each parameter becomes a TypeVar, ParamSpec or
 * TypeVarTuple stored as a local of the type parameter scope; a bound (or
 * constraints tuple) is compiled as its own lazily called code object.
 */
function typeParams(c: Compiler, tps: ast.type_param[]): void {
  for (const tp of tps) {
    const l = loc(tp);
    c.loadConst(tp.name, l);
    if (tp.kind === 'TypeVar') {
      if (tp.bound) {
        const bound = tp.bound;
        c.enterScope(tp.name, 'typeparams', tp, bound.lineno);
        visitExpr(c, bound);
        c.addop(Op.RETURN_VALUE, l);
        const co = c.assemble(true);
        c.exitScope();
        c.makeClosure(co, 0, l);
        c.addop(Op.CALL_INTRINSIC_2, l, bound.kind === 'Tuple' ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND);
      } else c.addop(Op.CALL_INTRINSIC_1, l, INTRINSIC_TYPEVAR);
    } else {
      c.addop(Op.CALL_INTRINSIC_1, l, tp.kind === 'ParamSpec' ? INTRINSIC_PARAMSPEC : INTRINSIC_TYPEVARTUPLE);
    }
    c.addop(Op.COPY, l, 1);
    c.nameop(tp.name, 'Store', l);
  }
  c.addop(Op.BUILD_TUPLE, loc(tps[0]), tps.length);
}

function functionDef(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  c.checkDebugArgs(s.args);
  visitExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  const l = loc(s);
  const generic = s.type_params.length > 0;
  // The NULL is for the CALL of the type parameter function.
  if (generic) c.addop(Op.PUSH_NULL, l);
  let funcflags = defaultArguments(c, l, s.args);
  let numTypeparamArgs = 0;
  if (generic) {
    if (funcflags & 0x01) numTypeparamArgs++;
    if (funcflags & 0x02) numTypeparamArgs++;
    if (numTypeparamArgs === 2) c.addop(Op.SWAP, l, 2);
    c.enterScope(`<generic parameters of ${s.name}>`, 'typeparams', s.type_params, firstlineno);
    typeParams(c, s.type_params);
    for (let i = 0; i < numTypeparamArgs; i++) c.addop(Op.LOAD_FAST, l, i);
  }
  funcflags |= annotations(c, l, s.args, s.returns);
  compileFunctionLikeBody(c, s, funcflags, firstlineno);
  if (generic) {
    c.addop(Op.SWAP, l, 2);
    c.addop(Op.CALL_INTRINSIC_2, l, INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
    c.u.argcount = numTypeparamArgs;
    const co = c.assemble(false);
    c.exitScope();
    c.makeClosure(co, 0, l);
    if (numTypeparamArgs > 0) c.addop(Op.SWAP, l, numTypeparamArgs + 1);
    c.addop(Op.CALL, l, numTypeparamArgs);
  }
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store', l);
}

function classDef(c: Compiler, s: ast.ClassDef): void {
  visitExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  const sl = loc(s);
  const generic = s.type_params.length > 0;
  if (generic) {
    // CPython 3.12 sets the enclosing unit's mangling prefix here and
    // never restores it; later names in that scope are mangled with it.
    c.u.privateName = s.name;
    c.addop(Op.PUSH_NULL, sl);
    c.enterScope(`<generic parameters of ${s.name}>`, 'typeparams', s.type_params, firstlineno);
    typeParams(c, s.type_params);
    c.nameop('.type_params', 'Store', sl);
  }
  classBody(c, s, firstlineno);
  if (generic) {
    c.nameop('.type_params', 'Load', sl);
    c.addop(Op.CALL_INTRINSIC_1, sl, INTRINSIC_SUBSCRIPT_GENERIC);
    c.nameop('.generic_base', 'Store', sl);
    const base: ast.Name = { kind: 'Name', id: '.generic_base', ctx: 'Load', ...sl };
    callHelper(c, sl, 2, [...s.bases, base], s.keywords);
    const co = c.assemble(false);
    c.exitScope();
    c.makeClosure(co, 0, sl);
    c.addop(Op.CALL, sl, 0);
  } else {
    callHelper(c, sl, 2, s.bases, s.keywords);
  }
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store', sl);
}

/** compiler_class_body: leaves __build_class__, the class function and the name on the stack. */
function classBody(c: Compiler, s: ast.ClassDef, firstlineno: number): void {
  c.enterScope(s.name, 'class', s, firstlineno);
  const l: Loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
  c.u.privateName = s.name;
  c.nameop('__name__', 'Load', l);
  c.nameop('__module__', 'Store', l);
  c.loadConst(c.u.qualname, l);
  c.nameop('__qualname__', 'Store', l);
  if (s.type_params.length) {
    c.nameop('.type_params', 'Load', l);
    c.nameop('__type_params__', 'Store', l);
  }
  if (c.u.ste.needsClassdict) {
    c.addop(Op.LOAD_LOCALS, l);
    c.addop(Op.STORE_DEREF, l, c.u.cellvars.get('__classdict__')!);
  }
  compileBody(c, l, s.body);
  if (c.u.ste.needsClassdict) {
    c.addop(Op.LOAD_CLOSURE, NO_LOCATION, c.u.cellvars.get('__classdict__')!);
    c.nameop('__classdictcell__', 'Store', NO_LOCATION);
  }
  if (c.u.ste.needsClassClosure) {
    c.addop(Op.LOAD_CLOSURE, NO_LOCATION, c.u.cellvars.get('__class__')!);
    c.addop(Op.COPY, NO_LOCATION, 1);
    c.nameop('__classcell__', 'Store', NO_LOCATION);
  } else {
    c.loadConst(null, NO_LOCATION);
  }
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  const co = c.assemble(true);
  c.exitScope();
  const sl = loc(s);
  c.addop(Op.PUSH_NULL, sl);
  c.addop(Op.LOAD_BUILD_CLASS, sl);
  c.makeClosure(co, 0, sl);
  c.loadConst(s.name, sl);
}

/** compiler_typealias: `type X[T] = v` builds a TypeAliasType whose value is evaluated lazily. */
function typeAlias(c: Compiler, s: ast.TypeAlias): void {
  const l = loc(s);
  const name = (s.name as ast.Name).id;
  const generic = s.type_params.length > 0;
  if (generic) {
    c.addop(Op.PUSH_NULL, l);
    c.enterScope(`<generic parameters of ${name}>`, 'typeparams', s.type_params, l.lineno);
    c.loadConst(name, l);
    typeParams(c, s.type_params);
  } else {
    c.loadConst(name, l);
    c.loadConst(null, l);
  }
  c.enterScope(name, 'function', s, l.lineno);
  // None first, so that the evaluate function can never have a docstring.
  c.addConst(null);
  visitExpr(c, s.value);
  c.addop(Op.RETURN_VALUE, l);
  const body = c.assemble(false);
  c.exitScope();
  c.makeClosure(body, 0, l);
  c.addop(Op.BUILD_TUPLE, l, 3);
  c.addop(Op.CALL_INTRINSIC_1, l, INTRINSIC_TYPEALIAS);
  if (generic) {
    const co = c.assemble(false);
    c.exitScope();
    c.makeClosure(co, 0, l);
    c.addop(Op.CALL, l, 0);
  }
  c.nameop(name, 'Store', l);
}

// ------------------------------------------------------------ unwinding

function callExitWithNones(c: Compiler, l: Loc): void {
  c.loadConst(null, l);
  c.loadConst(null, l);
  c.loadConst(null, l);
  c.addop(Op.CALL, l, 2);
}

function popExceptAndReraise(c: Compiler, l: Loc): void {
  c.addop(Op.COPY, l, 3);
  c.addop(Op.POP_EXCEPT, l);
  c.addop(Op.RERAISE, l, 1);
}

/** compiler_unwind_fblock; `pl.loc` may be made artificial. */
function unwindFBlock(c: Compiler, pl: { loc: Loc }, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP':
    case 'EXCEPTION_HANDLER':
    case 'EXCEPTION_GROUP_HANDLER':
    case 'ASYNC_COMPREHENSION_GENERATOR':
      return;
    case 'FOR_LOOP':
      if (preserveTos) c.addop(Op.SWAP, pl.loc, 2);
      c.addop(Op.POP_TOP, pl.loc);
      return;
    case 'TRY_EXCEPT':
      c.addop(Op.POP_BLOCK, pl.loc);
      return;
    case 'FINALLY_TRY':
      c.addop(Op.POP_BLOCK, pl.loc);
      if (preserveTos) c.pushFBlock(pl.loc, 'POP_VALUE', null, null, null);
      visitStmts(c, info.datum as ast.stmt[]);
      if (preserveTos) c.popFBlock();
      pl.loc = NO_LOCATION;
      return;
    case 'FINALLY_END':
      if (preserveTos) c.addop(Op.SWAP, pl.loc, 2);
      c.addop(Op.POP_TOP, pl.loc);
      if (preserveTos) c.addop(Op.SWAP, pl.loc, 2);
      c.addop(Op.POP_BLOCK, pl.loc);
      c.addop(Op.POP_EXCEPT, pl.loc);
      return;
    case 'WITH':
    case 'ASYNC_WITH':
      pl.loc = loc(info.datum as ast.stmt);
      c.addop(Op.POP_BLOCK, pl.loc);
      if (preserveTos) c.addop(Op.SWAP, pl.loc, 2);
      callExitWithNones(c, pl.loc);
      if (info.type === 'ASYNC_WITH') {
        c.addop(Op.GET_AWAITABLE, pl.loc, 2);
        c.loadConst(null, pl.loc);
        addYieldFrom(c, pl.loc, true);
      }
      c.addop(Op.POP_TOP, pl.loc);
      pl.loc = NO_LOCATION;
      return;
    case 'HANDLER_CLEANUP':
      if (info.datum) c.addop(Op.POP_BLOCK, pl.loc);
      if (preserveTos) c.addop(Op.SWAP, pl.loc, 2);
      c.addop(Op.POP_BLOCK, pl.loc);
      c.addop(Op.POP_EXCEPT, pl.loc);
      if (info.datum) {
        c.loadConst(null, pl.loc);
        c.nameop(info.datum as string, 'Store', pl.loc);
        c.nameop(info.datum as string, 'Del', pl.loc);
      }
      return;
    case 'POP_VALUE':
      if (preserveTos) c.addop(Op.SWAP, pl.loc, 2);
      c.addop(Op.POP_TOP, pl.loc);
      return;
  }
}

/** compiler_unwind_fblock_stack; stops at the first loop when `wantLoop`. */
function unwindFBlockStack(c: Compiler, pl: { loc: Loc }, preserveTos: boolean, wantLoop: boolean): FBlock | null {
  const fb = c.u.fblocks;
  if (!fb.length) return null;
  const top = fb[fb.length - 1];
  if (top.type === 'EXCEPTION_GROUP_HANDLER') {
    c.error(pl.loc, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (wantLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  fb.pop();
  unwindFBlock(c, pl, top, preserveTos);
  const loop = unwindFBlockStack(c, pl, preserveTos, wantLoop);
  fb.push(top);
  return loop;
}

function compileReturn(c: Compiler, s: ast.Return): void {
  let l = loc(s);
  const preserveTos = s.value !== null && s.value.kind !== 'Constant';
  if (!c.u.ste.isFunctionLike()) c.error(l, "'return' outside function");
  if (s.value && c.u.ste.coroutine && c.u.ste.generator) c.error(l, "'return' with value in async generator");
  if (preserveTos) visitExpr(c, s.value!);
  else if (s.value) {
    l = loc(s.value);
    c.addop(Op.NOP, l);
  }
  if (!s.value || s.value.lineno !== s.lineno) {
    l = loc(s);
    c.addop(Op.NOP, l);
  }
  const pl = { loc: l };
  unwindFBlockStack(c, pl, preserveTos, false);
  if (!s.value) c.loadConst(null, pl.loc);
  else if (!preserveTos) c.loadConst((s.value as ast.Constant).value, pl.loc);
  c.addop(Op.RETURN_VALUE, pl.loc);
}

function compileBreak(c: Compiler, l: Loc): void {
  c.addop(Op.NOP, l);
  const pl = { loc: l };
  const loop = unwindFBlockStack(c, pl, false, true);
  if (!loop) c.error(l, "'break' outside loop");
  unwindFBlock(c, pl, loop, false);
  c.addopJump(Op.JUMP, loop.exit!, pl.loc);
}

function compileContinue(c: Compiler, l: Loc): void {
  c.addop(Op.NOP, l);
  const pl = { loc: l };
  const loop = unwindFBlockStack(c, pl, false, true);
  if (!loop) c.error(l, "'continue' not properly in loop");
  c.addopJump(Op.JUMP, loop.block!, pl.loc);
}

// ------------------------------------------------------------ loops, if

function compileFor(c: Compiler, s: ast.For): void {
  const l = loc(s);
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(l, 'FOR_LOOP', start, end, null);
  visitExpr(c, s.iter);
  c.addop(Op.GET_ITER, l);
  c.useLabel(start);
  c.addopJump(Op.FOR_ITER, cleanup, l);
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJump(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  c.addop(Op.END_FOR, NO_LOCATION);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compileAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  const l = loc(s);
  if (c.u.scopeType !== 'async_function') c.error(l, "'async for' outside async function");
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER, l);
  c.useLabel(start);
  c.pushFBlock(l, 'FOR_LOOP', start, end, null);
  c.addopJump(Op.SETUP_FINALLY, except, l);
  c.addop(Op.GET_ANEXT, l);
  c.loadConst(null, l);
  addYieldFrom(c, l, true);
  c.addop(Op.POP_BLOCK, l);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJump(Op.JUMP, start, NO_LOCATION);
  c.popFBlock();
  c.useLabel(except);
  const el = loc(s.iter);
  c.addop(Op.END_ASYNC_FOR, el);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compileWhile(c: Compiler, s: ast.While): void {
  const l = loc(s);
  const loop = c.newLabel();
  const body = c.newLabel();
  const anchor = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(l, 'WHILE_LOOP', loop, exit, null);
  jumpIf(c, s.test, anchor, false);
  c.useLabel(body);
  visitStmts(c, s.body);
  jumpIf(c, s.test, body, true);
  c.popFBlock();
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(exit);
}

function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJump(Op.JUMP, end, NO_LOCATION);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

// ------------------------------------------------------------ try

function tryFinally(c: Compiler, s: ast.Try | ast.TryStar): void {
  let l = loc(s);
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, end, l);
  c.useLabel(body);
  c.pushFBlock(l, 'FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) {
    if (s.kind === 'Try') tryExcept(c, s);
    else tryStarExcept(c, s);
  } else visitStmts(c, s.body);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addopJump(Op.JUMP, exit, NO_LOCATION);
  c.useLabel(end);
  l = NO_LOCATION;
  c.addopJump(Op.SETUP_CLEANUP, cleanup, l);
  c.addop(Op.PUSH_EXC_INFO, l);
  c.pushFBlock(l, 'FINALLY_END', end, null, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.addop(Op.RERAISE, l, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, l);
  c.useLabel(exit);
}

function tryExcept(c: Compiler, s: ast.Try): void {
  const l = loc(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, except, l);
  c.useLabel(body);
  c.pushFBlock(l, 'TRY_EXCEPT', body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  visitStmts(c, s.orelse);
  c.addopJump(Op.JUMP, end, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(l, 'EXCEPTION_HANDLER', null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    const hl = loc(handler);
    if (!handler.type && i < n - 1) c.error(hl, "default 'except:' must be last");
    except = c.newLabel();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH, hl);
      c.addopJump(Op.POP_JUMP_IF_FALSE, except, hl);
    }
    if (handler.name) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameop(handler.name, 'Store', hl);
      c.addopJump(Op.SETUP_CLEANUP, cleanupEnd, hl);
      c.useLabel(cleanupBody);
      c.pushFBlock(hl, 'HANDLER_CLEANUP', cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.loadConst(null, NO_LOCATION);
      c.nameop(handler.name, 'Store', NO_LOCATION);
      c.nameop(handler.name, 'Del', NO_LOCATION);
      c.addopJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(cleanupEnd);
      c.loadConst(null, NO_LOCATION);
      c.nameop(handler.name, 'Store', NO_LOCATION);
      c.nameop(handler.name, 'Del', NO_LOCATION);
      c.addop(Op.RERAISE, NO_LOCATION, 1);
    } else {
      const cleanupBody = c.newLabel();
      c.addop(Op.POP_TOP, hl);
      c.useLabel(cleanupBody);
      c.pushFBlock(hl, 'HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFBlock();
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.addopJump(Op.JUMP, end, NO_LOCATION);
    }
    c.useLabel(except);
  }
  c.popFBlock();
  c.addop(Op.RERAISE, NO_LOCATION, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

const INTRINSIC_PREP_RERAISE_STAR = 1;

/**
 * compiler_try_star_except: every except* clause sees what is left of the
 * group; exceptions raised in clause bodies and the unhandled rest are
 * collected in a list that PREP_RERAISE_STAR turns into the group to
 * re-raise (or None).
 */
function tryStarExcept(c: Compiler, s: ast.TryStar): void {
  const l = loc(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, except, l);
  c.useLabel(body);
  c.pushFBlock(l, 'TRY_EXCEPT', body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopJump(Op.JUMP, orelse, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(l, 'EXCEPTION_GROUP_HANDLER', null, null, 'except handler');
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    const hl = loc(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // [orig] -> [orig, [], exc]: the list collects raised and unhandled parts.
      c.addop(Op.BUILD_LIST, hl, 0);
      c.addop(Op.COPY, hl, 2);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EG_MATCH, hl);
      c.addop(Op.COPY, hl, 1);
      c.addopJump(Op.POP_JUMP_IF_NONE, noMatch, hl);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name) c.nameop(handler.name, 'Store', hl);
    else c.addop(Op.POP_TOP, hl);
    c.addopJump(Op.SETUP_CLEANUP, cleanupEnd, hl);
    c.useLabel(cleanupBody);
    c.pushFBlock(hl, 'HANDLER_CLEANUP', cleanupBody, null, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock();
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    if (handler.name) {
      c.loadConst(null, NO_LOCATION);
      c.nameop(handler.name, 'Store', NO_LOCATION);
      c.nameop(handler.name, 'Del', NO_LOCATION);
    }
    c.addopJump(Op.JUMP, except, NO_LOCATION);
    c.useLabel(cleanupEnd);
    if (handler.name) {
      c.loadConst(null, NO_LOCATION);
      c.nameop(handler.name, 'Store', NO_LOCATION);
      c.nameop(handler.name, 'Del', NO_LOCATION);
    }
    c.addop(Op.LIST_APPEND, NO_LOCATION, 3);
    c.addop(Op.POP_TOP, NO_LOCATION);
    c.addopJump(Op.JUMP, exceptWithError, NO_LOCATION);
    c.useLabel(except);
    // A NOP to carry the propagated location.
    c.addop(Op.NOP, NO_LOCATION);
    c.addopJump(Op.JUMP, exceptWithError, NO_LOCATION);
    c.useLabel(noMatch);
    c.addop(Op.POP_TOP, hl);
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      c.addop(Op.LIST_APPEND, NO_LOCATION, 1);
      c.addopJump(Op.JUMP, reraiseStar, NO_LOCATION);
    }
  }
  c.popFBlock();
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addop(Op.CALL_INTRINSIC_2, NO_LOCATION, INTRINSIC_PREP_RERAISE_STAR);
  c.addop(Op.COPY, NO_LOCATION, 1);
  c.addopJump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopJump(Op.JUMP, end, NO_LOCATION);
  c.useLabel(reraise);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.SWAP, NO_LOCATION, 2);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.RERAISE, NO_LOCATION, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// ------------------------------------------------------------ with

function withExceptFinish(c: Compiler, cleanup: import('./instrSequence').Label): void {
  const suppress = c.newLabel();
  c.addopJump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.addop(Op.RERAISE, NO_LOCATION, 2);
  c.useLabel(suppress);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  const exit = c.newLabel();
  c.addopJump(Op.JUMP, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

function compileWith(c: Compiler, s: ast.With | ast.AsyncWith, pos: number): void {
  const isAsync = s.kind === 'AsyncWith';
  const item = s.items[pos];
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  const l = loc(s);
  if (isAsync && c.u.scopeType !== 'async_function') c.error(l, "'async with' outside async function");
  visitExpr(c, item.context_expr);
  if (isAsync) {
    c.addop(Op.BEFORE_ASYNC_WITH, l);
    c.addop(Op.GET_AWAITABLE, l, 1);
    c.loadConst(null, l);
    addYieldFrom(c, l, true);
  } else {
    c.addop(Op.BEFORE_WITH, l);
  }
  c.addopJump(Op.SETUP_WITH, final, l);
  c.useLabel(block);
  c.pushFBlock(l, isAsync ? 'ASYNC_WITH' : 'WITH', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, l);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.popFBlock();
  // compiler_async_with gives this POP_BLOCK the statement's location; compiler_with does not.
  c.addop(Op.POP_BLOCK, isAsync ? l : NO_LOCATION);
  callExitWithNones(c, l);
  if (isAsync) {
    c.addop(Op.GET_AWAITABLE, l, 2);
    c.loadConst(null, l);
    addYieldFrom(c, l, true);
  }
  c.addop(Op.POP_TOP, l);
  c.addopJump(Op.JUMP, exit, l);
  c.useLabel(final);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, l);
  c.addop(Op.PUSH_EXC_INFO, l);
  c.addop(Op.WITH_EXCEPT_START, l);
  if (isAsync) {
    c.addop(Op.GET_AWAITABLE, l, 2);
    c.loadConst(null, l);
    addYieldFrom(c, l, true);
  }
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

// ------------------------------------------------------------ assignment

function augAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  let l = loc(e);
  switch (e.kind) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addop(Op.COPY, l, 1);
      l = attrLoc(l, e);
      c.addopName(Op.LOAD_ATTR, e.attr, l);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      if (isTwoElementSlice(e.slice)) {
        compilerSlice(c, e.slice);
        c.addop(Op.COPY, l, 3);
        c.addop(Op.COPY, l, 3);
        c.addop(Op.COPY, l, 3);
        c.addop(Op.BINARY_SLICE, l);
      } else {
        visitExpr(c, e.slice);
        c.addop(Op.COPY, l, 2);
        c.addop(Op.COPY, l, 2);
        c.addop(Op.BINARY_SUBSCR, l);
      }
      break;
    case 'Name':
      c.nameop(e.id, 'Load', l);
      break;
  }
  visitExpr(c, s.value);
  c.addop(Op.BINARY_OP, loc(s), binaryOparg(s.op, true));
  l = loc(e);
  switch (e.kind) {
    case 'Attribute':
      l = attrLoc(l, e);
      c.addop(Op.SWAP, l, 2);
      c.addopName(Op.STORE_ATTR, e.attr, l);
      break;
    case 'Subscript':
      if (isTwoElementSlice(e.slice)) {
        c.addop(Op.SWAP, l, 4);
        c.addop(Op.SWAP, l, 3);
        c.addop(Op.SWAP, l, 2);
        c.addop(Op.STORE_SLICE, l);
      } else {
        c.addop(Op.SWAP, l, 3);
        c.addop(Op.SWAP, l, 2);
        c.addop(Op.STORE_SUBSCR, l);
      }
      break;
    case 'Name':
      c.nameop(e.id, 'Store', l);
      break;
  }
}

function checkAnnExpr(c: Compiler, e: ast.expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP, loc(e));
}

function annAssign(c: Compiler, s: ast.AnnAssign): void {
  const l = loc(s);
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const moduleOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  switch (targ.kind) {
    case 'Name':
      if (s.simple && moduleOrClass) {
        if (c.futureAnnotations) visitAnnExpr(c, s.annotation);
        else visitExpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, '__annotations__', l);
        c.loadConst(mangle(c.u.privateName, targ.id), l);
        c.addop(Op.STORE_SUBSCR, l);
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        if (targ.slice.kind === 'Tuple') for (const el of targ.slice.elts) checkAnnSubscr(c, el);
        else checkAnnSubscr(c, targ.slice);
      }
      break;
  }
  // Under the annotations future, annotations of complex targets produce nothing.
  if (!s.simple && moduleOrClass && !c.futureAnnotations) checkAnnExpr(c, s.annotation);
}

function checkAnnSubscr(c: Compiler, e: ast.expr): void {
  if (e.kind === 'Slice') {
    if (e.lower) checkAnnExpr(c, e.lower);
    if (e.upper) checkAnnExpr(c, e.upper);
    if (e.step) checkAnnExpr(c, e.step);
  } else checkAnnExpr(c, e);
}

// ------------------------------------------------------------ imports

function importAs(c: Compiler, l: Loc, name: string, asname: string): void {
  let dot = name.indexOf('.');
  if (dot !== -1) {
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf('.', pos);
      const attr = name.slice(pos, dot !== -1 ? dot : name.length);
      c.addopVar(Op.IMPORT_FROM, attr, 'names', l);
      if (dot === -1) break;
      c.addop(Op.SWAP, l, 2);
      c.addop(Op.POP_TOP, l);
    }
    c.nameop(asname, 'Store', l);
    c.addop(Op.POP_TOP, l);
    return;
  }
  c.nameop(asname, 'Store', l);
}

function compileImport(c: Compiler, s: ast.Import): void {
  const l = loc(s);
  for (const alias of s.names) {
    c.loadConst(0n, l);
    c.loadConst(null, l);
    c.addopName(Op.IMPORT_NAME, alias.name, l);
    if (alias.asname) importAs(c, l, alias.name, alias.asname);
    else {
      const dot = alias.name.indexOf('.');
      c.nameop(dot !== -1 ? alias.name.slice(0, dot) : alias.name, 'Store', l);
    }
  }
}

function compileFromImport(c: Compiler, s: ast.ImportFrom): void {
  const l = loc(s);
  const ff = c.futureLocation ?? { lineno: -1, col_offset: -1 };
  const after = s.lineno > ff.lineno || (s.lineno === ff.lineno && s.col_offset > ff.col_offset);
  if (after && s.module === '__future__') c.error(l, 'from __future__ imports must occur at the beginning of the file');
  c.loadConst(BigInt(s.level), l);
  c.loadConst({ kind: 'tuple', items: s.names.map((a) => a.name) }, l);
  c.addopName(Op.IMPORT_NAME, s.module ?? '', l);
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith('*')) {
      c.addop(Op.CALL_INTRINSIC_1, l, 2);
      c.addop(Op.POP_TOP, NO_LOCATION);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name, l);
    c.nameop(alias.asname ?? alias.name, 'Store', l);
  }
  c.addop(Op.POP_TOP, l);
}

// ------------------------------------------------------------ dispatcher

export function visitStmt(c: Compiler, s: ast.stmt): void {
  const l = loc(s);
  switch (s.kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      functionDef(c, s);
      break;
    case 'ClassDef':
      classDef(c, s);
      break;
    case 'Return':
      compileReturn(c, s);
      break;
    case 'Delete':
      visitExprs(c, s.targets);
      break;
    case 'Assign': {
      visitExpr(c, s.value);
      const n = s.targets.length;
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addop(Op.COPY, l, 1);
        visitExpr(c, s.targets[i]);
      }
      break;
    }
    case 'AugAssign':
      augAssign(c, s);
      break;
    case 'AnnAssign':
      annAssign(c, s);
      break;
    case 'For':
      compileFor(c, s);
      break;
    case 'AsyncFor':
      compileAsyncFor(c, s);
      break;
    case 'While':
      compileWhile(c, s);
      break;
    case 'If':
      compileIf(c, s);
      break;
    case 'Match':
      compileMatch(c, s);
      break;
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addop(Op.RAISE_VARARGS, l, n);
      break;
    }
    case 'Try':
      if (s.finalbody.length) tryFinally(c, s);
      else tryExcept(c, s);
      break;
    case 'TryStar':
      if (s.finalbody.length) tryFinally(c, s);
      else tryStarExcept(c, s);
      break;
    case 'Assert': {
      const end = c.newLabel();
      jumpIf(c, s.test, end, true);
      c.addop(Op.LOAD_ASSERTION_ERROR, l);
      if (s.msg) {
        visitExpr(c, s.msg);
        c.addop(Op.CALL, l, 0);
      }
      c.addop(Op.RAISE_VARARGS, l, 1);
      c.useLabel(end);
      break;
    }
    case 'Import':
      compileImport(c, s);
      break;
    case 'ImportFrom':
      compileFromImport(c, s);
      break;
    case 'Global':
    case 'Nonlocal':
      break;
    case 'Expr':
      if (c.interactive && c.nestlevel <= 1) {
        visitExpr(c, s.value);
        c.addop(Op.CALL_INTRINSIC_1, l, 1);
        c.addop(Op.POP_TOP, NO_LOCATION);
      } else if (s.value.kind === 'Constant') {
        c.addop(Op.NOP, l);
      } else {
        visitExpr(c, s.value);
        c.addop(Op.POP_TOP, NO_LOCATION);
      }
      break;
    case 'Pass':
      c.addop(Op.NOP, l);
      break;
    case 'Break':
      compileBreak(c, l);
      break;
    case 'Continue':
      compileContinue(c, l);
      break;
    case 'With':
    case 'AsyncWith':
      compileWith(c, s, 0);
      break;
    case 'TypeAlias':
      typeAlias(c, s);
      break;
  }
}
