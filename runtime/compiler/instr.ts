/**
 * The compiler's intermediate form: instructions with source locations in
 * basic blocks, as CPython 3.12's flowgraph.c holds them (cfg_instr,
 * basicblock), plus the opcode classes (jumps, scope exits, block pushes)
 * and stack effects that the flow-graph passes and the assembler need.
 * Stack effects are CPython 3.12's (opcode_metadata.h), written out here
 * because the generated opcode table carries numbers only.
 * It holds data and small predicates; the passes live in flowgraph.ts.
 */

import { Op, OPCODE_BY_CODE } from '../bytecode/opcodes';

/** A source range: 1-based lines, 0-based UTF-8 byte columns; -1 for none. */
export interface Loc {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col_offset: number;
  readonly end_col_offset: number;
}

export const NO_LOCATION: Loc = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

export function sameLoc(a: Loc, b: Loc): boolean {
  return (
    a.lineno === b.lineno &&
    a.end_lineno === b.end_lineno &&
    a.col_offset === b.col_offset &&
    a.end_col_offset === b.end_col_offset
  );
}

export interface Instr {
  op: number;
  arg: number;
  /** Jump or block-push target. */
  target: BasicBlock | null;
  loc: Loc;
  /** The innermost exception handler covering this instruction. */
  except: BasicBlock | null;
}

let blockIds = 0;

export class BasicBlock {
  readonly id = ++blockIds;
  instrs: Instr[] = [];
  /** The next block in layout order (CPython's b_next). */
  next: BasicBlock | null = null;
  /** Whether the block was started by a label (a possible jump target). */
  isLabel = false;
  predecessors = 0;
  startdepth = -1;
  exceptHandler = false;
  preserveLasti = false;
  visited = false;
  cold = false;
  warm = false;
  unsafeLocalsMask = 0n;
  exceptStack: BasicBlock[] | null = null;
  /** Offset in code units, set by the assembler. */
  offset = 0;

  last(): Instr | null {
    return this.instrs.length ? this.instrs[this.instrs.length - 1] : null;
  }
}

export function isJumpOp(op: number): boolean {
  switch (op) {
    case Op.FOR_ITER:
    case Op.JUMP_FORWARD:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.SEND:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_IF_NONE:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.JUMP_BACKWARD:
    case Op.JUMP:
    case Op.JUMP_NO_INTERRUPT:
      return true;
    default:
      return false;
  }
}

export function isBlockPush(op: number): boolean {
  return op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;
}

export function hasTarget(op: number): boolean {
  return isJumpOp(op) || isBlockPush(op);
}

export function isUnconditionalJump(op: number): boolean {
  return (
    op === Op.JUMP ||
    op === Op.JUMP_NO_INTERRUPT ||
    op === Op.JUMP_FORWARD ||
    op === Op.JUMP_BACKWARD ||
    op === Op.JUMP_BACKWARD_NO_INTERRUPT
  );
}

export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RETURN_CONST || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

export function isTerminator(op: number): boolean {
  return isJumpOp(op) || isScopeExit(op);
}

export function hasConst(op: number): boolean {
  return op === Op.LOAD_CONST || op === Op.RETURN_CONST || op === Op.KW_NAMES;
}

export function hasFallthrough(b: BasicBlock): boolean {
  const last = b.last();
  if (!last) return true;
  return !isUnconditionalJump(last.op) && !isScopeExit(last.op);
}

export function cacheCount(op: number): number {
  return op < 256 ? (OPCODE_BY_CODE.get(op)?.caches ?? 0) : 0;
}

/** Code units the instruction occupies: EXTENDED_ARGs, itself, its caches. */
export function instrSize(op: number, arg: number): number {
  const ext = (arg > 0xffffff ? 1 : 0) + (arg > 0xffff ? 1 : 0) + (arg > 0xff ? 1 : 0);
  return ext + 1 + cacheCount(op);
}

function popcount(n: number): number {
  let c = 0;
  while (n) {
    c += n & 1;
    n >>= 1;
  }
  return c;
}

/** CPython 3.12's PyCompile_OpcodeStackEffectWithJump. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP:
    case Op.RESUME:
    case Op.EXTENDED_ARG:
    case Op.CACHE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
    case Op.CHECK_EXC_MATCH:
    case Op.CHECK_EG_MATCH:
    case Op.GET_AITER:
    case Op.GET_ITER:
    case Op.GET_YIELD_FROM_ITER:
    case Op.RETURN_GENERATOR:
    case Op.SETUP_ANNOTATIONS:
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL:
    case Op.SWAP:
    case Op.JUMP_FORWARD:
    case Op.RETURN_CONST:
    case Op.SEND:
    case Op.DELETE_FAST:
    case Op.GET_AWAITABLE:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.JUMP_BACKWARD:
    case Op.MAKE_CELL:
    case Op.DELETE_DEREF:
    case Op.COPY_FREE_VARS:
    case Op.YIELD_VALUE:
    case Op.KW_NAMES:
    case Op.CALL_INTRINSIC_1:
    case Op.LOAD_FROM_DICT_OR_GLOBALS:
    case Op.LOAD_FROM_DICT_OR_DEREF:
    case Op.POP_BLOCK:
    case Op.JUMP:
    case Op.JUMP_NO_INTERRUPT:
      return 0;
    case Op.POP_TOP:
    case Op.END_SEND:
    case Op.BINARY_SUBSCR:
    case Op.CLEANUP_THROW:
    case Op.RETURN_VALUE:
    case Op.POP_EXCEPT:
    case Op.STORE_NAME:
    case Op.DELETE_ATTR:
    case Op.STORE_GLOBAL:
    case Op.COMPARE_OP:
    case Op.IMPORT_NAME:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
    case Op.RERAISE:
    case Op.BINARY_OP:
    case Op.STORE_FAST:
    case Op.STORE_FAST_MAYBE_NULL:
    case Op.STORE_DEREF:
    case Op.LIST_APPEND:
    case Op.SET_ADD:
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_MERGE:
    case Op.DICT_UPDATE:
    case Op.CALL_INTRINSIC_2:
      return -1;
    case Op.PUSH_NULL:
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
    case Op.PUSH_EXC_INFO:
    case Op.WITH_EXCEPT_START:
    case Op.GET_ANEXT:
    case Op.BEFORE_ASYNC_WITH:
    case Op.BEFORE_WITH:
    case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_ASSERTION_ERROR:
    case Op.LOAD_LOCALS:
    case Op.FOR_ITER:
    case Op.LOAD_CONST:
    case Op.LOAD_NAME:
    case Op.IMPORT_FROM:
    case Op.COPY:
    case Op.LOAD_FAST:
    case Op.LOAD_FAST_CHECK:
    case Op.LOAD_FAST_AND_CLEAR:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_DEREF:
      return 1;
    case Op.END_FOR:
    case Op.BINARY_SLICE:
    case Op.END_ASYNC_FOR:
    case Op.DELETE_SUBSCR:
    case Op.STORE_ATTR:
    case Op.MAP_ADD:
    case Op.MATCH_CLASS:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.STORE_SLICE:
      return -4;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP:
      return -arg;
    case Op.LOAD_ATTR:
      return arg & 1 ? 1 : 0;
    case Op.LOAD_GLOBAL:
      return arg & 1 ? 2 : 1;
    case Op.LOAD_SUPER_ATTR:
      return arg & 1 ? -1 : -2;
    case Op.RAISE_VARARGS:
      return -arg;
    case Op.MAKE_FUNCTION:
      return -popcount(arg & 0xf);
    case Op.BUILD_SLICE:
      return arg === 3 ? -2 : -1;
    case Op.CALL_FUNCTION_EX:
      return -2 - (arg & 1);
    case Op.FORMAT_VALUE:
      return (arg & 4) === 4 ? -1 : 0;
    case Op.CALL:
      return -arg - 1;
    case Op.SETUP_FINALLY:
    case Op.SETUP_WITH:
      return jump ? 1 : 0;
    case Op.SETUP_CLEANUP:
      return jump ? 2 : 0;
    default:
      throw new Error(`stackEffect: unknown opcode ${op}`);
  }
}
