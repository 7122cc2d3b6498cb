/**
 * Iterating the arguments of the weak containers' methods: `for x in
 * other` and `other.items()` in Lib/weakref.py / Lib/_weakrefset.py, over
 * the values gclab knows how to iterate.
 *
 * An IterableArg is one of:
 *  - a JS array of values (borrowed: each is increfed when taken);
 *  - a ValueSource (next() returns NEW references; close() when done): the
 *    way a client layer passes its own iterators (e.g. a Python generator);
 *  - a heap object: list and tuple (by index, live, as listiterator), set
 *    (set iterator, size check), dict (its keys, size check), str (its
 *    characters), a weak container (its __iter__ generator: entering its
 *    iteration guard) or a WeakIterator (itself).
 * Anything else: TypeError("'int' object is not iterable").
 *
 * A MappingArg (update(), |, ==) is a dict, a weak dictionary, a
 * MappingLike, or -- like `dict(other)` for objects without .items() --
 * any iterable of pairs (JS [k, v] arrays, or 2-element tuples/lists).
 */
import {
  DictObject,
  ListObject,
  PyException,
  PyObject,
  SetObject,
  TupleObject,
  isObject,
  type Heap,
  type Value,
  type ValueSource,
} from '../heap';
import { DictCursor } from './dict-cursor';
import { notIterable } from './errors';
import { WeakContainer } from './weak-container';
import { WeakIterator } from './weak-iterator';

/** Something the weak containers can iterate. */
export type IterableArg = readonly Value[] | ValueSource | Value;

/** A source of (key, value) pairs: both NEW references; undefined at the end. */
export interface PairSource {
  next(): [Value, Value] | undefined;
  close?(): void;
}

/** A mapping defined outside this layer: `isinstance(x, Mapping)` with an items() view. */
export interface MappingLike {
  /** `x.items()`: a fresh iteration over the pairs. */
  itemsSource(heap: Heap): PairSource;
}

export type MappingArg = DictObject | MappingLike | IterableArg | ReadonlyArray<readonly [Value, Value]>;

function isValueSource(x: unknown): x is ValueSource {
  return typeof x === 'object' && x !== null && !(x instanceof PyObject) && !Array.isArray(x) && typeof (x as ValueSource).next === 'function';
}

export function isMappingLike(x: unknown): x is MappingLike {
  return typeof x === 'object' && x !== null && typeof (x as MappingLike).itemsSource === 'function';
}

/** iter(other) as a ValueSource. */
export function openSource(heap: Heap, it: IterableArg): ValueSource {
  if (Array.isArray(it)) return arraySource(heap, it as readonly Value[]);
  if (isValueSource(it)) return it;
  const v = it as Value;
  if (typeof v === 'string') return arraySource(heap, Array.from(v));
  if (!isObject(v)) throw notIterable(v);
  if (v instanceof WeakIterator) return generatorSource(heap, v, true);
  if (v instanceof WeakContainer) return generatorSource(heap, v.iter(heap), false);
  if (v instanceof ListObject || v instanceof TupleObject) return sequenceSource(heap, v);
  if (v instanceof SetObject) return setSource(heap, v);
  if (v instanceof DictObject) return dictKeysSource(heap, v);
  throw notIterable(v);
}

function arraySource(heap: Heap, values: readonly Value[]): ValueSource {
  let i = 0;
  return {
    next() {
      if (i >= values.length) return undefined;
      const v = values[i++];
      heap.incref(v);
      return v;
    },
  };
}

/** A generator object driven by a loop; `borrowed`: the caller's object (take a reference). */
function generatorSource(heap: Heap, gen: WeakIterator, borrowed: boolean): ValueSource {
  if (borrowed) heap.incref(gen);
  let held: WeakIterator | null = gen;
  return {
    next() {
      return held === null ? undefined : held.next(heap);
    },
    close() {
      const g = held;
      held = null;
      if (g !== null) heap.decref(g);
    },
  };
}

/** listiterator / tupleiterator: by index over the live sequence; releases it at the end. */
function sequenceSource(heap: Heap, seq: ListObject | TupleObject): ValueSource {
  heap.incref(seq);
  let held: ListObject | TupleObject | null = seq;
  let i = 0;
  const release = () => {
    const s = held;
    held = null;
    if (s !== null) heap.decref(s);
  };
  return {
    next() {
      if (held === null) return undefined;
      if (i >= held.items.length) {
        release();
        return undefined;
      }
      const v = held.items[i++];
      heap.incref(v);
      return v;
    },
    close: release,
  };
}

function setSource(heap: Heap, set: SetObject): ValueSource {
  heap.incref(set);
  let held: SetObject | null = set;
  const cursor = set.cursor();
  const release = () => {
    const s = held;
    held = null;
    if (s !== null) heap.decref(s);
  };
  return {
    next() {
      if (held === null) return undefined;
      const v = cursor.next();
      if (v === undefined) {
        release();
        return undefined;
      }
      heap.incref(v);
      return v;
    },
    close: release,
  };
}

function dictKeysSource(heap: Heap, dict: DictObject): ValueSource {
  const pairs = dictItemsSource(heap, dict);
  return {
    next() {
      const p = pairs.next();
      if (p === undefined) return undefined;
      heap.decref(p[1]);
      return p[0];
    },
    close: () => pairs.close?.(),
  };
}

/** dict.items() iteration: pairs of new references, with the dict iterator's checks. */
export function dictItemsSource(heap: Heap, dict: DictObject): PairSource {
  heap.incref(dict);
  let held: DictObject | null = dict;
  const cursor = new DictCursor(dict);
  const release = () => {
    const d = held;
    held = null;
    if (d !== null) heap.decref(d);
  };
  return {
    next() {
      if (held === null) return undefined;
      const i = cursor.next();
      if (i < 0) {
        release();
        return undefined;
      }
      const k = held.keys[i] as Value;
      const v = held.values[i] as Value;
      heap.incref(k);
      heap.incref(v);
      return [k, v];
    },
    close: release,
  };
}

/** Does `x` count as a Mapping (`isinstance(x, collections.abc.Mapping)`)? */
export function isMapping(x: unknown): x is DictObject | MappingLike {
  return x instanceof DictObject || isMappingLike(x);
}

/**
 * `other.items()` if other has items(), else `dict(other).items()` (the
 * pairs collected into a new dict first, as CPython's update() does).
 */
export function openPairs(heap: Heap, other: MappingArg): PairSource {
  if (other instanceof DictObject) return dictItemsSource(heap, other);
  if (isMappingLike(other)) return other.itemsSource(heap);
  const d = dictFromPairs(heap, other as IterableArg);
  try {
    return dictItemsSource(heap, d);
  } finally {
    heap.decref(d);
  }
}

/** dict(iterable_of_pairs): a new dict (new reference), with CPython's errors. */
export function dictFromPairs(heap: Heap, pairs: IterableArg | ReadonlyArray<readonly [Value, Value]>): DictObject {
  const d = heap.newDict();
  try {
    if (Array.isArray(pairs)) {
      pairs.forEach((item: Value | readonly Value[], n: number) => {
        const [k, v] = unpackPair(item, n);
        d.set(heap, k, v);
      });
      return d;
    }
    const src = openSource(heap, pairs as IterableArg);
    let n = 0;
    try {
      for (;;) {
        const item = src.next();
        if (item === undefined) break;
        try {
          const [k, v] = unpackPair(item, n);
          d.set(heap, k, v);
        } finally {
          heap.decref(item);
        }
        n++;
      }
    } finally {
      src.close?.();
    }
  } catch (e) {
    heap.decref(d);
    throw e;
  }
  return d;
}

/** The two halves of one element of dict(iterable) (borrowed from `item`). */
function unpackPair(item: Value | readonly Value[], n: number): [Value, Value] {
  let items: readonly Value[];
  if (Array.isArray(item)) items = item;
  else if (item instanceof TupleObject || item instanceof ListObject) items = item.items;
  else if (typeof item === 'string') items = Array.from(item);
  else throw new PyException('TypeError', `cannot convert dictionary update sequence element #${n} to a sequence`);
  if (items.length !== 2) {
    throw new PyException('ValueError', `dictionary update sequence element #${n} has length ${items.length}; 2 is required`);
  }
  return [items[0], items[1]];
}

/** Turn a generator's yielded 2-tuples into pairs (UNPACK_SEQUENCE). */
export function tuplePairs(heap: Heap, gen: WeakIterator): PairSource {
  let held: WeakIterator | null = gen;
  return {
    next() {
      if (held === null) return undefined;
      const t = held.next(heap);
      if (t === undefined) return undefined;
      const items = (t as TupleObject).items;
      const k = items[0];
      const v = items[1];
      heap.incref(k);
      heap.incref(v);
      heap.decref(t);
      return [k, v];
    },
    close() {
      const g = held;
      held = null;
      if (g !== null) heap.decref(g);
    },
  };
}

/** Map a source lazily, as the generator expression `(f(x) for x in source)`, holding `x` meanwhile. */
export function mapSource(heap: Heap, inner: ValueSource, f: (x: Value) => Value): ValueSource {
  let x: Value | undefined;
  let done = false;
  const dropX = () => {
    const old = x;
    x = undefined;
    if (old !== undefined) heap.decref(old);
  };
  return {
    next() {
      if (done) return undefined;
      const nx = inner.next();
      if (nx === undefined) {
        done = true;
        inner.close?.();
        dropX();
        return undefined;
      }
      const old = x;
      x = nx;
      if (old !== undefined) heap.decref(old);
      return f(nx);
    },
    close() {
      if (done) return;
      done = true;
      inner.close?.();
      dropX();
    },
  };
}

/** Filter a source lazily, as `(x for x in source if pred(x))`, holding `x` meanwhile. */
export function filterSource(heap: Heap, inner: ValueSource, pred: (x: Value) => boolean): ValueSource {
  let x: Value | undefined;
  let done = false;
  const finish = () => {
    done = true;
    inner.close?.();
    const old = x;
    x = undefined;
    if (old !== undefined) heap.decref(old);
  };
  return {
    next() {
      if (done) return undefined;
      for (;;) {
        const nx = inner.next();
        if (nx === undefined) {
          finish();
          return undefined;
        }
        const old = x;
        x = nx;
        if (old !== undefined) heap.decref(old);
        if (pred(nx)) {
          heap.incref(nx);
          return nx;
        }
      }
    },
    close() {
      if (!done) finish();
    },
  };
}

/** `(e for s in sources for e in s)`: the sources one after the other. */
export function chainSources(heap: Heap, args: IterableArg[]): ValueSource {
  let idx = 0;
  let cur: ValueSource | null = null;
  return {
    next() {
      for (;;) {
        if (cur === null) {
          if (idx >= args.length) return undefined;
          cur = openSource(heap, args[idx++]);
        }
        const v = cur.next();
        if (v !== undefined) return v;
        cur.close?.();
        cur = null;
      }
    },
    close() {
      cur?.close?.();
      cur = null;
      idx = args.length;
    },
  };
}
