/**
 * The import system: `sys.modules`, the finders, module execution, and the
 * IMPORT_NAME / IMPORT_FROM / IMPORT_STAR operations of ceval.c, following
 * importlib._bootstrap (`_gcd_import`, `_find_and_load`, `_load_unlocked`,
 * `_handle_fromlist`, `_calc___package__`, `_resolve_name`).
 *
 * Where a module is found, in CPython's order (sys.meta_path):
 *   1. sys.modules (a real dict on the heap, also `sys.modules`);
 *   2. builtin modules implemented in TypeScript (BuiltinImporter):
 *      gc, sys, weakref and the `runtime/modules` registry;
 *   3. files beside the scenario (sys.path[0]): `name/__init__.py` (a
 *      package) before `name.py`, read through the host's module reader;
 *   4. the Python-source standard library shipped with gclab
 *      (src/lang/stdlib, embedded into the build).
 *
 * Invariants: a module is put in sys.modules before its body runs (a
 * circular import sees the partially initialised module); a module whose
 * body raises is removed from sys.modules again; a module that finished is
 * moved to the end of sys.modules (`_load_unlocked`), so sys.modules is in
 * completion order, which the teardown at exit follows. Each module body
 * runs once.
 */
import { DictObject, ListObject, PyException, isObject, asStartupWork, inStartupWork, type Value } from '../../heap';
import { CPYTHON_STARTUP_MODULES } from './cpython-startup-modules';
import { CPYTHON_IMPORT_COSTS, type CpythonImportCost } from './cpython-import-costs';
import { getAttr, getAttrOrUndefined, lookupAttr, moduleGenericMissCleared } from '../runtime/attributes';
import { ModuleObject, type ModuleTree } from '../runtime/function-object';
import { releaseException } from '../runtime/lang-host';
import { nativeModuleFactory } from '../runtime/modules/registry';
import { repr } from '../runtime/repr';
import { fileSystemOf } from '../runtime/modules/gclab-module';
import { utf8Text } from '../runtime/simulated-files';
import { parseScenario } from '../syntax';
import { cpythonLineNumbers, linesByCpythonNumber, prepareStdlibTree } from './stdlib-lines';
import { CompileLimitError, ScenarioSyntaxError } from '../syntax/syntax-error';
import { syntaxError } from './exec-builtins';
import { STDLIB_SOURCES, STDLIB_PREFIX } from '../stdlib';
import { parseStdlibModule } from '../syntax/parsed-trees';
import type { Expr, Module } from '../syntax/ast';
import { shareTree, takeSharedTree } from './shared-trees';
import { markCImplementedBlocks } from '../runtime/c-implemented';
import { addTraceback } from './exceptions';
import type { Interpreter } from './interpreter';
import { replayCpythonCost } from './cpython-cost-replay';
import { CPYTHON_IMPORT_FREE_LISTS } from './cpython-import-free-lists';
import { replayCompilerTraffic } from './compiler-gc-traffic';
import { releaseImportTemporaries, replayFolderFinder, replayImportStart } from './importlib-gc-traffic';

/**
 * Reads a file beside the scenario by its relative path ('helpers.py',
 * 'pkg/__init__.py'): its text and its full file name (`__file__`), or
 * undefined if absent.
 */
export type ModuleFileReader = (relativePath: string) => { source: string; filename: string } | undefined;

/** Where a module's source was found. */
interface ModuleSpec {
  name: string;
  source: string;
  /** __file__ */
  origin: string;
  /** The folder its submodules are searched in (packages only). */
  searchDir: string | null;
  /** Which tree the file belongs to. */
  root: ModuleTree;
}

/**
 * gclab's own modules: importable (the stdlib's Python modules import
 * `_gclab`), but not in sys.modules, which lists what python3's would.
 */
const HIDDEN_MODULES: ReadonlySet<string> = new Set(['_gclab']);

/**
 * Start-up modules of python3 (CPYTHON_STARTUP_MODULES) that define
 * subclasses of collections.abc's ABCs, loaded after the module named
 * (gclab loads start-up modules at their first import): os's _Environ
 * right after _collections_abc (site imports os before anything else that
 * uses it), weakref's WeakValueDictionary and WeakKeyDictionary after
 * collections's ChainMap and UserDict. _abc_subclasscheck walks
 * `__subclasses__()` and fills each subclass's negative cache, so what
 * isinstance(x, Mapping) allocates, and MutableMapping.__subclasses__(),
 * are python3's.
 */
const STARTUP_ABC_SUBCLASSERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['_collections_abc', ['os']],
  ['collections', ['weakref']],
]);

export class ImportSystem {
  /** sys.modules (owned). */
  readonly modules: DictObject;
  /** Modules whose body is running (`__spec__._initializing`). */
  private readonly initializing = new Set<ModuleObject>();
  /** Modules an import of python3's put in sys.modules with it (see CPYTHON_IMPORT_COSTS). */
  private readonly cpythonBrought = new Set<string>();
  /** Builtin modules made at start-up, not yet imported (owned until they move into sys.modules). */
  private readonly preloaded = new Map<string, ModuleObject>();
  /** gclab's own modules (HIDDEN_MODULES), imported but kept out of sys.modules (owned). */
  private readonly hidden = new Map<string, Value>();

  constructor(
    private readonly ip: Interpreter,
    private readonly readFile: ModuleFileReader | undefined,
  ) {
    this.modules = ip.heap.newDict();
  }

  /** A builtin module made at start-up: in sys.modules now (`inSysModules`) or at its first import. */
  addBuiltinModule(m: ModuleObject, inSysModules: boolean): void {
    if (inSysModules) {
      this.modules.set(this.ip.heap, m.name, m);
      this.ip.heap.decref(m);
    } else this.preloaded.set(m.name, m);
  }

  /** Start-up modules never imported: released at the very end. */
  releasePreloaded(): void {
    for (const m of this.preloaded.values()) this.ip.heap.decref(m);
    this.preloaded.clear();
    for (const m of this.hidden.values()) this.ip.heap.decref(m);
    this.hidden.clear();
  }

  // ---- IMPORT_NAME -------------------------------------------------------------

  /**
   * `import a.b.c` (returns the top-level package `a`) or, with a fromlist,
   * the module named itself (`from a.b import x` returns `a.b`), after
   * `_handle_fromlist`. `level` > 0 resolves a relative name against the
   * importing module's globals. Returns a new reference.
   */
  importName(name: string, globals: DictObject, fromlist: string[] | null, level: number): Value {
    const absName = level > 0 ? this.resolveName(name, globals, level) : name;
    if (absName === '' ) throw new PyException('ValueError', 'Empty module name');
    if (absName === 'weakref' && !this.weakrefFromSource) this.useWeakrefSource();
    const module = this.gcdImport(absName);
    if (fromlist === null || fromlist.length === 0) {
      if (level === 0 && name.includes('.')) {
        this.ip.heap.decref(module);
        return this.lookup(name.split('.')[0])!;
      }
      if (level > 0 && name.includes('.')) {
        // __import__('a.b', level=1) without fromlist returns the first component after the package.
        const cut = absName.length - name.length + name.indexOf('.');
        this.ip.heap.decref(module);
        return this.lookup(absName.slice(0, cut))!;
      }
      return module;
    }
    try {
      this.handleFromlist(module, fromlist, false);
    } catch (e) {
      this.ip.heap.decref(module);
      throw e;
    }
    return module;
  }

  /** Whether sys.modules['weakref'] is weakref.py's module yet. */
  private weakrefFromSource = false;

  /**
   * The first `import weakref` (from the program or a stdlib module):
   * sys.modules['weakref'], the native module start-up made, becomes
   * src/lang/stdlib/weakref.py's (WeakSet from _weakrefset.py and finalize
   * as CPython's Python code; the weak dictionaries, KeyedRef and WeakMethod
   * still native), keeping its place in sys.modules. weakref is one of
   * python3's start-up modules, so loading it is start-up work; it is left
   * until an import needs it so that programs without weakref do not pay
   * for it. Start-up's own import of weakref (createMain) does not come here.
   */
  private useWeakrefSource(): void {
    this.weakrefFromSource = true;
    const heap = this.ip.heap;
    const spec = findStdlib('weakref', 'weakref', '');
    const native = this.modules.get(heap, 'weakref');
    if (!(native instanceof ModuleObject) || spec === undefined) return;
    const before = this.modules.keys.filter((k) => k !== undefined);
    // The native module outlives the replacement: _weakref and weakref.py take
    // its objects, and _gclab.native_weakref keeps it.
    heap.incref(native);
    try {
      heap.decref(this.loadStartupModule(() => this.loadSource(spec)));
    } finally {
      heap.decref(native);
    }
    // loadSource moved it to the end of sys.modules: back to the native module's place.
    const after = this.modules.keys.filter((k) => k !== undefined);
    if (after.length !== before.length || after[after.length - 1] !== 'weakref') return;
    const entries = before.map((k) => [k, this.modules.get(heap, k as Value)] as const);
    if (entries.some(([, v]) => v === undefined)) return;
    for (const [, v] of entries) heap.incref(v as Value);
    this.modules.clear(heap);
    for (const [k, v] of entries) {
      this.modules.set(heap, k as Value, v as Value);
      heap.decref(v as Value);
    }
  }

  /** sys.modules[name] as a new reference, or undefined (None entries count as absent here). */
  private lookup(name: string): Value | undefined {
    const m = this.modules.get(this.ip.heap, name);
    if (m === undefined) return undefined;
    this.ip.heap.incref(m);
    return m;
  }

  /** `_gcd_import` / `_find_and_load`: the module `name`, loaded if needed (new reference). */
  gcdImport(name: string): Value {
    if (HIDDEN_MODULES.has(name)) return this.hiddenModule(name);
    const known = this.modules.get(this.ip.heap, name);
    if (known !== undefined) {
      if (known === null) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name, 'ImportError');
      this.ip.heap.incref(known);
      return known;
    }
    const dot = name.lastIndexOf('.');
    let searchDir: string | null = null;
    let root: ModuleTree | null = null;
    let parentModule: Value | undefined;
    // A parent package this import loads first: its replayed cost is part of the submodule's measured one.
    let parentCost: CpythonImportCost | undefined;
    if (dot >= 0) {
      const parent = name.slice(0, dot);
      if (this.modules.get(this.ip.heap, parent) === undefined && !this.cpythonBrought.has(parent)) parentCost = CPYTHON_IMPORT_COSTS.get(parent);
      parentModule = this.gcdImport(parent);
      // Importing the parent may have imported this module too.
      const again = this.modules.get(this.ip.heap, name);
      if (again !== undefined && again !== null) {
        this.ip.heap.decref(parentModule);
        this.ip.heap.incref(again);
        return again;
      }
      const loc = parentModule instanceof ModuleObject ? parentModule.submodules : null;
      if (loc === null) {
        this.ip.heap.decref(parentModule);
        throw moduleNotFound(`No module named '${name}'; '${parent}' is not a package`, name);
      }
      root = loc.root;
      searchDir = loc.dir;
    }
    try {
      const module = this.findAndLoad(name, root, searchDir, parentCost);
      if (parentModule !== undefined && isObject(parentModule)) {
        // _find_and_load_unlocked: bind the submodule on its parent package.
        const child = name.slice(dot + 1);
        const pm = parentModule as ModuleObject;
        if (pm.dict !== null) pm.dict.set(this.ip.heap, child, module);
      }
      return module;
    } finally {
      if (parentModule !== undefined) this.ip.heap.decref(parentModule);
    }
  }

  /**
   * A module of gclab's own (`_gclab`, the host helpers the stdlib's Python
   * modules call): made at its first import and kept here, never in
   * sys.modules, where python3 has no such module and a program listing
   * sys.modules would see it. A new reference.
   */
  private hiddenModule(name: string): Value {
    let m = this.hidden.get(name);
    if (m === undefined) {
      const factory = nativeModuleFactory(name);
      if (factory === undefined) throw moduleNotFound(`No module named '${name}'`, name);
      m = factory(this.ip.rt);
      this.ip.heap.track(m);
      this.hidden.set(name, m);
    }
    this.ip.heap.incref(m);
    return m;
  }

  private findAndLoad(name: string, root: ModuleTree | null, searchDir: string | null, parentCost?: CpythonImportCost): Value {
    const module = this.findAndLoadCosted(name, root, searchDir, parentCost);
    if (root === null) this.loadStartupSubclassers(name);
    return module;
  }

  /**
   * After `name`, the start-up modules whose classes subclass its ABCs
   * (STARTUP_ABC_SUBCLASSERS), loaded as start-up work unless loaded
   * already: an isinstance() against collections.abc.Mapping walks the
   * same subclass tree as in python3, whose start-up imported them.
   */
  private loadStartupSubclassers(name: string): void {
    const after = STARTUP_ABC_SUBCLASSERS.get(name);
    if (after === undefined) return;
    const heap = this.ip.heap;
    for (const m of after) {
      if (m === 'weakref') {
        if (!this.weakrefFromSource) this.useWeakrefSource();
      } else if (this.modules.get(heap, m) === undefined) {
        heap.decref(asStartupWork(heap, () => this.gcdImport(m)));
      }
    }
  }

  private findAndLoadCosted(name: string, root: ModuleTree | null, searchDir: string | null, parentCost?: CpythonImportCost): Value {
    if (root === 'scenario' || root === 'files') return this.findAndLoadNow(name, root, searchDir);
    // A module python3's start-up already imported (or an import of python3's
    // brought in): for CPython a lookup in sys.modules, so loading it is start-up work.
    if (CPYTHON_STARTUP_MODULES.has(name)) return this.loadStartupModule(() => this.findAndLoadNow(name, root, searchDir));
    if (inStartupWork(this.ip.heap)) return this.findAndLoadNow(name, root, searchDir);
    if (this.cpythonBrought.has(name)) {
      return asStartupWork(this.ip.heap, () => this.findAndLoadNow(name, root, searchDir));
    }
    // A module python3 imports now: gclab's own source allocates differently, so it
    // loads as start-up work and CPython's measured net allocations are replayed
    // after it (cpython-import-costs.ts): the automatic collections the import
    // starts in CPython start here too, and the counts end where CPython's end.
    const cost = CPYTHON_IMPORT_COSTS.get(name);
    if (cost === undefined) return this.findAndLoadNow(name, root, searchDir);
    const module = asStartupWork(this.ip.heap, () => this.findAndLoadNow(name, root, searchDir));
    for (const m of cost.brings) this.cpythonBrought.add(m);
    // `import html.parser` measured whole includes `html`, replayed already when gclab loaded it.
    const rest =
      parentCost === undefined
        ? cost
        : {
            net: Math.max(0, cost.net - parentCost.net),
            netAtStart: Math.max(0, cost.netAtStart - parentCost.netAtStart),
            cycles: cost.cycles.map(([at, kind, n]) => [Math.max(0, at - parentCost.net), kind, n] as const),
          };
    replayCpythonCost(this.ip.heap, { ...rest, freeLists: CPYTHON_IMPORT_FREE_LISTS.get(name) }, true);
    return module;
  }

  /**
   * Load a module of python3's start-up as start-up work: the objects it
   * leaves tracked were among CPython's start-up objects all along, so they
   * stop counting as hidden long-lived ones (Collector.hiddenLongLived).
   */
  private loadStartupModule<T>(load: () => T): T {
    const heap = this.ip.heap;
    this.startupModuleLoads++;
    try {
      if (inStartupWork(heap)) return load();
      const gc = this.ip.gc;
      const before = gc.countLongLived();
      try {
        return asStartupWork(heap, load);
      } finally {
        gc.hiddenLongLived = Math.max(0, gc.hiddenLongLived - Math.max(0, gc.countLongLived() - before));
      }
    } finally {
      this.startupModuleLoads--;
    }
  }

  /**
   * How many loads of modules python3's start-up imported are under way
   * (loadStartupModule, nested ones included): what their code does,
   * python3 did before `__main__` (`_gclab.in_startup_module()`: _abc's
   * register() leaves the cache token alone then).
   */
  startupModuleLoads = 0;

  /**
   * The import of a module CPython's stdlib makes where gclab's does not
   * (`_gclab.cpython_import`: traceback's caret anchors import ast, which
   * gclab does not ship): the first time, and unless an earlier import
   * brought it, its measured cost is replayed and it counts as imported.
   */
  replayCpythonImport(name: string): void {
    if (this.cpythonBrought.has(name) || inStartupWork(this.ip.heap)) return;
    const cost = CPYTHON_IMPORT_COSTS.get(name);
    if (cost === undefined) return;
    this.cpythonBrought.add(name);
    for (const m of cost.brings) this.cpythonBrought.add(m);
    replayCpythonCost(this.ip.heap, { ...cost, freeLists: CPYTHON_IMPORT_FREE_LISTS.get(name) }, true);
  }

  private findAndLoadNow(name: string, root: ModuleTree | null, searchDir: string | null): Value {
    const leaf = name.slice(name.lastIndexOf('.') + 1);
    if (root === null) {
      // BuiltinImporter first.
      const pre = this.preloaded.get(name);
      if (pre !== undefined) {
        this.preloaded.delete(name);
        this.modules.set(this.ip.heap, name, pre);
        return pre; // the preloaded reference becomes the caller's
      }
      const factory = nativeModuleFactory(name);
      if (factory !== undefined) {
        const m = factory(this.ip.rt);
        this.ip.heap.track(m);
        this.modules.set(this.ip.heap, name, m);
        return m;
      }
    }
    const spec =
      (root === null ? this.findOnSysPath(name, leaf) : undefined) ??
      (root === 'scenario' ? this.findScenarioFile(name, leaf, searchDir!) : undefined) ??
      (root === 'files' ? this.findSimulatedFile(name, leaf, searchDir!) : undefined) ??
      (root === null || root === 'stdlib' ? findStdlib(name, leaf, root === null ? '' : searchDir!) : undefined);
    if (spec === undefined) throw moduleNotFound(`No module named '${name}'`, name);
    return this.loadSource(spec);
  }

  /**
   * PathFinder over sys.path, in order: the scenario's folder (sys.path[0],
   * '' for `-c`) through the host's module reader, any other entry that is
   * a folder of the simulated file system (`sys.path.insert(0, tmpdir)`)
   * there. Without a sys.path list, the scenario's folder only.
   */
  private findOnSysPath(name: string, leaf: string): ModuleSpec | undefined {
    const heap = this.ip.heap;
    const sys = this.modules.get(heap, 'sys');
    const path = sys instanceof ModuleObject ? sys.dict?.get(heap, 'path') : undefined;
    if (!(path instanceof ListObject)) return this.findScenarioFile(name, leaf, '');
    const fs = fileSystemOf(this.ip.rt);
    let scenarioTried = false;
    for (const entry of path.items.slice()) {
      if (typeof entry !== 'string') continue;
      if (entry === '' || entry === fs.scenarioDir) {
        if (scenarioTried) continue;
        scenarioTried = true;
        const spec = this.findScenarioFile(name, leaf, '');
        if (spec !== undefined) return spec;
      } else if (fs.kind(entry) === 'dir') {
        const spec = this.findSimulatedFile(name, leaf, fs.resolve(entry));
        if (spec !== undefined) return spec;
      }
    }
    return undefined;
  }

  /** A module or package in a folder of the simulated file system (simulated-files.ts). */
  private findSimulatedFile(name: string, leaf: string, dir: string): ModuleSpec | undefined {
    const fs = fileSystemOf(this.ip.rt);
    this.makeFinder(`files:${dir}`, false);
    const base = `${dir}/${leaf}`;
    if (fs.kind(`${base}/__init__.py`) === 'file') {
      return { name, source: utf8Text(fs.read(`${base}/__init__.py`)), origin: `${base}/__init__.py`, searchDir: base, root: 'files' };
    }
    if (fs.kind(`${base}.py`) === 'file') return { name, source: utf8Text(fs.read(`${base}.py`)), origin: `${base}.py`, searchDir: null, root: 'files' };
    return undefined;
  }

  /**
   * The folders whose FileFinder python3 has made by now (its
   * sys.path_importer_cache entries): `scenario:` + the folder beside the
   * scenario ('' for sys.path[0]), `files:` + a simulated one.
   */
  private readonly finders = new Set<string>();

  /**
   * PathFinder._path_importer_cache's first look at a folder: python3 makes
   * its FileFinder (replayFolderFinder), before the module is made.
   * Start-up work (the stdlib's own imports) leaves no finder behind.
   */
  private makeFinder(key: string, first: boolean): void {
    const heap = this.ip.heap;
    if (inStartupWork(heap) || this.finders.has(key)) return;
    this.finders.add(key);
    replayFolderFinder(heap, first);
  }

  /** PathFinder over sys.path[0]: `leaf/__init__.py`, then `leaf.py`. */
  private findScenarioFile(name: string, leaf: string, dir: string): ModuleSpec | undefined {
    if (this.readFile === undefined) return undefined;
    this.makeFinder(`scenario:${dir}`, dir === '');
    const base = dir === '' ? leaf : `${dir}/${leaf}`;
    const pkg = this.readScenarioModule(`${base}/__init__.py`);
    if (pkg !== undefined) return { name, source: pkg.source, origin: pkg.filename, searchDir: base, root: 'scenario' };
    const mod = this.readScenarioModule(`${base}.py`);
    if (mod !== undefined) return { name, source: mod.source, origin: mod.filename, searchDir: null, root: 'scenario' };
    return undefined;
  }

  /**
   * A source file of the scenario's folder as the program left it: what it
   * wrote there (open(..., 'w')) replaces the host's file, and one it
   * removed is gone (a reload after os.remove finds no spec).
   */
  private readScenarioModule(rel: string): { source: string; filename: string } | undefined {
    const fs = fileSystemOf(this.ip.rt);
    const overlay = fs.scenarioOverlay(rel);
    if (overlay === null) return undefined;
    if (overlay !== undefined) return { source: utf8Text(overlay), filename: `${fs.scenarioDir}/${rel}` };
    return this.readFile!(rel);
  }

  /**
   * `_load_unlocked` for a source module: a new module object with
   * `_init_module_attrs`' names, put in sys.modules, its body run in its
   * own namespace, then moved to the end of sys.modules.
   */
  private loadSource(spec: ModuleSpec): Value {
    const heap = this.ip.heap;
    const tree = this.compileSpec(spec);
    const globals = heap.newDict();
    heap.reserve();
    const module = heap.register(new ModuleObject(spec.name, globals));
    heap.track(module);
    if (spec.searchDir !== null) module.submodules = { root: spec.root, dir: spec.searchDir };
    initModuleDict(this.ip, globals, spec);
    this.modules.set(heap, spec.name, module);
    heap.decref(module); // sys.modules holds it
    return this.execModule(spec, tree, module, globals);
  }

  /**
   * importlib.reload(module) for a module of source (`_bootstrap._exec`):
   * the module is found again (its file read again), its attributes set
   * again (`_init_module_attrs` with override), and the new body runs in
   * the module's own namespace, so each name the body binds releases the
   * old value at that statement, as in CPython; names the new body does not
   * bind keep their old values. A module gclab has no source for (builtin
   * and native modules) is returned unchanged. Returns a new reference to
   * what sys.modules holds afterwards.
   */
  reload(module: Value): Value {
    const heap = this.ip.heap;
    if (!(module instanceof ModuleObject) || module.dict === null) throw new PyException('TypeError', 'reload() argument must be a module');
    const name = module.name;
    if (this.modules.get(heap, name) !== module) {
      throw moduleNotFound(`module ${name} not in sys.modules`, name, 'ImportError');
    }
    // A builtin or native module (no __file__): nothing to run again.
    if (typeof module.dict.get(heap, '__file__') !== 'string') {
      heap.incref(module);
      return module;
    }
    const dot = name.lastIndexOf('.');
    const leaf = name.slice(dot + 1);
    let spec: ModuleSpec | undefined;
    if (dot >= 0) {
      const parentName = name.slice(0, dot);
      const parent = this.modules.get(heap, parentName);
      if (parent === undefined) throw moduleNotFound(`parent '${parentName}' not in sys.modules`, parentName, 'ImportError');
      const loc = parent instanceof ModuleObject ? parent.submodules : null;
      if (loc !== null) {
        spec =
          loc.root === 'scenario'
            ? this.findScenarioFile(name, leaf, loc.dir)
            : loc.root === 'files'
              ? this.findSimulatedFile(name, leaf, loc.dir)
              : findStdlib(name, leaf, loc.dir);
      }
    } else {
      spec = this.findOnSysPath(name, leaf) ?? findStdlib(name, leaf, '');
    }
    if (spec === undefined) throw moduleNotFound(`spec not found for the module '${name}'`, name);
    const tree = this.compileSpec(spec);
    const globals = module.dict;
    initModuleDict(this.ip, globals, spec);
    if (spec.searchDir !== null) module.submodules = { root: spec.root, dir: spec.searchDir };
    return this.execModule(spec, tree, module, globals, true);
  }

  /** The parsed (and shared) tree of a module's source, its lines registered for tracebacks. */
  private compileSpec(spec: ModuleSpec): Module {
    const ip = this.ip;
    const heap = ip.heap;
    const rel = spec.root === 'stdlib' ? spec.origin.slice(STDLIB_PREFIX.length + 1) : '';
    const key = spec.root === 'stdlib' ? rel : `${spec.root}:${spec.origin}`;
    const shared = takeSharedTree(key, spec.origin, spec.source, heap);
    let tree: Module;
    if (shared !== undefined) {
      // Prepared, marked and folded by an earlier interpreter (shared-trees.ts).
      tree = shared.tree;
      ip.registerSourceLines(spec.origin, shared.lines);
      if (spec.root !== 'stdlib') ip.reportCompileWarnings(tree, spec.origin, shared.lines);
      ip.refoldConstants(shared.folds);
    } else {
      const cpythonLines = spec.root === 'stdlib' ? cpythonLineNumbers(rel, spec.source.split('\n').length) : null;
      try {
        // A stdlib module parsed once per build or per process (parsed-trees.ts),
        // renumbered to CPython's lines there (the build stores it renumbered).
        tree = spec.root === 'stdlib' ? parseStdlibModule(rel, spec.origin, spec.source, (t) => prepareStdlibTree(t, cpythonLines)) : parseScenario(spec.source, spec.origin);
      } catch (e) {
        if (e instanceof ScenarioSyntaxError) {
          // A stdlib module that gclab cannot parse is gclab's own failure: no file to show.
          if (spec.root === 'stdlib') throw new PyException(e.pyType, `${e.msg} (${spec.origin.slice(spec.origin.lastIndexOf('/') + 1)}, line ${e.line})`);
          // SourceLoader's compile: the file's name, and the line as the file has it.
          throw syntaxError(ip, e, spec.source, 'exec', true);
        }
        // A module too deep to compile: MemoryError / RecursionError in the importer.
        if (e instanceof CompileLimitError) throw e.msg === '' ? new PyException(e.pyType) : new PyException(e.pyType, e.msg);
        throw e;
      }
      const lines = cpythonLines !== null ? linesByCpythonNumber(spec.source, cpythonLines) : spec.source.split('\n');
      ip.registerSourceLines(spec.origin, lines);
      // A module beside the scenario is compiled from its source (python3's first run, before a .pyc exists).
      if (spec.root !== 'stdlib') ip.reportCompileWarnings(tree, spec.origin, lines);
      if (spec.root === 'stdlib') markCImplementedBlocks(rel, tree.scope!);
      const folds: Expr[] = [];
      ip.foldConstants(tree, folds);
      shareTree(spec.root === 'stdlib' ? 'stdlib' : 'scenario', key, { origin: spec.origin, source: spec.source, tree, lines, folds }, heap);
    }
    return tree;
  }

  /**
   * The body of `module` run in `globals` (its namespace), then the module
   * moved to the end of sys.modules; a failure removes it from sys.modules.
   * Returns a new reference to what sys.modules holds afterwards.
   */
  private execModule(spec: ModuleSpec, tree: Module, module: ModuleObject, globals: DictObject, reloading = false): Value {
    const ip = this.ip;
    const heap = ip.heap;
    // SourceFileLoader.get_code compiles a module beside the scenario from its
    // source (no .pyc is written or read: PYTHONDONTWRITEBYTECODE): what
    // CPython's compiler allocates and frees then moves gc.get_count(). The
    // stdlib's imports are replayed as measured wholes (CPYTHON_IMPORT_COSTS).
    if (spec.root !== 'stdlib') {
      // importlib's spec and temporaries around the compilation (importlib-gc-traffic.ts).
      const replayed = !inStartupWork(heap);
      if (replayed) replayImportStart(heap);
      replayCompilerTraffic(heap, tree, { freeArena: true, countFoldedTuples: false });
      if (replayed) releaseImportTemporaries(heap);
    }
    const frame = ip.newFrame(tree.scope!, globals, globals, '<module>', spec.origin);
    this.initializing.add(module);
    // The globals live as long as the frame (CPython's f_func holds them):
    // a failed module leaves sys.modules before its frame is released.
    heap.incref(globals);
    try {
      ip.runFrame(frame, tree.body);
    } catch (e) {
      if (e instanceof PyException) {
        addTraceback(ip.rt, e, frame);
        // _load_unlocked: a failed module leaves sys.modules; _exec (a reload)
        // moves it to the end of sys.modules in its finally block whatever happened.
        if (reloading) {
          const held = this.modules.pop(heap, spec.name);
          if (held !== undefined) {
            this.modules.set(heap, spec.name, held);
            heap.decref(held);
          }
        } else if (this.modules.get(heap, spec.name) !== undefined) this.modules.delete(heap, spec.name);
      }
      throw e;
    } finally {
      this.initializing.delete(module);
      ip.releaseFrame(frame);
      heap.decref(globals);
    }
    // Move the module to the end of sys.modules (whatever the body left there).
    const loaded = this.modules.pop(heap, spec.name);
    if (loaded === undefined) throw moduleNotFound(`Loaded module ${spec.name} not found in sys.modules`, spec.name, 'ImportError');
    this.modules.set(heap, spec.name, loaded);
    return loaded;
  }

  /** `_calc___package__` + `_resolve_name`. */
  private resolveName(name: string, globals: DictObject, level: number): string {
    const heap = this.ip.heap;
    let pkg = globals.get(heap, '__package__');
    if (pkg === undefined || pkg === null) {
      const modName = globals.get(heap, '__name__');
      if (typeof modName !== 'string') throw new PyException('KeyError', "'__name__' not in globals");
      pkg = globals.has(heap, '__path__') ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf('.')));
    } else if (typeof pkg !== 'string') throw new PyException('TypeError', '__package__ not set to a string');
    if (pkg === '') throw new PyException('ImportError', 'attempted relative import with no known parent package');
    const bits = pkg.split('.');
    if (bits.length < level) throw new PyException('ImportError', 'attempted relative import beyond top-level package');
    const base = bits.slice(0, bits.length - (level - 1)).join('.');
    return name === '' ? base : `${base}.${name}`;
  }

  /** `_handle_fromlist`: import the submodules a fromlist names (and `__all__`'s for '*'). */
  private handleFromlist(module: Value, fromlist: string[], recursive: boolean): void {
    const rt = this.ip.rt;
    if (!(module instanceof ModuleObject)) return;
    if (module.dict === null) {
      if (!recursive) {
        moduleGenericMissCleared(this.ip.rt);
        moduleGenericMissCleared(this.ip.rt);
      }
      return;
    }
    if (!module.dict.has(this.ip.heap, '__path__')) {
      // PyImport_ImportModuleLevelObject looks `__path__` up as an attribute:
      // a module's own __getattr__ (PEP 562) is asked, and what it returns makes a package.
      if (!module.dict.has(this.ip.heap, '__getattr__') || GCLAB_MODULE_GETATTR.has(module.name)) {
        if (!recursive) {
          moduleGenericMissCleared(this.ip.rt);
          moduleGenericMissCleared(this.ip.rt);
        }
        return;
      }
      const path = lookupAttr(rt, module, '__path__');
      if (path === undefined) return;
      rt.decref(path);
    }
    for (const x of fromlist) {
      if (x === '*') {
        if (recursive) continue;
        const all = lookupAttr(rt, module, '__all__');
        if (all === undefined) continue;
        try {
          const names = iterStrings(this.ip, all, `${module.name}.__all__`);
          this.handleFromlist(module, names, true);
        } finally {
          rt.decref(all);
        }
        continue;
      }
      if (module.dict.has(this.ip.heap, x)) continue;
      const sub = `${module.name}.${x}`;
      try {
        rt.decref(this.gcdImport(sub));
      } catch (e) {
        // A missing submodule of that exact name is not an error here.
        if (e instanceof PyException && e.pyType === 'ModuleNotFoundError' && (e as PyException & { moduleName?: string }).moduleName === sub) {
          releaseException(rt, e);
          continue;
        }
        throw e;
      }
    }
  }

  // ---- IMPORT_FROM / IMPORT_STAR -------------------------------------------------

  /** ceval.c import_from: `from m import name` (new reference). */
  importFrom(module: Value, name: string): Value {
    const rt = this.ip.rt;
    const v = getAttrOrUndefined(rt, module, name);
    if (v !== undefined) return v;
    // Issue #17636: a circular relative import may find it in sys.modules.
    const pkgName = getAttrOrUndefined(rt, module, '__name__');
    if (typeof pkgName === 'string') {
      const sub = this.modules.get(this.ip.heap, `${pkgName}.${name}`);
      if (sub !== undefined) return rt.incref(sub);
    } else rt.decref(pkgName);
    const shownName = typeof pkgName === 'string' ? pkgName : '<unknown module name>';
    const file = module instanceof ModuleObject ? module.dict?.get(this.ip.heap, '__file__') : undefined;
    // PyErr_SetImportError(msg, pkgname, pkgpath): ImportError.name and .path.
    const fromError = (message: string, path: string | null): PyException => {
      const e = new PyException('ImportError', message);
      e.fields = [['name', typeof pkgName === 'string' ? pkgName : null], ['path', path]];
      return e;
    };
    if (typeof file !== 'string') {
      throw fromError(`cannot import name ${repr(rt, name)} from ${repr(rt, shownName)} (unknown location)`, null);
    }
    const partial = module instanceof ModuleObject && this.initializing.has(module);
    throw fromError(
      partial
        ? `cannot import name ${repr(rt, name)} from partially initialized module ${repr(rt, shownName)} (most likely due to a circular import) (${file})`
        : `cannot import name ${repr(rt, name)} from ${repr(rt, shownName)} (${file})`,
      file,
    );
  }

  /**
   * ceval.c import_all_from: `from m import *` into `ns` -- the names of
   * `m.__all__`, or else every name of `m.__dict__` not starting with '_'.
   */
  importStar(module: Value, ns: DictObject): void {
    const ip = this.ip;
    const rt = ip.rt;
    let names: string[];
    const all = lookupAttr(rt, module, '__all__');
    if (all !== undefined) {
      try {
        names = iterStrings(ip, all, `${moduleNameOf(ip, module)}.__all__`);
      } finally {
        rt.decref(all);
      }
    } else {
      const dict = getAttrOrUndefined(rt, module, '__dict__');
      if (dict === undefined) throw new PyException('ImportError', 'from-import-* object has no __dict__ and no __all__');
      try {
        if (!(dict instanceof DictObject)) throw new PyException('TypeError', 'gclab: from-import-* needs a dict __dict__');
        names = [];
        for (const [k] of dict.entries()) {
          if (typeof k !== 'string') throw new PyException('TypeError', `Key in ${moduleNameOf(ip, module)}.__dict__ must be str, not ${rt.typeName(k)}`);
          if (!k.startsWith('_')) names.push(k);
        }
      } finally {
        rt.decref(dict);
      }
    }
    for (const n of names) {
      const v = getAttr(rt, module, n);
      try {
        ns.set(ip.heap, n, v);
      } finally {
        rt.decref(v);
      }
    }
  }
}

/** The strings of `__all__` (TypeError for a non-str item, as import_all_from words it). */
function iterStrings(ip: Interpreter, all: Value, where: string): string[] {
  const rt = ip.rt;
  let items: Value[];
  if (all instanceof ListObject) items = [...all.items];
  else if (isObject(all) && Array.isArray((all as unknown as { items?: unknown }).items)) items = [...(all as unknown as { items: Value[] }).items];
  else throw new PyException('TypeError', `'${rt.typeName(all)}' object is not iterable`);
  return items.map((x) => {
    if (typeof x !== 'string') throw new PyException('TypeError', `Item in ${where} must be str, not ${rt.typeName(x)}`);
    return x;
  });
}

function moduleNameOf(ip: Interpreter, module: Value): string {
  const n = getAttrOrUndefined(ip.rt, module, '__name__');
  if (typeof n === 'string') return n;
  ip.rt.decref(n);
  return '<unknown module name>';
}

/** A ModuleNotFoundError (or ImportError) that remembers the module name (`e.name`). */
function moduleNotFound(message: string, name: string, type = 'ModuleNotFoundError'): PyException {
  const e = new PyException(type, message) as PyException & { moduleName?: string };
  e.moduleName = name;
  // importlib raises ModuleNotFoundError(msg, name=name): ImportError.name.
  e.fields = [['name', name]];
  return e;
}

/** The stdlib shipped with gclab: `leaf/__init__.py` or `leaf.py` under `dir`. */
function findStdlib(name: string, leaf: string, dir: string): ModuleSpec | undefined {
  const base = dir === '' ? leaf : `${dir}/${leaf}`;
  const pkg = STDLIB_SOURCES[`${base}/__init__.py`];
  if (pkg !== undefined) return { name, source: pkg, origin: `${STDLIB_PREFIX}/${base}/__init__.py`, searchDir: base, root: 'stdlib' };
  const mod = STDLIB_SOURCES[`${base}.py`];
  if (mod !== undefined) return { name, source: mod, origin: `${STDLIB_PREFIX}/${base}.py`, searchDir: null, root: 'stdlib' };
  return undefined;
}

/**
 * module_init_dict + `_init_module_attrs`, in their insertion order:
 * __name__, __doc__, __package__, __loader__, __spec__, [__path__],
 * __file__, __cached__ (exec adds __builtins__ next).
 */
function initModuleDict(ip: Interpreter, d: DictObject, spec: ModuleSpec): void {
  const heap = ip.heap;
  d.set(heap, '__name__', spec.name);
  d.set(heap, '__doc__', null);
  const isPackage = spec.searchDir !== null;
  d.set(heap, '__package__', isPackage ? spec.name : spec.name.slice(0, Math.max(0, spec.name.lastIndexOf('.'))));
  const loader = heap.newInstance(ip.sourceLoaderType());
  d.set(heap, '__loader__', loader);
  heap.decref(loader);
  d.set(heap, '__spec__', null);
  if (isPackage) {
    const dir = spec.origin.slice(0, spec.origin.lastIndexOf('/'));
    const path = heap.newList([dir]);
    d.set(heap, '__path__', path);
    heap.decref(path);
  }
  d.set(heap, '__file__', spec.origin);
  d.set(heap, '__cached__', null);
  d.set(heap, '__builtins__', ip.builtins);
}

/**
 * Modules whose `__getattr__` is gclab's (a name made on first use:
 * functools's RLock, typing's Pattern and Match, inspect's named tuples),
 * not CPython's: it never answers `__path__`, and CPython's module has none
 * to call, so `from m import x` looks `__path__` up as for any module.
 */
const GCLAB_MODULE_GETATTR: ReadonlySet<string> = new Set(['functools', 'typing', 'inspect']);

