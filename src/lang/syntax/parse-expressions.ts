/**
 * Expressions by precedence, lowest first (Python 3.11 grammar,
 * "expressions" section):
 *
 *   star_expressions  a, *b, c          (a Tuple when there is a comma)
 *   expression        lambda | disjunction ['if' disjunction 'else' expression]
 *   disjunction       conjunction ('or' conjunction)*       -> one BoolOp
 *   conjunction       inversion ('and' inversion)*          -> one BoolOp
 *   inversion         'not' inversion | comparison
 *   comparison        bitwise_or (compare_op bitwise_or)*   -> one Compare
 *   bitwise_or ... term: | ^ & (<< >>) (+ -) (* / // %), left-associative
 *   factor            ('+' | '-' | '~') factor | power
 *   power             primary ['**' factor]                 (right-associative)
 *
 * Primaries and atoms are in parse-atoms.ts.
 */
import type { Position } from './source-text';
import type { BinaryOperator, CompareOperator, Expr, Parameters, Starred, UnaryOperator } from './ast';
import { KEYWORDS, type Token } from './token';
import type { ParserState } from './parser-state';
import { parsePrimary } from './parse-atoms';
import { parseParameters } from './parse-parameters';
import { exprName } from './parse-targets';

/** `yield_expr`: `'yield' 'from' expression | 'yield' [star_expressions]` (the `yield` token is current). */
export function parseYieldExpression(p: ParserState): Expr {
  const start = p.next();
  if (p.eatKeyword('from')) {
    const value = parseExpression(p);
    return p.finish(start, { kind: 'YieldFrom' as const, value });
  }
  const value = startsExpression(p) ? parseStarExpressions(p) : null;
  if (value !== null && value.kind === 'Starred') p.fail("can't use starred expression here", value);
  return p.finish(start, { kind: 'Yield' as const, value });
}

/** `star_expressions`, or a `yield` expression where the grammar allows one unparenthesized (assignment values). */
export function parseStarExpressionsOrYield(p: ParserState): Expr {
  return p.isKeyword('yield') ? parseYieldExpression(p) : parseStarExpressions(p);
}

/** `star_expressions`: one expression, or an unparenthesized Tuple of them. */
export function parseStarExpressions(p: ParserState): Expr {
  const first = parseStarExpression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsExpression(p)) break;
    elts.push(parseStarExpression(p));
  }
  return p.finish(first, { kind: 'Tuple' as const, elts, ctx: 'Load' as const, parenthesized: false });
}

/** `'*' bitwise_or | expression`. */
export function parseStarExpression(p: ParserState): Expr {
  return p.isOp('*') ? parseStarred(p) : parseExpression(p);
}

/** `'*' bitwise_or | named_expression`: an element of a display. */
export function parseStarNamedExpression(p: ParserState): Expr {
  return p.isOp('*') ? parseStarred(p) : parseNamedExpression(p);
}

export function parseStarred(p: ParserState): Starred {
  const star = p.next();
  const value = parseBitwiseOr(p);
  return p.finish(star, { kind: 'Starred' as const, value, ctx: 'Load' as const });
}

/**
 * `named_expression`: an expression where Python also accepts `name := value`
 * (outside the scenario language). With `checkAssign`, a following `=`
 * gets CPython's "Maybe you meant '=='" messages (invalid_named_expression).
 */
export function parseNamedExpression(p: ParserState, checkAssign = true): Expr {
  const expr = parseExpression(p);
  if (p.isOp(':=')) {
    if (expr.kind !== 'Name') p.fail(`cannot use assignment expressions with ${exprName(expr)}`, expr);
    p.next();
    const value = parseExpression(p);
    const target = { ...expr, ctx: 'Store' as const };
    return p.finish(expr, { kind: 'NamedExpr' as const, target, value });
  }
  if (checkAssign && p.isOp('=')) checkMistakenAssignment(p, expr);
  return expr;
}

/**
 * `if x = 1:` and `[f() = 1]`: CPython's invalid_named_expression fires
 * when a bitwise_or is followed by '=' and another bitwise_or that is not
 * itself followed by '=' or ':='.
 */
function checkMistakenAssignment(p: ParserState, expr: Expr): void {
  if (!isBitwiseOrLevel(expr)) return;
  let rhs: Expr | null = null;
  const followedByAssign = p.speculate(() => {
    p.next();
    rhs = parseBitwiseOr(p);
    return p.isOp('=') || p.isOp(':=');
  });
  if (followedByAssign !== false) return;
  // invalid_named_expression: NAME '=' bitwise_or is a range from the name to the end of the bitwise_or.
  if (expr.kind === 'Name') p.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", rhs === null ? expr : p.span(expr, rhs, {}));
  if (!isExcludedFromHereMessage(expr)) {
    p.fail(`cannot assign to ${exprName(expr)} here. Maybe you meant '==' instead of '='?`, expr);
  }
}

/** Lists, parenthesized tuples, True, None and False never get the "here. Maybe" message. */
export function isExcludedFromHereMessage(expr: Expr): boolean {
  if (expr.kind === 'List' || (expr.kind === 'Tuple' && expr.parenthesized)) return true;
  return expr.kind === 'Constant' && expr.ellipsis !== true && (expr.value === true || expr.value === false || expr.value === null);
}

/** Could `expr` have come from the `bitwise_or` rule (no comparison, not, and/or, if-else, lambda, star)? */
export function isBitwiseOrLevel(expr: Expr): boolean {
  switch (expr.kind) {
    case 'Compare':
    case 'BoolOp':
    case 'IfExp':
    case 'Lambda':
    case 'Starred':
      return false;
    case 'UnaryOp':
      return expr.op !== 'not';
    case 'Tuple':
      return expr.parenthesized;
    default:
      return true;
  }
}

/**
 * `expression`: lambda, or a disjunction with an optional conditional.
 * Both nest to the right (`lambda: lambda: x`, `a if b else c if d else e`),
 * so the chain is read in a loop and built from the innermost expression
 * out: a long chain never deepens the host stack (CPython's parser counts
 * the levels: `p.descend`).
 */
export function parseExpression(p: ParserState): Expr {
  const pending: Array<{ lambda: Token; params: Parameters } | { body: Expr; test: Expr }> = [];
  let levels = 0;
  let node: Expr;
  for (;;) {
    if (p.isKeyword('lambda')) {
      const start = p.next();
      const params = parseParameters(p, ':', true);
      p.expectOp(':');
      pending.push({ lambda: start, params });
      p.descend(2);
      levels += 2;
      continue;
    }
    const body = parseDisjunction(p);
    if (!p.isKeyword('if')) {
      node = body;
      break;
    }
    p.next();
    const test = parseDisjunction(p);
    if (!p.eatKeyword('else')) {
      // RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the body to the end of the condition.
      if (!p.isOp(':')) p.fail("expected 'else' after 'if' expression", { line: body.line, col: body.col, endLine: test.endLine, endCol: test.endCol } as Position);
      p.fail();
    }
    pending.push({ body, test });
    p.descend(1);
    levels += 1;
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const outer = pending[i];
    node =
      'lambda' in outer
        ? p.finish(outer.lambda, { kind: 'Lambda' as const, params: outer.params, body: node })
        : p.finish(outer.body, { kind: 'IfExp' as const, test: outer.test, body: outer.body, orelse: node });
  }
  p.ascend(levels);
  return node;
}

/** `disjunction`: `a or b or c` is one BoolOp. */
export function parseDisjunction(p: ParserState): Expr {
  return parseBoolOp(p, 'or', parseConjunction);
}

function parseConjunction(p: ParserState): Expr {
  return parseBoolOp(p, 'and', parseInversion);
}

function parseBoolOp(p: ParserState, op: 'and' | 'or', operand: (p: ParserState) => Expr): Expr {
  const first = operand(p);
  if (!p.isKeyword(op)) return first;
  const values = [first];
  while (p.eatKeyword(op)) values.push(operand(p));
  return p.finish(first, { kind: 'BoolOp' as const, op, values });
}

function parseInversion(p: ParserState): Expr {
  if (!p.isKeyword('not')) return parseComparison(p);
  // `not not ... x`: read in a loop, built from the inside out.
  const nots: Token[] = [];
  while (p.isKeyword('not')) {
    nots.push(p.next());
    p.descend(1);
  }
  let node = parseComparison(p);
  for (let i = nots.length - 1; i >= 0; i--) {
    node = p.finish(nots[i], { kind: 'UnaryOp' as const, op: 'not' as const, operand: node });
  }
  p.ascend(nots.length);
  return node;
}

/** `comparison`: chained, `a < b < c` is one Compare with two ops. */
function parseComparison(p: ParserState): Expr {
  const left = parseBitwiseOr(p);
  const ops: CompareOperator[] = [];
  const comparators: Expr[] = [];
  for (let op = compareOperator(p); op !== null; op = compareOperator(p)) {
    ops.push(op);
    comparators.push(parseBitwiseOr(p));
  }
  if (ops.length === 0) return left;
  return p.finish(left, { kind: 'Compare' as const, left, ops, comparators });
}

const COMPARE_OPS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** Consume a comparison operator (`not in` and `is not` are two tokens). */
function compareOperator(p: ParserState): CompareOperator | null {
  const t = p.tok;
  if (t.type === 'OP' && COMPARE_OPS.has(t.value)) {
    p.next();
    return t.value as CompareOperator;
  }
  if (p.isKeyword('in')) {
    p.next();
    return 'in';
  }
  if (p.isKeyword('not') && p.isKeyword('in', p.peek())) {
    p.pos += 2;
    return 'not in';
  }
  if (p.isKeyword('is')) {
    p.next();
    return p.eatKeyword('not') ? 'is not' : 'is';
  }
  return null;
}

/** Binary operator levels, loosest first. */
const BINARY_LEVELS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['|']),
  new Set(['^']),
  new Set(['&']),
  new Set(['<<', '>>']),
  new Set(['+', '-']),
  new Set(['*', '/', '//', '%', '@']),
];

/** `bitwise_or`: the loosest binary level. */
export function parseBitwiseOr(p: ParserState): Expr {
  return parseBinary(p, 0);
}

function parseBinary(p: ParserState, level: number): Expr {
  if (level === BINARY_LEVELS.length) return parseFactor(p);
  let left = parseBinary(p, level + 1);
  while (p.tok.type === 'OP' && BINARY_LEVELS[level].has(p.tok.value)) {
    const opToken = p.next();
    const right = parseBinary(p, level + 1);
    left = p.finish(left, { kind: 'BinOp' as const, left, op: opToken.value as BinaryOperator, right });
  }
  return left;
}

/**
 * `factor`: unary plus, minus and invert bind tighter than binary operators,
 * looser than `**`; `power` is `primary ['**' factor]`, so `a ** -b` is
 * allowed (the right side is a factor) and `-a ** b` is `-(a ** b)`.
 *
 * The two rules nest to the right (`- - a ** - b ** c`): the chain is read
 * in one loop, keeping the pending operators, and built from the innermost
 * operand out, so 10,000 minus signs never deepen the host stack.
 */
function parseFactor(p: ParserState): Expr {
  if (isUnaryOperator(p.tok)) return parseFactorChain(p, null);
  const base = parsePower(p);
  return p.isOp('**') ? parseFactorChain(p, base) : base;
}

/** The chain after its first operator; `first` is the base already read before a `**`, if any. */
function parseFactorChain(p: ParserState, first: Expr | null): Expr {
  const pending: Array<Token | Expr> = [];
  let levels = 0;
  let node: Expr | null = first;
  for (;;) {
    if (node !== null) {
      // node '**': the exponent is another factor.
      p.next();
      pending.push(node);
      p.descend(2);
      levels += 2;
    }
    while (isUnaryOperator(p.tok)) {
      pending.push(p.next());
      p.descend(1);
      levels += 1;
    }
    node = parsePower(p);
    if (!p.isOp('**')) break;
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const outer = pending[i];
    node =
      'kind' in outer
        ? p.finish(outer, { kind: 'BinOp' as const, left: outer, op: '**' as const, right: node })
        : p.finish(outer, { kind: 'UnaryOp' as const, op: outer.value as UnaryOperator, operand: node });
  }
  p.ascend(levels);
  return node;
}

function isUnaryOperator(t: Token): boolean {
  return t.type === 'OP' && (t.value === '-' || t.value === '+' || t.value === '~');
}

/**
 * The base of `power`: `await primary` or a primary. `await` before
 * anything that cannot begin a primary is CPython's plain "invalid syntax"
 * at that token (`await = 1`).
 */
function parsePower(p: ParserState): Expr {
  if (p.isKeyword('await')) {
    const after = p.peek();
    const atom = after.type === 'NUMBER' || after.type === 'STRING' ||
      (after.type === 'NAME' && (!KEYWORDS.has(after.value) || after.value === 'True' || after.value === 'False' || after.value === 'None')) ||
      (after.type === 'OP' && (after.value === '(' || after.value === '[' || after.value === '{' || after.value === '...'));
    if (!atom) p.fail('invalid syntax', after);
    const start = p.next();
    const value = parsePrimary(p);
    return p.finish(start, { kind: 'Await' as const, value });
  }
  return parsePrimary(p);
}

/** Can the current token begin an expression? */
export function startsExpression(p: ParserState): boolean {
  const t = p.tok;
  switch (t.type) {
    case 'NUMBER':
    case 'STRING':
      return true;
    case 'NAME':
      return p.isIdentifier() || ['True', 'False', 'None', 'not', 'lambda', 'await', 'yield'].includes(t.value);
    case 'OP':
      return ['(', '[', '{', '-', '+', '~', '*', '...'].includes(t.value);
    default:
      return false;
  }
}
