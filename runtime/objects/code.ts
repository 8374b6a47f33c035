/**
 * code: the live code object built from a CodeData. Its payload `a` is a
 * CodeObject holding what the eval loop reads on every instruction: the
 * code units as a Uint16Array (opcode | oparg << 8), constants as Python
 * objects (owned), names as interned strings, and the decoded position and
 * exception tables. A second copy of the code units with INSTRUMENTED_LINE
 * at line starts is built lazily for the debugger's line hook.
 *
 * Constants: the code objects of one compilation unit share one object per
 * distinct constant (ConstantPool), as CPython's compiler merges them with
 * merge_consts_recursive, so `x = 300` and `return 300` in one file load the
 * same object and each co_consts holding it counts one reference. The
 * extra reference python3.12 shows while the main program runs comes from
 * its parse tree, not from here (see Interpreter.loadMain).
 */

import { newComplex } from './complex';
import { newBytes } from './bytes';
import { PyObject, decref, newref } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import type { CodeData, CodeConstant } from '../bytecode/codeData';
import { Op, OPCODE_BY_CODE } from '../bytecode/opcodes';
import { decodePositions, parseExceptionTable, type ExceptionEntry } from '../vm/codeTables';
import { newInt, newIntBig } from './int';
import { newFloat } from './float';
import { True, False } from './bool';
import { None, Ellipsis } from './none';
import { newStr, internStr, isNameLike } from './str';
import { newTuple } from './tuple';
import { newFrozenSet } from './set';
import { addressHex } from './abstract';
import { raise } from './errors';
import { constKey } from '../compiler/constants';

export class CodeObject {
  readonly data: CodeData;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_filename: string;
  readonly co_firstlineno: number;
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_flags: number;
  readonly co_stacksize: number;
  readonly co_localsplusnames: readonly string[];
  readonly co_localspluskinds: Uint8Array;
  readonly nlocalsplus: number;
  /** Number of plain locals (co_nlocals). */
  readonly co_nlocals: number;
  readonly units: Uint16Array;
  /** The same units with INSTRUMENTED_LINE at each line start (built on demand). */
  lineUnits: Uint16Array | null = null;
  /** Original opcode at each instrumented position. */
  lineOriginal: Uint8Array | null = null;
  readonly consts: PyObject[];
  readonly names: readonly string[];
  readonly positions: Int32Array;
  readonly exceptionTable: readonly ExceptionEntry[];

  constructor(data: CodeData, pool: ConstantPool) {
    this.data = data;
    this.co_name = data.co_name;
    this.co_qualname = data.co_qualname;
    this.co_filename = data.co_filename;
    this.co_firstlineno = data.co_firstlineno;
    this.co_argcount = data.co_argcount;
    this.co_posonlyargcount = data.co_posonlyargcount;
    this.co_kwonlyargcount = data.co_kwonlyargcount;
    this.co_flags = data.co_flags;
    this.co_stacksize = data.co_stacksize;
    this.co_localsplusnames = data.co_localsplusnames;
    this.co_localspluskinds = data.co_localspluskinds;
    this.nlocalsplus = data.co_localsplusnames.length;
    let n = 0;
    for (const k of data.co_localspluskinds) if (k & 0x20) n++;
    this.co_nlocals = n;
    const bytes = data.co_code;
    const units = new Uint16Array(bytes.length >> 1);
    for (let i = 0; i < units.length; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    this.units = units;
    this.consts = data.co_consts.map((c) => pool.object(c));
    this.names = data.co_names;
    this.positions = decodePositions(data.co_linetable, data.co_firstlineno, units.length);
    this.exceptionTable = parseExceptionTable(data.co_exceptiontable);
  }

  /** The line of the instruction at code unit `instr` (-1 when none), as co_lines() gives it. */
  lineAt(instr: number): number {
    return this.positions[instr * 4];
  }

  /**
   * Builds the instrumented copy used while a line hook is installed: every
   * instruction becomes INSTRUMENTED_LINE (its opcode kept in lineOriginal),
   * and the eval loop decides at run time, as CPython's
   * _Py_call_instrumentation_line does, whether the line changed since the
   * previously executed instruction.
   */
  instrumentLines(): Uint16Array {
    if (this.lineUnits !== null) return this.lineUnits;
    const units = this.units.slice();
    const orig = new Uint8Array(units.length);
    for (let i = 0; i < units.length; ) {
      const op = units[i] & 255;
      orig[i] = op;
      units[i] = (units[i] & 0xff00) | Op.INSTRUMENTED_LINE;
      const info = OPCODE_BY_CODE.get(op);
      i += 1 + (info ? info.caches : 0);
    }
    this.lineUnits = units;
    this.lineOriginal = orig;
    return units;
  }
}

/** Instructions where a settrace-style 'line' event fires. */
export function lineStarts(code: CodeObject): Uint8Array {
  const units = code.units;
  const out = new Uint8Array(units.length);
  let prevLine = -2;
  for (let i = 0; i < units.length; ) {
    const op = units[i] & 255;
    const info = OPCODE_BY_CODE.get(op);
    const line = code.lineAt(i);
    if (op !== Op.RESUME && line >= 0 && line !== prevLine) out[i] = 1;
    if (op !== Op.RESUME && op !== Op.CACHE) prevLine = line >= 0 ? line : prevLine;
    // Backward jump targets start a new "line" each time round a loop.
    if (op === Op.JUMP_BACKWARD) {
      const target = i + 1 - (units[i] >> 8);
      if (target >= 0 && code.lineAt(target) >= 0 && (units[target] & 255) !== Op.RESUME) out[target] = 1;
    }
    i += 1 + (info ? info.caches : 0);
  }
  return out;
}

export const CodeType: PyObject = makeStaticType('code', null, {
  tp_basicsize: 200,
  tp_flags: 0 as TypeFlags,
  tp_dealloc: (o) => {
    const c = o.a as CodeObject;
    for (const k of c.consts) decref(k);
  },
  tp_repr: (o) => {
    const c = o.a as CodeObject;
    return `<code object ${c.co_name} at 0x${addressHex(o).replace(/^0+/, '')}, file "${c.co_filename}", line ${c.co_firstlineno}>`;
  },
});

/**
 * A live code object for `data` and its nested code objects. Pass the same
 * pool for every code object of one compilation unit; a fresh one is made
 * when none is given.
 */
export function newCode(data: CodeData, pool: ConstantPool = new ConstantPool()): PyObject {
  return new PyObject(CodeType, 0, new CodeObject(data, pool), null);
}

/**
 * One compilation unit's constants as Python objects, one object per
 * distinct constant (keyed as CPython's _PyCode_ConstantKey: type and
 * value, tuples item by item). It lives only while the unit is loaded and
 * owns no references: every object it hands out is held by some co_consts.
 */
export class ConstantPool {
  private readonly objects = new Map<string, PyObject>();

  /** The unit's object for a constant (a new reference). */
  object(c: CodeConstant): PyObject {
    if (c === null) return None;
    if (c === true) return True;
    if (c === false) return False;
    const key = constKey(c);
    const found = this.objects.get(key);
    if (found !== undefined) return newref(found);
    const made = this.make(c);
    this.objects.set(key, made);
    return made;
  }

  /** The object already loaded for a constant, if any (borrowed). */
  peek(c: CodeConstant): PyObject | undefined {
    return this.objects.get(constKey(c));
  }

  private make(c: Exclude<CodeConstant, null | boolean>): PyObject {
    if (typeof c === 'bigint') return newIntBig(c);
    if (typeof c === 'number') return newFloat(c);
    if (typeof c === 'string') return isNameLike(c) ? internStr(c) : newStr(c);
    switch (c.kind) {
      case 'code': return newCode(c, this);
      case 'tuple': return newTuple(c.items.map((x) => this.object(x as CodeConstant)));
      case 'frozenset': {
        const items = c.items.map((x) => this.object(x as CodeConstant));
        const fs = newFrozenSet(items);
        for (const x of items) decref(x);
        return fs;
      }
      case 'bytes': return newBytes(c.value.slice());
      case 'complex': return newComplex(c.real, c.imag);
      case 'ellipsis': return Ellipsis;
      default: raise('SystemError', `unsupported constant kind ${(c as { kind: string }).kind}`);
    }
  }
}

export { newInt };
