/**
 * The values of every Constant node of an optimised AST, in source order.
 * CPython keeps a module's parse tree (its arena) alive while the main
 * program runs, and every Constant node holds a reference to its value, so
 * each constant object the program can reach shows one more reference in
 * sys.getrefcount than its holders explain; the interpreter models that
 * with this list (Interpreter.loadMain).
 *
 * It only reads the tree; it neither folds nor deduplicates.
 */

import type * as ast from '../syntax/ast';

export function astConstants(tree: ast.mod): ast.ConstantValue[] {
  const out: ast.ConstantValue[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null || !('kind' in node)) return;
    const n = node as { kind: string } & Record<string, unknown>;
    if (n.kind === 'Constant') {
      out.push((n as unknown as ast.Constant).value);
      return;
    }
    for (const key in n) {
      if (key !== 'kind') visit(n[key]);
    }
  };
  visit(tree);
  return out;
}
