/**
 * The collector's debug checks (Modules/gcmodule.c's validate_list and the
 * asserts of update_refs / visit_decref), run between phases when the
 * Collector's `debugChecks` option is on (`gclab run --gc-debug-checks`,
 * and always in the tests). A failed check throws an InternalError naming
 * the list, the phase boundary and the object: a broken invariant found
 * where it breaks, not collections later.
 *
 * validateList(head, state, where) checks, for every object of the list:
 *  - list membership: the list is well linked (each node's prev slot is
 *    the node before it, its slot holds it, and the walk ends at the
 *    head's prev slot);
 *  - no dead object: the object is not reclaimed and its refcount is >= 1
 *    (a tracked object with refcount 0 would be freed twice);
 *  - the collector's marks are as the phase expects: COLLECTING
 *    (PREV_MASK_COLLECTING) and UNREACHABLE (NEXT_MASK_UNREACHABLE) set or
 *    clear, as CPython's four `enum flagstates`.
 * validateRefs(head, phase) checks the gc_refs states of deduce_unreachable:
 * gc_refs == refcount after update_refs, 0 <= gc_refs <= refcount after
 * subtract_refs.
 */
import { InternalError } from '../heap/errors';
import type { GcHead } from '../heap/gc-list';
import { COLLECTING, DEAD, PyObject, UNREACHABLE } from '../heap/object';

/** CPython's enum flagstates: which collector marks every object of a list carries. */
export type FlagState =
  | 'collecting_clear_unreachable_clear'
  | 'collecting_set_unreachable_clear'
  | 'collecting_set_unreachable_set';

const expected: Record<FlagState, number> = {
  collecting_clear_unreachable_clear: 0,
  collecting_set_unreachable_clear: COLLECTING,
  collecting_set_unreachable_set: COLLECTING | UNREACHABLE,
};

/** validate_list: throws an InternalError at the first object that breaks the list's invariants. */
export function validateList(head: GcHead, state: FlagState, where: string): void {
  const fail = (what: string): never => {
    throw new InternalError(`validate_list(${head.name}, ${state}) ${where}: ${what}`);
  };
  const want = expected[state];
  const st = head.store;
  const h = head.slot;
  let prev = h;
  for (let s = st.next[h]; s !== h; s = st.next[s]) {
    if (s < 0 || s >= st.nodes.length) fail(`the list is not closed (a node links to slot ${s})`);
    const o = st.nodes[s];
    if (!(o instanceof PyObject)) fail(`slot ${s} is linked but holds no object`);
    const obj = o as PyObject;
    if (obj.gcSlot !== s) fail(`${obj.describe()} is linked at slot ${s} but holds slot ${obj.gcSlot}`);
    if (st.prev[s] !== prev) fail(`${obj.describe()} is linked from the wrong node (prev mismatch)`);
    if ((obj.flags & DEAD) !== 0) fail(`reclaimed ${obj.describe()} is still in the list`);
    if (!(obj.refcnt >= 1)) fail(`${obj.describe()} has refcount ${obj.refcnt} while tracked`);
    const marks = st.marks[s] & (COLLECTING | UNREACHABLE);
    if (marks !== want) fail(`${obj.describe()} has marks ${markNames(marks)}`);
    prev = s;
  }
  if (st.prev[h] !== prev) fail("the head's prev is not the last node");
}

/** The gc_refs states of deduce_unreachable (update_refs' and visit_decref's asserts). */
export function validateRefs(head: GcHead, phase: 'update_refs' | 'subtract_refs'): void {
  const st = head.store;
  const h = head.slot;
  for (let s = st.next[h]; s !== h; s = st.next[s]) {
    const o = st.nodes[s] as PyObject;
    const r = st.refs[s];
    const ok = phase === 'update_refs' ? r === o.refcnt : r >= 0 && r <= o.refcnt;
    if (!ok) {
      throw new InternalError(
        `after ${phase}: ${o.describe()} in ${head.name} has gc_refs ${r} and refcount ${o.refcnt}` +
          (phase === 'subtract_refs' ? ' (a tp_traverse visits a reference it does not own)' : ''),
      );
    }
  }
}

function markNames(marks: number): string {
  const names = [];
  if (marks & COLLECTING) names.push('COLLECTING');
  if (marks & UNREACHABLE) names.push('UNREACHABLE');
  return names.length === 0 ? 'none' : names.join('|');
}
