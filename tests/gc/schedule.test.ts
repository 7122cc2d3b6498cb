/**
 * Collection schedules (src/gc/schedule.ts, docs/gc.md section 8): the text
 * form, where scheduled collections happen, how they combine with the
 * threshold rule and gc.disable(), that the empty schedule is exactly the
 * default, and the stress mode.
 */
import { CollectionSchedule, ScheduleSyntaxError, parseSchedule } from '../../src/gc';
import { runScenario } from '../../src/lang';
import { makeGcWorld } from './gc-fixtures';

describe('the text form', () => {
  test('items by commas, spaces or lines, with comments; sorted; toString reads back', () => {
    const s = parseSchedule('alloc:2040:g2, alloc:812:g0\n# a comment\nalloc:5:g1   # another\n');
    expect(s.entries).toEqual([
      { alloc: 5, generation: 1 },
      { alloc: 812, generation: 0 },
      { alloc: 2040, generation: 2 },
    ]);
    expect(s.thresholds).toBe(true);
    expect(s.toString()).toBe('alloc:5:g1,alloc:812:g0,alloc:2040:g2');
    expect(parseSchedule(s.toString())).toEqual(s);
    const off = parseSchedule('alloc:1:g0,thresholds:off');
    expect(off.thresholds).toBe(false);
    expect(off.toString()).toBe('alloc:1:g0,thresholds:off');
    expect(parseSchedule('')).toEqual(new CollectionSchedule([], true));
  });

  test.each([
    ['alloc:0:g0', /bad schedule item 'alloc:0:g0'/],
    ['alloc:3:g3', /bad schedule item 'alloc:3:g3': expected alloc:N:gG/],
    ['alloc:3', /bad schedule item 'alloc:3'/],
    ['alloc:-1:g0', /bad schedule item/],
    ['alloc:x:g0', /bad schedule item/],
    ['every:3', /bad schedule item 'every:3'/],
    ['alloc:7:g0,alloc:7:g2', /allocation 7 is scheduled twice/],
    ['alloc:99999999999999999999:g0', /too large/],
  ])('%s is refused', (text, message) => {
    expect(() => parseSchedule(text)).toThrow(ScheduleSyntaxError);
    expect(() => parseSchedule(text)).toThrow(message);
  });

  test('the constructor checks what it is given', () => {
    expect(() => new CollectionSchedule([{ alloc: 0, generation: 0 }])).toThrow(RangeError);
    expect(() => new CollectionSchedule([{ alloc: 2, generation: 3 as 0 }])).toThrow(/generation 3/);
    expect(() => new CollectionSchedule([{ alloc: 2, generation: 0 }, { alloc: 2, generation: 1 }])).toThrow(/twice/);
  });
});

describe('scheduled collections in the collector', () => {
  /** Allocate `n` instances one by one; the collections (generation) seen after each. */
  function run(schedule: CollectionSchedule | null, n: number, setup?: (w: ReturnType<typeof makeGcWorld>) => void) {
    const w = makeGcWorld({ auto: true });
    setup?.(w);
    w.gc.setSchedule(schedule);
    const seen: string[] = [];
    let before = w.gc.stats.map((s) => s.collections);
    const keep = [];
    for (let i = 1; i <= n; i++) {
      keep.push(w.n(`o${i}`)); // one GC-tracked allocation each (the name is a str)
      const now = w.gc.stats.map((s) => s.collections);
      now.forEach((c, g) => {
        if (c > before[g]) seen.push(`${i}:g${g}`);
      });
      before = now;
    }
    w.drop(...keep);
    return { seen, w };
  }

  test('each listed allocation collects its generation, and nothing else with thresholds:off', () => {
    const { seen, w } = run(parseSchedule('alloc:3:g0, alloc:5:g2, alloc:6:g1, thresholds:off'), 8);
    expect(seen).toEqual(['3:g0', '5:g2', '6:g1']);
    expect(w.gc.allocations).toBe(8);
  });

  test('beside the threshold rule by default; a scheduled allocation does not also run the rule', () => {
    const setup = (w: ReturnType<typeof makeGcWorld>) => w.gc.setThreshold(2, 1000, 1000);
    const rule = run(null, 9, setup).seen;
    expect(rule).toEqual(['3:g0', '6:g0', '9:g0']);
    expect(run(parseSchedule('alloc:2:g2'), 9, setup).seen).toEqual(['2:g2', '5:g0', '8:g0']);
    expect(run(parseSchedule('alloc:2:g2,thresholds:off'), 9, setup).seen).toEqual(['2:g2']);
  });

  test('a collection scheduled while the collector is disabled is skipped, not postponed', () => {
    const w = makeGcWorld({ auto: false });
    w.gc.setSchedule(parseSchedule('alloc:2:g0,alloc:4:g0,thresholds:off'));
    const keep = [w.n('a'), w.n('b'), w.n('c')]; // allocations 1-3: alloc 2 skipped (disabled)
    expect(w.gc.stats[0].collections).toBe(0);
    w.gc.enabled = true;
    keep.push(w.n('d')); // allocation 4
    expect(w.gc.stats[0].collections).toBe(1);
    keep.push(w.n('e'));
    expect(w.gc.stats[0].collections).toBe(1);
    w.drop(...keep);
  });

  test('setSchedule restarts the count; null goes back to the threshold rule', () => {
    const w = makeGcWorld({ auto: true });
    w.gc.setSchedule(parseSchedule('alloc:1:g1,thresholds:off'));
    const a = w.n('a');
    expect(w.gc.stats[1].collections).toBe(1);
    w.gc.setSchedule(parseSchedule('alloc:1:g1,thresholds:off'));
    expect(w.gc.allocations).toBe(0);
    const b = w.n('b');
    expect(w.gc.stats[1].collections).toBe(2);
    w.gc.setSchedule(null);
    expect(w.gc.collectionSchedule).toBeNull();
    w.drop(a, b);
  });
});

describe('schedules for scenarios', () => {
  const source = [
    'import gc',
    'class Node:',
    '    def __init__(self, name):',
    '        self.name = name',
    '        self.me = self',
    '    def __del__(self):',
    '        print("del", self.name)',
    'for i in range(40):',
    '    Node(i)',
    'print("end")',
    '',
  ].join('\n');
  const gcStarts = (r: ReturnType<typeof runScenario>) =>
    r.trace!.events.filter((e) => e.kind === 'gc-start').map((e) => e.generation as number);

  test('the empty schedule with thresholds on is exactly the default run', () => {
    const plain = runScenario(source, 's.py', { trace: true, gcDebugChecks: true });
    const empty = runScenario(source, 's.py', { trace: true, gcDebugChecks: true, schedule: new CollectionSchedule([]) });
    expect(empty.stdout).toBe(plain.stdout);
    expect(empty.trace!.toJSONL()).toBe(plain.trace!.toJSONL());
  });

  test('a schedule decides when the cycles die; the same schedule replays identically', () => {
    const schedule = parseSchedule('alloc:30:g0,alloc:90:g2,thresholds:off');
    const a = runScenario(source, 's.py', { trace: true, gcDebugChecks: true, schedule });
    const b = runScenario(source, 's.py', { trace: true, gcDebugChecks: true, schedule });
    expect(a.trace!.toJSONL()).toBe(b.trace!.toJSONL());
    expect(gcStarts(a).slice(0, 2)).toEqual([0, 2]);
    const lines = a.stdout.split('\n');
    expect(lines.indexOf('end')).toBeGreaterThan(0);
    expect(lines.slice(0, lines.indexOf('end')).length).toBeGreaterThan(0); // some died before the end
    const none = runScenario(source, 's.py', { schedule: parseSchedule('thresholds:off') });
    expect(none.stdout.startsWith('end\n')).toBe(true); // no automatic collection: all die at exit
  });

  test('gcStress collects at every tracked allocation and changes no timing-independent output', () => {
    const r = runScenario('x = [1]\ny = {"a": x}\nprint(len(y), x)\n', 's.py', { trace: true, gcDebugChecks: true, gcStress: true });
    expect(r.stdout).toBe('1 [1]\n');
    expect(gcStarts(r).length).toBeGreaterThanOrEqual(2);
    expect(gcStarts(r).every((g) => g === 2)).toBe(true);
    const stressed = runScenario(source, 's.py', { gcStress: true, gcDebugChecks: true });
    expect(stressed.stdout.split('\n').slice(0, 3)).toEqual(['del 0', 'del 1', 'del 2']);
  });
});
