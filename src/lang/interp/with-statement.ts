/**
 * The `with` statement (PEP 343 as 3.11 compiles it: BEFORE_WITH,
 * WITH_EXCEPT_START, compiler_with_except_finish), shared by the direct
 * and the resumable evaluator.
 *
 * Lifetimes that follow from the bytecode:
 *  - BEFORE_WITH looks up `__enter__` and `__exit__` on the manager's
 *    type, keeps only the bound `__exit__` on the stack and releases the
 *    manager itself before calling `__enter__`: the manager then lives as
 *    long as the bound `__exit__` (or the `as` target) holds it;
 *  - on a normal exit `__exit__(None, None, None)` is called, the bound
 *    method is released, then its result;
 *  - on an exception `__exit__(type, value, traceback)` runs with the
 *    exception being handled (so `sys.exc_info()` sees it and an exception
 *    raised there gets it as `__context__`); a true result swallows it: the
 *    result dies, then the exception (with its traceback and the frames it
 *    keeps), then the bound `__exit__`; a false result re-raises it (no new
 *    traceback entry) and the bound `__exit__` is released as it leaves.
 */
import { traceLine } from './sys-trace';
import { PyException, type Value } from '../../heap';
import { lookupSpecial } from '../runtime/attributes';
import { call } from '../runtime/calls';
import { releaseException } from '../runtime/lang-host';
import { truthy } from '../runtime/operators';
import { addTraceback, markReraised, materialize } from './exceptions';
import { chainContext, contextAtCatch } from './exec-statements';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import type { With } from '../syntax/ast';

/** BEFORE_WITH: consumes `mgr` (owned); returns the bound `__exit__` and `__enter__()`'s result (both owned). */
export function enterContext(ip: Interpreter, mgr: Value, frame: Frame, stmt: With): { exit: Value; entered: Value } {
  const rt = ip.rt;
  const { enter, exit } = contextMethods(ip, mgr, frame, stmt);
  let entered: Value;
  try {
    entered = call(rt, enter, []);
  } catch (e) {
    rt.decref(exit);
    throw e;
  } finally {
    rt.decref(enter);
  }
  return { exit, entered };
}

/**
 * BEFORE_WITH's lookups: the manager's `__enter__` and `__exit__` (new
 * references; the manager is consumed), or the protocol's TypeError.
 */
export function contextMethods(ip: Interpreter, mgr: Value, frame: Frame, stmt: With): { enter: Value; exit: Value } {
  const rt = ip.rt;
  // BEFORE_WITH has the with statement's location (the item's expression
  // restores it): a failing __enter__ is reported at the `with` line.
  frame.line = stmt.line;
  frame.expr = stmt;
  let enter: Value | undefined;
  let exit: Value | undefined;
  try {
    enter = lookupSpecial(rt, mgr, '__enter__');
    if (enter === undefined) throw rt.typeError(`'${rt.typeName(mgr)}' object does not support the context manager protocol`);
    exit = lookupSpecial(rt, mgr, '__exit__');
    if (exit === undefined) {
      rt.decref(enter);
      throw rt.typeError(`'${rt.typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
    }
  } finally {
    rt.decref(mgr);
  }
  return { enter, exit };
}

/**
 * The body ended normally (or by break/continue/return): `__exit__(None,
 * None, None)` at the `with` statement's `line` (a trace function's 'line'
 * event when it is another line); consumes `exit`.
 */
export function exitNormally(ip: Interpreter, exit: Value, frame: Frame, line: number): void {
  const rt = ip.rt;
  let r: Value;
  try {
    if (ip.hooks.active) traceLine(ip, frame, line);
    r = call(rt, exit, [null, null, null]);
  } finally {
    rt.decref(exit);
  }
  rt.decref(r);
}

/**
 * The body raised `e`: `__exit__(type, value, traceback)` while `e` is being
 * handled. Returns true when it swallowed `e` (released here); otherwise
 * `e` is to be re-raised. Consumes `exit` in both cases.
 */
export function exitWithException(ip: Interpreter, frame: Frame, exit: Value, e: PyException, stmt: With): boolean {
  const rt = ip.rt;
  addTraceback(rt, e, frame);
  // WITH_EXCEPT_START has the with statement's location (compiler_with's
  // SET_LOC): an exception __exit__ raises is reported at the `with` line.
  const raisedLine = frame.line;
  const raisedExpr = frame.expr;
  frame.line = stmt.line;
  frame.expr = stmt;
  const exc = materialize(rt, e);
  contextAtCatch(ip, exc);
  (frame.handling ??= []).push(e);
  let r: Value;
  let swallow: boolean;
  try {
    if (ip.hooks.active) traceLine(ip, frame, stmt.line);
    r = call(rt, exit, [exc.cls, exc, exc.exc[1] ?? null]);
    try {
      swallow = truthy(rt, r);
    } finally {
      rt.decref(r);
    }
  } catch (inner) {
    frame.handling!.pop();
    rt.decref(exit);
    if (inner instanceof PyException && inner !== e) {
      chainContext(ip, inner, exc);
      releaseException(rt, e);
    }
    throw inner;
  }
  frame.handling!.pop();
  if (swallow) releaseException(rt, e);
  // Not swallowed: compiler_with_except_finish's RERAISE adds no traceback
  // entry for this frame, whatever frames __exit__ passed the exception
  // through (a @contextmanager generator's) and whatever traceback it left.
  else {
    markReraised(exc, frame);
    // RERAISE 1 restores the frame's lasti to where the exception was raised (f_lineno afterwards).
    frame.line = raisedLine;
    frame.expr = raisedExpr;
  }
  rt.decref(exit);
  return swallow;
}
