/**
 * Call arguments and subscripts (Python 3.11 grammar, "Calls" and
 * "Subscriptions").
 *
 *   arguments  (positional | '*' expression)* then (NAME '=' expression | '*' expression | '**' expression)*
 *   slices     slice | (slice | '*' expr) (',' ...)* [',']    -> a Tuple when there is a comma
 *   slice      [expression] ':' [expression] [':' [expression]] | named_expression
 *
 * Messages follow CPython: a positional argument after a keyword argument
 * or after `**`, `*x` after `**`, `f(a.b=1)`, a repeated keyword.
 */
import type { Call, Expr, Keyword, Slice, Subscript } from './ast';
import { closeBracket, failAfterExpression } from './bracket-errors';
import type { ParserState } from './parser-state';
import { parseExpression, parseNamedExpression, startsExpression } from './parse-expressions';
import { parseComprehensionClauses } from './parse-atoms';
import type { Token } from './token';

export interface Arguments {
  args: Expr[];
  keywords: Keyword[];
}

/** `func(...)`: the current token is `(`. */
export function parseCall(p: ParserState, func: Expr): Call {
  const { args, keywords } = parseArguments(p);
  return p.finish(func, { kind: 'Call' as const, func, args, keywords });
}

/**
 * `( arguments )`, consuming both parentheses. A call also takes a bare
 * generator argument (`primary genexp`); a class's bases do not
 * (`class_def_raw: 'class' NAME ['(' [arguments] ')']`): there `for` is
 * the generic error.
 */
export function parseArguments(p: ParserState, allowGenerator = true): Arguments {
  const open = p.expectOp('(');
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let last: Expr | null = null;
  let misplaced: string | null = null;
  while (!p.isOp(')')) {
    last = parseArgument(p, args, keywords, (msg) => (misplaced ??= msg), allowGenerator);
    if (!p.eatOp(',')) break;
  }
  // CPython reports a misplaced positional argument after reading the whole list.
  if (misplaced !== null && (p.isOp(')') || last === null)) p.fail(misplaced);
  if (last === null) p.expectOp(')');
  else closeBracket(p, ')', last);
  // `f(x for x in y)`: the generator expression is the call's parenthesized
  // genexp (`primary genexp`), so its location includes the parentheses.
  const only = args[0];
  if (args.length === 1 && keywords.length === 0 && only.kind === 'GeneratorExp' && !p.isGrouped(only)) {
    const close = p.prev;
    Object.assign(only, { line: open.line, col: open.col, endLine: close.endLine, endCol: close.endCol });
  }
  return { args, keywords };
}

/** One argument, appended to `args` or `keywords`; returns its last expression. */
function parseArgument(p: ParserState, args: Expr[], keywords: Keyword[], misplaced: (msg: string) => void, allowGenerator: boolean): Expr {
  const start = p.tok;
  const afterDoubleStar = keywords.some((k) => k.name === null);
  if (p.isOp('*') || p.isOp('**')) return parseUnpacking(p, start, args, keywords, afterDoubleStar);
  if (p.isIdentifier() && p.isOp('=', p.peek())) return parseKeyword(p, start, keywords);
  if (['True', 'False', 'None'].includes(start.value) && start.type === 'NAME' && p.isOp('=', p.peek())) {
    p.fail(`cannot assign to ${start.value}`, start);
  }
  const value = parseNamedExpression(p, false);
  if (p.isKeyword('for') || p.isKeyword('async')) {
    if (!allowGenerator) p.fail('invalid syntax', p.tok);
    const gen = parseGeneratorArgument(p, value, args.length + keywords.length === 0);
    args.push(gen);
    return gen;
  }
  if (p.isOp('=')) p.fail('expression cannot contain assignment, perhaps you meant "=="?', value);
  if (afterDoubleStar) misplaced('positional argument follows keyword argument unpacking');
  else if (keywords.length > 0) misplaced('positional argument follows keyword argument');
  args.push(value);
  return value;
}

/**
 * `f(x for x in y)`: Python's generator argument, outside the scenario
 * language. Python requires it alone in its parentheses; otherwise (or with
 * a bad clause) CPython's own error comes first.
 */
function parseGeneratorArgument(p: ParserState, element: Expr, alone: boolean): Expr {
  const clauses = p.speculate(() => {
    parseComprehensionClauses(p, element);
    return p.isOp(')');
  });
  if (clauses === null) {
    if (alone) parseComprehensionClauses(p, element);
    return p.fail();
  }
  const generators = parseComprehensionClauses(p, element);
  if (!alone || !clauses) {
    // _PyPegen_get_last_comprehension_item: the range ends at the last clause's last `if`, or its iterable.
    const last = generators[generators.length - 1];
    const lastItem = last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
    p.fail('Generator expression must be parenthesized', p.span(element, lastItem, {}));
  }
  return p.finish(element, { kind: 'GeneratorExp' as const, elt: element, generators });
}

function parseUnpacking(p: ParserState, start: Token, args: Expr[], keywords: Keyword[], afterDoubleStar: boolean): Expr {
  const double = p.next().value === '**';
  const value = parseExpression(p);
  if (double) {
    keywords.push(p.finish(start, { kind: 'keyword' as const, name: null, value }));
  } else {
    const starred = p.finish(start, { kind: 'Starred' as const, value, ctx: 'Load' as const });
    // Reported at the `*` token (the last one the parser fetched), not the whole starred argument.
    if (afterDoubleStar) p.fail('iterable argument unpacking follows keyword argument unpacking', start);
    args.push(starred);
  }
  return value;
}

function parseKeyword(p: ParserState, start: Token, keywords: Keyword[]): Expr {
  const name = p.next().value;
  p.next();
  const value = parseExpression(p);
  const keyword = p.finish(start, { kind: 'keyword' as const, name, value });
  if (keywords.some((k) => k.name === name)) p.fail(`keyword argument repeated: ${name}`, keyword);
  keywords.push(keyword);
  return value;
}

/** `value[...]`: the current token is `[`. */
export function parseSubscript(p: ParserState, value: Expr): Subscript {
  // `a[]`: CPython's second pass reads `a` and `[]...` as two expressions.
  if (p.isOp(']', p.peek())) failAfterExpression(p, value);
  const open = p.pos;
  try {
    return parseSlices(p, value);
  } catch (e) {
    if (!p.isGenericError(e)) throw e;
    // The same second-pass reading when the brackets hold no valid slices (`s [x for x in y]`).
    p.pos = open;
    return failAfterExpression(p, value);
  }
}

function parseSlices(p: ParserState, value: Expr): Subscript {
  p.next();
  const first = parseSliceItem(p);
  let slice = first;
  // slices: a lone starred expression is a one-item Tuple (`tuple[*Ts]`, PEP 646).
  if (first.kind === 'Starred' && !p.isOp(',')) {
    slice = p.finish(first, { kind: 'Tuple' as const, elts: [first], ctx: 'Load' as const, parenthesized: false });
  } else if (p.isOp(',')) {
    const elts = [first];
    while (p.eatOp(',')) {
      if (p.isOp(']')) break;
      elts.push(parseSliceItem(p));
    }
    slice = p.finish(first, { kind: 'Tuple' as const, elts, ctx: 'Load' as const, parenthesized: false });
  }
  closeBracket(p, ']', slice.kind === 'Tuple' ? slice.elts[slice.elts.length - 1] : slice);
  return p.finish(value, { kind: 'Subscript' as const, value, slice, ctx: 'Load' as const });
}

function parseSliceItem(p: ParserState): Expr {
  if (p.isOp('*')) {
    const star = p.next();
    const value = parseExpression(p);
    return p.finish(star, { kind: 'Starred' as const, value, ctx: 'Load' as const });
  }
  const start = p.tok;
  const lower = p.isOp(':') ? null : parseNamedExpression(p);
  if (!p.isOp(':')) return lower!;
  p.next();
  const upper = startsExpression(p) ? parseExpression(p) : null;
  let step: Expr | null = null;
  if (p.eatOp(':')) step = startsExpression(p) ? parseExpression(p) : null;
  const slice: Slice = p.finish(start, { kind: 'Slice' as const, lower, upper, step });
  return slice;
}
