/**
 * handle_weakrefs (Modules/gcmodule.c; the rules of Modules/gc_weakref.txt).
 *
 * Pass 1, over `unreachable` in list order: a weakref that is itself trash
 * is cleared (_PyWeakref_ClearRef: detached, callback kept but never
 * called). For every trash object, each weakref to it, head -> tail, is
 * cleared; if it has a callback and is NOT trash itself, it is kept alive
 * (incref) and queued in `wrcbToCall`.
 *
 * Only then, pass 2 runs the queued callbacks in order: no callback can see
 * a trash object through a weakref, because every such weakref is already
 * dead. A queued weakref that survives its callback goes to `old`; one that
 * dies counts as freed (part of gc.collect()'s figure).
 *
 * On the GC path the callback stays attached (`__callback__` is still set
 * afterwards), unlike the refcount path.
 */
import type { Heap } from '../heap/heap';
import { GcHead, listMove, listObjects, listReleaseHead } from '../heap/gc-list';
import { COLLECTING, type PyObject } from '../heap/object';
import { unlinkWeakref, type WeakrefBase } from '../heap/weakref-base';
import type { Value } from '../heap/value';
import { tracePhase } from './trace-phases';

export function handleWeakrefs(heap: Heap, unreachable: GcHead, old: GcHead, collection = 0): number {
  const wrcbToCall = new GcHead('wrcb_to_call', unreachable.store);
  const untrackedQueue: WeakrefBase[] = [];
  const trace = heap.trace;
  const clearedIds: number[] = [];
  const st = unreachable.store;
  for (let s = st.next[unreachable.slot]; s !== unreachable.slot; s = st.next[s]) {
    const op = st.nodes[s] as PyObject;
    if (op.isWeakref) unlinkWeakref(op as unknown as WeakrefBase);
    if (!op.weakrefable) continue;
    let cleared = 0;
    const refs: number[] | null = trace !== null ? [] : null;
    for (let wr = op.weaklist; wr !== null; wr = op.weaklist) {
      unlinkWeakref(wr);
      cleared++;
      if (refs !== null) refs.push(wr.id);
      if (wr.callback === undefined) continue;
      if (wr.gcSlot >= 0 && (st.marks[wr.gcSlot] & COLLECTING) !== 0) continue; // trash weakref: its callback never runs
      heap.incref(wr);
      if (wr.gcSlot >= 0) listMove(wr, wrcbToCall);
      // Departure from CPython: handle_weakrefs does gc_list_move(wr,
      // &wrcb_to_call) unconditionally, because a weakref object is tracked
      // from its creation to its tp_dealloc, which unlinks it from the
      // referent's list (a CPython weakref with refcount > 0 is never
      // untracked). In gclab an embedder can untrack any object through
      // Heap.untrack, and moving an untracked node would corrupt the lists;
      // such a weakref is queued here instead, and its callback runs after
      // those of the tracked weakrefs (it never joins a generation).
      else untrackedQueue.push(wr);
    }
    if (cleared > 0 && trace !== null) {
      trace.push({ kind: 'weakrefs-cleared', id: op.id, type: op.typeName, count: cleared, refs: refs! });
      clearedIds.push(op.id);
    }
  }
  let numFreed = 0;
  const queue: WeakrefBase[] = [];
  for (const wr of listObjects(wrcbToCall)) queue.push(wr as unknown as WeakrefBase);
  queue.push(...untrackedQueue);
  if (trace !== null) tracePhase(heap, collection, 'handle_weakrefs', { cleared: clearedIds, callbacks: queue.map((wr) => wr.id) });
  for (const wr of queue) {
    const callback = wr.callback;
    if (callback !== undefined) {
      heap.incref(callback);
      if (trace !== null) trace.push({ kind: 'callback', ref: wr.id, type: wr.typeName });
      heap.callUnraisably(callback, [wr], callback);
      heap.decref(callback as Value);
    }
    heap.decref(wr);
    if (wr.isDead) numFreed++;
    // Still alive: no nested collection can run meanwhile, so it is still
    // in wrcb_to_call; it joins the older generation.
    else if (wr.gcSlot >= 0) listMove(wr, old);
  }
  // Every queued weakref died or joined `old`, unless a callback untracked one (it left the list then).
  listReleaseHead(wrcbToCall);
  return numFreed;
}
