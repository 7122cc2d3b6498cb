/**
 * The collector's phases (CPython 3.11 gc_collect_main and
 * deduce_unreachable), one rule per test. The end-to-end orders mirror
 * oracle/collection_order.py; RECORDED is its output under python3 3.11.
 */
import { updateRefs, subtractRefs, moveUnreachable } from '../../src/gc/deduce-unreachable';
import { COLLECTING, UNREACHABLE, GcHead, gcMarks, listObjects, type PyObject } from '../../src/heap';
import { listMove, listMovePrefix } from '../../src/heap/gc-list';
import { expectHealthy, nameOf, oracleTest } from '../heap/fixtures';
import { link, makeGcWorld } from './gc-fixtures';

const RECORDED = `1 3 ['cb a', 'cb b', 'cb c', 'del a', 'del b', 'del c']
2 gen1 after collect(0): ['c', 'b', 'a']
2 3 ['cb c', 'cb b', 'cb a', 'del c', 'del b', 'del a']
3 2 ['cb D', 'cb E', 'del D', 'del E'] gen1: ['C', 'A', 'B']
4 3 ['cb x2', 'cb z0', 'cb y1', 'del x2', 'del z0', 'del y1']
5 [1] (0, 1, 0) [2] (0, 0, 1) [2] (0, 0, 0)
6 2 ['cb y1', 'cb z0', 'del y1', 'del z0']
`;
const line = (k: string) =>
  RECORDED.split('\n')
    .filter((l) => l.startsWith(k + ' '))
    .map((l) => l.slice(k.length + 1));
const pyList = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

/**
 * The worked example of docs/gc.md: A <-> B, C -> A with C held by the
 * host; D <-> E is garbage. Created A, B, C, D, E; moved to a private
 * `young` list so each phase can be watched on its own.
 */
function example() {
  const w = makeGcWorld();
  const [A, B, C, D, E] = ['A', 'B', 'C', 'D', 'E'].map((s) => w.n(s));
  link(w, A, 'peer', B);
  link(w, B, 'peer', A);
  link(w, C, 'ref', A);
  link(w, D, 'peer', E);
  link(w, E, 'peer', D);
  w.drop(A, B, D, E); // the host keeps only C
  const young = new GcHead('young', w.heap.gcStore);
  for (const o of [A, B, C, D, E]) listMove(o, young);
  const refs = () => listObjects(young).map((o) => `${nameOf(o)}=${young.store.refs[o.gcSlot]}`);
  return { ...w, A, B, C, D, E, young, refs };
}

const names = (head: GcHead) => listObjects(head).map(nameOf);

test('update_refs copies each refcount into gc_refs and marks the objects COLLECTING', () => {
  const { young, refs } = example();
  updateRefs(young);
  expect(refs()).toEqual(['A=2', 'B=1', 'C=1', 'D=1', 'E=1']);
  expect(listObjects(young).every((o) => (gcMarks(o, young.store) & COLLECTING) !== 0)).toBe(true);
});

test('subtract_refs leaves in gc_refs only the references from outside the list', () => {
  const { young, refs, N } = example();
  young.store.refs[N.gcSlot] = 12345; // the class is in gen2, outside the list: its references are not subtracted
  updateRefs(young);
  subtractRefs(young);
  expect(refs()).toEqual(['A=0', 'B=0', 'C=1', 'D=0', 'E=0']);
  expect(young.store.refs[N.gcSlot]).toBe(12345);
});

test('move_unreachable parks gc_refs == 0 objects in unreachable and moves back, in discovery order, what reachable objects reach', () => {
  const { young } = example();
  updateRefs(young);
  subtractRefs(young);
  const unreachable = new GcHead('unreachable', young.store);
  // The count it returns is what is left in unreachable (A and B moved back).
  expect(moveUnreachable(young, unreachable)).toBe(2);
  // A and B were parked, then C (gc_refs 1) reached A, and A reached B:
  // both went back to young's tail in that order.
  expect(names(young)).toEqual(['C', 'A', 'B']);
  expect(names(unreachable)).toEqual(['D', 'E']);
  expect(listObjects(young).every((o) => gcMarks(o, young.store) === 0)).toBe(true);
  expect(listObjects(unreachable).every((o) => gcMarks(o, young.store) === (COLLECTING | UNREACHABLE))).toBe(true);
});

test("move_unreachable's C->B->A example: after collect(0) the survivors are in gen1 as C, B, A", () => {
  const w = makeGcWorld();
  const [a, b, c] = ['a', 'b', 'c'].map((s) => w.n(s));
  link(w, b, 'ref', a);
  link(w, c, 'ref', b);
  w.drop(a, b);
  w.gc.collect(0);
  expect(`gen1 after collect(0): ${pyList(w.names(1))}`).toBe(line('2')[0]);
  // Close the cycle a -> c: the whole cycle is collected in list order c, b, a.
  link(w, a, 'ref', c);
  for (const o of [c, b, a]) w.watch(o);
  w.drop(c);
  const n = w.gc.collect(1);
  expect(`${n} ${pyList(w.log)}`).toBe(line('2')[1]);
  expectHealthy(w.heap);
});

test('a fresh cycle is collected in creation order: every callback first, then every __del__', () => {
  const w = makeGcWorld();
  const [a, b, c] = ['a', 'b', 'c'].map((s) => w.n(s));
  link(w, a, 'nxt', b);
  link(w, b, 'nxt', c);
  link(w, c, 'nxt', a);
  for (const o of [a, b, c]) w.watch(o);
  w.drop(a, b, c);
  const n = w.gc.collect();
  expect(`${n} ${pyList(w.log)}`).toBe(line('1')[0]);
  expectHealthy(w.heap);
});

test('garbage keeps its relative order while reachable objects found late are re-appended (collect(0))', () => {
  const w = makeGcWorld();
  const [A, B, C, D, E] = ['A', 'B', 'C', 'D', 'E'].map((s) => w.n(s));
  link(w, C, 'ref', A);
  link(w, A, 'peer', B);
  link(w, B, 'peer', A);
  link(w, D, 'peer', E);
  link(w, E, 'peer', D);
  for (const o of [D, E]) w.watch(o);
  w.drop(A, B, D, E);
  const n = w.gc.collect(0);
  expect(`${n} ${pyList(w.log)} gen1: ${pyList(w.names(1))}`).toBe(line('3')[0]);
  w.drop(C);
  expectHealthy(w.heap);
});

test('a full collection scans [gen2][gen0][gen1] (gc_list_merge of the younger generations, in order)', () => {
  const w = makeGcWorld();
  const x = w.n('x2');
  link(w, x, 'me', x);
  w.gc.collect();
  const y = w.n('y1');
  link(w, y, 'me', y);
  w.gc.collect(0);
  const z = w.n('z0');
  link(w, z, 'me', z);
  for (const o of [x, y, z]) w.watch(o);
  w.drop(x, y, z);
  const n = w.gc.collect(2);
  expect(`${n} ${pyList(w.log)}`).toBe(line('4')[0]);
  expectHealthy(w.heap);
});

test('a gen1 collection scans [gen1][gen0]: gen0 is appended after gen1', () => {
  const w = makeGcWorld();
  const y = w.n('y1');
  link(w, y, 'me', y);
  w.gc.collect(0);
  const z = w.n('z0');
  link(w, z, 'me', z);
  for (const o of [y, z]) w.watch(o);
  w.drop(y, z);
  const n = w.gc.collect(1);
  expect(`${n} ${pyList(w.log)}`).toBe(line('6')[0]);
});

test('survivors are promoted one generation, and counts after collect(0)/(1)/(2) are (0,1,0)/(0,0,1)/(0,0,0)', () => {
  const w = makeGcWorld();
  const s: PyObject = w.n('s');
  const where = () => [0, 1, 2].filter((g) => w.gc.getObjects(g).includes(s));
  const out: string[] = [];
  for (const g of [0, 1, 2]) {
    w.gc.collect(g);
    const c = w.gc.getCount();
    out.push(`[${where()}] (${c.join(', ')})`);
  }
  expect(out.join(' ')).toBe(line('5')[0]);
});

test('the trace records the unreachable list after move_unreachable and the final garbage before delete_garbage', () => {
  const w = makeGcWorld({ trace: true });
  const [p, q] = [w.n('p'), w.n('q')];
  link(w, p, 'peer', q);
  link(w, q, 'peer', p);
  w.drop(p, q);
  w.gc.collect();
  const phases = w.heap.trace!.events.filter((e) => e.kind === 'gc-phase');
  const byPhase = (name: string) => phases.filter((e) => e.phase === name && e.pass === undefined).at(-1)!;
  expect(byPhase('move_unreachable').unreachable).toEqual([p.id, q.id]);
  expect(byPhase('move_unreachable').objects).toEqual([p.id, q.id]);
  expect(byPhase('delete_garbage').objects).toEqual([p.id, q.id]);
  // Trace format v1: every phase of gc_collect_main, in order.
  const lastCollection = phases.at(-1)!.collection;
  const firstPass = phases.filter((e) => e.collection === lastCollection && e.pass === undefined).map((e) => e.phase);
  expect(firstPass).toEqual([
    'update_refs',
    'subtract_refs',
    'move_unreachable',
    'move_legacy_finalizers',
    'handle_weakrefs',
    'finalize_garbage',
    ...(firstPass.includes('handle_resurrected_objects') ? ['handle_resurrected_objects'] : []),
    'delete_garbage',
  ]);
});

oracleTest('gc', 'collection_order.py', RECORDED);

test('listMovePrefix moves the nodes before a stop node to the tail of another list, as one gc_list_move each would', () => {
  const { young } = example();
  const other = new GcHead('other', young.store);
  const all = listObjects(young);
  listMove(all[4], other);
  listMovePrefix(young, all[2].gcSlot, other);
  expect(names(other)).toEqual([all[4], all[0], all[1]].map(nameOf));
  expect(names(young)).toEqual([all[2], all[3]].map(nameOf));
  listMovePrefix(young, young.slot, other);
  expect(names(young)).toEqual([]);
  expect(names(other)).toEqual([all[4], all[0], all[1], all[2], all[3]].map(nameOf));
  listMovePrefix(young, young.slot, other);
  listMovePrefix(other, other.store.next[other.slot], young);
  expect(names(other)).toHaveLength(5);
  const { prev, next } = other.store;
  for (const o of listObjects(other)) expect(prev[next[o.gcSlot]]).toBe(o.gcSlot);
});
