/**
 * The playground's scenario worker: runs one scenario with runScenario, the
 * same entry the CLI's scenario thread uses. This file is the browser's side
 * of the runtime's host interface (ScenarioOptions, src/lang/scenario.ts):
 * - output: `onOutput`, posted to the page at every checkpoint, so a long
 *   run shows its output as it goes;
 * - files: no `readModuleFile`, so only builtin and stdlib modules import;
 * - stopping: the page terminates the worker (no signal cell needed);
 * - the trace: a TraceLog at level refs whose sink keeps each line (the
 *   header, then every event, the program's output included) as a record.
 * The CLI's side is src/cli/run-worker.ts (file descriptors, module files
 * beside the scenario, SIGINT/SIGTERM, a large thread stack).
 */
import { runScenario } from '../../lang';
import { TraceLog } from '../../heap';
import type { TraceRecord } from '../../viz/trace-adapter';
import type { RunRequest, WorkerMessage } from './worker-protocol';

/** Records kept for the viewer; a longer run keeps its first MAX_RECORDS. */
const MAX_RECORDS = 400_000;

interface WorkerScope {
  onmessage: ((e: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

function run(req: RunRequest): void {
  const records: TraceRecord[] = [];
  let truncated = false;
  const keep = (r: TraceRecord) => {
    if (records.length < MAX_RECORDS) records.push(r);
    else truncated = true;
  };
  let pending = '';
  let pendingStream: 'out' | 'err' = 'out';
  const flush = () => {
    if (pending !== '') scope.postMessage({ kind: 'output', stream: pendingStream, text: pending });
    pending = '';
  };
  const trace = new TraceLog({
    keep: false,
    level: 'refs',
    scenario: req.filename,
    sink: (text: string) => {
      for (const line of text.split('\n')) if (line !== '') keep(JSON.parse(line) as TraceRecord);
    },
  });
  const result = runScenario(req.source, req.filename, {
    trace,
    maxSteps: req.maxSteps,
    onOutput: (stream, text) => {
      if (stream !== pendingStream) flush();
      pendingStream = stream;
      pending += text;
      if (pending.length > 1 << 14) flush();
    },
    onCheckpoint: () => {
      flush();
      return false;
    },
  });
  flush();
  scope.postMessage({ kind: 'done', exitCode: result.exitCode, trace: records, truncated });
}

scope.onmessage = (e) => {
  try {
    run(e.data);
  } catch (err) {
    scope.postMessage({ kind: 'crash', message: (err as Error)?.stack ?? String(err) });
  }
};
