/**
 * The assembler: CPython 3.12's Python/assemble.c plus the localsplus
 * preparation of compile.c. It inserts the prefix instructions
 * (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), maps cell and free
 * variable opargs to localsplus slots, and writes a finished CodeData:
 * co_code with EXTENDED_ARG and CACHE units, the 3.12 location table
 * (Objects/locations.md) and the 3.12 exception table
 * (Objects/exception_handling_notes.txt).
 * It does not optimise; by the time it runs the block order is final.
 */

import { CodeFlags, type CodeConstant, type CodeData, LocalKind } from '../bytecode/codeData';
import { Op } from '../bytecode/opcodes';
import { encodeExceptionTable, type ExceptionTableEntry } from '../bytecode/exceptionTable';
import { encodeLineTable, type LocationRun } from '../bytecode/lineTable';
import { type Cfg, cfgBlocks, convertPseudoOps, resolveJumps, stackDepth } from './flowgraph';
import { type Instr, type Loc, NO_LOCATION, cacheCount, sameLoc } from './instr';

/** What compile.c's compiler_unit metadata carries into the assembler. */
export interface UnitMetadata {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** name -> index, in insertion order. */
  varnames: Map<string, number>;
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  /** Names that were fast locals only inside an inlined comprehension. */
  fasthidden: Set<string>;
  names: string[];
}

const CO_FAST_HIDDEN = 0x10;

function isDerefOp(op: number): boolean {
  return (
    op === Op.LOAD_DEREF ||
    op === Op.STORE_DEREF ||
    op === Op.DELETE_DEREF ||
    op === Op.LOAD_CLOSURE ||
    op === Op.MAKE_CELL ||
    op === Op.LOAD_FROM_DICT_OR_DEREF
  );
}

function insertPrefixInstructions(g: Cfg, md: UnitMetadata, fixed: number[], nfreevars: number): void {
  const entry = g.entry;
  const mk = (op: number, arg: number, loc: Loc): Instr => ({ op, arg, loc, target: null, except: null });
  if (md.flags & (CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR)) {
    const loc: Loc = { lineno: md.firstlineno, end_lineno: md.firstlineno, col_offset: -1, end_col_offset: -1 };
    entry.instrs.splice(0, 0, mk(Op.RETURN_GENERATOR, 0, loc), mk(Op.POP_TOP, 0, NO_LOCATION));
  }
  const ncellvars = md.cellvars.size;
  if (ncellvars) {
    const nvars = ncellvars + md.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    let used = 0;
    for (let i = 0; used < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      entry.instrs.splice(used, 0, mk(Op.MAKE_CELL, oldindex, NO_LOCATION));
      used++;
    }
  }
  if (nfreevars) entry.instrs.splice(0, 0, mk(Op.COPY_FREE_VARS, nfreevars, NO_LOCATION));
}

function fixCellOffsets(g: Cfg, md: UnitMetadata, fixedmap: number[]): number {
  const nlocals = md.varnames.size;
  const ncellvars = md.cellvars.size;
  const nfreevars = md.freevars.size;
  const noffsets = ncellvars + nfreevars;
  // Cells that share an argument's slot are dropped from the numbering.
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i] -= numdropped;
    else numdropped++;
  }
  for (const b of cfgBlocks(g)) {
    for (const i of b.instrs) {
      if (isDerefOp(i.op)) i.arg = fixedmap[i.arg];
    }
  }
  return numdropped;
}

/** prepare_localsplus: returns the number of localsplus slots. */
function prepareLocalsplus(g: Cfg, md: UnitMetadata): number {
  const nlocals = md.varnames.size;
  const ncellvars = md.cellvars.size;
  const nfreevars = md.freevars.size;
  const nlocalsplus = nlocals + ncellvars + nfreevars;
  // A cell that is also an argument lives in the argument's slot.
  const fixed: number[] = [];
  const cellNames = [...md.cellvars.keys()];
  for (let i = 0; i < ncellvars; i++) fixed.push(nlocals + i);
  for (let i = 0; i < ncellvars; i++) {
    const argIndex = md.varnames.get(cellNames[i]);
    if (argIndex !== undefined) fixed[md.cellvars.get(cellNames[i])!] = argIndex;
  }
  for (let i = 0; i < nfreevars; i++) fixed.push(nlocals + ncellvars + i);
  insertPrefixInstructions(g, md, fixed, nfreevars);
  const numdropped = fixCellOffsets(g, md, fixed);
  return nlocalsplus - numdropped;
}

function computeLocalsplusInfo(md: UnitMetadata, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const names = new Array<string>(nlocalsplus).fill('');
  const kinds = new Uint8Array(nlocalsplus);
  for (const [k, index] of md.varnames) {
    let kind = LocalKind.CO_FAST_LOCAL as number;
    if (md.cellvars.has(k)) kind |= LocalKind.CO_FAST_CELL;
    if (md.fasthidden.has(k)) kind |= CO_FAST_HIDDEN;
    names[index] = k;
    kinds[index] = kind;
  }
  const nlocals = md.varnames.size;
  let numdropped = 0;
  for (const [k, i] of md.cellvars) {
    if (md.varnames.has(k)) {
      numdropped++;
      continue;
    }
    const offset = i + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = LocalKind.CO_FAST_CELL;
  }
  for (const [k, i] of md.freevars) {
    const offset = i + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = LocalKind.CO_FAST_FREE;
  }
  return { names, kinds };
}

/**
 * Runs the post-optimisation part of optimize_and_assemble_code_unit on an
 * optimised graph and returns the code object.
 */
export function assembleCodeUnit(g: Cfg, md: UnitMetadata, consts: CodeConstant[]): CodeData {
  const nlocalsplus = prepareLocalsplus(g, md);
  const isGen = (md.flags & (CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR)) !== 0;
  const maxdepth = stackDepth(g, isGen);
  convertPseudoOps(g);
  resolveJumps(g);

  const code: number[] = [];
  const runs: LocationRun[] = [];
  const handlers: ExceptionTableEntry[] = [];
  let curLoc: Loc | null = null;
  let curSize = 0;
  let handlerStart = -1;
  let handler: { offset: number; depth: number; lasti: boolean } | null = null;
  let offset = 0;
  for (const b of cfgBlocks(g)) {
    for (const i of b.instrs) {
      let arg = i.arg;
      const ext: number[] = [];
      if (arg > 0xffffff) ext.push((arg >> 24) & 0xff);
      if (arg > 0xffff) ext.push((arg >> 16) & 0xff);
      if (arg > 0xff) ext.push((arg >> 8) & 0xff);
      for (const e of ext) code.push(Op.EXTENDED_ARG, e);
      code.push(i.op, arg & 0xff);
      const caches = cacheCount(i.op);
      for (let c = 0; c < caches; c++) code.push(0, 0);
      const size = ext.length + 1 + caches;
      arg = 0;

      if (curLoc === null || !sameLoc(curLoc, i.loc)) {
        if (curLoc !== null) runs.push({ loc: curLoc, size: curSize });
        curLoc = i.loc;
        curSize = 0;
      }
      curSize += size;

      const h = i.except
        ? {
            offset: i.except.offset,
            depth: i.except.startdepth - 1 - (i.except.preserveLasti ? 1 : 0),
            lasti: i.except.preserveLasti,
          }
        : null;
      const hOff = h ? h.offset : -1;
      const curOff = handler ? handler.offset : -1;
      if (hOff !== curOff) {
        if (handler) handlers.push({ start: handlerStart, end: offset, target: handler.offset, depth: handler.depth, lasti: handler.lasti });
        handlerStart = offset;
        handler = h;
      }
      offset += size;
    }
  }
  if (curLoc !== null) runs.push({ loc: curLoc, size: curSize });
  if (handler) handlers.push({ start: handlerStart, end: offset, target: handler.offset, depth: handler.depth, lasti: handler.lasti });

  const { names, kinds } = computeLocalsplusInfo(md, nlocalsplus);
  return {
    kind: 'code',
    co_argcount: md.argcount + md.posonlyargcount,
    co_posonlyargcount: md.posonlyargcount,
    co_kwonlyargcount: md.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: md.flags,
    co_firstlineno: md.firstlineno,
    co_name: md.name,
    co_qualname: md.qualname,
    co_filename: md.filename,
    co_code: Uint8Array.from(code),
    co_consts: consts,
    co_names: md.names,
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_linetable: encodeLineTable(runs, md.firstlineno),
    co_exceptiontable: encodeExceptionTable(handlers),
  };
}
