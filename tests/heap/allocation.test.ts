/**
 * Allocation and reference ownership: every factory returns a new
 * reference (refcount 1), containers and setters take their own
 * references, ids come from a counter, and the object limit raises
 * MemoryError with the heap left consistent.
 */
import { PyException, type PyObject } from '../../src/heap';
import { defineClass, expectHealthy, fn, makeWorld } from './fixtures';

test('allocation returns a new reference: refcount 1 for every kind of object', () => {
  const { heap } = makeWorld();
  const C = heap.newClass('C');
  const f = fn(heap, 'f', () => {});
  const fresh = (o: PyObject) => [o.typeName, o.refcnt];
  expect([
    fresh(heap.newList()),
    fresh(heap.newTuple([1])),
    fresh(heap.newDict()),
    fresh(heap.newInstance(C)),
    fresh(f),
    fresh(heap.newBoundMethod(f, null)),
  ]).toEqual([
    ['list', 1],
    ['tuple', 1],
    ['dict', 1],
    ['C', 1],
    ['builtin_function_or_method', 1],
    ['method', 1],
  ]);
  // A class is its own MRO's first entry (tp_mro holds it): 1 + 1 + one per instance.
  expect(C.refcnt).toBe(3);
  expectHealthy(heap);
});

test('object ids come from a counter, in allocation order', () => {
  const { heap } = makeWorld();
  const a = heap.newList();
  const b = heap.newDict();
  const c = heap.newTuple();
  expect([b.id - a.id, c.id - b.id]).toEqual([1, 1]);
  expect(heap.liveCount).toBe(3);
  expect(heap.allocated).toBe(3);
});

test('containers created from items take their own references to them', () => {
  const { heap } = makeWorld();
  const x = heap.newList();
  const l = heap.newList([x, x, 1, 'a']);
  const t = heap.newTuple([x]);
  const f = fn(heap, 'f', () => {}, [x]);
  const m = heap.newBoundMethod(f, x);
  expect(x.refcnt).toBe(1 + 2 + 1 + 1 + 1);
  heap.decref(m);
  heap.decref(f);
  heap.decref(t);
  heap.decref(l);
  expect(x.refcnt).toBe(1);
  expectHealthy(heap);
});

test('setters take their own reference (instance attribute, list item, dict entry)', () => {
  const { heap } = makeWorld();
  const C = defineClass(heap, 'C');
  const o = heap.newInstance(C);
  const v = heap.newList();
  o.setAttr(heap, 'a', v);
  const l = heap.newList([null]);
  l.setItem(heap, 0, v);
  l.append(heap, v);
  const d = heap.newDict();
  d.set(heap, 'k', v);
  d.set(heap, v, 'value'); // a list is unhashable in Python, but the heap's dict only needs a hash: identity
  expect(v.refcnt).toBe(1 + 1 + 2 + 2);
  o.deleteAttr(heap, 'a');
  d.delete(heap, 'k');
  expect(v.refcnt).toBe(1 + 2 + 1);
  heap.decref(d);
  heap.decref(l);
  heap.decref(o);
  expect(v.refcnt).toBe(1);
  expectHealthy(heap);
});

test('a dict starts untracked and is tracked when a value that may be tracked is inserted (MAINTAIN_TRACKING)', () => {
  const { heap } = makeWorld();
  const d = heap.newDict();
  expect(heap.isTracked(d)).toBe(false);
  d.set(heap, 'a', 1);
  d.set(heap, 'b', 'text');
  expect(heap.isTracked(d)).toBe(false); // {'a': 1} is not tracked
  const inner = heap.newDict();
  d.set(heap, 'c', inner); // {'a': {}} is: a dict may be tracked even when empty
  expect(heap.isTracked(d)).toBe(true);
  expect(heap.isTracked(inner)).toBe(false);
  d.delete(heap, 'c');
  expect(heap.isTracked(d)).toBe(true); // only a full collection untracks it again
  heap.decref(inner);
  heap.decref(d);
  expectHealthy(heap);
});

test('an untracked tuple does not make a dict tracked; a tracked one does (_PyObject_GC_MAY_BE_TRACKED)', () => {
  const { heap } = makeWorld();
  const t = heap.newTuple([1, 2]);
  const d = heap.newDict();
  d.set(heap, 'tracked tuple', t);
  expect(heap.isTracked(d)).toBe(true); // a run-time tuple is tracked until a collection sees it
  const d2 = heap.newDict();
  heap.untrack(t);
  d2.set(heap, 'untracked tuple', t);
  expect(heap.isTracked(d2)).toBe(false);
  heap.decref(d2);
  heap.decref(d);
  heap.decref(t);
  expectHealthy(heap);
});

test('what is tracked at creation: lists, tuples, instances, classes, functions, bound methods; not dicts', () => {
  const { heap } = makeWorld();
  const C = heap.newClass('C');
  const f = fn(heap, 'f', () => {});
  const objs: Array<[string, PyObject]> = [
    ['list', heap.newList()],
    ['tuple', heap.newTuple([1])],
    ['instance', heap.newInstance(C)],
    ['class', C],
    ['function', f],
    ['method', heap.newBoundMethod(f, null)],
    ['dict', heap.newDict()],
  ];
  expect(objs.map(([k, o]) => [k, heap.isTracked(o)])).toEqual([
    ['list', true],
    ['tuple', true],
    ['instance', true],
    ['class', true],
    ['function', true],
    ['method', true],
    ['dict', false],
  ]);
});

test('the object limit raises MemoryError and leaves the heap consistent', () => {
  const { heap } = makeWorld({ maxObjects: 5 });
  const C = heap.newClass('C');
  heap.newList();
  heap.newList();
  const inner = heap.newList();
  const outer = heap.newList([inner]);
  expect(heap.liveCount).toBe(5);
  const live = heap.liveCount;
  const refcnt = inner.refcnt;
  let err: unknown;
  try {
    heap.newList([inner]);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(PyException);
  expect((err as PyException).pyType).toBe('MemoryError');
  expect(heap.liveCount).toBe(live);
  expect(inner.refcnt).toBe(refcnt); // no reference was taken for the object that was never made
  expect(() => heap.newInstance(C)).toThrow(PyException);
  expect(C.refcnt).toBe(2);
  expect(() => heap.newClass('C')).toThrow(PyException);
  expect(() => heap.newDict()).toThrow(PyException);
  expect(() => fn(heap, 'f', () => {}, [inner])).toThrow(PyException);
  expect(inner.refcnt).toBe(refcnt);
  expectHealthy(heap);
  heap.decref(outer); // frees two objects
  const again = heap.newList();
  expect(again.refcnt).toBe(1);
  expectHealthy(heap);
});

test('the empty tuple is a singleton the heap keeps: every newTuple([]) is a new reference to it', () => {
  const { heap } = makeWorld();
  const a = heap.newTuple([]);
  const b = heap.newTuple();
  expect(b).toBe(a);
  expect(a.refcnt).toBe(3);
  heap.decref(a);
  heap.decref(b);
  // The heap's own reference keeps it alive, untracked.
  expect(a.refcnt).toBe(1);
  expect(heap.isTracked(a)).toBe(false);
  expect(heap.newTuple([])).toBe(a);
  heap.decref(a);
  expect(heap.liveCount).toBe(1);
  expectHealthy(heap);
});
