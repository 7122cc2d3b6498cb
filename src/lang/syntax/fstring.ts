/**
 * F-string bodies, split into literal text and `{...}` fields the way 3.11's
 * string parser does it (string_parser.c: `fstring_find_literal`,
 * `fstring_find_expr`). In 3.11 the tokenizer hands over the whole f-string
 * as one STRING token; the fields are found here, in the body's source text.
 *
 * Rules followed:
 *  - `{{` and `}}` are literal braces; a single `}` in literal text is an error.
 *  - A field's expression runs to the first `!`, `:`, `=` or `}` outside
 *    brackets and strings, where `!=`, `==`, `<=`, `>=` do not count. It may
 *    not contain a backslash or `#`, and may not be empty.
 *  - The expression is compiled as soon as it is found (before the
 *    conversion and the format spec are checked), as `(expr)`.
 *  - `=` after the expression keeps its text (with the whitespace around
 *    it) as literal text, and makes the default conversion `!r` unless a
 *    conversion or format spec is given.
 *  - `!` must be followed by `s`, `r` or `a`; then `:` or `}` must follow.
 *  - The format spec after `:` is literal text up to the closing `}`, with
 *    its own `{...}` fields (fstring_parse at recursion level 1): there a
 *    `{` opens a field and a `}` ends the spec (no doubled braces), and a
 *    field inside a nested field's spec is "expressions nested too deeply".
 */
import type { Expr } from './ast';
import type { Position } from './source-text';

export interface FStringField {
  value: Expr;
  conversion: 'r' | 's' | 'a' | null;
  /** The spec text; pieces when the spec has fields of its own (`{x:{w}d}`). */
  formatSpec: string | FStringPiece[] | null;
  /** Source offsets of the field, braces included. */
  start: number;
  end: number;
}

export type FStringPiece = { literal: string } | { field: FStringField };

export interface FStringHooks {
  /** Raise a structural f-string error (CPython reports it after the string). */
  fail(msg: string): never;
  /** Decode the escapes of a literal chunk (identity for raw strings). */
  decode(chunk: string): string;
  /** A raw f-string: a backslash is an ordinary character (`rf'\N{x}'` has a field). */
  raw: boolean;
  /** Parse the expression in text[start, end) as `(expr)`. */
  compile(start: number, end: number): Expr;
}

const MAX_NESTING = 200;
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Split the body text[start, end) of one f-string token. */
export function splitFString(text: string, start: number, end: number, hooks: FStringHooks): FStringPiece[] {
  const splitter = new FStringSplitter(text, start, end, hooks);
  return splitter.pieces();
}

class FStringSplitter {
  private i: number;
  private readonly out: FStringPiece[] = [];
  /** The last literal ended at a doubled brace: what follows is more literal text. */
  private afterDoubledBrace = false;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    private readonly hooks: FStringHooks,
  ) {
    this.i = start;
  }

  pieces(): FStringPiece[] {
    while (this.i < this.end) {
      const literal = this.literal();
      if (literal !== '') this.out.push({ literal });
      if (this.i < this.end && this.text[this.i] === '{' && !this.afterDoubledBrace) this.field();
    }
    return this.out;
  }

  /** Literal text up to a single `{` (fstring_find_literal at the top level). */
  private literal(): string {
    const start = this.i;
    this.afterDoubledBrace = false;
    while (this.i < this.end) {
      const ch = this.text[this.i];
      if (ch === '{' || ch === '}') {
        if (this.text[this.i + 1] === ch && this.i + 1 < this.end) {
          // A doubled brace: the literal keeps one brace; scanning resumes after both.
          this.i += 2;
          this.afterDoubledBrace = true;
          return this.hooks.decode(this.text.slice(start, this.i - 1));
        }
        if (ch === '}') this.hooks.fail("f-string: single '}' is not allowed");
        break;
      }
      this.skipCharacter();
    }
    return this.hooks.decode(this.text.slice(start, this.i));
  }

  /** One `{expr[=][!c][:spec]}` field (fstring_find_expr); `level` 1 is a field inside a spec. */
  private field(level = 0, out: FStringPiece[] = this.out): void {
    if (level >= 2) this.hooks.fail('f-string: expressions nested too deeply');
    const fieldStart = this.i;
    this.i++;
    const exprStart = this.i;
    const exprEnd = this.scanExpression();
    const value = this.compileExpression(exprStart, exprEnd);
    let debugText: string | null = null;
    if (this.text[this.i] === '=') {
      this.i++;
      while (this.i < this.end && /[ \t\n\r\f\v]/.test(this.text[this.i])) this.i++;
      if (this.i >= this.end) this.expectingBrace();
      debugText = this.text.slice(exprStart, this.i);
    }
    const conversion = this.conversion();
    const formatSpec = this.formatSpec(level);
    if (this.i >= this.end || this.text[this.i] !== '}') this.expectingBrace();
    this.i++;
    if (debugText !== null) out.push({ literal: debugText });
    const defaulted = debugText !== null && conversion === null && formatSpec === null ? 'r' : conversion;
    out.push({ field: { value, conversion: defaulted, formatSpec, start: fieldStart, end: this.i } });
  }

  /** Find where the expression ends; return that offset and leave `i` on the terminator. */
  private scanExpression(): number {
    const stack: string[] = [];
    let quote = '';
    let triple = false;
    for (; this.i < this.end; this.i++) {
      const ch = this.text[this.i];
      if (ch === '\\') this.hooks.fail('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (ch === quote && (!triple || this.text.startsWith(quote.repeat(3), this.i))) {
          if (triple) this.i += 2;
          quote = '';
        }
      } else if (ch === "'" || ch === '"') {
        triple = this.i + 2 < this.end && this.text.startsWith(ch.repeat(3), this.i);
        if (triple) this.i += 2;
        quote = ch;
      } else if (ch === '(' || ch === '[' || ch === '{') {
        if (stack.length >= MAX_NESTING) this.hooks.fail('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === '#') {
        this.hooks.fail("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && '!:}=<>'.includes(ch)) {
        const next = this.i + 1 < this.end ? this.text[this.i + 1] : '';
        if (next === '=' && ch !== ':' && ch !== '}') {
          this.i++;
          continue;
        }
        if (ch === '<' || ch === '>') continue;
        break;
      } else if (ch === ')' || ch === ']' || ch === '}') {
        const open = stack.pop();
        if (open === undefined) this.hooks.fail(`f-string: unmatched '${ch}'`);
        if (open !== CLOSERS[ch]) {
          this.hooks.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    if (quote !== '') this.hooks.fail('f-string: unterminated string');
    if (stack.length > 0) this.hooks.fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (this.i >= this.end) this.expectingBrace();
    return this.i;
  }

  private compileExpression(start: number, end: number): Expr {
    if (/^[ \t\n\f]*$/.test(this.text.slice(start, end))) this.hooks.fail('f-string: empty expression not allowed');
    return this.hooks.compile(start, end);
  }

  private conversion(): 'r' | 's' | 'a' | null {
    if (this.text[this.i] !== '!') return null;
    this.i++;
    if (this.i >= this.end) this.expectingBrace();
    const c = this.text[this.i];
    this.i++;
    if (c !== 's' && c !== 'r' && c !== 'a') {
      this.hooks.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    return c;
  }

  /**
   * The spec after `:` up to the field's closing `}` (fstring_parse one
   * level down): literal text, or pieces when it holds fields of its own.
   */
  private formatSpec(level: number): string | FStringPiece[] | null {
    if (this.i >= this.end || this.text[this.i] !== ':') return null;
    this.i++;
    if (this.i >= this.end) this.expectingBrace();
    const pieces: FStringPiece[] = [];
    let literal = '';
    while (this.i < this.end && this.text[this.i] !== '}') {
      const start = this.i;
      while (this.i < this.end && this.text[this.i] !== '}' && this.text[this.i] !== '{') {
        this.skipCharacter();
      }
      literal += this.hooks.decode(this.text.slice(start, this.i));
      if (this.i < this.end && this.text[this.i] === '{') {
        if (literal !== '') pieces.push({ literal });
        literal = '';
        this.field(level + 1, pieces);
      }
    }
    if (pieces.length === 0) return literal;
    if (literal !== '') pieces.push({ literal });
    return pieces;
  }

  /**
   * Step over one character of literal text (fstring_find_literal): a
   * `\N{name}` is skipped to its `}` (its brace opens no field); a
   * backslash before a brace does not escape it in 3.11 (`\{x}` is a
   * backslash and a field); other escapes are skipped whole.
   */
  private skipCharacter(): void {
    if (this.text[this.i] === '\\' && this.i + 1 < this.end) {
      const next = this.text[this.i + 1];
      if (next === 'N' && !this.hooks.raw) {
        this.i += 2;
        if (this.i < this.end && this.text[this.i++] === '{') while (this.i < this.end && this.text[this.i++] !== '}');
        return;
      }
      if (next !== '{' && next !== '}') this.i++;
    }
    this.i++;
  }

  private expectingBrace(): never {
    return this.hooks.fail("f-string: expecting '}'");
  }
}

/**
 * What CPython 3.11 knows of an f-string field when it reports an error in
 * it (string_parser.c fstring_compile_expr, fstring_find_expr_location):
 * the `(expr)` string it parsed, and starting_col_offset, the column base
 * its error positions subtract.
 */
export interface FieldSite {
  /** `(` + the expression's source + `)`. */
  text: string;
  /** starting_col_offset (see parse-strings.ts siteOf). */
  base: number;
}

/**
 * Where CPython 3.11 reports an error inside a field's expression: it parses
 * `(expr)` as a separate string, so on the field's first line the column
 * counts from that added parenthesis; on a later line it is the line's own
 * column less starting_col_offset (negative columns included, as CPython's).
 */
export function fieldRelative(at: Position, fieldStart: Position | undefined, site?: FieldSite): Position {
  if (fieldStart === undefined) return at;
  const shift = (line: number): number => (line === fieldStart.line ? fieldStart.col - 1 : (site?.base ?? 0));
  const col = at.col - shift(at.line);
  // A range (RAISE_SYNTAX_ERROR_KNOWN_RANGE) ends in the same string's columns.
  const end = at as Partial<{ endLine: number; endCol: number }>;
  if (typeof end.endLine === 'number' && typeof end.endCol === 'number' && end.endCol >= 0) {
    return { line: at.line, col, endLine: end.endLine, endCol: end.endCol - shift(end.endLine) } as Position;
  }
  if (at.line !== fieldStart.line && typeof end.endLine === 'number' && typeof end.endCol === 'number') {
    return { line: at.line, col, endLine: end.endLine, endCol: end.endCol } as Position;
  }
  return { line: at.line, col };
}

/**
 * The `text` of an error inside a field (_PyPegen_raise_error_known_location
 * on a string tokenizer): the error's line of the `(expr)` string, with its
 * newline when the tokenizer has not read past that line, without it
 * otherwise (get_error_line_from_tokenizer_buffers).
 */
export function fieldErrorText(site: FieldSite, fieldStart: Position, line: number, reachedLine: number): { line: string; newline: boolean } {
  const lines = site.text.split('\n');
  return { line: lines[line - fieldStart.line] ?? '', newline: reachedLine <= line };
}
