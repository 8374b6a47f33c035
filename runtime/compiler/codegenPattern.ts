/**
 * Code generation for `match` statements (PEP 634), following CPython
 * 3.12's compiler_match and compiler_pattern_* functions.
 * Not written yet: a `match` statement currently produces a compile-time
 * SyntaxError saying so, rather than wrong bytecode.
 */

import type * as ast from '../syntax/ast';
import { type Compiler, loc } from './compiler';

export function compileMatch(c: Compiler, s: ast.Match): void {
  c.error(loc(s), 'match statements are not supported by this compiler yet');
}
