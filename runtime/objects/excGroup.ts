/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654): construction with its
 * checks (message a str, a non-empty sequence of exceptions, no
 * BaseExceptions inside an ExceptionGroup, BaseExceptionGroup(...) becoming
 * an ExceptionGroup when every member is an Exception), message/exceptions,
 * str "msg (N sub-exceptions)", split(), subgroup() and derive() for
 * exception types. Matching by predicate function and the except* opcodes
 * are deliberately not here.
 */

import { PyObject, decref, newref } from './object';
import { td, isSubtype, typeData, TypeFlags } from './typeobject';
import { raise } from './errors';
import { excTypeByName, excNew, excArgs, isBaseException, isExceptionType, excData } from './exceptions';
import { None } from './none';
import { newStr, isStr } from './str';
import { newTuple, isTuple } from './tuple';
import { iterToArray, call, typeNameOf, isTrue } from './abstract';
import { makeStaticType } from './typeobject';
import { newList } from './list';
import { addMethods } from './methodobject';

const BaseException = excTypeByName.get('BaseException')!;
const ExceptionT = excTypeByName.get('Exception')!;

function groupNew(type: PyObject, args: PyObject[]): PyObject {
  if (args.length !== 2) raise('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args;
  if (!isStr(msg)) raise('TypeError', `argument 1 must be str, not ${typeNameOf(msg)}`);
  const tn = typeData(excs).tp_name;
  if (tn === 'set' || tn === 'frozenset' || tn === 'dict' || typeData(excs).mp_subscript === null) {
    raise('TypeError', 'second argument (exceptions) must be a sequence');
  }
  const items = iterToArray(excs);
  try {
    if (items.length === 0) raise('ValueError', 'second argument (exceptions) must be a non-empty sequence');
    items.forEach((e, i) => {
      if (!isBaseException(e)) raise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    });
    const allExc = items.every((e) => isSubtype(e.ob_type, ExceptionT));
    let t = type;
    if (type === BaseExceptionGroupType) {
      if (allExc) t = ExceptionGroupType;
    } else if (type === ExceptionGroupType) {
      if (!allExc) raise('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (!allExc && isSubtype(type, ExceptionT)) {
      raise('TypeError', `Cannot nest BaseExceptions in '${td(type).tp_name}'`);
    }
    const o = excNew(t, args);
    const d = excData(o);
    d.fields = new Map([['message', newref(msg)], ['exceptions', newTuple(items.map((x) => newref(x)))]]);
    return o;
  } finally {
    for (const x of items) decref(x);
  }
}

function members(o: PyObject): PyObject[] {
  return excData(o).fields!.get('exceptions')!.a as PyObject[];
}

export const BaseExceptionGroupType: PyObject = makeStaticType('BaseExceptionGroup', BaseException, {
  tp_flags: TypeFlags.BASETYPE | TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.HAVE_GC,
  tp_new: groupNew,
  tp_init: () => undefined,
  tp_str: (o) => {
    const n = members(o).length;
    return `${excData(o).fields!.get('message')!.a as string} (${n} sub-exception${n > 1 ? 's' : ''})`;
  },
  tp_getattro: (o, name) => {
    const f = excData(o).fields?.get(name);
    if (f !== undefined) return newref(f);
    return td(BaseException).tp_getattro!(o, name);
  },
});
excTypeByName.set('BaseExceptionGroup', BaseExceptionGroupType);
export const ExceptionGroupType: PyObject = makeStaticType('ExceptionGroup', BaseExceptionGroupType, {
  tp_flags: TypeFlags.BASETYPE | TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.HAVE_GC,
});
excTypeByName.set('ExceptionGroup', ExceptionGroupType);
// ExceptionGroup derives from both BaseExceptionGroup and Exception.
{
  const d = td(ExceptionGroupType);
  d.tp_bases = [BaseExceptionGroupType, ExceptionT];
  d.tp_mro = [ExceptionGroupType, BaseExceptionGroupType, ExceptionT, BaseException, td(BaseException).tp_mro[1]];
  td(ExceptionT).tp_subclasses.push(ExceptionGroupType);
}

function derive(self: PyObject, excs: PyObject[]): PyObject {
  const list = newList(excs.map((x) => newref(x)));
  try {
    const fn = newref(self.ob_type);
    try {
      return call(fn, [excData(self).fields!.get('message')!, list], null);
    } finally {
      decref(fn);
    }
  } finally {
    decref(list);
  }
}

/** Copies __cause__, __context__, __traceback__ and __notes__ onto a derived group (as CPython does). */
function copyMeta(from: PyObject, to: PyObject): void {
  const a = excData(from), b = excData(to);
  b.cause = a.cause === null ? null : newref(a.cause);
  b.context = a.context === null ? null : newref(a.context);
  b.suppressContext = a.suppressContext;
  for (const e of a.traceback) newref(e.code);
  b.traceback = a.traceback.slice();
  if (from.dict !== null) to.dict = newref(from.dict);
}

function matcher(arg: PyObject): (e: PyObject) => boolean {
  const types = isTuple(arg) ? (arg.a as PyObject[]) : [arg];
  if (types.every((t) => isExceptionType(t))) return (e) => types.some((t) => isSubtype(e.ob_type, t));
  if (typeData(arg).tp_call !== null && !isTuple(arg)) {
    return (e) => {
      const r = call(arg, [e], null);
      const b = isTrue(r);
      decref(r);
      return b;
    };
  }
  raise('TypeError', 'expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

/** Returns [match, rest], each a new group or null. */
function split(self: PyObject, match: (e: PyObject) => boolean): [PyObject | null, PyObject | null] {
  if (match(self)) return [newref(self), null];
  const yes: PyObject[] = [], no: PyObject[] = [];
  const owned: PyObject[] = [];
  try {
    for (const e of members(self)) {
      if (isSubtype(e.ob_type, BaseExceptionGroupType)) {
        const [m, r] = split(e, match);
        if (m !== null) {
          yes.push(m);
          owned.push(m);
        }
        if (r !== null) {
          no.push(r);
          owned.push(r);
        }
      } else if (match(e)) yes.push(e);
      else no.push(e);
    }
    const mk = (xs: PyObject[]) => {
      if (xs.length === 0) return null;
      const g = derive(self, xs);
      copyMeta(self, g);
      return g;
    };
    return [mk(yes), mk(no)];
  } finally {
    for (const x of owned) decref(x);
  }
}

addMethods(BaseExceptionGroupType, {
  split: (self, args) => {
    const [m, r] = split(self, matcher(args[0]));
    return newTuple([m ?? None, r ?? None]);
  },
  subgroup: (self, args) => {
    const [m, r] = split(self, matcher(args[0]));
    if (r !== null) decref(r);
    return m ?? None;
  },
  derive: (self, args) => {
    const items = iterToArray(args[0]);
    try {
      return derive(self, items);
    } finally {
      for (const x of items) decref(x);
    }
  },
});

export { excArgs, newStr };
