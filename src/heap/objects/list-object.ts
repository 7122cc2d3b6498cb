/**
 * list (Objects/listobject.c): a GC container, tracked from creation, not
 * weakly referenceable. Releases its items from the last to the first, both
 * in list_dealloc and in _list_clear (tp_clear, `l.clear()`, `del l[:]`).
 */
import type { Heap } from '../heap';
import { PyObject, type Visit } from '../object';
import { isObject, type Value } from '../value';

/** Python's `list`: releases its items last to first (list_dealloc, _list_clear). */
export class ListObject extends PyObject {
  /** Owned references. */
  items: Value[];

  /** Steals the references in `items`. */
  constructor(items: Value[]) {
    super();
    this.items = items;
  }

  /**
   * The storage of an object that stands for a C type (deque's blocks):
   * untracked, and no container to the collector -- its owner, holding it
   * in a __slots__ member, visits the items itself (visitItems), as the C
   * type's tp_traverse visits what its blocks hold. So it is neither
   * counted nor listed by gc as an object of its own.
   */
  embedded = false;

  get typeName(): string {
    return 'list';
  }

  /** list_traverse / tupletraverse visit the items from the last to the first. */
  override traverse(visit: Visit): void {
    if (this.embedded) return;
    this.visitItems(visit);
  }

  /** The items, last to first (an embedded list's owner visits them through this). */
  visitItems(visit: Visit): void {
    const items = this.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const v = items[i];
      if (isObject(v)) visit(v);
    }
  }

  /** _list_clear: empty the list first, then release the old items last to first. */
  override clear(heap: Heap): void {
    const old = this.items;
    this.items = [];
    releaseBackwards(heap, old);
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    this.releaseOwnReferences(heap);
    heap.free(this);
    heap.trashcanEnd();
  }

  /** list_dealloc's part: the items, last to first. */
  override releaseOwnReferences(heap: Heap): void {
    const old = this.items;
    this.items = [];
    releaseBackwards(heap, old);
  }

  /** list.append: the list takes its own reference. */
  append(heap: Heap, v: Value): void {
    this.assertLive('list append');
    heap.incref(v);
    this.items.push(v);
  }

  /** l[i] = v: store the new value, then release the old one. */
  setItem(heap: Heap, i: number, v: Value): void {
    this.assertLive('list setItem');
    heap.incref(v);
    const old = this.items[i];
    this.items[i] = v;
    heap.decref(old);
  }
}

/** Release references from the last to the first (list_dealloc, tupledealloc). */
export function releaseBackwards(heap: Heap, items: Value[]): void {
  for (let i = items.length - 1; i >= 0; i--) heap.decref(items[i]);
}
