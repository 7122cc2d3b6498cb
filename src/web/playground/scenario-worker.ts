/**
 * The playground's scenario worker: runs one scenario with runScenario, the
 * same entry the CLI's scenario thread uses. This file is the browser's side
 * of the runtime's host interface (ScenarioOptions, src/lang/scenario.ts):
 * - output: `onOutput`, posted to the page at every checkpoint, so a long
 *   run shows its output as it goes;
 * - files: no `readModuleFile`, so only builtin and stdlib modules import;
 * - stopping: the page terminates the worker (no signal cell needed);
 * - the trace: a TraceLog at level `all` whose sink keeps the JSON Lines text.
 * The CLI's side is src/cli/run-worker.ts (file descriptors, module files
 * beside the scenario, SIGINT/SIGTERM, a large thread stack).
 */
import { runScenario } from '../../lang';
import { TraceLog } from '../../heap';
import type { RunRequest, WorkerMessage } from './worker-protocol';

/** Trace text kept for the viewer (characters); a longer run keeps its beginning. */
const MAX_TRACE_CHARS = 64 * 1024 * 1024;

interface WorkerScope {
  onmessage: ((e: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;

function run(req: RunRequest): void {
  const blocks: string[] = [];
  let size = 0;
  let truncated = false;
  const sink = (text: string) => {
    if (size + text.length <= MAX_TRACE_CHARS) {
      blocks.push(text);
      size += text.length;
    } else truncated = true;
  };
  let pending = '';
  let pendingStream: 'out' | 'err' = 'out';
  const flush = () => {
    if (pending !== '') scope.postMessage({ kind: 'output', stream: pendingStream, text: pending });
    pending = '';
  };
  const trace = new TraceLog({ sink, keep: false, level: 'all', gclab: req.gclabVersion, scenario: req.filename });
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
  trace.flush();
  flush();
  scope.postMessage({ kind: 'done', exitCode: result.exitCode, trace: blocks.join(''), truncated });
}

scope.onmessage = (e) => {
  try {
    run(e.data);
  } catch (err) {
    scope.postMessage({ kind: 'crash', message: (err as Error)?.stack ?? String(err) });
  }
};
