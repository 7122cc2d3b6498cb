/**
 * weakref.WeakKeyDictionary (Lib/weakref.py, CPython 3.11).
 *
 * `data` maps ref(key, self._remove) to the value. A ref hashes as its
 * referent (cached on first use) and compares equal to another live ref to
 * an equal object; a dead ref compares only by identity. So:
 *  - lookups build `ref(key)` (the shared basic ref): a key that cannot be
 *    weakly referenced raises `TypeError: cannot create weak reference to
 *    'int' object` from d[k], del d[k], d.get(k), d.pop(k), d[k] = v and
 *    setdefault; `k in d` answers False instead;
 *  - a missing key raises KeyError(ref(key)): its argument is the weakref
 *    (see PyExceptionWithRefs);
 *  - equal keys: assigning under a key equal to (but not identical with) an
 *    existing one replaces the value and KEEPS the original key's ref; when
 *    that original key dies the entry goes, although the equal key lives.
 *
 * Removal: `_remove(k)` appends the dead ref to `_pending_removals` while
 * iterating, else `del data[k]` (KeyError ignored). Pending removals are
 * committed (LIFO) only when the last iteration guard exits: a dead ref
 * never equals a live one, so mutations need no commit first. `len(d)` is
 * `len(data) - len(_pending_removals)`, after `_scrub_removals()` (keep
 * only pending refs still in data) when `_dirty_len` was set by del, pop or
 * popitem (issue #21173).
 *
 * Ownership: every method returning a Value returns a new reference.
 * Python's `d.clear()` is `clearEntries()` here.
 */
import { DictObject, PyException, type Heap, type ListObject, type TupleObject, type Value } from '../heap';
import { dictPopItem, dictSetDefault } from './dict-helpers';
import { keyErrorHolding } from './errors';
import { FrameLocals } from './frame-locals';
import { newRef } from './reference-type';
import { openPairs, tuplePairs, type MappingArg, type PairSource } from './sources';
import { type Attr } from './weak-container';
import { WeakMapping } from './weak-mapping';
import { call, newWeakIterator, type WeakIterator } from './weak-iterator';
import { copyLivePairs, type DeepCopy } from './copy-live-pairs';

export class WeakKeyDictionary extends WeakMapping<WeakKeyDictionary> {
  /** `_dirty_len`. */
  dirtyLen = false;

  constructor() {
    super(undefined);
  }

  get typeName(): string {
    return 'WeakKeyDictionary';
  }

  /** `self.data`. */
  get dict(): DictObject {
    if (this.data === undefined) throw this.missing('data');
    return this.data as DictObject;
  }

  protected attrs(): Attr[] {
    return [
      ['data', this.data],
      ['_remove', this.removeFn],
      ['_pending_removals', this.pendingRemovals],
      ['_iterating', this.iterating],
    ];
  }

  protected dropAttrs(): void {
    this.data = undefined;
    this.removeFn = undefined;
    this.pendingRemovals = undefined;
    this.iterating = undefined;
  }

  /** `del self.data[k]` of `_remove` / `_commit_removals`, a missing key ignored. */
  protected removeFromData(heap: Heap, k: Value): void {
    this.dict.delete(heap, k);
  }

  /** `_scrub_removals()`: a new pending list of the refs still in data. */
  scrubRemovals(heap: Heap): void {
    const d = this.dict;
    const old = this.requirePending();
    const kept = old.items.filter((k) => d.has(heap, k));
    this.pendingRemovals = heap.newList(kept);
    heap.decref(old);
    this.dirtyLen = false;
  }

  // ---- the mapping protocol ----------------------------------------------------

  /** `ref(key)`, the lookup key (new reference; TypeError for non-weakrefable keys). */
  private lookupRef(heap: Heap, key: Value): Value {
    return newRef(heap, key);
  }

  /** d[key]: the value (new reference); KeyError(ref(key)) if missing. */
  getItem(heap: Heap, key: Value): Value {
    const wr = this.lookupRef(heap, key);
    try {
      const d = this.dict;
      const i = d.find(heap, wr);
      if (i < 0) throw keyErrorHolding(heap, wr);
      const v = d.values[i] as Value;
      heap.incref(v);
      return v;
    } finally {
      heap.decref(wr);
    }
  }

  /** del d[key]: sets `_dirty_len`; KeyError(ref(key)) if missing. */
  delItem(heap: Heap, key: Value): void {
    this.dirtyLen = true;
    const wr = this.lookupRef(heap, key);
    try {
      if (!this.dict.delete(heap, wr)) throw keyErrorHolding(heap, wr);
    } finally {
      heap.decref(wr);
    }
  }

  /** len(d): len(data) - len(_pending_removals), scrubbing first when dirty. */
  len(heap: Heap): number {
    if (this.dirtyLen && this.requirePending().items.length > 0) this.scrubRemovals(heap);
    return this.dict.used - this.requirePending().items.length;
  }

  /** key in d: False for keys that cannot be weakly referenced. */
  contains(heap: Heap, key: Value): boolean {
    let wr: Value;
    try {
      wr = this.lookupRef(heap, key);
    } catch (e) {
      if (e instanceof PyException && e.pyType === 'TypeError') return false;
      throw e;
    }
    try {
      return this.dict.has(heap, wr);
    } finally {
      heap.decref(wr);
    }
  }

  /** d[key] = value: `data[ref(key, self._remove)] = value`. */
  setItem(heap: Heap, key: Value, value: Value): void {
    const wr = newRef(heap, key, this.requireRemove());
    try {
      this.dict.set(heap, wr, value);
    } finally {
      heap.decref(wr);
    }
  }

  /** d.get(key, default=None): TypeError for keys that cannot be weakly referenced. */
  get(heap: Heap, key: Value, dflt: Value = null): Value {
    const wr = this.lookupRef(heap, key);
    try {
      const v = this.dict.get(heap, wr);
      const out = v === undefined ? dflt : v;
      heap.incref(out);
      return out;
    } finally {
      heap.decref(wr);
    }
  }

  /** d.setdefault(key, default=None): `data.setdefault(ref(key, self._remove), default)`. */
  setDefault(heap: Heap, key: Value, dflt: Value = null): Value {
    const wr = newRef(heap, key, this.requireRemove());
    try {
      return dictSetDefault(heap, this.dict, wr, dflt);
    } finally {
      heap.decref(wr);
    }
  }

  /** d.pop(key[, default]): sets `_dirty_len`; KeyError(ref(key)) when missing without default. */
  pop(heap: Heap, key: Value, dflt?: Value): Value {
    this.dirtyLen = true;
    const wr = this.lookupRef(heap, key);
    try {
      const v = this.dict.pop(heap, wr);
      if (v !== undefined) return v;
      if (dflt === undefined) throw keyErrorHolding(heap, wr);
      heap.incref(dflt);
      return dflt;
    } finally {
      heap.decref(wr);
    }
  }

  /** d.popitem(): sets `_dirty_len`; the last live (key, value) as a new tuple. */
  popItem(heap: Heap): TupleObject {
    this.dirtyLen = true;
    const d = this.dict;
    const locals = new FrameLocals(heap, 3); // key, value, o
    try {
      for (;;) {
        const [k, v] = dictPopItem(heap, d);
        const key = locals.own(0, k);
        const value = locals.own(1, v);
        const o = locals.own(2, call(heap, key));
        if (o !== null) return heap.newTuple([o, value]);
      }
    } finally {
      locals.clear();
    }
  }

  /**
   * d.update(dict=None, /, **kwargs). Keyword arguments go through a second
   * update() of a dict of them, so their str keys raise TypeError.
   */
  update(heap: Heap, other?: MappingArg | null, kwargs: ReadonlyArray<readonly [string, Value]> = []): void {
    if (other !== undefined && other !== null) this.storePairs(heap, openPairs(heap, other));
    if (kwargs.length > 0) {
      const kw = heap.newDict();
      try {
        for (const [k, v] of kwargs) kw.set(heap, k, v);
        this.update(heap, kw);
      } finally {
        heap.decref(kw);
      }
    }
  }

  /** `for key, value in pairs: d[ref(key, self._remove)] = value`. */
  private storePairs(heap: Heap, pairs: PairSource): void {
    const locals = new FrameLocals(heap, 2);
    try {
      for (;;) {
        const p = pairs.next();
        if (p === undefined) break;
        const key = locals.own(0, p[0]);
        const value = locals.own(1, p[1]);
        this.setItem(heap, key, value);
      }
    } finally {
      pairs.close?.();
      locals.clear();
    }
  }

  /** d.copy() / copy.copy(d). */
  copy(heap: Heap): WeakKeyDictionary {
    return this.copyWith(heap, null);
  }

  /** copy.deepcopy(d): values copied with `deepcopy` (default: the same objects, shallow). */
  deepCopy(heap: Heap, deepcopy: DeepCopy = (h, v) => (h.incref(v), v)): WeakKeyDictionary {
    return this.copyWith(heap, deepcopy);
  }

  private copyWith(heap: Heap, deepcopy: DeepCopy | null): WeakKeyDictionary {
    const copy = newWeakKeyDictionary(heap);
    try {
      copyLivePairs(heap, this, this.dict, 0, deepcopy, (o, strong) => copy.setItem(heap, o, strong));
    } catch (e) {
      heap.decref(copy);
      throw e;
    }
    return copy;
  }

  // ---- iteration (generator objects) -------------------------------------------------

  /** d.items(): a generator of (key, value) tuples. */
  items(heap: Heap): WeakIterator {
    return newWeakIterator(heap, 'wkd.items', this);
  }

  /** d.keys() and iter(d). */
  keys(heap: Heap): WeakIterator {
    return newWeakIterator(heap, 'wkd.keys', this);
  }

  iter(heap: Heap): WeakIterator {
    return this.keys(heap);
  }

  /** d.values(). */
  values(heap: Heap): WeakIterator {
    return newWeakIterator(heap, 'wkd.values', this);
  }

  /** d.keyrefs(): a new list of the key refs (dead ones included). */
  keyrefs(heap: Heap): ListObject {
    return heap.newList(this.dict.entries().map(([k]) => k));
  }

  /** As a Mapping argument: `self.items()`. */
  itemsSource(heap: Heap): PairSource {
    return tuplePairs(heap, this.items(heap));
  }

  protected newEmpty(heap: Heap): WeakKeyDictionary {
    return newWeakKeyDictionary(heap);
  }
}

/**
 * WeakKeyDictionary(dict=None): returns a new reference. Allocation order
 * as in __init__: the object, `data`, ref(self), `_remove`,
 * `_pending_removals`, `_iterating`, then update(dict).
 */
export function newWeakKeyDictionary(heap: Heap, dict?: MappingArg | null): WeakKeyDictionary {
  heap.reserve();
  const d = heap.register(new WeakKeyDictionary());
  heap.track(d);
  try {
    d.data = heap.newDict();
    d.initRemovalFor(heap, 'remove', WeakKeyDictionary.onRemove);
    if (dict !== undefined && dict !== null) d.update(heap, dict);
  } catch (e) {
    heap.decref(d);
    throw e;
  }
  return d;
}
