/**
 * The abstract object protocol (Objects/abstract.c, object.c's
 * do_richcompare): truth, hashing, comparison, containment, length, items
 * and iteration. Each function asks the value's type through its slot
 * table (`rt.slotsOf(v)`, see type-slots.ts); instances of class
 * statements are asked through their dunder methods first (CPython's
 * slot_* wrappers), then through their builtin base's slots. Proxies are
 * unwrapped (both operands, as proxy_* slots do) and a dead one raises
 * ReferenceError.
 */
import { CALLING, checkCRecursion, enterCRecursion, enterCallRecursion } from './c-recursion';
import {
  BoundMethod,
  ClassObject,
  DictObject,
  FloatObject,
  Instance,
  ListObject,
  TupleObject,
  WeakrefBase,
  IntSubInstance,
  hashImmediate,
  normalHash,
  xorHash,
  type Hash,
  isObject,
  tupleAllocSlot,
  tupleFreeSlot,
  type Value,
} from '../../heap';
import { WeakProxy, weakrefHash } from '../../weakref/reference-type';
import { SubclassRef } from './ref-subclass';
import { isBuiltinClass } from './builtin-types';
import { call, callFoundOnType, callMethodIfDefined, callRichMethod, callUnbound, pyException } from './calls';
import { descrGet } from './descriptors';
import { numberOf } from './arithmetic';
import { newSeqIterator } from './types/seq-iterator-type';
import { newGenericAlias } from './types/generic-alias-type';
import { builtinMethodOf, findBuiltinMethod } from './attributes';
import { BuiltinFunction, RangeObject, SliceObject } from './native-objects';
import { MethodDescriptor } from './method-descriptor';
import { NotImplemented, type Runtime } from './runtime';
import { PyException } from '../../heap/errors';
import { intFromDunderResult } from './c-warnings';
import type { TypeSlots } from './type-slots';

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

const REFLECTED: Record<CompareOp, CompareOp> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const DUNDER: Record<CompareOp, string> = {
  '==': '__eq__',
  '!=': '__ne__',
  '<': '__lt__',
  '<=': '__le__',
  '>': '__gt__',
  '>=': '__ge__',
};

// ---- truth -------------------------------------------------------------

export function truthy(rt: Runtime, v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (v instanceof FloatObject) return v.value !== 0;
  if (v instanceof WeakProxy) return truthy(rt, rt.unwrapProxy(v));
  if (v instanceof ClassObject && v.meta !== null) {
    // slot_nb_bool / slot_sq_length of a metaclass written in Python.
    const b = metaDunder(rt, v, '__bool__', []);
    if (b !== undefined) {
      if (typeof b !== 'boolean') {
        const t = rt.typeName(b);
        rt.decref(b);
        throw rt.typeError(`__bool__ should return bool, returned ${t}`);
      }
      return b;
    }
    const n = metaDunder(rt, v, '__len__', []);
    if (n !== undefined) return lenResultExact(rt, n) > 0;
  }
  if (v instanceof Instance) {
    const b = callMethodIfDefined(rt, v, '__bool__', []);
    if (b !== undefined) {
      if (typeof b !== 'boolean') {
        const t = rt.typeName(b);
        rt.decref(b);
        throw rt.typeError(`__bool__ should return bool, returned ${t}`);
      }
      return b;
    }
    const n = callMethodIfDefined(rt, v, '__len__', []);
    if (n !== undefined) return lenResultExact(rt, n) > 0;
  }
  const s = rt.slotsOf(v);
  if (s.nb_bool !== undefined) return s.nb_bool(rt, v);
  if (s.sq_length !== undefined) return s.sq_length(rt, v) > 0;
  return true;
}

// ---- hashing -----------------------------------------------------------

export function hash(rt: Runtime, v: Value): Hash {
  if (!isObject(v)) return hashImmediate(v);
  if (v instanceof Instance) {
    const h = v.cls.lookup('__hash__');
    if (h === null) throw rt.typeError(`unhashable type: '${v.typeName}'`);
    if (h !== undefined) return slotHashResult(rt, callMethodIfDefined(rt, v, '__hash__', [])!);
    // A class that defines __eq__ but not __hash__ gets __hash__ = None.
    if (v.cls.lookup('__eq__') !== undefined && !definesHashBeforeEq(v.cls)) {
      throw rt.typeError(`unhashable type: '${v.typeName}'`);
    }
    const base = rt.slotsOf(v).tp_hash;
    return base !== undefined ? base(rt, v) : v.id;
  }
  if (v instanceof TupleObject) return tupleHash(rt, v);
  if (v instanceof ListObject || v instanceof DictObject) throw rt.typeError(`unhashable type: '${v.typeName}'`);
  if (v instanceof FloatObject) return v.hashSlot(rt.heap);
  if (v instanceof BoundMethod) {
    // method_hash: hash of self's identity xor the function's hash.
    const s = isObject(v.self) ? v.self.id : hash(rt, v.self);
    return xorHash(s, hash(rt, v.func));
  }
  if (v instanceof BuiltinFunction && v.self !== undefined && !(v instanceof MethodDescriptor)) {
    // meth_hash: self's identity xor the method's (its defining class and name here).
    const s = isObject(v.self) ? v.self.id : hash(rt, v.self);
    return xorHash(s, hash(rt, `${v.wrapper ? 'wrapper ' : ''}${v.qualname}`));
  }
  if (v instanceof WeakProxy) throw rt.typeError(`unhashable type: '${v.typeName}'`);
  if (v instanceof SubclassRef) {
    // A ref subclass: slot_tp_hash when a class statement defines __hash__
    // (WeakMethod's `__hash__ = ref.__hash__` is weakref_hash again), None
    // when it defines __eq__ alone (type_new), else weakref_hash.
    const h = v.cls.lookup('__hash__');
    if (h === null) throw rt.typeError(`unhashable type: '${v.typeName}'`);
    if (h !== undefined && pythonDefined(v.cls, '__hash__')) return slotHashResult(rt, callMethodIfDefined(rt, v, '__hash__', [])!);
    if (pythonDefined(v.cls, '__eq__') && !definesHashBeforeEq(v.cls)) throw rt.typeError(`unhashable type: '${v.typeName}'`);
    return weakrefHash(rt.heap, v);
  }
  const s = rt.slotsOf(v);
  if (s.tp_hash !== undefined) return s.tp_hash(rt, v);
  if (v instanceof WeakrefBase) return weakrefHash(rt.heap, v);
  return v.id;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const U64 = (1n << 64n) - 1n;

/**
 * tuplehash (Objects/tupleobject.c, 3.8+): xxHash's round over the items'
 * hashes in unsigned 64-bit arithmetic, so a set of tuples of ints iterates
 * in CPython's order.
 */
export function tupleHash(rt: Runtime, t: TupleObject): Hash {
  let acc = XXPRIME_5;
  for (const x of t.items) {
    const lane = BigInt.asUintN(64, BigInt(hash(rt, x)));
    acc = (acc + lane * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(t.items.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (acc === U64) return 1546275796;
  return normalHash(BigInt.asIntN(64, acc));
}

/**
 * slot_tp_hash's result: a result that fits Py_ssize_t is the hash itself
 * (-1 becomes -2); only a bigger int is reduced by long_hash.
 */
function slotHashResult(rt: Runtime, r: Value): Hash {
  if (typeof r === 'bigint') {
    if (r >= -(1n << 63n) && r < 1n << 63n) return r === -1n ? -2 : normalHash(r);
    return hashImmediate(r);
  }
  if (typeof r !== 'number' && typeof r !== 'boolean') {
    rt.decref(r);
    throw rt.typeError('__hash__ method should return an integer');
  }
  return +r === -1 ? -2 : +r;
}

/**
 * Is `name` found in `cls`'s MRO on a class statement's class (a slot
 * function such as slot_tp_richcompare then stands in the type's slot)
 * rather than on a builtin type (whose own C slot is inherited)?
 */
function pythonDefined(cls: ClassObject, name: string): boolean {
  for (const c of cls.mro) if (c.dict.has(name)) return !isBuiltinClass(c);
  return false;
}

const RICH_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/**
 * Whether a class's tp_richcompare is slot_tp_richcompare: update_one_slot
 * gives the six comparison methods one generic slot as soon as one of them
 * is written in Python somewhere on the MRO; otherwise the builtin base's
 * tp_richcompare is inherited as it is.
 */
function hasSlotRichcompare(cls: ClassObject): boolean {
  for (const name of RICH_DUNDERS) if (pythonDefined(cls, name)) return true;
  return false;
}

/**
 * slot_tp_richcompare calling a comparison method the class inherits from
 * a builtin type (object.__eq__ in a class that defines only __lt__): the
 * slot wrapper has no vectorcall, so vectorcall_method goes through
 * _PyObject_MakeTpCall and its " while calling a Python object" entry.
 */
function callInheritedRichWrapper(rt: Runtime, a: Value, pyType: ClassObject, name: string, b: Value): Value | typeof NotImplemented {
  enterCallRecursion(rt);
  try {
    const r = callRichMethod(rt, a, pyType, name, [b])!;
    if ((r as unknown) === NotImplemented) return NotImplemented;
    return r;
  } finally {
    rt.cRecursionDepth--;
  }
}

function definesHashBeforeEq(cls: ClassObject): boolean {
  for (const c of cls.mro) {
    if (c.dict.has('__hash__')) return true;
    if (c.dict.has('__eq__')) return false;
  }
  return true;
}

// ---- comparison --------------------------------------------------------

/** PyObject_RichCompareBool: identity implies equality for == and !=. */
export function eq(rt: Runtime, a: Value, b: Value): boolean {
  if (a === b) return true;
  const r = richCompare(rt, a, b, '==');
  try {
    return truthy(rt, r);
  } finally {
    rt.decref(r);
  }
}

/**
 * PyObject_RichCompareBool(item, value, Py_EQ) with both operands held for
 * the call (Py_INCREF before, Py_DECREF after), as list_contains,
 * list.index/count/remove and list_richcompare do since bpo-38610: a user
 * `__eq__` may empty the container and so release `item` mid-comparison.
 */
export function eqHeld(rt: Runtime, item: Value, value: Value): boolean {
  if (item === value) return true;
  rt.incref(item);
  rt.incref(value);
  try {
    return eq(rt, item, value);
  } finally {
    rt.decref(item);
    rt.decref(value);
  }
}

/** do_richcompare: returns a new reference. */
export function richCompare(rt: Runtime, a: Value, b: Value, op: CompareOp): Value {
  // PyObject_RichCompare: do_richcompare inside a recursion guard.
  if (!isObject(a) && !isObject(b)) return doRichCompare(rt, a, b, op);
  enterCRecursion(rt, ' in comparison');
  try {
    return doRichCompare(rt, a, b, op);
  } finally {
    rt.cRecursionDepth--;
  }
}

function doRichCompare(rt: Runtime, a: Value, b: Value, op: CompareOp): Value {
  const ta = rt.typeOf(a);
  const tb = rt.typeOf(b);
  let checkedReverse = false;
  // do_richcompare: a proper subtype's tp_richcompare goes first, inherited
  // or not (every type has one: object_richcompare at least).
  if (ta !== tb && tb.isSubclassOf(ta)) {
    checkedReverse = true;
    const r = compareSlot(rt, b, a, REFLECTED[op]);
    if (r !== NotImplemented) return r as Value;
  }
  const r1 = compareSlot(rt, a, b, op);
  if (r1 !== NotImplemented) return r1 as Value;
  if (!checkedReverse) {
    const r2 = compareSlot(rt, b, a, REFLECTED[op]);
    if (r2 !== NotImplemented) return r2 as Value;
  }
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw rt.typeError(`'${op}' not supported between instances of '${rt.typeName(a)}' and '${rt.typeName(b)}'`);
}

/**
 * Two builtin methods bound to the same object (m_self identity) for the
 * same method (ml_meth: the same defining class and name; a slot wrapper
 * bound as a method-wrapper is its own kind).
 */
function sameBuiltinMethod(a: BuiltinFunction, b: BuiltinFunction): boolean {
  if (a instanceof MethodDescriptor || b instanceof MethodDescriptor || a.self === undefined) return false;
  return a.self === b.self && a.qualname === b.qualname && a.name === b.name && a.wrapper === b.wrapper;
}

/** Is `v` an instance of a float subclass whose class (a class statement's) defines `name`? */
export function floatSubclassDefines(v: FloatObject, name: string): boolean {
  return v.constructor !== FloatObject && (v as unknown as Instance).cls.lookup(name) !== undefined;
}

/** Sign of (i - f) computed exactly (NaN when f is NaN). */
function cmpBigFloat(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const whole = BigInt(Math.trunc(f));
  if (i !== whole) return i < whole ? -1 : 1;
  const frac = f - Math.trunc(f);
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

function cmpResult(op: CompareOp, c: number): boolean {
  if (Number.isNaN(c)) return op === '!=';
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

/** One side's tp_richcompare (a new reference, or NotImplemented). */
export function compareSlot(rt: Runtime, a: Value, b: Value, op: CompareOp): Value | typeof NotImplemented {
  const na = typeof a === 'number' || typeof a === 'boolean' || typeof a === 'bigint';
  const nb = typeof b === 'number' || typeof b === 'boolean' || typeof b === 'bigint';
  if ((a instanceof FloatObject && !floatSubclassDefines(a, DUNDER[op])) || (na && b instanceof FloatObject && !floatSubclassDefines(b, DUNDER[REFLECTED[op]]))) {
    // float_richcompare: against ints and floats, by value (a float
    // subclass's own comparison methods go first, through the Instance branch;
    // long_richcompare leaves a float to the float's reflected method).
    const x = numberOf(a);
    const y = numberOf(b);
    if (x === undefined || y === undefined) return NotImplemented;
    // float_richcompare compares a big int with a float exactly.
    if (typeof a === 'bigint') return cmpResult(op, cmpBigFloat(a, y));
    if (typeof b === 'bigint') return cmpResult(op, -cmpBigFloat(b, x));
    return cmpResult(op, x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN);
  }
  if (na) {
    // long_richcompare takes any int on the other side: an int subclass
    // instance too (its own method having returned NotImplemented).
    const bv = b instanceof IntSubInstance ? b.value : b;
    if (!nb && bv === b) return NotImplemented;
    const x = typeof a === 'boolean' ? +a : a;
    const y = typeof bv === 'boolean' ? +bv : (bv as number | bigint);
    return cmpResult(op, x < y ? -1 : x > y ? 1 : 0);
  }
  if (a === null) return NotImplemented;
  if (a instanceof WeakProxy) {
    const x = rt.unwrapProxy(a);
    return richCompare(rt, x, b instanceof WeakProxy ? rt.unwrapProxy(b) : b, op);
  }
  // slot_tp_richcompare of a type written in Python: an instance's class, or a class's metaclass.
  const pyType = a instanceof Instance ? a.cls : a instanceof ClassObject && a.meta !== null ? a.meta : null;
  if (pyType !== null) {
    const m = pyType.lookup(DUNDER[op]);
    if (m !== undefined) {
      if (m instanceof BuiltinFunction && hasSlotRichcompare(pyType)) return callInheritedRichWrapper(rt, a, pyType, DUNDER[op], b);
      const r = callRichMethod(rt, a, pyType, DUNDER[op], [b])!;
      if ((r as unknown) === NotImplemented) return NotImplemented;
      return r;
    }
    const generic = a instanceof Instance && hasSlotRichcompare(pyType);
    if (op === '!=' && pyType.lookup('__eq__') !== undefined) {
      // object.__ne__ inverts __eq__ unless it is NotImplemented (called
      // as a slot wrapper when the slot is slot_tp_richcompare).
      if (generic) enterCallRecursion(rt);
      try {
        const r = callRichMethod(rt, a, pyType, '__eq__', [b])!;
        if ((r as unknown) === NotImplemented) return NotImplemented;
        const t = truthy(rt, r);
        rt.decref(r);
        return !t;
      } finally {
        if (generic) rt.cRecursionDepth--;
      }
    }
    // object's own comparison reached through slot_tp_richcompare's
    // call of the inherited slot wrapper: its entry, with no Python code inside.
    if (generic) checkCRecursion(rt, CALLING, 1);
  }
  if (a instanceof ClassObject) {
    // A class whose metaclass defines the comparison in Python (slot_tp_richcompare of the
    // metaclass); != without __ne__ is object.__ne__, the inverse of a defined __eq__.
    const meta = rt.typeOf(a);
    const inverted = op === '!=' && !pythonDefined(meta, DUNDER[op]) && pythonDefined(meta, '__eq__');
    if (inverted || pythonDefined(meta, DUNDER[op])) {
      const m = meta.lookup(inverted ? '__eq__' : DUNDER[op])!;
      rt.incref(m);
      let r: Value;
      try {
        r = callFoundOnType(rt, m, a, meta, [b]);
      } finally {
        rt.decref(m);
      }
      if ((r as unknown) === NotImplemented) return NotImplemented;
      if (!inverted) return r;
      const t = truthy(rt, r);
      rt.decref(r);
      return !t;
    }
  }
  if (a instanceof SubclassRef && pythonDefined(a.cls, DUNDER[op])) {
    // A ref subclass's own comparison method (slot_tp_richcompare); the
    // others stay weakref_richcompare's, below.
    const r = callRichMethod(rt, a, a.cls, DUNDER[op], [b])!;
    if ((r as unknown) === NotImplemented) return NotImplemented;
    return r;
  }
  const s = rt.slotsOf(a);
  if (s.tp_richcompare !== undefined) return s.tp_richcompare(rt, a, b, op);
  if (a instanceof WeakrefBase && (op === '==' || op === '!=')) {
    // weakref_richcompare: identity if either is dead, else compare the referents.
    if (!(b instanceof WeakrefBase)) return NotImplemented;
    const ax = a.target;
    const bx = b.target;
    if (ax === null || bx === null) return op === '==' ? a === b : a !== b;
    const x = rt.incref(ax);
    const y = rt.incref(bx);
    try {
      return richCompare(rt, x, y, op);
    } finally {
      rt.decref(x);
      rt.decref(y);
    }
  }
  if (a instanceof BuiltinFunction && (op === '==' || op === '!=')) {
    // meth_richcompare / wrapper_richcompare: the same method of the same object.
    if (!(b instanceof BuiltinFunction)) return NotImplemented;
    const same = a === b || sameBuiltinMethod(a, b);
    return op === '==' ? same : !same;
  }
  if (a instanceof BoundMethod && (op === '==' || op === '!=')) {
    // method_richcompare: same function (by ==) and the very same self.
    if (!(b instanceof BoundMethod)) return NotImplemented;
    const same = a.self === b.self && eq(rt, a.func, b.func);
    return op === '==' ? same : !same;
  }
  return NotImplemented;
}

/** list_richcompare / tuplerichcompare: the first differing items decide. */
export function compareSequences(
  rt: Runtime,
  v: { readonly items: Value[] },
  w: { readonly items: Value[] },
  op: CompareOp,
  holdItems: boolean,
): Value {
  // list_richcompare (holdItems: the sizes are read again at every step, as
  // an `__eq__` may resize a list, and the items are held while compared) or
  // tuplerichcompare (immutable: the tuples hold their items).
  const same = holdItems ? eqHeld : eq;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) if (!same(rt, v.items[i], w.items[i])) break;
  if (i >= v.items.length || i >= w.items.length) return cmpResult(op, v.items.length - w.items.length);
  if (op === '==') return false;
  if (op === '!=') return true;
  const a = v.items[i];
  const b = w.items[i];
  if (!holdItems) return richCompare(rt, a, b, op);
  rt.incref(a);
  rt.incref(b);
  try {
    return richCompare(rt, a, b, op);
  } finally {
    rt.decref(a);
    rt.decref(b);
  }
}

// ---- length and containment -----------------------------------------------

/** sys.maxsize: the largest length a Py_ssize_t holds. */
const MAX_SSIZE = (1n << 63n) - 1n;

/**
 * slot_sq_length's checks of what `__len__` returned: an int, not negative,
 * at most sys.maxsize (PyNumber_AsSsize_t's OverflowError); a length past
 * 2**53 stays a bigint.
 */
function lenResultExact(rt: Runtime, n: Value): number | bigint {
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint') {
    const t = rt.typeName(n);
    rt.decref(n);
    throw rt.typeError(`'${t}' object cannot be interpreted as an integer`);
  }
  if (typeof n === 'bigint') {
    if (n < 0n) throw rt.error('ValueError', '__len__() should return >= 0');
    if (n > MAX_SSIZE) throw rt.error('OverflowError', "cannot fit 'int' into an index-sized integer");
    return n;
  }
  if (+n < 0) throw rt.error('ValueError', '__len__() should return >= 0');
  return +n;
}

/** Is `e` a Python exception of class `name` or a subclass of it? */
function exceptionIs(rt: Runtime, e: unknown, name: string): e is PyException {
  if (!(e instanceof PyException)) return false;
  const target = rt.types.get(name);
  const v = e.pyValue;
  if (v instanceof Instance) return v.cls.isSubclassOf(target);
  const cls = rt.types.byName.get(e.pyType);
  return cls !== undefined && cls.isSubclassOf(target);
}

/** Drop a caught exception (PyErr_Clear). */
function clearException(rt: Runtime, e: PyException): void {
  const v = e.pyValue;
  e.pyValue = undefined;
  rt.decref(v);
}

/**
 * PyObject_LengthHint, for what Python code can see of it: list(x),
 * tuple(x), list.extend(x), sorted(x), [*x] ask an instance of a user
 * class for its size after taking its iterator -- its __len__ (a TypeError
 * from it is ignored, other errors propagate), else its __length_hint__
 * (TypeError ignored, NotImplemented means no hint, anything else must be
 * an int >= 0). Builtin objects answer without running Python code.
 */
export function lengthHint(rt: Runtime, v: Value, dflt = 8): number {
  if (!(v instanceof Instance)) return builtinLengthHint(rt, v, dflt);
  if (v.cls.lookup('__len__') !== undefined) {
    try {
      return len(rt, v);
    } catch (e) {
      if (!exceptionIs(rt, e, 'TypeError')) throw e;
      clearException(rt, e);
    }
  }
  let r: Value | undefined;
  try {
    r = callMethodIfDefined(rt, v, '__length_hint__', []);
  } catch (e) {
    if (!exceptionIs(rt, e, 'TypeError')) throw e;
    clearException(rt, e);
    return dflt;
  }
  if (r === undefined) return dflt;
  if (r === NotImplemented) return dflt;
  try {
    const isInt = typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean' || (r instanceof Instance && rt.typeOf(r).isSubclassOf(rt.types.get('int')));
    if (!isInt) throw rt.typeError(`__length_hint__ must be an integer, not ${rt.typeName(r)}`);
    const n = indexOf(rt, r);
    if (n !== undefined && n < 0) throw rt.error('ValueError', '__length_hint__() should return >= 0');
    return n === undefined ? dflt : Number(n);
  } finally {
    rt.decref(r);
  }
}

/**
 * PyObject_LengthHint of a builtin object: its sq_length, else the
 * __length_hint__ of its type (the sequence, dict, set, range and reversed
 * iterators), else `dflt` (generators, map, zip, filter, ...).
 */
function builtinLengthHint(rt: Runtime, v: Value, dflt: number): number {
  if (v instanceof ListObject || v instanceof TupleObject) return v.items.length;
  if (typeof v === 'string') return len(rt, v);
  if (v === null || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return dflt;
  const s = rt.slotsOf(v);
  if (s.sq_length !== undefined) return s.sq_length(rt, v);
  const m = findBuiltinMethod(rt, v, '__length_hint__');
  if (m === undefined) return dflt;
  const r = m(rt, v, [], null);
  if (typeof r === 'number') return r;
  rt.decref(r);
  return dflt;
}

export function len(rt: Runtime, v: Value): number {
  const n = lenExact(rt, v);
  if (typeof n === 'bigint') throw rt.error('OverflowError', "cannot fit 'int' into an index-sized integer");
  return n;
}

/**
 * PyObject_Size as builtins.len returns it: a `__len__` result past 2**53
 * (up to sys.maxsize) is the exact int, a bigint.
 */
export function lenExact(rt: Runtime, v: Value): number | bigint {
  if (v instanceof ClassObject) {
    const n = metaDunder(rt, v, '__len__', []);
    if (n !== undefined) return lenResultExact(rt, n);
  }
  if (v instanceof Instance) {
    const n = callMethodIfDefined(rt, v, '__len__', []);
    if (n !== undefined) return lenResultExact(rt, n);
  } else if (v instanceof WeakProxy) return lenExact(rt, rt.unwrapProxy(v));
  const s = rt.slotsOf(v);
  if (s.sq_length !== undefined) return s.sq_length(rt, v);
  const viaMeta = callMetaclassMethod(rt, v, '__len__', []);
  if (viaMeta !== undefined) return lenResultExact(rt, viaMeta);
  throw rt.typeError(`object of type '${rt.typeName(v)}' has no len()`);
}

/**
 * A class whose metaclass (written in Python) defines `name`: the slot the
 * metaclass provides for its classes (len(Color), iter(Color), x in Color).
 * Returns the call's result (new reference), or undefined when there is none.
 */
function callMetaclassMethod(rt: Runtime, v: Value, name: string, args: Value[]): Value | undefined {
  if (!(v instanceof ClassObject) || v.meta === null) return undefined;
  const m = v.meta.lookup(name);
  if (m === undefined) return undefined;
  rt.incref(m);
  try {
    return callUnbound(rt, m, v, args);
  } finally {
    rt.decref(m);
  }
}

/** callMethodIfDefined after its lookup: call `m`, found on the type of `v`, holding a reference to it meanwhile. */
function callFoundOnTypeOwned(rt: Runtime, m: Value, v: Instance, args: Value[] = []): Value {
  rt.heap.incref(m);
  try {
    return callFoundOnType(rt, m, v, v.cls, args);
  } finally {
    rt.heap.decref(m);
  }
}

/** `item in container` (PySequence_Contains). */
export function contains(rt: Runtime, container: Value, item: Value): boolean {
  if (container instanceof ClassObject) {
    const r = metaDunder(rt, container, '__contains__', [item]);
    if (r !== undefined) {
      const t = truthy(rt, r);
      rt.decref(r);
      return t;
    }
  }
  if (container instanceof Instance) {
    const m = container.cls.lookup('__contains__');
    // slot_sq_contains: `__contains__ = None` refuses `in` (no iteration fallback).
    if (m === null) throw rt.typeError(`'${rt.typeName(container)}' object is not a container`);
    const r = m === undefined ? undefined : callFoundOnTypeOwned(rt, m, container, [item]);
    if (r !== undefined) {
      const t = truthy(rt, r);
      rt.decref(r);
      return t;
    }
  } else if (container instanceof WeakProxy) return contains(rt, rt.unwrapProxy(container), item);
  const s = rt.slotsOf(container);
  if (s.sq_contains !== undefined) return s.sq_contains(rt, container, item);
  const viaMeta = callMetaclassMethod(rt, container, '__contains__', [item]);
  if (viaMeta !== undefined) {
    const t = truthy(rt, viaMeta);
    rt.decref(viaMeta);
    return t;
  }
  // Fall back to iteration (_PySequence_IterSearch).
  // PyObject_GetIter's TypeError (`__iter__ = None` too) becomes _PySequence_IterSearch's message.
  if (!isIterable(rt, container) || (container instanceof Instance && container.cls.lookup('__iter__') === null)) {
    throw rt.typeError(`argument of type '${rt.typeName(container)}' is not iterable`);
  }
  const it = iter(rt, container);
  try {
    for (;;) {
      const x = next(rt, it);
      if (x === undefined) return false;
      const hit = eq(rt, x, item);
      rt.decref(x);
      if (hit) return true;
    }
  } finally {
    rt.decref(it);
  }
}

// ---- iteration -------------------------------------------------------------

/** iter(v): a new reference to an iterator. */
export function iter(rt: Runtime, v: Value): Value {
  if (v instanceof WeakProxy) return iter(rt, rt.unwrapProxy(v));
  if (v instanceof ClassObject) {
    const r = metaDunder(rt, v, '__iter__', []);
    if (r !== undefined) {
      if (!isIterator(rt, r)) {
        const t = rt.typeName(r);
        rt.decref(r);
        throw rt.typeError(`iter() returned non-iterator of type '${t}'`);
      }
      return r;
    }
  }
  if (v instanceof Instance) {
    const m = v.cls.lookup('__iter__');
    // slot_tp_iter: `__iter__ = None` makes instances not iterable.
    if (m === null) throw rt.typeError(`'${rt.typeName(v)}' object is not iterable`);
    const r = m === undefined ? undefined : callFoundOnTypeOwned(rt, m, v);
    if (r !== undefined) {
      if (!isIterator(rt, r)) {
        const t = rt.typeName(r);
        rt.decref(r);
        throw rt.typeError(`iter() returned non-iterator of type '${t}'`);
      }
      return r;
    }
    // The sequence protocol only when the type has no tp_iter (a dict subclass's __getitem__ is not used).
    if (v.cls.lookup('__getitem__') !== undefined && rt.slotsOf(v).tp_iter === undefined) return newSeqIterator(rt, v, 'iterator');
  }
  const s = rt.slotsOf(v);
  if (s.tp_iter !== undefined) return s.tp_iter(rt, v);
  const viaMeta = callMetaclassMethod(rt, v, '__iter__', []);
  if (viaMeta !== undefined) return viaMeta;
  throw rt.typeError(`'${rt.typeName(v)}' object is not iterable`);
}

/** Could iter(v) succeed (without calling anything)? */
export function isIterable(rt: Runtime, v: Value): boolean {
  if (v instanceof WeakProxy) return true;
  if (v instanceof Instance && (v.cls.lookup('__iter__') !== undefined || v.cls.lookup('__getitem__') !== undefined)) return true;
  if (v instanceof ClassObject && v.meta !== null && v.meta.lookup('__iter__') !== undefined) return true;
  return rt.slotsOf(v).tp_iter !== undefined;
}

export function isIterator(rt: Runtime, v: Value): boolean {
  if (v instanceof WeakProxy) return true;
  if (v instanceof Instance && v.cls.lookup('__next__') !== undefined) return true;
  return rt.slotsOf(v).tp_iternext !== undefined;
}

/** next(it): a new reference, or undefined when the iterator is exhausted. One step of work. */
export function next(rt: Runtime, it: Value): Value | undefined {
  rt.evaluator.chargeSteps(1);
  if (it instanceof Instance) {
    if (it.cls.lookup('__next__') !== undefined) {
      try {
        return callMethodIfDefined(rt, it, '__next__', [])!;
      } catch (e) {
        if (isStopIteration(rt, e)) return undefined;
        throw e;
      }
    }
  } else if (it instanceof WeakProxy) {
    const r = rt.unwrapProxy(it);
    if (!isIterator(rt, r)) throw rt.typeError(`Weakref proxy referenced a non-iterator '${rt.typeName(r)}' object`);
    return next(rt, r);
  }
  const s = rt.slotsOf(it);
  if (s.tp_iternext !== undefined) return s.tp_iternext(rt, it);
  throw rt.typeError(`'${rt.typeName(it)}' object is not an iterator`);
}

/**
 * The slot table whose tp_iternext `next(rt, it)` calls, for an iterator
 * whose type is a builtin type (not a class statement's class, not a weak
 * proxy): the type, and so the slot, is fixed for the iterator's life, so
 * a loop may look it up once and then make each step as `next` does,
 * `chargeSteps(1)` and `slots.tp_iternext(rt, it)` (FOR_ITER's
 * specialisations for builtin iterators). Undefined when `next` must be
 * asked each time.
 */
export function builtinIterSlots(rt: Runtime, it: Value): TypeSlots | undefined {
  if (!isObject(it) || it instanceof Instance || it instanceof WeakProxy) return undefined;
  if (rt.typeOf(it).heapType) return undefined;
  const s = rt.slotsOf(it);
  return s.tp_iternext !== undefined ? s : undefined;
}

/**
 * One step of a loop over `it` whose builtinIterSlots were looked up once
 * (`slots`): what next(rt, it) does, without its type tests when the slot
 * is known. A builtin consuming an iterable (any, all, sum, min, max,
 * list.extend, the gathering of list/tuple/sorted/join) steps it so.
 */
export function nextStep(rt: Runtime, it: Value, slots: TypeSlots | undefined): Value | undefined {
  if (slots === undefined) return next(rt, it);
  rt.evaluator.chargeSteps(1);
  return slots.tp_iternext!(rt, it);
}

export function isStopIteration(rt: Runtime, e: unknown): boolean {
  if (!(e instanceof PyException)) return false;
  if (e.pyType === 'StopIteration') {
    rt.decref(e.pyValue);
    e.pyValue = undefined;
    return true;
  }
  const v = e.pyValue;
  if (v instanceof Instance && v.cls.isSubclassOf(rt.types.get('StopIteration'))) {
    rt.decref(v);
    e.pyValue = undefined;
    return true;
  }
  return false;
}

/**
 * The longest list, tuple or str gclab builds (V8's arrays stop near 2**27
 * elements, its strings near 2**29 characters): longer is MemoryError, as a
 * failed allocation is in CPython.
 */
export const MAX_SEQUENCE_LENGTH = 2 ** 26;

/** Collect an iterable into a JS array of new references. */
export function toArray(rt: Runtime, v: Value): Value[] {
  // PyList_CheckExact / PyTuple_CheckExact: a subclass goes through its (maybe overridden) __iter__.
  if ((v instanceof ListObject || v instanceof TupleObject) && !v.hasInstanceLayout) {
    rt.evaluator.chargeSteps(v.items.length);
    return v.items.map((x) => rt.incref(x));
  }
  if (v instanceof RangeObject && v.big === null) {
    // The length is known: the whole loop's steps are counted first, so
    // max(range(10**12)) stops at once under --max-steps, and a list longer
    // than gclab can hold fails before any work.
    const n = v.length;
    rt.evaluator.chargeSteps(n);
    if (n > MAX_SEQUENCE_LENGTH) throw rt.error('MemoryError');
    const out = new Array<Value>(n);
    for (let i = 0; i < n; i++) out[i] = v.start + i * v.step;
    return out;
  }
  const out: Value[] = [];
  const it = iter(rt, v);
  const slots = builtinIterSlots(rt, it);
  try {
    for (;;) {
      const x = nextStep(rt, it, slots);
      if (x === undefined) return out;
      out.push(x);
    }
  } catch (e) {
    releaseGathered(rt, out);
    throw e;
  } finally {
    rt.decref(it);
  }
}

/**
 * The items gathered before the iterable raised, released as the list or
 * tuple CPython was filling releases them when it is freed (list_dealloc,
 * tupledealloc): last first.
 */
function releaseGathered(rt: Runtime, out: Value[]): void {
  for (let i = out.length - 1; i >= 0; i--) rt.decref(out[i]);
}

/** PySequence_Tuple's gathering: toArray, with the length hint asked after the iterator is taken. */
export function toArrayWithHint(rt: Runtime, v: Value): Value[] {
  return gatherWithHint(rt, v).items;
}

/**
 * PySequence_Tuple's items and the size of the tuple it allocated for them
 * (`allocSize`, the free list the new tuple is taken from). An exact list
 * or tuple is copied at its size (PyList_AsTuple). Anything else:
 * `PyTuple_New(PyObject_LengthHint(v, 10))` after the iterator is taken (a
 * map, filter, zip or generator has no hint: 10), grown while items come
 * (from the empty tuple, `_PyTuple_Resize` is `PyTuple_New(12)`; from a
 * real one, PyObject_GC_Resize, no new allocation) and cut back to the
 * items' count at the end (the resized tuple goes to the free list of its
 * final size when freed). A hint past zero with no items: the tuple of the
 * hint's size is made and freed, and the result is the empty tuple.
 */
export interface GatheredTuple {
  items: Value[];
  allocSize: number;
  /** The tuple's allocation was counted (and, with no items, its free) while the items came: `early`. */
  counted: boolean;
}

/**
 * `early`: the caller builds the tuple (or its phantom) with `allocSize`
 * afterwards; a builtin iterable's hint-sized tuple is counted here before
 * the items are pulled, when PySequence_Tuple allocates it (a generator's
 * frame, function and result tuple are alive together), and freed here when
 * no item came (`counted` says so; the caller's tuple is then precounted).
 */
export function gatherWithHint(rt: Runtime, v: Value, early = false): GatheredTuple {
  if ((v instanceof ListObject || v instanceof TupleObject) && !v.hasInstanceLayout) {
    const items = toArray(rt, v);
    return { items, allocSize: items.length, counted: false };
  }
  if (!(v instanceof Instance)) {
    // A builtin's hint has no effects, so it is asked before the iteration toArray makes.
    const hint = builtinLengthHint(rt, v, SEQUENCE_TUPLE_DEFAULT_HINT);
    if (!early || hint <= 0) {
      const items = toArray(rt, v);
      return { items, allocSize: sequenceTupleAllocSize(hint, items.length), counted: false };
    }
    rt.heap.phantomAlloc(tupleAllocSlot(hint));
    let items: Value[];
    try {
      items = toArray(rt, v);
    } catch (e) {
      rt.heap.phantomFree(tupleFreeSlot(hint));
      throw e;
    }
    if (items.length === 0) rt.heap.phantomFree(tupleFreeSlot(hint));
    return { items, allocSize: hint, counted: true };
  }
  const out: Value[] = [];
  const it = iter(rt, v);
  try {
    const hint = lengthHint(rt, v, SEQUENCE_TUPLE_DEFAULT_HINT);
    for (;;) {
      const x = next(rt, it);
      if (x === undefined) return { items: out, allocSize: sequenceTupleAllocSize(hint, out.length), counted: false };
      out.push(x);
    }
  } catch (e) {
    releaseGathered(rt, out);
    throw e;
  } finally {
    rt.decref(it);
  }
}

/** PySequence_Tuple's `PyObject_LengthHint(v, 10)`. */
const SEQUENCE_TUPLE_DEFAULT_HINT = 10;

/**
 * The size PySequence_Tuple's tuple was allocated at, for `hint` and the
 * `n` items it got: PyTuple_New(hint), or PyTuple_New(12) when the hint
 * was 0 and items came (0 + 10, plus a quarter); 0 when no tuple was made.
 */
export function sequenceTupleAllocSize(hint: number, n: number): number {
  if (hint > 0) return hint;
  return n === 0 ? 0 : 12;
}

// ---- items -------------------------------------------------------------------

/**
 * PyNumber_Index: an int, or what an instance's __index__ returns (which
 * must be an int); undefined when the value has no integer meaning.
 */
export function indexOf(rt: Runtime, v: Value): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof WeakProxy) return indexOf(rt, rt.unwrapProxy(v)); // proxy_index
  if (typeof v === 'boolean') return +v;
  if (v instanceof IntSubInstance && v.cls.lookup('__index__') === undefined) return v.value as number | bigint;
  if (v instanceof Instance && v.cls.lookup('__index__') !== undefined) {
    const r = callMethodIfDefined(rt, v, '__index__', [])!;
    const i = intFromDunderResult(rt, '__index__', r);
    if (i !== undefined) return i;
    const t = rt.typeName(r);
    rt.decref(r);
    throw rt.typeError(`__index__ returned non-int (type ${t})`);
  }
  return undefined;
}

export function normIndex(rt: Runtime, idx: Value, n: number, what: string): number {
  const j = indexOf(rt, idx);
  if (j === undefined) {
    if (what === 'string') throw rt.typeError(`string indices must be integers, not '${rt.typeName(idx)}'`);
    // list_ass_subscript says "list indices" (only its IndexError says "list assignment").
    const w = what === 'range object' ? 'range' : what === 'list assignment' ? 'list' : what;
    throw rt.typeError(`${w} indices must be integers or slices, not ${rt.typeName(idx)}`);
  }
  if (typeof j === 'bigint') throw rt.error('IndexError', `cannot fit 'int' into an index-sized integer`);
  const i = j;
  const k = i < 0 ? i + n : i;
  if (k < 0 || k >= n) throw rt.error('IndexError', `${what} index out of range`);
  return k;
}

/** _PyEval_SliceIndex: None, or an integer (an __index__ result), clamped to the int range. */
function sliceIndex(rt: Runtime, v: Value): number | null {
  if (v === null) return null;
  const i = indexOf(rt, v);
  if (i === undefined) throw rt.typeError('slice indices must be integers or None or have an __index__ method');
  if (typeof i === 'bigint') return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/**
 * _PyEval_SliceIndexNotNone: an integer (an __index__ result), clamped to
 * the index range (list.index's and tuple.index's start and stop).
 */
export function sliceIndexNotNone(rt: Runtime, v: Value): number {
  const i = v === null ? undefined : indexOf(rt, v);
  if (i === undefined) throw rt.typeError('slice indices must be integers or have an __index__ method');
  if (typeof i === 'bigint') return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/**
 * list_index_impl / tuple_index_impl's range: start and stop as
 * _PyEval_SliceIndexNotNone reads them, negative ones counted from the end
 * (and clamped at 0).
 */
export function indexSearchRange(rt: Runtime, args: Value[], n: number): [number, number] {
  let start = args.length > 1 ? sliceIndexNotNone(rt, args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(rt, args[2]) : Number.MAX_SAFE_INTEGER;
  if (start < 0) start = Math.max(start + n, 0);
  if (stop < 0) stop = Math.max(stop + n, 0);
  return [start, stop];
}

/**
 * PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step] of the slice
 * object `s` applied to a sequence of length n.
 */
export function sliceObjectIndices(rt: Runtime, s: SliceObject, n: number): [number, number, number] {
  const step = sliceIndex(rt, s.refs[2] as Value) ?? 1;
  if (step === 0) throw rt.error('ValueError', 'slice step cannot be zero');
  const lower = sliceIndex(rt, s.refs[0] as Value);
  const upper = sliceIndex(rt, s.refs[1] as Value);
  const adj = (x: number | null, dflt: number, lo: number, hi: number) => {
    if (x === null) return dflt;
    if (x < 0) x += n;
    return Math.min(Math.max(x, lo), hi);
  };
  if (step > 0) return [adj(lower, 0, 0, n), adj(upper, n, 0, n), step];
  return [adj(lower, n - 1, -1, n - 1), adj(upper, -1, -1, n - 1), step];
}

/** v[k]: a new reference. */
export function getItem(rt: Runtime, v: Value, k: Value): Value {
  if (v instanceof Instance) {
    const r = callMethodIfDefined(rt, v, '__getitem__', [k]);
    if (r !== undefined) return r;
  } else if (v instanceof WeakProxy) return getItem(rt, rt.unwrapProxy(v), k);
  if (v instanceof ClassObject) return classGetItem(rt, v, k);
  const s = rt.slotsOf(v);
  if (k instanceof SliceObject && s.sq_slice !== undefined && s.sq_length !== undefined) {
    const [start, stop, step] = sliceObjectIndices(rt, k, s.sq_length(rt, v));
    return s.sq_slice(rt, v, start, stop, step);
  }
  if (s.mp_subscript !== undefined) return s.mp_subscript(rt, v, k);
  throw rt.typeError(`'${rt.typeName(v)}' object is not subscriptable`);
}

/**
 * C[k] (PyObject_GetItem on a class): the metaclass's __getitem__ when it
 * has one, else the class's __class_getitem__ (an implicit classmethod),
 * else "type 'C' is not subscriptable".
 */
function classGetItem(rt: Runtime, c: ClassObject, k: Value): Value {
  const meta = c.meta;
  const mget = meta?.lookup('__getitem__');
  if (mget !== undefined) return callUnboundOwned(rt, mget, c, [k]);
  // PyObject_GetItem: type[int] is a GenericAlias (type has no __class_getitem__).
  if (c === rt.types.get('type')) return newGenericAlias(rt, c, k);
  const cgi = c.lookup('__class_getitem__');
  if (cgi === undefined) {
    for (const b of c.mro) {
      const m = builtinMethodOf(b, '__class_getitem__');
      if (m !== undefined) return m(rt, c, [k], null);
    }
  } else {
    const f = descrGet(rt, cgi, undefined, c) ?? rt.incref(cgi);
    try {
      return call(rt, f, [k]);
    } finally {
      rt.decref(f);
    }
  }
  throw rt.typeError(`type '${c.tpName ?? c.name}' is not subscriptable`);
}

function callUnboundOwned(rt: Runtime, f: Value, self: Value, args: Value[]): Value {
  rt.incref(f);
  try {
    return callUnbound(rt, f, self, args);
  } finally {
    rt.decref(f);
  }
}

/**
 * A metaclass's own dunder called on a class (the slot_* wrappers that a
 * metaclass written in Python installs on its instances), or undefined
 * when `v` is not such a class or its metaclass does not define `name`.
 */
function metaDunder(rt: Runtime, v: Value, name: string, args: Value[]): Value | undefined {
  if (!(v instanceof ClassObject) || v.meta === null) return undefined;
  const m = v.meta.lookup(name);
  if (m === undefined) return undefined;
  return callUnboundOwned(rt, m, v, args);
}

export function keyErrorFor(rt: Runtime, k: Value): Error {
  return pyException(rt, 'KeyError', [k]);
}

export function setItem(rt: Runtime, v: Value, k: Value, x: Value): void {
  if (v instanceof Instance) {
    const r = callMethodIfDefined(rt, v, '__setitem__', [k, x]);
    if (r !== undefined) {
      rt.decref(r);
      return;
    }
  } else if (v instanceof WeakProxy) return setItem(rt, rt.unwrapProxy(v), k, x);
  const s = rt.slotsOf(v);
  if (s.mp_ass_subscript !== undefined) return s.mp_ass_subscript(rt, v, k, x);
  throw rt.typeError(`'${rt.typeName(v)}' object does not support item assignment`);
}

export function delItem(rt: Runtime, v: Value, k: Value): void {
  if (v instanceof Instance) {
    const r = callMethodIfDefined(rt, v, '__delitem__', [k]);
    if (r !== undefined) {
      rt.decref(r);
      return;
    }
  } else if (v instanceof WeakProxy) return delItem(rt, rt.unwrapProxy(v), k);
  const s = rt.slotsOf(v);
  if (s.mp_ass_subscript !== undefined) return s.mp_ass_subscript(rt, v, k, undefined);
  // PyObject_DelItem: a type with tp_as_sequence (every class a program defines, the builtin
  // types with sequence slots) hands an index key to PySequence_DelItem, whose message is
  // "doesn't"; any other case ends in PyObject_DelItem's own "does not".
  const hasSequence = (v instanceof Instance && v.cls.bases.length > 0) || s.sq_contains !== undefined || s.sq_length !== undefined || s.sq_slice !== undefined;
  const isIndex = typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' || (k instanceof Instance && k.cls.lookup('__index__') !== undefined);
  const verb = hasSequence && isIndex ? "doesn't" : 'does not';
  throw rt.typeError(`'${rt.typeName(v)}' object ${verb} support item deletion`);
}

