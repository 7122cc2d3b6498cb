/**
 * list (Objects/listobject.c): a GC container, tracked from creation, not
 * weakly referenceable. Releases its items from the last to the first, both
 * in list_dealloc and in _list_clear (tp_clear, `l.clear()`, `del l[:]`).
 */
import type { Heap } from '../heap';
import { PyObject, type Visit } from '../object';
import { LIST_FREE_SLOT } from '../free-lists';
import { isObject, type Value } from '../value';

/** Python's `list`: releases its items last to first (list_dealloc, _list_clear). */
export class ListObject extends PyObject {
  /** Owned references. */
  items: Value[];

  /**
   * CPython's `allocated` (the capacity of ob_item), kept by the rules of
   * listobject.c for sys.getsizeof: PyList_New(n) allocates exactly n;
   * list_resize over-allocates; list_preallocate_exact rounds up to even;
   * _list_clear frees (0). `modelSize` is the ob_size those rules last saw:
   * a length change made without them (a path that does not report its
   * resize) is taken as one list_resize when the size is next needed.
   */
  allocated: number;
  private modelSize: number;

  /** Steals the references in `items` (PyList_New(len(items)): allocated exactly). */
  constructor(items: Value[]) {
    super();
    this.items = items;
    this.allocated = items.length;
    this.modelSize = items.length;
  }

  /**
   * list_resize(self, newsize): no reallocation while
   * allocated/2 <= newsize <= allocated; otherwise
   * (newsize + newsize/8 + 6) & ~3, or (newsize + 3) & ~3 when the growth
   * is closer to that than to the old size; 0 for an empty list.
   */
  private listResize(newsize: number): void {
    const allocated = this.allocated;
    const oldsize = this.modelSize;
    this.modelSize = newsize;
    if (allocated >= newsize && newsize >= allocated >> 1) return;
    let next = (newsize + (newsize >> 3) + 6) & ~3;
    if (newsize - oldsize > next - newsize) next = (newsize + 3) & ~3;
    this.allocated = newsize === 0 ? 0 : next;
  }

  /** list_resize(self, newsize), called before the items change. */
  resize(newsize: number): void {
    if (this.modelSize !== this.items.length) this.listResize(this.items.length);
    this.listResize(newsize);
  }

  /** A list made empty and appended to item by item (BUILD_LIST 0 + LIST_APPEND). */
  noteBuiltByAppends(): void {
    const n = this.items.length;
    this.freeAllocation();
    for (let k = 0; k < n; k++) this.noteAppend(k);
  }

  /** A list made by PyList_New(n), its first n items set, then PyList_Append for the rest (Py_SET_SIZE to the count). */
  notePreallocated(n: number): void {
    const count = this.items.length;
    this.allocated = n;
    this.modelSize = Math.min(count, n);
    for (let k = n; k < count; k++) this.noteAppend(k);
  }

  /** list_ass_subscript's extended-slice deletion: ob_size set to `len`, then list_resize(len). */
  noteShrunkTo(len: number): void {
    this.modelSize = len;
    this.listResize(len);
  }

  /** The model brought to the current length (a change nobody reported is one list_resize). */
  syncAllocation(): number {
    if (this.modelSize !== this.items.length) this.listResize(this.items.length);
    return this.allocated;
  }

  /** _list_clear / list_dealloc: ob_item freed. */
  private freeAllocation(): void {
    this.allocated = 0;
    this.modelSize = 0;
  }

  /**
   * The allocation of list_extend adding `added` items to a list of `oldLen`
   * (call after the items are in): `hint` null for its list/tuple fast path
   * (one list_resize, or list_preallocate_exact on an unallocated list),
   * else the length hint: preallocate exactly (empty list) or resize to
   * oldLen + hint, append each item (_PyList_AppendTakeRef), then cut back
   * with list_resize when the guess was too large.
   */
  noteExtended(oldLen: number, added: number, hint: number | null): void {
    if (this.modelSize !== oldLen) this.listResize(oldLen);
    if (hint === null) {
      if (added === 0) return;
      if (this.allocated === 0) this.preallocateExact(added);
      else this.listResize(oldLen + added);
      this.modelSize = oldLen + added;
      return;
    }
    if (this.allocated === 0) {
      if (hint > 0) this.preallocateExact(hint);
    } else {
      this.listResize(oldLen + hint);
      this.modelSize = oldLen;
    }
    for (let k = 0; k < added; k++) this.noteAppend(this.modelSize);
    if (this.modelSize < this.allocated) this.listResize(this.modelSize);
  }

  /** list_preallocate_exact: capacity for n items, rounded up to even. */
  preallocateExact(n: number): void {
    this.allocated = (n + 1) & ~1;
  }

  /** _PyList_AppendTakeRef's allocation: a resize only when full (never a shrink). */
  noteAppend(len: number): void {
    if (this.modelSize !== len) this.listResize(len);
    if (this.allocated > len) this.modelSize = len + 1;
    else this.listResize(len + 1);
  }

  /**
   * list_ass_slice replacing `removed` items of a list of `oldLen` by `added`
   * (call before or after the change): emptied, it is _list_clear;
   * otherwise one list_resize when the size changes.
   */
  noteAssSlice(oldLen: number, removed: number, added: number): void {
    if (this.modelSize !== oldLen) this.listResize(oldLen);
    const d = added - removed;
    if (oldLen + d === 0) this.freeAllocation();
    else if (d !== 0) this.listResize(oldLen + d);
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
    this.freeAllocation();
    releaseBackwards(heap, old);
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    this.releaseOwnReferences(heap);
    // list_dealloc: an exact list goes to list's free list when it has room
    // (subclass instances have their own dealloc).
    heap.free(this, LIST_FREE_SLOT);
    heap.trashcanEnd();
  }

  /** list_dealloc's part: the items, last to first. */
  override releaseOwnReferences(heap: Heap): void {
    const old = this.items;
    this.items = [];
    this.freeAllocation();
    releaseBackwards(heap, old);
  }

  /** list.append: the list takes its own reference. */
  append(heap: Heap, v: Value): void {
    this.assertLive('list append');
    heap.incref(v);
    this.noteAppend(this.items.length);
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
