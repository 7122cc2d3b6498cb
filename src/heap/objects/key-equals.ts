import type { Heap } from '../heap';
import type { Value } from '../value';

/**
 * PyObject_RichCompareBool(startkey, key, Py_EQ) as the dict and set
 * lookups call it (dictkeys_generic_lookup, set_lookkey): identity first,
 * then `==` with `startkey` -- the stored key -- held meanwhile, since an
 * `__eq__` that empties the table would otherwise free it mid-comparison.
 * The caller then checks that the entry still holds `startkey` and
 * restarts its lookup if not, whatever the comparison said.
 */

export function keyEquals(heap: Heap, startkey: Value, key: Value): boolean {
  if (startkey === key) return true;
  heap.incref(startkey);
  try {
    return heap.host.eq(heap, startkey, key);
  } finally {
    heap.decref(startkey);
  }
}
