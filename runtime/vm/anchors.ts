/**
 * Finds the caret anchors of a traceback line by parsing the failing
 * source segment with our parser, as Python/traceback.c does with
 * CPython's: a binary operation anchors on its operator, a subscript on
 * its brackets. Offsets are UTF-8 byte offsets into the segment (the AST's
 * columns). A segment that does not parse, or is not a single expression
 * statement of those kinds, has no anchors.
 */

import { parse } from '../syntax/parser';
import type { AnchorFinder } from './traceback';

export const findAnchorsWithParser: AnchorFinder = (segment) => {
  const r = parse(segment, '<traceback>', 'exec');
  if (r.errors.length > 0 || r.tree === null || r.tree.kind !== 'Module') return null;
  const body = r.tree.body;
  if (body.length !== 1 || body[0].kind !== 'Expr') return null;
  const e = body[0].value;
  if (e.kind === 'BinOp') {
    // CPython constant-folds the segment first: a BinOp of two constants is no BinOp.
    if (e.left.kind === 'Constant' && e.right.kind === 'Constant' && foldable(e.left.value, e.op, e.right.value)) return null;
    return { kind: 'binop', leftEnd: e.left.end_col_offset, rightStart: e.right.col_offset };
  }
  if (e.kind === 'Subscript') return { kind: 'subscript', valueEnd: e.value.end_col_offset, sliceEnd: e.slice.end_col_offset };
  return null;
};

/** Whether CPython's AST optimiser would fold `left op right` (it leaves failing operations alone). */
function foldable(left: unknown, op: string, right: unknown): boolean {
  const num = (v: unknown) => typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
  if (num(left) && num(right)) {
    if ((op === 'Div' || op === 'FloorDiv' || op === 'Mod') && Number(right) === 0) return false;
    if (op === 'Pow') {
      if (typeof left === 'number' || typeof right === 'number') return isFinite(Math.pow(Number(left), Number(right)));
      // safe_power: CPython folds integer powers only up to 128-bit results.
      const bits = BigInt(left as bigint).toString(2).length;
      return Number(right) >= 0 && bits * Number(right) <= 128;
    }
    return true;
  }
  if (typeof left === 'string' && typeof right === 'string') return op === 'Add';
  return false;
}
