/**
 * Work that CPython did before `__main__`'s first statement but gclab does
 * later, on demand: loading a module that `python3`'s start-up already
 * imported (site and its .pth files import about a hundred: `functools`,
 * `collections`, `enum`, `re`, `typing`, ...). For CPython, the scenario's
 * `import functools` is a lookup in sys.modules; the module's objects were
 * made long before and sit in the oldest generation. So while such work
 * runs here:
 *
 *  - no automatic collection starts (the scenario's young objects are not
 *    collected at moments CPython would not collect them);
 *  - afterwards, the generation counts and the free lists are what they
 *    were before (CPython's counts never saw those allocations);
 *  - the objects it made that are still tracked in generation 0 move to
 *    the tail of the oldest generation, in their order (CPython's are
 *    there since start-up: a young collection never scans them, and a
 *    full one finds them before the scenario's objects).
 *
 * Nested work (a start-up module importing another) is part of the
 * outermost.
 */
import type { Heap } from './heap';
import { listObjects } from './gc-list';
import type { PyObject } from './object';

interface SavedState {
  counts: number[];
  freeLists: Int32Array;
  hook: (() => void) | null;
  firstId: number;
}

const saved = new WeakMap<Heap, SavedState>();

/** Run `work` as start-up work of `heap` (see above); returns what it returns. */
export function asStartupWork<T>(heap: Heap, work: () => T): T {
  if (saved.has(heap)) return work();
  const state: SavedState = {
    counts: heap.genCount.slice(),
    freeLists: heap.freeLists.numfree.slice(),
    hook: heap.gcAllocHook,
    firstId: heap.nextObjectId,
  };
  saved.set(heap, state);
  heap.gcAllocHook = null;
  try {
    return work();
  } finally {
    saved.delete(heap);
    heap.gcAllocHook = state.hook;
    state.counts.forEach((c, i) => (heap.genCount[i] = c));
    heap.freeLists.numfree.set(state.freeLists);
    const young = heap.generations[0];
    const made: PyObject[] = [];
    for (const o of listObjects(young)) if (o.id >= state.firstId) made.push(o);
    for (const o of made) heap.moveToGeneration(o, 2);
  }
}

/**
 * Run `work` uncounted: work whose allocations CPython makes differently,
 * replayed afterwards from measurements (lang/interp/cpython-cost-replay.ts,
 * the @dataclass decorator). As start-up work, no automatic collection
 * starts during it and the counts and free lists are afterwards what they
 * were; unlike it, the objects it made stay where they are (CPython's are
 * young too). Inside start-up work it is part of that work.
 */
export function asUncountedWork<T>(heap: Heap, work: () => T): T {
  if (saved.has(heap)) return work();
  const counts = heap.genCount.slice();
  const freeLists = heap.freeLists.numfree.slice();
  const hook = heap.gcAllocHook;
  heap.gcAllocHook = null;
  const mark = heap.cAllocationMark();
  try {
    return work();
  } finally {
    heap.forgetCAllocations(mark);
    heap.gcAllocHook = hook;
    counts.forEach((c, i) => (heap.genCount[i] = c));
    heap.freeLists.numfree.set(freeLists);
  }
}

/** Whether start-up work of `heap` is under way. */
export function inStartupWork(heap: Heap): boolean {
  return saved.has(heap);
}
