/**
 * WeakSet: Lib/_weakrefset.py's rules, named after Lib/test/test_weakset.py;
 * expectations from python3 3.11.
 */
import { Instance, type Value } from '../../src/heap';
import {
  PyExceptionWithRefs,
  WeakRef,
  getweakrefcount,
  newWeakSet,
  releaseExceptionRefs,
  type WeakSet,
} from '../../src/weakref';
import { drain, expectHeapOk, nameOf, pyError, pyErrorText, releaseAll, world, type World } from './helpers';

/** The live items' names, sorted (WeakSet order depends on ids). */
function names(w: World, s: WeakSet): string[] {
  const it = s.iter(w.heap);
  const vs = drain(w.heap, it);
  w.heap.decref(it);
  const out = vs.map(nameOf).sort();
  releaseAll(w.heap, vs);
  return out;
}

function fixture(w: World) {
  const mk = (cs: string) => Array.from(cs).map((c) => w.obj(c));
  const items = mk('abc');
  const items2 = mk('xyz');
  const s = newWeakSet(w.heap, items);
  return { items, items2, s };
}

describe('WeakSet', () => {
  test('test_len, test_contains: 1 is not weakrefable but `in` answers False', () => {
    const w = world();
    const { heap } = w;
    const { items, items2, s } = fixture(w);
    expect(s.len(heap)).toBe(3);
    expect(items.map((x) => s.contains(heap, x))).toEqual([true, true, true]);
    expect(s.contains(heap, items2[0])).toBe(false);
    expect(s.contains(heap, 1)).toBe(false);
    heap.decref(items.pop()!);
    expect(s.len(heap)).toBe(2);
    releaseAll(heap, [...items, ...items2, s]);
    expectHeapOk(heap);
  });

  test('test_union / test_or, test_intersection / test_and, test_difference / test_sub, test_symmetric_difference / test_xor', () => {
    const w = world();
    const { heap } = w;
    const { items, items2, s } = fixture(w);
    const letters = [...items, ...items2];
    const u = s.union(heap, items2);
    expect(u.typeName).toBe('WeakSet');
    expect(names(w, u)).toEqual(['a', 'b', 'c', 'x', 'y', 'z']);
    const big = newWeakSet(heap, letters);
    const i = big.intersection(heap, items2);
    expect(names(w, i)).toEqual(['x', 'y', 'z']);
    expect(names(w, big)).toEqual(['a', 'b', 'c', 'x', 'y', 'z']);
    const dif = s.difference(heap, [items[0], items2[0]]);
    expect(names(w, dif)).toEqual(['b', 'c']);
    const sym = s.symmetricDifference(heap, [items[0], items2[0]]);
    expect(names(w, sym)).toEqual(['b', 'c', 'x']);
    // the operators accept any iterable, and raise TypeError for unweakrefable elements
    const lst = heap.newList();
    const cannot = "TypeError: cannot create weak reference to 'list' object";
    expect(pyErrorText(() => s.union(heap, [lst]))).toBe(cannot);
    expect(pyErrorText(() => s.difference(heap, [lst]))).toBe(cannot);
    expect(pyErrorText(() => s.symmetricDifference(heap, [lst]))).toBe(cannot);
    expect(pyErrorText(() => s.difference(heap, 5))).toBe("TypeError: 'int' object is not iterable");
    // results are weak too: test_intersection, test_symmetric_difference
    heap.decref(items2.shift()!); // x
    expect(i.len(heap)).toBe(2);
    expect(sym.len(heap)).toBe(2);
    releaseAll(heap, [lst, u, big, i, dif, sym, ...items, ...items2, s]);
    expectHeapOk(heap);
  });

  test('test_sub_and_super, test_lt, test_gt, test_isdisjoint, test_eq, test_ne', () => {
    const w = world();
    const { heap } = w;
    const abcde = Array.from('abcde').map((c) => w.obj(c));
    const f = w.obj('f');
    const def = [abcde[3], abcde[4], f];
    const ab = newWeakSet(heap, abcde.slice(0, 2));
    const all = newWeakSet(heap, abcde);
    const defs = newWeakSet(heap, def);
    expect(ab.issubset(heap, all)).toBe(true);
    expect(all.issubset(heap, all)).toBe(true);
    expect(all.issuperset(heap, ab)).toBe(true);
    expect(all.issubset(heap, defs)).toBe(false);
    expect(all.issuperset(heap, defs)).toBe(false);
    expect(ab.lt(heap, all)).toBe(true);
    expect(all.lt(heap, defs)).toBe(false);
    expect(ab.lt(heap, ab)).toBe(false);
    expect(all.gt(heap, ab)).toBe(true);
    expect(ab.gt(heap, ab)).toBe(false);
    const e1 = newWeakSet(heap);
    const e2 = newWeakSet(heap);
    expect(e1.lt(heap, e2)).toBe(false);
    expect(e1.equals(heap, e2)).toBe(true);
    expect(ab.isdisjoint(heap, defs)).toBe(true);
    expect(all.isdisjoint(heap, defs)).toBe(false);
    // == only against a WeakSet (issue 5964)
    expect(ab.equals(heap, ab)).toBe(true);
    const ab2 = newWeakSet(heap, [abcde[1], abcde[0]]);
    expect(ab.equals(heap, ab2)).toBe(true);
    const plainSet = heap.newList(abcde.slice(0, 2));
    expect(ab.equals(heap, plainSet)).toBeUndefined();
    expect(ab.equals(heap, 1)).toBeUndefined();
    expect(pyErrorText(() => ab.issubset(heap, [1]))).toBe("TypeError: cannot create weak reference to 'int' object");
    expect(pyErrorText(() => ab.issuperset(heap, [1]))).toBe("TypeError: cannot create weak reference to 'int' object");
    expect(pyErrorText(() => heap.host.hash(heap, ab))).toBe("TypeError: unhashable type: 'WeakSet'");
    releaseAll(heap, [ab, all, defs, e1, e2, ab2, plainSet, ...abcde, f]);
    expectHeapOk(heap);
  });

  test('test_add, test_remove, test_discard, test_pop, test_clear, test_copy, test_update', () => {
    const w = world();
    const { heap, gc } = w;
    const { items, items2, s } = fixture(w);
    const q = w.obj('Q');
    s.add(heap, q);
    expect(s.contains(heap, q)).toBe(true);
    const dup = s.copy(heap);
    s.add(heap, q);
    expect(s.equals(heap, dup)).toBe(true);
    const lst = heap.newList();
    expect(pyErrorText(() => s.add(heap, lst))).toBe("TypeError: cannot create weak reference to 'list' object");
    const tmp = w.obj('tmp');
    s.add(heap, tmp);
    heap.decref(tmp);
    gc.collect();
    expect(s.len(heap)).toBe(4);
    s.remove(heap, items[0]);
    expect(s.contains(heap, items[0])).toBe(false);
    const e = pyError(() => s.remove(heap, items[0]));
    expect(e.pyType).toBe('KeyError');
    expect(e).toBeInstanceOf(PyExceptionWithRefs);
    expect((e.args[0] as WeakRef).referent).toBe(items[0]); // KeyError(ref(item))
    releaseExceptionRefs(heap, e);
    expect(pyErrorText(() => s.remove(heap, lst))).toBe("TypeError: cannot create weak reference to 'list' object");
    s.discard(heap, items[1]);
    s.discard(heap, items2[0]);
    expect(pyErrorText(() => s.discard(heap, lst))).toBe("TypeError: cannot create weak reference to 'list' object");
    const n = s.len(heap);
    for (let k = 0; k < n; k++) {
      const elem = s.pop(heap);
      expect(s.contains(heap, elem)).toBe(false);
      heap.decref(elem);
    }
    expect(pyErrorText(() => s.pop(heap))).toBe('KeyError: pop from empty WeakSet');
    s.update(heap, items2);
    expect(names(w, s)).toEqual(['x', 'y', 'z']);
    expect(pyErrorText(() => s.update(heap, [lst]))).toBe("TypeError: cannot create weak reference to 'list' object");
    const same = s.ior(heap, items);
    expect(same).toBe(s);
    heap.decref(same);
    expect(s.len(heap)).toBe(6);
    s.clearEntries(heap);
    expect(s.len(heap)).toBe(0);
    releaseAll(heap, [q, dup, lst, ...items, ...items2, s]);
    expectHeapOk(heap);
  });

  test('test_intersection_update / test_iand, test_difference_update / test_isub, test_symmetric_difference_update / test_ixor', () => {
    const w = world();
    const { heap } = w;
    const { items, items2, s } = fixture(w);
    const t = s.copy(heap);
    t.intersectionUpdate(heap, [items[0], items2[0]]);
    expect(names(w, t)).toEqual(['a']);
    const t2 = s.copy(heap);
    t2.differenceUpdate(heap, [items[0], items2[0]]);
    expect(names(w, t2)).toEqual(['b', 'c']);
    const t3 = s.copy(heap);
    t3.symmetricDifferenceUpdate(heap, [items[0], items2[0]]);
    expect(names(w, t3)).toEqual(['b', 'c', 'x']);
    const lst = heap.newList();
    expect(pyErrorText(() => t3.intersectionUpdate(heap, [lst]))).toBe("TypeError: cannot create weak reference to 'list' object");
    for (const [op, name] of [
      [(x: WeakSet) => x.iand(heap, items), 'iand'],
      [(x: WeakSet) => x.isub(heap, items), 'isub'],
      [(x: WeakSet) => x.ixor(heap, items), 'ixor'],
    ] as const) {
      const r = op(t3);
      expect([name, r]).toEqual([name, t3]); // in place: the same object
      heap.decref(r);
    }
    releaseAll(heap, [t, t2, t3, lst, ...items, ...items2, s]);
    expectHeapOk(heap);
  });

  test('test_inplace_on_self', () => {
    const w = world();
    const { heap } = w;
    const { items, s } = fixture(w);
    const t = s.copy(heap);
    heap.decref(t.ior(heap, t));
    expect(t.equals(heap, s)).toBe(true);
    heap.decref(t.iand(heap, t));
    expect(t.equals(heap, s)).toBe(true);
    heap.decref(t.isub(heap, t));
    expect(t.len(heap)).toBe(0);
    const t2 = s.copy(heap);
    heap.decref(t2.ixor(heap, t2));
    expect(t2.len(heap)).toBe(0);
    releaseAll(heap, [t, t2, ...items, s]);
    expectHeapOk(heap);
  });

  test('CPython quirk: after s &= other the surviving entries are callback-less refs, so deaths are no longer removed', () => {
    // python3: ws = WeakSet([a, b]); ws &= [a]; [r.__callback__ for r in ws.data] == [None];
    //          del a; len(ws) == 1; list(ws) == []
    const w = world();
    const { heap } = w;
    const a = w.obj('a');
    const b = w.obj('b');
    const ws = newWeakSet(heap, [a, b]);
    ws.intersectionUpdate(heap, [a]);
    const refs = ws.set.keys() as WeakRef[];
    expect(refs.map((r) => r.callback)).toEqual([undefined]);
    heap.decref(a);
    expect(ws.len(heap)).toBe(1);
    expect(names(w, ws)).toEqual([]);
    // while ^= makes callback refs
    const c = w.obj('c');
    const ws2 = newWeakSet(heap, [b]);
    ws2.symmetricDifferenceUpdate(heap, [b, c]);
    expect((ws2.set.keys() as WeakRef[]).map((r) => r.callback === ws2.removeFn)).toEqual([true]);
    releaseAll(heap, [b, c, ws, ws2]);
    expectHeapOk(heap);
  });

  test('p18: equal items collapse, the first one is kept', () => {
    const w = world();
    const { heap } = w;
    const K = heap.newClass('K');
    const mk = (name: string) => {
      const o = heap.newInstance(K);
      o.setAttr(heap, 'name', name);
      o.hashSlot = () => 1;
      o.eqSlot = (_h, other) => other instanceof Instance && other.cls === K;
      return o;
    };
    const k1 = mk('k1');
    const k2 = mk('k2');
    const s = newWeakSet(heap, [k1, k2]);
    expect(s.len(heap)).toBe(1);
    expect(names(w, s)).toEqual(['k1']);
    heap.decref(k1);
    expect(s.len(heap)).toBe(0);
    expect(s.contains(heap, k2)).toBe(false);
    releaseAll(heap, [k2, s, K]);
    w.gc.collect();
    expectHeapOk(heap);
  });

  test('test_weak_destroy_while_iterating (issue 7105) and test_len_cycles', () => {
    const w = world();
    const { heap, gc } = w;
    const items = Array.from('abc').map((c) => w.obj(c));
    const s = newWeakSet(heap, items);
    const it = s.iter(heap);
    heap.decref(it.next(heap)!);
    heap.decref(items.pop()!);
    gc.collect();
    expect([s.len(heap), s.set.used]).toEqual([2, 3]); // edge case 57
    const rest = drain(heap, it);
    expect([items.length, items.length - 1]).toContain(rest.length);
    releaseAll(heap, rest);
    heap.decref(it);
    expect(s.len(heap)).toBe(items.length);
    expect(s.set.used).toBe(items.length);
    releaseAll(heap, items);

    const cyc = Array.from({ length: 20 }, (_, i) => {
      const o = w.obj(String(i));
      o.setAttr(heap, 'cycle', o);
      return o;
    });
    const s2 = newWeakSet(heap, cyc);
    releaseAll(heap, cyc);
    const it2 = s2.iter(heap);
    heap.decref(it2.next(heap)!);
    gc.collect();
    expect(s2.len(heap)).toBe(1); // edge case 58
    heap.decref(it2);
    gc.collect();
    expect(s2.len(heap)).toBe(0);
    releaseAll(heap, [s, s2]);
    expectHeapOk(heap);
  });

  test('test_weak_destroy_and_mutate_while_iterating', () => {
    const w = world();
    const { heap, gc } = w;
    const items = Array.from('abcdefghij').map((c) => w.obj(c));
    const s = newWeakSet(heap, items);
    const ctx = (body: (u: Instance) => void) => {
      const it = s.iter(heap);
      const yielded = it.next(heap)!;
      const dying = items.pop()!;
      const u = w.obj(nameOf(dying));
      if (yielded === dying) heap.decref(it.next(heap)!); // the iterator still holds it (issue #20006)
      heap.decref(yielded);
      heap.decref(dying);
      gc.collect();
      try {
        body(u);
      } finally {
        heap.decref(it); // should commit all removals
      }
      return u;
    };
    heap.decref(ctx((u) => expect(s.contains(heap, u)).toBe(false)));
    heap.decref(ctx((u) => {
      const e = pyError(() => s.remove(heap, u));
      expect(e.pyType).toBe('KeyError');
      releaseExceptionRefs(heap, e);
    }));
    const added = ctx((u) => s.add(heap, u));
    expect(s.contains(heap, added)).toBe(true);
    const t = s.copy(heap);
    heap.decref(ctx(() => s.update(heap, t)));
    expect(s.len(heap)).toBe(t.len(heap));
    heap.decref(ctx(() => s.clearEntries(heap)));
    expect(s.len(heap)).toBe(0);
    releaseAll(heap, [added, t, s, ...items]);
    expectHeapOk(heap);
  });

  test('test_gc: a nest of cycles through WeakSets is collected', () => {
    const w = world();
    const { heap, gc } = w;
    const foos = Array.from({ length: 50 }, (_, i) => w.obj(String(i)));
    const s = newWeakSet(heap, foos);
    const it = s.iter(heap);
    for (let elem = it.next(heap); elem !== undefined; elem = it.next(heap)) {
      const e = elem as Instance;
      e.setAttr(heap, 'cycle', s);
      e.setAttr(heap, 'sub', e);
      const inner = newWeakSet(heap, [e]);
      e.setAttr(heap, 'set', inner);
      heap.decref(inner);
      heap.decref(e);
    }
    heap.decref(it);
    releaseAll(heap, foos);
    heap.decref(s);
    expect(s.isDead).toBe(false);
    gc.collect();
    expect(s.isDead).toBe(true);
    expect(heap.liveCount).toBeLessThan(20);
    expectHeapOk(heap);
  });

  test('WeakSet(x) copies: test_constructor_identity; the refs carry _remove', () => {
    const w = world();
    const { heap } = w;
    const { items, s } = fixture(w);
    const t = newWeakSet(heap, s);
    expect(t).not.toBe(s);
    expect(t.equals(heap, s)).toBe(true);
    expect(getweakrefcount(items[0])).toBe(2);
    const refs = t.set.keys() as WeakRef[];
    expect(refs.every((r) => r.callback === t.removeFn)).toBe(true);
    expect(pyErrorText(() => newWeakSet(heap, 1 as Value))).toBe("TypeError: 'int' object is not iterable");
    releaseAll(heap, [t, ...items, s]);
    expectHeapOk(heap);
  });
});
