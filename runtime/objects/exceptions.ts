/**
 * The BaseException hierarchy. An exception instance keeps its `args`
 * tuple in `a` and an ExcData in `b` (traceback entries, __cause__,
 * __context__); instances have a __dict__ like CPython's. str() and repr()
 * follow BaseException_str / BaseException_repr, with KeyError's repr-of-key
 * twist. Tracebacks are recorded as plain entries (code, instruction,
 * line) rather than traceback objects; traceback.ts prints them.
 *
 * This file installs errors.ts's factory, so `raise('TypeError', ...)`
 * anywhere in the runtime builds instances of these types.
 */

import { PyObject, decref, incref, newref, xdecref } from './object';
import { makeStaticType, TypeFlags, td, typeData, TypeData, isSubtype } from './typeobject';
import { errorFactory, raise, type ErrorKind } from './errors';
import { newTuple, EmptyTuple } from './tuple';
import { newStr } from './str';
import { None } from './none';
import { True, False } from './bool';
import { repr, str, genericGetAttr, genericSetAttr, excTypes } from './abstract';

/** One traceback line: where an exception passed through a frame. */
export interface TbEntry {
  /** The live code object (a PyObject of type code), kept alive by the entry. */
  readonly code: PyObject;
  /** Code-unit index of the instruction (tb_lasti / 2). */
  readonly instr: number;
  readonly lineno: number;
}

export class ExcData {
  traceback: TbEntry[] = [];
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
}

function excNew(type: PyObject, args: PyObject[]): PyObject {
  for (const x of args) incref(x);
  const o = new PyObject(type, 0, newTuple(args), new ExcData());
  if (td(type).tp_flags & TypeFlags.HEAPTYPE) incref(type);
  return o;
}

function excStr(o: PyObject): string {
  const args = (o.a as PyObject).a as PyObject[];
  if (args.length === 0) return '';
  if (args.length === 1) return str(args[0]);
  return str(o.a as PyObject);
}

function excRepr(o: PyObject): string {
  const args = (o.a as PyObject).a as PyObject[];
  const name = typeData(o).tp_name;
  if (args.length === 1) return `${name}(${repr(args[0])})`;
  if (args.length === 0) return `${name}()`;
  return name + repr(o.a as PyObject);
}

export function excArgs(o: PyObject): PyObject[] {
  return (o.a as PyObject).a as PyObject[];
}
export function excData(o: PyObject): ExcData {
  return o.b as ExcData;
}

export const BaseExceptionType: PyObject = makeStaticType('BaseException', null, {
  tp_flags: TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.BASETYPE | TypeFlags.HAVE_GC,
  tp_basicsize: 88,
  tp_dictoffset: true,
  tp_new: (type, args) => excNew(type, args),
  tp_init: (self, args) => {
    const old = self.a as PyObject;
    for (const x of args) incref(x);
    self.a = newTuple(args.slice());
    decref(old);
  },
  tp_dealloc: (o) => {
    decref(o.a as PyObject);
    const d = o.b as ExcData;
    xdecref(d.cause);
    xdecref(d.context);
    for (const e of d.traceback) decref(e.code);
    d.traceback = [];
  },
  tp_repr: excRepr,
  tp_str: excStr,
  tp_getattro: (o, name) => {
    const d = o.b as ExcData;
    switch (name) {
      case 'args': return newref(o.a as PyObject);
      case '__cause__': return newref(d.cause ?? None);
      case '__context__': return newref(d.context ?? None);
      case '__suppress_context__': return d.suppressContext ? True : False;
      case '__traceback__': return None;
    }
    return genericGetAttr(o, name);
  },
  tp_setattro: (o, name, value) => {
    const d = o.b as ExcData;
    if (name === '__cause__') {
      xdecref(d.cause);
      d.cause = value === null || value === None ? null : newref(value);
      d.suppressContext = true;
      return;
    }
    if (name === '__context__') {
      xdecref(d.context);
      d.context = value === null || value === None ? null : newref(value);
      return;
    }
    if (name === 'args') {
      const old = o.a as PyObject;
      o.a = newref(value!);
      decref(old);
      return;
    }
    genericSetAttr(o, name, value);
  },
});

export const excTypeByName = new Map<string, PyObject>([['BaseException', BaseExceptionType]]);

function def(name: string, base: string, slots: Partial<TypeData> = {}): PyObject {
  const t = makeStaticType(name, excTypeByName.get(base)!, { tp_flags: TypeFlags.BASETYPE, ...slots });
  excTypeByName.set(name, t);
  return t;
}

function firstArgOrNone(name: string) {
  return (o: PyObject, attr: string): PyObject | null => {
    if (attr === name) {
      const args = excArgs(o);
      return newref(args.length > 0 ? args[0] : None);
    }
    return td(BaseExceptionType).tp_getattro!(o, attr);
  };
}

def('Exception', 'BaseException');
def('SystemExit', 'BaseException', { tp_getattro: firstArgOrNone('code') });
def('KeyboardInterrupt', 'BaseException');
def('GeneratorExit', 'BaseException');
def('ArithmeticError', 'Exception');
def('ZeroDivisionError', 'ArithmeticError');
def('OverflowError', 'ArithmeticError');
def('FloatingPointError', 'ArithmeticError');
def('AssertionError', 'Exception');
def('AttributeError', 'Exception');
def('BufferError', 'Exception');
def('EOFError', 'Exception');
def('ImportError', 'Exception');
def('ModuleNotFoundError', 'ImportError');
def('LookupError', 'Exception');
def('IndexError', 'LookupError');
def('KeyError', 'LookupError', {
  tp_str: (o) => {
    const args = excArgs(o);
    return args.length === 1 ? repr(args[0]) : excStr(o);
  },
});
def('MemoryError', 'Exception');
def('NameError', 'Exception');
def('UnboundLocalError', 'NameError');
def('OSError', 'Exception');
def('FileNotFoundError', 'OSError');
def('ReferenceError', 'Exception');
def('RuntimeError', 'Exception');
def('NotImplementedError', 'RuntimeError');
def('RecursionError', 'RuntimeError');
def('StopIteration', 'Exception', { tp_getattro: firstArgOrNone('value') });
def('StopAsyncIteration', 'Exception');
def('SyntaxError', 'Exception');
def('IndentationError', 'SyntaxError');
def('TabError', 'IndentationError');
def('SystemError', 'Exception');
def('TypeError', 'Exception');
def('ValueError', 'Exception');
def('UnicodeError', 'ValueError');
def('UnicodeDecodeError', 'UnicodeError');
def('UnicodeEncodeError', 'UnicodeError');
def('Warning', 'Exception');
def('UserWarning', 'Warning');
def('DeprecationWarning', 'Warning');
def('RuntimeWarning', 'Warning');

excTypes.AttributeError = excTypeByName.get('AttributeError')!;

export function excType(name: string): PyObject {
  const t = excTypeByName.get(name);
  if (t === undefined) throw new Error(`no exception type ${name}`);
  return t;
}

export function isBaseException(o: PyObject): boolean {
  return (typeData(o).tp_flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0;
}

export function isExceptionType(t: PyObject): boolean {
  return (typeData(t).tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0 && (td(t).tp_flags & TypeFlags.BASE_EXC_SUBCLASS) !== 0;
}

/** A new exception instance of a builtin kind (owned reference). */
export function newException(kind: ErrorKind | string, msg: string | null): PyObject {
  const t = excType(kind);
  if (msg === null || (msg === '' && kind === 'MemoryError')) return excNew(t, []);
  const m = newStr(msg);
  const e = excNew(t, [m]);
  decref(m);
  return e;
}

errorFactory.make = (kind, msg) => newException(kind, msg);
errorFactory.makeWithArg = (kind, arg) => excNew(excType(kind), [arg]);

export function exceptionMatches(exc: PyObject, type: PyObject): boolean {
  return isSubtype(exc.ob_type, type);
}

/** Sets __context__ when raising during the handling of another exception. */
export function setContext(exc: PyObject, context: PyObject | null): void {
  if (context === null || context === exc) return;
  const d = excData(exc);
  if (d.context !== null) return;
  // Avoid creating a cycle in the context chain, as _PyErr_SetObject does.
  let o: PyObject | null = context;
  while (o !== null) {
    const od = excData(o);
    if (od.context === exc) {
      decref(exc);
      od.context = null;
      break;
    }
    o = od.context;
  }
  d.context = newref(context);
}

export { EmptyTuple, raise };
