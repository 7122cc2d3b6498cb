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
import { Heap, PyException, SetObject, newSet, verifyHeap, type Value, type ValueSource } from '../../src/heap';

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
});
