/** How the end of a scenario thread becomes gclab's exit status and last message. */
import type { JobOutcome } from './scenario-job';
import type { WorkerFailure } from './scenario-thread';
import { writeErr } from './terminal';

/** Exit status of an internal error (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

export function internalError(stack: string, report: (text: string) => void = writeErr): number {
  report(
    `gclab: internal error (a bug in gclab, not in your scenario):\n${stack}\n` +
      `Please report it: open an issue with the scenario, the command line and this message.\n`,
  );
  return EXIT_INTERNAL;
}

/** The exit status for how a run ended; `report` receives the message for standard error, if any. */
export function reportOutcome(o: JobOutcome | WorkerFailure, report: (text: string) => void = writeErr): number {
  switch (o.kind) {
    case 'exit':
      return o.status;
    case 'output-error':
      // A closed pipe (`gclab run x.py | head`) ends the run quietly, with python3's status 1.
      if (o.code !== 'EPIPE') report(`gclab: ${o.message}\n`);
      return 1;
    case 'terminated':
      return 128 + 15;
    case 'internal':
      return internalError(o.stack, report);
    case 'worker-error':
      if (o.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        report(`gclab: the scenario ran out of host memory (Node's JavaScript heap); try --max-objects\n`);
        return 3;
      }
      return internalError(o.message, report);
  }
}
