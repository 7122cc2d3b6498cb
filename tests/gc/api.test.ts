/**
 * The gc module's API on the Collector (CPython 3.11 Modules/gcmodule.c):
 * gc.callbacks, thresholds, argument errors with CPython's messages,
 * tracking (is_tracked, untrack_tuples, untrack_dicts), freeze,
 * get_objects, get_referrers. Mirrors oracle/api.py; RECORDED is its output
 * under python3 3.11.
 */
import { Collector } from '../../src/gc';
import { BasicHost, PyException, type DictObject, type Heap, type PyObject, type Value } from '../../src/heap';
import { defineClass, expectHealthy, fn } from '../heap/fixtures';
import { makeGcWorld } from './gc-fixtures';

const RECORDED = `event ('unraisable', 'bad start')
event ('start', {'generation': 2, 'collected': 0, 'uncollectable': 0})
event ('unraisable', 'bad stop')
event ('stop', {'generation': 2, 'collected': 1, 'uncollectable': 0})
event ('unraisable', 'bad start')
event ('start', {'generation': 1, 'collected': 0, 'uncollectable': 0})
event ('unraisable', 'bad stop')
event ('stop', {'generation': 1, 'collected': 0, 'uncollectable': 0})
get_threshold() -> (700, 10, 10)
collect(3) -> ValueError: invalid generation
collect(-1) -> ValueError: invalid generation
set_threshold() -> TypeError: set_threshold() takes at least 1 argument (0 given)
set_threshold(1, 2, 3, 4) -> TypeError: set_threshold() takes at most 3 arguments (4 given)
get_objects(generation=3) -> ValueError: generation parameter must be less than the number of available generations (3)
get_objects(generation=-2) -> ValueError: generation parameter cannot be negative
get_objects(-1) is everything -> True
tracked: empty dict False | run-time tuple True | tuple holding a list True
dict after inserting a list True
after collect(0): dict True | tuple False | tuple holding a list True
after collect(): dict False
nested tuples after collect(0): inner False outer True
nested tuples after collect(1): inner False outer False
is_tracked of atoms -> [False, False, False, False]
count before freeze (1, 1, 1) after freeze (0, 0, 0) | k in get_objects(): False | freeze count True
frozen garbage is not collected: collect() -> 0
after unfreeze: freeze count 0 | k in gen2: True | collect() -> 1
referrers of a: ['K', 'list']
`;
const line = (label: string) => {
  const l = RECORDED.split('\n').find((x) => x.startsWith(label));
  if (l === undefined) throw new Error('no recorded line ' + label);
  return l;
};
const ids = (os: PyObject[]) => os.map((o) => o.id);
const py = (b: boolean) => (b ? 'True' : 'False');
const tuple = (xs: number[]) => `(${xs.join(', ')})`;

/** What `attempt(label, f)` prints in the oracle. */
function attempt(label: string, f: () => unknown): string {
  try {
    const r = f();
    return `${label} -> ${Array.isArray(r) ? `[${r.map((x) => (typeof x === 'boolean' ? py(x) : x)).join(', ')}]` : typeof r === 'boolean' ? py(r) : r}`;
  } catch (e) {
    const p = e as PyException;
    return `${label} -> ${p.pyType}: ${p.pyMessage}`;
  }
}

function infoRepr(heap: Heap, info: Value): string {
  const d = info as DictObject;
  const keys = ['generation', 'collected', 'uncollectable'];
  return `{${keys.map((k) => `'${k}': ${d.get(heap, k)}`).join(', ')}}`;
}

test('gc.callbacks get ("start", info) and ("stop", info) in list order; an error is unraisable and the others still run', () => {
  const events: string[] = [];
  class Hook extends BasicHost {
    override writeUnraisable(_h: Heap, e: unknown): void {
      events.push(`event ('unraisable', '${(e as PyException).pyMessage}')`);
    }
  }
  const w = makeGcWorld({ host: new Hook() });
  const { heap, gc } = w;
  const bad = fn(heap, 'bad', ([phase]) => {
    throw new PyException('RuntimeError', 'bad ' + String(phase));
  });
  const cb = fn(heap, 'cb', ([phase, info]) => void events.push(`event ('${phase}', ${infoRepr(heap, info)})`));
  gc.callbacks.append(heap, bad);
  gc.callbacks.append(heap, cb);
  w.drop(bad, cb);
  const x = heap.newList();
  x.append(heap, x);
  heap.decref(x);
  gc.collect();
  gc.collect(1);
  gc.callbacks.clear(heap);
  expect(events).toEqual(RECORDED.split('\n').filter((l) => l.startsWith('event')));
  expectHealthy(heap);
});

test('default thresholds are (700, 10, 10)', () => {
  const { gc } = makeGcWorld();
  expect(`get_threshold() -> ${tuple(gc.getThreshold())}`).toBe(line('get_threshold()'));
});

test("collect(3) and collect(-1) raise ValueError('invalid generation')", () => {
  const { gc } = makeGcWorld();
  expect(attempt('collect(3)', () => gc.collect(3))).toBe(line('collect(3)'));
  expect(attempt('collect(-1)', () => gc.collect(-1))).toBe(line('collect(-1)'));
  expect(() => gc.collect(1.5)).toThrow(PyException);
});

test('set_threshold() with no arguments or more than three raises TypeError with CPython\'s message', () => {
  const { gc } = makeGcWorld();
  expect(attempt('set_threshold()', () => gc.setThreshold())).toBe(line('set_threshold()'));
  expect(attempt('set_threshold(1, 2, 3, 4)', () => gc.setThreshold(1, 2, 3, 4))).toBe(line('set_threshold(1, 2, 3, 4)'));
  gc.setThreshold(5);
  expect(gc.getThreshold()).toEqual([5, 10, 10]);
});

test('get_objects(generation=3) and (generation=-2) raise ValueError; generation=-1 means every generation', () => {
  const { gc } = makeGcWorld();
  expect(attempt('get_objects(generation=3)', () => gc.getObjects(3))).toBe(line('get_objects(generation=3)'));
  expect(attempt('get_objects(generation=-2)', () => gc.getObjects(-2))).toBe(line('get_objects(generation=-2)'));
  expect(attempt('get_objects(-1) is everything', () => gc.getObjects(-1).length === gc.getObjects().length)).toBe(
    line('get_objects(-1) is everything'),
  );
});

test('get_objects(g) lists one generation in list order; get_objects() lists gen0, gen1, gen2', () => {
  const { heap, gc, N } = makeGcWorld();
  const a = heap.newList();
  gc.collect(0);
  const b = heap.newList();
  gc.collect(0);
  gc.collect(1);
  const c = heap.newList();
  gc.collect(0);
  const d = heap.newList();
  expect(ids(gc.getObjects(0))).toEqual([d.id]);
  expect(ids(gc.getObjects(1))).toEqual([c.id]);
  expect(ids(gc.getObjects(2).slice(-2))).toEqual([a.id, b.id]);
  expect(gc.getObjects(2).includes(N)).toBe(true);
  expect(ids(gc.getObjects())).toEqual([d.id, c.id, ...ids(gc.getObjects(2))]);
});

test('tracking: a dict is untracked again only by a full collection, a tuple of atoms by any collection that sees it', () => {
  const { heap, gc } = makeGcWorld();
  const d = heap.newDict();
  const t = heap.newTuple([1, 2]);
  const inner = heap.newList();
  const nested = heap.newTuple([inner]);
  heap.decref(inner);
  expect(
    `tracked: empty dict ${py(heap.isTracked(d))} | run-time tuple ${py(heap.isTracked(t))} | tuple holding a list ${py(heap.isTracked(nested))}`,
  ).toBe(line('tracked: '));
  const l = heap.newList();
  d.set(heap, 'k', l);
  heap.decref(l);
  expect(`dict after inserting a list ${py(heap.isTracked(d))}`).toBe(line('dict after inserting a list'));
  d.delete(heap, 'k');
  gc.collect(0);
  expect(
    `after collect(0): dict ${py(heap.isTracked(d))} | tuple ${py(heap.isTracked(t))} | tuple holding a list ${py(heap.isTracked(nested))}`,
  ).toBe(line('after collect(0)'));
  gc.collect();
  expect(`after collect(): dict ${py(heap.isTracked(d))}`).toBe(line('after collect():'));
  expect(attempt('is_tracked of atoms', () => [1, 'a', null, true].map((v) => heap.isTracked(v)))).toBe(
    line('is_tracked of atoms'),
  );
  expectHealthy(heap);
});

test('untrack_tuples runs over young after move_unreachable, whose order decides how far untracking goes', () => {
  const { heap, gc } = makeGcWorld();
  const inner = heap.newTuple([1]);
  const outer = heap.newTuple([inner]);
  heap.decref(inner);
  gc.collect(0);
  // move_unreachable left young as [outer, inner] (inner was parked, then
  // found through outer): outer is examined while inner is still tracked.
  expect(`after collect(0): inner ${py(heap.isTracked(inner))} outer ${py(heap.isTracked(outer))}`).toBe(
    line('nested tuples after collect(0)').replace('nested tuples ', ''),
  );
  gc.collect(1);
  expect(`after collect(1): inner ${py(heap.isTracked(inner))} outer ${py(heap.isTracked(outer))}`).toBe(
    line('nested tuples after collect(1)').replace('nested tuples ', ''),
  );
  heap.decref(outer);
});

test('freeze moves every generation to the permanent one and zeroes the counts; frozen garbage is not collected until unfreeze', () => {
  const { heap, gc } = makeGcWorld();
  const K = defineClass(heap, 'K');
  gc.collect();
  const k = heap.newInstance(K);
  gc.collect(1);
  gc.collect(0);
  const g = heap.newInstance(K);
  g.setAttr(heap, 'me', g);
  heap.decref(g);
  const c = gc.getCount();
  gc.freeze();
  expect(
    `count before freeze ${tuple(c)} after freeze ${tuple(gc.getCount())} | k in get_objects(): ${py(gc.getObjects().includes(k))} | freeze count ${py(gc.getFreezeCount() > 0)}`,
  ).toBe(line('count before freeze'));
  expect(`frozen garbage is not collected: collect() -> ${gc.collect()}`).toBe(line('frozen garbage'));
  gc.unfreeze();
  const inGen2 = gc.getObjects(2).includes(k);
  expect(`after unfreeze: freeze count ${gc.getFreezeCount()} | k in gen2: ${py(inGen2)} | collect() -> ${gc.collect()}`).toBe(
    line('after unfreeze'),
  );
  expect(g.isDead).toBe(true);
  expectHealthy(heap);
});

test('get_freeze_count counts the permanent generation; unfreeze appends it to gen2', () => {
  const { heap, gc } = makeGcWorld();
  const before = ids(gc.getObjects(2));
  const young = heap.newList();
  gc.freeze(); // permanent = [gen0][gen1][gen2]
  expect(gc.getFreezeCount()).toBe(before.length + 1);
  expect(gc.getObjects()).toEqual([]);
  const after = heap.newList();
  gc.collect();
  gc.unfreeze(); // gen2 = [gen2][permanent]
  expect(gc.getFreezeCount()).toBe(0);
  expect(ids(gc.getObjects(2))).toEqual([after.id, young.id, ...before]);
});

test('get_referrers returns the tracked objects whose traverse visits the argument, in generation order', () => {
  const { heap, gc } = makeGcWorld();
  const K = defineClass(heap, 'K');
  const a = heap.newInstance(K);
  const holder = heap.newList([a]);
  const b = heap.newInstance(K);
  b.setAttr(heap, 'x', a);
  const refs = gc.getReferrers([a]);
  expect(ids(refs)).toEqual([holder.id, b.id]);
  const names = refs.map((r) => (r as PyObject).typeName).sort();
  expect(`referrers of a: [${names.map((n) => `'${n}'`).join(', ')}]`).toBe(line('referrers of a'));
  // An untracked container is not scanned (it cannot be in a cycle), and immediates have no referrers.
  const d = heap.newDict();
  d.set(heap, 'k', 1);
  expect(gc.getReferrers([1])).toEqual([]);
  expect(ids(gc.getReferrers([K]))).toEqual(expect.arrayContaining([a.id, b.id]));
});

test('gc.get_stats: collections, collected and uncollectable per generation', () => {
  const { heap, gc } = makeGcWorld();
  const base = gc.stats.map((s) => ({ ...s }));
  const l = heap.newList();
  l.append(heap, l);
  heap.decref(l);
  gc.collect(0);
  gc.collect(2);
  expect(gc.stats[0]).toEqual({ ...base[0], collections: base[0].collections + 1, collected: base[0].collected + 1 });
  expect(gc.stats[2]).toEqual({ ...base[2], collections: base[2].collections + 1 });
});

test('a second Collector can be attached to a fresh heap without sharing state', () => {
  const { heap: h1, gc: g1 } = makeGcWorld();
  const { gc: g2 } = makeGcWorld();
  h1.newList();
  expect(g1.getCount()[0]).toBe(1);
  expect(g2.getCount()[0]).toBe(0);
  expect(new Collector(h1, { debugChecks: true }).heap).toBe(h1);
});
