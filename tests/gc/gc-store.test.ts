/**
 * The struct-of-arrays GC header (GcStore, src/heap/gc-list.ts): slots are
 * handed out when an object is linked and taken back when it is unlinked,
 * reused last freed first, and a collection gives back the slots of its
 * working lists' heads. Without that, a long-running program's store would
 * grow with every collection or every track/untrack.
 */
import { Collector } from '../../src/gc';
import { GcHead, GcStore, NO_SLOT, listObjects, listSize } from '../../src/heap';
import { listAppend, listMove, listReleaseHead, listRemove } from '../../src/heap/gc-list';
import { defineClass, expectHealthy, makeWorld } from '../heap/fixtures';

test('an object holds a slot exactly while it is tracked, and the slot table maps back to it', () => {
  const { heap } = makeWorld();
  const K = defineClass(heap, 'K');
  const k = heap.newInstance(K);
  expect(k.gcSlot).not.toBe(NO_SLOT);
  expect(heap.gcStore.nodes[k.gcSlot]).toBe(k);
  heap.untrack(k);
  expect(k.gcSlot).toBe(NO_SLOT);
  heap.track(k);
  expect(heap.gcStore.nodes[k.gcSlot]).toBe(k);
  heap.decref(k);
  expect(k.gcSlot).toBe(NO_SLOT);
  expectHealthy(heap);
});

test('slots are reused last freed first, so the store does not grow with churn', () => {
  const { heap } = makeWorld();
  const K = defineClass(heap, 'K');
  const a = heap.newInstance(K);
  const b = heap.newInstance(K);
  const slotA = a.gcSlot;
  const slotB = b.gcSlot;
  heap.decref(a);
  heap.decref(b);
  const c = heap.newInstance(K);
  const d = heap.newInstance(K);
  expect([c.gcSlot, d.gcSlot]).toEqual([slotB, slotA]);
  heap.decref(c);
  heap.decref(d);
  const size = heap.gcStore.nodes.length;
  for (let i = 0; i < 1000; i++) heap.decref(heap.newInstance(K));
  expect(heap.gcStore.nodes.length).toBe(size);
  expectHealthy(heap);
});

test('collections give back the slots of their working lists', () => {
  const { heap } = makeWorld();
  const gc = new Collector(heap, { debugOut: () => {}, debugChecks: true });
  gc.enabled = false;
  const K = defineClass(heap, 'K');
  const cycle = () => {
    const k = heap.newInstance(K);
    k.setAttr(heap, 'me', k);
    heap.decref(k);
  };
  cycle();
  gc.collect();
  const size = heap.gcStore.nodes.length;
  for (let i = 0; i < 50; i++) {
    cycle();
    expect(gc.collect(i % 3)).toBe(1);
  }
  expect(heap.gcStore.nodes.length).toBe(size);
  expectHealthy(heap);
});

test('a working list head is released only when empty', () => {
  const { heap } = makeWorld();
  const head = new GcHead('work', heap.gcStore);
  const l = heap.newList([]);
  listMove(l, head);
  expect(() => listReleaseHead(head)).toThrow(/work is not empty/);
  listMove(l, heap.generations[0]);
  listReleaseHead(head);
  heap.decref(l);
  expectHealthy(heap);
});

test('the arrays grow by doubling and keep every link', () => {
  const st = new GcStore(2);
  const head = new GcHead('h', st);
  const other = new GcHead('o', st);
  const { heap } = makeWorld();
  const objs = Array.from({ length: 40 }, () => heap.newList([]));
  for (const o of objs) heap.untrack(o);
  for (const o of objs) listAppend(o, head);
  expect(st.prev.length).toBeGreaterThanOrEqual(42);
  expect(listObjects(head)).toEqual(objs);
  for (const o of objs.filter((_, i) => i % 2 === 0)) listMove(o, other);
  expect(listSize(head)).toBe(20);
  expect(listObjects(other)).toEqual(objs.filter((_, i) => i % 2 === 0));
  for (const o of [...listObjects(head), ...listObjects(other)]) listRemove(o, st);
  listReleaseHead(head);
  listReleaseHead(other);
  // The two heads' slots, then the objects' (last freed first), are reused.
  expect(new GcHead('again', st).slot).toBe(other.slot);
  for (const o of objs) heap.decref(o);
});
