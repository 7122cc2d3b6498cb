/**
 * The `sys` module subset: getrefcount (sys_getrefcount returns
 * Py_REFCNT(arg), and the argument's own reference -- the evaluation stack's
 * in CPython, the evaluator's owned argument here -- is already in the
 * count), stdin/stdout/stderr (types/stdio-type.ts),
 * argv, exit, version, maxsize, exc_info, exception, get/setrecursionlimit,
 * is_finalizing, the encodings, and the struct sequences version_info,
 * flags, float_info, int_info and hash_info.
 */

import { setIntMaxStrDigits } from './int-str-limit';
import { indexOf } from './operators';
import { getAsyncgenHooks, setAsyncgenHooks } from './async-generator-object';
import { coroutineOriginDepth, setCoroutineOriginDepth } from './coroutine-object';
import { claimFunctions } from './modules/native-module';
import { isObject, newFloat, PyException, type ClassObject, type DictObject, type FloatObject, type PyObject, TupleObject, type Value } from '../../heap';
import type { LangHost } from './lang-host';
import { makeStructSeqType, newStructSeq } from './struct-sequence';
import { releaseExceptionRefs } from '../../weakref/errors';
import { getAttr } from './attributes';
import { registerType } from './type-slots';
import { ModuleObject } from './function-object';
import { arity } from './methods';
import { call, pyException } from './calls';
import { BuiltinFunction, ExceptionObject } from './native-objects';
import { osErrorSubclass } from './exception-fields';
import { StreamWriteError } from './stream-write-error';
import type { Runtime } from './runtime';
import { sysGetsizeof } from './object-size';
import { textIOWrapperType } from './types/stdio-type';

/**
 * sys.executable: the oracle's python3 (the prefix of STDLIB_PREFIX, which
 * stdlib modules' __file__ show), so a program printing it prints what
 * python3 does.
 */
export const SIMULATED_EXECUTABLE = '/root/.pyenv/versions/3.11.7/bin/python3';

/** The sys module; `modules` is the interpreter's sys.modules dict (borrowed: sys holds its own reference). */
export function makeSysModule(rt: Runtime, modules: DictObject, argv: readonly string[], path0 = '', warnOptions: readonly string[] = []): ModuleObject {
  const d = rt.heap.newDict();
  d.set(rt.heap, 'modules', modules);
  // sys.warnoptions: the -W options of the command line (warnings.py applies them).
  const warnList = rt.heap.newList(warnOptions as string[]);
  d.set(rt.heap, 'warnoptions', warnList);
  rt.heap.decref(warnList);
  // sys.path: the script's folder (or '' for -c); entries a program adds are
  // searched in the simulated file system (import-system.ts findOnSysPath).
  const pathList = rt.heap.newList([path0]);
  d.set(rt.heap, 'path', pathList);
  rt.heap.decref(pathList);
  // sys.argv: the script path as given on the command line, then its arguments.
  const argvList = rt.heap.newList(argv as string[]);
  d.set(rt.heap, 'argv', argvList);
  rt.heap.decref(argvList);
  addBuiltin(rt, d, 'getrefcount', (args) => {
    arity(rt, 'sys.getrefcount', args, 1, 1);
    const v = args[0];
    // The empty tuple is statically allocated in CPython 3.11 with _PyObject_IMMORTAL_INIT's
    // count of 999999999, which every use then raises (the heap's own reference stands for it).
    if (v instanceof TupleObject && v.constructor === TupleObject && v.items.length === 0) return 999999999 + v.refcnt - 1;
    return isObject(v) ? v.refcnt : 1000;
  });
  const textIO = rt.types.make('TextIOWrapper', [rt.types.get('object')], '_io');
  registerType(rt, textIOWrapperType, textIO);
  for (const name of ['stdin', 'stdout', 'stderr']) {
    const o = rt.heap.newInstance(textIO);
    o.native = name;
    d.set(rt.heap, name, o);
    // sys.__stdin__, sys.__stdout__, sys.__stderr__: the original streams, to restore them.
    d.set(rt.heap, `__${name}__`, o);
    rt.heap.decref(o);
  }
  // CPython's shape (platform._sys_version parses it): gclab's own build name and compiler.
  d.set(rt.heap, 'version', '3.11.7 (gclab, Jan  1 2000, 00:00:00) [gclab]');
  addBuiltin(
    rt,
    d,
    'exit',
    (args) => {
      arity(rt, 'exit', args, 0, 1);
      throw pyException(rt, 'SystemExit', args);
    },
    { tracked: true },
  );
  // sys._getframe([depth]): the frame object `depth` calls below the caller.
  addBuiltin(rt, d, '_getframe', (args) => {
    arity(rt, '_getframe', args, 0, 1);
    const depth = args.length === 0 ? 0 : args[0];
    if (typeof depth !== 'number' && typeof depth !== 'boolean') throw rt.typeError(`'${rt.typeName(depth)}' object cannot be interpreted as an integer`);
    const fo = Number(depth) < 0 ? undefined : rt.evaluator.frameObjectAt(Number(depth));
    if (fo === undefined) throw rt.error('ValueError', 'call stack is not deep enough');
    return fo;
  });
  // sys.set_asyncgen_hooks(firstiter=..., finalizer=...) / get_asyncgen_hooks() (async-generator-object.ts).
  addBuiltin(rt, d, 'set_asyncgen_hooks', (args, kwargs) => {
    if (args.length > 2) throw rt.typeError(`set_asyncgen_hooks() takes at most 2 arguments (${args.length} given)`);
    let firstiter: Value | undefined = args[0];
    let finalizer: Value | undefined = args[1];
    for (const [k, v] of kwargs ?? []) {
      if (k === 'firstiter') firstiter = v;
      else if (k === 'finalizer') finalizer = v;
      else throw rt.typeError(`'${k}' is an invalid keyword argument for set_asyncgen_hooks()`);
    }
    setAsyncgenHooks(rt, firstiter, finalizer);
    return null;
  }, { keywords: ['firstiter', 'finalizer'] });
  addBuiltin(rt, d, 'get_asyncgen_hooks', (args) => {
    arity(rt, 'get_asyncgen_hooks', args, 0, 0);
    // asyncgen_hooks (Python/sysmodule.c): a struct sequence whose tp_name has no module.
    let cls = asyncgenHooksTypes.get(rt);
    if (cls === undefined) {
      cls = makeStructSeqType(rt, 'builtins', 'asyncgen_hooks', ['firstiter', 'finalizer']);
      asyncgenHooksTypes.set(rt, cls);
    }
    const hooks = getAsyncgenHooks(rt);
    try {
      return newStructSeq(rt, cls, hooks);
    } finally {
      for (const h of hooks) rt.decref(h);
    }
  });
  // sys.set_coroutine_origin_tracking_depth(depth) / get_...(): cr_origin (coroutine-object.ts).
  addBuiltin(rt, d, 'set_coroutine_origin_tracking_depth', (args, kwargs) => {
    let depth: Value | undefined = args[0];
    if (args.length > 1) throw rt.typeError(`set_coroutine_origin_tracking_depth() takes at most 1 argument (${args.length} given)`);
    for (const [k, v] of kwargs ?? []) {
      if (k === 'depth' && depth === undefined) depth = v;
      else if (k === 'depth') throw rt.typeError("argument for set_coroutine_origin_tracking_depth() given by name ('depth') and position (1)");
      else throw rt.typeError(`set_coroutine_origin_tracking_depth() got an unexpected keyword argument '${k}'`);
    }
    if (depth === undefined) throw rt.typeError("set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
    if (typeof depth !== 'number' && typeof depth !== 'boolean' && typeof depth !== 'bigint') {
      throw rt.typeError(`'${rt.typeName(depth)}' object cannot be interpreted as an integer`);
    }
    if (typeof depth === 'bigint' && (depth > 0x7fffffffn || depth < -0x80000000n)) throw rt.error('OverflowError', 'Python int too large to convert to C int');
    setCoroutineOriginDepth(rt, Number(depth));
    return null;
  }, { keywords: ['depth'] });
  addBuiltin(rt, d, 'get_coroutine_origin_tracking_depth', (args) => {
    arity(rt, 'sys.get_coroutine_origin_tracking_depth', args, 0, 0);
    return coroutineOriginDepth(rt);
  });
  addBuiltin(rt, d, 'getrecursionlimit', (args) => {
    arity(rt, 'sys.getrecursionlimit', args, 0, 0);
    return rt.recursionLimit;
  });
  addBuiltin(rt, d, 'get_int_max_str_digits', (args) => {
    if (args.length > 0) throw rt.typeError(`sys.get_int_max_str_digits() takes no arguments (${args.length} given)`);
    return rt.intMaxStrDigits;
  });
  // sys_set_int_max_str_digits_impl (clinic: maxdigits by position or keyword, a C int).
  addBuiltin(rt, d, 'set_int_max_str_digits', (args) => {
    if (args.length > 1) throw rt.typeError(`set_int_max_str_digits() takes at most 1 argument (${args.length} given)`);
    if (args.length === 0) throw rt.typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    const n = indexOf(rt, args[0]);
    if (n === undefined) throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`);
    if (n > 0x7fffffff || n < -0x80000000) throw rt.error('OverflowError', 'Python int too large to convert to C int');
    const err = setIntMaxStrDigits(rt, Number(n));
    if (err !== undefined) throw err;
    return null;
  });
  // sys.settrace / sys.setprofile (interp/sys-trace.ts): any object is
  // accepted (None removes the hook); gettrace/getprofile answer it.
  for (const kind of ['trace', 'profile'] as const) {
    addBuiltin(rt, d, `set${kind}`, (args) => {
      if (args.length !== 1) throw rt.typeError(`sys.set${kind}() takes exactly one argument (${args.length} given)`);
      rt.evaluator.setHook(kind, args[0]);
      return null;
    });
    addBuiltin(rt, d, `get${kind}`, (args) => {
      if (args.length !== 0) throw rt.typeError(`sys.get${kind}() takes no arguments (${args.length} given)`);
      return rt.evaluator.getHook(kind);
    });
  }
  // sys_setrecursionlimit: the new limit must exceed the current depth.
  addBuiltin(rt, d, 'setrecursionlimit', (args) => {
    arity(rt, 'setrecursionlimit', args, 1, 1);
    const n = args[0];
    if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') {
      throw rt.typeError(`'${rt.typeName(n)}' object cannot be interpreted as an integer`);
    }
    const limit = Number(n);
    // The argument is a C int (clinic's int converter).
    if (limit > 0x7fffffff || limit < -0x80000000) throw rt.error('OverflowError', 'Python int too large to convert to C int');
    if (limit < 1) throw rt.error('ValueError', 'recursion limit must be greater or equal than 1');
    const depth = rt.evaluator.frameDepth();
    if (limit <= depth) {
      throw rt.error('RecursionError', `cannot set the recursion limit to ${limit} at the recursion depth ${depth}: the limit is too low`);
    }
    rt.recursionLimit = Math.min(limit, 0x7fffffff);
    return null;
  });
  // sys.addaudithook / sys.audit (Python/sysmodule.c): hooks kept for the
  // runtime's life as CPython's interpreter keeps them; sys.audit calls each
  // with (event, args). gclab raises no audit events of its own, so a hook
  // sees the events programs and Python-source stdlib modules raise.
  addBuiltin(rt, d, 'addaudithook', (args) => {
    arity(rt, 'addaudithook', args, 1, 1);
    let hooks = auditHooks.get(rt);
    if (hooks === undefined) auditHooks.set(rt, (hooks = []));
    hooks.push(rt.incref(args[0]));
    return null;
  }, { keywords: ['hook'] });
  addBuiltin(rt, d, 'audit', (args) => {
    if (args.length === 0) throw rt.typeError('audit() missing 1 required positional argument: \'event\'');
    if (typeof args[0] !== 'string') throw rt.typeError(`expected str for argument 'event', not ${rt.typeName(args[0])}`);
    const hooks = auditHooks.get(rt);
    if (hooks === undefined || hooks.length === 0) return null;
    const eventArgs = rt.newTuple(args.slice(1));
    try {
      for (const hook of [...hooks]) rt.decref(call(rt, hook, [args[0], eventArgs]));
    } finally {
      rt.decref(eventArgs);
    }
    return null;
  });
  addBuiltin(rt, d, 'intern', (args) => {
    arity(rt, 'intern', args, 1, 1);
    if (typeof args[0] !== 'string') throw rt.typeError(`intern() argument must be str, not ${rt.typeName(args[0])}`);
    return args[0];
  });
  // sys.getsizeof: CPython 3.11's 64-bit sizes where gclab has a rule (object-size.ts).
  addBuiltin(rt, d, 'getsizeof', (args, kwargs) => sysGetsizeof(rt, args, kwargs ?? null));
  d.set(rt.heap, 'platform', 'linux');
  d.set(rt.heap, 'byteorder', 'little');
  // sys_exc_info / sys_exception: the exception being handled, found through
  // the frame stack (_PyErr_GetTopmostException); (None, None, None) / None
  // outside any except clause.
  addBuiltin(rt, d, 'exc_info', (args) => {
    arity(rt, 'sys.exc_info', args, 0, 0);
    const e = rt.evaluator.handledException();
    if (e === undefined || !isObject(e)) return rt.newTuple([null, null, null]);
    const tb = getAttr(rt, e, '__traceback__');
    return rt.tupleSteal([rt.incref(rt.typeOf(e)), rt.incref(e), tb]);
  });
  addBuiltin(rt, d, 'exception', (args) => {
    arity(rt, 'sys.exception', args, 0, 0);
    const e = rt.evaluator.handledException();
    return e === undefined ? null : rt.incref(e);
  });
  // sys.unraisablehook / sys.__unraisablehook__: the default hook
  // (sys_unraisablehook), which a program may replace (lang-host.ts calls it).
  rt.heap.reserve();
  const defaultHook = rt.heap.register(
    new BuiltinFunction('unraisablehook', (args) => {
      if (args.length !== 1) throw rt.typeError(`sys.unraisablehook() takes exactly one argument (${args.length} given)`);
      const u = args[0];
      if (!isObject(u) || rt.typeOf(u) !== unraisableHookArgsType(rt)) throw rt.typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
      const [, excValue, , errMsg, obj] = (u as TupleObject).items;
      const host = rt.heap.host as LangHost;
      const error = excValue instanceof ExceptionObject ? host.exceptionFromObject(excValue) : undefined;
      host.writeDefault(rt.heap, error, obj === null ? undefined : obj, typeof errMsg === 'string' ? errMsg : undefined);
      return null;
    }, undefined),
  );
  defaultHooks.add(defaultHook);
  d.set(rt.heap, 'unraisablehook', defaultHook);
  d.set(rt.heap, '__unraisablehook__', defaultHook);
  rt.heap.decref(defaultHook);
  // sys.maxsize: Py_ssize_t's maximum on a 64-bit build.
  d.set(rt.heap, 'maxsize', 9223372036854775807n);
  addStructSeqs(rt, d);
  // The platform of the CPython gclab simulates (a 64-bit Linux build).
  d.set(rt.heap, 'platform', 'linux');
  d.set(rt.heap, 'byteorder', 'little');
  d.set(rt.heap, 'hexversion', 0x30b07f0);
  // PYTHON_API_VERSION (Include/modsupport.h), the C API version of 3.11.
  d.set(rt.heap, 'api_version', 1013);
  // The oracle's interpreter, beside the Lib whose paths __file__ shows
  // (STDLIB_PREFIX): subprocess runs `[sys.executable, ...]` in a fresh gclab.
  d.set(rt.heap, 'executable', SIMULATED_EXECUTABLE);
  d.set(rt.heap, 'maxunicode', 0x10ffff);
  // _Py_IsFinalizing: true from the end of the atexit handlers on (Py_FinalizeEx).
  addBuiltin(rt, d, 'is_finalizing', (args) => {
    arity(rt, 'is_finalizing', args, 0, 0);
    return rt.finalizing;
  });
  for (const [name, value] of [
    ['getdefaultencoding', 'utf-8'],
    ['getfilesystemencoding', 'utf-8'],
    ['getfilesystemencodeerrors', 'surrogateescape'],
  ]) {
    addBuiltin(rt, d, name, (args) => {
      arity(rt, name, args, 0, 0);
      return value;
    });
  }
  d.set(rt.heap, 'implementation', makeImplementation(rt));
  rt.heap.decref(d.get(rt.heap, 'implementation')!);
  claimFunctions(d, 'sys');
  rt.heap.reserve();
  return rt.heap.register(new ModuleObject('sys', d));
}

/** The builtin sys.unraisablehook functions (one per runtime). */
const defaultHooks = new WeakSet<PyObject>();
/** The UnraisableHookArgs struct sequence type of each runtime. */
const hookArgsTypes = new WeakMap<Runtime, ClassObject>();

/** Is `v` the builtin sys.unraisablehook (the default report)? */
export function isDefaultUnraisableHook(v: Value): boolean {
  return isObject(v) && defaultHooks.has(v);
}

const asyncgenHooksTypes = new WeakMap<Runtime, ClassObject>();
/** The audit hooks sys.addaudithook added, per runtime. */
const auditHooks = new WeakMap<Runtime, Value[]>();

/** UnraisableHookArgs (Python/errors.c): a struct sequence whose tp_name has no module. */
function unraisableHookArgsType(rt: Runtime): ClassObject {
  let cls = hookArgsTypes.get(rt);
  if (cls === undefined) {
    cls = makeStructSeqType(rt, 'builtins', 'UnraisableHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object']);
    hookArgsTypes.set(rt, cls);
  }
  return cls;
}

/**
 * make_unraisable_hook_args: (type(exc), exc, exc.__traceback__, err_msg, obj)
 * as a new UnraisableHookArgs (a new reference; `exc` and `obj` are borrowed).
 */
export function newUnraisableHookArgs(rt: Runtime, exc: Value, errMsg: string | null, obj: Value): Value {
  const tb = isObject(exc) ? getAttr(rt, exc, '__traceback__') : null;
  const values: Value[] = [isObject(exc) ? rt.typeOf(exc) : null, exc, tb, errMsg, obj];
  const args = newStructSeq(rt, unraisableHookArgsType(rt), values);
  rt.decref(tb);
  return args;
}

/**
 * The struct sequences of a 64-bit Linux CPython 3.11.7 run as
 * `python3 file.py`: version_info, flags, float_info, int_info, hash_info.
 */
function addStructSeqs(rt: Runtime, d: DictObject): void {
  const heap = rt.heap;
  const add = (name: string, fields: Array<[string, Value]>) => {
    const cls = makeStructSeqType(rt, 'sys', name, fields.map(([f]) => f));
    const v = newStructSeq(rt, cls, fields.map(([, x]) => x));
    d.set(heap, name, v);
    rt.decref(v);
  };
  add('version_info', [['major', 3], ['minor', 11], ['micro', 7], ['releaselevel', 'final'], ['serial', 0]]);
  add('flags', [
    ['debug', 0], ['inspect', 0], ['interactive', 0], ['optimize', 0], ['dont_write_bytecode', 0],
    ['no_user_site', 0], ['no_site', 0], ['ignore_environment', 0], ['verbose', 0], ['bytes_warning', 0],
    ['quiet', 0], ['hash_randomization', 1], ['isolated', 0], ['dev_mode', false], ['utf8_mode', 0],
    ['warn_default_encoding', 0], ['safe_path', false], ['int_max_str_digits', -1],
  ]);
  const floats: FloatObject[] = [];
  const f = (x: number): Value => {
    const o = newFloat(heap, x);
    floats.push(o);
    return o;
  };
  add('float_info', [
    ['max', f(Number.MAX_VALUE)], ['max_exp', 1024], ['max_10_exp', 308], ['min', f(2.2250738585072014e-308)],
    ['min_exp', -1021], ['min_10_exp', -307], ['dig', 15], ['mant_dig', 53], ['epsilon', f(Number.EPSILON)],
    ['radix', 2], ['rounds', 1],
  ]);
  for (const o of floats) rt.decref(o);
  add('int_info', [['bits_per_digit', 30], ['sizeof_digit', 4], ['default_max_str_digits', 4300], ['str_digits_check_threshold', 640]]);
  add('hash_info', [
    ['width', 64], ['modulus', 2305843009213693951n], ['inf', 314159], ['nan', 0], ['imag', 1000003],
    ['algorithm', 'siphash13'], ['hash_bits', 64], ['seed_bits', 128], ['cutoff', 0],
  ]);
}

/**
 * sys.implementation (a types.SimpleNamespace in CPython): the name is
 * 'gclab' -- the implementation running the program -- while version and
 * hexversion are those of the CPython it simulates; cache_tag is None (gclab
 * writes no bytecode caches). A new reference.
 */
function makeImplementation(rt: Runtime): Value {
  const cls = rt.types.make('SimpleNamespace', [rt.types.get('object')], 'types');
  const ns = rt.heap.newInstance(cls);
  ns.setAttr(rt.heap, 'name', 'gclab');
  ns.setAttr(rt.heap, 'cache_tag', null);
  const version = rt.tupleSteal([3, 11, 7, 'final', 0] as Value[]);
  ns.setAttr(rt.heap, 'version', version);
  rt.heap.decref(version);
  ns.setAttr(rt.heap, 'hexversion', 0x30b07f0);
  ns.setAttr(rt.heap, '_multiarch', 'x86_64-linux-gnu');
  return ns;
}

/** Binds a builtin function `name` into the module dict `d` (tracked first when asked). */
function addBuiltin(
  rt: Runtime,
  d: ReturnType<Runtime['heap']['newDict']>,
  name: string,
  fn: (args: Value[], kwargs: Array<[string, Value]> | null) => Value,
  opts: { tracked?: boolean; keywords?: readonly string[] } = {},
): void {
  rt.heap.reserve();
  const f = rt.heap.register(new BuiltinFunction(name, fn, undefined));
  if (opts.keywords !== undefined) f.keywords = opts.keywords;
  if (opts.tracked === true) rt.heap.track(f);
  d.set(rt.heap, name, f);
  rt.heap.decref(f);
}

/**
 * Write to the current `sys.stderr` as PyErr_Display does: the process's
 * stream while it is the original object, otherwise the object's own
 * write(); with sys.stderr unset or None the text goes to the process's
 * stream (CPython then prints "lost sys.stderr" there). A write() of our
 * own is followed by flush(), as PyErr_Display and the unraisable hook do.
 */
export function writeStderr(rt: Runtime, text: string): void {
  const target = rt.sysDict?.get(rt.heap, 'stderr');
  const native = (target as unknown as { native?: string } | undefined)?.native;
  if (target === undefined || target === null || native !== undefined) {
    if (native === 'stdout') writeProcessStdout(rt, text);
    else rt.err(text);
    return;
  }
  callMethodOf(rt, target, 'write', [text]);
  // Then file.flush(), whose failure is ignored (PyErr_Display,
  // write_unraisable_exc_file).
  try {
    callMethodOf(rt, target, 'flush', []);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    releaseExceptionRefs(rt.heap, e);
    if (e.pyValue !== undefined) rt.decref(e.pyValue);
  }
}

/**
 * Text for the process's standard output (print(), sys.stdout.write(), the
 * REPL's displayhook): the host's `out`, whose failure to reach the device
 * is raised as FileIO.write raises it, OSError(errno, strerror) -- the
 * subclass the errno picks (BrokenPipeError for EPIPE).
 */
export function writeProcessStdout(rt: Runtime, text: string): void {
  try {
    rt.out(text);
  } catch (e) {
    throw e instanceof StreamWriteError ? streamOSError(rt, e) : e;
  }
}

/** sys.stdout.flush() of the process's stream: what the host holds is written (or OSError). */
export function flushProcessStdout(rt: Runtime): void {
  try {
    rt.flushOut();
  } catch (e) {
    throw e instanceof StreamWriteError ? streamOSError(rt, e) : e;
  }
}

function streamOSError(rt: Runtime, e: StreamWriteError): PyException {
  const args: Value[] = [e.errno, e.strerror];
  return pyException(rt, osErrorSubclass(rt, rt.types.get('OSError'), args).name, args);
}

/**
 * flush_std_files (Python/pylifecycle.c), run by Py_FinalizeEx after the
 * atexit callbacks: sys.stdout.flush(), whatever object sys.stdout is now
 * (None or unset: nothing), its failure reported as unraisable
 * (`Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>`); then
 * sys.stderr.flush(), its failure silently cleared. Returns false when
 * either failed: Py_FinalizeEx then fails and python3 exits with 120.
 */
export function flushStdFiles(rt: Runtime): boolean {
  let ok = true;
  for (const name of ['stdout', 'stderr']) {
    const f = rt.sysDict?.get(rt.heap, name);
    if (f === undefined || f === null) continue;
    try {
      callMethodOf(rt, f, 'flush', []);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      ok = false;
      if (name === 'stdout') rt.heap.host.writeUnraisable(rt.heap, e, f);
      else {
        releaseExceptionRefs(rt.heap, e);
        if (e.pyValue !== undefined) rt.decref(e.pyValue);
      }
    }
  }
  return ok;
}

/** obj.name(*args) with the result released (a stream's write or flush). */
export function callMethodOf(rt: Runtime, obj: Value, name: string, args: Value[]): void {
  const m = getAttr(rt, obj, name);
  try {
    rt.decref(call(rt, m, args));
  } finally {
    rt.decref(m);
  }
}
