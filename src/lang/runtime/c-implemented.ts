/**
 * Code that stands for C: gclab writes in Python some functions and types
 * that CPython implements in C (deque, OrderedDict, functools.reduce and
 * partial, the itertools iterators, operator's getters, heapq's and
 * bisect's functions, _io's StringIO, ...). Their frames are real here,
 * but a C function has no frame in CPython: it adds no traceback entry
 * (PyTraceBack_Here is only called for Python frames) and is not seen
 * through f_back or sys._getframe. A block marked here is such code: the
 * interpreter leaves its frames out of tracebacks and of the frame chain
 * a program walks.
 *
 * The table names, per file of src/lang/stdlib, the top-level functions
 * and classes that CPython writes in C ('*': all of them). Marking one
 * marks its block and every block nested in it (methods, lambdas,
 * comprehensions, inner functions). It is applied when the module's source
 * is compiled, so marking costs the running program nothing.
 */
import type { Scope } from '../syntax/ast';
import { C_CALL_CHECKED } from './c-call-checks';
import { C_FUNCTIONS, C_FUNCTION_SIGNATURES } from './c-functions';

const C_IMPLEMENTED: Record<string, readonly string[] | '*'> = {
  // _collections: deque, defaultdict, OrderedDict (odictobject.c), _count_elements, _tuplegetter.
  'collections/__init__.py': [
    'deque', '_deque_iterator', '_deque_reverse_iterator', 'defaultdict', '_OrderedDictView', 'odict_keys', 'odict_values', 'odict_items',
    'odict_iterator', 'OrderedDict', '_tuplegetter', '_count_elements',
    // OrderedDict's update and argument parsing (mutablemapping_update, the clinic).
    '_odict_add_pairs', '_odict_update', '_clinic_args',
  ],
  // _functoolsmodule.c.
  'functools.py': ['KeyWrapper', 'cmp_to_key', '_new_key', 'reduce', 'partial', '_make_key', '_lru_cache_wrapper'],
  'itertools.py': '*',
  // The replay of the decorator's cost around _process_class (docs/gc.md 3.1).
  // _thread.get_ident.
  'dataclasses.py': ['_process_class_costed', '_process_class_replayed', '_thread_ident'],
  '_operator.py': '*',
  // Modules/_heapqmodule.c (heapq.py imports it over its Python definitions;
  // merge, nlargest and nsmallest stay Python).
  '_heapq.py': [
    '_check_list', '_two_args', '_one_arg', 'heappush', 'heappop', 'heapreplace', 'heappushpop', 'heapify',
    '_heappop_max', '_heapify_max',
    '_heapreplace_max', '_siftdown', '_siftup', '_siftdown_max', '_siftup_max',
  ],
  // Modules/signalmodule.c.
  '_signal.py': '*',
  // Modules/_abc.c (abc.py's ABCMeta calls it).
  '_abc.py': '*',
  // Modules/_bisectmodule.c (bisect.py re-exports it).
  '_bisect.py': '*',
  // Modules/_stat.c: stat.py ends with `from _stat import *`.
  'stat.py': '*',
  // Python/_warnings.c: warn and warn_explicit (an 'error' filter's raise
  // shows no frame of warnings.py); _caller is warn's setup_context.
  'warnings.py': ['warn', 'warn_explicit', '_caller'],
  // Modules/_csv.c.
  '_csv.py': '*',
  // Modules/_lsprof.c (cProfile's Profiler and its hook).
  '_lsprof.py': '*',
  // Modules/_sre/sre.c: the matcher and the Pattern and Match types (a
  // raising re.sub callback or m.group('x') shows no frame of re's).
  're/_matcher.py': '*',
  // Objects/stringlib/unicode_format.h (string.Formatter's _string helpers).
  '_string.py': '*',
  // Modules/timemodule.c: time.sleep(-1)'s traceback has no frame of time's.
  'time.py': '*',
  // Modules/_json.c: c_scanstring and c_make_scanner's scanner, which parses
  // objects, arrays and numbers itself.
  // _json.make_encoder, the encoder without indent, and the string
  // encoders (c_encode_basestring, c_encode_basestring_ascii).
  'json/encoder.py': ['c_make_encoder', 'py_encode_basestring', '_ascii_escape', 'py_encode_basestring_ascii'],
  // WHITESPACE is an _sre pattern (its match and the Match it returns are C).
  'json/decoder.py': [
    '_decode_uXXXX', 'py_scanstring', '_skip_ws', 'JSONObject', 'JSONArray', '_match_number', 'py_make_scanner',
    '_WhitespaceMatch', '_WhitespacePattern',
  ],
  // Modules/_datetimemodule.c and Modules/_decimal: the whole modules (a
  // traceback out of date(2020, 13, 1) or Decimal('x') has no frame of theirs).
  'datetime.py': '*',
  'decimal.py': '*',
  // Objects/namespaceobject.c.
  'types.py': ['SimpleNamespace'],
  // Modules/_io.
  'io.py': [
    '_check_closed', '_size_arg', '_as_index', '_IOBase', '_TextIOBase', 'StringIO', '_fspath', 'open', 'open_code',
    'FileIO', '_BufferedFile', '_check_file', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'TextIOWrapper',
    '_BufferedIOBase', '_RawIOBase', '_bytes_like', '_check_closed_b', 'BytesIO',
  ],
  // Python/context.c and Python/hamt.c (Context.run calls the callable with no frame between).
  '_contextvars.py': '*',
  // Modules/binascii.c, Modules/_hashopenssl.c, Modules/_blake2.
  'binascii.py': '*',
  '_hashlib.py': '*',
  '_blake2.py': '*',
  'zlib.py': '*',
  // Python/marshal.c.
  'marshal.py': '*',
  // Modules/socketmodule.c and Modules/selectmodule.c.
  '_socket.py': '*',
  'select.py': '*',
  // Modules/arraymodule.c.
  'array.py': '*',
  // Modules/_struct.c: CPython's struct.py is `from _struct import *`, so
  // struct.pack('<h', 70000)'s traceback shows only the program's line.
  'struct.py': '*',
  // Modules/_queuemodule.c's SimpleQueue (queue.Queue and its kin are Python).
  'queue.py': ['SimpleQueue'],
  // Modules/_codecsmodule.c and the encodings package's codecs (their frames are left out too).
  'codecs.py': '*',
  // Modules/cmathmodule.c.
  'cmath.py': '*',
  // Modules/_asynciomodule.c: Future, Task (its __step and __wakeup call the
  // coroutine with no frame between), the running-loop functions and the
  // task registry.
  'asyncio/futures.py': ['Future'],
  'asyncio/tasks.py': ['Task', '_register_task', '_unregister_task', '_enter_task', '_leave_task', 'current_task'],
  'asyncio/events.py': ['_get_running_loop', '_set_running_loop', 'get_running_loop', 'get_event_loop'],
  // Modules/_pickle.c: pickle.py re-exports its Pickler, Unpickler, dumps and loads (a
  // traceback out of pickle.dumps shows only the program's frames, __reduce__'s included).
  'pickle.py': '*',
  // Objects/typeobject.c: object.__reduce_ex__'s reduce_newobj and object_getstate_default,
  // which copy.py's reconstruction and pickle.py's reduction call.
  'copy.py': ['_is_heap_type', '_tp_name', '_check_default_state', '_newobj_args'],
};

/**
 * The tp_name of each C type that a stdlib file writes as a class, which
 * CPython's messages name instances by (`'collections.deque' object has no
 * attribute 'x'`, `unsupported operand type(s) for +: 'datetime.date' and
 * 'int'`) while `__name__` stays short; a string ending in '.' prefixes
 * every class of the file. A class named here gets its tp_name whether or
 * not its frames are marked above. A subclass a program defines
 * has its own name, as in CPython.
 */
const TP_NAMES: Record<string, Record<string, string> | string> = {
  'collections/__init__.py': {
    deque: 'collections.deque',
    _deque_iterator: '_collections._deque_iterator',
    _deque_reverse_iterator: '_collections._deque_reverse_iterator',
    defaultdict: 'collections.defaultdict',
    OrderedDict: 'collections.OrderedDict',
    odict_keys: 'odict_keys',
    odict_values: 'odict_values',
    odict_items: 'odict_items',
    odict_iterator: 'odict_iterator',
    _tuplegetter: '_collections._tuplegetter',
  },
  'functools.py': { partial: 'functools.partial', KeyWrapper: 'functools.KeyWrapper', _lru_cache_wrapper: 'functools._lru_cache_wrapper' },
  'itertools.py': 'itertools.',
  '_operator.py': 'operator.',
  'io.py': {
    _IOBase: '_io._IOBase',
    _TextIOBase: '_io._TextIOBase',
    StringIO: '_io.StringIO',
    FileIO: '_io.FileIO',
    BufferedReader: '_io.BufferedReader',
    BufferedWriter: '_io.BufferedWriter',
    BufferedRandom: '_io.BufferedRandom',
    TextIOWrapper: '_io.TextIOWrapper',
  },
  'types.py': { SimpleNamespace: 'types.SimpleNamespace' },
  're/_matcher.py': { Pattern: 're.Pattern', Match: 're.Match' },
  '_abc.py': { _abc_data: '_abc._abc_data' },
  '_csv.py': { Dialect: '_csv.Dialect', reader: '_csv.reader', writer: '_csv.writer' },
  '_lsprof.py': {
    Profiler: '_lsprof.Profiler', profiler_entry: '_lsprof.profiler_entry', profiler_subentry: '_lsprof.profiler_subentry',
  },
  // Modules/_datetimemodule.c, Modules/_decimal, Modules/_queuemodule.c, Modules/_struct.c.
  'datetime.py': {
    timedelta: 'datetime.timedelta', tzinfo: 'datetime.tzinfo', date: 'datetime.date', time: 'datetime.time',
    datetime: 'datetime.datetime', timezone: 'datetime.timezone', _IsoCalendarDate: 'datetime.IsoCalendarDate',
  },
  'decimal.py': { Decimal: 'decimal.Decimal', Context: 'decimal.Context' },
  'queue.py': { SimpleQueue: '_queue.SimpleQueue' },
  'struct.py': { Struct: '_struct.Struct', _unpack_iterator: '_struct.unpack_iterator' },
  '_contextvars.py': {
    Context: '_contextvars.Context', ContextVar: '_contextvars.ContextVar', Token: '_contextvars.Token',
    _Missing: 'Token.MISSING', _keys: 'keys', _values: 'values', _items: 'items',
  },
  '_hashlib.py': { HASH: '_hashlib.HASH', HASHXOF: '_hashlib.HASHXOF', HMAC: '_hashlib.HMAC' },
  '_blake2.py': { blake2b: '_blake2.blake2b', blake2s: '_blake2.blake2s' },
  'array.py': { array: 'array.array', arrayiterator: 'array.arrayiterator' },
  // Modules/_elementtree.c's Element (ElementTree.py's Python class stands for it).
  'xml/etree/ElementTree.py': { Element: 'xml.etree.ElementTree.Element' },
  'asyncio/futures.py': { Future: '_asyncio.Future' },
  // Modules/_threadmodule.c's lock and RLock (threading.py writes gclab's threads).
  'threading.py': { lock: '_thread.lock', RLock: '_thread.RLock' },
  'asyncio/tasks.py': { Task: '_asyncio.Task' },
  '_socket.py': { socket: '_socket.socket' },
  'select.py': { epoll: 'select.epoll' },
};

const cTypeNames = new WeakMap<Scope, string>();

/**
 * What a module-level def of a stdlib file is when CPython implements it in
 * C (c-functions.ts, generated from python3): its function objects are
 * builtin_function_or_method (FunctionObject.cFunction).
 */
export interface CFunctionInfo {
  /** The m_module CPython reports as `__module__` ('_operator' for operator.add), or null for None. */
  readonly module: string | null;
  /** CPython's `__text_signature__` (`($module, a, b, /)`), or null. */
  readonly textSignature: string | null;
}

const cFunctionBlocks = new WeakMap<Scope, CFunctionInfo>();

/** The C function a module-level def's block stands for, if CPython's is one. */
export function cFunctionInfo(scope: Scope): CFunctionInfo | undefined {
  return cFunctionBlocks.get(scope);
}

/** The tp_name a class statement's block stands for, if it is one of the C types above. */
/**
 * The C modules whose types are heap types in CPython 3.11 (made by
 * PyType_FromSpec: a __module__ in their dict, a PyHeapTypeObject's size);
 * the other C types gclab writes as classes are static types.
 */
const HEAP_C_TYPE_MODULES: ReadonlySet<string> = new Set(['functools', 'operator', '_queue', '_struct']);

/**
 * The C types gclab writes as classes whose instances CPython 3.11 calls
 * through a vectorcall (Py_TPFLAGS_HAVE_VECTORCALL in `T.__flags__`,
 * checked with python3): calling one packs no argument tuple. The others
 * (methodcaller, the lru_cache wrapper, cmp_to_key's KeyWrapper) are
 * tp_call only.
 */
const VECTORCALL_INSTANCES: ReadonlySet<string> = new Set(['functools.partial', 'operator.itemgetter', 'operator.attrgetter']);

/** Is an instance of the C type of tp_name `tpName` called through a vectorcall (no argument tuple)? */
export function hasInstanceVectorcall(tpName: string): boolean {
  return VECTORCALL_INSTANCES.has(tpName);
}

/** Is the C type of tp_name `tpName` a heap type in CPython 3.11? */
export function isHeapCType(tpName: string): boolean {
  const dot = tpName.indexOf('.');
  return dot > 0 && HEAP_C_TYPE_MODULES.has(tpName.slice(0, dot));
}

export function cTypeName(scope: Scope): string | undefined {
  return cTypeNames.get(scope);
}

/** Whether frames of this block stand for a C function (no traceback entry, not in f_back). */
export function isCImplemented(scope: Scope): boolean {
  return scope.cImplemented;
}

function markBlock(scope: Scope): void {
  scope.cImplemented = true;
  for (const child of scope.children) markBlock(child);
}

/** Marks the C-implemented blocks of a stdlib file's module block (`file` relative to src/lang/stdlib). */
export function markCImplementedBlocks(file: string, moduleScope: Scope): void {
  const names = C_IMPLEMENTED[file];
  const tpNames = TP_NAMES[file];
  const cFunctions = C_FUNCTIONS[file];
  if (cFunctions !== undefined) markCFunctions(file, cFunctions, moduleScope);
  if (names === undefined && tpNames === undefined) return;
  for (const child of moduleScope.children) {
    if (child.kind !== 'function' && child.kind !== 'class') continue;
    if (names !== undefined && (names === '*' || names.includes(child.name))) {
      markBlock(child);
      markCallChecks(file, child);
    }
    if (child.kind !== 'class' || tpNames === undefined) continue;
    const tpName = typeof tpNames === 'string' ? (names === '*' || names?.includes(child.name) ? tpNames + child.name : undefined) : tpNames[child.name];
    if (tpName !== undefined) cTypeNames.set(child, tpName);
  }
}

/**
 * Marks the functions of a C-implemented block (a module-level def, or a
 * class's methods) that CPython's calling convention checks against the
 * recursion limit when Python code calls them (c-call-checks.ts).
 */
function markCallChecks(file: string, block: Scope): void {
  if (block.kind === 'function') {
    block.cCallChecked = C_CALL_CHECKED.has(`${file}:${block.name}`);
    return;
  }
  for (const m of block.children) if (m.kind === 'function') m.cCallChecked = C_CALL_CHECKED.has(`${file}:${block.name}.${m.name}`);
}

/**
 * Records the module-level defs of `file` that are C functions in CPython
 * (its frames are left as they are: a Python helper such as warnings.warn
 * may count its own frame).
 */
function markCFunctions(file: string, groups: Readonly<Record<string, readonly string[]>>, moduleScope: Scope): void {
  const byName = new Map<string, string | null>();
  for (const [module, fnames] of Object.entries(groups)) for (const n of fnames) byName.set(n, module === '' ? null : module);
  for (const child of moduleScope.children) {
    if (child.kind !== 'function') continue;
    const module = byName.get(child.name);
    if (module === undefined) continue;
    cFunctionBlocks.set(child, { module, textSignature: C_FUNCTION_SIGNATURES.get(`${file}:${child.name}`) ?? null });
  }
}
