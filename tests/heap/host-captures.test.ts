/**
 * HostFunction and BoundMethod own, and traverse, the references they
 * capture, exactly as a Python closure (its cells) and a bound method
 * (im_func, im_self) do. So a callback that captures its own referent
 * keeps it alive, and cycles through callbacks are ordinary cycles that
 * only the collector reclaims.
 */
import { Collector } from '../../src/gc';
import type { Instance, PyObject } from '../../src/heap';
import { defineClass, expectHealthy, fn, makeWorld, newTestRef, peek } from './fixtures';

function world() {
  const w = makeWorld();
  const gc = new Collector(w.heap, { debugChecks: true });
  const C = defineClass(w.heap, 'C');
  return { ...w, gc, C };
}

test('a HostFunction keeps what it captured alive, and calls see the captures', () => {
  const { heap, C } = world();
  const o = heap.newInstance(C);
  const f = heap.newHostFunction('get', (_h, self) => {
    const v = self.captured[0];
    heap.incref(v);
    return v;
  }, [o]);
  heap.decref(o);
  expect(o.isDead).toBe(false);
  const got = heap.host.call(heap, f, []);
  expect(got).toBe(o);
  heap.decref(got);
  heap.decref(f);
  expect(o.isDead).toBe(true);
  expectHealthy(heap);
});

test('a weakref stored on its referent, whose callback captures the referent, is a cycle: gc frees all three and the callback never runs', () => {
  const { heap, gc, C, log } = world();
  const o = heap.newInstance(C);
  const cb = fn(heap, 'cb', () => void log.push('callback'), [o]);
  const wr = newTestRef(heap, o, cb);
  o.setAttr(heap, 'wr', wr);
  heap.decref(wr);
  heap.decref(cb);
  heap.decref(o);
  expect([o.isDead, wr.isDead, cb.isDead]).toEqual([false, false, false]);
  expect(gc.collect()).toBe(3);
  expect([o.isDead, wr.isDead, cb.isDead]).toEqual([true, true, true]);
  expect(log).toEqual([]); // the weakref was trash itself (handle_weakrefs)
  expectHealthy(heap);
});

test('a host-held weakref whose callback captures the referent keeps the referent alive, even through gc', () => {
  const { heap, gc, C, log } = world();
  const o = heap.newInstance(C);
  const cb = fn(heap, 'cb', () => void log.push('callback'), [o]);
  const wr = newTestRef(heap, o, cb);
  heap.decref(cb);
  heap.decref(o);
  gc.collect();
  expect(peek(wr)).toBe(o);
  expect(o.isDead).toBe(false);
  heap.decref(wr); // weakref_dealloc drops the callback, which releases o; no call
  expect([o.isDead, cb.isDead, wr.isDead]).toEqual([true, true, true]);
  expect(log).toEqual([]);
  expectHealthy(heap);
});

test('a bound method stored on its own self is a cycle that only gc frees', () => {
  const { heap, gc, C } = world();
  const f = fn(heap, 'm', () => {});
  const o = heap.newInstance(C);
  const m = heap.newBoundMethod(f, o);
  o.setAttr(heap, 'm', m);
  heap.decref(m);
  heap.decref(o);
  expect(o.isDead).toBe(false);
  expect(gc.collect()).toBe(2);
  expect([o.isDead, m.isDead, f.isDead]).toEqual([true, true, false]);
  heap.decref(f);
  expectHealthy(heap);
});

test('a weakref callback that is a bound method of the referent keeps the referent alive until the weakref dies', () => {
  const { heap, gc, C, log } = world();
  const f = fn(heap, 'on_death', () => void log.push('on_death'));
  const o = heap.newInstance(C);
  const m = heap.newBoundMethod(f, o);
  const wr = newTestRef(heap, o, m);
  heap.decref(m);
  heap.decref(o);
  expect(gc.collect()).toBe(0);
  expect(peek(wr)).toBe(o);
  heap.decref(wr);
  expect([wr.isDead, m.isDead, o.isDead]).toEqual([true, true, true]);
  expect(log).toEqual([]);
  heap.decref(f);
  expectHealthy(heap);
});

test('calling a bound method passes self first', () => {
  const { heap, C } = world();
  const seen: PyObject[] = [];
  const f = fn(heap, 'm', (args) => void seen.push(...(args as PyObject[])));
  const o: Instance = heap.newInstance(C);
  const m = heap.newBoundMethod(f, o);
  const arg = heap.newList();
  heap.decref(heap.host.call(heap, m, [arg]));
  expect(seen).toEqual([o, arg]);
  for (const x of [arg, m, o, f]) heap.decref(x);
  expectHealthy(heap);
});

test('a cycle through a callback closure and a list: list -> function -> list', () => {
  const { heap, gc } = world();
  const l = heap.newList();
  const f = fn(heap, 'f', () => {}, [l]);
  l.append(heap, f);
  heap.decref(f);
  heap.decref(l);
  expect(gc.getReferrers([l])).toEqual([f]);
  expect(gc.collect()).toBe(2);
  expect([l.isDead, f.isDead]).toEqual([true, true]);
  expectHealthy(heap);
});
