/**
 * Binding call arguments to a Python function's fast locals (CPython's
 * initialize_locals): positional and keyword arguments, defaults, keyword-
 * only parameters, *args and **kwargs, with CPython 3.12's error messages.
 * The bound values are new references in a JS array; the caller moves them
 * into the frame and releases the originals, so a failed binding leaves the
 * caller's stack untouched for the exception unwinder.
 */

import { PyObject, incref, decref } from '../objects/object';
import { CodeFlags } from '../bytecode/codeData';
import type { FuncData } from '../objects/function';
import type { CodeObject } from '../objects/code';
import { newTuple } from '../objects/tuple';
import { newDict, dictSetItem, dictItems, dictGetStr } from '../objects/dict';
import { newStr } from '../objects/str';
import { raise } from '../objects/errors';

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Returns the frame's initial localsplus (length co.nlocalsplus), each bound
 * slot a new reference. `args` are borrowed: positional first, then the
 * values of the keywords named in `kwnames`.
 */
export function bindArguments(fd: FuncData, co: CodeObject, args: readonly PyObject[], argStart: number, nargs: number, kwnames: readonly string[] | null): (PyObject | null)[] {
  const locals: (PyObject | null)[] = new Array(co.nlocalsplus).fill(null);
  const name = co.co_qualname;
  const argcount = co.co_argcount;
  const kwonly = co.co_kwonlyargcount;
  const posonly = co.co_posonlyargcount;
  const hasVarargs = (co.co_flags & CodeFlags.CO_VARARGS) !== 0;
  const hasVarkw = (co.co_flags & CodeFlags.CO_VARKEYWORDS) !== 0;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = nargs - nkw;
  const names = co.co_localsplusnames;
  try {
    const n = Math.min(npos, argcount);
    for (let i = 0; i < n; i++) {
      const v = args[argStart + i];
      incref(v);
      locals[i] = v;
    }
    let kwdict: PyObject | null = null;
    if (hasVarkw) {
      kwdict = newDict();
      locals[argcount + kwonly + (hasVarargs ? 1 : 0)] = kwdict;
    }
    if (hasVarargs) {
      const extra: PyObject[] = [];
      for (let i = argcount; i < npos; i++) {
        const v = args[argStart + i];
        incref(v);
        extra.push(v);
      }
      locals[argcount + kwonly] = newTuple(extra);
    } else if (npos > argcount) {
      const ndef = fd.defaults === null ? 0 : (fd.defaults.a as PyObject[]).length;
      let kwGiven = 0;
      for (let i = 0; i < nkw; i++) {
        const idx = names.indexOf(kwnames![i]);
        if (idx >= argcount && idx < argcount + kwonly) kwGiven++;
      }
      const takes = ndef > 0 ? `from ${argcount - ndef} to ${argcount} positional arguments` : `${argcount} positional argument${argcount === 1 ? '' : 's'}`;
      const given = kwGiven > 0
        ? `${npos} positional argument${npos === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
        : `${npos} ${npos === 1 ? 'was' : 'were'} given`;
      raise('TypeError', `${name}() takes ${takes} but ${given}`);
    }
    const posonlyAsKw: string[] = [];
    for (let i = 0; i < nkw; i++) {
      const kw = kwnames![i];
      const v = args[argStart + npos + i];
      let idx = -1;
      for (let j = posonly; j < argcount + kwonly; j++) {
        if (names[j] === kw) {
          idx = j;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== null) {
          const k = newStr(kw);
          dictSetItem(kwdict, k, v);
          decref(k);
          continue;
        }
        if (names.slice(0, posonly).includes(kw)) {
          posonlyAsKw.push(kw);
          continue;
        }
        raise('TypeError', `${name}() got an unexpected keyword argument '${kw}'`);
      }
      if (locals[idx] !== null) raise('TypeError', `${name}() got multiple values for argument '${kw}'`);
      incref(v);
      locals[idx] = v;
    }
    if (posonlyAsKw.length > 0) {
      raise('TypeError', `${name}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
    if (npos < argcount) {
      const defaults = fd.defaults === null ? [] : (fd.defaults.a as PyObject[]);
      const firstDefault = argcount - defaults.length;
      const missing: string[] = [];
      for (let i = npos; i < argcount; i++) {
        if (locals[i] !== null) continue;
        if (i >= firstDefault) {
          const d = defaults[i - firstDefault];
          incref(d);
          locals[i] = d;
        } else missing.push(names[i]);
      }
      if (missing.length > 0) {
        raise('TypeError', `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
      }
    }
    if (kwonly > 0) {
      const missing: string[] = [];
      for (let i = argcount; i < argcount + kwonly; i++) {
        if (locals[i] !== null) continue;
        const d = fd.kwdefaults === null ? null : dictGetStr(fd.kwdefaults, names[i]);
        if (d !== null) {
          incref(d);
          locals[i] = d;
        } else missing.push(names[i]);
      }
      if (missing.length > 0) {
        raise('TypeError', `${name}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
      }
    }
    return locals;
  } catch (e) {
    for (const x of locals) if (x !== null) decref(x);
    throw e;
  }
}

/** Turns a **kwargs mapping into keyword names and values (for CALL_FUNCTION_EX). */
export function kwargsToArrays(kwargs: PyObject): [string[], PyObject[]] {
  const names: string[] = [];
  const values: PyObject[] = [];
  for (const [k, v] of dictItems(kwargs)) {
    if (k.ob_type.a.tp_name !== 'str') raise('TypeError', 'keywords must be strings');
    names.push(k.a as string);
    values.push(v);
  }
  return [names, values];
}
