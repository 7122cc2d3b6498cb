/**
 * Tokens, as CPython's C tokenizer produces them for the parser: NAME,
 * NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, and ERRORTOKEN for
 * a stray ASCII character (`$`, `?`, `!`, backtick) that the parser then
 * reports as "invalid syntax". Comments and non-logical newlines produce no
 * tokens.
 */
import type { Position } from './source-text';
import type { SyntaxErrorType } from './syntax-error';

export type TokenType =
  | 'NAME'
  | 'NUMBER'
  | 'STRING'
  | 'OP'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'ENDMARKER'
  | 'ERRORTOKEN';

export interface Token {
  readonly type: TokenType;
  /**
   * The token's text: the identifier (NFKC-normalized, as Python does), the
   * operator, the number or string exactly as written (prefix and quotes
   * included); '' for NEWLINE, INDENT, DEDENT and ENDMARKER.
   */
  readonly value: string;
  /** Offsets into `SourceText.text`: [start, end). */
  readonly start: number;
  readonly end: number;
  /** 1-based lines and 0-based code point columns of the token's start and end. */
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** Bracket nesting depth in front of this token (0 outside any bracket). */
  readonly level: number;
  /**
   * On the ERRORTOKEN that ends the stream after an indentation or
   * line-continuation error: the error the parser raises when it reaches
   * this token (see tokenizer.ts).
   */
  readonly error?: DeferredError;
}

export interface DeferredError {
  msg: string;
  type: SyntaxErrorType;
  at: Position;
}

/** Python 3.11's hard keywords (`keyword.kwlist`); they are never NAME atoms. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
  'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
  'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/**
 * Operators and delimiters by length (tokenizer.c's PyToken_ThreeChars etc.).
 * `<>` is a token that the parser always rejects (PEP 401's joke aside).
 */
export const OPERATORS_3: ReadonlySet<string> = new Set(['**=', '//=', '>>=', '<<=', '...']);
export const OPERATORS_2: ReadonlySet<string> = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>',
  '==', '>=', '>>', '@=', '^=', '|=',
]);
export const OPERATORS_1: ReadonlySet<string> = new Set([
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '+', '-', '*', '/', '|', '&',
  '<', '>', '=', '.', '%', '~', '^', '@',
]);
