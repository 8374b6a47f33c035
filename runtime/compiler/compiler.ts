/**
 * The compiler's state, as CPython 3.12's `struct compiler` and
 * `compiler_unit`: a stack of code units (one per scope being compiled),
 * each with its instruction sequence, constants, names, variable tables
 * and frame-block stack; instruction emission helpers; name resolution
 * (compiler_nameop); scope entry with RESUME and qualified names; closure
 * creation; and optimize_and_assemble, which hands a unit to the flow
 * graph and the assembler.
 * Statement and expression code generation live in codegenStmt.ts and
 * codegenExpr.ts; this file has no per-node logic.
 */

import type { CodeData, CodeConstant } from '../bytecode/codeData';
import { CodeFlags } from '../bytecode/codeData';
import { Op } from '../bytecode/opcodes';
import type * as ast from '../syntax/ast';
import { assembleCodeUnit } from './assemble';
import { ConstTable } from './constants';
import { type CompileDiagnostic, makeDiagnostic } from './diagnostics';
import { buildCfg, optimizeCodeUnit } from './flowgraph';
import { type Loc, NO_LOCATION } from './instr';
import { InstrSequence, type Label } from './instrSequence';
import {
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  SCOPE_MASK,
  SCOPE_OFFSET,
  Scope,
  type SymbolTable,
  type SymbolTableEntry,
  mangle,
} from './symtable';

/** CPython's COMPILER_SCOPE_*; 'typeparams' is a PEP 695 annotation scope. */
export type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension' | 'typeparams';

export type FBlockType =
  | 'WHILE_LOOP'
  | 'FOR_LOOP'
  | 'TRY_EXCEPT'
  | 'FINALLY_TRY'
  | 'FINALLY_END'
  | 'WITH'
  | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP'
  | 'POP_VALUE'
  | 'EXCEPTION_HANDLER'
  | 'EXCEPTION_GROUP_HANDLER'
  | 'ASYNC_COMPREHENSION_GENERATOR';

export interface FBlock {
  type: FBlockType;
  block: Label | null;
  exit: Label | null;
  /** FINALLY_TRY: the finally body; WITH: the statement; HANDLER_CLEANUP: the name. */
  datum: unknown;
  loc: Loc;
}

export class CompileError extends Error {
  constructor(readonly diag: CompileDiagnostic) {
    super(diag.msg);
  }
}

export class CompilerUnit {
  readonly seq = new InstrSequence();
  readonly consts = new ConstTable();
  readonly names = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  /** name -> true while it is a hidden fast local of an inlined comprehension. */
  readonly fasthidden = new Map<string, boolean>();
  readonly fblocks: FBlock[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  qualname = '';
  privateName: string | null = null;
  inInlinedComp = 0;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
  ) {}
}

export function loc(n: { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null }): Loc {
  return {
    lineno: n.lineno,
    end_lineno: n.end_lineno ?? n.lineno,
    col_offset: n.col_offset,
    end_col_offset: n.end_col_offset ?? n.col_offset,
  };
}

/** Names with the given scope or flag, sorted, numbered from `offset` (dictbytype). */
function dictByType(symbols: Map<string, number>, scope: Scope, flag: number, offset: number): Map<string, number> {
  const picked: string[] = [];
  for (const [name, v] of symbols) {
    const s = (v >> SCOPE_OFFSET) & SCOPE_MASK;
    if (s === scope || v & flag) picked.push(name);
  }
  picked.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = new Map<string, number>();
  picked.forEach((n, i) => out.set(n, offset + i));
  return out;
}

function addName(dict: Map<string, number>, name: string): number {
  let i = dict.get(name);
  if (i === undefined) {
    i = dict.size;
    dict.set(name, i);
  }
  return i;
}

export class Compiler {
  readonly stack: CompilerUnit[] = [];
  u!: CompilerUnit;
  nestlevel = 0;
  interactive = false;
  /** `from __future__ import annotations` is in effect: annotations compile to strings. */
  futureAnnotations = false;
  /** co_flags bits every code object carries (the future features). */
  futureFlags = 0;
  /** Where the leading future imports end (c_future.ff_location). */
  futureLocation: { lineno: number; col_offset: number } | null = null;

  constructor(
    readonly st: SymbolTable,
    readonly filename: string,
    readonly source: string | undefined,
  ) {}

  // ------------------------------------------------------------ errors

  error(l: Loc, msg: string): never {
    throw new CompileError(makeDiagnostic(msg, this.filename, l, this.source));
  }

  // ------------------------------------------------------------ emission

  addop(op: number, l: Loc, arg = 0): void {
    this.u.seq.addop(op, arg, l);
  }

  addopJump(op: number, target: Label, l: Loc): void {
    this.u.seq.addop(op, 0, l, target);
  }

  newLabel(): Label {
    return this.u.seq.newLabel();
  }

  useLabel(l: Label): void {
    this.u.seq.useLabel(l);
  }

  addConst(v: CodeConstant): number {
    return this.u.consts.add(v);
  }

  loadConst(v: CodeConstant, l: Loc): void {
    this.addop(Op.LOAD_CONST, l, this.addConst(v));
  }

  /** compiler_addop_name: mangles, and sets LOAD_ATTR/LOAD_SUPER_ATTR bits. */
  addopName(op: number, name: string, l: Loc): void {
    const mangled = mangle(this.u.privateName, name);
    let arg = addName(this.u.names, mangled);
    if (op === Op.LOAD_ATTR) arg <<= 1;
    else if (op === Op.LOAD_METHOD) {
      op = Op.LOAD_ATTR;
      arg = (arg << 1) | 1;
    } else if (op === Op.LOAD_SUPER_ATTR) {
      arg = (arg << 2) | 2;
    } else if (op === Op.LOAD_SUPER_METHOD) {
      op = Op.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 3;
    } else if (op === Op.LOAD_ZERO_SUPER_ATTR) {
      op = Op.LOAD_SUPER_ATTR;
      arg <<= 2;
    } else if (op === Op.LOAD_ZERO_SUPER_METHOD) {
      op = Op.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 1;
    }
    this.addop(op, l, arg);
  }

  /** ADDOP_N / ADDOP_NAME into an explicit table, without mangling rules beyond CPython's. */
  addopVar(op: number, name: string, table: 'varnames' | 'cellvars' | 'freevars' | 'names', l: Loc): void {
    const mangled = table === 'names' ? name : mangle(this.u.privateName, name);
    this.addop(op, l, addName(this.u[table], mangled));
  }

  // ------------------------------------------------------------ names

  /** compiler_check_debug_args: no parameter may be called __debug__. */
  checkDebugArgs(args: ast.arguments): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.arg === '__debug__') this.error(loc(a), 'cannot assign to __debug__');
  }

  /** compiler_nameop. */
  nameop(name: string, ctx: ast.expr_context, l: Loc): void {
    if (name === '__debug__' && ctx !== 'Load') this.error(l, ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__');
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.getScope(mangled);
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    let dict: Map<string, number> = u.names;
    switch (scope) {
      case Scope.FREE:
        dict = u.freevars;
        optype = 'deref';
        break;
      case Scope.CELL:
        dict = u.cellvars;
        optype = 'deref';
        break;
      case Scope.LOCAL:
        if (u.ste.isFunctionLike() || u.fasthidden.get(mangled) === true) optype = 'fast';
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike()) optype = 'global';
        break;
      case Scope.GLOBAL_EXPLICIT:
        optype = 'global';
        break;
    }
    let op = 0;
    switch (optype) {
      case 'deref':
        if (ctx === 'Load') {
          if (u.ste.type === 'class' && !u.inInlinedComp) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addop(Op.LOAD_LOCALS, l);
          } else if (u.ste.canSeeClassScope) {
            // An annotation scope in a class looks in the class namespace first.
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addop(Op.LOAD_DEREF, l, addName(u.freevars, '__classdict__'));
          } else op = Op.LOAD_DEREF;
        } else op = ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addop(op, l, addName(u.varnames, mangled));
        return;
      case 'global':
        if (ctx === 'Load' && u.ste.canSeeClassScope && scope === Scope.GLOBAL_IMPLICIT) {
          op = Op.LOAD_FROM_DICT_OR_GLOBALS;
          this.addop(Op.LOAD_DEREF, l, addName(u.freevars, '__classdict__'));
        } else op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      case 'name':
        if (ctx === 'Load') op = u.ste.type === 'class' && u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
        else op = ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
        break;
    }
    let arg = addName(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addop(op, l, arg);
  }

  // ------------------------------------------------------------ scopes

  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.blocks.get(key);
    if (!ste) throw new Error(`no symbol table entry for ${name}`);
    const u = new CompilerUnit(ste, name, scopeType, lineno);
    ste.varnames.forEach((v) => addName(u.varnames, v));
    for (const [k, v] of dictByType(ste.symbols, Scope.CELL, DEF_COMP_CELL, 0)) u.cellvars.set(k, v);
    if (ste.needsClassClosure) addName(u.cellvars, '__class__');
    if (ste.needsClassdict) addName(u.cellvars, '__classdict__');
    for (const [k, v] of dictByType(ste.symbols, Scope.FREE, DEF_FREE_CLASS, u.cellvars.size)) u.freevars.set(k, v);
    if (this.stack.length || this.u) u.privateName = this.u ? this.u.privateName : null;
    if (this.u) this.stack.push(this.u);
    this.u = u;
    this.nestlevel++;
    const l: Loc = { lineno: lineno, end_lineno: lineno, col_offset: 0, end_col_offset: 0 };
    if (scopeType === 'module') {
      u.qualname = '<module>';
      this.addop(Op.RESUME, { ...l, lineno: 0 }, 0);
    } else {
      this.setQualname();
      this.addop(Op.RESUME, l, 0);
    }
  }

  exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.pop()!;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      let parent = this.stack[this.stack.length - 1];
      if (parent.scopeType === 'typeparams') {
        // Qualified names skip the type parameter scope: look at the grandparent.
        if (this.stack.length === 2) {
          u.qualname = u.name;
          return;
        }
        parent = this.stack[this.stack.length - 2];
      }
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async_function' || u.scopeType === 'class') {
        const m = mangle(parent.privateName, u.name);
        if (parent.ste.getScope(m) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'async_function' || parent.scopeType === 'lambda') {
          base = parent.qualname + '.<locals>';
        } else base = parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  // ------------------------------------------------------------ assembly

  computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = this.futureFlags;
    if (ste.isFunctionLike()) {
      flags |= CodeFlags.CO_NEWLOCALS | CodeFlags.CO_OPTIMIZED;
      if (ste.nested) flags |= CodeFlags.CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CodeFlags.CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CodeFlags.CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CodeFlags.CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CodeFlags.CO_VARARGS;
      if (ste.varkeywords) flags |= CodeFlags.CO_VARKEYWORDS;
    }
    return flags;
  }

  /** optimize_and_assemble: the implicit return, then flowgraph and assembler. */
  assemble(addNone: boolean): CodeData {
    const u = this.u;
    if (addNone) this.loadConst(null, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    const flags = this.computeCodeFlags();
    const g = buildCfg(u.seq);
    const nparams = u.ste.varnames.length;
    const nlocals = u.varnames.size;
    const consts = optimizeCodeUnit(g, u.consts, nlocals, nparams, u.firstlineno);
    const fasthidden = new Set(u.fasthidden.keys());
    return assembleCodeUnit(
      g,
      {
        name: u.name,
        qualname: u.qualname,
        filename: this.filename,
        firstlineno: u.firstlineno,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags,
        varnames: u.varnames,
        cellvars: u.cellvars,
        freevars: u.freevars,
        fasthidden,
        names: [...u.names.keys()],
      },
      consts,
    );
  }

  /** compiler_make_closure. */
  makeClosure(co: CodeData, flags: number, l: Loc): void {
    const nlocalsplus = co.co_localsplusnames.length;
    let firstFree = nlocalsplus;
    let nfree = 0;
    for (let i = 0; i < nlocalsplus; i++) {
      if (co.co_localspluskinds[i] & 0x80) {
        if (firstFree === nlocalsplus) firstFree = i;
        nfree++;
      }
    }
    if (nfree) {
      for (let i = firstFree; i < nlocalsplus; i++) {
        const name = co.co_localsplusnames[i];
        let reftype: Scope;
        if (this.u.scopeType === 'class' && (name === '__class__' || name === '__classdict__')) reftype = Scope.CELL;
        else reftype = this.u.ste.getScope(name);
        const arg = reftype === Scope.CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler_make_closure: lookup of '${name}' failed`);
        this.addop(Op.LOAD_CLOSURE, l, arg);
      }
      flags |= 0x08;
      this.addop(Op.BUILD_TUPLE, l, nfree);
    }
    this.loadConst(co, l);
    this.addop(Op.MAKE_FUNCTION, l, flags);
  }

  // ------------------------------------------------------------ frame blocks

  pushFBlock(l: Loc, type: FBlockType, block: Label | null, exit: Label | null, datum: unknown): void {
    if (this.u.fblocks.length >= 20) this.error(l, 'too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum, loc: l });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }
}
