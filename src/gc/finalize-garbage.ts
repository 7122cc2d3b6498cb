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
import { GcHead, listMerge, listMove, listMovePrefix } from '../heap/gc-list';
import { COLLECTING, FINALIZED, UNREACHABLE, type GcNode, type PyObject } from '../heap/object';
import { deduceUnreachable } from './deduce-unreachable';
import { listIds, traceDeduceSteps, tracePhase } from './trace-phases';

export function finalizeGarbage(heap: Heap, collectable: GcHead): void {
  // The leading run of objects with nothing to finalize goes to `seen` in
  // one splice: no code runs before the first finalizer, so these are the
  // objects the loop below would move one by one, untouched. When that is
  // every object, moving them all and merging them back leaves the same
  // list: return.
  let first: GcNode = collectable.gcNext;
  while (first !== collectable) {
    const op = first as PyObject;
    if ((op.flags & FINALIZED) === 0 && op.hasFinalizer()) break;
    first = op.gcNext!;
  }
  if (first === collectable) return;
  const seen = new GcHead('seen');
  listMovePrefix(collectable, first, seen);
  while (collectable.gcNext !== collectable) {
    const op = collectable.gcNext as PyObject;
    listMove(op, seen);
    if ((op.flags & FINALIZED) === 0 && op.hasFinalizer()) {
      heap.incref(op);
      heap.callFinalizer(op, 'gc');
      heap.decref(op);
    }
  }
  listMerge(seen, collectable);
}

export function handleResurrectedObjects(
  heap: Heap,
  unreachable: GcHead,
  stillUnreachable: GcHead,
  old: GcHead,
  checks = false,
  collection = 0,
): void {
  for (let n = unreachable.gcNext; n !== unreachable; n = n.gcNext!) (n as PyObject).flags &= ~COLLECTING;
  deduceUnreachable(unreachable, stillUnreachable, checks, traceDeduceSteps(heap, collection, 2, unreachable, stillUnreachable));
  for (let n = stillUnreachable.gcNext; n !== stillUnreachable; n = n.gcNext!) (n as PyObject).flags &= ~UNREACHABLE;
  if (heap.trace !== null) {
    tracePhase(heap, collection, 'handle_resurrected_objects', { resurrected: listIds(unreachable), unreachable: listIds(stillUnreachable) });
    for (let n = unreachable.gcNext; n !== unreachable; n = n.gcNext!) {
      const o = n as PyObject;
      heap.trace.push({ kind: 'resurrect', id: o.id, type: o.typeName });
    }
  }
  listMerge(unreachable, old);
}
