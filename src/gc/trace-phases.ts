/**
 * What a collection records in the trace (docs/trace-format.md,
 * "Collections"): after each phase of gc_collect_main, the lists as
 * Modules/gcmodule.c holds them -- ids in list order, with gc_refs after
 * update_refs and subtract_refs. Only called while tracing.
 */
import type { GcHead } from '../heap/gc-list';
import type { Heap } from '../heap/heap';
import type { PyObject } from '../heap/object';
import type { TraceLog } from '../heap/trace';
import type { DeduceStepHook } from './deduce-unreachable';

/** The ids of a list's objects, head to tail. */
export function listIds(list: GcHead): number[] {
  const ids: number[] = [];
  for (let n = list.gcNext; n !== list; n = n.gcNext!) ids.push((n as PyObject).id);
  return ids;
}

function gcRefsOf(list: GcHead): number[] {
  const refs: number[] = [];
  for (let n = list.gcNext; n !== list; n = n.gcNext!) refs.push((n as PyObject).gcRefs);
  return refs;
}

/** Labels of a list's objects (null for start-up objects, which tools hide). */
function labelsOf(trace: TraceLog, list: GcHead): Array<string | null> {
  const labels: Array<string | null> = [];
  for (let n = list.gcNext; n !== list; n = n.gcNext!) {
    const o = n as PyObject;
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
export function traceDeduceSteps(heap: Heap, collection: number, pass: 1 | 2, young: GcHead, unreachable: GcHead): DeduceStepHook | null {
  const trace = heap.trace;
  if (trace === null) return null;
  const passField = pass === 2 ? { pass: 2 } : {};
  let objects: number[] = [];
  return (step) => {
    if (step === 'update_refs') {
      objects = listIds(young);
      const labels = trace.labeler !== null ? { labels: labelsOf(trace, young) } : {};
      tracePhase(heap, collection, step, { ...passField, objects, gc_refs: gcRefsOf(young), ...labels });
    } else if (step === 'subtract_refs') {
      tracePhase(heap, collection, step, { ...passField, objects, gc_refs: gcRefsOf(young) });
    } else {
      const unreachableIds = listIds(unreachable);
      tracePhase(heap, collection, step, { ...passField, reachable: listIds(young), unreachable: unreachableIds, objects: unreachableIds });
    }
  };
}
