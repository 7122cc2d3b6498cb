/**
 * weakref.WeakSet (Lib/_weakrefset.py, CPython 3.11).
 *
 * `data` is a set of ref(item, self._remove). `_remove(item)` appends the
 * dead ref to `_pending_removals` while iterating, else discards it from
 * `data`. Mutating methods commit pending removals first; `len()` is
 * `len(data) - len(_pending_removals)`; iteration is a generator that
 * enters the guard at its first next().
 *
 * Equal items collapse into one entry and the item that went in first is
 * kept (its ref stays the set's key). Iteration order is the set's table
 * order: refs hash as their referents, so it is deterministic in gclab
 * (objects hash by id) but differs from CPython's address-based order.
 *
 * The set algorithms are CPython's, applied to generator expressions of
 * refs, with their consequences kept:
 *   s &= other   data.intersection_update(ref(item) for item in other):
 *                the surviving entries are the callback-less refs made for
 *                `other`, so they are no longer removed when their item
 *                dies (len() still counts them, iteration skips them);
 *   s ^= other   new entries are ref(item, self._remove);
 *   s -= other   data.difference_update(ref(item) for item in other).
 * Operators accept any iterable (they do not check for a set). `==` is
 * NotImplemented (undefined) unless the other operand is a WeakSet.
 *
 * Ownership: every method returning a Value returns a new reference.
 * Python's `s.clear()` is `clearEntries()` here.
 */
import { PyException, SetObject, newSet, type Heap, type Value } from '../heap';
import { keyErrorHolding } from './errors';
import { FrameLocals } from './frame-locals';
import { newRef } from './reference-type';
import { chainSources, filterSource, mapSource, openSource, type IterableArg } from './sources';
import { WeakContainer } from './weak-container';
import { call, newWeakIterator, type WeakIterator } from './weak-iterator';

/**
 * `weakref.WeakSet`: items held by weak references; an item leaves when it dies
 * (Lib/_weakrefset.py). Make one with newWeakSet.
 */
export class WeakSet extends WeakContainer {
  constructor() {
    super(undefined);
  }

  get typeName(): string {
    return 'WeakSet';
  }

  /** `self.data`. */
  get set(): SetObject {
    if (this.data === undefined) throw this.missing('data');
    return this.data as SetObject;
  }

  /** __init__: `self.data = set()` first. */
  protected get dataAssignedFirst(): boolean {
    return true;
  }

  protected dataFits(v: Value): boolean {
    return v instanceof SetObject;
  }

  protected get dataKind(): string {
    return 'a set';
  }

  /** `self.data.discard(item)` of `_remove` / `_commit_removals`. */
  protected removeFromData(heap: Heap, item: Value): void {
    this.set.discard(heap, item);
  }

  // ---- the set protocol -------------------------------------------------------

  /** iter(s): a generator over the live items. */
  iter(heap: Heap): WeakIterator {
    return newWeakIterator(heap, 'wset.iter', this);
  }

  /** len(s) = len(data) - len(_pending_removals). */
  len(_heap: Heap): number {
    return this.set.used - this.requirePending().items.length;
  }

  /** item in s: False for items that cannot be weakly referenced. */
  contains(heap: Heap, item: Value): boolean {
    this.assertLive('WeakSet.contains');
    let wr: Value;
    try {
      wr = newRef(heap, item);
    } catch (e) {
      if (e instanceof PyException && e.pyType === 'TypeError') return false;
      throw e;
    }
    try {
      return this.set.contains(heap, wr);
    } finally {
      heap.decref(wr);
    }
  }

  /** s.add(item): TypeError if it cannot be weakly referenced. */
  add(heap: Heap, item: Value): void {
    this.commitIfPending(heap);
    const wr = newRef(heap, item, this.requireRemove());
    try {
      this.set.add(heap, wr);
    } finally {
      heap.decref(wr);
    }
  }

  /** s.clear(). */
  clearEntries(heap: Heap): void {
    this.commitIfPending(heap);
    this.set.clear(heap);
  }

  /** s.copy(): `WeakSet(self)`. */
  copy(heap: Heap): WeakSet {
    return newWeakSet(heap, this);
  }

  /** s.pop(): a live item; dead refs met on the way are dropped. KeyError('pop from empty WeakSet'). */
  pop(heap: Heap): Value {
    this.commitIfPending(heap);
    const locals = new FrameLocals(heap, 2); // itemref, item
    try {
      for (;;) {
        if (this.set.used === 0) throw new PyException('KeyError', 'pop from empty WeakSet');
        const itemref = locals.own(0, this.set.pop(heap));
        const item = locals.own(1, call(heap, itemref));
        if (item !== null) {
          heap.incref(item);
          return item;
        }
      }
    } finally {
      locals.clear();
    }
  }

  /** s.remove(item): KeyError(ref(item)) when absent. */
  remove(heap: Heap, item: Value): void {
    this.commitIfPending(heap);
    const wr = newRef(heap, item);
    try {
      if (!this.set.discard(heap, wr)) throw keyErrorHolding(heap, wr);
    } finally {
      heap.decref(wr);
    }
  }

  /** s.discard(item). */
  discard(heap: Heap, item: Value): void {
    this.commitIfPending(heap);
    const wr = newRef(heap, item);
    try {
      this.set.discard(heap, wr);
    } finally {
      heap.decref(wr);
    }
  }

  /** s.update(other): add each element of any iterable. */
  update(heap: Heap, other: IterableArg): void {
    this.commitIfPending(heap);
    const src = openSource(heap, other);
    const locals = new FrameLocals(heap, 1); // element
    try {
      for (;;) {
        const e = src.next();
        if (e === undefined) break;
        this.add(heap, locals.own(0, e));
      }
    } finally {
      src.close?.();
      locals.clear();
    }
  }

  /** s |= other (new reference to s). */
  ior(heap: Heap, other: IterableArg): WeakSet {
    this.update(heap, other);
    heap.incref(this);
    return this;
  }

  /** s.difference(other) and s - other. */
  difference(heap: Heap, other: IterableArg): WeakSet {
    const s = this.copy(heap);
    try {
      s.differenceUpdate(heap, other);
    } catch (e) {
      heap.decref(s);
      throw e;
    }
    return s;
  }

  /** s.difference_update(other) / s -= other. */
  differenceUpdate(heap: Heap, other: IterableArg): void {
    this.commitIfPending(heap);
    if (other === this) {
      this.set.clear(heap);
      return;
    }
    this.set.differenceUpdateFrom(heap, this.refsOf(heap, other, false));
  }

  /** s -= other (new reference to s). */
  isub(heap: Heap, other: IterableArg): WeakSet {
    this.differenceUpdate(heap, other);
    heap.incref(this);
    return this;
  }

  /** s.intersection(other) and s & other: `WeakSet(item for item in other if item in self)`. */
  intersection(heap: Heap, other: IterableArg): WeakSet {
    const gen = filterSource(heap, openSource(heap, other), (item) => this.contains(heap, item));
    return newWeakSet(heap, gen);
  }

  /** s.intersection_update(other) / s &= other (see the file comment). */
  intersectionUpdate(heap: Heap, other: IterableArg): void {
    this.commitIfPending(heap);
    this.set.intersectionUpdateFrom(heap, this.refsOf(heap, other, false));
  }

  /** s &= other (new reference to s). */
  iand(heap: Heap, other: IterableArg): WeakSet {
    this.intersectionUpdate(heap, other);
    heap.incref(this);
    return this;
  }

  /** s.issubset(other) and s <= other. */
  issubset(heap: Heap, other: IterableArg): boolean {
    return this.set.isSubsetOfFrom(heap, this.refsOf(heap, other, false));
  }

  /** s < other: `data < set(map(ref, other))`. */
  lt(heap: Heap, other: IterableArg): boolean {
    return this.compareWithRefSet(heap, other, '<');
  }

  /** s.issuperset(other) and s >= other. */
  issuperset(heap: Heap, other: IterableArg): boolean {
    return this.set.isSupersetOfFrom(heap, this.refsOf(heap, other, false));
  }

  /** s > other: `data > set(map(ref, other))`. */
  gt(heap: Heap, other: IterableArg): boolean {
    return this.compareWithRefSet(heap, other, '>');
  }

  /** s == other: only against a WeakSet (undefined = NotImplemented otherwise). */
  equals(heap: Heap, other: unknown): boolean | undefined {
    if (!(other instanceof WeakSet)) return undefined;
    return this.compareWithRefSet(heap, other, '==');
  }

  override eqSlot(heap: Heap, other: Value): boolean | undefined {
    return this.equals(heap, other);
  }

  private compareWithRefSet(heap: Heap, other: IterableArg, op: '<' | '>' | '==') {
    const refs = newSet(heap, this.refsOf(heap, other, false, false));
    try {
      return this.set.richCompare(heap, refs, op);
    } finally {
      heap.decref(refs);
    }
  }

  /** s.symmetric_difference(other) and s ^ other. */
  symmetricDifference(heap: Heap, other: IterableArg): WeakSet {
    const s = this.copy(heap);
    try {
      s.symmetricDifferenceUpdate(heap, other);
    } catch (e) {
      heap.decref(s);
      throw e;
    }
    return s;
  }

  /** s.symmetric_difference_update(other) / s ^= other: new entries get the `_remove` callback. */
  symmetricDifferenceUpdate(heap: Heap, other: IterableArg): void {
    this.commitIfPending(heap);
    if (other === this) {
      this.set.clear(heap);
      return;
    }
    this.set.symmetricDifferenceUpdateFrom(heap, this.refsOf(heap, other, true));
  }

  /** s ^= other (new reference to s). */
  ixor(heap: Heap, other: IterableArg): WeakSet {
    this.symmetricDifferenceUpdate(heap, other);
    heap.incref(this);
    return this;
  }

  /** s.union(other) and s | other: `WeakSet(e for s in (self, other) for e in s)`. */
  union(heap: Heap, other: IterableArg): WeakSet {
    return newWeakSet(heap, chainSources(heap, [this, other]));
  }

  /** s.isdisjoint(other): `len(self.intersection(other)) == 0`. */
  isdisjoint(heap: Heap, other: IterableArg): boolean {
    const i = this.intersection(heap, other);
    try {
      return i.len(heap) === 0;
    } finally {
      heap.decref(i);
    }
  }

  /**
   * `(ref(item[, self._remove]) for item in other)` -- or, with
   * holdItem=false, `map(ref, other)`, which does not keep the item.
   */
  private refsOf(heap: Heap, other: IterableArg, withCallback: boolean, holdItem = true) {
    const src = openSource(heap, other);
    const cb = withCallback ? this.requireRemove() : undefined;
    const f = (item: Value): Value => newRef(heap, item, cb);
    if (holdItem) return mapSource(heap, src, f);
    return {
      next: () => {
        const item = src.next();
        if (item === undefined) return undefined;
        try {
          return f(item);
        } finally {
          heap.decref(item);
        }
      },
      close: () => src.close?.(),
    };
  }
}

/**
 * WeakSet(data=None): returns a new reference. Allocation order as in
 * __init__: the object, `data`, ref(self), `_remove`, `_pending_removals`,
 * `_iterating`, then update(data).
 */
export function newWeakSet(heap: Heap, data?: IterableArg | null): WeakSet {
  heap.reserve();
  const s = heap.register(new WeakSet());
  heap.track(s);
  try {
    initWeakSet(heap, s, data);
  } catch (e) {
    heap.decref(s);
    throw e;
  }
  return s;
}

/** WeakSet.__init__ on an allocated set (also a subclass instance); the caller owns `s`. */
export function initWeakSet(heap: Heap, s: WeakSet, data?: IterableArg | null): void {
  s.data = newSet(heap);
  s.initRemovalFor(heap, '_remove', WeakSet.onRemove);
  if (data !== undefined && data !== null) s.update(heap, data);
}
