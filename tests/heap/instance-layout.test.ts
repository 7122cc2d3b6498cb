/**
 * The instance layout: the first IN_OBJECT_VALUES inline values are fields
 * of the instance, the rest an overflow array. Nothing observable depends
 * on where a value sits: assignment order (vars() order), release order
 * (shared-key order, as subtype_dealloc), traversal, deletion, re-setting,
 * `__class__` assignment and reuse after tp_clear behave the same on both
 * sides of the boundary.
 */
import { IN_OBJECT_VALUES, type Instance, type PyObject } from '../../src/heap';
import { defineClass, expectHealthy, fn, makeWorld, type World } from './fixtures';

const N = IN_OBJECT_VALUES + 4;
const names = Array.from({ length: N }, (_, i) => `k${i}`);

/** A class whose instances log their `n` when they die, and a factory. */
function logged(w: World) {
  const T = defineClass(w.heap, 'T', {
    __del__: fn(w.heap, '__del__', ([self]) => void w.log.push(String((self as Instance).getAttr('n')))),
  });
  const t = (n: string) => {
    const o = w.heap.newInstance(T);
    o.setAttr(w.heap, 'n', n);
    return o;
  };
  return { T, t };
}

function setOwned(w: World, o: Instance, name: string, v: Instance): void {
  o.setAttr(w.heap, name, v);
  w.heap.decref(v);
}

test('values past the in-object fields release in shared-key order, whatever the assignment order', () => {
  const w = makeWorld();
  const { t } = logged(w);
  const C = w.heap.newClass('C');
  const first = w.heap.newInstance(C);
  for (const k of names) setOwned(w, first, k, t(k));
  const second = w.heap.newInstance(C);
  for (const k of [...names].reverse()) setOwned(w, second, k, t(`${k}'`));
  expect(second.attrNames()).toEqual([...names].reverse());
  w.log.length = 0;
  w.heap.decref(second);
  expect(w.log).toEqual(names.map((k) => `${k}'`));
  w.log.length = 0;
  w.heap.decref(first);
  expect(w.log).toEqual(names);
  expectHealthy(w.heap);
});

test('deleting and re-setting on both sides of the boundary keeps assignment order and values', () => {
  const w = makeWorld();
  const C = w.heap.newClass('C');
  const o = w.heap.newInstance(C);
  names.forEach((k, i) => o.setAttr(w.heap, k, i));
  expect(o.deleteAttr(w.heap, 'k1')).toBe(true);
  expect(o.deleteAttr(w.heap, `k${N - 2}`)).toBe(true);
  expect(o.deleteAttr(w.heap, 'k1')).toBe(false);
  expect(o.hasOwnAttr('k1')).toBe(false);
  expect(o.getAttr(`k${N - 2}`)).toBeUndefined();
  o.setAttr(w.heap, `k${N - 2}`, 'again');
  o.setAttr(w.heap, 'k1', 'back');
  expect(o.attrNames()).toEqual([...names.filter((k) => k !== 'k1' && k !== `k${N - 2}`), `k${N - 2}`, 'k1']);
  expect(o.getAttr('k1')).toBe('back');
  expect(o.getAttr(`k${N - 1}`)).toBe(N - 1);
  expect(o.attrValues.filter((v) => v !== undefined)).toHaveLength(N);
  w.heap.decref(o);
  expectHealthy(w.heap);
});

test('traverse visits every attribute value once, in key order, then the class', () => {
  const w = makeWorld();
  const C = w.heap.newClass('C');
  const o = w.heap.newInstance(C);
  const vals = names.map(() => w.heap.newList());
  names.forEach((k, i) => o.setAttr(w.heap, k, vals[i]));
  const seen: PyObject[] = [];
  o.traverse((x) => seen.push(x));
  expect(seen).toEqual([...vals, C]);
  for (const v of vals) w.heap.decref(v);
  w.heap.decref(o);
  expectHealthy(w.heap);
});

test('after tp_clear the instance is empty and can take attributes again', () => {
  const w = makeWorld();
  const { t } = logged(w);
  const C = w.heap.newClass('C');
  const o = w.heap.newInstance(C);
  for (const k of names) setOwned(w, o, k, t(k));
  w.log.length = 0;
  o.clear(w.heap);
  expect(w.log).toEqual(names);
  expect(o.attrNames()).toEqual([]);
  expect(o.attrValues).toEqual([]);
  o.setAttr(w.heap, `k${N - 1}`, 1);
  o.setAttr(w.heap, 'k0', 0);
  expect(o.attrNames()).toEqual([`k${N - 1}`, 'k0']);
  w.heap.decref(o);
  expectHealthy(w.heap);
});

test('__class__ assignment re-keys every value under the new class, keeping assignment order', () => {
  const w = makeWorld();
  const A = w.heap.newClass('A');
  const B = w.heap.newClass('B');
  const warm = w.heap.newInstance(B);
  // B's shared keys in another order than the instance's own.
  for (const k of [...names].reverse()) warm.setAttr(w.heap, k, 0);
  const o = w.heap.newInstance(A);
  names.forEach((k, i) => o.setAttr(w.heap, k, i));
  o.changeClass(B); // the caller swaps the class references
  w.heap.incref(B);
  w.heap.decref(A);
  expect(o.attrNames()).toEqual(names);
  names.forEach((k, i) => expect(o.getAttr(k)).toBe(i));
  w.heap.decref(o);
  w.heap.decref(warm);
  expectHealthy(w.heap);
});

test('obj.__dict__ = d releases the inline values in key order, on both sides of the boundary; del obj.__dict__ makes them inline again', () => {
  const w = makeWorld();
  const { t } = logged(w);
  const C = w.heap.newClass('C');
  const warm = w.heap.newInstance(C);
  for (const k of names) warm.setAttr(w.heap, k, 0);
  const o = w.heap.newInstance(C);
  for (const k of [...names].reverse()) setOwned(w, o, k, t(k));
  const d = w.heap.newDict();
  d.set(w.heap, 'x', 1);
  w.log.length = 0;
  o.replaceDict(w.heap, d);
  w.heap.decref(d);
  expect(w.log).toEqual(names);
  expect(o.attrValues).toEqual([]);
  expect(o.attrNames()).toEqual(['x']);
  o.setAttr(w.heap, `k${N - 1}`, 'in d');
  expect(d.getStr(`k${N - 1}`)).toBe('in d');
  expect(o.attrAt(N - 1)).toBeUndefined();
  const seen: PyObject[] = [];
  o.traverse((x) => seen.push(x));
  expect(seen).toEqual([d, C]);
  o.replaceDict(w.heap, null);
  expect(o.attrNames()).toEqual([]);
  o.setAttr(w.heap, `k${N - 1}`, 'inline');
  o.setAttr(w.heap, 'k0', 'inline too');
  expect(o.attrNames()).toEqual([`k${N - 1}`, 'k0']);
  expect(o.attrAt(N - 1)).toBe('inline');
  w.heap.decref(o);
  w.heap.decref(warm);
  expectHealthy(w.heap);
});
