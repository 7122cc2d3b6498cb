/**
 * WeakKeyDictionary: the rules of Lib/weakref.py, named after the tests of
 * Lib/test/test_weakref.py they mirror; expectations from python3 3.11.
 */
import { TupleObject, type Instance } from '../../src/heap';
import {
  PyExceptionWithRefs,
  WeakRef,
  getweakrefcount,
  getweakrefs,
  newWeakKeyDictionary,
  newWeakValueDictionary,
  releaseExceptionRefs,
  type WeakKeyDictionary,
} from '../../src/weakref';
import { drain, expectHeapOk, nameOf, pyError, pyErrorText, releaseAll, world, type World } from './helpers';

function keyNames(d: WeakKeyDictionary): string[] {
  return d.dict.entries().map(([k]) => nameOf((k as WeakRef).referent ?? undefined));
}

function makeWeakKeyedDict(w: World, n = 5): { d: WeakKeyDictionary; objects: Instance[] } {
  const d = newWeakKeyDictionary(w.heap);
  const objects = Array.from({ length: n }, (_, i) => w.obj(String(i)));
  objects.forEach((o, i) => d.setItem(w.heap, o, i));
  return { d, objects };
}

/** A class whose instances compare and hash by their `v` attribute. */
function equalKeyClass(w: World) {
  const { heap } = w;
  const eq = heap.newHostFunction('__eq__', () => null);
  const K = heap.newClass('K', [], { __eq__: eq });
  heap.decref(eq);
  const mk = (name: string, v: number) => {
    const o = heap.newInstance(K);
    o.setAttr(heap, 'name', name);
    o.setAttr(heap, 'v', v);
    o.hashSlot = () => v;
    o.eqSlot = (_h, other) => other === o || (other instanceof Object && (other as Instance).cls === K && (other as Instance).getAttr('v') === v);
    return o;
  };
  return { K, mk };
}

describe('WeakKeyDictionary', () => {
  test('test_weak_keys: entries follow their keys; copy; KeyError(ref) for a missing key', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakKeyedDict(w, 3);
    expect(d.len(heap)).toBe(3);
    expect(d.getItem(heap, objects[1])).toBe(1);
    expect(d.contains(heap, objects[2])).toBe(true);
    heap.decref(objects[1]);
    expect(keyNames(d)).toEqual(['0', '2']);
    const c = d.copy(heap);
    expect(keyNames(c)).toEqual(['0', '2']);
    const stranger = w.obj('x');
    const e = pyError(() => d.getItem(heap, stranger));
    expect(e.pyType).toBe('KeyError');
    expect(e).toBeInstanceOf(PyExceptionWithRefs);
    const arg = e.args[0] as WeakRef;
    expect(arg).toBeInstanceOf(WeakRef);
    expect(arg.referent).toBe(stranger); // KeyError(ref(key)), as CPython
    expect(getweakrefcount(stranger)).toBe(1); // the exception keeps the ref alive ...
    releaseExceptionRefs(heap, e);
    expect(getweakrefcount(stranger)).toBe(0); // ... until it is released
    releaseAll(heap, [stranger, objects[0], objects[2], c, d]);
    expectHeapOk(heap);
  });

  test('test_weak_keyed_bad_delitem: KeyError for a missing key, TypeError for a non-weakrefable one', () => {
    const w = world();
    const { heap } = w;
    const d = newWeakKeyDictionary(heap);
    const o = w.obj('o');
    const e = pyError(() => d.delItem(heap, o));
    expect(e.pyType).toBe('KeyError');
    releaseExceptionRefs(heap, e);
    const cannot = "TypeError: cannot create weak reference to 'int' object";
    expect(pyErrorText(() => d.delItem(heap, 1))).toBe(cannot);
    expect(pyErrorText(() => d.getItem(heap, 1))).toBe(cannot);
    expect(pyErrorText(() => d.setItem(heap, 1, 1))).toBe(cannot);
    expect(pyErrorText(() => d.get(heap, 1))).toBe(cannot); // get raises, unlike `in`
    expect(pyErrorText(() => d.setDefault(heap, 1))).toBe(cannot);
    expect(pyErrorText(() => d.pop(heap, 1))).toBe(cannot);
    expect(d.contains(heap, 1)).toBe(false); // edge case 60
    expect(pyErrorText(() => d.update(heap, null, [['x', 1]]))).toBe("TypeError: cannot create weak reference to 'str' object");
    const pe = pyError(() => d.pop(heap, o));
    expect(pe.pyType).toBe('KeyError');
    releaseExceptionRefs(heap, pe);
    expect(d.pop(heap, o, 'dflt')).toBe('dflt');
    releaseAll(heap, [o, d]);
    expectHeapOk(heap);
  });

  test('edge case 59 (p18): equal keys keep the first key; its death empties the entry', () => {
    const w = world();
    const { heap } = w;
    const { K, mk } = equalKeyClass(w);
    const k1 = mk('k1', 1);
    const k2 = mk('k2', 1);
    const d = newWeakKeyDictionary(heap);
    d.setItem(heap, k1, 1);
    d.setItem(heap, k2, 2);
    expect(d.len(heap)).toBe(1);
    expect(d.getItem(heap, k2)).toBe(2);
    const refs = d.keyrefs(heap);
    expect((refs.items[0] as WeakRef).referent).toBe(k1);
    heap.decref(refs);
    expect(getweakrefcount(k2)).toBe(0); // the ref made for k2 died with the assignment
    heap.decref(k1);
    expect(d.len(heap)).toBe(0);
    expect(d.contains(heap, k2)).toBe(false);
    releaseAll(heap, [k2, d, K]);
    w.gc.collect();
    expectHeapOk(heap);
  });

  test('test_weak_keys_destroy_while_iterating and issue 21173: len() with implicit and explicit removals', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakKeyedDict(w, 6);
    const it = d.items(heap);
    heap.decref(it.next(heap)!);
    heap.decref(objects.pop()!);
    expect(d.pendingRemovals!.items.length).toBe(1);
    expect(d.len(heap)).toBe(5); // len(data) - len(pending), nothing committed
    expect(d.dict.used).toBe(6);
    const keys = d.keys(heap);
    const firstKey = keys.next(heap)!;
    heap.decref(d.pop(heap, firstKey));
    heap.decref(firstKey);
    heap.decref(keys);
    expect(d.dirtyLen).toBe(true);
    expect(d.len(heap)).toBe(4);
    expect(d.dirtyLen).toBe(false); // scrubbed
    heap.decref(it);
    expect(d.len(heap)).toBe(4);
    expect(d.dict.used).toBe(4);
    expect(d.pendingRemovals!.items).toEqual([]);
    releaseAll(heap, [...objects, d]);
    expectHeapOk(heap);
  });

  test('edge case 57: len() during iteration is smaller but data is unchanged; commit when the iterator closes', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakKeyedDict(w, 5);
    const it = d.items(heap);
    heap.decref(it.next(heap)!);
    heap.decref(objects.splice(1, 1)[0]);
    expect([d.len(heap), d.dict.used, d.pendingRemovals!.items.length]).toEqual([4, 5, 1]);
    const rest = drain(heap, it).map((t) => {
      const tt = t as TupleObject;
      const s = `${nameOf(tt.items[0])}=${String(tt.items[1])}`;
      heap.decref(t);
      return s;
    });
    expect(rest).toEqual(['2=2', '3=3', '4=4']);
    expect([d.len(heap), d.dict.used]).toEqual([4, 4]);
    releaseAll(heap, [it, ...objects, d]);
    expectHeapOk(heap);
  });

  test('test_weak_keyed_len_cycles: one key kept by the suspended iterator', () => {
    const w = world();
    const { heap, gc } = w;
    const d = newWeakKeyDictionary(heap);
    const items = Array.from({ length: 20 }, (_, i) => {
      const o = w.obj(String(i));
      o.setAttr(heap, 'me', o);
      return o;
    });
    items.forEach((o) => d.setItem(heap, o, 1));
    const it = d.items(heap);
    heap.decref(it.next(heap)!);
    releaseAll(heap, items);
    gc.collect();
    expect(d.len(heap)).toBe(1);
    heap.decref(it);
    gc.collect();
    expect(d.len(heap)).toBe(0);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test('keyrefs(): a new list of the key refs, in insertion order (the generator methods: weak-dictionaries.test.ts)', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = makeWeakKeyedDict(w, 3);
    const refs = d.keyrefs(heap);
    expect(refs.items.map((r) => nameOf((r as WeakRef).referent!))).toEqual(['0', '1', '2']);
    expect(refs.items.every((r) => (r as WeakRef).callback === d.removeFn)).toBe(true);
    heap.decref(refs);
    releaseAll(heap, [...objects, d]);
    expectHeapOk(heap);
  });

  test('test_weak_keyed_dict_setdefault, popitem and update', () => {
    const w = world();
    const { heap } = w;
    const k = w.obj('k');
    const d = newWeakKeyDictionary(heap);
    expect(d.setDefault(heap, k, 1)).toBe(1);
    expect(d.setDefault(heap, k, 2)).toBe(1);
    expect(d.len(heap)).toBe(1);
    const wrs = getweakrefs(heap, k);
    expect(wrs.items.length).toBe(1); // the second setdefault's ref died
    expect((wrs.items[0] as WeakRef).callback).toBe(d.removeFn);
    heap.decref(wrs);
    const t = d.popItem(heap);
    expect([nameOf(t.items[0]), t.items[1]]).toEqual(['k', 1]);
    heap.decref(t);
    expect(d.dirtyLen).toBe(true);
    expect(pyErrorText(() => d.popItem(heap))).toBe('KeyError: popitem(): dictionary is empty');
    const a = w.obj('a');
    const plain = heap.newDict();
    plain.set(heap, a, 'A');
    d.update(heap, plain);
    d.update(heap, [[k, 'K']]);
    const other = newWeakKeyDictionary(heap, d);
    expect(keyNames(other)).toEqual(['a', 'k']);
    expect(other.equals(heap, d)).toBe(true);
    const v = newWeakValueDictionary(heap);
    expect(d.equals(heap, v)).toBe(false);
    releaseAll(heap, [v, other, plain, a, k, d]);
    expectHeapOk(heap);
  });

  test('test_weak_keyed_cascading_deletes (SF 742860): a key __eq__ that deletes another key', () => {
    const w = world();
    const { heap } = w;
    const d = newWeakKeyDictionary(heap);
    let mutate = false;
    let objs: Instance[] = [];
    const C = heap.newClass('C');
    const make = (i: number): Instance => {
      const o = heap.newInstance(C);
      o.setAttr(heap, 'value', i);
      o.hashSlot = () => i;
      o.eqSlot = (_h, other) => {
        if (mutate) heap.decref(objs.pop()!); // drop the last strong reference to a key
        return other instanceof Object && (other as Instance).getAttr?.('value') === i;
      };
      return o;
    };
    objs = [0, 1, 2, 3].map(make);
    for (const o of objs) d.setItem(heap, o, o.getAttr('value') as number);
    // the order the keys iterate in, reversed
    const keysIt = d.keys(heap);
    const ordered = drain(heap, keysIt) as Instance[];
    heap.decref(keysIt);
    releaseAll(heap, objs);
    objs = ordered.reverse();
    mutate = true;
    let count = 0;
    while (objs.length > 0) {
      const o = objs.shift()!;
      count += 1;
      d.delItem(heap, o);
      heap.decref(o);
    }
    expect(d.len(heap)).toBe(0);
    expect(count).toBe(2);
    releaseAll(heap, [d, C]);
    w.gc.collect();
    expectHeapOk(heap);
  });

});
