/**
 * The functions of Modules/_weakref.c: getweakrefcount, getweakrefs and
 * _remove_dead_weakref.
 */
import { DictObject, isObject, weakrefCount, weakrefsOf, PyException, WeakrefBase } from '../heap';
import type { Heap, ListObject, Value } from '../heap';

/** weakref.getweakrefcount(obj): the length of obj's weakref list; 0 for objects that cannot have one. */
export function getweakrefcount(obj: Value): number {
  return isObject(obj) && obj.weakrefable ? weakrefCount(obj) : 0;
}

/**
 * weakref.getweakrefs(obj): a new list of obj's weakrefs in list order
 * ([basic ref][basic proxy][newest ... oldest]); [] for objects that cannot
 * have any. Returns a new reference.
 */
export function getweakrefs(heap: Heap, obj: Value): ListObject {
  return heap.newList(isObject(obj) && obj.weakrefable ? weakrefsOf(obj) : []);
}

/**
 * _weakref._remove_dead_weakref(dct, key): delete dct[key] only if its
 * value is a dead weakref; a missing key is ignored (issue #28427: a stale
 * callback must not remove a newer, live value). TypeError('not a weakref')
 * when the value is not a weakref.
 */
export function removeDeadWeakref(heap: Heap, dct: DictObject, key: Value): void {
  const i = dct.find(heap, key);
  if (i < 0) return;
  const value = dct.values[i] as Value;
  if (!(value instanceof WeakrefBase)) throw new PyException('TypeError', 'not a weakref');
  if (value.target === null) dct.removeAt(heap, i);
}
