/**
 * Heap.referenceLost: a full collection skips deduce_unreachable when no
 * GC-tracked object has lost a reference (and lived on) since the last full
 * collection began. These tests pin the events that must raise the flag --
 * each is a way cyclic garbage appears -- and check that collections with
 * the walk skipped (debugChecks off) give what the walk gives.
 */
import { Collector } from '../../src/gc';
import type { Instance } from '../../src/heap';
import { defineClass, expectHealthy, fn, makeWorld } from '../heap/fixtures';

function world() {
  const w = makeWorld();
  const gc = new Collector(w.heap, { debugOut: () => {}, debugChecks: false });
  gc.enabled = false;
  gc.collect();
  return { ...w, gc };
}

test('a full collection that finds nothing clears the flag; a young one leaves it', () => {
  const { heap, gc } = world();
  const K = defineClass(heap, 'K');
  const k = heap.newInstance(K);
  k.setAttr(heap, 'me', k);
  heap.decref(k); // a decref to nonzero of a tracked object
  expect(heap.referenceLost).toBe(true);
  expect(gc.collect(0)).toBe(1); // k (its attributes are in-object)
  expect(heap.referenceLost).toBe(true); // garbage found: looked at again next time
  expect(gc.collect()).toBe(0);
  expect(heap.referenceLost).toBe(false);
  const a = heap.newInstance(K);
  const b = heap.newInstance(K);
  a.setAttr(heap, 'other', b);
  heap.decref(b);
  expect(heap.referenceLost).toBe(true);
  gc.collect(1);
  expect(heap.referenceLost).toBe(true);
  expect(gc.collect()).toBe(0);
  expect(heap.referenceLost).toBe(false);
  heap.decref(a); // a dies, b with it; the class K loses their references and lives on
  expect(b.isDead).toBe(true);
  expect(heap.referenceLost).toBe(true);
  expectHealthy(heap);
});

test('a decref to nonzero of an untracked object does not raise the flag', () => {
  const { heap, gc } = world();
  const t = heap.newTuple([1, 2]);
  gc.collect(); // untrack_tuples: a tuple of atoms leaves the lists
  expect(t.gcSlot).toBe(-1);
  heap.incref(t);
  heap.decref(t);
  expect(heap.referenceLost).toBe(false);
  heap.decref(t);
});

test('a __del__ that resurrects its object into a self-cycle raises the flag; the next collection finds the cycle', () => {
  const { heap, gc, log } = world();
  const del = fn(heap, '__del__', ([self]) => {
    log.push('del');
    (self as Instance).setAttr(heap, 'me', self);
  });
  const S = defineClass(heap, 'S', { __del__: del });
  const s = heap.newInstance(S);
  gc.collect();
  expect(heap.referenceLost).toBe(false);
  heap.decref(s); // refcount death; the finalizer makes s reachable from itself only
  expect(log).toEqual(['del']);
  expect(s.isDead).toBe(false);
  expect(heap.referenceLost).toBe(true);
  expect(gc.collect()).toBe(1);
  expect(s.isDead).toBe(true);
  expect(log).toEqual(['del']); // finalized once (PEP 442)
  expectHealthy(heap);
});

test('gc.unfreeze raises the flag: garbage made while frozen is found afterwards', () => {
  const { heap, gc } = world();
  const K = defineClass(heap, 'K');
  const k = heap.newInstance(K);
  k.setAttr(heap, 'me', k);
  gc.freeze();
  heap.decref(k);
  expect(gc.collect()).toBe(0); // the permanent generation is not looked at
  expect(heap.referenceLost).toBe(false);
  gc.unfreeze();
  expect(heap.referenceLost).toBe(true);
  expect(gc.collect()).toBe(1);
  expect(k.isDead).toBe(true);
  expectHealthy(heap);
});

test('what a collection leaves in gc.garbage is looked at again after the program drops it', () => {
  const { heap, gc } = world();
  const K = defineClass(heap, 'K');
  const k = heap.newInstance(K);
  k.setAttr(heap, 'me', k);
  heap.decref(k);
  gc.debug = 32; // DEBUG_SAVEALL
  expect(gc.collect()).toBe(1);
  expect(gc.garbage.items.length).toBe(1);
  gc.debug = 0;
  expect(gc.collect()).toBe(0);
  gc.garbage.clear(heap); // decrefs to nonzero: k still holds itself
  expect(heap.referenceLost).toBe(true);
  expect(gc.collect()).toBe(1);
  expect(k.isDead).toBe(true);
  expectHealthy(heap);
});
