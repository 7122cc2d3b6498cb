/**
 * Collection schedules: where automatic collections happen, as an explicit
 * list instead of (or beside) the threshold rule of gc_collect_generations.
 *
 * A schedule names GC-tracked allocations by their count (the first
 * allocation after the schedule is installed is 1; in a scenario, counting
 * starts with the scenario's own code) and the generation to collect there:
 *
 *     alloc:812:g0, alloc:2040:g2        collect gen 0 at the 812th
 *                                        allocation, gen 2 at the 2040th
 *     thresholds:off                     and no threshold collections
 *
 * Items are separated by commas, spaces or newlines; `#` starts a comment
 * (the file form is the same text in a file). By default the threshold rule
 * still runs ("in addition to"); `thresholds:off` makes the listed
 * collections the only automatic ones ("in place of"). An allocation that
 * has a scheduled collection does not also run the threshold rule. Like
 * every automatic collection, a scheduled one is skipped while the
 * collector is disabled (gc.disable()) or already collecting. The empty
 * schedule with thresholds on is exactly the default behaviour.
 */

/** One scheduled collection: at the `alloc`-th GC-tracked allocation, collect `generation`. */
export interface ScheduledCollection {
  alloc: number;
  generation: 0 | 1 | 2;
}

/** A malformed schedule text: the message names the item and what was expected. */
export class ScheduleSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleSyntaxError';
  }
}

/**
 * Where automatic collections happen (`--schedule`): a collection of the
 * given generation at given counts of GC-tracked allocations, with or
 * without the threshold rule beside them.
 */
export class CollectionSchedule {
  /** The collections, by increasing allocation count (at most one per allocation). */
  readonly entries: readonly ScheduledCollection[];
  /** Does the threshold rule still run beside the schedule? */
  readonly thresholds: boolean;

  constructor(entries: readonly ScheduledCollection[], thresholds = true) {
    const sorted = [...entries].sort((a, b) => a.alloc - b.alloc);
    for (let i = 0; i < sorted.length; i++) {
      const e = sorted[i];
      if (!Number.isSafeInteger(e.alloc) || e.alloc < 1) throw new RangeError(`CollectionSchedule: allocation ${e.alloc} is not a positive whole number`);
      if (e.generation !== 0 && e.generation !== 1 && e.generation !== 2) {
        throw new RangeError(`CollectionSchedule: generation ${String(e.generation)} is not 0, 1 or 2`);
      }
      if (i > 0 && sorted[i - 1].alloc === e.alloc) throw new RangeError(`CollectionSchedule: allocation ${e.alloc} is scheduled twice`);
    }
    this.entries = sorted.map((e) => ({ alloc: e.alloc, generation: e.generation }));
    this.thresholds = thresholds;
  }

  /** The short text form, which parseSchedule reads back to an equal schedule. */
  toString(): string {
    const items = this.entries.map((e) => `alloc:${e.alloc}:g${e.generation}`);
    if (!this.thresholds) items.push('thresholds:off');
    return items.join(',');
  }
}

const ITEM = /^alloc:([1-9][0-9]*):g([012])$/;

/** Read a schedule's text form (the short form or the content of a schedule file). */
export function parseSchedule(text: string): CollectionSchedule {
  const entries: ScheduledCollection[] = [];
  let thresholds = true;
  const seen = new Set<number>();
  const items = text
    .split('\n')
    .map((line) => line.replace(/#.*/, ''))
    .join(' ')
    .split(/[\s,]+/)
    .filter((s) => s !== '');
  for (const item of items) {
    if (item === 'thresholds:off') {
      thresholds = false;
      continue;
    }
    if (item === 'thresholds:on') {
      thresholds = true;
      continue;
    }
    const m = ITEM.exec(item);
    if (m === null) {
      throw new ScheduleSyntaxError(`bad schedule item '${item}': expected alloc:N:gG (N >= 1, G = 0, 1 or 2) or thresholds:off`);
    }
    const alloc = Number(m[1]);
    if (!Number.isSafeInteger(alloc)) throw new ScheduleSyntaxError(`bad schedule item '${item}': the allocation count is too large`);
    if (seen.has(alloc)) throw new ScheduleSyntaxError(`bad schedule: allocation ${alloc} is scheduled twice`);
    seen.add(alloc);
    entries.push({ alloc, generation: Number(m[2]) as 0 | 1 | 2 });
  }
  return new CollectionSchedule(entries, thresholds);
}
