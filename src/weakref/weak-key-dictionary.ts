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
import { PyException, isObject, type Heap, type ListObject, type Value } from '../heap';
import { dictSetDefault } from './dict-helpers';
import { keyErrorHolding } from './errors';
import { newRef } from './reference-type';
import { type MappingArg } from './sources';
import { WeakMapping } from './weak-mapping';

/**
 * `weakref.WeakKeyDictionary`: keys held by weak references; an entry leaves when its key dies
 * (Lib/weakref.py). Make one with newWeakKeyDictionary.
 */
export class WeakKeyDictionary extends WeakMapping<WeakKeyDictionary> {
  /** `_dirty_len`. */
  dirtyLen = false;

  constructor() {
    super(undefined);
  }

  get typeName(): string {
    return 'WeakKeyDictionary';
  }

  /** __init__: `self.data = {}` first. */
  protected get dataAssignedFirst(): boolean {
    return true;
  }

  // `_dirty_len` is the fifth entry of the instance __dict__ (after `_iterating`).
  override internalAttrNames(): string[] {
    const names = super.internalAttrNames();
    names.push('_dirty_len');
    return names;
  }

  override internalAttr(name: string): Value | undefined {
    return name === '_dirty_len' ? this.dirtyLen : super.internalAttr(name);
  }

  override isInternalName(name: string): boolean {
    return name === '_dirty_len' || super.isInternalName(name);
  }

  override setInternalAttr(heap: Heap, name: string, v: Value): void {
    if (name !== '_dirty_len') return super.setInternalAttr(heap, name, v);
    if (typeof v !== 'boolean') throw new PyException('TypeError', `gclab: WeakKeyDictionary._dirty_len must be a bool, not '${isObject(v) ? v.typeName : typeof v}'`);
    this.dirtyLen = v;
  }

  override deleteInternalAttr(heap: Heap, name: string): boolean {
    if (name === '_dirty_len') throw new PyException('TypeError', 'gclab: WeakKeyDictionary._dirty_len cannot be deleted');
    return super.deleteInternalAttr(heap, name);
  }

  /** data maps ref(key, self._remove) to the value. */
  protected get weakSide(): 0 {
    return 0;
  }

  protected get iteratorPrefix(): 'wkd' {
    return 'wkd';
  }

  /** WeakKeyDictionary's methods never commit outside an iteration. */
  protected commitPending(_heap: Heap): void {}

  /** del d[k], pop and popitem: `self._dirty_len = True`. */
  protected beforeRemoving(_heap: Heap): void {
    this.dirtyLen = true;
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
    this.beforeRemoving(heap);
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
    this.assertLive('WeakKeyDictionary.contains');
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
    this.store(heap, key, value);
  }

  protected store(heap: Heap, key: Value, value: Value): void {
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
    this.beforeRemoving(heap);
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

  /** d.keyrefs(): a new list of the key refs (dead ones included). */
  keyrefs(heap: Heap): ListObject {
    return heap.newList(this.dict.entries().map(([k]) => k));
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
    initWeakKeyDictionary(heap, d, dict);
  } catch (e) {
    heap.decref(d);
    throw e;
  }
  return d;
}

/** WeakKeyDictionary.__init__ on an allocated dict (also a subclass instance); the caller owns `d`. */
export function initWeakKeyDictionary(heap: Heap, d: WeakKeyDictionary, dict?: MappingArg | null): void {
  d.data = heap.newDict();
  d.initRemovalFor(heap, 'remove', WeakKeyDictionary.onRemove);
  if (dict !== undefined && dict !== null) d.update(heap, dict);
}
