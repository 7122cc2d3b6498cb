/**
 * runScenario: parse and run one scenario on a fresh heap, the way
 * `python3 scenario.py` runs it, and return what it printed.
 *
 * End of a scenario (CPython's Py_FinalizeEx; docs/scenarios.md has the
 * details): an uncaught exception prints its traceback (exit status 1);
 * weakref.finalize's atexit finalizers run; if the collector is enabled, one
 * full collection runs; the __main__ module is released and a full
 * collection without gc.callbacks reclaims what only it kept alive; what is
 * left of its namespace is cleared as _PyModule_ClearDict does.
 */
import { Heap, TraceLog } from '../heap';
import { Collector, type CollectionSchedule } from '../gc';
import { Interpreter, ScenarioLimitError, type InterpreterOptions } from './interp/interpreter';
import type { ModuleFileReader } from './interp/import-system';
import { CompileLimitError, ScenarioSyntaxError } from './syntax/syntax-error';
import { byteColumn, syntaxErrorLocation } from './interp/syntax-error-text';
import { decodeSource } from './syntax/source-decoding';
import { setChildRunner, type ChildRunner } from './runtime/modules/gclab-module';
import { SimulatedFileSystem, utf8Text } from './runtime/simulated-files';

/** Options of runScenario. */
export interface ScenarioOptions {
  /** Evaluation steps before the scenario is stopped (default 50,000,000). */
  maxSteps?: number;
  /** Live heap objects the scenario may make, not counting the interpreter's start-up objects (default 5,000,000). */
  maxObjects?: number;
  /**
   * Check the collector's invariants between its phases (validate_list,
   * src/gc/validate.ts); a broken one throws an InternalError. Slower; on
   * in the tests and with `gclab run --gc-debug-checks`.
   */
  gcDebugChecks?: boolean;
  /**
   * Where automatic collections happen (docs/gc.md, "Collection
   * schedules"): allocations are counted from the scenario's first
   * statement. Default: the threshold rule only, as CPython.
   */
  schedule?: CollectionSchedule | null;
  /**
   * Collect every generation at every GC-tracked allocation of the
   * scenario (clox's DEBUG_STRESS_GC; `gclab run --gc-stress`) while the
   * collector is enabled.
   */
  gcStress?: boolean;
  /**
   * Reads a module file beside the scenario by its '/'-separated relative
   * path ('helpers.py', 'pkg/__init__.py'): its source and the file name
   * that becomes its `__file__` (python3 shows an absolute path), or
   * undefined when there is none. This is how `import helpers` finds its
   * source; without it only builtin and stdlib modules can be imported.
   */
  readModuleFile?: ModuleFileReader;
  /**
   * Record the event stream: `true` keeps it in `ScenarioResult.trace`; a
   * TraceLog of your own (e.g. one with a listener that writes each event to
   * a file) receives the events instead.
   */
  trace?: boolean | TraceLog;
  /** `sys.argv` (default `[filename]`). */
  argv?: string[];
  /**
   * Receives the output as it is written, in program order. When given, the
   * output is not collected: the result's `stdout`, `stderr` and `chunks` are empty.
   */
  onOutput?: (stream: 'out' | 'err', text: string) => void;
  /**
   * sys.stdout.flush() on the process's stream (also run at exit, as
   * flush_std_files does): write out what the host buffers. onOutput and
   * onFlushOutput may throw StreamWriteError for standard output, which
   * the scenario sees as OSError at the write (python3's FileIO.write).
   */
  onFlushOutput?: () => void;
  /**
   * Called every few thousand evaluation steps; returning true raises
   * KeyboardInterrupt in the scenario at that step (how the CLI turns Ctrl-C
   * into Python's KeyboardInterrupt).
   */
  onCheckpoint?: () => boolean;
  /** Standard input for input(): the next line with its '\n', or null at the end (default: no input, EOFError). */
  readLine?: () => string | null;
  /** Changes the scenario's bare AST before its symbol table is built (gclab why's probe). */
  transformMain?: InterpreterOptions['transformMain'];
  /** Called with the interpreter once it has started up, before the scenario runs (gclab why installs its probe). */
  setup?: (interp: Interpreter) => void;
  /**
   * The simulated file system `open()` and `os` work on (default: a new,
   * empty one for this run; a child interpreter gets its parent's).
   */
  fileSystem?: SimulatedFileSystem;
  /** The -W options of the command line (`sys.warnoptions`), e.g. `['d']` for `python3 -Wd`. */
  warnOptions?: string[];
}

/** A piece of a scenario's output, in the order it was written. */
export interface OutputChunk {
  stream: 'out' | 'err';
  text: string;
  /** How many trace events had been recorded when this was written. */
  events: number;
}

/** What a scenario printed, its exit status, and the heap it ran on. */
export interface ScenarioResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Output in the order it was written, both streams. */
  chunks: OutputChunk[];
  trace: TraceLog | null;
  heap: Heap;
  /** Evaluation steps the scenario took (the unit of --max-steps). */
  steps: number;
  /** GC-tracked allocations made by the scenario (the count collection schedules use; docs/gc.md section 8). */
  gcAllocations: number;
}

/**
 * Run a scenario (Python 3.11 source, docs/language.md) on a fresh heap, as
 * `python3 filename` runs it: returns what it printed and its exit status (0,
 * 1 for an uncaught exception, its SystemExit code, 130 for
 * KeyboardInterrupt, 3 when a gclab limit stopped it). `filename` is the
 * name tracebacks show. `source` is its text, or the file's bytes, which are
 * decoded as python3 decodes a source file (coding cookie, BOM, UTF-8
 * checks: syntax/source-decoding.ts).
 */
export function runScenario(source: string | Uint8Array, filename: string, options: ScenarioOptions = {}): ScenarioResult {
  let text = '';
  let decodingError: ScenarioSyntaxError | null = null;
  try {
    text = typeof source === 'string' ? source : decodeSource(source, filename);
  } catch (e) {
    if (!(e instanceof ScenarioSyntaxError)) throw e;
    decodingError = e;
  }
  const chunks: OutputChunk[] = [];
  let heapRef: Heap | null = null;
  const onOutput = options.onOutput;
  // The trace records each write (and writes its events out) before the text appears.
  const write = (stream: 'out' | 'err') =>
    onOutput !== undefined
      ? (text: string) => {
          if (text.length === 0) return;
          heapRef?.trace?.output(stream, text);
          onOutput(stream, text);
        }
      : (text: string) => {
          if (text.length === 0) return;
          heapRef?.trace?.output(stream, text);
          chunks.push({ stream, text, events: heapRef?.trace?.count ?? 0 });
        };
  const fileSystem = options.fileSystem ?? newRunFileSystem(filename, options.readModuleFile);
  const interp = new Interpreter({
    fileSystem,
    warnOptions: options.warnOptions,
    filename,
    source: text,
    out: write('out'),
    err: write('err'),
    maxSteps: options.maxSteps ?? 50_000_000,
    maxObjects: options.maxObjects ?? 5_000_000,
    trace: options.trace ?? false,
    gcDebugChecks: options.gcDebugChecks ?? false,
    readModuleFile: options.readModuleFile,
    argv: options.argv,
    onCheckpoint: options.onCheckpoint,
    readLine: options.readLine,
    transformMain: options.transformMain,
  });
  heapRef = interp.heap;
  if (options.onFlushOutput !== undefined) interp.rt.flushOut = options.onFlushOutput;
  if (options.setup !== undefined) options.setup(interp);
  // Installed after the interpreter's start-up, so allocation 1 is the scenario's first.
  interp.gc.setSchedule(options.schedule ?? null);
  if (options.gcStress) interp.gc.stress = true;
  setChildRunner(interp.rt, childRunner({ ...options, fileSystem }));
  let exitCode: number;
  try {
    if (decodingError !== null) throw decodingError;
    // pymain_import_warnings: with -W options, warnings is imported (and applies them) first.
    if ((options.warnOptions?.length ?? 0) > 0) interp.importAtStartup('warnings');
    exitCode = interp.runMain();
  } catch (e) {
    if (e instanceof ScenarioSyntaxError) {
      write('err')(formatSyntaxError(e, true));
      exitCode = 1;
    } else if (e instanceof CompileLimitError) {
      write('err')(`${e.message}\n`);
      exitCode = 1;
    } else if (e instanceof ScenarioLimitError) {
      write('err')(`gclab: ${e.message}\n`);
      exitCode = 3;
    } else throw e;
  }
  const trace = interp.heap.trace;
  if (trace !== null) {
    trace.push({ kind: 'exit', status: exitCode });
    trace.flush();
  }
  return {
    stdout: chunks.filter((c) => c.stream === 'out').map((c) => c.text).join(''),
    stderr: chunks.filter((c) => c.stream === 'err').map((c) => c.text).join(''),
    exitCode,
    chunks,
    trace: interp.heap.trace,
    heap: interp.heap,
    steps: interp.steps,
    gcAllocations: interp.gc.allocations,
  };
}

/**
 * How `_gclab.run_python` (test.support.script_helper) runs a child: python3's
 * command line -- interpreter options (skipped), then `-c CODE` or a script
 * beside the scenario, then the script's arguments -- run to its end on a
 * fresh heap, with the parent's module files, limits and checkpoint.
 */
function childRunner(options: ScenarioOptions): ChildRunner {
  return (args) => {
    let i = 0;
    const warnOptions: string[] = [];
    while (i < args.length && args[i].startsWith('-') && args[i] !== '-c' && args[i] !== '-') {
      // -W d / -Wd: a warnings filter (sys.warnoptions); other options change nothing here.
      if (args[i] === '-W' && i + 1 < args.length) warnOptions.push(args[i + 1]);
      else if (args[i].startsWith('-W') && args[i].length > 2) warnOptions.push(args[i].slice(2));
      i += args[i] === '-X' || args[i] === '-W' ? 2 : 1;
    }
    let source: string;
    let filename: string;
    let argv: string[];
    if (args[i] === '-c') {
      if (i + 1 >= args.length) return { status: 2, stdout: '', stderr: 'Argument expected for the -c option\n' };
      source = args[i + 1];
      filename = '<string>';
      argv = ['-c', ...args.slice(i + 2)];
    } else if (i < args.length && args[i] !== '-' && options.fileSystem?.kind(args[i]) === 'file') {
      // A script the parent wrote (or one of the scenario's folder): the path as given is its name.
      source = utf8Text(options.fileSystem.read(args[i]));
      filename = args[i];
      argv = args.slice(i);
    } else if (i < args.length && args[i] !== '-') {
      const found = options.readModuleFile?.(args[i]);
      if (found === undefined) {
        return { status: 2, stdout: '', stderr: `python3: can't open file '${args[i]}': [Errno 2] No such file or directory\n` };
      }
      source = found.source;
      filename = found.filename;
      argv = args.slice(i);
    } else {
      return { status: 2, stdout: '', stderr: 'gclab: a child interpreter runs -c CODE or a script file, not standard input\n' };
    }
    const r = runScenario(source, filename, {
      fileSystem: options.fileSystem,
      warnOptions,
      maxSteps: options.maxSteps,
      maxObjects: options.maxObjects,
      readModuleFile: options.readModuleFile,
      onCheckpoint: options.onCheckpoint,
      argv,
    });
    return { status: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  };
}

/**
 * A run's file system: empty but for the working directory (the host's,
 * as os.getcwd() reports it) and /tmp; the scenario's own folder readable
 * through the module reader.
 */
function newRunFileSystem(filename: string, readModuleFile: ModuleFileReader | undefined): SimulatedFileSystem {
  const proc = (globalThis as { process?: { cwd?: () => string } }).process;
  const cwd = typeof proc?.cwd === 'function' ? proc.cwd() : '/';
  let dir: string | null = null;
  if (!filename.startsWith('<')) {
    const slash = filename.lastIndexOf('/');
    const folder = slash < 0 ? '.' : filename.slice(0, slash) || '/';
    dir = folder.startsWith('/') ? folder : `${cwd}/${folder}`;
  }
  const read = readModuleFile === undefined ? undefined : (rel: string) => readModuleFile(rel)?.source;
  return new SimulatedFileSystem(cwd, dir, read);
}

/**
 * CPython's report of a SyntaxError on stderr, as python3 prints it
 * (print_exception_file_and_line, print_error_text). `scriptFile`: the
 * error is the script's own, which python3 parsed from the file: the
 * parser's and the compiler's columns are then UTF-8 byte columns, and an
 * error at the end-of-input tokens has offset 0 (no caret).
 */
export function formatSyntaxError(e: ScenarioSyntaxError, scriptFile = false): string {
  // An error about the whole file (its encoding) has no location: one line, as python3 prints it.
  if (e.line === 0) return `${e.pyType}: ${e.msg}\n`;
  let col = e.col;
  let endCol = e.endCol;
  if (scriptFile && e.atFileEnd) col = 0;
  else if (scriptFile && e.stage !== 'tokenizer') {
    col = byteColumn(e.text, col);
    if (e.endLine === e.line) endCol = byteColumn(e.text, endCol);
  }
  // parse_syntax_error reads the end only from a SyntaxError itself: for its
  // subclasses (IndentationError, TabError) the end offset is -1, one caret.
  const endOffset = e.pyType === 'SyntaxError' ? endCol : -1;
  // The text as the exception holds it, its newline included.
  return `${syntaxErrorLocation('', e.filename, e.line, col, e.endLine, endOffset, `${e.text}\n`)}${e.pyType}: ${e.msg}\n`;
}

export { Collector };
