/**
 * runUnderSchedule: run a scenario's source once under a collection
 * schedule and report everything the explorer judges a run by: its output,
 * exit status, the steps and GC-tracked allocations it took, and whether
 * the heap kept its invariants (the collector's between-phase checks, then
 * verifyHeap on the heap the scenario leaves behind).
 */
import { InternalError, StaleHandleError, TraceLog, verifyHeap } from '../heap';
import { parseSchedule, type CollectionSchedule } from '../gc';
import { runScenario } from '../lang';

/** Options of runUnderSchedule. */
export interface ScheduleRunOptions {
  /** Keep the event trace and return it as JSON Lines (slower). */
  trace?: boolean;
  /** Evaluation-step limit (default 50,000,000): a run that loops under some schedule ends with exit status 3. */
  maxSteps?: number;
  /** Reads module files beside the scenario (`import helpers`); see ScenarioOptions.readModuleFile. */
  readModuleFile?: (relativePath: string) => { source: string; filename: string } | undefined;
  /** Check the heap's invariants during and after the run (default true). */
  verify?: boolean;
  /** `sys.argv` (default `[filename]`). */
  argv?: string[];
  /** The gclab version the trace's header names (default: the TraceLog's). */
  gclabVersion?: string;
}

/** What one run under a schedule did. */
export interface ScheduleRun {
  /** The schedule's text form ('' for the default schedule). */
  schedule: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Evaluation steps taken (the unit of `gclab explore --time`). */
  steps: number;
  /** GC-tracked allocations the scenario made (the positions a schedule can name). */
  gcAllocations: number;
  /** The first broken heap invariant, or null when the heap verified. */
  heapViolation: string | null;
  /** The event trace as JSON Lines, when asked for (ScheduleRunOptions.trace). */
  trace: string | null;
}

/**
 * Run `source` (a scenario, as `gclab run` runs it; `filename` is the name its tracebacks show)
 * under `schedule` (a CollectionSchedule, its text form, or null/'' for the default threshold rule)
 * and return its output, exit status and trace. The heap's invariants are checked between the
 * collector's phases and on the heap left at the end; a broken one is reported in `heapViolation`,
 * never thrown. Deterministic: the same arguments always give the same result, trace included.
 */
export function runUnderSchedule(
  source: string | Uint8Array,
  filename: string,
  schedule: CollectionSchedule | string | null,
  options: ScheduleRunOptions = {},
): ScheduleRun {
  const parsed = typeof schedule === 'string' ? parseSchedule(schedule) : schedule;
  const text = parsed === null ? '' : parsed.toString();
  const verify = options.verify ?? true;
  try {
    const r = runScenario(source, filename, {
      schedule: parsed,
      gcDebugChecks: verify,
      // The same header as `gclab run --trace FILE --schedule S FILE.py` writes, so a replay's
      // trace file is byte-identical to this run's trace.
      trace:
        options.trace === true
          ? new TraceLog({ level: 'deaths', scenario: filename, schedule: text === '' ? null : text, gclab: options.gclabVersion })
          : false,
      maxSteps: options.maxSteps,
      readModuleFile: options.readModuleFile,
      argv: options.argv,
    });
    let heapViolation: string | null = null;
    if (verify) {
      const v = verifyHeap(r.heap);
      if (!v.ok) heapViolation = v.violation;
    }
    return {
      schedule: text,
      stdout: r.stdout,
      stderr: r.stderr,
      exitCode: r.exitCode,
      steps: r.steps,
      gcAllocations: r.gcAllocations,
      heapViolation,
      trace: r.trace !== null && options.trace === true ? r.trace.toJSONL() : null,
    };
  } catch (e) {
    // The collector's between-phase checks (InternalError) or a use of a reclaimed object: the
    // heap broke. Anything else is a bug in gclab and propagates.
    if (!(e instanceof InternalError) && !(e instanceof StaleHandleError)) throw e;
    return {
      schedule: text,
      stdout: '',
      stderr: '',
      exitCode: 70,
      steps: 0,
      gcAllocations: 0,
      heapViolation: `${e.name}: ${e.message}`,
      trace: null,
    };
  }
}
