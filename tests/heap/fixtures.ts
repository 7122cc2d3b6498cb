/**
 * A tiny fake host for the heap and gc tests (STYLE.md: heap and gc tests
 * never use the interpreter). It gives:
 *  - a heap whose unraisable reports land in `errs` instead of stderr;
 *  - `fn`: a HostFunction from a TS closure (returns None unless told);
 *  - `defineClass`: a class whose namespace functions are owned by the class;
 *  - `TestRef`: a minimal weakref on WeakrefBase, with CPython's list layout
 *    ([basic ref][newest ... oldest callback refs]), so the heap and gc tests
 *    do not depend on the weakref layer;
 *  - `expectHealthy`: verifyHeap() must hold;
 *  - `oracle`: run a python3 script (only where python3 is CPython 3.11) and
 *    compare its stdout with the output a test records.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import {
  BasicHost,
  Heap,
  WeakrefBase,
  insertAfter,
  insertHead,
  verifyHeap,
  type ClassObject,
  type HeapOptions,
  type HostFunction,
  type Instance,
  type PyObject,
  type Value,
} from '../../src/heap';

export interface World {
  heap: Heap;
  /** What the test's __del__ methods and callbacks record. */
  log: string[];
  /** Text written by the unraisable hook. */
  errs: string[];
}

export function makeWorld(options: HeapOptions = {}): World {
  const errs: string[] = [];
  const heap = new Heap({ host: new BasicHost((t) => errs.push(t)), ...options });
  return { heap, log: [], errs };
}

/** A new HostFunction (new reference) running `body(args)`; a body returning nothing returns None. */
export function fn(heap: Heap, name: string, body: (args: Value[]) => Value | void, captured: Value[] = []): HostFunction {
  return heap.newHostFunction(
    name,
    (_h, _self, args) => {
      const r = body(args);
      return r === undefined ? null : r;
    },
    captured,
  );
}

/** A class whose namespace holds `ns`; the references the caller had to the values are released. */
export function defineClass(
  heap: Heap,
  name: string,
  ns: Record<string, Value> = {},
  slots: string[] | null = null,
  bases: ClassObject[] = [],
): ClassObject {
  const cls = heap.newClass(name, bases, ns, slots);
  for (const v of Object.values(ns)) heap.decref(v);
  return cls;
}

/** The `name` attribute of an instance (as the tests' classes set it). */
export function nameOf(o: Value): string {
  return String((o as Instance).getAttr('name'));
}

/** A `__del__` that logs `del <name>`. */
export function logDel(w: World, prefix = 'del '): HostFunction {
  return fn(w.heap, '__del__', ([self]) => {
    w.log.push(prefix + nameOf(self));
  });
}

/** A new instance of `cls` with attribute name = `name` (new reference). */
export function named(heap: Heap, cls: ClassObject, name: string): Instance {
  const o = heap.newInstance(cls);
  o.setAttr(heap, 'name', name);
  return o;
}

/** A minimal weakref type: a basic ref is shared and sits at the head; callback refs go after it, newest first. */
export class TestRef extends WeakrefBase {
  get typeName(): string {
    return 'weakref.ReferenceType';
  }
  get isBasicRef(): boolean {
    return this.callback === undefined;
  }
  get isBasicProxy(): boolean {
    return false;
  }
}

/** weakref.ref(obj[, callback]) on TestRef: a new reference. */
export function newTestRef(heap: Heap, obj: PyObject, callback?: Value): TestRef {
  const head = obj.weaklist;
  const basic = head !== null && head.callback === undefined ? head : null;
  if (callback === undefined && basic !== null) {
    heap.incref(basic);
    return basic as TestRef;
  }
  heap.reserve();
  if (callback !== undefined) heap.incref(callback);
  const wr = heap.register(new TestRef(obj, callback));
  heap.track(wr);
  if (callback === undefined) insertHead(obj, wr);
  else if (basic !== null) insertAfter(wr, basic);
  else insertHead(obj, wr);
  return wr;
}

/** The referent of a weakref, or null (a borrowed view: no reference is taken). */
export function peek(wr: WeakrefBase): PyObject | null {
  return wr.referent;
}

/** verifyHeap() holds; on failure the violation is in the assertion message. */
export function expectHealthy(heap: Heap, extraRoots: PyObject[] = []): void {
  const v = verifyHeap(heap, extraRoots);
  expect(v.ok ? 'ok' : v.violation).toBe('ok');
}

// ---- the CPython oracle ------------------------------------------------------

let py311: boolean | undefined;

/** Is `python3` CPython 3.11 (the oracle)? Checked once. */
export function hasPython311(): boolean {
  if (py311 === undefined) {
    const r = spawnSync('python3', ['-c', 'import sys; print(sys.implementation.name, sys.version_info[:2] == (3, 11))'], {
      encoding: 'utf8',
    });
    py311 = r.status === 0 && r.stdout.trim() === 'cpython True';
  }
  return py311;
}

/** Run tests/<dir>/oracle/<script> with python3 and return its stdout. */
export function runOracle(dir: 'heap' | 'gc', script: string): string {
  const file = path.join(__dirname, '..', dir, 'oracle', script);
  const r = spawnSync('python3', [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * A test that the recorded output of an oracle script is what CPython 3.11
 * prints today; skipped where python3 is not 3.11.
 */
export function oracleTest(dir: 'heap' | 'gc', script: string, recorded: string): void {
  const t = hasPython311() ? test : test.skip;
  t(`oracle: python3 ${dir}/oracle/${script} prints the recorded output`, () => {
    expect(runOracle(dir, script)).toBe(recorded);
  });
}
