/**
 * move_legacy_finalizers / move_legacy_finalizer_reachable /
 * handle_legacy_finalizers (Modules/gcmodule.c).
 *
 * Objects with the legacy tp_del slot cannot be finalized safely in a
 * cycle: they, and everything reachable from them, are uncollectable. They
 * leave `unreachable` for `finalizers`, and end in gc.garbage (tp_del
 * objects only, or all of them under DEBUG_SAVEALL). `__del__` (tp_finalize)
 * is NOT a legacy finalizer since PEP 442. This pass also clears the
 * UNREACHABLE marks, turning `unreachable` into a normal list.
 */
import type { Heap } from '../heap/heap';
import { type GcHead, listMerge, listMove, listObjects } from '../heap/gc-list';
import { COLLECTING, FINALIZED, UNREACHABLE, type PyObject } from '../heap/object';
import type { ListObject } from '../heap/objects/list-object';
import { isPlainInstance } from '../heap/objects/instance-object';

/** moveLegacyFinalizers' summary bit: some object of `unreachable` is a weakref or has weakrefs to it. */
export const GARBAGE_HAS_WEAKREFS = 1;
/** moveLegacyFinalizers' summary bit: some object of `unreachable` has a tp_finalize not yet run (FINALIZED clear). */
export const GARBAGE_HAS_FINALIZERS = 2;

/**
 * move_legacy_finalizers. On exit: `finalizers` holds the tp_del objects,
 * marks cleared; `unreachable` the rest, COLLECTING set, UNREACHABLE clear.
 *
 * Since this walk loads every trash object anyway, it also returns what
 * the later passes over the same objects will find to do (GARBAGE_HAS_*
 * bits, for every object it saw: a superset of what stays in
 * `unreachable`). No code runs between here and handle_weakrefs, so a
 * clear GARBAGE_HAS_WEAKREFS means handle_weakrefs would find nothing; a
 * clear GARBAGE_HAS_FINALIZERS means finalize_garbage would find nothing
 * as long as no code ran since (a weakref callback could give a class a
 * `__del__`): the collector then skips those walks (gc_collect_main).
 */
export function moveLegacyFinalizers(unreachable: GcHead, finalizers: GcHead): number {
  const st = unreachable.store;
  const h = unreachable.slot;
  let work = 0;
  for (let s = st.next[h]; s !== h; ) {
    const o = st.nodes[s] as PyObject;
    const marks = st.marks;
    marks[s] &= ~UNREACHABLE;
    let legacy: boolean;
    if (isPlainInstance(o)) {
      // Its type slots are its class's (isPlainInstance): no megamorphic calls.
      const cls = o.cls;
      if (o.weaklist !== null) work |= GARBAGE_HAS_WEAKREFS;
      if ((o.flags & FINALIZED) === 0 && cls.hasDel) work |= GARBAGE_HAS_FINALIZERS;
      legacy = cls.tpDel;
    } else {
      if (o.weaklist !== null || o.isWeakref) work |= GARBAGE_HAS_WEAKREFS;
      if ((o.flags & FINALIZED) === 0 && o.hasFinalizer()) work |= GARBAGE_HAS_FINALIZERS;
      legacy = o.hasLegacyFinalizer();
    }
    const n = st.next[s];
    if (legacy) {
      marks[s] &= ~COLLECTING;
      listMove(o, finalizers);
    }
    s = n;
  }
  return work;
}

/** move_legacy_finalizer_reachable: what a tp_del object reaches is uncollectable too. */
export function moveLegacyFinalizerReachable(finalizers: GcHead): void {
  const st = finalizers.store;
  const visitMove = (o: PyObject): void => {
    const s = o.gcSlot;
    if (s >= 0 && (st.marks[s] & COLLECTING) !== 0) {
      st.marks[s] &= ~(COLLECTING | UNREACHABLE);
      listMove(o, finalizers);
    }
  };
  const h = finalizers.slot;
  for (let s = st.next[h]; s !== h; s = st.next[s]) {
    (st.nodes[s] as PyObject).traverse(visitMove);
  }
}

/**
 * handle_legacy_finalizers: the uncollectable objects go to gc.garbage (the
 * tp_del ones, or all of them under DEBUG_SAVEALL), in list order, and the
 * list joins the older generation: the programmer has to deal with them.
 */
export function handleLegacyFinalizers(
  heap: Heap,
  finalizers: GcHead,
  old: GcHead,
  garbage: ListObject,
  saveAll: boolean,
): void {
  for (const op of listObjects(finalizers)) {
    if (saveAll || op.hasLegacyFinalizer()) garbage.append(heap, op);
  }
  listMerge(finalizers, old);
}
