/** How the end of a scenario thread becomes gclab's exit status and last message. */
import type { JobOutcome } from './scenario-job';
import type { WorkerFailure } from './scenario-thread';
import { writeErr } from './terminal';

/** Exit status of an internal error (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

export function internalError(stack: string): number {
  writeErr(
    `gclab: internal error (a bug in gclab, not in your scenario):\n${stack}\n` +
      `Please report it: open an issue with the scenario, the command line and this message.\n`,
  );
  return EXIT_INTERNAL;
}

export function reportOutcome(o: JobOutcome | WorkerFailure): number {
  switch (o.kind) {
    case 'exit':
      return o.status;
    case 'output-error':
      // A closed pipe (`gclab run x.py | head`) ends the run quietly, with python3's status 1.
      if (o.code !== 'EPIPE') writeErr(`gclab: ${o.message}\n`);
      return 1;
    case 'terminated':
      return 128 + 15;
    case 'internal':
      return internalError(o.stack);
    case 'worker-error':
      if (o.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        writeErr(`gclab: the scenario ran out of host memory (Node's JavaScript heap); try --max-objects\n`);
        return 3;
      }
      return internalError(o.message);
  }
}
