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
import { PyException, type Value } from '../../heap';
import { exceptStarTypeError, exceptionGroupMatch, prepReraiseStar } from '../runtime/exception-group';
import { releaseException } from '../runtime/lang-host';
import type { ExceptionObject } from '../runtime/native-objects';
import type * as A from '../syntax/ast';
import { evalExpr } from './eval-expressions';
import { addTraceback, fromObject, materialize } from './exceptions';
import { Signal, chainContext, deleteName, execBlock, storeName } from './exec-statements';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

type Tracked = ExceptionObject & { tbFrame?: Frame };

/** Run the except* clauses of `s` for the caught exception `e` (consumed). */
export function handleStar(ip: Interpreter, frame: Frame, s: A.Try, e: PyException): Signal {
  const rt = ip.rt;
  addTraceback(rt, e, frame);
  const orig = materialize(rt, e);
  const raised: ExceptionObject[] = [];
  let rest: ExceptionObject | null = rt.incref(orig);
  const releaseAll = (): void => {
    frame.handling!.pop();
    for (const x of raised.splice(0)) rt.decref(x);
    rt.decref(rest);
    rest = null;
  };
  let result: ExceptionObject | null;
  (frame.handling ??= []).push(e);
  try {
    for (const h of s.handlers) {
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
      const r = runClause(ip, frame, h, match);
      if (r !== null) raised.push(r);
    }
    result = prepReraiseStar(rt, orig, rest === null ? raised : [...raised, rest]);
  } catch (err) {
    if (err instanceof PyException) chainContext(ip, err, orig);
    releaseAll();
    releaseException(rt, e);
    throw err;
  }
  releaseAll();
  releaseException(rt, e);
  if (result === null) return Signal.Normal;
  // RERAISE: the frame already has its traceback entries on the parts.
  (result as Tracked).tbFrame = frame;
  const out = fromObject(rt, result);
  rt.decref(result);
  throw out;
}

/**
 * One clause body with `match` (owned, consumed) as the handled exception.
 * Returns what it raised (a new reference), or null when it completed.
 */
function runClause(ip: Interpreter, frame: Frame, h: A.ExceptHandler, match: ExceptionObject): ExceptionObject | null {
  const rt = ip.rt;
  // The part shares orig's traceback: re-raising it adds no entry for this frame.
  (match as Tracked).tbFrame = frame;
  const handled = fromObject(rt, match);
  rt.decref(match);
  frame.handling!.push(handled);
  try {
    if (h.name !== null) storeName(ip, frame, h.resolution!, match);
    try {
      execBlock(ip, frame, h.body);
    } finally {
      if (h.name !== null) {
        try {
          deleteName(ip, frame, h.resolution!);
        } catch (err) {
          releaseException(rt, err);
        }
      }
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
  } finally {
    frame.handling!.pop();
    releaseException(rt, handled);
  }
}
