/**
 * The dict's index for keys that are neither str nor numbers: one entry
 * index per hash in the common case, an entry-ordered bucket when several
 * live keys share a hash. What a lookup compares, and in which order, is
 * the same whichever form the index takes: identity first, then __eq__ on
 * each same-hash entry in entry order, and a lookup whose __eq__ changes
 * the dict walks the bucket as it was when the lookup began.
 */
import { type Heap, Instance, type Value } from '../../src/heap';
import { expectHealthy, makeWorld } from './fixtures';

/** A key with a fixed hash whose __eq__ compares `name` and logs each call. */
class Key extends Instance {
  onEq: ((other: Value) => void) | null = null;
  constructor(
    cls: ConstructorParameters<typeof Instance>[0],
    readonly name: string,
    readonly h: number,
    readonly log: string[],
  ) {
    super(cls);
  }
  override hashSlot(): number {
    return this.h;
  }
  override eqSlot(_heap: Heap, other: Value): boolean {
    const o = other as Key;
    this.log.push(`${this.name}==${o.name}`);
    if (this.onEq !== null) this.onEq(other);
    return o instanceof Key && o.name === this.name;
  }
}

function setup() {
  const w = makeWorld();
  const C = w.heap.newClass('K');
  const log: string[] = [];
  const keys: Key[] = [];
  const key = (name: string, h = 7): Key => {
    w.heap.reserve();
    w.heap.incref(C);
    const k = w.heap.register(new Key(C, name, h, log));
    w.heap.track(k);
    keys.push(k);
    return k;
  };
  const done = () => {
    for (const k of keys) w.heap.decref(k);
    w.heap.decref(C);
    expectHealthy(w.heap);
  };
  return { w, log, key, done };
}

test('same-hash keys: identity first, then __eq__ in entry order, across deletions and re-insertions', () => {
  const { w, log, key, done } = setup();
  const d = w.heap.newDict();
  const [a, b, c] = [key('a'), key('b'), key('c')];
  d.set(w.heap, a, 1);
  d.set(w.heap, b, 2);
  d.set(w.heap, c, 3);
  // Each insertion compared the new key with the same-hash keys before it.
  expect(log.splice(0)).toEqual(['a==b', 'a==c', 'b==c']);
  expect(d.get(w.heap, b)).toBe(2);
  expect(log).toEqual([]);
  expect(d.get(w.heap, key('b'))).toBe(2);
  expect(log.splice(0)).toEqual(['a==b', 'b==b']);
  expect(d.has(w.heap, key('z'))).toBe(false);
  expect(log.splice(0)).toEqual(['a==z', 'b==z', 'c==z']);
  expect(d.delete(w.heap, b)).toBe(true);
  expect(d.has(w.heap, key('z'))).toBe(false);
  expect(log.splice(0)).toEqual(['a==z', 'c==z']);
  d.set(w.heap, key('e'), 5);
  log.length = 0;
  expect(d.get(w.heap, key('e'))).toBe(5);
  expect(log.splice(0)).toEqual(['a==e', 'c==e', 'e==e']);
  // Down to one entry with that hash, then none, then a new one.
  d.delete(w.heap, a);
  d.delete(w.heap, c);
  log.length = 0;
  expect(d.get(w.heap, key('e'))).toBe(5);
  expect(log.splice(0)).toEqual(['e==e']);
  expect(d.pop(w.heap, key('e'))).toBe(5);
  log.length = 0;
  expect(d.has(w.heap, key('e'))).toBe(false);
  expect(log).toEqual([]);
  d.set(w.heap, key('f'), 6);
  expect(d.get(w.heap, key('f'))).toBe(6);
  // Other hashes never meet.
  d.set(w.heap, key('g', 8), 7);
  log.length = 0;
  expect(d.get(w.heap, key('g', 8))).toBe(7);
  expect(log).toEqual(['g==g']);
  expect(d.size).toBe(2);
  w.heap.decref(d);
  done();
});

test('an __eq__ that deletes and inserts same-hash keys: the lookup walks the bucket it started with', () => {
  const { w, log, key, done } = setup();
  const d = w.heap.newDict();
  const [a, b, c] = [key('a'), key('b'), key('c')];
  for (const [k, v] of [[a, 1], [b, 2], [c, 3]] as const) d.set(w.heap, k, v);
  const late = key('late');
  log.length = 0;
  a.onEq = () => {
    a.onEq = null;
    d.delete(w.heap, b);
    d.set(w.heap, late, 4);
  };
  expect(d.has(w.heap, key('z'))).toBe(false);
  // b was deleted under the lookup (skipped); inserting late compared it
  // with a and c; late, added after the lookup began, is not compared with z.
  expect(log.splice(0)).toEqual(['a==z', 'a==late', 'c==late', 'c==z']);
  expect(d.has(w.heap, key('late'))).toBe(true);
  expect(log.splice(0)).toEqual(['a==late', 'c==late', 'late==late']);
  w.heap.decref(d);
  done();
});

test('an __eq__ that finds its key but empties the dict first: the lookup starts over', () => {
  const { w, log, key, done } = setup();
  const d = w.heap.newDict();
  const a = key('a');
  d.set(w.heap, a, 1);
  a.onEq = () => {
    a.onEq = null;
    d.delete(w.heap, a);
  };
  expect(d.has(w.heap, key('a'))).toBe(false);
  expect(log).toEqual(['a==a']);
  expect(d.size).toBe(0);
  w.heap.decref(d);
  done();
});

/** A key equal to the int `n` (hash n), as Fraction(n) is. */
class IntLike extends Instance {
  constructor(
    cls: ConstructorParameters<typeof Instance>[0],
    readonly n: number,
  ) {
    super(cls);
  }
  override hashSlot(): number {
    return this.n === -1 ? -2 : this.n;
  }
  override eqSlot(_heap: Heap, other: Value): boolean {
    return other === this.n || (other instanceof IntLike && other.n === this.n);
  }
}

test('an object key equal to an int key is found across the two indexes, both ways', () => {
  const w = makeWorld();
  const C = w.heap.newClass('IntLike');
  const make = (n: number): IntLike => {
    w.heap.reserve();
    w.heap.incref(C);
    const k = w.heap.register(new IntLike(C, n));
    w.heap.track(k);
    return k;
  };
  const [three, minusOne, four] = [make(3), make(-1), make(4)];
  const d = w.heap.newDict();
  d.set(w.heap, 3, 'int three');
  d.set(w.heap, -1, 'int minus one');
  // The object probes find the int keys: the value is replaced, the int key kept.
  expect(d.get(w.heap, three)).toBe('int three');
  d.set(w.heap, three, 'via object');
  d.set(w.heap, minusOne, 'via object -1');
  expect(d.size).toBe(2);
  expect(d.get(w.heap, 3)).toBe('via object');
  expect(d.get(w.heap, -1)).toBe('via object -1');
  // An object key stored first is found by the int probe.
  d.set(w.heap, four, 'object four');
  expect(d.get(w.heap, 4)).toBe('object four');
  expect(d.delete(w.heap, 4)).toBe(true);
  expect(d.has(w.heap, four)).toBe(false);
  expect(d.get(w.heap, 5)).toBeUndefined();
  w.heap.decref(d);
  for (const k of [three, minusOne, four]) w.heap.decref(k);
  w.heap.decref(C);
  expectHealthy(w.heap);
});

/**
 * Against a model of the rule (identity over the hash's live entries, then
 * `stored == key` in entry order; a new key goes after the others): random
 * operations on keys whose hashes collide in their low bits (the table's
 * probe start), with enough keys to make the table grow, and deletions
 * that leave dummies behind.
 */
test('model: lookups compare the same keys in the same order whatever the table did', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const HASHES: Array<number | bigint> = [7, 7 + 2 ** 8, 7 + 2 ** 20, -3, 2 ** 40 + 7, 2n ** 62n + 7n, 0];
  const op = fc.record({
    kind: fc.constantFrom('set', 'get', 'delete', 'reuse'),
    name: fc.integer({ min: 0, max: 11 }),
    batch: fc.integer({ min: 0, max: 3 }),
  });
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (ops) => {
      const { w, log, key, done } = setup();
      const hashOf = (name: number): number | bigint => HASHES[name % HASHES.length];
      const mk = (name: number): Key => {
        const k = key(`k${name}`, 0);
        (k as { h: unknown }).h = hashOf(name);
        return k;
      };
      const d = w.heap.newDict();
      const model: Array<{ key: Key; value: number }> = [];
      const expected: string[] = [];
      const modelFind = (probe: Key): number => {
        const h = probe.h as unknown;
        const cands = model.map((e, i) => i).filter((i) => (model[i].key.h as unknown) === h);
        for (const i of cands) if (model[i].key === probe) return i;
        for (const i of cands) {
          expected.push(`${model[i].key.name}==${probe.name}`);
          if (model[i].key.name === probe.name) return i;
        }
        return -1;
      };
      let value = 0;
      for (const o of ops) {
        // A batch of filler keys of their own hashes: the table grows and rebuilds.
        for (let j = 0; j < o.batch * 5; j++) {
          const filler = key(`f${value}`, 1000 + value);
          const v = value++;
          d.set(w.heap, filler, v);
          model.push({ key: filler, value: v });
        }
        const probe = o.kind === 'reuse' && model.length > 0 ? model[o.name % model.length].key : mk(o.name);
        const i = modelFind(probe);
        if (o.kind === 'set' || o.kind === 'reuse') {
          const v = value++;
          d.set(w.heap, probe, v);
          if (i >= 0) model[i].value = v;
          else model.push({ key: probe, value: v });
        } else if (o.kind === 'get') {
          expect(d.get(w.heap, probe)).toBe(i >= 0 ? model[i].value : undefined);
        } else {
          expect(d.delete(w.heap, probe)).toBe(i >= 0);
          if (i >= 0) model.splice(i, 1);
        }
        expect(log.splice(0)).toEqual(expected.splice(0));
        expect(d.size).toBe(model.length);
      }
      w.heap.decref(d);
      done();
    }),
    { numRuns: 150 },
  );
});

test('model: int and bool keys (1 == True, -1 and -2 apart) through growth, deletion and compaction', () => {
  const fc = require('fast-check') as typeof import('fast-check');
  const key = fc.oneof(
    fc.integer({ min: -40, max: 40 }),
    fc.constantFrom(true, false, -1, -2, 2 ** 32, 2 ** 32 + 1, -(2 ** 40), 2 ** 53 - 1),
    fc.integer({ min: 0, max: 40 }).map((i) => i * 64),
  );
  const op = fc.record({ kind: fc.constantFrom('set', 'set', 'get', 'delete'), key });
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 200 }), (ops) => {
      const w = makeWorld();
      const d = w.heap.newDict();
      const model = new Map<number, { key: Value; value: number }>();
      let value = 0;
      for (const o of ops) {
        const n = +o.key;
        if (o.kind === 'set') {
          const v = value++;
          d.set(w.heap, o.key, v);
          const e = model.get(n);
          if (e !== undefined) e.value = v;
          else model.set(n, { key: o.key, value: v });
        } else if (o.kind === 'get') {
          expect(d.get(w.heap, o.key)).toBe(model.get(n)?.value);
        } else {
          expect(d.delete(w.heap, o.key)).toBe(model.delete(n));
        }
      }
      // The first key stored is kept, in insertion order.
      expect(d.entries()).toEqual([...model.values()].map((e) => [e.key, e.value]));
      w.heap.decref(d);
      expectHealthy(w.heap);
    }),
    { numRuns: 200 },
  );
});
