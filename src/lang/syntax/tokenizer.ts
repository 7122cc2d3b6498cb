/**
 * The tokenizer: CPython 3.11's C tokenizer (Parser/tokenizer.c) for the
 * whole source at once.
 *
 * Python's lexical rules followed here (Language Reference, "Lexical analysis"):
 *  - A logical line ends with NEWLINE; inside (), [] or {} newlines are
 *    ignored (implicit line joining), and so is a backslash-newline
 *    (explicit joining).
 *  - Blank lines and comment-only lines produce no tokens and do not affect
 *    indentation.
 *  - At the start of each logical line the indentation is compared with a
 *    stack: deeper pushes and emits INDENT, shallower pops and emits one
 *    DEDENT per level, and must land exactly on an outer level. Tabs advance
 *    to the next multiple of 8; the same line measured with tabs as 1 column
 *    must compare the same way, or it is a TabError.
 *  - At end of file an implicit NEWLINE closes the last line, then every
 *    open level is DEDENTed, then ENDMARKER.
 *
 * Errors come in CPython's two kinds:
 *  - Most tokenizer errors (bad literals, characters, brackets) are raised
 *    at once. CPython reports them even when the parser fails earlier in the
 *    file (it tokenizes the rest of the source before reporting a parser
 *    error), so tokenizing eagerly gives the same error.
 *  - Indentation errors, TabError and a bad line continuation only set the
 *    tokenizer's state in CPython; they surface if the parser reaches them.
 *    Here they end the stream with an ERRORTOKEN carrying the error, which
 *    the parser raises when it reaches that token.
 * A bracket still open at end of file is recorded in `unclosed` for the
 * parser to report (see ParserState.fail).
 */
import type { Position, SourceText } from './source-text';
import { raiseSyntaxError, withEndOffset, type SyntaxErrorType } from './syntax-error';
import { OPERATORS_1, OPERATORS_2, OPERATORS_3, type Token, type TokenType } from './token';
import { scanNumber } from './number-literal';
import { isStringPrefix, scanString } from './string-literal';
import { hasEscapedBytes, undecodableMessage } from './escaped-bytes';
import { fieldErrorText, fieldRelative, type FieldSite } from './fstring';

export interface OpenBracket {
  char: string;
  line: number;
  col: number;
}

export interface TokenStream {
  tokens: Token[];
  /** The innermost bracket still open at end of file, or null. */
  unclosed: OpenBracket | null;
}

export interface TokenizeOptions {
  /**
   * Tokenize only `text[start, end)` as if it were inside parentheses: the
   * expression of an f-string field (3.11 compiles it as `(expr)`).
   */
  range?: { start: number; end: number };
  /** Prefix for error messages: `f-string: ` inside f-string fields. */
  messagePrefix?: string;
  /** Inside an f-string field: where its expression starts (errors are reported relative to it). */
  fieldStart?: Position;
  /** Inside an f-string field: the `(expr)` string and column base CPython reports errors with. */
  fieldSite?: FieldSite;
}

/** Thrown to end the scan after a deferred error token. */
const STOP = Symbol('stop');
const TAB_SIZE = 8;
const MAX_INDENT = 100;
const MAX_LEVEL = 200;
const OPENERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const IDENT_START = /[\p{XID_Start}_]/u;
const IDENT_CONTINUE = /\p{XID_Continue}/u;
/** Characters `str.isprintable()` rejects (CPython reports them without quoting them). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function tokenize(source: SourceText, options: TokenizeOptions = {}): TokenStream {
  return new Tokenizer(source, options).run();
}

class Tokenizer {
  private readonly text: string;
  private pos: number;
  private readonly end: number;
  private readonly nested: boolean;
  private readonly prefix: string;
  private readonly fieldStart: Position | undefined;
  private readonly fieldSite: FieldSite | undefined;
  private readonly tokens: Token[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly brackets: OpenBracket[] = [];
  private atLineStart = true;
  private lineHasTokens = false;
  /** Where the comment on the current line starts, if any. */
  private commentStart: number | null = null;

  constructor(private readonly source: SourceText, options: TokenizeOptions) {
    this.text = source.text;
    this.pos = options.range?.start ?? 0;
    this.end = options.range?.end ?? this.text.length;
    this.nested = options.range !== undefined;
    this.prefix = options.messagePrefix ?? '';
    this.fieldStart = options.fieldStart;
    this.fieldSite = options.fieldSite;
  }

  run(): TokenStream {
    try {
      this.scan();
    } catch (e) {
      if (e !== STOP) throw e;
      return { tokens: this.tokens, unclosed: null };
    }
    return this.finish();
  }

  private scan(): void {
    while (this.pos < this.end) {
      if (this.atLineStart && !this.nested && this.brackets.length === 0) {
        this.atLineStart = false;
        this.indentation();
        continue;
      }
      this.skipSpaces();
      if (this.pos >= this.end) break;
      const c = this.text[this.pos];
      if (c === '#') this.skipComment();
      else if (c === '\n') this.newline();
      else if (c === '\\') this.continuation();
      else this.token();
    }
  }

  // --- lines and indentation -------------------------------------------

  /** Measure the indentation of a new line and emit INDENT/DEDENT (tok_get's `if (tok->atbol)`). */
  private indentation(): void {
    let col = 0;
    let altcol = 0;
    let i = this.pos;
    for (; i < this.end; i++) {
      const c = this.text[i];
      if (c === ' ') {
        col++;
        altcol++;
      } else if (c === '\t') {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altcol++;
      } else if (c === '\f') {
        col = altcol = 0;
      } else break;
    }
    const indentEnd = i;
    const c = this.text[i];
    // Blank and comment-only lines do not count (CPython's `blankline`).
    if (i >= this.end || c === '#' || c === '\n') return;
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altcol !== this.altIndents[top]) this.tabError(i);
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAX_INDENT) {
        this.defer(withEndOffset(this.source.locate(i), 0), 'too many levels of indentation', 'IndentationError');
      }
      if (altcol <= this.altIndents[top]) this.tabError(i);
      this.indents.push(col);
      this.altIndents.push(altcol);
      // CPython's INDENT token ends at the first character of the line's first
      // token and starts one column before (errors there report the width).
      const at = this.source.locate(indentEnd);
      this.tokens.push(this.makeToken('INDENT', '', this.pos, indentEnd, { line: at.line, col: at.col - 1 }, at));
    } else {
      this.dedentTo(col, altcol, i);
    }
    this.pos = indentEnd;
  }

  private dedentTo(col: number, altcol: number, at: number): void {
    while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
      this.indents.pop();
      this.altIndents.pop();
      // CPython gives a DEDENT inside the file column -1 (reported as offset 0).
      const line = this.source.locate(at).line;
      this.tokens.push(this.makeToken('DEDENT', '', at, at, { line, col: -1 }, { line, col: -1 }));
    }
    if (col !== this.indents[this.indents.length - 1]) {
      // Reported after the tokenizer has read the whole line: column len+1.
      const line = this.source.locate(at).line;
      const where = { line, col: this.source.lineText(line).length };
      this.defer(withEndOffset(where, -1), 'unindent does not match any outer indentation level', 'IndentationError');
    }
    if (altcol !== this.altIndents[this.altIndents.length - 1]) this.tabError(at);
  }

  private tabError(at: number): never {
    const line = this.source.locate(at).line;
    return this.defer(withEndOffset({ line, col: 0 }, 0), 'inconsistent use of tabs and spaces in indentation', 'TabError');
  }

  /** End the stream with an error the parser raises if it gets this far. */
  private defer(at: Position, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    const error = { msg: this.prefix + msg, type, at };
    this.tokens.push({ ...this.makeToken('ERRORTOKEN', '', this.pos, this.pos, at, at), error });
    throw STOP;
  }

  private skipSpaces(): void {
    while (this.pos < this.end) {
      const c = this.text[this.pos];
      if (c !== ' ' && c !== '\t' && c !== '\f') return;
      this.pos++;
    }
  }

  private skipComment(): void {
    this.commentStart = this.pos;
    while (this.pos < this.end && this.text[this.pos] !== '\n') this.pos++;
  }

  /**
   * A newline ends the logical line unless brackets are open or the line was
   * blank. After a comment, CPython's NEWLINE token starts at the '#'.
   */
  private newline(): void {
    if (!this.nested && this.brackets.length === 0) {
      if (this.lineHasTokens) this.emit('NEWLINE', this.commentStart ?? this.pos, this.pos + 1, '');
      this.atLineStart = true;
      this.lineHasTokens = false;
    }
    this.commentStart = null;
    this.pos++;
  }

  /** Backslash-newline joins physical lines; anything else after the backslash is an error. */
  private continuation(): void {
    const next = this.pos + 1;
    if (next >= this.end) this.defer(withEndOffset(this.source.endPosition(), -1), 'unexpected EOF while parsing');
    if (this.text[next] !== '\n') {
      this.defer(withEndOffset(this.source.locate(next), 0), 'unexpected character after line continuation character');
    }
    // A backslash joining the last line to nothing: CPython's tokenizer meets EOF after it.
    if (next + 1 >= this.end) this.defer(withEndOffset(this.source.locate(next), -1), 'unexpected EOF while parsing');
    this.pos = next + 1;
  }

  // --- tokens ---------------------------------------------------------------

  private token(): void {
    const c = this.text[this.pos];
    if (isIdentifierStartChar(c)) this.nameOrString();
    else if ((c >= '0' && c <= '9') || (c === '.' && /[0-9]/.test(this.text[this.pos + 1] ?? ''))) this.number();
    else if (c === '"' || c === "'") this.string(this.pos);
    else this.operator();
  }

  /** An identifier, or the prefix of a string literal (`rb'...'`). */
  private nameOrString(): void {
    const start = this.pos;
    while (this.pos < this.end && isIdentifierChar(this.text, this.pos)) this.pos++;
    const word = this.text.slice(start, this.pos);
    const next = this.text[this.pos];
    if ((next === '"' || next === "'") && isStringPrefix(word)) {
      this.string(start);
      return;
    }
    this.verifyIdentifier(word, start);
    this.emit('NAME', start, this.pos, /^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFKC'));
  }

  /** verify_identifier: every character must be XID_Start / XID_Continue. */
  private verifyIdentifier(word: string, start: number): void {
    if (/^[\x00-\x7f]*$/.test(word)) return;
    if (hasEscapedBytes(word)) this.failUndecodable(word, start);
    let offset = start;
    let first = true;
    for (const ch of word) {
      const ok = first ? IDENT_START.test(ch) : IDENT_CONTINUE.test(ch);
      if (!ok) this.failInvalidCharacter(offset, ch);
      offset += ch.length;
      first = false;
    }
  }

  /**
   * verify_identifier's E_DECODE (compile() of bytes that are not UTF-8):
   * the codec's error, at the identifier's end (the tokenizer's cursor;
   * compile() counts it in bytes, as it does every column of a line that
   * does not decode), with no end column, and the line as text.
   */
  private failUndecodable(word: string, start: number): never {
    const at = this.source.locate(start);
    const end = at.col + word.length;
    return raiseSyntaxError(this.source, { line: at.line, col: end - 1, endLine: at.line, endCol: -2 } as Position, undecodableMessage(word), 'SyntaxError', 'tokenizer', { line: this.source.lineText(at.line), newline: true });
  }

  private number(): void {
    const start = this.pos;
    this.pos = scanNumber(this.text, start, (cursor, msg, endCursor) => this.fail(cursor - 1, msg, 'SyntaxError', endCursor === undefined ? undefined : endCursor - 1, false));
    this.emit('NUMBER', start, this.pos);
  }

  private string(start: number): void {
    const quotePos = this.pos;
    const scan = scanString(this.text, quotePos);
    if ('unterminated' in scan) {
      const detected = Math.min(this.source.locate(scan.detectedAt).line, this.source.lastLine);
      const kind = scan.unterminated === 'triple' ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
      this.fail(start, `${kind} (detected at line ${detected})`);
    }
    this.pos = scan.end;
    this.emit('STRING', start, this.pos);
  }

  private operator(): void {
    const start = this.pos;
    const three = this.text.slice(start, start + 3);
    const two = three.slice(0, 2);
    const one = three[0];
    let op: string;
    if (OPERATORS_3.has(three)) op = three;
    else if (OPERATORS_2.has(two)) op = two;
    else if (OPERATORS_1.has(one)) op = one;
    else return this.errorToken(start);
    const level = this.bracketLevel();
    if (op === '(' || op === '[' || op === '{') this.open(op, start);
    else if (op === ')' || op === ']' || op === '}') this.close(op, start);
    this.pos = start + op.length;
    this.emit('OP', start, this.pos, op, level);
  }

  /** A character that begins no token: ASCII junk is an ERRORTOKEN (the parser says "invalid syntax"). */
  private errorToken(start: number): void {
    const ch = String.fromCodePoint(this.text.codePointAt(start)!);
    if (ch.codePointAt(0)! >= 128) this.failInvalidCharacter(start, ch);
    this.pos = start + ch.length;
    this.emit('ERRORTOKEN', start, this.pos);
  }

  /** A character that is not allowed in an identifier (tokenizer.c, verify_identifier). */
  private failInvalidCharacter(at: number, ch: string): never {
    const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    if (NON_PRINTABLE.test(ch)) this.fail(at, `invalid non-printable character U+${hex}`, 'SyntaxError', undefined, false);
    this.fail(at, `invalid character '${ch}' (U+${hex})`, 'SyntaxError', undefined, false);
  }

  private open(char: string, at: number): void {
    if (this.brackets.length + (this.nested ? 1 : 0) >= MAX_LEVEL) this.fail(at, 'too many nested parentheses');
    this.brackets.push({ char, ...this.source.locate(at) });
  }

  private close(char: string, at: number): void {
    const open = this.brackets.pop();
    if (open === undefined) this.fail(at, `unmatched '${char}'`);
    if (open.char !== OPENERS[char]) {
      const here = this.source.locate(at);
      const where = open.line === here.line ? '' : ` on line ${open.line}`;
      this.fail(at, `closing parenthesis '${char}' does not match opening parenthesis '${open.char}'${where}`);
    }
  }

  private bracketLevel(): number {
    return this.brackets.length + (this.nested ? 1 : 0);
  }

  // --- end of input ---------------------------------------------------------

  private finish(): TokenStream {
    const eof = this.nested ? this.source.locate(this.end) : this.source.endPosition();
    const eofToken = (type: TokenType): Token => this.makeToken(type, '', this.end, this.end, eof, eof);
    if (this.brackets.length > 0) {
      this.tokens.push(eofToken('ENDMARKER'));
      return { tokens: this.tokens, unclosed: this.brackets[this.brackets.length - 1] };
    }
    if (this.lineHasTokens && !this.nested) this.tokens.push(eofToken('NEWLINE'));
    for (let i = 1; i < this.indents.length; i++) this.tokens.push(eofToken('DEDENT'));
    // A field's end stands for the ')' that 3.11 adds around it (fstring_compile_expr): one column wide.
    if (this.nested) this.tokens.push(this.makeToken('ENDMARKER', '', this.end, this.end, eof, nextColumn(eof)));
    else this.tokens.push(eofToken('ENDMARKER'));
    return { tokens: this.tokens, unclosed: null };
  }

  // --- helpers ----------------------------------------------------------------

  private emit(type: TokenType, start: number, end: number, value?: string, level = this.bracketLevel()): void {
    const from = this.source.locate(start);
    // A NEWLINE ends just after its '\n', on the same line.
    const to = type === 'NEWLINE' ? nextColumn(this.source.locate(end - 1)) : this.source.locate(end);
    this.tokens.push(this.makeToken(type, value ?? this.text.slice(start, end), start, end, from, to, level));
    if (type !== 'INDENT') this.lineHasTokens = type !== 'NEWLINE';
  }

  private makeToken(
    type: TokenType,
    value: string,
    start: number,
    end: number,
    from: Position,
    to: Position,
    level = this.bracketLevel(),
  ): Token {
    return { type, value, start, end, line: from.line, col: from.col, endLine: to.line, endCol: to.col, level };
  }

  /** Raise a tokenizer error at a source offset. */
  /**
   * A tokenizer error at `offset`; one with a range ends at `endOffset`
   * (0-based, like `offset`). In an f-string field, the errors of
   * tokenizer.c's own syntaxerror() (bad number literals, invalid
   * characters) carry no "f-string: " prefix (`prefixed` false): only the
   * parser's errors and string_parser.c's own checks of the field do.
   */
  private fail(offset: number, msg: string, type: SyntaxErrorType = 'SyntaxError', endOffset?: number, prefixed = true): never {
    let at = this.source.locate(offset);
    if (endOffset !== undefined) {
      const end = this.source.locate(endOffset);
      at = { line: at.line, col: at.col, endLine: end.line, endCol: end.col } as Position;
    }
    const site = this.fieldSite;
    // A tokenizer error's text is its line without the newline.
    const text = site !== undefined && this.fieldStart !== undefined ? { line: fieldErrorText(site, this.fieldStart, at.line, at.line).line, newline: false } : undefined;
    raiseSyntaxError(this.source, fieldRelative(at, this.fieldStart, site), prefixed ? this.prefix + msg : msg, type, 'tokenizer', text);
  }
}

function nextColumn(at: Position): Position {
  return { line: at.line, col: at.col + 1 };
}

function isIdentifierStartChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c.charCodeAt(0) >= 128;
}

/**
 * CPython's `is_potential_identifier_char`: every non-ASCII character is read
 * into the identifier and checked afterwards by verifyIdentifier. A non-ASCII
 * character that cannot start a token (like `€` on its own) still enters here
 * and is reported as an invalid character.
 */
function isIdentifierChar(text: string, i: number): boolean {
  const c = text[i];
  return isIdentifierStartChar(c) || (c >= '0' && c <= '9');
}
