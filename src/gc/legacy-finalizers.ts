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
import { type GcHead, listMove } from '../heap/gc-list';
import { COLLECTING, UNREACHABLE, type PyObject } from '../heap/object';

export function moveLegacyFinalizers(unreachable: GcHead, finalizers: GcHead): void {
  for (let n = unreachable.gcNext; n !== unreachable; ) {
    const o = n as PyObject;
    n = o.gcNext!;
    o.flags &= ~UNREACHABLE;
    if (o.hasLegacyFinalizer()) {
      o.flags &= ~COLLECTING;
      listMove(o, finalizers);
    }
  }
}

export function moveLegacyFinalizerReachable(finalizers: GcHead): void {
  const visitMove = (o: PyObject): void => {
    if ((o.flags & COLLECTING) !== 0) {
      o.flags &= ~(COLLECTING | UNREACHABLE);
      listMove(o, finalizers);
    }
  };
  for (let n = finalizers.gcNext; n !== finalizers; n = n.gcNext!) {
    (n as PyObject).traverse(visitMove);
  }
}
