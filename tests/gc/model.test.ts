/**
 * Model-based tests of the heap and the collector against a naive
 * reachability model. The commands and the model are gclab/testing's
 * (src/testing/heap-program.ts: HeapProgram, heapProgramArbitrary), the
 * same ones users get for their own properties.
 *
 * Commands: allocate an instance (plain, with a logging __del__, or with a
 * __del__ that resurrects its object into a host-held `saved` list), a list
 * or a dict into a new host handle; link (set attribute / append / set item)
 * and unlink; load a referent into a new host handle; drop a host handle;
 * clear `saved`; collect a generation.
 *
 * After every command HeapProgram checks:
 *  - nothing reachable from the host handles or `saved` has died;
 *  - every finalizer ran at most once, only on an object that was not
 *    reachable when the command started, and left its FINALIZED bit set;
 *  - verifyHeap() holds.
 * After collect(2) (and, in stress mode, after every allocation, which
 * collects everything first) the live set is exactly what the host reaches.
 * Replaying a command sequence on a fresh heap gives a byte-identical event
 * stream. Everything runs normally, with the collector's `stress: true` mode
 * (a full collection at every GC allocation), and under random collection
 * schedules.
 *
 * Run counts: GCLAB_FC_RUNS (default 400 per property, half that in stress
 * and schedule mode, sized so that `npx jest tests/heap tests/gc` stays well
 * under 20 s on 2 cores). The long local run is `GCLAB_FC_RUNS=10000 npx jest tests/gc`.
 */
import fc from 'fast-check';
import type { CollectionSchedule } from '../../src/gc';
import { HeapProgram, heapProgramArbitrary, scheduleArbitrary, type HeapCommand } from '../../src/testing';

const RUNS = Number(process.env.GCLAB_FC_RUNS ?? 400);

function runTwice(cmds: HeapCommand[], options: { stress?: boolean; schedule?: CollectionSchedule | null }): void {
  const first = new HeapProgram({ ...options, trace: true });
  first.runAll(cmds);
  first.tearDown();
  // Replay the same commands on a fresh heap: the same event stream, byte for byte.
  const second = new HeapProgram({ ...options, trace: true });
  second.runAll(cmds);
  second.tearDown();
  expect(second.trace()).toBe(first.trace());
}

test('model: reachable objects survive, full collections free exactly the rest, finalizers run once, the heap verifies, replays are identical', () => {
  fc.assert(
    fc.property(heapProgramArbitrary(), (cmds) => runTwice(cmds, {})),
    { numRuns: RUNS },
  );
});

test('model, stress mode (a full collection at every GC allocation): the same invariants', () => {
  fc.assert(
    fc.property(heapProgramArbitrary(), (cmds) => runTwice(cmds, { stress: true })),
    { numRuns: Math.max(1, Math.round(RUNS / 2)) },
  );
});

test('model, under random collection schedules (automatic collections at chosen allocations): the same invariants', () => {
  fc.assert(
    fc.property(heapProgramArbitrary(), scheduleArbitrary({ maxAlloc: 30, maxCollections: 5, thresholds: false }), (cmds, schedule) =>
      runTwice(cmds, { schedule }),
    ),
    { numRuns: Math.max(1, Math.round(RUNS / 2)) },
  );
});

test('model: a hand-written sequence with a resurrecting cycle behaves as the model says', () => {
  const p = new HeapProgram();
  p.runAll([
    { op: 'alloc', kind: 'lazarus' }, // slot 0
    { op: 'alloc', kind: 'del' }, // slot 1
    { op: 'link', from: 0, to: 1, label: 'a' },
    { op: 'link', from: 1, to: 0, label: 'b' },
    { op: 'drop', slot: 0 },
    { op: 'drop', slot: 1 },
    { op: 'collect', generation: 2 }, // both finalizers run; the lazarus object and its partner survive
  ]);
  expect(p.model.saved).toEqual([1]);
  p.runAll([{ op: 'clearSaved' }, { op: 'collect', generation: 2 }]); // now they go, without a second finalizer
  expect([...p.model.finalized.entries()]).toEqual([
    [1, 1],
    [2, 1],
  ]);
  p.tearDown();
});
