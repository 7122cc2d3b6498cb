/**
 * WeakValueDictionary: the rules of Lib/weakref.py, named after the tests of
 * Lib/test/test_weakref.py they mirror, with expectations from python3 3.11
 * (research probes p07, p18, p28 and the probes of this folder's history).
 */
import { TupleObject, type Instance, type Value } from '../../src/heap';
import {
  KeyedRef,
  WeakIterator,
  derefWeakref,
  getweakrefcount,
  newWeakValueDictionary,
  removeDeadWeakref,
  type WeakValueDictionary,
} from '../../src/weakref';
import { drain, expectHeapOk, nameOf, pyErrorText, releaseAll, world, type World } from './helpers';

function keysOf(d: WeakValueDictionary): Value[] {
  return d.dict.entries().map(([k]) => k);
}

/** make_weak_valued_dict: objects 0..n-1 stored under their number. */
function makeWeakValuedDict(w: World, n = 5): { d: WeakValueDictionary; objects: Instance[] } {
  const d = newWeakValueDictionary(w.heap);
  const objects = Array.from({ length: n }, (_, i) => w.obj(String(i)));
  objects.forEach((o, i) => d.setItem(w.heap, i, o));
  return { d, objects };
}

function dropAll(w: World, objs: Value[]): void {
  releaseAll(w.heap, objs.splice(0));
}

describe('WeakValueDictionary', () => {
  test('test_weak_values: entries follow their values; KeyError for a dead value', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakValuedDict(w, 3);
    expect(d.len(heap)).toBe(3);
    const got = [0, 1, 2].map((i) => d.getItem(heap, i));
    expect(got).toEqual(objects);
    releaseAll(heap, got);
    expect(d.contains(heap, 1)).toBe(true);
    heap.decref(objects[1]);
    // removed synchronously, inside the value's weakref clearing
    expect(keysOf(d)).toEqual([0, 2]);
    expect(d.contains(heap, 1)).toBe(false);
    expect(pyErrorText(() => d.getItem(heap, 1))).toBe('KeyError: 1');
    const c = d.copy(heap);
    expect(keysOf(c)).toEqual([0, 2]);
    heap.decref(objects[0]);
    heap.decref(objects[2]);
    expect(d.len(heap)).toBe(0);
    expect(c.len(heap)).toBe(0);
    heap.decref(c);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('p07: a cyclic value stays until gc.collect(), which also frees the KeyedRef (collect() == 2)', () => {
    const w = world();
    const { heap, gc } = w;
    const d = newWeakValueDictionary(heap);
    const v = w.obj('7');
    v.setAttr(heap, 'me', v);
    d.setItem(heap, 'k', v);
    const r = d.dict.get(heap, 'k') as KeyedRef;
    heap.incref(r);
    heap.decref(v);
    expect(d.contains(heap, 'k')).toBe(true);
    const got = d.getItem(heap, 'k');
    expect(nameOf(got)).toBe('7');
    heap.decref(got);
    expect(gc.collect()).toBe(1); // r is still held here, so only the instance
    expect(pyErrorText(() => d.getItem(heap, 'k'))).toBe('KeyError: k');
    expect(d.get(heap, 'k', 'dflt')).toBe('dflt');
    expect(r.key).toBe('k');
    expect(r.typeName).toBe('KeyedRef');
    expect(r.callback).toBe(d.removeFn);
    heap.decref(r);

    const v2 = w.obj('8');
    v2.setAttr(heap, 'me', v2);
    d.setItem(heap, 'k2', v2);
    heap.decref(v2);
    expect(gc.collect()).toBe(2); // edge case 62: the instance plus the KeyedRef freed after its callback
    expect(d.len(heap)).toBe(0);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('itervaluerefs() and valuerefs(): the KeyedRefs of every entry (the other generators: weak-dictionaries.test.ts)', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakValuedDict(w, 4);
    expect(drainAndRelease(w, d.itervaluerefs(heap), (r) => nameOf(derefAndRelease(w, r)))).toEqual(['0', '1', '2', '3']);
    const refs = d.valuerefs(heap);
    expect(refs.items.map((r) => (r as KeyedRef).key)).toEqual([0, 1, 2, 3]);
    heap.decref(refs);
    dropAll(w, objects);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('test_weak_values_destroy_while_iterating (issue 7105): removals deferred, committed when the iterator goes', () => {
    for (const kind of ['keys', 'items', 'values', 'itervaluerefs'] as const) {
      const w = world();
      const { heap, gc } = w;
      const { d, objects } = makeWeakValuedDict(w, 5);
      const n = d.len(heap);
      const it = d[kind](heap);
      heap.decref(it.next(heap)!);
      heap.decref(objects.pop()!);
      gc.collect();
      expect(d.pendingRemovals!.items).toEqual([4]);
      expect(d.dict.used).toBe(5); // not yet removed
      const rest = drain(heap, it);
      expect([objects.length, objects.length - 1]).toContain(kind === 'itervaluerefs' ? rest.length - 1 : rest.length);
      releaseAll(heap, rest);
      heap.decref(it);
      expect(d.len(heap)).toBe(n - 1);
      dropAll(w, objects);
      heap.decref(d);
      expectHeapOk(heap);
    }
  });

  test('edge case 55: len() during a suspended iteration commits, and the iterator then raises RuntimeError', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakValuedDict(w, 5);
    const it = d.items(heap);
    const first = it.next(heap) as TupleObject;
    expect(first.items[0]).toBe(0);
    heap.decref(first);
    heap.decref(objects[3]);
    expect(d.pendingRemovals!.items).toEqual([3]);
    expect(keysOf(d)).toEqual([0, 1, 2, 3, 4]);
    expect(d.len(heap)).toBe(4);
    expect(keysOf(d)).toEqual([0, 1, 2, 4]);
    expect(pyErrorText(() => it.next(heap))).toBe('RuntimeError: dictionary changed size during iteration');
    expect(it.state).toBe('done');
    expect(d.iterating!.used).toBe(0); // the guard exited when the exception left the generator
    heap.decref(it);
    for (const i of [0, 1, 2, 4]) heap.decref(objects[i]);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('edge case 56: without len(), the rest of the iteration skips the dead entry; commit at exhaustion', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakValuedDict(w, 5);
    const it = d.items(heap);
    heap.decref(it.next(heap)!);
    heap.decref(objects[3]);
    const rest = drain(heap, it).map((t) => {
      const s = `${String((t as TupleObject).items[0])}`;
      heap.decref(t);
      return s;
    });
    expect(rest).toEqual(['1', '2', '4']);
    expect(d.pendingRemovals!.items).toEqual([]);
    expect(keysOf(d)).toEqual([0, 1, 2, 4]);
    heap.decref(it);
    for (const i of [0, 1, 2, 4]) heap.decref(objects[i]);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('the guard is entered at the first next(), not when the iterator is made', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakValuedDict(w, 2);
    const it = d.values(heap);
    expect(d.iterating!.used).toBe(0);
    heap.decref(objects[0]);
    expect(keysOf(d)).toEqual([1]); // removed at once: no guard yet
    const v = it.next(heap);
    expect(d.iterating!.used).toBe(1);
    heap.decref(v!);
    heap.decref(it); // closing a suspended generator exits the guard
    expect(d.iterating!.used).toBe(0);
    heap.decref(objects[1]);
    expect(d.len(heap)).toBe(0);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('test_weak_valued_len_cycles: a suspended iterator keeps the last yielded value alive', () => {
    const w = world();
    const { heap, gc } = w;
    const d = newWeakValueDictionary(heap);
    const items = Array.from({ length: 20 }, (_, i) => {
      const o = w.obj(String(i));
      o.setAttr(heap, 'me', o);
      return o;
    });
    items.forEach((o, i) => d.setItem(heap, i, o));
    const it = d.items(heap);
    heap.decref(it.next(heap)!);
    dropAll(w, items);
    gc.collect();
    expect(d.len(heap)).toBe(1);
    heap.decref(it);
    gc.collect();
    expect(d.len(heap)).toBe(0);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('check_weak_destroy_and_mutate_while_iterating: in, del, pop, setitem, update, clear with removals pending', () => {
    const w = world();
    const { heap, gc } = w;
    const { d, objects } = makeWeakValuedDict(w, 8);
    // testcontext(): iterate one step, drop the last object, yield its key and a new value
    const ctx = (body: (k: number, v: Instance) => void) => {
      const it = d.items(heap);
      heap.decref(it.next(heap)!);
      const o = objects.pop()!;
      const k = Number(o.getAttr('name'));
      heap.decref(o);
      gc.collect();
      const v = w.obj(String(k));
      try {
        body(k, v);
      } finally {
        heap.decref(it); // should commit all removals
        gc.collect();
      }
      return v;
    };
    heap.decref(ctx((k) => expect(d.contains(heap, k)).toBe(false)));
    let k = 0;
    heap.decref(ctx((kk) => {
      k = kk;
      expect(pyErrorText(() => d.delItem(heap, kk))).toBe(`KeyError: ${kk}`);
    }));
    expect(d.contains(heap, k)).toBe(false);
    heap.decref(ctx((kk) => {
      k = kk;
      expect(pyErrorText(() => d.pop(heap, kk))).toBe(`KeyError: ${kk}`);
    }));
    expect(d.contains(heap, k)).toBe(false);
    const v = ctx((kk, vv) => {
      k = kk;
      d.setItem(heap, kk, vv);
    });
    const got = d.getItem(heap, k);
    expect(got).toBe(v);
    heap.decref(got);
    const ddict = d.copy(heap);
    heap.decref(ctx(() => d.update(heap, ddict)));
    expect(d.equals(heap, ddict)).toBe(true);
    heap.decref(ctx(() => d.clearEntries(heap)));
    expect(d.len(heap)).toBe(0);
    heap.decref(v);
    heap.decref(ddict);
    dropAll(w, objects);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('popitem() after a collection: the collected value is gone, its KeyedRef freed (LIFO and KeyError: weak-dictionaries.test.ts)', () => {
    const w = world();
    const { heap } = w;
    const o1 = w.obj('1');
    const d = newWeakValueDictionary(heap, [['a', o1]]);
    const c = w.obj('c');
    c.setAttr(heap, 'me', c);
    d.setItem(heap, 'b', c);
    heap.decref(c);
    expect(w.gc.collect()).toBe(2); // c and its KeyedRef
    const t3 = d.popItem(heap);
    expect([t3.items[0], nameOf(t3.items[1])]).toEqual(['a', '1']);
    heap.decref(t3);
    expect(d.len(heap)).toBe(0);
    heap.decref(o1);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('test_weak_valued_dict_setdefault: commits only on the miss path; TypeError for None', () => {
    const w = world();
    const { heap } = w;
    const d = newWeakValueDictionary(heap);
    const o = w.obj('o');
    const r1 = d.setDefault(heap, 'a', o);
    expect(r1).toBe(o);
    const o2 = w.obj('o2');
    const r2 = d.setDefault(heap, 'a', o2);
    expect(r2).toBe(o);
    releaseAll(heap, [r1, r2, o2]);
    expect(pyErrorText(() => d.setDefault(heap, 'x'))).toBe("TypeError: cannot create weak reference to 'NoneType' object");
    heap.decref(o);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('test_weak_valued_dict_update and test_make_weak_valued_dict_misc: mappings, pairs, kwargs (self/other allowed)', () => {
    const w = world();
    const { heap } = w;
    const a = w.obj('a');
    const b = w.obj('b');
    const plain = heap.newDict();
    plain.set(heap, 1, a);
    const d = newWeakValueDictionary(heap, plain, [
      ['self', a],
      ['other', b],
    ]);
    expect(keysOf(d)).toEqual([1, 'self', 'other']);
    d.update(heap, [[2, b]], [['x', a]]);
    expect(keysOf(d)).toEqual([1, 'self', 'other', 2, 'x']);
    const d2 = newWeakValueDictionary(heap, d); // from a WeakValueDictionary: its items()
    expect(keysOf(d2)).toEqual(keysOf(d));
    expect(d2.equals(heap, d)).toBe(true);
    expect(pyErrorText(() => d.update(heap, [[3, 5]]))).toBe("TypeError: cannot create weak reference to 'int' object");
    expect(pyErrorText(() => d.update(heap, 5))).toBe("TypeError: 'int' object is not iterable");
    expect(pyErrorText(() => d.update(heap, heap.newList([1]) as Value))).toBe(
      'TypeError: cannot convert dictionary update sequence element #0 to a sequence',
    );
    const bad = heap.newTuple([1, 2, 3]);
    const lst = heap.newList([bad]);
    expect(pyErrorText(() => d.update(heap, lst))).toBe('ValueError: dictionary update sequence element #0 has length 3; 2 is required');
    expect(pyErrorText(() => newWeakValueDictionary(heap, 1))).toBe("TypeError: 'int' object is not iterable");
    expect(pyErrorText(() => newWeakValueDictionary(heap, null, [['a', 1]]))).toBe(
      "TypeError: cannot create weak reference to 'int' object",
    );
    releaseAll(heap, [bad, lst, plain, d2, d, a, b]);
    expectHeapOk(heap);
  });

  test('test_weak_valued_delitem and pop with a default', () => {
    const w = world();
    const { heap } = w;
    const o1 = w.obj('1');
    const o2 = w.obj('2');
    const d = newWeakValueDictionary(heap, [
      ['something', o1],
      ['something else', o2],
    ]);
    d.delItem(heap, 'something');
    expect(keysOf(d)).toEqual(['something else']);
    expect(pyErrorText(() => d.delItem(heap, 'nope'))).toBe('KeyError: nope');
    const p = d.pop(heap, 'something else');
    expect(p).toBe(o2);
    heap.decref(p);
    expect(d.pop(heap, 'nope', 'dflt')).toBe('dflt');
    expect(pyErrorText(() => d.pop(heap, 'nope'))).toBe('KeyError: nope');
    releaseAll(heap, [o1, o2, d]);
    expectHeapOk(heap);
  });

  test('test_threaded_weak_valued_consistency (issue #28427): a stale callback never removes a newer live value', () => {
    const w = world();
    const { heap } = w;
    const d = newWeakValueDictionary(heap);
    const o1 = w.obj('1');
    d.setItem(heap, 'k', o1);
    const stale = d.dict.get(heap, 'k') as KeyedRef;
    heap.incref(stale);
    const o2 = w.obj('2');
    d.setItem(heap, 'k', o2); // replaces the KeyedRef
    // the old KeyedRef's callback fires late (it is still alive): _remove_dead_weakref sees a live value
    heap.decref(o1);
    const got = d.getItem(heap, 'k');
    expect(got).toBe(o2);
    heap.decref(got);
    expect(() => removeDeadWeakref(heap, d.dict, 'missing')).not.toThrow();
    const bogus = heap.newDict();
    bogus.set(heap, 'k', 1);
    expect(pyErrorText(() => removeDeadWeakref(heap, bogus, 'k'))).toBe('TypeError: not a weakref');
    releaseAll(heap, [bogus, stale, o2, d]);
    expectHeapOk(heap);
  });

  test('errors: an unhashable key after the KeyedRef is made (non-weakrefable values: weak-dictionaries.test.ts)', () => {
    const w = world();
    const { heap } = w;
    const d = newWeakValueDictionary(heap);
    const s = newWeakValueDictionary(heap); // unhashable (MutableMapping sets __hash__ = None)
    const o = w.obj('o');
    expect(pyErrorText(() => d.setItem(heap, s, o))).toBe("TypeError: unhashable type: 'WeakValueDictionary'");
    expect(d.len(heap)).toBe(0); // the KeyedRef made for it died with the error
    expect(getweakrefcount(o)).toBe(0);
    expect(pyErrorText(() => d.contains(heap, s))).toBe("TypeError: unhashable type: 'WeakValueDictionary'");
    expect(pyErrorText(() => d.get(heap, s))).toBe("TypeError: unhashable type: 'WeakValueDictionary'");
    releaseAll(heap, [s, o, d]);
    expectHeapOk(heap);
  });

  test('WeakIterator is a generator heap object: weakly referenceable, `generator already executing`', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakValuedDict(w, 2);
    const it = d.values(heap);
    expect(it).toBeInstanceOf(WeakIterator);
    expect(it.typeName).toBe('generator');
    expect(it.qualname).toBe('WeakValueDictionary.values');
    it.close(heap); // closing a created generator just clears its frame
    expect(it.next(heap)).toBeUndefined();
    expect(it.locals.every((v) => v === undefined)).toBe(true);
    heap.decref(it);
    dropAll(w, objects);
    heap.decref(d);
    expectHeapOk(heap);
  });
});

function drainAndRelease(w: World, it: WeakIterator, f: (v: Value) => string): string[] {
  const vs = drain(w.heap, it);
  const out = vs.map(f);
  releaseAll(w.heap, vs);
  w.heap.decref(it);
  return out;
}

function derefAndRelease(w: World, r: Value): Value {
  const o = derefWeakref(w.heap, r as KeyedRef);
  w.heap.decref(o);
  return o;
}

