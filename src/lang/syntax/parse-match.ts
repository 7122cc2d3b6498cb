/**
 * The `match` statement and its patterns (Python 3.11 grammar, "match
 * statement", PEP 634):
 *
 *   match_stmt     "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 *   subject_expr   star_named_expression ',' star_named_expressions? | named_expression
 *   case_block     "case" patterns guard? ':' block
 *   patterns       open_sequence_pattern | pattern
 *   pattern        or_pattern ['as' pattern_capture_target]
 *   or_pattern     '|'.closed_pattern+
 *   closed_pattern literal | capture | wildcard | value | group | sequence | mapping | class
 *
 * `match`, `case` and `_` are soft keywords: a line that does not parse as
 * a match statement is parsed again as simple statements (parse-statements.ts).
 * Messages follow CPython's invalid_* rules: "cannot use '_' as a target",
 * "invalid pattern target", "positional patterns follow keyword patterns",
 * "patterns may only match literals and attribute lookups".
 */
import type { Expr, Match, MatchCase, Pattern, Stmt } from './ast';
import type { ParserState } from './parser-state';
import { parseBlock } from './parse-compound';
import { parseExpression, parseNamedExpression, parseStarNamedExpression } from './parse-expressions';
import { parseStrings } from './parse-strings';
import { numberValue } from './number-literal';
import type { Token } from './token';

/** `match subject:` and its case blocks; the current token is the soft keyword `match`. */
export function parseMatch(p: ParserState): Match {
  const keyword = p.next();
  const subject = parseSubject(p);
  if (!p.eatOp(':')) p.fail("expected ':'");
  if (p.tok.type !== 'NEWLINE') p.fail();
  p.next();
  if (!p.at('INDENT')) p.fail(`expected an indented block after 'match' statement on line ${keyword.line}`, p.tok, 'IndentationError');
  p.next();
  const cases: MatchCase[] = [];
  while (p.isKeyword('case')) cases.push(parseCase(p));
  if (cases.length === 0 || !p.at('DEDENT')) p.fail();
  p.next();
  const last = cases[cases.length - 1];
  return p.span(keyword, last, { kind: 'Match' as const, subject, cases });
}

function parseSubject(p: ParserState): Expr {
  const first = parseStarNamedExpression(p);
  if (!p.isOp(',')) {
    if (first.kind === 'Starred') p.fail("can't use starred expression here", first);
    return first;
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':')) break;
    elts.push(parseStarNamedExpression(p));
  }
  return p.finish(first, { kind: 'Tuple' as const, elts, ctx: 'Load' as const, parenthesized: false });
}

function parseCase(p: ParserState): MatchCase {
  const keyword = p.next();
  const pattern = parsePatterns(p);
  const guard = p.eatKeyword('if') ? parseNamedExpression(p) : null;
  if (!p.eatOp(':')) p.fail("expected ':'");
  const body: Stmt[] = parseBlock(p, "'case' statement", keyword);
  return p.span(keyword, body[body.length - 1], { kind: 'match_case' as const, pattern, guard, body });
}

/** `patterns`: an open sequence `a, *b` (a MatchSequence) or one pattern. */
function parsePatterns(p: ParserState): Pattern {
  const start = p.tok;
  const first = parseMaybeStar(p);
  if (!p.isOp(',')) {
    if (first.kind === 'MatchStar') p.fail();
    return first;
  }
  const patterns = [first];
  while (p.eatOp(',')) {
    if (p.isOp(':') || p.isKeyword('if')) break;
    patterns.push(parseMaybeStar(p));
  }
  return p.finish(start, { kind: 'MatchSequence' as const, patterns });
}

function parseMaybeStar(p: ParserState): Pattern {
  if (!p.isOp('*')) return parsePattern(p);
  const star = p.next();
  const name = p.expectIdentifier().value;
  if (p.isOp('.') || p.isOp('(') || p.isOp('=')) p.fail();
  return p.finish(star, { kind: 'MatchStar' as const, name: name === '_' ? null : name });
}

/** `pattern`: an or-pattern, optionally `as name`. */
function parsePattern(p: ParserState): Pattern {
  const start = p.tok;
  const alt = parseOrPattern(p);
  if (!p.isKeyword('as')) return alt;
  p.next();
  const t = p.tok;
  if (p.isIdentifier() && t.value === '_') p.fail("cannot use '_' as a target", t);
  if (!p.isIdentifier()) {
    const target = p.speculate(() => parseExpression(p));
    if (target !== null) p.fail('invalid pattern target', target);
    p.fail();
  }
  if (isNameFollowedByTrailer(p)) p.fail();
  p.next();
  return p.finish(start, { kind: 'MatchAs' as const, pattern: alt, name: t.value });
}

function isNameFollowedByTrailer(p: ParserState): boolean {
  const n = p.peek();
  return n.type === 'OP' && (n.value === '.' || n.value === '(' || n.value === '=');
}

function parseOrPattern(p: ParserState): Pattern {
  const start = p.tok;
  const first = parseClosedPattern(p);
  if (!p.isOp('|')) return first;
  const patterns = [first];
  while (p.eatOp('|')) patterns.push(parseClosedPattern(p));
  return p.finish(start, { kind: 'MatchOr' as const, patterns });
}

/** The dispatch on a closed pattern's first token. */
function parseClosedPattern(p: ParserState): Pattern {
  const t = p.tok;
  if (t.type === 'NUMBER' || p.isOp('-')) return parseNumberPattern(p);
  if (t.type === 'STRING') {
    const value = parseStrings(p);
    if (value.kind !== 'Constant') p.fail('patterns may only match literals and attribute lookups', value);
    return p.finish(t, { kind: 'MatchValue' as const, value });
  }
  if (t.type === 'NAME') {
    if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
      p.next();
      const value = t.value === 'None' ? null : t.value === 'True';
      return p.finish(t, { kind: 'MatchSingleton' as const, value });
    }
    if (p.isIdentifier()) return parseNamePattern(p, t);
  }
  if (p.isOp('(')) return parseGroupOrSequence(p);
  if (p.isOp('[')) return parseListPattern(p);
  if (p.isOp('{')) return parseMappingPattern(p);
  return p.fail();
}

/** `signed_number` (`1`, `-1.5`, `2j`) or `complex_number` (`1+2j`, `-1-0.5j`). */
function parseNumberPattern(p: ParserState): Pattern {
  const start = p.tok;
  const value = parseComplexOrSigned(p, start);
  return p.finish(start, { kind: 'MatchValue' as const, value });
}

/**
 * complex_number: signed_real_number ('+' | '-') imaginary_number, as a
 * BinOp of the two literals (the left one real, the right one imaginary,
 * with CPython's errors otherwise); or just the signed number.
 */
function parseComplexOrSigned(p: ParserState, start: Token): Expr {
  const left = parseSignedNumber(p);
  if (!p.isOp('+') && !p.isOp('-')) return left;
  const literal = left.kind === 'UnaryOp' ? left.operand : left;
  if (literal.kind === 'Constant' && literal.imag === true) p.fail('real number required in complex literal', left);
  const op = p.next().value as '+' | '-';
  const t: Token = p.tok;
  if (t.type !== 'NUMBER') p.fail();
  const right = parseSignedNumberToken(p, t);
  if (right.imag !== true) p.fail('imaginary number required in complex literal', right);
  return p.finish(start, { kind: 'BinOp' as const, left, op, right });
}

function parseSignedNumber(p: ParserState): Expr {
  const start = p.tok;
  const negative = p.eatOp('-');
  const t: Token = p.tok;
  if (t.type !== 'NUMBER') p.fail();
  const number = parseSignedNumberToken(p, t);
  if (!negative) return number;
  return p.finish(start, { kind: 'UnaryOp' as const, op: '-' as const, operand: number });
}

/** One NUMBER token as a Constant (an imaginary literal flagged `imag`). */
function parseSignedNumberToken(p: ParserState, t: Token): Extract<Expr, { kind: 'Constant' }> {
  const parsed = numberValue(t.value);
  p.next();
  if (parsed.imag === true) return p.finish(t, { kind: 'Constant' as const, value: parsed.value, imag: true as const });
  return p.finish(t, { kind: 'Constant' as const, value: parsed.value, ...(parsed.float ? { float: true as const } : {}) });
}

/** A capture `x`, the wildcard `_`, a value `a.b.c`, or a class pattern `a.b(...)`. */
function parseNamePattern(p: ParserState, t: Token): Pattern {
  p.next();
  let e: Expr = p.finish(t, { kind: 'Name' as const, id: t.value, ctx: 'Load' as const });
  let dotted = false;
  while (p.eatOp('.')) {
    const attr = p.expectIdentifier();
    e = p.finish(t, { kind: 'Attribute' as const, value: e, attr: attr.value, ctx: 'Load' as const });
    dotted = true;
  }
  if (p.isOp('(')) return parseClassPattern(p, t, e);
  if (dotted) {
    if (p.isOp('=')) p.fail();
    return p.finish(t, { kind: 'MatchValue' as const, value: e });
  }
  if (p.isOp('=')) p.fail();
  const name = t.value === '_' ? null : t.value;
  return p.finish(t, { kind: 'MatchAs' as const, pattern: null, name });
}

/** `Cls(p, q, attr=r)`: positional sub-patterns first. */
function parseClassPattern(p: ParserState, start: Token, cls: Expr): Pattern {
  p.next();
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  while (!p.isOp(')')) {
    const n = p.peek();
    if (p.isIdentifier() && n.type === 'OP' && n.value === '=') {
      kwdAttrs.push(p.next().value);
      p.next();
      kwdPatterns.push(parsePattern(p));
    } else {
      const pat = parsePattern(p);
      if (kwdAttrs.length > 0) p.fail('positional patterns follow keyword patterns', pat);
      patterns.push(pat);
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(')');
  return p.finish(start, { kind: 'MatchClass' as const, cls, patterns, kwdAttrs, kwdPatterns });
}

/** `(pattern)` is a group; `()`, `(p,)` and `(p, q)` are sequence patterns. */
function parseGroupOrSequence(p: ParserState): Pattern {
  const open = p.next();
  if (p.eatOp(')')) return p.finish(open, { kind: 'MatchSequence' as const, patterns: [] });
  const first = parseMaybeStar(p);
  if (p.eatOp(')')) {
    if (first.kind === 'MatchStar') return p.finish(open, { kind: 'MatchSequence' as const, patterns: [first] });
    p.markGroup(first, open);
    return first;
  }
  const patterns = [first];
  while (p.eatOp(',')) {
    if (p.isOp(')')) break;
    patterns.push(parseMaybeStar(p));
  }
  p.expectOp(')');
  return p.finish(open, { kind: 'MatchSequence' as const, patterns });
}

function parseListPattern(p: ParserState): Pattern {
  const open = p.next();
  const patterns: Pattern[] = [];
  while (!p.isOp(']')) {
    patterns.push(parseMaybeStar(p));
    if (!p.eatOp(',')) break;
  }
  p.expectOp(']');
  return p.finish(open, { kind: 'MatchSequence' as const, patterns });
}

/** `{key: pattern, ..., **rest}`: a key is a literal or a dotted name. */
function parseMappingPattern(p: ParserState): Pattern {
  const open = p.next();
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  while (!p.isOp('}')) {
    if (p.eatOp('**')) {
      rest = p.expectIdentifier().value;
      p.eatOp(',');
      break;
    }
    keys.push(parseMappingKey(p));
    p.expectOp(':');
    patterns.push(parsePattern(p));
    if (!p.eatOp(',')) break;
  }
  p.expectOp('}');
  return p.finish(open, { kind: 'MatchMapping' as const, keys, patterns, rest });
}

function parseMappingKey(p: ParserState): Expr {
  const t = p.tok;
  if (t.type === 'NUMBER' || p.isOp('-')) return parseComplexOrSigned(p, t);
  if (t.type === 'STRING') {
    const value = parseStrings(p);
    if (value.kind !== 'Constant') p.fail('patterns may only match literals and attribute lookups', value);
    return value;
  }
  if (t.type === 'NAME' && (t.value === 'None' || t.value === 'True' || t.value === 'False')) {
    p.next();
    return p.finish(t, { kind: 'Constant' as const, value: t.value === 'None' ? null : t.value === 'True' });
  }
  if (p.isIdentifier() && p.isOp('.', p.peek())) {
    p.next();
    let e: Expr = p.finish(t, { kind: 'Name' as const, id: t.value, ctx: 'Load' as const });
    while (p.eatOp('.')) {
      const attr = p.expectIdentifier();
      e = p.finish(t, { kind: 'Attribute' as const, value: e, attr: attr.value, ctx: 'Load' as const });
    }
    return e;
  }
  return p.fail();
}
