/**
 * The builtins module (Python/bltinmodule.c) and the constructors of the
 * builtin types (int(), str(), list(), ...), over the runtime's protocol.
 */
import { builtinAiter, builtinAnext } from './coroutine-object';
import { CALLING, STDIO_WRITE_ENTRIES, checkCRecursion, enterCRecursion } from './c-recursion';
import { initException } from './exception-fields';
import { transformDecimalAndSpaceToAscii } from './unicode-decimal';
import { stdinReadLine } from './stdin-stream';
import { exactRangeLength } from './types/range-type';
import { frameLocals } from './frame-type';
import { GeneratorObject, genNext, genSendEx } from './generator-object';
import {
  ClassObject,
  PyException,
  BytesLikeObject,
  BytesObject,
  ByteArrayObject,
  StrSubInstance,
  PrimitiveBox,
  FloatObject,
  newFloat,
  DictObject,
  ListObject,
  TupleObject,
  IntSubInstance,
  isObject,
  fakeAddress,
  type Value,
} from '../../heap';
import { builtinMethodOf, defineMethods, delAttr, findBuiltinMethod, getAttrOrUndefined, lookupAttr, lookupSpecial, setAttr } from './attributes';
import { methodDescriptor } from './method-descriptor';
import { markSlotWrappers, takesBoxedSelf } from './type-slots';
import type { MethodImpl } from './attributes';
import { isBuiltinClass } from './builtin-types';
import { Ellipsis } from './types/ellipsis-type';
import { exitQuitter, quitQuitter } from './types/quitter-type';
import { call, callMethodIfDefined, callUnbound, setConstructor } from './calls';
import { typeCall } from './type-new';
import { callSpecial } from './special-method';
import { compareCodePoints } from './dir';
import { binaryDunder, hasDunder, roundDunder, ternaryPow } from './number-dunders';
import { installDataModel } from './data-model';
import { installProtocolMethods } from './protocol-methods';
import { arity, kwarg, sortReverseFlag, sortValues } from './methods';
import { BuiltinFunction, RangeObject } from './native-objects';
import { builtinIterSlots, compareSlot, hash, iter, lenExact, lengthHint, next, nextStep, richCompare, toArray, truthy } from './operators';
import { asciiRepr, repr, str } from './repr';
import { formatValue } from './format-spec';
import { roundFloat } from './float-format';
import { makeCallIterator } from './lazy-iterators';
import { NotImplemented, type Kwargs, type Runtime } from './runtime';
import { getAttr } from './attributes';
import { indexOf, isIterator } from './operators';
import { unionArgs } from './types/union-type';
import { binaryOp, normInt, numberOf } from './arithmetic';
import { WeakProxy } from '../../weakref/reference-type';
import { ComplexObject, Instance, NO_FREE_LIST, asUncountedWork } from '../../heap';
import { ExceptionObject } from './native-objects';
import { className } from './repr';
import { checkStrToInt } from './int-str-limit';
import { callMethodOf, flushProcessStdout, writeProcessStdout } from './sys-module';
import { attributeName, withNameObject } from './attribute-name';
import { intFromDunderResult, warnFromC } from './c-warnings';
import { isBufferExporter } from './types/memoryview-type';

type Builtin = (rt: Runtime, args: Value[], kwargs: Kwargs) => Value;


/**
 * The text an int() ValueError shows: a str's repr, or for bytes-like input
 * the repr of its bytes as a bytes object (_PyLong_FromBytes: `b'1.5'` for a
 * bytearray or a bytes subclass too).
 */
function literalRepr(rt: Runtime, v: Value): string {
  if (!(v instanceof BytesLikeObject) || v.constructor === BytesObject) return repr(rt, v);
  const b = call(rt, rt.types.get('bytes'), [v]);
  try {
    return repr(rt, b);
  } finally {
    rt.decref(b);
  }
}

/** hex/oct/bin: `0x..` with the sign in front, for ints of any size. */
function radix(rt: Runtime, args: Value[], base: number, prefix: string): string {
  arity(rt, prefix === '0x' ? 'hex' : prefix === '0o' ? 'oct' : 'bin', args, 1, 1);
  const iv = indexOf(rt, args[0]);
  const v = iv === undefined ? args[0] : iv;
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
    throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
  }
  const n = BigInt(typeof v === 'boolean' ? +v : v);
  return (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base);
}

/**
 * PyLong_FromString: the text of an int in `base` (0: the prefix decides,
 * and a decimal may not start with 0 unless it is all zeros), with
 * surrounding whitespace, a sign, underscores between digits (or right
 * after a base prefix). null when the text is not such an int.
 */
function parseIntText(rt: Runtime, text: string, base: number): bigint | null {
  let s = text.trim();
  let negative = false;
  if (s[0] === '+' || s[0] === '-') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  let afterPrefix = false;
  const prefix = /^0([xob])/i.exec(s);
  const prefixBase = prefix === null ? 0 : { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as 'x' | 'o' | 'b'];
  if (prefix !== null && (base === 0 || base === prefixBase)) {
    b = prefixBase;
    s = s.slice(2);
    afterPrefix = true;
  } else if (base === 0) b = 10;
  if (s === '' || s.endsWith('_') || s.includes('__') || (s[0] === '_' && !afterPrefix)) return null;
  const digits = s.replace(/_/g, '').toLowerCase();
  if (digits === '') return null;
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  for (const c of digits) if (!alphabet.includes(c)) return null;
  if (base === 0 && b === 10 && digits[0] === '0' && /[1-9]/.test(digits)) return null;
  checkStrToInt(rt, digits.length, b);
  let n = 0n;
  if (b === 10) n = BigInt(digits);
  else for (const c of digits) n = n * BigInt(b) + BigInt(alphabet.indexOf(c));
  return negative ? -n : n;
}

/** The inverse of a modulo m (0 <= a < m), or null when gcd(a, m) != 1. */
function modularInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) return m === 1n ? 0n : null;
  return ((t0 % m) + m) % m;
}

/**
 * The float a str's (ASCII-transformed) or buffer's text spells, or
 * undefined (PyOS_string_to_double via _Py_string_to_number_with_underscores:
 * surrounding whitespace, inf/nan words, an underscore only between digits).
 */
function floatFromText(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  const special: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity, nan: NaN, '+nan': NaN, '-nan': NaN };
  // '-nan' has the sign bit set (negated at run time: a constant -NaN may be canonicalized).
  if (s in special) return s === '-nan' ? -special[s] : special[s];
  if (/^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/.test(s)) return Number(s.replace(/_/g, ''));
  return undefined;
}

/** round() with ties to even, as Python's round(x) does. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function toInt(rt: Runtime, v: Value, what: string): number {
  const i = indexOf(rt, v);
  if (typeof i === 'number') return i;
  if (typeof i === 'bigint') return Number(i);
  throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer${what}`);
}

/**
 * min_max (Python/bltinmodule.c): one pass over the iterable (or the
 * positional arguments' tuple), each item taken as it comes. The best item
 * and its key are kept; a worse item and its key are released at once
 * (item, then key), a better one releases the previous key, then item.
 */
function minmax(rt: Runtime, name: 'min' | 'max', args: Value[], kwargs: Kwargs): Value {
  const keyArg = kwarg(kwargs, 'key');
  const key = keyArg === null ? undefined : keyArg;
  const dflt = kwarg(kwargs, 'default');
  if (args.length === 0) throw rt.typeError(`${name} expected at least 1 argument, got 0`);
  // PyArg_ParseTupleAndKeywords(emptytuple, kwds, "|$OO:max", ...), after the positional arguments.
  for (const [k] of kwargs ?? []) if (k !== 'key' && k !== 'default') throw rt.typeError(`'${k}' is an invalid keyword argument for ${name}()`);
  if (args.length > 1 && dflt !== undefined) {
    throw rt.typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  // Several arguments: min_max iterates over the call's own argument tuple,
  // counted where the call packs it (calls.ts VARARGS_BUILTINS).
  const source = args.length === 1 ? args[0] : rt.heap.newTuple(args, true);
  let it: Value;
  try {
    it = iter(rt, source);
  } finally {
    if (args.length > 1) rt.decref(source);
  }
  let best: Value | undefined;
  let bestKey: Value | undefined;
  const slots = builtinIterSlots(rt, it);
  try {
    for (;;) {
      const item = nextStep(rt, it, slots);
      if (item === undefined) break;
      let k: Value;
      try {
        k = key === undefined ? rt.incref(item) : call(rt, key, [item]);
      } catch (e) {
        rt.decref(item);
        throw e;
      }
      if (bestKey === undefined) {
        best = item;
        bestKey = k;
        continue;
      }
      let better: boolean;
      try {
        const r = richCompare(rt, k, bestKey, name === 'min' ? '<' : '>');
        try {
          better = truthy(rt, r);
        } finally {
          rt.decref(r);
        }
      } catch (e) {
        rt.decref(item);
        rt.decref(k);
        throw e;
      }
      if (better) {
        rt.decref(bestKey);
        rt.decref(best as Value);
        best = item;
        bestKey = k;
      } else {
        rt.decref(item);
        rt.decref(k);
      }
    }
  } catch (e) {
    if (bestKey !== undefined) rt.decref(bestKey);
    if (best !== undefined) rt.decref(best);
    rt.decref(it);
    throw e;
  }
  rt.decref(it);
  if (bestKey === undefined) {
    if (dflt !== undefined) return rt.incref(dflt);
    throw rt.error('ValueError', `${name}() arg is an empty sequence`);
  }
  rt.decref(bestKey);
  return best as Value;
}

/**
 * builtin___import__ (Python/bltinmodule.c): `__import__(name, globals=None,
 * locals=None, fromlist=(), level=0)` through the interpreter's import
 * system -- the top-level package for `import a.b`, the module itself when
 * fromlist is not empty.
 */
function builtinImport(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  const names = ['name', 'globals', 'locals', 'fromlist', 'level'];
  if (args.length > names.length) {
    throw rt.typeError(`__import__() takes at most 5 arguments (${args.length} given)`);
  }
  const bound: Array<Value | undefined> = [...args];
  for (const [k, v] of kwargs ?? []) {
    const i = names.indexOf(k);
    if (i < 0) throw rt.typeError(`'${k}' is an invalid keyword argument for __import__()`);
    if (bound[i] !== undefined) throw rt.typeError(`argument for __import__() given by name ('${k}') and position (${i + 1})`);
    bound[i] = v;
  }
  const name = bound[0];
  if (name === undefined) throw rt.typeError("__import__() missing required argument 'name' (pos 1)");
  if (typeof name !== 'string') throw rt.typeError('module name must be a string');
  const level = bound[4] ?? 0;
  if (typeof level !== 'number' && typeof level !== 'bigint' && typeof level !== 'boolean') {
    throw rt.typeError(`'${rt.typeName(level)}' object cannot be interpreted as an integer`);
  }
  const lvl = Number(level);
  if (lvl < 0) throw rt.error('ValueError', 'level must be >= 0');
  if (name === '' && lvl === 0) throw rt.error('ValueError', 'Empty module name');
  let fromlist: string[] | null = null;
  const fl = bound[3];
  if (fl !== undefined && fl !== null) {
    const items = toArray(rt, fl);
    try {
      fromlist = items.map((x) => {
        if (typeof x !== 'string') throw rt.typeError(`Item in \`\`from list'' must be str, not ${rt.typeName(x)}`);
        return x;
      });
    } finally {
      for (const x of items) rt.decref(x);
    }
  }
  // globals only matter for a relative import (importlib's _calc___package__)
  const g = bound[1];
  if (g instanceof DictObject) return rt.evaluator.importModule(name, g, fromlist, lvl);
  // CPython imports with no globals at all: gclab's empty stand-in is not counted.
  const empty = asUncountedWork(rt.heap, () => rt.heap.newDict());
  try {
    return rt.evaluator.importModule(name, empty, fromlist, lvl);
  } finally {
    asUncountedWork(rt.heap, () => rt.decref(empty));
  }
}


/**
 * round(v, nd) for an int or a float (float___round___impl, long_round):
 * nd None rounds a float to an int (ties to even), leaves an int as it is;
 * otherwise to a multiple of 10**-nd. Also int.__round__ and float.__round__.
 */
export function roundNumber(rt: Runtime, v: Value, ndigits: Value): Value {
  const nd = ndigits !== null ? toInt(rt, ndigits, '') : null;
  if (v instanceof FloatObject) {
    if (nd === null) {
      // float___round___impl -> PyLong_FromDouble's errors.
      if (Number.isNaN(v.value)) throw rt.error('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(v.value)) throw rt.error('OverflowError', 'cannot convert float infinity to integer');
      return normInt(BigInt(roundHalfEven(v.value)));
    }
    // double_round: correctly rounded through the decimal repr.
    return newFloat(rt.heap, roundFloat(v.value, Math.max(-400, Math.min(400, nd))));
  }
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
    throw rt.typeError(`type ${rt.typeName(v)} doesn't define __round__ method`);
  }
  if (nd === null || nd >= 0) return typeof v === 'boolean' ? +v : v;
  // long_round: to a multiple of 10**-nd, ties to even.
  const n = BigInt(typeof v === 'boolean' ? +v : v);
  const m = 10n ** BigInt(-nd);
  let q = n / m;
  let r = n % m;
  if (r < 0n) {
    r += m;
    q -= 1n;
  }
  if (2n * r > m || (2n * r === m && q % 2n !== 0n)) q += 1n;
  return normInt(q * m);
}

const functions: Record<string, Builtin> = {
  __import__: builtinImport,
  /** io.open (the builtin is that function in CPython): files of the simulated file system. */
  open(rt, args, kwargs) {
    // io.open is C (Argument Clinic) in CPython: its message for a missing file.
    if (args.length === 0 && !(kwargs ?? []).some(([k]) => k === 'file')) throw rt.typeError("open() missing required argument 'file' (pos 1)");
    const empty = rt.heap.newDict();
    let io: Value;
    try {
      io = rt.evaluator.importModule('io', empty, null, 0);
    } finally {
      rt.decref(empty);
    }
    const f = getAttr(rt, io, 'open');
    rt.decref(io);
    try {
      return call(rt, f, args, kwargs);
    } finally {
      rt.decref(f);
    }
  },
  print(rt, args, kwargs) {
    const sep = kwarg(kwargs, 'sep');
    const end = kwarg(kwargs, 'end');
    const file = kwarg(kwargs, 'file');
    for (const [name, v] of [['sep', sep], ['end', end]] as const) {
      if (v !== undefined && v !== null && typeof v !== 'string') {
        throw rt.typeError(`${name} must be None or a string, not ${rt.typeName(v)}`);
      }
    }
    const sepText = sep === undefined || sep === null ? ' ' : str(rt, sep);
    const endText = end === undefined || end === null ? '\n' : str(rt, end);
    // builtin_print: file=None means the current sys.stdout (None there: print nothing).
    const target = file === undefined || file === null ? rt.sysDict?.get(rt.heap, 'stdout') : file;
    if (target === null) return null;
    if (target === undefined || (target instanceof Instance && (target as unknown as { native?: string }).native === 'stdout')) {
      // The GC objects builtin_print and PyFile_WriteObject make around each piece (stdout-gc-objects.ts).
      const gcObjects = rt.stdoutGc;
      gcObjects.printCallStart(args.length);
      try {
        let line = '';
        const piece = (v: Value): void => {
          gcObjects.writeMethodStart();
          let text: string;
          try {
            text = typeof v === 'string' ? v : str(rt, v);
            // PyFile_WriteObject's call of sys.stdout.write (c-recursion.ts).
            checkCRecursion(rt, CALLING, STDIO_WRITE_ENTRIES);
          } catch (e) {
            // The method object is released with the failure.
            gcObjects.writeMethodEnd();
            throw e;
          }
          gcObjects.write(text);
          gcObjects.writeMethodEnd();
          line += text;
        };
        for (let i = 0; i < args.length; i++) {
          if (i > 0) piece(sepText);
          piece(args[i]);
        }
        piece(endText);
        writeProcessStdout(rt, line);
        if (truthy(rt, kwarg(kwargs, 'flush') ?? false)) {
          gcObjects.flush();
          flushProcessStdout(rt);
        }
      } finally {
        gcObjects.printCallEnd(args.length);
      }
      return null;
    }
    // Any other file: each piece through its write(), as PyFile_WriteObject does.
    const w = getAttrOrUndefined(rt, target, 'write');
    if (w === undefined) throw rt.error('AttributeError', `'${rt.typeName(target)}' object has no attribute 'write'`);
    try {
      args.forEach((a, i) => {
        if (i > 0) rt.decref(call(rt, w, [sepText]));
        rt.decref(call(rt, w, [str(rt, a)]));
      });
      rt.decref(call(rt, w, [endText]));
    } finally {
      rt.decref(w);
    }
    // flush=True: file.flush() after the text.
    const flush = kwarg(kwargs, 'flush');
    if (flush !== undefined && truthy(rt, flush)) {
      const f = getAttr(rt, target, 'flush');
      try {
        rt.decref(call(rt, f, []));
      } finally {
        rt.decref(f);
      }
    }
    return null;
  },
  len(rt, args) {
    arity(rt, 'len', args, 1, 1);
    const v = args[0];
    // A range longer than 2**53: its exact length (up to sys.maxsize).
    if (v instanceof RangeObject && v.big !== null) return exactRangeLength(rt, v);
    return lenExact(rt, v);
  },
  repr(rt, args) {
    arity(rt, 'repr', args, 1, 1);
    return repr(rt, args[0]);
  },
  hash(rt, args) {
    arity(rt, 'hash', args, 1, 1);
    return hash(rt, args[0]);
  },
  id(rt, args) {
    arity(rt, 'id', args, 1, 1);
    const v = args[0];
    return isObject(v) ? fakeAddress(v) : immediateId(v);
  },
  callable(rt, args) {
    arity(rt, 'callable', args, 1, 1);
    return rt.isCallable(args[0]);
  },
  isinstance(rt, args) {
    arity(rt, 'isinstance', args, 2, 2);
    return isInstanceOf(rt, args[0], args[1]);
  },
  issubclass(rt, args) {
    arity(rt, 'issubclass', args, 2, 2);
    return isSubclassOf(rt, args[0], args[1]);
  },
  getattr(rt, args) {
    arity(rt, 'getattr', args, 2, 3);
    const name = attributeName(rt, args[1]);
    if (args.length === 2) return withNameObject(rt, args[1], () => getAttr(rt, args[0], name));
    const v = withNameObject(rt, args[1], () => lookupAttr(rt, args[0], name));
    return v !== undefined ? v : rt.incref(args[2]);
  },
  setattr(rt, args) {
    arity(rt, 'setattr', args, 3, 3);
    const name = attributeName(rt, args[1]);
    withNameObject(rt, args[1], () => setAttr(rt, args[0], name, args[2]));
    return null;
  },
  hasattr(rt, args) {
    arity(rt, 'hasattr', args, 2, 2);
    const name = attributeName(rt, args[1]);
    const v = withNameObject(rt, args[1], () => lookupAttr(rt, args[0], name));
    rt.decref(v);
    return v !== undefined;
  },
  delattr(rt, args) {
    arity(rt, 'delattr', args, 2, 2);
    const name = attributeName(rt, args[1]);
    withNameObject(rt, args[1], () => delAttr(rt, args[0], name));
    return null;
  },
  aiter(rt, args) {
    arity(rt, 'aiter', args, 1, 1);
    return builtinAiter(rt, args[0]);
  },
  anext(rt, args) {
    return builtinAnext(rt, args);
  },
  iter(rt, args) {
    arity(rt, 'iter', args, 1, 2);
    if (args.length === 1) return iter(rt, args[0]);
    if (!rt.isCallable(args[0])) throw rt.typeError('iter(v, w): v must be callable');
    return makeCallIterator(rt, args[0], args[1]);
  },
  next(rt, args) {
    arity(rt, 'next', args, 1, 2);
    if (!isIterator(rt, args[0])) throw rt.typeError(`'${rt.typeName(args[0])}' object is not an iterator`);
    if (args[0] instanceof GeneratorObject) {
      // gen_iternext: a return value travels as StopIteration(value).
      if (args.length === 1) return genNext(rt, args[0]);
      const r = genSendEx(rt, args[0], undefined);
      if (!r.returned) return r.value;
      if (r.value !== undefined) rt.decref(r.value);
      return rt.incref(args[1]);
    }
    const v = next(rt, args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return rt.incref(args[1]);
    throw rt.error('StopIteration');
  },
  sorted(rt, args, kwargs) {
    if (args.length !== 1) throw rt.typeError(`sorted expected 1 argument, got ${args.length}`);
    // PySequence_List, then list.sort: the list exists before the items are pulled.
    const l = rt.heap.newList();
    try {
      extendList(rt, l, args[0]);
    } catch (e) {
      rt.decref(l);
      throw e;
    }
    // builtin_sorted gets `newlist.sort` with PyObject_GetAttr: a bound
    // builtin method (a GC object without a free list), alive while the sort
    // runs its key function and freed after. Not built here.
    rt.heap.phantomAlloc(NO_FREE_LIST);
    try {
      // list.sort's own keyword check, once the list is built.
      for (const [k] of kwargs ?? []) {
        if (k !== 'key' && k !== 'reverse') throw rt.typeError(`'${k}' is an invalid keyword argument for sort()`);
      }
      const items = l.items;
      l.items = [];
      // builtin_sorted calls the list's sort method from C: a recursion entry (c-recursion.ts).
      enterCRecursion(rt, CALLING);
      try {
        l.items = sortValues(rt, items, kwarg(kwargs, 'key'), sortReverseFlag(rt, kwarg(kwargs, 'reverse')));
      } finally {
        rt.cRecursionDepth--;
      }
    } catch (e) {
      rt.heap.phantomFree(NO_FREE_LIST);
      rt.decref(l);
      throw e;
    }
    rt.heap.phantomFree(NO_FREE_LIST);
    return l;
  },
  min: (rt, args, kwargs) => minmax(rt, 'min', args, kwargs),
  max: (rt, args, kwargs) => minmax(rt, 'max', args, kwargs),
  /**
   * builtin_sum_impl: a str, bytes or bytearray start is refused; then
   * one pass over the iterable, each item added to the running total as it
   * comes and released.
   */
  sum(rt, args, kwargs) {
    clinicArity(rt, 'sum', args, 1, 2);
    const startKw = kwarg(kwargs, 'start');
    const start: Value = args.length > 1 ? args[1] : startKw !== undefined ? startKw : 0;
    if (typeof start === 'string' || start instanceof StrSubInstance) throw rt.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (start instanceof BytesObject) throw rt.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (start instanceof ByteArrayObject) throw rt.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    const it = iter(rt, args[0]);
    const slots = builtinIterSlots(rt, it);
    let acc: Value = rt.incref(start);
    try {
      for (;;) {
        const x = nextStep(rt, it, slots);
        if (x === undefined) break;
        // PyNumber_Add, then the old total and the item are released (also when it failed).
        let n: Value;
        try {
          n = binaryOp(rt, '+', acc, x);
        } catch (e) {
          const old = acc;
          acc = 0;
          rt.decref(old);
          rt.decref(x);
          throw e;
        }
        rt.decref(acc);
        rt.decref(x);
        acc = n;
      }
    } catch (e) {
      rt.decref(acc);
      throw e;
    } finally {
      rt.decref(it);
    }
    return acc;
  },
  any(rt, args) {
    arity(rt, 'any', args, 1, 1);
    return iterateUntil(rt, args[0], true);
  },
  all(rt, args) {
    arity(rt, 'all', args, 1, 1);
    return !iterateUntil(rt, args[0], false);
  },
  ascii(rt, args) {
    arity(rt, 'ascii', args, 1, 1);
    return asciiRepr(rt, args[0]);
  },
  abs(rt, args) {
    arity(rt, 'abs', args, 1, 1);
    return absolute(rt, args[0]);
  },
  divmod(rt, args) {
    arity(rt, 'divmod', args, 2, 2);
    return divmod(rt, args[0], args[1]);
  },
  pow(rt, args) {
    clinicArity(rt, 'pow', args, 2, 3, ['base', 'exp']);
    if (args.length === 2 || args[2] === null) return binaryOp(rt, '**', args[0], args[1]);
    // proxy_pow unwraps all three operands.
    if (args.some((a) => a instanceof WeakProxy)) return functions.pow(rt, args.map((a) => rt.unwrapProxy(a)), null);
    if (args[0] instanceof Instance || args[1] instanceof Instance || args[2] instanceof Instance) {
      const r = ternaryPow(rt, args[0], args[1], args[2]);
      if (r !== rt.notImplementedValue()) return r;
      const names = args.map((a) => `'${rt.typeName(a)}'`).join(', ');
      throw rt.typeError(`unsupported operand type(s) for ** or pow(): ${names}`);
    }
    // long_pow with a modulus: exact modular exponentiation.
    const b = indexOf(rt, args[0]);
    const e = indexOf(rt, args[1]);
    const m = indexOf(rt, args[2]);
    if (b === undefined || e === undefined || m === undefined) {
      const numeric = (a: Value) => typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean' || a instanceof FloatObject;
      // complex_pow (either operand complex, the other a number): any modulus is an error.
      const cx = (a: Value) => a instanceof ComplexObject;
      if ((cx(args[0]) || cx(args[1])) && [args[0], args[1]].every((a) => numeric(a) || cx(a))) throw rt.error('ValueError', 'complex modulo');
      if (args.every(numeric)) throw rt.typeError('pow() 3rd argument not allowed unless all arguments are integers');
      throw rt.typeError(`unsupported operand type(s) for ** or pow(): ${args.map((a) => `'${rt.typeName(a)}'`).join(', ')}`);
    }
    let mod = BigInt(m);
    if (mod === 0n) throw rt.error('ValueError', 'pow() 3rd argument cannot be 0');
    let exp = BigInt(e);
    const neg = mod < 0n;
    if (neg) mod = -mod;
    let base = ((BigInt(b) % mod) + mod) % mod;
    if (exp < 0n) {
      // long_pow: a negative exponent raises the modular inverse of the base.
      const inverse = modularInverse(base, mod);
      if (inverse === null) throw rt.error('ValueError', 'base is not invertible for the given modulus');
      base = inverse;
      exp = -exp;
    }
    let r = 1n % mod;
    while (exp > 0n) {
      if (exp & 1n) r = (r * base) % mod;
      base = (base * base) % mod;
      exp >>= 1n;
    }
    if (neg && r !== 0n) r -= mod;
    return normInt(r);
  },
  round(rt, args) {
    clinicArity(rt, 'round', args, 1, 2, ['number']);
    const v = args[0];
    const viaDunder = roundDunder(rt, v, args.length > 1 ? args[1] : undefined);
    if (viaDunder !== undefined) return viaDunder;
    return roundNumber(rt, v, args.length > 1 ? args[1] : null);
  },
  chr(rt, args) {
    arity(rt, 'chr', args, 1, 1);
    // PyLong_AsLong into a C int first: OverflowError beyond it.
    const i = indexOf(rt, args[0]);
    if (typeof i === 'bigint' || (typeof i === 'number' && Math.abs(i) > 2147483647)) {
      throw rt.error('OverflowError', 'Python int too large to convert to C int');
    }
    const n = toInt(rt, args[0], '');
    if (n < 0 || n > 0x10ffff) throw rt.error('ValueError', 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(n);
  },
  ord(rt, args) {
    arity(rt, 'ord', args, 1, 1);
    const s = args[0];
    // builtin_ord: a bytes or bytearray of one byte gives that byte.
    if (s instanceof BytesLikeObject) {
      if (s.value.length !== 1) throw rt.typeError(`ord() expected a character, but string of length ${s.value.length} found`);
      return s.value.charCodeAt(0);
    }
    if (typeof s !== 'string') throw rt.typeError(`ord() expected string of length 1, but ${rt.typeName(s)} found`);
    const n = [...s].length;
    if (n !== 1) throw rt.typeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  },
  hex: (rt, args) => radix(rt, args, 16, '0x'),
  oct: (rt, args) => radix(rt, args, 8, '0o'),
  bin: (rt, args) => radix(rt, args, 2, '0b'),
  format(rt, args) {
    arity(rt, 'format', args, 1, 2);
    const spec = args.length > 1 ? args[1] : '';
    if (typeof spec !== 'string') throw rt.typeError(`format() argument 2 must be str, not ${rt.typeName(spec)}`);
    return formatValue(rt, args[0], spec);
  },
  dir(rt, args) {
    arity(rt, 'dir', args, 0, 1);
    if (args.length === 0) {
      const ns = currentNamespace(rt, false) as DictObject;
      const names = ns.entries().map(([k]) => k).filter((k): k is string => typeof k === 'string');
      rt.decref(ns);
      return rt.heap.newList(names.sort(compareCodePoints));
    }
    // builtin_dir: type(obj).__dir__(obj), then sorted(...).
    const r = callSpecial(rt, args[0], '__dir__', []) as Value;
    try {
      const items = toArray(rt, r);
      try {
        return rt.heap.newList(sortValues(rt, items, undefined, false));
      } finally {
        for (const x of items) rt.decref(x);
      }
    } finally {
      rt.decref(r);
    }
  },
  /**
   * builtin_input_impl for a stdin that is not a terminal: the prompt is
   * written to sys.stdout without a newline and flushed, then one line is
   * read; end of input is EOFError, the line's '\n' is dropped.
   */
  input(rt, args) {
    arity(rt, 'input', args, 0, 1);
    const stdout = rt.sysDict?.get(rt.heap, 'stdout');
    if (stdout === undefined || stdout === null) throw rt.error('RuntimeError', 'input(): lost sys.stdout');
    if (args.length === 1) {
      const prompt = str(rt, args[0]);
      callMethodOf(rt, stdout, 'write', [prompt]);
    }
    callMethodOf(rt, stdout, 'flush', []);
    // PyFile_GetLine(sys.stdin, -1): the process's stdin, or whatever object sys.stdin now is (its readline()).
    const stdin = rt.sysDict?.get(rt.heap, 'stdin');
    if (stdin === undefined || stdin === null) throw rt.error('RuntimeError', 'input(): lost sys.stdin');
    let line: Value;
    if (stdin instanceof Instance && stdin.native === 'stdin') line = stdinReadLine(rt);
    else {
      const readline = getAttr(rt, stdin, 'readline');
      try {
        line = call(rt, readline, []);
      } finally {
        rt.decref(readline);
      }
      if (typeof line !== 'string') {
        rt.decref(line);
        throw rt.typeError('object.readline() returned non-string');
      }
    }
    if (line === '') throw rt.error('EOFError', 'EOF when reading a line');
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  },
  vars(rt, args) {
    arity(rt, 'vars', args, 0, 1);
    if (args.length === 0) return currentNamespace(rt, false);
    // Python/bltinmodule.c builtin_vars: a missing __dict__ is reported as a TypeError.
    const d = lookupAttr(rt, args[0], '__dict__');
    if (d === undefined) throw rt.typeError('vars() argument must have __dict__ attribute');
    return d;
  },
  globals(rt, args) {
    arity(rt, 'globals', args, 0, 0);
    return currentNamespace(rt, true);
  },
  locals(rt, args) {
    arity(rt, 'locals', args, 0, 0);
    return currentNamespace(rt, false);
  },
};

/**
 * globals() / locals() / vars(): the running frame's namespace. Module and
 * class bodies use a real dict; a function's locals are a snapshot dict.
 */
function currentNamespace(rt: Runtime, globalsOnly: boolean): Value {
  const frame = rt.evaluator.currentFrame();
  if (frame === undefined) throw rt.error('SystemError', 'no current frame');
  if (globalsOnly) return rt.incref(frame.globals);
  return frameLocals(rt, frame);
}

/** PyNumber_Power: pow(a, b, mod) (mod None: a ** b). */
export function power(rt: Runtime, a: Value, b: Value, mod: Value): Value {
  return functions.pow(rt, [a, b, mod], null);
}

/** PyNumber_Absolute: abs(v). */
export function absolute(rt: Runtime, v0: Value): Value {
  const arg = rt.unwrapProxy(v0); // proxy_abs
  // An int subclass without its own __abs__ gets int's (long_abs of the value it holds).
  const v = arg instanceof IntSubInstance && arg.cls.lookup('__abs__') === undefined ? arg.value : arg;
  if (v instanceof FloatObject) return newFloat(rt.heap, Math.abs(v.value));
  if (typeof v === 'bigint') return v < 0n ? -v : v;
  if (typeof v === 'number' || typeof v === 'boolean') return Math.abs(+v);
  if (v instanceof Instance) {
    const r = callMethodIfDefined(rt, v, '__abs__', []);
    if (r !== undefined) return r;
  }
  // nb_absolute of a builtin type that declares it (complex).
  const nbAbs = findBuiltinMethod(rt, v, '__abs__');
  if (nbAbs !== undefined) return nbAbs(rt, v, [], null);
  throw rt.typeError(`bad operand type for abs(): '${rt.typeName(v)}'`);
}


/** PyNumber_Divmod: divmod(a, b). */
export function divmod(rt: Runtime, a: Value, b: Value): Value {
  const args = [a, b];
  if (hasDunder(args[0], args[1], '__divmod__', '__rdivmod__')) {
    const r = binaryDunder(rt, args[0], args[1], '__divmod__', '__rdivmod__');
    if (r !== rt.notImplementedValue()) return r;
    throw rt.typeError(`unsupported operand type(s) for divmod(): '${rt.typeName(args[0])}' and '${rt.typeName(args[1])}'`);
  }
  // float_divmod's own message when a float takes part.
  const tooLarge = (v: Value) => typeof v === 'bigint' && !Number.isFinite(Number(v));
  if ((args[0] instanceof FloatObject || args[1] instanceof FloatObject) && numberOf(args[1]) === 0 && numberOf(args[0]) !== undefined && !tooLarge(args[0])) {
    throw rt.error('ZeroDivisionError', 'float divmod()');
  }
  let q: Value;
  try {
    q = binaryOp(rt, '//', args[0], args[1]);
  } catch (e) {
    // PyNumber_Divmod's own message names divmod() (nb_divmod is one slot).
    if (e instanceof PyException && e.pyType === 'TypeError' && e.pyMessage.startsWith('unsupported operand type(s) for //:')) {
      throw rt.typeError(`unsupported operand type(s) for divmod(): '${rt.typeName(args[0])}' and '${rt.typeName(args[1])}'`);
    }
    throw e;
  }
  try {
    const r = binaryOp(rt, '%', args[0], args[1]);
    const t = rt.newTuple([q, r]);
    rt.decref(r);
    return t;
  } finally {
    rt.decref(q);
  }
}

/** list_extend: append the items of an iterable one by one, as they are produced. */
export function extendList(rt: Runtime, l: ListObject, src: Value): void {
  const oldLen = l.items.length;
  // list_extend's fast path is for an exact list or tuple only.
  if ((src instanceof ListObject || src instanceof TupleObject) && !src.hasInstanceLayout) {
    const items = src.items.slice();
    for (const x of items) rt.incref(x);
    l.items.push(...items);
    l.noteExtended(oldLen, items.length, null);
    return;
  }
  const it = iter(rt, src);
  let hint = 0;
  try {
    // list_extend asks for a size guess once it has the iterator.
    hint = lengthHint(rt, src);
    const slots = builtinIterSlots(rt, it);
    for (;;) {
      const x = nextStep(rt, it, slots);
      if (x === undefined) return;
      l.items.push(x);
    }
  } finally {
    if (!l.isDead) l.noteExtended(oldLen, l.items.length - oldLen, hint);
    rt.decref(it);
  }
}

function iterateUntil(rt: Runtime, v: Value, target: boolean): boolean {
  const it = iter(rt, v);
  const slots = builtinIterSlots(rt, it);
  try {
    for (;;) {
      const x = nextStep(rt, it, slots);
      if (x === undefined) return false;
      const t = truthy(rt, x);
      rt.decref(x);
      if (t === target) return true;
    }
  } finally {
    rt.decref(it);
  }
}

/**
 * object_isinstance's second chance: when the type check fails, `v.__class__`
 * decides. A proxy forwards that attribute read to its referent, so
 * isinstance(p, C) is True for a live proxy to a C and raises ReferenceError
 * for a dead one.
 */
function proxyClassIs(rt: Runtime, v: Value, c: ClassObject): boolean {
  if (v instanceof WeakProxy) return rt.typeOf(rt.unwrapProxy(v)).isSubclassOf(c);
  // object_isinstance: an instance whose class defines __class__ (a
  // property, as mocks and proxies have) or its own __getattribute__
  // (through which the read goes) answers with what it reads.
  if (v instanceof Instance && (v.cls.lookup('__class__') !== undefined || v.cls.lookup('__getattribute__') !== undefined)) {
    const icls = lookupAttr(rt, v, '__class__');
    if (icls === undefined) return false;
    try {
      return icls !== rt.typeOf(v) && icls instanceof ClassObject && icls.isSubclassOf(c);
    } finally {
      rt.decref(icls);
    }
  }
  return false;
}

/**
 * PyObject_IsInstance: an exact type match first, then the class's
 * metaclass __instancecheck__ when written in Python, then the MRO.
 */
export function isInstanceOf(rt: Runtime, v: Value, spec: Value): boolean {
  if (spec instanceof ClassObject) {
    if (rt.typeOf(v) === spec) return true;
    const r = metaCheck(rt, spec, '__instancecheck__', v);
    if (r !== undefined) return r;
  } else if (spec instanceof TupleObject) {
    return spec.items.some((c) => isInstanceOf(rt, v, c));
  } else {
    // A union is read as its args tuple; another object may answer through its type's __instancecheck__.
    const ua = unionArgs(spec);
    if (ua !== undefined) return isInstanceOf(rt, v, ua);
    const r = specialCheck(rt, spec, '__instancecheck__', v);
    if (r !== undefined) return r;
  }
  return classCheck(rt, spec, (c) => rt.typeOf(v).isSubclassOf(c) || proxyClassIs(rt, v, c), 'isinstance');
}

/** PyObject_IsSubclass (object_issubclass), with the same order as isInstanceOf. */
export function isSubclassOf(rt: Runtime, sub: Value, spec: Value): boolean {
  if (spec instanceof ClassObject) {
    const r = metaCheck(rt, spec, '__subclasscheck__', sub);
    if (r !== undefined) return r;
  } else if (spec instanceof TupleObject) {
    return spec.items.some((c) => isSubclassOf(rt, sub, c));
  } else {
    const ua = unionArgs(spec);
    if (ua !== undefined) return isSubclassOf(rt, sub, ua);
    const r = specialCheck(rt, spec, '__subclasscheck__', sub);
    if (r !== undefined) return r;
  }
  if (!(sub instanceof ClassObject)) throw rt.typeError('issubclass() arg 1 must be a class');
  return classCheck(rt, spec, (c) => sub.isSubclassOf(c), 'issubclass');
}

/** The __instancecheck__/__subclasscheck__ of a non-class spec's type (_PyObject_LookupSpecial), as a truth value. */
function specialCheck(rt: Runtime, spec: Value, name: string, arg: Value): boolean | undefined {
  if (typeof spec !== 'object' || spec === null) return undefined;
  const checker = lookupSpecial(rt, spec, name);
  if (checker === undefined) return undefined;
  let r: Value;
  try {
    r = call(rt, checker, [arg]);
  } finally {
    rt.decref(checker);
  }
  try {
    return truthy(rt, r);
  } finally {
    rt.decref(r);
  }
}

/** A metaclass's __instancecheck__/__subclasscheck__ (Python-level only), as a truth value. */
function metaCheck(rt: Runtime, cls: ClassObject, name: string, arg: Value): boolean | undefined {
  const meta = cls.meta;
  if (meta === null) return undefined;
  const m = meta.lookup(name);
  if (m === undefined) return undefined;
  rt.incref(m);
  let r: Value;
  try {
    r = callUnbound(rt, m, cls, [arg]);
  } finally {
    rt.decref(m);
  }
  try {
    return truthy(rt, r);
  } finally {
    rt.decref(r);
  }
}

function classCheck(rt: Runtime, spec: Value, test: (c: ClassObject) => boolean, fn: string): boolean {
  if (spec instanceof ClassObject) return test(spec);
  if (spec instanceof TupleObject) return spec.items.some((c) => classCheck(rt, c, test, fn));
  if (fn === 'issubclass') throw rt.typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  throw rt.typeError(`${fn}() arg 2 must be a type, a tuple of types, or a union`);
}

export { superGetAttr } from './super-type';

function installConstructors(rt: Runtime): void {
  const t = (n: string) => rt.types.get(n);
  setConstructor(t('object'), (args, kwargs, cls) => {
    if (args.length || (kwargs && kwargs.length)) throw rt.typeError('object() takes no arguments');
    rt.heap.reserve();
    rt.heap.incref(cls);
    // object() instances are atoms in CPython: never tracked.
    return rt.heap.register(new Instance(cls));
  });
  setConstructor(t('int'), (args, kwargs) => {
    // long_new's argument clinic (_PyArg_UnpackKeywords): the count first.
    const given = args.length + (kwargs?.length ?? 0);
    if (given > 2) throw rt.typeError(`int() takes at most 2 ${args.length === 0 ? 'keyword ' : ''}arguments (${given} given)`);
    for (const [k] of kwargs ?? []) if (k !== 'base') throw rt.typeError(`'${k}' is an invalid keyword argument for int()`);
    const baseArg = args.length > 1 ? args[1] : kwarg(kwargs, 'base');
    if (args.length === 0) {
      if (baseArg !== undefined) throw rt.typeError("int() missing string argument");
      return 0;
    }
    // proxy_int: int(p) is int(referent) (ReferenceError once it is dead).
    const given0 = baseArg === undefined ? rt.unwrapProxy(args[0]) : args[0];
    // A str subclass's instance without its own conversion is read as its text (PyUnicode_Check).
    const strText = given0 instanceof PrimitiveBox && typeof given0.value === 'string' && given0 instanceof Instance
      ? given0.cls.lookup('__int__') === undefined && given0.cls.lookup('__index__') === undefined && given0.cls.lookup('__trunc__') === undefined
      : given0 instanceof PrimitiveBox && typeof given0.value === 'string';
    const v = strText ? ((given0 as PrimitiveBox).value as string) : given0;
    if (baseArg !== undefined) {
      if (typeof v !== 'string' && !(v instanceof BytesLikeObject)) throw rt.typeError("int() can't convert non-string with explicit base");
      const base = toInt(rt, baseArg, '');
      if (base !== 0 && (base < 2 || base > 36)) throw rt.error('ValueError', 'int() base must be >= 2 and <= 36, or 0');
      const n = parseIntText(rt, typeof v === 'string' ? transformDecimalAndSpaceToAscii(v) : v.value, base);
      if (n === null) throw rt.error('ValueError', `invalid literal for int() with base ${base}: ${literalRepr(rt, v)}`);
      return normInt(n);
    }
    // PyNumber_Long: an int or float subclass's own __int__ comes before the value it holds.
    if ((v instanceof IntSubInstance || v instanceof FloatObject) && v instanceof Instance && v.cls.lookup('__int__') !== undefined) {
      const r = callMethodIfDefined(rt, v, '__int__', [])!;
      const i = intFromDunderResult(rt, '__int__', r);
      if (i !== undefined) return i;
      const t = rt.typeName(r);
      rt.decref(r);
      throw rt.typeError(`__int__ returned non-int (type ${t})`);
    }
    if (v instanceof IntSubInstance) return v.value as number | bigint;
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return +v;
    if (v instanceof FloatObject) {
      if (!Number.isFinite(v.value)) {
        throw rt.error(Number.isNaN(v.value) ? 'ValueError' : 'OverflowError', Number.isNaN(v.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      }
      return normInt(BigInt(Math.trunc(v.value)));
    }
    if (typeof v === 'string') {
      const n = parseIntText(rt, transformDecimalAndSpaceToAscii(v), 10);
      if (n === null) throw rt.error('ValueError', `invalid literal for int() with base 10: ${repr(rt, v)}`);
      return normInt(n);
    }
    if (v instanceof BytesLikeObject) {
      // PyLong_FromUnicodeObject's bytes path: the bytes as ASCII text; the message shows their repr.
      const n = parseIntText(rt, v.value, 10);
      if (n === null) throw rt.error('ValueError', `invalid literal for int() with base 10: ${literalRepr(rt, v)}`);
      return normInt(n);
    }
    if (v instanceof Instance) {
      for (const name of ['__int__', '__index__']) {
        const r = callMethodIfDefined(rt, v, name, []);
        if (r !== undefined) {
          // PyNumber_Long / _PyNumber_Index: a strict int subclass is deprecated, then taken as its value.
          const i = intFromDunderResult(rt, name, r);
          if (i !== undefined) return i;
          const t = rt.typeName(r);
          rt.decref(r);
          throw rt.typeError(`${name} returned non-int (type ${t})`);
        }
      }
      // PyNumber_Long's last resort, deprecated in 3.11: __trunc__, whose
      // result must be an int or have __index__.
      const trunc = v.cls.lookup('__trunc__');
      if (trunc !== undefined) warnFromC(rt, 'DeprecationWarning', 'The delegation of int() to __trunc__ is deprecated.');
      const r = trunc === undefined ? undefined : callMethodIfDefined(rt, v, '__trunc__', []);
      if (r !== undefined) {
        if (typeof r === 'number' || typeof r === 'bigint') return r;
        if (typeof r === 'boolean') return +r;
        try {
          const i = indexOf(rt, r);
          if (i === undefined) throw rt.typeError(`__trunc__ returned non-Integral (type ${rt.typeName(r)})`);
          return i;
        } finally {
          rt.decref(r);
        }
      }
    }
    if (isBufferExporter(v)) {
      // PyNumber_Long's buffer path: the bytes as ASCII text; the message shows them as bytes.
      const data = call(rt, t('bytes'), [v]) as BytesLikeObject;
      try {
        const n = parseIntText(rt, data.value, 10);
        if (n === null) throw rt.error('ValueError', `invalid literal for int() with base 10: ${repr(rt, data)}`);
        return normInt(n);
      } finally {
        rt.decref(data);
      }
    }
    throw rt.typeError(`int() argument must be a string, a bytes-like object or a real number, not '${rt.typeName(v)}'`);
  });
  setConstructor(t('bool'), (args, kwargs) => {
    // bool_new (3.11): _PyArg_NoKeywords, then at most one argument.
    if (kwargs !== null && kwargs.length > 0) throw rt.typeError('bool() takes no keyword arguments');
    if (args.length > 1) throw rt.typeError(`bool expected at most 1 argument, got ${args.length}`);
    return args.length ? truthy(rt, args[0]) : false;
  });
  setConstructor(t('float'), (args, kwargs) => {
    // float_new: _PyArg_NoKeywords, then _PyArg_CheckPositional("float", n, 0, 1).
    if (kwargs !== null && kwargs.length > 0) throw rt.typeError('float() takes no keyword arguments');
    if (args.length > 1) throw rt.typeError(`float expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return newFloat(rt.heap, 0);
    const v = rt.unwrapProxy(args[0]); // proxy_float
    if (v instanceof FloatObject) return v.constructor === FloatObject ? rt.incref(v) : newFloat(rt.heap, v.value);
    if (typeof v === 'bigint' && !Number.isFinite(Number(v))) throw rt.error('OverflowError', 'int too large to convert to float');
    if (v instanceof Instance) {
      // PyNumber_Float: __float__ (which must return a float), else __index__.
      const f = callMethodIfDefined(rt, v, '__float__', []);
      if (f !== undefined) {
        if (!(f instanceof FloatObject)) {
          const t = rt.typeName(f);
          rt.decref(f);
          throw rt.typeError(`${rt.typeName(v)}.__float__ returned non-float (type ${t})`);
        }
        return f;
      }
      const i = indexOf(rt, v);
      if (i !== undefined) return newFloat(rt.heap, Number(i));
    }
    const n = numberOf(v);
    if (n !== undefined) return newFloat(rt.heap, n);
    if (typeof v === 'string' || v instanceof BytesLikeObject) {
      const f = floatFromText(typeof v === 'string' ? transformDecimalAndSpaceToAscii(v) : v.value);
      if (f === undefined) throw rt.error('ValueError', `could not convert string to float: ${repr(rt, v)}`);
      return newFloat(rt.heap, f);
    }
    if (v instanceof Instance) {
      // PyNumber_Float: __float__ (which must return a float), else __index__.
      const r = callMethodIfDefined(rt, v, '__float__', []);
      if (r !== undefined) {
        if (r instanceof FloatObject) return r;
        const t = rt.typeName(r);
        rt.decref(r);
        throw rt.typeError(`${rt.typeName(v)}.__float__ returned non-float (type ${t})`);
      }
      const i = indexOf(rt, v);
      if (i !== undefined) {
        const f = Number(i);
        if (!Number.isFinite(f)) throw rt.error('OverflowError', 'int too large to convert to float');
        return newFloat(rt.heap, f);
      }
    }
    if (isBufferExporter(v)) {
      // PyFloat_FromString's buffer path: the bytes (copied to a bytes object) as
      // text; the message shows the object itself.
      const data = call(rt, t('bytes'), [v]) as BytesLikeObject;
      const f = floatFromText(data.value);
      rt.decref(data);
      if (f === undefined) throw rt.error('ValueError', `could not convert string to float: ${repr(rt, v)}`);
      return newFloat(rt.heap, f);
    }
    throw rt.typeError(`float() argument must be a string or a real number, not '${rt.typeName(v)}'`);
  });
  setConstructor(t('type'), (args, kwargs, cls) => typeCall(rt, cls, args, kwargs));
  // method_new (types.MethodType(func, instance)): a bound method.
  setConstructor(t('method'), (args, kwargs) => {
    if (kwargs !== null && kwargs.length > 0) throw rt.typeError('method() takes no keyword arguments');
    if (args.length !== 2) throw rt.typeError(`method expected 2 arguments, got ${args.length}`);
    if (!rt.isCallable(args[0])) throw rt.typeError('first argument must be callable');
    if (args[1] === null) throw rt.typeError('instance must not be None');
    return rt.heap.newBoundMethod(args[0], args[1]);
  });
}

/** The builtin types named in the builtins module (bltinmodule.c's SETBUILTIN calls), exceptions aside. */
const BUILTIN_TYPE_NAMES = new Set([
  'bool', 'memoryview', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float',
  'frozenset', 'property', 'int', 'list', 'map', 'object', 'range', 'reversed', 'set', 'slice', 'staticmethod',
  'str', 'super', 'tuple', 'type', 'zip',
]);

/** The builtins namespace: functions, types and exception classes. */
/** id() of a value gclab keeps unboxed (an int, a str, None, a bool): a stand-in address. */
function immediateId(v: Value): number {
  return typeof v === 'number' ? 0x5000 + v * 32 : 0x4000;
}

const builtinsDicts = new WeakMap<Runtime, DictObject>();

/**
 * _PyEval_GetBuiltin: the value `name` has in the builtins namespace now
 * (borrowed), as the iterators' __reduce__ name `iter` and `reversed`.
 */
export function getBuiltin(rt: Runtime, name: string): Value {
  const v = builtinsDicts.get(rt)?.get(rt.heap, name);
  if (v === undefined) throw rt.error('AttributeError', name);
  return v;
}

/** The builtins module's namespace (a frame's f_builtins), once made. */
export function builtinsNamespace(rt: Runtime): DictObject | undefined {
  return builtinsDicts.get(rt);
}

export function makeBuiltins(rt: Runtime): DictObject {
  installConstructors(rt);
  const d = rt.heap.newDict();
  builtinsDicts.set(rt, d);
  for (const [name, f] of Object.entries(functions)) {
    rt.heap.reserve();
    const fn = rt.heap.register(new BuiltinFunction(name, (args, kwargs) => f(rt, args, kwargs), undefined));
    fn.plainFunction = true;
    rt.heap.track(fn);
    d.set(rt.heap, name, fn);
    rt.heap.decref(fn);
  }
  // bltinmodule.c's SETBUILTIN list: the types a program reaches by name, and
  // every builtin exception (function, NoneType, generator, ... are not there).
  for (const [name, cls] of rt.types.byName) {
    if (BUILTIN_TYPE_NAMES.has(name) || (!name.includes('.') && rt.types.isExceptionClass(cls))) d.set(rt.heap, name, cls);
  }
  // The OSError aliases of PEP 3151.
  for (const alias of ['EnvironmentError', 'IOError']) d.set(rt.heap, alias, rt.types.get('OSError'));
  d.set(rt.heap, 'NotImplemented', rt.notImplementedValue());
  d.set(rt.heap, 'Ellipsis', Ellipsis);
  // SETBUILTIN("__debug__", debug): True (gclab runs as python3 without -O).
  d.set(rt.heap, '__debug__', true);
  // site.setquit(): exit and quit, for scripts as for the interactive session.
  d.set(rt.heap, 'exit', exitQuitter);
  d.set(rt.heap, 'quit', quitQuitter);
  // BaseException.__init__ (for super().__init__(...) calls and e.__init__(...)):
  // a slot wrapper, bound through an instance (a method-wrapper), that
  // re-initializes args and the type's fields (ImportError_init resets
  // name, path and msg).
  const baseInitImpl: MethodImpl = (_rt2, self, args, kwargs) => {
    if (self instanceof ExceptionObject) initException(rt, self, args, kwargs);
    return null;
  };
  markSlotWrappers({ __init__: baseInitImpl });
  const baseInit = methodDescriptor(rt, t(rt, 'BaseException'), '__init__', baseInitImpl);
  // The keywords are checked by initException, as each type's init does.
  baseInit.keywords = '*';
  t(rt, 'BaseException').setAttr(rt.heap, '__init__', baseInit);
  rt.heap.decref(baseInit);
  defineMethods(rt.types.get('object'), objectMethods);
  installDataModel(rt);
  installProtocolMethods(rt);
  return d;
}

/** A builtin type's own tp_init (list.__init__, dict.__init__, ...), not object's. */
function findBuiltinInit(k: ClassObject): boolean {
  const m = builtinMethodOf(k, '__init__');
  return m !== undefined && m !== builtinMethodOf(k.mro[k.mro.length - 1], '__init__');
}

/** object's slot wrappers: the defaults every class inherits. */
const objectMethods: Record<string, import('./attributes').MethodImpl> = {
  // object_init: extra arguments are an error when the type overrides
  // __init__ ("object.__init__() takes ...") or does not override __new__
  // ("C.__init__() takes ..."); a type that overrides only __new__ lets
  // them through (its __new__ took them).
  __init__: (rt, self, args, kwargs) => {
    if (args.length > 0 || (kwargs !== null && kwargs.length > 0)) {
      const cls = rt.typeOf(self);
      const object = rt.types.get('object');
      const overrides = (name: string): boolean =>
        cls.mro.some((k) => k !== object && (k.dict.has(name) || (isBuiltinClass(k) && (name === '__new__' || findBuiltinInit(k)))));
      if (overrides('__init__')) throw rt.typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      if (!overrides('__new__')) throw rt.typeError(`${cls.tpName ?? cls.name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
    return null;
  },
  // object_richcompare through wrap_richcmpfunc (check_num_args: one argument).
  __eq__: (rt, self, args) => (richArity(rt, args), self === args[0] ? true : rt.notImplementedValue()),
  // object_richcompare's Py_NE: type(self)'s tp_richcompare for ==, inverted
  // unless NotImplemented (so `__ne__ = object.__ne__` follows the class's __eq__).
  __ne__: (rt, self, args) => {
    richArity(rt, args);
    const r = compareSlot(rt, self, args[0], '==');
    if (r === NotImplemented) return rt.notImplementedValue();
    const t = truthy(rt, r as Value);
    rt.decref(r as Value);
    return !t;
  },
  __lt__: (rt, self, args) => (richArity(rt, args), rt.notImplementedValue()),
  __le__: (rt, self, args) => (richArity(rt, args), rt.notImplementedValue()),
  __gt__: (rt, self, args) => (richArity(rt, args), rt.notImplementedValue()),
  __ge__: (rt, self, args) => (richArity(rt, args), rt.notImplementedValue()),
  __hash__: (rt, self) => (isObject(self) ? self.id : hash(rt, self)),
  /** object_repr: `<module.qualname object at ADDRESS>` for every object, an int's or a str's too (the address id() gives). */
  __repr__: (rt, self) => {
    if (isObject(self)) return `<${className(rt.typeOf(self))} object at ${rt.address(self)}>`;
    const id = immediateId(self);
    return `<${className(rt.typeOf(self))} object at ${id < 0 ? '-' : ''}0x${Math.abs(id).toString(16)}>`;
  },
  __str__: (rt, self) => repr(rt, self),
};
// object_repr and object_str see the object itself: an int or str subclass
// instance keeps its type (`<__main__.I object at ...>`), and object_str
// reaches the subclass's own __repr__ (re.RegexFlag's `__str__ = object.__str__`).
takesBoxedSelf(objectMethods.__repr__);
takesBoxedSelf(objectMethods.__str__);

/** check_num_args(args, 1) of a rich-comparison slot wrapper. */
function richArity(rt: Runtime, args: Value[]): void {
  if (args.length !== 1) throw rt.typeError(`expected 1 argument, got ${args.length}`);
}

function t(rt: Runtime, n: string): ClassObject {
  return rt.types.get(n);
}

/**
 * Argument Clinic's positional checks (_PyArg_CheckPositional and the
 * generated "missing required argument" path): too many arguments is
 * `f() takes at most N arguments (M given)`; too few names the first
 * missing required parameter and its position when `required` names them,
 * else `f() takes at least N positional argument(s) (M given)`.
 */
function clinicArity(rt: Runtime, name: string, args: Value[], min: number, max: number, required?: string[]): void {
  if (args.length > max) throw rt.typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${args.length} given)`);
  if (args.length >= min) return;
  if (required !== undefined) throw rt.typeError(`${name}() missing required argument '${required[args.length]}' (pos ${args.length + 1})`);
  throw rt.typeError(`${name}() takes at least ${min} positional argument${min === 1 ? '' : 's'} (${args.length} given)`);
}
