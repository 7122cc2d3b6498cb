/**
 * `try: ... except* T as e: ...` (PEP 654) as compile.c's
 * compiler_try_star_except and ceval.c run it:
 *
 *  - the caught exception `orig` stays alive until every clause ran;
 *  - each clause's type is evaluated in turn and checked (no exception
 *    group types); CHECK_EG_MATCH splits what is still unhandled into the
 *    part this clause handles (a naked exception is wrapped in a group) and
 *    the rest, which the next clause sees;
 *  - the clause body runs with its part as the handled exception (bound to
 *    the name, unbound afterwards); what it raises is collected, with that
 *    part as its __context__;
 *  - PREP_RERAISE_STAR puts together what the clauses raised and the
 *    unhandled rest: nothing (the statement completes), or one exception
 *    re-raised without a new traceback entry for this frame.
 */
import { traceLine } from './sys-trace';
import { PyException, type Value } from '../../heap';
import { InternalError } from '../../heap/errors';
import { exceptStarTypeError, exceptionGroupMatch, prepReraiseStar } from '../runtime/exception-group';
import { releaseException } from '../runtime/lang-host';
import type { ExceptionObject } from '../runtime/native-objects';
import type * as A from '../syntax/ast';
import { evalExpr } from './eval-expressions';
import { unholdFromFrame } from './frame-run';
import { addTraceback, fromObject, materialize } from './exceptions';
import { Signal, chainContext, clearHandlerName, contextAtCatch, execBlock, storeName } from './exec-statements';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

type Tracked = ExceptionObject & { tbFrame?: Frame };

/** Run the except* clauses of `s` for the caught exception `e` (consumed). */
export function handleStar(ip: Interpreter, frame: Frame, s: A.Try, e: PyException): Signal {
  const r = handleStarGen(ip, frame, s, e, directClause).next();
  // A clause run by execBlock never suspends.
  if (r.done !== true) throw new InternalError('except* clause suspended outside a generator');
  return r.value;
}

/** A clause body run directly (a function's frame). */
function* directClause(ip: Interpreter, frame: Frame, body: A.Stmt[]): Generator<Value, void, Value> {
  execBlock(ip, frame, body);
}

/**
 * handleStar for a frame that may suspend: `runBody` runs a clause's body
 * (resumably in a generator's frame, where a `yield` in an except* clause
 * suspends it). While it is suspended, what the statement holds -- the
 * unhandled rest and what earlier clauses raised -- is on the frame's
 * value stack (the generator's traverse sees it, as CPython's stack).
 */
export function* handleStarGen(
  ip: Interpreter,
  frame: Frame,
  s: A.Try,
  e: PyException,
  runBody: (ip: Interpreter, frame: Frame, body: A.Stmt[]) => Generator<Value, void, Value>,
): Generator<Value, Signal, Value> {
  const rt = ip.rt;
  addTraceback(rt, e, frame);
  const orig = materialize(rt, e);
  contextAtCatch(ip, orig);
  const raised: ExceptionObject[] = [];
  let rest: ExceptionObject | null = rt.incref(orig);
  // The handled exception (sys.exc_info): orig, then each clause's part,
  // which stays until the statement ends (CHECK_EG_MATCH's PyErr_SetExcInfo).
  const handling = (frame.handling ??= []);
  const slot = handling.length;
  handling.push(e);
  let part: PyException | null = null;
  const finish = (): void => {
    // PREP_RERAISE_STAR releases the list of raised parts, then orig; POP_EXCEPT the last part.
    const list = raised.splice(0);
    for (let i = list.length - 1; i >= 0; i--) rt.decref(list[i]);
    rt.decref(rest);
    rest = null;
    handling.length = slot;
    releaseException(rt, e);
    if (part !== null) releaseException(rt, part);
  };
  let result: ExceptionObject | null;
  try {
    for (const h of s.handlers) {
      // The clause's first instruction is at its line: a trace function's 'line' event.
      if (ip.hooks.active) {
        frame.line = h.line;
        frame.expr = h;
        traceLine(ip, frame, h.line);
      }
      const type = evalExpr(ip, frame, h.type!);
      let match: ExceptionObject | null;
      try {
        const bad = exceptStarTypeError(rt, type);
        if (bad !== null) throw rt.typeError(bad);
        if (rest === null) continue;
        const split = exceptionGroupMatch(rt, rest, type);
        rt.decref(rest);
        rest = split.rest;
        match = split.match;
      } finally {
        rt.decref(type);
      }
      if (match === null) continue;
      // The part shares orig's traceback: re-raising it adds no entry for this frame.
      (match as Tracked).tbFrame = frame;
      const previous = part;
      part = fromObject(rt, match);
      rt.decref(match);
      handling[slot] = part;
      if (previous !== null) releaseException(rt, previous);
      const held = [orig, ...raised, ...(rest === null ? [] : [rest])];
      for (const v of held) frame.stack?.push(v);
      let r: ExceptionObject | null;
      try {
        r = yield* runClause(ip, frame, h, match, runBody);
      } finally {
        for (const v of held) unholdFromFrame(frame, v);
      }
      if (r !== null) raised.push(r);
    }
    if (rest !== null) raised.push(rest);
    rest = null;
    result = prepReraiseStar(rt, orig, raised);
  } catch (err) {
    if (err instanceof PyException) chainContext(ip, err, orig);
    finish();
    throw err;
  }
  finish();
  if (result === null) return Signal.Normal;
  // RERAISE: the frame already has its traceback entries on the parts.
  (result as Tracked).tbFrame = frame;
  const out = fromObject(rt, result);
  rt.decref(result);
  throw out;
}

/**
 * One clause body with `match` (borrowed: the handled part) bound to its
 * name. Returns what it raised (a new reference), or null when it completed.
 */
function* runClause(
  ip: Interpreter,
  frame: Frame,
  h: A.ExceptHandler,
  match: ExceptionObject,
  runBody: (ip: Interpreter, frame: Frame, body: A.Stmt[]) => Generator<Value, void, Value>,
): Generator<Value, ExceptionObject | null, Value> {
  const rt = ip.rt;
  try {
    if (h.name !== null) storeName(ip, frame, h.resolution!, match);
    try {
      yield* runBody(ip, frame, h.body);
    } finally {
      if (h.name !== null) clearHandlerName(ip, frame, h.resolution!);
    }
    return null;
  } catch (inner) {
    if (!(inner instanceof PyException)) throw inner;
    const obj = materialize(rt, inner);
    if (obj !== match) {
      chainContext(ip, inner, match);
      addTraceback(rt, inner, frame);
    }
    const r = rt.incref(obj) as Value as ExceptionObject;
    releaseException(rt, inner);
    return r;
  }
}
