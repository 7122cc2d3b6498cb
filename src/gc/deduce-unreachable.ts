/**
 * deduce_unreachable (Modules/gcmodule.c): split `young` into reachable and
 * unreachable objects without any root set.
 *
 *   update_refs      gc_refs = ob_refcnt for every object in young, and mark
 *                    it COLLECTING.
 *   subtract_refs    for every reference between two objects of young,
 *                    subtract one: what is left counts references from
 *                    outside young (host references, older generations).
 *   move_unreachable scan young head -> tail. gc_refs > 0: reachable;
 *                    traverse it, marking what it reaches reachable (moving
 *                    objects back from `unreachable` to young's tail).
 *                    gc_refs == 0: tentatively move to unreachable's tail.
 *
 * On exit: young holds the reachable objects (COLLECTING cleared), in scan
 * order; `unreachable` holds the rest, in their relative young order, with
 * COLLECTING and UNREACHABLE set. The count of `unreachable` is returned,
 * counted as objects move, so the collector never walks a list to size it.
 *
 * The marks (COLLECTING, UNREACHABLE) and gc_refs live in the GcStore, not
 * in the objects: update_refs and subtract_refs run as one walk over the
 * objects (updateAndSubtractRefs) unless the debug checks or the trace
 * look at the state between them, and move_unreachable never loads an
 * object whose gc_refs is 0.
 */
import { InternalError } from '../heap/errors';
import { type GcHead, listSize } from '../heap/gc-list';
import { COLLECTING, UNREACHABLE, type PyObject } from '../heap/object';
import { validateList, validateRefs } from './validate';

/**
 * The gc_refs and marks arrays of the store being collected, for
 * visitDecref (no code runs during subtract_refs, so the store cannot grow
 * meanwhile).
 */
let visitRefs: Int32Array = new Int32Array(0);
let visitMarks: Uint8Array = new Uint8Array(0);

/** update_refs: a linear walk of young's slots, copying each refcount into gc_refs and marking it COLLECTING. */
export function updateRefs(young: GcHead): void {
  const st = young.store;
  const next = st.next;
  const refs = st.refs;
  const marks = st.marks;
  const nodes = st.nodes;
  const h = young.slot;
  for (let s = next[h]; s !== h; s = next[s]) {
    const rc = (nodes[s] as PyObject).refcnt;
    refs[s] = rc;
    marks[s] |= COLLECTING;
    if (rc === 0) throw new InternalError(`update_refs: ${(nodes[s] as PyObject).describe()} has refcount 0 while tracked`);
  }
}

function visitDecref(o: PyObject): void {
  const s = o.gcSlot;
  if (s >= 0 && (visitMarks[s] & COLLECTING) !== 0) visitRefs[s]--;
}

/** subtract_refs */
export function subtractRefs(young: GcHead): void {
  const st = young.store;
  const next = st.next;
  const nodes = st.nodes;
  const h = young.slot;
  visitRefs = st.refs;
  visitMarks = st.marks;
  for (let s = next[h]; s !== h; s = next[s]) {
    (nodes[s] as PyObject).traverse(visitDecref);
  }
}

/**
 * update_refs and subtract_refs in one walk over the objects: the marks
 * are in the store, so a first walk of the slots alone marks young
 * COLLECTING and zeroes gc_refs; then each object adds its refcount to its
 * own gc_refs and subtracts one from each object of young it references.
 * Each gc_refs ends as the two passes leave it (a sum does not depend on
 * the order of its terms), and each object is loaded once instead of
 * twice. No code runs here (traverse only visits).
 */
export function updateAndSubtractRefs(young: GcHead): void {
  const st = young.store;
  const next = st.next;
  const refs = st.refs;
  const marks = st.marks;
  const nodes = st.nodes;
  const h = young.slot;
  for (let s = next[h]; s !== h; s = next[s]) {
    refs[s] = 0;
    marks[s] |= COLLECTING;
  }
  visitRefs = refs;
  visitMarks = marks;
  for (let s = next[h]; s !== h; s = next[s]) {
    const o = nodes[s] as PyObject;
    const rc = o.refcnt;
    if (rc === 0) throw new InternalError(`update_refs: ${o.describe()} has refcount 0 while tracked`);
    refs[s] += rc;
    o.traverse(visitDecref);
  }
}

/** move_unreachable; returns how many objects it left in `unreachable` (what gc_list_size would count there). */
export function moveUnreachable(young: GcHead, unreachable: GcHead): number {
  let moved = 0;
  // No code runs during this pass (traverse only visits): the arrays stay put.
  const st = young.store;
  const prev = st.prev;
  const next = st.next;
  const refs = st.refs;
  const marks = st.marks;
  const nodes = st.nodes;
  const h = young.slot;
  const u = unreachable.slot;
  const visitReachable = (o: PyObject): void => {
    const s = o.gcSlot;
    if (s < 0) return;
    const m = marks[s];
    if ((m & COLLECTING) === 0) return;
    if ((m & UNREACHABLE) !== 0) {
      // It had gc_refs == 0 when the scan reached it, but it is reachable
      // after all: back to young's tail, to be scanned again (gc_list_move).
      marks[s] = m & ~UNREACHABLE;
      const p = prev[s];
      const n = next[s];
      next[p] = n;
      prev[n] = p;
      const last = prev[h];
      prev[s] = last;
      next[s] = h;
      next[last] = s;
      prev[h] = s;
      moved--;
      refs[s] = 1;
    } else if (refs[s] === 0) {
      refs[s] = 1;
    }
  };
  let s = next[h];
  while (s !== h) {
    const r = refs[s];
    if (r > 0) {
      (nodes[s] as PyObject).traverse(visitReachable);
      marks[s] &= ~COLLECTING;
      s = next[s];
    } else {
      // An object with gc_refs == 0 is not loaded at all: its marks and links are in the store.
      if (r < 0) throw new InternalError(`move_unreachable: refcount of ${(nodes[s] as PyObject).describe()} is too small`);
      const p = prev[s];
      const n = next[s];
      // gc_list_move(o, unreachable)
      next[p] = n;
      prev[n] = p;
      const last = prev[u];
      prev[s] = last;
      next[s] = u;
      next[last] = s;
      prev[u] = s;
      moved++;
      marks[s] |= UNREACHABLE;
      s = n;
    }
  }
  return moved;
}

/** Told after each step of deduce_unreachable (the trace's gc-phase events). */
export type DeduceStepHook = (step: 'update_refs' | 'subtract_refs' | 'move_unreachable') => void;

/**
 * deduce_unreachable. With `checks` (the Collector's debugChecks), the
 * validate_list calls and gc_refs asserts of CPython's debug build run
 * around each step; `onStep` (tracing) sees the lists after each step.
 */
export function deduceUnreachable(young: GcHead, unreachable: GcHead, checks = false, onStep: DeduceStepHook | null = null): number {
  if (checks) validateList(young, 'collecting_clear_unreachable_clear', 'on entry to deduce_unreachable');
  if (checks || onStep !== null) {
    // The state between the two passes is looked at: run them one by one.
    updateRefs(young);
    if (checks) validateRefs(young, 'update_refs');
    if (onStep !== null) onStep('update_refs');
    subtractRefs(young);
    if (checks) validateRefs(young, 'subtract_refs');
    if (onStep !== null) onStep('subtract_refs');
  } else {
    updateAndSubtractRefs(young);
  }
  const moved = moveUnreachable(young, unreachable);
  if (onStep !== null) onStep('move_unreachable');
  if (checks) {
    validateList(young, 'collecting_clear_unreachable_clear', 'after move_unreachable');
    validateList(unreachable, 'collecting_set_unreachable_set', 'after move_unreachable');
    if (listSize(unreachable) !== moved) throw new InternalError(`deduce_unreachable: counted ${moved} unreachable objects, the list holds ${listSize(unreachable)}`);
  }
  return moved;
}
