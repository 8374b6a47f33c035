/**
 * Test helpers for the VM unit tests: run a program in-process with output
 * captured. Not a test file itself; it does not compare with python3.12
 * (the conformance runner does that).
 */

import { Interpreter } from '../../../runtime/vm/interpreter';
import type { Host, OutputStream } from '../../../runtime/host';

export interface Captured {
  interp: Interpreter;
  out: () => string;
  err: () => string;
}

export function makeInterpreter(files: Record<string, string> = {}): Captured {
  let out = '', err = '';
  const host: Host = {
    write(stream: OutputStream, text: string) {
      if (stream === 'stdout') out += text;
      else err += text;
    },
    readFile: (p) => files[p] ?? null,
    wallClockMs: () => 0,
    env: {},
    argv: ['prog.py'],
  };
  return { interp: new Interpreter(host), out: () => out, err: () => err };
}

/** Compiles and runs `source` as prog.py; returns stdout, stderr and the exit code. */
export function runSource(source: string): { out: string; err: string; exitCode: number; interp: Interpreter } {
  const c = makeInterpreter({ 'prog.py': source });
  const diag = c.interp.loadMain(source, 'prog.py');
  if (diag !== null) throw new Error(`syntax error: ${diag.msg}`);
  const exitCode = c.interp.runToEnd();
  return { out: c.out(), err: c.err(), exitCode, interp: c.interp };
}
