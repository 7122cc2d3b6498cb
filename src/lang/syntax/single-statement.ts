/**
 * compile(source, name, 'single'): the input must hold one statement
 * (Parser/pegen.c _PyPegen_run_parser and bad_single_statement; the
 * grammar's `interactive: statement_newline`).
 *
 *  - A simple statement line (`a = 1; b = 2` is one) followed by anything
 *    but blank lines and comments: "multiple statements found while
 *    compiling a single statement", at the line's NEWLINE token (its
 *    comment when it has one, else the end of the line).
 *  - A compound statement followed by another statement: the rule
 *    `compound_stmt NEWLINE` fails at the next statement's first token,
 *    "invalid syntax".
 */
import type * as A from './ast';
import { ScenarioSyntaxError } from './syntax-error';

const COMPOUND: ReadonlySet<string> = new Set(['If', 'While', 'For', 'FunctionDef', 'ClassDef', 'Try', 'With', 'Match']);

/** Throw the SyntaxError CPython raises when `module` (parsed from `source` in 'single' mode) holds more than one statement. */
export function checkSingleStatement(module: A.Module, source: string, filename: string): void {
  const body = module.body;
  if (body.length < 2) return;
  const lines = source.split(/\r\n|\r|\n/);
  const first = body[0];
  if (COMPOUND.has(first.kind)) {
    const next = body[1];
    const text = lines[next.line - 1] ?? '';
    const token = /^[\p{L}\p{N}_]+|^\S/u.exec(text.slice(next.col))?.[0] ?? ' ';
    const e = new ScenarioSyntaxError('SyntaxError', 'invalid syntax', filename, next.line, next.col + 1, text);
    e.endLine = next.line;
    e.endCol = next.col + 1 + [...token].length;
    // The line as the tokenizer read it: with its newline only when the source has one there.
    e.textNewline = lines.length > next.line;
    throw e;
  }
  // The statements of the first logical line (simple statements separated by ';').
  let last = first;
  let i = 1;
  while (i < body.length && body[i].line <= last.endLine) last = body[i++];
  if (i === body.length) return;
  const line = last.endLine;
  const text = lines[line - 1] ?? '';
  const hash = text.indexOf('#', last.endCol);
  const start = hash >= 0 ? hash : text.length;
  const e = new ScenarioSyntaxError('SyntaxError', 'multiple statements found while compiling a single statement', filename, line, start + 1, text);
  e.endLine = line;
  e.endCol = text.length + 1;
  throw e;
}
