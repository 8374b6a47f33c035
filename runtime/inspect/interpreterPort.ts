/**
 * The VmPort on the real Interpreter (runtime/vm/interpreter.ts): how the
 * inspection controller reaches threads, frames and objects. Frames and
 * objects pass through as opaque handles; only this file knows they are
 * PyThreadState, Frame and PyObject.
 *
 * It deliberately adds no behaviour: a syntax error is formatted as the
 * interpreter formats it for CPython's stderr, and objects are read with
 * the interpreter's own inspection helpers. One side effect is inherent:
 * asking an object's address gives it one if it had none yet, as id() does.
 */

import type { Host } from '../host';
import { dictGetStr, dictItems } from '../objects/dict';
import type { PyObject } from '../objects/object';
import {
  Interpreter,
  address,
  children,
  frameLocalsList,
  refcount,
  repr,
  sizeOf,
  typeName,
  type Frame,
  type PyThreadState,
} from '../vm/interpreter';
import { formatSyntaxError } from '../vm/syntaxErrorText';
import type { VmChildren, VmFrame, VmObject, VmPort, VmRunOutcome, VmThread } from './vmPort';

const asThread = (t: VmThread): PyThreadState => t as unknown as PyThreadState;
const asFrame = (f: VmFrame): Frame => f as unknown as Frame;
const asObject = (o: VmObject): PyObject => o as unknown as PyObject;
const fromThread = (t: PyThreadState): VmThread => t as unknown as VmThread;
const fromFrame = (f: Frame | null): VmFrame | null => f as unknown as VmFrame | null;
const fromObject = (o: PyObject): VmObject => o as unknown as VmObject;

function strItems(dict: PyObject): [string, VmObject][] {
  const out: [string, VmObject][] = [];
  for (const [key, value] of dictItems(dict)) {
    if (typeName(key) === 'str') out.push([key.a as string, fromObject(value)]);
  }
  return out;
}

export function createInterpreterPort(host: Host): VmPort {
  const interp = new Interpreter(host);
  return {
    loadMain(source, filename) {
      const error = interp.loadMain(source, filename);
      if (error) return { ok: false, stderr: formatSyntaxError(error) };
      const frame = interp.threads[0]?.frame;
      if (!frame) return { ok: false, stderr: `Refscope internal error: no frame for ${filename}\n` };
      return { ok: true, code: frame.f_code.data };
    },
    run(budget): VmRunOutcome {
      return interp.run(budget);
    },
    setLineHook(hook) {
      if (hook === null) {
        interp.lineHook = null;
        // Without a hook no line event fires, so a pending "already fired here" mark would only
        // swallow the first event after a hook is installed again.
        for (const thread of interp.threads) thread.skipLineHookOnce = false;
        return;
      }
      interp.lineHook = (thread, frame) => hook(fromThread(thread), fromFrame(frame)!);
    },
    requestPause() {
      interp.requestPause();
    },
    threads() {
      return interp.threads.map(fromThread);
    },
    currentThread() {
      return fromThread(interp.vm.current);
    },
    threadIdent: (thread) => asThread(thread).thread_id,
    threadName: (thread) => asThread(thread).name,
    topFrame: (thread) => fromFrame(asThread(thread).frame),
    frameBack: (frame) => fromFrame(asFrame(frame).f_back),
    frameQualname: (frame) => asFrame(frame).f_code.co_qualname,
    frameFilename: (frame) => asFrame(frame).f_code.co_filename,
    frameLine: (frame) => asFrame(frame).f_lineno,
    frameIsModule(frame) {
      const f = asFrame(frame);
      return f.f_locals !== null && f.f_locals === f.f_globals;
    },
    frameLocals(frame) {
      const f = asFrame(frame);
      const thread = interp.threads.find((t) => {
        for (let g = t.frame; g; g = g.f_back) if (g === f) return true;
        return false;
      });
      if (!thread) return [];
      return frameLocalsList(thread, f).map(([name, value]) => [name, fromObject(value)]);
    },
    frameGlobals: (frame) => strItems(asFrame(frame).f_globals),
    builtin(name) {
      const dict = interp.builtins.dict;
      const value = dict ? dictGetStr(dict, name) : null;
      return value ? fromObject(value) : undefined;
    },
    repr: (obj) => repr(asObject(obj)),
    typeName: (obj) => typeName(asObject(obj)),
    refcount: (obj) => refcount(asObject(obj)),
    address: (obj) => address(asObject(obj)),
    size: (obj) => sizeOf(asObject(obj)),
    children(obj): VmChildren | null {
      const found = children(asObject(obj));
      if (found === null) return null;
      if (found.kind === 'sequence') return { kind: 'sequence', items: found.items.map(fromObject) };
      if (found.kind === 'mapping') {
        return { kind: 'mapping', entries: found.entries.map(([k, v]) => [fromObject(k), fromObject(v)]) };
      }
      return { kind: 'attributes', entries: found.entries.map(([k, v]) => [k, fromObject(v)]) };
    },
  };
}
