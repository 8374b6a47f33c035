/**
 * Code generation for `match` statements (PEP 634), following CPython
 * 3.12's compiler_match and compiler_pattern_* functions: the subject is
 * copied for every case but the last, each pattern leaves its captures on
 * the stack under whatever it still needs, and a failed test jumps to one
 * of a ladder of "fail_pop" labels that pops exactly what is on the stack
 * at that point. Captured names are stored only once the whole pattern
 * (but not yet the guard) has matched, in the order they were captured.
 * It raises CPython's compile-time SyntaxErrors for patterns (unreachable
 * cases, duplicate captures, alternatives binding different names...).
 * It does not evaluate patterns at compile time beyond CPython's checks.
 */

import { Op } from '../bytecode/opcodes';
import type * as ast from '../syntax/ast';
import { addCompare, jumpIf, visitExpr } from './codegenExpr';
import { type Compiler, loc } from './compiler';
import { type Loc, NO_LOCATION } from './instr';
import type { Label } from './instrSequence';
import { visitStmts } from './codegenStmt';
import { constKey } from './constants';
import { constRepr } from '../bytecode/constRepr';

/** CPython's pattern_context. */
interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** fail_pop[n] pops n items, then falls into fail_pop[n-1]...; fail_pop[0] is the failure exit. */
  failPop: Label[];
  /** Items on top of the stack that a failure must pop, besides the stores. */
  onTop: number;
}

function isWildcard(p: ast.pattern): boolean {
  return p.kind === 'MatchAs' && p.pattern === null && p.name === null;
}

function isStarWildcard(p: ast.pattern): boolean {
  return p.kind === 'MatchStar' && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

/** jump_to_fail_pop: pops whatever is on top and every pending capture. */
function jumpToFailPop(c: Compiler, l: Loc, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJump(op, pc.failPop[pops], l);
}

/** emit_and_reset_fail_pop: one POP_TOP per rung of the ladder. */
function emitAndResetFailPop(c: Compiler, l: Loc, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]);
    c.addop(Op.POP_TOP, l);
  }
  c.useLabel(pc.failPop[0]);
  pc.failPop = [];
}

function rotate(c: Compiler, l: Loc, count: number): void {
  while (count > 1) c.addop(Op.SWAP, l, count--);
}

function forbiddenName(c: Compiler, l: Loc, name: string): void {
  if (name === '__debug__') c.error(l, 'cannot assign to __debug__');
}

function storeName(c: Compiler, l: Loc, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.addop(Op.POP_TOP, l);
    return;
  }
  forbiddenName(c, l, name);
  if (pc.stores.includes(name)) c.error(l, `multiple assignments to name '${name}' in pattern`);
  rotate(c, l, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function unpackHelper(c: Compiler, l: Loc, elts: ast.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i].kind === 'MatchStar' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        c.error(l, 'too many expressions in star-unpacking sequence pattern');
      }
      c.addop(Op.UNPACK_EX, l, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elts[i].kind === 'MatchStar') {
      c.error(l, 'multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) c.addop(Op.UNPACK_SEQUENCE, l, n);
}

function sequenceUnpack(c: Compiler, l: Loc, patterns: ast.pattern[], pc: PatternContext): void {
  unpackHelper(c, l, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

/** pattern_helper_sequence_subscr: indexes instead of unpacking when the star is a wildcard. */
function sequenceSubscr(c: Compiler, l: Loc, patterns: ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p) || i === star) continue;
    c.addop(Op.COPY, l, 1);
    if (i < star) c.loadConst(BigInt(i), l);
    else {
      c.addop(Op.GET_LEN, l);
      c.loadConst(BigInt(size - i), l);
      c.addop(Op.BINARY_OP, l, 10);
    }
    c.addop(Op.BINARY_SUBSCR, l);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP, l);
}

/** compiler_pattern_subpattern: irrefutable patterns are fine inside others. */
function subpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

function patternAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  const l = loc(p);
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(l, `name capture '${p.name}' makes remaining patterns unreachable`);
      c.error(l, 'wildcard makes remaining patterns unreachable');
    }
    storeName(c, l, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addop(Op.COPY, l, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, l, p.name, pc);
}

function validateKwdAttrs(c: Compiler, attrs: string[], patterns: ast.pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    forbiddenName(c, loc(patterns[i]), attrs[i]);
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[i] === attrs[j]) c.error(loc(patterns[j]), `attribute name repeated in class pattern: ${attrs[i]}`);
    }
  }
}

function patternClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const l = loc(p);
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    c.error(l, `kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) validateKwdAttrs(c, p.kwd_attrs, p.kwd_patterns);
  visitExpr(c, p.cls);
  c.loadConst({ kind: 'tuple', items: p.kwd_attrs.slice() }, l);
  c.addop(Op.MATCH_CLASS, l, nargs);
  c.addop(Op.COPY, l, 1);
  c.loadConst(null, l);
  c.addop(Op.IS_OP, l, 1);
  pc.onTop++;
  jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  c.addop(Op.UNPACK_SEQUENCE, l, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP, l);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

function patternMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const l = loc(p);
  const keys = p.keys;
  let size = keys.length;
  if (size !== p.patterns.length) {
    c.error(l, `keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING, l);
  jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP, l);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN, l);
    c.loadConst(BigInt(size), l);
    addCompare(c, 'GtE', l);
    jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    if (key.kind === 'Constant') {
      const k = constSetKey(key.value);
      if (seen.has(k)) c.error(l, `mapping pattern checks duplicate key (${constRepr(key.value)})`);
      seen.add(k);
    } else if (key.kind !== 'Attribute') {
      c.error(l, 'mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addop(Op.BUILD_TUPLE, l, size);
  c.addop(Op.MATCH_KEYS, l);
  pc.onTop += 2;
  c.addop(Op.COPY, l, 1);
  c.loadConst(null, l);
  c.addop(Op.IS_OP, l, 1);
  jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  c.addop(Op.UNPACK_SEQUENCE, l, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    // rest = dict(subject); then delete each matched key from it.
    c.addop(Op.BUILD_MAP, l, 0);
    c.addop(Op.SWAP, l, 3);
    c.addop(Op.DICT_UPDATE, l, 2);
    c.addop(Op.UNPACK_SEQUENCE, l, size);
    while (size) {
      c.addop(Op.COPY, l, 1 + size--);
      c.addop(Op.SWAP, l, 2);
      c.addop(Op.DELETE_SUBSCR, l);
    }
    storeName(c, l, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP, l);
    c.addop(Op.POP_TOP, l);
  }
}

/** Set membership as Python's set sees it: 1, 1.0 and True are one key. */
function constSetKey(v: ast.ConstantValue): string {
  if (typeof v === 'boolean') return 'N' + (v ? '1' : '0');
  if (typeof v === 'bigint') return 'N' + v.toString();
  if (typeof v === 'number' && Number.isInteger(v)) return 'N' + BigInt(v).toString();
  if (typeof v === 'number') return 'N' + String(v);
  return constKey(v);
}

function patternOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const l = loc(p);
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    const al = loc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addop(Op.COPY, al, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) control = pc.stores;
    else if (nstores !== control.length) c.error(l, 'alternative patterns bind different names');
    else if (nstores) {
      // Reorder this alternative's captures to match the first one's.
      let icontrol = nstores;
      while (icontrol--) {
        const name = control[icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error(l, 'alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, al, icontrol + 1);
        }
      }
    }
    c.addopJump(Op.JUMP, end, al);
    emitAndResetFailPop(c, al, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(Op.POP_TOP, l);
  jumpToFailPop(c, l, pc, Op.JUMP);
  c.useLabel(end);
  const names = control!;
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, l, nrots);
    if (pc.stores.includes(name)) c.error(l, `multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP, l);
}

function patternSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const l = loc(p);
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const sub = patterns[i];
    if (sub.kind === 'MatchStar') {
      if (star >= 0) c.error(l, 'multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(sub);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE, l);
  jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN, l);
    c.loadConst(BigInt(size), l);
    addCompare(c, 'Eq', l);
    jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size - 1 > 0) {
    c.addop(Op.GET_LEN, l);
    c.loadConst(BigInt(size - 1), l);
    addCompare(c, 'GtE', l);
    jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP, l);
  else if (starWildcard) sequenceSubscr(c, l, patterns, star, pc);
  else sequenceUnpack(c, l, patterns, pc);
}

function pattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const l = loc(p);
  switch (p.kind) {
    case 'MatchValue': {
      const v = p.value;
      if (v.kind !== 'Constant' && v.kind !== 'Attribute') {
        c.error(l, 'patterns may only match literals and attribute lookups');
      }
      visitExpr(c, v);
      addCompare(c, 'Eq', l);
      jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
      return;
    }
    case 'MatchSingleton':
      c.loadConst(p.value, l);
      addCompare(c, 'Is', l);
      jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence':
      return patternSequence(c, p, pc);
    case 'MatchMapping':
      return patternMapping(c, p, pc);
    case 'MatchClass':
      return patternClass(c, p, pc);
    case 'MatchStar':
      storeName(c, l, p.name, pc);
      return;
    case 'MatchAs':
      return patternAs(c, p, pc);
    case 'MatchOr':
      return patternOr(c, p, pc);
  }
}

/** compiler_match. */
export function compileMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const hasDefault = isWildcard(m.pattern) && cases > 1;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    m = s.cases[i];
    const pl = loc(m.pattern);
    const last = i === cases - (hasDefault ? 1 : 0) - 1;
    // Only copy the subject if this is not the last case tried.
    if (!last) c.addop(Op.COPY, pl, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, 'Store', pl);
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (!last) c.addop(Op.POP_TOP, pl);
    visitStmts(c, m.body);
    c.addopJump(Op.JUMP, end, NO_LOCATION);
    emitAndResetFailPop(c, pl, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1];
    const pl = loc(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP, pl);
    else c.addop(Op.NOP, pl);
    if (m.guard) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useLabel(end);
}
