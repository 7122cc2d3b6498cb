import { DICT_FREE_SLOT, LIST_FREE_SLOT, tupleFreeSlot } from '../../heap';

/**
 * The modules in sys.modules at the first statement of `python3 x.py` on
 * the machine gclab reproduces (CPython 3.11.7 with site and its .pth
 * files; `python3 -c 'import sys; print(sorted(sys.modules))'`). Importing
 * one of them is a sys.modules lookup for CPython, so when gclab first
 * loads one (its own source or native module), the load is start-up work
 * (heap/startup-work.ts): no collection, no change to gc.get_count(), its
 * objects in the oldest generation. The same constant as MAIN_START_COUNTS
 * (interpreter.ts): both describe that start-up.
 */
export const CPYTHON_STARTUP_MODULES: ReadonlySet<string> = new Set([
  '_abc', '_bisect', '_bz2', '_codecs', '_collections', '_collections_abc', '_compression',
  '_distutils_hack', '_frozen_importlib', '_frozen_importlib_external', '_functools', '_imp',
  '_io', '_lzma', '_operator', '_random', '_sha512', '_signal', '_sitebuiltins', '_sre', '_stat',
  '_struct', '_thread', '_typing', '_warnings', '_weakref', '_weakrefset', 'abc', 'atexit',
  'binascii', 'bisect', 'builtins', 'bz2', 'certifi', 'certifi.core', 'codecs', 'collections',
  'collections.abc', 'contextlib', 'copyreg', 'encodings', 'encodings.aliases', 'encodings.utf_8',
  'enum', 'errno', 'fnmatch', 'functools', 'genericpath', 'importlib', 'importlib._abc',
  'importlib._bootstrap', 'importlib._bootstrap_external', 'importlib.readers',
  'importlib.resources', 'importlib.resources._adapters', 'importlib.resources._common',
  'importlib.resources._itertools', 'importlib.resources._legacy', 'importlib.resources.abc',
  'importlib.resources.readers', 'importlib.util', 'io', 'ipaddress', 'itertools', 'keyword',
  'lzma', 'marshal', 'math', 'ntpath', 'operator', 'os', 'os.path', 'pathlib', 'posix',
  'posixpath', 'random', 're', 're._casefix', 're._compiler', 're._constants', 're._parser',
  'reprlib', 'shutil', 'site', 'stat', 'struct', 'sys', 'tempfile', 'threading', 'time', 'types',
  'typing', 'typing.io', 'typing.re', 'urllib', 'urllib.parse', 'warnings', 'weakref', 'zipfile',
  'zipimport', 'zlib',
]);

/**
 * What CPython 3.11.7's free lists (heap/free-lists.ts) hold at the first
 * statement of `python3 x.py` on this machine (site enabled), as
 * [slot, objects]: measured by allocating and keeping lists, dicts and
 * tuples of each size at the start of a short scenario and seeing after how
 * many the count starts to rise. Start-up and the compilation of the script
 * leave them there; like MAIN_START_COUNTS they are a property of the
 * python3 start-up, not of gclab's.
 */
export const MAIN_START_FREE_LISTS: ReadonlyArray<readonly [number, number]> = [
  [LIST_FREE_SLOT, 39],
  [DICT_FREE_SLOT, 7],
  ...[4, 6, 2, 1, 3, 0, 8, 6, 1, 0, 1, 2, 5, 1, 2, 2, 2, 3, 1].map((n, i): [number, number] => [tupleFreeSlot(i + 1), n]),
];

/**
 * The GC-tracked objects alive after `gc.collect()` at the first statement
 * of `python3 x.py` on that machine (`import gc; gc.collect();
 * print(len(gc.get_objects()))`: 11092). CPython's full collections count
 * them in long_lived_total; gclab's heap holds only its own few start-up
 * objects, so the collector counts the rest as hidden long-lived objects
 * (Collector.hiddenLongLived), less what gclab loads of the start-up
 * modules later (their objects are then on its heap).
 */
export const CPYTHON_START_TRACKED = 11092;
