/**
 * The examples of docs/weakref.md, run as written (with the results the
 * comments there state turned into assertions).
 */
import { Heap, PyException, newSet, verifyHeap, type TupleObject } from '../../src/heap';
import { Collector } from '../../src/gc';
import * as weakref from '../../src/weakref';

function setup() {
  const heap = new Heap();
  const gc = new Collector(heap, { debugChecks: true });
  gc.enabled = false;
  const C = heap.newClass('C');
  const obj = () => heap.newInstance(C);
  return { heap, gc, C, obj };
}

function done(heap: Heap): void {
  const v = verifyHeap(heap);
  if (!v.ok) throw new Error(v.violation);
}

test('docs §1: ref and proxy', () => {
  const { heap, obj } = setup();
  const o = obj();
  const log: string[] = [];
  const cb = (tag: string) => heap.newHostFunction(tag, () => (log.push(tag), null));
  const [c1, c2] = [cb('r1'), cb('r2')];
  const r1 = weakref.newRef(heap, o, c1);
  const r2 = weakref.newRef(heap, o, c2);
  const basic = weakref.newRef(heap, o);
  expect(weakref.newRef(heap, o)).toBe(basic);
  heap.decref(basic);
  expect(weakref.derefWeakref(heap, basic) === o).toBe(true);
  heap.decref(o);
  heap.decref(o);
  expect(log).toEqual(['r2', 'r1']);
  expect(r1.referent).toBe(null);
  expect(r1.callback).toBeUndefined();
  for (const v of [r1, r2, basic, c1, c2]) heap.decref(v);
  done(heap);
});

test('docs §2: getweakrefcount, getweakrefs', () => {
  const { heap, obj } = setup();
  const o = obj();
  const p = weakref.newProxy(heap, o);
  const r = weakref.newRef(heap, o);
  const k = weakref.newKeyedRef(heap, o, null, 'key');
  expect(weakref.getweakrefcount(o)).toBe(3);
  const l = weakref.getweakrefs(heap, o);
  expect(l.items).toEqual([r, p, k]);
  expect(weakref.getweakrefcount(1)).toBe(0);
  heap.decref(l);
  for (const v of [p, r, k, o]) heap.decref(v);
  done(heap);
});

test('docs §4: WeakMethod', () => {
  const { heap } = setup();
  const m = heap.newHostFunction('m', () => 'called');
  const D = heap.newClass('D', [], { m });
  heap.decref(m);
  const c = heap.newInstance(D);
  const meth = heap.newBoundMethod(D.lookup('m')!, c);
  const calls: string[] = [];
  const onDeath = heap.newHostFunction('cb', () => (calls.push('dead'), null));
  const wm = weakref.newWeakMethod(heap, meth, onDeath);
  heap.decref(meth);
  const bm = heap.host.call(heap, wm, []);
  expect(bm).not.toBe(null);
  heap.decref(bm);
  heap.decref(c);
  expect(calls).toEqual(['dead']);
  expect(weakref.callWeakMethod(heap, wm)).toBe(null);
  for (const v of [wm, onDeath]) heap.decref(v);
  done(heap);
});

test('docs §5: WeakValueDictionary', () => {
  const { heap, gc, obj } = setup();
  const d = weakref.newWeakValueDictionary(heap);
  const a = obj(),
    b = obj();
  d.setItem(heap, 'a', a);
  d.setItem(heap, 'b', b);
  heap.decref(b);
  expect(d.len(heap)).toBe(1);
  const cyc = obj();
  cyc.setAttr(heap, 'me', cyc);
  d.setItem(heap, 'c', cyc);
  heap.decref(cyc);
  expect(d.contains(heap, 'c')).toBe(true);
  expect(gc.collect()).toBe(2);
  expect(d.contains(heap, 'c')).toBe(false);
  heap.decref(a);
  heap.decref(d);
  done(heap);
});

test('docs §5.1: len() during iteration', () => {
  const { heap, obj } = setup();
  const d = weakref.newWeakValueDictionary(heap);
  const objs = [obj(), obj(), obj(), obj(), obj()];
  objs.forEach((o, i) => d.setItem(heap, i, o));
  const it = d.items(heap);
  const first = it.next(heap) as TupleObject;
  expect(first.items).toEqual([0, objs[0]]);
  heap.decref(first);
  heap.decref(objs[3]);
  expect(d.pendingRemovals!.items).toEqual([3]);
  expect(d.len(heap)).toBe(4);
  expect(() => it.next(heap)).toThrow(new PyException('RuntimeError', 'dictionary changed size during iteration'));
  heap.decref(it);
  for (const i of [0, 1, 2, 4]) heap.decref(objs[i]);
  heap.decref(d);
  done(heap);
});

test('docs §6: WeakKeyDictionary', () => {
  const { heap, obj } = setup();
  const d = weakref.newWeakKeyDictionary(heap);
  const k = obj();
  d.setItem(heap, k, 'value');
  expect(d.getItem(heap, k)).toBe('value');
  expect(() => d.getItem(heap, 1)).toThrow("cannot create weak reference to 'int' object");
  expect(d.contains(heap, 1)).toBe(false);
  const other = obj();
  let caught = false;
  try {
    d.getItem(heap, other);
  } catch (e) {
    caught = e instanceof weakref.PyExceptionWithRefs && e.pyType === 'KeyError';
    weakref.releaseExceptionRefs(heap, e);
  }
  expect(caught).toBe(true);
  heap.decref(k);
  expect(d.len(heap)).toBe(0);
  heap.decref(other);
  heap.decref(d);
  done(heap);
});

test('docs §7: WeakSet', () => {
  const { heap, obj } = setup();
  const [a, b, c] = [obj(), obj(), obj()];
  const s = weakref.newWeakSet(heap, [a, b]);
  const t = weakref.newWeakSet(heap, [b, c]);
  const u = s.union(heap, t);
  expect(u.len(heap)).toBe(3);
  heap.decref(u);
  expect(s.issubset(heap, [a, b, c])).toBe(true);
  expect(s.equals(heap, t)).toBe(false);
  heap.decref(s.ior(heap, [c]));
  heap.decref(a);
  expect(s.len(heap)).toBe(2);
  for (const v of [b, c, s, t]) heap.decref(v);
  done(heap);
});

test('docs §8: finalize', () => {
  const { heap, obj } = setup();
  const o = obj();
  const out: string[] = [];
  const say = heap.newHostFunction('say', (_h, _f, args) => (out.push(String(args[0])), null));
  const fs = [0, 1, 2, 3].map((i) => weakref.newFinalize(heap, o, say, [i]));
  fs.forEach((f) => heap.decref(f));
  heap.decref(o);
  expect(out).toEqual(['3', '2', '1', '0']);
  heap.decref(say);
  done(heap);
});

test('docs §9: the set object', () => {
  const { heap } = setup();
  const s = newSet(heap);
  for (const x of [10, 2, 18]) s.add(heap, x);
  expect(s.keys()).toEqual([18, 10, 2]);
  heap.decref(s);
  done(heap);
});
