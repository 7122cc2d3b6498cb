/**
 * Replaying on gclab's counts what CPython's own work costs its collector
 * where gclab's work is not CPython's (docs/gc.md 3.1): the work runs
 * uncounted (asUncountedWork) and CPython's measured net GC allocations are
 * then made as counted phantom allocations, able to start the automatic
 * collections CPython's start.
 */
import { DICT_FREE_SLOT, LIST_FREE_SLOT, NO_FREE_LIST, asUncountedWork, inStartupWork, tupleFreeSlot, type Heap, type Value } from '../../heap';
import type { CpythonWorkResult } from '../runtime/modules/gclab-module';
import { MAIN_START_FREE_LISTS } from './cpython-startup-modules';
import type { CpythonImportCost } from './cpython-import-costs';
import { IMPORT_FREE_LISTS_START, type CpythonImportFreeLists } from './cpython-import-free-lists';
import { ImportGarbage } from './import-garbage';

/**
 * A measured cost: `net` from the state gc.collect() leaves, `netAtStart`
 * from __main__'s start; its garbage; what the free lists hold afterwards
 * (`freeLists`, measured for imports).
 */
export type CpythonCost = Pick<CpythonImportCost, 'net' | 'netAtStart' | 'cycles'> & { readonly freeLists?: CpythonImportFreeLists };

/** The objects the free lists hold at __main__'s first statement (MAIN_START_FREE_LISTS). */
const START_FREE_TOTAL = MAIN_START_FREE_LISTS.reduce((n, [, k]) => n + k, 0);

/**
 * Work CPython does with objects gclab does not build, on gclab's counts:
 * an import of a module it had not imported (CPYTHON_IMPORT_COSTS), the
 * @dataclass decorator (CPYTHON_DATACLASS_COSTS). Its net allocations, each one counted and able to start
 * an automatic collection (Heap.phantomAlloc). Part of them come from the
 * free lists: `net - netAtStart` of them when the lists hold what they hold
 * at __main__'s start, none when a full collection has just emptied them,
 * in proportion in between; those are taken from the lists (in proportion
 * to the start-up contents) instead of counted. The cyclic garbage the
 * import makes (`cycles`) is made of real objects at its offsets in the
 * counted allocations (import-garbage.ts), so the collections during and
 * after the import find it when CPython's find theirs. `refill`: see below.
 */
export function replayCpythonCost(heap: Heap, cost: CpythonCost, refill: boolean): void {
  // CPython's allocations count even where code standing for C asks for the replay.
  const cCode = heap.cCode;
  heap.cCode = false;
  try {
    replayCost(heap, cost, refill);
  } finally {
    heap.cCode = cCode;
  }
}

/** replayCpythonCost's work. */
function replayCost(heap: Heap, cost: CpythonCost, refill: boolean): void {
  const numfree = heap.freeLists.numfree;
  const before = cost.freeLists === undefined ? null : MEASURED_SLOTS.map((slot) => numfree[slot]);
  let available = 0;
  for (const [slot, k] of MAIN_START_FREE_LISTS) available += Math.min(numfree[slot], k);
  const served = START_FREE_TOTAL === 0 ? 0 : Math.round(((cost.net - cost.netAtStart) * available) / START_FREE_TOTAL);
  for (const [slot, k] of MAIN_START_FREE_LISTS) {
    numfree[slot] -= Math.min(numfree[slot], k, Math.round((served * k) / START_FREE_TOTAL));
  }
  const counted = Math.max(0, cost.net - served);
  const scale = cost.net === 0 ? 0 : counted / cost.net;
  const garbage = new ImportGarbage(heap);
  let i = 0;
  for (const [at, kind, n] of cost.cycles) {
    // Objects made "at" an offset are made by then: they end there.
    const to = Math.min(counted, Math.round(at * scale)) - (kind === 'dies' ? 0 : n);
    for (; i < to; i++) heap.phantomAlloc(NO_FREE_LIST);
    if (kind === 'born') {
      for (let k = 0; k < n; k++, i++) garbage.make(at);
    } else if (kind === 'leaf') {
      for (let k = 0; k < n; k++, i++) garbage.makeLeaf(at);
    } else {
      garbage.drop(n);
    }
  }
  for (; i < counted; i++) heap.phantomAlloc(NO_FREE_LIST);
  garbage.drop(Infinity);
  if (!refill) return;
  if (before !== null && cost.freeLists !== undefined) {
    leaveFreeLists(numfree, before, cost.freeLists);
    return;
  }
  // `refill`: the work frees many temporaries (the compilations of
  // @dataclass), so afterwards the lists hold at least what they hold after
  // python3's start-up, itself a long series of imports.
  for (const [slot, k] of MAIN_START_FREE_LISTS) if (numfree[slot] < k) numfree[slot] = k;
}

/** The free lists cpython-import-free-lists.ts measures, in its arrays' order: list, dict, tuples of 1..19 items. */
const MEASURED_SLOTS: readonly number[] = [LIST_FREE_SLOT, DICT_FREE_SLOT, ...Array.from({ length: 19 }, (_, i) => tupleFreeSlot(i + 1))];

/**
 * The free lists after an import python3 makes: what python3's lists held
 * after it, measured from empty lists (`cold`) and from a script's start
 * (`warm`, from IMPORT_FREE_LISTS_START), taken for each list in proportion
 * to what it held before the import (`before`) against that start. A large
 * import (dataclasses, json) leaves the same lists from either state; a
 * small one leaves about what it found.
 */
function leaveFreeLists(numfree: Int32Array, before: readonly number[], m: CpythonImportFreeLists): void {
  for (let i = 0; i < MEASURED_SLOTS.length; i++) {
    const start = IMPORT_FREE_LISTS_START[i];
    const f = start > 0 ? Math.min(1, before[i] / start) : before[i] > 0 ? 1 : 0;
    numfree[MEASURED_SLOTS[i]] = Math.round(m.cold[i] + (m.warm[i] - m.cold[i]) * f);
  }
}

/**
 * Run `work` as CPython work: its own allocations uncounted (no automatic
 * collection starts during it, the counts and free lists are afterwards
 * what they were), then the cost `costOf` gives for what it reports
 * replayed: `cold` net allocations from the state gc.collect() leaves,
 * `warm` from __main__'s start (none when it has no measured cost). Inside
 * start-up work it is part of that work. If `work` raises, nothing is
 * replayed. Afterwards the free lists hold at least what they hold at
 * __main__'s start (python3's decorator compiles and frees much).
 */
export function asCpythonWork(heap: Heap, work: () => CpythonWorkResult, costOf: (r: CpythonWorkResult) => { cold: number; warm: number } | undefined): Value {
  if (inStartupWork(heap)) return work().result;
  const r = asUncountedWork(heap, work);
  const cost = costOf(r);
  if (cost !== undefined) replayCpythonCost(heap, { net: cost.cold, netAtStart: cost.warm, cycles: [] }, true);
  return r.result;
}
