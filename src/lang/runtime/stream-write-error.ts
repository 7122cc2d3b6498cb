/**
 * A write to the process's standard output failed in the host (a full
 * device, an I/O error): what CPython's FileIO.write raises as
 * OSError(errno, strerror) -- `OSError: [Errno 28] No space left on device`
 * -- at the write that reached the file descriptor. The host's `out`
 * function (and its `flushOut`) throw it; sys-module.ts turns it into the
 * Python exception at the call that wrote.
 */
export class StreamWriteError extends Error {
  constructor(
    /** The C errno (28 for ENOSPC). */
    readonly errno: number,
    /** strerror(errno), as Linux words it. */
    readonly strerror: string,
  ) {
    super(`[Errno ${errno}] ${strerror}`);
  }
}
