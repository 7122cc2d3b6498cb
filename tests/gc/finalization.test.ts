/**
 * What a collection does to its garbage, rule by rule (CPython 3.11
 * Modules/gcmodule.c: handle_weakrefs, finalize_garbage,
 * handle_resurrected_objects, delete_garbage, move_legacy_finalizers,
 * handle_legacy_finalizers, DEBUG_SAVEALL). Mirrors oracle/finalization.py;
 * RECORDED is its output under python3 3.11.
 */
import { DEBUG_SAVEALL } from '../../src/gc';
import {
  BasicHost,
  FINALIZED,
  PyException,
  PyObject,
  clearWeakRefs,
  isObject,
  type Heap,
  type Instance,
  type ListObject,
  type Value,
  type Visit,
} from '../../src/heap';
import { defineClass, expectHealthy, fn, nameOf, newTestRef, oracleTest, peek, type TestRef } from '../heap/fixtures';
import { link, makeGcWorld } from './gc-fixtures';

const RECORDED = `1 3 ['callback cargo', '__del__ laz'] cargo weakref alive: False payload: [1, 2, 3] finalized: True
2 3 []
3 1 []
4 2 ['cb sees [None, None], nested collect 0', 'cb sees [None, None], nested collect 0', 'a.__del__ sees partner b, nested collect 0', 'b.__del__ sees partner a, nested collect 0']
5 2 ['bad cb', 'unraisable RuntimeError: cb', 'good cb', 'del x', 'unraisable ValueError: del x', 'del y', 'unraisable ValueError: del y']
6 1 ['callback', '__del__'] weakref dead: True intact: True garbage left: 0
6b []
7 3 garbage: ['Legacy'] [] weakrefs alive: True True uncollectable stat: 2
7b ['cb p', 'cb x', 'tp_del x']
8 2 ['c0 callback; c2wr() is None: True'] c0 dead: True
`;
const line = (k: string) => {
  const l = RECORDED.split('\n').find((x) => x.startsWith(k + ' '));
  return l === undefined ? '' : l.slice(k.length + 1);
};
const py = (b: boolean) => (b ? 'True' : 'False');
const pyList = (xs: string[]) => `[${xs.map((x) => (x.includes("'") ? `"${x}"` : `'${x}'`)).join(', ')}]`;

/** The oracle's unraisable hook: log the exception's type and message. */
class LogHost extends BasicHost {
  constructor(private readonly log: string[]) {
    super();
  }
  override writeUnraisable(_heap: Heap, error: unknown): void {
    const e = error as PyException;
    this.log.push(`unraisable ${e.pyType}: ${e.pyMessage}`);
  }
}

/** The oracle's L: a __del__ that logs and resurrects its object into `saved`. */
function resurrector(w: ReturnType<typeof makeGcWorld>) {
  const saved = w.heap.newList();
  const L = defineClass(w.heap, 'L', {
    __del__: fn(w.heap, '__del__', ([self]) => {
      w.log.push('__del__ ' + nameOf(self));
      saved.append(w.heap, self);
    }),
  });
  return { saved, L, l: (name: string) => {
    const o = w.heap.newInstance(L);
    o.setAttr(w.heap, 'name', name);
    return o;
  } };
}

/** A self-referencing instance of a class without __del__ (the oracle's A and Plain). */
function selfCycle(w: ReturnType<typeof makeGcWorld>, cls: ReturnType<typeof defineClass>): Instance {
  const a = w.heap.newInstance(cls);
  a.setAttr(w.heap, 'me', a);
  return a;
}

test('resurrection in finalize_garbage: the object and all it reaches survive, weakrefs to them are dead, only the rest is counted', () => {
  const w = makeGcWorld();
  const { heap, log } = w;
  const { saved, l } = resurrector(w);
  const Cargo = defineClass(heap, 'Cargo');
  const A = defineClass(heap, 'A');
  const laz = l('laz');
  const cargo = selfCycle(w, Cargo);
  const payload = heap.newList([1, 2, 3]);
  link(w, cargo, 'payload', payload);
  heap.decref(payload);
  link(w, laz, 'cargo', cargo);
  link(w, cargo, 'laz', laz);
  const cb = fn(heap, 'cb', () => void log.push('callback cargo'));
  const wc = newTestRef(heap, cargo, cb);
  heap.decref(cb);
  for (let i = 0; i < 3; i++) heap.decref(selfCycle(w, A));
  w.drop(laz, cargo);
  const n = w.gc.collect();
  const survivor = saved.items[0] as Instance;
  const kept = ((survivor.getAttr('cargo') as Instance).getAttr('payload') as ListObject).items;
  expect(
    `${n} ${pyList(log)} cargo weakref alive: ${py(peek(wc) !== null)} payload: [${kept.join(', ')}] finalized: ${py((survivor.flags & FINALIZED) !== 0)}`,
  ).toBe(line('1'));
  expect([laz.isDead, cargo.isDead, payload.isDead]).toEqual([false, false, false]);
  expectHealthy(heap);
});

test('the next collection frees resurrected objects without running their finalizers again', () => {
  const w = makeGcWorld();
  const { heap, log } = w;
  const { saved, l } = resurrector(w);
  const Cargo = defineClass(heap, 'Cargo');
  const laz = l('laz');
  const cargo = selfCycle(w, Cargo);
  const payload = heap.newList([1, 2, 3]);
  link(w, cargo, 'payload', payload);
  heap.decref(payload);
  link(w, laz, 'cargo', cargo);
  link(w, cargo, 'laz', laz);
  w.drop(laz, cargo);
  w.gc.collect();
  log.length = 0;
  saved.clear(heap);
  expect(`${w.gc.collect()} ${pyList(log)}`).toBe(line('2'));
  expect([laz.isDead, cargo.isDead, payload.isDead]).toEqual([true, true, true]);
  expectHealthy(heap);
});

test('a finalizer that already ran on the refcount path does not run again when the object is collected', () => {
  const w = makeGcWorld();
  const { heap, log } = w;
  const { saved, l } = resurrector(w);
  heap.decref(l('once')); // __del__ runs and resurrects
  const o = saved.items.pop() as Instance; // saved.pop(): the reference moves to us
  o.setAttr(heap, 'me', o);
  heap.decref(o);
  log.length = 0;
  expect(`${w.gc.collect()} ${pyList(log)}`).toBe(line('3'));
  expect(o.isDead).toBe(true);
});

test('every callback sees all trash weakrefs dead, __del__ sees its partners intact, and a nested gc.collect() returns 0', () => {
  const w = makeGcWorld();
  const { heap, log, gc } = w;
  const P = defineClass(heap, 'P', {
    __del__: fn(heap, '__del__', ([self]) => {
      const o = self as Instance;
      log.push(`${nameOf(o)}.__del__ sees partner ${nameOf(o.getAttr('partner')!)}, nested collect ${gc.collect()}`);
    }),
  });
  const [a, b] = ['a', 'b'].map((s) => {
    const o = heap.newInstance(P);
    o.setAttr(heap, 'name', s);
    return o;
  });
  link(w, a, 'partner', b);
  link(w, b, 'partner', a);
  const refs: TestRef[] = [];
  const cb = fn(heap, 'cb', () => {
    const seen = refs.map((r) => (peek(r) === null ? 'None' : 'alive'));
    log.push(`cb sees [${seen.join(', ')}], nested collect ${gc.collect()}`);
  });
  refs.push(newTestRef(heap, a, cb), newTestRef(heap, b, cb));
  heap.decref(cb);
  w.drop(a, b);
  expect(`${gc.collect()} ${pyList(log)}`).toBe(line('4'));
  expectHealthy(heap);
});

test('an exception in a weakref callback or a finalizer goes to the unraisable hook, and the collection goes on', () => {
  const log: string[] = [];
  const w = makeGcWorld({ host: new LogHost(log) });
  const { heap, gc } = w;
  w.log.push = (...xs: string[]) => log.push(...xs);
  const Bad = defineClass(heap, 'Bad', {
    __del__: fn(heap, '__del__', ([self]) => {
      log.push('del ' + nameOf(self));
      throw new PyException('ValueError', 'del ' + nameOf(self));
    }),
  });
  const [x, y] = ['x', 'y'].map((s) => {
    const o = heap.newInstance(Bad);
    o.setAttr(heap, 'name', s);
    return o;
  });
  link(w, x, 'p', y);
  link(w, y, 'p', x);
  const bad = fn(heap, 'bad_cb', () => {
    log.push('bad cb');
    throw new PyException('RuntimeError', 'cb');
  });
  const good = fn(heap, 'good_cb', () => void log.push('good cb'));
  const keep = [newTestRef(heap, x, bad), newTestRef(heap, y, good)];
  w.drop(bad, good, x, y);
  expect(`${gc.collect()} ${pyList(log)}`).toBe(line('5'));
  expect([x.isDead, y.isDead]).toEqual([true, true]);
  w.drop(...keep);
  expectHealthy(heap);
});

test('the default unraisable hook prints "Exception ignored in" with the callback and the exception', () => {
  const errs: string[] = [];
  const w = makeGcWorld({ host: new BasicHost((t) => errs.push(t)) });
  const { heap } = w;
  const o = w.n('o');
  link(w, o, 'me', o);
  const bad = fn(heap, 'bad', () => {
    throw new PyException('ValueError', '');
  });
  const wr = newTestRef(heap, o, bad);
  w.drop(bad, o);
  w.gc.collect();
  expect(errs).toEqual([`Exception ignored in: <builtin_function_or_method object #${bad.id}>\nValueError: \n`]);
  heap.decref(wr);
});

test('DEBUG_SAVEALL: callbacks and __del__ still run, the object lands intact in gc.garbage, no second __del__ later', () => {
  const w = makeGcWorld();
  const { heap, log, gc } = w;
  const D = defineClass(heap, 'D', { __del__: fn(heap, '__del__', () => void log.push('__del__')) });
  const d = heap.newInstance(D);
  link(w, d, 'me', d);
  const cb = fn(heap, 'cb', () => void log.push('callback'));
  const wr = newTestRef(heap, d, cb);
  w.drop(cb, d);
  gc.debug = DEBUG_SAVEALL;
  const n = gc.collect();
  gc.debug = 0;
  const obj = gc.garbage.items.pop() as Instance; // gc.garbage.pop()
  expect(
    `${n} ${pyList(log)} weakref dead: ${py(peek(wr) === null)} intact: ${py(obj.getAttr('me') === obj)} garbage left: ${gc.garbage.items.length}`,
  ).toBe(line('6'));
  obj.setAttr(heap, 'me', null);
  log.length = 0;
  heap.decref(obj);
  expect(pyList(log)).toBe(line('6b'));
  expect(obj.isDead).toBe(true);
  heap.decref(wr);
  expectHealthy(heap);
});

test('DEBUG_SAVEALL keeps every garbage object, callbacks included, and gc.garbage holds them alive', () => {
  const w = makeGcWorld();
  const { heap, gc } = w;
  const l = heap.newList();
  l.append(heap, l);
  heap.decref(l);
  gc.debug = DEBUG_SAVEALL;
  expect(gc.collect()).toBe(1);
  expect(gc.garbage.items).toEqual([l]);
  expect(gc.collect()).toBe(0); // reachable from gc.garbage now
  gc.debug = 0;
  gc.garbage.clear(heap);
  expect(gc.collect()).toBe(1);
  expect(l.isDead).toBe(true);
});

/** A type with the legacy tp_del slot (CPython's _testcapi.with_tp_del): attributes in a map, weakly referenceable. */
class Legacy extends PyObject {
  attrs = new Map<string, Value>();
  constructor(readonly name: string, private readonly log: string[]) {
    super();
  }
  get typeName(): string {
    return 'Legacy';
  }
  override get weakrefable(): boolean {
    return true;
  }
  override hasLegacyFinalizer(): boolean {
    return true;
  }
  set(heap: Heap, k: string, v: Value): void {
    heap.incref(v);
    const old = this.attrs.get(k);
    this.attrs.set(k, v);
    if (old !== undefined) heap.decref(old);
  }
  override traverse(visit: Visit): void {
    for (const v of this.attrs.values()) if (isObject(v)) visit(v);
  }
  override clear(heap: Heap): void {
    const old = [...this.attrs.values()];
    this.attrs = new Map();
    for (const v of old) heap.decref(v);
  }
  /** subtype_dealloc with tp_del: weakrefs cleared (callbacks run), then tp_del, then the contents. */
  dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    this.log.push('tp_del ' + this.name);
    this.clear(heap);
    heap.free(this);
  }
  static make(heap: Heap, name: string, log: string[]): Legacy {
    heap.reserve();
    const o = heap.register(new Legacy(name, log));
    heap.track(o);
    return o;
  }
}

test('a legacy finalizer makes its cycle and all it reaches uncollectable: counted by collect(), tp_del objects in gc.garbage, weakrefs alive', () => {
  const w = makeGcWorld();
  const { heap, log, gc } = w;
  const Plain = defineClass(heap, 'Plain');
  const x = Legacy.make(heap, 'x', log);
  x.set(heap, 'me', x);
  const p = heap.newInstance(Plain);
  x.set(heap, 'p', p);
  p.setAttr(heap, 'back', x);
  const q = selfCycle(w, Plain);
  const cbx = fn(heap, 'cb', () => void log.push('cb x'));
  const cbp = fn(heap, 'cb', () => void log.push('cb p'));
  const wx = newTestRef(heap, x, cbx);
  const wp = newTestRef(heap, p, cbp);
  w.drop(cbx, cbp, x, p, q);
  const n = gc.collect();
  const garbage = gc.garbage.items.map((o) => (o as PyObject).typeName);
  expect(
    `${n} garbage: ${pyList(garbage)} ${pyList(log)} weakrefs alive: ${py(peek(wx) !== null)} ${py(peek(wp) !== null)} uncollectable stat: ${gc.stats[2].uncollectable}`,
  ).toBe(line('7'));
  expect(q.isDead).toBe(true);
  // gc.garbage now holds x, so x and p are reachable: nothing more to report.
  expect(gc.collectDetailed()).toEqual({ generation: 2, collected: 0, uncollectable: 0 });
  // Break the cycle by hand and empty gc.garbage.
  x.set(heap, 'me', null);
  x.set(heap, 'p', null);
  gc.garbage.clear(heap);
  expect(pyList(log)).toBe(line('7b'));
  w.drop(wx, wp);
  expectHealthy(heap);
});

test('under DEBUG_SAVEALL every uncollectable object goes to gc.garbage, not only the tp_del ones', () => {
  const w = makeGcWorld();
  const { heap, log, gc } = w;
  const x = Legacy.make(heap, 'x', log);
  const p = heap.newList([x]);
  x.set(heap, 'p', p);
  w.drop(x, p);
  gc.debug = DEBUG_SAVEALL;
  expect(gc.collect()).toBe(2);
  expect(gc.garbage.items).toEqual([x, p]);
  gc.debug = 0;
});

test('an older object kept alive only by young trash dies by refcount during delete_garbage, its callback seeing the trash weakrefs dead', () => {
  const w = makeGcWorld();
  const { heap, log, gc } = w;
  const C = defineClass(heap, 'C');
  const c0 = selfCycle(w, C);
  gc.collect(); // c0 -> gen2
  const c1 = selfCycle(w, C);
  link(w, c1, 'keep_c0_alive', c0);
  c0.deleteAttr(heap, 'me'); // del c0.loop
  const c2 = selfCycle(w, C);
  const c2wr = newTestRef(heap, c2);
  const cb = fn(heap, 'cb', () => void log.push(`c0 callback; c2wr() is None: ${py(peek(c2wr) === null)}`));
  const c0wr = newTestRef(heap, c0, cb);
  w.drop(cb, c0, c1, c2);
  expect(`${gc.collect(0)} ${pyList(log)} c0 dead: ${py(peek(c0wr) === null)}`).toBe(line('8'));
  w.drop(c2wr, c0wr);
  expectHealthy(heap);
});

test('a weakref that is itself garbage is cleared and its callback never runs; its referent may be alive', () => {
  const w = makeGcWorld();
  const { heap, log, gc } = w;
  const live = w.n('live');
  const holder = w.n('holder');
  link(w, holder, 'me', holder);
  const cb = fn(heap, 'cb', () => void log.push('cb'));
  const wr = newTestRef(heap, live, cb);
  link(w, holder, 'wr', wr);
  w.drop(cb, wr, holder);
  expect(gc.collect()).toBe(3); // holder, the weakref and its callback function
  expect(log).toEqual(['del holder']); // no 'cb'
  expect(live.weaklist).toBe(null); // the weakref was detached from the live referent
  heap.decref(live);
  expect(log).toEqual(['del holder', 'del live']);
  expectHealthy(heap);
});

test('on the gc path a callback stays attached to its dead weakref (__callback__ is kept)', () => {
  const w = makeGcWorld();
  const { heap, gc } = w;
  const o = w.n('o');
  link(w, o, 'me', o);
  const cb = fn(heap, 'cb', () => {});
  const wr = newTestRef(heap, o, cb);
  w.drop(o);
  gc.collect();
  expect(peek(wr)).toBe(null);
  expect(wr.callback).toBe(cb);
  expect(cb.refcnt).toBe(2);
  w.drop(wr, cb);
  expectHealthy(heap);
});

test('collect() also counts the callback weakrefs that died as soon as their callback returned', () => {
  const w = makeGcWorld();
  const { heap, gc } = w;
  const o = w.n('o');
  link(w, o, 'me', o);
  // The weakref is held only by a live list; its callback removes it from the list.
  const holder = heap.newList();
  const cb = fn(heap, 'cb', () => void holder.clear(heap));
  const wr = newTestRef(heap, o, cb);
  holder.append(heap, wr);
  w.drop(wr, cb, o);
  expect(gc.collect()).toBe(2); // o, plus the weakref freed after its callback (num_freed)
  expect(wr.isDead).toBe(true);
  expectHealthy(heap);
});

oracleTest('gc', 'finalization.py', RECORDED);
