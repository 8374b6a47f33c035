/**
 * Expression code generation, as CPython 3.12's compiler_visit_expr1 and
 * its helpers: operators, comparisons (including chained ones and the
 * jump-if forms used by conditions), calls (method calls, keyword names,
 * star-args), displays with CPython's constant-folding shortcuts,
 * subscripts and slices, attribute access with its position tweak,
 * lambdas, comprehensions (inlined per PEP 709, generator expressions as
 * their own code object), f-strings, yield/await and assignment targets.
 * Statements live in codegenStmt.ts.
 */

import type { CodeConstant } from '../bytecode/codeData';
import { Op } from '../bytecode/opcodes';
import type * as ast from '../syntax/ast';
import { type Compiler, loc } from './compiler';
import { type Loc, NO_LOCATION } from './instr';
import type { Label } from './instrSequence';
import { DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, SCOPE_MASK, SCOPE_OFFSET, Scope } from './symtable';
import { defaultArguments } from './codegenStmt';
import { frozensetItems } from './frozensetOrder';

export const STACK_USE_GUIDELINE = 30;

const NB: Record<ast.operator, number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
};
export const NB_INPLACE_OFFSET = 13;
export function binaryOparg(op: ast.operator, inplace: boolean): number {
  return NB[op] + (inplace ? NB_INPLACE_OFFSET : 0);
}

const INTRINSIC_UNARY_POSITIVE = 5;
const INTRINSIC_LIST_TO_TUPLE = 6;
const INTRINSIC_ASYNC_GEN_WRAP = 4;

export function visitExprs(c: Compiler, es: ast.expr[]): void {
  for (const e of es) visitExpr(c, e);
}

export function addCompare(c: Compiler, op: ast.cmpop, l: Loc): void {
  let cmp: number;
  switch (op) {
    case 'Is':
      return c.addop(Op.IS_OP, l, 0);
    case 'IsNot':
      return c.addop(Op.IS_OP, l, 1);
    case 'In':
      return c.addop(Op.CONTAINS_OP, l, 0);
    case 'NotIn':
      return c.addop(Op.CONTAINS_OP, l, 1);
    case 'Lt':
      cmp = 0;
      break;
    case 'LtE':
      cmp = 1;
      break;
    case 'Eq':
      cmp = 2;
      break;
    case 'NotEq':
      cmp = 3;
      break;
    case 'Gt':
      cmp = 4;
      break;
    case 'GtE':
      cmp = 5;
      break;
  }
  const masks = [2, 10, 8, 7, 4, 12];
  c.addop(Op.COMPARE_OP, l, (cmp << 4) | masks[cmp]);
}

/** compiler_jump_if: jump to `next` when `e` is (cond ? true : false). */
export function jumpIf(c: Compiler, e: ast.expr, next: Label, cond: boolean): void {
  switch (e.kind) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (!cond2 !== !cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, s[i], next2, cond2);
      jumpIf(c, s[n], next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        const l = loc(e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addop(Op.SWAP, l, 2);
          c.addop(Op.COPY, l, 2);
          addCompare(c, e.ops[i], l);
          c.addopJump(Op.POP_JUMP_IF_FALSE, cleanup, l);
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n], l);
        c.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, l);
        const end = c.newLabel();
        c.addopJump(Op.JUMP, end, NO_LOCATION);
        c.useLabel(cleanup);
        c.addop(Op.POP_TOP, l);
        if (!cond) c.addopJump(Op.JUMP, next, NO_LOCATION);
        c.useLabel(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc(e));
}

/** update_start_location_to_match_attr. */
export function attrLoc(l: Loc, attr: ast.Attribute): Loc {
  if (l.lineno === attr.end_lineno) return l;
  const lineno = attr.end_lineno;
  let col = l.col_offset;
  let endCol = l.end_col_offset;
  const len = [...attr.attr].length;
  if (len <= attr.end_col_offset) col = attr.end_col_offset - len;
  else {
    col = -1;
    endCol = -1;
  }
  const endLine = Math.max(lineno, l.end_lineno);
  if (lineno === endLine) endCol = Math.max(col, endCol);
  return { lineno, end_lineno: endLine, col_offset: col, end_col_offset: endCol };
}

function allConst(es: (ast.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) if (es[i]?.kind !== 'Constant') return false;
  return true;
}

/** starunpack_helper. */
export function starunpackHelper(
  c: Compiler,
  l: Loc,
  elts: ast.expr[],
  pushed: number,
  build: number,
  add: number,
  extend: number,
  tuple: boolean,
): void {
  const n = elts.length;
  if (n > 2 && allConst(elts, 0, n)) {
    const items = elts.map((e) => (e as ast.Constant).value);
    if (tuple && !pushed) {
      c.loadConst({ kind: 'tuple', items }, l);
    } else {
      const folded: CodeConstant = add === Op.SET_ADD ? { kind: 'frozenset', items: frozensetItems(items) } : { kind: 'tuple', items };
      c.addop(build, l, pushed);
      c.loadConst(folded, l);
      c.addop(extend, l, 1);
      if (tuple) c.addop(Op.CALL_INTRINSIC_1, l, INTRINSIC_LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e.kind === 'Starred');
  if (!seenStar && !big) {
    visitExprs(c, elts);
    c.addop(tuple ? Op.BUILD_TUPLE : build, l, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.addop(build, l, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt.kind === 'Starred') {
      if (!built) {
        c.addop(build, l, i + pushed);
        built = true;
      }
      visitExpr(c, elt.value);
      c.addop(extend, l, 1);
    } else {
      visitExpr(c, elt);
      if (built) c.addop(add, l, 1);
    }
  }
  if (tuple) c.addop(Op.CALL_INTRINSIC_1, l, INTRINSIC_LIST_TO_TUPLE);
}


function unpackHelper(c: Compiler, l: Loc, elts: ast.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt.kind === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error(l, 'too many expressions in star-unpacking assignment');
      c.addop(Op.UNPACK_EX, l, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt.kind === 'Starred') {
      c.error(l, 'multiple starred expressions in assignment');
    }
  }
  if (!seenStar) c.addop(Op.UNPACK_SEQUENCE, l, n);
}

function assignmentHelper(c: Compiler, l: Loc, elts: ast.expr[]): void {
  unpackHelper(c, l, elts);
  for (const elt of elts) visitExpr(c, elt.kind === 'Starred' ? elt.value : elt);
}

function compileList(c: Compiler, e: ast.List | ast.Tuple): void {
  const l = loc(e);
  if (e.ctx === 'Store') return assignmentHelper(c, l, e.elts);
  if (e.ctx === 'Load') {
    return starunpackHelper(c, l, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e.kind === 'Tuple');
  }
  visitExprs(c, e.elts);
}

function subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const l = loc(e);
  if (n > 1 && !big && allConst(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys = e.keys.slice(begin, end).map((k) => (k as ast.Constant).value);
    c.loadConst({ kind: 'tuple', items: keys }, l);
    c.addop(Op.BUILD_CONST_KEY_MAP, l, n);
    return;
  }
  if (big) c.addop(Op.BUILD_MAP, l, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addop(Op.MAP_ADD, l, 1);
  }
  if (!big) c.addop(Op.BUILD_MAP, l, n);
}

function compileDict(c: Compiler, e: ast.Dict): void {
  const l = loc(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addop(Op.DICT_UPDATE, l, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addop(Op.BUILD_MAP, l, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addop(Op.DICT_UPDATE, l, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addop(Op.DICT_UPDATE, l, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addop(Op.DICT_UPDATE, l, 1);
    haveDict = true;
  }
  if (!haveDict) c.addop(Op.BUILD_MAP, l, 0);
}

function boolop(c: Compiler, e: ast.BoolOp): void {
  const l = loc(e);
  const jumpi = e.op === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
  const end = c.newLabel();
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, s[i]);
    c.addop(Op.COPY, l, 1);
    c.addopJump(jumpi, end, l);
    c.addop(Op.POP_TOP, l);
  }
  visitExpr(c, s[n]);
  c.useLabel(end);
}

function compare(c: Compiler, e: ast.Compare): void {
  const l = loc(e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0], l);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addop(Op.SWAP, l, 2);
    c.addop(Op.COPY, l, 2);
    addCompare(c, e.ops[i], l);
    c.addop(Op.COPY, l, 1);
    c.addopJump(Op.POP_JUMP_IF_FALSE, cleanup, l);
    c.addop(Op.POP_TOP, l);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n], l);
  const end = c.newLabel();
  c.addopJump(Op.JUMP, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addop(Op.SWAP, l, 2);
  c.addop(Op.POP_TOP, l);
  c.useLabel(end);
}

function validateKeywords(c: Compiler, keywords: ast.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i].arg;
    if (key === null) continue;
    if (key === '__debug__') c.error(loc(keywords[i]), 'cannot assign to __debug__');
    for (let j = i + 1; j < keywords.length; j++) {
      if (keywords[j].arg === key) c.error(loc(keywords[j]), `keyword argument repeated: ${key}`);
    }
  }
}

function callSimpleKwHelper(c: Compiler, l: Loc, keywords: ast.keyword[]): void {
  const names = keywords.map((k) => k.arg as string);
  c.addop(Op.KW_NAMES, l, c.addConst({ kind: 'tuple', items: names }));
}

function subkwargs(c: Compiler, l: Loc, keywords: ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst({ kind: 'tuple', items: keywords.slice(begin, end).map((k) => k.arg as string) }, l);
    c.addop(Op.BUILD_CONST_KEY_MAP, l, n);
    return;
  }
  if (big) c.addop(Op.BUILD_MAP, NO_LOCATION, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg as string, l);
    visitExpr(c, keywords[i].value);
    if (big) c.addop(Op.MAP_ADD, NO_LOCATION, 1);
  }
  if (!big) c.addop(Op.BUILD_MAP, l, n);
}

/** compiler_call_helper: `n` arguments are already on the stack. */
export function callHelper(c: Compiler, l: Loc, n: number, args: ast.expr[], keywords: ast.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const simple =
    nelts + nkwelts * 2 <= STACK_USE_GUIDELINE && !args.some((a) => a.kind === 'Starred') && !keywords.some((k) => k.arg === null);
  if (simple) {
    visitExprs(c, args);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, l, keywords);
    }
    c.addop(Op.CALL, l, n + nelts + nkwelts);
    return;
  }
  if (n === 0 && nelts === 1 && args[0].kind === 'Starred') {
    visitExpr(c, (args[0] as ast.Starred).value);
  } else {
    starunpackHelper(c, l, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, l, keywords, i - nseen, i);
          if (haveDict) c.addop(Op.DICT_MERGE, l, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addop(Op.BUILD_MAP, l, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addop(Op.DICT_MERGE, l, 1);
      } else nseen++;
    }
    if (nseen) {
      subkwargs(c, l, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addop(Op.DICT_MERGE, l, 1);
    }
  }
  c.addop(Op.CALL_FUNCTION_EX, l, nkwelts > 0 ? 1 : 0);
}

function isImportOriginated(c: Compiler, e: ast.expr): boolean {
  if (e.kind !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & 128) !== 0;
}

function canOptimizeSuperCall(c: Compiler, attr: ast.Attribute): boolean {
  const e = attr.value;
  if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'super') return false;
  if (attr.attr === '__class__') return false;
  if (c.u.ste.getScope('super') !== Scope.GLOBAL_IMPLICIT) return false;
  // Any module-level mention of `super` (a class, an import, even a use)
  // disables the optimisation, as in CPython.
  if (c.st.top.getScope('super') !== Scope.NONE) return false;
  if (c.u.scopeType !== 'function' && c.u.scopeType !== 'async_function') return false;
  if (e.keywords.length) return false;
  const n = e.args.length;
  if (n !== 0 && n !== 2) return false;
  if (n === 0) {
    const first = c.u.ste.varnames[0];
    if (first === undefined && !c.u.ste.varargs) return false;
    if (c.u.ste.varnames.length === 0) return false;
    if (!c.u.cellvars.has('__class__') && !c.u.freevars.has('__class__')) return false;
  } else if (e.args.some((a) => a.kind === 'Starred')) return false;
  return true;
}

function loadArgsForSuper(c: Compiler, e: ast.Call): void {
  const l = loc(e);
  c.nameop('super', 'Load', loc(e.func));
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]);
    visitExpr(c, e.args[1]);
  } else {
    c.nameop('__class__', 'Load', l);
    const first = c.u.ste.varnames[0];
    c.nameop(first, 'Load', l);
  }
}

function maybeOptimizeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.kind === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  let l = loc(meth);
  if (canOptimizeSuperCall(c, meth)) {
    const sup = meth.value as ast.Call;
    loadArgsForSuper(c, sup);
    c.addopName(sup.args.length ? Op.LOAD_SUPER_METHOD : Op.LOAD_ZERO_SUPER_METHOD, meth.attr, l);
    l = attrLoc(l, meth);
    c.addop(Op.NOP, l);
  } else {
    visitExpr(c, meth.value);
    l = attrLoc(l, meth);
    c.addopName(Op.LOAD_METHOD, meth.attr, l);
  }
  visitExprs(c, e.args);
  if (kwdsl) {
    for (const k of e.keywords) visitExpr(c, k.value);
    callSimpleKwHelper(c, l, e.keywords);
  }
  c.addop(Op.CALL, attrLoc(loc(e), meth), argsl + kwdsl);
  return true;
}

function call(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  c.addop(Op.PUSH_NULL, loc(e.func));
  visitExpr(c, e.func);
  callHelper(c, loc(e), 0, e.args, e.keywords);
}

function compilerSlice(c: Compiler, s: ast.Slice): number {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(null, loc(s));
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(null, loc(s));
  if (s.step) {
    n++;
    visitExpr(c, s.step);
  }
  return n;
}

export function isTwoElementSlice(s: ast.expr): s is ast.Slice {
  return s.kind === 'Slice' && s.step === null;
}
export { compilerSlice };

function subscript(c: Compiler, e: ast.Subscript): void {
  const l = loc(e);
  visitExpr(c, e.value);
  if (isTwoElementSlice(e.slice) && e.ctx !== 'Del') {
    compilerSlice(c, e.slice);
    c.addop(e.ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, l);
  } else {
    visitExpr(c, e.slice);
    c.addop(e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, l);
  }
}

function attribute(c: Compiler, e: ast.Attribute): void {
  if (e.ctx === 'Load' && canOptimizeSuperCall(c, e)) {
    const sup = e.value as ast.Call;
    loadArgsForSuper(c, sup);
    const l = loc(e);
    c.addopName(sup.args.length ? Op.LOAD_SUPER_ATTR : Op.LOAD_ZERO_SUPER_ATTR, e.attr, l);
    return;
  }
  visitExpr(c, e.value);
  const l = attrLoc(loc(e), e);
  if (e.ctx === 'Load') c.addopName(Op.LOAD_ATTR, e.attr, l);
  else if (e.ctx === 'Store') {
    if (e.attr === '__debug__') c.error(l, 'cannot assign to __debug__');
    c.addopName(Op.STORE_ATTR, e.attr, l);
  } else c.addopName(Op.DELETE_ATTR, e.attr, l);
}

function addYield(c: Compiler, l: Loc): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addop(Op.CALL_INTRINSIC_1, l, INTRINSIC_ASYNC_GEN_WRAP);
  c.addop(Op.YIELD_VALUE, l, 0);
  c.addop(Op.RESUME, l, 1);
}

/** compiler_add_yield_from. */
export function addYieldFrom(c: Compiler, l: Loc, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addopJump(Op.SEND, exit, l);
  c.addopJump(Op.SETUP_FINALLY, fail, l);
  c.addop(Op.YIELD_VALUE, l, 0);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.RESUME, l, isAwait ? 3 : 2);
  c.addopJump(Op.JUMP_NO_INTERRUPT, send, l);
  c.useLabel(fail);
  c.addop(Op.CLEANUP_THROW, l);
  c.useLabel(exit);
  c.addop(Op.END_SEND, l);
}

function formattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg = 0;
  if (e.conversion === 115) oparg = 1;
  else if (e.conversion === 114) oparg = 2;
  else if (e.conversion === 97) oparg = 3;
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addop(Op.FORMAT_VALUE, loc(e), oparg);
}

function joinedStr(c: Compiler, e: ast.JoinedStr): void {
  const l = loc(e);
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst('', l);
    c.addopName(Op.LOAD_METHOD, 'join', l);
    c.addop(Op.BUILD_LIST, l, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addop(Op.LIST_APPEND, l, 1);
    }
    c.addop(Op.CALL, l, 1);
  } else {
    visitExprs(c, e.values);
    if (n !== 1) c.addop(Op.BUILD_STRING, l, n);
  }
}

function lambda(c: Compiler, e: ast.Lambda): void {
  c.checkDebugArgs(e.args);
  const l = loc(e);
  const funcflags = defaultArguments(c, l, e.args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  // None first so that a lambda can never have a docstring.
  c.addConst(null);
  c.u.argcount = e.args.args.length;
  c.u.posonlyargcount = e.args.posonlyargs.length;
  c.u.kwonlyargcount = e.args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co;
  if (c.u.ste.generator) {
    co = c.assemble(false);
  } else {
    c.addop(Op.RETURN_VALUE, { lineno: e.lineno, end_lineno: e.lineno, col_offset: 0, end_col_offset: 0 });
    co = c.assemble(true);
  }
  c.exitScope();
  c.makeClosure(co, funcflags, l);
}

// ------------------------------------------------------------ comprehensions

type CompKind = 'generator' | 'list' | 'set' | 'dict';

interface InlineState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number> | null;
  fastHidden: Set<string> | null;
  cleanup: Label | null;
  end: Label | null;
}

function pushInlinedComprehensionState(c: Compiler, l: Loc, entry: import('./symtable').SymbolTableEntry): InlineState {
  const u = c.u;
  const state: InlineState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: null, end: null };
  const inClassBlock = u.ste.type === 'class' && !u.inInlinedComp;
  u.inInlinedComp++;
  for (const [k, symbol] of entry.symbols) {
    const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
    const outv = u.ste.symbols.get(k) ?? 0;
    const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
    const isLocal = (symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock;
    if (isLocal) {
      if (!state.pushedLocals) state.pushedLocals = [];
      c.addopVar(Op.LOAD_FAST_AND_CLEAR, k, 'varnames', l);
      if (scope === Scope.CELL) c.addopVar(Op.MAKE_CELL, k, outsc === Scope.FREE ? 'freevars' : 'cellvars', l);
      state.pushedLocals.push(k);
    }
    if ((scope !== outsc && scope !== Scope.FREE && !(scope === Scope.CELL && outsc === Scope.FREE)) || inClassBlock) {
      if (!state.tempSymbols) state.tempSymbols = new Map();
      // python3.12 still treats an imported module-level name used in the
      // comprehension as import-originated (no method-call form), so the
      // DEF_IMPORT bit survives the temporary scope change.
      u.ste.symbols.set(k, symbol | (outv & DEF_IMPORT));
      state.tempSymbols.set(k, outv);
    }
    if (isLocal && !u.ste.isFunctionLike()) {
      if (u.fasthidden.get(k) !== true) {
        u.fasthidden.set(k, true);
        if (!state.fastHidden) state.fastHidden = new Set();
        state.fastHidden.add(k);
      }
    }
  }
  if (state.pushedLocals) {
    c.addop(Op.SWAP, l, state.pushedLocals.length + 1);
    state.cleanup = c.newLabel();
    state.end = c.newLabel();
    c.addopJump(Op.SETUP_FINALLY, state.cleanup, l);
  }
  return state;
}

function restoreInlinedComprehensionLocals(c: Compiler, l: Loc, state: InlineState): void {
  const pushed = state.pushedLocals!;
  c.addop(Op.SWAP, l, pushed.length + 1);
  for (let i = pushed.length - 1; i >= 0; i--) c.addopVar(Op.STORE_FAST_MAYBE_NULL, pushed[i], 'varnames', l);
}

function popInlinedComprehensionState(c: Compiler, l: Loc, state: InlineState): void {
  const u = c.u;
  u.inInlinedComp--;
  if (state.tempSymbols) for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v);
  if (state.pushedLocals) {
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    c.addopJump(Op.JUMP, state.end!, NO_LOCATION);
    c.useLabel(state.cleanup!);
    c.addop(Op.SWAP, NO_LOCATION, 2);
    c.addop(Op.POP_TOP, NO_LOCATION);
    restoreInlinedComprehensionLocals(c, l, state);
    c.addop(Op.RERAISE, NO_LOCATION, 0);
    c.useLabel(state.end!);
    restoreInlinedComprehensionLocals(c, l, state);
  }
  if (state.fastHidden) for (const k of state.fastHidden) u.fasthidden.set(k, false);
}

function comprehensionGenerator(
  c: Compiler,
  l: Loc,
  generators: ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  type: CompKind,
  iterOnStack: boolean,
): void {
  const gen = generators[genIndex];
  if (gen.is_async) {
    asyncComprehensionGenerator(c, l, generators, genIndex, depth, elt, val, type, iterOnStack);
    return;
  }
  let start: Label | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.argcount = 1;
      c.addop(Op.LOAD_FAST, l, 0);
    } else {
      const it = gen.iter;
      const elts = it.kind === 'List' || it.kind === 'Tuple' ? it.elts : null;
      if (elts && elts.length === 1 && elts[0].kind !== 'Starred') {
        visitExpr(c, elts[0]);
        start = null;
      }
      if (start) {
        visitExpr(c, gen.iter);
        c.addop(Op.GET_ITER, l);
      }
    }
  }
  if (start) {
    depth++;
    c.useLabel(start);
    c.addopJump(Op.FOR_ITER, anchor, l);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, l, generators, genIndex, depth, elt, val, type, false);
  }
  let eltLoc = loc(elt);
  if (genIndex >= generators.length) {
    eltLoc = emitElement(c, elt, val, type, depth, eltLoc);
  }
  c.useLabel(ifCleanup);
  if (start) {
    c.addopJump(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    c.addop(Op.END_FOR, NO_LOCATION);
  }
}

function emitElement(c: Compiler, elt: ast.expr, val: ast.expr | null, type: CompKind, depth: number, eltLoc: Loc): Loc {
  switch (type) {
    case 'generator':
      visitExpr(c, elt);
      addYield(c, eltLoc);
      c.addop(Op.POP_TOP, eltLoc);
      break;
    case 'list':
      visitExpr(c, elt);
      c.addop(Op.LIST_APPEND, eltLoc, depth + 1);
      break;
    case 'set':
      visitExpr(c, elt);
      c.addop(Op.SET_ADD, eltLoc, depth + 1);
      break;
    case 'dict':
      visitExpr(c, elt);
      visitExpr(c, val!);
      eltLoc = { lineno: elt.lineno, end_lineno: val!.end_lineno, col_offset: elt.col_offset, end_col_offset: val!.end_col_offset };
      c.addop(Op.MAP_ADD, eltLoc, depth + 1);
      break;
  }
  return eltLoc;
}

function asyncComprehensionGenerator(
  c: Compiler,
  l: Loc,
  generators: ast.comprehension[],
  genIndex: number,
  depth: number,
  elt: ast.expr,
  val: ast.expr | null,
  type: CompKind,
  iterOnStack: boolean,
): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = generators[genIndex];
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.argcount = 1;
      c.addop(Op.LOAD_FAST, l, 0);
    } else {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_AITER, l);
    }
  }
  c.useLabel(start);
  c.pushFBlock(l, 'ASYNC_COMPREHENSION_GENERATOR', start, null, null);
  c.addopJump(Op.SETUP_FINALLY, except, l);
  c.addop(Op.GET_ANEXT, l);
  c.loadConst(null, l);
  addYieldFrom(c, l, true);
  c.addop(Op.POP_BLOCK, l);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  depth++;
  if (++genIndex < generators.length) {
    comprehensionGenerator(c, l, generators, genIndex, depth, elt, val, type, false);
  }
  let eltLoc = loc(elt);
  if (genIndex >= generators.length) eltLoc = emitElement(c, elt, val, type, depth, eltLoc);
  c.useLabel(ifCleanup);
  c.addopJump(Op.JUMP, start, eltLoc);
  c.popFBlock();
  c.useLabel(except);
  c.addop(Op.END_ASYNC_FOR, l);
}

function comprehension(
  c: Compiler,
  e: ast.expr,
  type: CompKind,
  name: string,
  generators: ast.comprehension[],
  elt: ast.expr,
  val: ast.expr | null,
): void {
  const entry = c.st.blocks.get(e)!;
  const scopeType = c.u.scopeType;
  const isInlined = entry.compInlined;
  const isAsyncGenerator = entry.coroutine;
  const l = loc(e);
  const outermost = generators[0];
  let state: InlineState | null = null;
  if (isInlined) {
    visitExpr(c, outermost.iter);
    c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, l);
    state = pushInlinedComprehensionState(c, l, entry);
  } else {
    c.enterScope(name, 'comprehension', e, e.lineno);
  }
  if (isAsyncGenerator && type !== 'generator' && scopeType !== 'async_function' && scopeType !== 'comprehension') {
    c.error(l, 'asynchronous comprehension outside of an asynchronous function');
  }
  if (type !== 'generator') {
    c.addop(type === 'list' ? Op.BUILD_LIST : type === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, l, 0);
    if (isInlined) c.addop(Op.SWAP, l, 2);
  }
  comprehensionGenerator(c, l, generators, 0, 0, elt, val, type, isInlined);
  if (isInlined) {
    popInlinedComprehensionState(c, l, state!);
    return;
  }
  if (type !== 'generator') c.addop(Op.RETURN_VALUE, l);
  if (type === 'generator') wrapInStopIterationHandler(c);
  const co = c.assemble(true);
  c.exitScope();
  c.makeClosure(co, 0, l);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, l);
  c.addop(Op.CALL, l, 0);
  if (isAsyncGenerator && type !== 'generator') {
    c.addop(Op.GET_AWAITABLE, l, 0);
    c.loadConst(null, l);
    addYieldFrom(c, l, true);
  }
}

/** wrap_in_stopiteration_handler: generators turn StopIteration into RuntimeError. */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  c.u.seq.insert(0, { op: Op.SETUP_CLEANUP, arg: 0, loc: NO_LOCATION, label: handler });
  c.loadConst(null, NO_LOCATION);
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.addop(Op.CALL_INTRINSIC_1, NO_LOCATION, 3);
  c.addop(Op.RERAISE, NO_LOCATION, 1);
}

// ------------------------------------------------------------ dispatcher

export function visitExpr(c: Compiler, e: ast.expr): void {
  const l = loc(e);
  switch (e.kind) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addop(Op.COPY, l, 1);
      visitExpr(c, e.target);
      break;
    case 'BoolOp':
      boolop(c, e);
      break;
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addop(Op.BINARY_OP, l, binaryOparg(e.op, false));
      break;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      if (e.op === 'UAdd') c.addop(Op.CALL_INTRINSIC_1, l, INTRINSIC_UNARY_POSITIVE);
      else c.addop(e.op === 'Invert' ? Op.UNARY_INVERT : e.op === 'Not' ? Op.UNARY_NOT : Op.UNARY_NEGATIVE, l);
      break;
    case 'Lambda':
      lambda(c, e);
      break;
    case 'IfExp': {
      const end = c.newLabel();
      const next = c.newLabel();
      jumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.addopJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(next);
      visitExpr(c, e.orelse);
      c.useLabel(end);
      break;
    }
    case 'Dict':
      compileDict(c, e);
      break;
    case 'Set':
      starunpackHelper(c, l, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      break;
    case 'GeneratorExp':
      comprehension(c, e, 'generator', '<genexpr>', e.generators, e.elt, null);
      break;
    case 'ListComp':
      comprehension(c, e, 'list', '<listcomp>', e.generators, e.elt, null);
      break;
    case 'SetComp':
      comprehension(c, e, 'set', '<setcomp>', e.generators, e.elt, null);
      break;
    case 'DictComp':
      comprehension(c, e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
      break;
    case 'Yield':
      if (!c.u.ste.isFunctionLike()) c.error(l, "'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(null, l);
      addYield(c, l);
      break;
    case 'YieldFrom':
      if (!c.u.ste.isFunctionLike()) c.error(l, "'yield' outside function");
      if (c.u.scopeType === 'async_function') c.error(l, "'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER, l);
      c.loadConst(null, l);
      addYieldFrom(c, l, false);
      break;
    case 'Await':
      if (!c.u.ste.isFunctionLike()) c.error(l, "'await' outside function");
      if (c.u.scopeType !== 'async_function' && c.u.scopeType !== 'comprehension') {
        c.error(l, "'await' outside async function");
      }
      visitExpr(c, e.value);
      c.addop(Op.GET_AWAITABLE, l, 0);
      c.loadConst(null, l);
      addYieldFrom(c, l, true);
      break;
    case 'Compare':
      compare(c, e);
      break;
    case 'Call':
      call(c, e);
      break;
    case 'Constant':
      c.loadConst(e.value, l);
      break;
    case 'JoinedStr':
      joinedStr(c, e);
      break;
    case 'FormattedValue':
      formattedValue(c, e);
      break;
    case 'Attribute':
      attribute(c, e);
      break;
    case 'Subscript':
      subscript(c, e);
      break;
    case 'Starred':
      if (e.ctx === 'Store') c.error(l, 'starred assignment target must be in a list or tuple');
      c.error(l, "can't use starred expression here");
      break;
    case 'Slice': {
      const n = compilerSlice(c, e);
      c.addop(Op.BUILD_SLICE, l, n);
      break;
    }
    case 'Name':
      c.nameop(e.id, e.ctx, l);
      break;
    case 'List':
    case 'Tuple':
      compileList(c, e);
      break;
  }
}

