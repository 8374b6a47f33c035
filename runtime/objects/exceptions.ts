/**
 * The BaseException hierarchy. An exception instance keeps its `args`
 * tuple in `a` and an ExcData in `b` (traceback entries, __cause__,
 * __context__); instances have a __dict__ like CPython's. str() and repr()
 * follow BaseException_str / BaseException_repr, with KeyError's repr-of-key
 * twist. Tracebacks are recorded as plain entries (code, instruction,
 * line) rather than traceback objects; traceback.ts prints them.
 *
 * This file installs errors.ts's factory, so `raise('TypeError', ...)`
 * anywhere in the runtime builds instances of these types. The special
 * attributes of OSError, ImportError, SyntaxError... live in excAttrs.ts,
 * exception groups in excGroup.ts, traceback objects in tracebackobject.ts.
 */

import { PyObject, decref, incref, newref, xdecref } from './object';
import { makeStaticType, TypeFlags, td, typeData, TypeData, isSubtype } from './typeobject';
import { errorFactory, raise, type ErrorKind } from './errors';
import { newTuple, EmptyTuple } from './tuple';
import { newStr } from './str';
import { None } from './none';
import { dictGetStr, newDict } from './dict';
import { True, False } from './bool';
import { repr, str, genericGetAttr, genericSetAttr, excTypes, isTrue, iterToArray } from './abstract';
import { addMethods } from './methodobject';
import { newList, listAppend } from './list';
import { isStr } from './str';

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
  /** Named C-level fields of the subclass (errno, filename, name, msg...): owned references. */
  fields: Map<string, PyObject> | null = null;
  /** The traceback object last handed out for __traceback__, with the entry count it covers. */
  tbObj: PyObject | null = null;
  tbObjLen = 0;
}

/** Late-bound traceback-object builders (tracebackobject.ts installs them). */
export const tbHooks: {
  toObject: (entries: TbEntry[]) => PyObject;
  fromObject: (tb: PyObject) => TbEntry[];
} = {
  toObject: () => None,
  fromObject: () => [],
};

/** Sets __traceback__ (None or a traceback object), as with_traceback() and the setter do. */
export function setTraceback(o: PyObject, tb: PyObject): void {
  if (tb !== None && typeData(tb).tp_name !== 'traceback') raise('TypeError', '__traceback__ must be a traceback or None');
  const d = o.b as ExcData;
  const entries = tb === None ? [] : tbHooks.fromObject(tb);
  for (const e of d.traceback) decref(e.code);
  d.traceback = entries;
  xdecref(d.tbObj);
  d.tbObj = tb === None ? null : newref(tb);
  d.tbObjLen = entries.length;
}

function getTraceback(o: PyObject): PyObject {
  const d = o.b as ExcData;
  if (d.traceback.length === 0) return None;
  if (d.tbObj !== null && d.tbObjLen === d.traceback.length) return newref(d.tbObj);
  xdecref(d.tbObj);
  d.tbObj = tbHooks.toObject(d.traceback);
  d.tbObjLen = d.traceback.length;
  return newref(d.tbObj);
}

export function excNew(type: PyObject, args: PyObject[]): PyObject {
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
  tp_init: (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise('TypeError', `${typeData(self).tp_name}() takes no keyword arguments`);
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
    xdecref(d.tbObj);
    d.tbObj = null;
    if (d.fields !== null) for (const v of d.fields.values()) decref(v);
    d.fields = null;
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
      case '__traceback__': return getTraceback(o);
      case '__dict__':
        if (o.dict === null) o.dict = newDict();
        return newref(o.dict);
    }
    if (d.fields !== null) {
      const f = d.fields.get(name);
      if (f !== undefined) return newref(f);
    }
    return genericGetAttr(o, name);
  },
  tp_setattro: (o, name, value) => {
    const d = o.b as ExcData;
    if (name === '__cause__' || name === '__context__') {
      if (value === null) raise('TypeError', `${name} may not be deleted`);
      if (value !== None && !isBaseException(value)) raise('TypeError', `exception ${name.slice(2, -2)} must be None or derive from BaseException`);
      const nv = value === None ? null : newref(value);
      if (name === '__cause__') {
        xdecref(d.cause);
        d.cause = nv;
        d.suppressContext = true;
      } else {
        xdecref(d.context);
        d.context = nv;
      }
      return;
    }
    if (name === '__suppress_context__') {
      if (value === null) raise('TypeError', `${name} may not be deleted`);
      d.suppressContext = isTrue(value);
      return;
    }
    if (name === '__traceback__') {
      if (value === null) raise('TypeError', '__traceback__ may not be deleted');
      setTraceback(o, value);
      return;
    }
    if (name === 'args') {
      if (value === null) raise('TypeError', 'args may not be deleted');
      const items = iterToArray(value);
      const old = o.a as PyObject;
      o.a = newTuple(items);
      decref(old);
      return;
    }
    if (d.fields !== null && d.fields.has(name)) {
      const old = d.fields.get(name)!;
      d.fields.set(name, newref(value ?? None));
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

/** SystemExit.code: None, the only argument, or the whole args tuple. */
function systemExitCode(o: PyObject, attr: string): PyObject | null {
  if (attr === 'code') {
    const d = o.b as ExcData;
    const f = d.fields?.get('code');
    if (f !== undefined) return newref(f);
    const args = excArgs(o);
    return newref(args.length === 0 ? None : args.length === 1 ? args[0] : (o.a as PyObject));
  }
  return td(BaseExceptionType).tp_getattro!(o, attr);
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
def('TypeError', 'Exception');
def('StopAsyncIteration', 'Exception');
def('StopIteration', 'Exception', { tp_getattro: firstArgOrNone('value') });
def('GeneratorExit', 'BaseException');
def('SystemExit', 'BaseException', { tp_getattro: systemExitCode });
def('KeyboardInterrupt', 'BaseException');
def('ImportError', 'Exception');
def('ModuleNotFoundError', 'ImportError');
def('OSError', 'Exception');
def('EOFError', 'Exception');
def('RuntimeError', 'Exception');
def('RecursionError', 'RuntimeError');
def('NotImplementedError', 'RuntimeError');
def('NameError', 'Exception');
def('UnboundLocalError', 'NameError');
def('AttributeError', 'Exception');
def('SyntaxError', 'Exception');
def('IndentationError', 'SyntaxError');
def('TabError', 'IndentationError');
def('LookupError', 'Exception');
def('IndexError', 'LookupError');
def('KeyError', 'LookupError', {
  tp_str: (o) => {
    const args = excArgs(o);
    return args.length === 1 ? repr(args[0]) : excStr(o);
  },
});
def('ValueError', 'Exception');
def('UnicodeError', 'ValueError');
def('UnicodeEncodeError', 'UnicodeError');
def('UnicodeDecodeError', 'UnicodeError');
def('UnicodeTranslateError', 'UnicodeError');
def('AssertionError', 'Exception');
def('ArithmeticError', 'Exception');
def('FloatingPointError', 'ArithmeticError');
def('OverflowError', 'ArithmeticError');
def('ZeroDivisionError', 'ArithmeticError');
def('SystemError', 'Exception');
def('ReferenceError', 'Exception');
def('MemoryError', 'Exception');
def('BufferError', 'Exception');
def('ConnectionError', 'OSError');
for (const n of ['BlockingIOError', 'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionRefusedError',
  'ConnectionResetError', 'FileExistsError', 'FileNotFoundError', 'IsADirectoryError', 'NotADirectoryError', 'InterruptedError',
  'PermissionError', 'ProcessLookupError', 'TimeoutError']) {
  def(n, n.startsWith('Connection') || n === 'BrokenPipeError' ? 'ConnectionError' : 'OSError');
}
def('Warning', 'Exception');
for (const n of ['UserWarning', 'EncodingWarning', 'DeprecationWarning', 'PendingDeprecationWarning', 'SyntaxWarning', 'RuntimeWarning',
  'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning']) {
  def(n, 'Warning');
}

excTypes.AttributeError = excTypeByName.get('AttributeError')!;

/** The methods of BaseException: the slot wrappers that call the type's own slots, notes and tracebacks. */
function ownSlotMethods(type: PyObject): void {
  const d = td(type);
  addMethods(type, {
    __str__: (self) => newStr(d.tp_str!(self)),
    __repr__: (self) => newStr(d.tp_repr!(self)),
    __init__: (self, args, kw) => {
      d.tp_init!(self, args, kw);
      return None;
    },
  });
}
ownSlotMethods(BaseExceptionType);
ownSlotMethods(excTypeByName.get('KeyError')!);
addMethods(BaseExceptionType, {
  with_traceback: (self, args) => {
    setTraceback(self, args[0]);
    return newref(self);
  },
  add_note: (self, args) => {
    const note = args[0];
    if (args.length !== 1) raise('TypeError', `add_note() takes exactly one argument (${args.length} given)`);
    if (!isStr(note)) raise('TypeError', `note must be a str, not '${typeData(note).tp_name}'`);
    let notes = self.dict === null ? null : dictGetStr(self.dict, '__notes__');
    if (notes === null) {
      const l = newList([]);
      try {
        genericSetAttr(self, '__notes__', l);
      } finally {
        decref(l);
      }
      notes = l;
    }
    if (typeData(notes).tp_name !== 'list') raise('TypeError', 'Cannot add note: __notes__ is not a list');
    listAppend(notes, newref(note));
    return None;
  },
});

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
