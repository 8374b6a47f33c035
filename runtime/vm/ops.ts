/**
 * The eval loop's cold path: every opcode not handled inline in eval.ts,
 * plus exception unwinding through the exception table. Each handler reads
 * its operands from the thread's stack, computes the result before popping
 * anything (so an exception leaves the stack as the unwinder expects), and
 * returns the new stack pointer; a handler that jumps sets `frame.next`.
 */

import { PyObject, decref, incref, newref, xdecref } from '../objects/object';
import { Op } from '../bytecode/opcodes';
import { PyErr, raise } from '../objects/errors';
import { newInt } from '../objects/int';
import { True, False, fromBool } from '../objects/bool';
import { None } from '../objects/none';
import { newStr, StrType, isStr } from '../objects/str';
import { newTuple, isTuple, EmptyTuple } from '../objects/tuple';
import { newList, isList, ListType } from '../objects/list';
import { newDict, newDictPresized, dictSetItem, dictGetStr, dictGetItem, dictDelItem, dictUpdate, isDict, dictItems, DictType } from '../objects/dict';
import { newSlice } from '../objects/slice';
import { newFunction, newCell, CellType, type FuncData } from '../objects/function';
import type { CodeObject } from '../objects/code';
import { excData, excType, isBaseException, isExceptionType, setContext, type TbEntry } from '../objects/exceptions';
import { td, typeData, isSubtype, typeLookup, ObjectType, TypeType, TypeFlags } from '../objects/typeobject';
import * as abs from '../objects/abstract';
import { format } from '../objects/format';
import { Frame, PyThreadState } from './frame';
import { kwargsToArrays } from './callArgs';
import type { VM } from './vm';
import { findHandler } from './codeTables';
import { popFrame } from './frames';
import { releaseInitSelf } from './initCall';
import { flowOp } from './flowOps';
import { matchOp } from './matchOps';
import { checkEgMatch, prepReraiseStar } from './exceptStar';
import { ownException, inheritedException } from './genOps';
import { setOp } from './setOps';

export { pushFunctionFrame, popFrame, yieldFrame, returnGenerator, pushGeneratorFrame } from './frames';

export function nameError(name: string): never {
  raise('NameError', `name '${name}' is not defined`);
}

export function unboundLocal(code: CodeObject, index: number): never {
  raise('UnboundLocalError', `cannot access local variable '${code.co_localsplusnames[index]}' where it is not associated with a value`);
}

function freeVarError(code: CodeObject, index: number): never {
  const name = code.co_localsplusnames[index];
  if (code.co_localspluskinds[index] & 0x80) {
    raise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  unboundLocal(code, index);
}

/** Executes one cold opcode; returns the new stack pointer. */
export function coldOp(vm: VM, thread: PyThreadState, frame: Frame, op: number, oparg: number, sp: number, pc: number): number {
  const stack = thread.stack;
  const code = frame.f_code;
  const base = frame.base;
  switch (op) {
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_INVERT:
    case Op.UNARY_NOT: {
      const v = stack[sp - 1]!;
      const r = op === Op.UNARY_NOT ? fromBool(!abs.isTrue(v)) : op === Op.UNARY_NEGATIVE ? abs.unaryNegative(v) : abs.unaryInvert(v);
      stack[sp - 1] = r;
      decref(v);
      return sp;
    }
    case Op.BINARY_SUBSCR: {
      const sub = stack[sp - 1]!, container = stack[sp - 2]!;
      const r = abs.getItem(container, sub);
      decref(sub);
      decref(container);
      stack[sp - 2] = r;
      return sp - 1;
    }
    case Op.STORE_SUBSCR: {
      const sub = stack[sp - 1]!, container = stack[sp - 2]!, v = stack[sp - 3]!;
      abs.setItem(container, sub, v);
      decref(sub);
      decref(container);
      decref(v);
      return sp - 3;
    }
    case Op.DELETE_SUBSCR: {
      const sub = stack[sp - 1]!, container = stack[sp - 2]!;
      abs.delItem(container, sub);
      decref(sub);
      decref(container);
      return sp - 2;
    }
    case Op.BINARY_SLICE: {
      const stop = stack[sp - 1]!, start = stack[sp - 2]!, container = stack[sp - 3]!;
      const slice = newSlice(start, stop, None);
      let r: PyObject;
      try {
        r = abs.getItem(container, slice);
      } finally {
        decref(slice);
      }
      decref(stop);
      decref(start);
      decref(container);
      stack[sp - 3] = r;
      return sp - 2;
    }
    case Op.STORE_SLICE: {
      const stop = stack[sp - 1]!, start = stack[sp - 2]!, container = stack[sp - 3]!, v = stack[sp - 4]!;
      const slice = newSlice(start, stop, None);
      try {
        abs.setItem(container, slice, v);
      } finally {
        decref(slice);
      }
      for (let i = 1; i <= 4; i++) decref(stack[sp - i]!);
      return sp - 4;
    }
    case Op.BUILD_SLICE: {
      const step = oparg === 3 ? stack[sp - 1]! : None;
      const stop = stack[sp - (oparg === 3 ? 2 : 1)]!, start = stack[sp - oparg]!;
      const s = newSlice(start, stop, step);
      for (let i = 1; i <= oparg; i++) decref(stack[sp - i]!);
      stack[sp - oparg] = s;
      return sp - oparg + 1;
    }
    case Op.GET_LEN: {
      const n = abs.length(stack[sp - 1]!);
      stack[sp] = newInt(n);
      return sp + 1;
    }
    case Op.BUILD_TUPLE: {
      const items = stack.slice(sp - oparg, sp) as PyObject[];
      stack[sp - oparg] = newTuple(items);
      return sp - oparg + 1;
    }
    case Op.BUILD_LIST: {
      const items = stack.slice(sp - oparg, sp) as PyObject[];
      stack[sp - oparg] = newList(items);
      return sp - oparg + 1;
    }
    case Op.BUILD_MAP: {
      const d = newDictPresized(oparg, true);
      const start = sp - 2 * oparg;
      try {
        for (let i = 0; i < oparg; i++) dictSetItem(d, stack[start + 2 * i]!, stack[start + 2 * i + 1]!);
      } catch (e) {
        decref(d);
        throw e;
      }
      for (let i = start; i < sp; i++) decref(stack[i]!);
      stack[start] = d;
      return start + 1;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = stack[sp - 1]!;
      const ks = keys.a as PyObject[];
      const d = newDictPresized(oparg, ks.every((k) => k.ob_type === StrType));
      const start = sp - 1 - oparg;
      for (let i = 0; i < oparg; i++) dictSetItem(d, ks[i], stack[start + i]!);
      for (let i = start; i < sp; i++) decref(stack[i]!);
      stack[start] = d;
      return start + 1;
    }
    case Op.BUILD_STRING: {
      let s = '';
      for (let i = sp - oparg; i < sp; i++) s += stack[i]!.a as string;
      const r = newStr(s);
      for (let i = sp - oparg; i < sp; i++) decref(stack[i]!);
      stack[sp - oparg] = r;
      return sp - oparg + 1;
    }
    case Op.BUILD_SET:
    case Op.SET_ADD:
    case Op.SET_UPDATE:
      return setOp(stack, op, oparg, sp);
    case Op.LIST_EXTEND: {
      const it = stack[sp - 1]!;
      const list = stack[sp - 1 - oparg]!;
      let items: PyObject[];
      try {
        items = abs.iterToArray(it);
      } catch (e) {
        if (e instanceof PyErr && isSubtype(e.exc.ob_type, excType('TypeError')) && typeData(it).tp_iter === null && typeData(it).tp_iternext === null) {
          decref(e.exc);
          raise('TypeError', `Value after * must be an iterable, not ${abs.typeNameOf(it)}`);
        }
        throw e;
      }
      const arr = list.a as PyObject[];
      // list_extend: a list with no storage yet preallocates exactly (rounded up to even).
      if (list.v === 0) list.v = (items.length + 1) & ~1;
      else if (arr.length + items.length > list.v) listResizeTo(list, arr.length + items.length);
      for (const x of items) arr.push(x);
      decref(it);
      return sp - 1;
    }
    case Op.MAP_ADD: {
      const v = stack[sp - 1]!, k = stack[sp - 2]!;
      const d = stack[sp - 2 - oparg]!;
      dictSetItem(d, k, v);
      decref(k);
      decref(v);
      return sp - 2;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const src = stack[sp - 1]!;
      const d = stack[sp - 1 - oparg]!;
      if (!isDict(src)) {
        if (op === Op.DICT_MERGE) raise('TypeError', `argument after ** must be a mapping, not ${abs.typeNameOf(src)}`);
        raise('TypeError', `'${abs.typeNameOf(src)}' object is not a mapping`);
      }
      if (op === Op.DICT_MERGE) {
        for (const [k] of dictItems(src)) {
          if (dictGetItem(d, k) !== null) {
            const fn = stack[sp - 1 - oparg - 2];
            const fname = fn !== null && fn !== undefined ? funcName(fn) : '?';
            raise('TypeError', `${fname}() got multiple values for keyword argument '${k.a as string}'`);
          }
        }
      }
      dictUpdate(d, src);
      decref(src);
      return sp - 1;
    }
    case Op.UNPACK_SEQUENCE: {
      const seq = stack[sp - 1]!;
      let items: PyObject[];
      if (seq.ob_type === ListType || isTuple(seq)) {
        const arr = seq.a as PyObject[];
        if (arr.length !== oparg) unpackError(oparg, arr.length, false);
        items = arr.slice();
        for (const x of items) incref(x);
      } else items = unpackIter(seq, oparg, -1);
      decref(seq);
      sp--;
      for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
      frame.next = pc + 1;
      return sp;
    }
    case Op.UNPACK_EX: {
      const seq = stack[sp - 1]!;
      const before = oparg & 0xff, after = oparg >> 8;
      const sd = typeData(seq);
      if (sd.tp_iter === null && sd.tp_iternext === null && (sd.mp_subscript === null || !(sd.tp_flags & TypeFlags.HEAPTYPE))) raise('TypeError', `cannot unpack non-iterable ${sd.tp_name} object`);
      const all = abs.iterToArray(seq);
      if (all.length < before + after) {
        for (const x of all) decref(x);
        raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${all.length})`);
      }
      const mid = newList(all.slice(before, all.length - after));
      const items = [...all.slice(0, before), mid, ...all.slice(all.length - after)];
      decref(seq);
      sp--;
      for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
      return sp;
    }
    case Op.STORE_NAME: {
      const name = code.names[oparg];
      const v = stack[sp - 1]!;
      const ns = frame.f_locals;
      if (ns === null) raise('SystemError', `no locals found when storing '${name}'`);
      const k = newStr(name);
      dictSetItem(ns, k, v);
      decref(k);
      decref(v);
      return sp - 1;
    }
    case Op.DELETE_NAME: {
      const name = code.names[oparg];
      const k = newStr(name);
      const ok = dictDelItem(frame.f_locals!, k);
      decref(k);
      if (!ok) nameError(name);
      return sp;
    }
    case Op.LOAD_NAME: {
      const name = code.names[oparg];
      let v = frame.f_locals !== null ? dictGetStr(frame.f_locals, name) : null;
      if (v === null) v = dictGetStr(frame.f_globals, name);
      if (v === null) v = dictGetStr(frame.f_builtins, name);
      if (v === null) nameError(name);
      incref(v!);
      stack[sp] = v;
      return sp + 1;
    }
    case Op.STORE_GLOBAL: {
      const v = stack[sp - 1]!;
      const k = newStr(code.names[oparg]);
      dictSetItem(frame.f_globals, k, v);
      decref(k);
      decref(v);
      return sp - 1;
    }
    case Op.DELETE_GLOBAL: {
      const name = code.names[oparg];
      const k = newStr(name);
      const ok = dictDelItem(frame.f_globals, k);
      decref(k);
      if (!ok) nameError(name);
      return sp;
    }
    case Op.LOAD_LOCALS: {
      const ns = frame.f_locals;
      if (ns === null) raise('SystemError', 'no locals found');
      stack[sp] = newref(ns);
      return sp + 1;
    }
    case Op.LOAD_FROM_DICT_OR_GLOBALS: {
      const mapping = stack[sp - 1]!;
      const name = code.names[oparg];
      let v = dictGetStr(mapping, name);
      if (v === null) v = dictGetStr(frame.f_globals, name);
      if (v === null) v = dictGetStr(frame.f_builtins, name);
      if (v === null) nameError(name);
      incref(v!);
      stack[sp - 1] = v;
      decref(mapping);
      return sp;
    }
    case Op.LOAD_FROM_DICT_OR_DEREF: {
      const mapping = stack[sp - 1]!;
      const name = code.co_localsplusnames[oparg];
      let v = dictGetStr(mapping, name);
      if (v === null) {
        const cell = stack[base + oparg]!;
        v = cell.a as PyObject | null;
        if (v === null) freeVarError(code, oparg);
      }
      incref(v!);
      stack[sp - 1] = v;
      decref(mapping);
      return sp;
    }
    case Op.LOAD_ATTR: {
      const owner = stack[sp - 1]!;
      const name = code.names[oparg >> 1];
      if (oparg & 1) {
        const meth = loadMethod(owner, name);
        if (meth !== null) {
          stack[sp - 1] = meth;
          stack[sp] = owner;
        } else {
          const r = abs.getAttr(owner, name);
          stack[sp - 1] = null;
          stack[sp] = r;
          decref(owner);
        }
        return sp + 1;
      }
      const r = abs.getAttr(owner, name);
      stack[sp - 1] = r;
      decref(owner);
      return sp;
    }
    case Op.STORE_ATTR: {
      const owner = stack[sp - 1]!, v = stack[sp - 2]!;
      abs.setAttr(owner, code.names[oparg], v);
      decref(owner);
      decref(v);
      return sp - 2;
    }
    case Op.DELETE_ATTR: {
      const owner = stack[sp - 1]!;
      abs.setAttr(owner, code.names[oparg], null);
      decref(owner);
      return sp - 1;
    }
    case Op.IS_OP: {
      const r = stack[sp - 1]!, l = stack[sp - 2]!;
      const b = (l === r) !== (oparg === 1);
      decref(l);
      decref(r);
      stack[sp - 2] = b ? True : False;
      return sp - 1;
    }
    case Op.CONTAINS_OP: {
      const r = stack[sp - 1]!, l = stack[sp - 2]!;
      const b = abs.contains(r, l) !== (oparg === 1);
      decref(l);
      decref(r);
      stack[sp - 2] = b ? True : False;
      return sp - 1;
    }
    case Op.MAKE_FUNCTION: {
      const codeObj = stack[sp - 1]!;
      let i = sp - 2;
      const closure = oparg & 8 ? stack[i--]! : null;
      const annotations = oparg & 4 ? stack[i--]! : null;
      const kwdefaults = oparg & 2 ? stack[i--]! : null;
      const defaults = oparg & 1 ? stack[i--]! : null;
      const co = codeObj.a as CodeObject;
      const modName = dictGetStr(frame.f_globals, '__name__');
      const f = newFunction(codeObj, frame.f_globals, frame.f_builtins, co.co_qualname, modName);
      const fd = f.a as FuncData;
      fd.closure = closure;
      fd.annotations = annotations;
      fd.kwdefaults = kwdefaults;
      fd.defaults = defaults;
      if (co.consts.length > 0 && isStr(co.consts[0]) && hasDocstring(co)) fd.doc = newref(co.consts[0]);
      decref(codeObj);
      stack[i + 1] = f;
      return i + 2;
    }
    case Op.MAKE_CELL: {
      const v = stack[base + oparg];
      stack[base + oparg] = newCell(v);
      return sp;
    }
    case Op.COPY_FREE_VARS:
      // pushFunctionFrame already copied the closure's cells into place.
      return sp;
    case Op.LOAD_CLOSURE: {
      const v = stack[base + oparg]!;
      incref(v);
      stack[sp] = v;
      return sp + 1;
    }
    case Op.LOAD_DEREF: {
      const cell = stack[base + oparg]!;
      const v = cell.a as PyObject | null;
      if (v === null) freeVarError(code, oparg);
      incref(v!);
      stack[sp] = v;
      return sp + 1;
    }
    case Op.STORE_DEREF: {
      const cell = stack[base + oparg]!;
      const old = cell.a as PyObject | null;
      cell.a = stack[sp - 1];
      xdecref(old);
      return sp - 1;
    }
    case Op.DELETE_DEREF: {
      const cell = stack[base + oparg]!;
      const old = cell.a as PyObject | null;
      if (old === null) freeVarError(code, oparg);
      cell.a = null;
      decref(old!);
      return sp;
    }
    case Op.FORMAT_VALUE: {
      const hasSpec = (oparg & 4) !== 0;
      const spec = hasSpec ? stack[sp - 1]! : null;
      const v = stack[sp - (hasSpec ? 2 : 1)]!;
      const conv = oparg & 3;
      let s: string;
      let target = v;
      let tmp: PyObject | null = null;
      if (conv === 1) tmp = newStr(abs.str(v));
      else if (conv === 2) tmp = newStr(abs.repr(v));
      else if (conv === 3) tmp = newStr(asciiOf(abs.repr(v)));
      if (tmp !== null) target = tmp;
      try {
        s = format(target, spec === null ? '' : (spec.a as string));
      } finally {
        if (tmp !== null) decref(tmp);
      }
      const r = newStr(s);
      if (spec !== null) decref(spec);
      decref(v);
      sp -= hasSpec ? 2 : 1;
      stack[sp] = r;
      return sp + 1;
    }
    case Op.CALL_INTRINSIC_1: {
      const v = stack[sp - 1]!;
      let r: PyObject;
      switch (oparg) {
        case 1: // INTRINSIC_PRINT
          r = None;
          break;
        case 2: // INTRINSIC_IMPORT_STAR
          if (frame.f_locals === null) raise('SystemError', 'no locals found during \'import *\'');
          vm.importer.importStar(v, frame.f_locals);
          r = None;
          break;
        case 3: { // INTRINSIC_STOPITERATION_ERROR
          if (isSubtype(v.ob_type, excType('StopIteration'))) {
            const e = vm.makeException('RuntimeError', 'generator raised StopIteration');
            setCause(e, v);
            r = e;
          } else r = newref(v);
          break;
        }
        case 5:
          r = abs.unaryPositive(v);
          break;
        case 6:
          incref(v);
          r = newTuple((v.a as PyObject[]).slice());
          for (const x of v.a as PyObject[]) incref(x);
          decref(v);
          break;
        default:
          raise('SystemError', `unsupported intrinsic ${oparg}`);
      }
      stack[sp - 1] = r;
      decref(v);
      return sp;
    }
    case Op.CALL_FUNCTION_EX: {
      const hasKw = (oparg & 1) !== 0;
      const kwargs = hasKw ? stack[sp - 1]! : null;
      const callargs = stack[sp - (hasKw ? 2 : 1)]!;
      const func = stack[sp - (hasKw ? 3 : 2)]!;
      const nullSlot = sp - (hasKw ? 4 : 3);
      let args: PyObject[];
      if (isTuple(callargs)) {
        args = (callargs.a as PyObject[]).slice();
      } else {
        const tmp = abs.iterToArray(callargs);
        args = tmp;
        for (const x of tmp) decref(x);
      }
      let names: string[] | null = null;
      if (kwargs !== null) {
        const [n, v] = kwargsToArrays(kwargs);
        names = n;
        args = args.concat(v);
      }
      frame.sp = sp;
      const r = vm.callObject(func, args, names);
      for (let i = sp - 1; i >= nullSlot; i--) {
        const x = stack[i];
        if (x !== null) decref(x);
      }
      stack[nullSlot] = r;
      return nullSlot + 1;
    }
    case Op.LOAD_BUILD_CLASS: {
      const bc = dictGetStr(frame.f_builtins, '__build_class__');
      if (bc === null) raise('NameError', '__build_class__ not found');
      stack[sp] = newref(bc);
      return sp + 1;
    }
    case Op.LOAD_ASSERTION_ERROR:
      stack[sp] = excType('AssertionError');
      return sp + 1;
    case Op.RAISE_VARARGS:
      return doRaise(vm, thread, stack, sp, oparg);
    case Op.PUSH_EXC_INFO: {
      const exc = stack[sp - 1]!;
      let prev = thread.exc_info;
      if (frame.generator !== null && prev !== null && prev === ownException(thread, frame, true)) {
        // A generator saves its own exception state, not the one it inherited from its resumer.
        decref(prev);
        prev = null;
      }
      stack[sp - 1] = prev ?? None;
      thread.exc_info = newref(exc);
      stack[sp] = exc;
      return sp + 1;
    }
    case Op.POP_EXCEPT: {
      const v = stack[sp - 1]!;
      const old = thread.exc_info;
      thread.exc_info = v === None ? (frame.generator !== null ? inheritedException(frame) : null) : v;
      xdecref(old);
      return sp - 1;
    }
    case Op.CHECK_EXC_MATCH: {
      const right = stack[sp - 1]!, left = stack[sp - 2]!;
      checkExceptType(right);
      const b = isTuple(right) ? (right.a as PyObject[]).some((t) => isSubtype(left.ob_type, t)) : isSubtype(left.ob_type, right);
      decref(right);
      stack[sp - 1] = b ? True : False;
      return sp;
    }
    case Op.RERAISE: {
      const exc = stack[sp - 1]!;
      if (oparg) {
        const lasti = stack[sp - 1 - oparg]!;
        frame.f_lasti = lasti.v;
      }
      vm.reraising = true;
      // The PyErr takes the stack's reference: the unwinder must not release it again.
      stack[sp - 1] = null;
      throw new PyErr(exc);
    }
    case Op.IMPORT_NAME: {
      const fromlist = stack[sp - 1]!, level = stack[sp - 2]!;
      const m = vm.importer.importName(code.names[oparg], frame.f_globals, fromlist, abs.indexOf(level));
      decref(fromlist);
      decref(level);
      stack[sp - 2] = m;
      return sp - 1;
    }
    case Op.IMPORT_FROM: {
      const m = stack[sp - 1]!;
      const name = code.names[oparg];
      stack[sp] = vm.importer.importFrom(m, name);
      return sp + 1;
    }
    case Op.BEFORE_WITH: {
      const mgr = stack[sp - 1]!;
      const enter = typeLookup(mgr.ob_type, '__enter__');
      const exit = typeLookup(mgr.ob_type, '__exit__');
      if (enter === null) raise('TypeError', `'${abs.typeNameOf(mgr)}' object does not support the context manager protocol`);
      if (exit === null) raise('TypeError', `'${abs.typeNameOf(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
      const boundExit = abs.getAttr(mgr, '__exit__');
      const r = abs.callMethod(mgr, '__enter__', []);
      stack[sp - 1] = boundExit;
      decref(mgr);
      stack[sp] = r;
      return sp + 1;
    }
    case Op.WITH_EXCEPT_START: {
      const val = stack[sp - 1]!;
      const exitFunc = stack[sp - 4]!;
      // __exit__ receives the exception's traceback object, as PyException_GetTraceback gives it.
      const tb = abs.getAttr(val, '__traceback__');
      let r: PyObject;
      try {
        r = vm.callObject(exitFunc, [val.ob_type, val, tb], null);
      } finally {
        decref(tb);
      }
      stack[sp] = r;
      return sp + 1;
    }
    case Op.END_SEND: {
      const v = stack[sp - 1]!, recv = stack[sp - 2]!;
      decref(recv);
      stack[sp - 2] = v;
      return sp - 1;
    }
    case Op.SETUP_ANNOTATIONS: {
      const ns = frame.f_locals!;
      if (dictGetStr(ns, '__annotations__') === null) {
        const d = newDict();
        const k = newStr('__annotations__');
        dictSetItem(ns, k, d);
        decref(k);
        decref(d);
      }
      return sp;
    }
    case Op.LOAD_SUPER_ATTR: {
      const self = stack[sp - 1]!, cls = stack[sp - 2]!, globalSuper = stack[sp - 3]!;
      const name = code.names[oparg >> 2];
      const found = superLookup(cls, self, name);
      const isMethod = (oparg & 1) !== 0;
      decref(globalSuper);
      decref(cls);
      if (isMethod && found.unbound) {
        stack[sp - 3] = found.value;
        stack[sp - 2] = self;
        return sp - 1;
      }
      if (!isMethod && found.unbound) {
        // The attribute form binds what the method form would have called unbound.
        const v = found.value;
        const get = typeData(v).tp_descr_get;
        found.value = get !== null ? get(v, self, self.ob_type) : newref(v);
        decref(v);
      }
      decref(self);
      if (isMethod) {
        stack[sp - 3] = null;
        stack[sp - 2] = found.value;
        return sp - 1;
      }
      stack[sp - 3] = found.value;
      return sp - 2;
    }
    case Op.SEND:
    case Op.GET_YIELD_FROM_ITER:
    case Op.CLEANUP_THROW:
    case Op.GET_AWAITABLE:
    case Op.GET_AITER:
    case Op.GET_ANEXT:
    case Op.BEFORE_ASYNC_WITH:
    case Op.END_ASYNC_FOR:
      return flowOp(vm, thread, frame, op, oparg, sp, pc);
    case Op.MATCH_CLASS:
    case Op.MATCH_KEYS:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
      return matchOp(vm, thread, frame, op, oparg, sp);
    case Op.CHECK_EG_MATCH:
      return checkEgMatch(vm, thread, frame, sp);
    case Op.CALL_INTRINSIC_2: {
      const v1 = stack[sp - 1]!, v2 = stack[sp - 2]!;
      if (oparg !== 1) raise('SystemError', `unsupported intrinsic2 ${oparg}`);
      const r = prepReraiseStar(vm, v2, v1);
      decref(v1);
      decref(v2);
      stack[sp - 2] = r;
      return sp - 1;
    }
    default:
      raise('SystemError', `unsupported opcode ${op}`);
  }
}

function hasDocstring(co: CodeObject): boolean {
  // CPython 3.12 keeps a function's docstring as co_consts[0]; a first constant
  // that is a str but not a docstring would be preceded by None.
  const firstInstrLine = co.lineAt(0);
  void firstInstrLine;
  return co.data.co_consts.length > 0 && typeof co.data.co_consts[0] === 'string' && (co.co_flags & 0x0002) !== 0 && isDocConst(co);
}

function isDocConst(co: CodeObject): boolean {
  // A function without a docstring has None first among its constants.
  return co.data.co_consts[0] !== null;
}

function funcName(fn: PyObject): string {
  if (td(fn.ob_type).tp_name === 'function') return (fn.a as FuncData).qualname;
  return abs.typeNameOf(fn);
}

function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function listResizeTo(list: PyObject, n: number): void {
  const arr = list.a as PyObject[];
  let newAllocated = (n + (n >> 3) + 6) & ~3;
  if (n - arr.length > newAllocated - n) newAllocated = (n + 3) & ~3;
  list.v = newAllocated;
}

function unpackError(expected: number, got: number, atLeast: boolean): never {
  if (got < expected) raise('ValueError', `not enough values to unpack (expected ${atLeast ? 'at least ' : ''}${expected}, got ${got})`);
  raise('ValueError', `too many values to unpack (expected ${expected})`);
}

function unpackIter(seq: PyObject, n: number, _after: number): PyObject[] {
  const d = typeData(seq);
  if (d.tp_iter === null && d.tp_iternext === null && (d.mp_subscript === null || !(d.tp_flags & TypeFlags.HEAPTYPE))) raise('TypeError', `cannot unpack non-iterable ${d.tp_name} object`);
  const it = abs.getIter(seq);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = abs.iterNext(it);
      if (x === null) break;
      out.push(x);
      if (out.length > n) break;
    }
  } catch (e) {
    for (const x of out) decref(x);
    decref(it);
    throw e;
  }
  decref(it);
  if (out.length !== n) {
    for (const x of out) decref(x);
    unpackError(n, out.length, false);
  }
  return out;
}

/** LOAD_ATTR's method form: the unbound function when `name` is a plain method of the type. */
function loadMethod(owner: PyObject, name: string): PyObject | null {
  const d = typeData(owner);
  if (d.tp_getattro !== td(ObjectType).tp_getattro && d.tp_name !== 'list' && d.tp_name !== 'dict' && d.tp_name !== 'str' && d.tp_name !== 'tuple' && d.tp_name !== 'int' && d.tp_name !== 'float') return null;
  const descr = typeLookup(owner.ob_type, name);
  if (descr === null) return null;
  const tn = typeData(descr).tp_name;
  if (tn !== 'function' && tn !== 'method_descriptor') return null;
  if (owner.dict !== null && dictGetStr(owner.dict, name) !== null) return null;
  incref(descr);
  return descr;
}

function superLookup(cls: PyObject, self: PyObject, name: string): { value: PyObject; unbound: boolean } {
  const startType = isSubtype(self.ob_type, TypeTypeRef()) && isSubtype(self, cls) ? self : self.ob_type;
  const mro = td(startType).tp_mro;
  let i = mro.indexOf(cls);
  for (i = i + 1; i < mro.length; i++) {
    const v = td(mro[i]).tp_dict.get(name);
    if (v !== undefined) {
      const tn = typeData(v).tp_name;
      if (tn === 'function' || tn === 'method_descriptor') return { value: newref(v), unbound: true };
      const get = typeData(v).tp_descr_get;
      if (get !== null) return { value: get(v, self === startType ? null : self, startType), unbound: false };
      return { value: newref(v), unbound: false };
    }
  }
  raise('AttributeError', `'super' object has no attribute '${name}'`);
}

function TypeTypeRef(): PyObject {
  return TypeType;
}

function checkExceptType(right: PyObject): void {
  const ok = (t: PyObject) => isExceptionType(t);
  if (isTuple(right) ? !(right.a as PyObject[]).every(ok) : !ok(right)) {
    raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
}

function setCause(exc: PyObject, cause: PyObject | null): void {
  const d = excData(exc);
  xdecref(d.cause);
  d.cause = cause === null ? null : newref(cause);
  d.suppressContext = true;
}

function doRaise(vm: VM, thread: PyThreadState, stack: (PyObject | null)[], sp: number, oparg: number): number {
  if (oparg === 0) {
    const exc = thread.exc_info;
    if (exc === null) raise('RuntimeError', 'No active exception to reraise');
    vm.reraising = true;
    throw new PyErr(newref(exc));
  }
  const cause = oparg === 2 ? stack[sp - 1]! : null;
  const excArg = stack[sp - oparg]!;
  const exc = instantiate(vm, excArg);
  if (cause !== null) {
    if (cause === None) setCause(exc, null);
    else {
      const c = instantiate(vm, cause, true);
      setCause(exc, c);
      decref(c);
    }
  }
  for (let i = 1; i <= oparg; i++) decref(stack[sp - i]!);
  // The PyErr owns `exc`; the stack slots are gone.
  thread.stack.fill(null, sp - oparg, sp);
  vm.raiseSp = sp - oparg;
  throw new PyErr(exc);
}

function instantiate(vm: VM, o: PyObject, isCause = false): PyObject {
  if (isExceptionType(o)) {
    const e = vm.callObject(o, [], null);
    if (!isBaseException(e)) {
      decref(e);
      raise('TypeError', `calling ${abs.repr(o)} should have returned an instance of BaseException, not ${abs.typeNameOf(e)}`);
    }
    return e;
  }
  if (isBaseException(o)) return newref(o);
  if (isCause) raise('TypeError', 'exception causes must derive from BaseException');
  raise('TypeError', 'exceptions must derive from BaseException');
}

/**
 * Unwinds a thrown exception: records the traceback entry, finds a handler
 * in the exception table, pops frames that have none. Returns the frame to
 * continue in (its `next` set to the handler), or null when the exception
 * must propagate to a JS caller (vm.pendingError is set).
 */
export function unwind(vm: VM, thread: PyThreadState, frame: Frame, instr: number, sp: number, e: unknown, thrownIn = false): Frame | null {
  let err: PyErr;
  if (e instanceof PyErr) err = e;
  else if (e instanceof RangeError && /call stack/i.test(e.message)) {
    err = new PyErr(vm.makeException('RecursionError', 'maximum recursion depth exceeded'));
  } else throw e;
  if (vm.raiseSp >= 0) {
    sp = vm.raiseSp;
    vm.raiseSp = -1;
  }
  const exc = err.exc;
  let skipTb = vm.reraising;
  vm.reraising = false;
  if (!skipTb) {
    // An exception thrown into a generator chains only to the generator's own (_PyErr_ChainStackItem).
    const ctx = thrownIn ? ownException(thread, frame) : thread.exc_info;
    if (ctx !== null) setContext(exc, ctx);
  }
  let f: Frame | null = frame;
  let at = instr;
  for (;;) {
    if (!skipTb) addTraceback(exc, f, at);
    skipTb = false;
    const h = findHandler(f.f_code.exceptionTable, at);
    if (h !== null) {
      const level = f.base + f.f_code.nlocalsplus + h.depth;
      const stack = thread.stack;
      for (let i = sp - 1; i >= level; i--) {
        const x = stack[i];
        stack[i] = null;
        if (x !== null) decref(x);
      }
      sp = level;
      if (h.lasti) stack[sp++] = newInt(at);
      stack[sp++] = exc;
      f.sp = sp;
      f.next = h.target;
      return f;
    }
    f.sp = sp;
    const back = popFrame(vm, thread, f);
    if (f.initSelf !== null) releaseInitSelf(f);
    if (f.isEntry || back === null) {
      f.isEntry = false;
      vm.pendingError = err;
      if (back === null) {
        vm.uncaught = exc;
        return frame.f_back === null && back === null ? finishFrame(thread) : null;
      }
      return null;
    }
    f = back;
    sp = f.sp;
    at = f.f_lasti;
  }
}

function finishFrame(thread: PyThreadState): Frame | null {
  void thread;
  return null;
}

function addTraceback(exc: PyObject, f: Frame, instr: number): void {
  const entry: TbEntry = { code: f.f_codeObj, instr, lineno: f.f_code.lineAt(instr) };
  incref(f.f_codeObj);
  excData(exc).traceback.push(entry);
}

export { EmptyTuple, newList, isList, DictType, CellType, dictGetItem, fromBool };
