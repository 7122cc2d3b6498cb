/**
 * The cyclic garbage of an import gclab replays (CpythonImportCost.cycles,
 * measured by scripts/gen-import-costs.py). CPython's imports leave
 * functions, classes, dicts and descriptors in reference cycles (datetime's
 * pure-Python classes, replaced by _datetime's at its end; the temporary
 * class of an enum's creation in ast; ...); gclab's modules are not
 * CPython's, so their own garbage cannot stand for it. Objects stand for
 * CPython's here, made at the offsets of the import's allocations where
 * CPython makes its own, so that the collections during the import and
 * after it find what CPython's find:
 *
 *  - each is counted and tracked when made (it may start an automatic
 *    collection, and it ages through the collections that run meanwhile);
 *  - a `leaf` is a tuple of None: like CPython's tuples and dicts of atomic
 *    values, the first collection it survives untracks it
 *    (untrack_tuples), and then no collection counts it;
 *  - this replay holds each one until it `dies`: the newest ones are then
 *    linked into rings of cells, one per offset they were made at (the
 *    leaves hang from them), and released, left for the collector (the
 *    measurements give only how many are made and how many die at each
 *    offset; lifetimes nest, as those of the temporaries of a class
 *    creation do).
 */
import { NO_FREE_LIST, TupleObject, isObject, type Heap, type Value, type Visit } from '../../heap';
import { CellObject } from '../runtime/function-object';

/** A cell of an import's garbage ring that also holds leaves (tuples of None). */
class GarbageCell extends CellObject {
  /** The leaves of its ring (owned). */
  leaves: Value[] = [];

  override traverse(visit: Visit): void {
    super.traverse(visit);
    for (const v of this.leaves) if (isObject(v)) visit(v);
  }

  override clear(heap: Heap): void {
    const leaves = this.leaves;
    this.leaves = [];
    for (const v of leaves) heap.xdecref(v);
    super.clear(heap);
  }

  override dealloc(heap: Heap): void {
    const leaves = this.leaves;
    this.leaves = [];
    for (const v of leaves) heap.xdecref(v);
    super.dealloc(heap);
  }
}

/** One replay's garbage (see above): the objects made and not yet released. */
export class ImportGarbage {
  /** Made and not yet dropped, oldest first (one reference each, owned), with the offset they were made at. */
  private readonly alive: { o: GarbageCell | TupleObject; at: number }[] = [];

  constructor(private readonly heap: Heap) {}

  /** One object that can be part of a cycle, made at offset `at`: counted and tracked. */
  make(at: number): void {
    this.heap.reserve();
    const c = this.heap.register(new GarbageCell(undefined), NO_FREE_LIST);
    this.heap.track(c);
    this.alive.push({ o: c, at });
  }

  /** One object a cycle cannot go through (a tuple of None), made at offset `at`: counted and tracked. */
  makeLeaf(at: number): void {
    this.heap.reserve();
    const t = this.heap.register(new TupleObject([null]), NO_FREE_LIST);
    this.heap.track(t);
    this.alive.push({ o: t, at });
  }

  /**
   * The `n` newest become cyclic garbage and are released: the cells made
   * at one offset form a ring of their own (CPython's garbage is many small
   * cycles, a class with its dict and tuples, made together: a collection
   * of the young generation finds the young ones), the leaves hang from the
   * ring made with them or else from the first ring.
   */
  drop(n: number): void {
    const heap = this.heap;
    const group = this.alive.splice(Math.max(0, this.alive.length - n));
    const rings = new Map<number, GarbageCell[]>();
    for (const { o, at } of group) {
      if (!(o instanceof GarbageCell)) continue;
      const ring = rings.get(at);
      if (ring === undefined) rings.set(at, [o]);
      else ring.push(o);
    }
    for (const ring of rings.values()) {
      for (let k = 0; k < ring.length; k++) ring[k].set(heap, ring[(k + 1) % ring.length]);
    }
    const first = rings.values().next().value as GarbageCell[] | undefined;
    for (const { o, at } of group) {
      const holder = o instanceof GarbageCell ? undefined : (rings.get(at) ?? first)?.[0];
      if (holder === undefined) heap.decref(o);
      else holder.leaves.push(o); // the replay's reference goes to the ring
    }
  }
}
