/**
 * The iteration methods of the weak containers are generators in
 * Lib/weakref.py and Lib/_weakrefset.py; a WeakIterator is one such
 * generator object, a heap object (type `generator`, GC-tracked, weakly
 * referenceable) whose frame is modelled explicitly:
 *
 *   locals   the generator function's variables in co_varnames order, the
 *            container (`self`) first; each holds a strong reference, so a
 *            suspended iterator keeps the last item it yielded alive;
 *   cursor   the `for` loop's iterator over `self.data` (it holds `data`);
 *   guard    the `with _IterationGuard(self):` block, once entered.
 *
 * Life cycle, as a CPython generator:
 *   created    holds only `self`; nothing has run.
 *   first next()  (WeakValueDictionary only) commit pending removals, then
 *              enter the guard, then start the loop.
 *   suspended  between next() calls. Removals caused by deaths are deferred
 *              (`_pending_removals`) while the guard is entered.
 *   done       exhausted, closed, deallocated, or ended by an exception.
 *              Leaving releases, in this order: the loop's iterator (and
 *              with it `data`), the guard (whose exit commits the pending
 *              removals if it was the last guard), then the locals
 *              (_PyFrame_Clear order).
 * Dealloc follows gen_dealloc: weakrefs cleared first, then the finalizer
 * (_PyGen_Finalize: close a created or suspended generator), then the
 * frame. An exception in close() during finalization is unraisable.
 *
 * The loop bodies (one `kind` each) are those of weakref.py:
 *   wvd.items   for k, wr in data.items(): v = wr(); if v is not None: yield k, v
 *   wvd.keys    for k, wr in data.items(): if wr() is not None: yield k
 *   wvd.values  for wr in data.values(): obj = wr(); if obj is not None: yield obj
 *   wvd.valuerefs  yield from data.values()
 *   wkd.items   for wr, value in data.items(): key = wr(); if key is not None: yield key, value
 *   wkd.keys    for wr in data: obj = wr(); if obj is not None: yield obj
 *   wkd.values  for wr, value in data.items(): if wr() is not None: yield value
 *   wset.iter   for itemref in data: item = itemref(); if item is not None: yield item
 * Pairs are yielded as new 2-tuples.
 *
 * Simplifications: the dict/set iterator, the guard's bound __exit__ and
 * the frame are not separate heap objects.
 */
import {
  DictObject,
  PyException,
  PyObject,
  SetObject,
  WeakrefBase,
  clearWeakRefs,
  isObject,
  type Heap,
  type SetCursor,
  type Value,
  type Visit,
} from '../heap';
import { DictCursor } from './dict-cursor';
import { derefWeakref } from './reference-type';
import { newIterationGuard, type IterationGuard, type WeakContainer } from './weak-container';

export type WeakIteratorKind =
  | 'wvd.items'
  | 'wvd.keys'
  | 'wvd.values'
  | 'wvd.valuerefs'
  | 'wkd.items'
  | 'wkd.keys'
  | 'wkd.values'
  | 'wset.iter';

/** co_varnames of each generator function (after `self`). */
const LOCALS: Record<WeakIteratorKind, string[]> = {
  'wvd.items': ['self', 'k', 'wr', 'v'],
  'wvd.keys': ['self', 'k', 'wr'],
  'wvd.values': ['self', 'wr', 'obj'],
  'wvd.valuerefs': ['self'],
  'wkd.items': ['self', 'wr', 'value', 'key'],
  'wkd.keys': ['self', 'wr', 'obj'],
  'wkd.values': ['self', 'wr', 'value'],
  'wset.iter': ['self', 'itemref', 'item'],
};

const QUALNAMES: Record<WeakIteratorKind, string> = {
  'wvd.items': 'WeakValueDictionary.items',
  'wvd.keys': 'WeakValueDictionary.keys',
  'wvd.values': 'WeakValueDictionary.values',
  'wvd.valuerefs': 'WeakValueDictionary.itervaluerefs',
  'wkd.items': 'WeakKeyDictionary.items',
  'wkd.keys': 'WeakKeyDictionary.keys',
  'wkd.values': 'WeakKeyDictionary.values',
  'wset.iter': 'WeakSet.__iter__',
};

type State = 'created' | 'running' | 'suspended' | 'done';

/**
 * An iterator over a weak container (the generators of Lib/weakref.py and _weakrefset.py): it
 * enters the container's _IterationGuard at its first step and keeps the last item it produced
 * alive while suspended.
 */
export class WeakIterator extends PyObject {
  readonly kind: WeakIteratorKind;
  /** The frame's locals (owned), `self` first. */
  locals: Array<Value | undefined>;
  /** The `for` loop's iterator and the object it holds (owned). */
  private cursor: DictCursor | SetCursor | null = null;
  private iterTarget: DictObject | SetObject | null = null;
  /** The entered `_IterationGuard` (owned). */
  private guard: IterationGuard | null = null;
  state: State = 'created';

  /** Steals the reference to `container`. */
  constructor(kind: WeakIteratorKind, container: WeakContainer) {
    super();
    this.kind = kind;
    this.locals = LOCALS[kind].map(() => undefined);
    this.locals[0] = container;
  }

  get typeName(): string {
    return 'generator';
  }

  override get weakrefable(): boolean {
    return true;
  }

  /** The generator's __qualname__, e.g. `WeakValueDictionary.items`. */
  get qualname(): string {
    return QUALNAMES[this.kind];
  }

  /** The name of each local, for debugging and the viewer. */
  get localNames(): string[] {
    return LOCALS[this.kind];
  }

  /** gi_running / gi_suspended / has it finished? */
  get isSuspended(): boolean {
    return this.state === 'suspended';
  }

  override traverse(visit: Visit): void {
    for (const v of this.locals) if (isObject(v)) visit(v);
    if (this.iterTarget !== null) visit(this.iterTarget);
    if (this.guard !== null) visit(this.guard);
  }

  // ---- the generator protocol ---------------------------------------------------

  /**
   * next(gen): the next item as a NEW reference, or undefined when the
   * generator is exhausted (StopIteration). Exceptions from the loop end
   * the generator (its guard exits first) and propagate.
   */
  next(heap: Heap): Value | undefined {
    heap.checkLive(this, 'generator');
    if (this.state === 'running') throw new PyException('ValueError', 'generator already executing');
    if (this.state === 'done') return undefined;
    const first = this.state === 'created';
    this.state = 'running';
    let out: Value | undefined;
    try {
      if (first) this.start(heap);
      out = this.resume(heap);
    } catch (e) {
      this.leave(heap);
      throw e;
    }
    if (out === undefined) this.leave(heap);
    else this.state = 'suspended';
    return out;
  }

  /**
   * gen.close(): a suspended generator gets GeneratorExit at its yield
   * (the guard exits, the frame is cleared); a created one just has its
   * frame cleared.
   */
  close(heap: Heap): void {
    if (this.state === 'running') throw new PyException('ValueError', 'generator already executing');
    if (this.state === 'created') {
      this.state = 'done';
      this.clearFrame(heap);
    } else if (this.state === 'suspended') {
      this.leave(heap);
    }
  }

  /** The start of the generator function, up to the loop. */
  private start(heap: Heap): void {
    const self = this.locals[0] as WeakContainer;
    if (this.kind.startsWith('wvd.')) self.commitIfPending(heap);
    const guard = newIterationGuard(heap, self);
    this.guard = guard;
    guard.enter(heap);
    const data = self.data;
    if (data === undefined) throw new PyException('AttributeError', `'${self.typeName}' object has no attribute 'data'`);
    heap.incref(data);
    this.iterTarget = data;
    this.cursor = data instanceof DictObject ? new DictCursor(data) : data.cursor();
  }

  /** Run the loop until the next yield (a new reference) or its end (undefined). */
  private resume(heap: Heap): Value | undefined {
    for (;;) {
      const target = this.iterTarget;
      if (target === null || this.cursor === null) return undefined;
      if (target instanceof DictObject) {
        const i = (this.cursor as DictCursor).next();
        if (i < 0) {
          this.releaseCursor(heap);
          return undefined;
        }
        const out = this.stepDict(heap, target.keys[i] as Value, target.values[i] as Value);
        if (out !== undefined) return out;
      } else {
        const item = (this.cursor as SetCursor).next();
        if (item === undefined) {
          this.releaseCursor(heap);
          return undefined;
        }
        const out = this.stepSet(heap, item);
        if (out !== undefined) return out;
      }
    }
  }

  /**
   * One turn of a loop over a dict entry (k, v borrowed from the dict):
   * the loop body of each kind. Returns the value to yield (new reference),
   * or undefined to go on. This switch is the dispatch over the kinds.
   */
  private stepDict(heap: Heap, k: Value, v: Value): Value | undefined {
    switch (this.kind) {
      case 'wvd.items': {
        this.store(heap, 1, k);
        this.store(heap, 2, v);
        const o = call(heap, v);
        this.own(heap, 3, o);
        return o === null ? undefined : heap.newTuple([k, o]);
      }
      case 'wvd.keys': {
        this.store(heap, 1, k);
        this.store(heap, 2, v);
        return isAlive(heap, v) ? incref(heap, k) : undefined;
      }
      case 'wvd.values': {
        this.store(heap, 1, v);
        const o = call(heap, v);
        this.own(heap, 2, o);
        return o === null ? undefined : incref(heap, o);
      }
      case 'wvd.valuerefs':
        return incref(heap, v);
      case 'wkd.items': {
        this.store(heap, 1, k);
        this.store(heap, 2, v);
        const key = call(heap, k);
        this.own(heap, 3, key);
        return key === null ? undefined : heap.newTuple([key, v]);
      }
      case 'wkd.keys': {
        this.store(heap, 1, k);
        const o = call(heap, k);
        this.own(heap, 2, o);
        return o === null ? undefined : incref(heap, o);
      }
      case 'wkd.values': {
        this.store(heap, 1, k);
        this.store(heap, 2, v);
        return isAlive(heap, k) ? incref(heap, v) : undefined;
      }
      case 'wset.iter':
        throw new PyException('SystemError', 'WeakSet iteration over a dict');
    }
  }

  /** One turn of `for itemref in data: item = itemref(); if item is not None: yield item`. */
  private stepSet(heap: Heap, itemref: Value): Value | undefined {
    this.store(heap, 1, itemref);
    const item = call(heap, itemref);
    this.own(heap, 2, item);
    return item === null ? undefined : incref(heap, item);
  }

  /** STORE_FAST of a borrowed value: the new value is stored, then the old one released. */
  private store(heap: Heap, i: number, v: Value): void {
    heap.incref(v);
    this.own(heap, i, v);
  }

  /** STORE_FAST of a value we own already. */
  private own(heap: Heap, i: number, v: Value): void {
    const old = this.locals[i];
    this.locals[i] = v;
    if (old !== undefined) heap.decref(old);
  }

  /** The loop's iterator is exhausted or popped: release what it holds. */
  private releaseCursor(heap: Heap): void {
    const t = this.iterTarget;
    this.cursor = null;
    this.iterTarget = null;
    if (t !== null) heap.decref(t);
  }

  /** Leave the generator for good: loop iterator, guard exit, then the frame. */
  private leave(heap: Heap): void {
    this.state = 'done';
    try {
      this.releaseCursor(heap);
      const g = this.guard;
      if (g !== null) {
        this.guard = null;
        try {
          g.exit(heap);
        } finally {
          heap.decref(g);
        }
      }
    } finally {
      this.clearFrame(heap);
    }
  }

  /** _PyFrame_Clear: the locals in co_varnames order. */
  private clearFrame(heap: Heap): void {
    const locals = this.locals;
    for (let i = 0; i < locals.length; i++) {
      const v = locals[i];
      if (v !== undefined) {
        locals[i] = undefined;
        heap.decref(v);
      }
    }
  }

  // ---- type slots -------------------------------------------------------------

  /** tp_finalize exists for every generator; only a created or suspended one has work to do. */
  override hasFinalizer(): boolean {
    return this.state === 'created' || this.state === 'suspended';
  }

  /** _PyGen_Finalize: close(); an exception is unraisable (reported against the generator). */
  override finalize(heap: Heap): void {
    try {
      this.close(heap);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      heap.reportUnraisable(e, this);
    }
  }

  /** Break a cycle through the frame (nothing runs: no guard exit). */
  override clear(heap: Heap): void {
    this.state = 'done';
    this.releaseCursor(heap);
    const g = this.guard;
    this.guard = null;
    if (g !== null) heap.decref(g);
    this.clearFrame(heap);
  }

  /** gen_dealloc: weakrefs first, then the finalizer (may resurrect), then the frame. */
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    if (this.hasFinalizer()) {
      heap.track(this);
      if (heap.callFinalizerFromDealloc(this)) return;
      heap.untrack(this);
    }
    heap.die(this);
    this.clear(heap);
    heap.free(this);
  }
}

/** Create a generator object of `kind` over `container`: returns a new reference. */
export function newWeakIterator(heap: Heap, kind: WeakIteratorKind, container: WeakContainer): WeakIterator {
  heap.reserve();
  heap.incref(container);
  const it = heap.register(new WeakIterator(kind, container));
  heap.track(it);
  return it;
}

/** `wr()`: the referent of a weakref (new reference) or None; anything else is called. */
export function call(heap: Heap, wr: Value): Value {
  if (wr instanceof WeakrefBase && !(wr as { callHost?: unknown }).callHost) return derefWeakref(heap, wr);
  return heap.host.call(heap, wr, []);
}

/** `wr() is not None`, releasing the temporary at once. */
function isAlive(heap: Heap, wr: Value): boolean {
  const o = call(heap, wr);
  heap.decref(o);
  return o !== null;
}

function incref(heap: Heap, v: Value): Value {
  heap.incref(v);
  return v;
}
