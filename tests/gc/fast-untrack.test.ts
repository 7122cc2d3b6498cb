/**
 * The fast untrack pass of a full collection (Collector.collectMain,
 * untrackFast): when the last full collection found nothing unreachable and
 * untracked no tuple, and nothing changed tracking since
 * (Heap.trackingChanges), a full collection that skips deduce_unreachable
 * walks generation 0 only, not every tracked object. Under --gc-stress most
 * collections take it. A program that untracks tuples and dicts, replaces
 * result tuples' items in place (zip, enumerate, dict.items(), reduce), a
 * class's MRO, freezes, collects young generations and frees cycles with
 * weakref callbacks must leave, after every collection, the generation
 * lists the walk of every object leaves: same objects, same order.
 */
import { Collector } from '../../src/gc';
import type { Heap } from '../../src/heap';
import { listObjects, NO_SLOT } from '../../src/heap/gc-list';
import { runScenario } from '../../src/lang';
import { expectHealthy, makeWorld } from '../heap/fixtures';

jest.setTimeout(120_000);

const PROGRAM = String.raw`
import gc, functools, weakref

class K:
    pass

class A:
    pass

class B:
    pass

class C(A):
    pass

# Nested tuples: the inner ones untracked first, the outer ones later.
nested = ((1, 2), ((3,), 4), ("x", (5.0, (6,))))
keep = [(i, (i, str(i))) for i in range(20)]
d = {"a": (1, 2), "b": ((3,),), "c": "s"}
d2 = {"k": [1]}
d2["k"] = 1  # the dict no longer holds a container
ns = {}
ns["t"] = (1, (2, 3))

# Result tuples reused in place (zip, enumerate, dict.items(), reduce).
lists = [[i] for i in range(5)]
for pair in zip(lists, range(5)):
    print(gc.is_tracked(pair), end=" ")
print()
for pair in zip(range(5), range(5)):
    print(gc.is_tracked(pair), end=" ")
print()
mixed = [[0], 1, [2], 3, 4, 5]
seen = []
for i, x in enumerate(mixed):
    seen.append(gc.is_tracked((i, x)))
print(seen)
items = {1: [1], 2: 2, 3: 3}
for kv in items.items():
    print(gc.is_tracked(kv), end=" ")
print()
print(functools.reduce(lambda a, b: (a, b) if isinstance(a, int) else a, [[1], 2, 3]))

# A class's MRO replaced in place.
C.__bases__ = (B,)
print([k.__name__ for k in C.__mro__])

# Cycles and weakrefs.
for i in range(10):
    k = K()
    k.me = k
    k.t = (i, (i,))
    r = weakref.ref(k, lambda w, i=i: print("gone", i))
    del k
print(gc.is_tracked(nested), gc.is_tracked(nested[1]), gc.is_tracked(d), gc.is_tracked(d2), gc.is_tracked(ns))

gc.freeze()
frozen_t = ((1,), 2)
gc.unfreeze()
print(gc.is_tracked(frozen_t))
gc.collect(0)
late = ((7,), (8, (9,)))
print(gc.is_tracked(late), gc.is_tracked(late[1]))
print(sum(1 for o in gc.get_objects() if type(o) is tuple), sum(1 for o in gc.get_objects() if type(o) is dict))
`;

/** The ids in each generation list, in order, joined. */
function listsDigest(heap: Heap): string {
  return heap.generations
    .map((head) => {
      return listObjects(head)
        .map((o) => o.id)
        .join(',');
    })
    .join('|');
}

function run(fast: boolean) {
  const digests: string[] = [];
  let passes = 0;
  const r = runScenario(PROGRAM, 'fast_untrack.py', {
    gcStress: true,
    setup: (interp) => {
      interp.gc.fastUntrack = fast;
      const collector = interp.gc;
      const inner = interp.heap.gcAllocHook!;
      interp.heap.gcAllocHook = () => {
        const before = collector.fastUntrackPasses;
        inner();
        passes += collector.fastUntrackPasses - before;
        digests.push(listsDigest(interp.heap));
      };
    },
  });
  return { r, digests, passes };
}

test('under stress, the fast pass leaves the lists the full walk leaves, after every collection', () => {
  const fast = run(true);
  const slow = run(false);
  expect(slow.passes).toBe(0);
  // Many stress collections take the fast pass (it would not be tested otherwise).
  expect(fast.passes).toBeGreaterThan(fast.digests.length / 4);
  expect(fast.r.stdout).toBe(slow.r.stdout);
  expect(fast.r.exitCode).toBe(0);
  expect(fast.digests.length).toBe(slow.digests.length);
  const firstDifference = fast.digests.findIndex((d, i) => d !== slow.digests[i]);
  expect(firstDifference).toBe(-1);
});

function heapWorld(fast: boolean) {
  const w = makeWorld();
  const gc = new Collector(w.heap, { debugOut: () => {}, debugChecks: false });
  gc.enabled = false;
  gc.fastUntrack = fast;
  return { ...w, gc };
}

test('a tuple whose items are replaced in place (zip_next, enum_next) is looked at again', () => {
  const tracked = [true, false].map((fast) => {
    const { heap, gc } = heapWorld(fast);
    const inner = heap.newList([]);
    const t = heap.newTuple([inner, 1]);
    heap.decref(inner);
    gc.collect();
    gc.collect(); // nothing lost since the last one: the fast pass, when on
    expect(gc.fastUntrackPasses).toBe(fast ? 1 : 0);
    // What zip_next does to its result tuple: new items, the old ones
    // released (the list dies: no tracked object lost a reference).
    const old = t.items;
    t.items = [2, 3];
    heap.trackingChanges++;
    for (const x of old) heap.decref(x);
    expect(heap.referenceLost).toBe(false);
    gc.collect();
    const r = t.gcSlot !== NO_SLOT;
    heap.decref(t);
    expectHealthy(heap);
    return r;
  });
  expect(tracked).toEqual([false, false]);
});

test('a tuple untracked alive makes the next full collection walk everything; a young collection too', () => {
  const outcome = [true, false].map((fast) => {
    const { heap, gc } = heapWorld(fast);
    const atoms = heap.newTuple([1, 2]);
    const outer = heap.newTuple([atoms]); // after its item: the walk untracks both at once
    const late = heap.newTuple([3]);
    const holder = heap.newTuple([late]); // before `late` once `late` moves to generation 2's tail
    gc.collect();
    const states = [atoms, outer, late, holder].map((t) => t.gcSlot !== NO_SLOT);
    heap.untrack(late);
    heap.track(late);
    heap.moveToGeneration(late, 2);
    gc.collect(0);
    gc.collect();
    states.push(...[late, holder].map((t) => t.gcSlot !== NO_SLOT));
    gc.collect();
    states.push(holder.gcSlot !== NO_SLOT);
    for (const t of [atoms, outer, late, holder]) heap.decref(t);
    expectHealthy(heap);
    return states;
  });
  expect(outcome[0]).toEqual(outcome[1]);
});
