/**
 * `dumpAst(node, {includeAttributes})` prints exactly what CPython 3.12's
 * `ast.dump(node, include_attributes=...)` prints with the default
 * indent=None, so our trees can be compared with CPython's text for text.
 * It knows each node's `_fields` order, which optional fields are left out
 * when None, and Python's repr of the constant values.
 *
 * Our Constant keeps CPython's `kind` field as `const_kind` (our discriminant
 * is `kind`); it is printed back as `kind=...`. No indentation support.
 */

import type * as ast from './ast';
import { bytesRepr, complexRepr, floatRepr, strRepr } from './literalRepr';

/** `_fields` of each class, in order; a trailing '?' marks an optional field (omitted when None). */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  Interactive: ['body'],
  Expression: ['body'],
  FunctionType: ['argtypes', 'returns'],
  TypeIgnore: ['lineno', 'tag'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?', 'type_params'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?', 'type_params'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list', 'type_params'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  TypeAlias: ['name', 'type_params', 'value'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  AsyncWith: ['items', 'body', 'type_comment?'],
  Match: ['subject', 'cases'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
  match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'],
  MatchAs: ['pattern?', 'name?'],
  MatchOr: ['patterns'],
  TypeVar: ['name', 'bound?'],
  ParamSpec: ['name'],
  TypeVarTuple: ['name'],
};

/** Classes without position attributes. */
const NO_ATTRIBUTES = new Set(['Module', 'Interactive', 'Expression', 'FunctionType', 'TypeIgnore', 'comprehension', 'arguments', 'withitem', 'match_case']);

/** Fields whose value is an enum node printed as `Name()`. */
const ENUM_FIELDS = new Set(['ctx', 'op', 'ops']);

export interface DumpOptions {
  includeAttributes?: boolean;
}

export function dumpAst(node: unknown, options: DumpOptions = {}): string {
  return fmt(node, options.includeAttributes ?? false, false);
}

function fmt(v: unknown, attrs: boolean, isEnum: boolean): string {
  if (isEnum) {
    if (Array.isArray(v)) return '[' + v.map((x) => `${x}()`).join(', ') + ']';
    return `${v}()`;
  }
  if (Array.isArray(v)) return '[' + v.map((x) => fmt(x, attrs, false)).join(', ') + ']';
  if (v !== null && typeof v === 'object' && 'kind' in v && typeof (v as { kind: unknown }).kind === 'string' && FIELDS[(v as { kind: string }).kind]) {
    const node = v as Record<string, unknown> & { kind: string };
    const parts: string[] = [];
    for (const f of FIELDS[node.kind]) {
      const optional = f.endsWith('?');
      const name = optional ? f.slice(0, -1) : f;
      let value: unknown;
      if (node.kind === 'Constant' && name === 'value') {
        parts.push(`value=${pyRepr((node as unknown as ast.Constant).value)}`);
        continue;
      }
      if (node.kind === 'MatchSingleton' && name === 'value') {
        parts.push(`value=${pyRepr((node as unknown as ast.MatchSingleton).value)}`);
        continue;
      }
      if (node.kind === 'Constant' && name === 'kind') value = (node as unknown as ast.Constant).const_kind;
      else value = node[name];
      if (value === null || value === undefined) {
        if (optional) continue;
        parts.push(`${name}=None`);
        continue;
      }
      if (typeof value === 'string' && !ENUM_FIELDS.has(name)) parts.push(`${name}=${strRepr(value)}`);
      else if (typeof value === 'number') parts.push(`${name}=${value}`);
      else if (Array.isArray(value) && name !== 'ops' && value.every((x) => typeof x === 'string')) parts.push(`${name}=[${value.map(strRepr).join(', ')}]`);
      else parts.push(`${name}=${fmt(value, attrs, ENUM_FIELDS.has(name))}`);
    }
    if (attrs && !NO_ATTRIBUTES.has(node.kind)) {
      for (const a of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) {
        const x = node[a];
        if (x === null || x === undefined) continue;
        parts.push(`${a}=${x}`);
      }
    }
    return `${node.kind}(${parts.join(', ')})`;
  }
  return pyRepr(v as ast.ConstantValue);
}

/** Python's repr() of a constant value. */
export function pyRepr(v: ast.ConstantValue | undefined): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  switch (v.kind) {
    case 'bytes':
      return bytesRepr(v.value);
    case 'ellipsis':
      return 'Ellipsis';
    case 'complex':
      return complexRepr(v.real, v.imag);
    case 'tuple':
      return v.items.length === 1 ? `(${pyRepr(v.items[0])},)` : `(${v.items.map(pyRepr).join(', ')})`;
    case 'frozenset':
      return v.items.length ? `frozenset({${v.items.map(pyRepr).join(', ')}})` : 'frozenset()';
  }
}
