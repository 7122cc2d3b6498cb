/**
 * The collector's debug output and statistics, in one place: the
 * gc.set_debug() flags, what each one prints (gc_collect_main's
 * `if (gcstate->debug & DEBUG_...)` blocks and debug_cycle in
 * Modules/gcmodule.c), and gcstate->generation_stats (gc.get_stats()).
 *
 * Every line goes to the collector's `debugOut` (stderr by default, the
 * scenario's stderr under the interpreter). Objects are named by their fake
 * address (heap/address.ts), the same one `repr()` and `id()` show.
 */
import type { Heap } from '../heap/heap';
import { fakeAddressHex } from '../heap/address';
import { type GcHead, listObjects, listSize } from '../heap/gc-list';

/** `gc.DEBUG_STATS`: print statistics at each collection. */
export const DEBUG_STATS = 1;
/** `gc.DEBUG_COLLECTABLE`: print each collectable object found. */
export const DEBUG_COLLECTABLE = 2;
/** `gc.DEBUG_UNCOLLECTABLE`: print each uncollectable object found. */
export const DEBUG_UNCOLLECTABLE = 4;
/** `gc.DEBUG_SAVEALL`: put unreachable objects in gc.garbage instead of freeing them. */
export const DEBUG_SAVEALL = 32;
/** `gc.DEBUG_LEAK`: DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL. */
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/** One entry of gc.get_stats() (struct gc_generation_stats). */
export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** What one collection of `generation` found (the "stop" info of gc.callbacks). */
export interface CollectionResult {
  generation: number;
  collected: number;
  uncollectable: number;
}

export type DebugOut = (text: string) => void;

/** Fresh statistics for the three generations. */
export function newGenerationStats(): GenerationStats[] {
  return [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
}

/** gc_collect_main's epilogue: add one collection's figures to its generation's entry. */
export function recordStats(stats: GenerationStats[], r: CollectionResult): void {
  const s = stats[r.generation];
  s.collections++;
  s.collected += r.collected;
  s.uncollectable += r.uncollectable;
}

/**
 * DEBUG_STATS at the start of a collection (show_stats_each_generations).
 * `hidden` objects (the simulated interpreter's own, Collector.hiddenLongLived)
 * are counted in the oldest generation, or in the permanent one while frozen.
 */
export function printCollectionStart(out: DebugOut, heap: Heap, generation: number, hidden = 0, hiddenFrozen = false): void {
  const g = heap.generations;
  out(
    `gc: collecting generation ${generation}...\n` +
      `gc: objects in each generation: ${listSize(g[0])} ${listSize(g[1])} ${listSize(g[2]) + (hiddenFrozen ? 0 : hidden)}\n` +
      `gc: objects in permanent generation: ${listSize(g[3]) + (hiddenFrozen ? hidden : 0)}\n`,
  );
}

/**
 * debug_cycle for every object of `list`: `gc: collectable <list 0x7f...>`
 * (DEBUG_COLLECTABLE) or `gc: uncollectable <...>` (DEBUG_UNCOLLECTABLE).
 */
export function printCycle(out: DebugOut, msg: 'collectable' | 'uncollectable', list: GcHead): void {
  for (const o of listObjects(list)) {
    out(`gc: ${msg} <${o.typeName} ${fakeAddressHex(o)}>\n`);
  }
}

/**
 * DEBUG_STATS at the end of a collection. gclab has no clock (determinism):
 * the elapsed time always reads 0.0000s.
 */
export function printCollectionDone(out: DebugOut, r: CollectionResult): void {
  const n = r.uncollectable;
  out(`gc: done, ${n + r.collected} unreachable, ${n} uncollectable, 0.0000s elapsed\n`);
}
