/**
 * The runtime's public entry points for the command line, the debug
 * adapter and tests: the Interpreter and its inspection helpers, the Host
 * contract, and the parse/compile pipeline. Everything else under runtime/
 * is internal and may change shape; import from here when you can.
 */

export {
  Interpreter,
  repr,
  typeName,
  refcount,
  address,
  sizeOf,
  children,
  frameLocal,
  frameLocalsList,
  Frame,
  PyThreadState,
  type RunResult,
  type InterpreterOptions,
} from './vm/interpreter';
export type { LineHook } from './vm/vm';
export type { Host, OutputStream } from './host';
export type { PyObject } from './objects/object';
export type { CodeData } from './bytecode/codeData';
export { formatSyntaxError } from './vm/syntaxErrorText';
export { parse } from './syntax/parser';
export { compile } from './compiler/compile';
