/**
 * The control-flow graph passes of CPython 3.12's Python/flowgraph.c, in
 * the same order and with the same effects, because each one changes what
 * `dis` shows: building blocks from the instruction sequence, exception
 * handler labelling, small-exit inlining, the peephole optimiser (constant
 * conditions, tuple folding, jump threading, SWAP elimination, NULL-bit
 * merging), dead-code removal, redundant NOP/jump removal, LOAD_FAST_CHECK
 * insertion, cold-block layout, line number propagation, stack depth, and
 * jump normalisation and offsets.
 * It does not emit bytes (assemble.ts does) and does not see the AST.
 */

import { Op } from '../bytecode/opcodes';
import type { CodeConstant } from '../bytecode/codeData';
import type { ConstantValue } from '../syntax/ast';
import { ConstTable, constIsTrue } from './constants';
import {
  BasicBlock,
  type Instr,
  type Loc,
  NO_LOCATION,
  hasConst,
  hasFallthrough,
  hasTarget,
  instrSize,
  isBlockPush,
  isJumpOp,
  isScopeExit,
  isTerminator,
  isUnconditionalJump,
  stackEffect,
} from './instr';
import type { InstrSequence } from './instrSequence';

export interface Cfg {
  entry: BasicBlock;
}

function mkInstr(op: number, arg: number, loc: Loc, target: BasicBlock | null = null): Instr {
  return { op, arg, target, loc, except: null };
}

function setNop(i: Instr): void {
  i.op = Op.NOP;
  i.arg = 0;
  i.target = null;
}

function blocks(g: Cfg): BasicBlock[] {
  const out: BasicBlock[] = [];
  for (let b: BasicBlock | null = g.entry; b; b = b.next) out.push(b);
  return out;
}

// ------------------------------------------------------------ construction

/** instr_sequence_to_cfg: one block per label and after each terminator. */
export function buildCfg(seq: InstrSequence): Cfg {
  // Several labels can share an offset; the last one registered wins, so
  // every jump to that offset goes to one block.
  const blockAt = new Map<number, BasicBlock>();
  for (const l of seq.labels) {
    if (l.offset >= 0) {
      if (!blockAt.has(l.offset)) blockAt.set(l.offset, new BasicBlock());
    }
  }
  let entry = new BasicBlock();
  let cur = entry;
  let pendingLabel: BasicBlock | null = null;
  const startBlock = (b: BasicBlock) => {
    cur.next = b;
    cur = b;
  };
  for (let i = 0; i < seq.instrs.length; i++) {
    const lb = blockAt.get(i);
    if (lb) {
      lb.isLabel = true;
      pendingLabel = lb;
    }
    const last = cur.last();
    if ((last && isTerminator(last.op)) || pendingLabel) {
      if (pendingLabel && !last && !cur.isLabel) {
        // The current block is empty and unlabeled: the label names it.
        if (cur === entry) entry = pendingLabel;
        else replaceEmpty(entry, cur, pendingLabel);
        cur = pendingLabel;
      } else if (pendingLabel) {
        startBlock(pendingLabel);
      } else {
        startBlock(new BasicBlock());
      }
      pendingLabel = null;
    }
    const s = seq.instrs[i];
    const target = s.label ? blockAt.get(s.label.offset) ?? null : null;
    if (s.label && !target) throw new Error('jump to an unplaced label');
    cur.instrs.push(mkInstr(s.op, s.arg, s.loc, target));
  }
  return { entry };
}

function replaceEmpty(entry: BasicBlock, old: BasicBlock, b: BasicBlock): void {
  for (let p: BasicBlock | null = entry; p; p = p.next) {
    if (p.next === old) {
      p.next = b;
      b.next = old.next;
      return;
    }
  }
}

// ------------------------------------------------------ exception handlers

function markExceptHandlers(g: Cfg): void {
  for (const b of blocks(g)) {
    for (const i of b.instrs) if (isBlockPush(i.op)) i.target!.exceptHandler = true;
  }
}

function resetVisited(g: Cfg): void {
  for (const b of blocks(g)) b.visited = false;
}

/** label_exception_targets: which handler covers each instruction. */
function labelExceptionTargets(g: Cfg): void {
  resetVisited(g);
  const todo: BasicBlock[] = [g.entry];
  g.entry.exceptStack = [];
  g.entry.visited = true;
  while (todo.length) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler = stack.length ? stack[stack.length - 1] : null;
    for (let idx = 0; idx < b.instrs.length; idx++) {
      const instr = b.instrs[idx];
      if (isBlockPush(instr.op)) {
        const t = instr.target!;
        if (!t.visited) {
          t.exceptStack = stack.slice();
          todo.push(t);
          t.visited = true;
        }
        if (instr.op === Op.SETUP_WITH || instr.op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        stack.push(t);
        handler = t;
      } else if (instr.op === Op.POP_BLOCK) {
        stack.pop();
        handler = stack.length ? stack[stack.length - 1] : null;
      } else if (isJumpOp(instr.op)) {
        instr.except = handler;
        const t = instr.target!;
        if (!t.visited) {
          t.exceptStack = hasFallthrough(b) ? stack.slice() : stack;
          if (!hasFallthrough(b)) stack = [];
          todo.push(t);
          t.visited = true;
        }
      } else if (instr.op === Op.YIELD_VALUE) {
        instr.except = handler;
        instr.arg = stack.length;
      } else {
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

// ------------------------------------------------------------ optimisation

function eliminateEmptyBasicBlocks(g: Cfg): void {
  for (let b: BasicBlock | null = g.entry; b; b = b.next) {
    let next: BasicBlock | null = b.next;
    while (next && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  while (g.entry.instrs.length === 0 && g.entry.next) g.entry = g.entry.next;
  for (const b of blocks(g)) {
    for (const i of b.instrs) {
      if (hasTarget(i.op) && i.target) {
        let t: BasicBlock = i.target;
        while (t.instrs.length === 0 && t.next) t = t.next;
        i.target = t;
      }
    }
  }
}

const MAX_COPY_SIZE = 4;

function inlineSmallExitBlocks(b: BasicBlock): void {
  const last = b.last();
  if (!last || !isUnconditionalJump(last.op)) return;
  const target = last.target!;
  const tl = target.last();
  if (tl && isScopeExit(tl.op) && target.instrs.length <= MAX_COPY_SIZE) {
    setNop(last);
    for (const i of target.instrs) b.instrs.push({ ...i });
  }
}

function jumpThread(inst: Instr, target: Instr, op: number): boolean {
  if ((inst.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

function foldTupleOnConstants(b: BasicBlock, end: number, n: number, consts: ConstTable): void {
  const start = end - n;
  for (let i = start; i < end; i++) if (!hasConst(b.instrs[i].op)) return;
  const items: ConstantValue[] = [];
  for (let i = start; i < end; i++) items.push(consts.values[b.instrs[i].arg] as ConstantValue);
  const index = consts.add({ kind: 'tuple', items });
  for (let i = start; i < end; i++) setNop(b.instrs[i]);
  const inst = b.instrs[end];
  inst.op = Op.LOAD_CONST;
  inst.arg = index;
}

const VISITED = -1;

function swaptimize(b: BasicBlock, ix: number): number {
  const ins = b.instrs;
  let depth = ins[ix].arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, ins[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) break;
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (ins[ix + i].op === Op.SWAP) {
      const oparg = ins[ix + i].arg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        ins[ix + current].op = Op.SWAP;
        ins[ix + current].arg = j + 1;
        ins[ix + current].target = null;
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setNop(ins[ix + current--]);
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
}

function storesTo(i: Instr): number {
  return i.op === Op.STORE_FAST || i.op === Op.STORE_FAST_MAYBE_NULL ? i.arg : -1;
}

function nextSwappableInstruction(b: BasicBlock, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const instr = b.instrs[i];
    if (lineno >= 0 && instr.loc.lineno !== lineno) return -1;
    if (instr.op === Op.NOP) continue;
    if (swappable(instr.op)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(b: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(b, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(b.instrs[j]);
    const storeK = storesTo(b.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(b.instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    setNop(swap);
    const tmp = b.instrs[j];
    b.instrs[j] = b.instrs[k];
    b.instrs[k] = tmp;
  }
}

function optimizeBasicBlock(b: BasicBlock, consts: ConstTable): void {
  const nop = mkInstr(Op.NOP, 0, NO_LOCATION);
  let target: Instr = nop;
  let opcode = 0;
  let oparg = 0;
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.op;
      oparg = inst.arg;
      target = hasTarget(opcode) ? inst.target!.instrs[0] : nop;
    }
    const nextop = i + 1 < ins.length ? ins[i + 1].op : 0;
    switch (opcode) {
      case Op.LOAD_CONST: {
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(consts.values[oparg] as ConstantValue);
            setNop(inst);
            const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) ins[i + 1].op = Op.JUMP;
            else setNop(ins[i + 1]);
            break;
          }
          case Op.IS_OP: {
            if (consts.values[oparg] !== null) break;
            if (ins.length <= i + 2) break;
            const isInstr = ins[i + 1];
            const jumpInstr = ins[i + 2];
            let invert = isInstr.arg !== 0;
            if (jumpInstr.op === Op.POP_JUMP_IF_FALSE) invert = !invert;
            else if (jumpInstr.op !== Op.POP_JUMP_IF_TRUE) break;
            setNop(inst);
            setNop(isInstr);
            jumpInstr.op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
            break;
          }
          case Op.RETURN_VALUE:
            setNop(inst);
            i++;
            ins[i].op = Op.RETURN_CONST;
            ins[i].arg = oparg;
            break;
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === ins[i + 1].arg) {
          if (oparg === 1) {
            setNop(inst);
            setNop(ins[i + 1]);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setNop(inst);
            ins[i + 1].op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(b, i, oparg, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP:
        if (target.op === Op.JUMP) {
          if (jumpThread(inst, target, inst.op)) i--;
        }
        break;
      case Op.SWAP:
        if (oparg === 1) {
          setNop(inst);
          break;
        }
        i = swaptimize(b, i);
        applyStaticSwaps(b, i);
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (ins[i + 1].arg & 1) === 0) {
          setNop(inst);
          ins[i + 1].arg |= 1;
        }
        break;
    }
  }
}

function removeRedundantNops(b: BasicBlock): number {
  const out: Instr[] = [];
  let prevLineno = -1;
  const ins = b.instrs;
  for (let src = 0; src < ins.length; src++) {
    const instr = ins[src];
    const lineno = instr.loc.lineno;
    if (instr.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nextLineno = ins[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          ins[src + 1].loc = instr.loc;
          continue;
        }
      } else {
        let next = b.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].loc.lineno) continue;
      }
    }
    out.push(instr);
    prevLineno = lineno;
  }
  const removed = ins.length - out.length;
  b.instrs = out;
  return removed;
}

function removeRedundantNopsAndPairs(g: Cfg): void {
  let done = false;
  while (!done) {
    done = true;
    let instr: Instr | null = null;
    for (let b: BasicBlock | null = g.entry; b; b = b.next) {
      removeRedundantNops(b);
      if (b.isLabel) instr = null;
      for (const cur of b.instrs) {
        const prev = instr;
        instr = cur;
        const prevOp = prev ? prev.op : 0;
        const prevArg = prev ? prev.arg : 0;
        if (cur.op === Op.POP_TOP && (prevOp === Op.LOAD_CONST || (prevOp === Op.COPY && prevArg === 1))) {
          setNop(prev!);
          setNop(cur);
          done = false;
        }
      }
      if ((instr && isJumpOp(instr.op)) || !hasFallthrough(b)) instr = null;
    }
  }
}

function markReachable(g: Cfg): void {
  for (const b of blocks(g)) {
    b.predecessors = 0;
    b.visited = false;
  }
  const stack: BasicBlock[] = [g.entry];
  g.entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op) || isBlockPush(i.op)) {
        const t = i.target!;
        if (!t.visited) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

function removeRedundantJumps(g: Cfg): void {
  for (let b: BasicBlock | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (last && isUnconditionalJump(last.op) && last.target === b.next) setNop(last);
  }
}

function optimizeCfg(g: Cfg, consts: ConstTable): void {
  eliminateEmptyBasicBlocks(g);
  for (const b of blocks(g)) inlineSmallExitBlocks(b);
  for (const b of blocks(g)) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(g);
  for (const b of blocks(g)) inlineSmallExitBlocks(b);
  markReachable(g);
  for (const b of blocks(g)) if (b.predecessors === 0) b.instrs = [];
  for (const b of blocks(g)) removeRedundantNops(b);
  eliminateEmptyBasicBlocks(g);
  removeRedundantJumps(g);
}

/** remove_unused_consts: drops constants no instruction uses (index 0 stays). */
function removeUnusedConsts(g: Cfg, consts: ConstTable): CodeConstant[] {
  const n = consts.values.length;
  if (n === 0) return [];
  const used = new Array<boolean>(n).fill(false);
  used[0] = true;
  for (const b of blocks(g)) for (const i of b.instrs) if (hasConst(i.op)) used[i.arg] = true;
  const map = new Array<number>(n).fill(-1);
  const out: CodeConstant[] = [];
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      map[i] = out.length;
      out.push(consts.values[i]);
    }
  }
  for (const b of blocks(g)) for (const i of b.instrs) if (hasConst(i.op)) i.arg = map[i.arg];
  return out;
}

// ---------------------------------------------- uninitialised local checks

function maybePush(b: BasicBlock, mask: bigint, stack: BasicBlock[]): void {
  const both = b.unsafeLocalsMask | mask;
  if (b.unsafeLocalsMask !== both) {
    b.unsafeLocalsMask = both;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: BasicBlock, stack: BasicBlock[]): void {
  let unsafe = b.unsafeLocalsMask;
  for (const instr of b.instrs) {
    if (instr.except) maybePush(instr.except, unsafe, stack);
    if (instr.arg >= 64) continue;
    const bit = 1n << BigInt(instr.arg);
    switch (instr.op) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        unsafe |= bit;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        unsafe &= ~bit;
        break;
      case Op.LOAD_FAST:
        if (unsafe & bit) instr.op = Op.LOAD_FAST_CHECK;
        unsafe &= ~bit;
        break;
    }
  }
  if (b.next && hasFallthrough(b)) maybePush(b.next, unsafe, stack);
  const last = b.last();
  if (last && isJumpOp(last.op)) maybePush(last.target!, unsafe, stack);
}

function fastScanManyLocals(g: Cfg, nlocals: number): void {
  const states = new Array<number>(nlocals - 64).fill(0);
  let blocknum = 0;
  for (const b of blocks(g)) {
    blocknum++;
    for (const instr of b.instrs) {
      const arg = instr.arg;
      if (arg < 64) continue;
      switch (instr.op) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) instr.op = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

function addChecksForLoadsOfUninitializedVariables(g: Cfg, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(g, nlocals);
    nlocals = 64;
  }
  for (const b of blocks(g)) {
    b.visited = false;
    b.unsafeLocalsMask = 0n;
  }
  const stack: BasicBlock[] = [];
  let startMask = 0n;
  for (let i = nparams; i < nlocals; i++) startMask |= 1n << BigInt(i);
  maybePush(g.entry, startMask, stack);
  for (const b of blocks(g)) scanBlockForLocals(b, stack);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

// ------------------------------------------------------------- cold blocks

function markWarm(g: Cfg): void {
  resetVisited(g);
  const stack: BasicBlock[] = [g.entry];
  g.entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op) && !i.target!.visited) {
        stack.push(i.target!);
        i.target!.visited = true;
      }
    }
  }
}

function markCold(g: Cfg): void {
  markWarm(g);
  const stack: BasicBlock[] = [];
  for (const b of blocks(g)) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op)) {
        const t = i.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

function pushColdBlocksToEnd(g: Cfg): void {
  if (!g.entry.next) return;
  markCold(g);
  for (let b: BasicBlock | null = g.entry; b; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next && b.next.warm) {
      const jump = new BasicBlock();
      jump.instrs.push(mkInstr(Op.JUMP, 0, NO_LOCATION, b.next));
      jump.cold = true;
      jump.next = b.next;
      b.next = jump;
      b = jump;
    }
  }
  let coldBlocks: BasicBlock | null = null;
  let coldTail: BasicBlock | null = null;
  let b = g.entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (!b.next) break;
    let bEnd: BasicBlock = b.next;
    while (bEnd.next && bEnd.next.cold) bEnd = bEnd.next;
    if (!coldBlocks) coldBlocks = b.next;
    else coldTail!.next = b.next;
    coldTail = bEnd;
    b.next = bEnd.next;
    bEnd.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks) removeRedundantJumps(g);
}

// ------------------------------------------------------------ line numbers

function isExitWithoutLineno(b: BasicBlock): boolean {
  const last = b.last();
  if (!last || !isScopeExit(last.op)) return false;
  return b.instrs.every((i) => i.loc.lineno < 0);
}

function duplicateExitsWithoutLineno(g: Cfg): void {
  for (let b: BasicBlock | null = g.entry; b; b = b.next) {
    const last = b.last()!;
    if (isJumpOp(last.op)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const copy = new BasicBlock();
        copy.instrs = target.instrs.map((i) => ({ ...i }));
        copy.isLabel = true;
        copy.instrs[0].loc = last.loc;
        last.target = copy;
        target.predecessors--;
        copy.predecessors = 1;
        copy.next = target.next;
        target.next = copy;
      }
    }
  }
  for (let b: BasicBlock | null = g.entry; b; b = b.next) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) b.next.instrs[0].loc = b.last()!.loc;
    }
  }
}

function propagateLineNumbers(g: Cfg): void {
  for (let b: BasicBlock | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    let prev: Loc = NO_LOCATION;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      if (b.next.instrs[0].loc.lineno < 0) b.next.instrs[0].loc = prev;
    }
    if (isJumpOp(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].loc.lineno < 0) t.instrs[0].loc = prev;
    }
  }
}

function guaranteeLinenoForExits(g: Cfg, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: BasicBlock | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const i of b.instrs) i.loc = { ...i.loc, lineno };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

function resolveLineNumbers(g: Cfg, firstlineno: number): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
  guaranteeLinenoForExits(g, firstlineno);
}

// ------------------------------------------------------------ entry points

/** _PyCfg_OptimizeCodeUnit; returns the surviving constants. */
export function optimizeCodeUnit(
  g: Cfg,
  consts: ConstTable,
  nlocals: number,
  nparams: number,
  firstlineno: number,
): CodeConstant[] {
  markExceptHandlers(g);
  labelExceptionTargets(g);
  optimizeCfg(g, consts);
  const finalConsts = removeUnusedConsts(g, consts);
  addChecksForLoadsOfUninitializedVariables(g, nlocals, nparams);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g, firstlineno);
  return finalConsts;
}

/** _PyCfg_Stackdepth. */
export function stackDepth(g: Cfg, isGenerator: boolean): number {
  for (const b of blocks(g)) b.startdepth = -0x80000000;
  let maxdepth = 0;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number) => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(g.entry, isGenerator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const i of b.instrs) {
      const effect = stackEffect(i.op, i.arg, false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (hasTarget(i.op)) {
        const targetDepth = depth + stackEffect(i.op, i.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(i.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(i.op) || isScopeExit(i.op)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

/** _PyCfg_ConvertPseudoOps: SETUP_* and POP_BLOCK become NOPs. */
export function convertPseudoOps(g: Cfg): void {
  for (const b of blocks(g)) {
    for (const i of b.instrs) {
      if (isBlockPush(i.op) || i.op === Op.POP_BLOCK) setNop(i);
      else if (i.op === Op.STORE_FAST_MAYBE_NULL) i.op = Op.STORE_FAST;
    }
  }
  for (const b of blocks(g)) removeRedundantNops(b);
}

function normalizeJumps(g: Cfg): void {
  resetVisited(g);
  for (let b: BasicBlock | null = g.entry; b; b = b.next) {
    b.visited = true;
    const last = b.last();
    if (!last || !isJumpOp(last.op)) continue;
    const isForward = !last.target!.visited;
    if (last.op === Op.JUMP) {
      last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
      continue;
    }
    if (last.op === Op.JUMP_NO_INTERRUPT) {
      last.op = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
      continue;
    }
    if (isForward) continue;
    let reversed = 0;
    switch (last.op) {
      case Op.POP_JUMP_IF_NOT_NONE:
        reversed = Op.POP_JUMP_IF_NONE;
        break;
      case Op.POP_JUMP_IF_NONE:
        reversed = Op.POP_JUMP_IF_NOT_NONE;
        break;
      case Op.POP_JUMP_IF_FALSE:
        reversed = Op.POP_JUMP_IF_TRUE;
        break;
      case Op.POP_JUMP_IF_TRUE:
        reversed = Op.POP_JUMP_IF_FALSE;
        break;
      default:
        continue;
    }
    const target = last.target!;
    const back = new BasicBlock();
    back.instrs.push(mkInstr(Op.JUMP_BACKWARD, 0, last.loc, target));
    back.cold = b.cold;
    last.op = reversed;
    last.target = b.next;
    back.next = b.next;
    b.next = back;
    back.visited = true;
    b = back;
  }
}

/** _PyCfg_ResolveJumps: final jump opcodes and relative offsets. */
export function resolveJumps(g: Cfg): void {
  normalizeJumps(g);
  let recompile = true;
  while (recompile) {
    let total = 0;
    for (const b of blocks(g)) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i.op, i.arg);
    }
    recompile = false;
    for (const b of blocks(g)) {
      let bsize = b.offset;
      for (const i of b.instrs) {
        const isize = instrSize(i.op, i.arg);
        bsize += isize;
        if (isJumpOp(i.op)) {
          const t = i.target!.offset;
          i.arg = t < bsize ? bsize - t : t - bsize;
          if (instrSize(i.op, i.arg) !== isize) recompile = true;
        }
      }
    }
  }
}

export function cfgBlocks(g: Cfg): BasicBlock[] {
  return blocks(g);
}
