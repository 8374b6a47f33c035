/**
 * `from __future__` statements, as CPython 3.12's Python/future.c: the
 * leading run of future imports (after an optional docstring) sets the
 * module's future features, and an unknown feature is a SyntaxError
 * ("not a chance" for braces). Only `annotations` changes code generation
 * (annotations become strings) and co_flags; the other historical
 * features are accepted and ignored, as in 3.12.
 * The "must occur at the beginning of the file" error for a later
 * future import is the code generator's (compileFromImport).
 */

import type * as ast from '../syntax/ast';
import type { CompileDiagnostic } from './diagnostics';
import { makeDiagnostic } from './diagnostics';

export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;

const KNOWN = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'generator_stop',
]);

export interface FutureFeatures {
  /** co_flags bits the features add to every code object. */
  flags: number;
  annotations: boolean;
  /** Position of the last leading future import (ff_location), or null. */
  location: { lineno: number; col_offset: number } | null;
  error: CompileDiagnostic | null;
}

function isDocstring(s: ast.stmt | undefined): boolean {
  return s?.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string';
}

export function parseFutures(mod: ast.mod, filename: string, source?: string): FutureFeatures {
  const ff: FutureFeatures = { flags: 0, annotations: false, location: null, error: null };
  if (mod.kind !== 'Module' && mod.kind !== 'Interactive') return ff;
  const body = mod.body;
  for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (s.kind !== 'ImportFrom' || s.module !== '__future__') break;
    for (const name of s.names) {
      if (KNOWN.has(name.name)) continue;
      if (name.name === 'barry_as_FLUFL') {
        ff.flags |= CO_FUTURE_BARRY_AS_BDFL;
        continue;
      }
      if (name.name === 'annotations') {
        ff.annotations = true;
        ff.flags |= CO_FUTURE_ANNOTATIONS;
        continue;
      }
      // CPython points at the statement's first column and gives no end column.
      const at = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: -1 };
      const msg = name.name === 'braces' ? 'not a chance' : `future feature ${name.name} is not defined`;
      ff.error = makeDiagnostic(msg, filename, at, source);
      return ff;
    }
    ff.location = { lineno: s.lineno, col_offset: s.col_offset };
  }
  return ff;
}
