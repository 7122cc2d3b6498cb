import { Heap, verifyHeap, type Value } from '../../src/heap';
import { Collector } from '../../src/gc';
import { newRef, derefWeakref } from '../../src/weakref/reference-type';

function setup() {
  const heap = new Heap({ trace: true, host: undefined });
  const gc = new Collector(heap, { debugChecks: true });
  const log: string[] = [];
  const del = heap.newHostFunction('__del__', (h, _f, args) => {
    const self = args[0] as any;
    log.push('del ' + self.getAttr('name'));
    return null;
  });
  const Node = heap.newClass('Node', [], { __del__: del });
  heap.decref(del);
  return { heap, gc, log, Node };
}

test('refcount death runs __del__ then callbacks; cycle collected by gc', () => {
  const { heap, gc, log, Node } = setup();
  const a = heap.newInstance(Node);
  a.setAttr(heap, 'name', 'a');
  const cb = heap.newHostFunction('cb', (h, f, args) => {
    log.push('cb ' + ((args[0] as any).referent === null ? 'dead' : 'alive'));
    return null;
  });
  const r = newRef(heap, a, cb);
  heap.decref(cb);
  heap.decref(a);
  expect(log).toEqual(['del a', 'cb dead']);
  heap.decref(r);

  const b = heap.newInstance(Node);
  b.setAttr(heap, 'name', 'b');
  const c = heap.newInstance(Node);
  c.setAttr(heap, 'name', 'c');
  b.setAttr(heap, 'other', c);
  c.setAttr(heap, 'other', b);
  const rb = newRef(heap, b, heap.newHostFunction('cb2', () => (log.push('cb b'), null)));
  heap.decref(b);
  heap.decref(c);
  expect(log).toEqual(['del a', 'cb dead']);
  const n = gc.collect();
  expect(log).toEqual(['del a', 'cb dead', 'cb b', 'del b', 'del c']);
  expect(n).toBe(2);
  expect(derefWeakref(heap, rb)).toBe(null);
  heap.decref(rb);
  expect(verifyHeap(heap)).toEqual({ ok: true, objects: expect.any(Number) });
});

test('deep chain freed from its head does not overflow', () => {
  const heap = new Heap();
  let head: Value = null;
  for (let i = 0; i < 200000; i++) {
    const l = heap.newList([head]);
    heap.decref(head);
    head = l;
  }
  const before = heap.liveCount;
  heap.decref(head);
  expect(heap.liveCount).toBe(before - 200000);
});
