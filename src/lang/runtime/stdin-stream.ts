/**
 * sys.stdin: the process's standard input as CPython's create_stdio makes
 * it when it is not a terminal (a buffered, UTF-8 TextIOWrapper named
 * '<stdin>', mode 'r'). The host gives whole lines (`rt.readLine`, the
 * CLI's stdin reader); the text read ahead of what a call consumed waits
 * in this runtime's buffer, so readline(), read(n), iteration and input()
 * (builtin_input_impl reads sys.stdin's lines when it is not a terminal)
 * share one position. End of input: readline() and read() return '',
 * iteration stops, input() raises EOFError('EOF when reading a line').
 */
import type { Runtime } from './runtime';

interface StdinBuffer {
  text: string;
  ended: boolean;
}

const buffers = new WeakMap<Runtime, StdinBuffer>();

function bufferOf(rt: Runtime): StdinBuffer {
  let b = buffers.get(rt);
  if (b === undefined) buffers.set(rt, (b = { text: '', ended: false }));
  return b;
}

/** Read one more host line into the buffer; false at end of input. */
function fill(rt: Runtime, b: StdinBuffer): boolean {
  if (b.ended) return false;
  const line = rt.readLine?.() ?? null;
  if (line === null || line === '') {
    b.ended = true;
    return false;
  }
  b.text += line;
  return true;
}

function take(b: StdinBuffer, n: number): string {
  const s = b.text.slice(0, n);
  b.text = b.text.slice(n);
  return s;
}

/** readline(size): up to and including the next '\n', at most `size` characters when size >= 0. */
export function stdinReadLine(rt: Runtime, size = -1): string {
  const b = bufferOf(rt);
  for (;;) {
    const nl = b.text.indexOf('\n');
    if (nl >= 0) return take(b, size >= 0 ? Math.min(nl + 1, size) : nl + 1);
    if (size >= 0 && b.text.length >= size) return take(b, size);
    if (!fill(rt, b)) return take(b, size >= 0 ? size : b.text.length);
  }
}

/** read(size): everything to the end of input, or at most `size` characters. */
export function stdinRead(rt: Runtime, size = -1): string {
  const b = bufferOf(rt);
  while ((size < 0 || b.text.length < size) && fill(rt, b));
  return take(b, size >= 0 ? size : b.text.length);
}
