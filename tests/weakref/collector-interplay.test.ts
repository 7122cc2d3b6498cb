/**
 * The weakref layer and the cycle collector together: cyclic values and
 * keys leave only at gc.collect(), callbacks of trash weakrefs never run,
 * callbacks that mutate weak containers, create refs, resurrect or collect
 * again, automatic collections in the middle of container operations
 * (test_len_race), and stress mode (a collection at every allocation).
 */
import { Instance, type Heap, type Value } from '../../src/heap';
import {
  derefWeakref,
  getweakrefcount,
  newRef,
  newWeakKeyDictionary,
  newWeakSet,
  newWeakValueDictionary,
  type WeakContainer,
  type WeakIterator,
} from '../../src/weakref';
import { drain, expectHeapOk, nameOf, releaseAll, world, type World } from './helpers';

function cyclic(w: World, name: string): Instance {
  const o = w.obj(name);
  o.setAttr(w.heap, 'me', o);
  return o;
}

/** A class with __del__ running `f(self)`. */
function classWithDel(w: World, f: (self: Instance) => void) {
  const del = w.heap.newHostFunction('__del__', (_h, _fn, args) => {
    f(args[0] as Instance);
    return null;
  });
  const D = w.heap.newClass('D', [], { __del__: del });
  w.heap.decref(del);
  return D;
}

describe('weak containers and the collector', () => {
  test('edge case 53: cyclic values, keys and items leave only at gc.collect()', () => {
    const w = world();
    const { heap, gc } = w;
    const wvd = newWeakValueDictionary(heap);
    const wkd = newWeakKeyDictionary(heap);
    const ws = newWeakSet(heap);
    const v = cyclic(w, 'v');
    const k = cyclic(w, 'k');
    const i = cyclic(w, 'i');
    wvd.setItem(heap, 'v', v);
    wkd.setItem(heap, k, 'value');
    ws.add(heap, i);
    releaseAll(heap, [v, k, i]);
    expect([wvd.len(heap), wkd.len(heap), ws.len(heap)]).toEqual([1, 1, 1]);
    expect(wvd.contains(heap, 'v')).toBe(true);
    // three instances plus the three weakrefs freed after their callbacks (p28)
    expect(gc.collect()).toBe(6);
    expect([wvd.len(heap), wkd.len(heap), ws.len(heap)]).toEqual([0, 0, 0]);
    releaseAll(heap, [wvd, wkd, ws]);
    expectHeapOk(heap);
  });

  test('test_callback_in_cycle: a container that is trash with its values runs no callback', () => {
    const w = world();
    const { heap, gc } = w;
    const d = newWeakValueDictionary(heap);
    const v = w.obj('v');
    v.setAttr(heap, 'd', d); // v -> d, d -(weak)-> v
    const holder = w.obj('holder');
    holder.setAttr(heap, 'v', v);
    v.setAttr(heap, 'holder', holder); // v <-> holder: a cycle holding d
    d.setItem(heap, 'v', v);
    const spy = newRef(heap, d, w.logger('external ref to d'));
    releaseAll(heap, [d, v, holder]);
    expect(gc.collect()).toBeGreaterThan(0);
    expect(d.isDead).toBe(true);
    expect(w.log).toEqual(['external ref to d']); // only the external weakref's callback runs: the KeyedRef is trash
    expect(derefWeakref(heap, spy)).toBe(null);
    heap.decref(spy);
    expectHeapOk(heap);
  });

  test('test_callback_in_cycle_resurrection / p06: trash weakrefs never call back; external ones do', () => {
    const w = world();
    const { heap, gc, log } = w;
    const a = w.obj('a');
    a.setAttr(heap, 'me', a);
    const trashCb = w.logger('a.wr (trash weakref)');
    const extCb = w.logger('ext');
    const trashWr = newRef(heap, a, trashCb);
    a.setAttr(heap, 'wr', trashWr);
    const ext = newRef(heap, a, extCb);
    releaseAll(heap, [trashWr, trashCb, extCb, a]);
    gc.collect();
    expect(log).toEqual(['ext']);
    heap.decref(ext);
    expectHeapOk(heap);
  });

  test('callbacks see every weakref to the trash dead (test_bug1055820b); WeakSet members vanish together', () => {
    const w = world();
    const { heap, gc } = w;
    const ws = newWeakSet(heap);
    const objs = ['x', 'y', 'z'].map((n) => w.obj(n));
    objs[0].setAttr(heap, 'next', objs[1]);
    objs[1].setAttr(heap, 'next', objs[2]);
    objs[2].setAttr(heap, 'next', objs[0]);
    for (const o of objs) ws.add(heap, o);
    const seen: string[] = [];
    const refs: Array<ReturnType<typeof newRef>> = [];
    for (const o of objs) {
      refs.push(
        newRef(
          heap,
          o,
          heap.newHostFunction('cb', () => {
            seen.push(`len=${ws.len(heap)} dead=${refs.every((r) => r.referent === null)}`);
            return null;
          }),
        ),
      );
    }
    for (const r of refs) heap.decref(r.callback as Value);
    releaseAll(heap, objs);
    gc.collect();
    // per object, newest ref first: r_x, ws_x, r_y, ws_y, r_z, ws_z -- and every ref is dead before any callback
    expect(seen).toEqual(['len=3 dead=true', 'len=2 dead=true', 'len=1 dead=true']);
    expect(ws.len(heap)).toBe(0);
    expect(refs.map((r) => r.referent)).toEqual([null, null, null]);
    releaseAll(heap, [...refs, ws]);
    expectHeapOk(heap);
  });

  test('a callback that mutates the weak dict, creates refs and adds entries (refcount path)', () => {
    const w = world();
    const { heap } = w;
    const d = newWeakValueDictionary(heap);
    const keep = w.obj('keep');
    const a = w.obj('a');
    const b = w.obj('b');
    d.setItem(heap, 'a', a);
    d.setItem(heap, 'b', b);
    const made: Value[] = [];
    const cb = heap.newHostFunction('cb', () => {
      d.delItem(heap, 'b'); // remove another entry
      d.setItem(heap, 'keep', keep); // add one
      made.push(newRef(heap, keep)); // create a weakref
      return null;
    });
    const r = newRef(heap, a, cb);
    heap.decref(cb);
    heap.decref(a); // a's weakrefs: the dict's KeyedRef, then r (newest first)
    expect(d.dict.entries().map(([k]) => k)).toEqual(['keep']);
    expect(getweakrefcount(keep)).toBe(2);
    releaseAll(heap, [...made, r, b, keep, d]);
    expectHeapOk(heap);
  });

  test('a callback run by the collector that iterates the weak dict and deletes from it', () => {
    const w = world();
    const { heap, gc } = w;
    const d = newWeakKeyDictionary(heap);
    const live = w.obj('live');
    d.setItem(heap, live, 1);
    const trash = cyclic(w, 'trash');
    d.setItem(heap, trash, 2);
    const seenKeys: string[][] = [];
    const cb = heap.newHostFunction('cb', () => {
      const it = d.keys(heap);
      const ks = drain(heap, it);
      seenKeys.push(ks.map(nameOf));
      releaseAll(heap, ks);
      heap.decref(it);
      d.delItem(heap, live);
      return null;
    });
    const r = newRef(heap, trash, cb);
    heap.decref(cb);
    heap.decref(trash);
    gc.collect();
    expect(seenKeys).toEqual([['live']]); // the trash key's entry was removed before (its ref came first)
    expect(d.len(heap)).toBe(0);
    releaseAll(heap, [r, live, d]);
    expectHeapOk(heap);
  });

  test('edge case 40: gc.collect() inside a callback run by the collector returns 0', () => {
    const w = world();
    const { heap, gc } = w;
    const d = newWeakValueDictionary(heap);
    const v = cyclic(w, 'v');
    d.setItem(heap, 'v', v);
    const results: number[] = [];
    const cb = heap.newHostFunction('cb', () => (results.push(gc.collect()), null));
    const r = newRef(heap, v, cb);
    heap.decref(cb);
    heap.decref(v);
    gc.collect();
    expect(results).toEqual([0]);
    expect(d.len(heap)).toBe(0);
    releaseAll(heap, [r, d]);
    expectHeapOk(heap);
  });

  test('a refcount-death callback that calls gc.collect() which collects cyclic values of the same dict', () => {
    const w = world();
    const { heap, gc } = w;
    const d = newWeakValueDictionary(heap);
    const plain = w.obj('plain');
    const cyc = cyclic(w, 'cyc');
    d.setItem(heap, 'plain', plain);
    d.setItem(heap, 'cyc', cyc);
    heap.decref(cyc);
    const counts: number[] = [];
    const cb = heap.newHostFunction('cb', () => (counts.push(gc.collect()), null));
    const r = newRef(heap, plain, cb);
    heap.decref(cb);
    heap.decref(plain);
    expect(counts).toEqual([2]);
    expect(d.len(heap)).toBe(0);
    releaseAll(heap, [r, d]);
    expectHeapOk(heap);
  });

  test('p11: a value resurrected by __del__ on the refcount path keeps its entry; on the GC path it loses it', () => {
    const w = world();
    const { heap, gc } = w;
    const saved: Instance[] = [];
    const D = classWithDel(w, (self) => {
      heap.incref(self);
      saved.push(self);
    });
    const d = newWeakValueDictionary(heap);
    const x = heap.newInstance(D);
    d.setItem(heap, 'x', x);
    heap.decref(x); // __del__ resurrects: no weakref cleared
    expect(saved).toEqual([x]);
    expect(d.contains(heap, 'x')).toBe(true);
    const y = heap.newInstance(D);
    y.setAttr(heap, 'me', y);
    d.setItem(heap, 'y', y);
    heap.decref(y);
    gc.collect(); // weakrefs cleared first, then __del__ resurrects
    expect(saved).toEqual([x, y]);
    expect(y.isDead).toBe(false);
    expect(d.contains(heap, 'y')).toBe(false);
    // the second death runs no __del__ (FINALIZED): x's entry goes now
    heap.decref(saved.shift()!);
    expect(d.contains(heap, 'x')).toBe(false);
    y.deleteAttr(heap, 'me');
    heap.decref(saved.shift()!);
    expect(y.isDead).toBe(true);
    releaseAll(heap, [d, D]);
    gc.collect();
    expectHeapOk(heap);
  });

  test('a suspended iterator in a cycle with its last item: finalized by the collector, its guard commits on the live dict', () => {
    const w = world();
    const { heap, gc } = w;
    const d = newWeakValueDictionary(heap);
    const a = w.obj('a');
    const b = w.obj('b');
    d.setItem(heap, 'a', a);
    d.setItem(heap, 'b', b);
    const it = d.values(heap);
    const first = it.next(heap) as Instance; // a, now held by the generator's frame too
    first.setAttr(heap, 'it', it); // a -> it -> (frame) a : a cycle
    releaseAll(heap, [first, it, a]);
    heap.decref(b); // the guard is entered: b's removal is deferred
    expect(d.pendingRemovals!.items).toEqual(['b']);
    expect(d.dict.used).toBe(2);
    gc.collect();
    // a's KeyedRef callback ran (pending), then the generator's finalizer closed it: the guard exited and committed
    expect(d.iterating!.used).toBe(0);
    expect(d.pendingRemovals!.items).toEqual([]);
    expect(d.len(heap)).toBe(0);
    expect((it as WeakIterator).isDead).toBe(true);
    heap.decref(d);
    expectHeapOk(heap);
  });

  test.each(['wvd', 'wkd', 'wset'])('test_len_race (%s): len() stays in range with automatic collections', (kind) => {
    const w = world();
    const { heap, gc } = w;
    gc.enabled = true;
    for (let th = 1; th < 40; th++) {
      gc.collect(0);
      gc.setThreshold(th, th, th);
      const items = Array.from({ length: 20 }, (_, i) => cyclic(w, String(i)));
      let c: WeakContainer;
      if (kind === 'wvd') c = newWeakValueDictionary(heap, items.map((o, i) => [i, o] as [Value, Value]));
      else if (kind === 'wkd') c = newWeakKeyDictionary(heap, items.map((o) => [o, 1] as [Value, Value]));
      else c = newWeakSet(heap, items);
      releaseAll(heap, items);
      const it = (c as unknown as { iter(h: Heap): WeakIterator }).iter(heap);
      const first = it.next(heap);
      if (first !== undefined) heap.decref(first);
      const len = (c as unknown as { len(h: Heap): number }).len.bind(c);
      const n1 = len(heap);
      heap.decref(it);
      const n2 = len(heap);
      expect(n1).toBeGreaterThanOrEqual(0);
      expect(n1).toBeLessThanOrEqual(20);
      expect(n2).toBeGreaterThanOrEqual(0);
      expect(n2).toBeLessThanOrEqual(n1);
      heap.decref(c);
    }
    gc.setThreshold(700, 10, 10);
    gc.collect();
    expectHeapOk(heap);
  });

  test('stress mode: every operation survives a collection at every allocation', () => {
    const w = world({ stress: true });
    const { heap, gc } = w;
    const wvd = newWeakValueDictionary(heap);
    const wkd = newWeakKeyDictionary(heap);
    const ws = newWeakSet(heap);
    const objs = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? cyclic(w, String(i)) : w.obj(String(i))));
    objs.forEach((o, i) => {
      wvd.setItem(heap, i, o);
      wkd.setItem(heap, o, i);
      ws.add(heap, o);
    });
    const its = [wvd.items(heap), wkd.items(heap), ws.iter(heap)];
    for (const it of its) heap.decref(it.next(heap)!);
    for (let i = 0; i < objs.length; i += 2) heap.decref(objs[i]);
    for (const it of its) releaseAll(heap, drain(heap, it));
    releaseAll(heap, its);
    const copies = [wvd.copy(heap), wkd.copy(heap), ws.copy(heap)];
    const u = ws.union(heap, copies[2]);
    heap.decref(ws.iand(heap, u));
    heap.decref(ws.ixor(heap, copies[2]));
    const p = wvd.popItem(heap);
    heap.decref(p);
    for (let i = 1; i < objs.length; i += 2) heap.decref(objs[i]);
    gc.collect();
    for (const c of [wvd, wkd, ...copies.slice(0, 2)]) expect((c as unknown as { len(h: Heap): number }).len(heap)).toBe(0);
    releaseAll(heap, [...copies, u, wvd, wkd, ws]);
    gc.collect();
    expectHeapOk(heap);
  });
});
