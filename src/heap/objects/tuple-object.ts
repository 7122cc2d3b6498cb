/**
 * tuple (Objects/tupleobject.c): a GC container, tracked when created at run
 * time; the collector untracks tuples whose items cannot be part of a cycle
 * (untrack_tuples / _PyTuple_MaybeUntrack). Releases items last to first.
 * Not weakly referenceable. Immutable, so it has no tp_clear beyond that of
 * the collector (tupletraverse/tuple has no tp_clear in CPython: a cycle
 * through a tuple is broken at its other members).
 */
import type { Heap } from '../heap';
import { PyObject, type Visit } from '../object';
import { tupleFreeSlot } from '../free-lists';
import { isObject, type Value } from '../value';
import { releaseBackwards } from './list-object';

/**
 * Python's `tuple`: immutable, releases its items last to first, untracked by the collector once it
 * holds nothing trackable (_PyTuple_MaybeUntrack).
 */
export class TupleObject extends PyObject {
  items: Value[];

  /** Steals the references in `items`. */
  constructor(items: Value[]) {
    super();
    this.items = items;
  }

  get typeName(): string {
    return 'tuple';
  }

  /** list_traverse / tupletraverse visit the items from the last to the first. */
  override traverse(visit: Visit): void {
    const items = this.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const v = items[i];
      if (isObject(v)) visit(v);
    }
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    // tupledealloc: maybe_freelist_push keeps an exact tuple of its size's
    // free list when it has room (subclass instances have their own dealloc).
    const freeSlot = tupleFreeSlot(this.items.length);
    this.releaseOwnReferences(heap);
    heap.free(this, freeSlot);
    heap.trashcanEnd();
  }

  /** tupledealloc's part: the items, last to first. */
  override releaseOwnReferences(heap: Heap): void {
    const old = this.items;
    this.items = [];
    releaseBackwards(heap, old);
  }
}

/**
 * _PyObject_GC_MAY_BE_TRACKED: could `v` be part of a cycle? True for GC
 * objects, except tuples that are currently untracked.
 */
export function mayBeTracked(v: Value): boolean {
  if (!isObject(v) || !v.isGC) return false;
  if (v instanceof TupleObject) return v.gcSlot >= 0;
  // type_is_gc: a static (builtin) type is not a GC object; a heap type is.
  if ((v as { heapType?: boolean }).heapType === false) return false;
  return true;
}

/** _PyTuple_MaybeUntrack: untrack a tuple none of whose items may be tracked. */
export function tupleMaybeUntrack(heap: Heap, t: TupleObject): boolean {
  for (const v of t.items) if (mayBeTracked(v)) return false;
  heap.untrack(t);
  return true;
}
