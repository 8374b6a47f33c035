/**
 * The Node.js implementation of the runtime's Host: program output to
 * process.stdout/stderr (synchronously, so interleaving matches CPython's
 * unbuffered stderr and flushed stdout at exit), files through fs, the
 * wall clock and the environment. The command line and the debug adapter
 * both use it; the debug adapter may wrap `write` to send output events.
 */

import * as fs from 'node:fs';
import type { Host, OutputStream } from '../runtime/host';

export class NodeHost implements Host {
  readonly env: Readonly<Record<string, string>>;
  readonly argv: readonly string[];
  private readonly out: (stream: OutputStream, text: string) => void;

  constructor(argv: readonly string[], write?: (stream: OutputStream, text: string) => void) {
    this.argv = argv;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    this.env = env;
    this.out = write ?? ((stream, text) => fs.writeSync(stream === 'stdout' ? 1 : 2, text));
  }

  write(stream: OutputStream, text: string): void {
    this.out(stream, text);
  }

  readFile(path: string): string | null {
    try {
      return fs.readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  }

  isDir(path: string): boolean {
    try {
      return fs.statSync(path).isDirectory();
    } catch {
      return false;
    }
  }

  wallClockMs(): number {
    return Date.now();
  }
}
