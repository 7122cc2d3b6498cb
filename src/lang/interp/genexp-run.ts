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
import { builtinIterSlots, next } from '../runtime/operators';
import type * as A from '../syntax/ast';
import { generatorExpressionCode, type GeneratorExpressionCode } from './compiled-code';
import { FlatRun, holdOnFrame, iterReleasing, releaseHeld } from './frame-run';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/** The flat driver of a synchronous generator expression's frame (see the file comment). */
export class GenexpRun extends FlatRun {
  private readonly code: GeneratorExpressionCode;
  /** The iterator of each clause entered (owned, also on frame.stack), outermost first. */
  private readonly its: Value[] = [];
  /** Each entered clause's builtin slot table (builtinIterSlots), or undefined for `next`. */
  private readonly slots: Array<TypeSlots | undefined> = [];

  constructor(
    private readonly ip: Interpreter,
    private readonly frame: Frame,
    private readonly node: A.GeneratorExp,
  ) {
    super();
    this.code = generatorExpressionCode(node);
  }

  protected resume(_sent: Value): IteratorResult<Value, Value> {
    // A generator expression ignores what is sent (the `yield`'s value is popped).
    if (!this.started) {
      this.started = true;
      // The first clause's iterator is the frame's `.0`.
      this.enter(this.ip.rt.incref(this.frame.locals[0] as Value));
    }
    const v = this.run();
    return v === undefined ? this.returned(null) : this.yielded(v);
  }

  /** Hold a clause's iterator (owned) and look its slot table up once (FOR_ITER's specialisation). */
  private enter(it: Value): void {
    holdOnFrame(this.frame, it);
    this.its.push(it);
    this.slots.push(builtinIterSlots(this.ip.rt, it));
  }

  /** Leave the innermost clause: its iterator off the value stack, then released. */
  private leave(): void {
    const it = this.its.pop() as Value;
    this.slots.pop();
    releaseHeld(this.ip.rt, this.frame, it);
  }

  /** Every clause left, innermost first (an exception leaving the frame). */
  protected unwind(): void {
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
      this.enter(iterReleasing(rt, code.iters[depth + 1](ip, frame)));
    }
  }
}
