/**
 * sys.settrace and sys.setprofile on the evaluator, as CPython 3.11's
 * ceval.c reports to them (trace_function_entry, trace_function_exit,
 * maybe_call_line_trace, call_exc_trace) through sysmodule.c's
 * trace_trampoline and profile_trampoline.
 *
 * Invariants:
 *  - nothing here runs unless a hook is set: the evaluator tests the one
 *    flag `SysHooks.active` at each statement and frame entry;
 *  - while a hook runs no event is reported (tstate->tracing): `active` is
 *    false until it returns;
 *  - the global trace function gets the 'call' event of every Python frame
 *    entered (a generator's at each resumption); what it returns, when not
 *    None, becomes the frame's f_trace, the local trace function that gets
 *    the frame's 'line', 'return' and 'exception' events and whose own
 *    non-None results replace it (trace_trampoline);
 *  - a hook that raises is removed (sys.settrace(None) or
 *    sys.setprofile(None)), the frame's f_trace cleared, and its exception
 *    propagates from where the event happened;
 *  - a 'line' event is reported when a statement starts on another line
 *    than the last one reported in the frame, or after a backward jump (a
 *    loop's next iteration: FOR_ITER's line, a `while` test's), at
 *    statement granularity: the later lines of a statement spanning several
 *    get no event of their own;
 *  - frames of blocks standing for C code (c-implemented.ts) report
 *    nothing, as C functions report nothing to a trace function;
 *  - the profile function gets 'call' and 'return' of Python frames.
 */
import { PyException, type Value } from '../../heap';
import { call, pyException } from '../runtime/calls';
import { releaseException } from '../runtime/lang-host';
import { isCImplemented } from '../runtime/c-implemented';
import type { ExceptionObject, FrameObject } from '../runtime/native-objects';
import { frameObjectOf, materialize } from './exceptions';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import type * as A from '../syntax/ast';

/** The thread state's trace and profile functions (tstate->c_traceobj, c_profileobj). */
export class SysHooks {
  /** sys.settrace's function (owned), or undefined. */
  trace: Value | undefined = undefined;
  /** sys.setprofile's function (owned), or undefined. */
  profile: Value | undefined = undefined;
  /** A hook is set and none is running now: the evaluator's test. */
  active = false;
  /** Hooks running now (tstate->tracing). */
  private depth = 0;

  constructor(private readonly ip: Interpreter) {}

  /** A hook of this kind is being replaced (its old function's release may run code). */
  private readonly installing = { trace: false, profile: false };

  /**
   * sys.settrace(func) / sys.setprofile(func): None removes the hook
   * (_PyEval_SetTrace: the old one is released before the new one is in
   * place, and a call made meanwhile, from a __del__, is refused).
   */
  set(kind: 'trace' | 'profile', func: Value): void {
    if (this.installing[kind]) {
      throw new PyException('RuntimeError', `Cannot install a ${kind} function while another ${kind} function is being installed`);
    }
    const heap = this.ip.heap;
    const old = this[kind];
    this.installing[kind] = true;
    try {
      this[kind] = undefined;
      this.update();
      if (old !== undefined) heap.decref(old);
    } finally {
      this.installing[kind] = false;
    }
    if (func !== null) heap.incref(func);
    this[kind] = func === null ? undefined : func;
    this.update();
  }

  /** sys.gettrace() / sys.getprofile(): a new reference (None when unset). */
  get(kind: 'trace' | 'profile'): Value {
    const v = this[kind];
    if (v === undefined) return null;
    this.ip.heap.incref(v);
    return v;
  }

  private update(): void {
    this.active = this.depth === 0 && (this.trace !== undefined || this.profile !== undefined);
  }

  /** call_trampoline: `hook(frame, event, arg)` with reporting off; a new reference to its result. */
  invoke(hook: Value, fo: FrameObject, event: string, arg: Value): Value {
    this.depth++;
    this.active = false;
    try {
      return call(this.ip.rt, hook, [fo, event, arg]);
    } finally {
      this.depth--;
      this.update();
    }
  }
}

/** A frame whose events are reported: a Python frame, not one standing for C code. */
function reported(frame: Frame): boolean {
  return !isCImplemented(frame.code);
}

/**
 * trace_trampoline for an event other than 'call': the frame's f_trace is
 * called; a non-None result replaces it. A hook that raises is removed.
 */
function callLocal(ip: Interpreter, fo: FrameObject, event: string, arg: Value): void {
  const hooks = ip.hooks;
  const local = fo.fTrace;
  if (local === undefined || hooks.trace === undefined) return;
  const heap = ip.heap;
  heap.incref(local);
  let result: Value;
  try {
    result = hooks.invoke(local, fo, event, arg);
  } catch (e) {
    hooks.set('trace', null);
    fo.setTrace(heap, undefined);
    throw e;
  } finally {
    heap.decref(local);
  }
  if (result !== null) fo.setTrace(heap, result);
  heap.decref(result);
}

/** profile_trampoline: the profile function's result is dropped; one that raises is removed. */
function callProfile(ip: Interpreter, fo: FrameObject, event: string, arg: Value): void {
  const hooks = ip.hooks;
  const profile = hooks.profile;
  if (profile === undefined) return;
  const heap = ip.heap;
  heap.incref(profile);
  try {
    heap.decref(hooks.invoke(profile, fo, event, arg));
  } catch (e) {
    hooks.set('profile', null);
    throw e;
  } finally {
    heap.decref(profile);
  }
}

/**
 * trace_function_entry: the 'call' event of a frame entered or resumed
 * (its f_lineno is the first line, or the line it resumes at). The global
 * trace function's non-None result becomes f_trace; then the profile
 * function is told.
 */
export function traceCall(ip: Interpreter, frame: Frame): void {
  if (!reported(frame)) return;
  const hooks = ip.hooks;
  const heap = ip.heap;
  // A new frame reports its first line whatever line that is (instr_prev
  // before the first instruction); a resumed one goes on from its line.
  const fresh = frame.line === 0 || frame.stack === undefined;
  if (frame.line === 0) frame.line = frame.firstLine ?? (frame.code.kind === 'module' ? 1 : frame.line);
  const fo = frameObjectOf(ip.rt, frame);
  heap.incref(fo);
  try {
    if (fresh) fo.traceLine = -1;
    const global = hooks.trace;
    if (global !== undefined) {
      heap.incref(global);
      let result: Value;
      try {
        result = hooks.invoke(global, fo, 'call', null);
      } catch (e) {
        hooks.set('trace', null);
        fo.setTrace(heap, undefined);
        throw e;
      } finally {
        heap.decref(global);
      }
      if (result !== null) fo.setTrace(heap, result);
      heap.decref(result);
    }
    callProfile(ip, fo, 'call', null);
  } finally {
    heap.decref(fo);
  }
}

/**
 * maybe_call_line_trace for the first instruction of a statement at
 * `line`: reported when the line differs from the last one reported in
 * the frame (f_trace_lines false: tracked, not reported).
 */
export function traceLine(ip: Interpreter, frame: Frame, line: number): void {
  const fo = frame.frameObject;
  if (fo === undefined || fo.fTrace === undefined || fo.traceLine === line) return;
  fo.traceLine = line;
  if (fo.traceLines && ip.hooks.trace !== undefined && reported(frame)) callLocal(ip, fo, 'line', null);
}

/** maybe_call_line_trace after a backward jump: `line` is reported even when it is the last one reported. */
export function traceJump(ip: Interpreter, frame: Frame, line: number): void {
  const fo = frame.frameObject;
  if (fo === undefined || fo.fTrace === undefined) return;
  fo.traceLine = -1;
  traceLine(ip, frame, line);
}

/**
 * A backward jump to the next statement (a `while` loop's body after its
 * test): that statement's line is reported even when it is the test's.
 */
export function traceJumpPending(frame: Frame): void {
  const fo = frame.frameObject;
  if (fo !== undefined) fo.traceLine = -1;
}

/**
 * trace_function_exit: the 'return' event of a frame that returns or
 * yields `value` (borrowed), or that an exception leaves (`value` null:
 * None); then the profile function is told.
 */
export function traceReturn(ip: Interpreter, frame: Frame, value: Value): void {
  if (!reported(frame)) return;
  const fo = frame.frameObject;
  if (fo === undefined) return;
  ip.heap.incref(fo);
  try {
    callLocal(ip, fo, 'return', value);
    callProfile(ip, fo, 'return', value);
  } finally {
    ip.heap.decref(fo);
  }
}

/**
 * call_exc_trace: the 'exception' event of an exception raised in, or
 * passing through, `frame`: arg is (type, value, traceback). An exception
 * from the trace function replaces it.
 */
export function traceException(ip: Interpreter, frame: Frame, e: PyException): void {
  const fo = frame.frameObject;
  if (fo === undefined || fo.fTrace === undefined || ip.hooks.trace === undefined || !reported(frame)) return;
  const heap = ip.heap;
  const exc: ExceptionObject = materialize(ip.rt, e);
  const arg = heap.newTuple([exc.cls, exc, exc.exc[1] ?? null]);
  heap.incref(fo);
  try {
    callLocal(ip, fo, 'exception', arg);
  } finally {
    heap.decref(arg);
    heap.decref(fo);
  }
}

/**
 * A loop going round again: FOR_ITER's line after the backward jump (every
 * iteration but the first, and the one that finds the iterator exhausted);
 * a `while` loop's test at the bottom of its body (its line when it differs
 * from the last one, then the body's first line after the backward jump);
 * `while True:`'s backward jump to its own line.
 */
export function traceLoopBack(ip: Interpreter, frame: Frame, s: A.While | A.For): void {
  if (s.kind === 'For' || (s.test.kind === 'Constant' && s.test.value !== false && s.test.value !== 0 && s.test.value !== '' && s.test.value !== null)) {
    traceJump(ip, frame, s.line);
  } else {
    traceLine(ip, frame, s.line);
    traceJumpPending(frame);
  }
}

/**
 * The 'line' event of an except clause about to test the exception `e`
 * (handled there): when the trace function raises, `e` is released and
 * the trace function's exception propagates instead.
 */
export function traceHandlerLine(ip: Interpreter, frame: Frame, h: A.ExceptHandler, e: PyException): void {
  // The frame is at the clause (f_lineno) while its trace function runs.
  frame.line = h.line;
  frame.expr = h;
  try {
    traceLine(ip, frame, h.line);
  } catch (err) {
    releaseException(ip.rt, e);
    throw err;
  }
}

/**
 * SEND with a trace function set (3.11): a delegate of `yield from` or
 * `await` that finished by raising StopIteration gives the delegating
 * frame an 'exception' event for it. `raised`: the delegate's exhaustion
 * set StopIteration (a coroutine, a `send` call, a return value other than
 * None, an iterator's own raise) rather than ending silently (tp_iternext).
 */
export function traceDelegateReturn(ip: Interpreter, frame: Frame, value: Value, raised: boolean): void {
  const fo = frame.frameObject;
  if (!raised || fo === undefined || fo.fTrace === undefined || ip.hooks.trace === undefined || !reported(frame)) return;
  const e = pyException(ip.rt, 'StopIteration', value === null ? [] : [value]);
  try {
    traceException(ip, frame, e);
  } finally {
    releaseException(ip.rt, e);
  }
}

/**
 * C_TRACE: a builtin function called from Python code with a profile
 * function set: 'c_call' before, then 'c_return' or 'c_exception' (arg:
 * the function). `run` makes the call; its result is returned.
 */
export function profileCCall(ip: Interpreter, frame: Frame, fn: Value, run: () => Value): Value {
  const hooks = ip.hooks;
  if (hooks.profile === undefined || !reported(frame)) return run();
  const heap = ip.heap;
  const fo = frameObjectOf(ip.rt, frame);
  heap.incref(fo);
  try {
    callProfile(ip, fo, 'c_call', fn);
    let result: Value;
    try {
      result = run();
    } catch (e) {
      // A profile function's own error replaces the call's.
      if (hooks.active) {
        try {
          callProfile(ip, fo, 'c_exception', fn);
        } catch (err) {
          releaseException(ip.rt, e);
          throw err;
        }
      }
      throw e;
    }
    if (hooks.active) {
      try {
        callProfile(ip, fo, 'c_return', fn);
      } catch (err) {
        heap.decref(result);
        throw err;
      }
    }
    return result;
  } finally {
    heap.decref(fo);
  }
}
