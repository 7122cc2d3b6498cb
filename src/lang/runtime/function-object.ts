/**
 * Python functions, closure cells and module objects as heap objects
 * (Objects/funcobject.c, Objects/cellobject.c, Objects/moduleobject.c).
 *
 * A function holds strong references to its globals (the module
 * namespace), its defaults and its closure cells: this is what makes
 * "function <-> globals" a cycle in every module, and closures cycles
 * through their cells. func_dealloc clears weakrefs first, then releases
 * globals, defaults, closure (func_clear's order).
 */
import {
  PyObject,
  isObject,
  type ClassObject,
  type DictObject,
  type TupleObject,
  type Heap,
  type Value,
  type Visit,
} from '../../heap';
import type { CFunctionInfo } from './c-implemented';

/** What the evaluator needs to run a function body (opaque to the heap). */
export interface CodeInfo {
  name: string;
  qualname: string;
  /** Positional parameter names, in order. */
  params: string[];
  /** Name of the *args parameter, if any. */
  vararg: string | null;
  /** Keyword-only parameter names (after *args). */
  kwonly: string[];
  /** How many of `params` are positional-only (before `/`). */
  posonly: number;
  /** Name of the **kwargs parameter, if any. */
  kwarg: string | null;
  /** Number of defaults for the last positional params. */
  body: unknown;
  /** The scope (slot layout) of the function. */
  scope: unknown;
  isLambda: boolean;
  filename: string;
  line: number;
  /** co_firstlineno: the first decorator's line, else the `def` line. */
  firstLineno: number;
  /** The docstring (co_consts[0] when a str) or None; a lambda has none. */
  doc?: Value;
  /**
   * The code object this was made from (types.FunctionType, `f.__code__ =`),
   * which `__code__` and the frames' f_code then show; kept for the
   * program's life. Absent for a `def`: the block's own code object.
   */
  codeObject?: PyObject;
}

/** The parameter layout of each function's block, kept when a function is made from it (for co_argcount & co). */
const functionLayouts = new WeakMap<object, CodeInfo>();

/** The layout registered for a block (a resolver Scope), if a function was made from it. */
export function functionLayoutOf(scope: object): CodeInfo | undefined {
  return functionLayouts.get(scope);
}

export class CellObject extends PyObject {
  /** The cell's content (owned), undefined when empty. */
  value: Value | undefined;
  constructor(value: Value | undefined) {
    super();
    this.value = value;
  }
  get typeName(): string {
    return 'cell';
  }
  override traverse(visit: Visit): void {
    if (isObject(this.value)) visit(this.value);
  }
  override clear(heap: Heap): void {
    const v = this.value;
    this.value = undefined;
    heap.xdecref(v);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    const v = this.value;
    this.value = undefined;
    heap.xdecref(v);
    heap.free(this);
  }
  set(heap: Heap, v: Value | undefined): void {
    if (v !== undefined) heap.incref(v);
    const old = this.value;
    this.value = v;
    heap.xdecref(old);
  }
}

const NO_CELLS: readonly CellObject[] = Object.freeze([]);

export class FunctionObject extends PyObject {
  code: CodeInfo;
  /** The module namespace (owned). */
  globals: DictObject | null;
  /**
   * Defaults for positional params: owned values, or, when `defaultsTuple`
   * is set, that tuple's items (borrowed).
   */
  defaults: Value[];
  /**
   * func_defaults as a real tuple (owned): the tuple BUILD_TUPLE made at
   * def time when some default is not a constant (a tuple of constants is a
   * code constant in CPython, never collected: then null, and the function
   * owns `defaults` itself), or the tuple assigned to __defaults__.
   */
  defaultsTuple: TupleObject | null = null;
  /** Defaults for keyword-only params (owned values). */
  kwdefaults: Map<string, Value>;
  /**
   * func_closure: the tuple of closure cells, in the code's freevars order
   * (owned; a real tuple, made by BUILD_TUPLE before MAKE_FUNCTION, so it is
   * one more object in a collection), or null for a function without free
   * variables.
   */
  closureTuple: TupleObject | null;
  /** func_dict: `f.__dict__` (owned), made at the first attribute set or `__dict__` read. */
  dict: DictObject | null = null;
  /**
   * CO_ITERABLE_COROUTINE on the function's code (types.coroutine replaces a
   * generator function's __code__ with a copy carrying it): its generators
   * are awaitable. A def's own block code never has it, so every other
   * function of the same def is unaffected.
   */
  get iterableCoroutine(): boolean {
    const c = this.code.codeObject as { extraFlags?: number } | undefined;
    return c !== undefined && ((c.extraFlags ?? 0) & 0x100) !== 0;
  }
  /**
   * A public module-level function of a stdlib file that stands for C
   * (c-implemented.ts: `time.localtime`, `operator.add`, `heapq.heappush`):
   * CPython's is a builtin_function_or_method, which has no tp_descr_get,
   * so as a class attribute it does not bind (`converter = time.localtime`
   * is called without the instance). See bindsAsMethod. Its type is
   * builtin_function_or_method and its attributes are that type's
   * (c-function-attributes.ts). Null for a Python function.
   */
  cFunction: CFunctionInfo | null = null;
  /** func_module: the defining module's `__name__` (owned), writable. */
  module: Value = null;
  /** func_doc: the docstring or None (owned), writable. */
  doc: Value = null;
  /**
   * func_annotations (owned): 3.11's MAKE_FUNCTION stores the flat tuple
   * (name, value, ...) built at def time, made into a dict on first read
   * of __annotations__ (func_get_annotations); a dict when the tuple was a
   * code constant (all constants) or once read; null without annotations.
   */
  annotations: DictObject | TupleObject | null = null;
  name: string;
  qualname: string;

  /** Steals all references passed in. */
  constructor(code: CodeInfo, globals: DictObject, defaults: Value[], kwdefaults: Map<string, Value>, closure: TupleObject | null) {
    super();
    this.code = code;
    this.globals = globals;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.closureTuple = closure;
    this.name = code.name;
    this.qualname = code.qualname;
    if (!functionLayouts.has(code.scope as object)) functionLayouts.set(code.scope as object, code);
  }

  /** The closure cells (borrowed from the closure tuple; empty without one). */
  get closure(): readonly CellObject[] {
    const t = this.closureTuple;
    return t === null ? NO_CELLS : (t.items as CellObject[]);
  }

  get typeName(): string {
    return this.cFunction === null ? 'function' : 'builtin_function_or_method';
  }
  override get weakrefable(): boolean {
    return true;
  }

  override traverse(visit: Visit): void {
    if (this.globals !== null) visit(this.globals);
    if (this.defaultsTuple !== null) visit(this.defaultsTuple);
    else for (const v of this.defaults) if (isObject(v)) visit(v);
    for (const v of this.kwdefaults.values()) if (isObject(v)) visit(v);
    if (isObject(this.module)) visit(this.module);
    if (isObject(this.doc)) visit(this.doc);
    if (this.dict !== null) visit(this.dict);
    if (this.closureTuple !== null) visit(this.closureTuple);
    if (this.annotations !== null) visit(this.annotations);
  }

  /**
   * func_clear: globals, module, defaults, kwdefaults, doc, dict, closure,
   * annotations; the name and qualname become '' (gh-91636: code that
   * reaches a cleared function, e.g. from a finalizer that runs later in
   * the same collection, sees `<function  at 0x...>`).
   */
  override clear(heap: Heap): void {
    this.name = '';
    this.qualname = '';
    const g = this.globals;
    this.globals = null;
    if (g !== null) heap.decref(g);
    const m = this.module;
    this.module = null;
    heap.decref(m);
    const d = this.defaults;
    const dt = this.defaultsTuple;
    this.defaults = [];
    this.defaultsTuple = null;
    if (dt !== null) heap.decref(dt);
    else for (const v of d) heap.decref(v);
    const kd = this.kwdefaults;
    this.kwdefaults = new Map();
    for (const v of kd.values()) heap.decref(v);
    const doc = this.doc;
    this.doc = null;
    heap.decref(doc);
    const a = this.dict;
    this.dict = null;
    if (a !== null) heap.decref(a);
    const c = this.closureTuple;
    this.closureTuple = null;
    if (c !== null) heap.decref(c);
    const ann = this.annotations;
    this.annotations = null;
    if (ann !== null) heap.decref(ann);
  }

  override dealloc(heap: Heap): void {
    heap.deallocByClear(this);
  }
}

/** The file tree a source module came from: beside the scenario, or gclab's stdlib. */
/** Where a package's submodules are found: beside the scenario, in gclab's stdlib, or in the simulated file system. */
export type ModuleTree = 'scenario' | 'stdlib' | 'files';

/** A module object: its namespace dict (owned). */
export class ModuleObject extends PyObject {
  dict: DictObject | null;
  /** The name it was made with (module___init__ sets a ModuleType subclass instance's). */
  name: string;
  /**
   * Owned: the module's class when it is not `module` itself -- an instance
   * of a ModuleType subclass, or a module whose `__class__` was assigned
   * (object_set_class allows it between ModuleType subclasses); null for module.
   */
  cls: ClassObject | null = null;
  /** For a package: where its submodules are found (its `__path__`); null for a plain module. */
  submodules: { root: ModuleTree; dir: string } | null = null;
  constructor(name: string, dict: DictObject) {
    super();
    this.name = name;
    this.dict = dict;
  }
  get typeName(): string {
    return this.cls?.name ?? 'module';
  }
  override get weakrefable(): boolean {
    return true;
  }
  /** module_traverse (md_dict), then subtype_traverse's heap type. */
  override traverse(visit: Visit): void {
    if (this.dict !== null) visit(this.dict);
    if (this.cls !== null) visit(this.cls);
  }
  override clear(heap: Heap): void {
    const d = this.dict;
    this.dict = null;
    if (d !== null) heap.decref(d);
  }
  /** A ModuleType subclass's `__del__` (slot_tp_finalize). */
  override hasFinalizer(): boolean {
    return this.cls !== null && this.cls.hasDel;
  }
  override finalize(heap: Heap): void {
    this.cls?.callDel(heap, this);
  }
  /** subtype_dealloc: the finalizer (it may resurrect), then module_dealloc and the release of the heap type. */
  override dealloc(heap: Heap): void {
    if (this.hasFinalizer() && heap.callFinalizerFromDealloc(this)) return;
    const cls = this.cls;
    heap.deallocByClear(this);
    if (cls !== null) {
      this.cls = null;
      heap.decref(cls);
    }
  }
}

/**
 * Whether `v` binds as a method when read through an instance
 * (func_descr_get): a Python function does, a function standing for a C
 * builtin (FunctionObject.cFunction) does not.
 */
export function bindsAsMethod(v: unknown): v is FunctionObject {
  return v instanceof FunctionObject && v.cFunction === null;
}
