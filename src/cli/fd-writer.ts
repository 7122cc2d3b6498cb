/**
 * A buffered, synchronous writer on a file descriptor: the scenario's
 * standard output and error, and the --trace file. Writes are synchronous
 * (fs.writeSync), so a slow reader slows the scenario down instead of
 * letting memory grow, and nothing is lost when the process ends.
 *
 * A write that cannot be completed (a full disk, a closed pipe) throws
 * OutputError, which the CLI reports in one line.
 */
import * as fs from 'fs';

/** Writing to a stream or file failed. */
export class OutputError extends Error {
  constructor(
    readonly what: string,
    readonly code: string,
    detail: string,
    /** The system's error, as the write reported it. */
    readonly source?: NodeJS.ErrnoException,
  ) {
    super(`cannot write to ${what}: ${detail}`);
  }
}

/** How long to wait before retrying a write to a non-blocking descriptor that is full. */
const EAGAIN_WAIT_MS = 1;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export class FdWriter {
  private pending: string[] = [];
  private pendingLength = 0;

  /**
   * @param fd the descriptor (1, 2, or one opened by the caller)
   * @param what how error messages name it ("standard output", "trace file 'x'")
   * @param limit buffered characters that trigger a write
   */
  constructor(
    readonly fd: number,
    readonly what: string,
    private readonly limit = 1 << 16,
  ) {}

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= this.limit) this.flush();
  }

  flush(): void {
    if (this.pendingLength === 0) return;
    const data = Buffer.from(this.pending.length === 1 ? this.pending[0] : this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    let off = 0;
    while (off < data.length) {
      try {
        off += fs.writeSync(this.fd, data, off, data.length - off);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EAGAIN') {
          Atomics.wait(sleeper, 0, 0, EAGAIN_WAIT_MS);
          continue;
        }
        throw new OutputError(this.what, err.code ?? 'EIO', describeErrno(err), err);
      }
    }
  }
}

/** `No space left on device (ENOSPC)`: the system's wording, then the code. */
export function describeErrno(err: NodeJS.ErrnoException): string {
  const text = ERRNO_TEXT[err.code ?? ''];
  return text !== undefined ? `${text} (${err.code})` : err.message;
}

/** strerror() for the errors a CLI meets when opening and writing files. */
export const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  ENOSPC: 'No space left on device',
  EPIPE: 'Broken pipe',
  EROFS: 'Read-only file system',
  EEXIST: 'File exists',
  EIO: 'Input/output error',
  EBADF: 'Bad file descriptor',
  EFBIG: 'File too large',
  EDQUOT: 'Disk quota exceeded',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
};
