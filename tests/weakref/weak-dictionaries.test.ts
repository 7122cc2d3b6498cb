/**
 * WeakKeyDictionary and WeakValueDictionary where Lib/weakref.py gives them
 * the same shape (the methods src/weakref/weak-mapping.ts writes once):
 * every test runs over both, with the object held weakly on the key side
 * (WeakKeyDictionary) or the value side (WeakValueDictionary). The rules
 * that differ (KeyError(ref(key)), `_dirty_len`, KeyedRef, when removals
 * are committed) stay in weak-key-dictionary.test.ts and
 * weak-value-dictionary.test.ts. Expectations from python3 3.11
 * (Lib/test/test_weakref.py's test_weak_keyed_* / test_weak_valued_*).
 */
import { TupleObject, type Heap, type Instance, type Value } from '../../src/heap';
import {
  getweakrefcount,
  newWeakKeyDictionary,
  newWeakValueDictionary,
  type MappingArg,
  type WeakKeyDictionary,
  type WeakValueDictionary,
} from '../../src/weakref';
import { drain, expectHeapOk, nameOf, pyErrorText, releaseAll, world, type World } from './helpers';

type WeakDict = WeakKeyDictionary | WeakValueDictionary;

interface Flavor {
  name: 'WeakKeyDictionary' | 'WeakValueDictionary';
  make(heap: Heap, src?: MappingArg | null): WeakDict;
  /** The Python pair (key, value) that holds `weak` weakly beside `strong`. */
  pair(weak: Value, strong: Value): [Value, Value];
  /** What update(**kwargs) does with str keys: stores them, or the error it raises. */
  kwargs: 'stored' | string;
}

const flavors: Flavor[] = [
  {
    name: 'WeakKeyDictionary',
    make: (heap, src) => newWeakKeyDictionary(heap, src),
    pair: (weak, strong) => [weak, strong],
    kwargs: "TypeError: cannot create weak reference to 'str' object",
  },
  {
    name: 'WeakValueDictionary',
    make: (heap, src) => newWeakValueDictionary(heap, src),
    pair: (weak, strong) => [strong, weak],
    kwargs: 'stored',
  },
];

const show = (v: Value): string => (typeof v === 'object' && v !== null ? nameOf(v) : String(v));
const showPair = ([k, v]: readonly Value[]): string => `${show(k)}: ${show(v)}`;

/** The live pairs as Python's `list(d.items())` shows them (by name). */
function contents(w: World, d: WeakDict): string[] {
  const it = d.items(w.heap);
  const pairs = drain(w.heap, it);
  w.heap.decref(it);
  const out = pairs.map((t) => showPair((t as TupleObject).items));
  releaseAll(w.heap, pairs);
  return out;
}

describe.each(flavors)('$name', (F) => {
  /** A dict holding o0..o(n-1) weakly beside the tokens 0..n-1. */
  function filled(w: World, n: number) {
    const objects = Array.from({ length: n }, (_, i) => w.obj(`o${i}`));
    const d = F.make(w.heap, objects.map((o, i) => F.pair(o, i)));
    const expected = (...idx: number[]) => idx.map((i) => showPair(F.pair(objects[i], i)));
    return { d, objects, expected };
  }

  test('entries follow the weakly held object; copy() holds the live pairs', () => {
    const w = world();
    const { heap } = w;
    const { d, objects, expected } = filled(w, 3);
    expect(d.len(heap)).toBe(3);
    expect(contents(w, d)).toEqual(expected(0, 1, 2));
    heap.decref(objects[1]);
    expect(d.len(heap)).toBe(2);
    expect(contents(w, d)).toEqual(expected(0, 2));
    const c = d.copy(heap);
    expect(c).not.toBe(d);
    expect(c.typeName).toBe(F.name);
    expect(contents(w, c)).toEqual(expected(0, 2));
    heap.decref(objects[0]);
    expect([contents(w, d), contents(w, c)]).toEqual([expected(2), expected(2)]);
    releaseAll(heap, [objects[2], c, d]);
    expectHeapOk(heap);
  });

  test('items(), keys(), values() and iter() walk the live pairs in insertion order', () => {
    const w = world();
    const { heap } = w;
    const { d, objects } = filled(w, 3);
    const walk = (it: ReturnType<WeakDict['keys']>) => {
      const vs = drain(heap, it);
      heap.decref(it);
      const out = vs.map(show);
      releaseAll(heap, vs);
      return out;
    };
    const pairs = objects.map((o, i) => F.pair(o, i));
    expect(walk(d.keys(heap))).toEqual(pairs.map((p) => show(p[0])));
    expect(walk(d.iter(heap))).toEqual(pairs.map((p) => show(p[0])));
    expect(walk(d.values(heap))).toEqual(pairs.map((p) => show(p[1])));
    expect(contents(w, d)).toEqual(pairs.map(showPair));
    releaseAll(heap, [...objects, d]);
    expectHeapOk(heap);
  });

  test('popitem() takes the last pair (LIFO, as dict.popitem); KeyError when empty; clear() empties', () => {
    const w = world();
    const { heap } = w;
    const { d, objects, expected } = filled(w, 2);
    const t1 = d.popItem(heap);
    expect(showPair(t1.items)).toEqual(expected(1)[0]);
    const t2 = d.popItem(heap);
    expect(showPair(t2.items)).toEqual(expected(0)[0]);
    releaseAll(heap, [t1, t2]);
    expect(pyErrorText(() => d.popItem(heap))).toBe('KeyError: popitem(): dictionary is empty');
    d.update(heap, objects.map((o, i) => F.pair(o, i)));
    expect(d.len(heap)).toBe(2);
    d.clearEntries(heap);
    expect(d.len(heap)).toBe(0);
    expect(contents(w, d)).toEqual([]);
    releaseAll(heap, [...objects, d]);
    expectHeapOk(heap);
  });

  test('update(): a dict, pairs, another weak dictionary; keyword arguments; bad sources', () => {
    const w = world();
    const { heap } = w;
    const [a, b, c] = ['a', 'b', 'c'].map((n) => w.obj(n));
    const plain = heap.newDict();
    plain.set(heap, ...F.pair(a, 1));
    const d = F.make(heap, plain);
    d.update(heap, [F.pair(b, 2)]);
    const d2 = F.make(heap, d); // from a weak dictionary: its items()
    expect(contents(w, d2)).toEqual([F.pair(a, 1), F.pair(b, 2)].map(showPair));
    expect(d2.equals(heap, d)).toBe(true);
    if (F.kwargs === 'stored') {
      d.update(heap, null, [['x', c]]);
      expect(contents(w, d)).toEqual(['1: a', '2: b', 'x: c']);
    } else {
      expect(pyErrorText(() => d.update(heap, null, [['x', c]]))).toBe(F.kwargs);
      expect(d.len(heap)).toBe(2);
    }
    expect(pyErrorText(() => d.update(heap, 5))).toBe("TypeError: 'int' object is not iterable");
    expect(pyErrorText(() => d.update(heap, [F.pair(7, 'seven')]))).toBe("TypeError: cannot create weak reference to 'int' object");
    expect(pyErrorText(() => F.make(heap, 1))).toBe("TypeError: 'int' object is not iterable");
    releaseAll(heap, [plain, d2, d, a, b, c]);
    expectHeapOk(heap);
  });

  test('|, |= and the reflected | keep the class; NotImplemented for non-mappings', () => {
    const w = world();
    const { heap } = w;
    const [a, b, c] = ['a', 'b', 'c'].map((n) => w.obj(n));
    const d = F.make(heap, [F.pair(a, 1)]);
    const pb = heap.newDict();
    pb.set(heap, ...F.pair(b, 2));
    const e = d.or(heap, pb)!;
    expect(e.typeName).toBe(F.name);
    expect(contents(w, e)).toEqual([F.pair(a, 1), F.pair(b, 2)].map(showPair));
    expect(contents(w, d)).toEqual([showPair(F.pair(a, 1))]);
    const pc = heap.newDict();
    pc.set(heap, ...F.pair(c, 3));
    const f = d.ror(heap, pc)!; // pc | d
    expect(f.typeName).toBe(F.name);
    expect(contents(w, f)).toEqual([F.pair(c, 3), F.pair(a, 1)].map(showPair));
    const same = d.ior(heap, pc);
    expect(same).toBe(d);
    heap.decref(same);
    expect(contents(w, d)).toEqual([F.pair(a, 1), F.pair(c, 3)].map(showPair));
    expect(d.or(heap, 5)).toBeUndefined();
    expect(d.ror(heap, [1])).toBeUndefined();
    releaseAll(heap, [pb, pc]);
    heap.decref(c); // c goes from d and f at once
    expect([contents(w, d), contents(w, f)]).toEqual([[showPair(F.pair(a, 1))], [showPair(F.pair(a, 1))]]);
    releaseAll(heap, [e, f, d, a, b]);
    expectHeapOk(heap);
  });

  test('Mapping.__eq__ compares dict(self.items()) with dict(other.items()); unhashable', () => {
    const w = world();
    const { heap } = w;
    const x = w.obj('x');
    const d = F.make(heap, [F.pair(x, 'tok')]);
    const plain = heap.newDict();
    plain.set(heap, ...F.pair(x, 'tok'));
    expect(d.equals(heap, plain)).toBe(true);
    expect(heap.host.eq(heap, d, plain)).toBe(true);
    plain.set(heap, 'extra', 1);
    expect(d.equals(heap, plain)).toBe(false);
    expect(d.notEquals(heap, plain)).toBe(true);
    expect(d.equals(heap, 5)).toBeUndefined();
    expect(d.notEquals(heap, 5)).toBeUndefined();
    expect(pyErrorText(() => heap.host.hash(heap, d))).toBe(`TypeError: unhashable type: '${F.name}'`);
    releaseAll(heap, [plain, d, x]);
    expectHeapOk(heap);
  });

  test('copy.deepcopy: the strongly held side goes through the hook, the weak side is shared', () => {
    const w = world();
    const { heap } = w;
    const weak = w.obj('weak');
    const strong = w.obj('strong');
    const d = F.make(heap, [F.pair(weak, strong)]);
    const shallow = d.deepCopy(heap);
    expect(contents(w, shallow)).toEqual([showPair(F.pair(weak, strong))]);
    const copies: Value[] = [];
    const deep = d.deepCopy(heap, (h, v) => {
      const c = w.obj(`copy of ${nameOf(v)}`);
      copies.push(c);
      h.incref(c);
      return c;
    });
    expect(deep.typeName).toBe(F.name);
    expect(contents(w, deep)).toEqual([showPair(F.pair(weak, copies[0]))]);
    releaseAll(heap, [shallow, deep, d, weak, strong, ...copies]);
    expectHeapOk(heap);
  });

  test('_remove holds only ref(self): the dictionary dies by refcount, and its weakrefs with it', () => {
    const w = world();
    const { heap } = w;
    const d = F.make(heap);
    const fn = d.removeFn!;
    expect(fn.captured.length).toBe(1);
    expect((fn.captured[0] as unknown as { referent: unknown }).referent).toBe(d);
    expect(getweakrefcount(d)).toBe(1);
    const o = w.obj('o');
    d.setItem(heap, ...F.pair(o, 1));
    expect(getweakrefcount(o)).toBe(1);
    heap.decref(d);
    expect(d.isDead).toBe(true);
    expect(getweakrefcount(o)).toBe(0);
    heap.decref(o);
    expectHeapOk(heap);
  });

  test('the weak side must be weakly referenceable; the failed store leaves nothing behind', () => {
    const w = world();
    const { heap } = w;
    const d = F.make(heap);
    for (const [bad, type] of [
      [5, 'int'],
      ['s', 'str'],
      [null, 'NoneType'],
    ] as const) {
      expect(pyErrorText(() => d.setItem(heap, ...F.pair(bad, 'tok')))).toBe(`TypeError: cannot create weak reference to '${type}' object`);
    }
    const lst = heap.newList();
    expect(pyErrorText(() => d.setItem(heap, ...F.pair(lst, 'tok')))).toBe("TypeError: cannot create weak reference to 'list' object");
    expect(d.len(heap)).toBe(0);
    releaseAll(heap, [lst, d]);
    expectHeapOk(heap);
  });

  test('the dictionary is a GC object: cycles through its strong side or its generator are collected', () => {
    const w = world();
    const { heap, gc } = w;
    const keepWeak = w.obj('kept');
    const d = F.make(heap);
    const holder = w.obj('holder');
    holder.setAttr(heap, 'd', d);
    d.setItem(heap, ...F.pair(keepWeak, holder)); // d -> holder -> d
    releaseAll(heap, [d, holder]);
    expect(d.isDead).toBe(false);
    gc.collect();
    expect([d.isDead, holder.isDead, keepWeak.isDead]).toEqual([true, true, false]);

    const d2 = F.make(heap);
    const it = d2.items(heap);
    const h3: Instance = w.obj('h3');
    h3.setAttr(heap, 'it', it); // h3 -> generator -> d2 -> h3 (strong side)
    d2.setItem(heap, ...F.pair(keepWeak, h3));
    releaseAll(heap, [it, h3, d2]);
    expect(d2.isDead).toBe(false);
    gc.collect();
    expect([d2.isDead, it.isDead, h3.isDead]).toEqual([true, true, true]);
    heap.decref(keepWeak);
    expectHeapOk(heap);
  });
});
