/**
 * The resumable mode of the evaluator: generator frames.
 *
 * Ordinary code runs on the direct evaluator (execStmt / evalExpr), which
 * keeps its state on the JS stack and so cannot stop half-way. A generator
 * frame must stop at each `yield` and resume later, so its body runs here,
 * as JS generator functions that mirror the statement and expression forms
 * that can contain a `yield`. Everything without a `yield` in it -- most
 * statements of a generator, and every operand that comes after the last
 * `yield` of an expression -- is handed back to the direct evaluator, so
 * the resumable mode costs only where a frame can actually suspend, and
 * non-generator code pays nothing at all (see docs/performance.md).
 *
 * What a suspended frame holds is explicit, as in CPython's frame value
 * stack: `frame.stack` keeps the `for` iterators, the `yield from` delegate
 * and the operands already computed (substituted into a copy of the
 * expression as `Temp` nodes), so the generator's tp_traverse reports them
 * and _PyFrame_Clear releases them in order.
 */
import { ProcessExit } from '../runtime/process-exit';
import { BoundMethod, Instance, PyException, tupleAllocSlot, tupleFreeSlot, type DictObject, type ListObject, type Value } from '../../heap';
import { makeSet, setAdd } from '../runtime/set-bindings';
import { makeAsyncComprehension } from './generator-frame';
import { InternalError } from '../../heap/errors';
import { getAttr, lookupSpecial, setAttr } from '../runtime/attributes';
import { inplaceOp } from '../runtime/arithmetic';
import { call, callMethodIfDefined } from '../runtime/calls';
import { GeneratorObject, genClose, genSendEx } from '../runtime/generator-object';
import { AnextAwaitable, CoroutineObject, CoroutineWrapper, getAIter, getAwaitableIter } from '../runtime/coroutine-object';
import { AsyncGenASend, AsyncGenAThrow } from '../runtime/async-generator-object';
import { releaseException } from '../runtime/lang-host';
import { BuiltinFunction, ExceptionObject } from '../runtime/native-objects';
import { LazyIterator, callIterEnd, callIterResult } from '../runtime/lazy-iterators';
import { FunctionObject } from '../runtime/function-object';
import { threadSuspendImpl } from '../runtime/thread-switch';
import { builtinIterSlots, getItem, isStopIteration, iter, next, setItem, truthy } from '../runtime/operators';
import { exceptionArgs } from '../runtime/repr';
import { childExpressions } from '../syntax/ast-children';
import type * as A from '../syntax/ast';
import { traceDelegateReturn, traceException, traceHandlerLine, traceLine, traceLoopBack } from './sys-trace';
import { callArguments, callOperands, compareStep, evalExpr, evalSubscriptValue, finishCall, finishCallEx, loadName, releaseCallExShape, takeCallExShape } from './eval-expressions';
import { callArgumentsCode, compiledCondition, compiledExpression, compiledStatement, type ExprCode, type StmtCode } from './compiled-code';
import { addTraceback, chainIntoFrame, markReraised, materialize } from './exceptions';
import {
  Signal,
  chainContext,
  assign,
  assignSteal,
  execStmt,
  leavePending,
  unpackItems,
  clearHandlerName,
  hostLimitError,
  contextAtCatch,
  matchesHandler,
  storeName,
} from './exec-statements';
import type { Frame } from './frame';
import { holdOnFrame as hold, iterReleasing, unholdFromFrame as unhold } from './frame-run';
import type { Interpreter } from './interpreter';
import { contextMethods, enterContext, exitNormally, exitWithException } from './with-statement';
import { selectCase } from './match-statement';
import { handleStarGen } from './except-star';

/** A resumable computation: yields owned values out, receives the sent value (borrowed), returns T. */
export type Resumable<T> = Generator<Value, T, Value>;

// ---- where a yield can be ------------------------------------------------------------

interface YieldMark {
  hasYield?: boolean;
}

/** Does this expression contain a `yield` of its own frame (not of a nested scope)? Cached on the node. */
export function exprHasYield(e: A.Expr): boolean {
  const m = e as YieldMark;
  if (m.hasYield !== undefined) return m.hasYield;
  // An asynchronous list/set/dict comprehension is awaited where it is made.
  let y =
    e.kind === 'Yield' ||
    e.kind === 'YieldFrom' ||
    e.kind === 'Await' ||
    ((e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp') && e.scope?.isCoroutine === true);
  if (!y) for (const c of childExpressions(e)) if (exprHasYield(c)) y = true;
  // A comprehension's first iterable is evaluated in this frame (`[x for x in await f()]`).
  if (!y && (e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp' || e.kind === 'GeneratorExp')) {
    y = exprHasYield(e.generators[0].iter);
  }
  m.hasYield = y;
  return y;
}

function anyHasYield(es: Array<A.Expr | null>): boolean {
  for (const e of es) if (e !== null && exprHasYield(e)) return true;
  return false;
}

function blockHasYield(body: A.Stmt[]): boolean {
  for (const s of body) if (stmtHasYield(s)) return true;
  return false;
}

/** Can this statement suspend its frame? Cached on the node. */
export function stmtHasYield(s: A.Stmt): boolean {
  const m = s as YieldMark;
  if (m.hasYield !== undefined) return m.hasYield;
  let y: boolean;
  switch (s.kind) {
    case 'Expr':
      y = exprHasYield(s.value);
      break;
    case 'Assign':
      y = exprHasYield(s.value) || anyHasYield(s.targets);
      break;
    case 'AugAssign':
      y = exprHasYield(s.value) || exprHasYield(s.target);
      break;
    case 'AnnAssign':
      y = (s.value !== null && exprHasYield(s.value)) || exprHasYield(s.target);
      break;
    case 'Delete':
      y = anyHasYield(s.targets);
      break;
    case 'Return':
      y = s.value !== null && exprHasYield(s.value);
      break;
    case 'If':
    case 'While':
      y = exprHasYield(s.test) || blockHasYield(s.body) || blockHasYield(s.orelse);
      break;
    case 'For':
      y = s.isAsync === true || exprHasYield(s.iter) || exprHasYield(s.target) || blockHasYield(s.body) || blockHasYield(s.orelse);
      break;
    case 'With':
      y = s.isAsync === true || blockHasYield(s.body) || s.items.some((it) => exprHasYield(it.contextExpr) || (it.optionalVars !== null && exprHasYield(it.optionalVars)));
      break;
    case 'Try':
      y =
        blockHasYield(s.body) ||
        blockHasYield(s.orelse) ||
        blockHasYield(s.finalbody) ||
        s.handlers.some((h) => (h.type !== null && exprHasYield(h.type)) || blockHasYield(h.body));
      break;
    case 'Match':
      y = exprHasYield(s.subject) || s.cases.some((c) => (c.guard !== null && exprHasYield(c.guard)) || blockHasYield(c.body));
      break;
    case 'Raise':
      y = anyHasYield([s.exc, s.cause]);
      break;
    case 'Assert':
      y = anyHasYield([s.test, s.msg]);
      break;
    case 'FunctionDef':
      y = anyHasYield([...s.decorators, ...[...s.params.args, ...s.params.kwonlyargs].map((p) => p.default)]);
      break;
    case 'ClassDef':
      y = anyHasYield([...s.decorators, ...s.bases]);
      break;
    default:
      y = false;
  }
  m.hasYield = y;
  return y;
}

function unsupportedYield(where: string): PyException {
  return new PyException('SyntaxError', `gclab: 'yield' inside ${where} is not supported`);
}

// ---- the frame's value stack ----------------------------------------------------------

// hold/unhold are frame-run.ts's holdOnFrame/unholdFromFrame: a thread's function
// frame (frame.switchable) has no value stack; its operands are held where the
// direct evaluator holds them.

// ---- statements -----------------------------------------------------------------------------

/**
 * A block of a generator's body, classified once: each statement's compiled
 * code, or null for a statement that contains a `yield` (run by
 * execStmtGen). Kept by block, so a block run costs one lookup, not one per
 * statement.
 */
const resumableBlocks = new WeakMap<A.Stmt[], Array<StmtCode | null>>();

function resumableBlock(body: A.Stmt[]): Array<StmtCode | null> {
  let codes = resumableBlocks.get(body);
  if (codes === undefined) {
    codes = body.map((s) => (stmtHasYield(s) ? null : compiledStatement(s)));
    resumableBlocks.set(body, codes);
  }
  return codes;
}

// ---- thread frames: where a thread can switch ------------------------------------------

const hasCallMarks = new WeakMap<A.Expr, boolean>();

/** Does this expression make a call (not inside a nested scope)? Cached. */
function exprHasCall(e: A.Expr): boolean {
  let y = hasCallMarks.get(e);
  if (y !== undefined) return y;
  y = e.kind === 'Call';
  if (!y) for (const c of childExpressions(e)) if (exprHasCall(c)) y = true;
  hasCallMarks.set(e, y);
  return y;
}

/**
 * Does this expression run resumably in this frame: a generator's, if it
 * has a `yield`; a thread's (frame.switchable, never a generator's), if it
 * makes a call (runtime/thread-switch.ts).
 */
function susp(frame: Frame, e: A.Expr): boolean {
  return frame.switchable === true ? exprHasCall(e) : exprHasYield(e);
}

function anySusp(frame: Frame, es: Array<A.Expr | null>): boolean {
  for (const e of es) if (e !== null && susp(frame, e)) return true;
  return false;
}

const switchMarks = new WeakMap<A.Stmt, boolean>();

/**
 * Does a statement of a thread's frame run resumably: one that makes a call
 * where the resumable mode can make it (not in an assignment target, a
 * `for`/`with` target, an except clause's type or a case guard), or holds
 * such a statement in a block.
 */
function stmtSwitches(s: A.Stmt): boolean {
  let y = switchMarks.get(s);
  if (y !== undefined) return y;
  const c = exprHasCall;
  const none = (x: A.Expr | null): boolean => x === null || !c(x);
  const block = (b: A.Stmt[]): boolean => b.some(stmtSwitches);
  switch (s.kind) {
    case 'Expr':
      y = c(s.value);
      break;
    case 'Assign':
      y = c(s.value) && s.targets.every(none);
      break;
    case 'AugAssign':
      y = c(s.value) && !c(s.target);
      break;
    case 'AnnAssign':
      y = s.value !== null && c(s.value) && !c(s.target);
      break;
    case 'Return':
      y = s.value !== null && c(s.value);
      break;
    case 'If':
    case 'While':
      y = c(s.test) || block(s.body) || block(s.orelse);
      break;
    case 'For':
      y = !c(s.target) && (c(s.iter) || block(s.body) || block(s.orelse));
      break;
    case 'With':
      // __enter__ may wait (`with lock:`): every with statement can switch.
      y = s.items.every((it) => none(it.optionalVars));
      break;
    case 'Try':
      y =
        s.star !== true &&
        s.handlers.every((h) => none(h.type)) &&
        (block(s.body) || block(s.orelse) || block(s.finalbody) || s.handlers.some((h) => block(h.body)));
      break;
    case 'Match':
      y = s.cases.every((k) => none(k.guard)) && (c(s.subject) || s.cases.some((k) => block(k.body)));
      break;
    default:
      y = false;
  }
  switchMarks.set(s, y);
  return y;
}

const switchableBlocks = new WeakMap<A.Stmt[], Array<StmtCode | null>>();

/** resumableBlock for a thread's frame: the statements that may suspend it run resumably. */
function switchableBlock(body: A.Stmt[]): Array<StmtCode | null> {
  let codes = switchableBlocks.get(body);
  if (codes === undefined) {
    codes = body.map((s) => (stmtSwitches(s) ? null : compiledStatement(s)));
    switchableBlocks.set(body, codes);
  }
  return codes;
}

/** enterContext in a thread's frame: a Python `__enter__` (a lock's acquire) is called resumably. */
function* enterContextGen(ip: Interpreter, frame: Frame, mgr: Value, s: A.With): Resumable<{ exit: Value; entered: Value }> {
  const rt = ip.rt;
  const { enter, exit } = contextMethods(ip, mgr, frame, s);
  let entered: Value;
  try {
    entered = resumableCallee(enter) ? yield* callResumably(ip, enter) : call(rt, enter, []);
  } catch (e) {
    rt.decref(exit);
    throw e;
  } finally {
    rt.decref(enter);
  }
  return { exit, entered };
}

/** Call a resumable callee (resumableCallee) with no arguments, as a C caller does (the binding takes its own references). */
function* callResumably(ip: Interpreter, fn: Value): Resumable<Value> {
  ip.rt.incref(fn);
  try {
    if (fn instanceof BoundMethod) return yield* ip.callFunctionGen(fn.func as FunctionObject, [fn.self], null, false);
    return yield* ip.callFunctionGen(fn as FunctionObject, [], null, false);
  } finally {
    ip.rt.decref(fn);
  }
}

/** A plain Python function (or a bound method of one) a thread's frame calls resumably. */
function resumableCallee(v: Value): boolean {
  const f = v instanceof BoundMethod ? v.func : v;
  return f instanceof FunctionObject && !f.code.isLambda && !(f.code.scope as A.Scope).isGenerator && (f.code.scope as A.Scope).isCoroutine !== true;
}

/**
 * A call made by a statement of a thread's frame: the operands as evalCall
 * evaluates them, then a Python function's body runs resumably
 * (Interpreter.callFunctionGen) and `_gclab.thread_suspend()` suspends the
 * thread (returning True when it is resumed); anything else is called as
 * finishCall calls it.
 */
function* callGen(ip: Interpreter, frame: Frame, e: A.Call): Resumable<Value> {
  const rt = ip.rt;
  const code = callArgumentsCode(e);
  const [callable0, args] = callOperands(ip, frame, e);
  const kwargs = callArguments(ip, frame, e, code, callable0, args);
  if (code.callEx) {
    // CALL_FUNCTION_EX (finishCallEx): the callee binds new references; all is released after the call.
    if (!resumableCallee(callable0)) return finishCallEx(ip, frame, e, callable0, args, kwargs);
    frame.expr = e;
    const m = callable0 instanceof BoundMethod ? callable0 : undefined;
    const shape = takeCallExShape(rt, callable0);
    // _PyVectorcall_Call's tuple of the keywords' names (callUnpackingKeywords).
    const nkw = kwargs === null ? 0 : kwargs.length;
    if (nkw > 0) rt.heap.phantomAlloc(tupleAllocSlot(nkw));
    try {
      const fn = (m !== undefined ? m.func : callable0) as FunctionObject;
      return yield* ip.callFunctionGen(fn, m !== undefined ? [m.self, ...args] : args, kwargs, false);
    } finally {
      if (nkw > 0) rt.heap.phantomFree(tupleFreeSlot(nkw));
      rt.decref(callable0);
      releaseCallExShape(rt, shape, args, kwargs);
    }
  }
  let callable = callable0;
  if (callable instanceof BuiltinFunction && callable.impl === threadSuspendImpl && args.length === 0 && kwargs === null) {
    rt.decref(callable);
    yield null;
    return true;
  }
  if (!resumableCallee(callable)) return finishCall(ip, frame, e, callable, args, kwargs);
  frame.expr = e;
  if (callable instanceof BoundMethod) {
    const m = callable;
    callable = rt.incref(m.func);
    args.unshift(rt.incref(m.self));
    rt.decref(m);
  }
  try {
    return yield* ip.callFunctionGen(callable as FunctionObject, args, kwargs, true);
  } finally {
    rt.decref(callable);
  }
}

/** execBlock for a frame that can suspend: statements without `yield` run compiled (what execStmt does). */
export function* execBlockGen(ip: Interpreter, frame: Frame, body: A.Stmt[]): Resumable<Signal> {
  const switchable = frame.switchable === true;
  const codes = switchable ? switchableBlock(body) : resumableBlock(body);
  const yields = switchable ? undefined : yieldStatements(body);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    let sig: Signal;
    if (code !== null) {
      try {
        sig = code(ip, frame);
      } catch (e) {
        throw e instanceof RangeError ? hostLimitError(e) : e;
      }
    } else if (yields !== undefined && yields[i] !== undefined) {
      // execStmtGen's `yield x` statement (x without a yield), run here:
      // no generator object of its own per statement run.
      const s = body[i];
      ip.step();
      frame.line = s.line;
      frame.expr = s;
      if (ip.traceStatements !== null) ip.traceStatements.statement();
      if (ip.hooks.active) traceLine(ip, frame, s.line);
      const value = yields[i];
      const v = value === null ? null : value!(ip, frame);
      if (frame.asyncGen === true) frame.wrappedYield = true;
      const sent = yield v;
      ip.rt.decref(ip.rt.incref(sent));
      sig = Signal.Normal;
    } else sig = yield* execStmtGen(ip, frame, body[i]);
    if (sig !== Signal.Normal) return sig;
  }
  return Signal.Normal;
}

/**
 * Per statement of a generator's block (not a thread's): for a statement
 * `yield x` whose x has no yield, x compiled (null for a bare `yield`);
 * undefined for any other statement. Kept by block, as resumableBlock.
 */
const yieldBlocks = new WeakMap<A.Stmt[], Array<ExprCode | null | undefined>>();

function yieldStatements(body: A.Stmt[]): Array<ExprCode | null | undefined> {
  let ys = yieldBlocks.get(body);
  if (ys === undefined) {
    ys = body.map((s) => {
      if (s.kind !== 'Expr' || s.value.kind !== 'Yield') return undefined;
      const value = s.value.value;
      if (value === null) return null;
      return exprHasYield(value) ? undefined : compiledExpression(value);
    });
    yieldBlocks.set(body, ys);
  }
  return ys;
}

/** The statement dispatch of the resumable mode (only statements that contain a `yield` come here). */
function* execStmtGen(ip: Interpreter, frame: Frame, s: A.Stmt): Resumable<Signal> {
  ip.step();
  frame.line = s.line;
  frame.expr = s;
  if (ip.traceStatements !== null) ip.traceStatements.statement();
  if (ip.hooks.active) traceLine(ip, frame, s.line);
  const rt = ip.rt;
  switch (s.kind) {
    case 'Expr': {
      const e = s.value;
      if (e.kind === 'Yield' && (e.value === null || !susp(frame, e.value))) {
        // `yield x` as a statement, x without a yield: evalGen's Yield case
        // run here, without a resumable evaluation of its own.
        const v = e.value === null ? null : compiledExpression(e.value)(ip, frame);
        if (frame.asyncGen === true) frame.wrappedYield = true;
        const sent = yield v;
        rt.decref(rt.incref(sent));
        return Signal.Normal;
      }
      rt.decref(yield* evalGen(ip, frame, e));
      return Signal.Normal;
    }
    case 'Assign': {
      const v = yield* evalGen(ip, frame, s.value);
      if (anySusp(frame, s.targets)) {
        yield* assignTargetsGen(ip, frame, s.targets, v);
        return Signal.Normal;
      }
      // Each target but the last stores a copy (COPY 1); the last store consumes the value.
      const last = s.targets.length - 1;
      try {
        for (let i = 0; i < last; i++) assign(ip, frame, s.targets[i], v);
      } catch (err) {
        rt.decref(v);
        throw err;
      }
      assignSteal(ip, frame, s.targets[last], v);
      return Signal.Normal;
    }
    case 'AugAssign':
      yield* augAssignGen(ip, frame, s);
      return Signal.Normal;
    case 'AnnAssign': {
      // A generator is a function: the annotation is never evaluated.
      if (s.value === null) throw unsupportedYield('an annotated assignment target');
      const v = yield* evalGen(ip, frame, s.value);
      yield* assignGen(ip, frame, s.target, v);
      return Signal.Normal;
    }
    case 'Return':
      frame.returnValue = s.value === null ? null : yield* evalGen(ip, frame, s.value);
      return Signal.Return;
    case 'If': {
      const t = susp(frame, s.test) ? yield* conditionGen(ip, frame, s.test) : compiledCondition(s.test)(ip, frame);
      return yield* execBlockGen(ip, frame, t ? s.body : s.orelse);
    }
    case 'While': {
      // The test's mode and compiled form, looked up once per loop.
      const test = susp(frame, s.test) ? undefined : compiledCondition(s.test);
      for (;;) {
        if (!(test === undefined ? yield* conditionGen(ip, frame, s.test) : test(ip, frame))) break;
        const sig = yield* execBlockGen(ip, frame, s.body);
        if (sig === Signal.Break) return Signal.Normal;
        if (sig === Signal.Return) return sig;
        frame.line = s.line;
        frame.expr = s;
        if (ip.hooks.active) traceLoopBack(ip, frame, s);
      }
      return yield* execBlockGen(ip, frame, s.orelse);
    }
    case 'For':
      return yield* execForGen(ip, frame, s);
    case 'Try':
      return yield* execTryGen(ip, frame, s);
    case 'With':
      return yield* execWithGen(ip, frame, s, 0);
    case 'Match': {
      if (s.cases.some((c) => c.guard !== null && susp(frame, c.guard))) throw unsupportedYield('a case guard');
      const c = selectCase(ip, frame, s, yield* evalGen(ip, frame, s.subject));
      return c === null ? Signal.Normal : yield* execBlockGen(ip, frame, c.body);
    }
    case 'Raise':
    case 'Delete':
      // The operands up to the last `yield` computed here, the statement
      // then run directly on them (as evalWithOperands does for expressions).
      return yield* execWithOperands(ip, frame, s);
    case 'Assert': {
      // The message is evaluated only when the test fails.
      const ok = susp(frame, s.test) ? yield* conditionGen(ip, frame, s.test) : compiledCondition(s.test)(ip, frame);
      if (ok) return Signal.Normal;
      const msg = s.msg === null ? null : yield* evalGen(ip, frame, s.msg);
      return yield* execWithOperands(ip, frame, { ...s, test: falseTemp(s.test), msg: msg === null ? null : tempOf(frame, s.msg!, msg) });
    }
    case 'FunctionDef':
      throw unsupportedYield('a default value');
    case 'ClassDef':
      throw unsupportedYield('a class base');
    default:
      throw new InternalError(`statement ${s.kind} cannot contain yield`);
  }
}

function* conditionGen(ip: Interpreter, frame: Frame, e: A.Expr): Resumable<boolean> {
  const v = yield* evalGen(ip, frame, e);
  try {
    return truthy(ip.rt, v);
  } finally {
    ip.rt.decref(v);
  }
}

function* execForGen(ip: Interpreter, frame: Frame, s: A.For): Resumable<Signal> {
  const rt = ip.rt;
  if (s.isAsync === true) return yield* execAsyncForGen(ip, frame, s);
  const seq = susp(frame, s.iter) ? yield* evalGen(ip, frame, s.iter) : compiledExpression(s.iter)(ip, frame);
  frame.expr = s;
  const it = iterReleasing(rt, seq);
  hold(frame, it);
  // FOR_ITER: a builtin iterator's slot table once per loop, as the compiled `for` (builtinIterSlots).
  const iterSlots = builtinIterSlots(rt, it);
  // A thread's `for x in iter(f, sentinel)`: f is called resumably (calliter_iternext's call).
  const calliter = frame.switchable === true && it instanceof LazyIterator && it.kind === 'callable_iterator' ? it : undefined;
  let again = false;
  // assignGen's test, once per loop: a target without a yield is stored directly.
  const suspTarget = susp(frame, s.target);
  try {
    for (;;) {
      frame.line = s.line;
      frame.expr = s;
      if (again && ip.hooks.active) traceLoopBack(ip, frame, s);
      again = true;
      let x: Value | undefined;
      if (calliter !== undefined) {
        const fn = calliter.refs[0];
        if (fn === undefined) break;
        let result: Value;
        try {
          result = resumableCallee(fn) ? yield* callResumably(ip, fn) : call(rt, fn, []);
        } catch (e) {
          if (!isStopIteration(rt, e)) throw e;
          callIterEnd(rt, calliter);
          break;
        }
        frame.line = s.line;
        frame.expr = s;
        x = callIterResult(rt, calliter, result);
      } else if (iterSlots !== undefined) {
        ip.chargeSteps(1);
        x = iterSlots.tp_iternext!(rt, it);
      } else x = next(rt, it);
      if (x === undefined) break;
      if (suspTarget) yield* assignGen(ip, frame, s.target, x);
      else assignSteal(ip, frame, s.target, x);
      const sig = yield* execBlockGen(ip, frame, s.body);
      if (sig === Signal.Break) return Signal.Normal;
      if (sig === Signal.Return) return sig;
    }
  } finally {
    unhold(frame, it);
    rt.decref(it);
  }
  return yield* execBlockGen(ip, frame, s.orelse);
}

/**
 * `async for` (GET_AITER, then GET_ANEXT + await per item, END_ASYNC_FOR):
 * the object's type's `__aiter__()` is held on the frame's stack; each step
 * awaits `__anext__()`, and StopAsyncIteration from it ends the loop.
 */
function* execAsyncForGen(ip: Interpreter, frame: Frame, s: A.For): Resumable<Signal> {
  const rt = ip.rt;
  const seq = susp(frame, s.iter) ? yield* evalGen(ip, frame, s.iter) : compiledExpression(s.iter)(ip, frame);
  frame.expr = s;
  let it: Value;
  try {
    it = getAIter(rt, seq);
  } finally {
    rt.decref(seq);
  }
  hold(frame, it);
  let again = false;
  try {
    for (;;) {
      frame.line = s.line;
      frame.expr = s;
      if (again && ip.hooks.active) traceLoopBack(ip, frame, s);
      again = true;
      const x = yield* asyncNext(ip, frame, s, it, "'async for'");
      if (x === undefined) break;
      yield* assignGen(ip, frame, s.target, x);
      const sig = yield* execBlockGen(ip, frame, s.body);
      if (sig === Signal.Break) return Signal.Normal;
      if (sig === Signal.Return) return sig;
    }
  } finally {
    unhold(frame, it);
    rt.decref(it);
  }
  return yield* execBlockGen(ip, frame, s.orelse);
}

/** GET_ANEXT and its await: the next item (owned), or undefined at StopAsyncIteration. */
export function* asyncNext(ip: Interpreter, frame: Frame, at: A.Expr | A.Stmt, it: Value, what: string): Resumable<Value | undefined> {
  const rt = ip.rt;
  const m = lookupSpecial(rt, it, '__anext__');
  if (m === undefined) throw rt.typeError(`${what} requires an iterator with __anext__ method, got ${rt.typeName(it)}`);
  let aw: Value;
  try {
    aw = call(rt, m, []);
  } finally {
    rt.decref(m);
  }
  let awIt: Value;
  try {
    awIt = getAwaitableIter(rt, aw);
  } catch (err) {
    if (err instanceof PyException) {
      // _PyErr_FormatFromCause: the failure is the new TypeError's cause (and context).
      const cause = materialize(rt, err);
      const t = rt.typeName(aw);
      rt.decref(aw);
      const te = rt.typeError(`${what} received an invalid object from __anext__: ${t}`);
      const teObj = materialize(rt, te);
      teObj.setExc(rt.heap, 2, cause);
      teObj.setExc(rt.heap, 3, cause);
      teObj.suppressContext = true;
      releaseException(rt, err);
      throw te;
    }
    rt.decref(aw);
    throw err;
  }
  rt.decref(aw);
  try {
    return yield* delegate(ip, frame, at, awIt);
  } catch (err) {
    if (err instanceof PyException && isInstanceOf(ip, err, 'StopAsyncIteration')) {
      // The await raised it in this frame (its 'exception' event) before END_ASYNC_FOR ends the loop.
      try {
        if (ip.hooks.active) traceException(ip, frame, err);
      } finally {
        releaseException(rt, err);
      }
      return undefined;
    }
    throw err;
  }
}

/** `target op= value` with a `yield` in the value: the target's object and key are held across it. */
function* augAssignGen(ip: Interpreter, frame: Frame, s: A.AugAssign): Resumable<void> {
  const rt = ip.rt;
  const t = s.target;
  if (t.kind === 'Subscript' && t.slice.kind === 'Slice' && susp(frame, t.slice)) throw unsupportedYield('an augmented assignment target');
  const held: Value[] = [];
  const keep = (v: Value): Value => {
    hold(frame, v);
    held.push(v);
    return v;
  };
  try {
    let store: (r: Value) => void;
    let cur: Value;
    if (t.kind === 'Name') {
      frame.expr = t;
      cur = keep(loadName(ip, frame, t.resolution!));
      store = (r) => storeName(ip, frame, t.resolution!, r);
    } else if (t.kind === 'Attribute') {
      const obj = keep(susp(frame, t.value) ? yield* evalGen(ip, frame, t.value) : evalExpr(ip, frame, t.value));
      const name = t.mangledAttr ?? t.attr;
      frame.expr = t;
      cur = keep(getAttr(rt, obj, name));
      store = (r) => setAttr(rt, obj, name, r);
    } else {
      const obj = keep(susp(frame, t.value) ? yield* evalGen(ip, frame, t.value) : evalExpr(ip, frame, t.value));
      const k = susp(frame, t.slice) ? yield* evalGen(ip, frame, t.slice) : evalSubscriptValue(ip, frame, t.slice);
      keep(k);
      frame.expr = t;
      cur = keep(getItem(rt, obj, k));
      store = (r) => setItem(rt, obj, k, r);
    }
    const rhs = yield* evalGen(ip, frame, s.value);
    let r: Value;
    try {
      frame.expr = s;
      r = inplaceOp(rt, s.op, cur, rhs);
    } finally {
      rt.decref(rhs);
    }
    unhold(frame, cur);
    held.splice(held.indexOf(cur), 1);
    rt.decref(cur);
    try {
      frame.expr = t;
      store(r);
    } finally {
      rt.decref(r);
    }
  } finally {
    for (let i = held.length - 1; i >= 0; i--) {
      unhold(frame, held[i]);
      rt.decref(held[i]);
    }
  }
}

/** `with` in a frame that can suspend: the bound `__exit__` is held on the frame's stack. */
function* execWithGen(ip: Interpreter, frame: Frame, s: A.With, i: number): Resumable<Signal> {
  if (i === s.items.length) return yield* execBlockGen(ip, frame, s.body);
  if (s.isAsync === true) return yield* execAsyncWithGen(ip, frame, s, i);
  const rt = ip.rt;
  const item = s.items[i];
  const { exit, entered } =
    frame.switchable === true
      ? yield* enterContextGen(ip, frame, yield* evalGen(ip, frame, item.contextExpr), s)
      : enterContext(ip, yield* evalGen(ip, frame, item.contextExpr), frame, s);
  hold(frame, exit);
  let sig: Signal;
  try {
    if (item.optionalVars !== null) {
      yield* assignGen(ip, frame, item.optionalVars, entered);
    } else rt.decref(entered);
    sig = yield* execWithGen(ip, frame, s, i + 1);
  } catch (e) {
    unhold(frame, exit);
    if (!(e instanceof PyException)) {
      rt.decref(exit);
      throw e;
    }
    if (exitWithException(ip, frame, exit, e, s)) return Signal.Normal;
    throw e;
  }
  unhold(frame, exit);
  frame.line = s.line;
  frame.expr = s;
  try {
    exitNormally(ip, exit, frame, s.line);
  } catch (e) {
    if (sig === Signal.Return) rt.decref(frame.returnValue);
    throw e;
  }
  return sig;
}

/**
 * `async with` (BEFORE_ASYNC_WITH, GET_AWAITABLE 1 / 2): `__aenter__()` is
 * awaited for the target; the bound `__aexit__` is held on the frame's
 * stack and its result awaited on the way out (with the exception being
 * handled, a true result swallowing it).
 */
function* execAsyncWithGen(ip: Interpreter, frame: Frame, s: A.With, i: number): Resumable<Signal> {
  const rt = ip.rt;
  const item = s.items[i];
  const mgr = yield* evalGen(ip, frame, item.contextExpr);
  frame.line = s.line;
  frame.expr = s;
  let enter: Value | undefined;
  let exit: Value | undefined;
  try {
    enter = lookupSpecial(rt, mgr, '__aenter__');
    if (enter === undefined) throw rt.typeError(`'${rt.typeName(mgr)}' object does not support the asynchronous context manager protocol`);
    exit = lookupSpecial(rt, mgr, '__aexit__');
    if (exit === undefined) {
      rt.decref(enter);
      throw rt.typeError(`'${rt.typeName(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
    }
  } finally {
    rt.decref(mgr);
  }
  hold(frame, exit);
  let entered: Value;
  try {
    let aw: Value;
    try {
      aw = call(rt, enter, []);
    } finally {
      rt.decref(enter);
    }
    entered = yield* awaitOwned(ip, frame, s, aw, 1);
  } catch (e) {
    unhold(frame, exit);
    rt.decref(exit);
    throw e;
  }
  let sig: Signal;
  try {
    if (item.optionalVars !== null) yield* assignGen(ip, frame, item.optionalVars, entered);
    else rt.decref(entered);
    sig = yield* execWithGen(ip, frame, s, i + 1);
  } catch (e) {
    if (!(e instanceof PyException)) {
      unhold(frame, exit);
      rt.decref(exit);
      throw e;
    }
    if (yield* asyncExitWithException(ip, frame, exit, e, s)) return Signal.Normal;
    throw e;
  }
  frame.line = s.line;
  frame.expr = s;
  try {
    let aw: Value;
    unhold(frame, exit);
    try {
      aw = call(rt, exit, [null, null, null]);
    } finally {
      rt.decref(exit);
    }
    rt.decref(yield* awaitOwned(ip, frame, s, aw, 2));
  } catch (e) {
    if (sig === Signal.Return) rt.decref(frame.returnValue);
    throw e;
  }
  return sig;
}

/** exitWithException for `async with`: `__aexit__(type, value, tb)` awaited; true when it swallowed `e`. Consumes `exit`. */
function* asyncExitWithException(ip: Interpreter, frame: Frame, exit: Value, e: PyException, s: A.With): Resumable<boolean> {
  const rt = ip.rt;
  addTraceback(rt, e, frame);
  const raisedLine = frame.line;
  const raisedExpr = frame.expr;
  frame.line = s.line;
  frame.expr = s;
  const exc = materialize(rt, e);
  (frame.handling ??= []).push(e);
  let swallow: boolean;
  try {
    let aw: Value;
    try {
      aw = call(rt, exit, [exc.cls, exc, exc.exc[1] ?? null]);
    } finally {
      unhold(frame, exit);
      rt.decref(exit);
    }
    const r = yield* awaitOwned(ip, frame, s, aw, 2);
    try {
      swallow = truthy(rt, r);
    } finally {
      rt.decref(r);
    }
  } catch (inner) {
    const h = frame.handling!;
    h.splice(h.lastIndexOf(e), 1);
    if (inner instanceof PyException && inner !== e) {
      chainContext(ip, inner, exc);
      releaseException(rt, e);
    }
    throw inner;
  }
  const h = frame.handling!;
  h.splice(h.lastIndexOf(e), 1);
  if (swallow) releaseException(rt, e);
  else {
    markReraised(exc, frame);
    // RERAISE 1: the frame's line is where the exception was raised again.
    frame.line = raisedLine;
    frame.expr = raisedExpr;
  }
  return swallow;
}

// ---- try / except / finally ----------------------------------------------------------------

function* execTryGen(ip: Interpreter, frame: Frame, s: A.Try): Resumable<Signal> {
  const rt = ip.rt;
  let sig: Signal;
  try {
    sig = yield* bodyAndHandlersGen(ip, frame, s);
  } catch (e) {
    // os._exit(): no finally block runs (process-exit.ts).
    if (s.finalbody.length === 0 || e instanceof ProcessExit) throw e;
    // The frame's traceback entry is added where the exception was raised (see runFinally).
    if (e instanceof PyException) addTraceback(rt, e, frame);
    (frame.handling ??= []).push(e);
    let fsig: Signal;
    try {
      fsig = yield* execBlockGen(ip, frame, s.finalbody);
    } catch (inner) {
      // The finally block raised: the pending exception is the new one's
      // __context__ (RERAISE never runs), and this frame lets it go.
      if (e instanceof PyException) leavePending(ip, inner, e, materialize(rt, e));
      throw inner;
    } finally {
      frame.handling!.pop();
    }
    if (fsig !== Signal.Normal) {
      releaseException(rt, e);
      return fsig;
    }
    throw e;
  }
  if (s.finalbody.length) {
    const saved = sig === Signal.Return ? frame.returnValue : undefined;
    if (saved !== undefined) hold(frame, saved);
    let fsig: Signal;
    try {
      fsig = yield* execBlockGen(ip, frame, s.finalbody);
    } catch (e) {
      if (saved !== undefined) {
        unhold(frame, saved);
        rt.decref(saved);
      }
      throw e;
    }
    if (saved !== undefined) unhold(frame, saved);
    if (fsig !== Signal.Normal) {
      if (saved !== undefined && fsig === Signal.Return && frame.returnValue !== saved) rt.decref(saved);
      return fsig;
    }
    if (saved !== undefined) frame.returnValue = saved;
  }
  return sig;
}

function* bodyAndHandlersGen(ip: Interpreter, frame: Frame, s: A.Try): Resumable<Signal> {
  let sig: Signal;
  try {
    sig = yield* execBlockGen(ip, frame, s.body);
  } catch (e) {
    if (!(e instanceof PyException) || s.handlers.length === 0) throw e;
    if (s.star === true) {
      if (s.handlers.some((h) => susp(frame, h.type!))) throw unsupportedYield('an except* clause type');
      return yield* handleStarGen(ip, frame, s, e, starClauseGen);
    }
    return yield* handleGen(ip, frame, s, e);
  }
  if (sig === Signal.Normal && s.orelse.length) sig = yield* execBlockGen(ip, frame, s.orelse);
  return sig;
}

/** An except* clause's body in a generator's frame (the statement forbids break/continue/return there). */
function* starClauseGen(ip: Interpreter, frame: Frame, body: A.Stmt[]): Resumable<void> {
  yield* execBlockGen(ip, frame, body);
}

function* handleGen(ip: Interpreter, frame: Frame, s: A.Try, e: PyException): Resumable<Signal> {
  const rt = ip.rt;
  addTraceback(rt, e, frame);
  const exc = materialize(rt, e);
  contextAtCatch(ip, exc);
  for (const h of s.handlers) {
    if (h.type !== null && susp(frame, h.type)) throw unsupportedYield('an except clause');
    // The clause's first instruction is at its line: a trace function's 'line' event.
    if (ip.hooks.active) traceHandlerLine(ip, frame, h, e);
    if (h.type !== null && !matchesHandler(ip, frame, h.type, e, exc)) continue;
    (frame.handling ??= []).push(e);
    let sig: Signal;
    try {
      if (h.name !== null) storeName(ip, frame, h.resolution!, exc);
      try {
        sig = yield* execBlockGen(ip, frame, h.body);
      } finally {
        if (h.name !== null) clearHandlerName(ip, frame, h.resolution!);
      }
    } catch (inner) {
      frame.handling!.pop();
      leavePending(ip, inner, e, exc);
      throw inner;
    }
    frame.handling!.pop();
    releaseException(rt, e);
    return sig;
  }
  // No clause matched: the RERAISE after the last one is at its line (f_lineno afterwards).
  frame.line = s.handlers[s.handlers.length - 1].line;
  throw e;
}

// ---- expressions ----------------------------------------------------------------------------

/** evalExpr for an expression that may suspend the frame: a new reference. */
export function* evalGen(ip: Interpreter, frame: Frame, e: A.Expr): Resumable<Value> {
  if (!susp(frame, e)) return compiledExpression(e)(ip, frame);
  const rt = ip.rt;
  switch (e.kind) {
    case 'Yield': {
      const v = e.value === null ? null : yield* evalGen(ip, frame, e.value);
      // YIELD_VALUE: the value goes to the caller of send()/next(); the sent value comes back.
      if (frame.asyncGen === true) frame.wrappedYield = true;
      const sent = yield v;
      return rt.incref(sent);
    }
    case 'YieldFrom':
      return yield* yieldFrom(ip, frame, e);
    case 'Await': {
      const v = yield* evalGen(ip, frame, e.value);
      // GET_AWAITABLE, LOAD_CONST None, SEND: the whole expression's position.
      frame.expr = e;
      return yield* awaitOwned(ip, frame, e, v, 0);
    }
    case 'BoolOp': {
      let v = yield* evalGen(ip, frame, e.values[0]);
      for (let i = 1; i < e.values.length; i++) {
        let t: boolean;
        try {
          t = truthy(rt, v);
        } catch (err) {
          rt.decref(v);
          throw err;
        }
        if (e.op === 'and' ? !t : t) return v;
        rt.decref(v);
        v = yield* evalGen(ip, frame, e.values[i]);
      }
      return v;
    }
    case 'IfExp': {
      const t = yield* conditionGen(ip, frame, e.test);
      return yield* evalGen(ip, frame, t ? e.body : e.orelse);
    }
    case 'Compare':
      return yield* compareGen(ip, frame, e);
    case 'NamedExpr': {
      const v = yield* evalGen(ip, frame, e.value);
      try {
        storeName(ip, frame, e.target.resolution!, v);
      } catch (err) {
        rt.decref(v);
        throw err;
      }
      return v;
    }
    case 'Call':
      if (frame.switchable === true) return yield* threadCallGen(ip, frame, e);
      return yield* evalWithOperands(ip, frame, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      if (e.scope?.isCoroutine === true) {
        const first = yield* evalGen(ip, frame, e.generators[0].iter);
        frame.expr = e;
        const c = makeAsyncComprehension(ip, frame, e, first);
        return yield* awaitOwned(ip, frame, e, c, 0);
      }
      return yield* comprehensionFirstGen(ip, frame, e);
    case 'GeneratorExp':
      return yield* comprehensionFirstGen(ip, frame, e);
    default:
      return yield* evalWithOperands(ip, frame, e);
  }
}

/**
 * A comprehension (or generator expression) whose first iterable has a
 * `yield`/`await`: the iterable is computed here, in this frame, then the
 * comprehension runs directly on it (a copy of the node with it as a Temp).
 */
function* comprehensionFirstGen(ip: Interpreter, frame: Frame, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): Resumable<Value> {
  const first = e.generators[0];
  const temps: A.Temp[] = [];
  try {
    const t = tempOf(frame, first.iter, yield* evalGen(ip, frame, first.iter), temps);
    const copy = { ...e, generators: [{ ...first, iter: t }, ...e.generators.slice(1)] } as typeof e;
    return evalExpr(ip, frame, copy);
  } finally {
    releaseTemps(ip, frame, temps);
  }
}

/** A call in a thread's frame: its operands that make calls computed resumably first, then callGen. */
function* threadCallGen(ip: Interpreter, frame: Frame, e: A.Call): Resumable<Value> {
  if (!childExpressions(e).some(exprHasCall)) return yield* callGen(ip, frame, e);
  const temps: A.Temp[] = [];
  try {
    const copy = (yield* precompute(ip, frame, e, temps)) as A.Call;
    return yield* callGen(ip, frame, copy);
  } finally {
    releaseTemps(ip, frame, temps);
  }
}

/** A chained comparison with a `yield` among its operands (short-circuits as COMPARE_OP/JUMP_IF_FALSE). */
function* compareGen(ip: Interpreter, frame: Frame, e: A.Compare): Resumable<Value> {
  const rt = ip.rt;
  let left = yield* evalGen(ip, frame, e.left);
  for (let i = 0; ; i++) {
    hold(frame, left);
    let right: Value;
    try {
      right = yield* evalGen(ip, frame, e.comparators[i]);
    } catch (err) {
      unhold(frame, left);
      rt.decref(left);
      throw err;
    }
    unhold(frame, left);
    const next = compareStep(ip, frame, e, i, left, right);
    if (next.done) return next.result;
    left = right;
  }
}

/**
 * Any other expression with a `yield` inside: its operands up to the last
 * one that contains a `yield` are computed here, in evaluation order, and
 * held on the frame's stack; a copy of the expression with those operands
 * as `Temp` nodes (and the later operands as they are) then runs on the
 * direct evaluator.
 */
function* evalWithOperands(ip: Interpreter, frame: Frame, e: A.Expr): Resumable<Value> {
  const temps: A.Temp[] = [];
  try {
    const copy = yield* precompute(ip, frame, e, temps);
    return evalExpr(ip, frame, copy);
  } finally {
    releaseTemps(ip, frame, temps);
  }
}

/**
 * The stores of an assignment statement whose targets contain a `yield`
 * (`d[(yield)] = v`): each target in turn gets `v` (owned; each target but
 * the last a copy, as COPY 1 does), its own operands computed first.
 */
function* assignTargetsGen(ip: Interpreter, frame: Frame, targets: A.Expr[], v: Value): Resumable<void> {
  const rt = ip.rt;
  const last = targets.length - 1;
  hold(frame, v);
  try {
    for (let i = 0; i < last; i++) yield* assignGen(ip, frame, targets[i], rt.incref(v));
  } catch (err) {
    unhold(frame, v);
    rt.decref(v);
    throw err;
  }
  unhold(frame, v);
  yield* assignGen(ip, frame, targets[last], v);
}

/**
 * STORE_* for a target that may contain a `yield` (consumes `v`): the
 * target's operands (an attribute's object, a subscript's object and key)
 * are computed in order, `v` held on the frame's stack meanwhile, then the
 * store runs as assignSteal does; a tuple or list target unpacks `v` first
 * (UNPACK_SEQUENCE) and stores each item in turn.
 */
function* assignGen(ip: Interpreter, frame: Frame, t: A.Expr, v: Value): Resumable<void> {
  if (!susp(frame, t)) {
    assignSteal(ip, frame, t, v);
    return;
  }
  const rt = ip.rt;
  if (t.kind === 'Tuple' || t.kind === 'List') {
    frame.expr = t;
    const values = unpackItems(ip, t.elts, v);
    for (const x of values) hold(frame, x);
    const star = t.elts.findIndex((e) => e.kind === 'Starred');
    let i = 0;
    try {
      for (; i < values.length; i++) {
        unhold(frame, values[i]);
        const target = i === star ? (t.elts[i] as A.Starred).value : t.elts[i];
        yield* assignGen(ip, frame, target, values[i]);
      }
    } finally {
      for (let j = i + 1; j < values.length; j++) {
        unhold(frame, values[j]);
        rt.decref(values[j]);
      }
    }
    return;
  }
  if (t.kind !== 'Attribute' && t.kind !== 'Subscript') {
    rt.decref(v);
    throw unsupportedYield(`this assignment target (${t.kind})`);
  }
  const temps: A.Temp[] = [];
  let copy: A.Expr;
  hold(frame, v);
  try {
    copy = yield* precompute(ip, frame, t, temps);
  } catch (err) {
    unhold(frame, v);
    releaseTemps(ip, frame, temps);
    rt.decref(v);
    throw err;
  }
  unhold(frame, v);
  try {
    assignSteal(ip, frame, copy, v);
  } finally {
    releaseTemps(ip, frame, temps);
  }
}

/**
 * A `raise`, `del` or `assert` statement with a `yield` in it: the
 * operands up to the last one that contains a `yield` are computed here,
 * in evaluation order, and the statement then runs directly on a copy
 * that has them as `Temp` nodes (as evalWithOperands does for expressions).
 */
function* execWithOperands(ip: Interpreter, frame: Frame, s: A.Raise | A.Delete | A.Assert): Resumable<Signal> {
  const temps: A.Temp[] = [];
  try {
    let copy: A.Stmt;
    if (s.kind === 'Raise') {
      const kids = [s.exc, s.cause];
      const done: Array<A.Expr | null> = [];
      let last = -1;
      for (let i = 0; i < kids.length; i++) if (kids[i] !== null && susp(frame, kids[i]!)) last = i;
      for (let i = 0; i < kids.length; i++) {
        const k = kids[i];
        if (k === null || i > last) done.push(k);
        else done.push(tempOf(frame, k, yield* evalGen(ip, frame, k), temps));
      }
      copy = { ...s, exc: done[0], cause: done[1] };
    } else if (s.kind === 'Delete') {
      // Each target is deleted before the next one's operands are computed.
      const flat: A.Expr[] = [];
      const flatten = (t: A.Expr): void => {
        if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(flatten);
        else flat.push(t);
      };
      s.targets.forEach(flatten);
      for (const t of flat) {
        const one: A.Delete = { ...s, targets: [susp(frame, t) ? yield* precomputeTarget(ip, frame, t, temps) : t] };
        execStmt(ip, frame, one);
        releaseTemps(ip, frame, temps);
        temps.length = 0;
      }
      return Signal.Normal;
    } else copy = s;
    if (s.kind === 'Assert') for (const x of [s.test, s.msg]) if (x !== null && x.kind === 'Temp') temps.push(x);
    return execStmt(ip, frame, copy);
  } finally {
    releaseTemps(ip, frame, temps);
  }
}

/** A `del` target's operands computed: the target with them as Temp nodes. */
function* precomputeTarget(ip: Interpreter, frame: Frame, t: A.Expr, temps: A.Temp[]): Resumable<A.Expr> {
  if (t.kind !== 'Attribute' && t.kind !== 'Subscript') throw unsupportedYield(`this del target (${t.kind})`);
  return yield* precompute(ip, frame, t, temps);
}

/** A Temp node holding `v` (owned) in place of `e`, held on the frame's stack (and listed in `temps`). */
function tempOf(frame: Frame, e: A.Expr, v: Value, temps?: A.Temp[]): A.Temp {
  hold(frame, v);
  const t: A.Temp = { kind: 'Temp', value: v, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
  (t as A.Temp & { stack?: Value[] }).stack = frame.stack;
  temps?.push(t);
  return t;
}

/** A failed assert's test, already evaluated: False. */
function falseTemp(e: A.Expr): A.Temp {
  return { kind: 'Temp', value: false, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
}

/** The operands computed for an expression that its evaluation did not take (it raised). */
function releaseTemps(ip: Interpreter, frame: Frame, temps: A.Temp[]): void {
  for (const t of temps) {
    if (t.value === undefined) continue;
    const v = t.value as Value;
    t.value = undefined;
    unhold(frame, v);
    ip.rt.decref(v);
  }
}

function* precompute(ip: Interpreter, frame: Frame, e: A.Expr, temps: A.Temp[]): Resumable<A.Expr> {
  const kids = childExpressions(e);
  let last = -1;
  for (let i = 0; i < kids.length; i++) if (susp(frame, kids[i])) last = i;
  const replaced = new Map<A.Expr, A.Expr>();
  for (let i = 0; i <= last; i++) {
    const k = kids[i];
    if (k.kind === 'Slice' || k.kind === 'Starred') {
      replaced.set(k, yield* precompute(ip, frame, k, temps));
      continue;
    }
    if (frame.switchable === true && e.kind === 'Call' && k === e.func && k.kind === 'Attribute') {
      // A thread's `obj.name(...)`: the object now, LOAD_METHOD at the call (no bound method is made).
      const v = yield* evalGen(ip, frame, k.value);
      const t: A.Temp = { kind: 'Temp', value: v, line: k.value.line, col: k.value.col, endLine: k.value.endLine, endCol: k.value.endCol };
      temps.push(t);
      replaced.set(k, { ...k, value: t });
      continue;
    }
    const v = yield* evalGen(ip, frame, k);
    hold(frame, v);
    const t: A.Temp = { kind: 'Temp', value: v, line: k.line, col: k.col, endLine: k.endLine, endCol: k.endCol };
    (t as A.Temp & { stack?: Value[] }).stack = frame.stack;
    temps.push(t);
    replaced.set(k, t);
  }
  return withOperands(e, (c) => replaced.get(c) ?? c);
}

/** F-string parts with each field's value (and its spec's fields' values) mapped by `f`. */
function mapFieldValues(parts: ReadonlyArray<string | A.FormattedValue>, f: (c: A.Expr) => A.Expr): Array<string | A.FormattedValue> {
  return parts.map((p) => {
    if (typeof p === 'string') return p;
    const spec = typeof p.formatSpec === 'object' && p.formatSpec !== null ? mapFieldValues(p.formatSpec, f) : p.formatSpec;
    return { ...p, value: f(p.value), formatSpec: spec };
  });
}

/** A shallow copy of `e` with each direct operand mapped by `f`. */
function withOperands(e: A.Expr, f: (c: A.Expr) => A.Expr): A.Expr {
  switch (e.kind) {
    case 'JoinedStr':
      return { ...e, parts: mapFieldValues(e.parts, f) };
    case 'BinOp':
      return { ...e, left: f(e.left), right: f(e.right) };
    case 'UnaryOp':
      return { ...e, operand: f(e.operand) };
    case 'Call':
      return { ...e, func: f(e.func), args: e.args.map(f), keywords: e.keywords.map((k) => ({ ...k, value: f(k.value) })) };
    case 'Attribute':
      return { ...e, value: f(e.value) };
    case 'Subscript':
      return { ...e, value: f(e.value), slice: f(e.slice) };
    case 'Slice':
      return { ...e, lower: e.lower && f(e.lower), upper: e.upper && f(e.upper), step: e.step && f(e.step) };
    case 'List':
    case 'Set':
      return { ...e, elts: e.elts.map(f) };
    case 'Tuple':
      return { kind: 'Tuple', elts: e.elts.map(f), ctx: e.ctx, parenthesized: e.parenthesized, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
    case 'Dict':
      return { ...e, keys: e.keys.map((k) => k && f(k)), values: e.values.map(f) };
    case 'Starred':
      return { ...e, value: f(e.value) };
    default:
      throw unsupportedYield(`this expression (${e.kind})`);
  }
}

// ---- yield from -----------------------------------------------------------------------------

/**
 * `yield from it` (PEP 380, GET_YIELD_FROM_ITER + SEND + YIELD_VALUE):
 * sends go to the delegate (PyIter_Send), values it yields go out, and
 * throw()/close() reach it first, as _gen_throw does: GeneratorExit closes
 * the delegate (gen_close_iter) and is then raised here; another exception
 * is thrown into the delegate (its `throw` method for other iterators; no
 * such method raises it here). The delegate's return value is the value of
 * the expression.
 */
function* yieldFrom(ip: Interpreter, frame: Frame, e: A.YieldFrom): Resumable<Value> {
  const src = yield* evalGen(ip, frame, e.value);
  return yield* delegate(ip, frame, e, yieldFromIter(ip, frame, e, src));
}

/** GET_YIELD_FROM_ITER of `yield from e` over `src` (consumed): the delegate (owned). */
export function yieldFromIter(ip: Interpreter, frame: Frame, e: A.YieldFrom, src: Value): Value {
  const rt = ip.rt;
  // GET_YIELD_FROM_ITER and SEND carry the whole expression's position (its carets in a traceback).
  frame.expr = e;
  if (src instanceof CoroutineObject && !(frame.func instanceof FunctionObject && frame.func.iterableCoroutine)) {
    rt.decref(src);
    throw rt.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  if (src instanceof GeneratorObject) return src;
  return iterReleasing(rt, src);
}

/**
 * `await v` (GET_AWAITABLE + SEND + YIELD_VALUE): consumes `v`; the
 * delegation of `yield from` to v's awaitable iterator. `where` is
 * GET_AWAITABLE's oparg (1: after `__aenter__`, 2: after `__aexit__`).
 */
export function* awaitOwned(ip: Interpreter, frame: Frame, e: A.Expr | A.Stmt, v: Value, where: number): Resumable<Value> {
  const rt = ip.rt;
  let it: Value;
  try {
    it = getAwaitableIter(rt, v, where);
  } finally {
    rt.decref(v);
  }
  return yield* delegate(ip, frame, e, it);
}

/** The SEND loop of `yield from` and `await` over the delegate `it` (owned): its return value. */
function* delegate(ip: Interpreter, frame: Frame, e: A.Expr | A.Stmt, it: Value): Resumable<Value> {
  const rt = ip.rt;
  hold(frame, it);
  const outer = frame.yieldFrom;
  try {
    let sent: Value = null;
    let pending: Value | undefined;
    for (;;) {
      let out: Value;
      if (pending !== undefined) {
        out = pending;
        pending = undefined;
      } else {
        frame.expr = e;
        const r = sendTo(ip, it, sent);
        if (r.done) {
          if (ip.hooks.active) traceDelegateDone(ip, frame, it, sent, r.value);
          return r.value;
        }
        out = r.value;
      }
      frame.yieldFrom = it;
      try {
        sent = yield out;
      } catch (thrown) {
        if (!(thrown instanceof PyException)) throw thrown;
        frame.expr = e;
        let r: DelegateStep;
        try {
          r = throwInto(ip, it, thrown);
        } catch (err) {
          // _gen_throw resumes this frame with the delegate's error (or the
          // exception itself, when the delegate has no `throw` or was closed):
          // gen_send_ex2 chains it with this frame's handled exception.
          if (err instanceof PyException) chainIntoFrame(rt, err, frame);
          throw err;
        }
        if (r.done) return r.value;
        pending = r.value;
        sent = null;
      } finally {
        frame.yieldFrom = outer;
      }
    }
  } finally {
    unhold(frame, it);
    rt.decref(it);
  }
}

/** traceDelegateReturn for a delegate that returned `value` to `sent`: did its end raise StopIteration? */
export function traceDelegateDone(ip: Interpreter, frame: Frame, it: Value, sent: Value, value: Value): void {
  // A generator's or a builtin iterator's tp_iternext ends without an
  // exception when it has no value to return; a coroutine (no tp_iternext:
  // its `send` is called), an awaitable of an async generator and a class's
  // __next__ raise StopIteration.
  const raised =
    sent !== null ||
    value !== null ||
    it instanceof CoroutineObject ||
    it instanceof CoroutineWrapper ||
    it instanceof Instance ||
    it instanceof AsyncGenASend ||
    it instanceof AsyncGenAThrow ||
    it instanceof AnextAwaitable;
  try {
    traceDelegateReturn(ip, frame, value, raised);
  } catch (err) {
    ip.rt.decref(value);
    throw err;
  }
}

/** What one move of the delegate gave: a value it yielded, or (done) its return value. */
export interface DelegateStep {
  done: boolean;
  value: Value;
}

/** PyIter_Send: a generator's send, else __next__ for None and the `send` method otherwise. */
export function sendTo(ip: Interpreter, it0: Value, sent: Value): DelegateStep {
  const rt = ip.rt;
  // A coroutine's __await__() iterator sends straight to its coroutine (coro_wrapper_send).
  const it = it0 instanceof CoroutineWrapper ? it0.coro : it0;
  if (it instanceof AsyncGenASend || it instanceof AsyncGenAThrow || it instanceof AnextAwaitable) return callForStep(ip, () => it.send(rt, sent));
  if (it instanceof GeneratorObject) {
    const r = genSendEx(rt, it, sent);
    return { done: r.returned, value: r.value === undefined ? null : r.value };
  }
  if (sent === null) {
    // tp_iternext of a class's instance: a StopIteration it raises carries
    // the delegate's return value (_PyGen_FetchStopIterationValue).
    if (it instanceof Instance && it.cls.lookup('__next__') !== undefined) {
      rt.evaluator.chargeSteps(1);
      return callForStep(ip, () => callMethodIfDefined(rt, it, '__next__', [])!);
    }
    const v = next(rt, it);
    return v === undefined ? { done: true, value: null } : { done: false, value: v };
  }
  return callForStep(ip, () => callMethod(ip, it, 'send', [sent]));
}

/** The result of a call on the delegate, where StopIteration means "returned its value". */
function callForStep(ip: Interpreter, f: () => Value): DelegateStep {
  try {
    return { done: false, value: f() };
  } catch (err) {
    if (err instanceof PyException && isInstanceOf(ip, err, 'StopIteration')) return { done: true, value: stopValue(ip, err) };
    throw err;
  }
}

/** _gen_throw with a delegate: what the `yield from` does with an exception thrown in. */
export function throwInto(ip: Interpreter, it0: Value, thrown: PyException): DelegateStep {
  const rt = ip.rt;
  const it = it0 instanceof CoroutineWrapper ? it0.coro : it0;
  if (isInstanceOf(ip, thrown, 'GeneratorExit')) {
    // gen_close_iter: a failure to close replaces the GeneratorExit.
    try {
      if (it instanceof GeneratorObject) genClose(rt, it);
      else {
        // gen_close_iter: an error looking up `close` (other than its
        // absence) is unraisable, and the GeneratorExit goes on.
        let close: Value | undefined;
        try {
          close = lookupOptional(ip, it, 'close');
        } catch (lookupErr) {
          if (!(lookupErr instanceof PyException)) throw lookupErr;
          rt.heap.reportUnraisable(lookupErr, it);
        }
        if (close !== undefined) {
          try {
            rt.decref(call(rt, close, []));
          } finally {
            rt.decref(close);
          }
        }
      }
    } catch (closeErr) {
      releaseException(rt, thrown);
      throw closeErr;
    }
    throw thrown;
  }
  if (it instanceof AsyncGenASend || it instanceof AsyncGenAThrow || it instanceof AnextAwaitable) {
    const exc = materialize(rt, thrown);
    try {
      return callForStep(ip, () => it.throw(rt, [exc.cls, exc, exc.exc[1] ?? null]));
    } finally {
      releaseException(rt, thrown);
    }
  }
  if (it instanceof GeneratorObject) {
    return callForStep(ip, () => {
      const r = genSendEx(rt, it, null, thrown);
      if (!r.returned) return r.value;
      // The delegate returned: as if it raised StopIteration(value).
      throw new StopWithValue(r.value === undefined ? null : r.value);
    });
  }
  const method = lookupOptional(ip, it, 'throw');
  if (method === undefined) throw thrown;
  const exc = materialize(rt, thrown);
  try {
    return callForStep(ip, () => call(rt, method, [exc.cls, exc, exc.exc[1] ?? null]));
  } finally {
    rt.decref(method);
    releaseException(rt, thrown);
  }
}

/** A delegate generator's return value travelling as its StopIteration would. */
class StopWithValue extends PyException {
  constructor(readonly value: Value) {
    super('StopIteration');
  }
}

function stopValue(ip: Interpreter, err: PyException): Value {
  if (err instanceof StopWithValue) return err.value;
  const v = err.pyValue;
  let value: Value = null;
  if (v instanceof ExceptionObject) {
    const args = exceptionArgs(v);
    value = ip.rt.incref(args.length > 0 ? args[0] : null);
  } else if (err.args.length > 0) value = err.args[0];
  releaseException(ip.rt, err);
  return value;
}

function isInstanceOf(ip: Interpreter, e: PyException, name: string): boolean {
  const cls = ip.rt.types.get(name);
  const v = e.pyValue;
  if (v instanceof ExceptionObject) return v.cls.isSubclassOf(cls);
  try {
    return ip.rt.types.get(e.pyType).isSubclassOf(cls);
  } catch {
    return e.pyType === name;
  }
}

/** getattr(o, name) or undefined when it has no such attribute. */
function lookupOptional(ip: Interpreter, o: Value, name: string): Value | undefined {
  try {
    return getAttr(ip.rt, o, name);
  } catch (err) {
    if (err instanceof PyException && isInstanceOf(ip, err, 'AttributeError')) {
      releaseException(ip.rt, err);
      return undefined;
    }
    throw err;
  }
}

function callMethod(ip: Interpreter, o: Value, name: string, args: Value[]): Value {
  const m = getAttr(ip.rt, o, name);
  try {
    return call(ip.rt, m, args);
  } finally {
    ip.rt.decref(m);
  }
}

// ---- generator expressions --------------------------------------------------------------------

/**
 * The body of an asynchronous comprehension's frame (a coroutine for a
 * list/set/dict comprehension, whose return value is the container; an
 * async generator for a generator expression, which yields each element).
 * `async for` clauses await `__anext__()`; elements and conditions may await.
 */
export function* asyncComprehensionBody(ip: Interpreter, frame: Frame, node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): Resumable<Value> {
  const rt = ip.rt;
  let result: Value = null;
  if (node.kind === 'ListComp') result = ip.heap.newList();
  else if (node.kind === 'DictComp') result = ip.heap.newDict();
  else if (node.kind === 'SetComp') result = makeSet(rt, [], true);
  if (result !== null) hold(frame, result);
  try {
    yield* asyncComprehensionClause(ip, frame, node, 0, result);
  } catch (err) {
    if (result !== null) {
      unhold(frame, result);
      rt.decref(result);
    }
    throw err;
  }
  if (result !== null) unhold(frame, result);
  return result;
}

function* asyncComprehensionClause(
  ip: Interpreter,
  frame: Frame,
  node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
  depth: number,
  result: Value,
): Resumable<void> {
  const rt = ip.rt;
  const clause = node.generators[depth];
  let it: Value;
  if (depth === 0) it = rt.incref(frame.locals[0] as Value);
  else {
    const src = yield* evalGen(ip, frame, clause.iter);
    try {
      it = clause.isAsync === true ? getAIter(rt, src) : iter(rt, src);
    } finally {
      rt.decref(src);
    }
  }
  hold(frame, it);
  const inner = depth + 1 < node.generators.length;
  try {
    for (;;) {
      ip.step();
      frame.expr = node;
      const x = clause.isAsync === true ? yield* asyncNext(ip, frame, node, it, "'async for'") : next(rt, it);
      if (x === undefined) return;
      assignSteal(ip, frame, clause.target, x);
      let ok = true;
      for (const c of clause.ifs) {
        if (!(yield* conditionGen(ip, frame, c))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (inner) yield* asyncComprehensionClause(ip, frame, node, depth + 1, result);
      else if (node.kind === 'GeneratorExp') {
        const v = yield* evalGen(ip, frame, node.elt);
        frame.wrappedYield = true;
        const sent = yield v;
        rt.decref(rt.incref(sent));
      } else if (node.kind === 'DictComp') {
        const k = yield* evalGen(ip, frame, node.key);
        hold(frame, k);
        try {
          const v = yield* evalGen(ip, frame, node.value);
          try {
            (result as DictObject).set(ip.heap, k, v);
          } finally {
            rt.decref(v);
          }
        } finally {
          unhold(frame, k);
          rt.decref(k);
        }
      } else {
        const v = yield* evalGen(ip, frame, node.elt);
        try {
          if (node.kind === 'ListComp') (result as ListObject).append(ip.heap, v);
          else setAdd(rt, result, v);
        } finally {
          rt.decref(v);
        }
      }
    }
  } finally {
    unhold(frame, it);
    rt.decref(it);
  }
}

/** The body of a generator function's frame: its statements; the result is the return value. */
export function* generatorFunctionBody(ip: Interpreter, frame: Frame, body: A.Stmt[]): Resumable<Value> {
  const sig = yield* execBlockGen(ip, frame, body);
  if (sig === Signal.Return) {
    const v = frame.returnValue;
    frame.returnValue = null;
    return v;
  }
  return null;
}

/** A generator lambda (`lambda: (yield)`): the body's value is the return value. */
export function* generatorLambdaBody(ip: Interpreter, frame: Frame, body: A.Expr): Resumable<Value> {
  return yield* evalGen(ip, frame, body);
}

