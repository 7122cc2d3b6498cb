/**
 * What the flat drivers of generator frames (genexp-run.ts GenexpRun,
 * generator-run.ts GeneratorRun) share: the FrameRun protocol, the
 * finished/started bookkeeping and the exception path of a resumption
 * (FlatRun), and the moves on the frame's value stack they and the
 * resumable evaluator make (holdOnFrame, unholdFromFrame, releaseHeld,
 * iterReleasing).
 *
 * Invariants: a value on frame.stack is owned by the frame (the generator's
 * traverse reports it, _PyFrame_Clear releases it); a value taken off is
 * owned by whoever took it; an exception leaving a flat driver's frame
 * releases what the driver holds innermost first (unwind) before the
 * exception goes on, and the driver is finished after it.
 */
import type { Value } from '../../heap';
import type { Runtime } from '../runtime/runtime';
import { iter } from '../runtime/operators';
import type { Frame } from './frame';

/**
 * What a generator's frame is run by (FrameGeneratorBody): next(sent)
 * runs to the next `yield` (done false, the value owned) or the end (done
 * true, the return value owned); throw(exc) raises exc at the `yield`. A JS
 * generator is one; the flat drivers are the others. The result object may
 * be reused by the next call: its reader takes the value at once.
 */
export interface FrameRun {
  next(sent: Value): IteratorResult<Value, Value>;
  throw(exc: unknown): IteratorResult<Value, Value>;
}

/** Keep `v` (owned) on the frame's value stack while the frame may suspend (a thread's function frame has none). */
export function holdOnFrame(frame: Frame, v: Value): void {
  frame.stack?.push(v);
}

/** Take `v` off the frame's value stack, its innermost entry (the caller now owns it). */
export function unholdFromFrame(frame: Frame, v: Value): void {
  const st = frame.stack;
  if (st === undefined) return;
  const i = st.lastIndexOf(v);
  if (i >= 0) st.splice(i, 1);
}

/** Take `v` off the frame's value stack and release it (a loop's iterator exhausted or left). */
export function releaseHeld(rt: Runtime, frame: Frame, v: Value): void {
  unholdFromFrame(frame, v);
  rt.decref(v);
}

/** GET_ITER: the iterator of `seq` (owned); `seq` (owned) is released whether iter() succeeds or raises. */
export function iterReleasing(rt: Runtime, seq: Value): Value {
  try {
    return iter(rt, seq);
  } finally {
    rt.decref(seq);
  }
}

/**
 * A flat driver's resumption protocol. next() of a finished frame is done
 * with no value (what a completed JS generator returns); an exception out
 * of resume() unwinds the driver (its held values released innermost
 * first) and goes on; throw() before the first resumption runs nothing (a
 * JS generator completes without running its body), at a `yield` it
 * unwinds; after either the driver is finished.
 */
export abstract class FlatRun implements FrameRun {
  protected started = false;
  protected finished = false;
  /** The result handed out by every call (read at once by FrameGeneratorBody's caller). */
  protected readonly result: { done: boolean; value: Value } = { done: false, value: null };

  next(sent: Value): IteratorResult<Value, Value> {
    if (this.finished) {
      const r = this.result;
      r.done = true;
      r.value = undefined as unknown as Value;
      return r as IteratorResult<Value, Value>;
    }
    try {
      return this.resume(sent);
    } catch (e) {
      this.unwind();
      throw e;
    }
  }

  throw(exc: unknown): IteratorResult<Value, Value> {
    if (this.started && !this.finished) this.unwind();
    this.finished = true;
    throw exc;
  }

  /** Run from where the frame stopped (`sent` is the value of the `yield` it is suspended at). */
  protected abstract resume(sent: Value): IteratorResult<Value, Value>;

  /** Release what the driver holds, innermost first; the driver is finished after it. */
  protected abstract unwind(): void;

  /** The frame suspends at a `yield` of `v` (owned). */
  protected yielded(v: Value): IteratorResult<Value, Value> {
    const r = this.result;
    r.done = false;
    r.value = v;
    return r as IteratorResult<Value, Value>;
  }

  /** The frame ends returning `v` (owned). */
  protected returned(v: Value): IteratorResult<Value, Value> {
    this.finished = true;
    const r = this.result;
    r.done = true;
    r.value = v;
    return r as IteratorResult<Value, Value>;
  }
}
