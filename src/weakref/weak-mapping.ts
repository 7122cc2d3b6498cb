/**
 * What WeakValueDictionary and WeakKeyDictionary share as Mappings
 * (Lib/weakref.py defines these methods identically on both classes, or
 * inherits them from MutableMapping): `|=`, `|`, the reflected `|`,
 * Mapping.__eq__ and MutableMapping.clear.
 */
import { DictObject, PyException, type Heap, type TupleObject, type Value } from '../heap';
import { dictEquals, dictFromPairSource } from './dict-helpers';
import { dictItemsSource, isMapping, type MappingArg, type PairSource } from './sources';
import { WeakContainer } from './weak-container';

/** `M` is the concrete class, so `|` and `copy()` keep their precise types. */
export abstract class WeakMapping<M extends WeakMapping<M>> extends WeakContainer {
  /** d.update(other, **kwargs). */
  abstract update(heap: Heap, other?: MappingArg | null, kwargs?: ReadonlyArray<readonly [string, Value]>): void;
  /** d.copy(): a new reference. */
  abstract copy(heap: Heap): M;
  /** A new, empty mapping of the same class (a new reference). */
  protected abstract newEmpty(heap: Heap): M;
  /** As a Mapping argument: `self.items()`. */
  abstract itemsSource(heap: Heap): PairSource;
  /** d.popitem(): a new (key, value) tuple; KeyError when empty. */
  abstract popItem(heap: Heap): TupleObject;

  /** MutableMapping.clear(): popitem() until KeyError. */
  clearEntries(heap: Heap): void {
    for (;;) {
      let t: TupleObject;
      try {
        t = this.popItem(heap);
      } catch (e) {
        if (e instanceof PyException && e.pyType === 'KeyError') return;
        throw e;
      }
      heap.decref(t);
    }
  }

  /** d |= other: update, then the same object (new reference). */
  ior(heap: Heap, other: MappingArg): this {
    this.update(heap, other);
    heap.incref(this);
    return this;
  }

  /** d | other: a copy updated with `other`; undefined (NotImplemented) unless other is a Mapping. */
  or(heap: Heap, other: unknown): M | undefined {
    if (!isMapping(other)) return undefined;
    return filled(heap, this.copy(heap), [other]);
  }

  /** other | d (reflected): a new mapping of other's items, then d's. */
  ror(heap: Heap, other: unknown): M | undefined {
    if (!isMapping(other)) return undefined;
    return filled(heap, this.newEmpty(heap), [other, this]);
  }

  /** Mapping.__eq__: dict(self.items()) == dict(other.items()); undefined for non-mappings. */
  equals(heap: Heap, other: unknown): boolean | undefined {
    return mappingEquals(heap, this, other);
  }

  override eqSlot(heap: Heap, other: Value): boolean | undefined {
    if (other === this) return true;
    return this.equals(heap, other);
  }
}

/** `c` updated with each of `sources` in turn; `c` is released if an update fails. */
function filled<M extends WeakMapping<M>>(heap: Heap, c: M, sources: MappingArg[]): M {
  try {
    for (const s of sources) c.update(heap, s);
  } catch (e) {
    heap.decref(c);
    throw e;
  }
  return c;
}

/** Mapping.__eq__ for the weak dictionaries. */
export function mappingEquals(heap: Heap, self: WeakContainer & { itemsSource(heap: Heap): PairSource }, other: unknown): boolean | undefined {
  if (!isMapping(other)) return undefined;
  const a = dictFromPairSource(heap, self.itemsSource(heap));
  try {
    const b = dictFromPairSource(heap, other instanceof DictObject ? dictItemsSource(heap, other) : other.itemsSource(heap));
    try {
      return dictEquals(heap, a, b);
    } finally {
      heap.decref(b);
    }
  } finally {
    heap.decref(a);
  }
}
