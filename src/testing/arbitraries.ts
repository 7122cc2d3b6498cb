/**
 * fast-check arbitraries for collection schedules and heap programs, for
 * property tests in Jest or any other runner (docs/testing.md). They shrink
 * the way the explorer does: towards fewer collections, earlier ones, and
 * lower generations; heap programs towards fewer and simpler commands.
 */
import fc from 'fast-check';
import { CollectionSchedule } from '../gc';
import { HEAP_LABELS, type HeapCommand, type HeapObjectKind } from './heap-program';

/** Options of scheduleArbitrary. */
export interface ScheduleArbitraryOptions {
  /** The highest allocation a collection may name (default 1000): a scenario's gcAllocations is a good value. */
  maxAlloc?: number;
  /** At most this many scheduled collections (default 4). */
  maxCollections?: number;
  /** At least this many (default 0: the default schedule is included). */
  minCollections?: number;
  /** Generations to draw from (default [0, 1, 2]). */
  generations?: ReadonlyArray<0 | 1 | 2>;
  /** Keep the threshold rule beside the schedule (default true, as CPython would); false: `thresholds:off`. */
  thresholds?: boolean;
}

/**
 * Collection schedules: collections at distinct allocations in 1..maxAlloc, each of a generation
 * from `generations`. Shrinks to fewer collections, earlier allocations, lower generations.
 */
export function scheduleArbitrary(options: ScheduleArbitraryOptions = {}): fc.Arbitrary<CollectionSchedule> {
  const maxAlloc = options.maxAlloc ?? 1000;
  if (!Number.isSafeInteger(maxAlloc) || maxAlloc < 1) throw new RangeError(`scheduleArbitrary: maxAlloc ${maxAlloc} is not a positive whole number`);
  const generations = options.generations ?? [0, 1, 2];
  if (generations.length === 0) throw new RangeError('scheduleArbitrary: no generations to draw from');
  const thresholds = options.thresholds ?? true;
  return fc
    .uniqueArray(
      fc.record({
        alloc: fc.integer({ min: 1, max: maxAlloc }),
        generation: fc.constantFrom(...generations),
      }),
      {
        selector: (e) => e.alloc,
        minLength: options.minCollections ?? 0,
        maxLength: Math.min(maxAlloc, options.maxCollections ?? 4),
      },
    )
    .map((entries) => new CollectionSchedule(entries, thresholds));
}

/** Options of heapProgramArbitrary. */
export interface HeapProgramArbitraryOptions {
  /** At most this many commands (default 40). */
  maxCommands?: number;
  /** Handles are picked from 0..maxSlot (modulo the live count; default 12: small numbers favour the first objects, so graphs get dense and cyclic quickly). */
  maxSlot?: number;
  /** Kinds `alloc` draws from (default: all, resurrecting instances twice as often). */
  kinds?: readonly HeapObjectKind[];
}

/** One heap command, weighted towards allocating and linking (the model tests' weights). */
export function heapCommandArbitrary(options: HeapProgramArbitraryOptions = {}): fc.Arbitrary<HeapCommand> {
  const slot = fc.nat(options.maxSlot ?? 12);
  const label = fc.constantFrom(...HEAP_LABELS);
  const kinds = options.kinds ?? (['plain', 'del', 'lazarus', 'lazarus', 'list', 'dict'] as const);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...kinds).map((kind): HeapCommand => ({ op: 'alloc', kind })) },
    { weight: 5, arbitrary: fc.tuple(slot, slot, label).map(([from, to, l]): HeapCommand => ({ op: 'link', from, to, label: l })) },
    { weight: 1, arbitrary: fc.tuple(slot, label).map(([from, l]): HeapCommand => ({ op: 'unlink', from, label: l })) },
    { weight: 1, arbitrary: fc.tuple(slot, label).map(([from, l]): HeapCommand => ({ op: 'load', from, label: l })) },
    { weight: 3, arbitrary: slot.map((s): HeapCommand => ({ op: 'drop', slot: s })) },
    { weight: 1, arbitrary: fc.constant<HeapCommand>({ op: 'clearSaved' }) },
    { weight: 2, arbitrary: fc.constantFrom<0 | 1 | 2>(0, 1, 2, 2).map((g): HeapCommand => ({ op: 'collect', generation: g })) },
  );
}

/** Heap programs: arrays of HeapCommands, run with HeapProgram. */
export function heapProgramArbitrary(options: HeapProgramArbitraryOptions = {}): fc.Arbitrary<HeapCommand[]> {
  return fc.array(heapCommandArbitrary(options), { maxLength: options.maxCommands ?? 40 });
}
