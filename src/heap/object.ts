/**
 * PyObject: the header every simulated heap object carries, and its type
 * slots.
 *
 * The fields mirror CPython's object header and GC header:
 *   refcnt            ob_refcnt
 *   gcSlot            PyGC_Head: the object's slot in its heap's GcStore
 *                     (gc-list.ts), whose typed arrays hold the generation
 *                     list links and gc_refs; NO_SLOT (-1) while untracked
 *   flags             FINALIZED (PEP 442's bit), DEAD (reclaimed: the
 *                     handle is stale), ...; the collector's marks
 *                     (COLLECTING, UNREACHABLE) are in the GcStore
 *   weaklist          head of the weakref list (tp_weaklistoffset)
 *
 * The type slots are methods that each object kind overrides, in the spirit
 * of CPython's type object: `traverse` (tp_traverse), `clear` (tp_clear),
 * `dealloc` (tp_dealloc), `finalize` (tp_finalize, i.e. `__del__`),
 * `legacyFinalize` (tp_del), and the `isGC`/`weakrefable` flags.
 *
 * Invariant: a live object has refcnt >= 1 except while it is being
 * deallocated; a DEAD object has refcnt 0 and holds no references.
 */
import type { Hash } from './hash';
import type { Heap } from './heap';
import type { Value } from './value';
import type { WeakrefBase } from './weakref-base';
import { StaleHandleError } from './errors';

/** Bits of PyObject.flags. */
export const FINALIZED = 1;
/**
 * The collector's marks: bits of the GcStore's `marks` (gc-list.ts,
 * gcMarks), not of `flags`, as CPython keeps them in the GC header
 * (PREV_MASK_COLLECTING, NEXT_MASK_UNREACHABLE): set only while a
 * collection runs, on tracked objects.
 */
export const COLLECTING = 2;
/** See COLLECTING. */
export const UNREACHABLE = 4;
export const DEAD = 8;
/** Set on objects that the collector found to be cyclic trash, while a trace records (its death events read it). */
export const DIED_IN_GC = 16;
/** Set while an object's deallocation is deferred by the trashcan. */
export const DEPOSITED = 32;
/** Set while a trace at level `refs` has the object in its list of objects whose edges may have changed (trace.ts). */
export const TOUCHED = 64;
/**
 * Set on an object gclab makes where CPython 3.11 makes none (the bound
 * builtin method of `obj.method(...)`, which LOAD_METHOD avoids): it never
 * moves generation 0's count (Heap.register, Heap.free).
 */
export const UNCOUNTED = 128;
/**
 * Set on an object made while code standing for C runs (Heap.cCode): its
 * allocation is counted only if it is still alive when that code hands
 * control back to Python code (Heap.setCCode), as the objects a C
 * function returns or stores are; a temporary that dies before is never
 * counted, as CPython's C code never makes it.
 */
export const C_PENDING = 256;
/**
 * Set once the object has a fake address (address.ts): asked for by `id()`
 * or a repr, or taken over from a dead object of its kind. The address
 * itself sits in a side table, since most objects never get one.
 */
export const HAS_ADDRESS = 512;

export type { GcNode } from './gc-list';

/** tp_traverse's visitproc: called once per object reference held. */
export type Visit = (o: PyObject) => void;

/**
 * An object on the simulated heap: its reference count, its place in a generation list (when
 * tracked by the collector), its weakref list and its flags. Every heap object kind extends it.
 */
export abstract class PyObject {
  id = 0;
  refcnt = 1;
  /** The slot of the GC header in the heap's GcStore while tracked, else -1 (NO_SLOT). */
  gcSlot = -1;
  flags = 0;
  weaklist: WeakrefBase | null = null;

  /** tp_name: `list`, `dict`, a class's name for its instances, ... */
  abstract get typeName(): string;

  /** Py_TPFLAGS_HAVE_GC: containers are GC objects; atoms (float, ...) are not. */
  get isGC(): boolean {
    return true;
  }

  /** tp_weaklistoffset != 0: can this object be weakly referenced? */
  get weakrefable(): boolean {
    return false;
  }

  /** Does this object carry a heap type's layout (a class, __slots__, a __dict__)? See Instance. */
  get hasInstanceLayout(): boolean {
    return false;
  }

  /**
   * The references this object's own type holds, released in its
   * tp_dealloc's order (list items last to first, dict entries in insertion
   * order, ...). A heap-type subclass's dealloc calls it after releasing its
   * own slots and __dict__, as subtype_dealloc calls the base's tp_dealloc.
   */
  releaseOwnReferences(_heap: Heap): void {}

  /** Is this a weak reference (PyWeakref_Check)? */
  get isWeakref(): boolean {
    return false;
  }

  /** tp_traverse: visit every object this one holds a strong reference to. */
  traverse(_visit: Visit): void {}

  /** tp_clear: drop the references that could take part in a cycle. */
  clear(_heap: Heap): void {}

  /**
   * tp_dealloc: called when refcnt reaches 0. Must follow the CPython order
   * for its kind (see Heap's dealloc helpers) and end with `heap.free(this)`.
   */
  abstract dealloc(heap: Heap): void;

  /** Does the type have tp_finalize (a `__del__`)? */
  hasFinalizer(): boolean {
    return false;
  }

  /** tp_finalize: run `__del__`. Errors go to the unraisable hook, never out. */
  finalize(_heap: Heap): void {}

  /** Does the type have the legacy tp_del slot (uncollectable in cycles)? */
  hasLegacyFinalizer(): boolean {
    return false;
  }

  /** Hash slot (tp_hash); undefined means "use identity". Throws PyException for unhashable. */
  hashSlot(_heap: Heap): Hash | undefined {
    return undefined;
  }

  /** Equality slot used by the heap's default host (identity unless overridden). */
  eqSlot(_heap: Heap, other: Value): boolean | undefined {
    return this === other ? true : undefined;
  }

  get isDead(): boolean {
    return (this.flags & DEAD) !== 0;
  }

  /**
   * The loud failure of the TypeScript API on a stale handle: every public
   * operation of an object kind calls this first, so using a reclaimed
   * object throws StaleHandleError (`getAttr: C#12 was reclaimed; ...`)
   * instead of reading or reviving freed state.
   */
  assertLive(operation: string): void {
    if ((this.flags & DEAD) !== 0) {
      throw new StaleHandleError(`${operation}: ${this.describe()} was reclaimed; its handle can no longer be used`);
    }
  }

  /** Short human name for errors and traces: `Node#12`. */
  describe(): string {
    return `${this.typeName}#${this.id}`;
  }
}
