/**
 * The GC allocations CPython 3.11's compiler makes for a module, replayed
 * on the collector's counts (Heap.phantomAlloc/phantomFree), so that
 * gc.get_count() after compiling a script, an imported module or a
 * compile()/exec()/eval() source is python3's (docs/gc.md 3.1).
 *
 * gclab builds none of these objects; what matters is how each one moves
 * generations[0].count and the free lists (heap/free-lists.ts). The
 * sequence followed, per compilation (Python/pythonrun.c,
 * Python/symtable.c, Python/compile.c, Objects/codeobject.c of 3.11):
 *
 *  - The parser's arena keeps its objects in a list (_PyArena_New's
 *    a_objects): one list, freed with the arena (after compiling for
 *    compile() and imports; after the run for the __main__ script).
 *  - _PySymtable_Build: st_blocks (dict) and st_stack (list); ste_new for
 *    every block (the module, each def, lambda, class and comprehension):
 *    ste_symbols (dict), ste_varnames and ste_children (lists), kept until
 *    _PySymtable_Free at the end of the compilation.
 *  - symtable_analyze / analyze_block: a `scopes` dict per block, alive
 *    while the block's children are analysed (its sets are not on a free
 *    list: they raise and lower the count by as much, and are not replayed).
 *  - The compiler: c_const_cache (dict) and c_stack (list); per code unit
 *    (compiler_enter_scope): u_consts, u_names, u_varnames, u_cellvars,
 *    u_freevars (dicts; dictbytype's sorted key lists are freed at once),
 *    freed at compiler_exit_scope.
 *  - Constants (merge_consts_recursive, _PyCode_ConstantKey): str, int,
 *    None, Ellipsis and code objects are their own keys; bool, float,
 *    bytes and complex get a (type, value) 2-tuple; a tuple constant gets
 *    the tuple of its items' keys and a (keys, tuple) pair. The first key
 *    of each value is kept in c_const_cache until the end; a repeated
 *    value's new key is freed at once. Tuples the compiler makes itself are
 *    constants too: keyword-name tuples of calls, `from m import a, b`
 *    name tuples, the constant keys of a dict display, the folded items of
 *    a list or set display of more than two constants (a set's become a
 *    frozenset), a def's constant defaults (fold_tuple_on_constants).
 *  - assemble/makecode per code object: the constants list
 *    (consts_dict_keys_inorder, freed after makecode); the exception
 *    table, line table and bytecode merged as constants (a 2-tuple key
 *    each; the empty exception table of code without try/with is shared);
 *    co_names, co_consts and co_localsplusnames tuples, each merged with
 *    merge_const_one (a key of item keys plus a pair; an equal tuple made
 *    before replaces the new one, which is freed). The three tuples of
 *    each code object are kept: code objects live as long as the module
 *    code that holds them.
 *  - compiler_free: the symbol table (every block's dict and lists,
 *    st_blocks, st_stack), then c_const_cache with its keys, then c_stack.
 *
 * Not replayed: tuple constants folded by the AST optimizer (gclab builds
 * them as real tuples, see interpreter.ts foldConstantTuples), the sets of
 * the symbol-table analysis (net zero), the PEG parser's own objects and
 * the byte strings (not GC objects).
 */
import type * as A from '../syntax/ast';
import { DICT_FREE_SLOT, FreeLists, LIST_FREE_SLOT, NO_FREE_LIST, tupleAllocSlot, tupleFreeSlot } from '../../heap';

/** Where the replayed allocations go: the heap's counts, or a scratch copy for calibration. */
export interface GcAllocSink {
  phantomAlloc(freeSlot: number): void;
  phantomFree(freeSlot: number): void;
}

/** A GC object the model has allocated: its free-list slot when freed. */
type Made = number;

const SCOPE_KINDS: ReadonlySet<string> = new Set(['FunctionDef', 'Lambda', 'ClassDef', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

/** What one code unit's body uses, as its compiler unit collects it. */
interface UnitFacts {
  names: string[];
  consts: string[];
  hasHandler: boolean;
}

export interface CompileTrafficOptions {
  /** Free the parser's arena at the end (compile(), imports); false for the __main__ script, whose arena outlives the run. */
  freeArena: boolean;
  /**
   * Count the tuple constants the AST optimizer folded (made before the
   * symbol table): true for the __main__ script, whose tuples gclab made
   * before the counts were set; compile() and imports count them as they
   * are made.
   */
  countFoldedTuples: boolean;
  /** An eval() expression (compiler_mod's Expression_kind: its value is returned, no None added). */
  expression?: boolean;
}

/** Replays one compilation of `mod` (its resolved scopes) on `sink`. */
export function replayCompilerTraffic(sink: GcAllocSink, mod: A.Module, options: CompileTrafficOptions): void {
  new CompilerTraffic(sink, options.countFoldedTuples, options.expression === true).run(mod, options);
}

class CompilerTraffic {
  /** c_const_cache: the key objects kept, by the value they stand for. */
  private readonly cache = new Map<string, Made[]>();
  private codeSerial = 0;

  private readonly folded = new Set<string>();
  /** Tuples the parser's arena holds beyond the first of each value (freed with the arena). */
  private readonly arenaTuples: Made[] = [];
  /** The key shape (tuple sizes _PyCode_ConstantKey allocates) of each constant met. */
  private readonly constShapes = new Map<string, number[]>();

  constructor(
    private readonly sink: GcAllocSink,
    private readonly countFolded: boolean,
    private readonly expression: boolean,
  ) {}

  private alloc(slot: number): Made {
    this.sink.phantomAlloc(slot);
    return slot;
  }

  private free(made: Made): void {
    this.sink.phantomFree(made);
  }

  private tuple(n: number): Made | null {
    if (n === 0) return null; // the empty tuple singleton
    this.sink.phantomAlloc(tupleAllocSlot(n));
    return tupleFreeSlot(n);
  }

  run(mod: A.Module, options: CompileTrafficOptions): void {
    const arena = this.alloc(LIST_FREE_SLOT);
    this.foldedTuples(mod.body);
    // _PySymtable_Build: st_blocks, st_stack, then every block's entry.
    const stBlocks = this.alloc(DICT_FREE_SLOT);
    const stStack = this.alloc(LIST_FREE_SLOT);
    const blocks: Made[][] = [];
    const scopes: A.Scope[] = [];
    const collect = (s: A.Scope): void => {
      scopes.push(s);
      for (const c of s.children) collect(c);
    };
    if (mod.scope !== undefined) collect(mod.scope);
    for (let i = 0; i < scopes.length; i++) blocks.push([this.alloc(DICT_FREE_SLOT), this.alloc(LIST_FREE_SLOT), this.alloc(LIST_FREE_SLOT)]);
    // symtable_record_directive: a block's `global`/`nonlocal` names, a list of (name, positions) 5-tuples.
    const directives: Made[] = [];
    this.directives(mod.body, directives, mod, new Set());
    // symtable_analyze: one `scopes` dict per block, alive over its children.
    const analyze = (s: A.Scope): void => {
      const d = this.alloc(DICT_FREE_SLOT);
      for (const c of s.children) analyze(c);
      this.free(d);
    };
    if (mod.scope !== undefined) analyze(mod.scope);
    // The compiler.
    const constCache = this.alloc(DICT_FREE_SLOT);
    const stack = this.alloc(LIST_FREE_SLOT);
    this.unit(mod.body, mod.scope, this.expression ? 'expression' : 'module');
    // compiler_free: the symbol table, the constant cache, the unit stack.
    for (const b of blocks) for (const m of b) this.free(m);
    for (const m of directives) this.free(m);
    this.free(stBlocks);
    this.free(stStack);
    for (const made of this.cache.values()) for (let i = made.length - 1; i >= 0; i--) this.free(made[i]);
    this.cache.clear();
    this.free(constCache);
    this.free(stack);
    if (options.freeArena) {
      for (const t of this.arenaTuples) this.free(t);
      this.free(arena);
    }
  }

  /** The directive lists and tuples of the blocks under `node` (`block`: the innermost def, lambda, class or module). */
  private directives(node: unknown, out: Made[], block: object, withList: Set<object>): void {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) this.directives(n, out, block, withList);
      return;
    }
    const rec = node as Record<string, unknown>;
    if (rec.kind === 'Global' || rec.kind === 'Nonlocal') {
      if (!withList.has(block)) {
        withList.add(block);
        out.push(this.alloc(LIST_FREE_SLOT));
      }
      for (let i = 0; i < (rec.names as string[]).length; i++) out.push(this.tuple(5)!);
      return;
    }
    const inner = rec.kind !== undefined && SCOPE_KINDS.has(rec.kind as string) ? rec : block;
    for (const k in rec) if (k !== 'scope' && k !== 'resolution' && k !== 'constValue') this.directives(rec[k], out, inner, withList);
  }

  /** fold_tuple (ast_opt.c): one new tuple per distinct constant tuple (gclab merges equal ones at once). */
  private foldedTuples(node: unknown): void {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) this.foldedTuples(n);
      return;
    }
    const rec = node as Record<string, unknown>;
    for (const k in rec) if (k !== 'scope' && k !== 'resolution' && k !== 'constValue') this.foldedTuples(rec[k]);
    if (rec.kind === 'Tuple' && (rec as { constValue?: unknown }).constValue !== undefined) {
      const elts = rec.elts as A.Expr[];
      const id = this.constIdentity(rec as unknown as A.Expr);
      if (!this.folded.has(id)) {
        this.folded.add(id);
        if (this.countFolded) this.tuple(elts.length);
      } else {
        // CPython folds each occurrence into a tuple of its own; gclab shares the first.
        const t = this.tuple(elts.length);
        if (t !== null) this.arenaTuples.push(t);
      }
    }
  }

  /** merge_consts_recursive / merge_const_one: keep the first key of `value`, free a repeated one. */
  private merge(value: string, made: Made[]): boolean {
    if (this.cache.has(value)) {
      for (let i = made.length - 1; i >= 0; i--) this.free(made[i]);
      return false;
    }
    this.cache.set(value, made);
    return true;
  }

  /**
   * A tuple the compiler made (ADDOP_LOAD_CONST_NEW) added as a constant:
   * the tuple, then its key (item keys, pair); a repeated one is freed with
   * its key. `itemShapes` are the key shapes of its items.
   */
  private tupleConstant(value: string, itemShapes: number[][]): void {
    const t = this.tuple(itemShapes.length);
    const shape = [itemShapes.length, ...itemShapes.flat(), 2];
    this.constShapes.set(value, shape);
    const made = shape.map((n) => this.tuple(n)).filter((m): m is Made => m !== null);
    if (!this.merge(value, made) && t !== null) this.free(t);
  }

  /** A unit's code object: compiler_enter_scope, the body, assemble, compiler_exit_scope. */
  private unit(body: unknown, scope: A.Scope | undefined, kind: string, firstLine = 0): string {
    const dicts = [this.alloc(DICT_FREE_SLOT), this.alloc(DICT_FREE_SLOT), this.alloc(DICT_FREE_SLOT)];
    // dictbytype: a dict and a sorted key list, for the cells and for the free variables.
    for (let i = 0; i < 2; i++) {
      dicts.push(this.alloc(DICT_FREE_SLOT));
      this.free(this.alloc(LIST_FREE_SLOT));
    }
    const facts: UnitFacts = { names: [], consts: [], hasHandler: false };
    const addName = (n: string): void => {
      if (!facts.names.includes(n)) facts.names.push(n);
    };
    const addConst = (c: string): void => {
      if (!facts.consts.includes(c)) facts.consts.push(c);
    };
    const stmts = kind === 'function' || kind === 'class' || kind === 'module' ? (body as A.Stmt[]) : [];
    // compiler_function: the docstring, or None, is the first constant; a lambda's is None.
    const doc = kind === 'function' ? docstring(stmts) : null;
    if (kind === 'function' || kind === 'lambda') addConst(doc === null ? NONE_ID : strId(doc));
    if (kind === 'class') {
      addName('__name__');
      addName('__module__');
      addName('__qualname__');
      addConst(strId(scope?.name ?? ''));
    }
    this.walk(doc === null ? body : stmts.slice(1), facts, addName, addConst);
    // assemble(c, addNone): a body that can fall off its end returns None.
    const returns = stmts.length > 0 && (stmts[stmts.length - 1].kind === 'Return' || stmts[stmts.length - 1].kind === 'Raise');
    if (kind !== 'lambda' && kind !== 'comprehension-expr' && kind !== 'expression' && !returns) addConst(NONE_ID);
    // assemble: the constants list, the three byte strings, makecode's tuples.
    const constsList = this.alloc(LIST_FREE_SLOT);
    const serial = this.codeSerial;
    // The exception table is empty (one shared b'') without try or with; the line table and
    // the bytecode are equal for bodies of the same shape at the same columns.
    this.merge(facts.hasHandler ? `x${serial}` : 'x', [this.tuple(2)!]);
    const sigs = kind === 'module' || kind === 'expression' ? null : bodySignatures(body, firstLine);
    this.merge(sigs === null ? `l${serial}` : 'l' + sigs.lines, [this.tuple(2)!]);
    this.merge(sigs === null ? `b${serial}` : 'b' + sigs.code, [this.tuple(2)!]);
    const codeTuple = (items: string[]): void => {
      const t = this.tuple(items.length);
      const shape = [items.length, ...items.flatMap((i) => this.constShapes.get(i) ?? []), 2];
      const made = shape.map((n) => this.tuple(n)).filter((m): m is Made => m !== null);
      if (!this.merge('T(' + items.join(',') + ')', made) && t !== null) this.free(t);
    };
    codeTuple(facts.names.map(strId));
    codeTuple(facts.consts);
    const locals = scope === undefined ? [] : [...scope.varnames, ...scope.cellvars.filter((c) => !scope.varnames.includes(c)), ...scope.freevars];
    codeTuple(locals.map(strId));
    this.free(constsList);
    for (const d of dicts) this.free(d);
    return `code${this.codeSerial++}`;
  }

  private walk(node: unknown, facts: UnitFacts, addName: (n: string) => void, addConst: (c: string) => void): void {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) this.walk(n, facts, addName, addConst);
      return;
    }
    const rec = node as Record<string, unknown>;
    const kind = rec.kind as string | undefined;
    const go = (x: unknown): void => this.walk(x, facts, addName, addConst);
    if (kind !== undefined && SCOPE_KINDS.has(kind)) {
      this.nested(rec, facts, addName, addConst);
      return;
    }
    switch (kind) {
      case 'Name': {
        const r = rec.resolution as A.Resolution | undefined;
        if (r === undefined || r.kind === 'NAME' || r.kind === 'GLOBAL_EXPLICIT' || r.kind === 'GLOBAL_IMPLICIT') addName(rec.id as string);
        return;
      }
      case 'Attribute':
        addName(rec.attr as string);
        go(rec.value);
        return;
      case 'Constant':
        addConst(this.constant(rec as unknown as A.Constant));
        return;
      case 'Tuple': {
        const cv = (rec as { constValue?: unknown }).constValue;
        if (cv !== undefined) {
          // A folded tuple constant: its key (item keys, pair), kept once per value.
          // A folded tuple constant: its key (item keys, pair), kept once per value, then its items merged.
          const e = rec as unknown as A.Expr;
          const id = this.constIdentity(e);
          if (this.merge(id, keyShape(e).map((n) => this.tuple(n)!))) this.mergeItems(e);
          this.constShapes.set(id, keyShape(e));
          addConst(id);
          return;
        }
        break;
      }
      case 'Call': {
        go(rec.func);
        go(rec.args);
        const kws = rec.keywords as A.Keyword[];
        for (const k of kws) go(k.value);
        if (kws.length > 0 && kws.every((k) => k.name !== null) && !(rec.args as A.Expr[]).some((a) => a.kind === 'Starred')) {
          const id = 'T(' + kws.map((k) => strId(k.name!)).join(',') + ')';
          this.tupleConstant(id, kws.map(() => []));
          addConst(id);
        }
        return;
      }
      case 'Import':
        for (const a of rec.names as A.Alias[]) {
          addName(a.name);
          addName(a.asname ?? a.name.split('.')[0]);
        }
        addConst('number:0');
        addConst(NONE_ID);
        return;
      case 'ImportFrom': {
        const names = rec.names as A.Alias[];
        addName((rec.module as string | null) ?? '');
        for (const a of names) {
          addName(a.name);
          addName(a.asname ?? a.name);
        }
        addConst('number:' + String(rec.level));
        const id = 'T(' + names.map((a) => strId(a.name)).join(',') + ')';
        this.tupleConstant(id, names.map(() => []));
        addConst(id);
        return;
      }
      case 'List':
      case 'Set': {
        const elts = rec.elts as A.Expr[];
        if (elts.length > 2 && elts.every((e) => e.kind === 'Constant')) {
          // starunpack_helper: the items folded into one tuple constant (a frozenset for a set).
          const id = 'T(' + elts.map((e) => this.constIdentity(e)).join(',') + ')';
          if (kind === 'Set') {
            // The tuple becomes a frozenset (not on a free list); its key is (keys frozenset, frozenset).
            const t = this.tuple(elts.length);
            this.alloc(NO_FREE_LIST);
            if (t !== null) this.free(t);
            this.constShapes.set('S' + id, [-1, 2]);
            this.merge('S' + id, [NO_FREE_LIST, this.tuple(2)!]);
            addConst('S' + id);
          } else {
            this.tupleConstant(id, elts.map(keyShape));
            addConst(id);
          }
          return;
        }
        break;
      }
      case 'Dict': {
        const keys = rec.keys as Array<A.Expr | null>;
        go(rec.values);
        if (keys.length > 1 && keys.every((k) => k !== null && k.kind === 'Constant')) {
          const id = 'T(' + keys.map((k) => this.constIdentity(k!)).join(',') + ')';
          this.tupleConstant(id, keys.map((k) => keyShape(k!)));
          addConst(id);
          return;
        }
        go(keys);
        return;
      }
      case 'Try':
      case 'With':
        facts.hasHandler = true;
        if (kind === 'With') addConst(NONE_ID);
        break;
      case 'ExceptHandler':
        if (rec.name !== null) addName(rec.name as string);
        break;
      case 'Global':
      case 'Nonlocal':
        return;
    }
    for (const k in rec) if (k !== 'scope' && k !== 'resolution' && k !== 'constValue') go(rec[k]);
  }

  /** A def, lambda, class or comprehension met in a unit: its outside parts here, its body as a unit of its own. */
  private nested(rec: Record<string, unknown>, facts: UnitFacts, addName: (n: string) => void, addConst: (c: string) => void): void {
    const go = (x: unknown): void => this.walk(x, facts, addName, addConst);
    const kind = rec.kind as string;
    const scope = rec.scope as A.Scope | undefined;
    let code: string;
    if (kind === 'FunctionDef' || kind === 'Lambda') {
      if (kind === 'FunctionDef') go(rec.decorators);
      const params = rec.params as A.Parameters;
      const defaults = params.args.map((p) => p.default).filter((d): d is A.Expr => d !== null);
      go(defaults);
      if (defaults.length > 0 && defaults.every((d) => d.kind === 'Constant')) {
        // fold_tuple_on_constants: LOAD_CONST... BUILD_TUPLE becomes one tuple constant.
        const id = 'T(' + defaults.map((d) => this.constIdentity(d)).join(',') + ')';
        this.tupleConstant(id, defaults.map(keyShape));
        addConst(id);
      }
      // compiler_visit_kwonlydefaults: the names in a list, made a tuple constant (BUILD_CONST_KEY_MAP).
      const kwDefaults = params.kwonlyargs.filter((p) => p.default !== null);
      if (kwDefaults.length > 0) {
        const keys = this.alloc(LIST_FREE_SLOT);
        go(kwDefaults.map((p) => p.default));
        const id = 'T(' + kwDefaults.map((p) => strId(p.name)).join(',') + ')';
        this.tupleConstant(id, kwDefaults.map(() => []));
        this.free(keys);
        addConst(id);
      }
      code = this.unit(kind === 'Lambda' ? [rec.body] : rec.body, scope, kind === 'Lambda' ? 'lambda' : 'function', rec.line as number);
      if (kind === 'FunctionDef') addName(rec.name as string);
    } else if (kind === 'ClassDef') {
      go(rec.decorators);
      code = this.unit(rec.body, scope, 'class', rec.line as number);
      addConst(strId(rec.name as string));
      go(rec.bases);
      go(rec.keywords);
      addName(rec.name as string);
    } else {
      const gens = rec.generators as A.Comprehension[];
      go(gens[0].iter);
      const inner: unknown[] = [gens[0].target, gens[0].ifs, gens.slice(1), rec.elt, rec.key, rec.value];
      code = this.unit(inner, scope, kind === 'GeneratorExp' ? 'comprehension' : 'comprehension-expr', rec.line as number);
    }
    addConst(code);
  }

  /** The constant's key in c_const_cache, merged once per value; returns its identity. */
  private constant(c: A.Constant): string {
    const id = this.constIdentity(c as A.Expr);
    const shape = keyShape(c as A.Expr);
    if (shape.length > 0) {
      this.constShapes.set(id, shape);
      this.merge(id, shape.map((n) => this.tuple(n)!));
    }
    return id;
  }

  /** merge_consts_recursive's walk into a new tuple constant's items. */
  private mergeItems(e: A.Expr): void {
    if (e.kind !== 'Tuple') return;
    for (const item of e.elts) {
      const shape = keyShape(item);
      if (shape.length > 0 && this.merge(this.constIdentity(item), shape.map((n) => this.tuple(n)!))) this.mergeItems(item);
    }
  }

  private constIdentity(e: A.Expr): string {
    if (e.kind === 'Tuple') return 'T(' + e.elts.map((x) => this.constIdentity(x)).join(',') + ')';
    if (e.kind !== 'Constant') return '?';
    const tag = e.float === true ? 'f' : e.bytes === true ? 'b' : e.imag === true ? 'j' : e.ellipsis === true ? 'e' : typeof e.value;
    return tag + ':' + String(e.value);
  }
}

const NONE_ID = 'object:null';

/** A function body's docstring: its first statement when that is a str constant. */
function docstring(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first === undefined || first.kind !== 'Expr' || first.value.kind !== 'Constant') return null;
  const v = first.value;
  return typeof v.value === 'string' && v.bytes !== true ? v.value : null;
}

/** A str constant's identity (as constIdentity gives it). */
function strId(s: string): string {
  return 'string:' + s;
}

/**
 * The tuple sizes _PyCode_ConstantKey allocates for a constant, in order:
 * none for str, int, None, Ellipsis (their own keys); a (type, value) pair
 * for bool, float, bytes and complex; for a tuple the tuple of its items'
 * keys, those keys, then the (keys, tuple) pair.
 */
function keyShape(e: A.Expr): number[] {
  if (e.kind === 'Tuple') return [e.elts.length, ...e.elts.flatMap(keyShape), 2];
  if (e.kind !== 'Constant') return [];
  return e.float === true || e.bytes === true || e.imag === true || typeof e.value === 'boolean' ? [2] : [];
}

const POSITION_KEYS: ReadonlySet<string> = new Set(['line', 'col', 'endLine', 'endCol']);
const SKIPPED_KEYS: ReadonlySet<string> = new Set(['scope', 'resolution', 'constValue', 'compiledBody']);
const NAME_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'attr', 'asname', 'value']);

/**
 * What decides a code object's line table (the body's shape with its
 * positions, lines counted from the first) and its bytecode (the shape
 * alone): equal signatures stand for equal byte strings, which the
 * constant cache merges.
 */
function bodySignatures(body: unknown, firstLine: number): { lines: string; code: string } {
  const lines = JSON.stringify(body, (k, v: unknown) => {
    if (SKIPPED_KEYS.has(k)) return undefined;
    if ((k === 'line' || k === 'endLine') && typeof v === 'number') return v - firstLine;
    if (NAME_KEYS.has(k) && typeof v !== 'object') return 0;
    return v;
  });
  const code = JSON.stringify(body, (k, v: unknown) => {
    if (SKIPPED_KEYS.has(k) || POSITION_KEYS.has(k)) return undefined;
    if (NAME_KEYS.has(k) && typeof v !== 'object') return 0;
    return v;
  });
  return { lines, code };
}

/** A scratch copy of the counts (gen0 and the free lists) to replay on without touching a heap. */
export class ScratchCounts implements GcAllocSink {
  count = 0;
  readonly freeLists = new FreeLists();

  phantomAlloc(slot: number): void {
    if (slot < 0 || !this.freeLists.pop(slot)) this.count++;
  }

  phantomFree(slot: number): void {
    if ((slot < 0 || !this.freeLists.push(slot)) && this.count > 0) this.count--;
  }
}

/**
 * The counts before the compilation of the __main__ script, derived from
 * the ones measured at its first statement: python3 gives gen0 count
 * `mainCount` and free lists `mainFreeLists` after compiling `reference`
 * (a script that only imports gc and prints its count). The state before
 * is the one from which replaying `reference`'s compilation lands there:
 * its free lists hold what the compilation left minus what it pushed, its
 * count what it counted fewer. Every script's compilation is then replayed
 * from that state, so its own constructs move the count as in python3.
 */
export function stateBeforeMainCompile(
  reference: A.Module,
  mainCount: number,
  mainFreeLists: ReadonlyArray<readonly [number, number]>,
): { count: number; freeLists: Array<[number, number]> } {
  // What the compilation pushes net on each free list, from full lists (nothing counted).
  const full = new ScratchCounts();
  full.freeLists.fill(Array.from({ length: full.freeLists.numfree.length }, (_, i): [number, number] => [i, 40]));
  const before = Array.from(full.freeLists.numfree);
  replayCompilerTraffic(full, reference, { freeArena: false, countFoldedTuples: true });
  const pushed = Array.from(full.freeLists.numfree, (n, i) => n - before[i]);
  const target = new Map(mainFreeLists.map(([slot, n]) => [slot, n]));
  const freeLists = pushed.map((p, slot): [number, number] => [slot, Math.max(0, (target.get(slot) ?? 0) - p)]);
  const scratch = new ScratchCounts();
  scratch.freeLists.fill(freeLists);
  replayCompilerTraffic(scratch, reference, { freeArena: false, countFoldedTuples: true });
  return { count: Math.max(0, mainCount - scratch.count), freeLists };
}
