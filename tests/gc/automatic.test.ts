/**
 * Automatic collection (CPython 3.11 _PyObject_GC_Link and
 * gc_collect_generations):
 *  - every GC allocation adds 1 to gen0's count, every GC object freed
 *    takes 1 off (while positive); a collection of generation g zeroes the
 *    counts of 0..g and adds 1 to g+1's;
 *  - during an allocation, if gen0.count > threshold0 (and automatic
 *    collection is enabled, threshold0 != 0 and no collection is running),
 *    the oldest generation i whose count exceeds its threshold is collected
 *    -- except that gen2 is skipped (the next younger one is taken) while
 *    long_lived_pending < long_lived_total / 4;
 *  - the object being allocated is not tracked yet, so it is never part of
 *    that collection.
 * With thresholds (3,2,2) and only allocations that survive, that is a
 * collection on every 4th allocation and a gen1 collection on every 4th of
 * those, until gen2's count exceeds 2 (CPython's p14 probe shows the same
 * period, shifted by the interpreter's own allocations, which gclab does
 * not model). long_lived_total / 4 is C integer division.
 */
import { Collector } from '../../src/gc';
import { Heap, SLICE_FREE_SLOT, type Instance } from '../../src/heap';
import { defineClass, expectHealthy, fn, makeWorld } from '../heap/fixtures';

/** What the list, dict and tuple free lists hold (the slice cache, full from the start, left out). */
function listsHeld(heap: Heap): number {
  return heap.freeLists.numfree.reduce((x, y, i) => (i === SLICE_FREE_SLOT ? x : x + y), 0);
}

/** A heap with a class K whose instances are all kept; `alloc()` returns the generation collected during it, or -1. */
function setup(thresholds: number[], longLived = 0) {
  const { heap } = makeWorld();
  const gc = new Collector(heap, { debugChecks: true });
  gc.enabled = false;
  const K = defineClass(heap, 'K');
  const kept: Instance[] = [];
  for (let i = 0; i < longLived; i++) kept.push(heap.newInstance(K));
  gc.collect();
  gc.setThreshold(...thresholds);
  gc.enabled = true;
  const collections = () => gc.stats.map((s) => s.collections);
  const alloc = (): number => {
    const before = collections();
    kept.push(heap.newInstance(K));
    const after = collections();
    const g = after.findIndex((c, i) => c !== before[i]);
    expect(after.reduce((a, b) => a + b) - before.reduce((a, b) => a + b)).toBeLessThanOrEqual(1);
    return g;
  };
  /** The (allocation number, generation) pairs of the first `n` allocations. */
  const run = (n: number) => {
    const out: Array<[number, number]> = [];
    for (let i = 1; i <= n; i++) {
      const g = alloc();
      if (g >= 0) out.push([i, g]);
    }
    return out;
  };
  return { heap, gc, K, kept, run };
}

/**
 * A reference model of the rules above for allocations that all survive:
 * gen sizes, counts and the long-lived figures, step by step.
 */
function expectedSchedule(n: number, t: number[], gen2Size: number): Array<[number, number]> {
  const count = [0, 0, 0];
  const size = [0, 0, gen2Size];
  let pending = 0;
  let total = gen2Size;
  const out: Array<[number, number]> = [];
  for (let i = 1; i <= n; i++) {
    count[0]++;
    if (count[0] > t[0]) {
      let gen = -1;
      for (let g = 2; g >= 0; g--) {
        if (count[g] > t[g]) {
          if (g === 2 && pending < Math.trunc(total / 4)) continue;
          gen = g;
          break;
        }
      }
      if (gen >= 0) {
        out.push([i, gen]);
        if (gen < 2) count[gen + 1]++;
        for (let g = 0; g <= gen; g++) count[g] = 0;
        let young = 0;
        for (let g = 0; g <= gen; g++) (young += size[g]), (size[g] = 0);
        if (gen === 1) pending += young;
        if (gen < 2) size[gen + 1] += young;
        else (size[2] = young), (pending = 0), (total = young);
      }
    }
    size[0]++; // the new object is tracked after the collection
  }
  return out;
}

test('thresholds (3,2,2): a collection on every 4th GC allocation, a gen1 collection on every 4th of those, gen2 once its count exceeds 2', () => {
  const { gc, run } = setup([3, 2, 2]);
  const gen2Size = gc.longLivedTotal;
  expect(gen2Size).toBe(3); // gc.garbage, gc.callbacks and the class K
  const schedule = run(64);
  expect(schedule).toEqual([
    [4, 0], [8, 0], [12, 0], [16, 1],
    [20, 0], [24, 0], [28, 0], [32, 1],
    [36, 0], [40, 0], [44, 0], [48, 1],
    // gen2.count is now 3 > 2 and long_lived_pending (47) >= 3 / 4: the
    // oldest generation over its threshold is collected.
    [52, 2], [56, 0], [60, 0], [64, 0],
  ]);
  expect(schedule).toEqual(expectedSchedule(64, [3, 2, 2], gen2Size));
});

test('the long-lived heuristic skips gen2 (collecting gen1 instead) while long_lived_pending < long_lived_total / 4', () => {
  const { gc, run } = setup([3, 2, 2], 400);
  expect(gc.longLivedTotal).toBe(403);
  const schedule = run(128);
  // gen2's count exceeds 2 from allocation 52 on, but long_lived_pending
  // grows 15, 31, 47, 63, 79, 95, 111 with each gen1 collection: gen2 is
  // skipped until 111 >= 403 / 4 (= 100), at allocation 116.
  expect(schedule.filter(([, g]) => g > 0)).toEqual([
    [16, 1], [32, 1], [48, 1], [64, 1], [80, 1], [96, 1], [112, 1], [116, 2],
  ]);
  expect(schedule).toEqual(expectedSchedule(128, [3, 2, 2], 403));
  expect(gc.longLivedPending).toBe(0);
  expect(gc.longLivedTotal).toBe(403 + 115);
});

test('long_lived_total / 4 is an integer division: pending 47 with total 189 does not skip gen2', () => {
  const { gc, run } = setup([3, 2, 2], 186);
  expect(gc.longLivedTotal).toBe(189);
  const schedule = run(52);
  // At allocation 52: gen2.count 3 > 2, long_lived_pending 47, and
  // 47 < 189 / 4 is false in C (189 / 4 == 47), true in real numbers.
  expect(schedule[schedule.length - 1]).toEqual([52, 2]);
  expect(schedule).toEqual(expectedSchedule(52, [3, 2, 2], 189));
});

test('the object being allocated is never part of the collection its allocation triggers', () => {
  const { heap, gc, K } = setup([3, 10, 10]);
  const firsts = [heap.newInstance(K), heap.newInstance(K), heap.newInstance(K)];
  const fourth = heap.newInstance(K); // triggers a gen0 collection
  expect(gc.stats[0].collections).toBe(1);
  expect(gc.getObjects(0)).toEqual([fourth]);
  expect(gc.getObjects(1)).toEqual(firsts);
  expect(gc.getCount()).toEqual([0, 1, 0]);
});

test('freeing a GC object takes one off gen0.count while it is positive (PyObject_GC_Del)', () => {
  const { heap, gc, K } = setup([700, 10, 10]);
  const a = heap.newInstance(K);
  const b = heap.newInstance(K);
  expect(gc.getCount()).toEqual([2, 0, 0]);
  heap.decref(a);
  heap.decref(b);
  expect(gc.getCount()).toEqual([0, 0, 0]);
  heap.decref(heap.newInstance(K));
  expect(gc.getCount()).toEqual([0, 0, 0]);
});

test('a freed list, dict or small tuple goes to its free list: not uncounted, and the next one of its kind is not counted', () => {
  const { heap, gc } = setup([700, 10, 10]);
  // gc.collect() in setup emptied the free lists (clear_freelists).
  const l = heap.newList();
  const d = heap.newDict(); // untracked, but a GC type: counted too
  const t = heap.newTuple([1, 2]);
  expect(gc.getCount()).toEqual([3, 0, 0]);
  heap.decref(l);
  heap.decref(d);
  heap.decref(t);
  expect(gc.getCount()).toEqual([3, 0, 0]);
  expect(listsHeld(heap)).toBe(3);
  // Reused: no count.
  const l2 = heap.newList();
  const d2 = heap.newDict();
  const t2 = heap.newTuple([3, 4]);
  expect(gc.getCount()).toEqual([3, 0, 0]);
  // A tuple of another size has its own list.
  const t3 = heap.newTuple([1, 2, 3]);
  expect(gc.getCount()).toEqual([4, 0, 0]);
  for (const o of [l2, d2, t2, t3]) heap.decref(o);
  expect(gc.getCount()).toEqual([4, 0, 0]);
  // The empty tuple is CPython's singleton: never counted.
  heap.decref(heap.newTuple([]));
  expect(gc.getCount()).toEqual([4, 0, 0]);
});

test('free lists hold at most 80 lists, 80 dicts, 2000 tuples per size; a 20-tuple is kept but never reused', () => {
  const { heap, gc } = setup([0, 10, 10]);
  const lists = Array.from({ length: 100 }, () => heap.newList());
  expect(gc.getCount()[0]).toBe(100);
  for (const l of lists) heap.decref(l);
  // 80 kept, 20 freed through PyObject_GC_Del.
  expect(gc.getCount()[0]).toBe(80);
  const big = Array.from({ length: 3 }, () => heap.newTuple(new Array<number>(20).fill(0)));
  expect(gc.getCount()[0]).toBe(83);
  for (const t of big) heap.decref(t);
  expect(gc.getCount()[0]).toBe(83);
  heap.decref(heap.newTuple(new Array<number>(20).fill(0)));
  expect(gc.getCount()[0]).toBe(84);
  const t21 = heap.newTuple(new Array<number>(21).fill(0));
  expect(gc.getCount()[0]).toBe(85);
  heap.decref(t21);
  expect(gc.getCount()[0]).toBe(84);
});

test('only a collection of the oldest generation empties the free lists, each object freed lowering the count while positive', () => {
  const { heap, gc } = setup([0, 10, 10]);
  for (let i = 0; i < 5; i++) heap.decref(heap.newTuple([i]));
  const kept = Array.from({ length: 3 }, () => heap.newList());
  for (const l of kept) heap.decref(l);
  expect(listsHeld(heap)).toBe(4);
  gc.collect(1);
  expect(listsHeld(heap)).toBe(4);
  gc.collect(2);
  expect(listsHeld(heap)).toBe(0);
  // The one-slice cache is no free list that clear_freelists empties.
  expect(heap.freeLists.numfree[SLICE_FREE_SLOT]).toBe(1);
  expect(gc.getCount()).toEqual([0, 0, 0]);
  // Now nothing is reused: every allocation counts again.
  heap.decref(heap.newList());
  heap.decref(heap.newList());
  expect(gc.getCount()).toEqual([1, 0, 0]);
});

test('gc.disable() stops automatic collection only; gc.collect() still collects', () => {
  const { heap, gc, K } = setup([3, 2, 2]);
  gc.enabled = false;
  for (let i = 0; i < 20; i++) heap.newInstance(K);
  expect(gc.stats.map((s) => s.collections)).toEqual([0, 0, 1]);
  expect(gc.getCount()).toEqual([20, 0, 0]);
  const l = heap.newList();
  l.append(heap, l);
  heap.decref(l);
  expect(gc.collect()).toBe(1);
  gc.enabled = true;
  for (let i = 0; i < 4; i++) heap.newInstance(K);
  expect(gc.stats[0].collections).toBe(1);
});

test('threshold0 = 0 disables automatic collection', () => {
  const { heap, gc, K } = setup([0, 2, 2]);
  for (let i = 0; i < 20; i++) heap.newInstance(K);
  expect(gc.stats.map((s) => s.collections)).toEqual([0, 0, 1]);
});

test('no automatic collection starts while one is running (gcstate->collecting)', () => {
  const { heap, gc } = setup([1, 10, 10]);
  gc.enabled = false;
  const made: unknown[] = [];
  const Alloc = defineClass(heap, 'Alloc', {
    __del__: fn(heap, '__del__', () => {
      for (let i = 0; i < 5; i++) made.push(heap.newList());
    }),
  });
  const a = heap.newInstance(Alloc);
  a.setAttr(heap, 'me', a);
  heap.decref(a);
  gc.enabled = true;
  const before = gc.stats.map((s) => s.collections);
  heap.newList(); // count > 1: a collection, whose finalizer allocates 5 more lists without starting another
  const after = gc.stats.map((s) => s.collections);
  expect(after.reduce((x, y) => x + y) - before.reduce((x, y) => x + y)).toBe(1);
  expect(made).toHaveLength(5);
  expect(a.isDead).toBe(true);
  // After the collection zeroed gen0's count: +5 lists, -1 for the freed Alloc instance.
  expect(gc.getCount()[0]).toBe(4);
  expectHealthy(heap);
});

test('stress mode collects every generation at every GC allocation', () => {
  const heap = new Heap();
  const gc = new Collector(heap, { stress: true, debugChecks: true });
  const l = heap.newList();
  l.append(heap, l);
  heap.decref(l);
  expect(l.isDead).toBe(false);
  const before = gc.stats[2].collections;
  heap.newList();
  expect(gc.stats[2].collections).toBe(before + 1);
  expect(l.isDead).toBe(true);
  heap.newDict();
  expect(gc.stats[2].collections).toBe(before + 2);
});
