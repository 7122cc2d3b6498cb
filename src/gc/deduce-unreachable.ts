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
 */
import { InternalError } from '../heap/errors';
import { type GcHead, listMove, listSize } from '../heap/gc-list';
import { COLLECTING, UNREACHABLE, type PyObject } from '../heap/object';
import { validateList, validateRefs } from './validate';

/** update_refs */
export function updateRefs(young: GcHead): void {
  for (let n = young.gcNext; n !== young; n = n.gcNext!) {
    const o = n as PyObject;
    o.gcRefs = o.refcnt;
    o.flags |= COLLECTING;
    if (o.gcRefs === 0) throw new InternalError(`update_refs: ${o.describe()} has refcount 0 while tracked`);
  }
}

function visitDecref(o: PyObject): void {
  if ((o.flags & COLLECTING) !== 0) o.gcRefs--;
}

/** subtract_refs */
export function subtractRefs(young: GcHead): void {
  for (let n = young.gcNext; n !== young; n = n.gcNext!) {
    (n as PyObject).traverse(visitDecref);
  }
}

/** move_unreachable; returns how many objects it left in `unreachable` (what gc_list_size would count there). */
export function moveUnreachable(young: GcHead, unreachable: GcHead): number {
  let moved = 0;
  const visitReachable = (o: PyObject): void => {
    const flags = o.flags;
    if ((flags & COLLECTING) === 0) return;
    if ((flags & UNREACHABLE) !== 0) {
      // It had gc_refs == 0 when the scan reached it, but it is reachable
      // after all: back to young's tail, to be scanned again.
      o.flags = flags & ~UNREACHABLE;
      listMove(o, young);
      moved--;
      o.gcRefs = 1;
    } else if (o.gcRefs === 0) {
      o.gcRefs = 1;
    }
  };
  let n = young.gcNext;
  while (n !== young) {
    const o = n as PyObject;
    if (o.gcRefs > 0) {
      if (o.gcRefs < 0) throw new InternalError(`move_unreachable: refcount of ${o.describe()} is too small`);
      o.traverse(visitReachable);
      o.flags &= ~COLLECTING;
      n = o.gcNext!;
    } else {
      if (o.gcRefs < 0) throw new InternalError(`move_unreachable: refcount of ${o.describe()} is too small`);
      n = o.gcNext!;
      listMove(o, unreachable);
      moved++;
      o.flags |= UNREACHABLE;
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
  updateRefs(young);
  if (checks) validateRefs(young, 'update_refs');
  if (onStep !== null) onStep('update_refs');
  subtractRefs(young);
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
