/**
 * Subclasses of weakref.ref defined by a class statement
 * (`class MyRef(weakref.ref): ...`). Their instances are weak references
 * (never shared, inserted after the basic ref/proxy, like callback refs:
 * weakref___new__) that also carry a Python class and attributes.
 */
import {
  ClassObject,
  clearWeakRefs,
  isObject,
  type Heap,
  type PyObject,
  type Value,
  type Visit,
} from '../../heap';
import { WeakRef, checkWeakrefable, insertNonBasic } from '../../weakref/reference-type';

export class SubclassRef extends WeakRef {
  /** Owned: the Python class. */
  cls: ClassObject;
  /** Owned attribute values (the instance __dict__). */
  attrs = new Map<string, Value>();

  constructor(referent: PyObject, callback: Value | undefined, cls: ClassObject) {
    super(referent, callback);
    this.cls = cls;
  }
  override get typeName(): string {
    return this.cls.name;
  }
  override get isBasicRef(): boolean {
    return false;
  }
  override get weakrefable(): boolean {
    return this.cls.instanceWeakrefable;
  }
  override traverse(visit: Visit): void {
    super.traverse(visit);
    for (const v of this.attrs.values()) if (isObject(v)) visit(v);
    visit(this.cls);
  }
  override clear(heap: Heap): void {
    super.clear(heap);
    const a = this.attrs;
    this.attrs = new Map();
    for (const v of a.values()) heap.decref(v);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    super.clear(heap);
    const a = this.attrs;
    this.attrs = new Map();
    for (const v of a.values()) heap.decref(v);
    const cls = this.cls;
    heap.free(this);
    heap.decref(cls);
  }
  setAttr(heap: Heap, name: string, v: Value): void {
    heap.incref(v);
    const old = this.attrs.get(name);
    this.attrs.set(name, v);
    if (old !== undefined) heap.decref(old);
  }
}

/** A new subclass ref (a new reference). */
export function newSubclassRef(heap: Heap, cls: ClassObject, obj: Value, callback: Value | undefined): SubclassRef {
  const ob = checkWeakrefable(obj);
  const cb = callback === null ? undefined : callback;
  heap.reserve();
  if (cb !== undefined) heap.incref(cb);
  heap.incref(cls);
  const wr = heap.register(new SubclassRef(ob, cb, cls));
  heap.track(wr);
  insertNonBasic(ob, wr);
  return wr;
}
