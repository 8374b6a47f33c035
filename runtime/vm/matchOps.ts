/**
 * The structural pattern matching opcodes as CPython 3.12's ceval.c runs
 * them: MATCH_CLASS (isinstance, __match_args__, the builtin types that
 * match themselves positionally, "got multiple sub-patterns"), MATCH_KEYS
 * (mapping.get with a sentinel, duplicate key checks), MATCH_MAPPING and
 * MATCH_SEQUENCE (the Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE types and
 * their subclasses). GET_LEN, COPY and the rest are ordinary opcodes.
 *
 * It deliberately does not consult collections.abc registrations (there is
 * no abc module yet) nor a metaclass's __instancecheck__.
 */

import { PyObject, decref, newref } from '../objects/object';
import { Op } from '../bytecode/opcodes';
import { raise, PyErr } from '../objects/errors';
import { None } from '../objects/none';
import { True, False } from '../objects/bool';
import { StrType } from '../objects/str';
import { newTuple, TupleType } from '../objects/tuple';
import { ObjectType, TypeFlags, isSubtype, isType, td } from '../objects/typeobject';
import * as abs from '../objects/abstract';
import { excType } from '../objects/exceptions';
import type { Frame, PyThreadState } from './frame';
import type { VM } from './vm';

/** Builtin types with _Py_TPFLAGS_MATCH_SELF: `case int(x)` binds the subject itself. */
const MATCH_SELF = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);
const SEQUENCE = new Set(['list', 'tuple', 'range', 'memoryview', 'collections.deque', 'array.array']);
const MAPPING = new Set(['dict', 'mappingproxy', 'collections.OrderedDict', 'collections.defaultdict']);

function hasBuiltinAncestor(type: PyObject, names: Set<string>): boolean {
  for (const t of td(type).tp_mro) {
    const d = td(t);
    if (d.tp_flags & TypeFlags.HEAPTYPE) continue;
    const name = d.tp_module === 'builtins' ? d.tp_name : `${d.tp_module}.${d.tp_name}`;
    if (names.has(name)) return true;
  }
  return false;
}

/** The attribute for a class pattern's sub-pattern (new reference), or null when the subject lacks it. */
function matchClassAttr(subject: PyObject, type: PyObject, name: PyObject, seen: string[]): PyObject | null {
  const n = name.a as string;
  if (seen.includes(n)) raise('TypeError', `${td(type).tp_name}() got multiple sub-patterns for attribute ${abs.repr(name)}`);
  seen.push(n);
  return abs.lookupAttr(subject, n);
}

/** match_class: a tuple of the extracted attributes, or null when the subject does not match. */
function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: PyObject): PyObject | null {
  if (!isType(type)) raise('TypeError', 'called match pattern must be a class');
  if (!isSubtype(subject.ob_type, type)) return null;
  const seen: string[] = [];
  const attrs: PyObject[] = [];
  try {
    if (nargs > 0) {
      let matchSelf = false;
      let matchArgs: PyObject | null;
      try {
        matchArgs = abs.getAttr(type, '__match_args__');
      } catch (e) {
        if (!(e instanceof PyErr) || !isSubtype(e.exc.ob_type, excType('AttributeError'))) throw e;
        decref(e.exc);
        matchArgs = null;
        // __match_args__ hides the builtin self-matching, as a subclass that defines it expects.
        matchSelf = hasBuiltinAncestor(type, MATCH_SELF);
      }
      try {
        if (matchArgs !== null && matchArgs.ob_type !== TupleType) {
          raise('TypeError', `${td(type).tp_name}.__match_args__ must be a tuple (got ${abs.typeNameOf(matchArgs)})`);
        }
        const names = matchArgs === null ? [] : (matchArgs.a as PyObject[]);
        const allowed = matchSelf ? 1 : names.length;
        if (allowed < nargs) {
          raise('TypeError', `${td(type).tp_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
        }
        if (matchSelf) attrs.push(newref(subject));
        else {
          for (let i = 0; i < nargs; i++) {
            const name = names[i];
            if (name.ob_type !== StrType) raise('TypeError', `__match_args__ elements must be strings (got ${abs.typeNameOf(name)})`);
            const a = matchClassAttr(subject, type, name, seen);
            if (a === null) return null;
            attrs.push(a);
          }
        }
      } finally {
        if (matchArgs !== null) decref(matchArgs);
      }
    }
    for (const name of kwargs.a as PyObject[]) {
      const a = matchClassAttr(subject, type, name, seen);
      if (a === null) return null;
      attrs.push(a);
    }
    const t = newTuple(attrs.slice());
    attrs.length = 0;
    return t;
  } finally {
    for (const a of attrs) decref(a);
  }
}

/** match_keys: a tuple of the values for `keys`, or null when one is missing. */
function matchKeys(vm: VM, map: PyObject, keys: PyObject): PyObject | null {
  const ks = keys.a as PyObject[];
  if (ks.length === 0) return newTuple([]);
  const get = abs.getAttr(map, 'get');
  const dummy = new PyObject(ObjectType, 0, null, null);
  const seen: PyObject[] = [];
  const values: PyObject[] = [];
  try {
    for (const k of ks) {
      for (const s of seen) {
        if (abs.hash(s) === abs.hash(k) && abs.richCompareBool(s, k, 2)) raise('ValueError', `mapping pattern checks duplicate key (${abs.repr(k)})`);
      }
      seen.push(k);
      const v = vm.callObject(get, [k, dummy], null);
      if (v === dummy) {
        decref(v);
        return null;
      }
      values.push(v);
    }
    const t = newTuple(values.slice());
    values.length = 0;
    return t;
  } finally {
    for (const v of values) decref(v);
    decref(get);
    decref(dummy);
  }
}

/** Executes one pattern-matching opcode; returns the new stack pointer. */
export function matchOp(vm: VM, thread: PyThreadState, frame: Frame, op: number, oparg: number, sp: number): number {
  const stack = thread.stack;
  void frame;
  switch (op) {
    case Op.MATCH_CLASS: {
      const names = stack[sp - 1]!, type = stack[sp - 2]!, subject = stack[sp - 3]!;
      const attrs = matchClass(subject, type, oparg, names);
      decref(names);
      decref(type);
      decref(subject);
      stack[sp - 3] = attrs ?? None;
      return sp - 2;
    }
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE: {
      const subject = stack[sp - 1]!;
      const ok = hasBuiltinAncestor(subject.ob_type, op === Op.MATCH_MAPPING ? MAPPING : SEQUENCE);
      stack[sp] = ok ? True : False;
      return sp + 1;
    }
    case Op.MATCH_KEYS: {
      const keys = stack[sp - 1]!, subject = stack[sp - 2]!;
      stack[sp] = matchKeys(vm, subject, keys) ?? None;
      return sp + 1;
    }
  }
  raise('SystemError', `unsupported opcode ${op}`);
}

