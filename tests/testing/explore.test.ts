/**
 * The explorer (src/testing/explorer.ts) on the calling thread: the
 * schedule space, the verdict of a run, shrinking, and its properties --
 * the same seed gives the same result whatever the batch size (the CLI's
 * worker count only changes the batch size; tests/cli/explore.test.ts runs
 * real workers), a shrunk schedule still fails and is no larger than the
 * one found, and a replay reproduces the run and its trace byte for byte.
 */
import fc from 'fast-check';
import { CollectionSchedule, parseSchedule } from '../../src/gc';
import { explore, inProcessRunner } from '../../src/testing/explorer';
import { judgeRun } from '../../src/testing/run-verdict';
import { runUnderSchedule } from '../../src/testing/schedule-run';
import { ScheduleSpace } from '../../src/testing/schedule-space';
import { scheduleLess, shrinkCandidates, shrinkSchedule } from '../../src/testing/shrink-schedule';

jest.setTimeout(120_000);

const RUNS = Number(process.env.GCLAB_FC_RUNS ?? 400);

/** Check-then-get on a WeakValueDictionary whose values live in cycles. */
const CHECK_THEN_GET = `import weakref
class Box:
    def __init__(self, name):
        self.name = name
        self.me = self
cache = weakref.WeakValueDictionary()
def get(name):
    if name in cache:
        t = {name, 1}  # a set: counted (tuples may come from a free list)
        return cache[name]
    b = Box(name)
    cache[name] = b
    return b
for n in ["a", "b", "a", "b"]:
    print(get(n).name)
`;

/** Output that never depends on collection timing. */
const TIMING_FREE = `class N:
    def __init__(self, i):
        self.i = i
        self.me = self
xs = [N(i) for i in range(4)]
print(sum(x.i for x in xs))
`;

describe('the schedule space', () => {
  test('singles first, in (allocation, generation) order, then pairs when all fit, then random', () => {
    const s = new ScheduleSpace(3, 1000, 7);
    expect(s.singles).toBe(9);
    expect(s.pairs).toBe(27);
    expect([0, 1, 2, 3, 8].map((i) => s.at(i).toString())).toEqual(['alloc:1:g0', 'alloc:1:g1', 'alloc:1:g2', 'alloc:2:g0', 'alloc:3:g2']);
    const pairs = Array.from({ length: 27 }, (_, k) => s.at(9 + k).toString());
    expect(pairs[0]).toBe('alloc:1:g0,alloc:2:g0');
    expect(pairs[1]).toBe('alloc:1:g0,alloc:2:g1');
    expect(pairs[9]).toBe('alloc:1:g0,alloc:3:g0');
    expect(pairs[26]).toBe('alloc:2:g2,alloc:3:g2');
    expect(new Set(pairs).size).toBe(27);
    expect(s.phaseOf(36)).toBe('random');
    expect(s.size).toBe(1000);
  });

  test('singles that do not fit the budget: all random; no allocations: nothing to try', () => {
    const s = new ScheduleSpace(500, 100, 1);
    expect(s.singles).toBe(0);
    expect(s.phaseOf(0)).toBe('random');
    expect(new ScheduleSpace(0, 100, 1).size).toBe(0);
    expect(() => new ScheduleSpace(3, -1, 0)).toThrow(RangeError);
    expect(() => s.at(100)).toThrow(RangeError);
  });

  test('random items depend only on (seed, index), and stay inside 1..N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(5000), (n, seed, i) => {
        const a = new ScheduleSpace(n, 10_000, seed);
        const b = new ScheduleSpace(n, 10_000, seed);
        const s = a.at(i);
        expect(s.toString()).toBe(b.at(i).toString());
        for (const e of s.entries) expect(e.alloc).toBeGreaterThanOrEqual(1);
        for (const e of s.entries) expect(e.alloc).toBeLessThanOrEqual(n);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('shrink candidates', () => {
  const arbSchedule = fc
    .uniqueArray(fc.record({ alloc: fc.integer({ min: 1, max: 300 }), generation: fc.constantFrom<0 | 1 | 2>(0, 1, 2) }), {
      selector: (e) => e.alloc,
      maxLength: 5,
    })
    .map((es) => new CollectionSchedule(es));

  test('every candidate is strictly smaller (fewer, earlier, lower generation)', () => {
    fc.assert(
      fc.property(arbSchedule, (s) => {
        const bad = shrinkCandidates(s).filter((c) => !scheduleLess(c, s));
        expect(bad.map(String)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  test('shrinking finds the minimal schedule of a known failure predicate, for any batch size', async () => {
    // Fails when some collection of generation >= 1 happens at allocation >= 40.
    const fails = async (cs: CollectionSchedule[]) => cs.map((c) => c.entries.some((e) => e.alloc >= 40 && e.generation >= 1));
    for (const batch of [1, 3, 50]) {
      const r = await shrinkSchedule(parseSchedule('alloc:5:g0,alloc:90:g2,alloc:200:g1'), fails, 10_000, batch);
      expect(r.schedule.toString()).toBe('alloc:40:g1');
    }
    const one = await shrinkSchedule(parseSchedule('alloc:5:g0,alloc:90:g2,alloc:200:g1'), fails, 1, 1);
    expect(one.schedule.toString()).toBe('alloc:90:g2,alloc:200:g1');
  });
});

describe('a run and its verdict', () => {
  test('the default schedule passes; a collection between the check and the get raises KeyError', () => {
    const ref = runUnderSchedule(CHECK_THEN_GET, 'c.py', null);
    expect(ref).toMatchObject({ stdout: 'a\nb\na\nb\n', exitCode: 0, heapViolation: null, schedule: '' });
    expect(ref.gcAllocations).toBeGreaterThan(5);
    expect(ref.steps).toBeGreaterThan(0);
    const expected = { stdout: ref.stdout, stderr: ref.stderr, exitCode: 0 };
    expect(judgeRun(ref, expected)).toBeNull();
    const failing = [];
    for (let a = 1; a <= ref.gcAllocations; a++) {
      const r = runUnderSchedule(CHECK_THEN_GET, 'c.py', `alloc:${a}:g0`);
      const f = judgeRun(r, expected);
      if (f !== null) failing.push([a, f.reason]);
    }
    expect(failing.length).toBeGreaterThan(0);
    expect(failing[0][1]).toMatch(/^exit status 1, expected 0 \(raised KeyError: '[ab]'\)$/);
  });

  test('stdout, stderr and a broken heap are each a failure', () => {
    const base = runUnderSchedule('print(1)\n', 'p.py', null);
    expect(judgeRun({ ...base, stdout: '2\n' }, { stdout: '1\n', stderr: '', exitCode: 0 })!.reason).toBe('standard output differs');
    expect(judgeRun({ ...base, stderr: 'x' }, { stdout: '1\n', stderr: '', exitCode: 0 })!.reason).toBe('standard error differs');
    expect(judgeRun({ ...base, stderr: 'x' }, { stdout: '1\n', stderr: null, exitCode: 0 })).toBeNull();
    expect(judgeRun({ ...base, heapViolation: 'bad' }, { stdout: '1\n', stderr: '', exitCode: 0 })!.reason).toMatch(/heap invariant broken: bad/);
  });

  test('replay: the same schedule gives the same run and trace, byte for byte', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom<0 | 1 | 2>(0, 1, 2), (a, g) => {
        const x = runUnderSchedule(CHECK_THEN_GET, 'c.py', `alloc:${a}:g${g}`, { trace: true });
        const y = runUnderSchedule(CHECK_THEN_GET, 'c.py', parseSchedule(`alloc:${a}:g${g}`), { trace: true });
        expect(x.trace).not.toBeNull();
        expect(y).toEqual(x);
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 40)) },
    );
  });
});

describe('explore', () => {
  test('finds the check-then-get bug among the single collections, already minimal', async () => {
    const r = await explore(inProcessRunner(CHECK_THEN_GET, 'c.py'), { budget: 1000 });
    expect(r.failure).not.toBeNull();
    expect(r.failure!.phase).toBe('single');
    expect(r.failure!.reason).toMatch(/KeyError/);
    expect(r.runs).toBe(r.failure!.foundAt + 1);
    // The singles come in the shrinker's order: the first failing one is not shrunk further.
    expect(r.failure).toMatchObject({ schedule: r.failure!.found, shrinkRuns: 0 });
    expect(parseSchedule(r.failure!.schedule).entries).toHaveLength(1);
  });

  test('a scenario whose output does not depend on timing explores clean', async () => {
    const r = await explore(inProcessRunner(TIMING_FREE, 't.py'), { budget: 60, seed: 3 });
    expect(r).toMatchObject({ failure: null, complete: true, runs: 60 });
  });

  test('a failing default schedule is reported as such; --expect-output and --expect-exit set the reference', async () => {
    const raises = await explore(inProcessRunner('print(1)\nraise ValueError("x")\n', 'r.py'), { budget: 10 });
    expect(raises.failure).toMatchObject({ phase: 'default', schedule: '', foundAt: -1 });
    expect(raises.failure!.reason).toMatch(/raised ValueError: x/);
    const expected = await explore(inProcessRunner('print(1)\nraise ValueError("x")\n', 'r.py'), { budget: 10, expectedExit: 1 });
    expect(expected.failure).toBeNull();
    const wrong = await explore(inProcessRunner('print(1)\n', 'r.py'), { expectedStdout: '2\n' });
    expect(wrong.failure).toMatchObject({ phase: 'default', reason: 'standard output differs' });
  });

  test('--time: a budget in evaluation steps cuts the space at the same place whatever the batch size', async () => {
    const full = await explore(inProcessRunner(TIMING_FREE, 't.py'), { budget: 30 });
    const perRun = full.steps / full.runs;
    const cut = [1, 4, 9].map((batch) => explore(inProcessRunner(TIMING_FREE, 't.py'), { budget: 30, batch, timeSteps: Math.floor(perRun * 10.5) }));
    const results = await Promise.all(cut);
    for (const r of results) expect({ runs: r.runs, steps: r.steps, complete: r.complete }).toEqual({ runs: results[0].runs, steps: results[0].steps, complete: false });
    expect(results[0].runs).toBeLessThan(30);
  });

  test('property: the same seed gives the same result whatever the batch size; a shrunk schedule still fails and is no larger', async () => {
    // Random schedules only (budget below the singles): the shrinker has work to do.
    await fc.assert(
      fc.asyncProperty(fc.nat(1000), fc.constantFrom(1, 2, 5, 16), async (seed, batch) => {
        const opts = { budget: 30, seed, shrinkBudget: 80 };
        const [a, b] = await Promise.all([
          explore(inProcessRunner(CHECK_THEN_GET, 'c.py'), { ...opts, batch: 1 }),
          explore(inProcessRunner(CHECK_THEN_GET, 'c.py'), { ...opts, batch }),
        ]);
        expect(b).toEqual(a);
        if (a.failure !== null && a.failure.phase === 'random') {
          const shrunk = parseSchedule(a.failure.schedule);
          const found = parseSchedule(a.failure.found);
          expect(scheduleLess(found, shrunk)).toBe(false);
          const again = runUnderSchedule(CHECK_THEN_GET, 'c.py', shrunk);
          expect(judgeRun(again, a.expected)).not.toBeNull();
        }
      }),
      { numRuns: Math.max(2, Math.round(RUNS / 200)) },
    );
  });
});
