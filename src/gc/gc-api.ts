/**
 * The gc module's functions that are not collections (Modules/gcmodule.c:
 * gc_get_objects_impl, gc_get_referrers, gc_freeze_impl,
 * gc_unfreeze_impl, gc_get_freeze_count_impl, gc_set_threshold,
 * gc_get_count_impl): they read or rearrange the generation lists and the
 * thresholds, and never run a phase of the collector. The Collector's
 * methods of the same names are the public entry points; the collection
 * driver itself is collector.ts.
 */
import type { Heap } from '../heap/heap';
import { PyException } from '../heap/errors';
import { listMerge, listObjects, listSize } from '../heap/gc-list';
import type { PyObject } from '../heap/object';
import type { Value } from '../heap/value';

/** The number of generations, as `gc` has them (0, 1 and 2). */
export const NUM_GENERATIONS = 3;
/** Index of the permanent generation (gc.freeze()) in heap.generations. */
export const PERMANENT_GENERATION = 3;

/** gc.set_threshold(threshold0[, threshold1[, threshold2]]): updates `thresholds` in place. */
export function setThreshold(thresholds: number[], t: number[]): void {
  if (t.length === 0) throw new PyException('TypeError', 'set_threshold() takes at least 1 argument (0 given)');
  if (t.length > 3) throw new PyException('TypeError', `set_threshold() takes at most 3 arguments (${t.length} given)`);
  t.forEach((v, i) => (thresholds[i] = v));
}

/** gc.get_objects(generation=None): gens 0, 1, 2 in list order (not the permanent one). */
export function getObjects(heap: Heap, generation: number | null): PyObject[] {
  // gc_get_objects_impl: the argument clinic maps None to -1, so -1 also
  // means every generation; only values below -1 are "negative".
  if (generation === null || generation === -1) {
    return [0, 1, 2].flatMap((g) => listObjects(heap.generations[g]));
  }
  if (generation >= NUM_GENERATIONS) {
    throw new PyException(
      'ValueError',
      `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`,
    );
  }
  if (generation < -1) throw new PyException('ValueError', 'generation parameter cannot be negative');
  return listObjects(heap.generations[generation]);
}

/** gc.get_referrers(*objs): tracked objects (gens 0-2) that refer to any of objs, in list order. */
export function getReferrers(heap: Heap, objs: Value[]): PyObject[] {
  const targets = new Set(objs);
  const out: PyObject[] = [];
  for (let g = 0; g < NUM_GENERATIONS; g++) {
    for (const o of listObjects(heap.generations[g])) {
      let hit = false;
      o.traverse((c) => {
        if (targets.has(c)) hit = true;
      });
      if (hit) out.push(o);
    }
  }
  return out;
}

/**
 * gc.freeze(): move everything to the permanent generation and zero every
 * generation's count (CPython 3.11: get_count() is (0, 0, 0) after
 * collect(0); freeze(), not (0, 1, 0)).
 */
export function freeze(heap: Heap): void {
  const g = heap.generations;
  for (let i = 0; i < NUM_GENERATIONS; i++) {
    listMerge(g[i], g[PERMANENT_GENERATION]);
    heap.genCount[i] = 0;
  }
}

/** gc.unfreeze(): the permanent generation joins the oldest one. */
export function unfreeze(heap: Heap): void {
  listMerge(heap.generations[PERMANENT_GENERATION], heap.generations[NUM_GENERATIONS - 1]);
}

/** gc.get_freeze_count() */
export function getFreezeCount(heap: Heap): number {
  return listSize(heap.generations[PERMANENT_GENERATION]);
}
