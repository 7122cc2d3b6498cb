/**
 * The weakref record and the per-object weakref list
 * (Objects/weakrefobject.c), which the heap owns because reclamation clears
 * it. The `weakref` layer subclasses WeakrefBase for ref, proxy, KeyedRef
 * and WeakMethod.
 *
 * List layout (get_basic_refs, insert_head, insert_after):
 *   [basic ref][basic proxy][newest ... oldest other refs]
 * A weakref holds no strong reference to its referent (a borrowed pointer);
 * it holds its callback strongly, and traverse visits only the callback.
 */
import type { Heap } from './heap';
import { PyObject, type Visit } from './object';
import { isObject, type Value } from './value';
import type { Hash } from './hash';

/**
 * What every weak reference shares (weakref.ref, proxies and their subclasses): the referent (null
 * once dead), the callback, and the links of the referent's weakref list.
 */
export abstract class WeakrefBase extends PyObject {
  /** wr_object: the referent, or null once cleared (CPython's Py_None). */
  referent: PyObject | null;
  /** wr_callback: the callback, or undefined when there is none (NULL). */
  callback: Value | undefined;
  wrPrev: WeakrefBase | null = null;
  wrNext: WeakrefBase | null = null;
  /** Cached hash (-1 when not computed yet). */
  hash: Hash = -1;

  constructor(referent: PyObject, callback: Value | undefined) {
    super();
    this.referent = referent;
    this.callback = callback;
  }

  override get isWeakref(): boolean {
    return true;
  }

  /**
   * PyWeakref_GET_OBJECT: the referent, or null when the ref was cleared or
   * when the referent's count already reached zero. The second case is a
   * dealloc the trashcan deferred (gh-60806, bpo-16602): its weakrefs are
   * cleared only when the deferred dealloc runs, and until then nothing may
   * see the dying object through them.
   */
  get target(): PyObject | null {
    const o = this.referent;
    return o !== null && o.refcnt > 0 ? o : null;
  }

  /** A "basic" weakref: the exact ref type (not a subclass) and no callback. Shared per referent. */
  abstract get isBasicRef(): boolean;
  /** A basic proxy: exact proxy type, no callback. Shared per referent. */
  abstract get isBasicProxy(): boolean;

  override traverse(visit: Visit): void {
    if (isObject(this.callback)) visit(this.callback);
  }

  /** gc_clear: clear_weakref, which also drops the callback without calling it. */
  override clear(heap: Heap): void {
    clearWeakref(heap, this);
  }

  /** weakref_dealloc: untrack, clear_weakref, free. */
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    clearWeakref(heap, this);
    heap.free(this);
  }
}

/** Unlink `wr` from its referent's list and set wr_object to None (keeps the callback). */
export function unlinkWeakref(wr: WeakrefBase): void {
  const obj = wr.referent;
  if (obj === null) return;
  if (obj.weaklist === wr) obj.weaklist = wr.wrNext;
  if (wr.wrPrev !== null) wr.wrPrev.wrNext = wr.wrNext;
  if (wr.wrNext !== null) wr.wrNext.wrPrev = wr.wrPrev;
  wr.wrPrev = null;
  wr.wrNext = null;
  wr.referent = null;
}

/** clear_weakref: unlink, then drop the callback (Py_DECREF, no call). */
export function clearWeakref(heap: Heap, wr: WeakrefBase): void {
  unlinkWeakref(wr);
  const cb = wr.callback;
  if (cb !== undefined) {
    wr.callback = undefined;
    heap.decref(cb);
  }
}

/** insert_head: make `wr` the first weakref of `obj`. */
export function insertHead(obj: PyObject, wr: WeakrefBase): void {
  const next = obj.weaklist;
  wr.wrPrev = null;
  wr.wrNext = next;
  if (next !== null) next.wrPrev = wr;
  obj.weaklist = wr;
}

/** insert_after: put `wr` right after `prev` in the list. */
export function insertAfter(wr: WeakrefBase, prev: WeakrefBase): void {
  wr.wrPrev = prev;
  wr.wrNext = prev.wrNext;
  if (prev.wrNext !== null) prev.wrNext.wrPrev = wr;
  prev.wrNext = wr;
}

/** The weakrefs of `obj`, head to tail (getweakrefs order). */
export function weakrefsOf(obj: PyObject): WeakrefBase[] {
  const out: WeakrefBase[] = [];
  for (let wr = obj.weaklist; wr !== null; wr = wr.wrNext) out.push(wr);
  return out;
}

/** _PyWeakref_GetWeakrefCount */
export function weakrefCount(obj: PyObject): number {
  let n = 0;
  for (let wr = obj.weaklist; wr !== null; wr = wr.wrNext) n++;
  return n;
}

/**
 * PyObject_ClearWeakRefs: called by an object's dealloc after its finalizer.
 * 1. The callback-less refs at the head (basic ref, basic proxy) are cleared.
 * 2. One ref left: clear it, then call its callback if the ref itself is
 *    still alive (refcnt > 0).
 *    Several: walk head -> tail clearing each ref as it is visited (so every
 *    ref is dead before the first callback runs) and remember (ref, callback)
 *    for live refs; then call the callbacks in that order (newest first).
 *    The pairs are released as CPython's tuple is: last pair first, the
 *    callback before its ref.
 * Callback errors go to the unraisable hook (handle_callback).
 */
export function clearWeakRefs(heap: Heap, obj: PyObject): void {
  let head = obj.weaklist;
  if (head !== null && head.callback === undefined) {
    clearWeakref(heap, head);
    head = obj.weaklist;
    if (head !== null && head.callback === undefined) {
      clearWeakref(heap, head);
      head = obj.weaklist;
    }
  }
  if (head === null) return;
  if (head.wrNext === null) {
    const cb = head.callback;
    head.callback = undefined;
    unlinkWeakref(head);
    if (cb !== undefined) {
      if (head.refcnt > 0) handleCallback(heap, head, cb);
      heap.decref(cb);
    }
    return;
  }
  const pairs: Array<WeakrefBase | Value | undefined> = [];
  for (let cur: WeakrefBase | null = head; cur !== null; ) {
    const next: WeakrefBase | null = cur.wrNext;
    const cb = cur.callback;
    cur.callback = undefined;
    if (cur.refcnt > 0) {
      heap.incref(cur);
      pairs.push(cur, cb);
    } else if (cb !== undefined) {
      heap.decref(cb);
    }
    unlinkWeakref(cur);
    cur = next;
  }
  for (let i = 0; i < pairs.length; i += 2) {
    const cb = pairs[i + 1];
    if (cb !== undefined) handleCallback(heap, pairs[i] as WeakrefBase, cb as Value);
  }
  for (let i = pairs.length - 2; i >= 0; i -= 2) {
    const cb = pairs[i + 1];
    if (cb !== undefined) heap.decref(cb as Value);
    heap.decref(pairs[i] as WeakrefBase);
  }
}

/** handle_callback: call `callback(ref)`; an exception is unraisable. */
export function handleCallback(heap: Heap, ref: WeakrefBase, callback: Value): void {
  if (heap.trace !== null) heap.trace.push({ kind: 'callback', ref: ref.id, type: ref.typeName });
  heap.callUnraisably(callback, [ref], callback);
}
