/**
 * Shrinking a failing schedule: the explorer's preference order is fewer
 * collections, then earlier ones, then lower generations. Each round
 * lists the strictly smaller neighbours of the current schedule in that
 * order (drop one collection; move one earlier, between its neighbours;
 * lower one's generation) and keeps the first that still fails. Rounds
 * repeat until no neighbour fails or the shrink budget is spent. Every
 * neighbour is smaller by the key (count, allocations, generations), so
 * shrinking always ends.
 */
import { CollectionSchedule, type ScheduledCollection } from '../gc';

/** At most this many earlier positions are tried for one collection per round (all of them when the gap is small). */
const EARLIER_PROBES = 48;

/** The earlier positions tried for a collection at `alloc` whose predecessor is at `prev`: ascending. */
function earlierPositions(prev: number, alloc: number): number[] {
  const lo = prev + 1;
  const hi = alloc - 1;
  if (hi < lo) return [];
  if (hi - lo + 1 <= EARLIER_PROBES) return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
  const set = new Set<number>();
  const spread = EARLIER_PROBES - 8;
  for (let t = 0; t < spread; t++) set.add(lo + Math.floor((t * (hi - lo)) / (spread - 1)));
  for (let d = 1; d <= 8; d++) set.add(alloc - d);
  return [...set].filter((a) => a >= lo && a <= hi).sort((a, b) => a - b);
}

function withEntries(s: CollectionSchedule, entries: ScheduledCollection[]): CollectionSchedule {
  return new CollectionSchedule(entries, s.thresholds);
}

/** The strictly smaller neighbours of `s`, most preferred first. */
export function shrinkCandidates(s: CollectionSchedule): CollectionSchedule[] {
  const e = s.entries;
  const out: CollectionSchedule[] = [];
  for (let j = 0; j < e.length; j++) out.push(withEntries(s, e.filter((_, k) => k !== j)));
  for (let j = 0; j < e.length; j++) {
    const prev = j === 0 ? 0 : e[j - 1].alloc;
    for (const a of earlierPositions(prev, e[j].alloc)) {
      out.push(withEntries(s, e.map((x, k) => (k === j ? { alloc: a, generation: x.generation } : x))));
    }
  }
  for (let j = 0; j < e.length; j++) {
    for (let g = 0; g < e[j].generation; g++) {
      out.push(withEntries(s, e.map((x, k) => (k === j ? { alloc: x.alloc, generation: g as 0 | 1 | 2 } : x))));
    }
  }
  return out;
}

/** Is `a` smaller than `b` in the shrinker's order (count, then allocations, then generations)? */
export function scheduleLess(a: CollectionSchedule, b: CollectionSchedule): boolean {
  if (a.entries.length !== b.entries.length) return a.entries.length < b.entries.length;
  for (let i = 0; i < a.entries.length; i++) {
    if (a.entries[i].alloc !== b.entries[i].alloc) return a.entries[i].alloc < b.entries[i].alloc;
  }
  for (let i = 0; i < a.entries.length; i++) {
    if (a.entries[i].generation !== b.entries[i].generation) return a.entries[i].generation < b.entries[i].generation;
  }
  return false;
}

/**
 * Shrink `start` (which fails) with `fails`, a batch predicate (true for each schedule that still
 * fails, in order). `budget` bounds the candidates counted; `batch` is how many are handed to
 * `fails` at once (any value gives the same result). Returns the smallest failing schedule found
 * and the candidates counted.
 */
export async function shrinkSchedule(
  start: CollectionSchedule,
  fails: (candidates: CollectionSchedule[]) => Promise<boolean[]>,
  budget: number,
  batch: number,
): Promise<{ schedule: CollectionSchedule; runs: number }> {
  let current = start;
  let runs = 0;
  for (;;) {
    const candidates = shrinkCandidates(current).slice(0, Math.max(0, budget - runs));
    let next: CollectionSchedule | null = null;
    for (let i = 0; i < candidates.length && next === null; i += batch) {
      const chunk = candidates.slice(i, i + batch);
      const verdicts = await fails(chunk);
      const k = verdicts.indexOf(true);
      if (k >= 0) {
        next = chunk[k];
        runs += i + k + 1;
      }
    }
    if (next === null) return { schedule: current, runs: runs + candidates.length };
    current = next;
  }
}
