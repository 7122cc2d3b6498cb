/**
 * What the CLI's main thread hands to the scenario thread (scenario-thread.ts
 * and run-worker.ts), and what comes back.
 */

/** Values of the shared signal cell (Int32Array index 0). */
export const SIGNAL_NONE = 0;
export const SIGNAL_INT = 1;
export const SIGNAL_TERM = 2;

export interface RunJob {
  kind: 'run';
  /** The scenario file's bytes (decoded by runScenario as python3 decodes source files), or its text. */
  source: string | Uint8Array;
  /** The name tracebacks show: the absolute path, or `<stdin>`. */
  filename: string;
  argv: string[];
  maxSteps?: number;
  maxObjects?: number;
  /** --explain: narrate the trace between the output lines; 'all' includes temporaries and start-up objects. */
  explain: boolean | 'all';
  /** --trace-level (default 'deaths'). */
  traceLevel?: 'deaths' | 'refs' | 'all';
  /** gclab's version, for the trace's header. */
  gclabVersion?: string;
  /** Validate the collector's lists between phases (ScenarioOptions.gcDebugChecks). */
  gcDebugChecks: boolean;
  /** --schedule's canonical text (already checked), or null. */
  schedule: string | null;
  /** --gc-stress: collect at every GC-tracked allocation. */
  gcStress: boolean;
  /** An open descriptor for --trace, or null. */
  traceFd: number | null;
  traceName: string | null;
  /**
   * `gclab viz`: the output is not written to standard output and error;
   * it is in the trace file only (its `output` events).
   */
  outputOnlyInTrace?: boolean;
  /** `gclab unittest`: a package named `test` gets gclab's test/__init__.py and test/support/ (withGclabTestSupport). */
  gclabTestSupport?: boolean;
}

export interface ReplJob {
  kind: 'repl';
  maxSteps?: number;
  maxObjects?: number;
}

export type ScenarioJob = RunJob | ReplJob;

export interface JobData {
  job: ScenarioJob;
  /** One Int32: a signal the main thread received and the scenario has not yet seen. */
  signals: SharedArrayBuffer;
}

export type JobOutcome =
  | { kind: 'exit'; status: number }
  /** A write to stdout, stderr or the trace failed (ENOSPC, EPIPE, ...). */
  | { kind: 'output-error'; message: string; code: string }
  /** The scenario stopped for SIGTERM after flushing its output. */
  | { kind: 'terminated' }
  | { kind: 'internal'; stack: string };
