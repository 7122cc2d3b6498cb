/**
 * Shared fixtures for the weakref tests: a heap with tracing and a
 * collector (gc disabled, as the CPython probes run), a class `C` whose
 * instances are weakly referenceable, callbacks that log, and the closing
 * heap check.
 */
import {
  BasicHost,
  Heap,
  HostFunction,
  Instance,
  PyException,
  PyObject,
  clearWeakRefs,
  isObject,
  verifyHeap,
  type ClassObject,
  type HostCallable,
  type Value,
} from '../../src/heap';
import { Collector } from '../../src/gc';

export interface World {
  heap: Heap;
  gc: Collector;
  C: ClassObject;
  log: string[];
  unraisable: string[];
  /** A new instance of C named `name` (new reference). */
  obj(name: string): Instance;
  /** A HostFunction callback that appends `tag` (and the ref's id) to the log. */
  logger(tag: string, f?: (args: Value[]) => void): HostFunction;
}

/** A BasicHost that records unraisable reports instead of printing them. */
export class RecordingHost extends BasicHost {
  constructor(readonly reports: string[]) {
    super(() => {});
  }
  override writeUnraisable(heap: Heap, error: unknown, obj: Value | undefined, prefix?: string): void {
    const err = error instanceof PyException ? `${error.pyType}: ${error.pyMessage}` : String(error);
    const what = obj === undefined ? '' : this.repr(heap, obj);
    this.reports.push(`${prefix ?? 'Exception ignored in'}: ${what} / ${err}`);
  }
  /** Python's rich ==: an object's own __eq__ first, even against itself (no identity shortcut). */
  override eq(heap: Heap, a: Value, b: Value): boolean {
    if (isObject(a)) {
      const r = a.eqSlot(heap, b);
      if (r !== undefined) return r;
    }
    if (isObject(b)) {
      const r = b.eqSlot(heap, a);
      if (r !== undefined) return r;
    }
    return super.eq(heap, a, b);
  }

  override repr(heap: Heap, v: Value): string {
    if (v instanceof Instance && v.getAttr('name') !== undefined) return `<${v.typeName} ${String(v.getAttr('name'))}>`;
    if (v instanceof HostFunction) return `<function ${v.name}>`;
    return super.repr(heap, v);
  }
}

export function world(options: { stress?: boolean } = {}): World {
  const unraisable: string[] = [];
  const heap = new Heap({ trace: true, host: new RecordingHost(unraisable) });
  const gc = new Collector(heap, { stress: options.stress, debugChecks: true });
  gc.enabled = options.stress ?? false;
  const C = heap.newClass('C');
  const log: string[] = [];
  return {
    heap,
    gc,
    C,
    log,
    unraisable,
    obj(name: string): Instance {
      const o = heap.newInstance(C);
      o.setAttr(heap, 'name', name);
      return o;
    },
    logger(tag: string, f?: (args: Value[]) => void): HostFunction {
      return heap.newHostFunction(tag, (_h, _fn, args) => {
        log.push(tag);
        f?.(args);
        return null;
      });
    },
  };
}

/** The name attribute of an instance (for readable assertions). */
export function nameOf(v: Value | undefined): string {
  if (v instanceof Instance) return String(v.getAttr('name'));
  if (v === undefined) return '<undefined>';
  return isObject(v) ? v.describe() : String(v);
}

/** Every test ends here: the heap's invariants hold. */
export function expectHeapOk(heap: Heap): void {
  const v = verifyHeap(heap);
  if (!v.ok) throw new Error(`heap invariant broken: ${v.violation}`);
}

/** Catch the PyException `f` throws (fails when it does not throw one). */
export function pyError(f: () => unknown): PyException {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return e;
    throw e;
  }
  throw new Error('expected a PyException');
}

/** `${type}: ${message}` of the PyException `f` throws. */
export function pyErrorText(f: () => unknown): string {
  const e = pyError(f);
  return `${e.pyType}: ${e.pyMessage}`;
}

/** Drain a WeakIterator-like `next` into an array of new references. */
export function drain(heap: Heap, it: { next(heap: Heap): Value | undefined }): Value[] {
  const out: Value[] = [];
  for (;;) {
    const v = it.next(heap);
    if (v === undefined) return out;
    out.push(v);
  }
}

/** Release an array of references. */
export function releaseAll(heap: Heap, vs: Value[]): void {
  for (const v of vs) heap.decref(v);
}

/**
 * A Python-like function for tests that need keyword arguments (HostFunction
 * only receives positional ones): `impl(args, kwargs)` returns a new
 * reference. Weakly referenceable, holds nothing.
 */
export class KwFunction extends PyObject implements HostCallable {
  constructor(
    readonly name: string,
    readonly impl: (heap: Heap, args: Value[], kwargs: Array<[string, Value]>) => Value,
  ) {
    super();
  }
  get typeName(): string {
    return 'function';
  }
  override get weakrefable(): boolean {
    return true;
  }
  callHost(heap: Heap, args: Value[], kwargs?: Array<[string, Value]>): Value {
    return this.impl(heap, args, kwargs ?? []);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    heap.free(this);
  }
}

export function newKwFunction(
  heap: Heap,
  name: string,
  impl: (heap: Heap, args: Value[], kwargs: Array<[string, Value]>) => Value,
): KwFunction {
  heap.reserve();
  const f = heap.register(new KwFunction(name, impl));
  heap.track(f);
  return f;
}
