/**
 * The compiler's entry point: AST in, CodeData out, as CPython 3.12's
 * `compile()` after parsing: AST optimisation (constFold.ts), the symbol
 * table (symtable.ts), code generation (codegenStmt.ts, codegenExpr.ts),
 * and per code unit the flow-graph passes and the assembler.
 *
 * `from __future__` features are read first (future.ts).
 * `compile(tree, filename, mode, source?)` never throws for user errors:
 * compile-time SyntaxErrors come back in `errors` (at most one, as
 * CPython stops at the first) with `code` null. Passing the source fills
 * the diagnostics' `text`.
 */

import type { CodeData } from '../bytecode/codeData';
import type * as ast from '../syntax/ast';
import type { ConstantValue } from '../syntax/ast';
import { astConstants } from './astConstants';
import { Op } from '../bytecode/opcodes';
import { compileBody, findAnn, visitStmt } from './codegenStmt';
import { visitExpr } from './codegenExpr';
import { CompileError, Compiler } from './compiler';
import { optimizeAst } from './constFold';
import type { CompileDiagnostic } from './diagnostics';
import { parseFutures } from './future';
import { NO_LOCATION } from './instr';
import { buildSymtable } from './symtable';

export type { CompileDiagnostic } from './diagnostics';

export type CompileMode = 'exec' | 'eval' | 'single';

export interface CompileResult {
  code: CodeData | null;
  errors: CompileDiagnostic[];
  /** The Constant values of the optimised tree, which CPython's parse tree keeps alive (astConstants.ts). */
  astConstants: ConstantValue[];
}

export function compile(tree: ast.mod, filename: string, mode: CompileMode, source?: string): CompileResult {
  const future = parseFutures(tree, filename, source);
  if (future.error) return { code: null, errors: [future.error], astConstants: [] };
  const mod = optimizeAst(tree, future.annotations);
  const st = buildSymtable(mod, filename, source, future.annotations);
  if (st.errors.length) return { code: null, errors: st.errors, astConstants: [] };
  const c = new Compiler(st, filename, source);
  c.futureAnnotations = future.annotations;
  c.futureFlags = future.flags;
  c.futureLocation = future.location;
  try {
    c.enterScope('<module>', 'module', mod, 1);
    let addNone = true;
    switch (mod.kind) {
      case 'Module':
        compileBody(c, NO_LOCATION, mod.body);
        break;
      case 'Interactive':
        if (findAnn(mod.body)) c.addop(Op.SETUP_ANNOTATIONS, { lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 });
        c.interactive = true;
        for (const s of mod.body) visitStmt(c, s);
        break;
      case 'Expression':
        visitExpr(c, mod.body);
        addNone = false;
        break;
      case 'FunctionType':
        c.error({ lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 }, 'cannot compile a FunctionType tree');
    }
    void mode;
    const code = c.assemble(addNone);
    return { code, errors: [], astConstants: astConstants(mod) };
  } catch (e) {
    if (e instanceof CompileError) return { code: null, errors: [e.diag], astConstants: [] };
    throw e;
  }
}
