/**
 * A synchronous generator expression's frame, run by a flat driver instead
 * of JS generators: the state of its `for` clauses is an explicit stack of
 * iterators (one per clause entered), so a resumption is one call and the
 * next item comes out of a loop, with no `yield*` chain per clause and no
 * JS generator objects (docs/performance.md, Round 13 (b)).
 *
 * It does what exec-generator.ts's genexpClause did, in the same order:
 * per turn of a clause one step, the frame's position at the expression
 * (FOR_ITER), the iterator's tp_iternext, the target stored, the
 * conditions; an inner clause's iterable evaluated and its iterator held on
 * the frame's value stack (frame.stack, which the generator's traverse
 * reports and _PyFrame_Clear releases) while the frame may suspend; an
 * iterator exhausted is taken off the stack and released; an exception
 * (raised by the body or thrown in at the `yield` by gen.throw/close)
 * releases the clauses' iterators innermost first, then leaves the frame.
 * A frame abandoned at a `yield` is cleared by the generator (its stack
 * released there), as with the JS generators.
 */
import type { Value } from '../../heap';
import type { TypeSlots } from '../runtime/type-slots';
import { builtinIterSlots, iter, next } from '../runtime/operators';
import type * as A from '../syntax/ast';
import { generatorExpressionCode, type GeneratorExpressionCode } from './compiled-code';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/**
 * What a generator's frame is run by (FrameGeneratorBody): next(sent)
 * runs to the next `yield` (done false, the value owned) or the end (done
 * true, the return value owned); throw(exc) raises exc at the `yield`. A JS
 * generator is one; GenexpRun is the other. The result object may be reused
 * by the next call: its reader takes the value at once.
 */
export interface FrameRun {
  next(sent: Value): IteratorResult<Value, Value>;
  throw(exc: unknown): IteratorResult<Value, Value>;
}

/** The flat driver of a synchronous generator expression's frame (see the file comment). */
export class GenexpRun implements FrameRun {
  private readonly code: GeneratorExpressionCode;
  /** The iterator of each clause entered (owned, also on frame.stack), outermost first. */
  private readonly its: Value[] = [];
  /** Each entered clause's builtin slot table (builtinIterSlots), or undefined for `next`. */
  private readonly slots: Array<TypeSlots | undefined> = [];
  private started = false;
  private finished = false;
  /** The result handed out by every call (read at once by FrameGeneratorBody's caller). */
  private readonly result: { done: boolean; value: Value } = { done: false, value: null };

  constructor(
    private readonly ip: Interpreter,
    private readonly frame: Frame,
    private readonly node: A.GeneratorExp,
  ) {
    this.code = generatorExpressionCode(node);
  }

  next(_sent: Value): IteratorResult<Value, Value> {
    // A generator expression ignores what is sent (the `yield`'s value is popped).
    const r = this.result;
    if (this.finished) {
      r.done = true;
      r.value = undefined as unknown as Value;
      return r as IteratorResult<Value, Value>;
    }
    try {
      if (!this.started) {
        this.started = true;
        // The first clause's iterator is the frame's `.0`.
        this.enter(this.ip.rt.incref(this.frame.locals[0] as Value));
      }
      const v = this.run();
      if (v === undefined) {
        this.finished = true;
        r.done = true;
        r.value = null;
      } else {
        r.done = false;
        r.value = v;
      }
      return r as IteratorResult<Value, Value>;
    } catch (e) {
      this.unwind();
      throw e;
    }
  }

  throw(exc: unknown): IteratorResult<Value, Value> {
    // Thrown in before the first resumption, nothing has run (a JS
    // generator completes without running its body); at a `yield`, the
    // clauses' iterators are released innermost first as the exception leaves.
    if (this.started && !this.finished) this.unwind();
    this.finished = true;
    throw exc;
  }

  /** Hold a clause's iterator (owned) and look its slot table up once (FOR_ITER's specialisation). */
  private enter(it: Value): void {
    const frame = this.frame;
    frame.stack?.push(it);
    this.its.push(it);
    this.slots.push(builtinIterSlots(this.ip.rt, it));
  }

  /** Leave the innermost clause: its iterator off the value stack, then released. */
  private leave(): void {
    const it = this.its.pop() as Value;
    this.slots.pop();
    const st = this.frame.stack;
    if (st !== undefined) {
      const i = st.lastIndexOf(it);
      if (i >= 0) st.splice(i, 1);
    }
    this.ip.rt.decref(it);
  }

  /** Every clause left, innermost first (an exception leaving the frame). */
  private unwind(): void {
    this.finished = true;
    while (this.its.length > 0) this.leave();
  }

  /** Run the clauses to the next element (owned), or undefined when the outermost iterator is exhausted. */
  private run(): Value | undefined {
    const ip = this.ip;
    const rt = ip.rt;
    const frame = this.frame;
    const node = this.node;
    const code = this.code;
    const last = node.generators.length - 1;
    for (;;) {
      const depth = this.its.length - 1;
      if (depth < 0) return undefined;
      ip.step();
      // FOR_ITER has the generator expression's location.
      frame.expr = node;
      const it = this.its[depth];
      const slots = this.slots[depth];
      let x: Value | undefined;
      if (slots !== undefined) {
        ip.chargeSteps(1);
        x = slots.tp_iternext!(rt, it);
      } else x = next(rt, it);
      if (x === undefined) {
        this.leave();
        continue;
      }
      code.targets[depth](ip, frame, x);
      const ifs = code.ifs[depth];
      let ok = true;
      for (let i = 0; i < ifs.length; i++) {
        if (!ifs[i](ip, frame)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (depth === last) return code.elt(ip, frame);
      const src = code.iters[depth + 1](ip, frame);
      let inner: Value;
      try {
        inner = iter(rt, src);
      } finally {
        rt.decref(src);
      }
      this.enter(inner);
    }
  }
}
