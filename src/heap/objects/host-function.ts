/**
 * A function implemented in TypeScript (CPython's builtin function or a
 * closure made by the host). Its captured references are declared, owned
 * and traversed, so a cycle can run through a callback: a callback that
 * captures its own referent keeps it alive, exactly as a Python closure
 * would. Weakly referenceable, like builtin functions.
 */
import type { Heap } from '../heap';
import type { HostCallable } from '../host';
import { PyObject, type Visit } from '../object';
import { clearWeakRefs } from '../weakref-base';
import { isObject, type Value } from '../value';
import { releaseBackwards } from './list-object';

/** The implementation: receives the function itself (for its captures) and the arguments; returns a new reference. */
export type HostImpl = (heap: Heap, self: HostFunction, args: Value[]) => Value;

export class HostFunction extends PyObject implements HostCallable {
  readonly name: string;
  readonly impl: HostImpl;
  /** Owned references the implementation may use. */
  captured: Value[];

  /** Steals the references in `captured`. */
  constructor(name: string, impl: HostImpl, captured: Value[]) {
    super();
    this.name = name;
    this.impl = impl;
    this.captured = captured;
  }

  get typeName(): string {
    return 'builtin_function_or_method';
  }

  override get weakrefable(): boolean {
    return true;
  }

  /** Call the TypeScript closure with the arguments; returns a new reference. */
  callHost(heap: Heap, args: Value[]): Value {
    if (this.refcnt === 0) this.assertLive('call');
    return this.impl(heap, this, args);
  }

  override traverse(visit: Visit): void {
    for (const v of this.captured) if (isObject(v)) visit(v);
  }

  override clear(heap: Heap): void {
    const old = this.captured;
    this.captured = [];
    releaseBackwards(heap, old);
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    const old = this.captured;
    this.captured = [];
    releaseBackwards(heap, old);
    heap.free(this);
  }
}
