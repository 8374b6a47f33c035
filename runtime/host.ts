/**
 * Host: the only door from the runtime to the world outside it. Output,
 * files, clocks and (later) native calls go through this interface, so the
 * runtime stays pure TypeScript with no Node API: the command line, the
 * debug adapter and tests each supply their own Host. A lint rule forbids
 * Node imports anywhere else in runtime/.
 *
 * It deliberately holds no policy (what a program may read is decided by
 * whoever implements it) and no buffering (callers flush when they like).
 */

export type OutputStream = 'stdout' | 'stderr';

export interface Host {
  /** Program output, already encoded as text, in the order it was written. */
  write(stream: OutputStream, text: string): void;
  /** A file's text, or null when it does not exist or may not be read. */
  readFile(path: string): string | null;
  /** Whether a directory exists at path (namespace packages need it; absent means no directories). */
  isDir?(path: string): boolean;
  /** Wall-clock time in milliseconds since the epoch (for `time.time`). */
  wallClockMs(): number;
  /** Environment variables the program may see (`os.environ`). */
  readonly env: Readonly<Record<string, string>>;
  /** `sys.argv`: the program path (or '-c') followed by its arguments. */
  readonly argv: readonly string[];
}
