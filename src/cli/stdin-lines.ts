/**
 * The process's standard input as the scenario's `input()` reads it: one
 * line at a time, synchronously (the interpreter runs without an event
 * loop turn between steps), decoded as UTF-8 across chunk boundaries.
 * Nothing is read until the scenario asks, so a scenario that never calls
 * input() leaves stdin alone. End of input (or a stdin that cannot be
 * read) is null, which input() reports as EOFError.
 */
import * as fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export function stdinLineReader(fd = 0): () => string | null {
  const decoder = new StringDecoder('utf8');
  // Made at the first read, so a run that never calls input() allocates nothing here.
  let chunk: Buffer | null = null;
  let pending = '';
  let ended = false;
  const fill = (): void => {
    chunk ??= Buffer.alloc(64 * 1024);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          // A non-blocking stdin with nothing yet: wait a little, then read again.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === 'EOF') n = 0;
        else {
          ended = true;
          pending += decoder.end();
          return;
        }
      }
      if (n === 0) {
        ended = true;
        pending += decoder.end();
        return;
      }
      pending += decoder.write(chunk.subarray(0, n));
      return;
    }
  };
  return () => {
    for (;;) {
      const nl = pending.indexOf('\n');
      if (nl >= 0) {
        const line = pending.slice(0, nl + 1);
        pending = pending.slice(nl + 1);
        return line;
      }
      if (ended) {
        if (pending === '') return null;
        const rest = pending;
        pending = '';
        return rest;
      }
      fill();
    }
  };
}
