/**
 * The scenario AST: Python 3.11's `ast` module, restricted to the scenario
 * language, as discriminated unions on `kind`. Node kinds and field names
 * follow Python's (`kind: 'BinOp'` is `ast.BinOp`), with three
 * simplifications: operators are their source spelling (`'//'`, `'not in'`),
 * a parameter carries its own default, and an f-string's parts are plain
 * strings and FormattedValue nodes.
 *
 * Every node has `line` (1-based), `col` (0-based, in code points), and
 * `endLine`/`endCol` (the end, exclusive), like Python's `lineno`,
 * `col_offset`, `end_lineno`, `end_col_offset`.
 *
 * The resolver (scope.ts) adds the fields marked "set by the resolver":
 * a `Scope` on each Module, FunctionDef, Lambda, ClassDef and comprehension,
 * and a `Resolution` on each Name and on each statement that binds a name.
 */

export interface Loc {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** Python's `expr_context`: how a Name, Attribute, Subscript, Starred, List or Tuple is used. */
export type ExprContext = 'Load' | 'Store' | 'Del';

export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '|' | '&' | '^' | '@';
export type UnaryOperator = '-' | '+' | 'not' | '~';
export type BoolOperator = 'and' | 'or';
export type CompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

// --- expressions -------------------------------------------------------------

export type Expr =
  | Name
  | Constant
  | JoinedStr
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | IfExp
  | Call
  | Attribute
  | Subscript
  | Slice
  | Lambda
  | List
  | Tuple
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Starred
  | Yield
  | YieldFrom
  | Await
  | NamedExpr
  | Temp;

export interface Name extends Loc {
  kind: 'Name';
  id: string;
  ctx: ExprContext;
  /** Set by the resolver: where this name lives. */
  resolution?: Resolution;
}

/**
 * A literal. Integers are JS numbers while they are safe integers and
 * bigints beyond 2**53 - 1; a float literal (`1.5`, `1e3`, `2.`) is a number
 * with `float: true`, so that `1.0` and `1` stay distinct.
 */
export interface Constant extends Loc {
  kind: 'Constant';
  value: number | bigint | string | boolean | null;
  float?: true;
  /** A bytes literal: `value` is a string of char codes 0..255 (latin-1). */
  bytes?: true;
  /** An imaginary literal `2.5j`: `value` is the imaginary part (a number). */
  imag?: true;
  /** `...`: the Ellipsis constant (`value` is null). */
  ellipsis?: true;
}

/** An f-string (possibly concatenated with plain strings): literal text and fields, in order. */
export interface JoinedStr extends Loc {
  kind: 'JoinedStr';
  parts: Array<string | FormattedValue>;
}

/** One `{expr!conv:spec}` field of an f-string. `{x=}` adds its text `x=` as a literal part before it. */
export interface FormattedValue extends Loc {
  kind: 'FormattedValue';
  value: Expr;
  conversion: 'r' | 's' | 'a' | null;
  /**
   * The text after ':' ('' for `{x:}`), or null without ':'; the spec's
   * pieces when it has fields of its own (`{x:{width}d}`), evaluated after
   * the value, left to right.
   */
  formatSpec: string | Array<string | FormattedValue> | null;
}

export interface BinOp extends Loc {
  kind: 'BinOp';
  left: Expr;
  op: BinaryOperator;
  right: Expr;
}

export interface UnaryOp extends Loc {
  kind: 'UnaryOp';
  op: UnaryOperator;
  operand: Expr;
}

/** `a and b and c` is one BoolOp with three values. */
export interface BoolOp extends Loc {
  kind: 'BoolOp';
  op: BoolOperator;
  values: Expr[];
}

/** `a < b <= c`: left `a`, ops ['<', '<='], comparators [b, c]. */
export interface Compare extends Loc {
  kind: 'Compare';
  left: Expr;
  ops: CompareOperator[];
  comparators: Expr[];
}

export interface IfExp extends Loc {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `f(a, *b, k=c, **d)`: args may hold Starred; a keyword with name null is `**d`. */
export interface Call extends Loc {
  kind: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface Keyword extends Loc {
  kind: 'keyword';
  name: string | null;
  value: Expr;
}

export interface Attribute extends Loc {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
  /** Set by the resolver when the name is private (`self.__x` in class C is `_C__x`). */
  mangledAttr?: string;
}

/** `a[i]`, `a[i:j]`, `a[i, j]`: `slice` is the index expression, a Slice, or a Tuple of them. */
export interface Subscript extends Loc {
  kind: 'Subscript';
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

/** `lower:upper:step` inside a subscript; each part may be omitted. */
export interface Slice extends Loc {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export interface Lambda extends Loc {
  kind: 'Lambda';
  params: Parameters;
  body: Expr;
  /** Set by the resolver. */
  scope?: Scope;
}

export interface List extends Loc {
  kind: 'List';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Loc {
  kind: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
  /** Written inside its own parentheses (`(a, b)` rather than `a, b`). */
  parenthesized: boolean;
}

/** `{k: v, **m}`: a null key marks `**m` (its mapping is in `values`). */
export interface Dict extends Loc {
  kind: 'Dict';
  keys: Array<Expr | null>;
  values: Expr[];
}

export interface Set extends Loc {
  kind: 'Set';
  elts: Expr[];
}

/** One `for target in iter if cond...` clause of a comprehension. */
export interface Comprehension extends Loc {
  kind: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  /** `async for` (iterates with `__aiter__`/`__anext__`, awaiting each step). */
  isAsync?: boolean;
}

export interface ListComp extends Loc {
  kind: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
  /** Set by the resolver. The first generator's `iter` is resolved in the enclosing scope. */
  scope?: Scope;
}

export interface SetComp extends Loc {
  kind: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
  scope?: Scope;
}

export interface DictComp extends Loc {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
  scope?: Scope;
}

/** `(elt for target in iter if cond...)`: a lazy generator with its own scope, like a comprehension. */
export interface GeneratorExp extends Loc {
  kind: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
  scope?: Scope;
}

export interface Starred extends Loc {
  kind: 'Starred';
  value: Expr;
  ctx: ExprContext;
}

/** `target := value` (PEP 572): binds the name and is the value. */
export interface NamedExpr extends Loc {
  kind: 'NamedExpr';
  target: Name;
  value: Expr;
}

/** `yield` or `yield value`: makes the enclosing function a generator. */
export interface Yield extends Loc {
  kind: 'Yield';
  value: Expr | null;
}

/** `await value` (PEP 492): delegation to the value's awaitable iterator. */
export interface Await extends Loc {
  kind: 'Await';
  value: Expr;
}

/** `yield from iterable`: delegation to a subiterator (PEP 380). */
export interface YieldFrom extends Loc {
  kind: 'YieldFrom';
  value: Expr;
}

/**
 * Not Python syntax: an operand a generator's frame already computed and
 * holds across a `yield` (its value stack), substituted into a copy of the
 * expression by the interpreter's resumable mode. Evaluating it moves the
 * owned value out (once).
 */
export interface Temp extends Loc {
  kind: 'Temp';
  value: unknown;
}

// --- parameters ----------------------------------------------------------------

/** `def f(a, b=1, *args, c, d=2, **kw)` or the same after `lambda`. */
export interface Parameters {
  /**
   * Positional parameters, each with its default or null: the first
   * `posonlycount` of them are positional-only (before `/`), the rest
   * positional-or-keyword (CPython's ast keeps them as posonlyargs + args).
   */
  args: Param[];
  posonlycount: number;
  vararg: Param | null;
  /** Keyword-only parameters (after `*` or `*args`), each with its default or null. */
  kwonlyargs: Param[];
  kwarg: Param | null;
}

export interface Param extends Loc {
  kind: 'arg';
  name: string;
  default: Expr | null;
  /** `name: annotation` (a `def` only). */
  annotation: Expr | null;
}

// --- statements ------------------------------------------------------------------

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | Delete
  | Pass
  | Break
  | Continue
  | If
  | While
  | For
  | FunctionDef
  | Return
  | ClassDef
  | Try
  | Raise
  | Assert
  | Global
  | Nonlocal
  | Import
  | ImportFrom
  | With
  | AnnAssign
  | Match;

export interface Module {
  kind: 'Module';
  filename: string;
  body: Stmt[];
  /** Set by the resolver. */
  scope?: Scope;
  /** The compiler's SyntaxWarnings (line and message, in compile order), set after the compiler's checks. */
  warnings?: Array<{ line: number; message: string }>;
}

/** An expression statement (Python's `ast.Expr`). */
export interface ExprStmt extends Loc {
  kind: 'Expr';
  value: Expr;
}

/** `a = b = value`: targets [a, b], assigned left to right after `value` is computed. */
export interface Assign extends Loc {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
}

/**
 * `target: annotation [= value]`. `simple` is a bare name not in
 * parentheses: only then, in a module or class body, is the annotation
 * stored in `__annotations__`.
 */
export interface AnnAssign extends Loc {
  kind: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}

export interface AugAssign extends Loc {
  kind: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: BinaryOperator;
  value: Expr;
}

export interface Delete extends Loc {
  kind: 'Delete';
  targets: Expr[];
}

export interface Pass extends Loc {
  kind: 'Pass';
}

export interface Break extends Loc {
  kind: 'Break';
}

export interface Continue extends Loc {
  kind: 'Continue';
}

/** `elif` is a nested If as the only statement of `orelse`. */
export interface If extends Loc {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Loc {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface For extends Loc {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  /** `async for` (ast.AsyncFor). */
  isAsync?: boolean;
}

export interface FunctionDef extends Loc {
  kind: 'FunctionDef';
  name: string;
  params: Parameters;
  body: Stmt[];
  /** `@d` lines above the `def`, top first (evaluated top first, applied bottom first). */
  decorators: Expr[];
  /** `-> annotation`. */
  returns: Expr | null;
  /** `async def` (ast.AsyncFunctionDef): calling it makes a coroutine or an async generator. */
  isAsync?: boolean;
  /** Set by the resolver: the function's own scope. */
  scope?: Scope;
  /** Set by the resolver: where the function object is stored. */
  resolution?: Resolution;
}

export interface Return extends Loc {
  kind: 'Return';
  value: Expr | null;
}

export interface ClassDef extends Loc {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  /** Class keyword arguments (`metaclass=M`, `**kw`), in source order. */
  keywords: Keyword[];
  body: Stmt[];
  /** `@d` lines above the `class`, top first. */
  decorators: Expr[];
  /** Set by the resolver: the class body's scope. */
  scope?: Scope;
  /** Set by the resolver: where the class object is stored. */
  resolution?: Resolution;
}

/** `with a as x, b:`: the items are entered left to right (as nested withs). */
export interface With extends Loc {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
  /** `async with` (ast.AsyncWith). */
  isAsync?: boolean;
}

export interface WithItem extends Loc {
  kind: 'withitem';
  contextExpr: Expr;
  optionalVars: Expr | null;
}

/** `try` with `except` clauses, or with `except*` clauses when `star` (Python's ast.TryStar). */
export interface Try extends Loc {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
  star?: boolean;
}

export interface ExceptHandler extends Loc {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
  /** Set by the resolver when `name` is given (the name is unbound again after the handler). */
  resolution?: Resolution;
}

export interface Raise extends Loc {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface Assert extends Loc {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}

export interface Global extends Loc {
  kind: 'Global';
  names: string[];
}

export interface Nonlocal extends Loc {
  kind: 'Nonlocal';
  names: string[];
}

export interface Import extends Loc {
  kind: 'Import';
  names: Alias[];
}

export interface ImportFrom extends Loc {
  kind: 'ImportFrom';
  /** The module after the dots; null in `from . import x`. */
  module: string | null;
  /** `import *` is one alias named '*'. */
  names: Alias[];
  /** Leading dots of a relative import (0 for an absolute one). */
  level: number;
}

/** `name as asname`. For `import a.b` the bound name is `a`; otherwise `asname ?? name`. */
export interface Alias extends Loc {
  kind: 'alias';
  name: string;
  asname: string | null;
  /** Set by the resolver: where the bound name is stored. */
  resolution?: Resolution;
}

/**
 * `match subject: case pattern [if guard]: block ...` (PEP 634). The names a
 * case binds are stored only once its whole pattern has matched, before the
 * guard runs.
 */
export interface Match extends Loc {
  kind: 'Match';
  subject: Expr;
  cases: MatchCase[];
}

export interface MatchCase extends Loc {
  kind: 'match_case';
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

/** Python's `ast.pattern` kinds. */
export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

/** A literal or dotted-name pattern: matches when `subject == value`. */
export interface MatchValue extends Loc {
  kind: 'MatchValue';
  value: Expr;
}

/** `None`, `True`, `False`: matches by identity. */
export interface MatchSingleton extends Loc {
  kind: 'MatchSingleton';
  value: boolean | null;
}

/** `[p, *rest]` or `(p, q)`: at most one MatchStar among `patterns`. */
export interface MatchSequence extends Loc {
  kind: 'MatchSequence';
  patterns: Pattern[];
}

/** `{key: p, **rest}`: keys are literals or dotted names. */
export interface MatchMapping extends Loc {
  kind: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
  /** Set by the resolver when `rest` is given. */
  restResolution?: Resolution;
}

/** `Cls(p, q, attr=r)`. */
export interface MatchClass extends Loc {
  kind: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}

/** `*name` or `*_` inside a sequence pattern. */
export interface MatchStar extends Loc {
  kind: 'MatchStar';
  name: string | null;
  /** Set by the resolver when `name` is given. */
  resolution?: Resolution;
}

/** `p as name`, a capture `name` (pattern null), or the wildcard `_` (both null). */
export interface MatchAs extends Loc {
  kind: 'MatchAs';
  pattern: Pattern | null;
  name: string | null;
  /** Set by the resolver when `name` is given. */
  resolution?: Resolution;
}

/** `p | q | ...`: every alternative binds the same names. */
export interface MatchOr extends Loc {
  kind: 'MatchOr';
  patterns: Pattern[];
}

export type Node =
  | Module
  | Stmt
  | Expr
  | FormattedValue
  | Keyword
  | Comprehension
  | Param
  | ExceptHandler
  | Alias
  | WithItem
  | MatchCase
  | Pattern;

// --- set by the resolver (scope.ts) ----------------------------------------------

/**
 * Where a name lives, as CPython's compiler decides the opcode for it
 * (compile.c, `compiler_nameop`). `name` is the name actually looked up:
 * the identifier after private-name mangling.
 *
 *  - LOCAL: a fast local of a function, lambda or comprehension:
 *    `frame.locals[slot]`, slot = index in `scope.varnames` (LOAD_FAST).
 *  - CELL / FREE: a closure cell, `frame.cells[slot]` where the cell array is
 *    `[...scope.cellvars, ...scope.freevars]` (LOAD_DEREF).
 *  - CLASS_DEREF: a load of a free variable in a class body: the class
 *    namespace first, then `frame.cells[slot]` (LOAD_CLASSDEREF).
 *  - GLOBAL_EXPLICIT: declared `global`: module globals, then builtins (LOAD_GLOBAL).
 *  - GLOBAL_IMPLICIT: a function's free name bound nowhere around it:
 *    module globals, then builtins (LOAD_GLOBAL).
 *  - NAME: module and class bodies: the current namespace (the class dict),
 *    then module globals, then builtins (LOAD_NAME / STORE_NAME).
 */
export type Resolution =
  | { kind: 'LOCAL'; name: string; slot: number }
  | { kind: 'CELL'; name: string; slot: number }
  | { kind: 'FREE'; name: string; slot: number }
  | { kind: 'CLASS_DEREF'; name: string; slot: number }
  | { kind: 'GLOBAL_EXPLICIT'; name: string }
  | { kind: 'GLOBAL_IMPLICIT'; name: string }
  | { kind: 'NAME'; name: string };

/** A symbol's scope in CPython's symtable (`symtable.Symbol`): LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT. */
export type SymbolScope = 'LOCAL' | 'CELL' | 'FREE' | 'GLOBAL_EXPLICIT' | 'GLOBAL_IMPLICIT';

/** What the resolver computes for a module, function, lambda, class body or comprehension (a code object). */
export interface Scope {
  kind: 'module' | 'function' | 'lambda' | 'class' | 'comprehension';
  /** `co_name`: '<module>', the function or class name, '<lambda>', '<listcomp>'... */
  name: string;
  /** Parameter names in `co_varnames` order: positional, keyword-only, *args, **kwargs ('.0' for a comprehension). */
  params: string[];
  /** `co_varnames`: parameters, then the other fast locals in the order CPython's compiler meets them. */
  varnames: string[];
  /** `co_cellvars`: captured locals (captured parameters first, in parameter order, then the rest sorted). */
  cellvars: string[];
  /** `co_freevars`: names taken from enclosing scopes' cells, sorted. */
  freevars: string[];
  /**
   * For each free variable, the index of the cell to capture in the
   * enclosing scope's `[...cellvars, ...freevars]` when this code object's
   * function (or class body) is created: CPython's `LOAD_CLOSURE` list.
   */
  closure: number[];
  /** Parameters that are also cells: at call time move `locals[param]` into a new `cells[cell]` (MAKE_CELL). */
  paramCells: Array<{ param: number; cell: number }>;
  /** Class bodies only: a method uses `super()` or `__class__`, so `cellvars[0]` is `__class__`. */
  needsClassCell: boolean;
  /** Every symbol of the scope with its symtable scope, in first-use order (CPython's `ste_symbols`). */
  symbols: Map<string, SymbolScope>;
  /**
   * `co_names`: the global and module-level names, attribute names and
   * imported module names the block's code uses, in the order the walk
   * (compile order) meets them first.
   */
  names: string[];
  /** Nested scopes, in source order (`symtable.get_children()`). */
  children: Scope[];
  /** CO_GENERATOR: the function's body contains `yield` (calling it makes a generator). */
  isGenerator: boolean;
  /**
   * An `async def` (or a comprehension with `await`/`async for` inside):
   * CO_COROUTINE, or CO_ASYNC_GENERATOR with isGenerator.
   */
  isCoroutine?: boolean;
  /** A function's body as the evaluator compiled it at its first call (opaque here; see interp/compiled-code.ts). */
  compiledBody: unknown;
  /**
   * The block stands for C code (runtime/c-implemented.ts marks it when a
   * stdlib module is compiled): its frames add no traceback entry and are
   * left out of the frame chain. A field, read per call and per resumption.
   */
  cImplemented: boolean;
  /**
   * A C-implemented function whose call from Python code CPython checks
   * against the recursion limit (METH_O, METH_NOARGS, METH_VARARGS:
   * runtime/c-call-checks.ts); a METH_FASTCALL one is not checked.
   */
  cCallChecked: boolean;
}
