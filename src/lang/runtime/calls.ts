/**
 * Calling things (PyObject_Call): Python functions, bound methods, builtin
 * functions, classes (instantiation: __init__), instances with __call__,
 * weakrefs (calling a ref gives its referent) and callable proxies.
 * Arguments are borrowed; the result is a new reference.
 */
import { checkNotAbstract } from './abstract-classes';
import { RECURSION_CHECKED_BUILTINS, enterCallRecursion } from './c-recursion';
import { hasInstanceVectorcall } from './c-implemented';
import { osErrorSubclass } from './exception-fields';
import {
  BoundMethod,
  PyException,
  ClassObject,
  HostFunction,
  Instance,
  WeakrefBase,
  isObject,
  type Value,
  DICT_FREE_SLOT,
  NO_FREE_LIST,
  tupleAllocSlot,
  tupleFreeSlot,
  asStartupWork,
} from '../../heap';
import { isGroupClass, newExceptionGroup } from './exception-group';
import { WeakProxy, derefWeakref } from '../../weakref/reference-type';
import { FunctionObject, bindsAsMethod } from './function-object';
import { descrGet, hasDescrGet } from './descriptors';
import { BuiltinFunction, ExceptionObject } from './native-objects';
import { SubclassRef } from './ref-subclass';
import { releaseExceptionRefs } from '../../weakref/errors';
import { bindClinicKeywords } from './clinic-keywords';
import { builtinFunctionModule, builtinFunctionTextSignature } from './docstrings';
import { classModule, isBuiltinClass } from './builtin-types';
import type { Kwargs, Runtime } from './runtime';
import { pythonNewOf } from './type-new';
import type { BuiltinType } from './type-slots';

/** Construct hooks for builtin classes: `int(x)`, `list(it)`, `weakref.ref(o)`, ... */
export type Constructor = (args: Value[], kwargs: Kwargs, cls: ClassObject) => Value;

const constructors = new WeakMap<ClassObject, Constructor>();

export function setConstructor(cls: ClassObject, ctor: Constructor): void {
  constructors.set(cls, ctor);
}

/**
 * The references _PyObject_MakeTpCall's argument tuple and keyword dict
 * take; with keywords, the slot's _PyObject_Call_Prepend unpacks them
 * again into a vector of new references (_PyStack_UnpackDict).
 */
function holdArguments(rt: Runtime, args: Value[], kwargs: Kwargs, packed = false): void {
  if (!packed) allocArgumentObjects(rt, args, kwargs);
  const times = kwargs !== null && kwargs.length > 0 ? 2 : 1;
  for (let t = 0; t < times; t++) {
    for (let i = 0; i < args.length; i++) rt.incref(args[i]);
    if (kwargs !== null) for (let i = 0; i < kwargs.length; i++) rt.incref(kwargs[i][1]);
  }
}

/**
 * Released after the call: the unpacked vector (in order), then the
 * tuple's items last to first (tupledealloc), then the dict's values.
 */
function releaseArguments(rt: Runtime, args: Value[], kwargs: Kwargs, packed = false): void {
  if (kwargs !== null && kwargs.length > 0) {
    for (let i = 0; i < args.length; i++) rt.decref(args[i]);
    for (let i = 0; i < kwargs.length; i++) rt.decref(kwargs[i][1]);
  }
  for (let i = args.length - 1; i >= 0; i--) rt.decref(args[i]);
  if (!packed) rt.heap.phantomFree(tupleFreeSlot(args.length));
  if (kwargs !== null) for (let i = 0; i < kwargs.length; i++) rt.decref(kwargs[i][1]);
  if (!packed && kwargs !== null && kwargs.length > 0) rt.heap.phantomFree(DICT_FREE_SLOT);
}

/**
 * A vectorcall callee reached through PyObject_Call with a non-empty
 * keyword dict (CALL_FUNCTION_EX): _PyVectorcall_Call's _PyStack_UnpackDict
 * makes a tuple of the names for the call.
 */
export function callUnpackingKeywords<T>(rt: Runtime, kwargs: Kwargs, work: () => T): T {
  const n = kwargs === null ? 0 : kwargs.length;
  if (n === 0) return work();
  rt.heap.phantomAlloc(tupleAllocSlot(n));
  try {
    return work();
  } finally {
    rt.heap.phantomFree(tupleFreeSlot(n));
  }
}

/**
 * _PyObject_MakeTpCall's argument tuple (_PyTuple_FromArray) and keyword
 * dict (_PyStack_AsDict), as gc.get_count() sees them: gclab passes the
 * arguments as they are, so only their allocations are modelled
 * (Heap.phantomAlloc; an empty tuple is the singleton).
 */
function allocArgumentObjects(rt: Runtime, args: Value[], kwargs: Kwargs): void {
  rt.heap.phantomAlloc(tupleAllocSlot(args.length));
  if (kwargs !== null && kwargs.length > 0) rt.heap.phantomAlloc(DICT_FREE_SLOT);
}

/** ...and their frees after the call (the tuple, then the dict). */
function freeArgumentObjects(rt: Runtime, args: Value[], kwargs: Kwargs): void {
  rt.heap.phantomFree(tupleFreeSlot(args.length));
  if (kwargs !== null && kwargs.length > 0) rt.heap.phantomFree(DICT_FREE_SLOT);
}

/**
 * The builtin types with a tp_vectorcall in CPython 3.11: calling one
 * packs no argument tuple. Every other builtin type (str, int, bytes,
 * zip, property, staticmethod, weakref.ref, ...) is called through
 * _PyObject_MakeTpCall; `type` has a vectorcall for type(x) only.
 * (Measured against python3: the first call after gc.collect() leaves the
 * argument tuple on its free list, so gc.get_count() is one higher.)
 */
const VECTORCALL_TYPES = new Set(['float', 'bool', 'tuple', 'list', 'dict', 'set', 'frozenset', 'range', 'enumerate', 'reversed', 'map', 'filter', 'super']);

/**
 * Builtin functions and methods declared METH_VARARGS in CPython 3.11
 * (with METH_KEYWORDS: a keyword dict too): every call packs its
 * arguments into a tuple (method_vectorcall_VARARGS, cfunction_call).
 */
const VARARGS_BUILTINS = new Set([
  'max', 'min', 'vars', 'dir', 'set_threshold', 'get_referrers', 'get_referents',
  'str.format', 'dict.update', 'set.update', 'set.union', 'set.intersection', 'set.difference',
  'set.intersection_update', 'set.difference_update', 'frozenset.union', 'frozenset.intersection', 'frozenset.difference',
]);

/** Whether call() packs the arguments of the builtin named `qualname` into a tuple (METH_VARARGS: callPackingArguments). */
export function builtinPacksArguments(qualname: string): boolean {
  return VARARGS_BUILTINS.has(qualname);
}

/** A builtin function's impl, inside the C recursion check of the builtins that have one. */
function callBuiltinFunction(rt: Runtime, f: BuiltinFunction, args: Value[], kwargs: Kwargs): Value {
  // A method of a builtin object called with keywords (`l.sort(key=f)`):
  // 3.11 does not specialise a method descriptor's call with keyword
  // names (specialize_method_descriptor: SPEC_FAIL_CALL_KWNAMES), so it
  // stays the generic CALL, and method_vectorcall_FASTCALL_KEYWORDS
  // takes its " while calling a Python object" entry.
  if ((f.self === undefined ? RECURSION_CHECKED_BUILTINS.has(f.name) : kwargs !== null && kwargs.length > 0 && !f.plainFunction)) {
    enterCallRecursion(rt);
    try {
      return f.impl(args, kwargs, f.self);
    } finally {
      rt.cRecursionDepth--;
    }
  }
  return f.impl(args, kwargs, f.self);
}

/** A METH_VARARGS builtin's call: its argument tuple (and keyword dict) around the call. */
function callPackingArguments(rt: Runtime, f: BuiltinFunction, args: Value[], kwargs: Kwargs): Value {
  allocArgumentObjects(rt, args, kwargs);
  try {
    return callBuiltinFunction(rt, f, args, kwargs);
  } finally {
    freeArgumentObjects(rt, args, kwargs);
  }
}

/**
 * A builtin function's call: its keywords checked, its arguments packed
 * into a tuple when it is METH_VARARGS (unless `packed`: PyObject_Call
 * passes CALL_FUNCTION_EX's own tuple).
 */
function callBuiltin(rt: Runtime, f: BuiltinFunction, args: Value[], kwargs: Kwargs, packed: boolean): Value {
  if (kwargs !== null && kwargs.length > 0) {
    const params = PYTHON_LEVEL_PARAMS[f.qualname];
    if (params !== undefined) {
      // A method written in Python in CPython (Lib/weakref.py): bind keywords by name.
      const bound = bindByName(rt, f.qualname, params, args, kwargs);
      return f.impl(bound, null, f.self);
    }
    if (f.keywords !== '*' && BUILTIN_KEYWORDS[f.qualname] === undefined && BUILTIN_KEYWORDS[f.name] === undefined) {
      // An Argument Clinic builtin whose signature names its parameters (round, pow,
      // math.isclose's a and b before its keyword-only rel_tol and abs_tol).
      const bound = bindClinicKeywords(rt, f, args, kwargs, f.keywords);
      if (bound !== undefined) {
        const rest = bound.kwargs.length > 0 ? bound.kwargs : null;
        return packed
          ? callUnpackingKeywords(rt, kwargs, () => callBuiltinFunction(rt, f, bound.args, rest))
          : callBuiltinFunction(rt, f, bound.args, rest);
      }
    }
    checkBuiltinKeywords(rt, f, kwargs);
  }
  if (packed) {
    if (VARARGS_BUILTINS.has(f.qualname)) return callBuiltinFunction(rt, f, args, kwargs);
    if (f.tpNewWrapper) {
      // tp_new_wrapper slices CALL_FUNCTION_EX's tuple.
      const rest = args.length - 1;
      if (rest > 0) rt.heap.phantomAlloc(tupleAllocSlot(rest));
      try {
        return callBuiltinFunction(rt, f, args, kwargs);
      } finally {
        if (rest > 0) rt.heap.phantomFree(tupleFreeSlot(rest));
      }
    }
    return callUnpackingKeywords(rt, kwargs, () => callBuiltinFunction(rt, f, args, kwargs));
  }
  if (VARARGS_BUILTINS.has(f.qualname)) return callPackingArguments(rt, f, args, kwargs);
  if (f.tpNewWrapper) return callNewWrapper(rt, f, args, kwargs);
  return callBuiltinFunction(rt, f, args, kwargs);
}

/**
 * PyObject_Call of CALL_FUNCTION_EX: the arguments are already a tuple and
 * a dict. A callee with tp_call only (a class statement's class, an
 * instance with `__call__`, a METH_VARARGS builtin, a builtin type without
 * vectorcall) takes them as they are; a vectorcall one (functions, bound
 * methods, most builtins, the vectorcall types) gets the keywords' names
 * in a new tuple (_PyVectorcall_Call).
 */
function callPacked(rt: Runtime, f: Value, args: Value[], kwargs: Kwargs): Value {
  if (f instanceof FunctionObject) return callUnpackingKeywords(rt, kwargs, () => rt.evaluator.callFunction(f, args, kwargs));
  if (f instanceof BoundMethod) {
    if (f.func instanceof FunctionObject) {
      const func = f.func;
      return callUnpackingKeywords(rt, kwargs, () => rt.evaluator.callFunction(func, withSelf(f.self, args), kwargs));
    }
    rt.callArgsPacked = true;
    return call(rt, f.func, withSelf(f.self, args), kwargs);
  }
  if (f instanceof BuiltinFunction) return callBuiltin(rt, f, args, kwargs, true);
  if (f instanceof ClassObject) {
    if (f.heapType && !classKindOf(rt, f).isExc) return callHeapClass(rt, f, args, kwargs, true);
    if (typeCallPacksArguments(rt, f, args.length) || rt.types.isExceptionClass(f)) return callClass(rt, f, args, kwargs);
    return callUnpackingKeywords(rt, kwargs, () => callClass(rt, f, args, kwargs));
  }
  if (f instanceof Instance) {
    const m = f.cls.lookup('__call__');
    if (m !== undefined) {
      holdArguments(rt, args, kwargs, true);
      try {
        enterCallRecursion(rt);
        try {
          // slot_tp_call's _PyObject_Call_Prepend unpacks the keywords' names into a tuple.
          return callUnpackingKeywords(rt, kwargs, () => callFoundOnType(rt, m, f, f.cls, args, kwargs));
        } finally {
          rt.cRecursionDepth--;
        }
      } finally {
        releaseArguments(rt, args, kwargs, true);
      }
    }
  }
  return call(rt, f, args, kwargs);
}

/**
 * tp_new_wrapper's call (`object.__new__(cls)`, `tuple.__new__(cls, it)`):
 * cfunction_call's argument tuple and keyword dict, then
 * PyTuple_GetSlice(args, 1, n) for tp_new (the empty tuple for one
 * argument), freed before the argument tuple.
 */
function callNewWrapper(rt: Runtime, f: BuiltinFunction, args: Value[], kwargs: Kwargs): Value {
  allocArgumentObjects(rt, args, kwargs);
  const rest = args.length - 1;
  if (rest > 0) rt.heap.phantomAlloc(tupleAllocSlot(rest));
  try {
    return callBuiltinFunction(rt, f, args, kwargs);
  } finally {
    if (rest > 0) rt.heap.phantomFree(tupleFreeSlot(rest));
    freeArgumentObjects(rt, args, kwargs);
  }
}

/** Does calling the builtin type `cls` go through _PyObject_MakeTpCall (an argument tuple)? */
function typeCallPacksArguments(rt: Runtime, cls: ClassObject, nargs: number): boolean {
  if (cls.name === 'type') return nargs !== 1;
  return !VECTORCALL_TYPES.has(cls.name) && !rt.types.isExceptionClass(cls);
}

/**
 * A call of a class statement's class (not an exception class): a heap
 * type has no vectorcall, so _PyObject_MakeTpCall packs the arguments into
 * a tuple (and the keywords into a dict) that holds them for the call
 * (tuples come from the free list: no allocation counted); CALL_FUNCTION_EX
 * (`packed`) made them already. slot_tp_init (and slot_tp_new) call the
 * Python method with the keyword dict unpacked again (_PyStack_UnpackDict):
 * a kwnames tuple. type_call runs under _Py_EnterRecursiveCall.
 */
function callHeapClass(rt: Runtime, f: ClassObject, args: Value[], kwargs: Kwargs, packed: boolean): Value {
  holdArguments(rt, args, kwargs, packed);
  const kwnames = kwargs !== null && kwargs.length > 0 ? tupleAllocSlot(kwargs.length) : NO_FREE_LIST;
  if (kwnames !== NO_FREE_LIST) rt.heap.phantomAlloc(kwnames);
  try {
    enterCallRecursion(rt);
    try {
      return callClass(rt, f, args, kwargs);
    } finally {
      rt.cRecursionDepth--;
    }
  } finally {
    if (kwnames !== NO_FREE_LIST) rt.heap.phantomFree(tupleFreeSlot(kwargs!.length));
    releaseArguments(rt, args, kwargs, packed);
  }
}

/** type_call of a class: a Python metaclass's __call__ (slot_tp_call), else __new__ and __init__. */
function callClass(rt: Runtime, f: ClassObject, args: Value[], kwargs: Kwargs): Value {
  const meta = f.meta;
  if (meta !== null) {
    const m = meta.lookup('__call__');
    if (m !== undefined) return callFoundOnType(rt, m, f, meta, args, kwargs);
  }
  return instantiate(rt, f, args, kwargs);
}

export function call(rt: Runtime, f: Value, args: Value[], kwargs: Kwargs = null): Value {
  if (rt.callArgsPacked) {
    rt.callArgsPacked = false;
    return callPacked(rt, f, args, kwargs);
  }
  if (f instanceof FunctionObject) return rt.evaluator.callFunction(f, args, kwargs);
  if (f instanceof BoundMethod) {
    if (f.func instanceof FunctionObject) return rt.evaluator.callFunction(f.func, withSelf(f.self, args), kwargs);
    return call(rt, f.func, withSelf(f.self, args), kwargs);
  }
  if (f instanceof BuiltinFunction) return callBuiltin(rt, f, args, kwargs, false);
  if (f instanceof ClassObject) {
    // An exception class keeps _PyObject_MakeTpCall's very tuple as its args (BaseException_new), counted there.
    if (f.heapType && !classKindOf(rt, f).isExc) return callHeapClass(rt, f, args, kwargs, false);
    if (typeCallPacksArguments(rt, f, args.length)) {
      allocArgumentObjects(rt, args, kwargs);
      try {
        return callClass(rt, f, args, kwargs);
      } finally {
        freeArgumentObjects(rt, args, kwargs);
      }
    }
    return callClass(rt, f, args, kwargs);
  }
  if (f instanceof HostFunction) return f.callHost(rt.heap, args);
  if (f instanceof WeakProxy) {
    if (!f.callable) throw rt.typeError(`'${f.typeName}' object is not callable`);
    return call(rt, rt.unwrapProxy(f), args, kwargs);
  }
  if (f instanceof SubclassRef) {
    // A weakref.ref subclass may define __call__ (slot_tp_call); super().__call__()
    // reaches ref's own weakref_call.
    const m = f.cls.lookup('__call__');
    if (m instanceof FunctionObject) return callUnbound(rt, m, f, args, kwargs);
  }
  if (f instanceof WeakrefBase) {
    const hostCall = (f as unknown as { callHost?: (h: unknown, a: Value[], k?: unknown) => Value }).callHost;
    if (typeof hostCall === 'function') return hostCall.call(f, rt.heap, args, kwargs ?? undefined);
    const custom = (f as unknown as { pyCall?: (rt: Runtime, args: Value[], kwargs: Kwargs) => Value }).pyCall;
    if (typeof custom === 'function') return custom.call(f, rt, args, kwargs);
    if (args.length !== 0 || (kwargs !== null && kwargs.length)) {
      if (kwargs !== null && kwargs.length) throw rt.typeError('weakref() takes no keyword arguments');
      throw rt.typeError(`weakref expected 0 arguments, got ${args.length}`);
    }
    return derefWeakref(rt.heap, f);
  }
  if (f instanceof Instance) {
    const m = f.cls.lookup('__call__');
    if (m !== undefined) {
      // slot_tp_call is tp_call only: the arguments are in a tuple for the call (see above);
      // a C type with a vectorcall (functools.partial, operator.itemgetter) packs none.
      const vector = f.cls.tpName !== null && hasInstanceVectorcall(f.cls.tpName);
      holdArguments(rt, args, kwargs, vector);
      try {
        enterCallRecursion(rt);
        try {
          return callUnpackingKeywords(rt, kwargs, () => callFoundOnType(rt, m, f, f.cls, args, kwargs));
        } finally {
          rt.cRecursionDepth--;
        }
      } finally {
        releaseArguments(rt, args, kwargs, vector);
      }
    }
  }
  if (isObject(f)) {
    const host = (f as unknown as { callHost?: (h: unknown, a: Value[], k?: unknown) => Value }).callHost;
    if (typeof host === 'function') return host.call(f, rt.heap, args, kwargs ?? undefined);
    const custom = (f as unknown as { pyCall?: (rt: Runtime, args: Value[], kwargs: Kwargs) => Value }).pyCall;
    if (typeof custom === 'function') return custom.call(f, rt, args, kwargs);
    const tpCall = rt.slotsOf(f).tp_call;
    if (tpCall !== undefined) return tpCall(rt, f, args, kwargs);
  }
  throw rt.typeError(`'${rt.typeName(f)}' object is not callable`);
}

/**
 * The keyword arguments each builtin accepts ('*': any). Builtins not listed
 * take none (METH_O / METH_VARARGS: "f() takes no keyword arguments").
 */
const BUILTIN_KEYWORDS: Record<string, readonly string[] | '*'> = {
  print: ['sep', 'end', 'file', 'flush'],
  open: ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
  __import__: ['name', 'globals', 'locals', 'fromlist', 'level'],
  // builtin_sorted passes its keywords on to list.sort after building the list (checked there).
  sorted: '*',
  // min_max unpacks its positional arguments before its keywords (checked there).
  min: '*',
  max: '*',
  enumerate: ['iterable', 'start'],
  zip: ['strict'],
  exec: ['closure'],
  compile: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'],
  collect: ['generation'],
  get_objects: ['generation'],
  getsizeof: ['object', 'default'],
  'list.sort': ['key', 'reverse'],
  'list.pop': [],
  'dict.update': '*',
  'dict.pop': [],
  'str.split': ['sep', 'maxsplit'],
  'str.rsplit': ['sep', 'maxsplit'],
  'str.format': '*',
  'str.splitlines': ['keepends'],
  'str.encode': ['encoding', 'errors'],
  'int.to_bytes': ['length', 'byteorder', 'signed'],
  from_bytes: ['bytes', 'byteorder', 'signed'],
  'str.expandtabs': ['tabsize'],
  'bytes.decode': ['encoding', 'errors'],
  'bytes.hex': ['sep', 'bytes_per_sep'],
  'bytes.split': ['sep', 'maxsplit'],
  'bytes.rsplit': ['sep', 'maxsplit'],
  'bytes.splitlines': ['keepends'],
  'bytes.expandtabs': ['tabsize'],
  'bytes.translate': ['delete'],
  'bytearray.decode': ['encoding', 'errors'],
  'bytearray.hex': ['sep', 'bytes_per_sep'],
  'bytearray.split': ['sep', 'maxsplit'],
  'bytearray.rsplit': ['sep', 'maxsplit'],
  'bytearray.splitlines': ['keepends'],
  'bytearray.expandtabs': ['tabsize'],
  'bytearray.translate': ['delete'],
  'WeakValueDictionary.update': '*',
  'WeakKeyDictionary.update': '*',
  'finalize.__call__': ['_'],
  'TextIOWrapper.write': [],
  // type.__call__ / __prepare__ / __new__ and object.__init_subclass__ take any
  // keywords and check them themselves (class keyword arguments reach them).
  __call__: '*',
  __init__: '*',
  'BaseException.__init__': [],
  __prepare__: '*',
  __init_subclass__: '*',
  'type.__new__': '*',
  // code_replace_impl checks its co_* keywords itself.
  'code.replace': '*',
};

/** Parameters of weak-container methods that CPython implements in Python. */
const PYTHON_LEVEL_PARAMS: Record<string, string[]> = {
  'WeakValueDictionary.get': ['key', 'default'],
  'WeakValueDictionary.setdefault': ['key', 'default'],
  'WeakKeyDictionary.get': ['key', 'default'],
  'WeakKeyDictionary.setdefault': ['key', 'default'],
  'WeakSet.add': ['item'],
  'WeakSet.discard': ['item'],
  'WeakSet.remove': ['item'],
  'finalize.__call__': ['_'],
};

function bindByName(rt: Runtime, qualname: string, params: string[], args: Value[], kwargs: Array<[string, Value]>): Value[] {
  const out = args.slice();
  for (const [k, v] of kwargs) {
    const i = params.indexOf(k);
    if (i < 0) throw rt.typeError(`${qualname}() got an unexpected keyword argument '${k}'`);
    if (i < args.length) throw rt.typeError(`${qualname}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  for (let i = 0; i < out.length; i++) {
    if (out[i] === undefined) throw rt.typeError(`${qualname}() missing 1 required positional argument: '${params[i]}'`);
  }
  return out;
}

function checkBuiltinKeywords(rt: Runtime, f: BuiltinFunction, kwargs: Array<[string, Value]>): void {
  const allowed = f.keywords ?? BUILTIN_KEYWORDS[f.qualname] ?? BUILTIN_KEYWORDS[f.name];
  if (allowed === '*') return;
  if (allowed === undefined || allowed.length === 0) {
    // A METH_FASTCALL function (an Argument Clinic one: it has a text signature) names itself
    // by _PyObject_FunctionStr, with its module (math.gcd); METH_VARARGS (math.log) by ml_name.
    const module = builtinFunctionModule(f);
    const fastcall = builtinFunctionTextSignature(f) !== null;
    const prefix = fastcall && typeof module === 'string' && module !== 'builtins' ? `${module}.` : '';
    throw rt.typeError(`${prefix}${f.qualname}() takes no keyword arguments`);
  }
  for (const [k] of kwargs) {
    if (!allowed.includes(k)) throw rt.typeError(`'${k}' is an invalid keyword argument for ${f.name}()`);
  }
}

/**
 * `[self, ...args]` without the spread's iterator protocol (a call's hot
 * path): an exact-size array literal for up to three arguments (pushing
 * onto `[self]` gives every call a 17-slot backing store).
 */
function withSelf(self: Value, args: Value[]): Value[] {
  switch (args.length) {
    case 0:
      return [self];
    case 1:
      return [self, args[0]];
    case 2:
      return [self, args[0], args[1]];
    case 3:
      return [self, args[0], args[1], args[2]];
  }
  const out: Value[] = [self];
  for (let i = 0; i < args.length; i++) out.push(args[i]);
  return out;
}

/** Call a function found on a class with `self` first (no bound method is made: LOAD_METHOD). */
export function callUnbound(rt: Runtime, func: Value, self: Value, args: Value[], kwargs: Kwargs = null): Value {
  if (bindsAsMethod(func)) return rt.evaluator.callFunction(func, withSelf(self, args), kwargs);
  // lookup_maybe_method + call_unbound (Objects/typeobject.c): a method
  // descriptor of a builtin type is called with the instance; anything
  // else is bound through its __get__ (staticmethod, classmethod, a
  // descriptor class) or, without one (len, a bound method, a callable
  // instance), called as it is, without the instance.
  if (func instanceof BuiltinFunction) {
    if (func.plainFunction || func.self !== undefined) return call(rt, func, args, kwargs);
    return call(rt, func, [self, ...args], kwargs);
  }
  const bound = hasDescrGet(rt, func) ? descrGet(rt, func, self, rt.typeOf(self)) : undefined;
  if (bound === undefined) return call(rt, func, args, kwargs);
  try {
    return call(rt, bound, args, kwargs);
  } finally {
    rt.decref(bound);
  }
}

/**
 * If `v`'s class (a class statement's, not a builtin) defines `name`,
 * call it with `v` and `args` and return the result; else undefined.
 */
/**
 * _PyObject_LookupSpecial then a call: the special method is bound first
 * (round(), reversed(), format() and f-strings call __round__,
 * __reversed__, __format__ this way), so during the call the bound method
 * holds one more reference to `v` than callMethodIfDefined's unbound call.
 */
export function callSpecialBound(rt: Runtime, v: Instance, name: string, args: Value[]): Value | undefined {
  rt.heap.incref(v);
  try {
    return callMethodIfDefined(rt, v, name, args);
  } finally {
    rt.heap.decref(v);
  }
}

export function callMethodIfDefined(rt: Runtime, v: Instance | SubclassRef, name: string, args: Value[]): Value | undefined {
  const m = v.cls.lookup(name);
  if (m === undefined) return undefined;
  rt.heap.incref(m);
  try {
    return callFoundOnType(rt, m, v, v.cls, args);
  } finally {
    rt.heap.decref(m);
  }
}

/**
 * slot_tp_richcompare's call of the special method `name` found on `cls`,
 * the type of `v` (a class statement's, or a metaclass's for a class):
 * lookup_maybe_method binds it, and an error while binding
 * (a property whose getter raises) is cleared and reads as NotImplemented;
 * an error of the call itself propagates. Undefined: the type has no such
 * method.
 */
export function callRichMethod(rt: Runtime, v: Value, cls: ClassObject, name: string, args: Value[]): Value | undefined {
  const m = cls.lookup(name);
  if (m === undefined) return undefined;
  rt.heap.incref(m);
  if (callsUnbound(rt, m)) {
    try {
      return callFoundOnType(rt, m, v, cls, args);
    } finally {
      rt.heap.decref(m);
    }
  }
  let bound: Value | undefined;
  try {
    bound = descrGet(rt, m, v, cls);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    releaseExceptionRefs(rt.heap, e);
    if (e.pyValue !== undefined) {
      const x = e.pyValue;
      e.pyValue = undefined;
      rt.decref(x);
    }
    return rt.notImplementedValue();
  } finally {
    rt.heap.decref(m);
  }
  if (bound === undefined) return call(rt, m, args);
  try {
    return call(rt, bound, args);
  } finally {
    rt.decref(bound);
  }
}

/**
 * lookup_maybe_method's `unbound` case: a type with
 * Py_TPFLAGS_METHOD_DESCRIPTOR (a function, a builtin type's method or
 * slot wrapper descriptor) is called with the instance first, unbound, so
 * a descriptor of another class fails at the call ("requires a 'str'
 * object") rather than at binding; an object without __get__ is called as
 * it is (callUnbound decides).
 */
function callsUnbound(rt: Runtime, m: Value): boolean {
  if (bindsAsMethod(m)) return true;
  if (m instanceof BuiltinFunction && (m.typeName === 'method_descriptor' || m.typeName === 'wrapper_descriptor')) return true;
  return !(m instanceof Instance || hasDescrGet(rt, m));
}

/**
 * lookup_maybe_method's binding, then the call: `m` was found on `type`
 * (the type of `v`) under a special name. A plain function is called with
 * `v` first and no bound method is made; another descriptor (staticmethod,
 * classmethod, a class with __get__) is bound by its __get__ and the result
 * called; an object without __get__ is called as it is. A builtin method
 * descriptor gets `v` first; a module-level builtin function (`len`) or a
 * bound method has no __get__ and does not (callUnbound).
 */
export function callFoundOnType(rt: Runtime, m: Value, v: Value, type: ClassObject, args: Value[], kwargs: Kwargs = null): Value {
  if (callsUnbound(rt, m)) return callUnbound(rt, m, v, args, kwargs);
  const bound = descrGet(rt, m, v, type);
  if (bound === undefined) return call(rt, m, args, kwargs);
  try {
    return call(rt, bound, args, kwargs);
  } finally {
    rt.decref(bound);
  }
}

/**
 * What instantiate needs to know about a class, kept in its kindCache: its
 * kind (never changes: bases are fixed), and its `__new__` and `__init__` as
 * looked up at `version` (ClassObject.lookupVersion; borrowed, valid while
 * no class namespace changed, as the class's own lookup cache).
 */
interface ClassKind {
  isExc: boolean;
  ctor: Constructor | undefined;
  version: number;
  userNew: Value | undefined;
  init: Value | undefined;
  /** A builtin type without tp_new (list_iterator, generator, ...): its tp_name, for "cannot create" (else null). */
  uncreatable: string | null;
}

/**
 * The builtin types without a gclab constructor that CPython can still
 * instantiate (their tp_new is not NULL): None and NotImplemented are
 * their types' singletons; the others are built from their arguments by
 * code gclab runs elsewhere, or are classes written in Python in CPython.
 */
const CREATABLE_WITHOUT_CONSTRUCTOR = new Set(['function', 'cell', 'code', 'traceback', '_io.TextIOWrapper', 'types.SimpleNamespace', '_sitebuiltins.Quitter']);

/**
 * The tp_name of a builtin type whose tp_new is NULL (type_call says
 * "cannot create 'T' instances", object.__new__(T) "is not safe"), or null:
 * the builtin types that have no constructor, except the few CPython can
 * make (CREATABLE_WITHOUT_CONSTRUCTOR) and None's and NotImplemented's.
 */
function uncreatableName(rt: Runtime, cls: ClassObject, ctor: Constructor | undefined): string | null {
  if (ctor !== undefined || !isBuiltinClass(cls) || cls.heapType || rt.types.isExceptionClass(cls)) return null;
  const module = classModule(cls);
  const tpName = module === 'builtins' ? cls.name : `${module}.${cls.name}`;
  if (CREATABLE_WITHOUT_CONSTRUCTOR.has(tpName) || cls === rt.types.get('object')) return null;
  if (cls === rt.types.get('NoneType') || cls === rt.types.get('NotImplementedType')) return null;
  return tpName;
}

/** A class's kind and constructor, cached on it: they never change (bases are fixed). */
function classKindOf(rt: Runtime, cls: ClassObject): ClassKind {
  let kind = cls.kindCache as ClassKind | undefined;
  if (kind === undefined) {
    const isExc = rt.types.isExceptionClass(cls);
    const ctor = isExc ? undefined : findConstructor(rt, cls);
    kind = { isExc, ctor, version: -1, userNew: undefined, init: undefined, uncreatable: uncreatableName(rt, cls, ctor) };
    cls.kindCache = kind;
  }
  return kind;
}

/** type.__call__: make an instance and run __init__. */
export function instantiate(rt: Runtime, cls: ClassObject, args: Value[], kwargs: Kwargs): Value {
  const kind = classKindOf(rt, cls);
  const ctor = kind.ctor;
  if (ctor !== undefined) return ctor(args, kwargs, cls);
  // type_call: a type whose tp_new is NULL.
  if (kind.uncreatable !== null) throw rt.typeError(`cannot create '${kind.uncreatable}' instances`);
  // none_new / notimplemented_new: the singleton, and no arguments.
  if (cls === rt.types.get('NoneType') || cls === rt.types.get('NotImplementedType')) {
    if (args.length > 0 || (kwargs !== null && kwargs.length > 0)) throw rt.typeError(`${cls.name} takes no arguments`);
    return cls === rt.types.get('NoneType') ? null : rt.notImplementedValue();
  }
  const isExc = kind.isExc;
  refreshClassKind(kind, cls);
  // type_call: tp_new first -- a class's own __new__ (an implicit staticmethod)
  // gets (cls, *args, **kwargs); tp_init runs only when the result is an
  // instance of cls, and then it is the result's type's __init__.
  const userNew = kind.userNew;
  if (userNew !== undefined) {
    const obj = call(rt, userNew, [cls, ...args], kwargs);
    if (!(obj instanceof Instance) || !obj.cls.isSubclassOf(cls)) return obj;
    try {
      const init = obj.cls.lookup('__init__');
      if (init !== undefined) runInit(rt, init, obj, args, kwargs);
    } catch (e) {
      rt.heap.decref(obj);
      throw e;
    }
    return obj;
  }
  let obj: Instance;
  // OSError_new: OSError(errno, strerror, ...) is the errno's subclass.
  if (isExc && args.length >= 2) cls = osErrorSubclass(rt, cls, args);
  if (isExc && isGroupClass(rt, cls)) {
    // BaseExceptionGroup_new checks the arguments and may pick ExceptionGroup.
    obj = newExceptionGroup(rt, cls, args);
  } else {
    // object_new: an abstract class (Py_TPFLAGS_IS_ABSTRACT) makes no instance.
    if (!isExc) checkNotAbstract(rt, cls);
    // _PyObject_MakeTpCall packs the arguments before type_call runs
    // BaseException_new, which keeps that tuple as `args`: the tuple is
    // allocated first (an automatic collection at either allocation sees
    // CPython's objects).
    const t = isExc ? rt.newTuple(args) : null;
    try {
      obj = newObjectOf(rt, cls, isExc);
    } catch (e) {
      if (t !== null) rt.heap.decref(t);
      throw e;
    }
    if (t !== null) {
      if (obj instanceof ExceptionObject) obj.setExc(rt.heap, 0, t);
      rt.heap.decref(t);
    }
  }
  try {
    // (The allocation may have run a collection, and with it Python code that changed a class.)
    const init = kind.version === ClassObject.lookupVersion() ? kind.init : cls.lookup('__init__');
    if (init === undefined) {
      if (!isExc && (args.length > 0 || (kwargs !== null && kwargs.length > 0))) {
        throw rt.typeError(`${cls.name}() takes no arguments`);
      }
      return obj;
    }
    // type_call: a builtin exception init right after BaseException_new keeps the call's tuple.
    if (obj instanceof ExceptionObject && init instanceof BuiltinFunction) obj.argsFromCall = true;
    runInit(rt, init, obj, args, kwargs);
    return obj;
  } catch (e) {
    rt.heap.decref(obj);
    throw e;
  }
}

/** kind's `__new__` and `__init__` looked up again if a class namespace changed since. */
function refreshClassKind(kind: ClassKind, cls: ClassObject): void {
  if (kind.version === ClassObject.lookupVersion()) return;
  kind.userNew = pythonNewOf(cls);
  kind.init = cls.lookup('__init__');
  kind.version = ClassObject.lookupVersion();
}

/** object_new's (BaseException_new's, `exc`) allocation of an instance of `cls`: registered, tracked if its class's instances are. */
function newObjectOf(rt: Runtime, cls: ClassObject, exc: boolean): Instance {
  rt.heap.reserve();
  rt.heap.incref(cls);
  const obj = exc ? new ExceptionObject(cls) : new Instance(cls);
  rt.heap.register(obj);
  if (cls.instancesGC) rt.heap.track(obj);
  return obj;
}

/** tp_init: call `init` on `obj`; it must return None. */
function runInit(rt: Runtime, init: Value, obj: Value, args: Value[], kwargs: Kwargs): void {
  rt.heap.incref(init);
  let r: Value;
  try {
    r = callUnbound(rt, init, obj, args, kwargs);
  } finally {
    rt.heap.decref(init);
  }
  checkInitResult(rt, r);
}

/** slot_tp_init's check: `__init__` returns None. */
function checkInitResult(rt: Runtime, r: Value): void {
  if (r !== null) {
    const t = rt.typeName(r);
    rt.decref(r);
    throw rt.typeError(`__init__() should return None, not '${t}'`);
  }
}

/**
 * The `__init__` of a plain class statement's class that a positional call
 * of `n` arguments can bind without an argument array, or undefined: no
 * metaclass, no `__new__`, not an exception class, an `__init__` that is a
 * Python function whose positional parameters take self and the `n`
 * arguments (defaults covering any more), nothing else.
 */
function plainInitFor(rt: Runtime, cls: ClassObject, n: number): FunctionObject | undefined {
  if (!cls.heapType || cls.meta !== null || rt.callArgsPacked) return undefined;
  const kind = classKindOf(rt, cls);
  if (kind.isExc || kind.ctor !== undefined || kind.uncreatable !== null) return undefined;
  refreshClassKind(kind, cls);
  const init = kind.init;
  if (kind.userNew !== undefined || !(init instanceof FunctionObject)) return undefined;
  const code = init.code;
  const np = code.params.length;
  const given = n + 1;
  if (code.vararg !== null || code.kwarg !== null || code.kwonly.length !== 0) return undefined;
  return np === given || (np > given && np - init.defaults.length <= given) ? init : undefined;
}

/**
 * A positional call of a plain class (plainInitFor) with `n` <= 3
 * arguments x0..x(n-1) (borrowed: the caller releases them after, as
 * finishCall does), or undefined when the class is not plain (nothing done):
 * call -> callHeapClass -> callClass -> instantiate -> runInit ->
 * callUnbound made without their arrays, every move theirs in their order:
 * _PyObject_MakeTpCall's argument tuple (holdArguments' counted allocation
 * and references, which sys.getrefcount sees inside `__init__`),
 * _Py_EnterRecursiveCall, object_new's abstract check and allocation, a
 * reference to `__init__` for the call, the frame's own references to self
 * and the arguments, the None check, the instance released if `__init__`
 * raises, then the tuple's items last to first and the tuple's free.
 */
export function callPlainClassPositional(rt: Runtime, cls: ClassObject, n: number, x0: Value, x1: Value, x2: Value): Value | undefined {
  const init = plainInitFor(rt, cls, n);
  if (init === undefined) return undefined;
  rt.heap.phantomAlloc(tupleAllocSlot(n));
  if (n > 0) rt.incref(x0);
  if (n > 1) rt.incref(x1);
  if (n > 2) rt.incref(x2);
  try {
    enterCallRecursion(rt);
    try {
      checkNotAbstract(rt, cls);
      const obj = newObjectOf(rt, cls, false);
      try {
        // The allocation may have run a collection, and with it Python code that changed a class.
        if (plainInitFor(rt, cls, n) !== init) {
          const args = n === 0 ? [] : n === 1 ? [x0] : n === 2 ? [x0, x1] : [x0, x1, x2];
          const found = cls.lookup('__init__');
          if (found === undefined) {
            if (n > 0) throw rt.typeError(`${cls.name}() takes no arguments`);
          } else runInit(rt, found, obj, args, null);
          return obj;
        }
        rt.heap.incref(init);
        let r: Value;
        try {
          r = rt.evaluator.callFunctionPositional(init, n + 1, obj, x0, x1, x2, false);
        } finally {
          rt.heap.decref(init);
        }
        checkInitResult(rt, r);
        return obj;
      } catch (e) {
        rt.heap.decref(obj);
        throw e;
      }
    } finally {
      rt.cRecursionDepth--;
    }
  } finally {
    if (n > 2) rt.decref(x2);
    if (n > 1) rt.decref(x1);
    if (n > 0) rt.decref(x0);
    rt.heap.phantomFree(tupleFreeSlot(n));
  }
}

/**
 * object.__new__ (Objects/typeobject.c object_new), what `super().__new__(cls)`
 * and `object.__new__(cls)` reach: a bare instance of a Python class, tracked
 * like every instance with a __dict__. Extra arguments are an error when the
 * class overrides __new__, or when it overrides neither __new__ nor __init__.
 */
export function objectNew(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  if (args.length === 0) throw rt.typeError('object.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof ClassObject)) throw rt.typeError(`object.__new__(X): X is not a type object (${rt.typeName(cls)})`);
  const object = rt.types.get('object');
  if (cls !== object && (rt.types.isExceptionClass(cls) || findConstructor(rt, cls) !== undefined || uncreatableBase(rt, cls))) {
    // tp_new_wrapper's "staticbase": the nearest class whose __new__ is not written in Python.
    const base = staticBase(cls);
    throw rt.typeError(`object.__new__(${cls.name}) is not safe, use ${base.name}.__new__()`);
  }
  if (args.length > 1 || (kwargs !== null && kwargs.length > 0)) {
    if (pythonNewOf(cls) !== undefined) throw rt.typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (cls.lookup('__init__') === undefined) throw rt.typeError(`${cls.name}() takes no arguments`);
  }
  checkNotAbstract(rt, cls);
  rt.heap.reserve();
  rt.heap.incref(cls);
  const obj = rt.heap.register(new Instance(cls));
  if (cls !== object && cls.instancesGC) rt.heap.track(obj);
  return obj;
}

/** Is the nearest builtin class of cls's MRO (tp_new_wrapper's staticbase) one without tp_new, or None's or NotImplemented's type? */
function uncreatableBase(rt: Runtime, cls: ClassObject): boolean {
  const base = cls.mro.find((c) => isBuiltinClass(c));
  if (base === undefined) return false;
  if (base === rt.types.get('NoneType') || base === rt.types.get('NotImplementedType')) return true;
  return classKindOf(rt, base).uncreatable !== null;
}

const objectNewFunctions = new WeakMap<Runtime, BuiltinFunction>();
/** The one `object.__new__` builtin of a runtime (a new reference). */
export function objectNewFunction(rt: Runtime): BuiltinFunction {
  let f = objectNewFunctions.get(rt);
  if (f === undefined) {
    // CPython made it at start-up (add_tp_new_wrapper): no count moves when gclab makes it late.
    f = asStartupWork(rt.heap, () => {
      rt.heap.reserve();
      // Bound to object as add_tp_new_wrapper binds it: `<built-in method __new__ of type object>`.
      const object = rt.incref(rt.types.get('object'));
      return rt.heap.register(new BuiltinFunction('__new__', (args, kwargs) => objectNew(rt, args, kwargs), object, 'object.__new__'));
    });
    f.tpNewWrapper = true;
    objectNewFunctions.set(rt, f);
  }
  return rt.incref(f) as BuiltinFunction;
}

/**
 * The constructor of `cls`: its own when it is a builtin; for a subclass of
 * a registered builtin type, type_call over that type's tp_alloc/tp_init
 * (subtypeCall); else the nearest base's constructor that builds its
 * subclasses itself (weakref.ref's). object's is used only for object.
 */
export function findConstructor(rt: Runtime, cls: ClassObject): Constructor | undefined {
  const object = rt.types.get('object');
  if (cls === object) return constructors.get(object);
  for (const c of cls.mro) {
    if (c === object) break;
    if (c !== cls) {
      const def = rt.typeTable.get(c);
      if (def?.tp_alloc !== undefined) {
        // One constructor per builtin base, so that equal layouts compare equal (__class__ assignment).
        let k = subtypeConstructors.get(c);
        if (k === undefined) subtypeConstructors.set(c, (k = (args, kwargs, sub) => subtypeCall(rt, def, sub, args, kwargs)));
        return k;
      }
    }
    const k = constructors.get(c);
    if (k !== undefined) return k;
  }
  return undefined;
}

const subtypeConstructors = new WeakMap<ClassObject, Constructor>();

/**
 * type_call for `cls(*args)` where cls derives from builtin type `def`:
 * tp_new (the class's own __new__, else the builtin's tp_alloc), then,
 * when the result is an instance of cls, tp_init (the class's __init__,
 * else the builtin's).
 */
function subtypeCall(rt: Runtime, def: BuiltinType, cls: ClassObject, args: Value[], kwargs: Kwargs): Value {
  const userNew = pythonNewOf(cls);
  const obj = userNew instanceof FunctionObject ? rt.evaluator.callFunction(userNew, [cls, ...args], kwargs) : def.tp_alloc!(rt, cls, args, kwargs);
  if (!rt.typeOf(obj).isSubclassOf(cls)) return obj;
  try {
    const init = cls.lookup('__init__');
    if (init !== undefined) runInit(rt, init, obj, args, kwargs);
    else if (def.tp_init !== undefined) def.tp_init(rt, obj, args, kwargs);
  } catch (e) {
    rt.heap.decref(obj);
    throw e;
  }
  return obj;
}

/**
 * `T.__new__` of a builtin type T that can be subclassed (a new reference
 * to a builtin function): `T.__new__(cls, *args)` makes an instance of
 * cls, a subtype of T (tp_new_wrapper's checks and messages).
 */
export function builtinNewFunction(rt: Runtime, base: ClassObject, def: BuiltinType): BuiltinFunction {
  // add_tp_new_wrapper: one `__new__` per builtin type, kept in its namespace for
  // the runtime's life (so `tuple.__new__ is tuple.__new__`, and taking it makes no garbage).
  let f = builtinNewFunctions.get(base);
  if (f === undefined) {
    // Made at start-up in CPython (add_tp_new_wrapper): uncounted here.
    f = asStartupWork(rt.heap, () => makeBuiltinNewFunction(rt, base, def));
    builtinNewFunctions.set(base, f);
  }
  return rt.incref(f) as BuiltinFunction;
}

/** The builtin types' `__new__` functions, by type (each runtime's classes are its own keys). */
const builtinNewFunctions = new WeakMap<ClassObject, BuiltinFunction>();

function makeBuiltinNewFunction(rt: Runtime, base: ClassObject, def: BuiltinType): BuiltinFunction {
  const impl = (args: Value[], kwargs: Kwargs): Value => {
    if (args.length === 0) throw rt.typeError(`${base.name}.__new__(): not enough arguments`);
    const sub = args[0];
    if (!(sub instanceof ClassObject)) throw rt.typeError(`${base.name}.__new__(X): X is not a type object (${rt.typeName(sub)})`);
    if (!sub.isSubclassOf(base)) throw rt.typeError(`${base.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${base.name}`);
    // tp_new_wrapper: the most derived base not written in Python must use this
    // type's tp_new (int.__new__(bool) is not safe: bool has its own).
    if (sub !== base) {
      const staticbase = sub.mro.find((c) => isBuiltinClass(c) && !c.heapType);
      if (staticbase !== undefined && staticbase !== base && constructors.has(staticbase) && constructors.get(staticbase) !== constructors.get(base)) {
        throw rt.typeError(`${base.name}.__new__(${sub.name}) is not safe, use ${staticBase(sub).name}.__new__()`);
      }
    }
    // A type whose instances the builtin makes through tp_alloc alone (property,
    // staticmethod, super, ...) allocates its own instances the same way.
    if (sub === base && def.tp_new !== undefined) return def.tp_new(rt, def.tp_init !== undefined ? [] : args.slice(1), def.tp_init !== undefined ? null : kwargs, base, true);
    // T.__new__(T, ...) of an immutable type is T's own tp_new, which builds the
    // object from the arguments (int.__new__(int, '12') is 12); a mutable type's
    // (tp_init fills it later) allocates it empty, as for a subtype.
    const ctor = sub === base && def.tp_init === undefined ? constructors.get(base) : undefined;
    if (ctor !== undefined) return ctor(args.slice(1), kwargs, base);
    return def.tp_alloc!(rt, sub, args.slice(1), kwargs);
  };
  rt.heap.reserve();
  const f = rt.heap.register(new BuiltinFunction('__new__', impl, rt.incref(base), `${base.name}.__new__`));
  if (def.newChecksKeywords === true) f.keywords = '*';
  f.tpNewWrapper = true;
  return f;
}

/**
 * tp_new_wrapper's "staticbase": from `cls` up, the first class whose
 * tp_new is not slot_tp_new (a builtin, or a class that defines no
 * __new__ of its own).
 */
function staticBase(cls: ClassObject): ClassObject {
  return cls.mro.find((c) => isBuiltinClass(c) || !(pythonNewOf(c) instanceof FunctionObject)) ?? cls;
}

/** `cls.__new__` when no class of its MRO defines one: the nearest builtin's (object's at the end). */
export function inheritedNewFunction(rt: Runtime, cls: ClassObject): BuiltinFunction {
  const object = rt.types.get('object');
  for (const c of cls.mro) {
    const def = rt.typeTable.get(c);
    if (def?.tp_alloc !== undefined) return builtinNewFunction(rt, c, def);
    if (c !== object && isBuiltinClass(c) && !c.heapType && (constructors.has(c) || isSingletonType(rt, c))) return constructorNewFunction(rt, c);
  }
  return objectNewFunction(rt);
}

/** NoneType and NotImplementedType: their tp_new (none_new, notimplemented_new) returns the singleton. */
function isSingletonType(rt: Runtime, c: ClassObject): boolean {
  return c === rt.types.get('NoneType') || c === rt.types.get('NotImplementedType');
}

/**
 * `T.__new__` of a builtin type T that has a tp_new but cannot be
 * subclassed (range, slice, memoryview, NoneType, ellipsis, ...):
 * add_tp_new_wrapper's function, kept for the runtime's life like the
 * others. tp_new_wrapper checks that the first argument is T itself (a
 * subtype could only come from T, which has none), then T's tp_new makes
 * the object from the other arguments, with T's own messages
 * (`range.__new__(range)`: "range expected at least 1 argument, got 0").
 */
function constructorNewFunction(rt: Runtime, base: ClassObject): BuiltinFunction {
  let f = builtinNewFunctions.get(base);
  if (f === undefined) {
    const impl = (args: Value[], kwargs: Kwargs): Value => {
      if (args.length === 0) throw rt.typeError(`${base.name}.__new__(): not enough arguments`);
      const sub = args[0];
      if (!(sub instanceof ClassObject)) throw rt.typeError(`${base.name}.__new__(X): X is not a type object (${rt.typeName(sub)})`);
      if (!sub.isSubclassOf(base)) throw rt.typeError(`${base.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${base.name}`);
      return instantiate(rt, base, args.slice(1), kwargs);
    };
    // Made at start-up in CPython (add_tp_new_wrapper): uncounted here.
    f = asStartupWork(rt.heap, () => {
      rt.heap.reserve();
      return rt.heap.register(new BuiltinFunction('__new__', impl, rt.incref(base), `${base.name}.__new__`));
    });
    f.keywords = '*';
    f.tpNewWrapper = true;
    builtinNewFunctions.set(base, f);
  }
  return rt.incref(f) as BuiltinFunction;
}

/**
 * A Python exception of builtin type `type` with arguments `args` (borrowed),
 * materialized at once so that object arguments are owned by it.
 */
export function pyException(rt: Runtime, type: string, args: Value[]): PyException {
  const cls = rt.types.get(type);
  const obj = instantiate(rt, cls, args, null);
  return new PyException(type, args.every((a) => !isObject(a)) ? args : [], obj);
}

/** ceval.c format_missing: `2 required positional arguments: 'a' and 'b'` (3+: commas, then `, and`). */
export function missingArgumentsText(names: string[], kind: string): string {
  const quoted = names.map((n) => `'${n}'`);
  const list =
    quoted.length === 1
      ? quoted[0]
      : quoted.length === 2
        ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return `${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`;
}
