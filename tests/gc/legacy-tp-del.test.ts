/**
 * Instances of a class given the legacy tp_del slot (what CPython's
 * `_testcapi.with_tp_del` installs; slot_tp_del calls `__tp_del__`):
 * subtype_dealloc runs `__del__`, clears the weakrefs (callbacks run), then
 * `__tp_del__` at every death, which may resurrect; in a cycle the object is
 * uncollectable and lands in gc.garbage. The order is test_finalization's
 * LegacyFinalizationTest (test_legacy, test_legacy_resurrect,
 * test_legacy_self_cycle).
 */
import { Collector } from '../../src/gc';
import type { Instance, Value } from '../../src/heap';
import { defineClass, expectHealthy, fn, logDel, named, nameOf, newTestRef, peek } from '../heap/fixtures';
import { makeGcWorld } from './gc-fixtures';

function legacyWorld() {
  const w = makeGcWorld();
  const { heap, log } = w;
  const survivors: Value[] = [];
  const tpDel = fn(heap, '__tp_del__', ([self]) => {
    log.push('tp_del ' + nameOf(self));
    if ((self as Instance).getAttr('resurrect') === true) {
      heap.incref(self);
      survivors.push(self);
    }
  });
  const Legacy = defineClass(heap, 'Legacy', { __del__: logDel(w), __tp_del__: tpDel });
  Legacy.tpDel = true;
  return { ...w, Legacy, survivors };
}

test('refcount death: __del__, then the weakref callback, then __tp_del__', () => {
  const w = legacyWorld();
  const { heap, log } = w;
  const s = named(heap, w.Legacy, 's');
  const cb = fn(heap, 'cb', () => void log.push('cb s'));
  const wr = newTestRef(heap, s, cb);
  heap.decref(cb);
  heap.decref(s);
  expect(log).toEqual(['del s', 'cb s', 'tp_del s']);
  expect(peek(wr)).toBeNull();
  heap.decref(wr);
  expectHealthy(heap);
});

test('__tp_del__ may resurrect, and runs again at the next death (unlike __del__)', () => {
  const w = legacyWorld();
  const { heap, log } = w;
  const s = named(heap, w.Legacy, 's');
  s.setAttr(heap, 'resurrect', true);
  const wr = newTestRef(heap, s);
  heap.decref(s);
  expect(log).toEqual(['del s', 'tp_del s']);
  expect(w.survivors.length).toBe(1);
  expect(s.isDead).toBe(false);
  // weakrefs are cleared before tp_del is called
  expect(peek(wr)).toBeNull();
  s.setAttr(heap, 'resurrect', false);
  heap.decref(w.survivors.pop()!);
  expect(log).toEqual(['del s', 'tp_del s', 'tp_del s']);
  expect(s.isDead).toBe(true);
  heap.decref(wr);
  expectHealthy(heap);
});

test('in a self-cycle the instance is uncollectable: gc.garbage holds it, __del__ and __tp_del__ never run', () => {
  const w = legacyWorld();
  const { heap, log } = w;
  const gc: Collector = w.gc;
  const s = named(heap, w.Legacy, 's');
  s.setAttr(heap, 'ref', s);
  const wr = newTestRef(heap, s);
  heap.decref(s);
  gc.collect();
  expect(log).toEqual([]);
  expect(gc.garbage.items).toEqual([s]);
  expect(peek(wr)).toBe(s);
  // break the cycle by hand: the object dies by refcount, running both finalizers
  s.setAttr(heap, 'ref', null);
  gc.garbage.clear(heap);
  expect(log).toEqual(['del s', 'tp_del s']);
  expect(peek(wr)).toBeNull();
  heap.decref(wr);
  expectHealthy(heap);
});

test('a subclass made later inherits tp_del (inherit_slots)', () => {
  const w = legacyWorld();
  w.heap.incref(w.Legacy); // the new class steals a reference to its base
  const Sub = defineClass(w.heap, 'Sub', {}, null, [w.Legacy]);
  expect(Sub.tpDel).toBe(true);
  const Plain = defineClass(w.heap, 'Plain');
  expect(Plain.tpDel).toBe(false);
});
