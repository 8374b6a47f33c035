/**
 * ProgramController: runs one Python program on the interpreter for a
 * debugger and answers what the debugger asks about it. It drives
 * `run(budget)` in slices through a scheduler the caller supplies (the
 * adapter uses setImmediate), so requests such as pause and terminate are
 * served between slices even while the program loops forever. Breakpoints,
 * stop-on-entry and stepping are decided in the interpreter's line hook, as
 * debuggers built on sys.settrace's line events do: step into stops at the
 * next line event of the thread, step over at the next one in the same
 * frame or a caller, step out at the next one in a caller.
 *
 * Everything it returns is plain data (api.ts); interpreter frames and
 * objects stay behind handles that die when the program resumes. It
 * deliberately knows nothing of DAP, and changes the program only when
 * asked to (resume, step, pause, terminate).
 */

import type { Host, OutputStream } from '../host';
import {
  line1,
  type BreakpointView,
  type EvaluateResult,
  type FrameView,
  type InspectorEvent,
  type InspectorListener,
  type Line1,
  type ProgramState,
  type ScopeView,
  type StopReason,
  type ThreadView,
  type VariableView,
} from './api';
import { breakpointLine, linesWithCode } from './codeLines';
import { ObjectRows, type ObjectHandle } from './objectRows';
import type { VmFrame, VmPort, VmThread } from './vmPort';
import { evaluateWatch } from './watchExpression';

export interface ControllerOptions {
  /** The host the program would use; its output is routed to output events instead. */
  host: Host;
  /** Builds the interpreter behind the controller on the host it is given. */
  createPort: (host: Host) => VmPort;
  /** Runs a callback soon, after pending I/O (setImmediate in Node). */
  schedule: (callback: () => void) => void;
  /**
   * A fixed budget per slice (eval-breaker checks), for tests that need
   * determinism. By default the budget adapts so that a slice lasts about
   * SLICE_TARGET_MS of wall-clock time, whatever the program does per loop.
   */
  sliceBudget?: number;
}

export type StepKind = 'next' | 'stepIn' | 'stepOut';

type Handle = { kind: 'scope'; frame: VmFrame; scope: 'Locals' | 'Globals' } | ObjectHandle;

interface StepRequest {
  kind: StepKind;
  thread: VmThread;
  frame: VmFrame;
  depth: number;
}

interface PendingStop {
  reason: StopReason;
  thread: VmThread;
  hitBreakpointIds: number[];
}

interface Breakpoint {
  view: BreakpointView;
}

/** A thrown controller error: the request cannot be served in the program's current state. */
export class InspectError extends Error {}

/** Slices this long keep pause and terminate prompt while costing little in scheduling. */
const SLICE_TARGET_MS = 10;
// Starting at one check and doubling costs a few microseconds per slice, and never runs long before the budget fits.
const INITIAL_SLICE_BUDGET = 1;
const MIN_SLICE_BUDGET = 1;
const MAX_SLICE_BUDGET = 1_000_000;

export class ProgramController {
  private readonly port: VmPort;
  private readonly schedule: (callback: () => void) => void;
  private sliceBudget: number;
  private readonly adaptiveBudget: boolean;
  private readonly clock: () => number;
  private readonly listeners: InspectorListener[] = [];

  private programState: ProgramState = 'notLoaded';
  private loadFailure: string | null = null;
  private mainFile: string | null = null;
  private readonly codeLines = new Map<string, Set<number>>();

  private readonly breakpoints = new Map<string, Breakpoint[]>();
  /** file → line → ids of the verified breakpoints there; what the line hook consults. */
  private readonly activeLines = new Map<string, Map<number, number[]>>();
  private nextBreakpointId = 1;

  private entryPending = false;
  private step: StepRequest | null = null;
  private pendingStop: PendingStop | null = null;
  private sliceScheduled = false;

  private readonly threadIds = new Map<VmThread, number>();
  private stoppedThread: VmThread | null = null;
  private readonly frameIds = new Map<VmFrame, number>();
  private readonly framesById = new Map<number, VmFrame>();
  private readonly handles = new Map<number, Handle>();
  private nextHandle = 1;
  private readonly rows: ObjectRows;

  /** Output not yet reported: chunks of one stream merged, order across streams kept. */
  private pendingOutput: { category: OutputStream; text: string }[] = [];

  constructor(options: ControllerOptions) {
    this.schedule = options.schedule;
    this.sliceBudget = options.sliceBudget ?? INITIAL_SLICE_BUDGET;
    this.adaptiveBudget = options.sliceBudget === undefined;
    this.clock = () => options.host.wallClockMs();
    this.port = options.createPort(this.outputHost(options.host));
    this.rows = new ObjectRows(this.port, (handle) => this.allocate(handle));
  }

  get state(): ProgramState {
    return this.programState;
  }

  onEvent(listener: InspectorListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  /**
   * Compiles the program. A syntax error is not thrown: the program then
   * "runs" by printing it on stderr and exiting with status 1, as python3.12 does.
   */
  load(source: string, filename: string): { ok: true } | { ok: false; stderr: string } {
    if (this.programState !== 'notLoaded') throw new InspectError('A program is already loaded.');
    this.mainFile = filename;
    const result = this.port.loadMain(source, filename);
    this.programState = 'loaded';
    if (!result.ok) {
      this.loadFailure = result.stderr;
      return result;
    }
    this.codeLines.set(filename, linesWithCode(result.code));
    for (const file of this.breakpoints.keys()) this.reverify(file);
    return { ok: true };
  }

  /** Starts the loaded program; with stopOnEntry it stops at the module's first line. */
  start(stopOnEntry: boolean): void {
    if (this.programState !== 'loaded') throw new InspectError(`The program cannot start: it is ${this.programState}.`);
    this.programState = 'running';
    if (this.loadFailure !== null) {
      const stderr = this.loadFailure;
      this.schedule(() => {
        if (this.programState !== 'running') return;
        this.queueOutput('stderr', stderr);
        this.exit(1);
      });
      return;
    }
    this.entryPending = stopOnEntry;
    this.updateHook();
    this.scheduleSlice();
  }

  /** Replaces the breakpoints of one file; lines without code move to the next line with code. */
  setBreakpoints(file: string, lines: Line1[]): BreakpointView[] {
    const list: Breakpoint[] = lines.map((requested) => ({
      view: { id: this.nextBreakpointId++, requestedLine: requested, verified: false, line: requested },
    }));
    this.breakpoints.set(file, list);
    this.reverify(file);
    return list.map((bp) => ({ ...bp.view }));
  }

  threads(): ThreadView[] {
    if (!this.isAlive()) return [];
    return this.port.threads().map((thread) => ({
      id: this.threadId(thread),
      ident: this.port.threadIdent(thread),
      name: this.port.threadName(thread),
    }));
  }

  /** The frames of a stopped thread, innermost first. */
  stackTrace(threadId: number): FrameView[] {
    const thread = this.stoppedThreadById(threadId);
    const frames: FrameView[] = [];
    for (let frame = this.port.topFrame(thread); frame; frame = this.port.frameBack(frame)) {
      frames.push({
        id: this.frameId(frame),
        name: this.port.frameQualname(frame),
        file: this.port.frameFilename(frame),
        line: line1(this.port.frameLine(frame)),
      });
    }
    return frames;
  }

  scopes(frameId: number): ScopeView[] {
    const frame = this.frameById(frameId);
    const locals = this.port.frameIsModule(frame) ? this.port.frameGlobals(frame) : this.port.frameLocals(frame);
    return [
      { name: 'Locals', variablesRef: this.allocate({ kind: 'scope', frame, scope: 'Locals' }), count: locals.length },
      {
        name: 'Globals',
        variablesRef: this.allocate({ kind: 'scope', frame, scope: 'Globals' }),
        count: this.port.frameGlobals(frame).length,
      },
    ];
  }

  variables(variablesRef: number): VariableView[] {
    this.requireStopped();
    const handle = this.handles.get(variablesRef);
    if (!handle) throw new InspectError(`No variables with reference ${variablesRef}: the program has resumed since.`);
    if (handle.kind === 'scope') {
      const { frame } = handle;
      const entries =
        handle.scope === 'Globals' || this.port.frameIsModule(frame)
          ? this.port.frameGlobals(frame)
          : this.port.frameLocals(frame);
      return entries.map(([name, obj]) => this.rows.row(name, obj));
    }
    return this.rows.expand(handle);
  }

  /** Evaluates a name, attribute or literal subscript in a frame (the stopped thread's top frame by default). */
  evaluate(expression: string, frameId?: number): EvaluateResult {
    if (this.programState !== 'stopped') {
      return { ok: false, message: 'The program is not paused; pause it to evaluate expressions.' };
    }
    let frame: VmFrame | null;
    if (frameId !== undefined) frame = this.frameById(frameId);
    else frame = this.stoppedThread ? this.port.topFrame(this.stoppedThread) : null;
    if (!frame) return { ok: false, message: 'No Python frame to evaluate in.' };
    const result = evaluateWatch(this.port, frame, expression);
    if (!result.ok) return result;
    return { ok: true, variable: this.rows.row(expression.trim(), result.obj) };
  }

  continue(): void {
    this.requireStopped();
    this.resume(null);
  }

  stepping(kind: StepKind, threadId: number): void {
    const thread = this.stoppedThreadById(threadId);
    const frame = this.port.topFrame(thread);
    if (!frame) throw new InspectError('The thread runs no Python code to step through.');
    this.resume({ kind, thread, frame, depth: this.depth(frame) });
  }

  /** Stops the running program at its next eval-breaker check; a stopped event follows. */
  pause(): void {
    if (this.programState === 'stopped') return;
    if (this.programState !== 'running') throw new InspectError(`The program cannot pause: it is ${this.programState}.`);
    this.port.requestPause();
  }

  /** Ends the program where it is; no more events follow. */
  terminate(): void {
    if (this.programState === 'terminated' || this.programState === 'exited') return;
    this.flushOutput();
    this.programState = 'terminated';
    this.port.setLineHook(null);
    this.invalidateHandles();
  }

  private resume(step: StepRequest | null): void {
    this.step = step;
    this.programState = 'running';
    this.stoppedThread = null;
    this.invalidateHandles();
    this.updateHook();
    this.scheduleSlice();
  }

  private scheduleSlice(): void {
    if (this.sliceScheduled) return;
    this.sliceScheduled = true;
    this.schedule(() => {
      this.sliceScheduled = false;
      this.runSlice();
    });
  }

  private runSlice(): void {
    if (this.programState !== 'running') return;
    let outcome;
    const started = this.adaptiveBudget ? this.clock() : 0;
    try {
      outcome = this.port.run(this.sliceBudget);
      if (this.adaptiveBudget) this.adaptBudget(this.clock() - started);
    } catch (error) {
      // A fault of the runtime itself, not of the program: report it and end, never take the debugger down.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.queueOutput('stderr', `Refscope internal error: ${detail}\n`);
      this.exit(1);
      return;
    }
    if (outcome.reason === 'budget') {
      this.flushOutput();
      this.scheduleSlice();
    } else if (outcome.reason === 'finished') {
      this.exit(outcome.exitCode);
    } else {
      const stop = this.pendingStop;
      this.pendingStop = null;
      const thread = stop?.thread ?? this.port.currentThread() ?? this.port.threads()[0] ?? null;
      this.enterStopped(stop?.reason ?? 'pause', thread, stop?.hitBreakpointIds ?? []);
    }
  }

  /** Halves or doubles the budget until a slice takes about SLICE_TARGET_MS. */
  private adaptBudget(elapsedMs: number): void {
    if (elapsedMs > SLICE_TARGET_MS * 2) this.sliceBudget = Math.max(MIN_SLICE_BUDGET, this.sliceBudget >> 1);
    else if (elapsedMs < SLICE_TARGET_MS / 2) this.sliceBudget = Math.min(MAX_SLICE_BUDGET, this.sliceBudget * 2);
  }

  private enterStopped(reason: StopReason, thread: VmThread | null, hitBreakpointIds: number[]): void {
    this.programState = 'stopped';
    this.step = null;
    this.stoppedThread = thread;
    // The hook stays as it is while stopped: removing and reinstalling it would make the interpreter forget
    // that the stop line's event has fired, and stop there again on resume.
    this.flushOutput();
    this.emit({ kind: 'stopped', reason, threadId: thread ? this.threadId(thread) : 1, hitBreakpointIds });
  }

  private exit(exitCode: number): void {
    this.flushOutput();
    this.programState = 'exited';
    this.port.setLineHook(null);
    this.invalidateHandles();
    this.emit({ kind: 'exited', exitCode });
  }

  /** Installs the line hook only while something needs it, so a plain run pays nothing per line. */
  private updateHook(): void {
    if (this.programState !== 'running') return;
    const needed = this.entryPending || this.step !== null || this.activeLines.size > 0;
    this.port.setLineHook(needed ? (thread, frame) => this.onLine(thread, frame) : null);
  }

  private onLine(thread: VmThread, frame: VmFrame): boolean {
    let reason: StopReason | null = null;
    if (this.entryPending) {
      this.entryPending = false;
      reason = 'entry';
    }
    const step = this.step;
    if (reason === null && step && step.thread === thread) {
      if (step.kind === 'stepIn') reason = 'step';
      else if (step.kind === 'next' && (frame === step.frame || this.depth(frame) < step.depth)) reason = 'step';
      else if (step.kind === 'stepOut' && this.depth(frame) < step.depth) reason = 'step';
    }
    let hit: number[] = [];
    const lines = this.activeLines.get(this.port.frameFilename(frame));
    if (lines) {
      hit = lines.get(this.port.frameLine(frame)) ?? [];
      // A breakpoint where a step lands is reported as the breakpoint, as debugpy does.
      if (hit.length > 0 && reason !== 'entry') reason = 'breakpoint';
    }
    if (reason === null) return false;
    this.pendingStop = { reason, thread, hitBreakpointIds: reason === 'breakpoint' ? hit : [] };
    return true;
  }

  private reverify(file: string): void {
    const list = this.breakpoints.get(file) ?? [];
    const lines = this.codeLines.get(file);
    const active = new Map<number, number[]>();
    for (const bp of list) {
      const view = bp.view;
      if (!lines) {
        view.verified = false;
        view.line = view.requestedLine;
        view.message =
          this.mainFile === null
            ? 'The program has not been compiled yet.'
            : 'Refscope has not loaded this file; only the launched program has breakpoints for now.';
        continue;
      }
      const target = breakpointLine(lines, view.requestedLine);
      if (target === null) {
        view.verified = false;
        view.line = view.requestedLine;
        view.message = `No code at or after line ${view.requestedLine}.`;
        continue;
      }
      view.verified = true;
      view.line = target;
      if (target !== view.requestedLine) view.message = `Line ${view.requestedLine} has no code; moved to line ${target}.`;
      else delete view.message;
      const ids = active.get(target) ?? [];
      ids.push(view.id);
      active.set(target, ids);
    }
    if (active.size > 0) this.activeLines.set(file, active);
    else this.activeLines.delete(file);
    this.updateHook();
  }

  private outputHost(base: Host): Host {
    const write = (stream: OutputStream, text: string): void => this.queueOutput(stream, text);
    // A proxy rather than a copy, so that whatever the Host interface grows still reaches the base host.
    return new Proxy(base, {
      get(target, key) {
        if (key === 'write') return write;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  private queueOutput(category: OutputStream, text: string): void {
    if (this.programState === 'terminated' || text.length === 0) return;
    const last = this.pendingOutput[this.pendingOutput.length - 1];
    if (last && last.category === category) last.text += text;
    else this.pendingOutput.push({ category, text });
  }

  private flushOutput(): void {
    const pending = this.pendingOutput;
    this.pendingOutput = [];
    for (const { category, text } of pending) this.emit({ kind: 'output', category, text });
  }

  private emit(event: InspectorEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private isAlive(): boolean {
    return this.programState === 'running' || this.programState === 'stopped';
  }

  private requireStopped(): void {
    if (this.programState !== 'stopped') throw new InspectError(`The program is ${this.programState}, not paused.`);
  }

  private stoppedThreadById(threadId: number): VmThread {
    this.requireStopped();
    const thread = this.port.threads().find((t) => this.threadId(t) === threadId);
    if (!thread) throw new InspectError(`No thread with id ${threadId}.`);
    return thread;
  }

  private threadId(thread: VmThread): number {
    let id = this.threadIds.get(thread);
    if (id === undefined) {
      id = this.threadIds.size + 1;
      this.threadIds.set(thread, id);
    }
    return id;
  }

  private frameId(frame: VmFrame): number {
    let id = this.frameIds.get(frame);
    if (id === undefined) {
      id = this.nextHandle++;
      this.frameIds.set(frame, id);
      this.framesById.set(id, frame);
    }
    return id;
  }

  private frameById(frameId: number): VmFrame {
    this.requireStopped();
    const frame = this.framesById.get(frameId);
    if (!frame) throw new InspectError(`No frame with id ${frameId}: the program has resumed since.`);
    return frame;
  }

  private depth(frame: VmFrame): number {
    let depth = 0;
    for (let f: VmFrame | null = frame; f; f = this.port.frameBack(f)) depth++;
    return depth;
  }

  private allocate(handle: Handle): number {
    const id = this.nextHandle++;
    this.handles.set(id, handle);
    return id;
  }

  private invalidateHandles(): void {
    this.handles.clear();
    this.frameIds.clear();
    this.framesById.clear();
  }
}
