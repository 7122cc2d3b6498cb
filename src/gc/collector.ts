/**
 * The cycle collector's driver: gc_collect_main, gc_collect_generations and
 * the collector state of Modules/gcmodule.c (CPython 3.11).
 *
 * One collection of generation g, phase by phase:
 *   0. gc.callbacks get ("start", info)                 invoke_gc_callback
 *   1. counts: gen g+1 count += 1, gens 0..g counts = 0
 *   2. merge gens 0..g-1 into g, each at the tail: a full collection scans
 *      [gen2][gen0][gen1]
 *   3. deduce_unreachable(young) -> unreachable          (update_refs,
 *      subtract_refs, move_unreachable)
 *   4. untrack_tuples(young); survivors join the older generation (or, in
 *      a full collection, untrack_dicts and the long-lived figures reset)
 *   5. move_legacy_finalizers / move_legacy_finalizer_reachable
 *   6. handle_weakrefs: clear every weakref to trash, then run the
 *      callbacks of the weakrefs that are not trash themselves
 *   7. finalize_garbage: __del__ of every trash object, list order
 *   8. handle_resurrected_objects: spare what finalizers resurrected
 *   9. delete_garbage: tp_clear the rest (or gc.garbage under SAVEALL)
 *  10. handle_legacy_finalizers: uncollectable objects to gc.garbage
 *  11. stats; gc.callbacks get ("stop", info)
 * The result is collected (weakrefs freed after their callback + final
 * garbage) + uncollectable.
 */
import type { Heap } from '../heap/heap';
import { PyException } from '../heap/errors';
import { GcHead, listMerge, listObjects, listSize } from '../heap/gc-list';
import { COLLECTING, type PyObject } from '../heap/object';
import { DictObject } from '../heap/objects/dict-object';
import type { ListObject } from '../heap/objects/list-object';
import { TupleObject, mayBeTracked, tupleMaybeUntrack } from '../heap/objects/tuple-object';
import type { Value } from '../heap/value';
import { deduceUnreachable } from './deduce-unreachable';
import { deleteGarbage } from './delete-garbage';
import { finalizeGarbage, handleResurrectedObjects } from './finalize-garbage';
import { handleWeakrefs } from './handle-weakrefs';
import { moveLegacyFinalizerReachable, moveLegacyFinalizers } from './legacy-finalizers';

export const NUM_GENERATIONS = 3;
export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export interface CollectionResult {
  generation: number;
  collected: number;
  uncollectable: number;
}

export interface CollectorOptions {
  /** Collect at every GC allocation (clox's DEBUG_STRESS_GC), for tests. */
  stress?: boolean;
  /** Where DEBUG_STATS/COLLECTABLE output goes (default: stderr). */
  debugOut?: (text: string) => void;
}

export class Collector {
  readonly heap: Heap;
  thresholds: number[] = [700, 10, 10];
  enabled = true;
  /** gcstate->collecting: no collection starts while one runs. */
  collecting = false;
  longLivedTotal = 0;
  longLivedPending = 0;
  debug = 0;
  stress: boolean;
  readonly stats: GenerationStats[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  /** gc.garbage and gc.callbacks: heap lists, created by attach(). */
  garbage!: ListObject;
  callbacks!: ListObject;
  /** Makes the info dict for gc.callbacks (the interpreter replaces it to build real dicts). */
  private collections = 0;
  private readonly debugOut: (text: string) => void;

  constructor(heap: Heap, options: CollectorOptions = {}) {
    this.heap = heap;
    this.stress = options.stress ?? false;
    this.debugOut = options.debugOut ?? ((t) => process.stderr.write(t));
    this.garbage = heap.newList();
    this.callbacks = heap.newList();
    heap.gcAllocHook = () => this.onAllocation();
  }

  get count(): number[] {
    return this.heap.genCount;
  }

  /** _PyObject_GC_Link's automatic collection (the count was already raised). */
  private onAllocation(): void {
    if (this.collecting || !this.enabled) return;
    const t0 = this.thresholds[0];
    if (this.stress || (t0 !== 0 && this.heap.genCount[0] > t0)) {
      this.collecting = true;
      try {
        if (this.stress) this.collectWithCallback(NUM_GENERATIONS - 1);
        else this.collectGenerations();
      } finally {
        this.collecting = false;
      }
    }
  }

  /** gc_collect_generations: the oldest generation over its threshold, with the long-lived heuristic. */
  private collectGenerations(): number {
    const count = this.heap.genCount;
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (count[i] > this.thresholds[i]) {
        // long_lived_total / 4 is C integer division (Py_ssize_t) in gc_collect_generations.
        if (i === NUM_GENERATIONS - 1 && this.longLivedPending < Math.trunc(this.longLivedTotal / 4)) continue;
        return this.collectWithCallback(i);
      }
    }
    return 0;
  }

  /** gc.collect(generation): returns 0 without collecting if a collection is under way. */
  collect(generation = 2): number {
    if (!Number.isInteger(generation) || generation < 0 || generation >= NUM_GENERATIONS) {
      throw new PyException('ValueError', 'invalid generation');
    }
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      return this.collectWithCallback(generation);
    } finally {
      this.collecting = false;
    }
  }

  /**
   * _PyGC_CollectNoFail: a full collection at interpreter shutdown, without
   * gc.callbacks; does nothing if a collection is under way.
   */
  collectNoFail(): number {
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      const r = this.collectMain(NUM_GENERATIONS - 1);
      return r.collected + r.uncollectable;
    } finally {
      this.collecting = false;
    }
  }

  /** Like collect(), returning the figures. */
  collectDetailed(generation = 2): CollectionResult {
    const before = { ...this.stats[generation] };
    this.collect(generation);
    const after = this.stats[generation];
    return {
      generation,
      collected: after.collected - before.collected,
      uncollectable: after.uncollectable - before.uncollectable,
    };
  }

  /** gc_collect_with_callback */
  private collectWithCallback(generation: number): number {
    this.invokeCallbacks('start', { generation, collected: 0, uncollectable: 0 });
    const r = this.collectMain(generation);
    this.invokeCallbacks('stop', r);
    return r.collected + r.uncollectable;
  }

  /** gc_collect_main */
  private collectMain(generation: number): CollectionResult {
    const heap = this.heap;
    const gens = heap.generations;
    const number = ++this.collections;
    const outerCollection = heap.currentCollection;
    heap.currentCollection = number;
    heap.emit({ kind: 'gc-start', collection: number, generation });
    if (this.debug & DEBUG_STATS) this.printStats(generation);

    if (generation + 1 < NUM_GENERATIONS) heap.genCount[generation + 1] += 1;
    for (let i = 0; i <= generation; i++) heap.genCount[i] = 0;
    for (let i = 0; i < generation; i++) listMerge(gens[i], gens[generation]);

    const young = gens[generation];
    const old = generation < NUM_GENERATIONS - 1 ? gens[generation + 1] : young;

    const unreachable = new GcHead('unreachable');
    deduceUnreachable(young, unreachable);
    this.phase(number, 'move_unreachable', unreachable);

    untrackTuples(heap, young);
    if (young !== old) {
      if (generation === NUM_GENERATIONS - 2) this.longLivedPending += listSize(young);
      listMerge(young, old);
    } else {
      untrackDicts(heap, young);
      this.longLivedPending = 0;
      this.longLivedTotal = listSize(young);
    }

    const finalizers = new GcHead('finalizers');
    moveLegacyFinalizers(unreachable, finalizers);
    moveLegacyFinalizerReachable(finalizers);

    if (this.debug & DEBUG_COLLECTABLE) {
      for (const o of listObjects(unreachable)) this.debugOut(`gc: collectable <${o.typeName} ${hexId(o)}>\n`);
    }

    const callsBefore = heap.hostCalls;
    let m = handleWeakrefs(heap, unreachable, old);
    finalizeGarbage(heap, unreachable);
    let finalUnreachable: GcHead;
    if (heap.hostCalls === callsBefore) {
      // No callback or finalizer ran, so nothing can have been resurrected:
      // handle_resurrected_objects would find every object unreachable
      // again, in the same order. Skip the second pass.
      finalUnreachable = unreachable;
    } else {
      finalUnreachable = new GcHead('final_unreachable');
      handleResurrectedObjects(heap, unreachable, finalUnreachable, old);
    }
    this.phase(number, 'delete_garbage', finalUnreachable);

    m += listSize(finalUnreachable);
    deleteGarbage(heap, finalUnreachable, old, this.debug & DEBUG_SAVEALL ? this.garbage : null);

    const uncollectable = listObjects(finalizers);
    const n = uncollectable.length;
    if (this.debug & DEBUG_UNCOLLECTABLE) {
      for (const o of uncollectable) this.debugOut(`gc: uncollectable <${o.typeName} ${hexId(o)}>\n`);
    }
    if (this.debug & DEBUG_STATS) {
      this.debugOut(`gc: done, ${n + m} unreachable, ${n} uncollectable, 0.0000s elapsed\n`);
    }
    // handle_legacy_finalizers
    for (const o of uncollectable) {
      if (this.debug & DEBUG_SAVEALL || o.hasLegacyFinalizer()) this.garbage.append(heap, o);
    }
    listMerge(finalizers, old);

    const stats = this.stats[generation];
    stats.collections++;
    stats.collected += m;
    stats.uncollectable += n;
    heap.emit({ kind: 'gc-end', collection: number, generation, collected: m, uncollectable: n });
    heap.currentCollection = outerCollection;
    return { generation, collected: m, uncollectable: n };
  }

  private phase(collection: number, phase: string, list: GcHead): void {
    if (this.heap.trace !== null) {
      this.heap.emit({ kind: 'gc-phase', collection, phase, objects: listObjects(list).map((o) => o.id) });
    }
  }

  private printStats(generation: number): void {
    const g = this.heap.generations;
    this.debugOut(
      `gc: collecting generation ${generation}...\n` +
        `gc: objects in each generation: ${listSize(g[0])} ${listSize(g[1])} ${listSize(g[2])}\n` +
        `gc: objects in permanent generation: ${listSize(g[3])}\n`,
    );
  }

  /**
   * Builds the `info` argument of gc.callbacks; returns a new reference.
   * The default builds a heap dict; the interpreter may replace it.
   */
  makeInfo: (info: CollectionResult) => Value = (info) => {
    const d = this.heap.newDict();
    d.set(this.heap, 'generation', info.generation);
    d.set(this.heap, 'collected', info.collected);
    d.set(this.heap, 'uncollectable', info.uncollectable);
    return d;
  };

  /** invoke_gc_callback: each callback gets (phase, info); errors are unraisable. */
  private invokeCallbacks(phase: 'start' | 'stop', info: CollectionResult): void {
    const cbs = this.callbacks;
    if (cbs.items.length === 0) return;
    const heap = this.heap;
    const infoObj = this.makeInfo(info);
    for (let i = 0; i < cbs.items.length; i++) {
      const cb = cbs.items[i];
      heap.incref(cb);
      heap.callUnraisably(cb, [phase, infoObj], cb);
      heap.decref(cb);
    }
    heap.decref(infoObj);
  }

  // ---- the gc module's API --------------------------------------------------

  /** gc.get_threshold() */
  getThreshold(): [number, number, number] {
    return [this.thresholds[0], this.thresholds[1], this.thresholds[2]];
  }

  /** gc.set_threshold(threshold0[, threshold1[, threshold2]]) */
  setThreshold(...t: number[]): void {
    if (t.length === 0) throw new PyException('TypeError', 'set_threshold() takes at least 1 argument (0 given)');
    if (t.length > 3) throw new PyException('TypeError', `set_threshold() takes at most 3 arguments (${t.length} given)`);
    t.forEach((v, i) => (this.thresholds[i] = v));
  }

  /** gc.get_count() */
  getCount(): [number, number, number] {
    const c = this.heap.genCount;
    return [c[0], c[1], c[2]];
  }

  /** gc.get_objects(generation=None): gens 0, 1, 2 in list order (not the permanent one). */
  getObjects(generation: number | null = null): PyObject[] {
    // gc_get_objects_impl: the argument clinic maps None to -1, so -1 also
    // means every generation; only values below -1 are "negative".
    if (generation === null || generation === -1) {
      return [0, 1, 2].flatMap((g) => listObjects(this.heap.generations[g]));
    }
    if (generation >= NUM_GENERATIONS) {
      throw new PyException(
        'ValueError',
        `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`,
      );
    }
    if (generation < -1) throw new PyException('ValueError', 'generation parameter cannot be negative');
    return listObjects(this.heap.generations[generation]);
  }

  /** gc.get_referrers(*objs): tracked objects (gens 0-2) that refer to any of objs. */
  getReferrers(objs: Value[]): PyObject[] {
    const targets = new Set(objs);
    const out: PyObject[] = [];
    for (let g = 0; g < NUM_GENERATIONS; g++) {
      for (const o of listObjects(this.heap.generations[g])) {
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
  freeze(): void {
    const g = this.heap.generations;
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      listMerge(g[i], g[3]);
      this.heap.genCount[i] = 0;
    }
  }

  /** gc.unfreeze(): the permanent generation joins the oldest one. */
  unfreeze(): void {
    listMerge(this.heap.generations[3], this.heap.generations[NUM_GENERATIONS - 1]);
  }

  getFreezeCount(): number {
    return listSize(this.heap.generations[3]);
  }

  /** True while the collector is running (phase callbacks, finalizers). */
  get isCollecting(): boolean {
    return this.collecting;
  }
}

/** untrack_tuples: tuples in young whose items cannot be in a cycle stop being tracked. */
function untrackTuples(heap: Heap, young: GcHead): void {
  for (let n = young.gcNext; n !== young; ) {
    const o = n as PyObject;
    n = o.gcNext!;
    if (o instanceof TupleObject) tupleMaybeUntrack(heap, o);
  }
}

/** untrack_dicts (full collections only): dicts holding no possible container are untracked. */
function untrackDicts(heap: Heap, young: GcHead): void {
  for (let n = young.gcNext; n !== young; ) {
    const o = n as PyObject;
    n = o.gcNext!;
    if (o instanceof DictObject && !o.entries().some(([k, v]) => mayBeTracked(k) || mayBeTracked(v))) {
      heap.untrack(o);
    }
  }
}

function hexId(o: PyObject): string {
  return '0x' + (0x7f0000000000 + o.id * 16).toString(16);
}

export { COLLECTING };
