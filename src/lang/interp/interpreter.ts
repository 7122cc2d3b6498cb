/**
 * The interpreter: one heap, one collector, the builtin modules, and the
 * machinery to run code objects (module, functions, class bodies,
 * comprehensions). Statement execution and expression evaluation live in
 * exec-statements.ts and eval-expressions.ts.
 */
import { ProcessExit } from '../runtime/process-exit';
import { setCpythonImporter, setCpythonWorkRunner, setFileProbe, setModuleReloader, setSourceLookup, setStartupModuleProbe } from '../runtime/modules/gclab-module';
import { asCpythonWork } from './cpython-cost-replay';
import { DataclassDecorations } from './dataclass-cost';
import { installExceptionGroupType } from '../runtime/exception-group';
import { installExecBuiltins } from './exec-builtins';
import { flushStdFiles, writeProcessStdout, writeStderr } from '../runtime/sys-module';
import { CodeObject, installCodeType } from '../runtime/code-object';
import { installFunctionNew } from '../runtime/function-new';
import { installDocstrings } from '../runtime/docstrings';
import { installFrameType } from '../runtime/frame-type';
import type { RuntimeFrame } from '../runtime/runtime';
import { installExceptionMethods } from '../runtime/exception-methods';
import { BoundMethod, ClassObject, DictObject, Heap, Instance, PyException, TraceLog, TupleObject, isObject, type Value } from '../../heap';
import { CPYTHON_START_TRACKED, MAIN_START_FREE_LISTS } from './cpython-startup-modules';
import { isMappingNamespace } from './namespace-mapping';
import { compiledBody, compiledLambdaBody, runBlock, type StmtCode } from './compiled-code';
import { ImportSystem, type ModuleFileReader } from './import-system';
import { Collector } from '../../gc';
import { runAtExit, setAtexitRegistrar } from '../../weakref';
import { callExitFuncs, registerExitHook, setAtexitReporter } from '../runtime/modules/atexit-module';
import { finalizeModules, saveLastException } from './module-teardown';
import { installMethods } from '../runtime/methods';
import { installBuiltinTypes } from '../runtime/types';
import { installClassGetItem } from '../runtime/types/generic-alias-type';
import { makeBuiltins } from '../runtime/builtins';
import { SimulatedFileSystem } from '../runtime/simulated-files';
import { setFileSystem } from '../runtime/modules/gclab-module';
import { CellObject, FunctionObject, ModuleObject, type CodeInfo } from '../runtime/function-object';
import { makeGcModule } from '../runtime/gc-module';
import { LangHost, releaseException } from '../runtime/lang-host';
import { call } from '../runtime/calls';
import { bindArguments, bindKeywordSlots } from './argument-binding';
import { getAttr } from '../runtime/attributes';
import { Runtime, type Evaluator, type Kwargs } from '../runtime/runtime';
import { makeSysModule } from '../runtime/sys-module';
import { makeWeakrefModule } from '../runtime/weakref-module';
import { installWeakrefBindings } from '../runtime/weakref-bindings';
import type { FunctionDef, Lambda, Module, Scope, Stmt, Expr } from '../syntax/ast';
import { BytesObject, ComplexObject, FloatObject, newComplex, newFloat } from '../../heap';
import { normInt } from '../runtime/arithmetic';
import { parseScenario } from '../syntax';
import { replayCompilerTraffic, stateBeforeMainCompile } from './compiler-gc-traffic';
import { cFunctionInfo, isCImplemented } from '../runtime/c-implemented';
import { CALLING, HOST_FRAME_BUDGET, enterCRecursion, hostStackGuard, hostStackRecursionError } from '../runtime/c-recursion';
import { addTraceback, formatTraceback, formatUnraisable, materialize, fromObject, frameObjectOf, tracebackEntries } from './exceptions';
import { currentHandled, execBlock, hostError, Signal, setupAnnotations } from './exec-statements';
import { execBlockGen } from './exec-generator';
import type { ThreadCoroutine } from '../runtime/thread-switch';
import { frameReferences, type Frame } from './frame';
import { installTraceHooks, traceArguments } from './trace-hooks';
import { BuiltinFunction, ExceptionObject, type FrameObject } from '../runtime/native-objects';
import { exceptionArgs, repr, str } from '../runtime/repr';
import { installGeneratorType } from '../runtime/generator-object';
import { installAnextAwaitableType, installCoroutineTypes } from '../runtime/coroutine-object';
import { installAsyncGeneratorTypes } from '../runtime/async-generator-object';
import { makeGenerator } from './generator-frame';
import { constantObject, isCodeConstant } from './eval-expressions';
import { foldedConstant, setFoldedConstant } from './folded-constants';
import { shareTree, takeSharedTree } from './shared-trees';
import { SysHooks, traceCall, traceException, traceLine, traceReturn } from './sys-trace';

/** A host error that escaped Python code as the Python exception it stands for (the host stack's RecursionError). */
function asPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof RangeError && e.message.includes('call stack')) return hostStackRecursionError();
  throw e;
}

/** A gclab limit stopped the scenario (not a Python exception: nothing can catch it). */
export class ScenarioLimitError extends Error {}

export interface InterpreterOptions {
  filename: string;
  source: string;
  out: (s: string) => void;
  err: (s: string) => void;
  maxSteps: number;
  /** Live objects the scenario may make, counted from its first statement (start-up objects are not counted). */
  maxObjects: number;
  trace: boolean | TraceLog;
  /** sys.argv (default: [filename]). */
  argv?: string[];
  /**
   * Called every CHECKPOINT_STEPS evaluation steps (the host's chance to
   * flush output or notice a signal); returning true raises
   * KeyboardInterrupt at that step, as CPython's eval breaker does for a
   * pending SIGINT (_PyErr_CheckSignalsTstate).
   */
  onCheckpoint?: () => boolean;
  /** The scenario's standard input, one line at a time (with its '\n'), null at end of input; without it input() meets EOF. */
  readLine?: () => string | null;
  /** Validate the collector's lists between phases (CollectorOptions.debugChecks). */
  gcDebugChecks?: boolean;
  /** Reads module files beside the scenario (`import helpers`); without it only builtin and stdlib modules import. */
  readModuleFile?: ModuleFileReader;
  /** Changes the scenario's bare AST before its symbol table is built (gclab why's probe, lang/why.ts). */
  transformMain?: (mod: Module) => void;
  /** The run's simulated file system (runtime/simulated-files.ts; default: an empty one rooted at `/`). */
  fileSystem?: SimulatedFileSystem;
  /** The command line's -W options (sys.warnoptions). */
  warnOptions?: string[];
}

/** Evaluation steps between two calls of InterpreterOptions.onCheckpoint. */
export const CHECKPOINT_STEPS = 1024;

/** gc.get_count() at the first statement of `python3 x.py` (CPython 3.11.7, site enabled). */
const MAIN_START_COUNTS: readonly number[] = [249, 0, 2];

/**
 * gc.get_stats() at the first statement of `python3 x.py` (the same
 * CPython 3.11.7 with site: start-up ran 22 collections of generation 0
 * and 2 of generation 1), as (collections, collected, uncollectable).
 */
const MAIN_START_STATS: ReadonlyArray<readonly [number, number, number]> = [
  [22, 43, 0],
  [2, 92, 0],
  [0, 0, 0],
];

/** The script MAIN_START_COUNTS and MAIN_START_FREE_LISTS were measured with. */
const MAIN_REFERENCE_SCRIPT = 'import gc\nprint(gc.get_count())\n';

let mainBefore: { count: number; freeLists: Array<[number, number]> } | null = null;

/** The counts before python3 compiles the __main__ script (stateBeforeMainCompile, computed once). */
function mainStateBeforeCompile(): { count: number; freeLists: Array<[number, number]> } {
  if (mainBefore === null) {
    mainBefore = stateBeforeMainCompile(parseScenario(MAIN_REFERENCE_SCRIPT, 'reference.py'), MAIN_START_COUNTS[0], MAIN_START_FREE_LISTS);
  }
  return mainBefore;
}

/** Interpreters made in this process so far (their serials). */
let interpreterSerials = 0;

/** Python's default recursion limit. */

export class Interpreter implements Evaluator {
  readonly heap: Heap;
  readonly gc: Collector;
  readonly rt: Runtime;
  readonly builtins: DictObject;
  /** The builtins module (sys.modules['builtins']; __main__'s __builtins__). */
  private builtinsModule!: ModuleObject;
  /** sys's namespace (owned, as interp->sysdict). */
  readonly sysDict: DictObject;
  /** sys.modules and the finders. */
  readonly imports: ImportSystem;
  readonly filename: string;
  /** Source lines of every file that ran (tracebacks show them). */
  private readonly sources = new Map<string, string[]>();
  steps = 0;
  readonly maxSteps: number;
  /** This interpreter's number, unique in the process (folded-constants.ts). */
  readonly serial = ++interpreterSerials;
  /** The tuple constants the compiler folded for this interpreter, by node (folded-constants.ts). */
  readonly foldedConstants = new Map<Expr, Value>();
  /** The step at which step() next leaves its fast path (the step limit or the next checkpoint). */
  private nextCheck: number;
  /** The frames being executed, innermost last. */
  readonly frames: Frame[] = [];
  /** A trace at level refs or all, told at each statement (edges, line events); null otherwise. */
  traceStatements: TraceLog | null = null;
  /** sys.settrace's and sys.setprofile's functions (sys-trace.ts); `hooks.active` is tested at each statement and call. */
  readonly hooks = new SysHooks(this);

  constructor(readonly options: InterpreterOptions) {
    const host = new LangHost();
    this.heap = new Heap({ host, trace: options.trace, maxObjects: options.maxObjects + 10_000, registry: false });
    if (this.heap.trace !== null) installTraceHooks(this, this.heap.trace);
    this.gc = new Collector(this.heap, { debugOut: options.err, debugChecks: options.gcDebugChecks ?? false });
    // After os._exit() nothing more is written (process-exit.ts).
    this.rt = new Runtime(
      this.heap,
      this.gc,
      (s) => {
        if (this.rt.exitStatus === null) options.out(s);
      },
      (s) => {
        if (this.rt.exitStatus === null) options.err(s);
      },
    );
    this.rt.readLine = options.readLine ?? null;
    host.rt = this.rt;
    host.formatException = (e) => formatTraceback(this.rt, e, (f, l) => this.sourceLine(f, l));
    host.formatUnraisable = (e) => formatUnraisable(this.rt, e, (f, l) => this.sourceLine(f, l));
    host.exceptionObject = (e) => materialize(this.rt, e);
    host.exceptionFromObject = (exc) => fromObject(this.rt, exc as ExceptionObject);
    host.tracebackHere = (e) => {
      const frame = this.frames[this.frames.length - 1];
      if (frame !== undefined && tracebackEntries(e).length === 0) addTraceback(this.rt, e, frame);
    };
    this.rt.evaluator = this;
    setSourceLookup(this.rt, (f) => this.sources.get(f));
    const decorations = new DataclassDecorations(() => this.gc.stats[2].collections);
    setCpythonWorkRunner(this.rt, (kind, work) => {
      if (kind !== 'dataclass') return asCpythonWork(this.heap, work, () => undefined);
      const result = asCpythonWork(this.heap, work, (r) => decorations.costNow(r.n, r.options));
      decorations.ended();
      return result;
    });
    setFileProbe(this.rt, (f) => this.sources.has(f) || (!f.startsWith('/') && options.readModuleFile?.(f.replace(/^\.\//, '')) !== undefined));
    this.filename = options.filename;
    this.registerSource(options.filename, options.source);
    this.maxSteps = options.maxSteps;
    this.nextCheck = options.onCheckpoint ? Math.min(options.maxSteps, CHECKPOINT_STEPS) : options.maxSteps;
    installBuiltinTypes(this.rt);
    installMethods(this.rt);
    installExceptionMethods(this.rt);
    installExceptionGroupType(this.rt);
    installCodeType(this.rt);
    installFunctionNew(this.rt);
    installDocstrings(this.rt);
    installFrameType(this.rt);
    this.builtins = makeBuiltins(this.rt);
    installExecBuiltins(this);
    this.imports = new ImportSystem(this, options.readModuleFile);
    setCpythonImporter(this.rt, (name) => this.imports.replayCpythonImport(name));
    setModuleReloader(this.rt, (module) => this.imports.reload(module));
    setStartupModuleProbe(this.rt, () => this.imports.startupModuleLoads > 0);
    // Module objects are tracked containers, as in CPython.
    const gcModule = makeGcModule(this.rt);
    const fs = options.fileSystem ?? new SimulatedFileSystem('/');
    setFileSystem(this.rt, fs);
    // sys.path[0]: the script's folder, '' for `-c` code.
    const path0 = options.filename.startsWith('<') ? '' : fs.scenarioDir ?? '';
    const sysModule = makeSysModule(this.rt, this.imports.modules, options.argv ?? [options.filename], path0, options.warnOptions ?? []);
    installWeakrefBindings(this.rt);
    installGeneratorType(this.rt);
    installCoroutineTypes(this.rt);
    installAnextAwaitableType(this.rt);
    installAsyncGeneratorTypes(this.rt);
    const weakrefModule = makeWeakrefModule(this.rt);
    installClassGetItem(this.rt);
    this.heap.reserve();
    this.heap.incref(this.builtins);
    const builtinsModule = this.heap.register(new ModuleObject('builtins', this.builtins));
    this.builtinsModule = builtinsModule;
    for (const m of [gcModule, sysModule, weakrefModule, builtinsModule]) this.heap.track(m);
    // sys.modules at start-up: sys and builtins first (as CPython's); weakref
    // follows __main__ (site imports it); gc enters at its first import.
    this.imports.addBuiltinModule(sysModule, true);
    this.imports.addBuiltinModule(builtinsModule, true);
    this.imports.addBuiltinModule(weakrefModule, false);
    this.imports.addBuiltinModule(gcModule, false);
    // interp->sysdict: the interpreter's own reference to sys's namespace.
    this.sysDict = sysModule.dict!;
    this.rt.sysDict = this.sysDict;
    this.heap.incref(this.sysDict);
    this.installExceptHook();
    installAtexit(this);
    // Other objects made so far belong to the interpreter: hide them from gc.get_objects().
    for (const o of this.gc.getObjects()) if (!(o instanceof ModuleObject)) this.rt.internalObjects.add(o);
  }

  sourceLine(file: string, line: number): string {
    if (this.modulesRemoved) return '';
    return this.sources.get(file)?.[line - 1] ?? '';
  }

  /**
   * Set once module teardown has emptied sys.modules (finalize_remove_modules):
   * from then on a traceback shows no source lines, because CPython's
   * _Py_DisplaySourceLine imports `io` to read them and that import now fails.
   */
  modulesRemoved = false;

  /** Remember a file's text for tracebacks. */
  registerSource(filename: string, source: string): void {
    this.sources.set(filename, source.split('\n'));
  }

  /**
   * The SyntaxWarnings the compiler issued for a module just compiled
   * (compiler_warn), on sys.stderr as warnings.showwarning formats them:
   * `file:line: SyntaxWarning: message` and the stripped source line when
   * linecache has one (`lines`; none for `<string>`).
   */
  reportCompileWarnings(mod: Module, filename: string, lines: string[] | undefined): void {
    for (const w of mod.warnings ?? []) {
      let text = `${filename}:${w.line}: SyntaxWarning: ${w.message}\n`;
      const src = lines?.[w.line - 1]?.trim() ?? '';
      if (src !== '') text += `  ${src}\n`;
      try {
        writeStderr(this.rt, text);
      } catch (err) {
        releaseException(this.rt, err);
        this.rt.err(text);
      }
    }
  }

  /** Remember a file's lines (by line number) for tracebacks. */
  registerSourceLines(filename: string, lines: string[]): void {
    this.sources.set(filename, lines);
  }

  /**
   * The compiler's constant folding for a module about to run (see
   * foldConstantTuples); `log` receives the folded tuple nodes in order
   * (what refoldConstants replays).
   */
  foldConstants(mod: Module, log?: Expr[]): void {
    foldConstantTuples(this, mod, log);
  }

  /** The folding of a tree another interpreter folded (logging `folds`): this heap's constants, made as the walk makes them. */
  refoldConstants(folds: readonly Expr[]): void {
    refoldConstantTuples(this, folds);
  }

  private loaderType: ClassObject | undefined;
  /** importlib's SourceFileLoader class (each source module's `__loader__` is an instance). */
  sourceLoaderType(): ClassObject {
    if (this.loaderType === undefined) {
      this.loaderType = this.rt.types.make('SourceFileLoader', [this.rt.types.get('object')], '_frozen_importlib_external');
    }
    return this.loaderType;
  }

  /** One evaluation step (a statement or a call): enforces --max-steps and runs the host's checkpoints. */
  step(): void {
    if (++this.steps > this.nextCheck) this.checkpoint();
  }

  chargeSteps(n: number): void {
    this.steps += n;
    if (this.steps > this.nextCheck) this.checkpoint();
  }

  stepCount(): number {
    return this.steps;
  }

  private checkpoint(): void {
    if (this.steps > this.maxSteps) throw new ScenarioLimitError(`step limit of ${this.maxSteps} reached`);
    const onCheckpoint = this.options.onCheckpoint;
    if (onCheckpoint === undefined) return;
    this.nextCheck = Math.min(this.maxSteps, this.steps + CHECKPOINT_STEPS);
    if (onCheckpoint()) throw new PyException('KeyboardInterrupt');
  }

  // ---- the module ---------------------------------------------------------

  /** Run the scenario as __main__; returns the exit status. */
  runMain(): number {
    const mod = this.mainTree();
    const main = this.createMain(true);
    this.reportCompileWarnings(mod, this.filename, this.sources.get(this.filename));
    if (this.heap.trace !== null) this.heap.trace.startupDone(this.heap.allocated, this.heap.liveCount);
    const globals = main.dict!;
    const frame = this.newFrame(mod.scope!, globals, globals, '<module>');
    // The collector's counts at __main__'s first statement are CPython's own
    // (`python3 -c 'import gc; print(gc.get_count())'` on 3.11.7 with site:
    // (249, 0, 2)), whatever gclab's start-up allocated: the first automatic
    // collections of a scenario then fall where CPython's fall, and a change
    // to gclab's start-up objects does not move them.
    MAIN_START_COUNTS.forEach((c, i) => (this.heap.genCount[i] = c));
    // ... for a script that only imports gc; the compilation of this one
    // moves them from the state before it as CPython's compiler does
    // (compiler-gc-traffic.ts).
    const before = mainStateBeforeCompile();
    this.heap.genCount[0] = before.count;
    this.heap.freeLists.fill(before.freeLists);
    // No collection starts inside it here (CPython's would, were the count to pass
    // threshold0 while compiling a very long script), so allocation 1 of a collection
    // schedule stays the scenario's first statement's.
    const hook = this.heap.gcAllocHook;
    this.heap.gcAllocHook = null;
    replayCompilerTraffic(this.heap, mod, { freeArena: false, countFoldedTuples: true });
    this.heap.gcAllocHook = hook;
    MAIN_START_STATS.forEach(([collections, collected, uncollectable], i) => Object.assign(this.gc.stats[i], { collections, collected, uncollectable }));
    // CPython's start-up objects that gclab's heap does not hold count in the
    // long-lived heuristic as python3's do (Collector.hiddenLongLived).
    this.gc.hiddenLongLived = Math.max(0, CPYTHON_START_TRACKED - this.gc.countLongLived());
    let status = 0;
    this.heap.incref(globals);
    try {
      this.runFrame(frame, mod.body);
    } catch (e) {
      if (e instanceof ProcessExit) return this.processExit(e);
      status = this.reportUncaught(asPyException(e), frame);
    }
    this.releaseFrame(frame);
    // _PyRun_SimpleFileObject: __file__ and __cached__ leave __main__ after the run.
    for (const k of ['__file__', '__cached__']) if (globals.has(this.heap, k)) globals.delete(this.heap, k);
    this.heap.decref(globals);
    // Py_RunMain: a failed Py_FinalizeEx makes the exit status 120.
    try {
      if (!this.shutdown()) status = 120;
    } catch (e) {
      // os._exit() in an atexit handler, a finalizer or a __del__ at exit.
      if (e instanceof ProcessExit) return this.processExit(e);
      throw e;
    }
    return status;
  }

  /**
   * The scenario's tree, folded: parsed, or the one an earlier run of the
   * same file and source left (shared-trees.ts; a tree that a transformMain
   * changed is not shared).
   */
  private mainTree(): Module {
    const { source, transformMain } = this.options;
    const key = `__main__:${this.filename}`;
    const shared = transformMain === undefined ? takeSharedTree(key, this.filename, source, this.heap) : undefined;
    if (shared !== undefined) {
      this.refoldConstants(shared.folds);
      return shared.tree;
    }
    const mod = parseScenario(source, this.filename, transformMain);
    const folds: Expr[] = [];
    foldConstantTuples(this, mod, folds);
    if (transformMain === undefined) shareTree('scenario', key, { origin: this.filename, source, tree: mod, lines: this.sources.get(this.filename)!, folds }, this.heap);
    return mod;
  }

  /**
   * The __main__ module as pymain_run_python leaves it before the first
   * statement runs (a borrowed reference: sys.modules owns it). As in
   * CPython, the module object is tracked before its namespace dict (which
   * is tracked when the first container goes in), so a collection scanning
   * the generation finds the module first and marks its dict reachable in
   * place: the order of everything the module holds is kept.
   */
  private createMain(script: boolean): ModuleObject {
    const globals = this.heap.newDict();
    this.heap.reserve();
    const main = this.heap.register(new ModuleObject('__main__', globals));
    this.heap.track(main);
    this.initMainGlobals(globals, script);
    // sys.modules['__main__'] owns the module; weakref was imported by site after it.
    this.imports.modules.set(this.heap, '__main__', main);
    this.heap.decref(main);
    this.heap.decref(this.imports.gcdImport('weakref'));
    // CPython's sys.modules, __main__ and its dict are old when a script
    // starts (they survived the start-up collections): they sit in
    // generation 2 in that order (sys.modules was made first; __main__'s
    // dict was tracked when __builtins__ went in). sys.modules is held from
    // outside (interp->modules), so every full collection, the exit one
    // included, reaches __main__ and then its namespace before scanning
    // them: they stay in place, and so does every object the namespace
    // names that comes after it. An object made before its only holder
    // (a list display's items, a dict display's values) is scanned first,
    // moved out tentatively and appended back when its holder is
    // traversed (a list's items last to first, a dict's in order); a list
    // made empty and then filled (a comprehension, append) keeps its items
    // in place, in creation order.
    this.heap.moveToGeneration(this.imports.modules, 2);
    this.heap.moveToGeneration(main, 2);
    this.heap.moveToGeneration(globals, 2);
    // --max-objects counts the scenario's objects: what start-up made is not charged.
    this.heap.uncountedObjects = this.heap.liveCount;
    this.heap.maxObjects = this.heap.liveCount + this.options.maxObjects;
    return main;
  }

  // ---- the interactive loop (PyRun_InteractiveLoopFlags) --------------------

  /** The interactive session's namespace (owned while the session runs), or null. */
  private interactiveGlobals: DictObject | null = null;

  /** Start an interactive session: __main__ without __file__, as the REPL has it. */
  startInteractive(): void {
    if (this.interactiveGlobals !== null) return;
    this.interactiveGlobals = this.createMain(false).dict!;
    this.heap.incref(this.interactiveGlobals);
  }

  /**
   * Run one interactive input (compiled in 'single' mode): the value of each
   * expression statement at module level goes to sys.displayhook (repr on
   * standard output, kept in builtins._). An uncaught exception is printed
   * as a traceback and the session goes on; SystemExit ends it: its exit
   * status is returned (null: the session goes on). A SyntaxError is thrown
   * (ScenarioSyntaxError) for the caller to report.
   */
  runInteractive(source: string): number | null {
    this.startInteractive();
    const globals = this.interactiveGlobals!;
    const mod = parseScenario(source, this.filename);
    foldConstantTuples(this, mod);
    const frame = this.newFrame(mod.scope!, globals, globals, '<module>');
    frame.interactive = true;
    try {
      this.runFrame(frame, mod.body);
    } catch (e) {
      if (e instanceof ProcessExit) return this.processExit(e);
      const pe = asPyException(e);
      const exc = materialize(this.rt, pe);
      if (exc.cls.isSubclassOf(this.rt.types.get('SystemExit'))) return this.handleSystemExit(pe, exc);
      this.reportUncaught(pe, frame);
    }
    this.releaseFrame(frame);
    return null;
  }

  /** End the interactive session as Py_FinalizeEx does; returns the exit status (0, or 120 when flushing sys.stdout failed). */
  endInteractive(): number {
    // After os._exit() nothing shuts down.
    if (this.rt.exitStatus !== null) return this.rt.exitStatus;
    this.startInteractive();
    this.heap.decref(this.interactiveGlobals!);
    this.interactiveGlobals = null;
    try {
      return this.shutdown() ? 0 : 120;
    } catch (e) {
      if (e instanceof ProcessExit) return this.processExit(e);
      throw e;
    }
  }

  /**
   * sys.displayhook (Python/sysmodule.c sys_displayhook): None prints
   * nothing; otherwise builtins._ is set to None, repr(value) is written to
   * standard output, then builtins._ is set to the value. Consumes `v`.
   */
  displayHook(v: Value): void {
    if (v === null) return;
    try {
      this.builtins.set(this.heap, '_', null);
      this.writeToStdout(repr(this.rt, v), '\n');
      this.builtins.set(this.heap, '_', v);
    } finally {
      this.heap.decref(v);
    }
  }

  /**
   * PyFile_WriteObject/WriteString to sys.stdout, one write() per piece
   * when a program replaced it (a doctest's or captured_stdout()'s buffer);
   * the process's own stdout is written directly. sys.stdout = None:
   * RuntimeError('lost sys.stdout').
   */
  private writeToStdout(...pieces: string[]): void {
    const rt = this.rt;
    const target = rt.sysDict?.get(this.heap, 'stdout');
    if (target === null) throw rt.error('RuntimeError', 'lost sys.stdout');
    if (target === undefined || (target instanceof Instance && (target as unknown as { native?: string }).native === 'stdout')) {
      writeProcessStdout(rt, pieces.join(''));
      return;
    }
    const w = getAttr(rt, target, 'write');
    try {
      for (const p of pieces) rt.decref(call(rt, w, [p]));
    } finally {
      rt.decref(w);
    }
  }

  /**
   * __main__'s namespace as Python/pythonrun.c and runpy leave it for a script, in
   * the same insertion order: __name__, __doc__, __package__, __loader__ (a
   * SourceFileLoader), __spec__, __annotations__, __builtins__, __file__, __cached__.
   */
  private initMainGlobals(globals: DictObject, script: boolean): void {
    const heap = this.heap;
    globals.set(heap, '__name__', '__main__');
    globals.set(heap, '__doc__', null);
    globals.set(heap, '__package__', null);
    const loader = heap.newInstance(this.sourceLoaderType());
    globals.set(heap, '__loader__', loader);
    heap.decref(loader);
    heap.moveToGeneration(loader, 2);
    globals.set(heap, '__spec__', null);
    const annotations = heap.newDict();
    globals.set(heap, '__annotations__', annotations);
    heap.decref(annotations);
    // __main__'s __builtins__ is the builtins module (PyImport_ImportModule("builtins")
    // in run_mod's setup); imported modules get the module's dict.
    globals.set(heap, '__builtins__', this.builtinsModule);
    if (!script) return;
    globals.set(heap, '__file__', this.filename);
    globals.set(heap, '__cached__', null);
  }

  /** sys.excepthook and sys.__excepthook__: sys_excepthook_impl, the default display. */
  private defaultExceptHook: BuiltinFunction | null = null;

  private installExceptHook(): void {
    const rt = this.rt;
    const hook = new BuiltinFunction(
      'excepthook',
      (args) => {
        if (args.length !== 3) throw rt.typeError(`excepthook expected 3 arguments, got ${args.length}`);
        const value = args[1];
        if (!(value instanceof ExceptionObject)) {
          writeStderr(rt, `TypeError: print_exception(): Exception expected for value, ${rt.typeName(value)} found\n`);
          return null;
        }
        this.heap.incref(value);
        const pe = new PyException(value.cls.name, [], value);
        try {
          this.displayException(pe);
        } finally {
          releaseException(rt, pe);
        }
        return null;
      },
      undefined,
    );
    this.heap.reserve();
    this.heap.register(hook);
    this.heap.track(hook);
    this.sysDict.set(this.heap, 'excepthook', hook);
    this.sysDict.set(this.heap, '__excepthook__', hook);
    this.heap.decref(hook);
    this.defaultExceptHook = hook;
  }

  /** PyErr_Display: the traceback text on sys.stderr (the process's stream when that write fails). */
  private displayException(e: PyException): void {
    const text = formatTraceback(this.rt, e, (f, l) => this.sourceLine(f, l));
    try {
      writeStderr(this.rt, text);
    } catch (err) {
      // A failing sys.stderr.write: the report goes to the process's stream.
      releaseException(this.rt, err);
      this.rt.err(text);
    }
  }

  /**
   * _PyErr_PrintEx's hook step: sys.excepthook(type, value, tb) when the
   * program replaced it; a hook that raises gets "Error in
   * sys.excepthook:" and its own traceback, then "Original exception was:"
   * and the original; without sys.excepthook: "sys.excepthook is missing".
   */
  private callExceptHook(e: PyException, exc: ExceptionObject): void {
    const rt = this.rt;
    const hook = this.sysDict.get(this.heap, 'excepthook');
    if (hook === this.defaultExceptHook) return this.displayException(e);
    if (hook === undefined) {
      writeStderr(rt, 'sys.excepthook is missing\n');
      return this.displayException(e);
    }
    rt.incref(hook);
    try {
      rt.decref(call(rt, hook, [exc.cls, exc, exc.exc[1] ?? null]));
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      materialize(rt, err);
      writeStderr(rt, 'Error in sys.excepthook:\n');
      this.displayException(err);
      releaseException(rt, err);
      writeStderr(rt, '\nOriginal exception was:\n');
      this.displayException(e);
    } finally {
      rt.decref(hook);
    }
  }

  private reportUncaught(e: PyException, frame: Frame): number {
    const exc = materialize(this.rt, e);
    if (exc.cls.isSubclassOf(this.rt.types.get('SystemExit'))) return this.handleSystemExit(e, exc);
    addTraceback(this.rt, e, frame);
    this.callExceptHook(e, exc);
    // Modules/main.c pymain_main: after an unhandled KeyboardInterrupt the
    // interpreter finalizes, then re-raises SIGINT on itself (exit_sigint), which a
    // shell reports as 128 + SIGINT = 130.
    const status = exc.cls.isSubclassOf(this.rt.types.get('KeyboardInterrupt')) ? 130 : 1;
    saveLastException(this, this.sysDict, e, exc);
    return status;
  }

  /**
   * _Py_HandleSystemExit: the exit status is the exception's code -- None
   * is 0, an int (bools included) is itself, anything else is printed on
   * stderr and gives 1.
   */
  private handleSystemExit(e: PyException, exc: ExceptionObject): number {
    const args = exceptionArgs(exc);
    const code = args.length === 0 ? null : args.length === 1 ? args[0] : exc.exc[0] ?? null;
    let status: number;
    if (code === null) status = 0;
    else if (typeof code === 'number' || typeof code === 'boolean') status = Number(code) & 0xff;
    else if (typeof code === 'bigint') status = Number(code & 0xffn);
    else {
      this.rt.err(str(this.rt, code) + '\n');
      status = 1;
    }
    releaseException(this.rt, e);
    return status;
  }

  /** Py_FinalizeEx (module-teardown.ts has the order). */
  /** Py_FinalizeEx; returns false when flushing sys.stdout or sys.stderr failed (python3 then exits with 120). */
  /**
   * os._exit(): the process ends here, with no shutdown (process-exit.ts).
   * Output already written stays (gclab does not model the stdout buffer
   * that python3 loses when stdout is a pipe or a file).
   */
  private processExit(e: ProcessExit): number {
    return e.status;
  }

  /**
   * wait_for_thread_shutdown: threading._shutdown() (the non-daemon
   * threads run to their end), if threading was imported; an exception
   * from it is unraisable.
   */
  private waitForThreadShutdown(): void {
    const threading = this.imports.modules.get(this.heap, 'threading');
    if (threading === undefined || !(threading instanceof ModuleObject)) return;
    const fn = threading.dict?.get(this.heap, '_shutdown');
    if (fn === undefined) return;
    try {
      this.rt.decref(call(this.rt, fn, []));
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      this.heap.host.writeUnraisable(this.heap, e, undefined);
    }
  }

  private shutdown(): boolean {
    if (this.heap.trace !== null) this.heap.trace.push({ kind: 'shutdown' });
    this.waitForThreadShutdown();
    callExitFuncs(this.rt);
    // _PyRuntimeState_SetFinalizing, after the exit functions.
    this.rt.finalizing = true;
    // The flush needs a bound method or two: a scenario that ended at --max-objects still gets its output out.
    const flushed = this.heap.withHeadroom(() => flushStdFiles(this.rt));
    // _PyGC_CollectIfEnabled: one collection while the modules are still alive.
    if (this.gc.enabled) {
      try {
        this.gc.collect(2);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        releaseException(this.rt, e);
      }
    }
    finalizeModules(this, this.sysDict);
    return flushed;
  }

  // ---- frames ---------------------------------------------------------------

  newFrame(code: Scope, globals: DictObject, ns: DictObject, funcName: string, filename: string = this.filename): Frame {
    const nlocals = code.varnames.length;
    const pool = this.framePool[nlocals];
    if (pool !== undefined && pool.length > 0) {
      // A finished call's frame (recycleFrame): every other field is reset already.
      const f = pool.pop()!;
      f.code = code;
      f.globals = globals;
      f.ns = ns;
      f.nsIsMapping = isMappingNamespace(ns);
      f.funcName = funcName;
      f.filename = filename;
      f.traceId = this.heap.trace !== null ? this.traceFrameStart(funcName, filename) : 0;
      return f;
    }
    // An exact-size packed copy of an all-undefined template (pushing onto
    // [] would give every frame's locals a 16-slot backing store).
    const locals = localsTemplate(nlocals).slice();
    // Every field is present from the start, optional ones as undefined, so
    // that all frames share one shape (monomorphic field accesses).
    return {
      code,
      locals,
      cells: [],
      globals,
      ns,
      nsIsMapping: isMappingNamespace(ns),
      funcName,
      filename,
      line: 0,
      expr: null,
      traceId: this.heap.trace !== null ? this.traceFrameStart(funcName, filename) : 0,
      returnValue: null,
      fLocals: undefined,
      frameObject: undefined,
      firstLine: undefined,
      qualname: undefined,
      handling: null,
      stack: undefined,
      yieldFrom: undefined,
      func: undefined,
      callee: undefined,
      calledFromPython: false,
      interactive: undefined,
      reraisedHere: false,
    };
  }

  /**
   * Finished function frames by locals count, for newFrame to reuse (the
   * analogue of CPython's frame stack, _PyThreadState_BumpFramePointer:
   * a call takes no new frame record). Only frames no one can still see are
   * here (recycleFrame).
   */
  private readonly framePool: Array<Frame[] | undefined> = [];

  /**
   * Whether a function frame about to be released can be reused afterwards:
   * no frame object (a traceback, sys._getframe or a trace function saw
   * it), not a generator's or a thread's, no f_locals, no bare re-raise
   * that left the frame's identity on an exception (markReraised), and no
   * trace or hooks (which number or report frames).
   */
  private frameReusable(frame: Frame): boolean {
    return (
      frame.frameObject === undefined &&
      frame.stack === undefined &&
      frame.fLocals === undefined &&
      frame.switchable === undefined &&
      frame.ownsCallee === undefined &&
      !frame.reraisedHere &&
      this.heap.trace === null &&
      !this.hooks.active
    );
  }

  /** Put a released frame (frameReusable before its release) in the pool, its fields back to newFrame's. */
  private recycleFrame(frame: Frame): void {
    const locals = frame.locals;
    let pool = this.framePool[locals.length];
    if (pool === undefined) pool = this.framePool[locals.length] = [];
    if (pool.length >= FRAME_POOL_LIMIT) return;
    if (frame.cells.length !== 0) frame.cells = [];
    frame.line = 0;
    frame.expr = null;
    frame.returnValue = null;
    frame.firstLine = undefined;
    frame.qualname = undefined;
    frame.handling = null;
    frame.yieldFrom = undefined;
    frame.func = undefined;
    frame.callee = undefined;
    frame.calledFromPython = false;
    frame.interactive = undefined;
    pool.push(frame);
  }

  /** Frames started so far (the trace numbers them). */
  private traceFrames = 0;

  /** The trace's `frame` event for a frame being made; returns its number. */
  private traceFrameStart(funcName: string, filename: string): number {
    const n = ++this.traceFrames;
    const parent = this.frames[this.frames.length - 1];
    this.heap.trace!.pushAt({ kind: 'frame', frame: n, parent: parent !== undefined ? parent.traceId : 0 }, { line: 0, funcName, filename });
    return n;
  }

  /**
   * Frames on the stack whose code stands for C (c-implemented.ts): a C
   * function has no frame in CPython, so they do not count toward the
   * recursion limit (the C paths that take Py_EnterRecursiveCall entries
   * take them in cRecursionDepth instead).
   */
  private cFrames = 0;

  /** Push a running frame (its code standing for C counts in cFrames). */
  pushFrame(frame: Frame): void {
    this.frames.push(frame);
    if (frame.code.cImplemented) this.cFrames++;
  }

  /** Pop the running frame pushed last. */
  popFrame(): void {
    const frame = this.frames.pop()!;
    if (frame.code.cImplemented) this.cFrames--;
  }

  /** The recursion depth of Python frames, as tstate->recursion_remaining counts them (sys.setrecursionlimit checks against it). */
  frameDepth(): number {
    return this.frames.length - this.cFrames;
  }

  /** Every frame on the stack, counted toward the limit or not. */
  hostDepth(): number {
    return this.frames.length;
  }

  /** Is the running frame's code standing for C (a call it makes is a C-to-C call)? */
  inCCode(): boolean {
    const top = this.frames[this.frames.length - 1];
    return top !== undefined && top.code.cImplemented;
  }

  /** sys.exc_info / sys.exception: _PyErr_GetTopmostException over the frame stack. */
  handledException(): Value | undefined {
    return currentHandled(this);
  }

  /** The RecursionError raised on entering a frame, until its caller sees it. */
  private failedFrameEntry: PyException | null = null;

  importModule(name: string, globals: DictObject, fromlist: string[] | null, level: number): Value {
    return this.imports.importName(name, globals, fromlist, level);
  }

  /**
   * Import a module before the scenario runs (pymain_import_warnings); an
   * error is reported as CPython reports a failed start-up import
   * (unraisable) and the scenario still runs.
   */
  importAtStartup(name: string): void {
    const globals = this.heap.newDict();
    try {
      this.heap.decref(this.importModule(name, globals, null, 0));
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      this.heap.host.writeUnraisable(this.heap, e, undefined);
    } finally {
      this.heap.decref(globals);
    }
  }

  /** Execute `body` in `frame`; returns the frame's return value (new reference). */
  runFrame(frame: Frame, body: Stmt[], compiled?: StmtCode[]): Value {
    if (this.frameDepth() + this.rt.cRecursionDepth >= this.rt.recursionLimit) {
      // _Py_EnterRecursiveCall fails before the frame runs a line: the frame gets no traceback entry.
      this.failedFrameEntry = new PyException('RecursionError', 'maximum recursion depth exceeded');
      throw this.failedFrameEntry;
    }
    this.pushFrame(frame);
    let inBody = false;
    let sig: Signal;
    try {
      if (frame.code.kind === 'module') {
        // compiler_body: a module's leading string literal is stored as __doc__ first.
        const first = body[0];
        if (first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
          frame.ns.set(this.heap, '__doc__', first.value.value);
        }
        setupAnnotations(this, frame.ns, body);
      }
      inBody = true;
      if (this.hooks.active) traceCall(this, frame);
      sig = compiled !== undefined ? runBlock(this, frame, compiled) : execBlock(this, frame, body);
      if (this.hooks.active) this.traceReturnOf(frame, sig === Signal.Return ? frame.returnValue : null);
    } catch (e) {
      // A JS engine limit in the body becomes its Python exception here
      // (compiled blocks do not convert it: runBlock), as execBlock does.
      let thrown = inBody ? hostError(e) : e;
      if (inBody && this.hooks.active) thrown = this.traceUnwind(frame, thrown);
      this.popFrame();
      throw thrown;
    }
    this.popFrame();
    if (sig === Signal.Return) return frame.returnValue;
    return null;
  }

  /** Release a finished frame's references in _PyFrame_Clear order. */
  releaseFrame(frame: Frame): void {
    const trace = this.heap.trace;
    if (trace === null) {
      this.releaseFrameReferences(frame);
    } else {
      trace.push({ kind: 'frame-end', frame: frame.traceId });
      const prev = trace.setBy(frame.code.kind === 'module' ? `end of ${frame.funcName}` : `end of ${frame.funcName}()`);
      try {
        this.releaseFrameReferences(frame);
      } finally {
        trace.setBy(prev);
      }
    }
    // _PyFrame_Clear's f_func last: a comprehension's function.
    if (frame.ownsCallee === true) {
      frame.ownsCallee = false;
      const fn = frame.callee;
      frame.callee = undefined;
      if (fn !== undefined) this.heap.decref(fn);
    }
  }

  private releaseFrameReferences(frame: Frame): void {
    const fo = frame.frameObject;
    if (fo !== undefined) {
      frame.frameObject = undefined;
      fo.source = null;
      const code = this.codeObject(frame);
      fo.code = code;
      this.heap.decref(code);
      fo.line = frame.line;
      if (fo.refcnt > 1) {
        // _PyFrame_Clear: a traceback still holds the frame object; it
        // takes the locals over, and they live as long as it does.
        const code = frame.code;
        if (code.paramCells.length === 0 && frame.stack === undefined) fo.ownedNames = [...code.varnames, ...code.cellvars, ...code.freevars];
        // The f_locals dict goes with them, kept apart (frame.clear() leaves it).
        if (frame.fLocals !== undefined && frame.stack === undefined) {
          fo.fLocals = frame.fLocals;
          frame.fLocals = undefined;
        }
        // take_ownership links f_back to the caller's frame object (made if
        // needed): the frame this one returned to, now on top of the stack.
        // A generator's frame has no caller between resumptions.
        let back: FrameObject | null = null;
        const caller = frame.stack === undefined ? this.frames[this.frames.length - 1] : undefined;
        if (caller !== undefined) {
          back = frameObjectOf(this.rt, caller);
          this.heap.incref(back);
        }
        // The frame's f_func goes with it (a generator's frame lists it among its references).
        const func = frame.stack === undefined ? frame.callee : undefined;
        if (func !== undefined) {
          fo.func = func;
          this.heap.incref(func);
        } else if (frame.stack === undefined) {
          // Module code, a class body: the globals its f_func would hold.
          fo.globals = frame.globals;
          this.heap.incref(frame.globals);
        }
        fo.takeOwnership(frameReferences(frame), back);
        this.heap.decref(fo);
        return;
      }
      fo.live = null;
      this.heap.decref(fo);
    } else if (frame.fLocals === undefined && frame.stack === undefined && (frame.cells.length === 0 || frame.code.paramCells.length === 0)) {
      // The common frame (no f_locals, not a generator's, no frame object,
      // no parameter living in a cell): its references are the fast locals,
      // released in slot order where they are (no frame object exists, so
      // nothing can observe a slot between its release and the next's; no
      // copy is made), then its cells and free variables in order, as
      // frameReferences lists them.
      const locals = frame.locals;
      const heap = this.heap;
      for (let i = 0; i < locals.length; i++) {
        const v = locals[i];
        if (v !== undefined) {
          locals[i] = undefined;
          heap.decref(v);
        }
      }
      const cells = frame.cells;
      if (cells.length !== 0) {
        frame.cells = [];
        for (let i = 0; i < cells.length; i++) heap.decref(cells[i]);
      }
      return;
    }
    for (const v of frameReferences(frame)) if (v !== undefined) this.heap.decref(v);
  }

  // ---- functions ----------------------------------------------------------

  /** MAKE_FUNCTION: a new function for `def`/`lambda` (defaults are owned new references). */
  makeFunction(
    node: FunctionDef | Lambda,
    frame: Frame,
    defaults: Value[],
    kwdefaults: Map<string, Value>,
    qualname: string,
  ): FunctionObject {
    const scope = node.scope!;
    // BUILD_TUPLE of the defaults, unless they fold into a code constant.
    let defaultsTuple: TupleObject | null = null;
    if (defaults.length > 0 && !node.params.args.every((a) => a.default === null || isCodeConstant(a.default))) {
      defaultsTuple = this.heap.newTuple(defaults);
      for (const d of defaults) this.heap.decref(d);
    }
    // LOAD_CLOSURE ... BUILD_TUPLE: the closure tuple exists before the function.
    const closure = scope.closure.length === 0 ? null : this.heap.newTuple(scope.closure.map((i) => frame.cells[i]));
    const p = node.params;
    const code: CodeInfo = {
      name: node.kind === 'Lambda' ? '<lambda>' : node.name,
      qualname,
      params: p.args.map((a) => a.name),
      vararg: p.vararg?.name ?? null,
      kwonly: p.kwonlyargs.map((a) => a.name),
      posonly: p.posonlycount,
      kwarg: p.kwarg?.name ?? null,
      body: node.kind === 'Lambda' ? node.body : node.body,
      scope,
      isLambda: node.kind === 'Lambda',
      filename: frame.filename,
      line: node.line,
      // compiler_function: co_firstlineno is the first decorator's line when there are decorators.
      firstLineno: node.kind === 'FunctionDef' && node.decorators.length > 0 ? node.decorators[0].line : node.line,
      doc: node.kind === 'FunctionDef' ? docstringOf(node.body) : null,
    };
    this.heap.reserve();
    this.heap.incref(frame.globals);
    const f = this.heap.register(new FunctionObject(code, frame.globals, defaultsTuple?.items ?? defaults, kwdefaults, closure));
    f.defaultsTuple = defaultsTuple;
    // func_new: __module__ from the globals' __name__; __doc__ from a leading string constant.
    const moduleName = frame.globals.get(this.heap, '__name__');
    if (moduleName !== undefined) f.module = this.rt.incref(moduleName);
    f.doc = code.doc ?? null;
    // A module-level def of a stdlib file that CPython writes in C is a
    // builtin_function_or_method there (c-functions.ts).
    if ((frame.code as Scope).kind === 'module') f.cFunction = cFunctionInfo(scope) ?? null;
    this.heap.track(f);
    return f;
  }

  /** Call a Python function: bind arguments, run the body, release the frame. */
  callFunction(fn: FunctionObject, args: Value[], kwargs: Kwargs, steal = false): Value {
    // Code standing for C (c-implemented.ts) counts as C does from its
    // argument binding to its frame's release (Heap.cCode); a Python
    // function it calls back counts as Python code.
    const cCode = isCImplemented(fn.code.scope as Scope);
    if (cCode === this.heap.cCode) return this.runFunctionFrame(fn, this.callFrame(fn, args, kwargs, steal));
    return this.countingAs(cCode, () => this.runFunctionFrame(fn, this.callFrame(fn, args, kwargs, steal)));
  }

  /**
   * Run `body` counting allocations as code standing for C does (`cCode`)
   * or as Python code does (Heap.cCode), then restore the mode: Python
   * code calling C code settles C's allocations when it returns
   * (Heap.leaveCCode); C code calling back Python code leaves them pending.
   */
  countingAs<T>(cCode: boolean, body: () => T): T {
    const heap = this.heap;
    if (cCode === heap.cCode) return body();
    if (cCode) {
      const mark = heap.enterCCode();
      try {
        return body();
      } finally {
        heap.leaveCCode(mark);
      }
    }
    heap.cCode = false;
    try {
      return body();
    } finally {
      heap.cCode = true;
    }
  }

  /**
   * callFunction from Python code (steal) of a function whose parameters
   * are `n` (<= 4) positional ones, or more whose defaults cover the rest
   * (bindArguments' default fill, here after the move), with no trace recording the
   * binding: the arguments a0..a(n-1) (new references) move into the new
   * frame's first slots without an argument array (compiled-code.ts
   * vectorcall; callFrame's common binding, as a move). Counting mode as
   * callFunction's. With `steal` false (a call from C code: type_call's
   * tp_init, calls.ts callPlainClassPositional) the caller keeps its
   * references and the frame takes new ones once it is made, as
   * callFrame's increfArgs does.
   */
  callFunctionPositional(fn: FunctionObject, n: number, a0: Value, a1: Value, a2: Value, a3: Value, steal = true): Value {
    const cCode = isCImplemented(fn.code.scope as Scope);
    if (cCode === this.heap.cCode) return this.runFunctionPositional(fn, n, a0, a1, a2, a3, steal);
    return this.countingAs(cCode, () => this.runFunctionPositional(fn, n, a0, a1, a2, a3, steal));
  }

  /**
   * callFunction from Python code (steal) with keywords that
   * argument-binding.ts keywordsBind accepted for `slots` (the call site's
   * keywordSlots), with no trace recording the binding: every value moves
   * into the new frame (bindKeywordSlots) without bindArguments' searches.
   * Counting mode as callFunction's.
   */
  callFunctionKeywords(fn: FunctionObject, args: Value[], kwargs: Array<[string, Value]>, slots: Int32Array): Value {
    const cCode = isCImplemented(fn.code.scope as Scope);
    if (cCode === this.heap.cCode) return this.runFunctionKeywords(fn, args, kwargs, slots);
    return this.countingAs(cCode, () => this.runFunctionKeywords(fn, args, kwargs, slots));
  }

  /** callFunctionKeywords' work, in the caller's counting mode. */
  private runFunctionKeywords(fn: FunctionObject, args: Value[], kwargs: Array<[string, Value]>, slots: Int32Array): Value {
    const frame = this.functionFrame(fn, true);
    bindKeywordSlots(this.rt, fn, frame, args, kwargs, slots);
    this.makeCells(fn, frame);
    return this.runFunctionFrame(fn, frame);
  }

  /** callFunctionPositional's work, in the caller's counting mode. */
  private runFunctionPositional(fn: FunctionObject, n: number, a0: Value, a1: Value, a2: Value, a3: Value, steal: boolean): Value {
    const frame = this.functionFrame(fn, steal);
    const locals = frame.locals;
    if (n > 0) {
      locals[0] = a0;
      if (n > 1) {
        locals[1] = a1;
        if (n > 2) {
          locals[2] = a2;
          if (n > 3) locals[3] = a3;
        }
      }
      if (!steal) for (let i = 0; i < n; i++) this.rt.incref(locals[i] as Value);
    }
    // initialize_locals: the parameters past the arguments take their defaults (vectorcall checked they have one).
    const np = fn.code.params.length;
    if (np > n) {
      const defaults = fn.defaults;
      const first = np - defaults.length;
      for (let i = n; i < np; i++) locals[i] = this.rt.incref(defaults[i - first]);
    }
    this.makeCells(fn, frame);
    return this.runFunctionFrame(fn, frame);
  }

  /** callFunction's rest once the frame is made and bound: a generator, or the body run and the frame released. */
  private runFunctionFrame(fn: FunctionObject, frame: Frame): Value {
    const code = fn.code;
    const scope = code.scope as Scope;
    if (scope.isGenerator || scope.isCoroutine === true) return makeGenerator(this, fn, frame);
    let result: Value;
    // runFrame's work for a function's frame, inline: one catch for the
    // frame stack, the conversion of a JS engine limit raised in the body
    // (runBlock leaves it to the frame) and the traceback entry, so an
    // exception leaving a function is rethrown once, not twice.
    let pushed = false;
    let inBody = false;
    let cEntry = false;
    try {
      const body = code.isLambda ? undefined : compiledBody(scope, code.body as Stmt[]);
      if (scope.cImplemented) cEntry = this.enterCFunction(frame);
      else this.enterFrame();
      this.pushFrame(frame);
      pushed = true;
      if (this.hooks.active) {
        inBody = true;
        traceCall(this, frame);
        // A lambda's body is an expression: its first instruction is at its line.
        if (body === undefined) traceLine(this, frame, frame.line);
      }
      if (body === undefined) {
        inBody = true;
        result = compiledLambdaBody(scope, code.body as Expr)(this, frame);
      } else {
        inBody = true;
        result = runBlock(this, frame, body) === Signal.Return ? frame.returnValue : null;
      }
      if (this.hooks.active) this.traceReturnOf(frame, result);
      pushed = false;
      this.popFrame();
      if (cEntry) this.rt.cRecursionDepth--;
    } catch (thrown) {
      if (pushed) {
        if (this.hooks.active && inBody) thrown = this.traceUnwind(frame, hostError(thrown));
        this.popFrame();
      }
      if (cEntry) this.rt.cRecursionDepth--;
      throw this.leaveFrame(frame, inBody ? hostError(thrown) : thrown);
    }
    if (this.frameReusable(frame)) {
      this.releaseFrame(frame);
      this.recycleFrame(frame);
    } else this.releaseFrame(frame);
    return result;
  }

  /**
   * callFunction for a thread's frame (thread-switch.ts): the body runs
   * resumably (frame.switchable), so a `_gclab.thread_suspend()` reached
   * through calls made this way suspends the whole chain; the frame is on
   * the frame stack only while it runs. `steal`: the arguments are moved
   * in, as a call from Python code gives them (finishCall); else the
   * binding takes new references (CALL_FUNCTION_EX). `fn` is a plain
   * function (not a generator's, not a lambda).
   */
  *callFunctionGen(fn: FunctionObject, args: Value[], kwargs: Kwargs, steal: boolean, threadBase = false): Generator<Value, Value, Value> {
    const frame = this.callFrame(fn, args, kwargs, steal);
    frame.switchable = true;
    if (threadBase) frame.threadBase = true;
    const run = execBlockGen(this, frame, fn.code.body as Stmt[]);
    let sent: Value = null;
    let entered = false;
    for (;;) {
      let r: IteratorResult<Value, Signal>;
      let pushed = false;
      try {
        if (!entered) {
          this.enterFrame();
          entered = true;
        }
        this.pushFrame(frame);
        pushed = true;
        r = run.next(sent);
      } catch (thrown) {
        if (pushed) this.popFrame();
        throw this.leaveFrame(frame, entered ? hostError(thrown) : thrown);
      }
      this.popFrame();
      if (r.done === true) {
        const result = r.value === Signal.Return ? frame.returnValue : null;
        this.releaseFrame(frame);
        return result;
      }
      sent = yield r.value;
    }
  }

  /** The thread coroutines made by threadNew and not finished, by handle. */
  private readonly threads = new Map<number, ThreadCoroutine>();
  private nextThread = 1;

  threadNew(f: Value): number {
    let fn = f;
    const args: Value[] = [];
    if (f instanceof BoundMethod && f.func instanceof FunctionObject) {
      fn = f.func;
      args.push(this.rt.incref(f.self));
    }
    if (!(fn instanceof FunctionObject) || fn.code.isLambda || (fn.code.scope as Scope).isGenerator || (fn.code.scope as Scope).isCoroutine === true) {
      for (const a of args) this.rt.decref(a);
      throw this.rt.typeError('thread_new() takes a Python function');
    }
    // The coroutine holds the function while it runs (as a thread's bootstrap frame holds its callable).
    const func = this.rt.incref(fn) as FunctionObject;
    const ip = this;
    const co = (function* (): ThreadCoroutine {
      try {
        return yield* ip.callFunctionGen(func, args, null, true, true);
      } finally {
        ip.rt.decref(func);
      }
    })();
    const handle = this.nextThread++;
    this.threads.set(handle, co);
    return handle;
  }

  threadResume(handle: number): boolean {
    const co = this.threads.get(handle);
    if (co === undefined) throw this.rt.error('ValueError', 'no such thread coroutine');
    let r: IteratorResult<Value, Value>;
    try {
      r = co.next(null);
    } catch (e) {
      this.threads.delete(handle);
      throw e;
    }
    if (r.done !== true) return false;
    this.threads.delete(handle);
    this.rt.decref(r.value);
    return true;
  }

  exceptionEvent(frame: RuntimeFrame, e: PyException): void {
    if (!this.hooks.active) return;
    try {
      traceException(this, frame as Frame, e);
    } catch (err) {
      if (err !== e) releaseException(this.rt, e);
      throw err;
    }
  }

  setHook(kind: 'trace' | 'profile', func: Value): void {
    this.hooks.set(kind, func);
  }

  getHook(kind: 'trace' | 'profile'): Value {
    return this.hooks.get(kind);
  }

  /** The 'return' event of a frame returning `result` (owned: released if the hook raises). */
  private traceReturnOf(frame: Frame, result: Value): void {
    try {
      traceReturn(this, frame, result);
    } catch (e) {
      this.rt.decref(result);
      throw e;
    }
  }

  /**
   * An exception leaving a running frame while a hook is set: its
   * 'exception' event (with its traceback entry) then the 'return' event
   * with None, the frame still on the stack (exception_unwind, exit_unwind).
   * Returns the exception that leaves (one a hook raised replaces it).
   */
  traceUnwind(frame: Frame, thrown: unknown): unknown {
    if (!(thrown instanceof PyException) || thrown === this.failedFrameEntry) return thrown;
    try {
      addTraceback(this.rt, thrown, frame);
      traceReturn(this, frame, null);
    } catch (e) {
      if (e !== thrown) releaseException(this.rt, thrown);
      return e;
    }
    return thrown;
  }

  /** _Py_EnterRecursiveCall: fails before the frame runs a line (the frame gets no traceback entry). */
  private enterFrame(): void {
    if (this.frameDepth() + this.rt.cRecursionDepth >= this.rt.recursionLimit) {
      this.failedFrameEntry = new PyException('RecursionError', 'maximum recursion depth exceeded');
      throw this.failedFrameEntry;
    }
  }

  /**
   * The call of a function standing for C (c-implemented.ts): no frame
   * counts, but a call from Python code of a METH_O, METH_NOARGS or
   * METH_VARARGS function takes one Py_EnterRecursiveCall entry for the
   * call (method_vectorcall_O and its kin, " while calling a Python
   * object"), held until it returns; a METH_FASTCALL one and a call from
   * C code take none. Returns whether the entry was taken.
   */
  private enterCFunction(frame: Frame): boolean {
    if (this.frames.length + hostStackGuard.depth >= HOST_FRAME_BUDGET) throw hostStackRecursionError();
    if (!frame.code.cCallChecked || !frame.calledFromPython || this.inCCode()) return false;
    enterCRecursion(this.rt, CALLING);
    return true;
  }

  /** The exception leaving a function's frame: its traceback entry added, the frame released. */
  private leaveFrame(frame: Frame, e: unknown): unknown {
    if (e instanceof PyException) {
      if (e === this.failedFrameEntry) this.failedFrameEntry = null;
      else addTraceback(this.rt, e, frame);
      this.releaseFrame(frame);
    } else if (e instanceof RangeError && e.message.includes('call stack')) {
      this.releaseFrame(frame);
      return hostStackRecursionError();
    } else this.releaseFrame(frame);
    return e;
  }

  /** A Python function's new frame with its arguments bound, its cells made and its closure copied (callFunction's first part). */
  private callFrame(fn: FunctionObject, args: Value[], kwargs: Kwargs, steal: boolean): Frame {
    const frame = this.functionFrame(fn, steal);
    const code = fn.code;
    if (steal && kwargs === null && this.heap.trace === null && args.length === code.params.length && code.vararg === null && code.kwarg === null && code.kwonly.length === 0) {
      // A call from Python code moves its arguments into the new frame
      // (_PyEvalFramePushAndInit steals them): the common binding, as a move.
      const locals = frame.locals;
      for (let i = 0; i < args.length; i++) locals[i] = args[i];
    } else {
      // _PyEvalFramePushAndInit consumes one reference to each argument: a
      // call from Python code gives its own (steal), any other caller keeps
      // its references and the binding takes new ones (_PyEval_Vector).
      if (!steal) this.increfArgs(args, kwargs);
      try {
        bindArguments(this.rt, this.heap, fn, frame, args, kwargs);
        if (this.heap.trace !== null) traceArguments(this.heap.trace, frame);
      } catch (e) {
        this.releaseFrame(frame);
        throw e;
      }
    }
    this.makeCells(fn, frame);
    return frame;
  }

  /** A Python function's new frame, before its arguments are bound (a step counted first). */
  private functionFrame(fn: FunctionObject, steal: boolean): Frame {
    this.step();
    const code = fn.code;
    if (fn.globals === null) throw this.rt.typeError('function was cleared by the collector');
    const frame = this.newFrame(code.scope as Scope, fn.globals, fn.globals, code.name, code.filename);
    frame.line = code.line;
    frame.firstLine = code.firstLineno;
    frame.qualname = fn.qualname;
    frame.callee = fn;
    frame.calledFromPython = steal;
    return frame;
  }

  /** MAKE_CELL / COPY_FREE_VARS of a bound frame. */
  private makeCells(fn: FunctionObject, frame: Frame): void {
    const scope = fn.code.scope as Scope;
    const ncell = scope.cellvars.length;
    const closure = fn.closure;
    // Most functions have neither cells nor free variables (a parameter cell is one of the cells).
    if (ncell === 0 && closure.length === 0) return;
    const cells = frame.cells;
    for (let i = 0; i < ncell; i++) cells.push(this.newCell(undefined));
    const paramCells = scope.paramCells;
    for (let i = 0; i < paramCells.length; i++) {
      const pc = paramCells[i];
      const v = frame.locals[pc.param];
      frame.locals[pc.param] = undefined;
      cells[pc.cell].value = v;
    }
    for (let i = 0; i < closure.length; i++) {
      const c = closure[i];
      this.heap.incref(c);
      cells.push(c);
    }
  }

  private increfArgs(args: Value[], kwargs: Kwargs): void {
    for (const a of args) this.heap.incref(a);
    if (kwargs !== null) for (const [, v] of kwargs) this.heap.incref(v);
  }

  newCell(v: Value | undefined): CellObject {
    this.heap.reserve();
    const c = this.heap.register(new CellObject(v));
    this.heap.track(c);
    return c;
  }

  // ---- super() ----------------------------------------------------------------

  /** The implicit arguments of `super()`: the `__class__` cell and the first argument. */
  superContext(): [Value, Value] {
    const frame = this.frames[this.frames.length - 1];
    const code = frame?.code;
    if (code === undefined || code.kind === 'module') throw this.rt.error('RuntimeError', 'super(): no arguments');
    // super_init_without_args: the first argument, then the __class__ cell.
    let self: Value | undefined = code.params.length > 0 ? frame.locals[0] : undefined;
    if (self === undefined && code.params.length > 0) {
      const pc = code.paramCells.find((p) => p.param === 0);
      if (pc) self = frame.cells[pc.cell].value;
    }
    if (self === undefined) throw this.rt.error('RuntimeError', 'super(): no arguments');
    const names = [...code.cellvars, ...code.freevars];
    const ci = names.indexOf('__class__');
    if (ci < 0) throw this.rt.error('RuntimeError', 'super(): __class__ cell not found');
    const cls = frame.cells[ci]?.value;
    if (cls === undefined) throw this.rt.error('RuntimeError', 'super(): empty __class__ cell');
    return [cls, self];
  }

  /** The innermost frame's globals (type() with 3 arguments takes __module__ from them). */
  frameObjectAt(depth: number): Value | undefined {
    // Frames of blocks standing for C code are not counted (c-implemented.ts).
    let i = this.frames.length - 1;
    for (;;) {
      while (i >= 0 && isCImplemented(this.frames[i].code)) i--;
      if (i < 0 || depth === 0) break;
      depth--;
      i--;
    }
    const frame = i >= 0 ? this.frames[i] : undefined;
    return frame === undefined ? undefined : this.rt.incref(frameObjectOf(this.rt, frame));
  }

  frameSummaries(limit: number): Array<[string, number, string]> {
    const out: Array<[string, number, string]> = [];
    for (let i = this.frames.length - 1; i >= 0 && out.length < limit; i--) {
      const f = this.frames[i];
      if (!isCImplemented(f.code)) out.push([f.filename, f.line, f.funcName]);
      if (f.threadBase === true) break;
    }
    return out;
  }

  frameBack(frame: RuntimeFrame): Value {
    let i = this.frames.lastIndexOf(frame as Frame) - 1;
    // The caller seen through f_back skips frames standing for C code (c-implemented.ts).
    while (i >= 0 && isCImplemented(this.frames[i].code)) i--;
    const back = i >= 0 ? this.frames[i] : undefined;
    return back === undefined ? null : this.rt.incref(frameObjectOf(this.rt, back));
  }

  /** One code object per compiled block, kept for the interpreter's life. */
  private readonly codeObjects = new Map<Scope, CodeObject>();

  codeObject(frame: RuntimeFrame): Value {
    const f = frame as Frame;
    const made = f.callee instanceof FunctionObject ? f.callee.code.codeObject : undefined;
    if (made !== undefined) return this.rt.incref(made);
    return this.codeObjectFor(f.code, f.qualname ?? f.code.name, f.filename, f.firstLine ?? (f.code.kind === 'module' ? 1 : f.line));
  }

  /** The code object of a block (new reference): made on first use, then the same object every time. */
  codeObjectFor(scope: unknown, qualname: string, filename: string, firstLine: number): Value {
    const block = scope as Scope;
    let c = this.codeObjects.get(block);
    if (c === undefined) {
      this.heap.withHeadroom(() => this.heap.reserve());
      c = this.heap.register(new CodeObject(block, qualname, filename, firstLine));
      this.rt.internalObjects.add(c);
      this.codeObjects.set(block, c);
    }
    return this.rt.incref(c);
  }

  isExecuting(frame: RuntimeFrame): boolean {
    return this.frames.includes(frame as Frame);
  }

  currentFrame(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  currentGlobals(): DictObject | undefined {
    return this.frames[this.frames.length - 1]?.globals;
  }

  /** The current line of the innermost frame (for error reports). */
  get currentLine(): number {
    return this.frames[this.frames.length - 1]?.line ?? 0;
  }

  isObject = isObject;
}

/**
 * The compiler folds a tuple display of constants into one constant of the
 * code object (ast_opt.c fold_tuple): made once, before the code runs (so a
 * collection may untrack it before its statement is reached), and the same
 * object every time the expression is evaluated.
 */
/**
 * The peephole optimizer's swap (optimize_basic_block, Python/compile.c):
 * `a, b = x, y` with 1 to 3 names on both sides and no starred item builds
 * no tuple: BUILD_TUPLE n + UNPACK_SEQUENCE n become NOPs and SWAPs. The
 * values are stored in the same order, so only gc.get_count() can tell; the
 * value tuple is marked to be built uncounted (eval-expressions.ts).
 */
function markSwapUnpack(node: Record<string, unknown>): void {
  if (node.kind !== 'Assign') return;
  const s = node as unknown as Extract<Stmt, { kind: 'Assign' }>;
  if (s.targets.length !== 1) return;
  const target = s.targets[0];
  const value = s.value;
  if ((target.kind !== 'Tuple' && target.kind !== 'List') || value.kind !== 'Tuple') return;
  const n = value.elts.length;
  if (n < 1 || n > 3 || target.elts.length !== n) return;
  if (value.elts.some((x) => x.kind === 'Starred') || target.elts.some((x) => x.kind === 'Starred')) return;
  (value as Expr & { swapUnpack?: boolean }).swapUnpack = true;
}

/**
 * fold_tuple's work for one interpreter: `fold(e)` makes (or takes, when an
 * equal constant of the same file was made before) the constant of a tuple
 * display of constants `e`. The allocations, their order and the releases
 * depend only on the nodes folded and their order, so replaying a recorded
 * list of folded nodes on a tree folded before does on a new heap exactly
 * what the walk did (refoldConstantTuples).
 */
function tupleFolder(ip: Interpreter): (e: Expr) => void {
  const constOf = (e: Expr): Value => {
    if (e.kind === 'Tuple') return foldedConstant(ip, e)!;
    if (e.kind === 'UnaryOp' && e.operand.kind === 'Constant') {
      const v = e.operand.value;
      const neg = e.op === '-';
      if (e.operand.imag === true) return newComplex(ip.heap, neg ? -0 : 0, neg ? -(v as number) : (v as number));
      if (e.operand.float === true) return newFloat(ip.heap, neg ? -(v as number) : (v as number));
      if (typeof v === 'bigint') return neg ? normInt(-v) : v;
      if (typeof v === 'boolean') return neg ? -Number(v) : Number(v);
      return neg ? -(v as number) || 0 : (v as number);
    }
    const c = e as Extract<Expr, { kind: 'Constant' }>;
    if (c.float === true) return newFloat(ip.heap, c.value as number);
    if (c.bytes === true || c.imag === true || c.ellipsis === true) return constantObject(ip, c);
    return c.value as Value;
  };
  const merged = new Map<string, Value>();
  const constKey = (e: Expr): string => {
    if (e.kind === 'Tuple') return '(' + e.elts.map(constKey).join(',') + ')';
    const v = constOf(e);
    // -0.0 and 0.0 are different constants (the sign is kept, as CPython's constant cache keys it).
    const num = (x: number): string => (Object.is(x, -0) ? '-0' : String(x));
    let tag: string = typeof v;
    let text = typeof v === 'number' ? num(v) : String(v);
    if (v instanceof FloatObject) {
      tag = 'float';
      text = num(v.value);
    } else if (v instanceof ComplexObject) {
      tag = 'complex';
      text = `${num(v.real)},${num(v.imag)}`;
    } else if (v instanceof BytesObject) {
      tag = 'bytes';
      text = v.value;
    } else if (typeof v === 'object' && v !== null) {
      tag = v.typeName;
    }
    if (typeof v === 'object' && v !== null) ip.heap.decref(v);
    return `${tag}:${JSON.stringify(text)}`;
  };
  return (e: Expr): void => {
    // Equal constants are one object for the whole file (merge_consts_recursive).
    const key = constKey(e);
    const known = merged.get(key);
    if (known !== undefined) {
      setFoldedConstant(ip, e, known);
      return;
    }
    const elts = (e as Extract<Expr, { kind: 'Tuple' }>).elts;
    const items = elts.map(constOf);
    // The tuple takes its own references; new floats are then released to it.
    const t = ip.rt.newTuple(items);
    merged.set(key, t);
    setFoldedConstant(ip, e, t);
    elts.forEach((x, i) => {
      if (x.kind !== 'Tuple' && typeof items[i] === 'object' && items[i] !== null) ip.heap.decref(items[i]);
    });
  };
}

/**
 * The compiler's folding of a module's tree (its AST optimizer's part that
 * gclab does): list displays that become tuples, the swap of `a, b = x, y`,
 * and tuple displays of constants made constants (tupleFolder). `log`, when
 * given, receives the folded tuple nodes in the order they were folded.
 */
function foldConstantTuples(ip: Interpreter, mod: Module, log?: Expr[]): void {
  const isConst = isCodeConstant;
  const fold = tupleFolder(ip);
  // (Primitives are skipped before the call: most fields of a node are
  // positions and names, and this walk runs over every node of every
  // module imported, in code that is still cold.)
  const visit = (node: object): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const n: unknown = node[i];
        if (n !== null && typeof n === 'object') visit(n);
      }
      return;
    }
    const rec = node as Record<string, unknown>;
    // (for-in: the same keys in the same order as Object.entries, without an array per node.)
    for (const k in rec) {
      if (k === 'scope' || k === 'resolution' || k === 'constValue') continue;
      const v = rec[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
    markSwapUnpack(rec);
    // fold_iter: the iterable of a `for` or of a comprehension, and the right
    // operand of a final `in`/`not in`, when it is a list display.
    if (rec.kind === 'For' || rec.kind === 'comprehension') foldIter(rec as { iter: Expr });
    else if (rec.kind === 'Compare') {
      const c = rec as unknown as Extract<Expr, { kind: 'Compare' }>;
      const last = c.ops.length - 1;
      if (c.ops[last] === 'in' || c.ops[last] === 'not in') {
        const holder = { iter: c.comparators[last] };
        foldIter(holder);
        c.comparators[last] = holder.iter;
      }
    }
    foldTuple(rec as unknown as Expr);
  };
  /**
   * fold_iter (ast_opt.c): a list display without a starred item becomes a
   * tuple display (so a constant one is a constant): `for x in [a, b]`
   * iterates over a tuple, `x in [1, 2]` tests one.
   */
  const foldIter = (holder: { iter: Expr }): void => {
    const e = holder.iter;
    if (e.kind !== 'List' || e.elts.some((x) => x.kind === 'Starred')) return;
    const t = e as unknown as Record<string, unknown>;
    t.kind = 'Tuple';
    t.parenthesized = true;
    foldTuple(e);
  };
  /** fold_tuple: a tuple display of constants is one constant. */
  const foldTuple = (e: Expr): void => {
    if (e.kind === 'Tuple' && e.ctx === 'Load' && e.elts.length > 0 && e.elts.every(isConst)) {
      fold(e);
      log?.push(e);
    }
  };
  visit(mod.body);
}

/**
 * foldConstantTuples for a tree another interpreter folded (its list
 * displays and swaps are done): the constants of `folds`, the tuple nodes
 * that walk folded in its order, made on this interpreter's heap.
 */
function refoldConstantTuples(ip: Interpreter, folds: readonly Expr[]): void {
  const fold = tupleFolder(ip);
  for (let i = 0; i < folds.length; i++) fold(folds[i]);
}


export type { Module };

/**
 * atexit for this interpreter: failing handlers are reported as
 * unraisable ("Exception ignored in atexit callback"), and weakref.finalize
 * registers its `_exitfunc` at the first finalize object; `_exitfunc`
 * reports a failing finalizer through sys.excepthook (a plain traceback).
 */
function installAtexit(ip: Interpreter): void {
  const rt = ip.rt;
  setAtexitReporter(rt, (e, func) => ip.heap.host.writeUnraisable(ip.heap, e, func, 'Exception ignored in atexit callback'));
  setAtexitRegistrar(ip.heap, () =>
    registerExitHook(rt, () =>
      runAtExit(
        ip.heap,
        (e: PyException) => {
          rt.err(formatTraceback(rt, e, (f, l) => ip.sourceLine(f, l)));
          releaseException(rt, e);
        },
        { collector: ip.gc },
      ),
    ),
  );
}

/** The docstring of a body: its first statement, when that is a string constant. */
function docstringOf(body: Stmt[]): Value {
  const first = body[0];
  if (first === undefined || first.kind !== 'Expr') return null;
  const e = first.value;
  return e.kind === 'Constant' && typeof e.value === 'string' && e.bytes !== true ? e.value : null;
}

/** All-undefined arrays by length, copied for each frame's fast locals. */
const localsTemplates: Array<Array<Value | undefined>> = [];

/** How many finished frames of one locals count the pool keeps (deep recursion leaves no more behind). */
const FRAME_POOL_LIMIT = 64;

function localsTemplate(n: number): Array<Value | undefined> {
  let t = localsTemplates[n];
  if (t === undefined) {
    t = [];
    for (let i = 0; i < n; i++) t.push(undefined);
    localsTemplates[n] = t;
  }
  return t;
}
