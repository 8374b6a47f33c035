/**
 * VM: the state the eval loop shares across calls (hooks, flags, the
 * recursion limit, the result slot of nested runs) and the ways back into
 * Python from TypeScript: calling any callable, resuming a generator,
 * running a class body. Those re-entries start a nested eval loop that runs
 * to completion (`nested > 0`): the line hook and pause requests are not
 * honoured inside them, a documented limit of this slice.
 */

import { PyObject, incref } from '../objects/object';
import { PyErr, raise } from '../objects/errors';
import { typeData } from '../objects/typeobject';
import { FunctionType, MethodType, type FuncData } from '../objects/function';
import type { CodeObject } from '../objects/code';
import { callHooks } from '../objects/abstract';
import { newException } from '../objects/exceptions';
import { Frame, PyThreadState } from './frame';
import { evalLoop, Status } from './eval';
import { bindArguments } from './callArgs';
import { calleeBase, checkRecursion, pushCodeFrame } from './frames';
import { installGenHooks } from './genOps';

/** What IMPORT_NAME, IMPORT_FROM and import * call (new references returned). */
export interface ImportHooks {
  importName(name: string, globals: PyObject | null, fromlist: PyObject | null, level: number): PyObject;
  importFrom(module: PyObject, name: string): PyObject;
  importStar(module: PyObject, locals: PyObject): void;
}

export type LineHook = (thread: PyThreadState, frame: Frame) => boolean;

export class VM {
  lineHook: LineHook | null = null;
  pauseRequested = false;
  recursionLimit = 1000;
  /** How many nested eval loops are running (builtins calling back into Python). */
  nested = 0;
  entryResult: PyObject | null = null;
  pendingError: PyErr | null = null;
  uncaught: PyObject | null = null;
  /** Set by RERAISE and bare `raise`: the unwinder must not add a traceback entry. */
  reraising = false;
  /** Set by RAISE_VARARGS: the stack pointer after its operands were released. */
  raiseSp = -1;
  /** The thread running now (the only one in this slice). */
  current: PyThreadState;
  /** The import system (runtime/import/importer.ts), installed by the Interpreter. */
  importer: ImportHooks = {
    importName: (name) => raise('ModuleNotFoundError', `No module named '${name}'`),
    importFrom: (_m, name) => raise('ImportError', `cannot import name '${name}'`),
    importStar: () => raise('ImportError', 'import * is not available'),
  };

  constructor(thread: PyThreadState) {
    this.current = thread;
    callHooks.call = (callable, args, kwnames) => this.callObject(callable, args, kwnames);
    installGenHooks(this);
  }

  get tracing(): boolean {
    return this.lineHook !== null;
  }

  makeException(kind: string, msg: string): PyObject {
    return newException(kind, msg);
  }

  /** CALL on anything that is not a Python function (arguments borrowed). */
  callNonPython(callable: PyObject, stack: (PyObject | null)[], argStart: number, nargs: number, kwnames: readonly string[] | null): PyObject {
    const args = stack.slice(argStart, argStart + nargs) as PyObject[];
    return this.callObject(callable, args, kwnames);
  }

  /** PyObject_Vectorcall: a new reference to the result; arguments borrowed. */
  callObject(callable: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
    const t = callable.ob_type;
    if (t === FunctionType) return this.callFunctionNested(callable, args, kwnames);
    if (t === MethodType) return this.callObject(callable.a as PyObject, [callable.b as PyObject, ...args], kwnames);
    const f = typeData(callable).tp_call;
    if (f === null) raise('TypeError', `'${typeData(callable).tp_name}' object is not callable`);
    return f(callable, args, kwnames);
  }

  /** Runs a Python function to completion on a nested eval loop. */
  callFunctionNested(func: PyObject, args: PyObject[], kwnames: readonly string[] | null): PyObject {
    const thread = this.current;
    const fd = func.a as FuncData;
    const co = fd.code.a as CodeObject;
    checkRecursion(this, thread);
    const locals = bindArguments(fd, co, args, 0, args.length, kwnames);
    const base = calleeBase(thread.frame);
    thread.ensure(base + co.nlocalsplus + co.co_stacksize + 2);
    for (let i = 0; i < locals.length; i++) thread.stack[base + i] = locals[i];
    if (fd.closure !== null) {
      const cells = fd.closure.a as PyObject[];
      const first = co.nlocalsplus - cells.length;
      for (let i = 0; i < cells.length; i++) {
        incref(cells[i]);
        thread.stack[base + first + i] = cells[i];
      }
    }
    incref(func);
    const f = new Frame(co, fd.code, func, fd.globals, fd.builtins, null, thread.frame, base);
    f.isEntry = true;
    thread.depth++;
    thread.frame = f;
    return this.runEntry(thread);
  }

  /** Runs a code object (a class body) with an explicit locals mapping; returns its result. */
  runCodeNested(codeObj: PyObject, globals: PyObject, builtins: PyObject, locals: PyObject, func: PyObject | null): PyObject {
    const thread = this.current;
    const f = pushCodeFrame(this, thread, codeObj, globals, builtins, locals, func);
    f.isEntry = true;
    return this.runEntry(thread);
  }

  private runEntry(thread: PyThreadState): PyObject {
    this.nested++;
    try {
      const st = evalLoop(this, thread, Infinity);
      if (st !== Status.ENTRY_RETURNED && st !== Status.ENTRY_YIELDED) raise('SystemError', 'nested eval loop ended unexpectedly');
      const r = this.entryResult!;
      this.entryResult = null;
      return r;
    } finally {
      this.nested--;
    }
  }
}
