import type { Runtime } from './runtime';

/**
 * os._exit(n) (posix__exit_impl, which calls _exit(2)): the process ends at
 * once with status n & 0xff. Nothing of the interpreter runs afterwards --
 * no `finally` block or `__exit__`, no atexit handler, no
 * weakref.finalize exit hook, no collection, no module teardown -- so it is
 * not a Python exception (nothing can catch it): the evaluator lets it
 * through its `finally` blocks and runMain returns its status without
 * shutting down. What unwinding the simulation still does (releasing
 * frames runs `__del__`s) writes nothing: the interpreter's output is shut
 * from the throw on.
 */
export class ProcessExit extends Error {
  constructor(readonly status: number) {
    super(`os._exit(${status})`);
  }
}

/** os._exit(status): shut the output and end the process (never returns). */
export function exitProcess(rt: Runtime, status: number): never {
  rt.exitStatus = status & 0xff;
  throw new ProcessExit(rt.exitStatus);
}
