/** The at-exit step of weakref.finalize (finalize._exitfunc), bound for the interpreter. */
import type { Heap, PyException } from '../../heap';

export function runAtExit(heap: Heap, excepthook: (e: PyException) => void): void {
  let mod: { runAtExit?: (heap: Heap, hook: (e: PyException) => void) => void } = {};
  try {
    mod = require('../../weakref');
  } catch {
    return;
  }
  mod.runAtExit?.(heap, excepthook);
}
