/**
 * Parameter lists of `def` (closed by `)`) and `lambda` (closed by `:`).
 *
 *   params  (NAME ['=' default])* [',' '/'] ['*' [NAME] (NAME ['=' default])*] ['**' NAME] [',']
 *
 * Rules and messages follow CPython 3.11: a parameter without default may
 * not follow one with a default (before `*`); a bare `*` needs keyword-only
 * parameters after it; `*` appears once; nothing follows `**kwargs`;
 * `*args` and `**kwargs` take no default; `/` (positional-only) comes once,
 * after a parameter and before `*`. Duplicate names are reported later by
 * the symbol table, as in CPython. Annotations are outside the scenario
 * language.
 */
import type { Expr, Param, Parameters } from './ast';
import type { ParserState } from './parser-state';
import { parseExpression } from './parse-expressions';
import type { Token } from './token';

export function parseParameters(p: ParserState, closer: ')' | ':', isLambda: boolean): Parameters {
  const params: Parameters = { args: [], posonlycount: 0, vararg: null, kwonlyargs: [], kwarg: null };
  let sawSlash = false;
  let bareStar: Token | null = null;
  let sawStar = false;
  if (isLambda && p.isOp('(')) checkParenthesizedLambdaParams(p);
  while (!p.isOp(closer)) {
    if (p.isOp('/')) {
      // Grammar/python.gram's slash_no_default / slash_with_default and
      // invalid_parameters: `/` once, after at least one parameter, before `*`.
      const slash = p.tok;
      if (sawStar) p.fail('/ must be ahead of *', slash);
      if (sawSlash) p.fail('/ may appear only once', slash);
      if (params.args.length === 0) p.fail('invalid syntax', slash);
      p.next();
      sawSlash = true;
      params.posonlycount = params.args.length;
      if (!p.eatOp(',')) break;
      continue;
    }
    if (p.isOp('**')) {
      parseKwarg(p, params, closer, isLambda, bareStar);
      break;
    }
    if (p.isOp('*')) {
      const star = p.next();
      if (sawStar) p.fail('* argument may appear only once', star);
      sawStar = true;
      if (p.isOp(',') || p.isOp(closer)) bareStar = star;
      else params.vararg = parseStarParam(p, isLambda, 'var-positional');
    } else {
      parseOrdinaryParam(p, params, sawStar, isLambda);
    }
    if (!p.eatOp(',')) break;
  }
  if (bareStar !== null && params.kwonlyargs.length === 0) failBareStar(p, bareStar, isLambda);
  return params;
}

function parseOrdinaryParam(p: ParserState, params: Parameters, keywordOnly: boolean, isLambda: boolean): void {
  const nameToken = p.expectIdentifier();
  const annotation = parseAnnotation(p, isLambda);
  const value = p.isOp('=') ? parseDefault(p) : null;
  const param: Param = p.span(nameToken, annotation ?? nameToken, { kind: 'arg' as const, name: nameToken.value, default: value, annotation });
  if (keywordOnly) {
    params.kwonlyargs.push(param);
    return;
  }
  if (value === null && params.args.some((a) => a.default !== null)) {
    p.fail('non-default argument follows default argument', param);
  }
  params.args.push(param);
}

/** The name after `*` or `**` (the Param is located at the name, as CPython's `arg`). */
function parseStarParam(p: ParserState, isLambda: boolean, what: string): Param {
  const nameToken = p.expectIdentifier();
  // star_annotation (PEP 646): `*args: *Ts`, a Starred annotation of *args only.
  const annotation = what === 'var-positional' && !isLambda && p.isOp(':') && p.isOp('*', p.peek()) ? parseStarAnnotation(p) : parseAnnotation(p, isLambda);
  if (p.isOp('=')) p.fail(`${what} argument cannot have default value`);
  return p.span(nameToken, annotation ?? nameToken, { kind: 'arg' as const, name: nameToken.value, default: null, annotation });
}

function parseKwarg(p: ParserState, params: Parameters, closer: string, isLambda: boolean, bareStar: Token | null): void {
  if (bareStar !== null && params.kwonlyargs.length === 0) failBareStar(p, bareStar, isLambda);
  p.next();
  params.kwarg = parseStarParam(p, isLambda, 'var-keyword');
  if (p.eatOp(',') && !p.isOp(closer)) p.fail('arguments cannot follow var-keyword argument');
}

/** CPython reports a bare `*` of a def at the star, of a lambda at the token after it. */
function failBareStar(p: ParserState, star: Token, isLambda: boolean): never {
  return p.fail('named arguments must follow bare *', isLambda ? p.tok : star);
}

/** `= default`: CPython names a missing default. */
function parseDefault(p: ParserState): Expr {
  const equals = p.next();
  if (p.isOp(',') || p.isOp(')')) p.fail('expected default value expression', equals);
  return parseExpression(p);
}

/** `: annotation` after a parameter of a `def` (a lambda's ':' ends its parameters). */
function parseAnnotation(p: ParserState, isLambda: boolean): Expr | null {
  if (isLambda || !p.eatOp(':')) return null;
  return parseExpression(p);
}

/** `: *expr` after `*args`: the annotation is a Starred node. */
function parseStarAnnotation(p: ParserState): Expr {
  p.next();
  const star = p.next();
  const value = parseExpression(p);
  return p.finish(star, { kind: 'Starred' as const, value, ctx: 'Load' as const });
}

/** `lambda (a, b): ...`: CPython's message when the parameters are names in parentheses. */
function checkParenthesizedLambdaParams(p: ParserState): void {
  // A second-pass check in CPython: look ahead without moving the parser.
  const parenthesizedNames = p.speculate(() => {
    p.next();
    for (;;) {
      if (!p.isIdentifier()) return false;
      p.next();
      if (!p.eatOp(',') && !p.isOp(')')) return false;
      if (p.isOp(')')) return true;
    }
  });
  if (parenthesizedNames === true) p.fail('Lambda expression parameters cannot be parenthesized', p.tok);
}
