/**
 * The Heap: allocation, reference counting and the deallocation protocol.
 *
 * Rules (CPython 3.11):
 *  - Every reference the host holds is counted. Allocation returns a new
 *    reference (refcnt 1); setters take their own reference and release the
 *    old value after storing the new one.
 *  - A refcount reaching zero reclaims the object at once, through its
 *    type's dealloc slot, in `subtype_dealloc`'s order: finalizer (may
 *    resurrect), weakrefs cleared with callbacks newest first, then the
 *    object's own references released.
 *  - Deep deallocation chains are flattened by the trashcan
 *    (Py_TRASHCAN_BEGIN/END, Objects/object.c): past 50 nested container
 *    deallocs, objects are deposited and destroyed later, last in first out.
 *    This both bounds the JS stack and reproduces CPython's order.
 *  - Generation lists and counts live here because tracking an object
 *    (_PyObject_GC_TRACK) appends it to generation 0; the collector itself
 *    is the `gc` layer, which installs an allocation hook
 *    (_PyObject_GC_Link's automatic collection).
 */
import { addressOf, setAddress } from './address';
import { InternalError, PyException, StaleHandleError } from './errors';
import { GcHead, GcStore, NO_SLOT, listAppend, listMove, listRemove } from './gc-list';
import { BasicHost, type Host } from './host';
import { C_PENDING, DEAD, DIED_IN_GC, FINALIZED, HAS_ADDRESS, PyObject, UNCOUNTED } from './object';
import { DICT_FREE_SLOT, FreeLists, LIST_FREE_SLOT, NO_FREE_LIST, tupleAllocSlot } from './free-lists';
import { TraceLog, type HeapEvent } from './trace';
import { isObject, type Value } from './value';
import { clearWeakRefs } from './weakref-base';
import { BoundMethod } from './objects/bound-method';
import { ClassNamespaceDict, ClassObject } from './objects/class-object';
import { DictObject } from './objects/dict-object';
import { HostFunction, type HostImpl } from './objects/host-function';
import { Instance } from './objects/instance-object';
import { ListObject } from './objects/list-object';
import { TupleObject, mayBeTracked } from './objects/tuple-object';

/** _PyTrash_UNWIND_LEVEL in CPython 3.11. */
export const TRASHCAN_UNWIND_LEVEL = 50;

/** Objects that may still be allocated after a MemoryError (to raise and handle it). */
export const MEMORY_ERROR_HEADROOM = 1000;

/** What type_new allocates before the type object (Heap.newHeapTypeParts). */
export interface HeapTypeParts {
  /** tp_bases packed for the implicit `(object,)` (null: the given tuple is kept). */
  basesTuple: TupleObject | null;
  /** The stand-in for tp_dict. */
  ns: ClassNamespaceDict;
}

/** Options of `new Heap(options)`. */
export interface HeapOptions {
  /** Most live objects at once; one more raises MemoryError. Default 10,000,000. */
  maxObjects?: number;
  /** Record the event stream (default false: tracing costs time); a TraceLog to record into that one. */
  trace?: boolean | TraceLog;
  /** Keep a set of every live object so verify() can see untracked ones too (default true). */
  registry?: boolean;
  /** The language binding; default BasicHost. */
  host?: Host;
}

/**
 * The simulated heap: allocates objects, counts their references and reclaims each one the moment
 * its count reaches zero, in CPython 3.11's order (docs/heap.md). Factories (`newList`, `newDict`,
 * `newInstance`, `newClass`, `newHostFunction`, ...) return a new reference; `decref` drops one.
 */
export class Heap {
  host: Host;
  trace: TraceLog | null;
  maxObjects: number;
  /** Live objects that maxObjects allows for but the limit's message does not count (an interpreter's start-up objects). */
  uncountedObjects = 0;
  /** Number of live (not yet freed) objects. */
  liveCount = 0;
  /** Objects ever allocated. */
  allocated = 0;
  /** Every live object, in allocation order (when the registry is on). */
  readonly registry: Set<PyObject> | null;

  /** The GC headers (list links, gc_refs) of every tracked object and list head of this heap, by slot (gc-list.ts). */
  readonly gcStore = new GcStore();
  /** Generations 0, 1, 2 and the permanent generation (gc.freeze), index 3. */
  readonly generations: GcHead[] = [
    new GcHead('gen0', this.gcStore),
    new GcHead('gen1', this.gcStore),
    new GcHead('gen2', this.gcStore),
    new GcHead('permanent', this.gcStore),
  ];
  /** gcstate->generations[i].count */
  readonly genCount: number[] = [0, 0, 0];
  /** The list, dict and tuple free lists (free-lists.ts): what they hold decides whether an allocation or a free is counted. */
  readonly freeLists = new FreeLists();
  /** Installed by the gc layer: runs on every GC allocation (_PyObject_GC_Link). */
  gcAllocHook: (() => void) | null = null;
  /** The number of the collection under way (0 when none), for the trace. */
  currentCollection = 0;
  /** Calls made through callUnraisably (finalizers, callbacks): lets the collector know whether any code ran. */
  hostCalls = 0;
  /**
   * A GC-tracked object lost a reference and lived on since the last full
   * collection began (or something else happened that may leave cyclic
   * garbage: a resurrection, gc.unfreeze). While false, no tracked object
   * can be unreachable from outside its generation lists: a cycle becomes
   * garbage only when its last outside reference goes, and that is a
   * decref to nonzero of one of its members. The collector skips
   * deduce_unreachable of a full collection on that ground
   * (Collector.collectMain); the result is the one the walk would find.
   */
  referenceLost = true;
  /** How many objects are in a generation list (the permanent one too): track adds one, untrack takes one. */
  trackedCount = 0;
  /**
   * Bumped by what can make a tracked tuple untrackable other than its
   * death, or move a tracked object between generation lists: an untrack
   * of a live object (refcount above zero), moveToGeneration, gc.freeze and
   * gc.unfreeze, and code that replaces the items of a tuple in place (the
   * reused result tuples of zip, enumerate, dict.items() iterators and
   * functools.reduce; a class's new MRO). While it does not move, the
   * collector's fast untrack pass (Collector.collectMain) holds.
   */
  trackingChanges = 0;

  private nextId = 1;
  /**
   * The addresses dead objects left, per JS class (last freed first), or
   * null until an object with an address dies (address.ts).
   */
  private addressPools: Map<Function, number[]> | null = null;

  /** A dead object's address goes back to its kind's pool (pymalloc's block freelist, a type's free list). */
  private releaseAddress(o: PyObject): void {
    const pools = (this.addressPools ??= new Map());
    const pool = pools.get(o.constructor);
    const a = addressOf(o);
    if (pool === undefined) pools.set(o.constructor, [a]);
    else pool.push(a);
  }
  /** The id the next object will get (ids grow with every allocation). */
  get nextObjectId(): number {
    return this.nextId;
  }
  /** > 0 while withHeadroom() runs. */
  private headroomDepth = 0;
  private trashNesting = 0;
  private readonly trashLater: PyObject[] = [];

  constructor(options: HeapOptions = {}) {
    this.host = options.host ?? new BasicHost();
    this.trace = options.trace instanceof TraceLog ? options.trace : options.trace ? new TraceLog() : null;
    if (this.trace !== null && this.trace.refs) this.traceCounts(this.trace);
    this.maxObjects = options.maxObjects ?? 10_000_000;
    this.registry = options.registry === false ? null : new Set();
  }

  // ---- events ---------------------------------------------------------

  /** Record an event in the trace (nothing when tracing is off). */
  emit(e: HeapEvent): void {
    if (this.trace !== null) this.trace.push(e);
  }

  /**
   * A trace at level `refs` records every count change: this heap's
   * incref/decref become versions that also tell the trace. The methods of
   * an untraced heap stay as they are, so tracing costs nothing when off.
   */
  private traceCounts(trace: TraceLog): void {
    const plainIncref = this.incref;
    const plainDecref = this.decref;
    this.incref = function (this: Heap, v: Value): void {
      plainIncref.call(this, v);
      if (typeof v === 'object' && v !== null) trace.countChanged(v, true, v.refcnt);
    };
    this.decref = function (this: Heap, v: Value): void {
      // The decref to 0 is recorded before the death it sets off.
      if (typeof v === 'object' && v !== null && v.refcnt >= 1) trace.countChanged(v, false, v.refcnt - 1);
      plainDecref.call(this, v);
    };
  }

  // ---- allocation -----------------------------------------------------

  /** Check the object limit before building an object (MemoryError past it). */
  reserve(n = 1): void {
    if (this.liveCount + n > this.maxObjects) {
      if (this.headroomDepth > 0 && this.liveCount + n <= this.maxObjects + MEMORY_ERROR_HEADROOM) return;
      throw new PyException('MemoryError', `gclab heap limit of ${this.maxObjects - this.uncountedObjects} objects reached`);
    }
  }

  /**
   * Run `f` with a little room past the object limit: a client raising an
   * exception (even a MemoryError) needs a few objects for it, as CPython
   * keeps a preallocated MemoryError.
   */
  withHeadroom<T>(f: () => T): T {
    this.headroomDepth++;
    try {
      return f();
    } finally {
      this.headroomDepth--;
    }
  }

  /**
   * Give a freshly built object its id and count it. For GC types this is
   * _PyObject_GC_Link: gen0's count goes up and an automatic collection may
   * run (before the new object is tracked, so it is never part of it).
   * Callers `reserve()` first; the object is returned untracked.
   * `freeSlot` is the free list a new object of its type is taken from
   * (free-lists.ts): when that list holds one, CPython reuses it with
   * _Py_NewReference only, so the count does not move and no collection
   * starts.
   */
  register<T extends PyObject>(o: T, freeSlot: number = NO_FREE_LIST): T {
    if (this.liveCount >= this.maxObjects + MEMORY_ERROR_HEADROOM) throw new InternalError('register() without reserve()');
    o.id = this.nextId++;
    const pools = this.addressPools;
    if (pools !== null) {
      const pool = pools.get(o.constructor);
      if (pool !== undefined && pool.length > 0) setAddress(o, pool.pop()!);
    }
    this.liveCount++;
    this.allocated++;
    if (this.registry !== null) this.registry.add(o);
    if (this.trace !== null) this.trace.alloc(o);
    if (o.isGC && (o.flags & UNCOUNTED) === 0) {
      if (this.cCode) {
        o.flags |= C_PENDING;
        this.cAllocated.push(o);
        this.cAllocatedSlots.push(freeSlot);
      } else this.countAlloc(freeSlot);
    }
    return o;
  }

  /**
   * True while code standing for C runs (Python code of src/lang/stdlib
   * that CPython writes in C: c-implemented.ts). Such code makes objects
   * CPython's C code never makes (argument tuples and dicts, bound
   * methods, iterators, its frames' temporaries): while it runs, an
   * allocation moves no count and takes nothing from a free list
   * (C_PENDING), and a phantom allocation or free is not made. When the
   * outermost such call returns to Python code (leaveCCode), the objects
   * it made that are still alive -- what a C function returns or stores,
   * which the C code allocates too -- are counted, in allocation order;
   * the others never were. A Python function it calls back (a key
   * function, a __next__ of a Python class) counts as Python code
   * (cCode false for that call) and leaves the pending objects pending.
   */
  cCode = false;
  /** The objects made by code standing for C that are not counted yet (C_PENDING), oldest first. */
  private readonly cAllocated: PyObject[] = [];
  /** The free list each of cAllocated's objects is taken from when it is counted (register's freeSlot). */
  private readonly cAllocatedSlots: number[] = [];

  /**
   * Python code calls code standing for C (see cCode). Returns the mark
   * to give leaveCCode when that call ends.
   */
  enterCCode(): number {
    this.cCode = true;
    return this.cAllocated.length;
  }

  /** Where the pending allocations of code standing for C end now (for forgetCAllocations). */
  cAllocationMark(): number {
    return this.cAllocated.length;
  }

  /**
   * The objects made by code standing for C since `mark` are no longer
   * pending: work whose counts are restored afterwards (asUncountedWork)
   * made them, so they are never counted, and their frees count as the
   * frees of that work's other objects do.
   */
  forgetCAllocations(mark: number): void {
    const made = this.cAllocated;
    for (let i = mark; i < made.length; i++) made[i].flags &= ~C_PENDING;
    if (made.length > mark) {
      made.length = mark;
      this.cAllocatedSlots.length = mark;
    }
  }

  /**
   * The call enterCCode began ends, back in Python code: what it made
   * that lives on is counted (an automatic collection may start).
   */
  leaveCCode(mark: number): void {
    this.cCode = false;
    const made = this.cAllocated;
    if (made.length <= mark) return;
    const settled = made.splice(mark);
    const slots = this.cAllocatedSlots.splice(mark);
    for (let i = 0; i < settled.length; i++) {
      const o = settled[i];
      if ((o.flags & C_PENDING) === 0) continue;
      o.flags &= ~C_PENDING;
      // The C code's allocation of it: from its type's free list when that holds one.
      if ((o.flags & (DEAD | UNCOUNTED)) === 0) this.countAlloc(slots[i]);
    }
  }

  /** _PyObject_GC_TRACK: append to the tail of generation 0. */
  track(o: PyObject): void {
    if (o.gcSlot !== NO_SLOT) return;
    o.assertLive('track');
    listAppend(o, this.generations[0]);
    this.trackedCount++;
  }

  /** _PyObject_GC_UNTRACK: unlink from its list (keeps FINALIZED; the marks go with the slot). */
  untrack(o: PyObject): void {
    if (o.gcSlot === NO_SLOT) return;
    // Releasing the slot drops the collector's marks (COLLECTING, UNREACHABLE).
    listRemove(o, this.gcStore);
    this.trackedCount--;
    // A death (dealloc at refcount 0) changes nothing the next untrack pass
    // looks at: a tuple holding the dead object would keep it alive.
    if (o.refcnt > 0) this.trackingChanges++;
  }

  /** Move a tracked object to the tail of generation `gen` (for objects made "old", like a module at start-up). */
  moveToGeneration(o: PyObject, gen: number): void {
    if (o.gcSlot === NO_SLOT) return;
    listMove(o, this.generations[gen]);
    this.trackingChanges++;
  }

  /** gc.is_tracked(v): `_PyObject_IS_GC(v) && tracked`, so False for immediates. */
  isTracked(v: Value): boolean {
    return isObject(v) && v.gcSlot !== NO_SLOT;
  }

  // ---- reference counting ---------------------------------------------

  /** Py_INCREF for any value (immediates are ignored). */
  incref(v: Value): void {
    if (typeof v === 'object' && v !== null) {
      // `!(> 0)` rather than `<= 0`: also routes a non-heap object (refcnt
      // undefined) to the error path instead of counting it as NaN.
      if (!(v.refcnt > 0)) this.badIncref(v);
      v.refcnt++;
    }
  }

  /** Py_DECREF: a count reaching zero deallocates at once. */
  decref(v: Value): void {
    if (typeof v === 'object' && v !== null) {
      if (!(v.refcnt > 0)) this.badDecref(v);
      if (--v.refcnt === 0) v.dealloc(this);
      else if (v.gcSlot !== NO_SLOT) this.referenceLost = true;
    }
  }

  /** Py_XDECREF of an optional slot. */
  xdecref(v: Value | undefined): void {
    if (v !== undefined) this.decref(v);
  }

  /**
   * checkLive for every item, before a factory takes any reference: a
   * factory that fails must not leak the references it took so far
   * (ARCHITECTURE.md, "Safety": after bad input the heap is unchanged).
   */
  private checkAllLive(items: Value[], what: string): void {
    for (const v of items) this.checkLive(v, what);
  }

  /** Throw a clear error if `v` is a reclaimed object. */
  checkLive(v: Value, what = 'object'): void {
    if (isObject(v) && (v.flags & DEAD) !== 0) {
      throw new StaleHandleError(`${what} ${v.describe()} was reclaimed; its handle can no longer be used`);
    }
  }

  private badIncref(o: PyObject): never {
    notHeapObject('incref', o);
    if (o.flags & DEAD) throw new StaleHandleError(`incref of reclaimed object ${o.describe()}`);
    throw new StaleHandleError(`incref of ${o.describe()} while it is being deallocated`);
  }

  private badDecref(o: PyObject): never {
    notHeapObject('decref', o);
    if (o.flags & DEAD) throw new StaleHandleError(`decref of reclaimed object ${o.describe()}`);
    throw new RangeError(`decref: refcount of ${o.describe()} would go below zero`);
  }

  // ---- the deallocation protocol (helpers for dealloc slots) -------------

  /**
   * Py_TRASHCAN_BEGIN: returns false when the dealloc must stop because the
   * object was deposited for later (nesting too deep).
   */
  trashcanBegin(o: PyObject): boolean {
    if (this.trashNesting >= TRASHCAN_UNWIND_LEVEL) {
      this.trashLater.push(o);
      return false;
    }
    this.trashNesting++;
    return true;
  }

  /** Py_TRASHCAN_END: at the outermost level, destroy deposited objects, newest first. */
  trashcanEnd(): void {
    this.trashNesting--;
    if (this.trashNesting <= 0 && this.trashLater.length > 0) this.destroyChain();
  }

  /** _PyTrash_thread_destroy_chain */
  private destroyChain(): void {
    this.trashNesting++;
    while (this.trashLater.length > 0) {
      const o = this.trashLater.pop()!;
      o.dealloc(this);
    }
    this.trashNesting--;
  }

  /**
   * PyObject_CallFinalizerFromDealloc: resurrect to refcount 1, run the
   * finalizer unless FINALIZED, drop the temporary reference. Returns true
   * if the finalizer resurrected the object (dealloc must then stop).
   */
  callFinalizerFromDealloc(o: PyObject): boolean {
    o.refcnt = 1;
    this.callFinalizer(o, 'refcount');
    o.refcnt -= 1;
    if (o.refcnt === 0) return false;
    this.referenceLost = true;
    if (this.trace !== null) this.trace.push({ kind: 'resurrect', id: o.id, type: o.typeName });
    return true;
  }

  /**
   * slot_tp_del (the legacy finalizer _testcapi.with_tp_del installs): with
   * `o` temporarily resurrected, call `del(o)` (`__tp_del__`, looked up on
   * the type; errors are unraisable). Unlike tp_finalize it runs at every
   * death. Returns true when it resurrected `o`.
   */
  callLegacyFinalizerFromDealloc(o: PyObject, del: Value | undefined): boolean {
    o.refcnt = 1;
    if (del !== undefined) {
      this.hostCalls++;
      this.incref(del);
      try {
        this.callUnraisably(del, [o], del);
      } finally {
        this.decref(del);
      }
    }
    o.refcnt -= 1;
    if (o.refcnt === 0) return false;
    this.referenceLost = true;
    if (this.trace !== null) this.trace.push({ kind: 'resurrect', id: o.id, type: o.typeName });
    return true;
  }

  /** PyObject_CallFinalizer: run tp_finalize once (PEP 442), then set FINALIZED. */
  callFinalizer(o: PyObject, path: 'refcount' | 'gc'): void {
    if ((o.flags & FINALIZED) !== 0 || !o.hasFinalizer()) return;
    this.hostCalls++;
    if (this.trace !== null) this.trace.push({ kind: 'finalize', id: o.id, type: o.typeName, path });
    if (path === 'gc') o.flags |= FINALIZED;
    o.finalize(this);
    // _PyGC_SET_FINALIZED: the flag lives in the GC header, so a non-GC
    // object (_testcapi.without_gc) is finalized again at its next death.
    if (o.isGC) o.flags |= FINALIZED;
  }

  /** Record that `o` is being reclaimed (the trace's death event). */
  die(o: PyObject): void {
    if (this.trace !== null) this.trace.death(o, (o.flags & DIED_IN_GC) !== 0, this.currentCollection);
  }

  /**
   * The whole tp_dealloc of a GC object that releases exactly what its
   * tp_clear releases: untrack, the death event, PyObject_ClearWeakRefs,
   * tp_clear, then free (module_dealloc has this shape).
   */
  deallocByClear(o: PyObject): void {
    this.untrack(o);
    this.die(o);
    if (o.weaklist !== null) clearWeakRefs(this, o);
    o.clear(this);
    this.free(o);
  }

  /**
   * PyObject_GC_Del / tp_free: the object is gone; its handle is stale from
   * now on. PyObject_GC_Del lowers gen0's count while it is above zero;
   * an object kept on its type's free list `freeSlot` (list_dealloc,
   * dict_dealloc, maybe_freelist_push) does not go through it.
   */
  free(o: PyObject, freeSlot: number = NO_FREE_LIST): void {
    if (this.trace !== null) this.trace.freed(o);
    if (o.gcSlot !== NO_SLOT) this.untrack(o);
    o.flags |= DEAD;
    o.refcnt = 0;
    o.weaklist = null;
    if ((o.flags & HAS_ADDRESS) !== 0) this.releaseAddress(o);
    this.liveCount--;
    if (this.registry !== null) this.registry.delete(o);
    if (o.isGC && (o.flags & (UNCOUNTED | C_PENDING)) === 0) this.countFree(freeSlot);
  }

  /**
   * The allocation of a GC object CPython makes and gclab does not build
   * (print's argument tuple, the method object of `file.write`, the
   * thread state's repr dict): gen0's count as _PyObject_GC_Link (or a
   * free-list pop) moves it, and the automatic collection it may start.
   * Pair it with phantomFree when CPython frees that object. register()
   * counts a real GC object by the same rule (countAlloc). Nothing while
   * code standing for C runs (cCode).
   */
  phantomAlloc(freeSlot: number): void {
    if (!this.cCode) this.countAlloc(freeSlot);
  }

  /** The free of a phantomAlloc'd object: PyObject_GC_Del's count, or its type's free list. */
  phantomFree(freeSlot: number): void {
    if (!this.cCode) this.countFree(freeSlot);
  }

  /** _PyObject_GC_Link's count (or a free-list pop): an automatic collection may start. */
  private countAlloc(freeSlot: number): void {
    if (freeSlot < 0 || !this.freeLists.pop(freeSlot)) {
      this.genCount[0]++;
      if (this.gcAllocHook !== null) this.gcAllocHook();
    }
  }

  /** PyObject_GC_Del's count, or the push onto its type's free list. */
  private countFree(freeSlot: number): void {
    if ((freeSlot < 0 || !this.freeLists.push(freeSlot)) && this.genCount[0] > 0) this.genCount[0]--;
  }

  /**
   * clear_freelists (gc_collect_main, collections of the oldest generation):
   * every object on a free list goes through PyObject_GC_Del.
   */
  clearFreeLists(): void {
    const freed = this.freeLists.clear();
    this.genCount[0] = Math.max(0, this.genCount[0] - freed);
  }

  // ---- calling out --------------------------------------------------------

  /**
   * Call `callable(*args)` where no exception may escape (finalizers,
   * callbacks): a Python exception goes to the unraisable hook, naming
   * `reportAs`. Errors that are not Python exceptions (limits, bugs)
   * propagate. With `asMethodOf`, `callable` is a method found on that
   * object's type and is called for it (Host.callMethod).
   */
  callUnraisably(callable: Value, args: Value[], reportAs: Value | undefined, prefix?: string, asMethodOf?: Value): void {
    this.hostCalls++;
    let result: Value;
    try {
      result =
        asMethodOf !== undefined && this.host.callMethod !== undefined
          ? this.host.callMethod(this, callable, asMethodOf, args)
          : this.host.call(this, callable, asMethodOf !== undefined ? [asMethodOf, ...args] : args);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      this.reportUnraisable(e, reportAs, prefix);
      return;
    }
    this.decref(result);
  }

  /** PyErr_WriteUnraisable */
  reportUnraisable(e: PyException, obj: Value | undefined, prefix?: string): void {
    if (this.trace !== null) {
      let where = '';
      try {
        where = obj === undefined ? '' : this.host.repr(this, obj);
      } catch {
        where = '<object repr() failed>';
      }
      this.emit({ kind: 'unraisable', where, error: `${e.pyType}: ${e.pyMessage}` });
    }
    this.host.writeUnraisable(this, e, obj, prefix);
  }

  // ---- factories: each returns a new reference -----------------------------

  /**
   * A new list holding its own references to `items`, taken from list's
   * free list when it holds one (PyList_New); `viaFreeList` false is
   * list_new's type->tp_alloc (`list(...)`), which never uses it.
   */
  newList(items: Value[] = [], viaFreeList = true): ListObject {
    this.reserve();
    this.checkAllLive(items, 'newList: item');
    for (const v of items) this.incref(v);
    const o = this.register(new ListObject(items.slice()), viaFreeList ? LIST_FREE_SLOT : NO_FREE_LIST);
    this.track(o);
    return o;
  }

  /**
   * A new tuple holding its own references to `items`. `uncounted`: a
   * tuple CPython does not build (see UNCOUNTED), never counted.
   * `allocSize`: the size CPython allocated it at, whose free list it is
   * taken from (PySequence_Tuple's tuple is cut back by _PyTuple_Resize,
   * which reallocates in place); it is freed by its items' count.
   * `precounted`: see below.
   */
  newTuple(items: Value[] = [], uncounted = false, allocSize = items.length, precounted = false): TupleObject {
    if (items.length === 0) return this.emptyTuple();
    this.reserve();
    this.checkAllLive(items, 'newTuple: item');
    for (const v of items) this.incref(v);
    const t = new TupleObject(items.slice());
    // `precounted`: its allocation was counted already (phantomAlloc at the
    // moment CPython made it); its free counts as usual.
    if (uncounted || precounted) t.flags |= UNCOUNTED;
    const o = this.register(t, tupleAllocSlot(allocSize));
    if (precounted && !uncounted) o.flags &= ~UNCOUNTED;
    this.track(o);
    return o;
  }

  /** The empty tuple singleton once built (the heap holds one reference to it, so it never dies). */
  private emptyTupleObject: TupleObject | null = null;

  /**
   * A new reference to the empty tuple: in CPython `()` is a singleton
   * (tuple_get_empty, returned by PyTuple_New(0) and so by every path that
   * makes an empty exact tuple: tuple(), slicing, concatenation, repetition,
   * *args). It is untracked, never counted (free-lists.ts) and never freed;
   * it is built on first use, so heaps that never need it do not hold it.
   */
  emptyTuple(): TupleObject {
    let t = this.emptyTupleObject;
    if (t === null) {
      this.reserve();
      t = this.register(new TupleObject([]), tupleAllocSlot(0));
      this.emptyTupleObject = t;
    }
    this.incref(t);
    return t;
  }

  /**
   * A new, empty dict (untracked until it holds a container), taken from
   * dict's free list when it holds one (new_dict); `viaFreeList` false is
   * dict_new's type->tp_alloc (`dict(...)`), which never uses it.
   */
  newDict(viaFreeList = true): DictObject {
    this.reserve();
    return this.register(new DictObject(), viaFreeList ? DICT_FREE_SLOT : NO_FREE_LIST);
  }

  /**
   * A new class. `slots` as __slots__ (null: instances get a __dict__ and a
   * __weakref__). Namespace values are stored with their own references.
   */
  newClass(
    name: string,
    bases: ClassObject[] = [],
    namespace: Record<string, Value> | Array<[string, Value]> = {},
    slots: string[] | null = null,
    layoutBase?: ClassObject,
    variableSize?: boolean,
  ): ClassObject {
    this.reserve();
    for (const b of bases) {
      if (!(b instanceof ClassObject)) throw new TypeError(`newClass: base ${shown(b)} is not a class`);
      this.checkLive(b, 'base class');
    }
    const cls = new ClassObject(name, bases.slice(), { slots, base: layoutBase, variableSize });
    for (const b of bases) this.incref(b);
    this.register(cls);
    for (const c of cls.mro) {
      this.incref(c);
      cls.mroRefs.push(c);
    }
    const entries = Array.isArray(namespace) ? namespace : Object.entries(namespace);
    for (const [k, v] of entries) cls.setAttr(this, k, v);
    this.track(cls);
    return cls;
  }

  /**
   * The objects type_new allocates before the type object itself, in its
   * order: type_new_get_bases' `PyTuple_Pack(1, &PyBaseObject_Type)` for a
   * class statement without bases (`packBases`; a non-empty bases tuple is
   * kept as tp_bases itself), then type_new_init's `PyDict_Copy` of the
   * namespace (new_dict, from dict's free list when it holds one), the
   * future tp_dict: the stand-in for it (see
   * ClassObject.heapType), tracked at once when a namespace value may be
   * tracked (the copy is filled, and so tracked, before the type is
   * allocated). They come before the class in generation 0's list, which
   * decides the order in which a collection finds a class's attribute
   * values. finishHeapType takes them over; discardHeapTypeParts frees them
   * when the class is never made.
   */
  newHeapTypeParts(packBases: boolean, namespace: Iterable<Value>): HeapTypeParts {
    this.reserve(packBases ? 2 : 1);
    const basesTuple = packBases ? this.register(new TupleObject([]), tupleAllocSlot(1)) : null;
    if (basesTuple !== null) this.track(basesTuple);
    const ns = this.register(new ClassNamespaceDict(), DICT_FREE_SLOT);
    for (const v of namespace) {
      if (mayBeTracked(v)) {
        ns.holdsTracked = true;
        this.track(ns);
        break;
      }
    }
    return { basesTuple, ns };
  }

  /** Free the parts of a class that type_new failed to make (see newHeapTypeParts). */
  discardHeapTypeParts(parts: HeapTypeParts): void {
    if (parts.basesTuple !== null) this.decref(parts.basesTuple);
    this.decref(parts.ns);
  }

  /**
   * Make `cls` (from newClass) a heap type: give it CPython's tp_bases and
   * tp_mro tuples (which take over the references `bases` and the MRO
   * hold), a reference to its best base `tpBase` (tp_base), and the
   * stand-in for its namespace dict (see ClassObject.heapType), made
   * before the class by newHeapTypeParts (`parts`; null: made here).
   *
   * `given` is the bases tuple type() was called with: type_new keeps a
   * non-empty one as tp_bases itself (a new tuple is packed only for the
   * implicit `(object,)`), so two classes made from one tuple share it
   * (dataclass(slots=True) remakes its class from `cls.__bases__`).
   */
  finishHeapType(cls: ClassObject, tpBase: ClassObject | null, given: TupleObject | null = null, parts: HeapTypeParts | null = null): void {
    if (cls.heapType) {
      if (parts !== null) this.discardHeapTypeParts(parts);
      return;
    }
    const reuse = given !== null && given.items.length > 0 && given.items.length === cls.bases.length && given.items.every((b, i) => b === cls.bases[i]);
    if (parts !== null && parts.basesTuple !== null && (reuse || cls.bases.length !== 1)) {
      this.decref(parts.basesTuple);
      parts.basesTuple = null;
    }
    const packed = parts?.basesTuple ?? null;
    this.reserve(reuse || packed !== null ? 2 : 3);
    // tp_bases (PyTuple_Pack) and tp_mro (mro_implementation's PyTuple_New) come from the
    // tuple free lists of their sizes, as every tuple_alloc does.
    const basesTuple = reuse ? given : packed ?? this.register(new TupleObject([]), tupleAllocSlot(cls.bases.length));
    const mroTuple = this.register(new TupleObject([]), tupleAllocSlot(cls.mroRefs.length));
    const ns = parts?.ns ?? this.register(new ClassNamespaceDict(), DICT_FREE_SLOT);
    ns.owner = cls;
    ns.holdsTracked = false;
    // -> no collection can run between here and the end (no allocation).
    if (reuse) {
      // The tuple's references replace the ones newClass took for `bases`.
      this.incref(basesTuple);
      const own = cls.bases;
      cls.bases = basesTuple.items as ClassObject[];
      for (const b of own) this.decref(b);
    } else {
      basesTuple.items = cls.bases.slice();
      cls.bases = basesTuple.items as ClassObject[];
    }
    mroTuple.items = cls.mroRefs;
    cls.mroRefs = [];
    cls.basesTuple = basesTuple;
    cls.mroTuple = mroTuple;
    cls.namespaceDict = ns;
    cls.heapType = true;
    if (tpBase !== null) this.incref(tpBase);
    cls.tpBase = tpBase;
    if (!reuse && packed === null && basesTuple.items.length > 0) this.track(basesTuple);
    this.track(mroTuple);
    if (ns.gcSlot === NO_SLOT) {
      for (const v of cls.dict.values()) {
        if (mayBeTracked(v)) {
          this.track(ns);
          break;
        }
      }
    }
  }

  /** A new instance of `cls` (tracked: every instance of a heap type is). */
  newInstance(cls: ClassObject): Instance {
    if (!(cls instanceof ClassObject)) throw new TypeError(`newInstance: ${shown(cls)} is not a class`);
    this.checkLive(cls, 'class');
    this.reserve();
    this.incref(cls);
    const o = this.register(new Instance(cls));
    this.track(o);
    return o;
  }

  /** A new host function; it holds its own references to `captured`. */
  newHostFunction(name: string, impl: HostImpl, captured: Value[] = []): HostFunction {
    this.reserve();
    this.checkAllLive(captured, 'newHostFunction: captured value');
    for (const v of captured) this.incref(v);
    const o = this.register(new HostFunction(name, impl, captured.slice()));
    this.track(o);
    return o;
  }

  /** A new bound method `self.func`, holding its own references to both. */
  newBoundMethod(func: Value, self: Value): BoundMethod {
    this.reserve();
    this.checkAllLive([func, self], 'newBoundMethod: argument');
    this.incref(func);
    this.incref(self);
    const o = this.register(new BoundMethod(func, self));
    this.track(o);
    return o;
  }
}

/** A value that reached incref/decref but is not a heap object (API misuse). */
function notHeapObject(api: string, v: object): void {
  if (!(v instanceof PyObject)) throw new TypeError(`${api}: ${shown(v)} is not a heap object`);
}

/** A value as API error messages name it: `list#3`, `42`, `[object Object]`. */
function shown(v: unknown): string {
  return v instanceof PyObject ? v.describe() : String(v);
}
