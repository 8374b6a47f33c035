/**
 * A scripted stand-in for the interpreter behind the VmPort, for testing the
 * ProgramController's own decisions (where steps and breakpoints stop,
 * when handles die, how output is ordered) apart from the VM. A script is
 * the sequence of line events a real run would produce, each with the call
 * stack at that moment; run() walks it, asking the line hook at each event,
 * and resumes at the event it stopped before without asking again, as the
 * interpreter does.
 *
 * It deliberately models nothing of Python: objects are plain records with
 * the internals the port reports. The DAP tests run the real interpreter.
 */

import type { Host } from '../../runtime/host';
import type { VmChildren, VmFrame, VmObject, VmPort, VmRunOutcome, VmThread } from '../../runtime/inspect/vmPort';

export interface FakeObject {
  repr: string;
  type: string;
  refcount: number;
  address: number;
  size: number;
  items?: FakeObject[];
}

export interface ScriptFrame {
  name: string;
  locals?: Record<string, FakeObject>;
}

/** One line event: the stack (outermost first) and the line of the innermost frame. */
export interface ScriptStep {
  stack: ScriptFrame[];
  line: number;
  /** Output written while running up to this line. */
  print?: string;
  /** Instructions this line costs (default 1); an endless loop repeats one step forever. */
  cost?: number;
}

interface Frame {
  name: string;
  line: number;
  back: Frame | null;
  locals: Record<string, FakeObject>;
}

const thread = { name: 'MainThread' };

export class ScriptedVm implements VmPort {
  private index = 0;
  private hook: ((thread: VmThread, frame: VmFrame) => boolean) | null = null;
  private pauseRequested = false;
  private resumeWithoutHook = false;
  private frames: Frame[] = [];
  readonly globals: Record<string, FakeObject> = {};

  constructor(
    private readonly host: Host,
    private readonly script: ScriptStep[],
    private readonly lines: number[],
    private readonly loopForever = false,
  ) {}

  loadMain(): { ok: true; code: { co_firstlineno: number; co_linetable: Uint8Array; co_consts: unknown[] } } {
    // A table of "no column" entries (code 13), one code unit per line, each a delta from the previous line.
    const bytes: number[] = [];
    let previous = 1;
    for (const line of this.lines) {
      const delta = line - previous;
      previous = line;
      bytes.push(0x80 | (13 << 3), delta < 0 ? ((-delta) << 1) | 1 : delta << 1);
    }
    return { ok: true, code: { co_firstlineno: 1, co_linetable: Uint8Array.from(bytes), co_consts: [] } };
  }

  run(budget: number): VmRunOutcome {
    let spent = 0;
    while (spent < budget) {
      if (this.index >= this.script.length) {
        if (!this.loopForever) return { reason: 'finished', exitCode: 0 };
        this.index = this.script.length - 1;
      }
      const step = this.script[this.index];
      this.enter(step);
      if (this.pauseRequested) {
        this.pauseRequested = false;
        this.resumeWithoutHook = true;
        return { reason: 'stopped' };
      }
      if (!this.resumeWithoutHook && this.hook) {
        const top = this.frames[this.frames.length - 1];
        if (this.hook(thread as unknown as VmThread, top as unknown as VmFrame)) {
          this.resumeWithoutHook = true;
          return { reason: 'stopped' };
        }
      }
      this.resumeWithoutHook = false;
      if (step.print) this.host.write('stdout', step.print);
      spent += step.cost ?? 1;
      this.index++;
    }
    return { reason: 'budget' };
  }

  /** Rebuilds the frame chain for a step, keeping frame identity for frames that are still running. */
  private enter(step: ScriptStep): void {
    const frames: Frame[] = [];
    step.stack.forEach((spec, depth) => {
      const existing = this.frames[depth];
      const frame =
        existing && existing.name === spec.name && frames.length === depth && existing.back === (frames[depth - 1] ?? null)
          ? existing
          : { name: spec.name, line: 0, back: frames[depth - 1] ?? null, locals: spec.locals ?? {} };
      frames.push(frame);
    });
    frames[frames.length - 1].line = step.line;
    this.frames = frames;
  }

  setLineHook(hook: ((thread: VmThread, frame: VmFrame) => boolean) | null): void {
    this.hook = hook;
  }
  requestPause(): void {
    this.pauseRequested = true;
  }
  threads(): VmThread[] {
    return [thread as unknown as VmThread];
  }
  currentThread(): VmThread | null {
    return thread as unknown as VmThread;
  }
  threadIdent(): number {
    return 140000;
  }
  threadName(): string {
    return thread.name;
  }
  topFrame(): VmFrame | null {
    return (this.frames[this.frames.length - 1] ?? null) as unknown as VmFrame | null;
  }
  frameBack(frame: VmFrame): VmFrame | null {
    return (frame as unknown as Frame).back as unknown as VmFrame | null;
  }
  frameQualname(frame: VmFrame): string {
    return (frame as unknown as Frame).name;
  }
  frameFilename(): string {
    return '/fake/program.py';
  }
  frameLine(frame: VmFrame): number {
    return (frame as unknown as Frame).line;
  }
  frameIsModule(frame: VmFrame): boolean {
    return (frame as unknown as Frame).back === null;
  }
  frameLocals(frame: VmFrame): [string, VmObject][] {
    return Object.entries((frame as unknown as Frame).locals) as unknown as [string, VmObject][];
  }
  frameGlobals(): [string, VmObject][] {
    return Object.entries(this.globals) as unknown as [string, VmObject][];
  }
  builtin(): VmObject | undefined {
    return undefined;
  }
  repr(obj: VmObject): string {
    return (obj as unknown as FakeObject).repr;
  }
  typeName(obj: VmObject): string {
    return (obj as unknown as FakeObject).type;
  }
  refcount(obj: VmObject): number {
    return (obj as unknown as FakeObject).refcount;
  }
  address(obj: VmObject): number {
    return (obj as unknown as FakeObject).address;
  }
  size(obj: VmObject): number {
    return (obj as unknown as FakeObject).size;
  }
  children(obj: VmObject): VmChildren | null {
    const items = (obj as unknown as FakeObject).items;
    return items ? { kind: 'sequence', items: items as unknown as VmObject[] } : null;
  }
}
