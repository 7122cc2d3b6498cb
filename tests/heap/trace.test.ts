/**
 * The event stream (ARCHITECTURE.md, "Reclamation hooks"): every death,
 * finalization, resurrection, weakref clearing and callback is announced in
 * one ordered stream, with ids from the heap's counter and no clock, so two
 * runs of one program give byte-identical JSON Lines.
 */
import { Collector } from '../../src/gc';
import { PyException, type Instance, type Value } from '../../src/heap';
import { validateTrace } from '../../src/heap/trace-format';
import { defineClass, fn, makeWorld, named, newTestRef } from './fixtures';

/** A program touching every kind of event: refcount and cycle deaths, callbacks, resurrection, errors, the trashcan. */
function program(): string {
  const w = makeWorld({ trace: true });
  const { heap, log } = w;
  const gc = new Collector(heap, { debugOut: () => {}, debugChecks: true });
  const saved = heap.newList();
  const N = defineClass(heap, 'N', {
    __del__: fn(heap, '__del__', ([self]) => {
      const o = self as Instance;
      log.push('del ' + String(o.getAttr('name')));
      if (o.getAttr('name') === 'lazarus') saved.append(heap, o);
      if (o.getAttr('name') === 'bad') throw new PyException('ValueError', 'boom');
    }),
  });
  const cb = fn(heap, 'cb', () => void log.push('cb'));
  const refs: Value[] = [];
  const a = named(heap, N, 'a');
  const b = named(heap, N, 'b');
  a.setAttr(heap, 'peer', b);
  b.setAttr(heap, 'peer', a);
  refs.push(newTestRef(heap, a, cb), newTestRef(heap, b, cb));
  heap.decref(a);
  heap.decref(b);
  const l = named(heap, N, 'lazarus');
  l.setAttr(heap, 'me', l);
  heap.decref(l);
  heap.decref(named(heap, N, 'bad'));
  gc.collect(0);
  let chain: Value = null;
  for (let i = 0; i < 120; i++) {
    const n = named(heap, N, `c${i}`);
    n.setAttr(heap, 'nxt', chain);
    heap.decref(chain);
    chain = n;
  }
  heap.decref(chain);
  heap.emit({ kind: 'note', text: 'before full collection' });
  gc.collect();
  saved.clear(heap);
  gc.collect();
  for (const r of refs) heap.decref(r);
  return heap.trace!.toJSONL();
}

test('two runs of the same program give byte-identical heap.trace.toJSONL()', () => {
  const first = program();
  const second = program();
  expect(second).toBe(first);
  expect(first.length).toBeGreaterThan(1000);
});

test('the stream does not depend on what ran before it in the same process', () => {
  const first = program();
  // Another heap doing something else in between.
  const other = makeWorld({ trace: true });
  for (let i = 0; i < 10; i++) other.heap.decref(other.heap.newList());
  expect(program()).toBe(first);
});

test('trace format v1: a header line, then one JSON event per line, seq first, numbered 1, 2, 3, ...; the whole is valid', () => {
  const text = program();
  expect(validateTrace(text)).toEqual([]);
  const [header, ...lines] = text.trimEnd().split('\n');
  expect(JSON.parse(header)).toMatchObject({ format: 'gclab-trace', version: 1, scenario: null, profile: { level: 'deaths' } });
  lines.forEach((line, i) => {
    const e = JSON.parse(line);
    expect(Object.keys(e)[0]).toBe('seq');
    expect(e.seq).toBe(i + 1);
    expect(typeof e.kind).toBe('string');
  });
  const kinds = new Set(lines.map((l) => JSON.parse(l).kind));
  for (const k of ['alloc', 'death', 'finalize', 'resurrect', 'weakrefs-cleared', 'callback', 'gc-start', 'gc-phase', 'clear', 'gc-end', 'unraisable', 'note']) {
    expect(kinds.has(k)).toBe(true);
  }
});
