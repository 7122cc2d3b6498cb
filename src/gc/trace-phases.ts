/**
 * What a collection records in the trace (docs/trace-format.md,
 * "Collections"): after each phase of gc_collect_main, the lists as
 * Modules/gcmodule.c holds them -- ids in list order, with gc_refs after
 * update_refs and subtract_refs. Only called while tracing.
 */
import { type GcHead, type GcStore, listObjects } from '../heap/gc-list';
import type { Heap } from '../heap/heap';
import type { PyObject } from '../heap/object';
import type { TraceLog } from '../heap/trace';
import type { DeduceStepHook } from './deduce-unreachable';

/**
 * Scratch space for one list walk: ids (and gc_refs) go into typed arrays
 * sized for the heap's slots before the walk, and each event gets an
 * exact-size copy (a memcpy), so a big collection builds no JS array
 * element by element.
 */
let scratchIds = new Int32Array(1024);
let scratchRefs = new Int32Array(1024);

/**
 * A recorded list of ids or gc_refs: the narrowest typed array its values
 * fit (the trace keeps every list, and on a machine where each new page of
 * memory costs CPU, bytes kept are time; the trace writes any of them as a
 * JSON array).
 */
export type TraceInts = Int32Array | Uint16Array | Uint8Array;

/** The first `n` values of `src` as a new array of the narrowest type that holds them all. */
function packed(src: Int32Array, n: number): TraceInts {
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = src[i];
    if (v > max) max = v;
    else if (v < min) min = v;
  }
  if (min < 0 || max > 0xffff) return src.slice(0, n);
  const out = max > 0xff ? new Uint16Array(n) : new Uint8Array(n);
  out.set(src.subarray(0, n));
  return out;
}

/**
 * Make the scratch arrays hold any list of `store` (no list holds more
 * objects than the store has slots), once before a walk: no capacity test
 * per object, and one allocation where doubling made several copies.
 */
function reserve(store: GcStore): void {
  const n = store.nodes.length;
  if (scratchIds.length >= n) return;
  const size = Math.max(n, scratchIds.length * 2);
  scratchIds = new Int32Array(size);
  scratchRefs = new Int32Array(size);
}

/**
 * slot -> id of the objects the last update_refs step saw (idsAndGcRefs
 * fills it). deduce_unreachable runs no Python code, so until its
 * move_unreachable step every object of `young` and `unreachable` keeps
 * the slot and id it had then: that step reads ids here instead of loading
 * every object again (one 4-byte cell per object, not a cache miss).
 */
let slotIds = new Int32Array(1024);

/** The ids of a list's objects, head to tail. */
export function listIds(list: GcHead): TraceInts {
  let i = 0;
  const st = list.store;
  const h = list.slot;
  reserve(st);
  for (let s = st.next[h]; s !== h; s = st.next[s]) {
    scratchIds[i++] = (st.nodes[s] as PyObject).id;
  }
  return packed(scratchIds, i);
}

/** listIds through slotIds: only for lists whose objects the last idsAndGcRefs walk saw, with no tracking since. */
function listIdsBySlot(list: GcHead): TraceInts {
  let i = 0;
  const st = list.store;
  const h = list.slot;
  const ids = slotIds;
  reserve(st);
  for (let s = st.next[h]; s !== h; s = st.next[s]) {
    scratchIds[i++] = ids[s];
  }
  return packed(scratchIds, i);
}

/** The ids and gc_refs of a list's objects, in one walk; records each slot's id in slotIds. */
function idsAndGcRefs(list: GcHead): [TraceInts, TraceInts] {
  let i = 0;
  const st = list.store;
  const h = list.slot;
  if (slotIds.length < st.prev.length) slotIds = new Int32Array(st.prev.length);
  const ids = slotIds;
  reserve(st);
  for (let s = st.next[h]; s !== h; s = st.next[s]) {
    const id = (st.nodes[s] as PyObject).id;
    ids[s] = id;
    scratchIds[i] = id;
    scratchRefs[i++] = st.refs[s];
  }
  return [packed(scratchIds, i), packed(scratchRefs, i)];
}

function gcRefsOf(list: GcHead): TraceInts {
  let i = 0;
  const st = list.store;
  const h = list.slot;
  reserve(st);
  for (let s = st.next[h]; s !== h; s = st.next[s]) {
    scratchRefs[i++] = st.refs[s];
  }
  return packed(scratchRefs, i);
}

/** Labels of a list's objects (null for start-up objects, which tools hide). */
function labelsOf(trace: TraceLog, list: GcHead): Array<string | null> {
  const labels: Array<string | null> = [];
  for (const o of listObjects(list)) {
    labels.push(o.id <= trace.lastStartupId ? null : trace.labelOf(o) ?? null);
  }
  return labels;
}

/** Record one gc-phase event. */
export function tracePhase(heap: Heap, collection: number, phase: string, fields: Record<string, unknown>): void {
  if (heap.trace !== null) heap.trace.push({ kind: 'gc-phase', collection, phase, ...fields });
}

/**
 * The hook that records deduce_unreachable's three steps over `young`
 * (pass 1: the generations collected; pass 2: handle_resurrected_objects
 * on the garbage alone), or null when not tracing.
 */
export function traceDeduceSteps(
  heap: Heap,
  collection: number,
  pass: 1 | 2,
  young: GcHead,
  unreachable: GcHead,
  seen: { unreachable: TraceInts | null } = { unreachable: null },
): DeduceStepHook | null {
  const trace = heap.trace;
  if (trace === null) return null;
  const passField = pass === 2 ? { pass: 2 } : {};
  let objects: TraceInts = new Int32Array(0);
  return (step) => {
    if (step === 'update_refs') {
      const [ids, refs] = idsAndGcRefs(young);
      objects = ids;
      const labels = trace.labeler !== null ? { labels: labelsOf(trace, young) } : {};
      tracePhase(heap, collection, step, { ...passField, objects, gc_refs: refs, ...labels });
    } else if (step === 'subtract_refs') {
      tracePhase(heap, collection, step, { ...passField, objects, gc_refs: gcRefsOf(young) });
    } else {
      // move_unreachable only moved the objects update_refs saw between the two lists.
      const unreachableIds = listIdsBySlot(unreachable);
      seen.unreachable = unreachableIds;
      tracePhase(heap, collection, step, { ...passField, reachable: listIdsBySlot(young), unreachable: unreachableIds, objects: unreachableIds });
    }
  };
}
