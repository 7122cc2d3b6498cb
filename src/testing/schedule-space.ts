/**
 * ScheduleSpace: the ordered list of schedules `gclab explore` tries, a
 * pure function of (the reference run's GC-tracked allocations N, the
 * budget, the seed). Item i can be computed on its own, so workers can
 * share the list without talking to each other, and the list never depends
 * on how fast the runs go.
 *
 *  1. Every single collection, in order: alloc:1:g0, alloc:1:g1,
 *     alloc:1:g2, alloc:2:g0, ... (3N schedules), when they fit the budget.
 *  2. Then every pair (a1 < a2, each of generation 0-2), in the order of
 *     (a1, a2, g1, g2), when all of them fit in what is left.
 *  3. The rest of the budget (or all of it, when the singles do not fit)
 *     goes to seeded random schedules: 1 to 4 collections at distinct
 *     allocations in 1..N, generation 0 half of the time, 1 or 2 otherwise.
 *
 * Every schedule keeps the threshold rule ("in addition to", as CPython
 * would still run it). Because the singles and pairs are tried in the
 * order of the shrinker's own preference (fewer, earlier, lower
 * generation), the first failure found among them is already minimal.
 */
import { CollectionSchedule, type ScheduledCollection } from '../gc';
import { SeededRandom } from './seeded-random';

/** Which part of the space a schedule comes from: every single collection, every pair, or seeded random ones. */
export type SchedulePhase = 'single' | 'pair' | 'random';

/** The ordered schedules `gclab explore` tries (see the file's comment): item i computed on its own. */
export class ScheduleSpace {
  /** How many schedules the space holds (at most the budget). */
  readonly size: number;
  readonly singles: number;
  readonly pairs: number;

  constructor(
    /** GC-tracked allocations of the reference run. */
    readonly allocations: number,
    readonly budget: number,
    readonly seed: number,
  ) {
    if (!Number.isSafeInteger(budget) || budget < 0) throw new RangeError(`ScheduleSpace: budget ${budget} is not a whole number`);
    const n = Math.max(0, allocations);
    const allSingles = 3 * n;
    const allPairs = (9 * n * (n - 1)) / 2;
    this.singles = allSingles <= budget ? allSingles : 0;
    this.pairs = this.singles > 0 && this.singles + allPairs <= budget ? allPairs : 0;
    this.size = n === 0 ? 0 : budget;
  }

  /** Which phase item i belongs to. */
  phaseOf(i: number): SchedulePhase {
    if (i < this.singles) return 'single';
    if (i < this.singles + this.pairs) return 'pair';
    return 'random';
  }

  /** Item i (0 <= i < size). */
  at(i: number): CollectionSchedule {
    if (!Number.isSafeInteger(i) || i < 0 || i >= this.size) throw new RangeError(`ScheduleSpace: no item ${i}`);
    if (i < this.singles) return new CollectionSchedule([{ alloc: Math.floor(i / 3) + 1, generation: (i % 3) as 0 | 1 | 2 }]);
    if (i < this.singles + this.pairs) return this.pairAt(i - this.singles);
    return this.randomAt(i);
  }

  /** Pair k in the order (a1, a2, g1, g2). */
  private pairAt(k: number): CollectionSchedule {
    const gens = k % 9;
    let rest = Math.floor(k / 9);
    // a1 = 1 has N-1 partners, a1 = 2 has N-2, ...
    let a1 = 1;
    while (rest >= this.allocations - a1) {
      rest -= this.allocations - a1;
      a1++;
    }
    const a2 = a1 + 1 + rest;
    return new CollectionSchedule([
      { alloc: a1, generation: Math.floor(gens / 3) as 0 | 1 | 2 },
      { alloc: a2, generation: (gens % 3) as 0 | 1 | 2 },
    ]);
  }

  private randomAt(i: number): CollectionSchedule {
    const rng = new SeededRandom(this.seed, i);
    const n = this.allocations;
    const k = Math.min(n, rng.pick([1, 1, 2, 2, 2, 3, 4]));
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(rng.between(1, n));
    const entries: ScheduledCollection[] = [...chosen].map((alloc) => ({
      alloc,
      generation: rng.chance(0.5) ? 0 : rng.chance(0.5) ? 1 : 2,
    }));
    return new CollectionSchedule(entries);
  }
}
