/**
 * weakref.ref (ReferenceType) and weakref.proxy (ProxyType,
 * CallableProxyType): Objects/weakrefobject.c.
 *
 * Creation (weakref___new__, PyWeakref_NewProxy, get_basic_refs):
 *  - the referent must be weakly referenceable, else TypeError
 *    "cannot create weak reference to '<type>' object";
 *  - a callback of None means no callback;
 *  - `ref(o)` of the exact type with no callback is shared: the "basic
 *    ref", always at the head of the list; `proxy(o)` with no callback is
 *    shared too: the "basic proxy", right after the basic ref;
 *  - everything else (callback refs and proxies, subclass instances) is
 *    new and inserted right after the basic ref/proxy, so the newest comes
 *    first: [basic ref][basic proxy][newest ... oldest].
 */
import {
  PyException,
  WeakrefBase,
  insertAfter,
  insertHead,
  isObject,
  typeNameOf,
  type Hash,
  type Heap,
  type PyObject,
  type Value,
} from '../heap';

/**
 * weakref.ref (ReferenceType). Subclasses (KeyedRef, WeakMethod) override
 * `isBasicRef` to false: only an exact ref without callback is shared.
 * hash/== follow weakref_hash and weakref_richcompare, so refs work as
 * keys of DictObject and SetObject with any host.
 */
export class WeakRef extends WeakrefBase {
  get typeName(): string {
    return 'weakref.ReferenceType';
  }
  get isBasicRef(): boolean {
    return this.callback === undefined;
  }
  get isBasicProxy(): boolean {
    return false;
  }
  override hashSlot(heap: Heap): Hash {
    return weakrefHash(heap, this);
  }
  override eqSlot(heap: Heap, other: Value): boolean | undefined {
    return weakrefEquals(heap, this, other);
  }
}

/** weakref.proxy: ProxyType, or CallableProxyType when the referent was callable at creation. */
export class WeakProxy extends WeakrefBase {
  constructor(
    referent: PyObject,
    callback: Value | undefined,
    readonly callable: boolean,
  ) {
    super(referent, callback);
  }
  get typeName(): string {
    return this.callable ? 'weakref.CallableProxyType' : 'weakref.ProxyType';
  }
  get isBasicRef(): boolean {
    return false;
  }
  get isBasicProxy(): boolean {
    return this.callback === undefined;
  }
  /** Proxies are never hashable (proxy_hash is unset on purpose). */
  override hashSlot(_heap: Heap): number {
    throw new PyException('TypeError', `unhashable type: '${this.typeName}'`);
  }
  /** proxy_richcompare for ==: both operands unwrapped; a dead proxy raises ReferenceError. */
  override eqSlot(heap: Heap, other: Value): boolean | undefined {
    const a = proxyReferent(this);
    const b = other instanceof WeakProxy ? proxyReferent(other) : other;
    heap.incref(a);
    heap.incref(b);
    try {
      return a === b || heap.host.eq(heap, a, b);
    } finally {
      heap.decref(a);
      heap.decref(b);
    }
  }
}

/**
 * get_basic_refs: the shared callback-less ref and proxy of `obj`, if any.
 * Only objects of the exact types qualify (PyWeakref_CheckRefExact /
 * CheckProxy with no callback): subclass instances (KeyedRef, WeakMethod)
 * never do, even without a callback.
 */
export function getBasicRefs(obj: PyObject): { ref: WeakrefBase | null; proxy: WeakrefBase | null } {
  return { ref: basicRefOf(obj), proxy: basicProxyOf(obj) };
}

/** get_basic_refs' first result alone: the shared basic ref of `obj`, or null (no object made per call). */
export function basicRefOf(obj: PyObject): WeakrefBase | null {
  const head = obj.weaklist;
  return head !== null && head.isBasicRef ? head : null;
}

/** get_basic_refs' second result alone: the shared basic proxy of `obj`, or null. */
export function basicProxyOf(obj: PyObject): WeakrefBase | null {
  let head = obj.weaklist;
  if (head !== null && head.isBasicRef) head = head.wrNext;
  return head !== null && head.isBasicProxy ? head : null;
}

/** The TypeError for objects that cannot be weakly referenced. */
export function checkWeakrefable(v: Value): PyObject {
  if (!isObject(v) || !v.weakrefable) {
    throw new PyException('TypeError', `cannot create weak reference to '${typeNameOf(v)}' object`);
  }
  return v;
}

function normalizeCallback(callback: Value | undefined): Value | undefined {
  return callback === null ? undefined : callback;
}

/**
 * Insert a non-basic weakref (callback ref/proxy, subclass instance) after
 * the basic ref/proxy, or at the head.
 */
export function insertNonBasic(obj: PyObject, wr: WeakrefBase): void {
  const prev = basicProxyOf(obj) ?? basicRefOf(obj);
  if (prev === null) insertHead(obj, wr);
  else insertAfter(wr, prev);
}

/** weakref.ref(obj[, callback]): returns a new reference. */
export function newRef(heap: Heap, obj: Value, callback?: Value): WeakRef {
  const ob = checkWeakrefable(obj);
  heap.checkLive(ob);
  const cb = normalizeCallback(callback);
  if (cb === undefined) {
    const ref = basicRefOf(ob);
    if (ref !== null) {
      heap.incref(ref);
      return ref as WeakRef;
    }
  }
  heap.reserve();
  if (cb !== undefined) heap.incref(cb);
  const wr = heap.register(new WeakRef(ob, cb));
  heap.track(wr);
  if (wr.referent === null) return wr; // the referent died during allocation (cannot happen: the caller holds it)
  if (cb === undefined) insertHead(ob, wr);
  else insertNonBasic(ob, wr);
  return wr;
}

/** weakref.proxy(obj[, callback]): returns a new reference. */
export function newProxy(heap: Heap, obj: Value, callback?: Value): WeakProxy {
  const ob = checkWeakrefable(obj);
  heap.checkLive(ob);
  const cb = normalizeCallback(callback);
  if (cb === undefined) {
    const proxy = basicProxyOf(ob);
    if (proxy !== null) {
      heap.incref(proxy);
      return proxy as WeakProxy;
    }
  }
  heap.reserve();
  if (cb !== undefined) heap.incref(cb);
  const p = heap.register(new WeakProxy(ob, cb, heap.host.isCallable(heap, ob)));
  heap.track(p);
  const ref = basicRefOf(ob);
  const proxy = basicProxyOf(ob);
  if (cb === undefined) {
    if (proxy !== null) {
      // Someone added a basic proxy during allocation (a collection ran): use it.
      heap.decref(p);
      heap.incref(proxy);
      return proxy as WeakProxy;
    }
    if (ref === null) insertHead(ob, p);
    else insertAfter(p, ref);
  } else {
    insertNonBasic(ob, p);
  }
  return p;
}

/** Calling a ref: the referent (a new reference) or None. */
export function derefWeakref(heap: Heap, wr: WeakrefBase): Value {
  wr.assertLive('weakref call');
  const o = wr.target;
  if (o === null) return null;
  heap.incref(o);
  return o;
}

/**
 * weakref_hash: the referent's hash, computed once and cached forever; a
 * dead ref that was never hashed raises TypeError("weak object has gone
 * away"). A failing referent hash is not cached.
 */
export function weakrefHash(heap: Heap, wr: WeakrefBase): Hash {
  if (wr.hash !== -1) return wr.hash;
  const o = wr.target;
  if (o === null) throw new PyException('TypeError', 'weak object has gone away');
  heap.incref(o);
  try {
    wr.hash = heap.host.hash(heap, o);
  } finally {
    heap.decref(o);
  }
  return wr.hash;
}

/**
 * weakref_richcompare for == (and != as its negation): between two
 * weakrefs (refs or proxies) only. Identity if either is dead; otherwise
 * the referents are compared. Returns undefined for NotImplemented.
 */
export function weakrefEquals(heap: Heap, a: WeakrefBase, b: Value): boolean | undefined {
  if (!(isObject(b) && b.isWeakref)) return undefined;
  const wb = b as WeakrefBase;
  const x = a.target;
  const y = wb.target;
  if (x === null || y === null) return a === wb;
  heap.incref(x);
  heap.incref(y);
  try {
    // PyObject_RichCompare, not ...Bool: no identity shortcut (x.__eq__(x) is called).
    return heap.host.eq(heap, x, y);
  } finally {
    heap.decref(x);
    heap.decref(y);
  }
}

/** The referent of a proxy, or ReferenceError when it is dead (proxy_checkref). */
export function proxyReferent(p: WeakrefBase): PyObject {
  if (p.referent === null) p.assertLive('proxy');
  const o = p.target;
  if (o === null) throw new PyException('ReferenceError', 'weakly-referenced object no longer exists');
  return o;
}
