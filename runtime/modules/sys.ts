/**
 * The `sys` module: argv, getrefcount, getsizeof, exit, recursion limit,
 * version_info, maxsize, and stdout/stderr objects whose write() sends text
 * to the Host. sys.getrefcount reports ob_refcnt as is: the argument's own
 * stack reference is already counted, exactly as in CPython.
 */

import { PyObject, decref, newref, reportedRefcnt, objectSize, immortalize } from '../objects/object';
import { makeStaticType, TypeFlags } from '../objects/typeobject';
import { raise, PyErr } from '../objects/errors';
import { newInt, newIntBig, isInt, MAX_STR_DIGITS } from '../objects/int';
import { None } from '../objects/none';
import { newStr, isStr } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { newList } from '../objects/list';
import { newDict } from '../objects/dict';
import { newBuiltinFunction, addMethods } from '../objects/methodobject';
import { newModule, setStrItem } from '../objects/module';
import { excType } from '../objects/exceptions';
import { oneArg } from '../objects/args';
import * as abs from '../objects/abstract';
import type { Host, OutputStream } from '../host';
import type { VM } from '../vm/vm';

/** TextIOWrapper stand-in: `a` names the Host stream. */
export const TextIOType: PyObject = makeStaticType('_io.TextIOWrapper', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 208,
  tp_repr: (o) => `<_io.TextIOWrapper name='<${o.a as string}>' mode='w' encoding='utf-8'>`,
});

export const streamHost: { host: Host | null } = { host: null };

addMethods(TextIOType, {
  write: (self, args, kw) => {
    const s = oneArg('write', args, kw);
    if (!isStr(s)) raise('TypeError', `write() argument must be str, not ${abs.typeNameOf(s)}`);
    streamHost.host!.write(self.a as OutputStream, s.a as string);
    return newInt((s.v as number));
  },
  flush: () => None,
});

export function makeStream(name: OutputStream): PyObject {
  return immortalize(new PyObject(TextIOType, 0, name, null));
}

export function makeSys(host: Host, vm: VM, stdout: PyObject, stderr: PyObject): PyObject {
  const m = newModule('sys');
  const d = m.dict!;
  const add = (name: string, fn: (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject) =>
    setStrItem(d, name, newBuiltinFunction(name, fn, 'sys'));
  add('getrefcount', (_s, args, kw) => newInt(reportedRefcnt(oneArg('getrefcount', args, kw))));
  add('getsizeof', (_s, args) => {
    if (args.length < 1) raise('TypeError', "getsizeof() missing required argument 'object' (pos 1)");
    return newInt(objectSize(args[0]));
  });
  add('exit', (_s, args) => {
    const e = args.length === 0 ? abs.call(excType('SystemExit'), [], null) : abs.call(excType('SystemExit'), [args[0]], null);
    throw new PyErr(e);
  });
  add('getrecursionlimit', () => newInt(vm.recursionLimit));
  add('setrecursionlimit', (_s, args, kw) => {
    const x = oneArg('setrecursionlimit', args, kw);
    if (!isInt(x)) raise('TypeError', "'" + abs.typeNameOf(x) + "' object cannot be interpreted as an integer");
    const n = abs.indexOf(x);
    if (n < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
    vm.recursionLimit = n;
    return None;
  });
  add('intern', (_s, args, kw) => newref(oneArg('intern', args, kw)));
  add('exception', () => newref(vm.current.exc_info ?? None));
  add('exc_info', () => {
    const e = vm.current.exc_info;
    if (e === null) return newTuple([None, None, None]);
    return newTuple([newref(e.ob_type), newref(e), abs.getAttr(e, '__traceback__')]);
  });
  add('get_int_max_str_digits', () => newInt(MAX_STR_DIGITS.limit));
  add('set_int_max_str_digits', (_s, args) => {
    MAX_STR_DIGITS.limit = abs.indexOf(args[0]);
    return None;
  });
  setStrItem(d, 'argv', newList(host.argv.map((a) => newStr(a))));
  setStrItem(d, 'stdout', newref(stdout));
  setStrItem(d, 'stderr', newref(stderr));
  setStrItem(d, '__stdout__', newref(stdout));
  setStrItem(d, '__stderr__', newref(stderr));
  setStrItem(d, 'maxsize', newIntBig(9223372036854775807n));
  setStrItem(d, 'version_info', newTuple([newInt(3), newInt(12), newInt(1), newStr('final'), newInt(0)]));
  setStrItem(d, 'version', newStr('3.12.1 (refscope) [TypeScript]'));
  setStrItem(d, 'platform', newStr('linux'));
  setStrItem(d, 'byteorder', newStr('little'));
  setStrItem(d, 'modules', newDict());
  setStrItem(d, 'implementation_name', newStr('refscope'));
  void decref;
  return m;
}
