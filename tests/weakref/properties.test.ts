/**
 * Property tests (fast-check) over random programs of objects, links,
 * refs and proxies (with and without callbacks), weak dictionaries and a
 * WeakSet, suspended iterators, drops and collections.
 *
 * Properties, checked after every step of every program:
 *  - `w()` returns the referent exactly while it lives (for refs, proxies,
 *    KeyedRefs and the refs inside the containers);
 *  - every callback runs at most once; at the end (everything dropped and
 *    collected) it ran exactly once for each ref that was still held by
 *    the host when its referent died, and never for a ref that died first;
 *  - a weak container with no suspended iterator holds exactly the
 *    entries whose weak side is alive (with one suspended: at least those);
 *  - every weakref.finalize func runs exactly once by the end;
 *  - verifyHeap() holds;
 * and replaying the same program on a fresh heap gives the identical
 * `heap.trace.toJSONL()`.
 *
 * Run counts: GCLAB_FC_RUNS (default 100 per property; the stress-mode
 * variant uses a quarter). A long local run:
 *   GCLAB_FC_RUNS=5000 npx jest tests/weakref/properties
 */
import fc from 'fast-check';
import { Heap, Instance, PyException, verifyHeap, type Value } from '../../src/heap';
import { Collector } from '../../src/gc';
import {
  WeakRef,
  WeakProxy,
  derefWeakref,
  newProxy,
  newRef,
  newWeakKeyDictionary,
  newWeakSet,
  newWeakValueDictionary,
  newFinalize,
  releaseExceptionRefs,
  type WeakIterator,
  type WeakKeyDictionary,
  type WeakSet,
  type WeakValueDictionary,
} from '../../src/weakref';
import type { WeakrefBase as _W } from '../../src/heap';

const RUNS = Number(process.env.GCLAB_FC_RUNS ?? 100);

type Op =
  | { op: 'new'; cyclic: boolean }
  | { op: 'drop'; i: number }
  | { op: 'link'; i: number; j: number }
  | { op: 'ref'; i: number; cb: boolean; proxy: boolean }
  | { op: 'dropRef'; k: number }
  | { op: 'stashRef'; k: number; i: number }
  | { op: 'wvdSet'; key: number; i: number }
  | { op: 'wvdDel'; key: number }
  | { op: 'wvdLen' }
  | { op: 'wkdSet'; i: number; j: number }
  | { op: 'wkdDel'; i: number }
  | { op: 'wsAdd'; i: number }
  | { op: 'wsDiscard'; i: number }
  | { op: 'iterStart'; c: number }
  | { op: 'iterStep'; c: number }
  | { op: 'iterDrop'; c: number }
  | { op: 'collect'; gen: number }
  | { op: 'finalize'; i: number }
  | { op: 'algebra'; which: number; i: number; j: number }
  | { op: 'popitem'; c: number };

const idx = fc.nat({ max: 15 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('new' as const), cyclic: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('drop' as const), i: idx }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('link' as const), i: idx, j: idx }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('ref' as const), i: idx, cb: fc.boolean(), proxy: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('dropRef' as const), k: idx }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('stashRef' as const), k: idx, i: idx }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('wvdSet' as const), key: fc.nat({ max: 5 }), i: idx }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wvdDel' as const), key: fc.nat({ max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wvdLen' as const) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('wkdSet' as const), i: idx, j: idx }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wkdDel' as const), i: idx }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('wsAdd' as const), i: idx }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('wsDiscard' as const), i: idx }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('iterStart' as const), c: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('iterStep' as const), c: fc.nat({ max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('iterDrop' as const), c: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('collect' as const), gen: fc.nat({ max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('finalize' as const), i: idx }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('algebra' as const), which: fc.nat({ max: 5 }), i: idx, j: idx }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('popitem' as const), c: fc.nat({ max: 2 }) }) },
);

interface RefRecord {
  wr: _W;
  target: Instance;
  hasCallback: boolean;
  calls: number;
  hostHeld: boolean;
  /** Was the ref held by the host at the step its referent died? (undefined: not dead yet) */
  heldAtDeath?: boolean;
  /** Did the ref object die while its referent lived? */
  diedFirst: boolean;
}

class Run {
  readonly heap = new Heap({ trace: true });
  readonly gc: Collector;
  readonly C;
  readonly objs: Instance[] = [];
  readonly held: boolean[] = [];
  readonly refs: RefRecord[] = [];
  readonly wvd: WeakValueDictionary;
  readonly wkd: WeakKeyDictionary;
  readonly ws: WeakSet;
  /** Model: what was stored (the containers must hold exactly the live part). */
  readonly wvdModel = new Map<number, Instance>();
  readonly wkdModel = new Set<Instance>();
  readonly wsModel = new Set<Instance>();
  readonly iters: Array<WeakIterator | null> = [null, null, null];
  /** Calls of each finalizer's func (each must run exactly once by the end). */
  readonly finalizerCalls: number[] = [];

  constructor(stress: boolean) {
    this.gc = new Collector(this.heap, { stress, debugChecks: true });
    this.gc.enabled = stress;
    this.C = this.heap.newClass('C');
    this.wvd = newWeakValueDictionary(this.heap);
    this.wkd = newWeakKeyDictionary(this.heap);
    this.ws = newWeakSet(this.heap);
  }

  /** A live object the host holds, chosen by index (undefined when none). */
  pick(i: number): Instance | undefined {
    const live = this.objs.filter((o, n) => this.held[n] && !o.isDead);
    return live.length === 0 ? undefined : live[i % live.length];
  }

  exec(op: Op): void {
    const { heap } = this;
    switch (op.op) {
      case 'new': {
        const o = heap.newInstance(this.C);
        if (op.cyclic) o.setAttr(heap, 'me', o);
        this.objs.push(o);
        this.held.push(true);
        return;
      }
      case 'drop': {
        const o = this.pick(op.i);
        if (o === undefined) return;
        this.held[this.objs.indexOf(o)] = false;
        heap.decref(o);
        return;
      }
      case 'link': {
        const a = this.pick(op.i);
        const b = this.pick(op.j);
        if (a !== undefined && b !== undefined) a.setAttr(heap, `l${op.j % 3}`, b);
        return;
      }
      case 'ref': {
        const o = this.pick(op.i);
        if (o === undefined) return;
        const n = this.refs.length;
        const cb = op.cb
          ? heap.newHostFunction('cb', () => {
              this.refs[n].calls++;
              return null;
            })
          : undefined;
        const wr = op.proxy ? newProxy(heap, o, cb) : newRef(heap, o, cb);
        if (cb !== undefined) heap.decref(cb);
        this.refs.push({ wr, target: o, hasCallback: op.cb, calls: 0, hostHeld: true, diedFirst: false });
        return;
      }
      case 'dropRef': {
        const held = this.refs.filter((r) => r.hostHeld);
        if (held.length === 0) return;
        const r = held[op.k % held.length];
        r.hostHeld = false;
        heap.decref(r.wr);
        return;
      }
      case 'stashRef': {
        const held = this.refs.filter((r) => r.hostHeld);
        const o = this.pick(op.i);
        if (held.length === 0 || o === undefined) return;
        o.setAttr(heap, 'stash', held[op.k % held.length].wr);
        return;
      }
      case 'wvdSet': {
        const o = this.pick(op.i);
        if (o === undefined) return;
        this.wvd.setItem(heap, op.key, o);
        this.wvdModel.set(op.key, o);
        return;
      }
      case 'wvdDel':
        this.tolerate(() => this.wvd.delItem(heap, op.key));
        this.wvdModel.delete(op.key);
        return;
      case 'wvdLen':
        this.wvd.len(heap);
        return;
      case 'wkdSet': {
        const k = this.pick(op.i);
        const v = this.pick(op.j);
        if (k === undefined) return;
        this.wkd.setItem(heap, k, op.i % 2 === 0 && v !== undefined ? v : op.j);
        this.wkdModel.add(k);
        return;
      }
      case 'wkdDel': {
        const k = this.pick(op.i);
        if (k === undefined) return;
        this.tolerate(() => this.wkd.delItem(heap, k));
        this.wkdModel.delete(k);
        return;
      }
      case 'wsAdd': {
        const o = this.pick(op.i);
        if (o === undefined) return;
        this.ws.add(heap, o);
        this.wsModel.add(o);
        return;
      }
      case 'wsDiscard': {
        const o = this.pick(op.i);
        if (o === undefined) return;
        this.ws.discard(heap, o);
        this.wsModel.delete(o);
        return;
      }
      case 'iterStart': {
        if (this.iters[op.c] !== null) return;
        const c = [this.wvd, this.wkd, this.ws][op.c];
        const it = c.iter(heap);
        this.iters[op.c] = it;
        this.step(op.c);
        return;
      }
      case 'iterStep':
        this.step(op.c);
        return;
      case 'iterDrop': {
        const it = this.iters[op.c];
        if (it === null) return;
        this.iters[op.c] = null;
        heap.decref(it);
        return;
      }
      case 'collect':
        this.gc.collect(op.gen);
        return;
      case 'finalize': {
        const o = this.pick(op.i);
        if (o === undefined) return;
        const n = this.finalizerCalls.length;
        this.finalizerCalls.push(0);
        const fn = heap.newHostFunction('fin', () => (this.finalizerCalls[n]++, null));
        heap.decref(newFinalize(heap, o, fn)); // the registry keeps it
        heap.decref(fn);
        return;
      }
      case 'algebra': {
        const a = this.pick(op.i);
        const b = this.pick(op.j);
        const other = [a, b].filter((x): x is Instance => x !== undefined);
        const ws = this.ws;
        const results = [
          () => ws.union(heap, other),
          () => ws.difference(heap, other),
          () => ws.symmetricDifference(heap, other),
          () => ws.intersection(heap, other),
          () => this.wvd.copy(heap),
          () => this.wkd.copy(heap),
        ];
        heap.decref(results[op.which]());
        return;
      }
      case 'popitem': {
        this.tolerate(() => {
          if (op.c === 0) {
            const t = this.wvd.popItem(heap);
            this.wvdModel.delete(t.items[0] as number);
            heap.decref(t);
          } else if (op.c === 1) {
            const t = this.wkd.popItem(heap);
            this.wkdModel.delete(t.items[0] as Instance);
            heap.decref(t);
          } else {
            const x = this.ws.pop(heap) as Instance;
            this.wsModel.delete(x);
            heap.decref(x);
          }
        });
        return;
      }
    }
  }

  private step(c: number): void {
    const it = this.iters[c];
    if (it === null) return;
    let v: Value | undefined;
    try {
      v = it.next(this.heap);
    } catch (e) {
      // len() or a mutation during a suspended iteration: CPython's RuntimeError
      if (!(e instanceof PyException && e.pyType === 'RuntimeError')) throw e;
      v = undefined;
    }
    if (v === undefined) {
      this.iters[c] = null;
      this.heap.decref(it);
    } else {
      this.heap.decref(v);
    }
  }

  private tolerate(f: () => void): void {
    try {
      f();
    } catch (e) {
      if (!(e instanceof PyException && e.pyType === 'KeyError')) throw e;
      releaseExceptionRefs(this.heap, e);
    }
  }

  /** Record deaths after a step: referents and ref objects. */
  observe(): void {
    for (const r of this.refs) {
      if (r.heldAtDeath === undefined && r.target.isDead) r.heldAtDeath = r.hostHeld;
      if (r.wr.isDead && !r.target.isDead && r.heldAtDeath === undefined) r.diedFirst = true;
    }
  }

  check(): void {
    const { heap } = this;
    for (const r of this.refs) {
      expect(r.calls).toBeLessThanOrEqual(1);
      if (r.wr.isDead) continue;
      const expected = r.target.isDead ? null : r.target;
      if (r.wr instanceof WeakProxy) expect(r.wr.referent).toBe(expected);
      else {
        const got = derefWeakref(heap, r.wr as WeakRef);
        expect(got).toBe(expected);
        heap.decref(got);
      }
    }
    this.checkContainers(false);
    const v = verifyHeap(heap);
    if (!v.ok) throw new Error(v.violation);
  }

  /** Each container holds exactly the entries whose weak side lives (at least, while iterated). */
  checkContainers(final: boolean): void {
    const { heap } = this;
    const wvdLive = [...this.wvdModel].filter(([, o]) => !o.isDead).map(([k]) => k);
    const wvdKeys = this.wvd.dict.entries().map(([k]) => k as number);
    expect(wvdKeys.filter((k) => wvdLive.includes(k)).sort()).toEqual([...wvdLive].sort());
    const wkdLive = [...this.wkdModel].filter((o) => !o.isDead);
    const wkdKeys = this.wkd.dict.entries().map(([k]) => (k as WeakRef).referent);
    for (const o of wkdLive) expect(wkdKeys).toContain(o);
    const wsLive = [...this.wsModel].filter((o) => !o.isDead);
    const wsItems = this.ws.set.keys().map((k) => (k as WeakRef).referent);
    for (const o of wsLive) expect(wsItems).toContain(o);
    if (final || this.iters[0] === null) expect(wvdKeys.length).toBe(wvdLive.length);
    if (final || this.iters[1] === null) {
      expect(wkdKeys.length).toBe(wkdLive.length);
      expect(this.wkd.len(heap)).toBe(wkdLive.length);
    }
    if (final || this.iters[2] === null) {
      expect(wsItems.length).toBe(wsLive.length);
      expect(this.ws.len(heap)).toBe(wsLive.length);
    }
  }

  /** Drop everything the host holds and collect; then the end-of-program properties. */
  finish(): void {
    const { heap } = this;
    for (let c = 0; c < 3; c++) this.exec({ op: 'iterDrop', c });
    // WeakKeyDictionary values are strong: a value may keep its own key alive (python3: wkd[x] = x)
    this.wkd.clearEntries(heap);
    this.wkdModel.clear();
    this.objs.forEach((o, n) => {
      if (this.held[n]) {
        this.held[n] = false;
        heap.decref(o);
      }
    });
    this.gc.collect();
    this.observe();
    this.checkContainers(true);
    expect(this.wvd.len(heap)).toBe(0);
    for (const r of this.refs) {
      expect(r.target.isDead).toBe(true);
      if (!r.hasCallback) expect(r.calls).toBe(0);
      else if (r.heldAtDeath === true) expect(r.calls).toBe(1);
      else if (r.diedFirst) expect(r.calls).toBe(0);
      else expect(r.calls).toBeLessThanOrEqual(1);
    }
    expect(this.finalizerCalls.every((n) => n === 1)).toBe(true);
    for (const r of this.refs) if (r.hostHeld) heap.decref(r.wr);
    heap.decref(this.wvd);
    heap.decref(this.wkd);
    heap.decref(this.ws);
    this.gc.collect();
    const v = verifyHeap(heap);
    if (!v.ok) throw new Error(v.violation);
  }
}

function runProgram(ops: Op[], stress: boolean): string {
  const run = new Run(stress);
  for (const op of ops) {
    run.exec(op);
    run.observe();
    run.check();
  }
  run.finish();
  return run.heap.trace!.toJSONL();
}

describe('weakref properties over random programs', () => {
  test('referents, callbacks, container contents, heap invariants, deterministic replay', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const t1 = runProgram(ops, false);
        const t2 = runProgram(ops, false);
        expect(t2).toBe(t1);
      }),
      { numRuns: RUNS },
    );
  });

  test('the same properties in stress mode (a collection at every allocation)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const t1 = runProgram(ops, true);
        const t2 = runProgram(ops, true);
        expect(t2).toBe(t1);
      }),
      { numRuns: Math.max(1, Math.floor(RUNS / 4)) },
    );
  });
});
