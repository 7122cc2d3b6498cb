/** Seeking: any order of seeks gives the state a fresh replay gives; navigation by event, line and phase; #step=N. */
import * as fc from 'fast-check';
import { modelFromTrace, type TraceRecord } from '../../src/viz/trace-adapter';
import { StateCursor, type ViewState } from '../../src/viz/view-state';
import { hashWithStep, nextPosition, positionFromHash, previousPosition } from '../../src/viz/navigation';
import { isShown, layoutRows } from '../../src/viz/layout';
import { CYCLE_SOURCE, CYCLE_TRACE } from './fixtures';

/** A long trace: objects made, bound, referring to each other, dying, over many lines and a few collections. */
function longTrace(n: number): TraceRecord[] {
  const out: TraceRecord[] = [CYCLE_TRACE[0], { seq: 1, kind: 'startup', objects: 10, lastId: 10 }];
  let seq = 2;
  let collection = 0;
  for (let i = 0; i < n; i++) {
    const id = 11 + i;
    const line = 1 + (i % 7);
    out.push({ seq: seq++, kind: 'alloc', line, fn: '<module>', id, type: i % 3 === 0 ? 'list' : 'Node' });
    out.push({ seq: seq++, kind: 'bind', line, fn: '<module>', module: '__main__', name: `v${i % 5}`, id, label: `N(${i})` });
    if (i > 0) out.push({ seq: seq++, kind: 'edges', line, fn: '<module>', id, to: [id - 1] });
    out.push({ seq: seq++, kind: 'incref', line, fn: '<module>', id, rc: 1 + (i % 3) });
    if (i % 4 === 3) out.push({ seq: seq++, kind: 'death', line, fn: '<module>', id: id - 2, type: 'Node', label: `N(${i - 2})`, cause: 'refcount', by: 'v = ...' });
    if (i % 50 === 49) {
      collection++;
      out.push({ seq: seq++, kind: 'gc-start', line, fn: '<module>', collection, generation: collection % 3 });
      out.push({ seq: seq++, kind: 'gc-phase', line, fn: '<module>', collection, phase: 'update_refs', objects: [id, id - 1], gc_refs: [2, 1], labels: [null, null], pass: 1 });
      out.push({ seq: seq++, kind: 'gc-phase', line, fn: '<module>', collection, phase: 'subtract_refs', objects: [id, id - 1], gc_refs: [1, 0], pass: 1 });
      out.push({ seq: seq++, kind: 'gc-end', line, fn: '<module>', collection, generation: collection % 3, collected: 0, uncollectable: 0 });
    }
    out.push({ seq: seq++, kind: 'output', line, fn: '<module>', stream: 'out', text: `${i}\n` });
  }
  return out;
}

function snapshot(s: ViewState) {
  return {
    applied: s.applied,
    line: s.line,
    live: [...s.live].sort(),
    dead: [...s.dead].sort(),
    refcount: [...s.refcount].sort(),
    generation: [...s.generation].sort(),
    edges: [...s.edges].sort(),
    bindings: [...s.bindings].map(([k, v]) => [k, [...v]]),
    roots: s.roots,
    collection: s.collection && { ...s.collection, gcRefs: [...s.collection.gcRefs], marks: [...s.collection.marks] },
    output: s.output.map((o) => o.text).join(''),
  };
}

test('any sequence of seeks gives the state a fresh replay gives', () => {
  const model = modelFromTrace(longTrace(400), { filename: 'x.py', source: '' });
  const n = model.steps.length;
  expect(n).toBeGreaterThan(2000);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -5, max: n + 5 }), { minLength: 1, maxLength: 8 }), (targets) => {
      const cursor = new StateCursor(model);
      for (const t of targets) {
        const got = snapshot(cursor.seek(t));
        const fresh = snapshot(new StateCursor(model).seek(t));
        expect(got).toEqual(fresh);
      }
    }),
    { numRuns: 40 },
  );
});

test('moving by event, by line, by phase, and back', () => {
  const m = modelFromTrace(CYCLE_TRACE, { filename: 'cycle.py', source: CYCLE_SOURCE });
  const seqAt = (p: number) => m.steps[p - 1].seq;
  expect(nextPosition(m, 0, 'event')).toBe(1);
  // By line: the steps where the line or the frame changes.
  let p = 0;
  const lines: number[] = [];
  while ((p = nextPosition(m, p, 'line')) < m.steps.length) lines.push(m.steps[p - 1].line);
  expect(lines.slice(0, 7)).toEqual([1, 2, 4, 3, 4, 5, 6]);
  // By phase: gc-start, each phase, gc-end.
  p = 0;
  const phases: string[] = [];
  while ((p = nextPosition(m, p, 'phase')) < m.steps.length) phases.push(m.steps[p - 1].phase!);
  expect(phases).toEqual(['gc-start', 'update_refs', 'subtract_refs', 'move_unreachable', 'move_legacy_finalizers', 'handle_weakrefs', 'finalize_garbage', 'delete_garbage', 'gc-end']);
  const sub = m.steps.findIndex((s) => s.phase === 'subtract_refs') + 1;
  expect(seqAt(previousPosition(m, sub, 'phase'))).toBe(23);
  expect(previousPosition(m, 1, 'phase')).toBe(0);
  expect(nextPosition(m, m.steps.length, 'event')).toBe(m.steps.length);
});

test('#step=N: read, clamped, written with the other parameters kept', () => {
  const m = modelFromTrace(CYCLE_TRACE, { filename: 'cycle.py', source: CYCLE_SOURCE });
  expect(positionFromHash('#step=12', m)).toBe(12);
  expect(positionFromHash('#code=abc&step=3', m)).toBe(3);
  expect(positionFromHash('#step=99999', m)).toBe(m.steps.length);
  expect(positionFromHash('#code=abc', m)).toBeNull();
  expect(positionFromHash('#step=x', m)).toBeNull();
  expect(hashWithStep('#code=abc&step=3', 9)).toBe('#code=abc&step=9');
  expect(hashWithStep('', 0)).toBe('#step=0');
});

test('layout: rows in birth order, stable whatever the step; filters drop start-up objects and chosen types', () => {
  const m = modelFromTrace(longTrace(30), { filename: 'x.py', source: '' });
  const filter = { showStartup: false, hiddenTypes: new Set<string>() };
  const rows = layoutRows(m, filter);
  const ids = [...rows.keys()];
  expect(ids).toEqual([...ids].sort((a, b) => m.objects.get(a)!.bornAt - m.objects.get(b)!.bornAt));
  expect([...rows.values()]).toEqual(ids.map((_, i) => i));
  const noLists = layoutRows(m, { showStartup: false, hiddenTypes: new Set(['list']) });
  expect([...noLists.keys()].every((id) => m.objects.get(id)!.type !== 'list')).toBe(true);
  const cm = modelFromTrace(CYCLE_TRACE, { filename: 'cycle.py', source: CYCLE_SOURCE });
  expect(isShown(cm.objects.get(17)!, filter)).toBe(false);
  expect(isShown(cm.objects.get(17)!, { ...filter, showStartup: true })).toBe(true);
});
