/**
 * CPython 3.11's free lists of GC objects, as the collector's counts see them.
 *
 * Rules (Objects/listobject.c, dictobject.c, tupleobject.c; Modules/gcmodule.c):
 *  - An exact list, dict or small tuple being deallocated is kept on its
 *    type's free list when that list has room (list_dealloc, dict_dealloc,
 *    maybe_freelist_push) instead of going through PyObject_GC_Del, so it
 *    does not lower generations[0].count.
 *  - An allocation of that type takes an object from its free list when it
 *    holds one (PyList_New, new_dict, maybe_freelist_pop) with
 *    _Py_NewReference only: no _PyObject_GC_Link, so the count does not go
 *    up and no automatic collection can start there.
 *  - Sizes: 80 lists (PyList_MAXFREELIST), 80 dicts (PyDict_MAXFREELIST),
 *    2000 tuples of each size 1..20 (PyTuple_MAXFREELIST). A tuple of size
 *    20 is pushed (maybe_freelist_push checks `index < PyTuple_NFREELISTS`,
 *    21 lists) but never popped (maybe_freelist_pop checks
 *    `size < PyTuple_MAXSAVESIZE`): 3.11.7 does exactly that, and python3
 *    shows it (a freed 20-tuple does not lower the count).
 *  - A collection of the oldest generation empties every free list
 *    (clear_freelists at the end of gc_collect_main); each object freed
 *    there goes through PyObject_GC_Del, which lowers the count while it is
 *    above zero.
 *  - float/int free lists hold no GC objects, so they never touch the count
 *    and are not modelled. The free lists of async generator `asend`
 *    objects and of contexts are not reachable from a scenario.
 *
 * Only the number of objects each list holds matters (no object is reused:
 * a new gclab object stands for the reused one), so a free list is one
 * counter. A type declares its slot (see listFreeSlot, dictFreeSlot,
 * tupleFreeSlot) and passes it to Heap.register and Heap.free.
 */

/** No free list: the object is allocated and freed through the GC allocator. */
export const NO_FREE_LIST = -1;
/** list's free list (Objects/listobject.c free_list). */
export const LIST_FREE_SLOT = 0;
/** dict's free list (Objects/dictobject.c free_list; the keys objects it keeps are not GC objects). */
export const DICT_FREE_SLOT = 1;
/**
 * The empty tuple: a singleton in CPython (tuple_get_empty), never
 * allocated or freed, so gclab's empty tuple objects are never counted.
 */
const EMPTY_TUPLE_SLOT = 2;
/** The slot of tuples of size n (1 <= n <= 20) is TUPLE_FREE_BASE + n. */
const TUPLE_FREE_BASE = 2;
/** PyTuple_MAXSAVESIZE: only smaller tuples are popped from a free list. */
const TUPLE_MAXSAVESIZE = 20;
/** PyTuple_NFREELISTS - 1 in 3.11.7: tuples up to this size are pushed. */
const TUPLE_MAX_PUSHED_SIZE = 20;

/**
 * The interpreter's one-slice cache (Objects/sliceobject.c slice_cache):
 * PySlice_New takes the cached slice, slice_dealloc keeps a slice there
 * when it is empty. clear_freelists does not empty it (only
 * _PySlice_Fini does), and start-up leaves a slice in it.
 */
export const SLICE_FREE_SLOT = TUPLE_FREE_BASE + TUPLE_MAX_PUSHED_SIZE + 1;

const SLOT_COUNT = SLICE_FREE_SLOT + 1;

/** The capacity of each slot: PyList_MAXFREELIST, PyDict_MAXFREELIST, then PyTuple_MAXFREELIST per size. */
const CAPACITY: Int32Array = (() => {
  const c = new Int32Array(SLOT_COUNT);
  c[LIST_FREE_SLOT] = 80;
  c[DICT_FREE_SLOT] = 80;
  for (let n = 1; n <= TUPLE_MAX_PUSHED_SIZE; n++) c[TUPLE_FREE_BASE + n] = 2000;
  c[SLICE_FREE_SLOT] = 1;
  return c;
})();

/** The slot a tuple of `size` items is pushed to when freed (maybe_freelist_push). */
export function tupleFreeSlot(size: number): number {
  return size >= 0 && size <= TUPLE_MAX_PUSHED_SIZE ? TUPLE_FREE_BASE + size : NO_FREE_LIST;
}

/** The slot a new tuple of `size` items may be popped from (maybe_freelist_pop: size < PyTuple_MAXSAVESIZE). */
export function tupleAllocSlot(size: number): number {
  return size >= 0 && size < TUPLE_MAXSAVESIZE ? TUPLE_FREE_BASE + size : NO_FREE_LIST;
}

/** How many objects each free list holds (the `numfree` counters of CPython's states). */
export class FreeLists {
  readonly numfree = new Int32Array(SLOT_COUNT);

  constructor() {
    this.numfree[SLICE_FREE_SLOT] = 1;
  }

  /** Take an object from slot `slot` if it holds one (the allocation is then not counted). */
  pop(slot: number): boolean {
    if (slot < 0 || this.numfree[slot] === 0) return slot === EMPTY_TUPLE_SLOT;
    this.numfree[slot]--;
    return true;
  }

  /** Keep a freed object in slot `slot` if it has room (the free is then not counted). */
  push(slot: number): boolean {
    if (slot < 0 || this.numfree[slot] >= CAPACITY[slot]) return slot === EMPTY_TUPLE_SLOT;
    this.numfree[slot]++;
    return true;
  }

  /** clear_freelists: empty every list; returns how many objects were freed. */
  clear(): number {
    let n = 0;
    for (let i = 0; i < SLICE_FREE_SLOT; i++) n += this.numfree[i];
    this.numfree.fill(0, 0, SLICE_FREE_SLOT);
    return n;
  }

  /** Set the lists' contents: [slot, count] pairs (the state at __main__'s start). */
  fill(contents: ReadonlyArray<readonly [number, number]>): void {
    this.numfree.fill(0);
    for (const [slot, n] of contents) this.numfree[slot] = Math.min(n, CAPACITY[slot]);
    // Start-up leaves a slice in the cache, whatever the lists hold.
    this.numfree[SLICE_FREE_SLOT] = 1;
  }
}
