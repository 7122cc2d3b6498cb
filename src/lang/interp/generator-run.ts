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
import { PyException, type Value } from '../../heap';
import { releaseException } from '../runtime/lang-host';
import type { ExceptionObject } from '../runtime/native-objects';
import { builtinIterSlots, next } from '../runtime/operators';
import { ProcessExit } from '../runtime/process-exit';
import type { TypeSlots } from '../runtime/type-slots';
import type * as A from '../syntax/ast';
import { compiledCondition, compiledExpression, compiledStatement, type ConditionCode, type ExprCode, type StmtCode } from './compiled-code';
import { addTraceback, chainIntoFrame, materialize } from './exceptions';
import { Signal, assign, assignSteal, clearHandlerName, contextAtCatch, hostLimitError, leavePending, matchesHandler, storeName } from './exec-statements';
import { exprHasYield, sendTo, stmtHasYield, throwInto, traceDelegateDone, yieldFromIter, type DelegateStep } from './exec-generator';
import { FlatRun, holdOnFrame, iterReleasing, releaseHeld, unholdFromFrame } from './frame-run';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { traceHandlerLine, traceLine, traceLoopBack } from './sys-trace';
import { enterContext, exitNormally, exitWithException } from './with-statement';

const enum Op {
  Code,
  Yield,
  YieldAssign,
  If,
  While,
  For,
  Try,
  With,
  YieldFrom,
}

/** One statement of a planned block. */
type Step =
  | { op: Op.Code; code: StmtCode }
  | { op: Op.Yield; s: A.Stmt; value: ExprCode | null }
  | { op: Op.YieldAssign; s: A.Assign; value: ExprCode | null }
  | { op: Op.If; s: A.If; test: ConditionCode; body: Step[]; orelse: Step[] }
  | { op: Op.While; s: A.While; test: ConditionCode; body: Step[]; orelse: Step[] }
  | { op: Op.For; s: A.For; iter: ExprCode; body: Step[]; orelse: Step[] }
  | TryStep
  | WithStep
  | YieldFromStep;

/** `yield from x` or `t = yield from x` as a statement (x and the targets without a yield). */
interface YieldFromStep {
  op: Op.YieldFrom;
  s: A.ExprStmt | A.Assign;
  e: A.YieldFrom;
  value: ExprCode;
}

/** A `try` statement (not `except*`) whose handlers' types have no `yield`. */
interface TryStep {
  op: Op.Try;
  s: A.Try;
  body: Step[];
  orelse: Step[];
  /** Each handler's body, in the order of s.handlers. */
  handlers: Step[][];
  finalbody: Step[];
}

/** A (synchronous) `with` statement whose items have no `yield`. */
interface WithStep {
  op: Op.With;
  s: A.With;
  /** Each item's context expression. */
  ctx: ExprCode[];
  body: Step[];
}

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
      if (e.kind === 'YieldFrom') return noYield(e.value) ? { op: Op.YieldFrom, s, e, value: compiledExpression(e.value) } : null;
      if (e.kind !== 'Yield' || !noYield(e.value)) return null;
      return { op: Op.Yield, s, value: e.value === null ? null : compiledExpression(e.value) };
    }
    case 'Assign': {
      const e = s.value;
      if (!s.targets.every(noYield)) return null;
      if (e.kind === 'YieldFrom') return noYield(e.value) ? { op: Op.YieldFrom, s, e, value: compiledExpression(e.value) } : null;
      if (e.kind !== 'Yield' || !noYield(e.value)) return null;
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
    case 'Try': {
      if (s.star === true || !s.handlers.every((h) => noYield(h.type))) return null;
      const body = planBlock(s.body);
      const orelse = body === null ? null : planBlock(s.orelse);
      const finalbody = orelse === null ? null : planBlock(s.finalbody);
      if (body === null || orelse === null || finalbody === null) return null;
      const handlers: Step[][] = [];
      for (const h of s.handlers) {
        const hb = planBlock(h.body);
        if (hb === null) return null;
        handlers.push(hb);
      }
      return { op: Op.Try, s, body, orelse, handlers, finalbody };
    }
    case 'With': {
      if (s.isAsync === true || !s.items.every((it) => noYield(it.contextExpr) && noYield(it.optionalVars))) return null;
      const body = planBlock(s.body);
      if (body === null) return null;
      return { op: Op.With, s, ctx: s.items.map((it) => compiledExpression(it.contextExpr)), body };
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

const enum Kind {
  Block,
  Loop,
  Try,
  With,
}

/** A block being run: its steps and the index of the next one. */
interface BlockEntry {
  kind: Kind.Block;
  steps: Step[];
  i: number;
}

/** A `while` or `for` statement being run (its body runs as a BlockEntry above it). */
interface LoopEntry {
  kind: Kind.Loop;
  step: Step & { op: Op.While | Op.For };
  /** A `for`'s iterator (owned, on frame.stack), else undefined. */
  it: Value | undefined;
  slots: TypeSlots | undefined;
  /** A `for` has run its body once (the loop-back event is due). */
  again: boolean;
  /** The entry the body runs as, reused for every turn. */
  body: BlockEntry;
}

/** Which part of a `try` statement runs above its TryEntry (execTryGen, bodyAndHandlersGen, handleGen). */
const enum Phase {
  Body,
  Else,
  /** An except clause's body: `e` (its object `exc`) is on frame.handling. */
  Handler,
  /** The finally block after the rest ended with `sig` (Return: the value `saved`, held on frame.stack). */
  FinallyNormal,
  /** The finally block while `e` is pending (on frame.handling). */
  FinallyExc,
}

/** A `try` statement being run (the block of its current part runs above it). */
interface TryEntry {
  kind: Kind.Try;
  step: TryStep;
  phase: Phase;
  /** Handler: the clause being run. */
  h: A.ExceptHandler | null;
  /** Handler, FinallyExc: the exception being handled. */
  e: unknown;
  /** Handler: e's object. */
  exc: ExceptionObject | null;
  /** FinallyNormal: the signal the statement goes on with. */
  sig: Signal;
  /** FinallyNormal after a `return`: the return value, held on frame.stack. */
  saved: Value | undefined;
}

/** One item of a `with` statement whose `__exit__` is held (execWithGen's frame for item i). */
interface WithEntry {
  kind: Kind.With;
  step: WithStep;
  i: number;
  /** The bound `__exit__` (owned, on frame.stack). */
  exit: Value;
  /** `__enter__()`'s result (owned) until the target is stored, then undefined. */
  entered: Value | undefined;
}

type Entry = BlockEntry | LoopEntry | TryEntry | WithEntry;

/** raise()'s answer when an entry took the exception and pushed the block that runs next. */
const TAKEN: unique symbol = Symbol('taken');
/** raise()'s answer when a `with` statement's `__exit__` swallowed the exception. */
const SWALLOWED: unique symbol = Symbol('swallowed');

/** The flat driver of a generator function's frame (see the file comment). */
export class GeneratorRun extends FlatRun {
  private readonly stack: Entry[];
  /** The `yield` or `yield from` step the frame is suspended at, or null. */
  private waiting: (Step & { op: Op.Yield | Op.YieldAssign | Op.YieldFrom }) | null = null;
  /** The delegate of the `yield from` being run (owned, on frame.stack), else undefined. */
  private delegate: Value | undefined = undefined;
  /** frame.yieldFrom before the delegation (restored while the frame runs). */
  private outerYieldFrom: Value | undefined = undefined;
  /** What the delegate's last move gave (owned): the value it yielded, or its return value. */
  private out: Value = null;

  constructor(
    private readonly ip: Interpreter,
    private readonly frame: Frame,
    plan: Step[],
  ) {
    super();
    this.stack = [{ kind: Kind.Block, steps: plan, i: 0 }];
  }

  protected resume(sent: Value): IteratorResult<Value, Value> {
    this.started = true;
    const w = this.waiting;
    let pending: Signal | -1 = -1;
    if (w !== null) {
      this.waiting = null;
      const rt = this.ip.rt;
      if (w.op === Op.Yield) rt.decref(rt.incref(sent));
      else if (w.op === Op.YieldAssign) {
        try {
          this.storeSent(w.s, rt.incref(sent));
        } catch (e) {
          pending = this.raise(e);
        }
      } else {
        // delegate's loop: the value sent goes on to the delegate.
        this.frame.yieldFrom = this.outerYieldFrom;
        try {
          if (this.delegateSend(w, sent)) return this.yieldedFrom(w);
          this.yieldFromEnded(w);
        } catch (e) {
          pending = this.raise(e);
        }
      }
    }
    return this.run(pending);
  }

  /**
   * An exception thrown in at the `yield` the frame is suspended at (gen.throw(),
   * close()'s GeneratorExit, _PyGen_Finalize): it goes down the stack as one
   * raised there, so `try` and `with` statements around the `yield` handle it.
   */
  override throw(exc: unknown): IteratorResult<Value, Value> {
    if (!this.started || this.finished) return super.throw(exc);
    const w = this.waiting;
    this.waiting = null;
    try {
      let pending: Signal | -1;
      if (w === null || w.op !== Op.YieldFrom) pending = this.raise(exc);
      else {
        pending = -1;
        try {
          if (this.delegateThrow(w, exc)) return this.yieldedFrom(w);
          this.yieldFromEnded(w);
        } catch (e) {
          pending = this.raise(e);
        }
      }
      return this.run(pending);
    } catch (e) {
      this.unwind();
      throw e;
    }
  }

  /** YIELD_VALUE of what the delegate yielded (this.out): the frame suspends in the `yield from`, gi_yieldfrom its delegate. */
  private yieldedFrom(w: YieldFromStep): IteratorResult<Value, Value> {
    this.frame.yieldFrom = this.delegate;
    this.waiting = w;
    const v = this.out;
    this.out = null;
    return this.yielded(v);
  }

  /** GET_YIELD_FROM_ITER: the delegate of `w` held on the frame's stack; then its first move (delegateSend). */
  private startYieldFrom(w: YieldFromStep): boolean {
    const ip = this.ip;
    const frame = this.frame;
    const it = yieldFromIter(ip, frame, w.e, w.value(ip, frame));
    holdOnFrame(frame, it);
    this.delegate = it;
    this.outerYieldFrom = frame.yieldFrom;
    return this.delegateSend(w, null);
  }

  /** The delegation is over (returned or raised): the delegate taken off the frame's stack and released. */
  private endDelegation(): void {
    const it = this.delegate;
    if (it === undefined) return;
    this.delegate = undefined;
    releaseHeld(this.ip.rt, this.frame, it);
  }

  /** delegate()'s SEND of `sent` (borrowed): true when the delegate yielded, false when it returned (this.out either way). */
  private delegateSend(w: YieldFromStep, sent: Value): boolean {
    const ip = this.ip;
    const frame = this.frame;
    const it = this.delegate!;
    let r: DelegateStep;
    try {
      frame.expr = w.e;
      r = sendTo(ip, it, sent);
      if (r.done && ip.hooks.active) traceDelegateDone(ip, frame, it, sent, r.value);
    } catch (e) {
      this.endDelegation();
      throw e;
    }
    if (r.done) this.endDelegation();
    this.out = r.value;
    return !r.done;
  }

  /** delegate()'s catch at its `yield`: `exc` thrown into the delegate (_gen_throw); true when it yielded, false when it returned. */
  private delegateThrow(w: YieldFromStep, exc: unknown): boolean {
    const frame = this.frame;
    let r: DelegateStep;
    try {
      try {
        if (!(exc instanceof PyException)) throw exc;
        frame.expr = w.e;
        try {
          r = throwInto(this.ip, this.delegate!, exc);
        } catch (err) {
          // _gen_throw resumes this frame with the delegate's error: gen_send_ex2 chains it with the frame's handled exception.
          if (err instanceof PyException) chainIntoFrame(this.ip.rt, err, frame);
          throw err;
        }
      } finally {
        frame.yieldFrom = this.outerYieldFrom;
      }
    } catch (e) {
      this.endDelegation();
      throw e;
    }
    if (r.done) this.endDelegation();
    this.out = r.value;
    return !r.done;
  }

  /** The `yield from` statement's value (this.out): dropped, or stored as execStmtGen's Assign stores it. */
  private yieldFromEnded(w: YieldFromStep): void {
    const v = this.out;
    this.out = null;
    if (w.s.kind === 'Assign') this.storeSent(w.s, v);
    else this.ip.rt.decref(v);
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

  /**
   * An exception leaves the frame: what is still held is released, innermost
   * first. raise() has emptied the stack for every exception it saw; entries
   * are left only when the host failed inside it (a JS stack overflow).
   */
  protected unwind(): void {
    this.finished = true;
    this.waiting = null;
    const stack = this.stack;
    const rt = this.ip.rt;
    this.endDelegation();
    while (stack.length > 0) {
      const e = stack.pop()!;
      if (e.kind === Kind.Loop) this.closeLoop(e);
      else if (e.kind === Kind.With) {
        releaseHeld(rt, this.frame, e.exit);
        if (e.entered !== undefined) rt.decref(e.entered);
      } else if (e.kind === Kind.Try && e.saved !== undefined) {
        releaseHeld(rt, this.frame, e.saved);
        e.saved = undefined;
      }
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

  /** Run from the top of the stack (`pending`: the signal of the entry just popped, or -1) to the next `yield` or the end. */
  private run(pending: Signal | -1): IteratorResult<Value, Value> {
    for (;;) {
      try {
        return this.steps(pending);
      } catch (e) {
        pending = this.raise(e);
      }
    }
  }

  /**
   * An exception raised in the frame goes down the stack as it goes out of
   * execStmtGen's nested JS generators: a loop's iterator is released, a
   * `try` runs its handlers or finally block, a `with` calls `__exit__`.
   * Returns the pending signal the frame goes on with (-1: an entry pushed
   * the block that runs next), or throws the exception once no entry takes
   * it (the stack is then empty).
   */
  private raise(err: unknown): Signal | -1 {
    const stack = this.stack;
    for (;;) {
      const top = stack.pop();
      if (top === undefined) throw err;
      let r: unknown;
      switch (top.kind) {
        case Kind.Block:
          continue;
        case Kind.Loop:
          this.closeLoop(top);
          continue;
        case Kind.Try:
          r = this.tryRaised(top, err);
          if (r === TAKEN) return -1;
          break;
        case Kind.With:
          r = this.withRaised(top, err);
          if (r === SWALLOWED) return Signal.Normal;
          break;
      }
      err = r;
    }
  }

  /** execWithGen's catch (the entry popped): `__exit__` with the exception; SWALLOWED, or the exception that goes on. */
  private withRaised(w: WithEntry, err: unknown): unknown {
    const rt = this.ip.rt;
    unholdFromFrame(this.frame, w.exit);
    if (w.entered !== undefined) {
      rt.decref(w.entered);
      w.entered = undefined;
    }
    if (!(err instanceof PyException)) {
      rt.decref(w.exit);
      return err;
    }
    try {
      if (exitWithException(this.ip, this.frame, w.exit, err, w.step.s)) return SWALLOWED;
    } catch (inner) {
      return inner;
    }
    return err;
  }

  /** The catch blocks of execTryGen / bodyAndHandlersGen / handleGen for the entry's phase (the entry popped): TAKEN, or the exception that goes on. */
  private tryRaised(t: TryEntry, err: unknown): unknown {
    const ip = this.ip;
    const frame = this.frame;
    switch (t.phase) {
      case Phase.Body:
        if (err instanceof PyException && t.step.handlers.length > 0) return this.handle(t, err);
        return this.finallyRaised(t, err);
      case Phase.Else:
        return this.finallyRaised(t, err);
      case Phase.Handler: {
        // handleGen: the clause's name cleared (its error replaces err), the exception left pending.
        let inner = err;
        if (t.h!.name !== null) {
          try {
            clearHandlerName(ip, frame, t.h!.resolution!);
          } catch (y) {
            inner = y;
          }
        }
        frame.handling!.pop();
        leavePending(ip, inner, t.e as PyException, t.exc!);
        return this.finallyRaised(t, inner);
      }
      case Phase.FinallyNormal: {
        const saved = t.saved;
        if (saved !== undefined) {
          t.saved = undefined;
          releaseHeld(ip.rt, frame, saved);
        }
        return err;
      }
      case Phase.FinallyExc: {
        // The finally block raised: the pending exception is the new one's __context__.
        const e = t.e;
        if (e instanceof PyException) leavePending(ip, err, e, materialize(ip.rt, e));
        frame.handling!.pop();
        return err;
      }
    }
  }

  /** handleGen: the first matching except clause runs (TAKEN), or the exception goes to the finally block. */
  private handle(t: TryEntry, e: PyException): unknown {
    const ip = this.ip;
    const frame = this.frame;
    const s = t.step.s;
    try {
      addTraceback(ip.rt, e, frame);
      const exc = materialize(ip.rt, e);
      contextAtCatch(ip, exc);
      const handlers = s.handlers;
      for (let k = 0; k < handlers.length; k++) {
        const h = handlers[k];
        // The clause's first instruction is at its line: a trace function's 'line' event.
        if (ip.hooks.active) traceHandlerLine(ip, frame, h, e);
        if (h.type !== null && !matchesHandler(ip, frame, h.type, e, exc)) continue;
        (frame.handling ??= []).push(e);
        if (h.name !== null) {
          try {
            storeName(ip, frame, h.resolution!, exc);
          } catch (inner) {
            frame.handling!.pop();
            leavePending(ip, inner, e, exc);
            return this.finallyRaised(t, inner);
          }
        }
        t.phase = Phase.Handler;
        t.h = h;
        t.e = e;
        t.exc = exc;
        this.stack.push(t, { kind: Kind.Block, steps: t.step.handlers[k], i: 0 });
        return TAKEN;
      }
      // No clause matched: the RERAISE after the last one is at its line (f_lineno afterwards).
      frame.line = handlers[handlers.length - 1].line;
    } catch (x) {
      return this.finallyRaised(t, x);
    }
    return this.finallyRaised(t, e);
  }

  /** execTryGen's catch: the finally block runs with `err` pending (TAKEN), or `err` goes on. */
  private finallyRaised(t: TryEntry, err: unknown): unknown {
    // os._exit(): no finally block runs (process-exit.ts).
    if (t.step.finalbody.length === 0 || err instanceof ProcessExit) return err;
    // The frame's traceback entry is added where the exception was raised (see runFinally).
    if (err instanceof PyException) addTraceback(this.ip.rt, err, this.frame);
    (this.frame.handling ??= []).push(err);
    t.phase = Phase.FinallyExc;
    t.e = err;
    t.h = null;
    t.exc = null;
    this.stack.push(t, { kind: Kind.Block, steps: t.step.finalbody, i: 0 });
    return TAKEN;
  }

  /** The block above a `try` entry ended with `sig`: the statement's next part, or its end (the entry popped, the signal it goes on with). */
  private tryEnded(t: TryEntry, sig: Signal): Signal | -1 {
    const ip = this.ip;
    const rt = ip.rt;
    const frame = this.frame;
    const stack = this.stack;
    switch (t.phase) {
      case Phase.Body:
        if (sig === Signal.Normal && t.step.orelse.length > 0) {
          t.phase = Phase.Else;
          stack.push({ kind: Kind.Block, steps: t.step.orelse, i: 0 });
          return -1;
        }
        return this.afterHandlers(t, sig);
      case Phase.Else:
        return this.afterHandlers(t, sig);
      case Phase.Handler: {
        const e = t.e as PyException;
        const h = t.h!;
        if (h.name !== null) {
          try {
            clearHandlerName(ip, frame, h.resolution!);
          } catch (inner) {
            frame.handling!.pop();
            leavePending(ip, inner, e, t.exc!);
            stack.pop();
            const r = this.finallyRaised(t, inner);
            if (r !== TAKEN) throw r;
            return -1;
          }
        }
        frame.handling!.pop();
        releaseException(rt, e);
        t.e = undefined;
        t.exc = null;
        t.h = null;
        return this.afterHandlers(t, sig);
      }
      case Phase.FinallyNormal: {
        stack.pop();
        const saved = t.saved;
        t.saved = undefined;
        if (saved !== undefined) unholdFromFrame(frame, saved);
        if (sig !== Signal.Normal) {
          if (saved !== undefined && sig === Signal.Return && frame.returnValue !== saved) rt.decref(saved);
          return sig;
        }
        if (saved !== undefined) frame.returnValue = saved;
        return t.sig;
      }
      case Phase.FinallyExc: {
        stack.pop();
        frame.handling!.pop();
        const e = t.e;
        t.e = undefined;
        if (sig !== Signal.Normal) {
          releaseException(rt, e);
          return sig;
        }
        throw e;
      }
    }
  }

  /** execTryGen after bodyAndHandlersGen ended with `sig`: the finally block, or the statement's end. */
  private afterHandlers(t: TryEntry, sig: Signal): Signal | -1 {
    if (t.step.finalbody.length === 0) {
      this.stack.pop();
      return sig;
    }
    const frame = this.frame;
    const saved = sig === Signal.Return ? frame.returnValue : undefined;
    if (saved !== undefined) holdOnFrame(frame, saved);
    t.phase = Phase.FinallyNormal;
    t.sig = sig;
    t.saved = saved;
    this.stack.push({ kind: Kind.Block, steps: t.step.finalbody, i: 0 });
    return -1;
  }

  /** BEFORE_WITH for item `i` of `w`'s statement: the entry holding its `__exit__` pushed. */
  private enterItem(step: WithStep, i: number): void {
    const ip = this.ip;
    const frame = this.frame;
    const { exit, entered } = enterContext(ip, step.ctx[i](ip, frame), frame, step.s);
    holdOnFrame(frame, exit);
    this.stack.push({ kind: Kind.With, step, i, exit, entered });
  }

  /** Run to the next `yield` (done false, the value owned) or the end of the body (done true, the return value). */
  private steps(pending: Signal | -1): IteratorResult<Value, Value> {
    const ip = this.ip;
    const rt = ip.rt;
    const frame = this.frame;
    const stack = this.stack;
    for (;;) {
      if (stack.length === 0) return this.end(pending as Signal);
      const top = stack[stack.length - 1];
      if (top.kind === Kind.Block) {
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
            stack.push({ kind: Kind.Block, steps: t ? step.body : step.orelse, i: 0 });
            continue;
          }
          case Op.While:
            this.prologue(step.s);
            stack.push({ kind: Kind.Loop, step, it: undefined, slots: undefined, again: false, body: { kind: Kind.Block, steps: step.body, i: 0 } });
            continue;
          case Op.For: {
            this.prologue(step.s);
            const s = step.s;
            const seq = step.iter(ip, frame);
            frame.expr = s;
            const it = iterReleasing(rt, seq);
            holdOnFrame(frame, it);
            stack.push({ kind: Kind.Loop, step, it, slots: builtinIterSlots(rt, it), again: false, body: { kind: Kind.Block, steps: step.body, i: 0 } });
            continue;
          }
          case Op.Try:
            this.prologue(step.s);
            stack.push(
              { kind: Kind.Try, step, phase: Phase.Body, h: null, e: undefined, exc: null, sig: Signal.Normal, saved: undefined },
              { kind: Kind.Block, steps: step.body, i: 0 },
            );
            continue;
          case Op.With:
            this.prologue(step.s);
            this.enterItem(step, 0);
            continue;
          case Op.YieldFrom:
            this.prologue(step.s);
            if (this.startYieldFrom(step)) return this.yieldedFrom(step);
            this.yieldFromEnded(step);
            continue;
        }
      }
      if (top.kind === Kind.Try) {
        // The block of its current part ended (pending is its signal).
        pending = this.tryEnded(top, pending as Signal);
        continue;
      }
      if (top.kind === Kind.With) {
        const step = top.step;
        if (pending === -1) {
          // Just entered: the target stored, then the next item or the body (execWithGen's try block).
          const entered = top.entered!;
          top.entered = undefined;
          const target = step.s.items[top.i].optionalVars;
          if (target !== null) assignSteal(ip, frame, target, entered);
          else rt.decref(entered);
          if (top.i + 1 < step.ctx.length) this.enterItem(step, top.i + 1);
          else stack.push({ kind: Kind.Block, steps: step.body, i: 0 });
          continue;
        }
        // The body (or the next item) ended with `sig`: __exit__(None, None, None).
        const sig: Signal = pending;
        stack.pop();
        unholdFromFrame(frame, top.exit);
        frame.line = step.s.line;
        frame.expr = step.s;
        try {
          exitNormally(ip, top.exit, frame, step.s.line);
        } catch (e) {
          if (sig === Signal.Return) rt.decref(frame.returnValue);
          throw e;
        }
        pending = sig;
        continue;
      }
      // A loop: its body just ended with `pending`, or it starts.
      const loop = top;
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
          stack.push({ kind: Kind.Block, steps: step.orelse, i: 0 });
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
        stack.push({ kind: Kind.Block, steps: step.orelse, i: 0 });
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
