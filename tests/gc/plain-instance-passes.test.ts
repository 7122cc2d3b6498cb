/**
 * The collector's passes inline subtype_traverse and the type slots of a
 * plain instance (isPlainInstance: exactly Instance, no LayoutSpill). They
 * must do what the generic `traverse` / `hasFinalizer` /
 * `hasLegacyFinalizer` calls do: the same gc_refs, the same lists in the
 * same order. Property: a random graph built twice, once with plain
 * instances and once with every instance given an (empty) spill record,
 * which sends it down the generic path, deduces the same young and
 * unreachable lists.
 */
import fc from 'fast-check';
import { deduceUnreachable, subtractRefs, updateRefs, moveUnreachable } from '../../src/gc/deduce-unreachable';
import { moveLegacyFinalizers } from '../../src/gc/legacy-finalizers';
import { GcHead, Instance, listObjects, type PyObject } from '../../src/heap';
import { listMove } from '../../src/heap/gc-list';
import { isPlainInstance } from '../../src/heap/objects/instance-object';
import { nameOf } from '../heap/fixtures';
import { link, makeGcWorld } from './gc-fixtures';

/** Object i's attributes: [attribute number, target object index or null for an int value]. */
interface Graph {
  size: number;
  edges: Array<Array<[number, number | null]>>;
  held: boolean[];
}

/** Graphs of up to 10 objects whose attributes are among `attrs` names (name + 3 stay in the object; more spill). */
const graphArbitrary = (attrs: number): fc.Arbitrary<Graph> =>
  fc.integer({ min: 1, max: 10 }).chain((size) =>
    fc.record({
      size: fc.constant(size),
      edges: fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: attrs - 1 }), fc.option(fc.integer({ min: 0, max: size - 1 }))), { maxLength: 5 }), {
        minLength: size,
        maxLength: size,
      }),
      held: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    }),
  );

/** Build `g` in a fresh world, objects moved to a private young list in creation order, then the host's references to those not held dropped; `spill` gives each a spill record first. */
function build(g: Graph, spill: boolean) {
  const w = makeGcWorld({ debugChecks: false });
  const objs: Instance[] = [];
  for (let i = 0; i < g.size; i++) {
    const o = w.n('o' + i);
    if (spill) o.spilled();
    objs.push(o);
  }
  g.edges.forEach((es, i) => {
    for (const [attr, target] of es) link(w, objs[i], 'k' + attr, target === null ? attr : objs[target]);
  });
  const young = new GcHead('young', w.heap.gcStore);
  // The class first, as in a full collection: where an instance visits its class then shows.
  listMove(w.N, young);
  for (const o of objs) listMove(o, young);
  // An object neither held nor referenced dies here (and leaves young).
  objs.forEach((o, i) => {
    if (!g.held[i]) w.heap.decref(o);
  });
  return { w, objs, young };
}

function deduce(g: Graph, spill: boolean, stepwise: boolean) {
  const { young } = build(g, spill);
  const st = young.store;
  const unreachable = new GcHead('unreachable', st);
  let refs: string[] = [];
  if (stepwise) {
    updateRefs(young);
    subtractRefs(young);
    refs = listObjects(young).map((o) => `${o.describe()}=${st.refs[o.gcSlot]}`);
    moveUnreachable(young, unreachable);
  } else {
    deduceUnreachable(young, unreachable);
  }
  const finalizers = new GcHead('finalizers', st);
  const work = moveLegacyFinalizers(unreachable, finalizers);
  const label = (o: PyObject) => (o instanceof Instance ? nameOf(o) : o.typeName);
  return { refs, young: listObjects(young).map(label), unreachable: listObjects(unreachable).map(label), work };
}

test('isPlainInstance: only an Instance whose values are all in the object', () => {
  const w = makeGcWorld();
  const a = w.n('a');
  expect(isPlainInstance(a)).toBe(true);
  for (let i = 0; i < 4; i++) link(w, a, 'k' + i, i); // name + 4 keys: the fifth key spills
  expect(isPlainInstance(a)).toBe(false);
  const b = w.n('b');
  b.materializeDict(w.heap);
  expect(isPlainInstance(b)).toBe(false);
  const l = w.heap.newList();
  expect(isPlainInstance(l)).toBe(false);
  w.drop(a, b, l);
});

test.each([3, 6])('the inlined traverse gives the generic gc_refs and list orders, %i attribute names (fast-check)', (attrs) => {
  fc.assert(
    fc.property(graphArbitrary(attrs), (g) => {
      for (const stepwise of [true, false]) {
        const generic = deduce(g, true, stepwise);
        const plain = deduce(g, false, stepwise);
        expect(plain).toEqual(generic);
      }
    }),
    { numRuns: 200 },
  );
});

test('a reachable plain instance moves back what it reaches in key order, then its class', () => {
  // o3 held; it reaches o2 (key k0) and o1 (key k1) assigned in that order; o1 reaches o0.
  const g: Graph = {
    size: 4,
    edges: [[], [[4, 0]], [], [[0, 2], [1, 1]]],
    held: [false, false, false, true],
  };
  const r = deduce(g, false, false);
  expect(r.young).toEqual(['type', 'o3', 'o2', 'o1', 'o0']);
  expect(r.unreachable).toEqual([]);
  // o2 held reaches o0 (key k0) and o1 (key k1), both parked before it is scanned; o3 is garbage.
  const h: Graph = { size: 4, edges: [[], [], [[0, 0], [1, 1]], [[2, 3]]], held: [false, false, true, false] };
  expect(deduce(h, false, false)).toMatchObject({ young: ['type', 'o2', 'o0', 'o1'], unreachable: ['o3'] });
});
