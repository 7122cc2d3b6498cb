/**
 * repr() and str() (PyObject_Repr, PyObject_Str) for every kind of value,
 * with CPython 3.11's formats. Addresses are fake but stable (see
 * Runtime.address): scenarios compared with CPython must not print them.
 */
import { checkIntToStr } from './int-str-limit';
import { enterCRecursion } from './c-recursion';
import { strWithFields } from './exception-fields';
import {
  BoundMethod,
  BytesLikeObject,
  ClassObject,
  FloatObject,
  floatRepr,
  HostFunction,
  Instance,
  TupleObject,
  WeakrefBase,
  isObject,
  type Value,
} from '../../heap';
import { WeakProxy } from '../../weakref/reference-type';
import { classModule } from './builtin-types';
import { CellObject, FunctionObject, ModuleObject } from './function-object';
import { BuiltinFunction, ExceptionObject } from './native-objects';
import { MethodDescriptor } from './method-descriptor';
import { isExceptionGroup, strExceptionGroup } from './exception-group';
import type { Runtime } from './runtime';
import { callFoundOnType, callMethodIfDefined, callUnbound } from './calls';
import { SubclassRef } from './ref-subclass';
import { lookupAttr, lookupSpecial } from './attributes';
import { builtinFunctionQualname } from './docstrings';

/** repr() of a str, choosing quotes as unicode_repr does. */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && NOT_PRINTABLE.test(ch)) {
      // unicode_repr: a non-printable character as \xhh, \uhhhh or \Uhhhhhhhh.
      out += c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** Py_UNICODE_ISPRINTABLE's negation for non-ASCII characters (categories C* and Z* except ' '). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** ascii(v): repr(v) with every non-ASCII character escaped (\xNN, \uNNNN, \UNNNNNNNN). */
export function asciiRepr(rt: Runtime, v: Value): string {
  const r = repr(rt, v);
  if (/^[\x00-\x7f]*$/.test(r)) return r;
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

export function className(cls: ClassObject): string {
  const mod = classModule(cls);
  return mod === 'builtins' ? cls.qualname : `${mod}.${cls.qualname}`;
}

/** log10(2): decimal digits per bit. */
const LOG10_2 = Math.log10(2);

/** repr(v): PyObject_Repr, its tp_repr inside a recursion guard (an int's, a str's, None's too). */
export function repr(rt: Runtime, v: Value): string {
  enterCRecursion(rt, ' while getting the repr of an object');
  try {
    return reprValue(rt, v);
  } finally {
    rt.cRecursionDepth--;
  }
}

function reprValue(rt: Runtime, v: Value): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint': {
      // long_to_decimal_string_internal refuses a number surely too long before converting it.
      const abs = v < 0n ? -v : v;
      const bits = abs.toString(16).length * 4 - 3;
      checkIntToStr(rt, Math.floor((bits - 1) * LOG10_2) + 1);
      const s = String(v);
      checkIntToStr(rt, v < 0n ? s.length - 1 : s.length);
      return s;
    }
    case 'string':
      return reprString(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  return reprObject(rt, v);
}

function reprObject(rt: Runtime, v: Value & object): string {
  if (v instanceof Instance) return reprInstance(rt, v);
  if (v instanceof SubclassRef) {
    // A weakref.ref subclass of a class statement: its own __repr__ (slot_tp_repr), else ref's.
    const m = v.cls.lookup('__repr__');
    if (m !== undefined) {
      rt.incref(m);
      try {
        return resultString(rt, callFoundOnType(rt, m, v, v.cls, []), '__repr__');
      } finally {
        rt.decref(m);
      }
    }
  }
  const s = rt.slotsOf(v);
  if (s.tp_repr !== undefined) return s.tp_repr(rt, v);
  if (v instanceof FloatObject) return floatRepr(v.value);
  if (v instanceof ClassObject) {
    const r = v.meta === null ? undefined : metaMethod(rt, v, '__repr__');
    return r !== undefined ? resultString(rt, r, '__repr__') : `<class '${className(v)}'>`;
  }
  if (v instanceof FunctionObject) {
    // A function standing for a C builtin prints as meth_repr prints it.
    if (v.cFunction) return `<built-in function ${v.name}>`;
    return `<function ${v.qualname} at ${rt.address(v)}>`;
  }
  if (v instanceof BoundMethod) {
    return `<bound method ${methodFuncName(rt, v.func)} of ${repr(rt, v.self)}>`;
  }
  if (v instanceof MethodDescriptor) return `<${v.describeKind()} '${v.name}' of '${v.owner.name}' objects>`;
  if (v instanceof BuiltinFunction) {
    const self = v.self;
    if (v.wrapper && self !== undefined) {
      return `<method-wrapper '${v.name}' of ${rt.typeName(self)} object at ${isObject(self) ? rt.address(self) : '0x0'}>`;
    }
    if (self === undefined || self instanceof ModuleObject) return `<built-in function ${v.name}>`;
    return `<built-in method ${v.name} of ${rt.typeName(self)} object at ${isObject(self) ? rt.address(self) : '0x0'}>`;
  }
  if (v instanceof HostFunction) return `<built-in function ${v.name}>`;
  if (v instanceof WeakProxy) {
    const r = v.target;
    return `<weakproxy at ${rt.address(v)} to ${r === null ? 'NoneType' : r.typeName} at ${r === null ? '0x0' : rt.address(r)}>`;
  }
  if (v instanceof WeakrefBase && v.typeName === 'weakref.ReferenceType') return reprWeakref(rt, v);
  if (v instanceof ModuleObject) return reprModule(rt, v);
  if (v instanceof CellObject) {
    const c = v.value;
    return c === undefined
      ? `<cell at ${rt.address(v)}: empty>`
      : `<cell at ${rt.address(v)}: ${rt.typeName(c)} object at ${isObject(c) ? rt.address(c) : '0x0'}>`;
  }
  const custom = (v as unknown as { pyRepr?: (rt: Runtime) => string }).pyRepr;
  if (typeof custom === 'function') return custom.call(v, rt);
  return `<${v.typeName} object at ${rt.address(v)}>`;
}

/**
 * weakref_repr (3.11.7): `__name__` is looked up on the referent's type
 * (_PyObject_LookupSpecial), so a function, a class or an instance whose class
 * defines `__name__` shows it, and a module (whose `__name__` lives in its own
 * dict) or an instance with only `__getattr__` does not. Every ref subclass
 * shares this repr: `<weakref at ...>`, never the subclass's name.
 */
export function reprWeakref(rt: Runtime, wr: WeakrefBase): string {
  const o = wr.target;
  if (o === null) return `<weakref at ${rt.address(wr)}; dead>`;
  let name = '';
  if (o instanceof FunctionObject) name = ` (${o.name})`;
  else if (o instanceof ClassObject) name = ` (${o.name})`;
  else if (o instanceof BuiltinFunction || o instanceof HostFunction) name = ` (${o.name})`;
  else if (o instanceof Instance) {
    rt.incref(o);
    try {
      const n = lookupSpecial(rt, o, '__name__');
      if (typeof n === 'string') name = ` (${n})`;
      else if (n !== undefined) rt.decref(n);
    } finally {
      rt.decref(o);
    }
  }
  return `<weakref at ${rt.address(wr)}; to '${rt.typeName(o)}' at ${rt.address(o)}${name}>`;
}

/** method_repr's name: the function's __qualname__, else its __name__, when a str; else '?'. */
function methodFuncName(rt: Runtime, f: Value): string {
  if (f instanceof FunctionObject) return f.qualname;
  if (f instanceof BuiltinFunction) return builtinFunctionQualname(rt, f);
  if (f instanceof HostFunction) return f.name;
  for (const attr of ['__qualname__', '__name__']) {
    const n = lookupAttr(rt, f, attr);
    if (n === undefined) continue;
    rt.decref(n);
    return typeof n === 'string' ? n : '?';
  }
  return '?';
}


function reprInstance(rt: Runtime, v: Instance): string {
  const r = callMethodIfDefined(rt, v, '__repr__', []);
  if (r !== undefined) return resultString(rt, r, '__repr__');
  if (v instanceof ExceptionObject) return reprException(rt, v);
  // A builtin subclass without __repr__: its base's tp_repr.
  const base = rt.slotsOf(v).tp_repr;
  if (base !== undefined) return base(rt, v);
  return `<${className(v.cls)} object at ${rt.address(v)}>`;
}

function resultString(rt: Runtime, r: Value, method: string): string {
  if (typeof r !== 'string') {
    const t = rt.typeName(r);
    rt.decref(r);
    throw rt.typeError(`${method} returned non-string (type ${t})`);
  }
  return r;
}

/** The args tuple of an exception (borrowed items). */
export function exceptionArgs(e: ExceptionObject): Value[] {
  const a = e.exc[0];
  return a instanceof TupleObject ? a.items : [];
}

/**
 * module_repr (importlib's _module_repr): a module with a __file__ (a
 * source module, an extension module such as math) is `<module 'name' from
 * 'path'>`; one made by ModuleType(name) -- no __file__, __loader__ and
 * __spec__ None -- is `<module 'name'>`; the other modules gclab provides
 * are built into CPython's executable and show as `(built-in)`.
 */
function reprModule(rt: Runtime, m: ModuleObject): string {
  // The oracle's built-in and frozen modules, whatever gclab writes them in.
  if (CPYTHON_BUILTIN_MODULES.has(m.name)) return `<module '${m.name}' (built-in)>`;
  if (CPYTHON_FROZEN_MODULES.has(m.name)) return `<module '${m.name}' (frozen)>`;
  const d = m.dict;
  const file = d?.get(rt.heap, '__file__');
  if (typeof file === 'string') return `<module '${m.name}' from ${reprString(file)}>`;
  if (d !== null && file === undefined && d.get(rt.heap, '__loader__') === null && d.get(rt.heap, '__spec__') === null) {
    return `<module '${m.name}'>`;
  }
  return `<module '${m.name}' (built-in)>`;
}

/** sys.builtin_module_names of CPython 3.11 (the oracle's build). */
const CPYTHON_BUILTIN_MODULES = new Set([
  '_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale', '_operator', '_signal', '_sre',
  '_stat', '_string', '_symtable', '_thread', '_tokenize', '_tracemalloc', '_warnings', '_weakref', 'atexit',
  'builtins', 'errno', 'faulthandler', 'gc', 'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype',
]);

/** The stdlib modules CPython 3.11 freezes into its executable (Python/frozen.c). */
const CPYTHON_FROZEN_MODULES = new Set([
  'abc', 'codecs', 'io', 'os', 'posixpath', 'ntpath', 'genericpath', 'stat', '_collections_abc', 'site',
  '_sitebuiltins', 'zipimport', 'runpy', 'importlib.util', 'importlib.machinery', '__hello__',
]);

/** BaseException_repr */
export function reprException(rt: Runtime, e: ExceptionObject): string {
  const args = exceptionArgs(e);
  const name = e.cls.name;
  if (args.length === 1) return `${name}(${repr(rt, args[0])})`;
  return name + (args.length === 0 ? '()' : '(' + args.map((a) => repr(rt, a)).join(', ') + ')');
}

/**
 * UnicodeDecodeError_str / UnicodeEncodeError_str: the message from
 * (encoding, object, start, end, reason); one bad byte or character is
 * shown by value, a range by its first and last position.
 */
function unicodeErrorStr(rt: Runtime, kind: 'encode' | 'decode' | 'translate', args: Value[]): string | undefined {
  const [encoding, object, start, end, reason] = args;
  if ((kind !== 'translate' && typeof encoding !== 'string') || typeof reason !== 'string' || typeof start !== 'number' || typeof end !== 'number') return undefined;
  if (kind === 'decode') {
    const data = object instanceof BytesLikeObject ? object.value : undefined;
    if (data === undefined) return undefined;
    if (end === start + 1 && start < data.length) {
      return `'${encoding}' codec can't decode byte 0x${data.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  if (typeof object !== 'string') return undefined;
  const cps = [...object];
  if (end === start + 1 && start < cps.length) {
    const c = cps[start].codePointAt(0)!;
    const ch = c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    if (kind === 'translate') return `can't translate character '${ch}' in position ${start}: ${reason}`;
    return `'${encoding}' codec can't encode character '${ch}' in position ${start}: ${reason}`;
  }
  if (kind === 'translate') return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}

/**
 * BaseException_str and the builtin subclasses' own tp_str (KeyError_str
 * quotes a single key; OSError_str, ImportError_str, SyntaxError_str,
 * UnicodeEncodeError_str/UnicodeDecodeError_str, BaseExceptionGroup_str).
 * `as` is the class whose __str__ runs: the exception's own class for
 * str(e), the owner of the slot wrapper for `BaseException.__str__(e)` or
 * `super().__str__()` (which must not reach a subclass's tp_str).
 */
export function strException(rt: Runtime, e: ExceptionObject, as: ClassObject = e.cls): string {
  const is = (name: string): boolean => as.isSubclassOf(rt.types.get(name));
  if (is('SyntaxError')) return strSyntaxError(rt, e);
  if (isExceptionGroup(e) && is('BaseExceptionGroup')) return strExceptionGroup(rt, e, (v) => str(rt, v));
  const withFields = as === e.cls || is('OSError') || is('ImportError') ? strWithFields(rt, e) : undefined;
  if (withFields !== undefined) return withFields;
  const args = exceptionArgs(e);
  if (args.length === 0) return '';
  if (e.fields?.has('object') === true && (is('UnicodeDecodeError') || is('UnicodeEncodeError') || is('UnicodeTranslateError'))) {
    const f = e.fields;
    const kind = is('UnicodeDecodeError') ? 'decode' : is('UnicodeEncodeError') ? 'encode' : 'translate';
    const text = unicodeErrorStr(rt, kind, ['encoding', 'object', 'start', 'end', 'reason'].map((k) => f.get(k) ?? null));
    if (text !== undefined) return text;
  }
  if (args.length === 1) {
    if (is('KeyError')) return repr(rt, args[0]);
    return str(rt, args[0]);
  }
  return '(' + args.map((a) => repr(rt, a)).join(', ') + ')';
}

/** SyntaxError_str: `msg (file, line N)` with the file's base name, when the compiler set them. */
function strSyntaxError(rt: Runtime, e: ExceptionObject): string {
  const msg = str(rt, e.fields?.get('msg') ?? null);
  const file = e.fields?.get('filename');
  const line = e.fields?.get('lineno');
  const base = typeof file === 'string' ? file.slice(file.lastIndexOf('/') + 1) : null;
  const hasLine = typeof line === 'number';
  if (base !== null && hasLine) return `${msg} (${base}, line ${line})`;
  if (base !== null) return `${msg} (${base})`;
  if (hasLine) return `${msg} (line ${line})`;
  return msg;
}

/** str(v) */
export function str(rt: Runtime, v: Value): string {
  if (typeof v === 'string') return v;
  // PyObject_Str: an exact str returns itself; anything else (an int, a bool, None
  // too) goes through tp_str inside a recursion guard.
  enterCRecursion(rt, ' while getting the str of an object');
  try {
    return strObject(rt, v);
  } finally {
    rt.cRecursionDepth--;
  }
}

function strObject(rt: Runtime, v: Value): string {
  if (isObject(v) && !(v instanceof Instance)) {
    const s = rt.slotsOf(v).tp_str;
    if (s !== undefined) return s(rt, v);
  }
  if (v instanceof Instance) {
    const r = callMethodIfDefined(rt, v, '__str__', []);
    if (r !== undefined) return resultString(rt, r, '__str__');
    if (v instanceof ExceptionObject) return strException(rt, v);
    // A builtin subclass without __str__: its base's tp_str (str's gives the value), else repr.
    const base = rt.slotsOf(v).tp_str;
    if (base !== undefined) return base(rt, v);
    // object_str calls tp_repr itself (not PyObject_Repr): a __repr__ returning
    // a non-str is reported by PyObject_Str, as __str__'s result.
    const r2 = callMethodIfDefined(rt, v, '__repr__', []);
    if (r2 !== undefined) return resultString(rt, r2, '__str__');
    return reprValue(rt, v);
  }
  if (v instanceof WeakProxy) return str(rt, rt.unwrapProxy(v));
  if (v instanceof ClassObject && v.meta !== null) {
    const r = metaMethod(rt, v, '__str__');
    if (r !== undefined) return resultString(rt, r, '__str__');
  }
  // object_str: the type's tp_repr itself, not PyObject_Repr (no second entry).
  return reprValue(rt, v);
}

/** A metaclass's own (Python-level) special method called on the class, or undefined. */
function metaMethod(rt: Runtime, cls: ClassObject, name: string): Value | undefined {
  const m = (cls.meta as ClassObject).lookup(name);
  if (m === undefined) return undefined;
  rt.incref(m);
  try {
    return callUnbound(rt, m, cls, []);
  } finally {
    rt.decref(m);
  }
}
