/**
 * Generator frames: the evaluator's side of a generator object
 * (runtime/generator-object.ts). Calling a generator function binds the
 * arguments into a new frame exactly as a call does, then (RETURN_GENERATOR)
 * hands the frame to a new generator instead of running it; a generator
 * expression's frame gets the iterator of its first iterable as `.0`.
 *
 * Each resume pushes the frame on the interpreter's frame stack (so
 * tracebacks, `sys.exc_info()` and `super()` see it), runs the resumable
 * body to its next `yield`, and pops it. An exception leaving the frame gets
 * the frame's traceback entry; a StopIteration becomes
 * `RuntimeError: generator raised StopIteration` (PEP 479,
 * gen_send_ex2 / _PyErr_FormatFromCause).
 */
import { PyException, isObject, type Heap, type Value, type Visit } from '../../heap';
import { FunctionObject } from '../runtime/function-object';
import { GeneratorObject, type GeneratorBody } from '../runtime/generator-object';
import { CoroutineObject } from '../runtime/coroutine-object';
import { AsyncGeneratorObject } from '../runtime/async-generator-object';
import { releaseException } from '../runtime/lang-host';
import { ExceptionObject } from '../runtime/native-objects';
import { isCImplemented } from '../runtime/c-implemented';
import type * as A from '../syntax/ast';
import { comprehensionFrame, comprehensionFunction } from './eval-expressions';
import { addTraceback, chainIntoFrame, frameObjectOf, materialize } from './exceptions';
import { traceCall, traceReturn } from './sys-trace';
import { asyncComprehensionBody, generatorFunctionBody, generatorLambdaBody } from './exec-generator';
import type { FrameRun } from './frame-run';
import { GenexpRun } from './genexp-run';
import { GeneratorRun, generatorPlan } from './generator-run';
import { hostLimitError, qualnameFor } from './exec-statements';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

class FrameGeneratorBody implements GeneratorBody {
  constructor(
    private readonly ip: Interpreter,
    readonly frame: Frame,
    private readonly run: FrameRun,
    /** gen_send_ex2's name for the kind ('generator', 'coroutine', 'async generator'). */
    private readonly kind = 'generator',
  ) {}

  get yieldFrom(): Value | undefined {
    return this.frame.yieldFrom;
  }

  takeWrappedYield(): boolean {
    const w = this.frame.wrappedYield === true;
    this.frame.wrappedYield = false;
    return w;
  }

  resume(sent: Value, exc: PyException | undefined): IteratorResult<Value, Value> {
    const ip = this.ip;
    // A resumed frame enters _PyEval_EvalFrameDefault's recursion check; a
    // generator standing for C is a C iterator's tp_iternext (no check).
    if (!this.frame.code.cImplemented && ip.frameDepth() + ip.rt.cRecursionDepth >= ip.rt.recursionLimit) {
      if (exc !== undefined) releaseException(ip.rt, exc);
      throw new PyException('RecursionError', 'maximum recursion depth exceeded');
    }
    ip.pushFrame(this.frame);
    // gen_send_ex2 chains an exception thrown in with the frame's own
    // handled exception; a frame in a `yield from` first hands it to the
    // delegate (_gen_throw), and chains what comes back (exec-generator's delegate).
    if (exc !== undefined && this.frame.yieldFrom === undefined) chainIntoFrame(ip.rt, exc, this.frame);
    try {
      // A resumed frame counts allocations as its code does (Heap.cCode):
      // a Python generator driven by code standing for C counts as Python.
      const cCode = isCImplemented(this.frame.code);
      if (cCode !== ip.heap.cCode) return ip.countingAs(cCode, () => this.step(sent, exc));
      return this.step(sent, exc);
    } catch (e) {
      throw this.leaving(e);
    } finally {
      ip.popFrame();
    }
  }

  /** Run the body to its next yield or its end. */
  private step(sent: Value, exc: PyException | undefined): IteratorResult<Value, Value> {
    if (this.ip.hooks.active) return this.resumeTraced(sent, exc);
    return exc === undefined ? this.run.next(sent) : this.run.throw(exc);
  }

  /**
   * resume() with a trace or profile function set: the 'call' event at
   * each resumption, 'return' at each yield (with the value yielded) and
   * at the end (the return value, or None when an exception leaves, after
   * its 'exception' event).
   */
  private resumeTraced(sent: Value, exc: PyException | undefined): IteratorResult<Value, Value> {
    const ip = this.ip;
    try {
      traceCall(ip, this.frame);
    } catch (e) {
      if (exc !== undefined) releaseException(ip.rt, exc);
      throw e;
    }
    let r: IteratorResult<Value, Value>;
    try {
      r = exc === undefined ? this.run.next(sent) : this.run.throw(exc);
    } catch (e) {
      throw ip.hooks.active ? ip.traceUnwind(this.frame, e instanceof RangeError ? hostLimitError(e) : e) : e;
    }
    if (ip.hooks.active) {
      try {
        traceReturn(ip, this.frame, r.value);
      } catch (e) {
        ip.rt.decref(r.value);
        throw e;
      }
    }
    return r;
  }

  /** The exception that leaves the frame, as the caller sees it. */
  private leaving(e: unknown): unknown {
    const rt = this.ip.rt;
    if (e instanceof RangeError) e = hostLimitError(e);
    if (!(e instanceof PyException)) return e;
    addTraceback(rt, e, this.frame);
    const obj = materialize(rt, e);
    // PEP 479 (and PEP 525 for StopAsyncIteration out of an async generator).
    let raised = 'StopIteration';
    if (!obj.cls.isSubclassOf(rt.types.get('StopIteration'))) {
      if (this.kind !== 'async generator' || !obj.cls.isSubclassOf(rt.types.get('StopAsyncIteration'))) return e;
      raised = 'StopAsyncIteration';
    }
    // The StopIteration becomes the cause (and context) of a RuntimeError.
    const err = new PyException('RuntimeError', `${this.kind} raised ${raised}`);
    const errObj = materialize(rt, err);
    errObj.setExc(rt.heap, 2, obj);
    errObj.setExc(rt.heap, 3, obj);
    errObj.suppressContext = true;
    releaseException(rt, e);
    return err;
  }

  get func(): Value | undefined {
    return this.frame.func;
  }

  /** _PyFrame_Traverse: frame object, f_locals, f_func, then locals, cells and the value stack. */
  traverse(visit: Visit, executing: boolean): void {
    const f = this.frame;
    if (f.frameObject !== undefined) visit(f.frameObject);
    if (f.fLocals !== undefined) visit(f.fLocals);
    if (isObject(f.func)) visit(f.func);
    if (!executing || this.stackPointerSaved()) {
      for (const v of f.locals) if (isObject(v)) visit(v);
      for (const c of f.cells) visit(c);
      if (f.stack !== undefined) for (const v of f.stack) if (isObject(v)) visit(v);
    }
    // gi_exc_state, which gen_traverse visits in every state.
    if (f.handling !== null) {
      for (const h of f.handling) if (h instanceof PyException && isObject(h.pyValue)) visit(h.pyValue);
    }
  }

  /**
   * A running generator's locals are visible (stacktop >= 0) only while its
   * frame waits on a Python function it called directly (see
   * Frame.calledFromPython).
   */
  private stackPointerSaved(): boolean {
    const frames = this.ip.frames;
    const i = frames.lastIndexOf(this.frame);
    return i >= 0 && i + 1 < frames.length && frames[i + 1].calledFromPython;
  }

  /** _PyFrame_Clear (a frame abandoned at a yield also drops the exceptions its handlers held). */
  clear(heap: Heap): void {
    const f = this.frame;
    const handling = f.handling;
    f.handling = null;
    this.ip.releaseFrame(f);
    if (handling !== null) for (const h of handling) releaseException(this.ip.rt, h);
    void heap;
  }

  frameObject(): Value {
    return this.ip.rt.incref(frameObjectOf(this.ip.rt, this.frame));
  }
}

function newGenerator(ip: Interpreter, frame: Frame, run: FrameRun, name: string, qualname: string, kind = 'generator'): GeneratorObject {
  const heap = ip.heap;
  heap.reserve();
  const body = new FrameGeneratorBody(ip, frame, run, kind);
  const made =
    kind === 'coroutine'
      ? new CoroutineObject(ip.rt, body, name, qualname)
      : kind === 'async generator'
        ? new AsyncGeneratorObject(ip.rt, body, name, qualname)
        : new GeneratorObject(ip.rt, body, name, qualname);
  const g = heap.register(made);
  frame.generator = g;
  g.codeScope = frame.code;
  g.codeQualname = frame.qualname ?? frame.code.name;
  g.codeFilename = frame.filename;
  g.codeFirstLine = frame.firstLine ?? frame.line;
  const replaced = frame.func instanceof FunctionObject ? frame.func.code.codeObject : undefined;
  if (replaced !== undefined) g.codeObject = replaced;
  heap.track(g);
  if (g instanceof CoroutineObject) g.recordOrigin();
  return g;
}

/** RETURN_GENERATOR: the frame of a generator function's call (arguments bound) becomes a generator. */
export function makeGenerator(ip: Interpreter, fn: FunctionObject, frame: Frame): GeneratorObject {
  frame.stack = [];
  frame.func = ip.rt.incref(fn);
  // Resumed from C (gen_send_ex) every time, whoever made it.
  frame.calledFromPython = false;
  const code = fn.code;
  const scope = code.scope as A.Scope;
  const kind = scope.isCoroutine !== true ? 'generator' : scope.isGenerator ? 'async generator' : 'coroutine';
  // A plain generator's common body runs on the flat driver (generator-run.ts).
  const plan = code.isLambda || kind !== 'generator' || frame.switchable === true ? null : generatorPlan(code.body as A.Stmt[]);
  const run =
    plan !== null
      ? new GeneratorRun(ip, frame, plan)
      : code.isLambda
        ? generatorLambdaBody(ip, frame, code.body as A.Expr)
        : generatorFunctionBody(ip, frame, code.body as A.Stmt[]);
  if (kind === 'async generator') frame.asyncGen = true;
  const g = newGenerator(ip, frame, run, fn.name, fn.qualname, kind);
  g.iterableCoroutine = fn.iterableCoroutine;
  return g;
}

/** Evaluate a generator expression: a new generator over the iterator of its first iterable. */
export function makeGeneratorExp(ip: Interpreter, frame: Frame, e: A.GeneratorExp): Value {
  const fn = comprehensionFunction(ip, frame, e);
  let inner: Frame;
  try {
    inner = comprehensionFrame(ip, frame, e);
  } catch (err) {
    ip.rt.decref(fn);
    throw err;
  }
  // The generator's frame keeps the function (f_func) until it is cleared.
  inner.func = fn;
  inner.line = e.line;
  inner.stack = [];
  if (e.scope?.isCoroutine === true) {
    // An asynchronous generator expression (`async for` or `await` inside).
    inner.asyncGen = true;
    return newGenerator(ip, inner, asyncComprehensionBody(ip, inner, e), '<genexpr>', qualnameFor(frame, '<genexpr>'), 'async generator');
  }
  return newGenerator(ip, inner, new GenexpRun(ip, inner, e), '<genexpr>', qualnameFor(frame, '<genexpr>'));
}

/**
 * An asynchronous list/set/dict comprehension: a coroutine over the
 * comprehension's frame (awaited at once by the caller), `first` (owned)
 * the value of its first iterable.
 */
export function makeAsyncComprehension(ip: Interpreter, frame: Frame, e: A.ListComp | A.SetComp | A.DictComp, first: Value): Value {
  const fn = comprehensionFunction(ip, frame, e);
  let inner: Frame;
  try {
    inner = comprehensionFrame(ip, frame, e, () => first);
  } catch (err) {
    ip.rt.decref(fn);
    throw err;
  }
  // The coroutine's frame keeps the function (f_func) until it is cleared.
  inner.func = fn;
  inner.line = e.line;
  inner.stack = [];
  inner.calledFromPython = false;
  const name = e.kind === 'ListComp' ? '<listcomp>' : e.kind === 'SetComp' ? '<setcomp>' : '<dictcomp>';
  return newGenerator(ip, inner, asyncComprehensionBody(ip, inner, e), name, qualnameFor(frame, name), 'coroutine');
}

export { ExceptionObject };
