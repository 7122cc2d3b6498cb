/**
 * A generator function's frame run by a flat driver instead of a chain of
 * JS generators, for the common bodies: statements whose `yield` is a
 * statement of its own (`yield x`, `y = yield x`, x without a yield) inside
 * any nesting of `if`, `while` and `for` statements whose tests, iterables
 * and targets have none. Every other statement without a `yield` runs
 * compiled, as in exec-generator.ts's execBlockGen. A body with any other
 * form of `yield` (`yield from`, a `yield` inside an expression, in a `try`
 * or `with` statement, ...) keeps the JS generators (generatorFunctionBody).
 *
 * The driver's state is an explicit stack: one entry per block being run
 * (its plan and the next statement's index) and one per loop being run (a
 * `for`'s iterator, held on the frame's value stack as execForGen holds it).
 * A resumption is one call that continues the loop below until the next
 * `yield`, with no `yield*` per nesting level (docs/performance.md, Round
 * 13 (b)). Everything observable is execStmtGen's, step for step: the
 * statement prologue (a step, the frame's line and position, the
 * statement and line trace hooks), the loop-back position and trace event,
 * the iterator's slot looked up once per loop, the target stored, a
 * `break`/`return` releasing the loop's iterator before the signal goes on,
 * an `else` block run after a loop that was not broken, and an exception
 * (raised in the body or thrown in at the `yield`) releasing the loops'
 * iterators innermost first as it leaves the frame.
 */
import type { Value } from '../../heap';
import { builtinIterSlots, next } from '../runtime/operators';
import type { TypeSlots } from '../runtime/type-slots';
import type * as A from '../syntax/ast';
import { compiledCondition, compiledExpression, compiledStatement, type ConditionCode, type ExprCode, type StmtCode } from './compiled-code';
import { Signal, assign, assignSteal, hostLimitError } from './exec-statements';
import { exprHasYield, stmtHasYield } from './exec-generator';
import { FlatRun, holdOnFrame, iterReleasing, releaseHeld } from './frame-run';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { traceLine, traceLoopBack } from './sys-trace';

const enum Op {
  Code,
  Yield,
  YieldAssign,
  If,
  While,
  For,
}

/** One statement of a planned block. */
type Step =
  | { op: Op.Code; code: StmtCode }
  | { op: Op.Yield; s: A.Stmt; value: ExprCode | null }
  | { op: Op.YieldAssign; s: A.Assign; value: ExprCode | null }
  | { op: Op.If; s: A.If; test: ConditionCode; body: Step[]; orelse: Step[] }
  | { op: Op.While; s: A.While; test: ConditionCode; body: Step[]; orelse: Step[] }
  | { op: Op.For; s: A.For; iter: ExprCode; body: Step[]; orelse: Step[] };

/** A plan per function body, or null when the body needs the JS generators. */
const plans = new WeakMap<A.Stmt[], Step[] | null>();

function planBlock(body: A.Stmt[]): Step[] | null {
  const out: Step[] = [];
  for (const s of body) {
    const p = planStatement(s);
    if (p === null) return null;
    out.push(p);
  }
  return out;
}

function noYield(e: A.Expr | null): boolean {
  return e === null || !exprHasYield(e);
}

function planStatement(s: A.Stmt): Step | null {
  if (!stmtHasYield(s)) return { op: Op.Code, code: compiledStatement(s) };
  switch (s.kind) {
    case 'Expr': {
      const e = s.value;
      if (e.kind !== 'Yield' || !noYield(e.value)) return null;
      return { op: Op.Yield, s, value: e.value === null ? null : compiledExpression(e.value) };
    }
    case 'Assign': {
      const e = s.value;
      if (e.kind !== 'Yield' || !noYield(e.value) || !s.targets.every(noYield)) return null;
      return { op: Op.YieldAssign, s, value: e.value === null ? null : compiledExpression(e.value) };
    }
    case 'If':
    case 'While': {
      if (!noYield(s.test)) return null;
      const body = planBlock(s.body);
      const orelse = body === null ? null : planBlock(s.orelse);
      if (body === null || orelse === null) return null;
      const test = compiledCondition(s.test);
      return s.kind === 'If' ? { op: Op.If, s, test, body, orelse } : { op: Op.While, s, test, body, orelse };
    }
    case 'For': {
      if (s.isAsync === true || !noYield(s.iter) || !noYield(s.target)) return null;
      const body = planBlock(s.body);
      const orelse = body === null ? null : planBlock(s.orelse);
      if (body === null || orelse === null) return null;
      return { op: Op.For, s, iter: compiledExpression(s.iter), body, orelse };
    }
    default:
      return null;
  }
}

/** The plan of a generator function's body, or null when it needs the JS generators. Kept by body. */
export function generatorPlan(body: A.Stmt[]): Step[] | null {
  let p = plans.get(body);
  if (p === undefined) {
    p = planBlock(body);
    plans.set(body, p);
  }
  return p;
}

/** A block being run: its steps and the index of the next one. */
interface BlockEntry {
  loop: false;
  steps: Step[];
  i: number;
}

/** A `while` or `for` statement being run (its body runs as a BlockEntry above it). */
interface LoopEntry {
  loop: true;
  step: Step & { op: Op.While | Op.For };
  /** A `for`'s iterator (owned, on frame.stack), else undefined. */
  it: Value | undefined;
  slots: TypeSlots | undefined;
  /** A `for` has run its body once (the loop-back event is due). */
  again: boolean;
  /** The entry the body runs as, reused for every turn. */
  body: BlockEntry;
}

type Entry = BlockEntry | LoopEntry;

/** The flat driver of a generator function's frame (see the file comment). */
export class GeneratorRun extends FlatRun {
  private readonly stack: Entry[];
  /** The `yield` step the frame is suspended at, or null. */
  private waiting: (Step & { op: Op.Yield | Op.YieldAssign }) | null = null;

  constructor(
    private readonly ip: Interpreter,
    private readonly frame: Frame,
    plan: Step[],
  ) {
    super();
    this.stack = [{ loop: false, steps: plan, i: 0 }];
  }

  protected resume(sent: Value): IteratorResult<Value, Value> {
    this.started = true;
    const w = this.waiting;
    if (w !== null) {
      this.waiting = null;
      const rt = this.ip.rt;
      if (w.op === Op.Yield) rt.decref(rt.incref(sent));
      else this.storeSent(w.s, rt.incref(sent));
    }
    return this.run();
  }

  /** execStmtGen's Assign of a `yield`'s value (owned): a copy to each target but the last, which takes it. */
  private storeSent(s: A.Assign, v: Value): void {
    const ip = this.ip;
    const last = s.targets.length - 1;
    try {
      for (let i = 0; i < last; i++) assign(ip, this.frame, s.targets[i], v);
    } catch (err) {
      ip.rt.decref(v);
      throw err;
    }
    assignSteal(ip, this.frame, s.targets[last], v);
  }

  /** Release a loop's iterator (a `for` left by break, return, exhaustion or an exception). */
  private closeLoop(e: LoopEntry): void {
    const it = e.it;
    if (it === undefined) return;
    e.it = undefined;
    releaseHeld(this.ip.rt, this.frame, it);
  }

  /** An exception leaves the frame: every loop left, innermost first. */
  protected unwind(): void {
    this.finished = true;
    this.waiting = null;
    const stack = this.stack;
    while (stack.length > 0) {
      const e = stack.pop()!;
      if (e.loop) this.closeLoop(e);
    }
  }

  /** execStmtGen's prologue of a statement that contains a `yield`. */
  private prologue(s: A.Stmt): void {
    const ip = this.ip;
    const frame = this.frame;
    ip.step();
    frame.line = s.line;
    frame.expr = s;
    if (ip.traceStatements !== null) ip.traceStatements.statement();
    if (ip.hooks.active) traceLine(ip, frame, s.line);
  }

  /** Run to the next `yield` (done false, the value owned) or the end of the body (done true, the return value). */
  private run(): IteratorResult<Value, Value> {
    const ip = this.ip;
    const rt = ip.rt;
    const frame = this.frame;
    const stack = this.stack;
    // The signal of the entry just popped, for the entry now on top.
    let pending: Signal | -1 = -1;
    for (;;) {
      if (stack.length === 0) return this.end(pending as Signal);
      const top = stack[stack.length - 1];
      if (!top.loop) {
        if (pending !== -1) {
          const sg: Signal = pending;
          pending = -1;
          if (sg !== Signal.Normal) {
            stack.pop();
            pending = sg;
            continue;
          }
        }
        if (top.i >= top.steps.length) {
          stack.pop();
          pending = Signal.Normal;
          continue;
        }
        const step = top.steps[top.i++];
        switch (step.op) {
          case Op.Code: {
            let sg: Signal;
            try {
              sg = step.code(ip, frame);
            } catch (e) {
              throw e instanceof RangeError ? hostLimitError(e) : e;
            }
            if (sg !== Signal.Normal) {
              stack.pop();
              pending = sg;
            }
            continue;
          }
          case Op.Yield:
          case Op.YieldAssign: {
            this.prologue(step.s);
            const v = step.value === null ? null : step.value(ip, frame);
            this.waiting = step;
            return this.yielded(v);
          }
          case Op.If: {
            this.prologue(step.s);
            const t = step.test(ip, frame);
            stack.push({ loop: false, steps: t ? step.body : step.orelse, i: 0 });
            continue;
          }
          case Op.While:
            this.prologue(step.s);
            stack.push({ loop: true, step, it: undefined, slots: undefined, again: false, body: { loop: false, steps: step.body, i: 0 } });
            continue;
          case Op.For: {
            this.prologue(step.s);
            const s = step.s;
            const seq = step.iter(ip, frame);
            frame.expr = s;
            const it = iterReleasing(rt, seq);
            holdOnFrame(frame, it);
            stack.push({ loop: true, step, it, slots: builtinIterSlots(rt, it), again: false, body: { loop: false, steps: step.body, i: 0 } });
            continue;
          }
        }
      }
      // A loop: its body just ended with `pending`, or it starts.
      const loop = top as LoopEntry;
      const step = loop.step;
      if (pending !== -1) {
        const sg: Signal = pending;
        pending = -1;
        if (sg === Signal.Break || sg === Signal.Return) {
          this.closeLoop(loop);
          stack.pop();
          pending = sg === Signal.Break ? Signal.Normal : sg;
          continue;
        }
        if (step.op === Op.While) {
          frame.line = step.s.line;
          frame.expr = step.s;
          if (ip.hooks.active) traceLoopBack(ip, frame, step.s);
        }
      }
      if (step.op === Op.While) {
        if (!step.test(ip, frame)) {
          stack.pop();
          stack.push({ loop: false, steps: step.orelse, i: 0 });
          continue;
        }
        loop.body.i = 0;
        stack.push(loop.body);
        continue;
      }
      const s = step.s;
      frame.line = s.line;
      frame.expr = s;
      if (loop.again && ip.hooks.active) traceLoopBack(ip, frame, s);
      loop.again = true;
      let x: Value | undefined;
      if (loop.slots !== undefined) {
        ip.chargeSteps(1);
        x = loop.slots.tp_iternext!(rt, loop.it!);
      } else x = next(rt, loop.it!);
      if (x === undefined) {
        this.closeLoop(loop);
        stack.pop();
        stack.push({ loop: false, steps: step.orelse, i: 0 });
        continue;
      }
      assignSteal(ip, frame, s.target, x);
      loop.body.i = 0;
      stack.push(loop.body);
    }
  }

  /** The body ended with `sig`: generatorFunctionBody's return value. */
  private end(sig: Signal): IteratorResult<Value, Value> {
    if (sig !== Signal.Return) return this.returned(null);
    const v = this.frame.returnValue;
    this.frame.returnValue = null;
    return this.returned(v);
  }
}
