/**
 * The fields that builtin exception types keep beside `args`
 * (Objects/exceptions.c: the PyMemberDef tables and the *_init functions
 * that fill them), and BaseException_init's keyword check.
 *
 *   SystemExit       code                      SystemExit_init: None, args[0], or args
 *   ImportError      msg, name, path           ImportError_init: keywords name=, path=;
 *                                              msg is args[0] when there is one argument
 *   AttributeError   name, obj                 AttributeError_init: keywords only
 *   NameError        name                      NameError_init: keyword only
 *   OSError          errno, strerror,          oserror_parse_args/oserror_init: 2 to 5
 *                    filename, filename2       arguments; with a filename, args keeps
 *                                              only (errno, strerror)
 *   SyntaxError      msg, filename, lineno,    SyntaxError_init: msg is args[0]; with two
 *                    offset, text, end_lineno, arguments the second is (filename, lineno,
 *                    end_offset,               offset, text[, end_lineno[, end_offset]])
 *                    print_file_and_line
 *
 * A field never set reads as None (a NULL member). Fields are members of
 * the type: data descriptors, so they win over the instance __dict__, are
 * writable and deletable, and are not in vars(e). The exception owns its
 * field values; tp_clear releases them before BaseException_clear (the
 * *_clear functions clear their own fields, then call BaseException_clear).
 *
 * OSError_new's errno mapping is here too: `OSError(errno, strerror, ...)`
 * called on OSError itself makes the subclass errnomap names (Linux values).
 */
import { BytesLikeObject, TupleObject, type ClassObject, type Value } from '../../heap';
import { ExceptionObject } from './native-objects';
import { toArray } from './operators';
import { repr, str } from './repr';
import type { Runtime } from './runtime';

/** UnicodeError_members: encoding (None for UnicodeTranslateError), object, start, end, reason. */
const UNICODE_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

/** The field names of each builtin exception type that has fields of its own. */
const FIELDS: ReadonlyArray<[string, readonly string[]]> = [
  ['SystemExit', ['code']],
  ['ImportError', ['msg', 'name', 'path']],
  ['AttributeError', ['name', 'obj']],
  ['NameError', ['name']],
  ['OSError', ['errno', 'strerror', 'filename', 'filename2']],
  ['SyntaxError', ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']],
  ['UnicodeEncodeError', UNICODE_FIELDS],
  ['UnicodeDecodeError', UNICODE_FIELDS],
  ['UnicodeTranslateError', UNICODE_FIELDS],
];

/** The keywords each init accepts (PyArg_ParseTupleAndKeywords "|$OO:ImportError", ...). */
const KEYWORDS: Record<string, readonly string[]> = {
  ImportError: ['name', 'path'],
  AttributeError: ['name', 'obj'],
  NameError: ['name'],
};

/** OSError_new's errnomap (Linux errno values). */
const ERRNO_MAP: Record<number, string> = {
  1: 'PermissionError',
  2: 'FileNotFoundError',
  3: 'ProcessLookupError',
  4: 'InterruptedError',
  10: 'ChildProcessError',
  11: 'BlockingIOError',
  13: 'PermissionError',
  17: 'FileExistsError',
  20: 'NotADirectoryError',
  21: 'IsADirectoryError',
  32: 'BrokenPipeError',
  103: 'ConnectionAbortedError',
  104: 'ConnectionResetError',
  108: 'BrokenPipeError',
  110: 'TimeoutError',
  111: 'ConnectionRefusedError',
  114: 'BlockingIOError',
  115: 'BlockingIOError',
};

/** The builtin exception type of `cls`'s MRO that has fields, and their names; undefined for none. */
export function fieldOwner(rt: Runtime, cls: ClassObject): [string, readonly string[]] | undefined {
  for (const [name, fields] of FIELDS) {
    if (cls.isSubclassOf(rt.types.get(name))) return [name, fields];
  }
  return undefined;
}

/** `e.name` for a field of e's type: a new reference (None when unset), or undefined when not a field. */
export function getExceptionField(rt: Runtime, e: ExceptionObject, name: string): Value | undefined {
  const owner = fieldOwner(rt, e.cls);
  if (owner === undefined || !owner[1].includes(name)) return undefined;
  return rt.incref(e.fields?.get(name) ?? null);
}

/** `e.name = x` (x undefined deletes) for a field of e's type; false when `name` is not one. */
export function setExceptionField(rt: Runtime, e: ExceptionObject, name: string, x: Value | undefined): boolean {
  const owner = fieldOwner(rt, e.cls);
  if (owner === undefined || !owner[1].includes(name)) return false;
  e.setField(rt.heap, name, x);
  return true;
}

/**
 * BaseException_init and the init of the exception's nearest builtin type
 * with fields: args becomes the positional arguments, then the fields are
 * filled from them and from the keywords that type accepts.
 */
export function initException(rt: Runtime, e: ExceptionObject, args: Value[], kwargs: Array<[string, Value]> | null): void {
  const owner = fieldOwner(rt, e.cls);
  const accepted = owner === undefined ? undefined : KEYWORDS[owner[0]];
  if (kwargs !== null && kwargs.length > 0) {
    // _PyArg_NoKeywords(Py_TYPE(self)->tp_name, kwds), or the init's own parser.
    if (accepted === undefined) throw rt.typeError(`${e.cls.name}() takes no keyword arguments`);
    for (const [k] of kwargs) {
      if (!accepted.includes(k)) throw rt.typeError(`'${k}' is an invalid keyword argument for ${owner![0]}()`);
    }
  }
  // BaseException_init: self->args = args, the call's tuple. Right after
  // BaseException_new that is the tuple args already holds.
  const fromCall = e.argsFromCall;
  e.argsFromCall = false;
  if (!fromCall || !sameItems(e.exc[0], args)) {
    const t = rt.newTuple(args);
    e.setExc(rt.heap, 0, t);
    rt.heap.decref(t);
  }
  if (owner === undefined) return;
  const heap = rt.heap;
  switch (owner[0]) {
    case 'SystemExit':
      if (args.length === 0) e.setField(heap, 'code', undefined);
      else if (args.length === 1) e.setField(heap, 'code', args[0]);
      else e.setField(heap, 'code', e.exc[0]);
      return;
    case 'ImportError':
    case 'AttributeError':
    case 'NameError':
      for (const k of accepted!) e.setField(heap, k, kwargs?.find(([n]) => n === k)?.[1] ?? null);
      if (owner[0] === 'ImportError') e.setField(heap, 'msg', args.length === 1 ? args[0] : undefined);
      return;
    case 'OSError':
      initOSError(rt, e, args);
      return;
    case 'SyntaxError':
      initSyntaxError(rt, e, args);
      return;
    case 'UnicodeEncodeError':
    case 'UnicodeDecodeError':
    case 'UnicodeTranslateError':
      initUnicodeError(rt, e, owner[0], args);
      return;
  }
}

/**
 * UnicodeEncodeError_init ("UOnnU"), UnicodeDecodeError_init ("UOnnU",
 * the object a bytes-like object) and UnicodeTranslateError_init ("UnnU"):
 * the fields from the arguments, checked as PyArg_ParseTuple checks them.
 * gclab's own codecs raise these errors with their message as the one
 * argument: with another count than the init's, the fields stay unset
 * and str() shows the arguments (CPython's C code always passes five).
 */
function initUnicodeError(rt: Runtime, e: ExceptionObject, kind: string, args: Value[]): void {
  const translate = kind === 'UnicodeTranslateError';
  const n = translate ? 4 : 5;
  if (args.length !== n) return;
  const [encoding, object, start, end, reason] = translate ? [null, ...args] : args;
  const needStr = (v: Value, i: number): void => {
    if (typeof v !== 'string') throw rt.typeError(`argument ${i} must be str, not ${rt.typeName(v)}`);
  };
  const needInt = (v: Value): void => {
    if (typeof v !== 'number' && typeof v !== 'boolean') throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
  };
  if (!translate) needStr(encoding, 1);
  if (kind === 'UnicodeDecodeError') {
    if (!(object instanceof BytesLikeObject)) throw rt.typeError(`a bytes-like object is required, not '${rt.typeName(object)}'`);
  } else needStr(object, translate ? 1 : 2);
  needInt(start);
  needInt(end);
  needStr(reason, n);
  const heap = rt.heap;
  if (!translate) e.setField(heap, 'encoding', encoding);
  e.setField(heap, 'object', object);
  e.setField(heap, 'start', Number(start));
  e.setField(heap, 'end', Number(end));
  e.setField(heap, 'reason', reason);
}

/** Is `t` a tuple holding exactly `items` (the same objects)? */
function sameItems(t: Value | undefined, items: Value[]): boolean {
  if (!(t instanceof TupleObject) || t.items.length !== items.length) return false;
  for (let i = 0; i < items.length; i++) if (t.items[i] !== items[i]) return false;
  return true;
}

const SYNTAX_INFO = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

/** SyntaxError_init: msg, then the location tuple's items ("OOOO|OO"). */
function initSyntaxError(rt: Runtime, e: ExceptionObject, args: Value[]): void {
  if (args.length >= 1) e.setField(rt.heap, 'msg', args[0]);
  if (args.length !== 2) return;
  const info = toArray(rt, args[1]);
  try {
    if (info.length < 4) throw rt.typeError(`function takes at least 4 arguments (${info.length} given)`);
    if (info.length > 6) throw rt.typeError(`function takes at most 6 arguments (${info.length} given)`);
    info.forEach((v, i) => e.setField(rt.heap, SYNTAX_INFO[i], v));
    // Checked once the fields are stored (they stay set).
    if (info.length === 5) throw rt.typeError('end_offset must be provided when end_lineno is provided');
  } finally {
    for (const v of info) rt.decref(v);
  }
}

/** oserror_parse_args + oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]). */
function initOSError(rt: Runtime, e: ExceptionObject, args: Value[]): void {
  const heap = rt.heap;
  if (args.length < 2 || args.length > 5) return;
  e.setField(heap, 'errno', args[0]);
  e.setField(heap, 'strerror', args[1]);
  const filename = args.length >= 3 ? args[2] : null;
  if (filename === null) return;
  e.setField(heap, 'filename', filename);
  if (args.length >= 5 && args[4] !== null) e.setField(heap, 'filename2', args[4]);
  // Only (errno, strerror) stay in args when a filename was given.
  const t = rt.newTuple(args.slice(0, 2));
  e.setExc(heap, 0, t);
  heap.decref(t);
}

/** OSError_new on OSError itself: the subclass for a known errno, else `cls`. */
export function osErrorSubclass(rt: Runtime, cls: ClassObject, args: Value[]): ClassObject {
  if (args.length < 2 || args.length > 5 || cls !== rt.types.get('OSError')) return cls;
  const n = args[0];
  if (typeof n !== 'number' || !(n in ERRNO_MAP)) return cls;
  return rt.types.get(ERRNO_MAP[n]);
}

/** OSError_str and ImportError_str; undefined: BaseException_str applies. */
export function strWithFields(rt: Runtime, e: ExceptionObject): string | undefined {
  const fields = e.fields;
  if (fields === null) return undefined;
  if (fields.has('errno') || fields.has('strerror') || fields.has('filename')) {
    const errno = fields.get('errno') ?? null;
    const strerror = fields.get('strerror') ?? null;
    const filename = fields.get('filename');
    const filename2 = fields.get('filename2');
    if (filename !== undefined) {
      const head = `[Errno ${str(rt, errno)}] ${str(rt, strerror)}: ${repr(rt, filename)}`;
      return filename2 !== undefined ? `${head} -> ${repr(rt, filename2)}` : head;
    }
    if (errno !== null && strerror !== null) return `[Errno ${str(rt, errno)}] ${str(rt, strerror)}`;
    return undefined;
  }
  const msg = fields.get('msg');
  if (typeof msg === 'string' && e.cls.isSubclassOf(rt.types.get('ImportError'))) return msg;
  return undefined;
}
