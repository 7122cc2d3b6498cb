/**
 * delete_garbage (Modules/gcmodule.c): break the cycles.
 *
 * Take the first object of the final garbage again and again. Under
 * DEBUG_SAVEALL it is appended to gc.garbage instead; otherwise tp_clear
 * drops its references (holding one reference meanwhile), which sets off
 * ordinary refcount deaths: trash objects are already finalized and their
 * weakrefs cleared, so no __del__ or callback runs again for them -- except
 * for weakrefs created since handle_weakrefs, and for objects outside the
 * collected set that only the trash kept alive. An object still first in
 * the list afterwards survived (something still holds it) and moves to
 * the older generation.
 */
import type { Heap } from '../heap/heap';
import { PyException } from '../heap/errors';
import { type GcHead, listMove } from '../heap/gc-list';
import { COLLECTING, DIED_IN_GC, type PyObject } from '../heap/object';
import type { ListObject } from '../heap/objects/list-object';
import { ClassNamespaceDict } from '../heap/objects/class-object';

export function deleteGarbage(heap: Heap, collectable: GcHead, old: GcHead, saveAllTo: ListObject | null): void {
  const st = collectable.store;
  const h = collectable.slot;
  // DIED_IN_GC is read only by the trace's death events (Heap.die): untraced, the walk is skipped.
  if (heap.trace !== null) for (let s = st.next[h]; s !== h; s = st.next[s]) (st.nodes[s] as PyObject).flags |= DIED_IN_GC;
  // Code runs in the loop (tp_clear, deaths, __del__ of others): the store's
  // arrays may grow, so each read goes through `st`.
  while (st.next[h] !== h) {
    const op = st.nodes[st.next[h]] as PyObject;
    if (saveAllTo !== null) {
      // Python code reaches gc.garbage: a class's tp_dict stand-in shows the
      // namespace there, as CPython's saved tp_dict does (ClassNamespaceDict.mirror).
      if (op instanceof ClassNamespaceDict) op.mirror(heap);
      saveAllTo.append(heap, op);
    } else {
      if (heap.trace !== null) heap.trace.clearing(op);
      heap.incref(op);
      try {
        op.clear(heap);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        heap.reportUnraisable(e, op, 'Exception ignored in tp_clear of');
      }
      heap.decref(op);
    }
    if (st.nodes[st.next[h]] === op) {
      op.flags &= ~DIED_IN_GC;
      st.marks[op.gcSlot] &= ~COLLECTING;
      listMove(op, old);
    }
  }
}
