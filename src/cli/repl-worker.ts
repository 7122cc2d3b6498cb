/**
 * The REPL's side on the scenario thread: one InteractiveSession, fed one
 * input at a time by the main thread (repl-command.ts), which reads the
 * lines. Messages in: {kind:'input', source} and {kind:'eof'}; out:
 * {kind:'more'} / {kind:'ran'} after each input, then the JobOutcome.
 */
import * as path from 'path';
import type { MessagePort } from 'worker_threads';
import { moduleFileReader } from '../testing/module-files';
import { InteractiveSession, type PushResult } from '../lang';
import type { JobOutcome, ReplJob } from './scenario-job';
import type { ScenarioStreams } from './run-worker';

export type ReplRequest = { kind: 'input'; source: string } | { kind: 'eof' };

export function runRepl(
  job: ReplJob,
  streams: ScenarioStreams,
  port: MessagePort,
  outcomeOf: (run: () => number) => JobOutcome,
): void {
  let session: InteractiveSession | null = null;
  const start = outcomeOf(() => {
    session = new InteractiveSession({
      out: (t) => streams.write('out', t),
      err: (t) => streams.write('err', t),
      maxSteps: job.maxSteps,
      maxObjects: job.maxObjects,
      onCheckpoint: streams.checkpoint,
      // The REPL's sys.path[0] is the current folder.
      readModuleFile: moduleFileReader(path.join(process.cwd(), '<stdin>')),
    });
    return 0;
  });
  if (session === null) {
    port.postMessage(start);
    return;
  }
  const s: InteractiveSession = session;
  port.on('message', (m: ReplRequest) => {
    let pushed: PushResult = { kind: 'ran' };
    const outcome = outcomeOf(() => {
      if (m.kind === 'eof') return s.close();
      pushed = s.push(m.source);
      return pushed.kind === 'exit' ? pushed.status : -1;
    });
    if (outcome.kind === 'exit' && outcome.status === -1) port.postMessage({ kind: pushed.kind });
    else {
      port.postMessage(outcome);
      port.close();
    }
  });
}
