/**
 * The lazy iterators of the builtins (Objects/enumobject.c,
 * Python/bltinmodule.c, Objects/iterobject.c): enumerate, zip, map, filter,
 * reversed and iter(callable, sentinel) pull one
 * item from their source iterators per next(), so objects are created and
 * released exactly when CPython's are. refs: the source iterators (and the
 * function for map/filter); exhausted iterators drop them.
 */
import { ListObject, TupleObject, isObject, type Value, type Visit } from '../../heap';
import { call } from './calls';
import { RefHolder } from './native-objects';
import { eq, isStopIteration, iter, next, truthy } from './operators';
import { registerType } from './type-slots';
import type { Runtime } from './runtime';

export type LazyKind = 'enumerate' | 'zip' | 'map' | 'filter' | 'list_reverseiterator' | 'callable_iterator';

export class LazyIterator extends RefHolder {
  /** enumerate's next index; reversed's next position. */
  index = 0;
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
}

function make(rt: Runtime, kind: LazyKind, refs: Value[]): LazyIterator {
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

export function makeEnumerate(rt: Runtime, source: Value, start: number): Value {
  const its = iterators(rt, [source]);
  const it = make(rt, 'enumerate', [...its, rt.newTuple([null, null])]);
  it.index = start;
  it.hasResult = true;
  return it;
}

/**
 * zip_new: the iterators go in a tuple (ittuple), then the result tuple;
 * refs = [ittuple, result]. zip_traverse and zip_dealloc take them in that
 * order, so the iterators are reached and released as a tuple's items are:
 * last to first.
 */
export function makeZip(rt: Runtime, sources: Value[], strict = false): Value {
  const its = iterators(rt, sources);
  if (its.length === 0) return make(rt, 'zip', []);
  const it = make(rt, 'zip', [rt.tupleSteal(its), rt.newTuple(its.map(() => null))]);
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
    for (const x of old) rt.decref(x);
    if (cached.gcPrev === null) rt.heap.track(cached);
    return rt.incref(cached);
  }
  return rt.tupleSteal(items);
}

/** map_new: refs = [iters (a tuple of the iterators), func], map_traverse's and map_dealloc's order. */
export function makeMap(rt: Runtime, fn: Value, sources: Value[]): Value {
  const its = iterators(rt, sources);
  return make(rt, 'map', [rt.tupleSteal(its), rt.incref(fn)]);
}

export function makeFilter(rt: Runtime, fn: Value, source: Value): Value {
  const its = iterators(rt, [source]);
  return make(rt, 'filter', [rt.incref(fn), ...its]);
}

/** reversed(seq): list_reverseiterator over a list or tuple, from its last item. */
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
  const sentinel = it.refs[1] as Value;
  let result: Value;
  try {
    result = call(rt, fn, []);
  } catch (e) {
    if (!isStopIteration(rt, e)) throw e;
    it.setRef(rt.heap, 0, undefined);
    it.setRef(rt.heap, 1, undefined);
    return undefined;
  }
  let same: boolean;
  try {
    same = eq(rt, sentinel, result);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  if (!same) return result;
  it.setRef(rt.heap, 0, undefined);
  it.setRef(rt.heap, 1, undefined);
  rt.decref(result);
  return undefined;
}

export function makeReversed(rt: Runtime, seq: ListObject | TupleObject): Value {
  const it = make(rt, 'list_reverseiterator', [rt.incref(seq)]);
  it.index = seq.items.length - 1;
  return it;
}

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
      return result(rt, it, [it.index++, x]);
    }
    case 'zip': {
      const items: Value[] = [];
      for (let i = 0; i < sources.length; i++) {
        const x = next(rt, sources[i] as Value);
        if (x === undefined) {
          for (const y of items) rt.decref(y);
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
  }
}

export function installLazyIterators(rt: Runtime): void {
  for (const kind of ['enumerate', 'zip', 'map', 'filter', 'list_reverseiterator', 'callable_iterator'] as const) {
    if (!rt.types.byName.has(kind)) rt.types.make(kind, [rt.types.get('object')], 'builtins');
  }
  rt.registerClass(LazyIterator, rt.types.get('enumerate'));
  for (const kind of ['enumerate', 'zip', 'map', 'filter', 'list_reverseiterator', 'callable_iterator']) {
    registerType(rt, {
      name: kind,
      slots: {
        tp_iter: (rt2, self) => rt2.incref(self),
        tp_iternext: (rt2, self) => step(rt2, self as LazyIterator),
      },
    });
  }
}
