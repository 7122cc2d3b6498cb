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
 *
 * Elsewhere: the phases (deduce-unreachable.ts, legacy-finalizers.ts,
 * handle-weakrefs.ts, finalize-garbage.ts, delete-garbage.ts), the debug
 * output and statistics (gc-debug.ts), the gc module's other functions
 * (gc-api.ts) and the debug checks run between phases (validate.ts).
 */
import type { Heap } from '../heap/heap';
import { InternalError, PyException } from '../heap/errors';
import { GcHead, NO_SLOT, listIsEmpty, listMerge, listReleaseHead, listSize } from '../heap/gc-list';
import type { PyObject } from '../heap/object';
import { DictObject } from '../heap/objects/dict-object';
import { ClassNamespaceDict } from '../heap/objects/class-object';
import type { ListObject } from '../heap/objects/list-object';
import { TupleObject, mayBeTracked, tupleMaybeUntrack } from '../heap/objects/tuple-object';
import type { Value } from '../heap/value';
import { writeHostStderr } from '../heap/host-stderr';
import { deduceUnreachable } from './deduce-unreachable';
import { deleteGarbage } from './delete-garbage';
import { finalizeGarbage, handleResurrectedObjects } from './finalize-garbage';
import * as api from './gc-api';
import { NUM_GENERATIONS, PERMANENT_GENERATION } from './gc-api';
import {
  DEBUG_COLLECTABLE,
  DEBUG_SAVEALL,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
  newGenerationStats,
  printCollectionDone,
  printCollectionStart,
  printCycle,
  recordStats,
  type CollectionResult,
  type DebugOut,
  type GenerationStats,
} from './gc-debug';
import { handleWeakrefs } from './handle-weakrefs';
import { GARBAGE_HAS_FINALIZERS, GARBAGE_HAS_WEAKREFS, handleLegacyFinalizers, moveLegacyFinalizerReachable, moveLegacyFinalizers } from './legacy-finalizers';
import { type FlagState, validateList } from './validate';
import { listIds, traceDeduceSteps, tracePhase, type TraceInts } from './trace-phases';
import type { CollectionSchedule } from './schedule';

/** Options of `new Collector(heap, options)`. */
export interface CollectorOptions {
  /** Collect at every GC allocation (clox's DEBUG_STRESS_GC), for tests. */
  stress?: boolean;
  /** Where DEBUG_STATS/COLLECTABLE output goes (default: stderr). */
  debugOut?: (text: string) => void;
  /**
   * Run validate_list-style checks between phases (validate.ts): list
   * links, no reclaimed object in a list, the COLLECTING/UNREACHABLE marks
   * and gc_refs each phase expects. A broken invariant throws an
   * InternalError. Off by default (it costs a walk of the lists per phase);
   * on in the tests and with `gclab run --gc-debug-checks`.
   */
  debugChecks?: boolean;
  /** Where automatic collections happen (schedule.ts); default: the threshold rule only. */
  schedule?: CollectionSchedule | null;
}

/**
 * CPython 3.11's generational cycle collector over one heap (Modules/gcmodule.c): `collect()` runs
 * a collection with every phase of gc_collect_main; automatic collections follow the thresholds;
 * the `gc` module's API (`getObjects`, `freeze`, `callbacks`, `debug`, ...) is here too
 * (docs/gc.md).
 */
export class Collector {
  readonly heap: Heap;
  thresholds: number[] = [700, 10, 10];
  enabled = true;
  /** gcstate->collecting: no collection starts while one runs. */
  collecting = false;
  longLivedTotal = 0;
  longLivedPending = 0;
  /**
   * Tracked objects the simulated interpreter has outside this heap: CPython's
   * start-up objects (modules, functions, classes of site and the modules it
   * imports), which every full collection of python3 finds alive and counts in
   * long_lived_total. Counted in longLivedTotal at each full collection unless
   * frozen (gc.freeze() moves them to the permanent generation with the
   * rest), so the long-lived heuristic holds back automatic full collections
   * as long as in python3. 0 for a bare heap.
   */
  hiddenLongLived = 0;
  /** gc.freeze() moved the hidden long-lived objects to the permanent generation (gc.unfreeze() moves them back). */
  private hiddenFrozen = false;
  /** gc.set_debug() flags (gc-debug.ts). */
  debug = 0;
  stress: boolean;
  /** Validate the lists between phases (CollectorOptions.debugChecks). */
  debugChecks: boolean;
  /** gcstate->generation_stats (gc.get_stats()). */
  readonly stats: GenerationStats[] = newGenerationStats();
  /** gc.garbage and gc.callbacks: heap lists, created by attach(). */
  garbage!: ListObject;
  callbacks!: ListObject;
  /** Collections run so far (numbers the trace's collections). */
  private collections = 0;
  /** GC-tracked allocations since the schedule was installed (setSchedule). */
  allocations = 0;
  private schedule: CollectionSchedule | null = null;
  /** Index of the first schedule entry not yet reached. */
  private scheduleCursor = 0;
  private readonly debugOut: DebugOut;
  /**
   * Take the fast untrack pass of a full collection when it applies
   * (collectMain); false: always walk every object, as the tests that
   * compare the two do.
   */
  fastUntrack = true;
  /** Full collections that took the fast untrack pass (the tests check it is taken). */
  fastUntrackPasses = 0;
  /**
   * What the last collection's untrack pass left, if it was a full
   * collection that found nothing unreachable and untracked no tuple:
   * heap.trackingChanges after the pass, and the exact dicts (class
   * namespaces too) still tracked after it, in list order.
   */
  private untrackSnapshot: { changes: number; dicts: DictObject[] } | null = null;

  constructor(heap: Heap, options: CollectorOptions = {}) {
    this.heap = heap;
    this.stress = options.stress ?? false;
    this.debugChecks = options.debugChecks ?? false;
    this.debugOut = options.debugOut ?? writeHostStderr;
    this.garbage = heap.newList();
    this.callbacks = heap.newList();
    heap.gcAllocHook = () => this.onAllocation();
    this.setSchedule(options.schedule ?? null);
  }

  /**
   * Install a collection schedule (null: the threshold rule only) and
   * start counting allocations from here: the next GC-tracked allocation
   * is number 1.
   */
  setSchedule(schedule: CollectionSchedule | null): void {
    this.schedule = schedule;
    this.allocations = 0;
    this.scheduleCursor = 0;
  }

  /** The installed schedule, or null. */
  get collectionSchedule(): CollectionSchedule | null {
    return this.schedule;
  }

  get count(): number[] {
    return this.heap.genCount;
  }

  /**
   * _PyObject_GC_Link's automatic collection (the count was already
   * raised): a scheduled collection at this allocation if there is one,
   * else the threshold rule (unless the schedule turned it off).
   */
  private onAllocation(): void {
    const n = ++this.allocations;
    const schedule = this.schedule;
    if (schedule !== null) {
      const entries = schedule.entries;
      let i = this.scheduleCursor;
      while (i < entries.length && entries[i].alloc < n) i++;
      this.scheduleCursor = i;
      if (i < entries.length && entries[i].alloc === n) {
        if (this.collecting || !this.enabled) return;
        this.collecting = true;
        try {
          this.collectWithCallback(entries[i].generation);
        } finally {
          this.collecting = false;
        }
        return;
      }
      if (!schedule.thresholds && !this.stress) return;
    }
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

  /**
   * gc_collect_main. Each `// ->` line states what holds at that phase
   * boundary; with debugChecks, check() verifies the lists it names.
   */
  private collectMain(generation: number): CollectionResult {
    const heap = this.heap;
    const gens = heap.generations;
    const out = this.debugOut;
    const number = ++this.collections;
    const outerCollection = heap.currentCollection;
    heap.currentCollection = number;
    const trace = heap.trace;
    if (trace !== null) {
      trace.beforeCollection();
      trace.push({ kind: 'gc-start', collection: number, generation });
    }
    if (this.debug & DEBUG_STATS) printCollectionStart(out, heap, generation, this.hiddenLongLived, this.hiddenFrozen);

    if (generation + 1 < NUM_GENERATIONS) heap.genCount[generation + 1] += 1;
    for (let i = 0; i <= generation; i++) heap.genCount[i] = 0;
    // The fast untrack pass (below) applies to a full collection that skips
    // deduce_unreachable, when the last collection left a snapshot and
    // nothing changed tracking since (heap.trackingChanges): see untrackFast.
    const snapshot = this.untrackSnapshot;
    this.untrackSnapshot = null;
    const fast =
      snapshot !== null &&
      this.fastUntrack &&
      generation === NUM_GENERATIONS - 1 &&
      !heap.referenceLost &&
      trace === null &&
      !this.debugChecks &&
      snapshot.changes === heap.trackingChanges &&
      listIsEmpty(gens[1]) &&
      listIsEmpty(gens[PERMANENT_GENERATION]);
    const firstNew = listIsEmpty(gens[0]) ? NO_SLOT : gens[0].store.next[gens[0].slot];
    for (let i = 0; i < generation; i++) listMerge(gens[i], gens[generation]);
    const young = gens[generation];
    const old = generation < NUM_GENERATIONS - 1 ? gens[generation + 1] : young;
    // -> young holds gens 0..generation, old the next one; no object carries a mark.
    this.check(old, 'collecting_clear_unreachable_clear', 'after merging the younger generations');

    const unreachable = new GcHead('unreachable', heap.gcStore);
    // The unreachable ids the trace recorded, reused below while the list is unchanged.
    const traced: { unreachable: TraceInts | null } = { unreachable: null };
    // A full collection when no tracked object has lost a reference since the
    // last one began (Heap.referenceLost) finds nothing unreachable: skip the
    // walk, unless the trace records its steps. With debugChecks the walk runs
    // and must agree.
    const nothingLost = young === old && !heap.referenceLost;
    if (young === old) heap.referenceLost = false;
    let unreachableCount = 0;
    if (!nothingLost || trace !== null || this.debugChecks) {
      unreachableCount = deduceUnreachable(young, unreachable, this.debugChecks, traceDeduceSteps(heap, number, 1, young, unreachable, traced));
      if (nothingLost && unreachableCount !== 0) {
        throw new InternalError(`gc: collection ${number} found ${unreachableCount} unreachable objects although no tracked object lost a reference since the last full collection`);
      }
    }
    // -> young: reachable, unmarked; unreachable: COLLECTING|UNREACHABLE, gc_refs 0.

    // The passes over young count it as they go (gc_list_size's walks, folded in).
    // A full collection's untrack_dicts walks the dicts the tuple pass met, in list order.
    let youngSize: number;
    if (fast) {
      this.fastUntrackPasses++;
      const tupleUntracked = untrackFast(heap, young, firstNew, snapshot.dicts);
      // Nothing is outside the generation lists but their objects (the permanent one is empty).
      youngSize = heap.trackedCount;
      if (!tupleUntracked) this.untrackSnapshot = { changes: heap.trackingChanges, dicts: snapshot.dicts };
    } else {
      const changesBefore = heap.trackingChanges;
      const dicts: DictObject[] | null = young === old ? [] : null;
      youngSize = untrackTuples(heap, young, young.store.next[young.slot], dicts);
      const tupleUntracked = heap.trackingChanges !== changesBefore;
      if (dicts !== null) {
        youngSize -= untrackDicts(heap, dicts);
        if (!tupleUntracked && unreachableCount === 0) this.untrackSnapshot = { changes: heap.trackingChanges, dicts };
      }
      // Every tracked object is in young or unreachable now (the permanent generation empty).
      if (this.debugChecks && dicts !== null && listIsEmpty(gens[PERMANENT_GENERATION]) && heap.trackedCount !== youngSize + unreachableCount) {
        throw new InternalError(`gc: heap.trackedCount is ${heap.trackedCount}, young and unreachable hold ${youngSize + unreachableCount} objects`);
      }
    }
    this.checkCount(young, youngSize, 'the survivors');
    if (young !== old) {
      if (generation === NUM_GENERATIONS - 2) this.longLivedPending += youngSize;
      listMerge(young, old);
    } else {
      this.longLivedPending = 0;
      this.longLivedTotal = youngSize + (this.hiddenFrozen ? 0 : this.hiddenLongLived);
    }
    // -> the survivors are in old; only `unreachable` is left to decide.

    const finalizers = new GcHead('finalizers', heap.gcStore);
    const garbageWork = moveLegacyFinalizers(unreachable, finalizers);
    moveLegacyFinalizerReachable(finalizers);
    if (trace !== null) {
      const legacy = listIds(finalizers);
      if (legacy.length > 0) traced.unreachable = null;
      tracePhase(heap, number, 'move_legacy_finalizers', { finalizers: legacy });
    }
    // -> finalizers: uncollectable, unmarked; unreachable: COLLECTING only (a normal list).
    this.check(finalizers, 'collecting_clear_unreachable_clear', 'after move_legacy_finalizer_reachable');
    this.check(unreachable, 'collecting_set_unreachable_clear', 'after move_legacy_finalizer_reachable');
    if (this.debug & DEBUG_COLLECTABLE) printCycle(out, 'collectable', unreachable);

    const callsBefore = heap.hostCalls;
    // No trash object is a weakref or weakly referenced (moveLegacyFinalizers'
    // walk saw them all, and no code ran since): handle_weakrefs would clear
    // nothing and call nothing. Its walk runs anyway when the trace records it.
    let m = (garbageWork & GARBAGE_HAS_WEAKREFS) !== 0 || trace !== null ? handleWeakrefs(heap, unreachable, old, number) : 0;
    // -> no weakref reaches a trash object; surviving callback weakrefs are in old.
    this.check(old, 'collecting_clear_unreachable_clear', 'after handle_weakrefs');
    this.check(unreachable, 'collecting_set_unreachable_clear', 'after handle_weakrefs');

    if (trace !== null) tracePhase(heap, number, 'finalize_garbage', { objects: (heap.hostCalls === callsBefore ? traced.unreachable : null) ?? listIds(unreachable) });
    // Skipped when no trash object has a finalizer to run and no code ran since
    // moveLegacyFinalizers looked (its walk would find none and leave the list as it is).
    if ((garbageWork & GARBAGE_HAS_FINALIZERS) !== 0 || heap.hostCalls !== callsBefore) finalizeGarbage(heap, unreachable);
    // -> every trash object with __del__ has run it once (FINALIZED); some may be reachable again.
    let finalUnreachable: GcHead;
    if (heap.hostCalls === callsBefore) {
      // No callback or finalizer ran, so nothing can have been resurrected:
      // handle_resurrected_objects would find every object unreachable
      // again, in the same order. Skip the second pass.
      finalUnreachable = unreachable;
    } else {
      finalUnreachable = new GcHead('final_unreachable', heap.gcStore);
      handleResurrectedObjects(heap, unreachable, finalUnreachable, old, this.debugChecks, number);
    }
    if (trace !== null) {
      const unchanged = finalUnreachable === unreachable && heap.hostCalls === callsBefore ? traced.unreachable : null;
      tracePhase(heap, number, 'delete_garbage', { objects: unchanged ?? listIds(finalUnreachable) });
    }
    // -> finalUnreachable: garbage nothing outside reaches, COLLECTING only; resurrected objects are in old.
    this.check(finalUnreachable, 'collecting_set_unreachable_clear', 'after handle_resurrected_objects');
    this.check(old, 'collecting_clear_unreachable_clear', 'after handle_resurrected_objects');

    const n = listSize(finalizers);
    if (finalUnreachable === unreachable) {
      // Only move_legacy_finalizers and move_legacy_finalizer_reachable took
      // objects out of `unreachable`, all into `finalizers`.
      this.checkCount(finalUnreachable, unreachableCount - n, 'the garbage');
      m += unreachableCount - n;
    } else {
      m += listSize(finalUnreachable);
    }
    deleteGarbage(heap, finalUnreachable, old, this.debug & DEBUG_SAVEALL ? this.garbage : null);
    // -> the garbage is freed (or in gc.garbage under DEBUG_SAVEALL); what tp_clear left alive is in old.

    if (this.debug & DEBUG_UNCOLLECTABLE) printCycle(out, 'uncollectable', finalizers);
    const result: CollectionResult = { generation, collected: m, uncollectable: n };
    if (this.debug & DEBUG_STATS) printCollectionDone(out, result);
    handleLegacyFinalizers(heap, finalizers, old, this.garbage, (this.debug & DEBUG_SAVEALL) !== 0);
    // The working lists are empty now (deleted, merged into old): their heads' slots go back.
    listReleaseHead(finalizers);
    if (finalUnreachable !== unreachable) listReleaseHead(finalUnreachable);
    listReleaseHead(unreachable);
    // clear_freelists: only a collection of the oldest generation empties the free lists.
    if (generation === NUM_GENERATIONS - 1) heap.clearFreeLists();
    // -> every object of the collection is freed or in a generation list, unmarked.
    if (this.debugChecks) this.checkGenerations(`at the end of collection ${number}`);

    // What a collection leaves behind (objects tp_clear kept alive, gc.garbage) is looked at again next time.
    if (m + n > 0) heap.referenceLost = true;
    recordStats(this.stats, result);
    if (trace !== null) trace.push({ kind: 'gc-end', collection: number, generation, collected: m, uncollectable: n });
    heap.currentCollection = outerCollection;
    return result;
  }

  /** With debugChecks, a list size counted on the way equals gc_list_size's walk. */
  private checkCount(list: GcHead, counted: number, what: string): void {
    if (this.debugChecks && listSize(list) !== counted) {
      throw new InternalError(`gc: ${what}: counted ${counted} objects, ${list.name} holds ${listSize(list)}`);
    }
  }

  /** validate_list between two phases, when debugChecks is on. */
  private check(list: GcHead, state: FlagState, where: string): void {
    if (this.debugChecks) validateList(list, state, where);
  }

  /** Every generation list (the permanent one too) is well formed, unmarked and holds no dead object. */
  checkGenerations(where: string): void {
    for (const g of this.heap.generations) validateList(g, 'collecting_clear_unreachable_clear', where);
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

  // ---- the gc module's other functions: gc-api.ts ----------------------------

  /** gc.get_threshold() */
  getThreshold(): [number, number, number] {
    return [this.thresholds[0], this.thresholds[1], this.thresholds[2]];
  }

  /** gc.set_threshold(threshold0[, threshold1[, threshold2]]) */
  setThreshold(...t: number[]): void {
    api.setThreshold(this.thresholds, t);
  }

  /** gc.get_count() */
  getCount(): [number, number, number] {
    const c = this.heap.genCount;
    return [c[0], c[1], c[2]];
  }

  /** gc.get_objects(generation=None) */
  getObjects(generation: number | null = null): PyObject[] {
    return api.getObjects(this.heap, generation);
  }

  /** gc.get_referrers(*objs) */
  getReferrers(objs: Value[]): PyObject[] {
    return api.getReferrers(this.heap, objs);
  }

  /** gc.freeze() */
  freeze(): void {
    this.heap.trackingChanges++;
    api.freeze(this.heap);
    this.hiddenFrozen = true;
  }

  /** gc.unfreeze() */
  unfreeze(): void {
    this.heap.trackingChanges++;
    api.unfreeze(this.heap);
    this.hiddenFrozen = false;
    // The permanent generation was not looked at while frozen: it may hold garbage.
    this.heap.referenceLost = true;
  }

  /**
   * How many tracked objects a full collection would leave tracked now (no
   * garbage assumed): the generation lists' objects less the exact tuples
   * and dicts untrack_tuples and untrack_dicts would untrack (one level:
   * a tuple whose items are untracked now).
   */
  countLongLived(): number {
    let n = 0;
    for (const o of api.getObjects(this.heap, null)) {
      const c = o.constructor;
      if (c === TupleObject && !(o as TupleObject).items.some(mayBeTracked)) continue;
      if (c === DictObject && !dictMayHoldTracked(o as DictObject)) continue;
      if (c === ClassNamespaceDict && !(o as ClassNamespaceDict).namespaceMayHoldTracked()) continue;
      n++;
    }
    return n;
  }

  /** gc.get_freeze_count() */
  getFreezeCount(): number {
    return api.getFreezeCount(this.heap) + (this.hiddenFrozen ? this.hiddenLongLived : 0);
  }

  /** True while the collector is running (phase callbacks, finalizers). */
  get isCollecting(): boolean {
    return this.collecting;
  }
}

/**
 * untrack_tuples: tuples in young whose items cannot be in a cycle stop
 * being tracked. Returns how many objects young holds afterwards. With
 * `dicts` (a full collection), the exact dicts and class namespace dicts it
 * passes are appended to it in list order: untrack_dicts, which CPython runs
 * as a second walk of young right after this one, takes them from there, and
 * sees them in the same order and in the same state (this walk only unlinks
 * tuples: it moves nothing and changes no dict), so the second walk of every
 * tracked object is saved.
 */
function untrackTuples(heap: Heap, young: GcHead, from: number, dicts: DictObject[] | null): number {
  let size = 0;
  const st = young.store;
  const h = young.slot;
  for (let s = from; s !== h; ) {
    const o = st.nodes[s] as PyObject;
    s = st.next[s];
    size++;
    // PyTuple_CheckExact / PyDict_CheckExact: a subclass's instances stay
    // tracked. (One load of the class per object: the exact class implies
    // instanceof, and ClassNamespaceDict has no subclass.)
    const c = o.constructor;
    if (c === TupleObject) {
      if (tupleMaybeUntrack(heap, o as TupleObject)) size--;
    } else if (dicts !== null && (c === DictObject || c === ClassNamespaceDict)) dicts.push(o as DictObject);
  }
  return size;
}

/**
 * _PyDict_MaybeUntrack's test: does some live entry's key or value possibly
 * take part in a cycle? The entry that answered yes last time is looked at
 * first (d.untrackWitness): if it is still a live entry (its key is not the
 * deleted mark, nextIndex's test) and still answers yes, so does the walk,
 * which would stop at it or before. A dict kept tracked is asked again at
 * every full collection, mostly with the same answer from the same entry.
 */
function dictMayHoldTracked(d: DictObject): boolean {
  const keys = d.keys;
  const values = d.values;
  const w = d.untrackWitness;
  const k = keys[w];
  if (k !== undefined && (mayBeTracked(k) || mayBeTracked(values[w] as Value))) return true;
  for (let i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
    if (mayBeTracked(keys[i] as Value) || mayBeTracked(values[i] as Value)) {
      d.untrackWitness = i;
      return true;
    }
  }
  return false;
}

/**
 * untrack_dicts (full collections only): of the dicts untrackTuples found in
 * young, in list order, those holding no possible container are untracked.
 * Returns how many it untracked; `dicts` keeps the others, in order.
 */
function untrackDicts(heap: Heap, dicts: DictObject[]): number {
  let kept = 0;
  for (let i = 0; i < dicts.length; i++) {
    const d = dicts[i];
    if (d instanceof ClassNamespaceDict ? !d.namespaceMayHoldTracked() : !dictMayHoldTracked(d)) heap.untrack(d);
    else dicts[kept++] = d;
  }
  const untracked = dicts.length - kept;
  dicts.length = kept;
  return untracked;
}

/**
 * untrack_tuples and untrack_dicts of a full collection, without walking
 * the objects the last collection's pass walked. It runs when that
 * collection was a full one that found nothing unreachable and untracked
 * no tuple (its pass left `dicts`: the dicts it kept tracked, in list
 * order), heap.trackingChanges has not moved since, this one skips
 * deduce_unreachable (no tracked object lost a reference, so young is
 * [the old objects][generation 0] in list order, `firstNew` the slot of the first of
 * generation 0, NO_SLOT when it is empty), generation 1 and the permanent
 * generation are empty. Then the walk of every object does what this does:
 * - An old tuple stays tracked. When the last pass reached it, one of its
 *   items answered mayBeTracked; its items are the same (no tuple's items
 *   were replaced) and each is alive (the tuple holds it); one that is not
 *   an exact tuple answers the same for good, and an exact tuple answers
 *   yes while it is tracked: no tuple was untracked since, but by its
 *   death.
 * - The old dicts still tracked are the ones `dicts` lists that are tracked
 *   (an object enters the old part only by moves that count as changes; a
 *   dict untracked alive counts too, so none was re-tracked into generation
 *   0), in the same relative order; the walk would meet them first, then
 *   generation 0's, in that order, which untrackTuples walks here.
 * `dicts` becomes the dicts kept tracked, for the next pass. Returns
 * whether a tuple was untracked (an old tuple holding it may then be
 * untracked by the next pass: that one walks everything).
 */
function untrackFast(heap: Heap, young: GcHead, firstNew: number, dicts: DictObject[]): boolean {
  let kept = 0;
  for (let i = 0; i < dicts.length; i++) if (dicts[i].gcSlot !== NO_SLOT) dicts[kept++] = dicts[i];
  dicts.length = kept;
  const changesBefore = heap.trackingChanges;
  if (firstNew !== NO_SLOT) untrackTuples(heap, young, firstNew, dicts);
  const tupleUntracked = heap.trackingChanges !== changesBefore;
  untrackDicts(heap, dicts);
  return tupleUntracked;
}
