/**
 * The lazy iterators of the builtins (Objects/enumobject.c,
 * Python/bltinmodule.c, Objects/iterobject.c): enumerate, zip, map, filter,
 * reversed and iter(callable, sentinel) pull one
 * item from their source iterators per next(), so objects are created and
 * released exactly when CPython's are. refs: the source iterators (and the
 * function for map/filter); exhausted iterators drop them.
 */
import { ListObject, TupleObject, isObject, tupleAllocSlot, tupleFreeSlot, newSubtypeInstance, withInstanceLayout, type ClassObject, type Heap, type Value, type Visit } from '../../heap';
import { call } from './calls';
import { RefHolder } from './native-objects';
import { eq, getItem, indexOf, isStopIteration, iter, next, truthy } from './operators';
import { getBuiltin } from './builtins';
import { registerType, type BuiltinType, type TypeSlots } from './type-slots';
import type { MethodImpl } from './attributes';
import { swallow } from './generic-getattr';
import { Instance, PyException } from '../../heap';
import type { Kwargs, Runtime } from './runtime';

export type LazyKind = 'enumerate' | 'zip' | 'map' | 'filter' | 'reversed' | 'list_reverseiterator' | 'callable_iterator';

export class LazyIterator extends RefHolder {
  /** enumerate's next index; reversed's next position. */
  index = 0;
  /** enumerate's next index once it is past 2**53 (en_longindex), else null. */
  bigIndex: bigint | null = null;
  /**
   * enumerate's en_result / zip's result: the result tuple, kept and reused
   * when nobody else holds it (so the iterator keeps the last item alive).
   * It is the last of `refs`.
   */
  hasResult = false;
  /** zip(strict=True): unequal lengths raise ValueError. */
  strict = false;
  constructor(
    readonly kind: LazyKind,
    refs: Value[],
  ) {
    super(refs);
  }
  get typeName(): string {
    return this.kind;
  }
  /** filter_traverse visits the iterator before the function (filter_dealloc releases the function first). */
  override traverse(visit: Visit): void {
    if (this.kind !== 'filter') return super.traverse(visit);
    const [fn, it] = this.refs;
    if (isObject(it)) visit(it);
    if (isObject(fn)) visit(fn);
  }
  /** The type's own dealloc releases, for a subclass instance's subtype_dealloc (after its __dict__). */
  override releaseOwnReferences(heap: Heap): void {
    const r = this.refs;
    this.refs = r.map(() => undefined);
    if (this.kind === 'filter') {
      // filter_dealloc: the function, then the iterator.
      for (const v of r) heap.xdecref(v);
      return;
    }
    for (const v of r) heap.xdecref(v);
  }
}

/**
 * An instance of a class statement deriving from enumerate, zip, map,
 * filter or reversed (Py_TPFLAGS_BASETYPE): the iterator's fields plus a
 * class, __slots__, a __dict__ and weak references.
 */
export class LazyIteratorSubInstance extends withInstanceLayout(LazyIterator) {}

/** A new iterator of `kind`, of the builtin type itself or (cls given) of a subclass. */
function make(rt: Runtime, kind: LazyKind, refs: Value[], cls?: ClassObject): LazyIterator {
  if (cls !== undefined) return newSubtypeInstance(rt.heap, cls, () => new LazyIteratorSubInstance(kind, refs));
  rt.heap.reserve();
  const it = rt.heap.register(new LazyIterator(kind, refs));
  rt.heap.track(it);
  return it;
}

/** Iterators over each argument (new references), released if one fails. */
function iterators(rt: Runtime, sources: Value[]): Value[] {
  const its: Value[] = [];
  try {
    for (const s of sources) its.push(iter(rt, s));
  } catch (e) {
    for (const i of its) rt.decref(i);
    throw e;
  }
  return its;
}

export function makeEnumerate(rt: Runtime, source: Value, start: number | bigint, cls?: ClassObject): Value {
  const its = iterators(rt, [source]);
  const it = make(rt, 'enumerate', [...its, rt.newTuple([null, null])], cls);
  if (typeof start === 'bigint' || !Number.isSafeInteger(start + 1)) it.bigIndex = BigInt(start);
  else it.index = start;
  it.hasResult = true;
  return it;
}

/**
 * zip_new: the iterators go in a tuple (ittuple), then the result tuple;
 * refs = [ittuple, result]. zip_traverse and zip_dealloc take them in that
 * order, so the iterators are reached and released as a tuple's items are:
 * last to first.
 */
export function makeZip(rt: Runtime, sources: Value[], strict = false, cls?: ClassObject): Value {
  const its = iterators(rt, sources);
  if (its.length === 0) {
    const empty = make(rt, 'zip', [], cls);
    empty.strict = strict;
    return empty;
  }
  const it = make(rt, 'zip', [rt.tupleSteal(its), rt.newTuple(its.map(() => null))], cls);
  it.hasResult = true;
  it.strict = strict;
  return it;
}

/** enum_next / zip_next: reuse the cached result tuple if only the iterator holds it. */
function result(rt: Runtime, it: LazyIterator, items: Value[]): Value {
  const cached = it.refs[it.refs.length - 1] as TupleObject;
  if (cached.refcnt === 1) {
    const old = cached.items;
    cached.items = items;
    rt.heap.trackingChanges++;
    for (const x of old) rt.decref(x);
    if (cached.gcSlot < 0) rt.heap.track(cached);
    return rt.incref(cached);
  }
  return rt.tupleSteal(items);
}

/** map_new: refs = [iters (a tuple of the iterators), func], map_traverse's and map_dealloc's order. */
export function makeMap(rt: Runtime, fn: Value, sources: Value[], cls?: ClassObject): Value {
  const its = iterators(rt, sources);
  return make(rt, 'map', [rt.tupleSteal(its), rt.incref(fn)], cls);
}

export function makeFilter(rt: Runtime, fn: Value, source: Value, cls?: ClassObject): Value {
  const its = iterators(rt, [source]);
  return make(rt, 'filter', [rt.incref(fn), ...its], cls);
}

/**
 * reversed_new_impl's object: `seq` (any sequence: __len__ and
 * __getitem__) read from index `length - 1` down by PySequence_GetItem.
 */
export function makeSequenceReversed(rt: Runtime, seq: Value, length: number, cls?: ClassObject): Value {
  const it = make(rt, 'reversed', [rt.incref(seq)], cls);
  it.index = length - 1;
  return it;
}

/** iter(callable, sentinel): PyCallIter_New; refs are [callable, sentinel]. */
export function makeCallIterator(rt: Runtime, fn: Value, sentinel: Value): Value {
  return make(rt, 'callable_iterator', [rt.incref(fn), rt.incref(sentinel)]);
}

/**
 * calliter_iternext: call the callable; a result equal to the sentinel
 * (PyObject_RichCompareBool(sentinel, result), identity first) or a
 * StopIteration ends the iterator, which then drops the callable and the
 * sentinel (Py_CLEAR, in that order) before the result is released.
 */
function callIterNext(rt: Runtime, it: LazyIterator): Value | undefined {
  const fn = it.refs[0] as Value;
  let result: Value;
  try {
    result = call(rt, fn, []);
  } catch (e) {
    if (!isStopIteration(rt, e)) throw e;
    callIterEnd(rt, it);
    return undefined;
  }
  return callIterResult(rt, it, result);
}

/** calliter_iternext's end: the callable and the sentinel are dropped (Py_CLEAR). */
export function callIterEnd(rt: Runtime, it: LazyIterator): void {
  it.setRef(rt.heap, 0, undefined);
  it.setRef(rt.heap, 1, undefined);
}

/**
 * calliter_iternext once the callable returned `result` (owned): the item,
 * or undefined when it equals the sentinel (the iterator then ends).
 */
export function callIterResult(rt: Runtime, it: LazyIterator, result: Value): Value | undefined {
  const sentinel = it.refs[1] as Value;
  let same: boolean;
  try {
    same = eq(rt, sentinel, result);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  if (!same) return result;
  callIterEnd(rt, it);
  rt.decref(result);
  return undefined;
}

/** list_reversed: list_reverseiterator over a list (or list subclass), from its last item. */
export function makeReversed(rt: Runtime, seq: ListObject | TupleObject): Value {
  const it = make(rt, 'list_reverseiterator', [rt.incref(seq)]);
  it.index = seq.items.length - 1;
  return it;
}

/** enum_next's index, counting on in a bigint past 2**53 (as int values are kept: a number while safe). */
function enumerateIndex(it: LazyIterator): number | bigint {
  const big = it.bigIndex;
  if (big === null) {
    const i = it.index++;
    if (!Number.isSafeInteger(it.index + 1)) it.bigIndex = BigInt(it.index);
    return i;
  }
  it.bigIndex = big + 1n;
  return big >= -MAX_SAFE && big <= MAX_SAFE ? Number(big) : big;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** zip_next with strict: every argument must end together (zip_next's messages). */
function strictCheck(rt: Runtime, sources: Array<Value | undefined>, i: number): void {
  if (i > 0) throw rt.error('ValueError', `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : `-${i}`}`);
  for (let j = 1; j < sources.length; j++) {
    const x = next(rt, sources[j] as Value);
    if (x !== undefined) {
      rt.decref(x);
      throw rt.error('ValueError', `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : `-${j}`}`);
    }
  }
}

/** next() of a lazy iterator: a new reference, or undefined when done. */
function step(rt: Runtime, it: LazyIterator): Value | undefined {
  // Exhausted: enumerate, zip, map and filter keep what they hold until
  // they die (their sources keep answering "done"); a reverse list
  // iterator lets go of its list at once (listreviter_next).
  const done = () => {
    if (it.kind === 'list_reverseiterator') it.setRef(rt.heap, 0, undefined);
    return undefined;
  };
  if (it.refs.length === 0 || it.refs[0] === undefined) return undefined;
  const sources = it.kind === 'zip' ? (it.refs[0] as TupleObject).items : it.hasResult ? it.refs.slice(0, -1) : it.refs;
  switch (it.kind) {
    case 'enumerate': {
      const x = next(rt, sources[0] as Value);
      if (x === undefined) return done();
      return result(rt, it, [enumerateIndex(it), x]);
    }
    case 'zip': {
      const items: Value[] = [];
      for (let i = 0; i < sources.length; i++) {
        const x = next(rt, sources[i] as Value);
        if (x === undefined) {
          for (const y of items) rt.decref(y);
          // zip_next makes a new result tuple before reading when the cached one
          // is shared; at the end that tuple is freed unused (to its free list).
          if ((it.refs[1] as TupleObject).refcnt !== 1) {
            rt.heap.phantomAlloc(tupleAllocSlot(sources.length));
            rt.heap.phantomFree(tupleFreeSlot(sources.length));
          }
          if (it.strict) strictCheck(rt, sources, i);
          return done();
        }
        items.push(x);
      }
      return result(rt, it, items);
    }
    case 'map': {
      const items: Value[] = [];
      for (const src of (it.refs[0] as TupleObject).items.slice()) {
        const x = next(rt, src as Value);
        if (x === undefined) {
          for (const y of items) rt.decref(y);
          return done();
        }
        items.push(x);
      }
      try {
        return call(rt, it.refs[1] as Value, items);
      } finally {
        for (const y of items) rt.decref(y);
      }
    }
    case 'filter': {
      const fn = it.refs[0] as Value;
      for (;;) {
        const x = next(rt, it.refs[1] as Value);
        if (x === undefined) return done();
        let keep: boolean;
        try {
          if (fn === null) keep = truthy(rt, x);
          else {
            const r = call(rt, fn, [x]);
            keep = truthy(rt, r);
            rt.decref(r);
          }
        } catch (e) {
          rt.decref(x);
          throw e;
        }
        if (keep) return x;
        rt.decref(x);
      }
    }
    case 'callable_iterator':
      return callIterNext(rt, it);
    case 'list_reverseiterator': {
      const seq = it.refs[0] as ListObject | TupleObject;
      if (it.index < 0 || it.index >= seq.items.length) return done();
      return rt.incref(seq.items[it.index--]);
    }
    case 'reversed':
      return reversedNext(rt, it);
  }
}

/**
 * reversed_next: seq[index], counting down; an IndexError or
 * StopIteration from __getitem__ ends it like reaching -1 does, and the
 * end drops the sequence (Py_CLEAR(ro->seq)).
 */
function reversedNext(rt: Runtime, it: LazyIterator): Value | undefined {
  const seq = it.refs[0] as Value;
  if (it.index >= 0) {
    try {
      const item = getItem(rt, seq, it.index);
      it.index--;
      return item;
    } catch (e) {
      if (!isIndexOrStopIteration(rt, e)) throw e;
      swallow(rt, e);
    }
  }
  it.index = -1;
  it.setRef(rt.heap, 0, undefined);
  return undefined;
}

function isIndexOrStopIteration(rt: Runtime, e: unknown): e is PyException {
  if (!(e instanceof PyException)) return false;
  if (isStopIteration(rt, e)) return true;
  const v = e.pyValue;
  const indexError = rt.types.get('IndexError');
  if (v instanceof Instance) return v.cls.isSubclassOf(indexError);
  const cls = rt.types.byName.get(e.pyType);
  return cls !== undefined && cls.isSubclassOf(indexError);
}

/** tp_iter and tp_iternext, shared by the lazy iterator types (types/*-type.ts declare the rest). */
export const lazyIteratorSlots: TypeSlots = {
  tp_iter: (rt, self) => rt.incref(self),
  tp_iternext: (rt, self) => step(rt, self as LazyIterator),
};

/** The iterator types that cannot be made by calling them (list_reverseiterator, callable_iterator). */
export function installLazyIterators(rt: Runtime): void {
  rt.registerClass(LazyIterator, rt.types.get('enumerate'));
  registerType(rt, { name: 'callable_iterator', slots: lazyIteratorSlots });
  registerType(rt, {
    name: 'list_reverseiterator',
    slots: lazyIteratorSlots,
    methods: {
      /** listreviter_len: index + 1, or 0 when done or the list shrank below it. */
      __length_hint__(_rt, self) {
        const it = self as LazyIterator;
        const seq = it.refs[0] as ListObject | undefined;
        const n = it.index + 1;
        return seq === undefined || seq.items.length < n ? 0 : n;
      },
      /** listiter_reduce_general (backward): `(reversed, (list,), index)`, or `(iter, ([],))` once exhausted. */
      __reduce__(rt2, self) {
        const it = self as LazyIterator;
        const seq = it.refs[0];
        const fn = getBuiltin(rt2, seq === undefined ? 'iter' : 'reversed');
        const arg = seq === undefined ? rt2.heap.newList([]) : rt2.incref(seq);
        const args = rt2.newTuple([arg]);
        rt2.decref(arg);
        try {
          return rt2.newTuple(seq === undefined ? [fn, args] : [fn, args, it.index]);
        } finally {
          rt2.decref(args);
        }
      },
      /** listreviter_setstate: the index, kept within -1 .. len - 1; nothing once exhausted. */
      __setstate__(rt2, self, args) {
        const it = self as LazyIterator;
        if (args.length !== 1) throw rt2.typeError(`__setstate__() takes exactly one argument (${args.length} given)`);
        const n = indexOf(rt2, args[0]);
        if (n === undefined) throw rt2.typeError(`'${rt2.typeName(args[0])}' object cannot be interpreted as an integer`);
        const seq = it.refs[0] as ListObject | undefined;
        if (seq === undefined) return null;
        const last = seq.items.length - 1;
        const index = typeof n === 'bigint' ? (n < 0n ? -1 : last) : n;
        it.index = index < -1 ? -1 : index > last ? last : index;
        return null;
      },
    },
  });
}

/**
 * `type->tp_init != Py<Type>_Type.tp_init`: whether a subclass `cls`
 * defines its own __init__, which lets map, filter and reversed accept
 * keywords (its __init__ takes them).
 */
export function ownInit(rt: Runtime, cls: ClassObject | undefined): boolean {
  if (cls === undefined) return false;
  return cls.lookup('__init__') !== rt.types.get('object').lookup('__init__');
}

/**
 * The type object of a lazy iterator that a program may call and derive
 * from: `make(rt, args, kwargs, cls)` checks the arguments and builds the
 * iterator (of the type itself when cls is undefined, else of subclass
 * cls), for both tp_new and tp_alloc.
 */
export function lazyIteratorType(
  name: LazyKind,
  make: (rt: Runtime, args: Value[], kwargs: Kwargs, cls?: ClassObject) => Value,
  methods: Record<string, MethodImpl>,
): BuiltinType {
  return {
    name,
    slots: lazyIteratorSlots,
    tp_new: (rt, args, kwargs) => make(rt, args, kwargs),
    tp_alloc: (rt, cls, args, kwargs) => make(rt, args, kwargs, cls),
    methods,
  };
}

/** A __reduce__ value `(type(self), args, *extra)` (args borrowed, packed into a new tuple). */
export function reduceValue(rt: Runtime, self: Value, args: Value[], ...extra: Value[]): Value {
  const inner = rt.newTuple(args);
  try {
    return rt.newTuple([rt.typeOf(self), inner, ...extra]);
  } finally {
    rt.decref(inner);
  }
}
