/**
 * Subclasses of weakref.ref defined by a class statement
 * (`class MyRef(weakref.ref): ...`). Their instances are weak references
 * (never shared, inserted after the basic ref/proxy, like callback refs:
 * weakref___new__) that also carry a Python class and attributes.
 *
 * Their attributes live in a real dict, made at the first attribute or
 * `__dict__` read (weakref's tp_alloc leaves the managed dict pointer NULL:
 * no inline values, as for subclasses of list), so `vars(r)`,
 * `r.__dict__.update(...)` and the dict's own lifetime are CPython's;
 * `__slots__` values are held apart, with no dict.
 */
import {
  ClassObject,
  clearWeakRefs,
  isObject,
  type DictObject,
  type Heap,
  type PyObject,
  type Value,
  type Visit,
} from '../../heap';
import { WeakRef, checkWeakrefable, insertNonBasic } from '../../weakref/reference-type';

export class SubclassRef extends WeakRef {
  /** Owned: the Python class. */
  cls: ClassObject;
  /** The instance __dict__ (owned), or null until the first attribute. */
  dict: DictObject | null = null;
  /** The __slots__ values by name (owned), or null while none is set. */
  slotValues: Map<string, Value> | null = null;

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
  /** subtype_traverse: the __dict__, the class, then weakref's own (the callback). */
  override traverse(visit: Visit): void {
    if (this.slotValues !== null) for (const v of this.slotValues.values()) if (isObject(v)) visit(v);
    if (this.dict !== null) visit(this.dict);
    visit(this.cls);
    super.traverse(visit);
  }
  /** subtype_clear: the __dict__, then weakref's tp_clear. */
  override clear(heap: Heap): void {
    this.dropDict(heap);
    super.clear(heap);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    this.dropDict(heap);
    super.clear(heap);
    const cls = this.cls;
    heap.free(this);
    heap.decref(cls);
  }
  private dropDict(heap: Heap): void {
    const sv = this.slotValues;
    if (sv !== null) {
      this.slotValues = null;
      for (const v of sv.values()) heap.decref(v);
    }
    const d = this.dict;
    if (d === null) return;
    this.dict = null;
    heap.decref(d);
  }
  /** The attribute's value (borrowed), if the instance holds it. */
  getAttr(name: string): Value | undefined {
    const sv = this.slotValues?.get(name);
    if (sv !== undefined) return sv;
    return this.dict === null ? undefined : this.dict.getStr(name);
  }
  /** The instance __dict__ (borrowed), made on first need. */
  materializeDict(heap: Heap): DictObject {
    if (this.dict === null) this.dict = heap.newDict();
    return this.dict;
  }
  setAttr(heap: Heap, name: string, v: Value): void {
    if (this.cls.slotNames.includes(name)) {
      heap.incref(v);
      if (this.slotValues === null) this.slotValues = new Map();
      const old = this.slotValues.get(name);
      this.slotValues.set(name, v);
      if (old !== undefined) heap.decref(old);
      return;
    }
    // _PyObjectDict_SetItem: a first attribute makes a split table over the
    // class's cached keys (reading __dict__ first makes a combined one).
    const fresh = this.dict === null;
    const d = this.materializeDict(heap);
    if (fresh) d.splitKeys = this.cls;
    d.set(heap, name, v);
  }
  /** del r.name: false when the attribute is not set. */
  deleteAttr(heap: Heap, name: string): boolean {
    const old = this.slotValues?.get(name);
    if (old !== undefined) {
      this.slotValues!.delete(name);
      heap.decref(old);
      return true;
    }
    return this.dict !== null && this.dict.delete(heap, name);
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
