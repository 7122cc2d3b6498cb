/**
 * What WeakValueDictionary and WeakKeyDictionary share as Mappings. Lib/weakref.py
 * writes these methods twice, once per class, alike but for which side of
 * each stored pair is the weak reference (`weakSide`: 0, the key, in
 * WeakKeyDictionary; 1, the value, in WeakValueDictionary) and for what the
 * method does first (`commitPending`, `beforeRemoving`); here each is
 * written once:
 *   popitem, copy / __copy__ / __deepcopy__, update and its pair loop, the
 *   generator methods (items, keys, values, __iter__), `self.data`,
 *   and (inherited from MutableMapping / Mapping) `|=`, `|`, the reflected
 *   `|`, Mapping.__eq__ and MutableMapping.clear.
 */
import { DictObject, PyException, type Heap, type TupleObject, type Value } from '../heap';
import { copyLivePairs, type DeepCopy } from './copy-live-pairs';
import { dictEquals, dictFromPairSource, dictPopItem } from './dict-helpers';
import { FrameLocals } from './frame-locals';
import { dictItemsSource, isMapping, openPairs, tuplePairs, type MappingArg, type PairSource } from './sources';
import { WeakContainer } from './weak-container';
import { call, newWeakIterator, type WeakIterator } from './weak-iterator';

export type { DeepCopy };

/** copy.deepcopy's default here: the same object (a shallow copy). */
const shallow: DeepCopy = (heap, v) => {
  heap.incref(v);
  return v;
};

/** `M` is the concrete class, so `|` and `copy()` keep their precise types. */
export abstract class WeakMapping<M extends WeakMapping<M>> extends WeakContainer {
  protected dataFits(v: Value): boolean {
    return v instanceof DictObject;
  }

  protected get dataKind(): string {
    return 'a dict';
  }

  /** Which element of each `data` pair is the weakref: 0 the key (WeakKeyDictionary), 1 the value. */
  protected abstract get weakSide(): 0 | 1;
  /** The generator kinds of weak-iterator.ts: `wkd` or `wvd`. */
  protected abstract get iteratorPrefix(): 'wkd' | 'wvd';
  /**
   * `if self._pending_removals: self._commit_removals()`, which
   * WeakValueDictionary's methods begin with; WeakKeyDictionary never
   * commits outside an iteration (a dead ref never equals a live one).
   */
  protected abstract commitPending(heap: Heap): void;
  /** What del d[k], pop and popitem do first: commit (WeakValueDictionary) or set `_dirty_len`. */
  protected abstract beforeRemoving(heap: Heap): void;
  /** `data[key] = value` as the class stores a pair (a weakref on its weak side), without committing. */
  protected abstract store(heap: Heap, key: Value, value: Value): void;
  /** d[key] = value. */
  abstract setItem(heap: Heap, key: Value, value: Value): void;
  /** A new, empty mapping of the same class (a new reference). */
  protected abstract newEmpty(heap: Heap): M;

  /** `self.data`. */
  get dict(): DictObject {
    if (this.data === undefined) throw this.missing('data');
    return this.data as DictObject;
  }

  // ---- popitem, update, copy ----------------------------------------------------

  /**
   * d.popitem(): the last live (key, value) as a new tuple; dead pairs met
   * on the way are dropped; KeyError when `data` is empty.
   *     while True:
   *         key, value = self.data.popitem()      # WeakValueDictionary: key, wr
   *         o = key()                             #                      o = wr()
   *         if o is not None: return o, value     #                      return key, o
   */
  popItem(heap: Heap): TupleObject {
    this.beforeRemoving(heap);
    const d = this.dict;
    const locals = new FrameLocals(heap, 3); // key, value, o
    try {
      for (;;) {
        const [k, v] = dictPopItem(heap, d);
        const key = locals.own(0, k);
        const value = locals.own(1, v);
        const o = locals.own(2, call(heap, this.weakSide === 0 ? key : value));
        if (o !== null) return heap.newTuple(this.weakSide === 0 ? [o, value] : [key, o]);
      }
    } finally {
      locals.clear();
    }
  }

  /**
   * d.update(other=None, /, **kwargs): `other` is a mapping (its items()) or
   * an iterable of pairs (made into a dict first); then the keyword
   * arguments, whose str keys WeakKeyDictionary rejects with TypeError.
   */
  update(heap: Heap, other?: MappingArg | null, kwargs: ReadonlyArray<readonly [string, Value]> = []): void {
    this.commitPending(heap);
    if (other !== undefined && other !== null) this.storePairs(heap, openPairs(heap, other));
    if (kwargs.length > 0) {
      const kw = heap.newDict();
      try {
        for (const [k, v] of kwargs) kw.set(heap, k, v);
        this.storePairs(heap, dictItemsSource(heap, kw));
      } finally {
        heap.decref(kw);
      }
    }
  }

  /** `for key, value in pairs: store(key, value)`, the loop variables held as frame locals. */
  private storePairs(heap: Heap, pairs: PairSource): void {
    const locals = new FrameLocals(heap, 2);
    try {
      for (;;) {
        const p = pairs.next();
        if (p === undefined) break;
        const key = locals.own(0, p[0]);
        const value = locals.own(1, p[1]);
        this.store(heap, key, value);
      }
    } finally {
      pairs.close?.();
      locals.clear();
    }
  }

  /** d.copy() / copy.copy(d): a new mapping of the live pairs. */
  copy(heap: Heap): M {
    return this.copyWith(heap, null);
  }

  /**
   * copy.deepcopy(d): the strong side of each pair copied with `deepcopy`
   * (default: the same objects, a shallow copy); the weak side is always
   * the same object, as in CPython.
   */
  deepCopy(heap: Heap, deepcopy: DeepCopy = shallow): M {
    return this.copyWith(heap, deepcopy);
  }

  private copyWith(heap: Heap, deepcopy: DeepCopy | null): M {
    this.commitPending(heap);
    const copy = this.newEmpty(heap);
    const weakSide = this.weakSide;
    try {
      copyLivePairs(heap, this, this.dict, weakSide, deepcopy, (o, strong) =>
        weakSide === 0 ? copy.setItem(heap, o, strong) : copy.setItem(heap, strong, o),
      );
    } catch (e) {
      heap.decref(copy);
      throw e;
    }
    return copy;
  }

  // ---- iteration (generator objects) -------------------------------------------------

  /** d.items(): a generator of (key, value) tuples. */
  items(heap: Heap): WeakIterator {
    return newWeakIterator(heap, this.iteratorPrefix === 'wkd' ? 'wkd.items' : 'wvd.items', this);
  }

  /** d.keys() and iter(d). */
  keys(heap: Heap): WeakIterator {
    return newWeakIterator(heap, this.iteratorPrefix === 'wkd' ? 'wkd.keys' : 'wvd.keys', this);
  }

  iter(heap: Heap): WeakIterator {
    return this.keys(heap);
  }

  /** d.values(). */
  values(heap: Heap): WeakIterator {
    return newWeakIterator(heap, this.iteratorPrefix === 'wkd' ? 'wkd.values' : 'wvd.values', this);
  }

  /** As a Mapping argument: `self.items()`. */
  itemsSource(heap: Heap): PairSource {
    return tuplePairs(heap, this.items(heap));
  }

  // ---- from MutableMapping and Mapping ---------------------------------------------

  /** MutableMapping.clear(): popitem() until KeyError. */
  clearEntries(heap: Heap): void {
    for (;;) {
      let t: TupleObject;
      try {
        t = this.popItem(heap);
      } catch (e) {
        if (e instanceof PyException && e.pyType === 'KeyError') return;
        throw e;
      }
      heap.decref(t);
    }
  }

  /** d |= other: update, then the same object (new reference). */
  ior(heap: Heap, other: MappingArg): this {
    this.update(heap, other);
    heap.incref(this);
    return this;
  }

  /** d | other: a copy updated with `other`; undefined (NotImplemented) unless other is a Mapping. */
  or(heap: Heap, other: unknown): M | undefined {
    if (!isMapping(other)) return undefined;
    return filled(heap, this.copy(heap), [other]);
  }

  /** other | d (reflected): a new mapping of other's items, then d's. */
  ror(heap: Heap, other: unknown): M | undefined {
    if (!isMapping(other)) return undefined;
    return filled(heap, this.newEmpty(heap), [other, this]);
  }

  /** Mapping.__eq__: dict(self.items()) == dict(other.items()); undefined for non-mappings. */
  equals(heap: Heap, other: unknown): boolean | undefined {
    return mappingEquals(heap, this, other);
  }

  override eqSlot(heap: Heap, other: Value): boolean | undefined {
    if (other === this) return true;
    return this.equals(heap, other);
  }
}

/** `c` updated with each of `sources` in turn; `c` is released if an update fails. */
function filled<M extends WeakMapping<M>>(heap: Heap, c: M, sources: MappingArg[]): M {
  try {
    for (const s of sources) c.update(heap, s);
  } catch (e) {
    heap.decref(c);
    throw e;
  }
  return c;
}

/** Mapping.__eq__ for the weak dictionaries. */
export function mappingEquals(heap: Heap, self: WeakContainer & { itemsSource(heap: Heap): PairSource }, other: unknown): boolean | undefined {
  if (!isMapping(other)) return undefined;
  const a = dictFromPairSource(heap, self.itemsSource(heap));
  try {
    const b = dictFromPairSource(heap, other instanceof DictObject ? dictItemsSource(heap, other) : other.itemsSource(heap));
    try {
      return dictEquals(heap, a, b);
    } finally {
      heap.decref(b);
    }
  } finally {
    heap.decref(a);
  }
}
