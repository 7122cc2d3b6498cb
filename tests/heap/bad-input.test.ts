/**
 * Bad input to the heap's TypeScript API (ARCHITECTURE.md, "Safety"): a
 * handle to a reclaimed object can never reach another object, and using it
 * is a clear error naming the object; a refcount taken below zero throws
 * and changes nothing; values that are not heap objects are refused with a
 * TypeError prefixed with the API's name. After each error verifyHeap()
 * still holds and no reference was leaked.
 */
import { StaleHandleError, type Value } from '../../src/heap';
import { defineClass, expectHealthy, fn, makeWorld } from './fixtures';

function deadList() {
  const w = makeWorld();
  const dead = w.heap.newList();
  w.heap.decref(dead);
  return { ...w, dead };
}

test('incref of a reclaimed object throws StaleHandleError naming it', () => {
  const { heap, dead } = deadList();
  expect(() => heap.incref(dead)).toThrow(StaleHandleError);
  expect(() => heap.incref(dead)).toThrow(`incref of reclaimed object list#${dead.id}`);
  expect(dead.refcnt).toBe(0);
  expectHealthy(heap);
});

test('decref of a reclaimed object (a double decref) throws StaleHandleError and leaves the heap unchanged', () => {
  const { heap, dead } = deadList();
  const other = heap.newList();
  const live = heap.liveCount;
  expect(() => heap.decref(dead)).toThrow(`decref of reclaimed object list#${dead.id}`);
  expect(heap.liveCount).toBe(live);
  expect(other.refcnt).toBe(1);
  expectHealthy(heap);
});

test('decref below zero (of an object being deallocated) throws RangeError and leaves the heap unchanged', () => {
  const w = makeWorld();
  const { heap } = w;
  let caught: unknown;
  let list: Value = null;
  // The __del__ of an item runs while the list that held it is being
  // deallocated (refcount 0, not yet reclaimed); a host that decrefs a
  // handle it does not own takes the count below zero.
  const T = defineClass(heap, 'T', {
    __del__: fn(heap, '__del__', () => {
      try {
        heap.decref(list);
      } catch (e) {
        caught = e;
      }
    }),
  });
  const t = heap.newInstance(T);
  list = heap.newList([t]);
  heap.decref(t);
  const id = (list as { id: number }).id;
  heap.decref(list);
  expect(caught).toBeInstanceOf(RangeError);
  expect(String(caught)).toContain(`decref: refcount of list#${id} would go below zero`);
  expectHealthy(heap);
  expect(heap.liveCount).toBe(2); // T and its __del__ function
});

test('a reclaimed object can never be stored: setters throw before changing anything', () => {
  const { heap, dead } = deadList();
  const C = defineClass(heap, 'C');
  const o = heap.newInstance(C);
  const l = heap.newList([1]);
  const d = heap.newDict();
  expect(() => o.setAttr(heap, 'a', dead)).toThrow(StaleHandleError);
  expect(o.attrNames()).toEqual([]);
  expect(() => l.append(heap, dead)).toThrow(StaleHandleError);
  expect(() => l.setItem(heap, 0, dead)).toThrow(StaleHandleError);
  expect(l.items).toEqual([1]);
  expect(() => d.set(heap, 'k', dead)).toThrow(StaleHandleError);
  expect(d.size).toBe(0);
  expectHealthy(heap);
});

test('a factory given a reclaimed object throws before taking any reference', () => {
  const { heap, dead } = deadList();
  const live = heap.newList();
  const C = defineClass(heap, 'C');
  const f = fn(heap, 'f', () => {});
  const count = heap.liveCount;
  expect(() => heap.newList([live, dead])).toThrow(StaleHandleError);
  expect(() => heap.newTuple([live, dead])).toThrow(StaleHandleError);
  expect(() => heap.newHostFunction('g', () => null, [live, dead])).toThrow(StaleHandleError);
  expect(() => heap.newBoundMethod(f, dead)).toThrow(StaleHandleError);
  expect(() => heap.newBoundMethod(dead, live)).toThrow(StaleHandleError);
  const d = heap.newDict();
  expect(() => d.set(heap, dead, live)).toThrow(StaleHandleError);
  expect(d.size).toBe(0);
  heap.decref(d);
  expect([live.refcnt, f.refcnt, C.refcnt]).toEqual([1, 1, 2]);
  expect(heap.liveCount).toBe(count);
  expectHealthy(heap);
});

test('checkLive names the reclaimed object', () => {
  const { heap, dead } = deadList();
  expect(() => heap.checkLive(dead, 'argument')).toThrow(
    `argument list#${dead.id} was reclaimed; its handle can no longer be used`,
  );
  expect(() => heap.checkLive(1)).not.toThrow();
});

test('a value that is not a heap object is refused where an object is needed', () => {
  const { heap } = makeWorld();
  const plain = {} as never;
  expect(() => heap.incref(plain)).toThrow(TypeError);
  expect(() => heap.incref(plain)).toThrow(/^incref: /);
  expect(() => heap.decref(plain)).toThrow(/^decref: /);
  expect(() => heap.newInstance(42 as never)).toThrow(/^newInstance: /);
  const l = heap.newList();
  expect(() => heap.newInstance(l as never)).toThrow(/^newInstance: /);
  expect(() => heap.newClass('D', [l as never])).toThrow(/^newClass: /);
  expect(l.refcnt).toBe(1);
  // gc.is_tracked(1), is_tracked('a'), is_tracked(None): False
  expect([heap.isTracked(1 as never), heap.isTracked('a' as never), heap.isTracked(null as never)]).toEqual([
    false,
    false,
    false,
  ]);
  expectHealthy(heap);
});

test('immediates (int, str, bool, None) are not counted: incref/decref ignore them', () => {
  const { heap } = makeWorld();
  for (const v of [0, -1, 'text', true, null]) {
    heap.incref(v);
    heap.decref(v);
    heap.decref(v);
  }
  expect(heap.liveCount).toBe(0);
});
