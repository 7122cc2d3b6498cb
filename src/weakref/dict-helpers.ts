/**
 * dict operations that Lib/weakref.py uses and DictObject does not offer
 * directly: popitem, setdefault, dict(pairs) and dict equality
 * (Objects/dictobject.c, 3.11).
 */
import { PyException, type DictObject, type Heap, type Value } from '../heap';
import type { PairSource } from './sources';

/** dict.popitem(): the last entry (LIFO), key and value as new references. */
export function dictPopItem(heap: Heap, d: DictObject): [Value, Value] {
  const i = d.lastIndex();
  if (i < 0) throw new PyException('KeyError', 'popitem(): dictionary is empty');
  const k = d.keys[i] as Value;
  const v = d.values[i] as Value;
  heap.incref(k);
  heap.incref(v);
  d.removeAt(heap, i);
  return [k, v];
}

/**
 * dict.setdefault(key, default): the existing value, or `dflt` after
 * inserting it. Returns a new reference.
 */
export function dictSetDefault(heap: Heap, d: DictObject, key: Value, dflt: Value): Value {
  const i = d.find(heap, key);
  if (i >= 0) {
    const v = d.values[i] as Value;
    heap.incref(v);
    return v;
  }
  d.set(heap, key, dflt);
  heap.incref(dflt);
  return dflt;
}

/** dict(pairs): a new dict from a pair source (new reference); the source is closed. */
export function dictFromPairSource(heap: Heap, pairs: PairSource): DictObject {
  const d = heap.newDict();
  try {
    for (;;) {
      const p = pairs.next();
      if (p === undefined) break;
      try {
        d.set(heap, p[0], p[1]);
      } finally {
        heap.decref(p[0]);
        heap.decref(p[1]);
      }
    }
  } catch (e) {
    heap.decref(d);
    throw e;
  } finally {
    pairs.close?.();
  }
  return d;
}

/**
 * dict_equal: same size, and every key of `a` maps to an equal value in `b`.
 * `a`'s entries are read live (an `__eq__` may change either dict), each
 * key and value held while `b` is searched and the values compared.
 */
export function dictEquals(heap: Heap, a: DictObject, b: DictObject): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === undefined) continue;
    const av = a.values[i] as Value;
    heap.incref(k);
    heap.incref(av);
    try {
      const bv = b.get(heap, k);
      if (bv === undefined) return false;
      heap.incref(bv);
      try {
        if (av !== bv && !heap.host.eq(heap, av, bv)) return false;
      } finally {
        heap.decref(bv);
      }
    } finally {
      heap.decref(k);
      heap.decref(av);
    }
  }
  return true;
}
