/**
 * Standard output on a character device that is not a terminal (`>
 * /dev/full`, `> /dev/null`), written exactly when python3 would write it,
 * so that a device that refuses writes fails at the same print as in
 * python3. Into a pipe, a file or a terminal gclab buffers as it likes
 * (ScenarioStreams); there a failing write is rare and reported where it is
 * found.
 *
 * CPython's sys.stdout (create_stdio, Python/pylifecycle.c) is a
 * TextIOWrapper over the file descriptor:
 *
 * - Unbuffered (PYTHONUNBUFFERED set, or -u): write_through over the raw
 *   FileIO; every write() reaches the descriptor at once.
 * - Buffered (the default off a terminal): the TextIOWrapper gathers
 *   encoded text up to its chunk size of 8192 bytes
 *   (_io_TextIOWrapper_write_impl: a write that would pass the chunk size
 *   first flushes what is pending; reaching it flushes), into a
 *   BufferedWriter of st_blksize bytes (_io__Buffered_write_impl: what fits
 *   is copied in; otherwise the buffer is written first and data larger
 *   than the buffer goes straight to the descriptor).
 *
 * A failed write raises StreamWriteError (OSError in the scenario). As in
 * CPython, the TextIOWrapper's pending text is gone once handed down, and a
 * BufferedWriter whose flush failed keeps its bytes (so the exit-time flush
 * fails again: `Exception ignored in: <_io.TextIOWrapper name='<stdout>'
 * ...>`, status 120).
 */
import * as fs from 'fs';
import { StreamWriteError } from '../lang';
import { ERRNO_TEXT } from './fd-writer';

/** TextIOWrapper's chunk_size. */
const CHUNK_SIZE = 8192;

export class DeviceStdout {
  /** The TextIOWrapper's pending bytes. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The BufferedWriter's buffer. */
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private readonly bufferSize: number;

  constructor(
    private readonly fd: number,
    /** PYTHONUNBUFFERED: every write goes to the descriptor at once. */
    private readonly unbuffered: boolean,
  ) {
    // io.open: the buffer is st_blksize bytes when that is above 1, else DEFAULT_BUFFER_SIZE.
    const blksize = fs.fstatSync(fd).blksize;
    this.bufferSize = blksize > 1 ? blksize : 8192;
  }

  /** Is `fd` a character device other than a terminal (where this writer is used)? */
  static fits(fd: number, isTerminal: boolean): boolean {
    if (isTerminal) return false;
    try {
      return fs.fstatSync(fd).isCharacterDevice();
    } catch {
      return false;
    }
  }

  /** TextIOWrapper.write(text). */
  write(text: string): void {
    if (text.length === 0) return;
    const b = Buffer.from(text, 'utf8');
    if (this.unbuffered) {
      this.rawWrite(b);
      return;
    }
    if (this.pendingBytes + b.length > CHUNK_SIZE) this.writeFlush();
    this.pending.push(b);
    this.pendingBytes += b.length;
    if (this.pendingBytes >= CHUNK_SIZE) this.writeFlush();
  }

  /** TextIOWrapper.flush(): the pending text to the BufferedWriter, then its buffer to the descriptor. */
  flush(): void {
    this.writeFlush();
    this.flushBuffer();
  }

  /** The flush at the very end (a closed stream's last flush): failures are not reported, as iobase_finalize clears them. */
  flushQuietly(): void {
    try {
      this.flush();
    } catch (e) {
      if (!(e instanceof StreamWriteError)) throw e;
    }
  }

  /** _textiowrapper_writeflush: the pending bytes go to the BufferedWriter (and are dropped from here either way). */
  private writeFlush(): void {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.bufferedWrite(data);
  }

  /** _io__Buffered_write_impl for a blocking descriptor. */
  private bufferedWrite(data: Buffer): void {
    if (data.length <= this.bufferSize - this.bufferedBytes) {
      this.buffered.push(data);
      this.bufferedBytes += data.length;
      return;
    }
    this.flushBuffer();
    if (data.length > this.bufferSize) {
      this.rawWrite(data);
      return;
    }
    this.buffered.push(data);
    this.bufferedBytes = data.length;
  }

  /** _bufferedwriter_flush_unlocked: the buffer is emptied only by a successful write. */
  private flushBuffer(): void {
    if (this.bufferedBytes === 0) return;
    const data = Buffer.concat(this.buffered, this.bufferedBytes);
    this.buffered = [data];
    this.rawWrite(data);
    this.buffered = [];
    this.bufferedBytes = 0;
  }

  /** FileIO.write until everything is written (a failure raises the errno). */
  private rawWrite(data: Buffer): void {
    let off = 0;
    while (off < data.length) {
      try {
        off += fs.writeSync(this.fd, data, off, data.length - off);
      } catch (e) {
        throw streamWriteError(e as NodeJS.ErrnoException);
      }
    }
  }
}

/** Linux errno numbers of the write errors, for OSError's errno. */
const ERRNO_NUMBER: Record<string, number> = {
  EPERM: 1,
  EIO: 5,
  EBADF: 9,
  EAGAIN: 11,
  EACCES: 13,
  EFBIG: 27,
  ENOSPC: 28,
  EROFS: 30,
  EPIPE: 32,
  EDQUOT: 122,
};

/** The OSError a failed write of the descriptor is, as FileIO.write raises it. */
export function streamWriteError(err: NodeJS.ErrnoException): StreamWriteError {
  const code = err.code ?? 'EIO';
  const errno = ERRNO_NUMBER[code] ?? (typeof err.errno === 'number' ? Math.abs(err.errno) : 5);
  return new StreamWriteError(errno, ERRNO_TEXT[code] ?? err.message);
}
