/**
 * weakref.WeakMethod (Lib/weakref.py, CPython 3.11): a ref subclass that
 * simulates a weak reference to a bound method, whose own lifetime is a
 * temporary's (`ref(c.m)` dies at once).
 *
 * WeakMethod(meth, callback=None):
 *   - `meth` must have __self__ and __func__ (a bound method), else
 *     `TypeError: argument should be a bound method, not <class 'function'>`;
 *   - the WeakMethod itself is `ref.__new__(cls, meth.__self__, _cb)`: a
 *     weakref to the instance (never shared: a subclass instance);
 *   - `_func_ref = ref(meth.__func__, _cb)`;
 *   - `_cb` is a closure holding only `self_wr = ref(self)` and the user's
 *     callback (no cycle); it runs the user's callback ONCE, the first time
 *     either the instance or the function dies (`_alive` guards it);
 *   - __slots__ = _func_ref, _meth_type, _alive, __weakref__: a WeakMethod
 *     can itself be weakly referenced.
 * Calling it rebuilds a NEW bound method `_meth_type(func, obj)` each time
 * (`wm() == c.m` but `wm() is not c.m`), or returns None once either side
 * is dead.
 * Equality: once either side is not `_alive`, identity; otherwise both the
 * instance refs and the `_func_ref`s must be equal. Against a non-WeakMethod
 * it is NotImplemented (so `ref(c) == wm` compares the referents). The hash
 * is ref's: the instance's hash, cached.
 *
 * Simplifications: `_cb`'s closure cells are folded into one HostFunction
 * whose captured values are [self_wr, callback]; `_meth_type` is always
 * the heap's bound-method type (BoundMethod), so it holds no reference.
 */
import {
  BoundMethod,
  HostFunction,
  PyException,
  clearWeakRefs,
  clearWeakref,
  isObject,
  type Heap,
  type HostCallable,
  type Value,
  type Visit,
} from '../heap';
import { typeRepr } from './errors';
import { WeakRef, checkWeakrefable, derefWeakref, insertNonBasic, newRef, weakrefEquals } from './reference-type';

export class WeakMethod extends WeakRef implements HostCallable {
  /** `_func_ref` slot (owned). */
  funcRef: WeakRef | undefined = undefined;
  /** `_alive` slot. */
  alive = true;

  override get typeName(): string {
    return 'WeakMethod';
  }

  override get isBasicRef(): boolean {
    return false;
  }

  /** __weakref__ is among its __slots__. */
  override get weakrefable(): boolean {
    return true;
  }

  /** subtype_traverse: the slots, then the weakref's callback. */
  override traverse(visit: Visit): void {
    if (this.funcRef !== undefined) visit(this.funcRef);
    super.traverse(visit);
  }

  override clear(heap: Heap): void {
    this.releaseSlots(heap);
    clearWeakref(heap, this);
  }

  /** subtype_dealloc: weakrefs to the WeakMethod, its slots, then weakref_dealloc. */
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    this.releaseSlots(heap);
    clearWeakref(heap, this);
    heap.free(this);
    heap.trashcanEnd();
  }

  private releaseSlots(heap: Heap): void {
    const f = this.funcRef;
    this.funcRef = undefined;
    if (f !== undefined) heap.decref(f);
  }

  /** wm(): a new bound method (new reference), or None. */
  callHost(heap: Heap, args: Value[], kwargs?: Array<[string, Value]>): Value {
    if (args.length > 0 || (kwargs !== undefined && kwargs.length > 0)) {
      if (kwargs !== undefined && kwargs.length > 0) {
        throw new PyException('TypeError', `WeakMethod.__call__() got an unexpected keyword argument '${kwargs[0][0]}'`);
      }
      throw new PyException('TypeError', `WeakMethod.__call__() takes 1 positional argument but ${args.length + 1} were given`);
    }
    return callWeakMethod(heap, this);
  }

  override eqSlot(heap: Heap, other: Value): boolean | undefined {
    return weakMethodEquals(heap, this, other);
  }
}

/** WeakMethod.__call__: `_meth_type(func, obj)` while both live, else None. */
export function callWeakMethod(heap: Heap, wm: WeakMethod): Value {
  const obj = derefWeakref(heap, wm);
  const func = wm.funcRef === undefined ? null : derefWeakref(heap, wm.funcRef);
  try {
    if (obj === null || func === null) return null;
    return heap.newBoundMethod(func, obj);
  } finally {
    heap.decref(obj);
    heap.decref(func);
  }
}

/** WeakMethod.__eq__ (undefined = NotImplemented); `!=` is its negation. */
export function weakMethodEquals(heap: Heap, a: WeakMethod, b: Value): boolean | undefined {
  if (!(b instanceof WeakMethod)) return undefined;
  if (!a.alive || !b.alive) return a === b;
  if (weakrefEquals(heap, a, b) !== true) return false;
  if (a.funcRef === undefined || b.funcRef === undefined) return a.funcRef === b.funcRef;
  return weakrefEquals(heap, a.funcRef, b.funcRef) === true;
}

/** The body of `_cb(arg)`: `self = self_wr(); if self._alive: self._alive = False; callback(self)`. */
function cbImpl(heap: Heap, fn: HostFunction, _args: Value[]): Value {
  const selfWr = fn.captured[0];
  const self = selfWr instanceof WeakRef ? derefWeakref(heap, selfWr) : null;
  if (self === null) throw new PyException('AttributeError', "'NoneType' object has no attribute '_alive'");
  try {
    const wm = self as WeakMethod;
    if (wm.alive) {
      wm.alive = false;
      const callback = fn.captured[1];
      if (callback !== null) heap.decref(heap.host.call(heap, callback, [wm]));
    }
  } finally {
    heap.decref(self);
  }
  return null;
}

/**
 * WeakMethod(meth, callback=None): returns a new reference. Allocation
 * order: `_cb`, the WeakMethod, `_func_ref`, `self_wr`.
 */
export function newWeakMethod(heap: Heap, meth: Value, callback: Value = null): WeakMethod {
  if (!(meth instanceof BoundMethod)) {
    throw new PyException('TypeError', `argument should be a bound method, not ${typeRepr(heap, meth)}`);
  }
  const obj = meth.self;
  const func = meth.func;
  heap.incref(obj);
  heap.incref(func);
  const cb = heap.newHostFunction('_cb', cbImpl, [null, callback]);
  try {
    const referent = checkWeakrefable(obj);
    heap.checkLive(referent);
    heap.reserve();
    heap.incref(cb);
    const wm = heap.register(new WeakMethod(referent, cb));
    heap.track(wm);
    insertNonBasic(referent, wm);
    try {
      wm.funcRef = newRef(heap, func, cb);
      wm.alive = true;
      const selfWr = newRef(heap, wm);
      cb.captured[0] = selfWr; // the cell takes the reference
    } catch (e) {
      heap.decref(wm);
      throw e;
    }
    return wm;
  } finally {
    heap.decref(cb);
    heap.decref(obj);
    heap.decref(func);
  }
}

/** Is `v` a bound method that WeakMethod accepts? */
export function isBoundMethod(v: Value): v is BoundMethod {
  return isObject(v) && v instanceof BoundMethod;
}
