/**
 * Bound methods (Objects/classobject.c, PyMethodObject): `obj.method`
 * makes a fresh one each time, holding strong references to the function
 * and to `self`. Calling it calls func(self, *args). Weakly referenceable
 * (which is why `weakref.ref(obj.method)` dies at once: nothing else holds
 * the temporary) and GC-tracked. method_dealloc releases the function,
 * then self.
 */
import type { Heap } from '../heap';
import type { HostCallable } from '../host';
import { PyObject, type Visit } from '../object';
import { clearWeakRefs } from '../weakref-base';
import { isObject, type Value } from '../value';

export class BoundMethod extends PyObject implements HostCallable {
  func: Value;
  self: Value;

  /** Steals both references. */
  constructor(func: Value, self: Value) {
    super();
    this.func = func;
    this.self = self;
  }

  get typeName(): string {
    return 'method';
  }

  override get weakrefable(): boolean {
    return true;
  }

  /** Call the function with `self` prepended to the arguments; returns a new reference. */
  callHost(heap: Heap, args: Value[], kwargs?: Array<[string, Value]>): Value {
    if (this.refcnt === 0) this.assertLive('call');
    return heap.host.call(heap, this.func, [this.self, ...args], kwargs);
  }

  override traverse(visit: Visit): void {
    if (isObject(this.func)) visit(this.func);
    if (isObject(this.self)) visit(this.self);
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    const { func, self } = this;
    this.func = null;
    this.self = null;
    heap.decref(func);
    heap.decref(self);
    heap.free(this);
    heap.trashcanEnd();
  }
}
