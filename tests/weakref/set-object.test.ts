/**
 * SetObject: CPython 3.11's setobject.c table, checked against python3.
 *
 * The fixture (fixtures/set-orders-cpython311.json, made by
 * fixtures/gen-set-orders.py with python3 3.11) holds random programs of
 * add / discard / pop / difference_update / symmetric_difference_update /
 * intersection_update / clear over int sets, with list(s) after each step
 * and the popped values. Replaying them here must give the same orders.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Heap, Instance, PyException, SetObject, newSet, verifyHeap, type Value, type ValueSource } from '../../src/heap';
import { Collector } from '../../src/gc';
import { derefWeakref, newRef } from '../../src/weakref';

function source(heap: Heap, values: Value[]): ValueSource {
  let i = 0;
  return {
    next: () => {
      if (i >= values.length) return undefined;
      const v = values[i++];
      heap.incref(v);
      return v;
    },
  };
}

function intSet(heap: Heap, xs: number[]): SetObject {
  const s = newSet(heap);
  for (const x of xs) s.add(heap, x);
  return s;
}

type Op = [string, unknown, number[]];

describe('set table order (CPython 3.11)', () => {
  test('small examples from python3', () => {
    const heap = new Heap();
    // python3: set([3,1,2]) -> {1, 2, 3}; adds 10, 2, 18 -> {18, 10, 2}
    expect(intSet(heap, [3, 1, 2]).keys()).toEqual([1, 2, 3]);
    expect(intSet(heap, [10, 2, 18]).keys()).toEqual([18, 10, 2]);
    // adds 1, 9, 17, 25 -> [1, 25, 9, 17] (no linear probing in an 8-slot table)
    expect(intSet(heap, [1, 9, 17, 25]).keys()).toEqual([1, 25, 9, 17]);
    // the LAST dummy on the probe path is reused
    const s = intSet(heap, [1, 9, 17, 25]);
    s.discard(heap, 1);
    s.discard(heap, 17);
    s.add(heap, 1);
    expect(s.keys()).toEqual([25, 9, 1]);
    // growth: 5 adds in an 8-slot table resize to 32 slots
    expect(intSet(heap, [0, 1, 2, 3, 4, 13]).keys()).toEqual([0, 1, 2, 3, 4, 13]);
    // negative and large ints (perturb is the hash as a 64-bit unsigned)
    // (hash(-1) == hash(-2) == -2)
    expect(intSet(heap, [-1, -2, -5, 7]).keys()).toEqual([-5, 7, -1, -2]);
    expect(verifyHeap(heap).ok).toBe(true);
  });

  test('pop follows the finger', () => {
    const heap = new Heap();
    const s = intSet(heap, [5, 13, 21]);
    expect(s.keys()).toEqual([13, 21, 5]);
    expect([s.pop(heap), s.pop(heap), s.pop(heap)]).toEqual([13, 21, 5]);
    expect(() => s.pop(heap)).toThrow(new PyException('KeyError', 'pop from an empty set'));
    const t = intSet(heap, [1, 2, 3]);
    expect(t.pop(heap)).toBe(1);
    t.add(heap, 1);
    expect(t.pop(heap)).toBe(2); // python3: 1 2
  });

  test('random programs replay python3 exactly', () => {
    const file = path.join(__dirname, 'fixtures', 'set-orders-cpython311.json');
    const progs = JSON.parse(fs.readFileSync(file, 'utf8')) as Op[][];
    expect(progs.length).toBeGreaterThan(50);
    const heap = new Heap();
    for (const prog of progs) {
      const s = newSet(heap);
      for (const [op, arg, expected] of prog) {
        switch (op) {
          case 'add':
            s.add(heap, arg as number);
            break;
          case 'discard':
            s.discard(heap, arg as number);
            break;
          case 'pop':
            expect(s.pop(heap)).toBe(arg);
            break;
          case 'difference_update':
            s.differenceUpdateFrom(heap, source(heap, arg as number[]));
            break;
          case 'symmetric_difference_update':
            s.symmetricDifferenceUpdateFrom(heap, source(heap, arg as number[]));
            break;
          case 'intersection_update':
            s.intersectionUpdateFrom(heap, source(heap, arg as number[]));
            break;
          case 'clear':
            s.clear(heap);
            break;
        }
        expect(s.keys()).toEqual(expected);
      }
      heap.decref(s);
    }
    expect(verifyHeap(heap).ok).toBe(true);
  });

  test('dealloc and clear release the keys in table order (python3: [18, 10, 2, 5])', () => {
    const heap = new Heap();
    const log: number[] = [];
    const del = heap.newHostFunction('__del__', (_h, _f, args) => (log.push((args[0] as Instance).getAttr('n') as number), null));
    const H = heap.newClass('H', [], { __del__: del });
    heap.decref(del);
    const fill = (s: SetObject) => {
      for (const n of [10, 2, 18, 5]) {
        const o = heap.newInstance(H);
        o.setAttr(heap, 'n', n);
        o.hashSlot = () => n;
        s.add(heap, o);
        heap.decref(o);
      }
    };
    const s1 = newSet(heap);
    fill(s1);
    heap.decref(s1);
    expect(log).toEqual([18, 10, 2, 5]);
    log.length = 0;
    const s2 = newSet(heap);
    fill(s2);
    s2.clear(heap);
    expect(log).toEqual([18, 10, 2, 5]);
    expect(s2.size).toBe(0);
    heap.decref(s2);
    heap.decref(H);
    new Collector(heap, { debugChecks: true }).collect();
    expect(verifyHeap(heap).ok).toBe(true);
  });

  test('iteration: "Set changed size during iteration" (sticky); same-size changes go unnoticed', () => {
    const heap = new Heap();
    const s = intSet(heap, [1, 2, 3]);
    const c = s.cursor();
    expect(c.next()).toBe(1);
    s.add(heap, 4);
    expect(() => c.next()).toThrow('Set changed size during iteration');
    expect(() => c.next()).toThrow('Set changed size during iteration');
    const t = intSet(heap, [1, 2, 3]);
    const d = t.cursor();
    expect(d.next()).toBe(1);
    t.discard(heap, 1);
    t.add(heap, 7);
    const rest: Value[] = [];
    for (let v = d.next(); v !== undefined; v = d.next()) rest.push(v);
    expect(rest).toEqual([2, 3, 7]); // python3: [2, 3, 7]
    expect(d.next()).toBeUndefined();
    releaseAll(heap, [s, t]);
  });

  test('a set is a tracked GC object, weakly referenceable, unhashable; cycles through it are collected', () => {
    const heap = new Heap();
    const gc = new Collector(heap, { debugChecks: true });
    const s = newSet(heap);
    expect(heap.isTracked(s)).toBe(true);
    expect(() => heap.host.hash(heap, s)).toThrow("unhashable type: 'set'");
    const C = heap.newClass('C');
    const o = heap.newInstance(C);
    o.setAttr(heap, 's', s);
    s.add(heap, o); // o -> s -> o
    const r = newRef(heap, s);
    heap.decref(o);
    heap.decref(s);
    expect(derefWeakref(heap, r)).toBe(s);
    heap.decref(s);
    expect(gc.collect()).toBe(2);
    expect(derefWeakref(heap, r)).toBe(null);
    releaseAll(heap, [r, C]);
    gc.collect();
    expect(verifyHeap(heap).ok).toBe(true);
  });

  test('remove, the algorithms with sets, rich comparisons', () => {
    const heap = new Heap();
    const a = intSet(heap, [1, 2, 3]);
    const b = intSet(heap, [2, 3]);
    expect(() => a.remove(heap, 9)).toThrow(new PyException('KeyError', [9]));
    expect(b.isSubsetOf(heap, a)).toBe(true);
    expect(a.richCompare(heap, b, '>')).toBe(true);
    expect(a.richCompare(heap, b, '>=')).toBe(true);
    expect(b.richCompare(heap, a, '<')).toBe(true);
    expect(a.richCompare(heap, a, '<')).toBe(false);
    expect(a.richCompare(heap, b, '==')).toBe(false);
    expect(a.richCompare(heap, b, '!=')).toBe(true);
    const c = newSet(heap);
    c.mergeFrom(heap, a);
    expect(c.keys()).toEqual([1, 2, 3]);
    c.differenceUpdateSet(heap, b);
    expect(c.keys()).toEqual([1]);
    expect(a.isSubsetOfFrom(heap, source(heap, [3, 2, 1, 0]))).toBe(true);
    expect(a.isSupersetOfFrom(heap, source(heap, [1, 5]))).toBe(false);
    const i = a.intersectionFrom(heap, source(heap, [3, 9, 1]));
    expect(i.keys()).toEqual([1, 3]);
    releaseAll(heap, [a, b, c, i]);
    expect(verifyHeap(heap).ok).toBe(true);
  });
});

function releaseAll(heap: Heap, vs: Value[]): void {
  for (const v of vs) heap.decref(v);
}
