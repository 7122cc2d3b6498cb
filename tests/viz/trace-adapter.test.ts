/** The trace -> viewer model adapter on a v1 trace of a cycle (fixtures.ts). */
import { modelFromTrace, parseTraceLines } from '../../src/viz/trace-adapter';
import { StateCursor } from '../../src/viz/view-state';
import { CYCLE_SOURCE, CYCLE_TRACE } from './fixtures';

const model = () => modelFromTrace(CYCLE_TRACE, { filename: 'cycle.py', source: CYCLE_SOURCE });

test('one step per event, with the scenario line current at each', () => {
  const m = model();
  expect(m.steps).toHaveLength(CYCLE_TRACE.length - 1);
  expect(m.steps.map((s) => s.seq)).toEqual(CYCLE_TRACE.slice(1).map((r) => r.seq));
  expect(m.steps.find((s) => s.seq === 13)!.line).toBe(5);
  expect(m.sourceLines).toHaveLength(8);
  expect(m.producer).toBe('gclab 0.1.0 · trace format v1 · level refs');
  expect(m.warnings).toEqual([]);
});

test('objects: labels, start-up objects by lastId, birth and death with their cause', () => {
  const m = model();
  const a = m.objects.get(1002)!;
  expect(a).toMatchObject({ type: 'Node', label: "Node('a')", startup: false, tracked: true });
  expect(m.steps[a.bornAt].seq).toBe(5);
  expect(m.steps[a.diedAt!].seq).toBe(32);
  expect(a.cause).toBe('cyclic garbage: collection #1 of generation 2');
  expect(m.objects.get(17)!.startup).toBe(true);
  expect(m.objects.get(1001)!.cause).toBe('refcount reached 0 (interpreter shutdown)');
  expect(m.types).toEqual(['Node', 'object', 'type']);
});

test('a refcount death names the statement and the object whose release freed it', () => {
  const m = modelFromTrace(
    [
      { seq: 1, kind: 'startup', objects: 1, lastId: 1 },
      { seq: 2, kind: 'alloc', line: 3, fn: '<module>', id: 5, type: 'list' },
      { seq: 3, kind: 'alloc', line: 3, fn: '<module>', id: 6, type: 'Node' },
      { seq: 4, kind: 'death', line: 9, fn: '<module>', id: 5, type: 'list', label: 'list[1]', cause: 'refcount', by: 'del xs' },
      { seq: 5, kind: 'death', line: 9, fn: '<module>', id: 6, type: 'Node', label: "Node('x')", cause: 'refcount', via: 5, by: 'del xs' },
    ],
    { filename: 'x.py', source: '' },
  );
  expect(m.objects.get(5)!.cause).toBe('refcount reached 0 by del xs at line 9');
  expect(m.objects.get(6)!.cause).toBe('refcount reached 0 by del xs when list[1] was released at line 9');
  expect(m.warnings).toEqual(['The trace has no header line: it may not be a gclab trace format v1 file.']);
});

test('the state at a step: roots, references, refcounts, gc_refs, marks, ghosts, generations, output', () => {
  const m = model();
  const cursor = new StateCursor(m);
  const pos = (seq: number) => m.steps.findIndex((s) => s.seq === seq) + 1;
  let s = cursor.seek(pos(17));
  expect([...s.bindings.get('module:__main__')!]).toEqual([
    ['Node', { to: 1001, value: null }],
    ['a', { to: 1002, value: null }],
    ['b', { to: 1003, value: null }],
  ]);
  expect(s.edges.get(1002)).toEqual([1001, 1003]);
  expect(s.refcount.get(1002)).toBe(2);
  expect(s.roots.map((r) => r.key)).toEqual(['frame:1', 'module:__main__']);
  s = cursor.seek(pos(8));
  expect(s.roots.map((r) => r.name)).toEqual(['<module>', 'module __main__', '__init__()']);
  expect(s.bindings.get('frame:2')!.get('name')).toEqual({ to: null, value: "'a'" });
  s = cursor.seek(pos(24));
  expect(s.collection).toMatchObject({ collection: 1, generation: 2, phase: 'subtract_refs' });
  expect([1001, 1002, 1003].map((id) => s.collection!.gcRefs.get(id))).toEqual([1, 0, 0]);
  s = cursor.seek(pos(23));
  expect([1001, 1002, 1003].map((id) => s.collection!.gcRefs.get(id))).toEqual([3, 1, 1]);
  s = cursor.seek(pos(25));
  expect([1001, 1002, 1003].map((id) => s.collection!.marks.get(id))).toEqual(['reachable', 'unreachable', 'unreachable']);
  s = cursor.seek(pos(33));
  expect(s.collection).toBeNull();
  expect(s.lastCollection!.marks.get(1002)).toBe('cleared');
  expect(s.lastCollection!.marks.get(1003)).toBe('garbage');
  expect([...s.dead]).toEqual([1003, 1002]);
  expect(s.live.has(1001)).toBe(true);
  expect(s.generation.get(1001)).toBe(2);
  s = cursor.seek(pos(34));
  expect(s.output).toEqual([{ stream: 'out', text: '2\n' }]);
});

test('a gc-end moves the survivors of a young collection to the next generation', () => {
  const m = modelFromTrace(
    [
      { seq: 1, kind: 'startup', objects: 1, lastId: 1 },
      { seq: 2, kind: 'alloc', id: 5, type: 'list' },
      { seq: 3, kind: 'gc-start', collection: 1, generation: 0 },
      { seq: 4, kind: 'gc-phase', collection: 1, phase: 'update_refs', objects: [5], gc_refs: [1], labels: ['list[0]'], pass: 1 },
      { seq: 5, kind: 'gc-end', collection: 1, generation: 0, collected: 0, uncollectable: 0 },
      { seq: 6, kind: 'alloc', id: 6, type: 'str' },
    ],
    { filename: 'x.py', source: '' },
  );
  const c = new StateCursor(m);
  expect(c.seek(5).generation.get(5)).toBe(1);
  expect(c.seek(2).generation.get(5)).toBe(0);
  expect(m.objects.get(6)!.tracked).toBe(false);
});

test('unknown kinds and fields are ignored, as the format asks of readers', () => {
  const m = modelFromTrace(
    [CYCLE_TRACE[0], { seq: 1, kind: 'future-kind', line: 2, fn: '<module>', extra: [1] }, { seq: 2, kind: 'alloc', id: 7, type: 'dict', extra: true }],
    { filename: 'x.py', source: 'x = 1\n' },
  );
  expect(m.steps.map((s) => s.kind)).toEqual(['future-kind', 'alloc']);
});

test('a newer format version is read with a warning', () => {
  const m = modelFromTrace([{ ...CYCLE_TRACE[0], version: 2 }], { filename: 'x.py', source: '' });
  expect(m.warnings[0]).toMatch(/version 2/);
});

test('parseTraceLines: records in order, blank lines skipped, a bad line named', () => {
  expect(parseTraceLines('{"a":1}\n\n{"b":2}\n')).toEqual([{ a: 1 }, { b: 2 }]);
  expect(() => parseTraceLines('{"a":1}\n{oops\n')).toThrow(/^trace line 2: /);
  expect(() => parseTraceLines('[1]\n')).toThrow('trace line 1: not a JSON object');
});
