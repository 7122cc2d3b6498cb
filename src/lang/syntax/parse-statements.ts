/**
 * Statements: the dispatch on a statement's first token, and the simple
 * statements (Python 3.11 grammar, "Simple statements"):
 *
 *   simple_stmts  simple_stmt (';' simple_stmt)* [';'] NEWLINE
 *   simple_stmt   assignment | star_expressions | return | import | raise
 *                 | pass | del | assert | break | continue | global | nonlocal
 *
 * Compound statements are in parse-compound.ts. Statements Python has but
 * the scenario language lacks (`async`) are rejected where they start;
 * `match` statements are in parse-match.ts.
 */
import { withEndOffset } from './syntax-error';
import type { Position } from './source-text';
import type { Alias, BinaryOperator, Expr, Stmt } from './ast';
import type { ParserState } from './parser-state';
import { parsePrimary } from './parse-atoms';
import { parseCompoundStatement } from './parse-compound';
import { parseMatch } from './parse-match';
import { parseExpression, parseStarExpressions, parseStarExpressionsOrYield, startsExpression } from './parse-expressions';
import { checkAssignmentTargets, checkTarget, exprName, invalidTarget } from './parse-targets';
import type { Token } from './token';

const COMPOUND_KEYWORDS: ReadonlySet<string> = new Set(['if', 'while', 'for', 'try', 'def', 'class', 'with']);
const AUGMENTED: ReadonlySet<string> = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '|=', '&=', '^=', '@=']);

/** One statement; a line of simple statements gives several. */
export function parseStatement(p: ParserState): Stmt[] {
  const t = p.tok;
  if (t.type === 'INDENT') p.fail('unexpected indent', withEndOffset(t, -1), 'IndentationError');
  if (t.type === 'NAME') {
    if (COMPOUND_KEYWORDS.has(t.value)) return [parseCompoundStatement(p)];
    if (t.value === 'async') return [parseAsyncStatement(p)];
    if (t.value === 'match' && isMatchStatement(p)) {
      // A soft keyword: a line that is not a match statement is simple statements.
      const m = p.tryParse(() => parseMatch(p));
      if (m !== null) return [m];
    }
  }
  if (p.isOp('@')) return [parseCompoundStatement(p)];
  return parseSimpleStatements(p);
}

/** `match` is a soft keyword: the statement is `match subject:` ending its logical line with ':'. */
function isMatchStatement(p: ParserState): boolean {
  const next = p.peek();
  if (next.type === 'OP' && (next.value === ':' || next.value === '=' || next.value === '.')) return false;
  let i = p.pos;
  while (i + 1 < p.tokens.length && !['NEWLINE', 'ENDMARKER', 'ERRORTOKEN'].includes(p.tokens[i + 1].type)) i++;
  return p.isOp(':', p.tokens[i]);
}

export function parseSimpleStatements(p: ParserState): Stmt[] {
  const stmts = [parseSimpleStatement(p)];
  while (p.eatOp(';')) {
    if (p.tok.type === 'NEWLINE') break;
    stmts.push(parseSimpleStatement(p));
  }
  if (p.tok.type !== 'NEWLINE') failStatementEnd(p, stmts[stmts.length - 1]);
  p.next();
  return stmts;
}

/**
 * A simple statement did not end. CPython's second pass tries to read an
 * expression here (its legacy `print x` message needs one; and how far it
 * reads decides whether an unclosed bracket is blamed), else "invalid syntax".
 */
export function failStatementEnd(p: ParserState, last: Stmt): never {
  if (!endsWithExpression(last) || !startsExpression(p)) return p.fail();
  const more = p.speculate(() => parseStarExpressions(p));
  if (more !== null && last.kind === 'Expr' && last.value.kind === 'Name' && ['print', 'exec'].includes(last.value.id)) {
    const name = last.value.id;
    // invalid_legacy_expression: RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b), the name to the end of what follows.
    const a = last.value;
    p.fail(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, { line: a.line, col: a.col, endLine: more.endLine, endCol: more.endCol } as Position);
  }
  return p.fail();
}

/** Does the statement end with an expression (that CPython's second pass would try to extend)? */
function endsWithExpression(s: Stmt): boolean {
  switch (s.kind) {
    case 'Expr':
    case 'Assign':
    case 'AugAssign':
    case 'Assert':
    case 'Delete':
      return true;
    case 'Return':
      return s.value !== null;
    case 'Raise':
      return s.exc !== null;
    default:
      return false;
  }
}

/** The dispatch on a simple statement's keyword. */
function parseSimpleStatement(p: ParserState): Stmt {
  const t = p.tok;
  if (t.type === 'NAME') {
    switch (t.value) {
      case 'pass':
        p.next();
        return p.finish(t, { kind: 'Pass' as const });
      case 'break':
        p.next();
        return p.finish(t, { kind: 'Break' as const });
      case 'continue':
        p.next();
        return p.finish(t, { kind: 'Continue' as const });
      case 'return':
        return parseReturn(p, p.next());
      case 'raise':
        return parseRaise(p, p.next());
      case 'global':
      case 'nonlocal':
        return parseNameList(p, p.next());
      case 'del':
        return parseDelete(p, p.next());
      case 'assert':
        return parseAssert(p, p.next());
      case 'import':
        return parseImport(p, p.next());
      case 'from':
        return parseImportFrom(p, p.next());
    }
  }
  return parseExpressionStatement(p);
}

function parseReturn(p: ParserState, start: Token): Stmt {
  const value = startsExpression(p) ? parseStarExpressions(p) : null;
  if (value !== null) rejectBareStarred(p, value);
  return p.finish(start, { kind: 'Return' as const, value });
}

function parseRaise(p: ParserState, start: Token): Stmt {
  let exc: Expr | null = null;
  let cause: Expr | null = null;
  if (startsExpression(p)) {
    exc = parseExpression(p);
    if (p.eatKeyword('from')) cause = parseExpression(p);
  }
  return p.finish(start, { kind: 'Raise' as const, exc, cause });
}

function parseNameList(p: ParserState, start: Token): Stmt {
  const names = [p.expectIdentifier().value];
  while (p.eatOp(',')) names.push(p.expectIdentifier().value);
  const kind = start.value === 'global' ? ('Global' as const) : ('Nonlocal' as const);
  return p.finish(start, { kind, names });
}

/**
 * `del a, b.c, d[0]`: targets are deleted left to right; `del (a, b)` keeps
 * one Tuple target. CPython's first pass reads only targets (names,
 * attributes, subscripts, parenthesized or bracketed groups of them); when
 * that fails its second pass reads any expression to name what cannot be
 * deleted.
 */
function parseDelete(p: ParserState, start: Token): Stmt {
  const targets = p.tryParse(() => {
    const list = [parsePrimary(p)];
    while (p.eatOp(',') && !p.at('NEWLINE') && !p.isOp(';')) list.push(parsePrimary(p));
    const ended = p.at('NEWLINE') || p.isOp(';');
    return ended && list.every((t) => invalidTarget(t, 'del') === null) ? list : null;
  });
  if (targets === null) failDelete(p);
  for (const target of targets) checkTarget(p, target, 'del');
  return p.finish(start, { kind: 'Delete' as const, targets });
}

function failDelete(p: ParserState): never {
  const outcome = p.attempt(() => parseStarExpressions(p));
  if ('error' in outcome) {
    if (!p.isGenericError(outcome.error)) throw outcome.error;
    return p.fail();
  }
  const expr = outcome.value;
  for (const target of expr.kind === 'Tuple' && !expr.parenthesized ? expr.elts : [expr]) {
    const bad = invalidTarget(target, 'del');
    if (bad !== null) p.fail(`cannot delete ${exprName(bad)}`, bad);
  }
  return p.fail();
}

function parseAssert(p: ParserState, start: Token): Stmt {
  const test = parseExpression(p);
  const msg = p.eatOp(',') ? parseExpression(p) : null;
  return p.finish(start, { kind: 'Assert' as const, test, msg });
}

/** `import a.b as c, d`. */
function parseImport(p: ParserState, start: Token): Stmt {
  const names = [parseAlias(p, true)];
  while (p.eatOp(',')) names.push(parseAlias(p, true));
  return p.finish(start, { kind: 'Import' as const, names });
}

/**
 * `from module import a as b, c`, `from module import (a, b,)`,
 * `from module import *` and the relative forms `from . import x`,
 * `from ..pkg import y` (level = number of leading dots).
 */
function parseImportFrom(p: ParserState, start: Token): Stmt {
  let level = 0;
  for (;;) {
    if (p.eatOp('.')) level += 1;
    else if (p.eatOp('...')) level += 3;
    else break;
  }
  const module = level > 0 && p.isKeyword('import') ? null : parseDottedName(p);
  p.expectKeyword('import');
  const names: Alias[] = [];
  if (p.isOp('*')) {
    const star = p.next();
    names.push(p.finish(star, { kind: 'alias' as const, name: '*', asname: null }));
  } else if (p.eatOp('(')) {
    do {
      if (p.isOp(')') && names.length > 0) break;
      names.push(parseAlias(p, false));
    } while (p.eatOp(','));
    p.expectOp(')');
  } else {
    names.push(parseAlias(p, false));
    while (p.eatOp(',')) {
      if (p.tok.type === 'NEWLINE') p.fail('trailing comma not allowed without surrounding parentheses');
      names.push(parseAlias(p, false));
    }
  }
  return p.finish(start, { kind: 'ImportFrom' as const, module, names, level });
}

function parseAlias(p: ParserState, dotted: boolean): Alias {
  const start = p.tok;
  const name = dotted ? parseDottedName(p) : p.expectIdentifier().value;
  const asname = p.eatKeyword('as') ? p.expectIdentifier().value : null;
  return p.finish(start, { kind: 'alias' as const, name, asname });
}

function parseDottedName(p: ParserState): string {
  let name = p.expectIdentifier().value;
  while (p.eatOp('.')) name += '.' + p.expectIdentifier().value;
  return name;
}

/** An expression statement, an assignment chain `a = b = value`, or an augmented assignment. */
function parseExpressionStatement(p: ParserState): Stmt {
  const start = p.tok;
  const first = parseStarExpressionsOrYield(p);
  if (p.isOp('=')) {
    const exprs = [first];
    while (p.eatOp('=')) {
      if (!startsExpression(p) && !p.isKeyword('yield')) failAssignmentWithoutValue(p, exprs);
      // CPython's `assignment` rule reads the value 2 parser levels deeper than an expression statement.
      p.descend(2);
      exprs.push(parseStarExpressionsOrYield(p));
      p.ascend(2);
    }
    const value = exprs.pop()!;
    // invalid_assignment: `x = yield = 1` (an unparenthesized yield as a target).
    const yieldTarget = exprs.find((t) => (t.kind === 'Yield' || t.kind === 'YieldFrom') && !p.isGrouped(t));
    if (yieldTarget !== undefined) p.fail('assignment to yield expression not possible', yieldTarget);
    checkAssignmentTargets(p, exprs, value);
    rejectBareStarred(p, value);
    return p.finish(start, { kind: 'Assign' as const, targets: exprs, value });
  }
  if (p.tok.type === 'OP' && AUGMENTED.has(p.tok.value)) return parseAugAssign(p, start, first);
  if (p.isOp(':')) return parseAnnotatedAssignment(p, start, first);
  rejectBareStarred(p, first);
  return p.finish(start, { kind: 'Expr' as const, value: first });
}

/** `a = b =` with nothing after: CPython blames the first target that cannot be assigned. */
function failAssignmentWithoutValue(p: ParserState, targets: Expr[]): never {
  for (const target of targets) {
    const bad = invalidTarget(target, 'assign');
    if (bad !== null) p.fail(`cannot assign to ${exprName(bad)}`, bad);
  }
  return p.fail();
}

/**
 * `target: annotation [= value]` for a single name, attribute or subscript
 * (`simple` when the target is a bare name); other targets get CPython's
 * messages.
 */
function parseAnnotatedAssignment(p: ParserState, start: Token, target: Expr): Stmt {
  const annotation = p.speculate(() => {
    p.next();
    return parseExpression(p);
  });
  if (annotation === null) {
    // CPython's first pass reads past ':' only after a single name, attribute or subscript.
    if (target.kind === 'Name' || target.kind === 'Attribute' || target.kind === 'Subscript') p.next();
    return p.fail();
  }
  if (target.kind === 'Tuple' || target.kind === 'List') {
    p.fail(`only single target (not ${target.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, target);
  }
  if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
    p.fail('illegal target for annotation', target);
  }
  p.next();
  const ann = parseExpression(p);
  const value = p.eatOp('=') ? parseStarExpressionsOrYield(p) : null;
  checkTarget(p, target, 'assign');
  const simple = target.kind === 'Name' && !p.isGrouped(target);
  return p.finish(start, { kind: 'AnnAssign' as const, target, annotation: ann, value, simple });
}

function parseAugAssign(p: ParserState, start: Token, target: Expr): Stmt {
  if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
    p.fail(`'${exprName(target)}' is an illegal expression for augmented assignment`, target);
  }
  checkTarget(p, target, 'assign');
  const op = p.next().value.slice(0, -1) as BinaryOperator;
  const value = parseStarExpressionsOrYield(p);
  return p.finish(start, { kind: 'AugAssign' as const, target, op, value });
}

/** `x = *a` and `*a` alone: CPython's compiler says "can't use starred expression here". */
function rejectBareStarred(p: ParserState, value: Expr): void {
  if (value.kind === 'Starred') p.fail("can't use starred expression here", value);
}

/**
 * A statement beginning with the keyword `async`: `async def`, `async with`
 * or `async for` (the statement's position starts at `async`); anything
 * else is CPython's plain "invalid syntax" at the token after `async` (the
 * furthest its `&('def' | '@' | ASYNC)` alternatives read).
 */
export function parseAsyncStatement(p: ParserState, decorators: Expr[] = []): Stmt {
  const after = p.peek();
  if (after.type !== 'NAME' || !(after.value === 'def' || (decorators.length === 0 && (after.value === 'with' || after.value === 'for')))) {
    return p.fail('invalid syntax', after);
  }
  const start = p.next();
  const s = after.value === 'def' ? parseCompoundStatement(p, decorators) : parseCompoundStatement(p);
  (s as { isAsync?: boolean }).isAsync = true;
  // The statement starts at `async` (a decorated one too, as its `def` would).
  s.line = start.line;
  s.col = start.col;
  return s;
}
