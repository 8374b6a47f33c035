/**
 * The inspection boundary's data types: what the debug adapter and the
 * views receive from runtime/inspect. Everything here is plain data (no
 * live Python object, no interpreter frame crosses it), so a DAP session or
 * a webview only translates. The controller that produces these lives in
 * programController.ts.
 *
 * Lines here are 1-based, as CPython numbers them, and say so in their
 * type (Line1); the adapter converts at its edge when a client asks for
 * 0-based lines. It deliberately holds no behaviour beyond the Line1 brand.
 */

/** A 1-based source line, as in tracebacks and co_lines(). */
export type Line1 = number & { readonly __lineBase: 1 };

/** Marks a number known to be a 1-based line. */
export function line1(line: number): Line1 {
  return line as Line1;
}

export type StopReason = 'entry' | 'breakpoint' | 'step' | 'pause';

/** What the controller reports, in the order it happens. */
export type InspectorEvent =
  | {
      kind: 'stopped';
      reason: StopReason;
      /** The thread that stopped; every thread is stopped while one is (the GIL is held). */
      threadId: number;
      /** Breakpoints hit, when reason is 'breakpoint'. */
      hitBreakpointIds: number[];
    }
  | { kind: 'output'; category: 'stdout' | 'stderr'; text: string }
  | { kind: 'exited'; exitCode: number };

export type InspectorListener = (event: InspectorEvent) => void;

/** Where the program is in its life. */
export type ProgramState = 'notLoaded' | 'loaded' | 'running' | 'stopped' | 'exited' | 'terminated';

export interface BreakpointView {
  /** Stable for the life of the controller, so a client can match later updates. */
  id: number;
  /** The line the client asked for. */
  requestedLine: Line1;
  /** Whether the program will stop there: the line, or the next with code, has an instruction. */
  verified: boolean;
  /** Where the breakpoint really is (the next line with code when the requested one has none). */
  line: Line1;
  /** Why it is not verified, or why it moved. */
  message?: string;
}

export interface ThreadView {
  /** A small number for clients (DAP thread ids); 1 is the main thread. */
  id: number;
  /** threading.get_ident() of the thread. */
  ident: number;
  name: string;
}

export interface FrameView {
  /** Unique while the program is stopped; invalid once it resumes. */
  id: number;
  /** The code object's co_qualname ("f", "C.method", "<module>"). */
  name: string;
  /** co_filename. */
  file: string;
  line: Line1;
}

export interface ScopeView {
  name: 'Locals' | 'Globals';
  /** Pass to variables(). */
  variablesRef: number;
  /** How many names the scope holds. */
  count: number;
}

/** One Python object's identity and internals, as the Variables view and the heap panel show them. */
export interface ObjectView {
  /** Python's repr() of the object. */
  repr: string;
  /** type(obj).__name__. */
  typeName: string;
  /** The object's ob_refcnt (sys.getrefcount would say one more, for its argument). */
  refcount: number;
  /** id(): the object's address in the modelled private heap. */
  address: number;
  /** sys.getsizeof, as on 64-bit CPython. */
  size: number;
}

/** One row of the Variables view. */
export interface VariableView {
  name: string;
  /** What to show as the value: Python's repr for objects, a plain number or address for internals. */
  value: string;
  /** The Python type name of the value ('int' for ob_refcnt, which is a C Py_ssize_t shown as an int). */
  type: string;
  /** Non-zero when the row expands; pass to variables(). Invalid once the program resumes. */
  variablesRef: number;
  /** Present when the row is a Python object: its internals as plain fields. */
  object?: ObjectView;
  /** 'internals' marks the synthetic (internals) group and its rows. */
  presentation?: 'internals';
}

/** The result of evaluate(): a row, or a message saying why there is none. */
export type EvaluateResult = { ok: true; variable: VariableView } | { ok: false; message: string };
