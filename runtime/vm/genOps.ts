/**
 * Driving generators and coroutines from TypeScript, as genobject.c does:
 * gen_send_ex2 (resume with a value, or with an exception thrown in at the
 * suspended yield), _gen_throw (throw() with its three argument forms and
 * delegation to the sub-iterator of `yield from`/`await`), gen_close
 * (GeneratorExit, "generator ignored GeneratorExit") and finalisation of a
 * suspended generator that dies. Each resumption runs the generator's frame
 * on a nested eval loop until it yields or returns.
 *
 * It deliberately does not print "Exception ignored in" for errors raised
 * while a dying generator is closed (they are dropped), and does not emit
 * the DeprecationWarning of throw()'s multi-argument form.
 */

import { PyObject, decref, incref, newref } from '../objects/object';
import { PyErr, raise } from '../objects/errors';
import { None } from '../objects/none';
import { isTuple } from '../objects/tuple';
import { excType, isBaseException, isExceptionType } from '../objects/exceptions';
import { isSubtype, typeData } from '../objects/typeobject';
import * as abs from '../objects/abstract';
import { genHooks, GenState, GenKind, yieldFrom, isGenLike, releaseGenerator, type GenData, type GenResult } from '../objects/generator';
import { evalLoop, Status } from './eval';
import { unwind } from './ops';
import { pushGeneratorFrame } from './frames';
import type { Frame, PyThreadState } from './frame';
import type { VM } from './vm';

const KIND_NAMES = ['generator', 'coroutine', 'async generator'];

function kindName(gen: PyObject): string {
  return KIND_NAMES[(gen.a as GenData).kind];
}

/** gen_send_ex2: resumes `gen` with `value` (borrowed, null for next()) or with `exc` (owned) raised at its yield. */
export function genSend(vm: VM, gen: PyObject, value: PyObject | null, exc: PyObject | null, closing = false): GenResult {
  const g = gen.a as GenData;
  if (gen.v === GenState.RUNNING) {
    if (exc !== null) decref(exc);
    raise('ValueError', `${kindName(gen)} already executing`);
  }
  if (gen.v === GenState.FINISHED) {
    if (g.kind === GenKind.COROUTINE && !closing) {
      if (exc !== null) decref(exc);
      raise('RuntimeError', 'cannot reuse already awaited coroutine');
    }
    if (exc !== null) throw new PyErr(exc);
    return { yielded: false, value: None };
  }
  if (gen.v === GenState.CREATED && exc === null && value !== null && value !== None) {
    raise('TypeError', `can't send non-None value to a just-started ${kindName(gen)}`);
  }
  const thread = vm.current;
  const f = pushGeneratorFrame(vm, thread, thread.frame, gen, exc === null ? (value ?? None) : None);
  f.isEntry = true;
  vm.nested++;
  try {
    if (exc !== null) {
      // The exception is raised at the instruction where the generator is suspended.
      vm.reraising = false;
      vm.raiseSp = -1;
      const h = unwind(vm, thread, f, f.f_lasti, f.sp, new PyErr(exc), true);
      if (h === null) throw vm.pendingError!;
    }
    const st = evalLoop(vm, thread, Infinity);
    const r = vm.entryResult!;
    vm.entryResult = null;
    return { yielded: st === Status.ENTRY_YIELDED, value: r };
  } finally {
    vm.nested--;
  }
}

/** Builds the exception throw() raises from its (typ[, val[, tb]]) arguments. */
function throwException(vm: VM, args: PyObject[]): PyObject {
  const typ = args[0];
  const val = args.length > 1 ? args[1] : None;
  const tb = args.length > 2 ? args[2] : None;
  if (tb !== None && typeData(tb).tp_name !== 'traceback') raise('TypeError', 'throw() third argument must be a traceback object');
  if (isExceptionType(typ)) {
    if (val !== None && isSubtype(val.ob_type, typ)) return newref(val);
    const callArgs = val === None ? [] : isTuple(val) ? (val.a as PyObject[]) : [val];
    const e = vm.callObject(typ, callArgs, null);
    if (!isBaseException(e)) {
      decref(e);
      raise('TypeError', `calling ${abs.repr(typ)} should have returned an instance of BaseException, not ${abs.typeNameOf(e)}`);
    }
    return e;
  }
  if (isBaseException(typ)) {
    if (val !== None) raise('TypeError', 'instance exception may not have a separate value');
    return newref(typ);
  }
  raise('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${abs.typeNameOf(typ)}`);
}

function matchesGeneratorExit(typ: PyObject): boolean {
  const ge = excType('GeneratorExit');
  if (isExceptionType(typ)) return isSubtype(typ, ge);
  return isBaseException(typ) && isSubtype(typ.ob_type, ge);
}

/** StopIteration(value) for a sub-generator that returned while something was thrown into it. */
function stopIterationFor(vm: VM, value: PyObject): PyObject {
  const e = vm.callObject(excType('StopIteration'), value === None ? [] : [value], null);
  decref(value);
  return e;
}

/** _gen_throw: throw() into `gen`, through whatever it delegates to. */
export function genThrow(vm: VM, gen: PyObject, args: PyObject[], closeOnGenExit: boolean): GenResult {
  const yf = yieldFrom(gen);
  if (yf !== null) {
    incref(yf);
    try {
      if (closeOnGenExit && matchesGeneratorExit(args[0])) {
        gen.v = GenState.RUNNING;
        let err: PyErr | null = null;
        try {
          closeIter(vm, yf);
        } catch (e) {
          if (!(e instanceof PyErr)) throw e;
          err = e;
        } finally {
          gen.v = GenState.SUSPENDED;
        }
        if (err !== null) return genSend(vm, gen, None, err.exc);
      } else {
        let r: GenResult | null = null;
        gen.v = GenState.RUNNING;
        try {
          if (isGenLike(yf)) {
            r = genThrow(vm, yf, args, closeOnGenExit);
          } else {
            const meth = abs.lookupAttr(yf, 'throw');
            if (meth !== null) {
              try {
                r = { yielded: true, value: vm.callObject(meth, args, null) };
              } finally {
                decref(meth);
              }
            }
          }
        } catch (e) {
          gen.v = GenState.SUSPENDED;
          if (!(e instanceof PyErr)) throw e;
          return genSend(vm, gen, None, e.exc);
        }
        gen.v = GenState.SUSPENDED;
        if (r !== null) {
          if (r.yielded) return r;
          return genSend(vm, gen, None, stopIterationFor(vm, r.value));
        }
      }
    } finally {
      decref(yf);
    }
  }
  return genSend(vm, gen, None, throwException(vm, args));
}

/** gen_close_iter: closes what a generator delegates to. */
function closeIter(vm: VM, yf: PyObject): void {
  if (isGenLike(yf)) {
    genClose(vm, yf);
    return;
  }
  const meth = abs.lookupAttr(yf, 'close');
  if (meth !== null) {
    try {
      decref(vm.callObject(meth, [], null));
    } finally {
      decref(meth);
    }
  }
}

/** gen_close: raises GeneratorExit at the yield; a generator that yields again is an error. */
export function genClose(vm: VM, gen: PyObject): void {
  if (gen.v === GenState.CREATED) {
    releaseGenerator(gen);
    return;
  }
  if (gen.v === GenState.FINISHED) return;
  const yf = yieldFrom(gen);
  let err: PyErr | null = null;
  if (yf !== null) {
    incref(yf);
    gen.v = GenState.RUNNING;
    try {
      closeIter(vm, yf);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      err = e;
    } finally {
      gen.v = GenState.SUSPENDED;
      decref(yf);
    }
  }
  const exc = err !== null ? err.exc : vm.callObject(excType('GeneratorExit'), [], null);
  let r: GenResult;
  try {
    r = genSend(vm, gen, None, exc, true);
  } catch (e) {
    if (e instanceof PyErr && (isSubtype(e.exc.ob_type, excType('StopIteration')) || isSubtype(e.exc.ob_type, excType('GeneratorExit')))) {
      decref(e.exc);
      return;
    }
    throw e;
  }
  decref(r.value);
  if (r.yielded) raise('RuntimeError', `${kindName(gen)} ignored GeneratorExit`);
}

/**
 * The exception a running generator's frame handles itself, null when the
 * thread's exc_info is only the one inherited from its resumer. With
 * `inheritedOnly`, returns the inherited one instead (or null).
 */
export function ownException(thread: PyThreadState, frame: Frame, inheritedOnly = false): PyObject | null {
  const cur = thread.exc_info;
  if (frame.generator === null) return inheritedOnly ? null : cur;
  const inherited = cur !== null && cur === (frame.generator.a as GenData).prevExc;
  if (inheritedOnly) return inherited ? cur : null;
  return inherited ? null : cur;
}

/** A new reference to the exception a running generator's frame inherited from its resumer, or null. */
export function inheritedException(frame: Frame): PyObject | null {
  const p = (frame.generator!.a as GenData).prevExc;
  return p === null ? null : newref(p);
}

export function installGenHooks(vm: VM): void {
  genHooks.send = (gen, value, exc) => genSend(vm, gen, value, exc);
  genHooks.throwArgs = (gen, args, closeOnGenExit) => genThrow(vm, gen, args, closeOnGenExit);
  genHooks.close = (gen) => genClose(vm, gen);
  genHooks.finalize = (gen) => {
    try {
      genClose(vm, gen);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
    }
  };
}
