/**
 * weakref.KeyedRef (Lib/weakref.py): a ref subclass with one slot, `key`,
 * that WeakValueDictionary stores as its values so that one shared
 * callback (`_remove`) can tell which entry died.
 *
 * As a ref subclass instance it is never the shared basic ref: it is
 * always a new object inserted after the basic ref/proxy, with or without
 * a callback. It holds its key strongly (an owned slot) and, like every
 * weakref, its callback.
 *
 * Release order (subtype_dealloc, then weakref_dealloc): the `key` slot
 * first, then the weakref is unlinked from its referent and the callback
 * released. tp_clear (subtype_clear, then gc_clear) is in the same order.
 */
import { PyException, isObject, type Heap, type Value, type Visit } from '../heap';
import { clearWeakref } from '../heap';
import { WeakRef, checkWeakrefable, insertNonBasic } from './reference-type';

export class KeyedRef extends WeakRef {
  /** The `key` slot: owned (undefined once cleared). */
  key: Value | undefined;

  /** Steals the references to `callback` and `key`. */
  constructor(referent: ConstructorParameters<typeof WeakRef>[0], callback: Value | undefined, key: Value) {
    super(referent, callback);
    this.key = key;
  }

  override get typeName(): string {
    return 'KeyedRef';
  }

  override get isBasicRef(): boolean {
    return false;
  }

  /** subtype_traverse: the slot, then the weakref's callback. */
  override traverse(visit: Visit): void {
    if (isObject(this.key)) visit(this.key);
    super.traverse(visit);
  }

  /** subtype_clear: the slot, then gc_clear (clear_weakref). */
  override clear(heap: Heap): void {
    this.releaseKey(heap);
    clearWeakref(heap, this);
  }

  /** subtype_dealloc: untrack, the slot, then weakref_dealloc. */
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    this.releaseKey(heap);
    clearWeakref(heap, this);
    heap.free(this);
    heap.trashcanEnd();
  }

  private releaseKey(heap: Heap): void {
    const k = this.key;
    if (k !== undefined) {
      this.key = undefined;
      heap.decref(k);
    }
  }

  /** `kr.key` as Python reads it (AttributeError once the slot is cleared). */
  getKey(): Value {
    if (this.key === undefined) throw new PyException('AttributeError', 'key');
    return this.key;
  }
}

/**
 * KeyedRef(ob, callback, key): returns a new reference. `callback` None
 * means no callback (the object is still never shared).
 */
export function newKeyedRef(heap: Heap, ob: Value, callback: Value | undefined, key: Value): KeyedRef {
  const referent = checkWeakrefable(ob);
  heap.checkLive(referent);
  const cb = callback === null ? undefined : callback;
  heap.reserve();
  if (cb !== undefined) heap.incref(cb);
  heap.incref(key);
  const kr = heap.register(new KeyedRef(referent, cb, key));
  heap.track(kr);
  insertNonBasic(referent, kr);
  return kr;
}
