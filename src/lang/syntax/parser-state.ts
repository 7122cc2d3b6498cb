/**
 * The parser's cursor over the token list, with the helpers every grammar
 * file uses: look at, consume and expect tokens, build located nodes, and
 * fail through the error funnel.
 *
 * `fail` applies CPython's rule for a bracket left open at end of file
 * (pegen_errors.c, `_PyPegen_tokenize_full_source_to_check_for_errors`): a
 * parser error reached at the end of input, or on a line after the open
 * bracket, is reported as "'(' was never closed" at the bracket instead.
 */
import type { Loc } from './ast';
import type { Position, SourceText } from './source-text';
import { CompileLimitError, raiseSyntaxError, ScenarioSyntaxError, withEndOffset, type SyntaxErrorType } from './syntax-error';
import { KEYWORDS, type Token, type TokenType } from './token';
import type { OpenBracket, TokenStream } from './tokenizer';
import { fieldErrorText, fieldRelative, type FieldSite } from './fstring';

/**
 * CPython 3.11's PEG parser gives up with MemoryError when its rule stack
 * passes MAXSTACK (6000) levels (Parser/parser.c: `if (p->level++ ==
 * MAXSTACK)`). This parser is shaped differently, so it counts CPython's
 * levels with costs calibrated against python3 3.11.7: an expression
 * statement starts 31 levels deep, the value of an assignment 33; each unary operator, `not` and
 * `... else` adds 1; each `**` and `lambda` adds 2; a bracket adds about 28;
 * an indented block adds 6. (`x = ` then 5968 minus signs is MemoryError,
 * 5967 parse.)
 */
const MAXSTACK = 6000;
const STATEMENT_EXPRESSION_LEVEL = 31;

export interface ParserOptions {
  /** `f-string: ` while parsing an f-string field (CPython prefixes those errors). */
  messagePrefix?: string;
  /** Inside an f-string field: where its expression starts (errors are reported relative to it). */
  fieldStart?: Position;
  /** Inside an f-string field: the `(expr)` string and column base CPython reports errors with. */
  fieldSite?: FieldSite;
}

export class ParserState {
  readonly source: SourceText;
  readonly tokens: Token[];
  readonly messagePrefix: string;
  private readonly unclosed: OpenBracket | null;
  private readonly fieldStart: Position | undefined;
  private readonly fieldSite: FieldSite | undefined;
  /** Expressions written in parentheses, and where their outermost '(' is. */
  private readonly groups = new WeakMap<object, Position>();
  private index = 0;
  /** The furthest token the parser has looked at (CPython's last fetched token). */
  private furthest = 0;
  /** The same, not counting speculative parses: where CPython's first pass stopped. */
  private firstPassFurthest = 0;
  private speculating = 0;
  /** CPython's parser levels above a statement's expression (see MAXSTACK). */
  private level = 0;
  /** The deferred tokenizer error, once raised (speculative parses must not swallow it). */
  private deferredRaised: unknown = null;

  constructor(source: SourceText, stream: TokenStream, options: ParserOptions = {}) {
    this.source = source;
    this.tokens = stream.tokens;
    this.unclosed = stream.unclosed;
    this.messagePrefix = options.messagePrefix ?? '';
    this.fieldStart = options.fieldStart;
    this.fieldSite = options.fieldSite;
    this.reach(0);
  }

  /** The index of the current token. Moving it also records how far the parser looked. */
  get pos(): number {
    return this.index;
  }

  set pos(value: number) {
    this.index = value;
    this.reach(value);
  }

  /**
   * Look at token `i`: an ERRORTOKEN carrying a deferred tokenizer error
   * raises it, as CPython raises such errors when the parser fetches them.
   */
  private reach(i: number): void {
    const last = Math.min(i, this.tokens.length - 1);
    for (let j = this.furthest; j <= last; j++) {
      const error = this.tokens[j].error;
      if (error !== undefined) {
        try {
          raiseSyntaxError(this.source, error.at, error.msg, error.type);
        } catch (e) {
          this.deferredRaised = e;
          throw e;
        }
      }
    }
    if (last > this.furthest) this.furthest = last;
    if (this.speculating === 0 && last > this.firstPassFurthest) this.firstPassFurthest = last;
  }

  // --- nesting ------------------------------------------------------------

  /** Go `cost` CPython parser levels deeper; past MAXSTACK that is CPython's MemoryError. */
  descend(cost: number): void {
    this.level += cost;
    if (this.level + STATEMENT_EXPRESSION_LEVEL > MAXSTACK) throw new CompileLimitError('MemoryError', '');
  }

  /** Come back up `cost` levels (after a successful `descend(cost)`). */
  ascend(cost: number): void {
    this.level -= cost;
  }

  // --- looking at tokens ---------------------------------------------------

  /** The current token. */
  get tok(): Token {
    return this.tokens[this.pos];
  }

  /** The token `n` ahead of the current one (ENDMARKER past the end). */
  peek(n = 1): Token {
    this.reach(this.pos + n);
    return this.tokens[Math.min(this.pos + n, this.tokens.length - 1)];
  }

  /** The last consumed token. */
  get prev(): Token {
    return this.tokens[Math.max(this.pos - 1, 0)];
  }

  /** Is the current token of this type? */
  at(type: TokenType): boolean {
    return this.tok.type === type;
  }

  isOp(value: string, token: Token = this.tok): boolean {
    return token.type === 'OP' && token.value === value;
  }

  isKeyword(word: string, token: Token = this.tok): boolean {
    return token.type === 'NAME' && token.value === word;
  }

  /** A NAME that is not a keyword: an identifier. */
  isIdentifier(token: Token = this.tok): boolean {
    return token.type === 'NAME' && !KEYWORDS.has(token.value);
  }

  // --- consuming tokens ----------------------------------------------------

  next(): Token {
    const token = this.tok;
    if (this.pos < this.tokens.length - 1) this.pos++;
    return token;
  }

  eatOp(value: string): boolean {
    if (!this.isOp(value)) return false;
    this.next();
    return true;
  }

  eatKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.next();
    return true;
  }

  expectOp(value: string): Token {
    if (!this.isOp(value)) this.fail();
    return this.next();
  }

  expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) this.fail();
    return this.next();
  }

  expectIdentifier(): Token {
    if (!this.isIdentifier()) this.fail();
    return this.next();
  }

  /**
   * Try a parse only to shape an error message (CPython's second pass):
   * returns its result, or null if it fails, and always restores the
   * position. A deferred tokenizer error met on the way is still raised.
   */
  speculate<T>(parseMore: () => T): T | null {
    const outcome = this.attempt(parseMore);
    return 'value' in outcome ? outcome.value : null;
  }

  /**
   * PEG's backtracking out of a failed operator (`sum: sum '+' term | term`
   * falls back to the term): the end of the longest run of tokens from the
   * current one that `parseOne` accepts whole, found by cutting the input
   * short (a NEWLINE in place of a token) at each candidate end from the
   * furthest token back; null when no prefix parses. The position is
   * restored.
   */
  longestPrefix(parseOne: () => unknown): number | null {
    const start = this.index;
    for (let end = this.furthest; end > start; end--) {
      const saved = this.tokens[end];
      this.tokens[end] = { ...saved, type: 'NEWLINE', value: '' };
      try {
        const ok = this.speculate(() => {
          parseOne();
          return this.index === end;
        });
        if (ok === true) return end;
      } finally {
        this.tokens[end] = saved;
      }
    }
    return null;
  }

  /** Like `speculate`, but hands back the error a failed parse raised. */
  attempt<T>(parseMore: () => T): { value: T } | { error: unknown } {
    const save = this.index;
    const level = this.level;
    this.speculating++;
    try {
      return { value: parseMore() };
    } catch (e) {
      if (e === this.deferredRaised || e instanceof CompileLimitError) throw e;
      return { error: e };
    } finally {
      this.speculating--;
      this.index = save;
      this.level = level;
    }
  }

  /**
   * A first-pass parse that may give up: on success the position stays
   * after it; on failure (null, or a plain "invalid syntax") it is
   * restored. Any more specific error is raised.
   */
  tryParse<T>(parseMore: () => T | null): T | null {
    const save = this.index;
    const level = this.level;
    try {
      const value = parseMore();
      if (value === null) this.index = save;
      return value;
    } catch (e) {
      if (!this.isGenericError(e)) throw e;
      this.index = save;
      this.level = level;
      return null;
    }
  }

  // --- building nodes -----------------------------------------------------

  /**
   * Give `node` the location from `start` to the end of the last consumed
   * token. When `start` is an expression written in parentheses, the node
   * starts at the opening parenthesis, as in CPython (`(a) + b` starts at '(').
   */
  finish<T extends object>(start: Position, node: T): T & Loc {
    const from = this.groups.get(start) ?? start;
    const end = this.prev;
    return Object.assign(node, { line: from.line, col: from.col, endLine: end.endLine, endCol: end.endCol });
  }

  /** Remember that `node` was written as `( node )` starting at `open`. */
  /** Was `node` written inside its own parentheses? */
  isGrouped(node: object): boolean {
    return this.groups.has(node);
  }

  markGroup(node: object, open: Position): void {
    this.groups.set(node, { line: open.line, col: open.col });
  }

  /** Give `node` the location spanning two located things. */
  span<T extends object>(start: Position, end: Loc, node: T): T & Loc {
    return Object.assign(node, { line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol });
  }

  // --- errors ------------------------------------------------------------------

  /**
   * Raise a syntax error. By default it is CPython's generic "invalid
   * syntax", located at the furthest token the parser looked at (CPython
   * reports the last token its first pass fetched, one past `not` in
   * `a not b`, for instance).
   */
  fail(msg = 'invalid syntax', at: Position = this.tokens[this.firstPassFurthest], type: SyntaxErrorType = 'SyntaxError'): never {
    this.checkUnclosed();
    // A NEWLINE token ends where it starts (end_offset == offset).
    if ((at as Partial<Token>).type === 'NEWLINE') at = { line: at.line, col: at.col };
    // The DEDENTs and ENDMARKER the tokenizer makes at the end of the input have no
    // columns (col_offset -1): _PyPegen_raise_error gives an error there the
    // tokenizer's cursor and no end (-1); reading a file, the cursor is at the
    // start of its emptied buffer (see ScenarioSyntaxError.atFileEnd).
    const tokType = (at as Partial<Token>).type;
    const atFileEnd = (tokType === 'DEDENT' || tokType === 'ENDMARKER') && (at as Token).start === this.source.text.length && this.fieldStart === undefined;
    if (atFileEnd && msg !== 'invalid syntax') at = withEndOffset(at, -1);
    if (atFileEnd) {
      try {
        return raiseSyntaxError(this.source, at, this.messagePrefix + msg, type);
      } catch (e) {
        if (e instanceof ScenarioSyntaxError) e.atFileEnd = true;
        throw e;
      }
    }
    const site = this.fieldSite;
    if (site !== undefined && this.fieldStart !== undefined) {
      // The tokenizer has read as far as the furthest token the parser fetched.
      const text = fieldErrorText(site, this.fieldStart, at.line, this.tokens[this.furthest].line);
      return raiseSyntaxError(this.source, fieldRelative(at, this.fieldStart, site), this.messagePrefix + msg, type, 'parser', text);
    }
    return raiseSyntaxError(this.source, fieldRelative(at, this.fieldStart), this.messagePrefix + msg, type);
  }

  /** Is `e` the plain "invalid syntax" error (not a specific message, not a tokenizer error)? */
  isGenericError(e: unknown): boolean {
    return e instanceof ScenarioSyntaxError && e !== this.deferredRaised && e.msg === this.messagePrefix + 'invalid syntax';
  }


  private checkUnclosed(): void {
    const open = this.unclosed;
    if (open === null) return;
    const furthest = this.tokens[this.furthest];
    if (furthest.type === 'ENDMARKER' || furthest.line > open.line) {
      // raise_unclosed_parentheses_error: no end column (end_offset 0). At the end of
      // the input the tokenizer has read every line.
      const text = this.source.text;
      const linesRead = furthest.type === 'ENDMARKER' ? text.split('\n').length - (text.endsWith('\n') ? 1 : 0) : furthest.line;
      try {
        raiseSyntaxError(this.source, { line: open.line, col: open.col, endLine: open.line, endCol: -1 } as Position, `'${open.char}' was never closed`);
      } catch (e) {
        if (e instanceof ScenarioSyntaxError && linesRead > open.line) e.tokenizerLine = linesRead;
        throw e;
      }
    }
  }
}
