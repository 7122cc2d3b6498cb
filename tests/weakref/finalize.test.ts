/**
 * weakref.finalize: FinalizeTestCase of Lib/test/test_weakref.py and probes
 * p15 / p34 (python3 3.11).
 */
import { Heap, PyException, TupleObject, type PyObject, type Value } from '../../src/heap';
import { Collector } from '../../src/gc';
import {
  Finalize,
  finalizeAlive,
  finalizeCall,
  finalizeDetach,
  finalizeGetAtexit,
  finalizeIsShutdown,
  finalizePeek,
  finalizeRepr,
  finalizeSetAtexit,
  getweakrefcount,
  liveFinalizers,
  newFinalize,
  newRef,
  derefWeakref,
  runAtExit,
} from '../../src/weakref';
import { RecordingHost, expectHeapOk, newKwFunction, pyErrorText, releaseAll, world, type World } from './helpers';

/** `res.append` as a function: records its positional arguments (and kwargs) as text. */
function recorder(w: World, res: string[]) {
  return newKwFunction(w.heap, 'append', (_h, args, kwargs) => {
    res.push([...args.map(String), ...kwargs.map(([k, v]) => `${k}=${String(v)}`)].join(','));
    return null;
  });
}

function tupleText(heap: Heap, t: Value): string {
  if (t === null) return 'None';
  const items = (t as TupleObject).items;
  const [obj, func, args, kwargs] = items;
  const kw = (kwargs as unknown as { entries(): Array<[Value, Value]> }).entries().map(([k, v]) => `${String(k)}:${String(v)}`);
  void heap;
  return `(${(obj as PyObject).describe()}, ${(func as PyObject).describe()}, (${(args as TupleObject).items.map(String).join(',')}), {${kw.join(',')}})`;
}

const addr = (o: PyObject) => `0x${o.id}`;

describe('finalize', () => {
  test('test_finalize: alive, peek, call once, detach', () => {
    const w = world();
    const { heap } = w;
    const res: number[] = [];
    const add = newKwFunction(heap, 'add', (_h, args, kwargs) => {
      const vals = [...args, ...kwargs.map(([, v]) => v)] as number[];
      const sum = vals.reduce((a, b) => a + b, 0);
      res.push(sum);
      return sum;
    });
    const a = w.obj('a');
    const f = newFinalize(heap, a, add, [67, 43], [['z', 89]]);
    expect(f).toBeInstanceOf(Finalize);
    expect(finalizeAlive(heap, f)).toBe(true);
    const p = finalizePeek(heap, f);
    expect(tupleText(heap, p)).toBe(`(${a.describe()}, ${add.describe()}, (67,43), {z:89})`);
    heap.decref(p);
    expect(finalizeCall(heap, f)).toBe(199);
    expect(finalizeCall(heap, f)).toBe(null);
    expect(finalizePeek(heap, f)).toBe(null);
    expect(finalizeDetach(heap, f)).toBe(null);
    expect(finalizeAlive(heap, f)).toBe(false);
    expect(res).toEqual([199]);
    heap.decref(f);

    const f2 = newFinalize(heap, a, add, [67, 43, 89]);
    const peek = finalizePeek(heap, f2);
    expect(tupleText(heap, peek)).toBe(`(${a.describe()}, ${add.describe()}, (67,43,89), {})`);
    const det = finalizeDetach(heap, f2);
    expect(tupleText(heap, det)).toBe(tupleText(heap, peek));
    releaseAll(heap, [peek, det]);
    expect(finalizeCall(heap, f2)).toBe(null);
    expect(finalizeAlive(heap, f2)).toBe(false);
    expect(res).toEqual([199]);
    heap.decref(f2);

    const f3 = newFinalize(heap, a, add, [], [['x', 67], ['y', 43], ['z', 89]]);
    heap.decref(a);
    expect(res).toEqual([199, 199]);
    expect(finalizeCall(heap, f3)).toBe(null);
    expect(finalizeAlive(heap, f3)).toBe(false);
    releaseAll(heap, [f3, add]);
    expectHeapOk(heap);
  });

  test('test_order: finalizers keep themselves alive and run newest first on death', () => {
    const w = world();
    const { heap } = w;
    const res: string[] = [];
    const append = recorder(w, res);
    const a = w.obj('a');
    const [f1, f2, f3, f4, f5] = ['f1', 'f2', 'f3', 'f4', 'f5'].map((n) => newFinalize(heap, a, append, [n]));
    releaseAll(heap, [f1, f4]); // make sure finalizers can keep themselves alive
    expect([f2, f3, f5].map((f) => finalizeAlive(heap, f))).toEqual([true, true, true]);
    const d = finalizeDetach(heap, f5);
    expect(d).not.toBe(null);
    heap.decref(d);
    expect(finalizeAlive(heap, f5)).toBe(false);
    heap.decref(finalizeCall(heap, f5));
    res.push('A');
    heap.decref(finalizeCall(heap, f3));
    expect(finalizeAlive(heap, f3)).toBe(false);
    res.push('B');
    heap.decref(finalizeCall(heap, f3));
    res.push('C');
    heap.decref(a);
    expect(finalizeAlive(heap, f2)).toBe(false);
    res.push('D');
    heap.decref(finalizeCall(heap, f2));
    expect(res).toEqual(['A', 'f3', 'B', 'C', 'f4', 'f2', 'f1', 'D']);
    releaseAll(heap, [f2, f3, f5, append]);
    expectHeapOk(heap);
  });

  test('edge case 63 (p15): four finalizers on one object run 3, 2, 1, 0', () => {
    const w = world();
    const { heap } = w;
    const res: string[] = [];
    const append = recorder(w, res);
    const o = w.obj('o');
    const fs = [0, 1, 2, 3].map((i) => newFinalize(heap, o, append, [i]));
    heap.decref(o);
    expect(res).toEqual(['3', '2', '1', '0']);
    releaseAll(heap, [...fs, append]);
    expectHeapOk(heap);
  });

  test('test_all_freed: the finalizer and its callback are freed once it has run', () => {
    const w = world();
    const { heap } = w;
    const res: number[] = [];
    const a = w.obj('a');
    const callback = newKwFunction(heap, 'callback', () => (res.push(123), null));
    const f = newFinalize(heap, a, callback);
    const wrCallback = newRef(heap, callback);
    const registryHolds = getweakrefcount(a);
    expect(registryHolds).toBe(1);
    releaseAll(heap, [callback, f]);
    expect(derefWeakref(heap, wrCallback)).toBe(callback);
    heap.decref(callback); // the deref above
    expect(f.isDead).toBe(false); // kept by the registry
    heap.decref(a);
    expect(derefWeakref(heap, wrCallback)).toBe(null);
    expect(f.isDead).toBe(true);
    expect(res).toEqual([123]);
    heap.decref(wrCallback);
    expectHeapOk(heap);
  });

  test('on cyclic garbage the finalizer runs during gc.collect()', () => {
    const w = world();
    const { heap, gc } = w;
    const res: string[] = [];
    const append = recorder(w, res);
    const a = w.obj('a');
    a.setAttr(heap, 'me', a);
    heap.decref(newFinalize(heap, a, append, ['cyc']));
    heap.decref(a);
    expect(res).toEqual([]);
    gc.collect();
    expect(res).toEqual(['cyc']);
    heap.decref(append);
    expectHeapOk(heap);
  });

  test('edge case 64 (p34): a raising func is unraisable and names the finalizer, whose repr says dead', () => {
    const unraisable: string[] = [];
    class Host extends RecordingHost {
      override repr(heap: Heap, v: Value): string {
        if (v instanceof Finalize) return finalizeRepr(heap, v, addr);
        return super.repr(heap, v);
      }
    }
    const heap = new Heap({ host: new Host(unraisable) });
    const C = heap.newClass('A');
    const a = heap.newInstance(C);
    const boom = newKwFunction(heap, 'boom', () => {
      throw new PyException('ZeroDivisionError', 'division by zero');
    });
    const f = newFinalize(heap, a, boom);
    expect(finalizeRepr(heap, f, addr)).toBe(`<finalize object at ${addr(f)}; for 'A' at ${addr(a)}>`);
    heap.decref(a);
    expect(unraisable).toEqual([`Exception ignored in: <finalize object at ${addr(f)}; dead> / ZeroDivisionError: division by zero`]);
    releaseAll(heap, [f, boom]);
    expectHeapOk(heap);
  });

  test('test_atexit: atexit finalizers newest first, one made at exit runs next, errors go to the excepthook', () => {
    const w = world();
    const { heap } = w;
    const out: string[] = [];
    const print = recorder(w, out);
    const cls = w.obj('cls'); // stays alive until the at-exit callbacks run
    const error = newKwFunction(heap, 'error', (h) => {
      h.decref(newFinalize(h, cls, print, ['g1']));
      out.push('f3 error');
      throw new PyException('ZeroDivisionError', 'division by zero');
    });
    const f1 = newFinalize(heap, cls, print, ['f1', 'foobar']);
    const f2 = newFinalize(heap, cls, print, ['f2', 'foobar']);
    const f3 = newFinalize(heap, cls, error);
    const f4 = newFinalize(heap, cls, print, ['f4', 'foobar']);
    expect(finalizeGetAtexit(heap, f1)).toBe(true);
    finalizeSetAtexit(heap, f2, false);
    expect(finalizeGetAtexit(heap, f2)).toBe(false);
    expect(liveFinalizers(heap)).toEqual([f1, f2, f3, f4]);
    const hooked: string[] = [];
    const gc = w.gc;
    gc.enabled = true;
    let enabledDuring: boolean | null = null;
    const spy = newKwFunction(heap, 'spy', () => ((enabledDuring = gc.enabled), null));
    heap.decref(newFinalize(heap, cls, spy)); // the newest: runs first
    runAtExit(heap, (e, f) => hooked.push(`${e.pyType} from ${f === f3 ? 'f3' : '?'}`), { collector: gc });
    expect(enabledDuring).toBe(false);
    expect(gc.enabled).toBe(true);
    expect(out).toEqual(['f4,foobar', 'f3 error', 'g1', 'f1,foobar']);
    expect(hooked).toEqual(['ZeroDivisionError from f3']);
    expect(finalizeIsShutdown(heap)).toBe(true);
    expect(finalizeAlive(heap, f2)).toBe(true); // atexit=False: not run
    // after shutdown a finalizer no longer calls its func
    heap.decref(cls);
    expect(out).toEqual(['f4,foobar', 'f3 error', 'g1', 'f1,foobar']);
    releaseAll(heap, [f1, f2, f3, f4, print, error, spy]);
    expectHeapOk(heap);
  });

  test('errors: TypeError for objects that cannot be weakly referenced; __call__ arity', () => {
    const w = world();
    const { heap } = w;
    const fn = newKwFunction(heap, 'fn', () => null);
    expect(pyErrorText(() => newFinalize(heap, 1, fn))).toBe("TypeError: cannot create weak reference to 'int' object");
    const a = w.obj('a');
    const f = newFinalize(heap, a, fn);
    expect(pyErrorText(() => heap.host.call(heap, f, [1, 2]))).toBe(
      'TypeError: finalize.__call__() takes from 1 to 2 positional arguments but 3 were given',
    );
    expect(f.weakrefable).toBe(false); // __slots__ = ()
    expect(heap.isTracked(f)).toBe(true);
    releaseAll(heap, [f, a, fn]);
    expectHeapOk(heap);
  });

  test('registries are per heap', () => {
    const h1 = new Heap();
    const h2 = new Heap();
    new Collector(h1, { debugChecks: true });
    const C1 = h1.newClass('C');
    const o1 = h1.newInstance(C1);
    const fn = h1.newHostFunction('fn', () => null);
    const f = newFinalize(h1, o1, fn);
    expect(liveFinalizers(h1)).toEqual([f]);
    expect(liveFinalizers(h2)).toEqual([]);
    runAtExit(h2);
    expect(finalizeIsShutdown(h2)).toBe(true);
    expect(finalizeIsShutdown(h1)).toBe(false);
    releaseAll(h1, [f, o1, fn]);
    expectHeapOk(h1);
  });
});
