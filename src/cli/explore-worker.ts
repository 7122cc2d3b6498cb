/**
 * One explorer worker thread (explore-pool.ts): it receives the scenario
 * once, then batches of schedules, runs each with runUnderSchedule on a
 * fresh heap and posts the runs back. The runs of a worker share the trees
 * of the modules they run (src/lang/interp/shared-trees.ts: parsed, folded
 * and compiled once, each run's constants made on its own heap). The thread has the scenario thread's
 * large stack, so deep recursion behaves as under `gclab run`.
 */
import { parentPort, workerData } from 'worker_threads';
import { moduleFileReader } from '../testing/module-files';
import { runUnderSchedule } from '../testing/schedule-run';

/** What the pool hands each worker at its start. */
export interface ExploreWorkerData {
  source: Uint8Array;
  filename: string;
  argv: string[];
  maxSteps?: number;
  /** The version the traces' header names (as `gclab run --trace` writes it). */
  gclabVersion: string;
}

/** A request: run these schedules (trace: also return the trace of each). */
export interface ExploreRequest {
  id: number;
  schedules: string[];
  trace: boolean;
}

if (parentPort !== null) {
  const port = parentPort;
  const data = workerData as ExploreWorkerData;
  // The files beside the scenario are read once per worker, as the scenario itself is sent
  // once: every run of one exploration sees the same modules (and does not stat the folder
  // for each import of each run).
  const readFile = moduleFileReader(data.filename);
  const files = new Map<string, ReturnType<typeof readFile>>();
  const readModuleFile = (rel: string): ReturnType<typeof readFile> => {
    if (!files.has(rel)) files.set(rel, readFile(rel));
    return files.get(rel);
  };
  port.on('message', (req: ExploreRequest) => {
    try {
      const runs = req.schedules.map((s) =>
        runUnderSchedule(data.source, data.filename, s, { trace: req.trace, maxSteps: data.maxSteps, readModuleFile, argv: data.argv, gclabVersion: data.gclabVersion }),
      );
      port.postMessage({ id: req.id, runs });
    } catch (e) {
      port.postMessage({ id: req.id, error: (e as Error)?.stack ?? String(e) });
    }
  });
}
