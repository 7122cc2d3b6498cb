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
import type { Comprehension, Expr, Loc, Module, Param, Parameters, Pattern, Scope, Stmt } from './ast';
import { annotationsOf, boundName, childExpressions } from './ast-children';
import type { SourceText } from './source-text';
import { raiseSyntaxError } from './syntax-error';
import { Block, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE, mangle, type BlockNode } from './symbol-block';
import { analyzeBlock } from './symtable-analyze';

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

  /** symtable_add_def: add a flag to a name (mangled) of the current block. */
  private addDef(name: string, flag: number, at: Loc): void {
    this.addDefTo(this.current, name, flag, at);
  }

  /**
   * symtable_add_def_helper, with CPython's duplicate-parameter check and
   * the check that a comprehension's `for` target does not rebind a name an
   * assignment expression made nonlocal or global.
   */
  private addDefTo(block: Block, name: string, flag: number, at: Loc): void {
    const mangled = mangle(block.privateName, name);
    const old = block.symbols.get(mangled);
    if (old !== undefined && flag & DEF_PARAM && old & DEF_PARAM) {
      raiseSyntaxError(this.source, at, `duplicate argument '${mangled}' in function definition`);
    }
    let val = (old ?? 0) | flag;
    if (block.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        raiseSyntaxError(this.source, at, `comprehension inner loop cannot rebind assignment expression target '${mangled}'`);
      }
      val |= DEF_COMP_ITER;
    }
    block.symbols.set(mangled, val);
    if (flag & DEF_PARAM) block.params.push(mangled);
    else if (flag & DEF_GLOBAL) this.top.symbols.set(mangled, this.top.flags(mangled) | DEF_GLOBAL);
  }

  /** The blocks from the module to the current one (CPython's st_stack). */
  private readonly stack: Block[] = [];

  private enterBlock(type: Block['type'], kind: Scope['kind'], name: string, node: BlockNode, privateName: string | null): Block {
    const block = new Block(type, kind, name, node, privateName);
    this.current.children.push(block);
    const outer = this.current;
    this.stack.push(outer);
    this.current = block;
    return outer;
  }

  private leaveBlock(outer: Block): void {
    this.stack.pop();
    this.current = outer;
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
        this.visitAll(annotationsOf(s));
        this.visitAll(s.decorators);
        const outer = this.enterBlock('function', 'function', s.name, s, this.current.privateName);
        if (s.isAsync === true) this.current.isCoroutine = true;
        this.visitParams(s.params);
        this.visitStatements(s.body);
        // compiler_visit_stmt's Return_kind: an async generator returns no value.
        const block = this.current;
        if (block.isCoroutine && block.isGenerator && block.returnWithValue !== null) {
          raiseSyntaxError(this.source, block.returnWithValue, "'return' with value in async generator");
        }
        this.leaveBlock(outer);
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitAll(s.bases);
        this.visitAll(s.keywords.map((k) => k.value));
        this.visitAll(s.decorators);
        const outer = this.enterBlock('class', 'class', s.name, s, s.name);
        this.visitStatements(s.body);
        this.leaveBlock(outer);
        return;
      }
      case 'Return':
        if (s.value !== null && this.current.returnWithValue === null) this.current.returnWithValue = s;
        return this.visitOptional(s.value);
      case 'Delete':
        return this.visitAll(s.targets);
      case 'Assign':
        this.visitAll(s.targets);
        return this.visitExpr(s.value);
      case 'AugAssign':
        this.visitExpr(s.target);
        return this.visitExpr(s.value);
      case 'AnnAssign':
        if (s.target.kind === 'Name') this.addDef(s.target.id, DEF_LOCAL, s.target);
        else this.visitExpr(s.target);
        this.visitExpr(s.annotation);
        return this.visitOptional(s.value);
      case 'For':
        if (s.isAsync === true) this.requireAsyncFunction(s, "'async for' outside async function");
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
        for (const alias of s.names) {
          if (alias.name === '*') {
            // symtable_visit_alias: a star import only at module level.
            if (this.current.type !== 'module') raiseSyntaxError(this.source, alias, 'import * only allowed at module level');
            continue;
          }
          this.addDef(boundName(alias.name, alias.asname, s.kind), DEF_IMPORT, alias);
        }
        return;
      case 'Global':
      case 'Nonlocal':
        for (const name of s.names) this.declare(s.kind, name, s);
        return;
      case 'Expr':
        return this.visitExpr(s.value);
      case 'With':
        if (s.isAsync === true) this.requireAsyncFunction(s, "'async with' outside async function");
        for (const item of s.items) {
          this.visitExpr(item.contextExpr);
          this.visitOptional(item.optionalVars);
        }
        return this.visitStatements(s.body);
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          this.visitOptional(c.guard);
          this.visitStatements(c.body);
        }
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  /** symtable_visit_pattern: value expressions are uses, captures are local bindings. */
  private visitPattern(pat: Pattern): void {
    switch (pat.kind) {
      case 'MatchValue':
        return this.visitExpr(pat.value);
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
      case 'MatchOr':
        for (const sub of pat.patterns) this.visitPattern(sub);
        return;
      case 'MatchStar':
        if (pat.name !== null) this.addDef(pat.name, DEF_LOCAL, pat);
        return;
      case 'MatchAs':
        if (pat.pattern !== null) this.visitPattern(pat.pattern);
        if (pat.name !== null) this.addDef(pat.name, DEF_LOCAL, pat);
        return;
      case 'MatchMapping':
        this.visitAll(pat.keys);
        for (const sub of pat.patterns) this.visitPattern(sub);
        if (pat.rest !== null) this.addDef(pat.rest, DEF_LOCAL, pat);
        return;
      case 'MatchClass':
        this.visitExpr(pat.cls);
        for (const sub of pat.patterns) this.visitPattern(sub);
        for (const sub of pat.kwdPatterns) this.visitPattern(sub);
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
        this.leaveBlock(outer);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return this.visitComprehension(e, e.generators, e.elt, null);
      case 'DictComp':
        return this.visitComprehension(e, e.generators, e.key, e.value);
      case 'Dict':
        for (const k of e.keys) if (k !== null) this.visitExpr(k);
        return this.visitAll(e.values);
      case 'NamedExpr':
        // symtable_handle_namedexpr
        if (this.current.compIterExpr > 0) {
          raiseSyntaxError(this.source, e, 'assignment expression cannot be used in a comprehension iterable expression');
        }
        if (this.current.kind === 'comprehension') this.extendNamedExprScope(e.target);
        this.visitExpr(e.value);
        return this.visitExpr(e.target);
      case 'Yield':
      case 'YieldFrom':
        if (e.value !== null) this.visitExpr(e.value);
        this.markGenerator(e);
        // compiler_visit_expr1's YieldFrom_kind.
        if (e.kind === 'YieldFrom' && this.current.isCoroutine) raiseSyntaxError(this.source, e, "'yield from' inside async function");
        return;
      case 'Await':
        this.visitExpr(e.value);
        return this.markAwait(e);
      default:
        for (const child of childExpressions(e)) this.visitExpr(child);
    }
  }

  /**
   * symtable_extend_namedexpr_scope: `name := value` inside a comprehension
   * binds `name` in the nearest enclosing function (the comprehension sees
   * it as nonlocal) or module (global); a class body is an error, and so is
   * rebinding an iteration variable of an enclosing comprehension.
   */
  private extendNamedExprScope(target: Expr & { kind: 'Name' }): void {
    const name = target.id;
    const chain = [...this.stack, this.current];
    for (let i = chain.length - 1; i >= 0; i--) {
      const block = chain[i];
      if (block.kind === 'comprehension') {
        if (block.flags(mangle(block.privateName, name)) & DEF_COMP_ITER) {
          raiseSyntaxError(this.source, target, `assignment expression cannot rebind comprehension iteration variable '${name}'`);
        }
        continue;
      }
      if (block.type === 'function') {
        const flag = block.flags(mangle(block.privateName, name)) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL;
        this.addDef(name, flag, target);
        this.recordDirective(name, target);
        return this.addDefTo(block, name, DEF_LOCAL, target);
      }
      if (block.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        return this.addDefTo(block, name, DEF_GLOBAL, target);
      }
      raiseSyntaxError(this.source, target, 'assignment expression within a comprehension cannot be used in a class body');
    }
  }

  private recordDirective(name: string, at: Loc): void {
    const mangled = mangle(this.current.privateName, name);
    if (!this.current.directives.has(mangled)) this.current.directives.set(mangled, at);
  }

  /**
   * A `yield` makes its block a generator (ste_generator). Inside a
   * comprehension it is an error (symtable_raise_if_comprehension_block);
   * outside a function the compiler refuses it (compiler_visit_expr1).
   */
  private markGenerator(e: Expr): void {
    const block = this.current;
    if (block.kind === 'comprehension') {
      const what: Record<string, string> = {
        ListComp: 'list comprehension',
        SetComp: 'set comprehension',
        DictComp: 'dict comprehension',
        GeneratorExp: 'generator expression',
      };
      raiseSyntaxError(this.source, e, `'yield' inside ${what[block.node.kind]}`);
    }
    if (!block.isFunction) raiseSyntaxError(this.source, e, "'yield' outside function");
    block.isGenerator = true;
  }

  /**
   * `await` (compiler_visit_expr1's Await_kind): inside a function block
   * that is an `async def` or a comprehension (which becomes asynchronous,
   * ste_coroutine); elsewhere an error.
   */
  private markAwait(e: Expr): void {
    const block = this.current;
    if (!block.isFunction) raiseSyntaxError(this.source, e, "'await' outside function");
    if (block.kind === 'comprehension') block.isCoroutine = true;
    else if (!block.isCoroutine) raiseSyntaxError(this.source, e, "'await' outside async function");
  }

  /** compiler_async_for / compiler_async_with: only in an `async def` (not in a class body nested in one). */
  private requireAsyncFunction(s: Loc, message: string): void {
    const block = this.current;
    if (!(block.isFunction && block.kind === 'function' && block.isCoroutine)) raiseSyntaxError(this.source, s, message);
  }

  /** A comprehension's `for` target (ste_comp_iter_target). */
  private visitTarget(target: Expr): void {
    this.current.compIterTarget = true;
    try {
      this.visitExpr(target);
    } finally {
      this.current.compIterTarget = false;
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
    this.current.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.current.compIterExpr--;
    const name = node.kind === 'GeneratorExp' ? '<genexpr>' : `<${node.kind.toLowerCase()}>`;
    const outer = this.enterBlock('function', 'comprehension', name, node, this.current.privateName);
    this.addDef('.0', DEF_PARAM, outermost);
    if (outermost.isAsync === true) this.current.isCoroutine = true;
    this.visitTarget(outermost.target);
    this.visitAll(outermost.ifs);
    for (const gen of rest) {
      this.visitTarget(gen.target);
      this.current.compIterExpr++;
      this.visitExpr(gen.iter);
      this.current.compIterExpr--;
      this.visitAll(gen.ifs);
      if (gen.isAsync === true) this.current.isCoroutine = true;
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    const comp = this.current;
    this.leaveBlock(outer);
    // compiler_comprehension: an asynchronous list/set/dict comprehension is
    // awaited where it is made, so only in an async function or comprehension
    // (which becomes asynchronous itself: symtable_handle_comprehension).
    const enclosing = this.current;
    if (comp.isCoroutine && node.kind !== 'GeneratorExp' && enclosing.kind === 'comprehension') enclosing.isCoroutine = true;
    if (comp.isCoroutine && node.kind !== 'GeneratorExp' && !(enclosing.kind === 'comprehension' || (enclosing.kind === 'function' && enclosing.isCoroutine))) {
      raiseSyntaxError(this.source, node as Loc, "asynchronous comprehension outside of an asynchronous function");
    }
  }
}
