/**
 * The scenario thread: runs one scenario (or the REPL) in a worker thread
 * with a large stack, so CPython's recursion limit of 1000 is reachable
 * without a second process. Output goes straight to the process's file
 * descriptors as it is produced; the main thread only turns signals into
 * the shared signal cell, which the interpreter reads at its checkpoints.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as tty from 'tty';
import { parentPort, workerData } from 'worker_threads';
import { isPythonLibFolder, moduleFileReader, withGclabTestSupport } from '../testing/module-files';
import { TraceLog } from '../heap';
import { runScenario } from '../lang';
import { useParsedStdlib } from '../lang/syntax/parsed-trees';
import { stdinLineReader } from './stdin-lines';
import { parseSchedule } from '../gc';
import { Explainer } from './explain';
import { FdWriter, OutputError } from './fd-writer';
import { DeviceStdout, streamWriteError } from './device-stdout';
import type { StreamWriteError } from '../lang';
import { runRepl } from './repl-worker';
import { SIGNAL_INT, SIGNAL_NONE, SIGNAL_TERM, type JobData, type JobOutcome, type RunJob } from './scenario-job';

/** SIGTERM seen at a checkpoint: unwinds the scenario after output is flushed. */
export class Terminated extends Error {}

/**
 * The process's standard streams, and what a checkpoint does with them.
 *
 * Standard output fails as python3's does: a write the device refuses is
 * OSError in the scenario at the print that wrote it (StreamWriteError out
 * of write() and flushOut()). On a character device that is not a terminal
 * (`> /dev/full`) python3's own buffering is followed to the byte
 * (DeviceStdout), so the failure comes at the same print. Elsewhere gclab
 * buffers as it likes; a failure found at a checkpoint is raised at the
 * next write or flush. A closed pipe (EPIPE) and any failure of standard
 * error end the run (OutputError: the CLI says so in one line).
 */
export class ScenarioStreams {
  // On a terminal every write goes out at once (python3 line-buffers a
  // terminal); into a pipe or a file, writes are gathered up to 64 KB and
  // flushed at each checkpoint, on a switch of stream and at the end.
  readonly stdout = new FdWriter(1, 'standard output', tty.isatty(1) ? 1 : 1 << 16);
  readonly stderr = new FdWriter(2, 'standard error', tty.isatty(2) ? 1 : 1 << 16);
  private readonly device: DeviceStdout | null = DeviceStdout.fits(1, tty.isatty(1))
    ? new DeviceStdout(1, (process.env.PYTHONUNBUFFERED ?? '') !== '')
    : null;
  private last: FdWriter = this.stdout;
  /** A failure of standard output found outside a write (at a checkpoint), raised at the next one. */
  private stdoutFailure: StreamWriteError | null = null;
  private readonly signals: Int32Array;

  constructor(signals: SharedArrayBuffer) {
    this.signals = new Int32Array(signals);
  }

  /** Write in program order: switching streams flushes the other one first. */
  write(stream: 'out' | 'err', text: string): void {
    if (stream === 'out' && this.device !== null) {
      this.device.write(text);
      return;
    }
    const w = stream === 'err' ? this.stderr : this.stdout;
    if (w !== this.last) this.flushWriter(this.last, stream === 'out');
    this.last = w;
    if (w === this.stderr) w.write(text);
    else this.guardStdout(() => w.write(text), true);
  }

  /** sys.stdout.flush() of the process's stream. */
  flushOut = (): void => {
    if (this.device !== null) this.device.flush();
    else this.guardStdout(() => this.stdout.flush(), true);
  };

  /** The end of the run: whatever is left goes out (a device's failure now goes unreported, as in python3). */
  flush(): void {
    if (this.device !== null) this.device.flushQuietly();
    this.stdout.flush();
    this.stderr.flush();
  }

  /** The interpreter's checkpoint: flush, then report a pending SIGINT (true) or end for SIGTERM. */
  checkpoint = (): boolean => {
    this.flushWriter(this.stdout, false);
    this.stderr.flush();
    const signal = Atomics.exchange(this.signals, 0, SIGNAL_NONE);
    if (signal === SIGNAL_TERM) throw new Terminated();
    return signal === SIGNAL_INT;
  };

  private flushWriter(w: FdWriter, raise: boolean): void {
    if (w === this.stderr) w.flush();
    else this.guardStdout(() => w.flush(), raise);
  }

  /**
   * Runs a write or flush of standard output: a failure other than a
   * closed pipe becomes the scenario's OSError, now (`raise`) or at the
   * next write; a failure kept from before is raised first.
   */
  private guardStdout(op: () => void, raise: boolean): void {
    if (raise && this.stdoutFailure !== null) {
      const failure = this.stdoutFailure;
      this.stdoutFailure = null;
      throw failure;
    }
    try {
      op();
    } catch (e) {
      if (!(e instanceof OutputError) || e.code === 'EPIPE' || e.source === undefined) throw e;
      const failure = streamWriteError(e.source);
      if (raise) throw failure;
      this.stdoutFailure = failure;
    }
  }
}

/** `import helpers` reads helpers.py beside the scenario (sys.path[0]; the current folder for standard input). */
function readerFor(job: RunJob) {
  const reader = moduleFileReader(job.filename === '<stdin>' ? path.join(process.cwd(), '<stdin>') : job.filename);
  if (job.gclabTestSupport !== true) return reader;
  return withGclabTestSupport(reader, isPythonLibFolder(path.dirname(job.filename)));
}

/** The scenario's lines, for --explain's quotes (a file that is not UTF-8 just gets none). */
function sourceLinesOf(source: string | Uint8Array): string[] {
  try {
    return (typeof source === 'string' ? source : new TextDecoder('utf-8', { fatal: true }).decode(source)).split('\n');
  } catch {
    return [];
  }
}

function runJob(job: RunJob, streams: ScenarioStreams): number {
  const traceFile = job.traceFd !== null ? new FdWriter(job.traceFd, `the trace file '${job.traceName}'`) : null;
  const explainer = job.explain !== false ? new Explainer({ all: job.explain === 'all', sourceLines: sourceLinesOf(job.source) }) : null;
  const sink = (text: string) => {
    if (traceFile !== null) traceFile.write(text);
    if (explainer !== null) {
      const said = explainer.explainText(text);
      if (said !== '') streams.write('out', said);
    }
  };
  const trace =
    traceFile !== null || explainer !== null
      ? new TraceLog({
          sink,
          keep: false,
          // With --trace, the file's level; --explain alone reads level refs (its edges name the containers that held objects).
          level: job.traceLevel ?? (traceFile !== null ? 'deaths' : 'refs'),
          gclab: job.gclabVersion,
          scenario: job.filename,
          schedule: job.schedule,
          gcStress: job.gcStress,
        })
      : false;
  try {
    const result = runScenario(job.source, job.filename, {
      trace,
      argv: job.argv,
      maxSteps: job.maxSteps,
      maxObjects: job.maxObjects,
      gcDebugChecks: job.gcDebugChecks,
      schedule: job.schedule !== null ? parseSchedule(job.schedule) : null,
      gcStress: job.gcStress,
      // `import helpers` reads helpers.py beside the scenario (sys.path[0]; the
      // current folder for a scenario read from standard input).
      readModuleFile: readerFor(job),
      // runScenario records the output in the trace (its `output` events) before this runs.
      onOutput: job.outputOnlyInTrace === true ? () => undefined : (stream, text) => streams.write(stream, text),
      onFlushOutput: streams.flushOut,
      onCheckpoint: streams.checkpoint,
      // input() reads the process's standard input (already at its end when the scenario itself came from it).
      readLine: stdinLineReader(),
    });
    return result.exitCode;
  } finally {
    traceFile?.flush();
  }
}

function outcomeOf(run: () => number, streams: ScenarioStreams): JobOutcome {
  try {
    const status = run();
    streams.flush();
    return { kind: 'exit', status };
  } catch (e) {
    try {
      streams.flush();
    } catch {
      // the output error below (or the original error) is what gets reported
    }
    if (e instanceof Terminated) return { kind: 'terminated' };
    if (e instanceof OutputError) return { kind: 'output-error', message: e.message, code: e.code };
    return { kind: 'internal', stack: (e as Error)?.stack ?? String(e) };
  }
}

/**
 * The folder of the parsed stdlib texts (parsed-trees.ts) scripts/bundle.js
 * writes beside the bundle. Used only by the bundled thread: the texts
 * are as fresh as the bundle (one build step makes both), while a
 * `tsc`-only build may have changed the parser since.
 */
export const PARSED_STDLIB_DIR = path.join(__dirname, 'gclab.stdlib-trees');

function readParsedStdlib(rel: string): string | undefined {
  try {
    return fs.readFileSync(path.join(PARSED_STDLIB_DIR, `${rel}.tree`), 'utf8');
  } catch {
    return undefined;
  }
}

if (parentPort !== null) {
  const { job, signals, launchBundle } = workerData as JobData & { launchBundle?: boolean };
  if (launchBundle === true) useParsedStdlib(readParsedStdlib);
  const streams = new ScenarioStreams(signals);
  if (job.kind === 'run') parentPort.postMessage(outcomeOf(() => runJob(job, streams), streams));
  else runRepl(job, streams, parentPort, (run) => outcomeOf(run, streams));
}
