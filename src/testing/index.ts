/**
 * `gclab/testing`: a property-testing kit for code that relies on
 * collection timing (docs/testing.md).
 *
 * - runUnderSchedule: run a scenario's source under a collection schedule;
 *   its output, exit status, trace, and whether the heap kept its invariants.
 * - explore: what `gclab explore` does, on the calling thread.
 * - scheduleArbitrary, heapProgramArbitrary, heapCommandArbitrary:
 *   fast-check arbitraries (fast-check is a peer dependency of this entry point).
 * - HeapProgram, ReachabilityModel: the heap commands of gclab's model
 *   tests and the naive reachability model they are checked against.
 * - assertHeapInvariants: verifyHeap as an assertion.
 *
 * Every name is listed here one by one; tests/public-api.test.ts pins the list.
 *
 * @module gclab/testing
 */
export { runUnderSchedule, type ScheduleRun, type ScheduleRunOptions } from './schedule-run';
export {
  explore,
  inProcessRunner,
  type BatchRunner,
  type ExploreOptions,
  type ExploreResult,
  type ExploreFailure,
} from './explorer';
export { judgeRun, type RunExpectation, type RunFailure } from './run-verdict';
export { ScheduleSpace, type SchedulePhase } from './schedule-space';
export { shrinkSchedule, shrinkCandidates, scheduleLess } from './shrink-schedule';
export {
  scheduleArbitrary,
  heapCommandArbitrary,
  heapProgramArbitrary,
  type ScheduleArbitraryOptions,
  type HeapProgramArbitraryOptions,
} from './arbitraries';
export {
  HeapProgram,
  ReachabilityModel,
  HeapInvariantError,
  assertHeapInvariants,
  describeHeapCommand,
  HEAP_LABELS,
  type HeapCommand,
  type HeapLabel,
  type HeapObjectKind,
  type HeapProgramOptions,
} from './heap-program';
export { CollectionSchedule, parseSchedule } from '../gc';
