/**
 * How the runtime raises Python exceptions from TypeScript: a PyErr carrying
 * the exception object is thrown and caught by the eval loop, which unwinds
 * through the exception table. Exception *types* are created in
 * exceptions.ts, which installs the factory below when it loads, so that
 * low-level files (int, str, list...) can raise without importing it (that
 * import would form a cycle at module-evaluation time).
 *
 * PyErr deliberately does not extend Error: capturing a JS stack trace for
 * every Python exception would make ordinary control flow (StopIteration,
 * KeyError in dict.get fallbacks) expensive.
 */

import type { PyObject } from './object';

export class PyErr {
  /** The exception instance; the PyErr owns one reference to it. */
  readonly exc: PyObject;
  constructor(exc: PyObject) {
    this.exc = exc;
  }
}

export type ErrorKind =
  | 'TypeError'
  | 'ValueError'
  | 'IndexError'
  | 'KeyError'
  | 'AttributeError'
  | 'NameError'
  | 'UnboundLocalError'
  | 'ZeroDivisionError'
  | 'OverflowError'
  | 'RecursionError'
  | 'StopIteration'
  | 'RuntimeError'
  | 'AssertionError'
  | 'NotImplementedError'
  | 'EOFError'
  | 'SystemError'
  | 'ImportError'
  | 'ModuleNotFoundError'
  | 'MemoryError'
  | 'LookupError'
  | 'UnicodeDecodeError';

export const errorFactory: {
  make: (kind: ErrorKind, msg: string) => PyObject;
  makeWithArg: (kind: ErrorKind, arg: PyObject) => PyObject;
} = {
  make: () => {
    throw new Error('exceptions.ts not loaded');
  },
  makeWithArg: () => {
    throw new Error('exceptions.ts not loaded');
  },
};

/** Raises a new exception of a builtin kind with a message. */
export function raise(kind: ErrorKind, msg: string): never {
  throw new PyErr(errorFactory.make(kind, msg));
}

/** Raises with a single object argument (KeyError(key), StopIteration(value)). */
export function raiseWithArg(kind: ErrorKind, arg: PyObject): never {
  throw new PyErr(errorFactory.makeWithArg(kind, arg));
}
