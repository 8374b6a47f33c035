/**
 * The eval loop: one `switch` over CPython 3.12 opcodes, run on the frames
 * of one thread until its budget is spent, the line hook stops it, or the
 * outermost frame finishes. Python-to-Python calls push a Frame and stay in
 * this loop (no JS recursion); builtins that call back into Python start a
 * nested loop (`vm.nested > 0`) that runs to completion; calling a plain
 * class runs its Python `__init__` in this loop too (initCall.ts). The budget is
 * counted in eval-breaker checks (RESUME and JUMP_BACKWARD), as CPython
 * checks its eval breaker there. Exceptions are thrown as PyErr and unwound
 * here through the exception table, recording traceback entries.
 *
 * Refcounts follow bytecodes.c: pushes own a reference, pops release it,
 * CALL moves arguments into the callee's locals. Hot opcodes are inline;
 * everything rare is out of line in ops.ts to keep this function small
 * enough for V8's optimiser (notes/vm-performance.md, trap 1).
 */

import { PyObject, decref, incref } from '../objects/object';
import { Op, OPCODES } from '../bytecode/opcodes';
import { PyErr } from '../objects/errors';
import { IntType, newInt, MAX_SAFE } from '../objects/int';
import { True, False } from '../objects/bool';
import { None } from '../objects/none';
import { FunctionType, MethodType } from '../objects/function';
import { ListType, ListIterType, listAppend } from '../objects/list';
import { RangeIterType, type RangeData } from '../objects/range';
import { GeneratorType, CoroutineType, GenState } from '../objects/generator';
import { dictGetStr } from '../objects/dict';
import { binaryOp, richCompare, isTrue, getIter, iterNext } from '../objects/abstract';
import { Frame, PyThreadState } from './frame';
import type { VM } from './vm';
import * as ops from './ops';
import { pushInitFrame, initReturned } from './initCall';

/** Inline cache units after each opcode, indexed by opcode number. */
const CACHES = new Uint8Array(256);
for (const o of OPCODES) if (o.code < 256) CACHES[o.code] = o.caches;

export const enum Status {
  BUDGET = 0,
  FINISHED = 1,
  STOPPED = 2,
  ENTRY_RETURNED = 3,
  ENTRY_YIELDED = 4,
}

export function evalLoop(vm: VM, thread: PyThreadState, budget: number): Status {
  let frame = thread.frame!;
  let code = frame.f_code;
  let units = vm.tracing ? code.instrumentLines() : code.units;
  let consts = code.consts;
  const stack = thread.stack;
  let base = frame.base;
  let sp = frame.sp;
  let pc = frame.next;
  let instr = pc;
  let kwnames: readonly string[] | null = null;
  for (;;) {
    try {
      for (;;) {
        instr = pc;
        const word = units[pc++];
        let op = word & 255;
        let oparg = word >> 8;
        if (op === Op.INSTRUMENTED_LINE) {
          op = code.lineOriginal![instr];
          // A 'line' event fires when the line differs from the previously executed instruction's.
          const line = code.positions[instr * 4];
          const fire = line >= 0 && line !== frame.prevLine && op !== Op.RESUME;
          if (fire) {
            if (thread.skipLineHookOnce) thread.skipLineHookOnce = false;
            else if (vm.nested === 0 && vm.lineHook !== null) {
              frame.f_lasti = instr;
              frame.next = instr;
              frame.sp = sp;
              if (vm.lineHook(thread, frame)) {
                // prevLine stays unchanged so that resuming here consumes skipLineHookOnce.
                thread.skipLineHookOnce = true;
                return Status.STOPPED;
              }
            }
          }
          frame.prevLine = op === Op.RESUME ? -2 : line;
        }
        while (op === Op.EXTENDED_ARG) {
          const w = units[pc++];
          op = w & 255;
          oparg = (oparg << 8) | (w >> 8);
          if (op === Op.INSTRUMENTED_LINE) op = code.lineOriginal![pc - 1];
        }
        switch (op) {
          case Op.RESUME:
          case Op.JUMP_BACKWARD: {
            if (budget-- <= 0 || (vm.pauseRequested && vm.nested === 0)) {
              frame.f_lasti = instr;
              frame.next = instr;
              frame.sp = sp;
              if (vm.pauseRequested && vm.nested === 0) {
                vm.pauseRequested = false;
                return Status.STOPPED;
              }
              return Status.BUDGET;
            }
            if (op === Op.JUMP_BACKWARD) pc -= oparg;
            continue;
          }
          case Op.NOP:
          case Op.CACHE:
            continue;
          case Op.LOAD_FAST: {
            const v = stack[base + oparg]!;
            incref(v);
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_FAST_CHECK: {
            const v = stack[base + oparg];
            if (v === null) ops.unboundLocal(code, oparg);
            incref(v!);
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_FAST_AND_CLEAR: {
            stack[sp++] = stack[base + oparg];
            stack[base + oparg] = null;
            continue;
          }
          case Op.STORE_FAST: {
            const old = stack[base + oparg];
            stack[base + oparg] = stack[--sp];
            if (old !== null) decref(old);
            continue;
          }
          case Op.DELETE_FAST: {
            const old = stack[base + oparg];
            if (old === null) ops.unboundLocal(code, oparg);
            stack[base + oparg] = null;
            decref(old!);
            continue;
          }
          case Op.LOAD_CONST: {
            const v = consts[oparg];
            incref(v);
            stack[sp++] = v;
            continue;
          }
          case Op.POP_TOP: {
            const v = stack[--sp];
            if (v !== null) decref(v);
            continue;
          }
          case Op.PUSH_NULL:
            stack[sp++] = null;
            continue;
          case Op.END_FOR: {
            decref(stack[--sp]!);
            decref(stack[--sp]!);
            continue;
          }
          case Op.COPY: {
            const v = stack[sp - oparg]!;
            incref(v);
            stack[sp++] = v;
            continue;
          }
          case Op.SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - oparg];
            stack[sp - oparg] = t;
            continue;
          }
          case Op.LOAD_GLOBAL: {
            const name = code.names[oparg >> 1];
            let v = dictGetStr(frame.f_globals, name);
            if (v === null) v = dictGetStr(frame.f_builtins, name);
            if (v === null) ops.nameError(name);
            if (oparg & 1) stack[sp++] = null;
            incref(v!);
            stack[sp++] = v;
            continue;
          }
          case Op.BINARY_OP: {
            const r = stack[sp - 1]!, l = stack[sp - 2]!;
            let res: PyObject | null = null;
            if (l.ob_type === IntType && r.ob_type === IntType) {
              const x = l.v, y = r.v;
              let z = NaN;
              switch (oparg) {
                case 0: case 13: z = x + y; break;
                case 10: case 23: z = x - y; break;
                case 5: case 18: z = x * y; break;
              }
              if (z <= MAX_SAFE && z >= -MAX_SAFE) res = newInt(z);
            }
            if (res === null) res = binaryOp(l, r, oparg);
            sp -= 2;
            decref(l);
            decref(r);
            stack[sp++] = res;
            pc += 1;
            continue;
          }
          case Op.COMPARE_OP: {
            const r = stack[sp - 1]!, l = stack[sp - 2]!;
            const cmp = oparg >> 4;
            let res: PyObject;
            if (l.ob_type === IntType && r.ob_type === IntType && l.v === l.v && r.v === r.v) {
              const x = l.v, y = r.v;
              const b = cmp === 0 ? x < y : cmp === 1 ? x <= y : cmp === 2 ? x === y : cmp === 3 ? x !== y : cmp === 4 ? x > y : x >= y;
              res = b ? True : False;
            } else res = richCompare(l, r, cmp);
            sp -= 2;
            decref(l);
            decref(r);
            stack[sp++] = res;
            pc += 1;
            continue;
          }
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack[--sp]!;
            if (v === False) pc += oparg;
            else if (v !== True) {
              const t = isTrue(v);
              decref(v);
              if (!t) pc += oparg;
            }
            continue;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp]!;
            if (v === True) pc += oparg;
            else if (v !== False) {
              const t = isTrue(v);
              decref(v);
              if (t) pc += oparg;
            }
            continue;
          }
          case Op.POP_JUMP_IF_NONE: {
            const v = stack[--sp]!;
            if (v === None) pc += oparg;
            else decref(v);
            continue;
          }
          case Op.POP_JUMP_IF_NOT_NONE: {
            const v = stack[--sp]!;
            if (v !== None) {
              decref(v);
              pc += oparg;
            }
            continue;
          }
          case Op.JUMP_FORWARD:
            pc += oparg;
            continue;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= oparg;
            continue;
          case Op.GET_ITER: {
            const v = stack[sp - 1]!;
            const it = getIter(v);
            stack[sp - 1] = it;
            decref(v);
            continue;
          }
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!;
            let next: PyObject | null;
            const t = it.ob_type;
            if (t === RangeIterType) {
              const r = it.a as RangeData;
              const v = it.v;
              if (r.step > 0 ? v < r.stop : v > r.stop) {
                it.v = v + r.step;
                next = newInt(v);
              } else next = null;
            } else if (t === ListIterType) {
              const l = it.a as PyObject | null;
              next = null;
              if (l !== null) {
                const items = l.a as PyObject[];
                if (it.v < items.length) {
                  next = items[it.v++];
                  incref(next);
                } else {
                  it.a = null;
                  decref(l);
                }
              }
            } else if (t === GeneratorType && it.v !== GenState.RUNNING && it.v !== GenState.FINISHED) {
              // Resume the generator's frame inline (FOR_ITER_GEN).
              frame.f_lasti = instr;
              frame.next = pc + 1;
              frame.sp = sp;
              const gf = ops.pushGeneratorFrame(vm, thread, frame, it, None);
              gf.returnTo = pc + 1 + oparg;
              frame = gf;
              code = frame.f_code;
              units = vm.tracing ? code.instrumentLines() : code.units;
              consts = code.consts;
              base = frame.base;
              sp = frame.sp;
              pc = frame.next;
              continue;
            } else next = iterNext(it);
            if (next === null) {
              decref(it);
              sp--;
              pc += 1 + oparg + 1;
            } else {
              stack[sp++] = next;
              pc += 1;
            }
            continue;
          }
          case Op.SEND: {
            const recv = stack[sp - 2]!;
            if ((recv.ob_type === GeneratorType || recv.ob_type === CoroutineType) && recv.v < GenState.RUNNING) {
              // Resume the sub-generator's frame inline (SEND_GEN); its return lands at END_SEND.
              const v = stack[--sp]!;
              frame.f_lasti = instr;
              frame.next = pc + 1;
              frame.sp = sp;
              const gf = ops.pushGeneratorFrame(vm, thread, frame, recv, v);
              decref(v);
              gf.returnTo = pc + 1 + oparg;
              frame = gf;
              code = frame.f_code;
              units = vm.tracing ? code.instrumentLines() : code.units;
              consts = code.consts;
              base = frame.base;
              sp = frame.sp;
              pc = frame.next;
              continue;
            }
            frame.f_lasti = instr;
            frame.next = -1;
            sp = ops.coldOp(vm, thread, frame, op, oparg, sp, pc);
            pc = frame.next >= 0 ? frame.next : pc + 1;
            continue;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp]!;
            listAppend(stack[sp - oparg]!, v);
            continue;
          }
          case Op.KW_NAMES:
            kwnames = (consts[oparg].a as PyObject[]).map((s) => s.a as string);
            continue;
          case Op.CALL: {
            const nullIdx = sp - oparg - 2;
            let callable = stack[sp - oparg - 1]!;
            const method = stack[nullIdx];
            let argStart = sp - oparg;
            let nargs = oparg;
            if (method !== null) {
              callable = method;
              argStart--;
              nargs++;
            } else if (callable.ob_type === MethodType) {
              // Unpack a bound method so the function sees self as its first argument.
              const f = callable.a as PyObject, self = callable.b as PyObject;
              incref(f);
              incref(self);
              stack[nullIdx] = f;
              stack[sp - oparg - 1] = self;
              decref(callable);
              callable = f;
              argStart--;
              nargs++;
            }
            const kw = kwnames;
            kwnames = null;
            frame.f_lasti = instr;
            frame.next = pc + 3;
            let nf: Frame | null = null;
            if (callable.ob_type === FunctionType) nf = ops.pushFunctionFrame(vm, thread, frame, callable, argStart, nargs, kw);
            else if (method === null) nf = pushInitFrame(vm, thread, frame, callable, nullIdx, nargs, kw);
            if (nf !== null) {
              // The callee now owns the arguments and the function.
              sp = nullIdx;
              frame.sp = sp;
              frame = nf;
              code = frame.f_code;
              units = vm.tracing ? code.instrumentLines() : code.units;
              consts = code.consts;
              base = frame.base;
              sp = frame.sp;
              pc = 0;
              continue;
            }
            frame.sp = sp;
            const res = vm.callNonPython(callable, stack, argStart, nargs, kw);
            for (let i = sp - 1; i >= nullIdx; i--) {
              const x = stack[i];
              if (x !== null) decref(x);
            }
            sp = nullIdx;
            stack[sp++] = res;
            pc += 3;
            continue;
          }
          case Op.RETURN_CONST:
          case Op.RETURN_VALUE: {
            let retval: PyObject;
            if (op === Op.RETURN_CONST) {
              retval = consts[oparg];
              incref(retval);
            } else retval = stack[--sp]!;
            frame.sp = sp;
            const done = frame;
            const back = ops.popFrame(vm, thread, done);
            if (done.isEntry) {
              vm.entryResult = retval;
              return Status.ENTRY_RETURNED;
            }
            if (back === null) {
              decref(retval);
              return Status.FINISHED;
            }
            frame = back;
            code = frame.f_code;
            units = vm.tracing ? code.instrumentLines() : code.units;
            consts = code.consts;
            base = frame.base;
            sp = frame.sp;
            if (done.initSelf !== null) {
              // A class call's __init__ returned: its error, if any, belongs to the CALL.
              instr = frame.f_lasti;
              retval = initReturned(done, retval);
            }
            stack[sp++] = retval;
            pc = done.returnTo >= 0 ? done.returnTo : frame.next;
            continue;
          }
          case Op.YIELD_VALUE:
          case Op.RETURN_GENERATOR: {
            frame.sp = sp;
            frame.f_lasti = instr;
            frame.next = pc;
            const done = frame;
            const [back, value] = op === Op.YIELD_VALUE ? ops.yieldFrame(vm, thread, frame) : ops.returnGenerator(vm, thread, frame);
            if (done.isEntry) {
              done.isEntry = false;
              vm.entryResult = value;
              return op === Op.YIELD_VALUE ? Status.ENTRY_YIELDED : Status.ENTRY_RETURNED;
            }
            frame = back!;
            code = frame.f_code;
            units = vm.tracing ? code.instrumentLines() : code.units;
            consts = code.consts;
            base = frame.base;
            sp = frame.sp;
            stack[sp++] = value;
            pc = frame.next;
            continue;
          }
          default:
            frame.f_lasti = instr;
            frame.next = -1;
            sp = ops.coldOp(vm, thread, frame, op, oparg, sp, pc);
            pc = frame.next >= 0 ? frame.next : pc + CACHES[op];
            continue;
        }
      }
    } catch (e) {
      const handled = ops.unwind(vm, thread, frame, instr, sp, e);
      if (handled === null) {
        // The exception left an entry frame: it continues in the JS caller.
        throw vm.pendingError!;
      }
      frame = handled;
      code = frame.f_code;
      units = vm.tracing ? code.instrumentLines() : code.units;
      consts = code.consts;
      base = frame.base;
      sp = frame.sp;
      pc = frame.next;
      kwnames = null;
      if (thread.frame === null) return Status.FINISHED;
    }
  }
}

export { Frame, PyErr, ListType, MethodType };
