/**
 * The builtin exceptions whose instances carry named fields, as CPython's
 * PyOSErrorObject, PyImportErrorObject, PySyntaxErrorObject... do: OSError
 * (errno, strerror, filename, filename2, the errno-to-subclass mapping of
 * OSError(...) and BlockingIOError's characters_written), ImportError
 * (name, path, msg), NameError and AttributeError (name, obj), SyntaxError
 * (msg and its location tuple) and the Unicode errors. Fields live in
 * ExcData.fields; this file installs the types' new/init/str slots.
 * It deliberately does not model Windows' winerror.
 */

import { PyObject, decref, newref } from './object';
import { td, typeData, type TypeData } from './typeobject';
import { raise } from './errors';
import { excTypeByName, excNew, excData, BaseExceptionType, type ExcData } from './exceptions';
import { None } from './none';
import { newStr, isStr } from './str';
import { newTuple } from './tuple';
import { isInt } from './int';
import { repr, str } from './abstract';
import { addNewWrapper } from './descrobject';

const T = (n: string): PyObject => excTypeByName.get(n)!;

/** Sets a slot on a type and on the subclasses that inherited the old value (update_slot). */
function setSlot<K extends keyof TypeData>(type: PyObject, key: K, value: TypeData[K]): void {
  const d = td(type);
  const old = d[key];
  d[key] = value;
  for (const sub of d.tp_subclasses) if (td(sub)[key] === old) setSlot(sub, key, value);
}

function setFields(o: PyObject, names: string[], values: (PyObject | null)[]): void {
  const d = o.b as ExcData;
  if (d.fields === null) d.fields = new Map();
  names.forEach((n, i) => {
    const old = d.fields!.get(n);
    d.fields!.set(n, newref(values[i] ?? None));
    if (old !== undefined) decref(old);
  });
}

function field(o: PyObject, name: string): PyObject {
  return (o.b as ExcData).fields?.get(name) ?? None;
}

// ---------------------------------------------------------------- OSError

const ERRNO_MAP = new Map<number, string>([
  [1, 'PermissionError'], [13, 'PermissionError'], [2, 'FileNotFoundError'], [3, 'ProcessLookupError'],
  [4, 'InterruptedError'], [10, 'ChildProcessError'], [11, 'BlockingIOError'], [114, 'BlockingIOError'],
  [115, 'BlockingIOError'], [17, 'FileExistsError'], [20, 'NotADirectoryError'], [21, 'IsADirectoryError'],
  [32, 'BrokenPipeError'], [108, 'BrokenPipeError'], [103, 'ConnectionAbortedError'],
  [104, 'ConnectionResetError'], [111, 'ConnectionRefusedError'], [110, 'TimeoutError'],
]);

function osErrorNew(type: PyObject, args: PyObject[]): PyObject {
  let t = type;
  if (type === T('OSError') && args.length >= 2 && args.length <= 5 && isInt(args[0])) {
    const sub = ERRNO_MAP.get(args[0].v);
    if (sub !== undefined) t = T(sub);
  }
  const n = args.length;
  const kept = n >= 3 && n <= 5 && !(t === T('BlockingIOError') && n === 3 && isInt(args[2])) ? args.slice(0, 2) : args;
  const o = excNew(t, kept);
  if (n >= 2 && n <= 5) {
    setFields(o, ['errno', 'strerror'], [args[0], args[1]]);
    if (n >= 3) {
      if (t === T('BlockingIOError') && isInt(args[2])) setFields(o, ['characters_written'], [args[2]]);
      else setFields(o, ['filename'], [args[2]]);
    }
    if (n === 5) setFields(o, ['filename2'], [args[4]]);
  }
  return o;
}

function osErrorStr(o: PyObject): string {
  const fn = field(o, 'filename'), fn2 = field(o, 'filename2');
  const errno = field(o, 'errno'), strerror = field(o, 'strerror');
  if (fn !== None) {
    if (fn2 !== None) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)} -> ${repr(fn2)}`;
    return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)}`;
  }
  if (errno !== None && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
  return td(BaseExceptionType).tp_str!(o);
}

setSlot(T('OSError'), 'tp_new', (type, args) => osErrorNew(type, args));
setSlot(T('OSError'), 'tp_init', () => undefined);
setSlot(T('OSError'), 'tp_str', osErrorStr);
for (const n of ['OSError', 'BlockingIOError']) {
  const prev = td(T(n)).tp_getattro!;
  setSlot(T(n), 'tp_getattro', (o, name) => {
    if (name === 'errno' || name === 'strerror' || name === 'filename' || name === 'filename2') return newref(field(o, name));
    if (name === 'characters_written' && typeData(o).tp_name === 'BlockingIOError') {
      const c = (o.b as ExcData).fields?.get(name);
      if (c === undefined) raise('AttributeError', 'characters_written');
      return newref(c);
    }
    return prev(o, name);
  });
}

// ---------------------------------------------------------------- ImportError, NameError, AttributeError

function kwFields(typeName: string, allowed: string[]) {
  return (self: PyObject, args: PyObject[], kwnames: readonly string[] | null): void => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const pos = args.slice(0, args.length - nkw);
    const values: (PyObject | null)[] = allowed.map(() => null);
    for (let i = 0; i < nkw; i++) {
      const k = allowed.indexOf(kwnames![i]);
      if (k < 0) raise('TypeError', `'${kwnames![i]}' is an invalid keyword argument for ${typeName}()`);
      values[k] = args[pos.length + i];
    }
    const old = self.a as PyObject;
    for (const x of pos) newref(x);
    self.a = newTuple(pos);
    decref(old);
    setFields(self, allowed, values);
    if (typeName === 'ImportError') setFields(self, ['msg'], [pos.length === 1 ? pos[0] : None]);
  };
}

setSlot(T('ImportError'), 'tp_init', kwFields('ImportError', ['name', 'path']));
setSlot(T('ImportError'), 'tp_str', (o) => {
  const m = field(o, 'msg');
  return m !== None && isStr(m) ? (m.a as string) : td(BaseExceptionType).tp_str!(o);
});
setSlot(T('NameError'), 'tp_init', kwFields('NameError', ['name']));
setSlot(T('AttributeError'), 'tp_init', kwFields('AttributeError', ['name', 'obj']));
for (const [n, names] of [['ImportError', ['name', 'path', 'msg']], ['NameError', ['name']], ['AttributeError', ['name', 'obj']]] as [string, string[]][]) {
  const prev = td(T(n)).tp_getattro!;
  setSlot(T(n), 'tp_getattro', (o, name) => {
    if (!names.includes(name)) return prev(o, name);
    const f = (o.b as ExcData).fields?.get(name);
    if (f === undefined && n === 'NameError' && name === 'name') return nameFromMessage(o);
    return newref(f ?? None);
  });
}

/**
 * The VM raises NameError and UnboundLocalError with only a message; CPython's eval loop also
 * sets .name, which is the quoted name its message starts with, so it is read back from there.
 */
function nameFromMessage(o: PyObject): PyObject {
  const args = (o.a as PyObject).a as PyObject[];
  const m = args.length === 1 && isStr(args[0]) ? /^(?:name|cannot access local variable|cannot access free variable) '([^']+)'/.exec(args[0].a as string) : null;
  return m === null ? None : newStr(m[1]);
}

// ---------------------------------------------------------------- SyntaxError

const SYNTAX_FIELDS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];

setSlot(T('SyntaxError'), 'tp_init', (self, args) => {
  const old = self.a as PyObject;
  for (const x of args) newref(x);
  self.a = newTuple(args.slice());
  decref(old);
  const vals: (PyObject | null)[] = [args.length >= 1 ? args[0] : null];
  if (args.length === 2) {
    const info = args[1];
    const items = typeData(info).tp_name === 'tuple' ? (info.a as PyObject[]) : null;
    if (items === null || items.length < 4 || items.length > 6) raise('IndexError', 'tuple index out of range');
    vals.push(...items);
  }
  setFields(self, SYNTAX_FIELDS, SYNTAX_FIELDS.map((_, i) => vals[i] ?? null));
});
setSlot(T('SyntaxError'), 'tp_str', (o) => {
  const msg = str(field(o, 'msg'));
  const fn = field(o, 'filename'), ln = field(o, 'lineno');
  const base = fn !== None && isStr(fn) ? (fn.a as string).split('/').pop()! : null;
  const haveLine = ln !== None && isInt(ln);
  if (base !== null && haveLine) return `${msg} (${base}, line ${str(ln)})`;
  if (base !== null) return `${msg} (${base})`;
  if (haveLine) return `${msg} (line ${str(ln)})`;
  return msg;
});
{
  const prev = td(T('SyntaxError')).tp_getattro!;
  setSlot(T('SyntaxError'), 'tp_getattro', (o, name) => (SYNTAX_FIELDS.includes(name) ? newref(field(o, name)) : prev(o, name)));
}

// ---------------------------------------------------------------- Unicode errors

const UNICODE_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];
for (const n of ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']) {
  const fields = n === 'UnicodeTranslateError' ? UNICODE_FIELDS.slice(1) : UNICODE_FIELDS;
  setSlot(T(n), 'tp_init', (self, args) => {
    if (args.length !== fields.length) raise('TypeError', `function takes exactly ${fields.length} arguments (${args.length} given)`);
    const old = self.a as PyObject;
    for (const x of args) newref(x);
    self.a = newTuple(args.slice());
    decref(old);
    setFields(self, fields, args);
  });
  const prev = td(T(n)).tp_getattro!;
  setSlot(T(n), 'tp_getattro', (o, name) => (fields.includes(name) ? newref(field(o, name)) : prev(o, name)));
  setSlot(T(n), 'tp_str', (o) => {
    if ((o.b as ExcData).fields === null) return td(BaseExceptionType).tp_str!(o);
    const start = field(o, 'start').v, end = field(o, 'end').v, obj = field(o, 'object');
    const enc = n === 'UnicodeTranslateError' ? '' : `'${str(field(o, 'encoding'))}' codec can't `;
    const reason = str(field(o, 'reason'));
    if (n === 'UnicodeDecodeError') {
      const bytes = obj.a as Uint8Array;
      if (end === start + 1) return `${enc}decode byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
      return `${enc}decode bytes in position ${start}-${end - 1}: ${reason}`;
    }
    const verb = n === 'UnicodeEncodeError' ? `${enc}encode` : "can't translate";
    if (end === start + 1) {
      const cp = [...(obj.a as string)][start].codePointAt(0)!;
      const esc = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
      return `${verb} character '${esc}' in position ${start}: ${reason}`;
    }
    return `${verb} characters in position ${start}-${end - 1}: ${reason}`;
  });
}

export { excData, newStr };

// BaseException.__new__ and OSError.__new__ as Python sees them (super().__new__(cls, *args) in subclasses).
addNewWrapper(BaseExceptionType);
addNewWrapper(T('OSError'));

// The historical aliases of OSError are the same class under other builtin names.
excTypeByName.set('IOError', T('OSError'));
excTypeByName.set('EnvironmentError', T('OSError'));
