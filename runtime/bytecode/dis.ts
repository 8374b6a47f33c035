/**
 * The disassembler: `disassemble(code)` returns exactly what python3.12's
 * `dis.dis(code)` prints with default options (no caches, not adaptive),
 * including line-number columns, `>>` jump-target markers, argument
 * descriptions, the ExceptionTable section and nested code objects.
 * `getInstructions(code)` gives the same rows as data for the debugger.
 * Code object addresses are fake (see constRepr.ts); compare dis output
 * with addresses normalised. It reads CodeData only and never executes.
 */

import type { CodeData } from './codeData';
import { codeRepr, constRepr } from './constRepr';
import { parseExceptionTable } from './exceptionTable';
import { co_lines } from './lineTable';
import { CMP_OP, INTRINSIC_1, INTRINSIC_2, NB_OPS, OPCODE_BY_CODE, Op } from './opcodes';

export interface Instruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argrepr: string;
  /** Byte offset. */
  offset: number;
  startsLine: number | null;
  isJumpTarget: boolean;
  /** Jump target byte offset, for jumps. */
  jumpTarget: number | null;
}

const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];

interface Raw {
  offset: number;
  op: number;
  arg: number | null;
}

function unpackOpargs(code: Uint8Array): Raw[] {
  const out: Raw[] = [];
  let extended = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i];
    const info = OPCODE_BY_CODE.get(op);
    caches = info?.caches ?? 0;
    let arg: number | null = null;
    if (info && info.operand !== 'none') {
      arg = code[i + 1] | extended;
      extended = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    } else {
      extended = 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

function jumpTargetOf(r: Raw): number | null {
  const info = OPCODE_BY_CODE.get(r.op);
  if (!info || r.arg === null) return null;
  if (info.operand === 'jrel') {
    const back = info.name.includes('JUMP_BACKWARD');
    return r.offset + 2 + (back ? -r.arg : r.arg) * 2 + 2 * info.caches;
  }
  if (info.operand === 'jabs') return r.arg * 2;
  return null;
}

function findLinestarts(code: CodeData): Map<number, number> {
  const starts = new Map<number, number>();
  let last: number | null = null;
  for (const r of co_lines(code)) {
    if (r.line !== null && r.line !== last) {
      last = r.line;
      starts.set(r.start, r.line);
    }
  }
  return starts;
}

export function getInstructions(code: CodeData): Instruction[] {
  const raws = unpackOpargs(code.co_code);
  const labels = new Set<number>();
  for (const r of raws) {
    const t = jumpTargetOf(r);
    if (t !== null) labels.add(t);
  }
  for (const e of parseExceptionTable(code)) labels.add(e.target * 2);
  const linestarts = findLinestarts(code);
  return raws.map((r) => {
    const info = OPCODE_BY_CODE.get(r.op);
    const name = info?.name ?? `<${r.op}>`;
    let argrepr = '';
    const jt = jumpTargetOf(r);
    if (r.arg !== null && info) {
      const arg = r.arg;
      switch (info.operand) {
        case 'const':
          argrepr = constRepr(code.co_consts[arg]);
          break;
        case 'name':
          if (r.op === Op.LOAD_GLOBAL) argrepr = (arg & 1 ? 'NULL + ' : '') + code.co_names[arg >> 1];
          else if (r.op === Op.LOAD_ATTR) argrepr = (arg & 1 ? 'NULL|self + ' : '') + code.co_names[arg >> 1];
          else if (r.op === Op.LOAD_SUPER_ATTR) argrepr = (arg & 1 ? 'NULL|self + ' : '') + code.co_names[arg >> 2];
          else argrepr = code.co_names[arg];
          break;
        case 'jrel':
        case 'jabs':
          argrepr = 'to ' + jt;
          break;
        case 'local':
        case 'free':
          argrepr = code.co_localsplusnames[arg];
          break;
        case 'compare':
          argrepr = CMP_OP[arg >> 4];
          break;
        default:
          if (r.op === Op.FORMAT_VALUE) {
            argrepr = FORMAT_VALUE_CONVERTERS[arg & 3];
            if (arg & 4) argrepr += (argrepr ? ', ' : '') + 'with format';
          } else if (r.op === Op.MAKE_FUNCTION) {
            argrepr = MAKE_FUNCTION_FLAGS.filter((_s, i) => arg & (1 << i)).join(', ');
          } else if (r.op === Op.BINARY_OP) {
            argrepr = NB_OPS[arg]?.[0] ?? '';
          } else if (r.op === Op.CALL_INTRINSIC_1) {
            argrepr = INTRINSIC_1[arg] ?? '';
          } else if (r.op === Op.CALL_INTRINSIC_2) {
            argrepr = INTRINSIC_2[arg] ?? '';
          }
      }
    }
    return {
      opname: name,
      opcode: r.op,
      arg: r.arg,
      argrepr,
      offset: r.offset,
      startsLine: linestarts.get(r.offset) ?? null,
      isJumpTarget: labels.has(r.offset),
      jumpTarget: jt,
    };
  });
}

/** dis.disassemble for one code object (no recursion). */
export function disassembleOne(code: CodeData): string {
  const instrs = getInstructions(code);
  const lines: string[] = [];
  const linestarts = findLinestarts(code);
  const showLineno = linestarts.size > 0;
  let linenoWidth = 0;
  if (showLineno) {
    const maxLine = Math.max(...linestarts.values());
    linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  }
  const maxOffset = code.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of instrs) {
    if (showLineno && ins.startsLine !== null && ins.offset > 0) lines.push('');
    const fields: string[] = [];
    if (linenoWidth) fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
    fields.push('   ');
    fields.push(ins.isJumpTarget ? '>>' : '  ');
    fields.push(String(ins.offset).padStart(offsetWidth));
    fields.push(ins.opname.padEnd(20));
    if (ins.arg !== null) {
      fields.push(String(ins.arg).padStart(5));
      if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
    }
    lines.push(fields.join(' ').trimEnd());
  }
  const entries = parseExceptionTable(code);
  if (entries.length) {
    lines.push('ExceptionTable:');
    for (const e of entries) {
      lines.push(`  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** dis.dis(code): the code object, then each nested code object in co_consts. */
export function disassemble(code: CodeData): string {
  let out = disassembleOne(code);
  for (const c of code.co_consts) {
    if (c !== null && typeof c === 'object' && c.kind === 'code') {
      out += '\nDisassembly of ' + codeRepr(c) + ':\n';
      out += disassemble(c);
    }
  }
  return out;
}
