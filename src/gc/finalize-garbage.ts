/**
 * finalize_garbage and handle_resurrected_objects (Modules/gcmodule.c,
 * PEP 442).
 *
 * finalize_garbage: take the first object of `unreachable` again and again,
 * moving it to `seen`; if it has a finalizer and is not FINALIZED, set the
 * bit and call it (holding a reference meanwhile). Every finalizer of the
 * batch runs before any tp_clear, so each one sees the others intact. An
 * object freed by its refcount meanwhile simply drops out of the lists.
 *
 * handle_resurrected_objects (3.9+): run deduce_unreachable again on what is
 * left. Anything a finalizer made reachable from outside -- and everything
 * it reaches -- goes to the older generation and is spared; the rest is the
 * final garbage, in the same order.
 */
import type { Heap } from '../heap/heap';
import { GcHead, listMerge, listMove, listMovePrefix, listObjects, listReleaseHead } from '../heap/gc-list';
import { COLLECTING, FINALIZED, UNREACHABLE, type PyObject } from '../heap/object';
import { deduceUnreachable } from './deduce-unreachable';
import { listIds, traceDeduceSteps, tracePhase } from './trace-phases';

export function finalizeGarbage(heap: Heap, collectable: GcHead): void {
  // The leading run of objects with nothing to finalize goes to `seen` in
  // one splice: no code runs before the first finalizer, so these are the
  // objects the loop below would move one by one, untouched. When that is
  // every object, moving them all and merging them back leaves the same
  // list: return.
  const st = collectable.store;
  const h = collectable.slot;
  let first = st.next[h];
  while (first !== h) {
    const op = st.nodes[first] as PyObject;
    if ((op.flags & FINALIZED) === 0 && op.hasFinalizer()) break;
    first = st.next[first];
  }
  if (first === h) return;
  const seen = new GcHead('seen', st);
  listMovePrefix(collectable, first, seen);
  // Finalizers run in the loop: read the store's arrays afresh each time.
  while (st.next[h] !== h) {
    const op = st.nodes[st.next[h]] as PyObject;
    listMove(op, seen);
    if ((op.flags & FINALIZED) === 0 && op.hasFinalizer()) {
      heap.incref(op);
      heap.callFinalizer(op, 'gc');
      heap.decref(op);
    }
  }
  listMerge(seen, collectable);
  listReleaseHead(seen);
}

export function handleResurrectedObjects(
  heap: Heap,
  unreachable: GcHead,
  stillUnreachable: GcHead,
  old: GcHead,
  checks = false,
  collection = 0,
): void {
  const st = unreachable.store;
  for (let s = st.next[unreachable.slot]; s !== unreachable.slot; s = st.next[s]) st.marks[s] &= ~COLLECTING;
  deduceUnreachable(unreachable, stillUnreachable, checks, traceDeduceSteps(heap, collection, 2, unreachable, stillUnreachable));
  for (let s = st.next[stillUnreachable.slot]; s !== stillUnreachable.slot; s = st.next[s]) st.marks[s] &= ~UNREACHABLE;
  if (heap.trace !== null) {
    tracePhase(heap, collection, 'handle_resurrected_objects', { resurrected: listIds(unreachable), unreachable: listIds(stillUnreachable) });
    for (const o of listObjects(unreachable)) {
      heap.trace.push({ kind: 'resurrect', id: o.id, type: o.typeName });
    }
  }
  listMerge(unreachable, old);
}
