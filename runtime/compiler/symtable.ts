/**
 * The symbol table: CPython 3.12's Python/symtable.c rewritten in
 * TypeScript. A first pass over the AST records, per scope (module, class,
 * function, lambda, comprehension), every name with its DEF_* flags; a
 * second pass (analyze) decides each name's scope (LOCAL, GLOBAL_EXPLICIT,
 * GLOBAL_IMPLICIT, FREE, CELL) exactly as CPython does, including PEP 709
 * comprehension inlining and the implicit `__class__` cell of classes.
 *
 * PEP 695 adds three function-like scopes: the type parameter block of a
 * generic function, class or type alias (which holds the type variables
 * and `.type_params`), the lazily evaluated bound of a TypeVar, and the
 * lazily evaluated value of a type alias; those inside a class can see the
 * class namespace through `__classdict__`.
 * Errors are CPython's compile-time SyntaxErrors with its messages and
 * positions; they are collected, never thrown. Under
 * `from __future__ import annotations` annotations are not visited at all:
 * CPython gives them annotation blocks that never change another scope.
 */

import type * as ast from '../syntax/ast';
import { type CompileDiagnostic, type SrcLoc, makeDiagnostic } from './diagnostics';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_TYPE_PARAM = 1024;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = 0xf;

export const enum Scope {
  NONE = 0,
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}

export type BlockType = 'function' | 'class' | 'module' | 'typeparams' | 'typevarbound' | 'typealias' | 'annotation';
export type ComprehensionKind = 'none' | 'list' | 'set' | 'dict' | 'generator';

/** One scope, CPython's PySTEntryObject. */
export class SymbolTableEntry {
  /** name -> flags | (scope << SCOPE_OFFSET), in insertion order. */
  readonly symbols = new Map<string, number>();
  /** Parameters in definition order (co_varnames starts with these). */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** global/nonlocal statements, for error positions. */
  readonly directives = new Map<string, SrcLoc>();
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = 'none';
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  free = false;
  childFree = false;
  canSeeClassScope = false;
  /** Name mangling prefix of the enclosing class, if any. */
  privateName: string | null = null;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: object,
    readonly lineno: number,
    readonly colOffset: number,
  ) {}

  /** The scope CPython's _PyST_GetScope reports. */
  getScope(name: string): Scope {
    const v = this.symbols.get(name);
    return v === undefined ? Scope.NONE : (((v >> SCOPE_OFFSET) & SCOPE_MASK) as Scope);
  }

  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** _PyST_IsFunctionLike: every block with fast locals. */
  isFunctionLike(): boolean {
    return this.type !== 'class' && this.type !== 'module' && this.type !== 'annotation';
  }
}

/** CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

export interface SymbolTable {
  top: SymbolTableEntry;
  /** AST node (FunctionDef, Lambda, ClassDef, comprehension, Module) -> scope. */
  blocks: Map<object, SymbolTableEntry>;
  errors: CompileDiagnostic[];
}

class SymtableError extends Error {
  constructor(readonly diag: CompileDiagnostic) {
    super(diag.msg);
  }
}

const GLOBAL_PARAM = "name '%s' is parameter and global";
const NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%s' can't be global";
const NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
const IMPORT_STAR_WARNING = 'import * only allowed at module level';

function fmt(msg: string, name: string): string {
  return msg.replace('%s', name);
}

/** Builds the symbol table for a module; never throws for user errors. */
export function buildSymtable(mod: ast.mod, filename: string, source?: string, futureAnnotations = false): SymbolTable {
  const b = new Builder(filename, source);
  b.futureAnnotations = futureAnnotations;
  const top = new SymbolTableEntry('top', 'module', mod, 0, 0);
  b.blocks.set(mod, top);
  b.stack.push(top);
  b.global = top;
  try {
    switch (mod.kind) {
      case 'Module':
      case 'Interactive':
        for (const s of mod.body) b.visitStmt(s);
        break;
      case 'Expression':
        b.visitExpr(mod.body);
        break;
      case 'FunctionType':
        break;
    }
    currentFilename = filename;
    currentSource = source;
    analyze(top);
  } catch (e) {
    if (e instanceof SymtableError) return { top, blocks: b.blocks, errors: [e.diag] };
    throw e;
  }
  return { top, blocks: b.blocks, errors: [] };
}

class Builder {
  readonly blocks = new Map<object, SymbolTableEntry>();
  readonly stack: SymbolTableEntry[] = [];
  global!: SymbolTableEntry;
  futureAnnotations = false;
  private privateName: string | null = null;

  constructor(
    readonly filename: string,
    readonly source?: string,
  ) {}

  get cur(): SymbolTableEntry {
    return this.stack[this.stack.length - 1];
  }

  error(msg: string, loc: SrcLoc): never {
    throw new SymtableError(makeDiagnostic(msg, this.filename, loc, this.source));
  }

  enterBlock(name: string, type: BlockType, node: object, loc: { lineno: number; col_offset: number }): SymbolTableEntry {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, node, loc.lineno, loc.col_offset);
    if (prev && (prev.nested || prev.isFunctionLike())) ste.nested = true;
    ste.privateName = this.privateName;
    if (prev) prev.children.push(ste);
    this.blocks.set(node, ste);
    this.stack.push(ste);
    return ste;
  }

  exitBlock(): void {
    this.stack.pop();
  }

  lookup(name: string): number {
    return this.cur.getSymbol(mangle(this.privateName, name));
  }

  addDef(name: string, flag: number, loc: SrcLoc, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled) ?? 0;
    if (flag & DEF_PARAM && val & DEF_PARAM) {
      this.error(`duplicate argument '${name}' in function definition`, loc);
    }
    if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) {
      this.error(`duplicate type parameter '${name}'`, loc);
    }
    val |= flag;
    if (ste.compIterTarget) {
      // Rebinding an iteration variable of a comprehension is rejected by
      // CPython with its own message; only the plain case matters here.
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      // Global declarations also bind in the module's table.
      let g = this.global.symbols.get(mangled) ?? 0;
      g |= flag;
      this.global.symbols.set(mangled, g);
    }
  }

  visitStmts(body: ast.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  visitExprs(es: (ast.expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  visitStmt(s: ast.stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitExprs(s.decorator_list);
        const generic = s.type_params.length > 0;
        if (generic) {
          // CPython 3.12 tests `args->defaults != NULL`, true even for an
          // empty list, so every generic function gets a `.defaults` slot.
          this.enterTypeParamBlock(s.name, s.type_params, true, s.args.kw_defaults.some((d) => d !== null), false, s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitAnnotations(s.args, s.returns);
        const ste = this.enterBlock(s.name, 'function', s, s);
        if (s.kind === 'AsyncFunctionDef') ste.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.decorator_list);
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(s.name, s.type_params, false, false, true, s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlock(s.name, 'class', s, s);
        // CPython 3.12 saves the mangling prefix only here, after a generic
        // class's type parameter block set it to the class name, so that
        // name keeps mangling the rest of the enclosing scope (as 3.12.1 does).
        const saved = this.privateName;
        this.privateName = s.name;
        this.cur.privateName = s.name;
        if (generic) {
          this.addDef('__type_params__', DEF_LOCAL, s);
          this.addDef('.type_params', USE, s);
        }
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        this.privateName = saved;
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        if (s.target.kind === 'Name') {
          const cur = this.lookup(s.target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.global && s.simple) {
            this.error(fmt(cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT, s.target.id), s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.kind === 'Global';
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            this.error(fmt(msg, name), s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          // Errors about a name point at its first directive, as CPython's error_at_directive.
          const key = mangle(this.privateName, name);
          if (!this.cur.directives.has(key)) this.cur.directives.set(key, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'TypeAlias': {
        this.visitExpr(s.name);
        const name = (s.name as ast.Name).id;
        const inClass = this.cur.type === 'class';
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, s.type_params, false, false, false, s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        const ste = this.enterBlock(name, 'typealias', s, s);
        ste.canSeeClassScope = inClass;
        if (inClass) this.addDef('__classdict__', USE, s.value);
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  visitAlias(a: ast.alias): void {
    const full = a.asname ?? a.name;
    const dot = full.indexOf('.');
    const name = dot >= 0 ? full.slice(0, dot) : full;
    if (name === '*') {
      if (this.cur.type !== 'module') this.error(IMPORT_STAR_WARNING, a);
      return;
    }
    this.addDef(name, DEF_IMPORT, a);
  }

  /** symtable_enter_type_param_block: keyed by the type_params list itself. */
  enterTypeParamBlock(
    name: string,
    typeParams: ast.type_param[],
    hasDefaults: boolean,
    hasKwDefaults: boolean,
    isClass: boolean,
    at: SrcLoc,
  ): void {
    const currentType = this.cur.type;
    const ste = this.enterBlock(name, 'typeparams', typeParams, at);
    if (currentType === 'class') {
      ste.canSeeClassScope = true;
      this.addDef('__classdict__', USE, at);
    }
    if (isClass) {
      // Set when the type params tuple is built, used to build the bases.
      this.addDef('.type_params', DEF_LOCAL, at);
      this.addDef('.type_params', USE, at);
      this.privateName = name;
      this.addDef('.generic_base', DEF_LOCAL, at);
      this.addDef('.generic_base', USE, at);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, at);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, at);
  }

  visitTypeParam(tp: ast.type_param): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp.kind === 'TypeVar' && tp.bound) {
      const inClass = this.cur.canSeeClassScope;
      const ste = this.enterBlock(tp.name, 'typevarbound', tp, tp);
      ste.canSeeClassScope = inClass;
      if (inClass) this.addDef('__classdict__', USE, tp.bound);
      this.visitExpr(tp.bound);
      this.exitBlock();
    }
  }

  visitAnnotations(args: ast.arguments, returns: ast.expr | null): void {
    for (const list of [args.posonlyargs, args.args]) {
      for (const a of list) if (a.annotation) this.visitAnnotation(a.annotation);
    }
    if (args.vararg?.annotation) this.visitAnnotation(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitAnnotation(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.visitAnnotation(a.annotation);
    if (returns) this.visitAnnotation(returns);
  }

  /**
   * Under the annotations future an annotation is never evaluated: CPython
   * visits it in an annotation block only to reject yield, await and named
   * expressions. That block is kept out of the tree, so it changes no
   * other scope (python3.12 makes no cells for names used only there).
   */
  visitAnnotation(e: ast.expr): void {
    if (!this.futureAnnotations) {
      this.visitExpr(e);
      return;
    }
    const ste = new SymbolTableEntry('_annotation', 'annotation', e, e.lineno, e.col_offset);
    ste.nested = this.cur.nested || this.cur.isFunctionLike();
    this.stack.push(ste);
    this.visitExpr(e);
    this.stack.pop();
  }

  visitArguments(a: ast.arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  visitPattern(p: ast.pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
    }
  }

  visitExpr(e: ast.expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.visitNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda': {
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      }
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null, 'generator');
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null, 'list');
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null, 'set');
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value, 'dict');
        break;
      case 'Yield':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.markYield(e);
        break;
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        this.visitExpr(e.value);
        this.markYield(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.cur.isFunctionLike() && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  /** symtable_raise_if_annotation_block: PEP 695 scopes reject these expressions. */
  raiseIfAnnotationBlock(what: string, e: ast.expr): void {
    const t = this.cur.type;
    if (t === 'typevarbound') this.error(`${what} cannot be used within a TypeVar bound`, e);
    if (t === 'typealias') this.error(`${what} cannot be used within a type alias`, e);
    if (t === 'typeparams') this.error(`${what} cannot be used within the definition of a generic`, e);
    if (t === 'annotation') this.error(`${what} cannot be used within an annotation`, e);
  }

  markYield(e: ast.expr): void {
    const cur = this.cur;
    if (cur.comprehension !== 'none') {
      const what = cur.comprehension === 'generator' ? 'generator expression' : `${cur.comprehension} comprehension`;
      this.error(`'yield' inside ${what}`, e);
    }
    cur.generator = true;
  }

  visitNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension !== 'none') {
      // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
      const target = e.target.id;
      for (let i = this.stack.length - 1; i >= 0; i--) {
        const ste = this.stack[i];
        if (ste.comprehension !== 'none') {
          const f = ste.getSymbol(target);
          if (f & DEF_COMP_ITER) {
            this.error(`assignment expression cannot rebind comprehension iteration variable '${target}'`, e.target);
          }
          continue;
        }
        if (ste.type === 'function') {
          this.addDef(target, ste.getSymbol(target) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e.target, this.cur);
          if (!this.cur.directives.has(target)) this.cur.directives.set(target, e.target);
          this.addDef(target, DEF_LOCAL, e.target, ste);
        } else if (ste.type === 'module') {
          this.addDef(target, DEF_GLOBAL, e.target, this.cur);
          this.addDef(target, DEF_GLOBAL, e.target, ste);
        } else {
          this.error('assignment expression within a comprehension cannot be used in a class body', e.target);
        }
        break;
      }
    }
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  handleComprehension(
    e: ast.expr,
    name: string,
    generators: ast.comprehension[],
    elt: ast.expr,
    value: ast.expr | null,
    kind: ComprehensionKind,
  ): void {
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enterBlock(name, 'function', e, e);
    if (outermost.is_async) ste.coroutine = true;
    ste.comprehension = kind;
    if (kind === 'generator') ste.generator = true;
    this.addDef('.0', DEF_PARAM, e);
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const g of generators.slice(1)) {
      ste.compIterTarget = true;
      this.visitExpr(g.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.visitExpr(g.iter);
      ste.compIterExpr--;
      this.visitExprs(g.ifs);
      if (g.is_async) ste.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.exitBlock();
    // An async list/set/dict comprehension makes its enclosing scope a
    // coroutine (a generator expression around it becomes an async generator).
    if (ste.coroutine && kind !== 'generator') this.cur.coroutine = true;
  }
}

// ---------------------------------------------------------------- analysis

function analyze(top: SymbolTableEntry): void {
  analyzeBlock(top, null, new Set(), new Set(), new Set(), null);
}

function setScope(scopes: Map<string, Scope>, name: string, scope: Scope): void {
  scopes.set(name, scope);
}

function directiveError(ste: SymbolTableEntry, name: string, msg: string): never {
  const loc = ste.directives.get(name);
  throw new SymtableError(
    makeDiagnostic(msg, currentFilename, loc ?? { lineno: ste.lineno, col_offset: ste.colOffset }, currentSource),
  );
}

// analyze() runs synchronously inside buildSymtable, so these carry the
// file being analysed to directiveError without threading them through.
let currentFilename = '';
let currentSource: string | undefined;

function analyzeName(
  ste: SymbolTableEntry,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymbolTableEntry | null,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) directiveError(ste, name, `name '${name}' is nonlocal and global`);
    setScope(scopes, name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) directiveError(ste, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) directiveError(ste, name, `no binding for nonlocal '${name}' found`);
    if (typeParams.has(name)) directiveError(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
    setScope(scopes, name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    setScope(scopes, name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  if (classEntry) {
    const classFlags = classEntry.getSymbol(name);
    if (classFlags & DEF_GLOBAL) {
      setScope(scopes, name, Scope.GLOBAL_EXPLICIT);
      return;
    } else if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
      setScope(scopes, name, Scope.GLOBAL_IMPLICIT);
      return;
    }
  }
  if (bound && bound.has(name)) {
    setScope(scopes, name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    setScope(scopes, name, Scope.GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  setScope(scopes, name, Scope.GLOBAL_IMPLICIT);
}

function isFreeInAnyChild(entry: SymbolTableEntry, key: string): boolean {
  for (const child of entry.children) {
    if (child.getScope(key) === Scope.FREE) return true;
  }
  return false;
}

function inlineComprehension(
  ste: SymbolTableEntry,
  comp: SymbolTableEntry,
  scopes: Map<string, Scope>,
  compFree: Set<string>,
  inlinedCells: Set<string>,
): void {
  let removeDunderClass = false;
  for (const [k, compFlags] of comp.symbols) {
    if (compFlags & DEF_PARAM) continue;
    let scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
    const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
    if (scope === Scope.CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k);
    const existing = ste.symbols.get(k);
    if (scope === Scope.FREE && ste.type === 'class' && k === '__class__') {
      scope = Scope.GLOBAL_IMPLICIT;
      compFree.delete(k);
      removeDunderClass = true;
    }
    if (existing === undefined) {
      ste.symbols.set(k, onlyFlags);
      setScope(scopes, k, scope as Scope);
    } else if (existing & DEF_BOUND && !isFreeInAnyChild(comp, k) && ste.type !== 'class') {
      compFree.delete(k);
    }
  }
  comp.free = compFree.size > 0;
  if (removeDunderClass) comp.symbols.delete('__class__');
}

function analyzeCells(scopes: Map<string, Scope>, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== Scope.LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, Scope.CELL);
    free.delete(name);
  }
}

function dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
  if (free.delete('__classdict__')) ste.needsClassdict = true;
}

function updateSymbols(
  symbols: Map<string, number>,
  scopes: Map<string, Scope>,
  bound: Set<string> | null,
  free: Set<string>,
  inlinedCells: Set<string>,
  classflag: boolean,
): void {
  for (const [name, v] of symbols) {
    let flags = v;
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    const scope = scopes.get(name) ?? 0;
    flags |= scope << SCOPE_OFFSET;
    symbols.set(name, flags);
  }
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    symbols.set(name, Scope.FREE << SCOPE_OFFSET);
  }
}

function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymbolTableEntry | null,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  const inlinedCells = new Set<string>();

  if (ste.type === 'class') {
    for (const g of global) newglobal.add(g);
    if (bound) for (const x of bound) newbound.add(x);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
  }
  if (ste.type !== 'class') {
    if (ste.isFunctionLike()) for (const x of local) newbound.add(x);
    if (bound) for (const x of bound) newbound.add(x);
    for (const g of global) newglobal.add(g);
  } else {
    newbound.add('__class__');
    newbound.add('__classdict__');
  }

  for (const entry of ste.children) {
    let newClassEntry: SymbolTableEntry | null = null;
    if (entry.canSeeClassScope) {
      if (ste.type === 'class') newClassEntry = ste;
      else if (classEntry) newClassEntry = classEntry;
    }
    const inlineComp = entry.comprehension !== 'none' && !entry.generator;
    const childFree = new Set(newfree);
    analyzeBlock(entry, new Set(newbound), childFree, new Set(newglobal), new Set(typeParams), newClassEntry);
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
      entry.compInlined = true;
    }
    for (const x of childFree) newfree.add(x);
    if (entry.free || entry.childFree) ste.childFree = true;
  }

  for (let i = ste.children.length - 1; i >= 0; i--) {
    const entry = ste.children[i];
    if (entry.compInlined) ste.children.splice(i, 1, ...entry.children);
  }

  if (ste.isFunctionLike()) analyzeCells(scopes, newfree, inlinedCells);
  else if (ste.type === 'class') dropClassFree(ste, newfree);
  updateSymbols(ste.symbols, scopes, bound, newfree, inlinedCells, ste.type === 'class' || ste.canSeeClassScope);
  for (const x of newfree) free.add(x);
}
