/**
 * The code generator's output: a flat instruction sequence with jump labels,
 * as CPython 3.12's instr_sequence. Labels record the index of the
 * instruction they precede; several labels may share an index. The flow
 * graph (flowgraph.ts) is built from this sequence, exactly as CPython's
 * instr_sequence_to_cfg does, so block boundaries match CPython's.
 * It does no optimisation and knows nothing about blocks.
 */

import type { Loc } from './instr';

export interface Label {
  readonly id: number;
  /** Index of the instruction the label precedes; -1 until used. */
  offset: number;
}

export interface SeqInstr {
  op: number;
  arg: number;
  loc: Loc;
  /** The jump or block-push target. */
  label: Label | null;
}

export class InstrSequence {
  readonly instrs: SeqInstr[] = [];
  readonly labels: Label[] = [];

  newLabel(): Label {
    const l: Label = { id: this.labels.length, offset: -1 };
    this.labels.push(l);
    return l;
  }

  useLabel(l: Label): void {
    l.offset = this.instrs.length;
  }

  addop(op: number, arg: number, loc: Loc, label: Label | null = null): void {
    this.instrs.push({ op, arg, loc, label });
  }

  /** Inserts at `pos`, moving labels at or after it (instr_sequence_insert_instruction). */
  insert(pos: number, instr: SeqInstr): void {
    this.instrs.splice(pos, 0, instr);
    for (const l of this.labels) if (l.offset >= pos) l.offset++;
  }
}
