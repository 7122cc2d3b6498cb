/**
 * Assignment, `for` and `del` targets.
 *
 * The parser reads a target as an ordinary expression and then checks it,
 * as CPython's `_PyPegen_get_invalid_target` does: a Name, Attribute or
 * Subscript is a target, a Tuple or List is one if all its elements are,
 * and the first other node met (depth first, left to right) is reported as
 * "cannot assign to <what>" or "cannot delete <what>", naming it as
 * `_PyPegen_get_expr_name` does. A valid target gets `ctx` Store or Del.
 *
 * Python accepts one starred element in a tuple or list target
 * (`a, *rest = x`); the scenario language does not.
 */
import type { Expr, ExprContext } from './ast';
import type { ParserState } from './parser-state';
import { failAfterExpression } from './bracket-errors';
import { isBitwiseOrLevel, isExcludedFromHereMessage, parseBitwiseOr, parseStarExpressions, parseStarred } from './parse-expressions';
import { ScenarioSyntaxError } from './syntax-error';

export type TargetKind = 'assign' | 'for' | 'del';

/** `_PyPegen_get_expr_name`: how CPython names an expression in error messages. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'Slice': return 'slice';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'NamedExpr': return 'named expression';
    case 'Temp': return 'expression';
    case 'Constant':
      if (e.ellipsis === true) return 'ellipsis';
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      return 'literal';
  }
}

/** `star_targets` of a `for` statement or clause: elements up to `in`, without parsing `in` as a comparison. */
export function parseTargetList(p: ParserState, stop: string): Expr {
  const first = parseTargetElement(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isKeyword(stop)) break;
    elts.push(parseTargetElement(p));
  }
  return p.finish(first, { kind: 'Tuple' as const, elts, ctx: 'Load' as const, parenthesized: false });
}

export function parseTargetElement(p: ParserState): Expr {
  return p.isOp('*') ? parseStarred(p) : parseBitwiseOr(p);
}

/**
 * A `for` target not followed by `in`. CPython's second pass reads the
 * target again as any expression: errors found in it win, then "cannot
 * assign to" for what cannot be a target, then the missing-comma check.
 */
export function failForTarget(p: ParserState, targetStart: number, target: Expr): never {
  const here = p.pos;
  p.pos = targetStart;
  const outcome = p.attempt(() => parseStarExpressions(p));
  p.pos = here;
  if ('error' in outcome) {
    if (outcome.error instanceof ScenarioSyntaxError && outcome.error.msg !== p.messagePrefix + 'invalid syntax') throw outcome.error;
  } else {
    const bad = invalidTarget(outcome.value, 'for');
    if (bad !== null) p.fail(`cannot assign to ${exprName(bad)}`, bad);
  }
  return failAfterExpression(p, target);
}

/** The first part of `e` that cannot be a target of this kind, or null. */
export function invalidTarget(e: Expr, kind: TargetKind): Expr | null {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    default:
      return e;
  }
}

/** Check a target and give it its context; report the first invalid part. */
export function checkTarget(p: ParserState, e: Expr, kind: TargetKind): void {
  const bad = invalidTarget(e, kind);
  if (bad !== null) p.fail(`${kind === 'del' ? 'cannot delete' : 'cannot assign to'} ${exprName(bad)}`, bad);
  if (e.kind === 'Starred') p.fail('starred assignment target must be in a list or tuple', e);
  checkDebugName(p, e, kind);
  rejectStarredTargets(p, e);
  setContext(e, kind === 'del' ? 'Del' : 'Store');
}

/** `__debug__` is a constant: assigning or deleting it is an error (compile.c, forbidden_name). */
function checkDebugName(p: ParserState, e: Expr, kind: TargetKind): void {
  if (e.kind === 'Name' && e.id === '__debug__') {
    p.fail(kind === 'del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e);
  }
  if (e.kind === 'Tuple' || e.kind === 'List') for (const elt of e.elts) checkDebugName(p, elt, kind);
}

/** compile.c unpack_helper: at most one `*name` per target list. */
function rejectStarredTargets(p: ParserState, e: Expr): void {
  if (e.kind !== 'Tuple' && e.kind !== 'List') return;
  if (e.elts.filter((elt) => elt.kind === 'Starred').length > 1) p.fail('multiple starred expressions in assignment', e);
  for (const elt of e.elts) rejectStarredTargets(p, elt.kind === 'Starred' ? elt.value : elt);
}

function setContext(e: Expr, ctx: ExprContext): void {
  if (e.kind === 'Name' || e.kind === 'Attribute' || e.kind === 'Subscript' || e.kind === 'Starred') e.ctx = ctx;
  if (e.kind === 'Starred') setContext(e.value, ctx);
  if (e.kind === 'Tuple' || e.kind === 'List') {
    e.ctx = ctx;
    for (const elt of e.elts) setContext(elt, ctx);
  }
}

/**
 * Check `t1 = t2 = ... = value` with CPython 3.11's order of messages. When
 * some target is invalid, the second parser pass first tries
 * invalid_named_expression on the last element of the first target: if the
 * text after its `=` begins with a bitwise_or that is not followed by `=`,
 * the message is "Maybe you meant '=='". Otherwise the first invalid target
 * gets "cannot assign to <what>".
 */
export function checkAssignmentTargets(p: ParserState, targets: Expr[], value: Expr): void {
  if (targets.some((t) => invalidTarget(t, 'assign') !== null)) {
    const first = targets[0];
    const last = first.kind === 'Tuple' && !first.parenthesized ? first.elts[first.elts.length - 1] : first;
    if (rhsStartsWithLoneBitwiseOr(targets.length > 1 ? targets[1] : value, targets.length > 1)) {
      if (last.kind === 'Name') p.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last);
      if (isBitwiseOrLevel(last) && !isExcludedFromHereMessage(last)) {
        p.fail(`cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`, last);
      }
    }
  }
  for (const target of targets) checkTarget(p, target, 'assign');
}

/** Does `rhs` begin with a bitwise_or that is not followed by '=' (when `rhs` is itself a target)? */
function rhsStartsWithLoneBitwiseOr(rhs: Expr, rhsIsTarget: boolean): boolean {
  const lead = leadingBitwiseOr(rhs);
  if (lead === null) return false;
  return !(lead === rhs && rhsIsTarget);
}

function leadingBitwiseOr(e: Expr): Expr | null {
  switch (e.kind) {
    case 'Tuple':
      return e.parenthesized ? e : leadingBitwiseOr(e.elts[0]);
    case 'Compare':
      return e.left;
    case 'BoolOp':
      return leadingBitwiseOr(e.values[0]);
    case 'IfExp':
      return leadingBitwiseOr(e.body);
    case 'Lambda':
    case 'Starred':
      return null;
    case 'UnaryOp':
      return e.op === 'not' ? null : e;
    default:
      return e;
  }
}
