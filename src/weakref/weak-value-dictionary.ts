/**
 * weakref.WeakValueDictionary (Lib/weakref.py, CPython 3.11).
 *
 * `data` maps each key to KeyedRef(value, self._remove, key). When a value
 * dies, its KeyedRef's callback `_remove(wr)` runs:
 *   - while an iteration guard is entered: `_pending_removals.append(wr.key)`;
 *   - otherwise `_remove_dead_weakref(data, wr.key)`, which deletes the
 *     entry only if its value is still a dead weakref (a stale callback
 *     never removes a newer live value, issue #28427).
 * `_commit_removals()` pops the pending keys LIFO through the same atomic
 * removal. Every method except setdefault (and repr) commits pending
 * removals first; setdefault only on its miss path; the iteration methods
 * at their first next().
 *
 * Timing: an entry goes at its value's refcount death, inside the value's
 * weakref clearing; a value kept alive by a cycle stays (`k in d`, `d[k]`,
 * `len(d)` all see it) until the collector runs. A dead-but-present entry
 * (its KeyedRef cleared, removal pending) reads as missing: `d[k]` raises
 * KeyError(k).
 *
 * Surprise kept from CPython: `len(d)` commits removals even while a
 * generator iterator is suspended, which changes `data`'s size, so the
 * resumed iterator raises `RuntimeError: dictionary changed size during
 * iteration`.
 *
 * Ownership: every method returning a Value returns a new reference.
 * Python's `d.clear()` is `clearEntries()` here (`clear` is the tp_clear
 * slot).
 */
import { PyException, type Heap, type ListObject, type Value } from '../heap';
import { keyError } from './errors';
import { KeyedRef, newKeyedRef } from './keyed-ref';
import { type MappingArg } from './sources';
import { removeDeadWeakref } from './weakref-functions';
import { WeakMapping } from './weak-mapping';
import { call, newWeakIterator, type WeakIterator } from './weak-iterator';

export type { DeepCopy } from './weak-mapping';

/**
 * `weakref.WeakValueDictionary`: values held by KeyedRefs; an entry leaves when its value dies (at
 * once on a refcount death, at the next collection for a cycle); removals are deferred while it is
 * iterated (Lib/weakref.py). Make one with newWeakValueDictionary.
 */
export class WeakValueDictionary extends WeakMapping<WeakValueDictionary> {
  constructor() {
    super(undefined);
  }

  get typeName(): string {
    return 'WeakValueDictionary';
  }

  /** __init__ assigns `_remove`, `_pending_removals`, `_iterating`, then `self.data = {}`. */
  protected get dataAssignedFirst(): boolean {
    return false;
  }

  /** data maps each key to KeyedRef(value, self._remove, key). */
  protected get weakSide(): 1 {
    return 1;
  }

  protected get iteratorPrefix(): 'wvd' {
    return 'wvd';
  }

  protected commitPending(heap: Heap): void {
    this.commitIfPending(heap);
  }

  protected beforeRemoving(heap: Heap): void {
    this.commitIfPending(heap);
  }

  /** `_remove` queues the dead KeyedRef's key, not the ref. */
  protected override pendingItemFor(wr: Value): Value {
    return keyOf(wr);
  }

  /** `_remove_dead_weakref(self.data, key)`: atomic, only if the entry is still dead. */
  protected removeFromData(heap: Heap, key: Value): void {
    removeDeadWeakref(heap, this.dict, key);
  }

  // ---- the mapping protocol ----------------------------------------------------

  /** d[key]: the value (new reference); KeyError(key) if missing or dead. */
  getItem(heap: Heap, key: Value): Value {
    this.commitIfPending(heap);
    const d = this.dict;
    const i = d.find(heap, key);
    if (i < 0) throw keyError(key);
    const o = call(heap, d.values[i] as Value);
    if (o === null) throw keyError(key);
    return o;
  }

  /** del d[key]: KeyError(key) if missing. */
  delItem(heap: Heap, key: Value): void {
    this.beforeRemoving(heap);
    if (!this.dict.delete(heap, key)) throw keyError(key);
  }

  /** len(d): commits pending removals first (even during an iteration). */
  len(heap: Heap): number {
    this.commitIfPending(heap);
    return this.dict.used;
  }

  /** key in d: False when missing or dead. */
  contains(heap: Heap, key: Value): boolean {
    this.commitIfPending(heap);
    const d = this.dict;
    const i = d.find(heap, key);
    if (i < 0) return false;
    const o = call(heap, d.values[i] as Value);
    heap.decref(o);
    return o !== null;
  }

  /** d[key] = value: TypeError if the value cannot be weakly referenced. */
  setItem(heap: Heap, key: Value, value: Value): void {
    this.commitIfPending(heap);
    this.store(heap, key, value);
  }

  /** `self.data[key] = KeyedRef(value, self._remove, key)` (no commit). */
  protected store(heap: Heap, key: Value, value: Value): void {
    const kr = newKeyedRef(heap, value, this.requireRemove(), key);
    try {
      this.dict.set(heap, key, kr);
    } finally {
      heap.decref(kr);
    }
  }

  /** d.get(key, default=None): new reference. */
  get(heap: Heap, key: Value, dflt: Value = null): Value {
    this.commitIfPending(heap);
    const d = this.dict;
    const i = d.find(heap, key);
    let o: Value = null;
    if (i >= 0) o = call(heap, d.values[i] as Value);
    if (o === null) {
      heap.incref(dflt);
      return dflt;
    }
    return o;
  }

  /** d.setdefault(key, default=None): commits only on its miss path. */
  setDefault(heap: Heap, key: Value, dflt: Value = null): Value {
    const d = this.dict;
    const i = d.find(heap, key);
    const o = i >= 0 ? call(heap, d.values[i] as Value) : null;
    if (o !== null) return o;
    this.commitIfPending(heap);
    this.store(heap, key, dflt);
    heap.incref(dflt);
    return dflt;
  }

  /** d.pop(key[, default]): the value, or default, or KeyError(key). */
  pop(heap: Heap, key: Value, dflt?: Value): Value {
    this.beforeRemoving(heap);
    const wr = this.dict.pop(heap, key);
    let o: Value = null;
    if (wr !== undefined) {
      o = call(heap, wr);
      heap.decref(wr);
    }
    if (o !== null) return o;
    if (dflt === undefined) throw keyError(key);
    heap.incref(dflt);
    return dflt;
  }

  /** d.itervaluerefs(): the KeyedRefs, dead ones included. */
  itervaluerefs(heap: Heap): WeakIterator {
    return newWeakIterator(heap, 'wvd.valuerefs', this);
  }

  /** d.valuerefs(): a new list of the KeyedRefs. */
  valuerefs(heap: Heap): ListObject {
    this.commitIfPending(heap);
    return heap.newList(this.dict.entries().map(([, v]) => v));
  }

  protected newEmpty(heap: Heap): WeakValueDictionary {
    return newWeakValueDictionary(heap);
  }
}

/** `wr.key` of a KeyedRef handed to `_remove`. */
function keyOf(wr: Value): Value {
  if (wr instanceof KeyedRef) return wr.getKey();
  throw new PyException('AttributeError', `'${wr === null ? 'NoneType' : typeof wr === 'object' ? wr.typeName : typeof wr}' object has no attribute 'key'`);
}

/**
 * WeakValueDictionary(other=(), /, **kw): returns a new reference.
 * Allocation order as in __init__: the dict object, ref(self), `_remove`,
 * `_pending_removals`, `_iterating`, `data`, then update(other, **kw).
 */
export function newWeakValueDictionary(
  heap: Heap,
  other?: MappingArg | null,
  kwargs: ReadonlyArray<readonly [string, Value]> = [],
): WeakValueDictionary {
  heap.reserve();
  const d = heap.register(new WeakValueDictionary());
  heap.track(d);
  try {
    initWeakValueDictionary(heap, d, other, kwargs);
  } catch (e) {
    heap.decref(d);
    throw e;
  }
  return d;
}

/** WeakValueDictionary.__init__ on an allocated dict (also a subclass instance); the caller owns `d`. */
export function initWeakValueDictionary(
  heap: Heap,
  d: WeakValueDictionary,
  other?: MappingArg | null,
  kwargs: ReadonlyArray<readonly [string, Value]> = [],
): void {
  d.initRemovalFor(heap, 'remove', WeakValueDictionary.onRemove);
  d.data = heap.newDict();
  d.update(heap, other === undefined || other === null ? [] : other, kwargs);
}
