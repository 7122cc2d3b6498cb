/**
 * verify(): check every heap invariant and report the first violation
 * (in the spirit of gcmodule.c's validate_list and Py_DEBUG's refcount
 * checks). Runs in time linear in the heap.
 *
 * Invariants:
 *  1. No live object holds a reference to a reclaimed object.
 *  2. Every live object's refcount is at least the number of references
 *     other live objects hold to it (the rest are host references).
 *  3. Every tracked object is in exactly one generation list, the lists are
 *     well linked, and no object is left marked COLLECTING/UNREACHABLE
 *     outside a collection.
 *  4. Weakref lists are consistent: each weakref in an object's list refers
 *     to that object, links back correctly, and is alive; a weakref with a
 *     referent is in that referent's list, and that referent is alive (a
 *     weakref to a reclaimed object must have been cleared).
 * A reclaimed object found anywhere a live object can reach it (a
 * reference, a generation list, a weakref's referent) is reported by name.
 */
import type { Heap } from './heap';
import { NO_SLOT, listObjects } from './gc-list';
import { COLLECTING, DEAD, PyObject, UNREACHABLE } from './object';
import type { WeakrefBase } from './weakref-base';

/** What verifyHeap found: the number of objects checked, or the first violated invariant. */
export type Verdict = { ok: true; objects: number } | { ok: false; violation: string };

/**
 * Check the heap's invariants: every reference count equals the references held (plus `extraRoots`,
 * the host's own), generation lists are well linked, weakref lists point at their referents, and no
 * live object references a reclaimed one.
 */
export function verifyHeap(heap: Heap, extraRoots: PyObject[] = []): Verdict {
  const seenInList = new Map<PyObject, string>();
  const st = heap.gcStore;
  for (const head of heap.generations) {
    let prev = head.slot;
    for (let s = st.next[head.slot]; s !== head.slot; s = st.next[s]) {
      const node = st.nodes[s];
      if (!(node instanceof PyObject)) return bad(`generation list ${head.name} is broken: slot ${s} holds no object`);
      const o = node;
      if (o.gcSlot !== s || st.prev[s] !== prev) return bad(`generation list ${head.name} is broken at ${o.describe()}`);
      if (seenInList.has(o)) return bad(`${o.describe()} is in ${seenInList.get(o)} and ${head.name}`);
      seenInList.set(o, head.name);
      if (heap.currentCollection === 0 && (st.marks[s] & (COLLECTING | UNREACHABLE)) !== 0) {
        return bad(`${o.describe()} is still marked by a collection`);
      }
      prev = s;
    }
    if (st.prev[head.slot] !== prev) return bad(`generation list ${head.name} is broken at its tail`);
  }
  const all: PyObject[] = [];
  const known = new Set<PyObject>();
  const add = (o: PyObject) => {
    if (!known.has(o)) {
      known.add(o);
      all.push(o);
    }
  };
  if (heap.registry !== null) for (const o of heap.registry) add(o);
  for (const o of seenInList.keys()) add(o);
  for (const o of extraRoots) add(o);
  // Without the registry, also reach untracked objects through references.
  if (heap.registry === null) {
    for (let i = 0; i < all.length; i++) all[i].traverse((c) => (c.flags & DEAD) === 0 && add(c));
  }
  const incoming = new Map<PyObject, number>();
  for (const o of all) {
    if (o.flags & DEAD) {
      const where = seenInList.get(o);
      return bad(`reclaimed object ${o.describe()} is still ${where !== undefined ? `in ${where}` : 'registered'}`);
    }
    if (o.refcnt < 1) return bad(`live object ${o.describe()} has refcount ${o.refcnt}`);
    if (o.gcSlot !== NO_SLOT && !seenInList.has(o)) return bad(`${o.describe()} is tracked but in no generation list`);
    let problem: string | null = null;
    o.traverse((c) => {
      if (problem === null && (c.flags & DEAD) !== 0) problem = `${o.describe()} references reclaimed ${c.describe()}`;
      incoming.set(c, (incoming.get(c) ?? 0) + 1);
    });
    if (problem !== null) return bad(problem);
    const wrProblem = checkWeaklist(o);
    if (wrProblem !== null) return bad(wrProblem);
    if (o.isWeakref) {
      const wr = o as unknown as WeakrefBase;
      if (wr.referent !== null && (wr.referent.flags & DEAD) !== 0) {
        return bad(`weakref ${o.describe()} still refers to reclaimed ${wr.referent.describe()}`);
      }
      if (wr.referent !== null && !inList(wr.referent, wr)) {
        return bad(`weakref ${o.describe()} is not in the list of its referent ${wr.referent.describe()}`);
      }
    }
  }
  for (const [o, n] of incoming) {
    if ((o.flags & DEAD) === 0 && o.refcnt < n) {
      return bad(`${o.describe()} has refcount ${o.refcnt} but ${n} references from live objects`);
    }
  }
  return { ok: true, objects: all.length };
}

function checkWeaklist(o: PyObject): string | null {
  let prev: WeakrefBase | null = null;
  for (let wr = o.weaklist; wr !== null; wr = wr.wrNext) {
    if (wr.referent !== o) return `weakref ${wr.describe()} in the list of ${o.describe()} refers elsewhere`;
    if (wr.wrPrev !== prev) return `weakref list of ${o.describe()} is broken at ${wr.describe()}`;
    if (wr.flags & DEAD) return `reclaimed weakref ${wr.describe()} is in the list of ${o.describe()}`;
    prev = wr;
  }
  return null;
}

function inList(o: PyObject, wr: WeakrefBase): boolean {
  for (let w = o.weaklist; w !== null; w = w.wrNext) if (w === wr) return true;
  return false;
}

function bad(violation: string): Verdict {
  return { ok: false, violation };
}

/** The objects of generation `gen` in list order (0-2, 3 = permanent). */
export function generationObjects(heap: Heap, gen: number): PyObject[] {
  return listObjects(heap.generations[gen]);
}
