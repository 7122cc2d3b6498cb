/**
 * `_gclab`: what gclab's own Python modules need from the host.
 *
 * run_python(args): run a child Python interpreter, as test.support's
 * script_helper runs `python3 -X faulthandler -I ARGS` in a subprocess:
 * a fresh gclab interpreter (its own heap, modules, exit handlers and
 * shutdown) runs `-c CODE` (or a script beside the scenario), with the
 * same module files as the parent, and its exit status, standard output
 * and standard error come back as (status, out, err) (str; script_helper
 * encodes them). The child runs to its end before run_python returns.
 *
 * source_lines(filename): the lines (each ending in '\n') of a source file
 * the interpreter has read (the scenario, modules beside it, gclab's own
 * Python modules), or [] -- linecache's view of the files.
 *
 * environ(), getcwd(), file_exists(path): what os and os.path read from the
 * host (its environment and working directory; a file the interpreter has
 * read or can read beside the scenario).
 *
 * fs_*(...): the simulated file system of this run (simulated-files.ts),
 * which io.open, os, tempfile and shutil are written on: fs_read(path) ->
 * bytes, fs_write(path, bytes, how) ('w' replace, 'a' append, 'x' new),
 * fs_kind(path) -> 'file' | 'dir' | None, fs_remove, fs_mkdir, fs_rmdir,
 * fs_listdir, fs_rename(src, dst), fs_getcwd(), fs_chdir(path),
 * fs_tempname(dir, prefix, suffix). Errors are OSError(errno, strerror,
 * path), so FileNotFoundError and its siblings, worded as CPython's.
 *
 * tb_position(tb): where in its line a traceback entry's instruction is,
 * as (lineno, end_lineno, colno, end_colno, anchors) with columns in
 * characters, or None; anchors is None or (kind, a, b): for 'binop' the
 * end of the left operand and the start of the right one, for 'subscript'
 * the end of the value and of the index, relative to colno -- what
 * traceback.py's caret code reads from ast.parse of the segment.
 *
 * native_weakref: the weakref module gclab makes at start-up (native
 * objects only), whose weak dictionaries, KeyedRef and WeakMethod
 * weakref.py re-exports.
 *
 * native_weakset: gclab's native WeakSet class (abc.py kept its registries
 * in it before _abc.py stood for CPython's _abc; weakref.WeakSet is
 * _weakrefset.py's Python class).
 *
 * startup_work(func): func() run as start-up work (heap/startup-work.ts):
 * what CPython made while its start-up imported a module (functools's
 * CacheInfo class) and gclab makes at its first use instead; no count
 * moves and no collection starts.
 *
 * embedded_list(): an empty list for a class standing for a C type to keep
 * its items in (one __slots__ member): the collector sees the items as the
 * instance's own references, and the list as no object of its own (not
 * tracked, not counted by gc.collect(), not in gc.get_referents(instance)).
 *
 * in_startup_module(): whether a module python3's start-up imported is
 * being loaded (what its code does, python3 did before __main__).
 *
 * collection_flags(cls), add_collection_flags(cls, flags),
 * set_collection_flag(cls, flag): a class's Py_TPFLAGS_SEQUENCE and
 * Py_TPFLAGS_MAPPING bits, which _abc.py's _abc_init and _abc_register set
 * (collection-flags.ts).
 *
 * instance_dict(cls): a class standing for a C type whose instances have a
 * __dict__ object (tp_dictoffset: functools.partial, the lru_cache
 * wrapper): its instances keep their attributes in a dict of their own.
 *
 * known_get(d, key, h, default), known_set(d, key, h, value),
 * known_contains(d, key, h), known_pop(d, key, h): dict operations with the
 * key's hash already known (the lru_cache wrapper's _KnownHash calls): the
 * key's __hash__ is not called.
 *
 * existing_dict(obj): the dict object of an instance of such a class, or
 * None while it has none (reading it makes none).
 *
 * replace_dict(obj, d): that dict replaced by the dict d, or dropped (None).
 *
 * without_gc(cls): a class standing for a C type that is not a GC type
 * (`datetime.date`): its instances are never tracked.
 *
 * thread_new(f), thread_resume(handle), thread_suspend(): threading.py's
 * thread coroutines (thread-switch.ts).
 *
 * display_width(text, offset): the terminal columns of text[:offset], a
 * wide East Asian character (unicodedata.east_asian_width W or F) taking
 * two -- traceback.py's _display_width without the unicodedata module.
 */
import { BytesLikeObject, ClassObject, DictObject, Instance, ListObject, None, PyException, TupleObject, UNCOUNTED, asStartupWork, newBytes, type Value } from '../../../heap';
import { call, pyException } from '../calls';
import { HOST_FRAME_BUDGET, enterCRecursion, hostStackGuard, hostStackRecursionError } from '../c-recursion';
import { osErrorSubclass } from '../exception-fields';
import { FileSystemError, SimulatedFileSystem } from '../simulated-files';
import type { ModuleObject } from '../function-object';
import { TracebackObject } from '../native-objects';
import type { Loc } from '../../syntax/ast';
import type { Runtime } from '../runtime';
import { addFunction, newNativeModule } from './native-module';
import type { LangHost } from '../lang-host';
import { keyErrorFor } from '../operators';
import type { Hash } from '../../../heap/hash';
import { adler32, crc32, hashDigest } from './hash-functions';
import { Deflater } from './deflate';
import { InflateError, inflate } from './inflate';
import { nativeWeakSetOf, weakrefModuleOf } from '../weakref-module';
import { STRERROR_MESSAGES } from './errno-codes';
import { indexOf } from '../operators';
import { exitProcess } from '../process-exit';
import { writeProcessStdout } from '../sys-module';
import { displayWidth } from '../east-asian-width';
import { unitIndex } from '../code-points';
import { threadSuspendImpl } from '../thread-switch';
import { bufferExports } from '../types/memoryview-type';
import { addCollectionFlags, collectionFlags, setCollectionFlagRecursive } from '../collection-flags';

export interface ChildRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a child interpreter with python3's command-line arguments. */
export type ChildRunner = (args: string[]) => ChildRun;

const runners = new WeakMap<Runtime, ChildRunner>();

/** The interpreter's source text of a file, as lines without their newlines. */
export type SourceLookup = (filename: string) => string[] | undefined;
const sourceLookups = new WeakMap<Runtime, SourceLookup>();

/** Whether a file exists, as far as the host lets the scenario see files (set by the interpreter). */
export type FileProbe = (path: string) => boolean;
const fileProbes = new WeakMap<Runtime, FileProbe>();

export function setFileProbe(rt: Runtime, probe: FileProbe): void {
  fileProbes.set(rt, probe);
}

const fileSystems = new WeakMap<Runtime, SimulatedFileSystem>();

/** The simulated file system of this run (set by runScenario; shared with its children). */
export function setFileSystem(rt: Runtime, fs: SimulatedFileSystem): void {
  fileSystems.set(rt, fs);
}

/** The run's file system (a fresh one, rooted at `/`, for a runtime nobody gave one). */
export function fileSystemOf(rt: Runtime): SimulatedFileSystem {
  let fs = fileSystems.get(rt);
  if (fs === undefined) fileSystems.set(rt, (fs = new SimulatedFileSystem('/')));
  return fs;
}

/** Run a file-system operation, raising its error as OSError(errno, strerror, path[, None, path2]). */
function onFiles<T>(rt: Runtime, op: (fs: SimulatedFileSystem) => T): T {
  try {
    return op(fileSystemOf(rt));
  } catch (e) {
    if (!(e instanceof FileSystemError)) throw e;
    const args: Value[] = e.path2 === undefined ? [e.errno, e.strerror, e.path] : [e.errno, e.strerror, e.path, null, e.path2];
    throw pyException(rt, osErrorSubclass(rt, rt.types.get('OSError'), args).name, args);
  }
}

function strArgs(rt: Runtime, name: string, args: Value[], n: number): string[] {
  if (args.length !== n || args.some((a) => typeof a !== 'string')) throw rt.typeError(`${name}() takes ${n} str argument${n === 1 ? '' : 's'}`);
  return args as string[];
}

/** The host process's environment and working directory (none in a browser). */
function hostProcess(): { env: Record<string, string | undefined>; cwd(): string } | undefined {
  const p = (globalThis as { process?: { env: Record<string, string | undefined>; cwd(): string } }).process;
  return p !== undefined && typeof p.cwd === 'function' ? p : undefined;
}

/**
 * ast.parse's parser: the text of `ast.dump(tree, include_attributes=True)`
 * for `source` in `mode` ('exec', 'eval' or 'single'), without the
 * compiler's passes; invalid source raises the SyntaxError compile() would
 * (set by the interpreter, which owns that conversion).
 */
export type AstParser = (source: string, filename: string, mode: string) => string;
const astParsers = new WeakMap<Runtime, AstParser>();

/** How _gclab.ast_dump parses (set by the interpreter). */
export function setAstParser(rt: Runtime, parser: AstParser): void {
  astParsers.set(rt, parser);
}

/** The deflate streams of a run's compressobjs, by id (a finished one is dropped). */
const deflateRegistry = new WeakMap<Runtime, Deflater[]>();
const FINISHED_STREAM = new Deflater(1, 9, 1);

function deflateStreams(rt: Runtime): Deflater[] {
  let streams = deflateRegistry.get(rt);
  if (streams === undefined) deflateRegistry.set(rt, (streams = []));
  return streams;
}

function latin1Text(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** How _gclab.source_lines finds a file's text (set by the interpreter). */
export function setSourceLookup(rt: Runtime, lookup: SourceLookup): void {
  sourceLookups.set(rt, lookup);
}

function tracebackPosition(rt: Runtime, tb: Value): Value {
  if (!(tb instanceof TracebackObject)) throw rt.typeError(`tb_position() argument must be a traceback, not ${rt.typeName(tb)}`);
  const p = tb.position;
  if (p === null) return null;
  let anchors: Value = null;
  if (p.line === p.endLine) {
    const e = p as Loc & { kind?: string; left?: Loc; right?: Loc; value?: Loc; slice?: Loc };
    if (e.kind === 'BinOp' && e.left !== undefined && e.right !== undefined && e.left.endLine === p.line && e.right.line === p.line) {
      anchors = rt.tupleSteal(['binop', e.left.endCol - p.col, e.right.col - p.col]);
    } else if (e.kind === 'Subscript' && e.value !== undefined && e.slice !== undefined && e.value.endLine === p.line && e.slice.endLine === p.line) {
      anchors = rt.tupleSteal(['subscript', e.value.endCol - p.col, e.slice.endCol - p.col]);
    }
  }
  return rt.tupleSteal([p.line, p.endLine, p.col, p.endCol, anchors]);
}

/** What a stdlib function standing for CPython work returns through _gclab.cpython_work. */
export interface CpythonWorkResult {
  /** Its result (a new reference). */
  result: Value;
  /** How many items the work handled (a dataclass's fields), as its measured cost table knows them. */
  n: number;
  /** The options it was given that change its cost, by the table's names. */
  options: string[];
}

/**
 * Runs `work` uncounted and replays CPython's cost for `kind`, `n` and
 * `options` (set by the interpreter: lang/interp/cpython-cost-replay.ts).
 */
export type CpythonWorkRunner = (kind: string, work: () => CpythonWorkResult) => Value;
const cpythonWorkRunners = new WeakMap<Runtime, CpythonWorkRunner>();

/** Replays the import of a module CPython's stdlib imports where gclab's does not (set by the interpreter). */
export type CpythonImporter = (name: string) => void;
const cpythonImporters = new WeakMap<Runtime, CpythonImporter>();

/** How _gclab.cpython_import replays an import (set by the interpreter). */
export function setCpythonImporter(rt: Runtime, importer: CpythonImporter): void {
  cpythonImporters.set(rt, importer);
}

/** Whether a module of python3's start-up is being loaded (set by the interpreter: ImportSystem.startupModuleLoads). */
export type StartupModuleProbe = () => boolean;
const startupModuleProbes = new WeakMap<Runtime, StartupModuleProbe>();

/** How _gclab.in_startup_module answers (set by the interpreter). */
export function setStartupModuleProbe(rt: Runtime, probe: StartupModuleProbe): void {
  startupModuleProbes.set(rt, probe);
}

/** importlib.reload's work: runs a module's body again in its namespace (set by the interpreter). */
export type ModuleReloader = (module: Value) => Value;
const moduleReloaders = new WeakMap<Runtime, ModuleReloader>();

/** How _gclab.reload_module re-runs a module (set by the interpreter). */
export function setModuleReloader(rt: Runtime, reloader: ModuleReloader): void {
  moduleReloaders.set(rt, reloader);
}

/** How _gclab.cpython_work replays CPython's cost (set by the interpreter). */
export function setCpythonWorkRunner(rt: Runtime, runner: CpythonWorkRunner): void {
  cpythonWorkRunners.set(rt, runner);
}

/** The host's way of running a child interpreter (set by runScenario). */
export function setChildRunner(rt: Runtime, runner: ChildRunner): void {
  runners.set(rt, runner);
}

function stringItems(rt: Runtime, v: Value): string[] {
  const items = v instanceof ListObject || v instanceof TupleObject ? v.items : null;
  if (items === null) throw rt.typeError(`run_python() argument must be a list of str, not ${rt.typeName(v)}`);
  return items.map((x) => {
    if (typeof x !== 'string') throw rt.typeError(`run_python() arguments must be str, not ${rt.typeName(x)}`);
    return x;
  });
}

export function makeGclabModule(rt: Runtime): ModuleObject {
  return newNativeModule(rt, '_gclab', (d) => {
    addFunction(rt, d, 'run_python', (args) => {
      if (args.length !== 1) throw rt.typeError(`run_python() takes exactly one argument (${args.length} given)`);
      const argv = stringItems(rt, args[0]);
      const runner = runners.get(rt);
      if (runner === undefined) throw new PyException('RuntimeError', 'run_python(): this gclab host runs no child interpreters');
      const r = runner(argv);
      return rt.tupleSteal([r.status, r.stdout, r.stderr]);
    });
    // cpython_work(kind, func, *args): func(*args) returns (result, n, options);
    // its allocations are replaced by CPython's measured ones for that work
    // (CpythonWorkRunner) and `result` is returned.
    addFunction(rt, d, 'cpython_work', (args) => {
      const [kind, func] = args;
      if (args.length < 2 || typeof kind !== 'string') throw rt.typeError('cpython_work() takes a str and a callable');
      const work = (): CpythonWorkResult => {
        const r = call(rt, func, args.slice(2));
        const items = r instanceof TupleObject ? r.items : [];
        const [result, n, options] = items;
        if (items.length !== 3 || typeof n !== 'number' || !(options instanceof TupleObject)) {
          rt.decref(r);
          throw rt.typeError('cpython_work(): the function must return (result, int, tuple of str)');
        }
        const names = options.items.filter((x): x is string => typeof x === 'string');
        rt.incref(result);
        rt.decref(r); // may free the options tuple (its items go with it)
        return { result, n, options: names };
      };
      const runner = cpythonWorkRunners.get(rt);
      return runner === undefined ? work().result : runner(kind, work);
    });
    addFunction(rt, d, 'startup_work', (args) => {
      if (args.length !== 1) throw rt.typeError(`startup_work() takes exactly one argument (${args.length} given)`);
      return asStartupWork(rt.heap, () => call(rt, args[0], []));
    });
    // cpython_import(name): CPython's stdlib imports `name` here (traceback's
    // caret anchors import ast); gclab's does not need it, but its cost is
    // replayed the first time (ImportSystem.replayCpythonImport).
    addFunction(rt, d, 'cpython_import', (args) => {
      const [name] = strArgs(rt, 'cpython_import', args, 1);
      cpythonImporters.get(rt)?.(name);
      return null;
    });
    // reload_module(module): importlib.reload's _bootstrap._exec (ImportSystem.reload); a new reference.
    addFunction(rt, d, 'reload_module', (args) => {
      const reloader = moduleReloaders.get(rt);
      if (reloader === undefined) throw new PyException('RuntimeError', 'reload_module(): this gclab host cannot import');
      return reloader(args[0] ?? null);
    });
    // ast_dump(source, filename, mode): _ast's parser (see AstParser).
    addFunction(rt, d, 'ast_dump', (args) => {
      const [source, filename, mode] = strArgs(rt, 'ast_dump', args, 3);
      const parser = astParsers.get(rt);
      if (parser === undefined) throw new PyException('RuntimeError', 'ast_dump(): this gclab host has no parser');
      return parser(source, filename, mode);
    });
    addFunction(rt, d, 'source_lines', (args) => {
      if (args.length !== 1 || typeof args[0] !== 'string') throw rt.typeError('source_lines() takes one str argument');
      const lines = sourceLookups.get(rt)?.(args[0]);
      if (lines === undefined) return rt.listSteal([]);
      const out = lines.map((l, i) => (i < lines.length - 1 ? l + '\n' : l));
      if (out.length > 0 && out[out.length - 1] === '') out.pop();
      return rt.listSteal(out);
    });
    addFunction(rt, d, 'environ', () => {
      // os.environ's contents: the host's environment, in its key order.
      const env = rt.heap.newDict();
      for (const [k, v] of Object.entries(hostProcess()?.env ?? {})) if (v !== undefined) env.set(rt.heap, k, v);
      return env;
    });
    addFunction(rt, d, 'getcwd', () => hostProcess()?.cwd() ?? '/');
    // os.strerror (posixmodule.c os_strerror_impl): glibc's message for a
    // code errno names, "Unknown error N" otherwise; the argument is a C int.
    addFunction(rt, d, 'strerror', (args) => {
      if (args.length !== 1) throw rt.typeError(`strerror() takes exactly one argument (${args.length} given)`);
      const code = indexOf(rt, args[0]);
      if (code === undefined) throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`);
      if (typeof code === 'bigint' || code > 2147483647 || code < -2147483648) {
        throw rt.error('OverflowError', 'Python int too large to convert to C int');
      }
      return STRERROR_MESSAGES.get(code) ?? `Unknown error ${code}`;
    });
    addFunction(rt, d, 'file_exists', (args) => {
      if (args.length !== 1 || typeof args[0] !== 'string') throw rt.typeError('file_exists() takes one str argument');
      return fileProbes.get(rt)?.(args[0]) ?? false;
    });
    addFunction(rt, d, 'fs_read', (args) => {
      const [path] = strArgs(rt, 'fs_read', args, 1);
      return newBytes(rt.heap, onFiles(rt, (fs) => fs.read(path)));
    });
    addFunction(rt, d, 'fs_write', (args) => {
      if (args.length !== 3 || typeof args[0] !== 'string' || !(args[1] instanceof BytesLikeObject) || (args[2] !== 'w' && args[2] !== 'a' && args[2] !== 'x')) {
        throw rt.typeError("fs_write() takes a str path, bytes and 'w', 'a' or 'x'");
      }
      const [path, data, how] = args as [string, BytesLikeObject, 'w' | 'a' | 'x'];
      onFiles(rt, (fs) => fs.write(path, data.value, how));
      return null;
    });
    // os.write(1 or 2, data) (posix_write on the process's own descriptors): the
    // bytes go to the stream past sys.stdout's TextIOWrapper, which python3 runs
    // unbuffered here as gclab's stdout is (PYTHONUNBUFFERED); the byte count back.
    addFunction(rt, d, 'std_write', (args) => {
      if (args.length !== 2 || (args[0] !== 1 && args[0] !== 2) || !(args[1] instanceof BytesLikeObject)) {
        throw rt.typeError('std_write() takes 1 or 2 and bytes');
      }
      const raw = (args[1] as BytesLikeObject).value;
      const text = new TextDecoder('utf-8').decode(Uint8Array.from(raw, (c) => c.charCodeAt(0)));
      if (args[0] === 2) rt.err(text);
      else writeProcessStdout(rt, text);
      return raw.length;
    });
    addFunction(rt, d, 'fs_kind', (args) => {
      const [path] = strArgs(rt, 'fs_kind', args, 1);
      return fileSystemOf(rt).kind(path) ?? null;
    });
    const unary = (name: string, op: (fs: SimulatedFileSystem, path: string) => void) =>
      addFunction(rt, d, name, (args) => {
        const [path] = strArgs(rt, name, args, 1);
        onFiles(rt, (fs) => op(fs, path));
        return null;
      });
    unary('fs_remove', (fs, p) => fs.remove(p));
    unary('fs_mkdir', (fs, p) => fs.mkdir(p));
    unary('fs_rmdir', (fs, p) => fs.rmdir(p));
    unary('fs_chdir', (fs, p) => fs.chdir(p));
    addFunction(rt, d, 'fs_listdir', (args) => {
      const [path] = strArgs(rt, 'fs_listdir', args, 1);
      return rt.listSteal(onFiles(rt, (fs) => fs.listdir(path)));
    });
    addFunction(rt, d, 'fs_rename', (args) => {
      const [src, dst] = strArgs(rt, 'fs_rename', args, 2);
      onFiles(rt, (fs) => fs.rename(src, dst));
      return null;
    });
    addFunction(rt, d, 'fs_getcwd', () => fileSystemOf(rt).cwd);
    // os._exit(status) (posix__exit_impl): argument clinic's parsing, then the process ends (process-exit.ts).
    addFunction(
      rt,
      d,
      '_exit',
      (args, kwargs) => {
        const all = [...args];
        for (const [, v] of kwargs ?? []) all.push(v);
        if (all.length === 0) throw rt.typeError("_exit() missing required argument 'status' (pos 1)");
        if (all.length > 1) throw rt.typeError(`_exit() takes at most 1 argument (${all.length} given)`);
        const v = all[0];
        if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
          throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
        }
        const n = typeof v === 'boolean' ? +v : Number(v);
        if (n > 0x7fffffff || n < -0x80000000) throw rt.error('OverflowError', 'Python int too large to convert to C int');
        return exitProcess(rt, n);
      },
      ['status'],
    );
    addFunction(rt, d, 'fs_tempname', (args) => {
      const [dir, prefix, suffix] = strArgs(rt, 'fs_tempname', args, 3);
      return fileSystemOf(rt).tempName(dir, prefix, suffix);
    });
    addFunction(rt, d, 'tb_position', (args) => {
      if (args.length !== 1) throw rt.typeError(`tb_position() takes exactly one argument (${args.length} given)`);
      return tracebackPosition(rt, args[0]);
    });
    const nativeWeakSet = nativeWeakSetOf(rt);
    if (nativeWeakSet !== undefined) d.set(rt.heap, 'native_weakset', nativeWeakSet);
    const nativeWeakref = weakrefModuleOf(rt);
    if (nativeWeakref !== undefined) d.set(rt.heap, 'native_weakref', nativeWeakref);
    // Thread coroutines (thread-switch.ts), threading.py's scheduler's primitives.
    addFunction(rt, d, 'thread_new', (args) => {
      if (args.length !== 1) throw rt.typeError(`thread_new() takes exactly one argument (${args.length} given)`);
      return rt.evaluator.threadNew(args[0]);
    });
    addFunction(rt, d, 'thread_resume', (args) => {
      if (args.length !== 1 || typeof args[0] !== 'number') throw rt.typeError('thread_resume() takes a thread handle');
      return rt.evaluator.threadResume(args[0]);
    });
    addFunction(rt, d, 'thread_suspend', threadSuspendImpl);
    addFunction(rt, d, 'embedded_list', (args) => {
      // A list that stands for a C type's storage (deque's blocks): untracked and
      // seen through by the instance that keeps it in a __slots__ member (ListObject.embedded).
      // Not a GC allocation CPython makes (a deque's blocks are plain memory): UNCOUNTED,
      // so gc.get_count() moves by one per deque, as in CPython.
      if (args.length !== 0) throw rt.typeError('embedded_list() takes no arguments');
      rt.heap.reserve();
      const l = new ListObject([]);
      l.flags |= UNCOUNTED;
      rt.heap.register(l);
      l.embedded = true;
      return l;
    });
    // collection_flags(cls): cls's Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING bits;
    // add_collection_flags(cls, flags): _abc_init's `tp_flags |= flags & COLLECTION_FLAGS`;
    // set_collection_flag(cls, flag): _abc_register's set_collection_flag_recursive.
    const classArg = (name: string, args: Value[], n: number): ClassObject => {
      if (args.length !== n || !(args[0] instanceof ClassObject) || (n > 1 && typeof args[1] !== 'number')) {
        throw rt.typeError(`${name}() takes a class${n > 1 ? ' and an int' : ''}`);
      }
      return args[0];
    };
    // in_startup_module(): whether the code running is a module of python3's start-up being loaded.
    addFunction(rt, d, 'in_startup_module', (args) => {
      if (args.length !== 0) throw rt.typeError(`in_startup_module() takes no arguments (${args.length} given)`);
      return startupModuleProbes.get(rt)?.() ?? false;
    });
    addFunction(rt, d, 'collection_flags', (args) => collectionFlags(rt, classArg('collection_flags', args, 1)));
    addFunction(rt, d, 'add_collection_flags', (args) => {
      addCollectionFlags(rt, classArg('add_collection_flags', args, 2), args[1] as number);
      return None;
    });
    addFunction(rt, d, 'set_collection_flag', (args) => {
      setCollectionFlagRecursive(rt, classArg('set_collection_flag', args, 2), args[1] as number);
      return None;
    });
    addFunction(rt, d, 'instance_dict', (args) => {
      // A class standing for a C type with a tp_dictoffset dict (functools.partial): its
      // instances (and its subclasses') keep their attributes in a dict object of their own.
      if (args.length !== 1 || !(args[0] instanceof ClassObject)) throw rt.typeError('instance_dict() takes a class');
      args[0].instancesOwnDict = true;
      return None;
    });
    // known_get(d, key, h, default) / known_set(d, key, h, value) / known_pop(d, key, h) /
    // known_contains(d, key, h): the dict operations of C code that already has the key's
    // hash (the lru_cache wrapper's _PyDict_GetItem_KnownHash, _PyDict_SetItem_KnownHash,
    // _PyDict_Pop_KnownHash): the key's __hash__ is not called again.
    const knownHashArgs = (name: string, args: Value[], n: number): [DictObject, Value, Hash] => {
      if (args.length !== n || !(args[0] instanceof DictObject)) throw rt.typeError(`${name}() takes a dict, a key, its hash${n > 3 ? ' and a value' : ''}`);
      const h = args[2];
      if (typeof h !== 'number' && typeof h !== 'bigint') throw rt.typeError(`${name}() takes an int hash`);
      return [args[0], args[1], h];
    };
    const withHash = <T>(key: Value, h: Hash, op: () => T): T => (rt.heap.host as LangHost).withKnownHash(key, h, op);
    addFunction(rt, d, 'known_get', (args) => {
      const [dict, key, h] = knownHashArgs('known_get', args, 4);
      const v = withHash(key, h, () => dict.get(rt.heap, key));
      return rt.incref(v === undefined ? args[3] : v);
    });
    addFunction(rt, d, 'known_contains', (args) => {
      const [dict, key, h] = knownHashArgs('known_contains', args, 3);
      return withHash(key, h, () => dict.has(rt.heap, key));
    });
    addFunction(rt, d, 'known_set', (args) => {
      const [dict, key, h] = knownHashArgs('known_set', args, 4);
      withHash(key, h, () => dict.set(rt.heap, key, args[3]));
      return None;
    });
    addFunction(rt, d, 'known_pop', (args) => {
      const [dict, key, h] = knownHashArgs('known_pop', args, 3);
      const v = withHash(key, h, () => dict.get(rt.heap, key));
      if (v === undefined) throw keyErrorFor(rt, key);
      rt.incref(v);
      withHash(key, h, () => dict.delete(rt.heap, key));
      return v;
    });
    addFunction(rt, d, 'existing_dict', (args) => {
      // The dict object of an instance of such a class, or None while it has none (a C
      // type's NULL tp_dictoffset slot: partial_reduce reads it without making one).
      if (args.length !== 1 || !(args[0] instanceof Instance) || !args[0].cls.instancesOwnDict) {
        throw rt.typeError('existing_dict() takes an instance of an instance_dict() class');
      }
      const own = args[0].ownDict;
      return own === null ? None : rt.incref(own);
    });
    addFunction(rt, d, 'replace_dict', (args) => {
      // Such an instance's dict slot set to a dict or (None) emptied, as partial_setstate's
      // Py_XSETREF(pto->dict, dict) does: the next __dict__ read makes a new one.
      if (args.length !== 2 || !(args[0] instanceof Instance) || !args[0].cls.instancesOwnDict || !(args[1] === None || args[1] instanceof DictObject)) {
        throw rt.typeError('replace_dict() takes an instance of an instance_dict() class and a dict or None');
      }
      args[0].replaceDict(rt.heap, args[1] === None ? null : args[1]);
      return None;
    });
    // recursive_call(where, func, *args): func(*args) inside one
    // Py_EnterRecursiveCall(where) entry, for stdlib code standing for a
    // C function that guards its recursion (_pickle.c's save, _json.c's
    // encoder and scanner): its frames do not count, the entry does.
    addFunction(rt, d, 'recursive_call', (args) => {
      const where = args[0];
      if (args.length < 2 || typeof where !== 'string') throw rt.typeError('recursive_call() takes a str and a callable');
      enterCRecursion(rt, where);
      const outer = hostStackGuard.where;
      hostStackGuard.where = where;
      hostStackGuard.depth++;
      try {
        if (rt.evaluator.hostDepth() + hostStackGuard.depth >= HOST_FRAME_BUDGET) throw hostStackRecursionError();
        return call(rt, args[1], args.slice(2));
      } finally {
        hostStackGuard.depth--;
        hostStackGuard.where = outer;
        rt.cRecursionDepth--;
      }
    });
    addFunction(rt, d, 'without_gc', (args) => {
      // A class standing for a C type without Py_TPFLAGS_HAVE_GC (datetime's): its instances are
      // never tracked, so the collector cannot see what they hold. Its subclasses stay GC types.
      if (args.length !== 1 || !(args[0] instanceof ClassObject)) throw rt.typeError('without_gc() takes a class');
      args[0].instancesGC = false;
      return None;
    });
    addFunction(rt, d, 'hash_digest', (args) => {
      // hashlib's digests (hash-functions.ts): hash_digest(name, data, length, key) -> bytes.
      if (args.length !== 4 || typeof args[0] !== 'string' || !(args[1] instanceof BytesLikeObject) || typeof args[2] !== 'number' || !(args[3] instanceof BytesLikeObject)) {
        throw rt.typeError('hash_digest() takes a name, bytes, a length and a key');
      }
      const out = hashDigest(args[0], latin1Bytes(args[1].value), args[2], latin1Bytes(args[3].value));
      if (out === undefined) throw new PyException('ValueError', `unsupported hash type ${args[0]}`);
      let text = '';
      for (const byte of out) text += String.fromCharCode(byte);
      return newBytes(rt.heap, text);
    });
    for (const [name, fn] of [['crc32', crc32], ['adler32', adler32]] as const) {
      addFunction(rt, d, name, (args) => {
        // zlib's checksums: (data, start value) -> the running checksum, an unsigned 32-bit int.
        if (args.length !== 2 || !(args[0] instanceof BytesLikeObject) || typeof args[1] !== 'number') throw rt.typeError(`${name}() takes bytes and an int`);
        return fn(latin1Bytes(args[0].value), args[1] >>> 0);
      });
    }
    // zlib's compressor and decompressor (deflate.ts, inflate.ts): deflate_new(level, wbits,
    // memlevel) -> a stream id; deflate_step(id, data, flush) -> the bytes zlib writes;
    // inflate(data, wbits, zdict, limit) -> (output, done, end, error message or None);
    // limit < 0: no limit on the output.
    // deflate_new(level, wbits, memlevel, strategy=0, zdict=None): a zdict is
    // deflateSetDictionary's (None back when zlib refuses it: a gzip stream);
    // deflate_copy(id) -> the id of a deflateCopy of the stream.
    addFunction(rt, d, 'deflate_new', (args) => {
      const [level, wbits, memLevel, strategy = 0, zdict = null] = args;
      if (
        args.length < 3 || args.length > 5 || typeof level !== 'number' || typeof wbits !== 'number' || typeof memLevel !== 'number' ||
        typeof strategy !== 'number' || !(zdict === null || zdict instanceof BytesLikeObject)
      ) {
        throw rt.typeError('deflate_new() takes three or four ints and bytes or None');
      }
      const stream = new Deflater(level, wbits, memLevel, strategy);
      if (zdict !== null && !stream.setDictionary(latin1Bytes(zdict.value))) return null;
      const streams = deflateStreams(rt);
      streams.push(stream);
      return streams.length - 1;
    });
    addFunction(rt, d, 'deflate_copy', (args) => {
      const [id] = args;
      if (args.length !== 1 || typeof id !== 'number') throw rt.typeError('deflate_copy() takes a stream id');
      const streams = deflateStreams(rt);
      const stream = streams[id];
      if (stream === undefined) throw rt.error('ValueError', 'deflate_copy(): no such stream');
      streams.push(stream.clone());
      return streams.length - 1;
    });
    addFunction(rt, d, 'deflate_step', (args) => {
      const [id, data, flush] = args;
      if (args.length !== 3 || typeof id !== 'number' || !(data instanceof BytesLikeObject) || typeof flush !== 'number') {
        throw rt.typeError('deflate_step() takes a stream id, bytes and an int');
      }
      const stream = deflateStreams(rt)[id];
      if (stream === undefined) throw rt.error('ValueError', 'deflate_step(): no such stream');
      const out = stream.deflate(latin1Bytes(data.value), flush);
      // A finished stream keeps no state worth its window.
      if (stream.done) deflateStreams(rt)[id] = FINISHED_STREAM;
      return newBytes(rt.heap, latin1Text(out));
    });
    addFunction(rt, d, 'inflate', (args) => {
      const [data, wbits, zdict, limit] = args;
      if (args.length !== 4 || !(data instanceof BytesLikeObject) || typeof wbits !== 'number' || !(zdict === null || zdict instanceof BytesLikeObject) || typeof limit !== 'number') {
        throw rt.typeError('inflate() takes bytes, an int, bytes or None and an int');
      }
      let bits = wbits;
      let wrap = 1;
      if (bits < 0) (wrap = 0), (bits = -bits);
      else if (bits >= 40) (wrap = 3), (bits -= 32);
      else if (bits > 15) (wrap = 2), (bits -= 16);
      if (bits === 0) bits = 15;
      const input = latin1Bytes(data.value);
      if (wrap === 3) wrap = input.length >= 2 && input[0] === 31 && input[1] === 139 ? 2 : 1;
      try {
        const r = inflate(input, wrap, bits, zdict === null ? undefined : latin1Bytes(zdict.value), limit < 0 ? Infinity : limit);
        return rt.tupleSteal([newBytes(rt.heap, latin1Text(r.output)), r.done, r.end, None]);
      } catch (e) {
        if (!(e instanceof InflateError)) throw e;
        return rt.tupleSteal([newBytes(rt.heap, ''), false, 0, e.message]);
      }
    });
    addFunction(rt, d, 'allocations', (args) => {
      // Objects allocated so far in this run (timeit's cost model, docs/scenarios.md).
      if (args.length !== 0) throw rt.typeError('allocations() takes no arguments');
      return rt.heap.allocated;
    });
    addFunction(rt, d, 'steps', (args) => {
      // Evaluation steps run so far (timeit's cost model, docs/scenarios.md).
      if (args.length !== 0) throw rt.typeError('steps() takes no arguments');
      return rt.evaluator.stepCount();
    });
    addFunction(rt, d, 'buffer_exports', (args) => {
      // array.array's ob_exports: the managed buffers of memoryviews holding its buffer
      // (memoryview-type.ts), which make array_resize refuse (BufferError).
      if (args.length !== 1) throw rt.typeError('buffer_exports() takes exactly one argument');
      return bufferExports(args[0]);
    });
    addFunction(rt, d, 'untrack', (args) => {
      // PyObject_GC_UnTrack on one instance of a class standing for a C type that tracks
      // only some of its objects (a ContextVar whose default cannot be in a cycle).
      if (args.length !== 1 || !(args[0] instanceof Instance)) throw rt.typeError('untrack() takes an instance');
      rt.heap.untrack(args[0]);
      return None;
    });
    addFunction(rt, d, 'display_width', (args) => {
      // The columns the first `offset` characters of `text` take (wide East Asian ones count two).
      if (args.length !== 2 || typeof args[0] !== 'string' || typeof args[1] !== 'number') throw rt.typeError('display_width() takes a str and an int');
      const text = args[0];
      return displayWidth(text, unitIndex(text, Math.max(0, args[1])));
    });
  });
}

/** The bytes of a latin-1 string (how gclab's bytes objects hold their data). */
function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
