/**
 * Compound statements and blocks (Python 3.11 grammar, "Compound statements"):
 *
 *   block  NEWLINE INDENT statement+ DEDENT | simple_stmts
 *   if / elif / else, while / else, for / else, try / except / else / finally,
 *   def NAME '(' params ')' ':' block, class NAME ['(' bases ')'] ':' block
 *
 * Messages follow CPython: "expected ':'" when a header line ends without
 * its colon (and at any token after `def ...)`, `try`, `else`, `finally`,
 * where the grammar forces the colon); "expected an indented block after
 * ... on line N" when the block's INDENT is missing; "expected 'except' or
 * 'finally' block". A compound statement ends where its last statement ends.
 */
import type { ClassDef, ExceptHandler, Expr, For, FunctionDef, If, Keyword, Loc, Stmt, Try, While, With, WithItem } from './ast';
import type { ParserState } from './parser-state';
import { parseArguments } from './parse-arguments';
import { parseExpression, parseNamedExpression, parseStarExpressions } from './parse-expressions';
import { parseParameters } from './parse-parameters';
import { parseAsyncStatement, parseSimpleStatements, parseStatement } from './parse-statements';
import { checkTarget, failForTarget, parseTargetElement, parseTargetList } from './parse-targets';
import type { Token } from './token';
import type { Position } from './source-text';
import { withEndOffset } from './syntax-error';

/** The dispatch on a compound statement's keyword. */
export function parseCompoundStatement(p: ParserState, decorators: Expr[] = []): Stmt {
  switch (p.tok.value) {
    case 'if':
      return parseIf(p);
    case 'while':
      return parseWhile(p);
    case 'for':
      return parseFor(p);
    case 'try':
      return parseTry(p);
    case 'def':
      return parseFunctionDef(p, decorators);
    case 'with':
      return parseWith(p);
    case 'class':
      return parseClassDef(p, []);
    default:
      return parseDecorated(p);
  }
}

/** `@expr NEWLINE` lines, then the decorated `def` or `class`. */
function parseDecorated(p: ParserState): FunctionDef | ClassDef {
  const decorators: Expr[] = [];
  while (p.eatOp('@')) {
    decorators.push(parseNamedExpression(p));
    if (p.tok.type !== 'NEWLINE') p.fail();
    p.next();
  }
  if (p.isKeyword('def')) return parseFunctionDef(p, decorators);
  if (p.isKeyword('class')) return parseClassDef(p, decorators);
  if (p.isKeyword('async')) return parseAsyncStatement(p, decorators) as FunctionDef;
  return p.fail();
}

/**
 * `with item, ...:` and `with (item, ...):` (an item is `expression ['as' star_target]`).
 * The parenthesized form is tried first, as CPython's grammar does: `with (a, b):`
 * enters two managers, `with (a, b) as c:` one tuple.
 */
function parseWith(p: ParserState): With {
  const keyword = p.next();
  if (p.isOp('(')) {
    const items = p.tryParse(() => {
      p.next();
      const list = [parseWithItem(p, true)];
      while (p.eatOp(',')) {
        if (p.isOp(')')) break;
        list.push(parseWithItem(p, true));
      }
      if (!p.eatOp(')') || !p.isOp(':')) return null;
      return list;
    });
    if (items !== null) return finishWith(p, keyword, items);
  }
  const items = [parseWithItem(p, false)];
  while (p.eatOp(',')) items.push(parseWithItem(p, false));
  return finishWith(p, keyword, items);
}

function finishWith(p: ParserState, keyword: Token, items: WithItem[]): With {
  const body = parseClause(p, keyword, "'with' statement", false);
  return p.span(keyword, endOf(body), { kind: 'With' as const, items, body });
}

function parseWithItem(p: ParserState, inParens: boolean): WithItem {
  const start = p.tok;
  const contextExpr = parseExpression(p);
  let optionalVars: Expr | null = null;
  if (p.eatKeyword('as')) {
    // `star_target &(',' | ')' | ':')`: one target (a tuple only in brackets).
    optionalVars = parseTargetElement(p);
    if (!p.isOp(',') && !p.isOp(':') && !(inParens && p.isOp(')'))) p.fail();
    checkTarget(p, optionalVars, 'assign');
  }
  return p.finish(start, { kind: 'withitem' as const, contextExpr, optionalVars });
}

/** The ':' ending a header. `forced` is the grammar's `&&':'`: any other token is "expected ':'". */
function expectColon(p: ParserState, forced: boolean): void {
  if (p.eatOp(':')) return;
  if (forced || p.tok.type === 'NEWLINE') p.fail("expected ':'");
  p.fail();
}

/** An indented block or simple statements on the header's line. */
export function parseBlock(p: ParserState, header: string, headerToken: Token): Stmt[] {
  // CPython's parser levels of a block (7 under a `def`), see ParserState.descend.
  const levels = header === 'function definition' ? 7 : 6;
  p.descend(levels);
  let body: Stmt[];
  if (p.tok.type !== 'NEWLINE') body = parseSimpleStatements(p);
  else {
    p.next();
    if (!p.at('INDENT')) {
      p.fail(`expected an indented block after ${header} on line ${headerToken.line}`, p.tok, 'IndentationError');
    }
    p.next();
    body = [];
    while (!p.at('DEDENT') && !p.at('ENDMARKER')) body.push(...parseStatement(p));
    p.next();
  }
  p.ascend(levels);
  return body;
}

/** `header ':' block`, the block's header named as CPython names it. */
function parseClause(p: ParserState, keyword: Token, header: string, forced: boolean): Stmt[] {
  expectColon(p, forced);
  return parseBlock(p, header, keyword);
}

/** `else: block` after if/while/for/try, or []. */
function parseElse(p: ParserState): Stmt[] {
  if (!p.isKeyword('else')) return [];
  return parseClause(p, p.next(), "'else' statement", true);
}

/**
 * Where a compound statement ends: the last statement of its last nonempty
 * block. `body` comes from parseBlock, which never returns an empty block
 * (it raises "expected an indented block" instead).
 */
function endOf(body: Stmt[], ...later: Stmt[][]): Loc {
  for (let i = later.length - 1; i >= 0; i--) {
    const block = later[i];
    if (block.length > 0) return block[block.length - 1];
  }
  return body[body.length - 1];
}

/** `if` and `elif`: an elif is an If alone in the orelse of the previous one. */
function parseIf(p: ParserState): If {
  const keyword = p.next();
  const test = parseNamedExpression(p);
  const body = parseClause(p, keyword, `'${keyword.value}' statement`, false);
  const orelse = p.isKeyword('elif') ? [parseIf(p)] : parseElse(p);
  return p.span(keyword, endOf(body, orelse), { kind: 'If' as const, test, body, orelse });
}

function parseWhile(p: ParserState): While {
  const keyword = p.next();
  const test = parseNamedExpression(p);
  const body = parseClause(p, keyword, "'while' statement", false);
  const orelse = parseElse(p);
  return p.span(keyword, endOf(body, orelse), { kind: 'While' as const, test, body, orelse });
}

function parseFor(p: ParserState): For {
  const keyword = p.next();
  // `for async ...` is no async for: the keyword is no target.
  if (p.isKeyword('async')) p.fail('invalid syntax', p.tok);
  const targetStart = p.pos;
  const target = parseTargetList(p, 'in');
  checkTarget(p, target, 'for');
  if (!p.eatKeyword('in')) failForTarget(p, targetStart, target);
  const iter = parseStarExpressions(p);
  const body = parseClause(p, keyword, "'for' statement", false);
  const orelse = parseElse(p);
  return p.span(keyword, endOf(body, orelse), { kind: 'For' as const, target, iter, body, orelse });
}

function parseTry(p: ParserState): Try {
  const keyword = p.next();
  const body = parseClause(p, keyword, "'try' statement", true);
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.isKeyword('except')) {
    const isStar = p.isOp('*', p.peek());
    if (star !== null && isStar !== star) {
      // The range covers the clause's `except *` tokens when it is the starred one.
      p.fail("cannot have both 'except' and 'except*' on the same 'try'", isStar ? p.span(p.tok, p.peek(), {}) : p.tok);
    }
    star = isStar;
    handlers.push(parseHandler(p));
  }
  const orelse = handlers.length > 0 ? parseElse(p) : [];
  let finalbody: Stmt[] = [];
  if (p.isKeyword('finally')) finalbody = parseClause(p, p.next(), "'finally' statement", true);
  else if (handlers.length === 0) {
    // At a DEDENT or the end of input (no columns of their own), the error has no end column
    // (ParserState.fail gives the end-of-input tokens theirs).
    const t = p.tok;
    p.fail("expected 'except' or 'finally' block", t.type === 'DEDENT' && t.start !== p.source.text.length ? withEndOffset(t, -1) : t);
  }
  return p.span(keyword, endOf(body, handlers.map((h) => h.body).flat(), orelse, finalbody), {
    kind: 'Try' as const,
    body,
    handlers,
    orelse,
    finalbody,
    ...(star === true ? { star: true } : {}),
  });
}

/** `except [type [as name]]: block` or `except* type [as name]: block`. */
function parseHandler(p: ParserState): ExceptHandler {
  const keyword = p.next();
  const star = p.eatOp('*');
  let type: Expr | null = null;
  let name: string | null = null;
  if (star && p.isOp(':')) p.fail('expected one or more exception types', p.tok);
  if (!p.isOp(':')) {
    type = parseExpression(p);
    if (p.isOp(',')) failUnparenthesizedTypes(p, type);
    if (p.eatKeyword('as')) name = p.expectIdentifier().value;
  }
  const body = parseClause(p, keyword, star ? "'except*' statement" : "'except' statement", false);
  return p.span(keyword, endOf(body), { kind: 'ExceptHandler' as const, type, name, body });
}

/**
 * invalid_except_stmt: `except A, B [as n]:` is reported from the first
 * type to the colon (RAISE_SYNTAX_ERROR_STARTING_FROM ends at the
 * tokenizer's position, the start of the `:` it just fetched).
 */
function failUnparenthesizedTypes(p: ParserState, type: Expr): never {
  const colon = p.speculate(() => {
    while (p.eatOp(',')) {
      if (p.isOp(':') || p.isKeyword('as')) break;
      parseExpression(p);
    }
    if (p.eatKeyword('as')) p.expectIdentifier();
    return p.isOp(':') ? p.tok : null;
  });
  if (colon === null) return p.fail('multiple exception types must be parenthesized', type);
  return p.fail('multiple exception types must be parenthesized', { line: type.line, col: type.col, endLine: colon.line, endCol: colon.col } as Position);
}

function parseFunctionDef(p: ParserState, decorators: Expr[]): FunctionDef {
  const keyword = p.next();
  const name = p.expectIdentifier().value;
  if (!p.isOp('(')) p.fail("expected '('");
  p.next();
  const params = parseParameters(p, ')', false);
  p.expectOp(')');
  // ['->' expression] &&':': an arrow not followed by an expression is skipped, and the
  // forced ':' is then missing at the arrow.
  let returns: Expr | null = null;
  if (p.isOp('->')) {
    const arrow = p.tok;
    returns = p.tryParse(() => {
      p.next();
      return parseExpression(p);
    });
    if (returns === null) {
      // The annotation is the longest expression the tokens after the arrow start
      // with; the forced ':' is then missing at the token after it (or at the arrow).
      p.next();
      const end = p.longestPrefix(() => parseExpression(p));
      p.fail("expected ':'", end === null ? arrow : p.tokens[end]);
    }
  }
  const body = parseClause(p, keyword, 'function definition', true);
  return p.span(keyword, endOf(body), { kind: 'FunctionDef' as const, name, params, body, decorators, returns });
}

/** `class Name(bases, *more, metaclass=M, **kw):`. */
function parseClassDef(p: ParserState, decorators: Expr[]): ClassDef {
  const keyword = p.next();
  const name = p.expectIdentifier().value;
  let bases: Expr[] = [];
  let keywords: Keyword[] = [];
  if (p.isOp('(')) {
    const args = parseArguments(p, false);
    bases = args.args;
    keywords = args.keywords;
  }
  const body = parseClause(p, keyword, 'class definition', false);
  return p.span(keyword, endOf(body), { kind: 'ClassDef' as const, name, bases, keywords, body, decorators });
}
