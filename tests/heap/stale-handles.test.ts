/**
 * Misuse through the TypeScript API fails loudly (ARCHITECTURE.md,
 * "Safety"): every operation on a reclaimed object throws StaleHandleError
 * naming the operation and the object, changes nothing, and leaves the heap
 * verifiable; and verifyHeap reports a reclaimed object that a live one can
 * still reach, whichever way it is reached.
 */
import {
  StaleHandleError,
  newSet,
  unlinkWeakref,
  verifyHeap,
  type Heap,
  type Instance,
  type PyObject,
} from '../../src/heap';
import { Collector } from '../../src/gc';
import { listAppend, listRemove } from '../../src/heap/gc-list';
import { defineClass, expectHealthy, fn, makeWorld, newTestRef } from './fixtures';

/** A world with a live instance `o` of class C and one of each object kind, reclaimed. */
function world() {
  const w = makeWorld();
  const { heap } = w;
  const C = defineClass(heap, 'C');
  const o = heap.newInstance(C);
  const kill = <T extends PyObject>(x: T): T => {
    heap.decref(x);
    expect(x.isDead).toBe(true);
    return x;
  };
  const deadInstance = kill(heap.newInstance(C));
  const D = defineClass(heap, 'D');
  heap.decref(D); // a class is in a cycle with itself: the collector reclaims it
  new Collector(heap, { debugChecks: true }).collect();
  const deadClass = D;
  expect(deadClass.isDead).toBe(true);
  const dead = {
    instance: deadInstance,
    class: deadClass,
    list: kill(heap.newList([1])),
    dict: kill(heap.newDict()),
    set: kill(newSet(heap)),
    function: kill(fn(heap, 'f', () => 1)),
    tuple: kill(heap.newTuple([o])),
  };
  return { ...w, C, o, dead };
}

type W = ReturnType<typeof world>;
const operations: Array<[string, (w: W) => unknown]> = [
  ['incref', (w) => w.heap.incref(w.dead.instance)],
  ['decref', (w) => w.heap.decref(w.dead.instance)],
  ['Instance.getAttr', (w) => w.dead.instance.getAttr('x')],
  ['Instance.setAttr', (w) => w.dead.instance.setAttr(w.heap, 'x', w.o)],
  ['Instance.deleteAttr', (w) => w.dead.instance.deleteAttr(w.heap, 'x')],
  ['Instance.hasOwnAttr', (w) => w.dead.instance.hasOwnAttr('x')],
  ['Instance.attrNames', (w) => w.dead.instance.attrNames()],
  ['ClassObject.lookup', (w) => w.dead.class.lookup('__init__')],
  ['ClassObject.setAttr', (w) => w.dead.class.setAttr(w.heap, 'x', 1)],
  ['ClassObject.deleteAttr', (w) => w.dead.class.deleteAttr(w.heap, 'x')],
  ['ListObject.append', (w) => w.dead.list.append(w.heap, w.o)],
  ['ListObject.setItem', (w) => w.dead.list.setItem(w.heap, 0, w.o)],
  ['DictObject.set', (w) => w.dead.dict.set(w.heap, 'k', w.o)],
  ['DictObject.get', (w) => w.dead.dict.get(w.heap, 'k')],
  ['DictObject.has', (w) => w.dead.dict.has(w.heap, w.o)],
  ['DictObject.delete', (w) => w.dead.dict.delete(w.heap, 'k')],
  ['DictObject.pop', (w) => w.dead.dict.pop(w.heap, 'k')],
  ['DictObject.entries', (w) => w.dead.dict.entries()],
  ['SetObject.add', (w) => w.dead.set.add(w.heap, w.o)],
  ['SetObject.contains', (w) => w.dead.set.contains(w.heap, 1)],
  ['SetObject.discard', (w) => w.dead.set.discard(w.heap, 1)],
  ['SetObject.pop', (w) => w.dead.set.pop(w.heap)],
  ['SetObject.keys', (w) => w.dead.set.keys()],
  ['SetObject.cursor', (w) => w.dead.set.cursor()],
  ['calling a reclaimed function', (w) => w.heap.host.call(w.heap, w.dead.function, [])],
  ['Heap.track', (w) => w.heap.track(w.dead.tuple)],
  ['storing a reclaimed value', (w) => w.o.setAttr(w.heap, 'x', w.dead.list)],
];

test.each(operations)('%s on a reclaimed object throws StaleHandleError and changes nothing', (_name, op) => {
  const w = world();
  const before = { refcnt: w.o.refcnt, live: w.heap.liveCount };
  let error: unknown;
  try {
    op(w);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StaleHandleError);
  expect((error as Error).message).toMatch(/#\d+ .*(was reclaimed|reclaimed object)|reclaimed object .*#\d+/);
  expect({ refcnt: w.o.refcnt, live: w.heap.liveCount }).toEqual(before);
  expectHealthy(w.heap);
});

test('the message names the operation and the object', () => {
  const w = world();
  expect(() => w.dead.instance.setAttr(w.heap, 'x', 1)).toThrow(
    `setAttr: ${w.dead.instance.describe()} was reclaimed; its handle can no longer be used`,
  );
  expect(() => w.dead.dict.get(w.heap, 'k')).toThrow(`dict lookup: ${w.dead.dict.describe()} was reclaimed`);
});

describe('verifyHeap reports a reclaimed object a live one still reaches', () => {
  /** Corrupt the heap with `plant`, check the verdict names the dead object, then undo. */
  function reported(plant: (w: W, dead: Instance) => () => void, pattern: RegExp): void {
    const w = world();
    const dead = w.dead.instance;
    const undo = plant(w, dead);
    const v = verifyHeap(w.heap);
    expect(v.ok ? 'ok' : v.violation).toMatch(pattern);
    expect(v.ok ? '' : v.violation).toContain(dead.describe());
    undo();
    expectHealthy(w.heap);
  }

  test('an instance attribute', () =>
    reported((w, dead) => {
      // Behind setAttr's back: a raw store into the inline values.
      const k = w.C.keyFor('planted');
      w.o.storeAttrAt(k, dead);
      return () => w.o.storeAttrAt(k, undefined);
    }, /^C#\d+ references reclaimed C#\d+$/));

  test('a list item', () =>
    reported((w, dead) => {
      const l = w.heap.newList();
      l.items.push(dead);
      return () => {
        l.items.pop();
        w.heap.decref(l);
      };
    }, /^list#\d+ references reclaimed C#\d+$/));

  test('a dict value', () =>
    reported((w, dead) => {
      const d = w.heap.newDict();
      d.set(w.heap, 'k', w.o);
      (d as unknown as { values: unknown[] }).values[0] = dead;
      return () => {
        (d as unknown as { values: unknown[] }).values[0] = w.o;
        w.heap.decref(d);
      };
    }, /references reclaimed C#\d+$/));

  test("a weakref's referent", () =>
    reported((w, dead) => {
      const wr = newTestRef(w.heap, w.o);
      unlinkWeakref(wr); // as if the referent's death had not cleared it
      wr.referent = dead;
      return () => {
        wr.referent = null;
        w.heap.decref(wr);
      };
    }, /^weakref weakref\.ReferenceType#\d+ still refers to reclaimed C#\d+$/));

  test('a generation list', () =>
    reported((w, dead) => {
      const g = w.heap.generations[2];
      listAppend(dead, g);
      return () => listRemove(dead, w.heap.gcStore);
    }, /^reclaimed object C#\d+ is still in gen2$/));
});

test('the operations of live objects are unaffected (no false alarm on a heap in use)', () => {
  const w = world();
  const heap: Heap = w.heap;
  w.o.setAttr(heap, 'x', 1);
  expect(w.o.getAttr('x')).toBe(1);
  expect(w.o.deleteAttr(heap, 'x')).toBe(true);
  const l = heap.newList();
  l.append(heap, w.o);
  heap.decref(l);
  expectHealthy(heap);
});
