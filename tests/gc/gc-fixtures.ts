/**
 * Helpers for the collector tests: a heap with a Collector whose
 * automatic collection is off (like the oracle scripts' gc.disable()), the
 * oracle's `N` class (a __del__ logging `del <name>`) and `watch(o)` (a
 * callback weakref logging `cb <name>`, kept alive by the test).
 */
import { Collector, type CollectorOptions } from '../../src/gc';
import type { HeapOptions, Instance, PyObject, Value } from '../../src/heap';
import { defineClass, fn, logDel, makeWorld, named, nameOf, newTestRef, type TestRef, type World } from '../heap/fixtures';

export interface GcWorld extends World {
  gc: Collector;
  N: ReturnType<typeof defineClass>;
  /** A new N instance named `name` (new reference). */
  n(name: string): Instance;
  /** weakref.ref(o, lambda w: log.append('cb ' + name)), kept in `keep`. */
  watch(o: PyObject): TestRef;
  keep: TestRef[];
  /** Names of the N instances in generation `gen`, in list order. */
  names(gen: number): string[];
  /** Drop the test's own references. */
  drop(...vs: Value[]): void;
}

export function makeGcWorld(options: HeapOptions & CollectorOptions & { auto?: boolean } = {}): GcWorld {
  const w = makeWorld(options);
  const { heap, log } = w;
  const gc = new Collector(heap, {
    stress: options.stress,
    debugOut: options.debugOut ?? (() => {}),
    debugChecks: options.debugChecks ?? true,
  });
  gc.enabled = options.auto ?? false;
  const N = defineClass(heap, 'N', { __del__: logDel(w) });
  gc.collect();
  const keep: TestRef[] = [];
  return {
    ...w,
    gc,
    N,
    keep,
    n: (name) => named(heap, N, name),
    watch(o) {
      const name = nameOf(o);
      const cb = fn(heap, 'cb', () => void log.push('cb ' + name));
      const wr = newTestRef(heap, o, cb);
      heap.decref(cb);
      keep.push(wr);
      return wr;
    },
    names: (gen) =>
      gc
        .getObjects(gen)
        .filter((o) => (o as Instance).cls === N)
        .map(nameOf),
    drop: (...vs) => vs.forEach((v) => heap.decref(v)),
  };
}

/** a.setAttr(name, b) */
export function link(w: World, a: Instance, name: string, b: Value): void {
  a.setAttr(w.heap, name, b);
}
