/**
 * Refcount death of instances, rule by rule (CPython 3.11 subtype_dealloc,
 * PyObject_CallFinalizerFromDealloc, PyObject_ClearWeakRefs). Each test
 * mirrors one case of oracle/refcount_death.py; RECORDED is that script's
 * output under python3 3.11.
 */
import { FINALIZED, type PyObject } from '../../src/heap';
import { defineClass, expectHealthy, fn, makeWorld, newTestRef, oracleTest, peek, type TestRef } from './fixtures';

const RECORDED = `1 ['del sees wr alive: True', 'cb sees wr dead: True']
2 ['r3 all dead: True', 'r2 all dead: True', 'r1 all dead: True']
3 ['R.__del__'] wr alive: True is_finalized: True
3b ['cb R'] wr alive: False
4 ['L.__del__', 'cb of ref made in __del__']
5 ['class refs held by instances while attrs die: 1', 'after: 0']
`;

const py = (b: boolean) => (b ? 'True' : 'False');

test('__del__ runs first, with weakrefs still alive inside it; then the callbacks', () => {
  const w = makeWorld();
  const { heap, log } = w;
  let wr!: TestRef;
  const D = defineClass(heap, 'D', {
    __del__: fn(heap, '__del__', ([self]) => {
      log.push(`del sees wr alive: ${py(peek(wr) === self)}`);
    }),
  });
  const d = heap.newInstance(D);
  const cb = fn(heap, 'cb', ([ref]) => {
    log.push(`cb sees wr dead: ${py(peek(ref as TestRef) === null)}`);
  });
  wr = newTestRef(heap, d, cb);
  heap.decref(cb);
  heap.decref(d);
  expect(log).toEqual(['del sees wr alive: True', 'cb sees wr dead: True']);
  expect(d.isDead).toBe(true);
  heap.decref(wr);
  expectHealthy(heap);
});

test('weakref callbacks run newest first, and every ref is already dead inside each callback', () => {
  const { heap, log } = makeWorld();
  const C = defineClass(heap, 'C');
  const o = heap.newInstance(C);
  const refs: TestRef[] = [];
  for (const name of ['r1', 'r2', 'r3']) {
    const cb = fn(heap, name, () => {
      log.push(`${name} all dead: ${py(refs.every((r) => peek(r) === null))}`);
    });
    refs.push(newTestRef(heap, o, cb));
    heap.decref(cb);
  }
  heap.decref(o);
  expect(log).toEqual(['r3 all dead: True', 'r2 all dead: True', 'r1 all dead: True']);
  // On the refcount path the callback is detached (__callback__ is None afterwards).
  expect(refs.map((r) => r.callback)).toEqual([undefined, undefined, undefined]);
  for (const r of refs) heap.decref(r);
  expectHealthy(heap);
});

test('a callback-less basic ref is cleared without a call, and a ref that dies first never calls back', () => {
  const { heap, log } = makeWorld();
  const C = defineClass(heap, 'C');
  const o = heap.newInstance(C);
  const basic = newTestRef(heap, o);
  const cb = fn(heap, 'cb', () => void log.push('cb'));
  const early = newTestRef(heap, o, cb);
  heap.decref(early); // the callback ref dies before its referent
  expect(cb.refcnt).toBe(1); // weakref_dealloc released the callback
  heap.decref(cb);
  heap.decref(o);
  expect(log).toEqual([]);
  expect(peek(basic)).toBe(null);
  heap.decref(basic);
  expectHealthy(heap);
});

test('resurrection in __del__ keeps the weakrefs alive, runs no callback, and sets FINALIZED', () => {
  const { heap, log } = makeWorld();
  const saved = heap.newList();
  const R = defineClass(heap, 'R', {
    __del__: fn(heap, '__del__', ([self]) => {
      log.push('R.__del__');
      saved.append(heap, self);
    }),
  });
  const r = heap.newInstance(R);
  const cb = fn(heap, 'cb', () => void log.push('cb R'));
  const wr = newTestRef(heap, r, cb);
  heap.decref(cb);
  heap.decref(r);
  expect(log).toEqual(['R.__del__']);
  expect(r.isDead).toBe(false);
  expect(peek(wr)).toBe(r);
  expect((r.flags & FINALIZED) !== 0).toBe(true); // gc.is_finalized(r)
  expect(r.refcnt).toBe(1);
  expect(heap.isTracked(r)).toBe(true); // re-tracked by subtype_dealloc
  expectHealthy(heap);
});

test('__del__ runs at most once per object: the second death after a resurrection runs only the callback', () => {
  const { heap, log } = makeWorld();
  const saved = heap.newList();
  const R = defineClass(heap, 'R', {
    __del__: fn(heap, '__del__', ([self]) => {
      log.push('R.__del__');
      saved.append(heap, self);
    }),
  });
  const r = heap.newInstance(R);
  const cb = fn(heap, 'cb', () => void log.push('cb R'));
  const wr = newTestRef(heap, r, cb);
  heap.decref(cb);
  heap.decref(r);
  log.length = 0;
  saved.clear(heap); // saved.clear(): the last reference goes
  expect(log).toEqual(['cb R']);
  expect(r.isDead).toBe(true);
  expect(peek(wr)).toBe(null);
  heap.decref(wr);
  expectHealthy(heap);
});

test('a weakref created inside __del__ is cleared by the same dealloc, and its callback runs', () => {
  const { heap, log } = makeWorld();
  const late: TestRef[] = [];
  const cb = fn(heap, 'cb', () => void log.push('cb of ref made in __del__'));
  const L = defineClass(heap, 'L', {
    __del__: fn(heap, '__del__', ([self]) => {
      log.push('L.__del__');
      late.push(newTestRef(heap, self as PyObject, cb));
    }),
  });
  const x = heap.newInstance(L);
  heap.decref(x);
  expect(log).toEqual(['L.__del__', 'cb of ref made in __del__']);
  expect(x.isDead).toBe(true);
  heap.decref(late[0]);
  heap.decref(cb);
  expectHealthy(heap);
});

test('an instance releases its class last: the class still counts it while the attributes die', () => {
  const { heap, log } = makeWorld();
  const K = defineClass(heap, 'K');
  const base = K.refcnt;
  const Probe = defineClass(heap, 'Probe', {
    __del__: fn(heap, '__del__', () => {
      log.push(`class refs held by instances while attrs die: ${K.refcnt - base}`);
    }),
  });
  const k = heap.newInstance(K);
  const p = heap.newInstance(Probe);
  k.setAttr(heap, 'p', p);
  heap.decref(p);
  heap.decref(k);
  log.push(`after: ${K.refcnt - base}`);
  expect(log).toEqual(['class refs held by instances while attrs die: 1', 'after: 0']);
  expectHealthy(heap);
});

test('refcount death order in the trace: finalize, weakrefs cleared by callbacks, death, then contents', () => {
  const { heap } = makeWorld({ trace: true });
  const D = defineClass(heap, 'D', { __del__: fn(heap, '__del__', () => {}) });
  const d = heap.newInstance(D);
  const child = heap.newList();
  d.setAttr(heap, 'child', child);
  heap.decref(child);
  const cb = fn(heap, 'cb', () => {});
  const wr = newTestRef(heap, d, cb);
  const start = heap.trace!.events.length;
  heap.decref(d);
  const kinds = heap.trace!.events.slice(start).map((e) => {
    const id = 'id' in e ? e.id : 'ref' in e ? e.ref : '';
    return `${e.kind} ${id}`;
  });
  expect(kinds).toEqual([`finalize ${d.id}`, `death ${d.id}`, `callback ${wr.id}`, `death ${child.id}`]);
  heap.decref(wr);
  heap.decref(cb);
});

oracleTest('heap', 'refcount_death.py', RECORDED);
