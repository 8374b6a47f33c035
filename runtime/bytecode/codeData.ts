/**
 * CodeData: a compiled code object as plain data, field for field CPython
 * 3.12's PyCodeObject (what `marshal` would carry). The compiler produces
 * it; the VM turns it into a live code object whose constants are Python
 * objects; `dis` reads it. Keeping it free of runtime objects lets the
 * compiler, the language server and tests use it without an interpreter,
 * and lets a test load the code objects python3.12 itself compiled
 * (scripts/dump-code.py) so the VM is checked against CPython's bytecode.
 *
 * Byte layouts are CPython's own, not look-alikes: `co_code` is 16-bit code
 * units (opcode, oparg) with the inline CACHE units after each instruction,
 * `co_linetable` is the 3.12 location table (Objects/locations.md) and
 * `co_exceptiontable` the 3.12 exception table
 * (Objects/exception_handling_notes.txt).
 */

import type { ConstantValue } from '../syntax/ast';

/** co_flags bits, as in CPython's Include/cpython/code.h. */
export const enum CodeFlags {
  CO_OPTIMIZED = 0x0001,
  CO_NEWLOCALS = 0x0002,
  CO_VARARGS = 0x0004,
  CO_VARKEYWORDS = 0x0008,
  CO_NESTED = 0x0010,
  CO_GENERATOR = 0x0020,
  CO_NOFREE = 0x0040,
  CO_COROUTINE = 0x0080,
  CO_ITERABLE_COROUTINE = 0x0100,
  CO_ASYNC_GENERATOR = 0x0200,
}

/** co_localspluskinds bits, as in CPython's Include/internal/pycore_code.h. */
export const enum LocalKind {
  CO_FAST_LOCAL = 0x20,
  CO_FAST_CELL = 0x40,
  CO_FAST_FREE = 0x80,
}

/** A constant in co_consts: a literal value or a nested code object. */
export type CodeConstant = ConstantValue | CodeData;

export interface CodeData {
  readonly kind: 'code';
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_firstlineno: number;
  co_name: string;
  co_qualname: string;
  co_filename: string;
  /** Code units as bytes: opcode, oparg, opcode, oparg, ... */
  co_code: Uint8Array;
  co_consts: CodeConstant[];
  co_names: string[];
  /** Locals, then cells, then free variables, with their kinds. */
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}
