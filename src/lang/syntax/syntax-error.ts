/**
 * The one error funnel of the syntax layer (acorn's `raise(pos, msg)`).
 *
 * Every tokenizer, parser, scope and compile-check error goes through
 * `raiseSyntaxError`, which builds a `ScenarioSyntaxError` that carries what
 * CPython's `SyntaxError` carries: `msg`, `filename`, `line`, a 1-based
 * column (`offset` in CPython) and the source line. Callers pass 0-based
 * columns, as everywhere else in this layer; the funnel adds 1.
 *
 * Messages follow CPython 3.11's (the scenario language is the whole 3.11
 * grammar).
 */
import type { Position, SourceText } from './source-text';

/** CPython's class for the error: IndentationError and TabError are SyntaxError subclasses. */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class ScenarioSyntaxError extends Error {
  /** CPython's exception type name for this error. */
  readonly pyType: SyntaxErrorType;
  /** The bare message, e.g. `expected ':'` (CPython's `SyntaxError.msg`). */
  readonly msg: string;
  readonly filename: string;
  /** 1-based line number; 0 for an error about the whole file (python3 prints no location). */
  readonly line: number;
  /** 1-based column, as CPython's `SyntaxError.offset`; 0 when python3 shows the line without a caret. */
  readonly col: number;
  /** The source line, without its newline. */
  readonly text: string;
  /** 1-based end line and end column (CPython's `end_lineno`/`end_offset`; 0: no end column). */
  endLine: number;
  endCol: number;
  /**
   * Who raised it, which decides the `text` CPython's SyntaxError carries:
   * the tokenizer (the line without its newline), the parser (the line as
   * the tokenizer read it), or the compiler (symtable and compile checks:
   * re-read from the file by name, so None for a string compiled under a
   * name like '<string>').
   */
  stage: 'tokenizer' | 'parser' | 'compiler' = 'parser';
  /**
   * Set for an error inside an f-string field, whose `text` is a line of the
   * `(expr)` string CPython parsed: whether SyntaxError.text ends with a
   * newline (fieldErrorText's rule), instead of the stage's rule.
   */
  textNewline: boolean | undefined = undefined;
  /**
   * The line the tokenizer had read up to when the parser gave up (tok->lineno),
   * when past the error's own line: a string's SyntaxError.text is then the
   * error's line without its newline (_PyPegen_raise_error_known_location's
   * get_error_line_from_tokenizer_buffers), not the tokenizer's buffer.
   */
  tokenizerLine: number | undefined = undefined;
  /**
   * The error is at a token the tokenizer made at the end of the input
   * (a DEDENT or the ENDMARKER, which have no columns): python3 running the
   * file as its script reports offset 0 there (the file tokenizer's cursor
   * is at the start of its emptied buffer), so no caret; compile() of a
   * string reports the end of the last line.
   */
  atFileEnd = false;
  /**
   * Whether the SyntaxError's args carry the location, as the parser's and
   * compile.c's errors do: (msg, (filename, lineno, offset, text,
   * end_lineno, end_offset)). The symbol table's and future.c's set the
   * location attributes after a one-argument exception
   * (PyErr_RangedSyntaxLocationObject): args is (msg,).
   */
  locationInArgs = true;

  constructor(pyType: SyntaxErrorType, msg: string, filename: string, line: number, col: number, text: string) {
    const where = line === 0 ? '' : col === 0 ? ` (${filename}, line ${line})` : ` (${filename}, line ${line}, column ${col})`;
    super(`${pyType}: ${msg}${where}`);
    this.name = 'ScenarioSyntaxError';
    this.pyType = pyType;
    this.msg = msg;
    this.filename = filename;
    this.line = line;
    this.col = col;
    this.text = text;
    this.endLine = line;
    this.endCol = col;
  }
}

/** Throw a syntax error at a 0-based position. */
export function raiseSyntaxError(
  source: SourceText,
  at: Position,
  msg: string,
  pyType: SyntaxErrorType = 'SyntaxError',
  stage: ScenarioSyntaxError['stage'] = 'parser',
  text?: { line: string; newline: boolean },
): never {
  const e = new ScenarioSyntaxError(pyType, msg, source.filename, at.line, at.col + 1, text?.line ?? source.lineText(at.line));
  if (text !== undefined) e.textNewline = text.newline;
  // A token or node carries its end (RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE); a bare position ends where it starts.
  const end = at as Partial<{ endLine: number; endCol: number }>;
  if (typeof end.endLine === 'number' && typeof end.endCol === 'number') {
    e.endLine = end.endLine;
    e.endCol = end.endCol + 1;
  }
  e.stage = stage;
  throw e;
}

/**
 * `at` with CPython's end_offset for an error whose end is not a column:
 * -1 where _PyPegen_raise_error takes the end of a token that has none
 * (INDENT/DEDENT, the tokenizer's EOF: "unexpected indent", "unindent does
 * not match ...", "unexpected EOF while parsing"), 0 where
 * _Pypegen_tokenizer_error passes end_col_offset -1 to
 * RAISE_ERROR_KNOWN_LOCATION (TabError, "too many levels of indentation",
 * a bad line continuation).
 */
export function withEndOffset(at: Position, endOffset: -1 | 0): Position {
  return { line: at.line, col: at.col, endLine: at.line, endCol: endOffset - 1 } as Position;
}

/**
 * The errors CPython's compiler raises for a source that is valid Python
 * but too deep to compile, which are not SyntaxErrors and carry no
 * location: `MemoryError` when the PEG parser's stack passes MAXSTACK
 * (Parser/parser.c, 3.11), `RecursionError: maximum recursion depth
 * exceeded during compilation` when the AST optimizer or the symbol table
 * nests deeper than the recursion limit. python3 prints them as one line
 * (`MemoryError`, `RecursionError: ...`), without a traceback, and exits 1.
 */
export class CompileLimitError extends Error {
  constructor(
    readonly pyType: 'MemoryError' | 'RecursionError',
    readonly msg: string,
  ) {
    super(msg === '' ? pyType : `${pyType}: ${msg}`);
    this.name = 'CompileLimitError';
  }
}
