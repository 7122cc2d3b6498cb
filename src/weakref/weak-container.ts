/**
 * What WeakValueDictionary, WeakKeyDictionary and WeakSet share, built as
 * Lib/weakref.py and Lib/_weakrefset.py build them:
 *
 *  - `data`: the real container (a dict, or a set of weakrefs);
 *  - `_remove`: the callback of every weakref the container makes. It is a
 *    function that holds only `ref(container)` (no cycle through the
 *    container, test_remove_closure): a HostFunction whose one captured
 *    value is that weakref;
 *  - `_pending_removals`: a list of removals deferred while an iteration is
 *    running, committed later in LIFO order (`_commit_removals`);
 *  - `_iterating`: the set of `_IterationGuard`s currently entered.
 *
 * The container is an instance of a Python class in CPython: a tracked GC
 * object, weakly referenceable, unhashable (MutableMapping / WeakSet set
 * __hash__ to None), whose attributes are released in the order the class
 * first assigned them (3.11's shared keys), after its weakrefs are cleared.
 *
 * _IterationGuard (Lib/_weakrefset.py) is modelled as a heap object too: it
 * holds ref(container); __enter__ adds it to `_iterating`; __exit__ removes
 * it and, when `_iterating` becomes empty, calls `_commit_removals()`.
 */
import {
  DictObject,
  HostFunction,
  ListObject,
  PyException,
  PyObject,
  SetObject,
  clearWeakRefs,
  isObject,
  newSet,
  type Heap,
  type Value,
  type Visit,
} from '../heap';
import { derefWeakref, newRef, type WeakRef } from './reference-type';
import { unhashable } from './errors';
import { FrameLocals } from './frame-locals';
import type { WeakIterator } from './weak-iterator';

/** An attribute slot of a weak container: its name and value (undefined: cleared). */
export type Attr = [string, PyObject | undefined];

export abstract class WeakContainer extends PyObject {
  /** `data`: the dict or set of weakrefs (owned). */
  data: DictObject | SetObject | undefined;
  /** `_remove`: the shared weakref callback (owned). */
  removeFn: HostFunction | undefined = undefined;
  /** `_pending_removals` (owned). */
  pendingRemovals: ListObject | undefined = undefined;
  /** `_iterating`: the entered guards (owned). */
  iterating: SetObject | undefined = undefined;
  /**
   * The other entries of the instance `__dict__` (`s.x = 1`: the containers
   * are instances of Python classes in CPython), in assignment order, after
   * the four above; null until a program sets one (owned values). A class
   * statement's subclass keeps its own attributes in its instance layout
   * instead (subclass-instances.ts).
   */
  extraAttrs: Map<string, Value> | null = null;

  protected constructor(data: DictObject | SetObject | undefined) {
    super();
    this.data = data;
  }

  override get weakrefable(): boolean {
    return true;
  }

  /** MutableMapping and WeakSet set __hash__ = None. */
  override hashSlot(_heap: Heap): number {
    throw unhashable(this.typeName);
  }

  /**
   * Does __init__ assign `data` before `_remove`, `_pending_removals` and
   * `_iterating` (WeakKeyDictionary, WeakSet) or after them
   * (WeakValueDictionary)? The instance dict keeps that order, and
   * traverse, tp_clear and dealloc follow it.
   */
  protected abstract get dataAssignedFirst(): boolean;

  /** `data`, `_remove`, `_pending_removals`, `_iterating` in the order their class first assigns them. */
  protected internalAttrs(): Attr[] {
    const data: Attr = ['data', this.data];
    const remove: Attr = ['_remove', this.removeFn];
    const pending: Attr = ['_pending_removals', this.pendingRemovals];
    const iterating: Attr = ['_iterating', this.iterating];
    return this.dataAssignedFirst ? [data, remove, pending, iterating] : [remove, pending, iterating, data];
  }

  /** Every attribute, in release order: the four, then the program's own (`extraAttrs`). */
  protected attrs(): Array<[string, Value | undefined]> {
    const own = this.internalAttrs() as Array<[string, Value | undefined]>;
    if (this.extraAttrs === null) return own;
    return [...own, ...this.extraAttrs];
  }

  /** Drop the four attributes (the inline values of a 3.11 instance). */
  protected dropAttrs(): void {
    this.data = undefined;
    this.removeFn = undefined;
    this.pendingRemovals = undefined;
    this.iterating = undefined;
  }

  /**
   * What `_remove` queues or drops for the dead weakref `wr`: the ref itself
   * (WeakKeyDictionary, WeakSet) or, for WeakValueDictionary, its key.
   */
  protected pendingItemFor(wr: Value): Value {
    return wr;
  }

  /** Drop one such item from `data`: `del`, `discard` or `_remove_dead_weakref`. */
  protected abstract removeFromData(heap: Heap, item: Value): void;

  /**
   * The `_remove` callback's body, alike in the three classes: while an
   * iteration guard is entered the item waits in `_pending_removals`,
   * otherwise it leaves `data` at once.
   */
  static onRemove(heap: Heap, self: WeakContainer, wr: Value): void {
    const item = self.pendingItemFor(wr);
    if (self.isIterating) self.requirePending().append(heap, item);
    else self.removeFromData(heap, item);
  }

  /**
   * `_commit_removals()`: pop the pending items (LIFO) and drop each from
   * `data`; the loop variable is a frame local, so each item lives until
   * the next one replaces it.
   */
  commitRemovals(heap: Heap): void {
    const pending = this.requirePending();
    if (this.data === undefined) throw this.missing('data');
    const data = this.data;
    heap.incref(pending);
    heap.incref(data);
    const locals = new FrameLocals(heap, 1);
    try {
      while (pending.items.length > 0) {
        const item = locals.own(0, pending.items.pop() as Value);
        this.removeFromData(heap, item);
      }
    } finally {
      locals.clear();
      heap.decref(data);
      heap.decref(pending);
    }
  }

  /** len(c). */
  abstract len(heap: Heap): number;

  /** `x in c`. */
  abstract contains(heap: Heap, x: Value): boolean;

  /** iter(c): a new generator object (new reference). */
  abstract iter(heap: Heap): WeakIterator;

  /** c == other; undefined means NotImplemented. */
  abstract equals(heap: Heap, other: unknown): boolean | undefined;

  /** c != other: the negation of ==, NotImplemented (undefined) staying so. */
  notEquals(heap: Heap, other: unknown): boolean | undefined {
    const r = this.equals(heap, other);
    return r === undefined ? undefined : !r;
  }

  override traverse(visit: Visit): void {
    for (const [, v] of this.attrs()) if (isObject(v)) visit(v);
  }

  /** subtype_clear: the attributes, in key order. */
  override clear(heap: Heap): void {
    this.releaseAllAttrs(heap);
  }

  /**
   * Release `data`, `_remove`, `_pending_removals` and `_iterating`, in key
   * order: before __init__ runs again on a live container (which assigns
   * them anew) and in a subclass instance's dealloc. @internal
   */
  releaseAttrs(heap: Heap): void {
    const attrs = this.internalAttrs();
    this.dropAttrs();
    for (const [, v] of attrs) if (v !== undefined) heap.decref(v);
  }

  /** Release every attribute, the program's own last, in key order. */
  private releaseAllAttrs(heap: Heap): void {
    const attrs = this.attrs();
    this.dropAttrs();
    this.extraAttrs = null;
    for (const [, v] of attrs) if (v !== undefined) heap.decref(v);
  }

  /** subtype_dealloc (no __del__): weakrefs, then the attributes in key order. */
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    this.releaseAllAttrs(heap);
    heap.free(this);
    heap.trashcanEnd();
  }

  // ---- the instance __dict__: the four attributes, then the program's own ----

  /** The names of the four attributes that are set, in key order. */
  internalAttrNames(): string[] {
    const out: string[] = [];
    for (const [k, v] of this.internalAttrs()) if (v !== undefined) out.push(k);
    return out;
  }

  /** One of the four attributes (borrowed), or undefined (not one of them, or deleted). */
  internalAttr(name: string): Value | undefined {
    switch (name) {
      case 'data':
        return this.data;
      case '_remove':
        return this.removeFn;
      case '_pending_removals':
        return this.pendingRemovals;
      case '_iterating':
        return this.iterating;
    }
    return undefined;
  }

  /** Is `name` one of the attributes its class's __init__ assigns? */
  isInternalName(name: string): boolean {
    return name === 'data' || name === '_remove' || name === '_pending_removals' || name === '_iterating';
  }

  /**
   * `self.data = v` (and the other three), as `__dict__.update(state)` does
   * when copy reconstructs a container: the container works on the new
   * object from then on (a copy.copy of a WeakSet shares `data` with the
   * original, as in CPython). The simulation needs the kind of object the
   * class's code assigns there (a set or dict, a function, a list, a set);
   * another kind is refused with TypeError. `v` is borrowed.
   */
  setInternalAttr(heap: Heap, name: string, v: Value): void {
    const kind = this.internalKind(name, v);
    if (kind !== undefined) throw new PyException('TypeError', `gclab: ${this.typeName}.${name} must be ${kind}, not '${isObject(v) ? v.typeName : typeof v}'`);
    heap.incref(v);
    const old = this.internalAttr(name);
    switch (name) {
      case 'data':
        this.data = v as DictObject | SetObject;
        break;
      case '_remove':
        this.removeFn = v as HostFunction;
        break;
      case '_pending_removals':
        this.pendingRemovals = v as ListObject;
        break;
      case '_iterating':
        this.iterating = v as SetObject;
        break;
    }
    if (old !== undefined) heap.decref(old);
  }

  /** What `name` must hold (for the TypeError), or undefined when `v` fits. */
  private internalKind(name: string, v: Value): string | undefined {
    switch (name) {
      case 'data':
        return this.dataFits(v) ? undefined : this.dataKind;
      case '_remove':
        return v instanceof HostFunction ? undefined : "a weak container's _remove";
      case '_pending_removals':
        return v instanceof ListObject ? undefined : 'a list';
      case '_iterating':
        return v instanceof SetObject ? undefined : 'a set';
    }
    return undefined;
  }

  /** Can `v` be this container's `data`? */
  protected abstract dataFits(v: Value): boolean;

  /** What `data` must be, for the TypeError. */
  protected abstract get dataKind(): string;

  /** `del self.data` (and the other three): false when it is not set. */
  deleteInternalAttr(heap: Heap, name: string): boolean {
    const old = this.internalAttr(name);
    if (old === undefined) return false;
    switch (name) {
      case 'data':
        this.data = undefined;
        break;
      case '_remove':
        this.removeFn = undefined;
        break;
      case '_pending_removals':
        this.pendingRemovals = undefined;
        break;
      case '_iterating':
        this.iterating = undefined;
        break;
    }
    heap.decref(old);
    return true;
  }

  /** The names in `__dict__`: the four that are set, then the program's own. */
  attrNames(): string[] {
    const names = this.internalAttrNames();
    if (this.extraAttrs !== null) names.push(...this.extraAttrs.keys());
    return names;
  }

  /** An entry of `__dict__` (borrowed), or undefined. */
  getAttr(name: string): Value | undefined {
    return this.isInternalName(name) ? this.internalAttr(name) : this.extraAttrs?.get(name);
  }

  hasOwnAttr(name: string): boolean {
    return this.getAttr(name) !== undefined;
  }

  /** `self.name = v` into `__dict__` (`v` borrowed). */
  setAttr(heap: Heap, name: string, v: Value): void {
    if (this.isInternalName(name)) return this.setInternalAttr(heap, name, v);
    heap.incref(v);
    const extras = (this.extraAttrs ??= new Map());
    const old = extras.get(name);
    extras.set(name, v);
    if (old !== undefined) heap.decref(old);
  }

  /** `del self.name` from `__dict__`: false when it is not there. */
  deleteAttr(heap: Heap, name: string): boolean {
    if (this.isInternalName(name)) return this.deleteInternalAttr(heap, name);
    const old = this.extraAttrs?.get(name);
    if (old === undefined) return false;
    this.extraAttrs!.delete(name);
    heap.decref(old);
    return true;
  }

  // ---- attribute access with CPython's errors once cleared -----------------

  /** AttributeError for a cleared attribute; a reclaimed container's handle is stale instead. */
  protected missing(name: string): PyException {
    this.assertLive(`${this.typeName}.${name}`);
    return new PyException('AttributeError', `'${this.typeName}' object has no attribute '${name}'`);
  }

  /** `self._pending_removals`, or AttributeError when it was deleted. @internal */
  requirePending(): ListObject {
    if (this.pendingRemovals === undefined) throw this.missing('_pending_removals');
    return this.pendingRemovals;
  }

  /** `self._iterating`, or AttributeError when it was deleted. @internal */
  requireIterating(): SetObject {
    if (this.iterating === undefined) throw this.missing('_iterating');
    return this.iterating;
  }

  /** `self._remove`, or AttributeError when it was deleted. @internal */
  requireRemove(): HostFunction {
    if (this.removeFn === undefined) throw this.missing('_remove');
    return this.removeFn;
  }

  /** `if self._pending_removals: self._commit_removals()` */
  commitIfPending(heap: Heap): void {
    if (this.requirePending().items.length > 0) this.commitRemovals(heap);
  }

  /** Is an iteration guard entered (`if self._iterating`)? */
  get isIterating(): boolean {
    return this.requireIterating().used > 0;
  }

  /**
   * The common part of __init__: `_remove` (a function holding
   * ref(self)), `_pending_removals = []`, `_iterating = set()`, in that
   * order.
   */
  initRemovalFor(heap: Heap, name: string, onRemove: (heap: Heap, self: WeakContainer, wr: Value) => void): void {
    const selfref = newRef(heap, this);
    try {
      this.removeFn = heap.newHostFunction(name, removeImpl(onRemove), [selfref]);
    } finally {
      heap.decref(selfref);
    }
    this.pendingRemovals = heap.newList();
    this.iterating = newSet(heap);
  }
}

/**
 * The body shared by the three `_remove` callbacks: `self = selfref()`;
 * if the container is alive, hand the dead weakref to it.
 */
function removeImpl(onRemove: (heap: Heap, self: WeakContainer, wr: Value) => void) {
  return (heap: Heap, fn: HostFunction, args: Value[]): Value => {
    if (args.length === 0) {
      throw new PyException('TypeError', `${fn.name}() missing 1 required positional argument`);
    }
    const selfref = fn.captured[0] as WeakRef;
    const self = derefWeakref(heap, selfref);
    if (self === null) return null;
    try {
      onRemove(heap, self as WeakContainer, args[0]);
    } finally {
      heap.decref(self);
    }
    return null;
  };
}

/** _IterationGuard: `ref(container)`, entered into `container._iterating`. */
export class IterationGuard extends PyObject {
  /** `weakcontainer`: ref(container) (owned). */
  weakcontainer: WeakRef | undefined;

  /** Steals the reference to `weakcontainer`. */
  constructor(weakcontainer?: WeakRef) {
    super();
    this.weakcontainer = weakcontainer;
  }

  get typeName(): string {
    return '_IterationGuard';
  }

  override get weakrefable(): boolean {
    return true;
  }

  override traverse(visit: Visit): void {
    if (this.weakcontainer !== undefined) visit(this.weakcontainer);
  }

  override clear(heap: Heap): void {
    const w = this.weakcontainer;
    this.weakcontainer = undefined;
    if (w !== undefined) heap.decref(w);
  }

  override dealloc(heap: Heap): void {
    heap.deallocByClear(this);
  }

  /** __enter__: `w = self.weakcontainer(); if w is not None: w._iterating.add(self)`. */
  enter(heap: Heap): void {
    const w = this.container(heap);
    if (w === null) return;
    try {
      w.requireIterating().add(heap, this);
    } finally {
      heap.decref(w);
    }
  }

  /** __exit__: leave `_iterating`; the last guard out commits the pending removals. */
  exit(heap: Heap): void {
    const w = this.container(heap);
    if (w === null) return;
    try {
      const s = w.requireIterating();
      heap.incref(s);
      try {
        s.remove(heap, this);
        if (s.used === 0) w.commitRemovals(heap);
      } finally {
        heap.decref(s);
      }
    } finally {
      heap.decref(w);
    }
  }

  /** `self.weakcontainer()`: a new reference, or null. */
  private container(heap: Heap): WeakContainer | null {
    if (this.weakcontainer === undefined) throw new PyException('AttributeError', 'weakcontainer');
    return derefWeakref(heap, this.weakcontainer) as WeakContainer | null;
  }
}

/** `_IterationGuard(container)`: returns a new reference. */
export function newIterationGuard(heap: Heap, container: WeakContainer): IterationGuard {
  heap.reserve();
  const g = heap.register(new IterationGuard());
  heap.track(g);
  try {
    g.weakcontainer = newRef(heap, container);
  } catch (e) {
    heap.decref(g);
    throw e;
  }
  return g;
}

/** True when `v` is one of the three weak containers. */
export function isWeakContainer(v: Value): v is WeakContainer {
  return isObject(v) && v instanceof WeakContainer;
}
