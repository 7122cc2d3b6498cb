/**
 * getweakrefcount / getweakrefs, _remove_dead_weakref, KeyedRef and
 * WeakMethod, named after Lib/test/test_weakref.py; expectations from
 * python3 3.11 (probes p01, p03, p08, p15).
 */
import { BoundMethod, newSet, type Value } from '../../src/heap';
import {
  KeyedRef,
  WeakMethod,
  WeakRef,
  callWeakMethod,
  derefWeakref,
  getweakrefcount,
  getweakrefs,
  newKeyedRef,
  newProxy,
  newRef,
  newWeakMethod,
  weakMethodEquals,
  weakrefHash,
} from '../../src/weakref';
import { expectHeapOk, nameOf, pyErrorText, releaseAll, world, type World } from './helpers';

function order(w: World, o: Value, names: Map<Value, string>): string[] {
  const l = getweakrefs(w.heap, o);
  const out = l.items.map((r) => names.get(r) ?? '?');
  w.heap.decref(l);
  return out;
}

/** A class C with a method m (a HostFunction) and an instance c; `c.m` makes a new bound method. */
function methodWorld() {
  const w = world();
  const { heap } = w;
  const m = heap.newHostFunction('m', () => 'm');
  const D = heap.newClass('D', [], { m });
  heap.decref(m);
  const c = heap.newInstance(D);
  const bound = () => heap.newBoundMethod(D.lookup('m') as Value, c);
  return { ...w, D, c, m, bound };
}

describe('getweakrefcount and getweakrefs', () => {
  test('test_getweakrefcount / test_getweakrefs: every kind counts, in list order; 0 / [] for ints', () => {
    const w = world();
    const { heap } = w;
    const o = w.obj('o');
    const names = new Map<Value, string>();
    const cb = heap.newHostFunction('cb', () => null);
    const p = newProxy(heap, o);
    names.set(p, 'proxy');
    const r = newRef(heap, o);
    names.set(r, 'ref');
    const c1 = newRef(heap, o, cb);
    names.set(c1, 'cb1');
    const kr = newKeyedRef(heap, o, null, 'k'); // a subclass instance without callback: never the basic ref
    names.set(kr, 'keyed');
    const c2 = newRef(heap, o, cb);
    names.set(c2, 'cb2');
    expect(order(w, o, names)).toEqual(['ref', 'proxy', 'cb2', 'keyed', 'cb1']);
    expect(getweakrefcount(o)).toBe(5);
    expect(newRef(heap, o)).toBe(r); // test_subclass_refs_dont_replace_standard_refs
    heap.decref(r);
    heap.decref(c2);
    expect(order(w, o, names)).toEqual(['ref', 'proxy', 'keyed', 'cb1']);
    releaseAll(heap, [p, r, c1, kr]);
    expect(getweakrefcount(o)).toBe(0);
    expect(getweakrefcount(1)).toBe(0);
    const empty = getweakrefs(heap, 1);
    expect(empty.items).toEqual([]);
    releaseAll(heap, [empty, cb, o]);
    expectHeapOk(heap);
  });
});

describe('KeyedRef', () => {
  test('KeyedRef(ob, callback, key): a ref subclass holding its key; equal to ref(ob) while alive', () => {
    const w = world();
    const { heap } = w;
    const o = w.obj('o');
    const key = w.obj('key');
    const kr = newKeyedRef(heap, o, null, key);
    expect(kr).toBeInstanceOf(WeakRef);
    expect(kr.typeName).toBe('KeyedRef');
    expect(kr.key).toBe(key);
    expect(kr.callback).toBeUndefined();
    const r = newRef(heap, o);
    expect(r).not.toBe(kr);
    expect(heap.host.eq(heap, kr, r)).toBe(true); // python3: KeyedRef(d, None, 'k') == weakref.ref(d)
    expect(weakrefHash(heap, kr)).toBe(heap.host.hash(heap, o));
    heap.decref(key);
    expect(key.isDead).toBe(false); // held by the slot
    heap.decref(kr);
    expect(key.isDead).toBe(true); // the slot is released when the KeyedRef dies
    expect(pyErrorText(() => newKeyedRef(heap, 1, null, 'k'))).toBe("TypeError: cannot create weak reference to 'int' object");
    releaseAll(heap, [r, o]);
    expectHeapOk(heap);
  });

  test('a KeyedRef in a cycle through its key is collected; its callback is not called (trash weakref)', () => {
    const w = world();
    const { heap, gc, log } = w;
    const target = w.obj('target');
    const holder = w.obj('holder');
    const cb = w.logger('keyed cb');
    const kr = newKeyedRef(heap, target, cb, holder);
    holder.setAttr(heap, 'kr', kr); // kr -> holder (key) -> kr
    releaseAll(heap, [kr, holder, cb]);
    expect(gc.collect()).toBe(3); // the KeyedRef, its key and its callback function
    expect(getweakrefcount(target)).toBe(0);
    heap.decref(target);
    expect(log).toEqual([]);
    expectHeapOk(heap);
  });
});

describe('WeakMethod', () => {
  test('test_alive: wm() is a new bound method equal to c.m; ref(c.m) dies at once (p15)', () => {
    const { heap, c, bound } = methodWorld();
    const meth = bound();
    const wm = newWeakMethod(heap, meth);
    heap.decref(meth);
    expect(wm.typeName).toBe('WeakMethod');
    const m1 = callWeakMethod(heap, wm) as BoundMethod;
    const m2 = heap.host.call(heap, wm, []) as BoundMethod;
    expect(m1).toBeInstanceOf(BoundMethod);
    expect(m1).not.toBe(m2);
    expect([m1.self, m1.func]).toEqual([m2.self, m2.func]);
    expect(m1.self).toBe(c);
    const tmp = bound();
    const r = newRef(heap, tmp);
    heap.decref(tmp);
    expect(derefWeakref(heap, r)).toBe(null); // weakref.ref(c.m)() is None
    expect(pyErrorText(() => heap.host.call(heap, wm, [1]))).toBe(
      'TypeError: WeakMethod.__call__() takes 1 positional argument but 2 were given',
    );
    releaseAll(heap, [m1, m2, r, wm, c]);
    expectHeapOk(heap);
  });

  test('test_object_dead and test_callback_when_object_dead: None afterwards; the callback runs once', () => {
    const { heap, c, bound, log, logger } = methodWorld();
    const meth = bound();
    const cb = logger('wm callback');
    const wm = newWeakMethod(heap, meth, cb);
    heap.decref(meth);
    heap.decref(cb);
    const h = weakrefHash(heap, wm);
    heap.decref(c);
    expect(callWeakMethod(heap, wm)).toBe(null);
    expect(log).toEqual(['wm callback']);
    expect(wm.alive).toBe(false);
    expect(weakrefHash(heap, wm)).toBe(h); // test_hashing: the hash is kept
    heap.decref(wm);
    expectHeapOk(heap);
  });

  test('test_method_dead and test_callback_when_method_dead: deleting the function from the class', () => {
    const { heap, D, c, bound, log, logger } = methodWorld();
    const meth = bound();
    const cb = logger('wm callback');
    const wm = newWeakMethod(heap, meth, cb);
    heap.decref(meth);
    heap.decref(cb);
    D.deleteAttr(heap, 'm'); // `del C.m`: the function dies by refcount
    expect(callWeakMethod(heap, wm)).toBe(null);
    expect(log).toEqual(['wm callback']);
    heap.decref(c); // the object dies later: no second call
    expect(log).toEqual(['wm callback']);
    heap.decref(wm);
    expectHeapOk(heap);
  });

  test('test_no_cycles: a WeakMethod dies by refcount; it is weakly referenceable', () => {
    const { heap, c, bound, log, logger } = methodWorld();
    const meth = bound();
    const wm = newWeakMethod(heap, meth);
    heap.decref(meth);
    const cb = logger('ref to wm died');
    const r = newRef(heap, wm, cb);
    heap.decref(cb);
    expect(getweakrefcount(wm)).toBe(2); // self_wr (basic, inside _cb) and r
    heap.decref(wm);
    expect(wm.isDead).toBe(true);
    expect(log).toEqual(['ref to wm died']);
    expect(getweakrefcount(c)).toBe(0);
    releaseAll(heap, [r, c]);
    expectHeapOk(heap);
  });

  test('test_equality: alive ones compare object and function; dead ones by identity; NotImplemented vs ref', () => {
    const { heap, c, bound } = methodWorld();
    const m1 = bound();
    const m2 = bound();
    const a = newWeakMethod(heap, m1);
    const b = newWeakMethod(heap, m2);
    releaseAll(heap, [m1, m2]);
    expect(weakMethodEquals(heap, a, b)).toBe(true);
    expect(heap.host.eq(heap, a, b)).toBe(true);
    const r = newRef(heap, c);
    expect(weakMethodEquals(heap, a, r)).toBeUndefined();
    expect(heap.host.eq(heap, r, a)).toBe(true); // ref.__eq__ compares the referents
    heap.decref(c);
    expect(weakMethodEquals(heap, a, b)).toBe(false);
    expect(weakMethodEquals(heap, a, a)).toBe(true);
    expect(pyErrorText(() => weakrefHash(heap, b))).toBe('TypeError: weak object has gone away');
    releaseAll(heap, [a, b, r]);
    expectHeapOk(heap);
  });

  test('errors: argument should be a bound method, not <class ...>', () => {
    const { heap, c, m } = methodWorld();
    expect(pyErrorText(() => newWeakMethod(heap, m))).toBe(
      "TypeError: argument should be a bound method, not <class 'builtin_function_or_method'>",
    );
    expect(pyErrorText(() => newWeakMethod(heap, 1))).toBe("TypeError: argument should be a bound method, not <class 'int'>");
    // for an instance, the class's repr comes from the host
    expect(pyErrorText(() => newWeakMethod(heap, c))).toMatch(/^TypeError: argument should be a bound method, not </);
    const lst = heap.newList();
    const bm = heap.newBoundMethod(m, lst); // a method of an unweakrefable object
    expect(pyErrorText(() => newWeakMethod(heap, bm))).toBe("TypeError: cannot create weak reference to 'list' object");
    releaseAll(heap, [bm, lst, c]);
    expectHeapOk(heap);
  });

  test('WeakMethods work as set members (hash and == of ref)', () => {
    const { heap, c, bound } = methodWorld();
    const m1 = bound();
    const a = newWeakMethod(heap, m1);
    heap.decref(m1);
    const s = newSet(heap);
    s.add(heap, a);
    const m2 = bound();
    const b = newWeakMethod(heap, m2);
    heap.decref(m2);
    expect(s.contains(heap, b)).toBe(true);
    releaseAll(heap, [s, a, b, c]);
    expectHeapOk(heap);
  });
});

describe('ref equality and hash slots', () => {
  test('p03: dead refs compare by identity; hash cached; refs as set members and dict keys', () => {
    const w = world();
    const { heap } = w;
    const x = w.obj('x');
    const a = newRef(heap, x);
    const cbr = newRef(heap, x, heap.newHostFunction('cb', () => null));
    heap.decref(cbr.callback as Value);
    expect(heap.host.eq(heap, a, cbr)).toBe(true);
    const never = newRef(heap, x, heap.newHostFunction('cb2', () => null));
    heap.decref(never.callback as Value);
    const h = weakrefHash(heap, a);
    const s = newSet(heap);
    s.add(heap, a);
    expect(s.contains(heap, cbr)).toBe(true);
    heap.decref(x);
    expect(weakrefHash(heap, a)).toBe(h);
    expect(heap.host.eq(heap, a, cbr)).toBe(false);
    expect(heap.host.eq(heap, a, a)).toBe(true);
    expect(s.contains(heap, a)).toBe(true); // cached hash, identity
    expect(s.contains(heap, cbr)).toBe(false); // hashed while alive (the lookup above), unequal once dead
    expect(pyErrorText(() => s.contains(heap, never))).toBe('TypeError: weak object has gone away');
    const o = w.obj('o');
    const p = newProxy(heap, o);
    expect(pyErrorText(() => heap.host.hash(heap, p))).toBe("TypeError: unhashable type: 'weakref.ProxyType'");
    expect(nameOf(o)).toBe('o');
    releaseAll(heap, [s, a, cbr, never, p, o]);
    expectHeapOk(heap);
  });

  test('a KeyedRef is never returned as the basic ref, even at the list head without a callback', () => {
    const w = world();
    const { heap } = w;
    const o = w.obj('o');
    const kr = newKeyedRef(heap, o, null, 'k');
    const r = newRef(heap, o);
    expect(r).not.toBe(kr);
    expect(r).toBeInstanceOf(WeakRef);
    expect(r).not.toBeInstanceOf(KeyedRef);
    expect(r).not.toBeInstanceOf(WeakMethod);
    const l = getweakrefs(heap, o);
    expect(l.items).toEqual([r, kr]);
    releaseAll(heap, [l, kr, r, o]);
    expectHeapOk(heap);
  });
});
