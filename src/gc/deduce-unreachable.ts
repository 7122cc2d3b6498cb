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
 * in the objects: update_refs touches only the store and subtract_refs
 * adds each refcount as it loads the object (one load per object instead
 * of two) unless the debug checks or the trace look at the state between
 * them, and move_unreachable never loads an object whose gc_refs is 0.
 */
import { InternalError } from '../heap/errors';
import { type GcHead, listSize } from '../heap/gc-list';
import { COLLECTING, UNREACHABLE, type PyObject } from '../heap/object';
import { isPlainInstance } from '../heap/objects/instance-object';
import type { Value } from '../heap/value';
import { validateList, validateRefs } from './validate';

/**
 * The gc_refs and marks arrays of the store being collected, for
 * visitDecref (no code runs during subtract_refs, so the store cannot grow
 * meanwhile).
 */
let visitRefs: Int32Array = new Int32Array(0);
let visitMarks: Uint8Array = new Uint8Array(0);

/**
 * update_refs: mark every object of young COLLECTING and set its gc_refs.
 *
 * CPython's update_refs copies ob_refcnt into gc_refs here, and
 * subtract_refs then walks young again. gclab keeps the marks and gc_refs
 * in the store, so the two walks are fused unless something looks at the
 * state between them (the debug checks' validateRefs, a trace's
 * update_refs event): with `copyCounts` false this walk touches only the
 * store (gc_refs = 0, COLLECTING set) and subtractRefs adds each
 * object's refcount to its own gc_refs as it loads the object for
 * tp_traverse. A sum does not depend on the order of its terms, so every
 * gc_refs ends as the two CPython passes leave it, and each object is
 * loaded once instead of twice. With `copyCounts` (the default) this is
 * update_refs as written: gc_refs = ob_refcnt.
 */
export function updateRefs(young: GcHead, copyCounts = true): void {
  const st = young.store;
  const next = st.next;
  const refs = st.refs;
  const marks = st.marks;
  const nodes = st.nodes;
  const h = young.slot;
  for (let s = next[h]; s !== h; s = next[s]) {
    marks[s] |= COLLECTING;
    refs[s] = copyCounts ? countOf(nodes[s] as PyObject) : 0;
  }
}

/** An object's refcount for update_refs, which asserts it is not 0 (a tracked object with refcount 0 would be freed twice). */
function countOf(o: PyObject): number {
  const rc = o.refcnt;
  if (rc === 0) throw new InternalError(`update_refs: ${o.describe()} has refcount 0 while tracked`);
  return rc;
}

/** visit_decref: a referent in young loses one from its gc_refs. */
function decrefIn(v: Value | undefined, refs: Int32Array, marks: Uint8Array): void {
  if (typeof v === 'object' && v !== null) {
    const t = v.gcSlot;
    if (t >= 0 && (marks[t] & COLLECTING) !== 0) refs[t]--;
  }
}

function visitDecref(o: PyObject): void {
  decrefIn(o, visitRefs, visitMarks);
}

/**
 * subtract_refs: tp_traverse(visit_decref) on every object of young, so
 * that each referent in young loses one. With `addCounts` (the fused walk,
 * after updateRefs(young, false)) each object first adds its own refcount
 * to its gc_refs. No code runs here (traverse only visits).
 */
export function subtractRefs(young: GcHead, addCounts = false): void {
  const st = young.store;
  const next = st.next;
  const refs = st.refs;
  const marks = st.marks;
  const nodes = st.nodes;
  const h = young.slot;
  visitRefs = refs;
  visitMarks = marks;
  for (let s = next[h]; s !== h; s = next[s]) {
    const o = nodes[s] as PyObject;
    if (addCounts) refs[s] += countOf(o);
    if (isPlainInstance(o)) {
      // Instance.traverse inlined (isPlainInstance); the order of the decrements does not matter.
      decrefIn(o.a0, refs, marks);
      decrefIn(o.a1, refs, marks);
      decrefIn(o.a2, refs, marks);
      decrefIn(o.a3, refs, marks);
      decrefIn(o.cls, refs, marks);
    } else o.traverse(visitDecref);
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
      const o = nodes[s] as PyObject;
      if (isPlainInstance(o)) {
        // Instance.traverse inlined (isPlainInstance), in its order: objects
        // moved back to young's tail keep the order CPython's visits give them.
        const cls = o.cls;
        const typeFirst = cls.instancesOwnDict;
        if (typeFirst) visitReachable(cls);
        let v = o.a0;
        if (typeof v === 'object' && v !== null) visitReachable(v);
        v = o.a1;
        if (typeof v === 'object' && v !== null) visitReachable(v);
        v = o.a2;
        if (typeof v === 'object' && v !== null) visitReachable(v);
        v = o.a3;
        if (typeof v === 'object' && v !== null) visitReachable(v);
        if (!typeFirst) visitReachable(cls);
      } else o.traverse(visitReachable);
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
  // The state between update_refs and subtract_refs is looked at only by
  // the debug checks and a trace; otherwise the two walks are fused.
  const stepwise = checks || onStep !== null;
  updateRefs(young, stepwise);
  if (checks) validateRefs(young, 'update_refs');
  if (onStep !== null) onStep('update_refs');
  subtractRefs(young, !stepwise);
  if (checks) validateRefs(young, 'subtract_refs');
  if (onStep !== null) onStep('subtract_refs');
  const moved = moveUnreachable(young, unreachable);
  if (onStep !== null) onStep('move_unreachable');
  if (checks) {
    validateList(young, 'collecting_clear_unreachable_clear', 'after move_unreachable');
    validateList(unreachable, 'collecting_set_unreachable_set', 'after move_unreachable');
    if (listSize(unreachable) !== moved) throw new InternalError(`deduce_unreachable: counted ${moved} unreachable objects, the list holds ${listSize(unreachable)}`);
  }
  return moved;
}
