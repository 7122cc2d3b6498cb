/**
 * The symbol table: CPython 3.11's Python/symtable.c, in two passes.
 *
 * Build (symtable_visit_*): one block per module, function, lambda, class
 * body and comprehension (comprehensions are function blocks in 3.11, with
 * the implicit parameter `.0`). Every name use or binding adds a flag to the
 * block's symbol: USE for a load; DEF_LOCAL for a store or del (and for def,
 * class, except-as); DEF_PARAM; DEF_IMPORT; DEF_GLOBAL / DEF_NONLOCAL for
 * declarations. A declaration after a use or binding of the name in the
 * same block is an error here, as are duplicate parameters. Inside a class
 * body and the functions nested in it, private names (`__x`) are mangled.
 *
 * Analyze (analyze_block): each block, outermost first, decides for every
 * symbol LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT or FREE from its flags and
 * the names bound by enclosing *function* blocks (class bodies bind nothing
 * that nested functions can see). Free names reported by children turn the
 * matching locals into CELLs; free names that pass through a block without
 * being local there become FREE in it too. A class body whose methods use
 * `__class__` (implicitly via `super`) gets the `__class__` cell instead.
 */
import type { Loc, Module, Node, Param, Parameters, Scope, Stmt, Expr, Comprehension, SymbolScope } from './ast';
import type { SourceText } from './source-text';
import { raiseSyntaxError } from './syntax-error';

// Symbol flags (Include/internal/pycore_symtable.h).
const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_FREE_CLASS = 64;
const DEF_IMPORT = 128;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type BlockNode = Module | Extract<Node, { kind: 'FunctionDef' | 'Lambda' | 'ClassDef' | 'ListComp' | 'SetComp' | 'DictComp' }>;

/** A symbol table entry (PySTEntryObject). */
export class Block {
  /** Flags per (mangled) name, in first-use order. */
  readonly symbols = new Map<string, number>();
  /** The analyzed scope of each symbol. */
  readonly scopes = new Map<string, SymbolScope>();
  /** Parameter names in order (`ste_varnames`). */
  readonly params: string[] = [];
  readonly children: Block[] = [];
  /** Where each name was first declared global or nonlocal (for errors found by the analysis). */
  readonly directives = new Map<string, Loc>();
  needsClassClosure = false;

  constructor(
    readonly type: 'module' | 'function' | 'class',
    readonly kind: Scope['kind'],
    readonly name: string,
    readonly node: BlockNode,
    /** The class name used for mangling private names in this block, or null. */
    readonly privateName: string | null,
  ) {}

  /** Does this block compile to fast locals (a function, lambda or comprehension)? */
  get isFunction(): boolean {
    return this.type === 'function';
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

/** `_Py_Mangle`: `__x` inside class `C` is `_C__x`, unless it ends with `__` or has a dot. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** Build and analyze the symbol table of a module; returns the module's block. */
export function buildSymbolTable(module: Module, source: SourceText): Block {
  const builder = new SymtableBuilder(module, source);
  builder.visitStatements(module.body);
  analyzeBlock(builder.top, null, new Set(), new Set(), source);
  return builder.top;
}

// --- build pass ---------------------------------------------------------------

class SymtableBuilder {
  readonly top: Block;
  private current: Block;

  constructor(module: Module, private readonly source: SourceText) {
    this.top = new Block('module', 'module', 'top', module, null);
    this.current = this.top;
  }

  /** symtable_add_def: add a flag to a name (mangled), with CPython's duplicate-parameter check. */
  private addDef(name: string, flag: number, at: Loc): void {
    const mangled = mangle(this.current.privateName, name);
    const old = this.current.symbols.get(mangled);
    if (old !== undefined && flag & DEF_PARAM && old & DEF_PARAM) {
      raiseSyntaxError(this.source, at, `duplicate argument '${mangled}' in function definition`);
    }
    this.current.symbols.set(mangled, (old ?? 0) | flag);
    if (flag & DEF_PARAM) this.current.params.push(mangled);
    else if (flag & DEF_GLOBAL) this.top.symbols.set(mangled, this.top.flags(mangled) | DEF_GLOBAL);
  }

  private enterBlock(type: Block['type'], kind: Scope['kind'], name: string, node: BlockNode, privateName: string | null): Block {
    const block = new Block(type, kind, name, node, privateName);
    this.current.children.push(block);
    const outer = this.current;
    this.current = block;
    return outer;
  }

  visitStatements(stmts: Stmt[]): void {
    for (const s of stmts) this.visitStatement(s);
  }

  /** symtable_visit_stmt. */
  private visitStatement(s: Stmt): void {
    switch (s.kind) {
      case 'FunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.params);
        const outer = this.enterBlock('function', 'function', s.name, s, this.current.privateName);
        this.visitParams(s.params);
        this.visitStatements(s.body);
        this.current = outer;
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitAll(s.bases);
        const outer = this.enterBlock('class', 'class', s.name, s, s.name);
        this.visitStatements(s.body);
        this.current = outer;
        return;
      }
      case 'Return':
        return this.visitOptional(s.value);
      case 'Delete':
        return this.visitAll(s.targets);
      case 'Assign':
        this.visitAll(s.targets);
        return this.visitExpr(s.value);
      case 'AugAssign':
        this.visitExpr(s.target);
        return this.visitExpr(s.value);
      case 'For':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStatements(s.body);
        return this.visitStatements(s.orelse);
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStatements(s.body);
        return this.visitStatements(s.orelse);
      case 'Raise':
        this.visitOptional(s.exc);
        return this.visitOptional(s.cause);
      case 'Try':
        this.visitStatements(s.body);
        this.visitStatements(s.orelse);
        for (const h of s.handlers) {
          this.visitOptional(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStatements(h.body);
        }
        return this.visitStatements(s.finalbody);
      case 'Assert':
        this.visitExpr(s.test);
        return this.visitOptional(s.msg);
      case 'Import':
      case 'ImportFrom':
        for (const alias of s.names) this.addDef(boundName(alias.name, alias.asname, s.kind), DEF_IMPORT, alias);
        return;
      case 'Global':
      case 'Nonlocal':
        for (const name of s.names) this.declare(s.kind, name, s);
        return;
      case 'Expr':
        return this.visitExpr(s.value);
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  /** `global x` / `nonlocal x`: an error if x was already used, bound or a parameter in this block. */
  private declare(kind: 'Global' | 'Nonlocal', name: string, s: Loc): void {
    const mangled = mangle(this.current.privateName, name);
    const cur = this.current.flags(mangled);
    const what = kind === 'Global' ? 'global' : 'nonlocal';
    if (cur & (DEF_PARAM | DEF_LOCAL | USE)) {
      const msg =
        cur & DEF_PARAM
          ? `name '${name}' is parameter and ${what}`
          : cur & USE
            ? `name '${name}' is used prior to ${what} declaration`
            : `name '${name}' is assigned to before ${what} declaration`;
      raiseSyntaxError(this.source, s, msg);
    }
    this.addDef(name, kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
    if (!this.current.directives.has(mangled)) this.current.directives.set(mangled, s);
  }

  private visitAll(exprs: Expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  private visitOptional(e: Expr | null): void {
    if (e !== null) this.visitExpr(e);
  }

  /** symtable_visit_expr. */
  private visitExpr(e: Expr): void {
    switch (e.kind) {
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // A function that loads `super` needs the `__class__` cell of its class.
        if (e.ctx === 'Load' && this.current.isFunction && e.id === 'super') this.addDef('__class__', USE, e);
        return;
      case 'Lambda': {
        this.visitDefaults(e.params);
        const outer = this.enterBlock('function', 'lambda', '<lambda>', e, this.current.privateName);
        this.visitParams(e.params);
        this.visitExpr(e.body);
        this.current = outer;
        return;
      }
      case 'ListComp':
      case 'SetComp':
        return this.visitComprehension(e, e.generators, e.elt, null);
      case 'DictComp':
        return this.visitComprehension(e, e.generators, e.key, e.value);
      case 'Dict':
        for (const k of e.keys) if (k !== null) this.visitExpr(k);
        return this.visitAll(e.values);
      default:
        for (const child of childExpressions(e)) this.visitExpr(child);
    }
  }

  private visitDefaults(params: Parameters): void {
    for (const a of params.args) this.visitOptional(a.default);
    for (const a of params.kwonlyargs) this.visitOptional(a.default);
  }

  /** symtable_visit_arguments: positional, keyword-only, then *args and **kwargs. */
  private visitParams(params: Parameters): void {
    const all: Param[] = [...params.args, ...params.kwonlyargs];
    if (params.vararg !== null) all.push(params.vararg);
    if (params.kwarg !== null) all.push(params.kwarg);
    for (const param of all) this.addDef(param.name, DEF_PARAM, param);
  }

  /**
   * symtable_handle_comprehension: the outermost iterable belongs to the
   * enclosing block; the rest is a function block with parameter `.0`.
   */
  private visitComprehension(node: BlockNode, generators: Comprehension[], elt: Expr, value: Expr | null): void {
    const [outermost, ...rest] = generators;
    this.visitExpr(outermost.iter);
    const name = `<${node.kind.toLowerCase()}>`;
    const outer = this.enterBlock('function', 'comprehension', name, node, this.current.privateName);
    this.addDef('.0', DEF_PARAM, outermost);
    this.visitExpr(outermost.target);
    this.visitAll(outermost.ifs);
    for (const gen of rest) {
      this.visitExpr(gen.target);
      this.visitExpr(gen.iter);
      this.visitAll(gen.ifs);
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    this.current = outer;
  }
}

/** The name an import binds: `import a.b` binds `a`; `as` names the binding. */
export function boundName(name: string, asname: string | null, kind: 'Import' | 'ImportFrom'): string {
  if (asname !== null) return asname;
  return kind === 'Import' ? name.split('.')[0] : name;
}

/** The direct sub-expressions of an expression that opens no block, in evaluation (compile) order. */
export function childExpressions(e: Expr): Expr[] {
  switch (e.kind) {
    case 'Name':
    case 'Constant':
      return [];
    case 'JoinedStr':
      return e.parts.flatMap((part) => (typeof part === 'string' ? [] : [part.value]));
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'BoolOp':
      return e.values;
    case 'Compare':
      return [e.left, ...e.comparators];
    case 'IfExp':
      return [e.test, e.body, e.orelse];
    case 'Call':
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'Attribute':
      return [e.value];
    case 'Subscript':
      return [e.value, e.slice];
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case 'List':
    case 'Tuple':
    case 'Set':
      return e.elts;
    case 'Dict':
      return e.keys.flatMap((k, i) => (k === null ? [e.values[i]] : [k, e.values[i]]));
    case 'Starred':
      return [e.value];
    case 'Lambda':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      return [];
  }
}

// --- analyze pass -------------------------------------------------------------

/** analyze_block: `bound` is null for the module (no enclosing function). */
function analyzeBlock(block: Block, bound: Set<string> | null, free: Set<string>, global: Set<string>, source: SourceText): void {
  const local = new Set<string>();
  const scopes = new Map<string, SymbolScope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  // Class bindings are invisible to nested functions: pass down what was visible before.
  if (block.type === 'class') {
    addAll(newGlobal, global);
    if (bound !== null) addAll(newBound, bound);
  }
  for (const [name, flags] of block.symbols) analyzeName(block, scopes, name, flags, bound, local, free, global, source);
  if (block.type !== 'class') {
    if (block.type === 'function') addAll(newBound, local);
    if (bound !== null) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of block.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), source);
    addAll(allFree, childFree);
  }
  addAll(newFree, allFree);
  if (block.type === 'function') analyzeCells(scopes, newFree);
  else if (block.type === 'class') dropClassFree(block, newFree);
  updateSymbols(block, scopes, bound, newFree);
  addAll(free, newFree);
}

/** analyze_name: the scope of one symbol. */
function analyzeName(
  block: Block,
  scopes: Map<string, SymbolScope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  source: SourceText,
): void {
  const failAtDirective = (msg: string): never => raiseSyntaxError(source, block.directives.get(name)!, msg);
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) failAtDirective(`name '${name}' is nonlocal and global`);
    scopes.set(name, 'GLOBAL_EXPLICIT');
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) return failAtDirective('nonlocal declaration not allowed at module level');
    if (!bound.has(name)) failAtDirective(`no binding for nonlocal '${name}' found`);
    scopes.set(name, 'FREE');
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, 'LOCAL');
    local.add(name);
    global.delete(name);
    return;
  }
  // Bound in an enclosing function: free here. Otherwise global.
  if (bound !== null && bound.has(name)) {
    scopes.set(name, 'FREE');
    free.add(name);
    return;
  }
  scopes.set(name, 'GLOBAL_IMPLICIT');
}

/** analyze_cells: a local that a child reports free becomes a cell. */
function analyzeCells(scopes: Map<string, SymbolScope>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope === 'LOCAL' && free.has(name)) {
      scopes.set(name, 'CELL');
      free.delete(name);
    }
  }
}

/** drop_class_free: `__class__` used by methods becomes the class body's implicit cell. */
function dropClassFree(block: Block, free: Set<string>): void {
  if (free.delete('__class__')) block.needsClassClosure = true;
}

/** update_symbols: record the scopes, and propagate children's free names through this block. */
function updateSymbols(block: Block, scopes: Map<string, SymbolScope>, bound: Set<string> | null, free: Set<string>): void {
  for (const name of block.symbols.keys()) block.scopes.set(name, scopes.get(name)!);
  for (const name of free) {
    const flags = block.symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable named like a class-body binding: both local and free in the class.
      if (block.type === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) block.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    block.symbols.set(name, 0);
    block.scopes.set(name, 'FREE');
  }
}

/** Names that are FREE here, or bound in a class body and free in its methods (DEF_FREE_CLASS). */
export function freeVariables(block: Block): string[] {
  const names: string[] = [];
  for (const [name, scope] of block.scopes) {
    if (scope === 'FREE' || block.flags(name) & DEF_FREE_CLASS) names.push(name);
  }
  return names.sort(compareCodeUnits);
}

/** Cells in CPython's `co_cellvars` order: captured parameters first, then the rest sorted. */
export function cellVariables(block: Block): string[] {
  if (block.needsClassClosure) return ['__class__'];
  const cells: string[] = [];
  for (const [name, scope] of block.scopes) if (scope === 'CELL') cells.push(name);
  const params = cells.filter((n) => block.params.includes(n)).sort((a, b) => block.params.indexOf(a) - block.params.indexOf(b));
  const others = cells.filter((n) => !block.params.includes(n)).sort(compareCodeUnits);
  return [...params, ...others];
}

/** CPython sorts names by code point (PyList_Sort on str). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addAll(target: Set<string>, source: Iterable<string>): void {
  for (const x of source) target.add(x);
}
