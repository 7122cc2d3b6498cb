/**
 * The order in which dying containers release what they hold, and the
 * setters' "store the new value, then release the old one" rule
 * (list_dealloc, tupledealloc, dict_dealloc / free_keys_object,
 * subtype_dealloc: clear_slots then the inline values in shared-key order).
 * Mirrors oracle/release_order.py; RECORDED is its output under python3 3.11.
 */
import type { ClassObject, Heap, Instance, Value } from '../../src/heap';
import { defineClass, expectHealthy, fn, makeWorld, oracleTest, type World } from './fixtures';

const RECORDED = `list 2 1 0
tuple 2 1 0
dict k0 v0 k1 v1
nested list 3 2 1 0
slots then attrs slot-x slot-y attr-b attr-a
first instance a,b a b
second instance c,b,a a b c
deleted and re-set a a1 a2 d
instance setter old dies; k.a is now new
list setter old item dies; l[0] is now new
dict setter old value dies; d["a"] is now new
`;

/** The T class of the oracle: instances log their `n` when they die. */
function tClass(w: World): { T: ClassObject; t: (n: string) => Instance } {
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

/** Build a value from new references `parts` (the builder takes its own), then drop everything. */
function show(w: World, make: (own: (o: Instance) => Instance) => Value): string {
  w.log.length = 0;
  const owned: Instance[] = [];
  const x = make((o) => (owned.push(o), o));
  for (const o of owned) w.heap.decref(o);
  w.heap.decref(x);
  return w.log.join(' ');
}

function setAttrs(heap: Heap, o: Instance, pairs: Array<[string, Instance]>): void {
  for (const [k, v] of pairs) {
    o.setAttr(heap, k, v);
    heap.decref(v);
  }
}

test('list items are released last to first (list_dealloc)', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  expect(show(w, (own) => w.heap.newList([own(t('0')), own(t('1')), own(t('2'))]))).toBe('2 1 0');
  expectHealthy(w.heap);
});

test('tuple items are released last to first (tupledealloc)', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  expect(show(w, (own) => w.heap.newTuple([own(t('0')), own(t('1')), own(t('2'))]))).toBe('2 1 0');
  expectHealthy(w.heap);
});

test('dict entries are released in insertion order, key then value (dict_dealloc)', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  const out = show(w, (own) => {
    const d = w.heap.newDict();
    d.set(w.heap, own(t('k0')), own(t('v0')));
    d.set(w.heap, own(t('k1')), own(t('v1')));
    return d;
  });
  expect(out).toBe('k0 v0 k1 v1');
  expectHealthy(w.heap);
});

test('nested lists: each inner list is released from its end, the last inner list first', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  const out = show(w, (own) => {
    const a = w.heap.newList([own(t('0')), own(t('1'))]);
    const b = w.heap.newList([own(t('2')), own(t('3'))]);
    const outer = w.heap.newList([a, b]);
    w.heap.decref(a);
    w.heap.decref(b);
    return outer;
  });
  expect(out).toBe('3 2 1 0');
});

test('__slots__ are released before attributes, in declaration order (clear_slots)', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  const S = defineClass(w.heap, 'S', {}, ['x', 'y', '__dict__']);
  const out = show(w, () => {
    const s = w.heap.newInstance(S);
    setAttrs(w.heap, s, [
      ['b', t('attr-b')],
      ['y', t('slot-y')],
      ['a', t('attr-a')],
      ['x', t('slot-x')],
    ]);
    return s;
  });
  expect(out).toBe('slot-x slot-y attr-b attr-a');
});

test("attributes are released in the class's shared-key order, not the instance's assignment order", () => {
  const w = makeWorld();
  const { t } = tClass(w);
  const K = defineClass(w.heap, 'K');
  const mk = (pairs: Array<[string, string]>) => () => {
    const k = w.heap.newInstance(K);
    setAttrs(
      w.heap,
      k,
      pairs.map(([a, n]) => [a, t(n)]),
    );
    return k;
  };
  expect(show(w, mk([['a', 'a'], ['b', 'b']]))).toBe('a b');
  expect(show(w, mk([['c', 'c'], ['b', 'b'], ['a', 'a']]))).toBe('a b c');
  const out = show(w, () => {
    const k = w.heap.newInstance(K);
    setAttrs(w.heap, k, [
      ['d', t('d')],
      ['a', t('a1')],
    ]);
    k.deleteAttr(w.heap, 'a');
    setAttrs(w.heap, k, [['a', t('a2')]]);
    return k;
  });
  expect(out).toBe('a1 a2 d');
  // The instance still iterates its own attributes in assignment order (vars()).
  const k = w.heap.newInstance(K);
  setAttrs(w.heap, k, [
    ['c', t('c')],
    ['a', t('a')],
  ]);
  expect(k.attrNames()).toEqual(['c', 'a']);
  w.heap.decref(k);
  expectHealthy(w.heap);
});

/** The oracle's Old* classes: their __del__ reads the slot they were replaced in. */
function replacedLogger(w: World, what: string, read: () => Value): Instance {
  const cls = defineClass(w.heap, 'Old', {
    __del__: fn(w.heap, '__del__', () => {
      const now = read() as Instance;
      w.log.push(`${what} dies; ${now.getAttr('n') === 'new' ? 'it was already replaced' : 'too early'}`);
    }),
  });
  const o = w.heap.newInstance(cls);
  w.heap.decref(cls);
  return o;
}

test('instance setter: the old value is released after the new one is stored', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  const K = defineClass(w.heap, 'K');
  const k = w.heap.newInstance(K);
  setAttrs(w.heap, k, [['a', replacedLogger(w, 'old', () => k.getAttr('a')!)]]);
  setAttrs(w.heap, k, [['a', t('new')]]);
  expect(w.log).toEqual(['old dies; it was already replaced']);
  w.heap.decref(k);
  expectHealthy(w.heap);
});

test('list setter: the old item is released after the new one is stored', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  const l = w.heap.newList([null]);
  const old = replacedLogger(w, 'old item', () => l.items[0]);
  l.setItem(w.heap, 0, old);
  w.heap.decref(old);
  const nu = t('new');
  l.setItem(w.heap, 0, nu);
  w.heap.decref(nu);
  expect(w.log).toEqual(['old item dies; it was already replaced']);
  w.heap.decref(l);
  expectHealthy(w.heap);
});

test('dict setter: the old value is released after the new one is stored', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  const d = w.heap.newDict();
  const old = replacedLogger(w, 'old value', () => d.get(w.heap, 'a')!);
  d.set(w.heap, 'a', old);
  w.heap.decref(old);
  const nu = t('new');
  d.set(w.heap, 'a', nu);
  w.heap.decref(nu);
  expect(w.log).toEqual(['old value dies; it was already replaced']);
  w.heap.decref(d);
  expectHealthy(w.heap);
});

oracleTest('heap', 'release_order.py', RECORDED);

test('a dying dict releases every kind of entry in insertion order, and its death leaves later dicts untouched', () => {
  const w = makeWorld();
  const { t } = tClass(w);
  const key = t('key');
  const order = show(w, (own) => {
    const d = w.heap.newDict();
    d.set(w.heap, 's', own(t('v-str')));
    d.set(w.heap, 7, own(t('v-int')));
    d.set(w.heap, key, own(t('v-obj')));
    d.delete(w.heap, 7);
    d.set(w.heap, 7, own(t('v-int2')));
    return d;
  });
  expect(order).toBe('v-int v-str v-obj v-int2');
  // Dicts made after a death start empty and index every kind of key.
  for (let round = 0; round < 2; round++) {
    const d = w.heap.newDict();
    expect(d.entries()).toEqual([]);
    d.set(w.heap, 's', 1);
    d.set(w.heap, 7, 2);
    d.set(w.heap, key, 3);
    expect([d.get(w.heap, 's'), d.get(w.heap, 7), d.get(w.heap, key), d.size]).toEqual([1, 2, 3, 3]);
    w.heap.decref(d);
    expect(() => d.set(w.heap, 'x', 1)).toThrow(/was reclaimed/);
    expect(() => d.get(w.heap, key)).toThrow(/was reclaimed/);
  }
  w.heap.decref(key);
  expectHealthy(w.heap);
});
