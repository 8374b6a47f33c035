/**
 * Argument checking for builtin functions and methods, producing CPython's
 * own error messages ("len() takes exactly one argument (2 given)", "pop
 * expected at most 1 argument, got 2"...). It deliberately parses nothing
 * clever: each builtin states its arity and reads `args` itself.
 */

import type { PyObject } from './object';
import { raise } from './errors';

export function noKwargs(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${name}() takes no keyword arguments`);
}

/** METH_O style: exactly one positional argument. */
export function oneArg(name: string, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  noKwargs(name, kwnames);
  if (args.length !== 1) raise('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS style. */
export function noArgs(name: string, args: PyObject[], kwnames: readonly string[] | null): void {
  noKwargs(name, kwnames);
  if (args.length !== 0) raise('TypeError', `${name}() takes no arguments (${args.length} given)`);
}

/** Argument Clinic's positional range check ("expected at most 2 arguments, got 3"). */
export function argRange(name: string, args: PyObject[], kwnames: readonly string[] | null, min: number, max: number): void {
  noKwargs(name, kwnames);
  const n = args.length;
  if (n < min) {
    if (min === max) raise('TypeError', `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    raise('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    if (min === max) raise('TypeError', `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    raise('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/** Splits positional and keyword arguments: CALL passes keywords last, named by kwnames. */
export function splitKwargs(args: PyObject[], kwnames: readonly string[] | null): [PyObject[], Map<string, PyObject>] {
  const kw = new Map<string, PyObject>();
  if (kwnames === null || kwnames.length === 0) return [args, kw];
  const npos = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[npos + i]);
  return [args.slice(0, npos), kw];
}

/** Rejects keywords other than the allowed ones, with CPython's message. */
export function checkKwargs(name: string, kw: Map<string, PyObject>, allowed: readonly string[]): void {
  for (const k of kw.keys()) {
    if (!allowed.includes(k)) raise('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
  }
}
