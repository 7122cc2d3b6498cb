/**
 * The resolver: runs the symbol table (symtable.ts), then walks every code
 * object in the order CPython's compiler emits its instructions, to attach
 *  - a `Scope` to the Module and to every FunctionDef, Lambda, ClassDef and
 *    comprehension, and
 *  - a `Resolution` to every Name, and to every FunctionDef, ClassDef,
 *    ExceptHandler-with-name and import alias (the names they bind).
 *
 * Why the compile order: `co_varnames` lists the parameters, then every
 * other fast local in the order the compiler first meets it
 * (compile.c, `compiler_nameop` adds names on first use). That order is not
 * source order: an assignment compiles its value before its targets, a
 * conditional expression its test first, a `try` its `else` block before
 * its handlers, a comprehension its body before (in the enclosing code) its
 * outermost iterable, a class its body before its bases.
 *
 * How a name is accessed (compiler_nameop): LOCAL in a function is a fast
 * local, in a module or class body a namespace lookup (NAME); CELL and FREE
 * are closure cells, except that a class body loads a free name from its
 * namespace first (CLASS_DEREF); GLOBAL_IMPLICIT is a global lookup in a
 * function and a namespace lookup elsewhere; GLOBAL_EXPLICIT is always a
 * global lookup.
 */
import type {
  Comprehension,
  Expr,
  ExprContext,
  MatchAs,
  MatchMapping,
  MatchStar,
  Pattern,
  Module,
  Parameters,
  Resolution,
  Scope,
  Stmt,
} from './ast';
import type { SourceText } from './source-text';
import { annotationsOf, boundName, childExpressions } from './ast-children';
import { mangle, type Block, type BlockNode } from './symbol-block';
import { buildSymbolTable } from './symtable';
import { cellVariables, freeVariables } from './symtable-analyze';

/** Resolve every name of a parsed module, attaching scopes and resolutions to its nodes. */
export function resolveScopes(module: Module, source: SourceText): void {
  const top = buildSymbolTable(module, source);
  new Resolver().run(top, module.body);
}

/** A block being compiled: its Scope under construction and its cell array. */
interface Frame {
  block: Block;
  scope: Scope;
  /** The frame's cell array: cellvars, then freevars. */
  cells: string[];
}

class Resolver {
  private readonly frames = new Map<BlockNode, Frame>();
  private frame!: Frame;

  run(top: Block, body: Stmt[]): void {
    this.frame = this.prepare(top, null);
    (top.node as Module).scope = this.frame.scope;
    // compiler_body: a docstring is stored as __doc__ before the body runs.
    if (hasDocstring(body)) this.useName('__doc__');
    this.statements(body);
  }

  // --- blocks ---------------------------------------------------------------

  /** Create the Scope of a block and of its children (in symtable order); `varnames` fills up during the walk. */
  private prepare(block: Block, parent: Frame | null): Frame {
    const cellvars = cellVariables(block);
    const freevars = freeVariables(block);
    const params = [...block.params];
    const scope: Scope = {
      kind: block.kind,
      name: block.kind === 'module' ? '<module>' : block.name,
      params,
      varnames: block.isFunction ? [...params] : [],
      cellvars,
      freevars,
      closure: parent === null ? [] : freevars.map((name) => parent.cells.indexOf(name)),
      paramCells: cellvars.flatMap((name, cell) => (params.includes(name) ? [{ param: params.indexOf(name), cell }] : [])),
      needsClassCell: block.needsClassClosure,
      symbols: new Map(block.scopes),
      // compiler_body / compiler_class_body's prologue: a class body reads
      // __name__ and stores __module__ and __qualname__ first.
      names: block.kind === 'class' ? ['__name__', '__module__', '__qualname__'] : [],
      children: [],
      isGenerator: block.isGenerator,
      isCoroutine: block.isCoroutine,
      compiledBody: undefined,
      cImplemented: false,
      cCallChecked: false,
    };
    const frame: Frame = { block, scope, cells: [...cellvars, ...freevars] };
    this.frames.set(block.node, frame);
    parent?.scope.children.push(scope);
    for (const child of block.children) this.prepare(child, frame);
    return frame;
  }

  /** Compile the code object of `node` with `compileBody`, then return to the current frame. */
  private child(node: BlockNode, compileBody: () => void): Scope {
    const parent = this.frame;
    this.frame = this.frames.get(node)!;
    compileBody();
    this.finishLocals();
    const scope = this.frame.scope;
    this.frame = parent;
    return scope;
  }

  /** Fast locals the walk never met (none in practice) still get slots, in symbol order. */
  private finishLocals(): void {
    const { block, scope } = this.frame;
    if (!block.isFunction) return;
    for (const [name, s] of block.scopes) if (s === 'LOCAL' && !scope.varnames.includes(name)) scope.varnames.push(name);
  }

  // --- names ------------------------------------------------------------------

  /** compiler_nameop: how this block accesses `id` in context `ctx`. */
  private resolve(id: string, ctx: ExprContext): Resolution {
    const r = this.resolveName(id, ctx);
    if (r.kind === 'NAME' || r.kind === 'GLOBAL_EXPLICIT' || r.kind === 'GLOBAL_IMPLICIT') this.useName(r.name);
    return r;
  }

  /** A name of co_names (LOAD_GLOBAL / *_NAME, LOAD_ATTR, IMPORT_NAME, ...), at its first use. */
  private useName(name: string): void {
    const names = this.frame.scope.names;
    if (!names.includes(name)) names.push(name);
  }

  private resolveName(id: string, ctx: ExprContext): Resolution {
    const { block, scope, cells } = this.frame;
    const name = mangle(block.privateName, id);
    switch (block.scopes.get(name)) {
      case 'LOCAL':
        if (!block.isFunction) return { kind: 'NAME', name };
        if (!scope.varnames.includes(name)) scope.varnames.push(name);
        return { kind: 'LOCAL', name, slot: scope.varnames.indexOf(name) };
      case 'CELL':
        return { kind: 'CELL', name, slot: cells.indexOf(name) };
      case 'FREE':
        if (block.type === 'class' && ctx === 'Load') return { kind: 'CLASS_DEREF', name, slot: cells.indexOf(name) };
        return { kind: 'FREE', name, slot: cells.indexOf(name) };
      case 'GLOBAL_EXPLICIT':
        return { kind: 'GLOBAL_EXPLICIT', name };
      case 'GLOBAL_IMPLICIT':
        return block.isFunction ? { kind: 'GLOBAL_IMPLICIT', name } : { kind: 'NAME', name };
      default:
        return { kind: 'NAME', name };
    }
  }

  private store(id: string): Resolution {
    return this.resolve(id, 'Store');
  }

  // --- statements, in compile order ---------------------------------------------

  private statements(stmts: Stmt[]): void {
    for (const s of stmts) this.statement(s);
  }

  /** The dispatch over statements (compiler_visit_stmt). */
  private statement(s: Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        this.expressions(s.decorators);
        this.defaults(s.params);
        this.expressions(annotationsOf(s));
        s.scope = this.child(s, () => this.statements(s.body));
        s.resolution = this.store(s.name);
        return;
      case 'ClassDef':
        this.expressions(s.decorators);
        s.scope = this.child(s, () => {
          if (hasDocstring(s.body)) this.useName('__doc__');
          this.statements(s.body);
          // compiler_class_body: the __class__ cell is returned as __classcell__.
          if (this.frame.scope.needsClassCell) this.useName('__classcell__');
        });
        this.expressions(s.bases);
        this.expressions(s.keywords.map((k) => k.value));
        s.resolution = this.store(s.name);
        return;
      case 'Return':
        return this.optional(s.value);
      case 'Delete':
        return this.expressions(s.targets);
      case 'Assign':
        this.expression(s.value);
        return this.expressions(s.targets);
      case 'AugAssign':
        this.expression(s.target);
        return this.expression(s.value);
      case 'AnnAssign':
        // compiler_annassign: value, target, then the annotation (evaluated only in modules and classes).
        this.optional(s.value);
        this.expression(s.target);
        if (!this.frame.block.isFunction) this.expression(s.annotation);
        return;
      case 'For':
        this.expression(s.iter);
        this.expression(s.target);
        this.statements(s.body);
        return this.statements(s.orelse);
      case 'While':
      case 'If':
        this.expression(s.test);
        this.statements(s.body);
        return this.statements(s.orelse);
      case 'Raise':
        this.optional(s.exc);
        return this.optional(s.cause);
      case 'Try':
        this.statements(s.body);
        this.statements(s.orelse);
        for (const h of s.handlers) {
          this.optional(h.type);
          if (h.name !== null) h.resolution = this.store(h.name);
          this.statements(h.body);
        }
        return this.statements(s.finalbody);
      case 'Assert':
        this.expression(s.test);
        return this.optional(s.msg);
      case 'Import':
      case 'ImportFrom':
        // IMPORT_NAME (the module), then IMPORT_FROM per name (or per later component of `import a.b as c`).
        if (s.kind === 'ImportFrom') this.useName(s.module ?? '');
        for (const alias of s.names) {
          if (s.kind === 'Import') {
            this.useName(alias.name);
            if (alias.asname !== null) for (const part of alias.name.split('.').slice(1)) this.useName(part);
          } else if (alias.name !== '*') this.useName(alias.name);
          // `from m import *` binds names known only at run time (in the module namespace).
          if (alias.name !== '*') alias.resolution = this.store(boundName(alias.name, alias.asname, s.kind));
        }
        return;
      case 'Expr':
        return this.expression(s.value);
      case 'With':
        for (const item of s.items) {
          this.expression(item.contextExpr);
          this.optional(item.optionalVars);
        }
        return this.statements(s.body);
      case 'Match':
        this.expression(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          this.optional(c.guard);
          this.statements(c.body);
        }
        return;
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  /**
   * compiler_pattern: the loads of a pattern (class and value expressions)
   * in compile order, then its captures, stored once the whole pattern
   * matched (every alternative of an or-pattern binds the same names).
   */
  private pattern(top: Pattern): void {
    const captures: Array<MatchAs | MatchStar | MatchMapping> = [];
    const walk = (pat: Pattern): void => {
      switch (pat.kind) {
        case 'MatchValue':
          return this.expression(pat.value);
        case 'MatchSingleton':
          return;
        case 'MatchSequence':
        case 'MatchOr':
          return pat.patterns.forEach(walk);
        case 'MatchStar':
          if (pat.name !== null) captures.push(pat);
          return;
        case 'MatchAs':
          if (pat.pattern !== null) walk(pat.pattern);
          if (pat.name !== null) captures.push(pat);
          return;
        case 'MatchMapping':
          this.expressions(pat.keys);
          pat.patterns.forEach(walk);
          if (pat.rest !== null) captures.push(pat);
          return;
        case 'MatchClass':
          this.expression(pat.cls);
          pat.patterns.forEach(walk);
          pat.kwdPatterns.forEach(walk);
          return;
      }
    };
    walk(top);
    for (const c of captures) {
      if (c.kind === 'MatchMapping') c.restResolution = this.store(c.rest!);
      else c.resolution = this.store(c.name!);
    }
  }

  /** compiler_default_arguments: positional defaults, then keyword-only defaults. */
  private defaults(params: Parameters): void {
    for (const a of params.args) this.optional(a.default);
    for (const a of params.kwonlyargs) this.optional(a.default);
  }

  // --- expressions, in compile order ----------------------------------------------

  private expressions(exprs: Expr[]): void {
    for (const e of exprs) this.expression(e);
  }

  private optional(e: Expr | null): void {
    if (e !== null) this.expression(e);
  }

  private expression(e: Expr): void {
    switch (e.kind) {
      case 'Name':
        e.resolution = this.resolve(e.id, e.ctx);
        return;
      case 'Attribute': {
        this.expression(e.value);
        const mangled = mangle(this.frame.block.privateName, e.attr);
        if (mangled !== e.attr) e.mangledAttr = mangled;
        this.useName(mangled);
        return;
      }
      case 'Lambda':
        this.defaults(e.params);
        e.scope = this.child(e, () => this.expression(e.body));
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.scope = this.comprehension(e, e.generators, [e.elt]);
        return;
      case 'DictComp':
        e.scope = this.comprehension(e, e.generators, [e.key, e.value]);
        return;
      default:
        this.expressions(childExpressions(e));
    }
  }

  /**
   * compiler_comprehension: the body is compiled first as its own code
   * object (`.0` is the iterator of the outermost iterable); then the
   * enclosing code evaluates that outermost iterable.
   */
  private comprehension(node: BlockNode, generators: Comprehension[], elements: Expr[]): Scope {
    const [outermost, ...rest] = generators;
    const scope = this.child(node, () => {
      this.expression(outermost.target);
      this.expressions(outermost.ifs);
      for (const gen of rest) {
        this.expression(gen.iter);
        this.expression(gen.target);
        this.expressions(gen.ifs);
      }
      this.expressions(elements);
    });
    this.expression(outermost.iter);
    return scope;
  }
}

/** Does a module or class body start with a string constant (its docstring)? */
function hasDocstring(body: Stmt[]): boolean {
  const first = body[0];
  return first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string' && first.value.bytes !== true;
}
