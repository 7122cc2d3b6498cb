/**
 * The main thread's side of a scenario run: start the scenario thread
 * (run-worker.ts) with a stack large enough for CPython's recursion limit,
 * turn SIGINT and SIGTERM into the shared signal cell, and wait for the
 * outcome. One process: a signal reaches gclab itself, and a death by
 * signal is the shell's 128+N, as for python3.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import { bundledThreadEntry } from './launch';
import { SIGNAL_INT, SIGNAL_TERM, type JobOutcome, type ScenarioJob } from './scenario-job';

/**
 * The scenario thread's stack. A Python call takes several JS frames; 64 MB
 * leaves CPython's recursion limit (1000) far from the host's.
 */
export const SCENARIO_STACK_MB = 64;

/**
 * The scenario thread's young generation (V8's nursery), in MB. V8's
 * default lets it grow to tens of MB, and every page it grows into is a
 * fresh page the kernel must fault in (on this VM about 13 us each: the
 * page faults were a quarter of an importing run's CPU time); the
 * runtime's objects are mostly long-lived (module trees, classes), so a
 * larger nursery only copies them further before promoting them. A small
 * one reuses its few pages. V8's collections are not observable to a
 * scenario (gclab's heap is its own), so this changes CPU time only.
 */
export const SCENARIO_YOUNG_GENERATION_MB = 4;

/** After SIGTERM, how long the scenario thread gets to flush its output before the process ends anyway. */
const TERM_GRACE_MS = 1000;

/** The worker failed in a way the scenario cannot see (out of host memory). */
export interface WorkerFailure {
  kind: 'worker-error';
  message: string;
  code: string | undefined;
}

export interface ScenarioThread {
  worker: Worker;
  outcome: Promise<JobOutcome | WorkerFailure>;
  /** Ask the scenario to raise KeyboardInterrupt at its next checkpoint. */
  interrupt(): void;
}

/**
 * Start the scenario thread for `job`. `onSigint` replaces the default
 * SIGINT handling (raise KeyboardInterrupt at the next checkpoint);
 * `onMessage` receives the thread's messages that are not its outcome.
 */
export function startScenarioThread(
  job: ScenarioJob,
  hooks: { onSigint?: () => void; onMessage?: (m: { kind: string }) => void } = {},
): ScenarioThread {
  const signals = new SharedArrayBuffer(4);
  const cell = new Int32Array(signals);
  // run-worker.js, or launch.js loading the one-file build of it (launch.ts).
  const bundled = bundledThreadEntry();
  const worker = new Worker(bundled ?? path.join(__dirname, 'run-worker.js'), {
    workerData: { job, signals, launchBundle: bundled !== null },
    resourceLimits: { stackSizeMb: SCENARIO_STACK_MB, maxYoungGenerationSizeMb: SCENARIO_YOUNG_GENERATION_MB },
    stdout: false,
    stderr: false,
  });
  const interrupt = () => {
    Atomics.store(cell, 0, SIGNAL_INT);
  };
  let terminating = false;
  const dieBySignal = () => {
    process.removeListener('SIGTERM', onTerm);
    process.kill(process.pid, 'SIGTERM');
  };
  const onTerm = () => {
    if (terminating) return dieBySignal();
    terminating = true;
    Atomics.store(cell, 0, SIGNAL_TERM);
    setTimeout(dieBySignal, TERM_GRACE_MS).unref();
  };
  const onInt = hooks.onSigint ?? interrupt;
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  const outcome = new Promise<JobOutcome | WorkerFailure>((resolve) => {
    let settled = false;
    const settle = (o: JobOutcome | WorkerFailure) => {
      if (settled) return;
      settled = true;
      process.removeListener('SIGINT', onInt);
      if (o.kind === 'terminated') dieBySignal();
      else process.removeListener('SIGTERM', onTerm);
      resolve(o);
    };
    worker.on('message', (m: JobOutcome | { kind: string }) => {
      if (m.kind === 'exit' || m.kind === 'output-error' || m.kind === 'terminated' || m.kind === 'internal') {
        settle(m as JobOutcome);
      } else hooks.onMessage?.(m);
    });
    worker.on('error', (e: Error & { code?: string }) => settle({ kind: 'worker-error', message: e.message, code: e.code }));
    worker.on('exit', (code) =>
      settle({ kind: 'worker-error', message: `the scenario thread ended unexpectedly (exit code ${code})`, code: undefined }),
    );
  });
  return { worker, outcome, interrupt };
}
