/**
 * The explorer behind `gclab explore`: run a scenario under the schedules
 * of a ScheduleSpace, in order, until one fails; shrink that one; report.
 *
 * Runs go through a BatchRunner (worker threads in the CLI, the calling
 * thread in tests and in `gclab/testing`). Results are taken strictly in
 * the space's order, whatever the batch size: a batch may run schedules
 * past the first failure or past the end of the --time budget, and those
 * results are dropped. So the outcome -- which schedules count as tried,
 * the failure, the shrunk schedule -- is the same for any number of workers
 * and never depends on the host's speed.
 */
import { CollectionSchedule, parseSchedule } from '../gc';
import { judgeRun, type RunExpectation, type RunFailure } from './run-verdict';
import { runUnderSchedule, type ScheduleRun, type ScheduleRunOptions } from './schedule-run';
import { ScheduleSpace, type SchedulePhase } from './schedule-space';
import { shrinkSchedule } from './shrink-schedule';

/** Runs schedules (text forms; '' is the default) and returns their runs in the same order. */
export type BatchRunner = (schedules: readonly string[]) => Promise<ScheduleRun[]>;

/** Options of explore(). */
export interface ExploreOptions {
  /** Schedules to try (default 1000), not counting the reference run and shrinking. */
  budget?: number;
  /** Seed of the random schedules (default 0). */
  seed?: number;
  /**
   * A budget in evaluation steps summed over the tried runs (`--time`): the
   * schedules tried are the longest prefix of the space whose steps fit.
   * Deterministic, unlike a wall-clock limit. Default: none.
   */
  timeSteps?: number | null;
  /** Shrink candidates to try at most (default 500). */
  shrinkBudget?: number;
  /** The expected standard output (default: the default schedule's). */
  expectedStdout?: string;
  /** The expected exit status (default: 0 with expectedStdout, else the default schedule's). */
  expectedExit?: number;
  /** Schedules handed to the runner at once (default 16); any value gives the same result. */
  batch?: number;
  /** Called after each batch: schedules settled so far, and how many the space holds. */
  onProgress?: (done: number, total: number) => void;
}

/** A failing schedule, shrunk. */
export interface ExploreFailure {
  /** The schedule as first found ('' when the default schedule already fails). */
  found: string;
  /** Its position in the space (-1 for the default schedule) and the phase it came from. */
  foundAt: number;
  phase: SchedulePhase | 'default';
  /** The minimal failing schedule after shrinking. */
  schedule: string;
  shrinkRuns: number;
  reason: string;
  diff: string;
  /** The shrunk schedule's run. */
  run: ScheduleRun;
}

/** What explore() found. */
export interface ExploreResult {
  reference: ScheduleRun;
  expected: RunExpectation;
  space: { allocations: number; singles: number; pairs: number; size: number; seed: number };
  /** Schedules of the space counted as tried (up to and including a failure). */
  runs: number;
  /** Evaluation steps of those runs. */
  steps: number;
  /** Was the whole space tried (false when --time or a failure ended it)? */
  complete: boolean;
  failure: ExploreFailure | null;
}

/**
 * Explore the schedules of a scenario with `run` (see BatchRunner): the default schedule first
 * (the reference), then the ScheduleSpace in order; the first failing schedule is shrunk.
 */
export async function explore(run: BatchRunner, options: ExploreOptions = {}): Promise<ExploreResult> {
  const batch = Math.max(1, options.batch ?? 16);
  const [reference] = await run(['']);
  const expected: RunExpectation = {
    stdout: options.expectedStdout ?? reference.stdout,
    stderr: reference.stderr,
    exitCode: options.expectedExit ?? 0,
  };
  const seed = options.seed ?? 0;
  const space = new ScheduleSpace(reference.gcAllocations, options.budget ?? 1000, seed);
  const base = {
    reference,
    expected,
    space: { allocations: reference.gcAllocations, singles: space.singles, pairs: space.pairs, size: space.size, seed },
  };
  const shrinkBudget = options.shrinkBudget ?? 500;
  const failing = async (schedules: CollectionSchedule[]) =>
    (await run(schedules.map((s) => s.toString()))).map((r) => judgeRun(r, expected) !== null);
  const report = async (found: ScheduleRun, failure: RunFailure, foundAt: number, phase: ExploreFailure['phase']) => {
    let schedule = found.schedule;
    let shrinkRuns = 0;
    let final = found;
    let why = failure;
    if (phase === 'random') {
      const shrunk = await shrinkSchedule(parseSchedule(found.schedule), failing, shrinkBudget, batch);
      shrinkRuns = shrunk.runs;
      schedule = shrunk.schedule.toString();
      if (schedule !== found.schedule) {
        [final] = await run([schedule]);
        why = judgeRun(final, expected) ?? failure;
      }
    }
    return { found: found.schedule, foundAt, phase, schedule, shrinkRuns, reason: why.reason, diff: why.diff, run: final };
  };

  const refFailure = judgeRun(reference, expected);
  if (refFailure !== null) {
    return { ...base, runs: 0, steps: 0, complete: false, failure: await report(reference, refFailure, -1, 'default') };
  }
  let steps = 0;
  const limit = options.timeSteps ?? null;
  for (let start = 0; start < space.size; start += batch) {
    const end = Math.min(space.size, start + batch);
    const schedules = Array.from({ length: end - start }, (_, k) => space.at(start + k).toString());
    const runs = await run(schedules);
    for (let k = 0; k < runs.length; k++) {
      const r = runs[k];
      if (limit !== null && steps + r.steps > limit) return { ...base, runs: start + k, steps, complete: false, failure: null };
      steps += r.steps;
      const f = judgeRun(r, expected);
      if (f !== null) {
        const i = start + k;
        return { ...base, runs: i + 1, steps, complete: false, failure: await report(r, f, i, space.phaseOf(i)) };
      }
    }
    options.onProgress?.(end, space.size);
  }
  return { ...base, runs: space.size, steps, complete: true, failure: null };
}

/**
 * A BatchRunner that runs every schedule on the calling thread, one after another (for tests and
 * library use; the CLI uses worker threads). `options` are runUnderSchedule's.
 */
export function inProcessRunner(
  source: string | Uint8Array,
  filename: string,
  options: ScheduleRunOptions = {},
): BatchRunner {
  return async (schedules) => schedules.map((s) => runUnderSchedule(source, filename, s, options));
}
