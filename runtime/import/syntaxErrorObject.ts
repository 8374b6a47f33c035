/**
 * A SyntaxError exception object for a module that fails to compile while
 * being imported, made as CPython makes it: SyntaxError(msg, (filename,
 * lineno, offset, text, end_lineno, end_offset)); the diagnostic is kept
 * beside it so that the traceback printer shows the offending line and
 * carets exactly as for a main program's syntax error.
 *
 * It deliberately does not compile anything itself.
 */

import { PyObject, decref, newref } from '../objects/object';
import { excType } from '../objects/exceptions';
import { newTuple } from '../objects/tuple';
import { newStr } from '../objects/str';
import { newInt } from '../objects/int';
import { None } from '../objects/none';
import { call } from '../objects/abstract';
import type { SyntaxDiagnostic } from '../syntax/diagnostics';

/** The diagnostic each SyntaxError raised by an import was built from. */
export const syntaxDiagnostics = new WeakMap<PyObject, SyntaxDiagnostic>();

export function syntaxErrorObject(d: SyntaxDiagnostic): PyObject {
  const loc = newTuple([newStr(d.filename), newInt(d.lineno), newInt(d.offset), d.text === null ? newref(None) : newStr(d.text), newInt(d.end_lineno), newInt(d.end_offset)]);
  const msg = newStr(d.msg);
  let exc: PyObject;
  try {
    exc = call(excType(d.type), [msg, loc], null);
  } finally {
    decref(msg);
    decref(loc);
  }
  syntaxDiagnostics.set(exc, d);
  return exc;
}
