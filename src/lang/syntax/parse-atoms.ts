/**
 * Primaries and atoms (Python 3.11 grammar, "Primary elements" and "Atoms"):
 *
 *   primary  atom ('.' NAME | '(' arguments ')' | '[' slices ']')*
 *   atom     NAME | True | False | None | NUMBER | STRING+
 *            | '(' ... ')'  group, tuple, generator expression
 *            | '[' ... ']'  list display or list comprehension
 *            | '{' ... '}'  dict or set display, dict or set comprehension
 *
 * A comprehension has one or more `for target in disjunction` clauses, each
 * with any number of `if disjunction` conditions.
 */
import type { Comprehension, Constant, Dict, Expr } from './ast';
import { closeBracket } from './bracket-errors';
import { numberValue } from './number-literal';
import type { ParserState } from './parser-state';
import { parseCall, parseSubscript } from './parse-arguments';
import {
  parseBitwiseOr,
  parseDisjunction,
  parseExpression,
  parseStarNamedExpression,
  parseYieldExpression,
  startsExpression,
} from './parse-expressions';
import { parseStrings } from './parse-strings';
import { checkTarget, failForTarget, parseTargetList } from './parse-targets';
import type { Token } from './token';
import type { Position } from './source-text';

export function parsePrimary(p: ParserState): Expr {
  let node = parseAtom(p);
  for (;;) {
    if (p.eatOp('.')) {
      const name = p.expectIdentifier();
      node = p.finish(node, { kind: 'Attribute' as const, value: node, attr: name.value, ctx: 'Load' as const });
    } else if (p.isOp('(')) {
      node = parseCall(p, node);
    } else if (p.isOp('[')) {
      node = parseSubscript(p, node);
    } else {
      return node;
    }
  }
}

/** The dispatch on the atom's first token. */
function parseAtom(p: ParserState): Expr {
  const t = p.tok;
  if (t.type === 'NAME') return parseNameAtom(p, t);
  if (t.type === 'NUMBER') return parseNumber(p, t);
  if (t.type === 'STRING') return parseStrings(p);
  if (t.type === 'OP') {
    if (t.value === '(') return parseNested(p, 28, parseParenthesized);
    if (t.value === '[') return parseNested(p, 29, parseListDisplay);
    if (t.value === '{') return parseNested(p, 29, parseBraceDisplay);
    if (t.value === '...') {
      p.next();
      return p.finish(t, { kind: 'Constant' as const, value: null, ellipsis: true as const });
    }
  }
  return p.fail();
}

/** A bracketed atom, `levels` CPython parser levels deeper (ParserState.descend). */
function parseNested(p: ParserState, levels: number, parseAtomKind: (p: ParserState) => Expr): Expr {
  p.descend(levels);
  const e = parseAtomKind(p);
  p.ascend(levels);
  return e;
}

const KEYWORD_CONSTANTS: Readonly<Record<string, Constant['value']>> = { True: true, False: false, None: null };

function parseNameAtom(p: ParserState, t: Token): Expr {
  if (p.isIdentifier()) {
    p.next();
    return p.finish(t, { kind: 'Name' as const, id: t.value, ctx: 'Load' as const });
  }
  if (t.value in KEYWORD_CONSTANTS) {
    p.next();
    return p.finish(t, { kind: 'Constant' as const, value: KEYWORD_CONSTANTS[t.value] });
  }
  return p.fail();
}

function parseNumber(p: ParserState, t: Token): Constant {
  const parsed = numberValue(t.value);
  p.next();
  const node: Constant = p.finish(t, { kind: 'Constant' as const, value: parsed.value });
  if (parsed.imag === true) node.imag = true;
  else if (parsed.float) node.float = true;
  return node;
}

/** `( )`, `(expr)`, `(a, b)`, a generator expression, `(yield ...)`. */
function parseParenthesized(p: ParserState): Expr {
  const open = p.next();
  if (p.isOp(')')) {
    p.next();
    return p.finish(open, { kind: 'Tuple' as const, elts: [], ctx: 'Load' as const, parenthesized: true });
  }
  if (p.isKeyword('yield')) {
    const y = parseYieldExpression(p);
    closeBracket(p, ')', y);
    p.markGroup(y, open);
    return y;
  }
  const first = parseStarNamedExpression(p);
  if (p.isKeyword('for') || p.isKeyword('async')) {
    // A generator expression: (elt for ... in ... if ...).
    const generators = parseComprehensionClauses(p, first);
    closeBracket(p, ')', first);
    return p.finish(open, { kind: 'GeneratorExp' as const, elt: first, generators });
  }
  if (!p.isOp(',')) {
    closeBracket(p, ')', first);
    if (first.kind === 'Starred') p.fail('cannot use starred expression here', first);
    p.markGroup(first, open);
    return first;
  }
  const elts = parseMoreElements(p, first, ')');
  closeBracket(p, ')', elts[elts.length - 1]);
  return p.finish(open, { kind: 'Tuple' as const, elts, ctx: 'Load' as const, parenthesized: true });
}

/** After the first element and a comma: more elements up to `closer` (trailing comma allowed). */
function parseMoreElements(p: ParserState, first: Expr, closer: string): Expr[] {
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(closer)) break;
    elts.push(parseStarNamedExpression(p));
  }
  if (elts.length > 1 && p.isKeyword('for')) {
    p.fail('did you forget parentheses around the comprehension target?', p.span(first, elts[elts.length - 1], {}));
  }
  return elts;
}

function parseListDisplay(p: ParserState): Expr {
  const open = p.next();
  if (p.eatOp(']')) return p.finish(open, { kind: 'List' as const, elts: [], ctx: 'Load' as const });
  const first = parseStarNamedExpression(p);
  if (p.isKeyword('for') || p.isKeyword('async')) {
    const generators = parseComprehensionClauses(p, first);
    p.expectOp(']');
    return p.finish(open, { kind: 'ListComp' as const, elt: first, generators });
  }
  const elts = parseMoreElements(p, first, ']');
  closeBracket(p, ']', elts[elts.length - 1]);
  return p.finish(open, { kind: 'List' as const, elts, ctx: 'Load' as const });
}

/** `{}` is an empty dict; a first `key:` or `**` makes a dict, anything else a set. */
function parseBraceDisplay(p: ParserState): Expr {
  const open = p.next();
  if (p.eatOp('}')) return p.finish(open, { kind: 'Dict' as const, keys: [], values: [] });
  if (p.isOp('**')) return parseDictRest(p, open, [], []);
  const first = parseStarNamedExpression(p);
  if (first.kind !== 'Starred' && p.isOp(':')) {
    const value = parseDictValue(p);
    if (p.isKeyword('for') || p.isKeyword('async')) {
      const generators = parseComprehensionClauses(p, first);
      p.expectOp('}');
      return p.finish(open, { kind: 'DictComp' as const, key: first, value, generators });
    }
    return parseDictRest(p, open, [first], [value]);
  }
  if (p.isKeyword('for') || p.isKeyword('async')) {
    const generators = parseComprehensionClauses(p, first);
    p.expectOp('}');
    return p.finish(open, { kind: 'SetComp' as const, elt: first, generators });
  }
  const elts = parseMoreElements(p, first, '}');
  closeBracket(p, '}', elts[elts.length - 1]);
  return p.finish(open, { kind: 'Set' as const, elts });
}

/** The `: value` after a dict key. */
function parseDictValue(p: ParserState): Expr {
  const colon = p.expectOp(':');
  if (p.isOp('*')) {
    // invalid_kvpair's `expression ':' '*' bitwise_or`: from the `*` to the end of the last token fetched (CURRENT_POS).
    const star = p.tok;
    const after = p.speculate(() => {
      p.next();
      parseBitwiseOr(p);
      return p.tok;
    });
    if (after !== null) {
      p.fail('cannot use a starred expression in a dictionary value', { line: star.line, col: star.col, endLine: after.endLine, endCol: after.endCol - 1 } as Position);
    }
  }
  if (!startsExpression(p)) p.fail("expression expected after dictionary key and ':'", colon);
  return parseExpression(p);
}

/** The remaining `key: value` and `**mapping` entries of a dict display. */
function parseDictRest(p: ParserState, open: Token, keys: Array<Expr | null>, values: Expr[]): Dict {
  let first = keys.length === 0;
  while (first || p.eatOp(',')) {
    if (!first && p.isOp('}')) break;
    first = false;
    if (p.isOp('**')) {
      const star = p.next();
      keys.push(null);
      values.push(parseBitwiseOr(p));
      if (keys.length === 1 && p.isKeyword('for')) failDictUnpackingComprehension(p, star);
      // `'**' bitwise_or` reaches no invalid_expression: a stray token after it is plain invalid syntax.
      if (!p.isOp(',') && !p.isOp('}') && !p.isKeyword('for')) p.fail('invalid syntax', p.tok);
      continue;
    }
    const key = parseLaterKey(p);
    if (!p.isOp(':')) {
      // invalid_kvpair (`','.double_starred_kvpair+ ',' invalid_kvpair`): a
      // key after a comma that no ':' follows, whatever follows it (`{1: 2,
      // 3 4}` too: CPython's second pass finds the key's expression already
      // parsed without the invalid_expression rule), at the key's last
      // character, with no end column (end_offset 0).
      p.fail("':' expected after dictionary key", { line: key.line, col: key.endCol - 1, endLine: key.endLine, endCol: -1 } as Position);
    }
    keys.push(key);
    values.push(parseDictValue(p));
  }
  closeBracket(p, '}', values[values.length - 1]);
  return p.finish(open, { kind: 'Dict' as const, keys, values });
}

/**
 * invalid_dict_comprehension: `{**a for x in y}` is "dict unpacking cannot
 * be used in dict comprehension" at the `**`, when the clauses and the
 * closing brace follow; otherwise plain invalid syntax at the `for`.
 */
function failDictUnpackingComprehension(p: ParserState, star: Token): never {
  const whole = p.speculate(() => {
    parseComprehensionClauses(p, { kind: 'Name', id: '_', ctx: 'Load', line: star.line, col: star.col, endLine: star.endLine, endCol: star.endCol } as Expr);
    return p.isOp('}');
  });
  if (whole === true) p.fail('dict unpacking cannot be used in dict comprehension', star);
  return p.fail('invalid syntax', p.tok);
}

/**
 * A dict key after a comma: the expression, or (as CPython's plain first
 * pass backtracks) the disjunction before a conditional expression that
 * does not parse (`3 if 4`); a key that parses neither way raises its own
 * error.
 */
function parseLaterKey(p: ParserState): Expr {
  const start = p.pos;
  const outcome = p.attempt(() => {
    const key = parseExpression(p);
    return { key, end: p.pos };
  });
  if ('value' in outcome) {
    p.pos = outcome.value.end;
    return outcome.value.key;
  }
  const disjunction = p.attempt(() => {
    const key = parseDisjunction(p);
    return { key, end: p.pos };
  });
  if ('value' in disjunction) {
    p.pos = disjunction.value.end;
    return disjunction.value.key;
  }
  p.pos = start;
  return parseExpression(p);
}

/**
 * `for target in disjunction (if disjunction)*`, one or more times. The
 * iterable and conditions are disjunctions, so a missing `]` after them is
 * plain "invalid syntax" (CPython tries no missing-comma message there).
 */
export function parseComprehensionClauses(p: ParserState, element: Expr): Comprehension[] {
  if (element.kind === 'Starred') p.fail('iterable unpacking cannot be used in comprehension', element);
  const generators: Comprehension[] = [];
  while (p.isKeyword('for') || p.isKeyword('async')) {
    const start = p.tok;
    const isAsync = p.eatKeyword('async');
    if (isAsync && !p.isKeyword('for')) p.fail();
    p.next();
    const targetStart = p.pos;
    const target = parseTargetList(p, 'in');
    checkTarget(p, target, 'for');
    if (!p.eatKeyword('in')) failForTarget(p, targetStart, target);
    const iter = parseDisjunction(p);
    const ifs: Expr[] = [];
    while (p.eatKeyword('if')) ifs.push(parseDisjunction(p));
    generators.push(p.finish(start, { kind: 'comprehension' as const, target, iter, ifs, ...(isAsync ? { isAsync: true } : {}) }));
  }
  return generators;
}
