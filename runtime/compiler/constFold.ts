/**
 * The AST optimiser CPython 3.12 runs before code generation
 * (Python/ast_opt.c): folds unary and binary operators on constants within
 * its size limits, constant tuples, constant subscripts, `__debug__`,
 * `not (a in b)` into `a not in b`, and turns literal lists and sets that
 * are only iterated or tested with `in` into tuples and frozensets, and
 * rewrites simple `'...%s...' % (a, b)` as an f-string (formatFold.ts).
 * It works on a deep copy, so the caller's tree is never changed, and it
 * never reports errors: an operation that would raise is left unfolded.
 */

import type * as ast from '../syntax/ast';
import { optimizeFormat } from './formatFold';
import { frozensetItems } from './frozensetOrder';

type CV = ast.ConstantValue;

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** Returns an optimised deep copy of the module. */
export function optimizeAst<T extends ast.mod>(mod: T, futureAnnotations = false): T {
  const copy = structuredClone(mod);
  const o = new Folder();
  o.futureAnnotations = futureAnnotations;
  switch (copy.kind) {
    case 'Module':
    case 'Interactive':
      o.body(copy.body);
      break;
    case 'Expression':
      copy.body = o.expr(copy.body);
      break;
  }
  return copy;
}

class Unfoldable extends Error {}
function fail(): never {
  throw new Unfoldable();
}

function isInt(v: CV): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}
function toBig(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}
function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}
function isNum(v: CV): boolean {
  return isInt(v) || typeof v === 'number' || (typeof v === 'object' && v !== null && v.kind === 'complex');
}
function toFloat(v: CV): number {
  if (typeof v === 'number') return v;
  const b = toBig(v as bigint | boolean);
  const f = Number(b);
  if (!Number.isFinite(f)) fail();
  return f;
}
type Cx = { re: number; im: number };
function toComplex(v: CV): Cx {
  if (typeof v === 'object' && v !== null && v.kind === 'complex') return { re: v.real, im: v.imag };
  return { re: toFloat(v), im: 0 };
}
function mkComplex(c: Cx): CV {
  return { kind: 'complex', real: c.re, imag: c.im };
}
/** float_floor_div: via fmod, so that 1.0 // 0.1 is 9.0 as in CPython. */
function pyFloorDivFloat(vx: number, wx: number): number {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  }
  if (div) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  // A zero quotient takes the sign of the true quotient.
  return vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
}

function pyFloorDivBig(a: bigint, b: bigint): bigint {
  if (b === 0n) fail();
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function pyModBig(a: bigint, b: bigint): bigint {
  if (b === 0n) fail();
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
function pyModFloat(a: number, b: number): number {
  if (b === 0) fail();
  let m = a % b;
  if (m !== 0 && (m < 0) !== (b < 0)) m += b;
  else if (m === 0) m = b < 0 ? -0 : 0;
  return m;
}
function checkFloat(x: number): number {
  if (!Number.isFinite(x)) fail();
  return x;
}
function isSeqLike(v: CV): v is string | ast.BytesValue | ast.ConstantTuple | ast.ConstantFrozenset {
  return typeof v === 'string' || (typeof v === 'object' && v !== null && (v.kind === 'bytes' || v.kind === 'tuple' || v.kind === 'frozenset'));
}
function countItems(v: CV): number {
  if (typeof v === 'object' && v !== null && (v.kind === 'tuple' || v.kind === 'frozenset')) {
    let n = v.items.length;
    for (const x of v.items) n += countItems(x);
    return n;
  }
  return 0;
}

function repeat(seq: CV, n: bigint): CV {
  const count = n < 0n ? 0 : Number(n);
  if (typeof seq === 'string') {
    const len = [...seq].length;
    if (len && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / len)))) fail();
    return seq.repeat(count);
  }
  if (typeof seq === 'object' && seq !== null && seq.kind === 'bytes') {
    const len = seq.value.length;
    if (len && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / len)))) fail();
    const out = new Uint8Array(len * count);
    for (let i = 0; i < count; i++) out.set(seq.value, i * len);
    return { kind: 'bytes', value: out };
  }
  if (typeof seq === 'object' && seq !== null && seq.kind === 'tuple') {
    const size = seq.items.length;
    if (size) {
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) fail();
      if (n && countItems(seq) > MAX_TOTAL_ITEMS / Number(n)) fail();
    }
    const items: CV[] = [];
    for (let i = 0; i < count; i++) items.push(...seq.items);
    return { kind: 'tuple', items };
  }
  return fail();
}

function arith(op: ast.operator, a: CV, b: CV): CV {
  if (isInt(a) && isInt(b)) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
      return op === 'BitAnd' ? a && b : op === 'BitOr' ? a || b : a !== b;
    }
    const x = toBig(a);
    const y = toBig(b);
    switch (op) {
      case 'Add':
        return x + y;
      case 'Sub':
        return x - y;
      case 'Mult':
        if (x !== 0n && y !== 0n && numBits(x) + numBits(y) > MAX_INT_SIZE) fail();
        return x * y;
      case 'Div':
        if (y === 0n) fail();
        return checkFloat(Number(x) / Number(y));
      case 'FloorDiv':
        return pyFloorDivBig(x, y);
      case 'Mod':
        return pyModBig(x, y);
      case 'Pow':
        if (y < 0n) {
          if (x === 0n) fail();
          return checkFloat(Math.pow(Number(x), Number(y)));
        }
        if (x !== 0n && y > 0n && numBits(x) > MAX_INT_SIZE / Number(y)) fail();
        return x ** y;
      case 'LShift':
        if (y < 0n) fail();
        if (x !== 0n && y !== 0n && (y > BigInt(MAX_INT_SIZE) || numBits(x) > MAX_INT_SIZE - Number(y))) fail();
        return x << y;
      case 'RShift':
        if (y < 0n) fail();
        return x >> y;
      case 'BitAnd':
        return x & y;
      case 'BitOr':
        return x | y;
      case 'BitXor':
        return x ^ y;
      default:
        return fail();
    }
  }
  const isCx = (v: CV) => typeof v === 'object' && v !== null && v.kind === 'complex';
  if (isNum(a) && isNum(b)) {
    if (isCx(a) || isCx(b)) {
      const x = toComplex(a);
      const y = toComplex(b);
      switch (op) {
        case 'Add':
          return mkComplex({ re: x.re + y.re, im: x.im + y.im });
        case 'Sub':
          return mkComplex({ re: x.re - y.re, im: x.im - y.im });
        case 'Mult':
          return mkComplex({ re: x.re * y.re - x.im * y.im, im: x.re * y.im + x.im * y.re });
        default:
          return fail();
      }
    }
    const x = toFloat(a);
    const y = toFloat(b);
    switch (op) {
      case 'Add':
        return x + y;
      case 'Sub':
        return x - y;
      case 'Mult':
        return x * y;
      case 'Div':
        if (y === 0) fail();
        return x / y;
      case 'FloorDiv':
        if (y === 0) fail();
        return pyFloorDivFloat(x, y);
      case 'Mod':
        return pyModFloat(x, y);
      case 'Pow':
        if (x < 0 && !Number.isInteger(y)) fail();
        if (x === 0 && y < 0) fail();
        // Only pow reports overflow (OverflowError); the other float
        // operations give inf, and CPython folds that.
        if (!Number.isFinite(x) || !Number.isFinite(y)) return Math.pow(x, y);
        return checkFloat(Math.pow(x, y));
      default:
        return fail();
    }
  }
  if (op === 'Add') {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (typeof a === 'object' && typeof b === 'object' && a && b) {
      if (a.kind === 'bytes' && b.kind === 'bytes') {
        const out = new Uint8Array(a.value.length + b.value.length);
        out.set(a.value);
        out.set(b.value, a.value.length);
        return { kind: 'bytes', value: out };
      }
      if (a.kind === 'tuple' && b.kind === 'tuple') return { kind: 'tuple', items: [...a.items, ...b.items] };
    }
  }
  if (op === 'Mult') {
    if (isInt(a) && isSeqLike(b)) return repeat(b, toBig(a));
    if (isInt(b) && isSeqLike(a)) return repeat(a, toBig(b));
  }
  return fail();
}

function unary(op: ast.unaryop, v: CV): CV {
  switch (op) {
    case 'Not':
      return !truthy(v);
    case 'UAdd':
      if (isInt(v)) return toBig(v);
      if (typeof v === 'number' || (typeof v === 'object' && v?.kind === 'complex')) return v;
      return fail();
    case 'USub':
      if (isInt(v)) return -toBig(v);
      if (typeof v === 'number') return -v;
      if (typeof v === 'object' && v?.kind === 'complex') return { kind: 'complex', real: -v.real, imag: -v.imag };
      return fail();
    case 'Invert':
      if (isInt(v)) return -toBig(v) - 1n;
      return fail();
  }
}

function truthy(v: CV): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  switch (v.kind) {
    case 'bytes':
      return v.value.length > 0;
    case 'complex':
      return v.real !== 0 || v.imag !== 0;
    case 'ellipsis':
      return true;
    default:
      return v.items.length > 0;
  }
}

function subscr(v: CV, idx: CV): CV {
  if (!isInt(idx)) fail();
  let i = Number(toBig(idx));
  if (typeof v === 'string') {
    const chars = [...v];
    if (i < 0) i += chars.length;
    if (i < 0 || i >= chars.length) fail();
    return chars[i];
  }
  if (typeof v === 'object' && v !== null && (v.kind === 'tuple' || v.kind === 'bytes')) {
    const n = v.kind === 'tuple' ? v.items.length : v.value.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) fail();
    return v.kind === 'tuple' ? v.items[i] : BigInt(v.value[i]);
  }
  return fail();
}

function constNode(like: ast.Located, value: CV): ast.Constant {
  return {
    kind: 'Constant',
    value,
    const_kind: null,
    lineno: like.lineno,
    col_offset: like.col_offset,
    end_lineno: like.end_lineno,
    end_col_offset: like.end_col_offset,
  };
}

function constTuple(elts: ast.expr[]): CV | undefined {
  const items: CV[] = [];
  for (const e of elts) {
    if (e.kind !== 'Constant') return undefined;
    items.push(e.value);
  }
  return { kind: 'tuple', items };
}

class Folder {
  /** Under `from __future__ import annotations` annotations stay as written. */
  futureAnnotations = false;

  annotation(e: ast.expr): ast.expr {
    return this.futureAnnotations ? e : this.expr(e);
  }

  body(stmts: ast.stmt[]): void {
    const hadDoc = isDoc(stmts);
    for (const s of stmts) this.stmt(s);
    if (!hadDoc && isDoc(stmts)) {
      // A string made by folding must not become a docstring.
      const st = stmts[0] as ast.Expr;
      st.value = { kind: 'JoinedStr', values: [st.value as ast.Constant], lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset };
    }
  }

  stmts(stmts: ast.stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  exprs(es: ast.expr[]): void {
    for (let i = 0; i < es.length; i++) es[i] = this.expr(es[i]);
  }

  args(a: ast.arguments): void {
    for (const list of [a.posonlyargs, a.args, a.kwonlyargs]) for (const p of list) if (p.annotation) p.annotation = this.annotation(p.annotation);
    if (a.vararg?.annotation) a.vararg.annotation = this.annotation(a.vararg.annotation);
    if (a.kwarg?.annotation) a.kwarg.annotation = this.annotation(a.kwarg.annotation);
    this.exprs(a.defaults);
    for (let i = 0; i < a.kw_defaults.length; i++) {
      const d = a.kw_defaults[i];
      if (d) a.kw_defaults[i] = this.expr(d);
    }
  }

  stmt(s: ast.stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.typeParams(s.type_params);
        this.args(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (s.returns) s.returns = this.annotation(s.returns);
        break;
      case 'ClassDef':
        this.typeParams(s.type_params);
        this.exprs(s.bases);
        for (const k of s.keywords) k.value = this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        s.value = this.expr(s.value);
        break;
      case 'AugAssign':
        s.target = this.expr(s.target) as ast.Name;
        s.value = this.expr(s.value);
        break;
      case 'AnnAssign':
        s.target = this.expr(s.target) as ast.Name;
        s.annotation = this.annotation(s.annotation);
        if (s.value) s.value = this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        s.iter = foldIter(s.iter);
        break;
      case 'While':
      case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          it.context_expr = this.expr(it.context_expr);
          if (it.optional_vars) it.optional_vars = this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Match':
        s.subject = this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          if (m.guard) m.guard = this.expr(m.guard);
          this.stmts(m.body);
        }
        break;
      case 'Raise':
        if (s.exc) s.exc = this.expr(s.exc);
        if (s.cause) s.cause = this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) h.type = this.expr(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        if (s.msg) s.msg = this.expr(s.msg);
        break;
      case 'Expr':
        s.value = this.expr(s.value);
        break;
      case 'TypeAlias':
        this.typeParams(s.type_params);
        s.value = this.expr(s.value);
        break;
    }
  }

  typeParams(tps: ast.type_param[]): void {
    for (const tp of tps) if (tp.kind === 'TypeVar' && tp.bound) tp.bound = this.expr(tp.bound);
  }

  pattern(p: ast.pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        p.value = this.expr(p.value);
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchClass':
        p.cls = this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        break;
    }
  }

  comprehensions(gens: ast.comprehension[]): void {
    for (const g of gens) {
      g.target = this.expr(g.target);
      g.iter = this.expr(g.iter);
      this.exprs(g.ifs);
      g.iter = foldIter(g.iter);
    }
  }

  expr(e: ast.expr): ast.expr {
    switch (e.kind) {
      case 'BoolOp':
        this.exprs(e.values);
        return e;
      case 'BinOp': {
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        if (e.left.kind !== 'Constant') return e;
        if (e.op === 'Mod' && typeof e.left.value === 'string' && e.right.kind === 'Tuple' && !e.right.elts.some((x) => x.kind === 'Starred')) {
          return optimizeFormat(e, e.left.value, e.right.elts) ?? e;
        }
        if (e.right.kind !== 'Constant') return e;
        const lv = e.left.value;
        const rv = e.right.value;
        if (e.op === 'Mod' && (typeof lv === 'string' || (typeof lv === 'object' && lv?.kind === 'bytes'))) return e;
        try {
          return constNode(e, arith(e.op, lv, rv));
        } catch (err) {
          if (err instanceof Unfoldable) return e;
          throw err;
        }
      }
      case 'UnaryOp': {
        e.operand = this.expr(e.operand);
        const arg = e.operand;
        if (arg.kind !== 'Constant') {
          if (e.op === 'Not' && arg.kind === 'Compare' && arg.ops.length === 1) {
            const inv: Partial<Record<ast.cmpop, ast.cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
            const op = inv[arg.ops[0]];
            if (op) {
              arg.ops[0] = op;
              return arg;
            }
          }
          return e;
        }
        try {
          return constNode(e, unary(e.op, arg.value));
        } catch (err) {
          if (err instanceof Unfoldable) return e;
          throw err;
        }
      }
      case 'Lambda':
        this.args(e.args);
        e.body = this.expr(e.body);
        return e;
      case 'IfExp':
        e.test = this.expr(e.test);
        e.body = this.expr(e.body);
        e.orelse = this.expr(e.orelse);
        return e;
      case 'Dict':
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k) e.keys[i] = this.expr(k);
        }
        this.exprs(e.values);
        return e;
      case 'Set':
        this.exprs(e.elts);
        return e;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        this.comprehensions(e.generators);
        return e;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        this.comprehensions(e.generators);
        return e;
      case 'Await':
      case 'YieldFrom':
        e.value = this.expr(e.value);
        return e;
      case 'Yield':
        if (e.value) e.value = this.expr(e.value);
        return e;
      case 'Compare': {
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        const i = e.ops.length - 1;
        if (e.ops[i] === 'In' || e.ops[i] === 'NotIn') e.comparators[i] = foldIter(e.comparators[i]);
        return e;
      }
      case 'Call':
        e.func = this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) k.value = this.expr(k.value);
        return e;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        if (e.format_spec) e.format_spec = this.expr(e.format_spec) as ast.JoinedStr;
        return e;
      case 'JoinedStr':
        e.values = e.values.map((v) => this.expr(v)) as (ast.Constant | ast.FormattedValue)[];
        return e;
      case 'Attribute':
        e.value = this.expr(e.value);
        return e;
      case 'Subscript': {
        e.value = this.expr(e.value);
        e.slice = this.expr(e.slice);
        if (e.ctx !== 'Load' || e.value.kind !== 'Constant' || e.slice.kind !== 'Constant') return e;
        try {
          return constNode(e, subscr(e.value.value, e.slice.value));
        } catch (err) {
          if (err instanceof Unfoldable) return e;
          throw err;
        }
      }
      case 'Starred':
        e.value = this.expr(e.value);
        return e;
      case 'Slice':
        if (e.lower) e.lower = this.expr(e.lower);
        if (e.upper) e.upper = this.expr(e.upper);
        if (e.step) e.step = this.expr(e.step);
        return e;
      case 'List':
        this.exprs(e.elts);
        return e;
      case 'Tuple': {
        this.exprs(e.elts);
        if (e.ctx !== 'Load') return e;
        const v = constTuple(e.elts);
        return v === undefined ? e : constNode(e, v);
      }
      case 'Name':
        if (e.ctx === 'Load' && e.id === '__debug__') return constNode(e, true);
        return e;
      case 'NamedExpr':
        e.value = this.expr(e.value);
        return e;
      default:
        return e;
    }
  }
}

function isDoc(stmts: ast.stmt[]): boolean {
  const s = stmts[0];
  return !!s && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string';
}

/** fold_iter: literal lists become tuples, literal sets frozensets. */
function foldIter(arg: ast.expr): ast.expr {
  if (arg.kind === 'List') {
    if (arg.elts.some((e) => e.kind === 'Starred')) return arg;
    const t: ast.Tuple = { ...arg, kind: 'Tuple' };
    const v = constTuple(arg.elts);
    return v === undefined ? t : constNode(arg, v);
  }
  if (arg.kind === 'Set') {
    const v = constTuple(arg.elts);
    if (v === undefined) return arg;
    return constNode(arg, { kind: 'frozenset', items: frozensetItems((v as ast.ConstantTuple).items) });
  }
  return arg;
}
