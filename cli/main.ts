/**
 * `refscope FILE.py [ARGS]` `refscope -c CODE [ARGS]` and `refscope -m MODULE [ARGS]`: runs a program
 * on the embedded runtime and behaves like python3.12 on the command line
 * (same stdout, stderr and exit code; "can't open file" and exit code 2 for
 * a missing file). It is the entry point of the dist/cli.js bundle, so it
 * runs main() when executed. It deliberately has no REPL and no options
 * other than -c and -m.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeHost } from './nodeHost';
import { Interpreter } from '../runtime/vm/interpreter';

export function main(argv: readonly string[]): number {
  if (argv.length === 0) {
    process.stderr.write('usage: refscope FILE.py [ARGS] | refscope -c CODE [ARGS]\n');
    return 2;
  }
  if (argv[0] === '-m') return runModule(argv);
  let source: string;
  let filename: string;
  let progArgv: string[];
  if (argv[0] === '-c') {
    if (argv.length < 2) {
      process.stderr.write('Argument expected for the -c option\n');
      return 2;
    }
    source = argv[1];
    filename = '<string>';
    progArgv = ['-c', ...argv.slice(2)];
  } else {
    const file = argv[0];
    // python3.12 shows the main script's absolute path in tracebacks.
    filename = path.resolve(file);
    try {
      source = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const errno = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : err.code === 'EACCES' ? '[Errno 13] Permission denied' : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : `[Errno ${err.errno ?? 0}] ${err.message}`;
      process.stderr.write(`${process.argv0.includes('python') ? 'python3.12' : 'python3.12'}: can't open file ${pyRepr(filename)}: ${errno}\n`);
      return 2;
    }
    progArgv = [file, ...argv.slice(1)];
  }
  const host = new NodeHost(progArgv);
  const interp = new Interpreter(host);
  const diag = interp.loadMain(source, filename);
  if (diag !== null) {
    interp.reportSyntaxError(diag);
    return 1;
  }
  return interp.runToEnd();
}

/** `refscope -m MODULE [ARGS]`: runs a module found on sys.path (the current directory first) as __main__. */
function runModule(argv: readonly string[]): number {
  if (argv.length < 2) {
    process.stderr.write('Argument expected for the -m option\n');
    return 2;
  }
  const host = new NodeHost(['-m', ...argv.slice(2)]);
  const interp = new Interpreter(host);
  const r = interp.loadMainModule(argv[1], process.cwd());
  if (r !== null && 'notFound' in r) {
    process.stderr.write(`python3.12: ${r.notFound}\n`);
    return 1;
  }
  if (r !== null) {
    interp.reportSyntaxError(r);
    return 1;
  }
  return interp.runToEnd();
}

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  const base = path.basename(script);
  return base === 'cli.js' || base === 'main.ts' || base === 'refscope' || base === 'main.js';
}

if (isEntryPoint()) {
  const code = main(process.argv.slice(2));
  process.exitCode = code;
}
