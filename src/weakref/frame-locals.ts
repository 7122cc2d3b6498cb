/**
 * The local variables of a Python function frame, for the methods of
 * Lib/weakref.py that this layer reproduces: each holds a strong
 * reference; rebinding stores the new value before releasing the old one
 * (STORE_FAST); leaving releases them in co_varnames order (_PyFrame_Clear).
 * Getting this right decides when an object seen by a loop is released.
 */
import type { Heap, Value } from '../heap';
import { newIterationGuard, type WeakContainer } from './weak-container';

export class FrameLocals {
  private readonly vals: Array<Value | undefined>;

  constructor(
    private readonly heap: Heap,
    n: number,
  ) {
    this.vals = new Array(n).fill(undefined);
  }

  /** Rebind local `i` to a borrowed value (taking a reference). */
  set(i: number, v: Value): Value {
    this.heap.incref(v);
    return this.own(i, v);
  }

  /** Rebind local `i` to a value whose reference the frame takes over. */
  own(i: number, v: Value): Value {
    const old = this.vals[i];
    this.vals[i] = v;
    if (old !== undefined) this.heap.decref(old);
    return v;
  }

  get(i: number): Value | undefined {
    return this.vals[i];
  }

  /** The frame is left: release the locals in order. */
  clear(): void {
    for (let i = 0; i < this.vals.length; i++) {
      const v = this.vals[i];
      if (v !== undefined) {
        this.vals[i] = undefined;
        this.heap.decref(v);
      }
    }
  }
}

/** `with _IterationGuard(container): body()`. */
export function withGuard<T>(heap: Heap, container: WeakContainer, body: () => T): T {
  const guard = newIterationGuard(heap, container);
  try {
    guard.enter(heap);
    try {
      return body();
    } finally {
      guard.exit(heap);
    }
  } finally {
    heap.decref(guard);
  }
}
