/**
 * A pool of explorer worker threads (explore-worker.ts) behind one
 * BatchRunner: a batch is cut into one piece per idle worker, and the runs
 * come back in the batch's order whatever thread ran them.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { BatchRunner } from '../testing/explorer';
import type { ScheduleRun } from '../testing/schedule-run';
import { SCENARIO_STACK_MB } from './scenario-thread';
import type { ExploreRequest, ExploreWorkerData } from './explore-worker';

type Reply = { id: number; runs: ScheduleRun[] } | { id: number; error: string };

export class ExplorePool {
  private readonly workers: Worker[];
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: ScheduleRun[]) => void; reject: (e: Error) => void }>();

  constructor(size: number, data: ExploreWorkerData) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(path.join(__dirname, 'explore-worker.js'), {
        workerData: data,
        resourceLimits: { stackSizeMb: SCENARIO_STACK_MB },
        stdout: false,
        stderr: false,
      });
      w.on('message', (m: Reply) => {
        const p = this.pending.get(m.id);
        if (p === undefined) return;
        this.pending.delete(m.id);
        if ('error' in m) p.reject(new Error(`explorer worker: ${m.error}`));
        else p.resolve(m.runs);
      });
      w.on('error', (e) => this.failAll(e));
      return w;
    });
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private request(worker: Worker, schedules: string[], trace: boolean): Promise<ScheduleRun[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const req: ExploreRequest = { id, schedules, trace };
      worker.postMessage(req);
    });
  }

  /** Run the schedules spread over the workers (contiguous pieces, one per worker); results in order. */
  run(schedules: readonly string[], trace = false): Promise<ScheduleRun[]> {
    const n = this.workers.length;
    const per = Math.ceil(schedules.length / n);
    const parts: Promise<ScheduleRun[]>[] = [];
    for (let w = 0; w < n && w * per < schedules.length; w++) {
      parts.push(this.request(this.workers[w], schedules.slice(w * per, (w + 1) * per), trace));
    }
    return Promise.all(parts).then((rs) => rs.flat());
  }

  readonly runner: BatchRunner = (schedules) => this.run(schedules);

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
