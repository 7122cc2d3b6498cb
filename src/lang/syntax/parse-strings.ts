/**
 * String atoms: adjacent literals concatenate (`'a' "b"` is `'ab'`); if any
 * of them is an f-string the result is a JoinedStr whose adjacent literal
 * pieces are merged, else a str Constant (Python's `strings` rule and
 * string_parser.c's `_PyPegen_concatenate_strings`).
 *
 * CPython decodes the literals after reading the whole group, so escape and
 * f-string errors are reported at the token that follows the group; this
 * parser does the same. An f-string field's expression is tokenized in
 * place (as the inside of parentheses) and parsed as `star_expressions`;
 * errors inside it are prefixed "f-string: ". A group of bytes literals
 * is a Constant flagged `bytes` whose value holds the bytes as latin-1
 * chars; bytes and str literals cannot be mixed in one group.
 */
import type { Constant, Expr, FormattedValue, JoinedStr } from './ast';
import { failAfterExpression } from './bracket-errors';
import { splitFString, type FieldSite, type FStringField, type FStringHooks, type FStringPiece } from './fstring';
import { ParserState } from './parser-state';
import { parseComprehensionClauses } from './parse-atoms';
import { parseStarExpressions, parseYieldExpression } from './parse-expressions';
import { decodeBytesEscapes, decodeEscapes, stringPieces } from './string-literal';
import { hasEscapedBytes, undecodableMessage } from './escaped-bytes';
import type { Token } from './token';
import { tokenize } from './tokenizer';

export function parseStrings(p: ParserState): Constant | JoinedStr {
  const tokens: Token[] = [];
  while (p.tok.type === 'STRING') tokens.push(p.next());
  const parts: Array<string | FormattedValue> = [];
  let isFString = false;
  let bytesMode: boolean | undefined;
  for (const token of tokens) {
    const pieces = stringPieces(token.value);
    // _PyPegen_concatenate_strings: every literal of the group is bytes, or none is.
    if (bytesMode !== undefined && bytesMode !== pieces.bytes) p.fail('cannot mix bytes and nonbytes literals');
    bytesMode = pieces.bytes;
    if (pieces.bytes) {
      // parsestr: a bytes literal's source text is ASCII.
      if (/[^\x00-\x7f]/.test(pieces.body)) p.fail('bytes can only contain ASCII literal characters', token);
      addLiteral(parts, pieces.raw ? pieces.body : decodeBytesEscapes(pieces.body, (msg) => p.fail(msg)));
      continue;
    }
    // parsestr decodes a literal without backslashes whole (as raw); an
    // f-string's literal parts only when raw (fstring_find_literal).
    const whole = pieces.raw || (!pieces.fstring && !pieces.body.includes('\\'));
    const decode = (chunk: string): string => {
      if (hasEscapedBytes(chunk)) p.fail(undecodableMessage(whole ? chunk : firstNonAsciiRun(chunk)));
      return pieces.raw ? chunk : decodeEscapes(chunk, (msg) => p.fail(msg));
    };
    if (!pieces.fstring) {
      addLiteral(parts, decode(pieces.body));
      continue;
    }
    isFString = true;
    const bodyStart = token.start + pieces.bodyOffset;
    for (const piece of splitFString(p.source.text, bodyStart, bodyStart + pieces.body.length, hooks(p, decode, pieces.raw, token.start))) {
      if ('literal' in piece) addLiteral(parts, piece.literal);
      else parts.push(formattedValue(piece.field));
    }
  }
  const start = tokens[0];
  if (bytesMode === true) return p.finish(start, { kind: 'Constant' as const, value: parts.join(''), bytes: true as const });
  if (!isFString) return p.finish(start, { kind: 'Constant' as const, value: parts.join('') });
  const node = p.finish(start, { kind: 'JoinedStr' as const, parts: parts.filter((part) => part !== '') });
  // CPython 3.11 gives every field the location of the whole string group.
  const locate = (fieldParts: Array<string | FormattedValue>): void => {
    for (const part of fieldParts) {
      if (typeof part === 'string') continue;
      Object.assign(part, { line: node.line, col: node.col, endLine: node.endLine, endCol: node.endCol });
      if (typeof part.formatSpec === 'object' && part.formatSpec !== null) locate(part.formatSpec);
    }
  };
  locate(node.parts);
  return node;
}

function addLiteral(parts: Array<string | FormattedValue>, text: string): void {
  const last = parts.length - 1;
  if (last >= 0 && typeof parts[last] === 'string') parts[last] += text;
  else parts.push(text);
}

/** A field as a node; its location is set once the whole string group is known. */
function formattedValue(field: FStringField): FormattedValue {
  const { value, conversion } = field;
  const formatSpec = typeof field.formatSpec === 'object' && field.formatSpec !== null ? specParts(field.formatSpec) : field.formatSpec;
  return { kind: 'FormattedValue', value, conversion, formatSpec, line: 0, col: 0, endLine: 0, endCol: 0 };
}

/** A format spec with fields of its own: its literal text and fields, in order. */
function specParts(pieces: FStringPiece[]): Array<string | FormattedValue> {
  return pieces.map((piece) => ('literal' in piece ? piece.literal : formattedValue(piece.field)));
}

function hooks(p: ParserState, decode: (chunk: string) => string, raw: boolean, tokenStart: number): FStringHooks {
  return {
    fail: (msg) => p.fail(msg),
    decode,
    raw,
    compile: (start, end) => parseFieldExpression(p, start, end, tokenStart),
  };
}

/** 3.11 compiles a field as `(expr)` with the fstring start rule: `star_expressions`. */
function parseFieldExpression(p: ParserState, start: number, end: number, tokenStart: number): Expr {
  const prefix = 'f-string: ';
  const fieldStart = p.source.locate(start);
  const fieldSite = siteOf(p, start, end, tokenStart);
  const stream = tokenize(p.source, { range: { start, end }, messagePrefix: prefix, fieldStart, fieldSite });
  const sub = new ParserState(p.source, stream, { messagePrefix: prefix, fieldStart, fieldSite });
  // The added parentheses make `(yield x)` a group: a field may be a yield expression.
  let expr = sub.isKeyword('yield') ? parseYieldExpression(sub) : parseStarExpressions(sub);
  if (sub.isKeyword('for') && expr.kind !== 'Starred' && !(expr.kind === 'Tuple' && expr.parenthesized !== true)) {
    // `(elt for x in it)`: the added parentheses make a bare generator expression a valid field.
    const generators = parseComprehensionClauses(sub, expr);
    expr = sub.finish(expr, { kind: 'GeneratorExp' as const, elt: expr, generators });
  }
  if (sub.tok.type !== 'ENDMARKER') failAfterExpression(sub, expr);
  if (expr.kind === 'Starred') sub.fail('cannot use starred expression here', expr);
  return expr;
}

/**
 * fstring_find_expr_location and fstring_compile_expr's starting_col_offset:
 * the column base of a field's errors on its later lines -- when the `{` is
 * on the token's first line, the token's column plus the `{`'s offset from
 * the token's start; on a later line of the token, the `{`'s column in its
 * line alone; either without the `{` part when only blanks follow it on
 * its line -- and the `(expr)` text CPython parsed.
 */
function siteOf(p: ParserState, start: number, end: number, tokenStart: number): FieldSite {
  const text = p.source.text;
  const brace = start - 1;
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
  const newlineAfterBrace = i >= end || text[i] === '\n' || text[i] === '}';
  // The `{` on a later line of the token: 3.11 takes no token column then.
  const lineStart = text.lastIndexOf('\n', brace - 1);
  const laterLine = lineStart >= tokenStart;
  let cols = 0;
  if (!newlineAfterBrace) cols = laterLine ? brace - lineStart - 1 : brace - tokenStart;
  return { text: `(${text.slice(start, end)})`, base: (laterLine ? 0 : p.source.locate(tokenStart).col) + cols };
}

/**
 * decode_unicode_with_escapes decodes each run of non-ASCII bytes on its
 * own (decode_utf8): the first run holding an undecodable byte.
 */
function firstNonAsciiRun(chunk: string): string {
  const runs = chunk.match(/[^\x00-\x7f]+/g) ?? [];
  return runs.find((r) => hasEscapedBytes(r)) ?? chunk;
}
