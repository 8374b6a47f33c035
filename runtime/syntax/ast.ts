/**
 * The abstract syntax tree, node for node and field for field as CPython
 * 3.12's `ast` module defines it (Parser/Python.asdl), so that the parser,
 * the symbol table, the code generator and a future `ast` module all speak
 * CPython's vocabulary. Each node carries a `kind` naming its class.
 *
 * Positions are CPython's: `lineno`/`end_lineno` are 1-based lines and
 * `col_offset`/`end_col_offset` are 0-based UTF-8 byte offsets within the
 * line (that is what `ast` reports and what code objects' position tables
 * store). Convert with `syntax/positions.ts` before handing them to an editor.
 *
 * This file holds types only; it deliberately has no behaviour.
 */

/** Where a node sits in the source, exactly as CPython's `_attributes`. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------- constants

/** `bytes` literal contents. */
export interface BytesValue {
  readonly kind: 'bytes';
  readonly value: Uint8Array;
}

/** An imaginary literal such as `3j`: a complex with zero real part. */
export interface ComplexValue {
  readonly kind: 'complex';
  readonly real: number;
  readonly imag: number;
}

/** The `...` literal. */
export interface EllipsisValue {
  readonly kind: 'ellipsis';
}

/**
 * The value of a `Constant` node: `null` is None, a `bigint` is an int, a
 * `number` is a float, a `string` is a str. Tuples and frozensets appear
 * only after constant folding in the compiler, never from the parser.
 */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | BytesValue
  | ComplexValue
  | EllipsisValue
  | ConstantTuple
  | ConstantFrozenset;

export interface ConstantTuple {
  readonly kind: 'tuple';
  readonly items: readonly ConstantValue[];
}

export interface ConstantFrozenset {
  readonly kind: 'frozenset';
  readonly items: readonly ConstantValue[];
}

// ------------------------------------------------------------- enumerations

export type expr_context = 'Load' | 'Store' | 'Del';
export type boolop = 'And' | 'Or';
export type operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';
export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ------------------------------------------------------------------ modules

export interface Module {
  kind: 'Module';
  body: stmt[];
  type_ignores: TypeIgnore[];
}
export interface Interactive {
  kind: 'Interactive';
  body: stmt[];
}
export interface Expression {
  kind: 'Expression';
  body: expr;
}
export interface FunctionType {
  kind: 'FunctionType';
  argtypes: expr[];
  returns: expr;
}
export type mod = Module | Interactive | Expression | FunctionType;

export interface TypeIgnore {
  kind: 'TypeIgnore';
  lineno: number;
  tag: string;
}

// --------------------------------------------------------------- statements

export interface FunctionDef extends Located {
  kind: 'FunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
  type_params: type_param[];
}
export interface AsyncFunctionDef extends Located {
  kind: 'AsyncFunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  type_comment: string | null;
  type_params: type_param[];
}
export interface ClassDef extends Located {
  kind: 'ClassDef';
  name: string;
  bases: expr[];
  keywords: keyword[];
  body: stmt[];
  decorator_list: expr[];
  type_params: type_param[];
}
export interface Return extends Located {
  kind: 'Return';
  value: expr | null;
}
export interface Delete extends Located {
  kind: 'Delete';
  targets: expr[];
}
export interface Assign extends Located {
  kind: 'Assign';
  targets: expr[];
  value: expr;
  type_comment: string | null;
}
export interface TypeAlias extends Located {
  kind: 'TypeAlias';
  name: Name;
  type_params: type_param[];
  value: expr;
}
export interface AugAssign extends Located {
  kind: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: operator;
  value: expr;
}
export interface AnnAssign extends Located {
  kind: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: expr;
  value: expr | null;
  /** 1 when the target is a bare name not in parentheses, as in CPython. */
  simple: number;
}
export interface For extends Located {
  kind: 'For';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}
export interface AsyncFor extends Located {
  kind: 'AsyncFor';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  type_comment: string | null;
}
export interface While extends Located {
  kind: 'While';
  test: expr;
  body: stmt[];
  orelse: stmt[];
}
export interface If extends Located {
  kind: 'If';
  test: expr;
  body: stmt[];
  orelse: stmt[];
}
export interface With extends Located {
  kind: 'With';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}
export interface AsyncWith extends Located {
  kind: 'AsyncWith';
  items: withitem[];
  body: stmt[];
  type_comment: string | null;
}
export interface Match extends Located {
  kind: 'Match';
  subject: expr;
  cases: match_case[];
}
export interface Raise extends Located {
  kind: 'Raise';
  exc: expr | null;
  cause: expr | null;
}
export interface Try extends Located {
  kind: 'Try';
  body: stmt[];
  handlers: ExceptHandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface TryStar extends Located {
  kind: 'TryStar';
  body: stmt[];
  handlers: ExceptHandler[];
  orelse: stmt[];
  finalbody: stmt[];
}
export interface Assert extends Located {
  kind: 'Assert';
  test: expr;
  msg: expr | null;
}
export interface Import extends Located {
  kind: 'Import';
  names: alias[];
}
export interface ImportFrom extends Located {
  kind: 'ImportFrom';
  module: string | null;
  names: alias[];
  level: number;
}
export interface Global extends Located {
  kind: 'Global';
  names: string[];
}
export interface Nonlocal extends Located {
  kind: 'Nonlocal';
  names: string[];
}
export interface Expr extends Located {
  kind: 'Expr';
  value: expr;
}
export interface Pass extends Located {
  kind: 'Pass';
}
export interface Break extends Located {
  kind: 'Break';
}
export interface Continue extends Located {
  kind: 'Continue';
}

export type stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | TypeAlias
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Match
  | Raise
  | Try
  | TryStar
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | Expr
  | Pass
  | Break
  | Continue;

// -------------------------------------------------------------- expressions

export interface BoolOp extends Located {
  kind: 'BoolOp';
  op: boolop;
  values: expr[];
}
export interface NamedExpr extends Located {
  kind: 'NamedExpr';
  target: Name;
  value: expr;
}
export interface BinOp extends Located {
  kind: 'BinOp';
  left: expr;
  op: operator;
  right: expr;
}
export interface UnaryOp extends Located {
  kind: 'UnaryOp';
  op: unaryop;
  operand: expr;
}
export interface Lambda extends Located {
  kind: 'Lambda';
  args: arguments;
  body: expr;
}
export interface IfExp extends Located {
  kind: 'IfExp';
  test: expr;
  body: expr;
  orelse: expr;
}
export interface Dict extends Located {
  kind: 'Dict';
  /** A null key marks a `**mapping` entry, as in CPython. */
  keys: (expr | null)[];
  values: expr[];
}
export interface Set extends Located {
  kind: 'Set';
  elts: expr[];
}
export interface ListComp extends Located {
  kind: 'ListComp';
  elt: expr;
  generators: comprehension[];
}
export interface SetComp extends Located {
  kind: 'SetComp';
  elt: expr;
  generators: comprehension[];
}
export interface DictComp extends Located {
  kind: 'DictComp';
  key: expr;
  value: expr;
  generators: comprehension[];
}
export interface GeneratorExp extends Located {
  kind: 'GeneratorExp';
  elt: expr;
  generators: comprehension[];
}
export interface Await extends Located {
  kind: 'Await';
  value: expr;
}
export interface Yield extends Located {
  kind: 'Yield';
  value: expr | null;
}
export interface YieldFrom extends Located {
  kind: 'YieldFrom';
  value: expr;
}
export interface Compare extends Located {
  kind: 'Compare';
  left: expr;
  ops: cmpop[];
  comparators: expr[];
}
export interface Call extends Located {
  kind: 'Call';
  func: expr;
  args: expr[];
  keywords: keyword[];
}
export interface FormattedValue extends Located {
  kind: 'FormattedValue';
  value: expr;
  /** -1 for none, else the code point of 's', 'r' or 'a', as in CPython. */
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Located {
  kind: 'JoinedStr';
  values: (Constant | FormattedValue)[];
}
export interface Constant extends Located {
  kind: 'Constant';
  value: ConstantValue;
  /** 'u' for a u-prefixed string literal, otherwise null. */
  const_kind: string | null;
}
export interface Attribute extends Located {
  kind: 'Attribute';
  value: expr;
  attr: string;
  ctx: expr_context;
}
export interface Subscript extends Located {
  kind: 'Subscript';
  value: expr;
  slice: expr;
  ctx: expr_context;
}
export interface Starred extends Located {
  kind: 'Starred';
  value: expr;
  ctx: expr_context;
}
export interface Name extends Located {
  kind: 'Name';
  id: string;
  ctx: expr_context;
}
export interface List extends Located {
  kind: 'List';
  elts: expr[];
  ctx: expr_context;
}
export interface Tuple extends Located {
  kind: 'Tuple';
  elts: expr[];
  ctx: expr_context;
}
export interface Slice extends Located {
  kind: 'Slice';
  lower: expr | null;
  upper: expr | null;
  step: expr | null;
}

export type expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// ------------------------------------------------------------ helper nodes

export interface comprehension {
  kind: 'comprehension';
  target: expr;
  iter: expr;
  ifs: expr[];
  is_async: number;
}

export interface ExceptHandler extends Located {
  kind: 'ExceptHandler';
  type: expr | null;
  name: string | null;
  body: stmt[];
}
export type excepthandler = ExceptHandler;

export interface arguments {
  kind: 'arguments';
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  /** One entry per kwonlyarg; null where it has no default. */
  kw_defaults: (expr | null)[];
  kwarg: arg | null;
  /** Defaults of the last positional parameters (posonly then regular). */
  defaults: expr[];
}

export interface arg extends Located {
  kind: 'arg';
  arg: string;
  annotation: expr | null;
  type_comment: string | null;
}

export interface keyword extends Located {
  kind: 'keyword';
  /** null for `**kwargs`. */
  arg: string | null;
  value: expr;
}

export interface alias extends Located {
  kind: 'alias';
  name: string;
  asname: string | null;
}

export interface withitem {
  kind: 'withitem';
  context_expr: expr;
  optional_vars: expr | null;
}

export interface match_case {
  kind: 'match_case';
  pattern: pattern;
  guard: expr | null;
  body: stmt[];
}

// ----------------------------------------------------------------- patterns

export interface MatchValue extends Located {
  kind: 'MatchValue';
  value: expr;
}
export interface MatchSingleton extends Located {
  kind: 'MatchSingleton';
  value: null | boolean;
}
export interface MatchSequence extends Located {
  kind: 'MatchSequence';
  patterns: pattern[];
}
export interface MatchMapping extends Located {
  kind: 'MatchMapping';
  keys: expr[];
  patterns: pattern[];
  rest: string | null;
}
export interface MatchClass extends Located {
  kind: 'MatchClass';
  cls: expr;
  patterns: pattern[];
  kwd_attrs: string[];
  kwd_patterns: pattern[];
}
export interface MatchStar extends Located {
  kind: 'MatchStar';
  name: string | null;
}
export interface MatchAs extends Located {
  kind: 'MatchAs';
  pattern: pattern | null;
  name: string | null;
}
export interface MatchOr extends Located {
  kind: 'MatchOr';
  patterns: pattern[];
}

export type pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

// ------------------------------------------------------- type parameters

export interface TypeVar extends Located {
  kind: 'TypeVar';
  name: string;
  bound: expr | null;
}
export interface ParamSpec extends Located {
  kind: 'ParamSpec';
  name: string;
}
export interface TypeVarTuple extends Located {
  kind: 'TypeVarTuple';
  name: string;
}
export type type_param = TypeVar | ParamSpec | TypeVarTuple;
