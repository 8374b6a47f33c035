/**
 * Interpreter: one embedded Python runtime. It owns the builtins and sys
 * modules, the __main__ module, the thread states and the VM, and is what
 * the command line and the debug adapter drive:
 *
 *   loadMain(source, filename)  parse + compile + set up __main__; returns
 *                               the SyntaxDiagnostic (printing nothing) or null
 *   run(budget)                 runs until the budget of eval-breaker checks
 *                               is spent, the line hook stops it, or it ends
 *   lineHook                    called before each instruction that starts a
 *                               line (settrace 'line' events); true = stop there
 *   requestPause()              stop at the next eval-breaker check (or at the
 *                               start of the next run() call)
 *
 * Uncaught exceptions print CPython's traceback on stderr (exit code 1);
 * SystemExit exits as CPython does. It deliberately runs one thread.
 */

import { PyObject, decref, newref, reportedRefcnt, objectSize, ensureAddress } from '../objects/object';
import '../objects/abstract';
import '../objects/exceptions';
import '../objects/slice';
import '../objects/range';
import '../objects/listMethods';
import '../objects/dictMethods';
import '../objects/strMethods';
import '../objects/numbers';
import { superHooks } from '../modules/builtinTypes';
import { typeData, isSubtype } from '../objects/typeobject';
import { PyErr } from '../objects/errors';
import { isInt } from '../objects/int';
import { None } from '../objects/none';
import { newStr, isStr } from '../objects/str';
import { isList } from '../objects/list';
import { isTuple } from '../objects/tuple';
import { isDict, dictItems, dictGetStr } from '../objects/dict';
import { newCode, ConstantPool } from '../objects/code';
import { newModule, setStrItem } from '../objects/module';
import { excType, excArgs, BaseExceptionType } from '../objects/exceptions';

addSlotMethods(BaseExceptionType);
import { buildClass, addSlotMethods, classHooks } from '../objects/typecreate';
import * as abs from '../objects/abstract';
import type { CodeData } from '../bytecode/codeData';
import type { Host } from '../host';
import type { SyntaxDiagnostic } from '../syntax/diagnostics';
import { parse } from '../syntax/parser';
import { compile } from '../compiler/compile';
import { makeBuiltins } from '../modules/builtins';
import { makeSys, makeStream, streamHost } from '../modules/sys';
import { installImportSystem, setMainPath, registerMain, findMainModule, setMainModuleAttrs } from '../import/setup';
import type { Importer } from '../import/importer';
import { VM, type LineHook } from './vm';
import { Frame, PyThreadState, frameLocal, frameLocalsList } from './frame';
import { evalLoop, Status } from './eval';
import { pushCodeFrame } from './frames';
import { formatException, setAnchorFinder } from './traceback';
import { formatSyntaxError } from './syntaxErrorText';
import { findAnchorsWithParser } from './anchors';

export type RunResult = { reason: 'budget' } | { reason: 'finished'; exitCode: number } | { reason: 'stopped' };

export interface InterpreterOptions {
  /** Python's recursion limit (sys.getrecursionlimit()); 1000 by default. */
  recursionLimit?: number;
}

export class Interpreter {
  readonly host: Host;
  readonly vm: VM;
  readonly threads: PyThreadState[];
  readonly builtins: PyObject;
  readonly sys: PyObject;
  readonly importer: Importer;
  main: PyObject | null = null;
  private exitCode: number | null = null;
  /**
   * References that CPython's parse tree of the main program holds on its
   * constants while the program runs (pyrun_file frees the arena only after
   * run_mod returns); released when the main module finishes.
   */
  private mainArena: PyObject[] = [];
  private readonly stdout: PyObject;
  private readonly stderr: PyObject;

  constructor(host: Host, options: InterpreterOptions = {}) {
    this.host = host;
    streamHost.host = host;
    const thread = new PyThreadState(1, 'MainThread');
    this.threads = [thread];
    this.vm = new VM(thread);
    if (options.recursionLimit !== undefined) this.vm.recursionLimit = options.recursionLimit;
    this.stdout = makeStream('stdout');
    this.stderr = makeStream('stderr');
    this.builtins = makeBuiltins({
      stdout: () => this.sysStream('stdout'),
      stderr: () => this.sysStream('stderr'),
      buildClass: (_self, args, kwnames) => buildClass(args, kwnames, (func, ns) => this.runClassBody(func, ns), (c, a, k) => this.vm.callObject(c, a, k)),
      readLine: () => null,
    });
    this.sys = makeSys(host, this.vm, this.stdout, this.stderr);
    this.importer = installImportSystem(host, this.vm, this.sys, this.builtins);
    setAnchorFinder(findAnchorsWithParser);
    superHooks.zeroArg = () => this.zeroArgSuper();
    classHooks.callerModule = () => this.callerModuleName();
  }

  get lineHook(): LineHook | null {
    return this.vm.lineHook;
  }
  set lineHook(h: LineHook | null) {
    this.vm.lineHook = h;
  }

  /** Stops the program at its next eval-breaker check; run() then returns { reason: 'stopped' }. */
  requestPause(): void {
    this.vm.pauseRequested = true;
  }

  private sysStream(name: 'stdout' | 'stderr'): PyObject {
    const v = dictGetStr(this.sys.dict!, name);
    return v ?? (name === 'stdout' ? this.stdout : this.stderr);
  }

  /** The __name__ in the running frame's globals (type(name, bases, ns) takes its __module__ from it). */
  private callerModuleName(): string | null {
    const f = this.threads[0].frame;
    const n = f === null ? null : dictGetStr(f.f_globals, '__name__');
    return n !== null && isStr(n) ? (n.a as string) : null;
  }

  /** super() without arguments: the __class__ cell and first argument of the calling frame. */
  private zeroArgSuper(): [PyObject, PyObject] {
    const thread = this.threads[0];
    const f = thread.frame;
    if (f === null || f.f_code.co_argcount === 0) throw new PyErr(abs.call(excType('RuntimeError'), [newStr('super(): no arguments')], null));
    const names = f.f_code.co_localsplusnames;
    const ci = names.indexOf('__class__');
    const cls = ci >= 0 ? frameLocal(thread, f, ci) : null;
    if (cls === null) throw new PyErr(abs.call(excType('RuntimeError'), [newStr('super(): __class__ cell not found')], null));
    const self = frameLocal(thread, f, 0);
    if (self === null) throw new PyErr(abs.call(excType('RuntimeError'), [newStr('super(): arg[0] deleted')], null));
    return [cls, self];
  }

  private runClassBody(func: PyObject, ns: PyObject): PyObject {
    const fd = func.a as { code: PyObject; globals: PyObject; builtins: PyObject };
    const name = dictGetStr(fd.globals, '__name__');
    if (name !== null) setStrItem(ns, '__module__', newref(name));
    const co = fd.code.a as { co_qualname: string };
    setStrItem(ns, '__qualname__', newStr(co.co_qualname));
    return this.vm.runCodeNested(fd.code, fd.globals, fd.builtins, ns, func);
  }

  /** Parses and compiles the main program; returns the syntax error or null. */
  loadMain(source: string, filename: string): SyntaxDiagnostic | null {
    setMainPath(this.importer, filename);
    const parsed = parse(source, filename, 'exec');
    if (parsed.errors.length > 0 || parsed.tree === null) return parsed.errors[0];
    const compiled = compile(parsed.tree, filename, 'exec', source);
    if (compiled.code === null) {
      const e = compiled.errors[0];
      return { ...e, text: e.text };
    }
    const pool = new ConstantPool();
    this.loadCode(compiled.code, filename, pool);
    // Only the first node with a given value holds the object the compiler
    // kept (merge_consts_recursive returns the first one it saw); later
    // equal nodes hold objects of their own that no program can reach.
    const held = new Set<PyObject>();
    for (const value of compiled.astConstants) {
      const o = value === null || typeof value === 'boolean' ? undefined : pool.peek(value);
      if (o !== undefined && !held.has(o)) held.add(o);
    }
    for (const o of held) this.mainArena.push(newref(o));
    return null;
  }

  /**
   * `-m NAME`: finds the module on sys.path (the current directory `cwd` first) and sets it up as
   * __main__ with its own spec and package, as runpy does. Returns null when ready, the module's
   * syntax error, or the text python3.12 prints when no such module exists.
   */
  loadMainModule(name: string, cwd: string): SyntaxDiagnostic | { notFound: string } | null {
    setMainPath(this.importer, cwd + '/-');
    let found;
    try {
      found = findMainModule(this.importer, name);
    } catch (e) {
      if (e instanceof PyErr) {
        this.exitCode = this.handleUncaught(e.exc);
        return null;
      }
      throw e;
    }
    if (found === null || found.source === null || found.origin === null) return { notFound: `No module named ${name}` };
    const diag = this.loadMain(found.source, found.origin);
    setMainPath(this.importer, cwd + '/-');
    setMainModuleAttrs(this.importer, this.main, found);
    return diag;
  }

  /** Prints a syntax error of the main file as CPython does, and finishes with exit code 1. */
  reportSyntaxError(diag: SyntaxDiagnostic): void {
    this.host.write('stderr', formatSyntaxError(diag));
    this.exitCode = 1;
  }

  /** Sets up __main__ to run an already compiled code object (such as python3.12's own). */
  loadCode(code: CodeData, filename: string, pool: ConstantPool = new ConstantPool()): void {
    const main = newModule('__main__');
    this.main = main;
    const g = main.dict!;
    registerMain(this.importer, main, filename);
    setStrItem(g, '__builtins__', newref(this.builtins));
    setStrItem(g, '__file__', newStr(filename));
    const codeObj = newCode(code, pool);
    const thread = this.threads[0];
    pushCodeFrame(this.vm, thread, codeObj, g, this.builtins.dict!, g, null);
    decref(codeObj);
  }

  run(budget: number): RunResult {
    if (this.exitCode !== null) return { reason: 'finished', exitCode: this.exitCode };
    const thread = this.threads[0];
    if (thread.frame === null) return this.finish(0);
    if (this.vm.pauseRequested) {
      this.vm.pauseRequested = false;
      return { reason: 'stopped' };
    }
    let st: Status;
    try {
      st = evalLoop(this.vm, thread, budget);
    } catch (e) {
      if (e instanceof PyErr) {
        this.releaseMainArena();
        return this.finish(this.handleUncaught(e.exc));
      }
      throw e;
    }
    switch (st) {
      case Status.BUDGET:
        return { reason: 'budget' };
      case Status.STOPPED:
        return { reason: 'stopped' };
      default:
        return this.finish(0);
    }
  }

  /** Runs to completion (for the command line and tests). */
  runToEnd(): number {
    for (;;) {
      const r = this.run(100000);
      if (r.reason === 'finished') return r.exitCode;
    }
  }

  private releaseMainArena(): void {
    const held = this.mainArena;
    this.mainArena = [];
    for (const o of held) decref(o);
  }

  private finish(code: number): RunResult {
    this.releaseMainArena();
    this.exitCode = code;
    return { reason: 'finished', exitCode: code };
  }

  /** Prints an uncaught exception (or handles SystemExit); returns the exit code. */
  private handleUncaught(exc: PyObject): number {
    const thread = this.threads[0];
    thread.frame = null;
    try {
      if (isSubtype(exc.ob_type, excType('SystemExit'))) {
        const args = excArgs(exc);
        const code = args.length === 0 ? None : args.length === 1 ? args[0] : exc.a;
        if (code === None) return 0;
        if (isInt(code)) return code.v === code.v ? code.v & 0xff : 1;
        this.host.write('stderr', abs.str(code) + '\n');
        return 1;
      }
      this.host.write('stderr', formatException(exc, (p) => this.importer.reader.readFile(p)));
      return 1;
    } finally {
      decref(exc);
    }
  }
}

/** repr(obj) for inspection; a failing __repr__ gives CPython's placeholder. Runs user __repr__ on a nested loop. */
export function repr(obj: PyObject): string {
  try {
    return abs.repr(obj);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return `<${typeData(obj).tp_name} object (repr failed)>`;
    }
    throw e;
  }
}

export function typeName(obj: PyObject): string {
  return typeData(obj).tp_name;
}

/** What sys.getrefcount would print for the object if passed to it now, less the argument's own reference. */
export function refcount(obj: PyObject): number {
  return reportedRefcnt(obj);
}

export function address(obj: PyObject): number {
  return ensureAddress(obj);
}

export function sizeOf(obj: PyObject): number {
  return objectSize(obj);
}

/** The children of a container for display: list/tuple items, dict entries, instance attributes. */
export function children(obj: PyObject): { kind: 'sequence'; items: PyObject[] } | { kind: 'mapping'; entries: [PyObject, PyObject][] } | { kind: 'attributes'; entries: [string, PyObject][] } | null {
  if (isList(obj) || isTuple(obj)) return { kind: 'sequence', items: (obj.a as PyObject[]).slice() };
  if (isDict(obj)) return { kind: 'mapping', entries: Array.from(dictItems(obj)) };
  if (obj.dict !== null) {
    return { kind: 'attributes', entries: Array.from(dictItems(obj.dict)).filter(([k]) => k.ob_type.a.tp_name === 'str').map(([k, v]) => [k.a as string, v]) };
  }
  return null;
}

export { Frame, PyThreadState, frameLocal, frameLocalsList };
