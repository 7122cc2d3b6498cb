/**
 * Misuse of the weakref layer's TypeScript API on reclaimed objects fails
 * loudly: a reclaimed weak container, weakref, proxy or finalize object
 * throws StaleHandleError (not a Python AttributeError or ReferenceError,
 * which are for live objects whose state says so), and the heap stays
 * consistent. A live proxy to a dead referent still raises ReferenceError.
 */
import { StaleHandleError, type PyObject } from '../../src/heap';
import {
  derefWeakref,
  finalizeAlive,
  finalizeCall,
  finalizeDetach,
  finalizePeek,
  newFinalize,
  newProxy,
  newRef,
  newWeakKeyDictionary,
  newWeakSet,
  newWeakValueDictionary,
  proxyReferent,
} from '../../src/weakref';
import { expectHeapOk, pyErrorText, world, type World } from './helpers';

function dead<T extends PyObject>(w: World, make: () => T): T {
  const x = make();
  w.heap.decref(x);
  if (!x.isDead) w.gc.collect();
  expect(x.isDead).toBe(true);
  return x;
}

/** A finalize object reclaimed after detach() (until then the registry holds it). */
function deadFinalize(w: World) {
  return dead(w, () => {
    const f = newFinalize(w.heap, w.obj('f'), 1);
    w.heap.decref(finalizeDetach(w.heap, f));
    return f;
  });
}

const operations: Array<[string, (w: World) => unknown]> = [
  ['WeakValueDictionary.setItem', (w) => dead(w, () => newWeakValueDictionary(w.heap)).setItem(w.heap, 1, w.obj('v'))],
  ['WeakValueDictionary.getItem', (w) => dead(w, () => newWeakValueDictionary(w.heap)).getItem(w.heap, 1)],
  ['WeakValueDictionary.len', (w) => dead(w, () => newWeakValueDictionary(w.heap)).len(w.heap)],
  ['WeakValueDictionary.items', (w) => dead(w, () => newWeakValueDictionary(w.heap)).items(w.heap).next(w.heap)],
  ['WeakKeyDictionary.setItem', (w) => dead(w, () => newWeakKeyDictionary(w.heap)).setItem(w.heap, w.obj('k'), 1)],
  ['WeakKeyDictionary.contains', (w) => dead(w, () => newWeakKeyDictionary(w.heap)).contains(w.heap, 1)],
  ['WeakKeyDictionary.popItem', (w) => dead(w, () => newWeakKeyDictionary(w.heap)).popItem(w.heap)],
  ['WeakSet.add', (w) => dead(w, () => newWeakSet(w.heap)).add(w.heap, w.obj('x'))],
  ['WeakSet.len', (w) => dead(w, () => newWeakSet(w.heap)).len(w.heap)],
  ['calling a reclaimed weakref', (w) => derefWeakref(w.heap, dead(w, () => newRef(w.heap, w.obj('r'))))],
  ['using a reclaimed proxy', (w) => proxyReferent(dead(w, () => newProxy(w.heap, w.obj('p'))))],
  ['finalize call', (w) => finalizeCall(w.heap, deadFinalize(w))],
  ['finalize detach', (w) => finalizeDetach(w.heap, deadFinalize(w))],
  ['finalize peek', (w) => finalizePeek(w.heap, deadFinalize(w))],
  ['finalize alive', (w) => finalizeAlive(w.heap, deadFinalize(w))],
];

test.each(operations)('%s on a reclaimed object throws StaleHandleError', (_name, op) => {
  const w = world();
  let error: unknown;
  try {
    op(w);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StaleHandleError);
  expect((error as Error).message).toMatch(/#\d+ was reclaimed; its handle can no longer be used$|^incref of reclaimed object \S+#\d+$/);
  w.gc.collect();
  expectHeapOk(w.heap);
});

test('a live proxy whose referent died raises ReferenceError, not the stale-handle error', () => {
  const w = world();
  const o = w.obj('o');
  const p = newProxy(w.heap, o);
  w.heap.decref(o);
  expect(pyErrorText(() => proxyReferent(p))).toBe('ReferenceError: weakly-referenced object no longer exists');
  w.heap.decref(p);
  expectHeapOk(w.heap);
});
