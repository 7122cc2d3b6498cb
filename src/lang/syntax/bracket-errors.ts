/**
 * Closing a bracket, and the error when the closer is missing.
 *
 * CPython 3.11's invalid_expression rule: inside brackets, an expression
 * directly followed by another expression is "invalid syntax. Perhaps you
 * forgot a comma?", located at the first one (`[a b]`, `f(x y)`), unless the
 * first begins with a NAME directly followed by a STRING or with a soft
 * keyword. The first expression is the innermost disjunction that ends
 * where the second begins (the `z` of `x if y else z w`).
 */
import type { Expr } from './ast';
import type { ParserState } from './parser-state';
import { parseExpression, startsExpression } from './parse-expressions';
import type { Token } from './token';
import type { Position } from './source-text';

const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['match', 'case', '_']);

/** Consume `closer`, or fail: with the missing-comma message when `last` is followed by an expression. */
export function closeBracket(p: ParserState, closer: string, last: Expr): void {
  if (p.eatOp(closer)) return;
  failAfterExpression(p, last);
}

/** The error for an unexpected token right after the expression `last`. */
export function failAfterExpression(p: ParserState, last: Expr): never {
  const a = trailingDisjunction(last);
  if (!startsExpression(p)) return p.fail();
  // CPython's second pass reads the second expression in any case (how far
  // it reads matters for an unclosed bracket), and gives the message only
  // when brackets are still open after it.
  const b = p.speculate(() => {
    const second = parseExpression(p);
    return levelAfter(p.prev) > 0 ? second : null;
  });
  // RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the first expression to the end of the second.
  if (b !== null && !startsWithNameString(p, a)) {
    p.fail('invalid syntax. Perhaps you forgot a comma?', { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol } as Position);
  }
  return p.fail();
}

/** The bracket depth after a token (CPython's token level): a closer has left its bracket. */
function levelAfter(token: Token): number {
  if (token.type !== 'OP') return token.level;
  if ('([{'.includes(token.value)) return token.level + 1;
  if (')]}'.includes(token.value)) return token.level - 1;
  return token.level;
}

function trailingDisjunction(e: Expr): Expr {
  if (e.kind === 'IfExp') return trailingDisjunction(e.orelse);
  if (e.kind === 'Lambda') return trailingDisjunction(e.body);
  if (e.kind === 'Starred') return trailingDisjunction(e.value);
  if ((e.kind === 'Yield' || e.kind === 'YieldFrom') && e.value !== null) return trailingDisjunction(e.value);
  return e;
}

/** The `!(NAME STRING | SOFT_KEYWORD)` lookahead at the start of `a`. */
function startsWithNameString(p: ParserState, a: Expr): boolean {
  let i = p.pos - 1;
  while (i > 0 && !(p.tokens[i].line === a.line && p.tokens[i].col === a.col)) i--;
  const first = p.tokens[i];
  if (first.type !== 'NAME') return false;
  return SOFT_KEYWORDS.has(first.value) || p.tokens[i + 1]?.type === 'STRING';
}
