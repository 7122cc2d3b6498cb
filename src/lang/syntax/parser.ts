/**
 * The syntax layer's entry point: source text in, resolved AST out.
 *
 *   (NUL bytes refused) -> tokenize -> parse statements -> compile depth (ast_opt's recursion limit)
 *     -> symbol table and resolution -> compile checks
 *
 * Errors surface in CPython's order: tokenizer errors anywhere in the file
 * first (CPython tokenizes the whole file before reporting a parser error),
 * then parser errors, then symbol table errors, then compiler errors.
 */
import type { Module, Stmt } from './ast';
import { checkCompileDepth } from './compile-depth';
import { checkCompileRules } from './compile-checks';
import { compileWarnings } from './compile-warnings';
import { ParserState } from './parser-state';
import { failStatementEnd, parseStatement } from './parse-statements';
import { parseStarExpressions } from './parse-expressions';
import { resolveScopes } from './scope';
import { applyFutureFeatures } from './future-features';
import { checkNullBytes } from './source-decoding';
import { SourceText } from './source-text';
import { tokenize } from './tokenizer';
import { ScenarioSyntaxError } from './syntax-error';

/**
 * Parse a scenario and resolve its names. Throws ScenarioSyntaxError for
 * invalid Python and for Python outside the scenario language.
 */
export function parse(source: string, filename: string, transform?: (mod: Module) => void): Module {
  checkNullBytes(source, filename);
  const text = new SourceText(source, filename);
  const module = parseSource(text);
  // A client's change to the bare AST (gclab why's probe), before the symbol table is built.
  if (transform !== undefined) transform(module);
  return compileModule(module, text);
}

/**
 * compile(source, filename, 'eval'): the grammar's `eval` rule, one
 * expression list then NEWLINE* ENDMARKER. Anything else is CPython's
 * generic "invalid syntax" at the furthest token read (a statement keyword
 * is refused at once, `x = 1` at its `=`). The result is a module whose one
 * statement is the expression.
 */
export function parseEvalInput(source: string, filename: string): Module {
  checkNullBytes(source, filename);
  const text = new SourceText(source, filename);
  return compileModule(parseEvalSource(text), text);
}

/** The `eval` rule without the compiler's passes (ast.parse(mode='eval')): a module of one Expr statement. */
export function parseEvalSyntax(source: string, filename: string): Module {
  checkNullBytes(source, filename);
  return parseEvalSource(new SourceText(source, filename));
}

function parseEvalSource(text: SourceText): Module {
  const filename = text.filename;
  const p = new ParserState(text, tokenize(text));
  const start = p.tok;
  const value = parseStarExpressions(p);
  const stmt: Stmt = { kind: 'Expr', value, line: start.line, col: start.col, endLine: value.endLine, endCol: value.endCol };
  // Something after the expression: the legacy `print x` message, else "invalid syntax".
  if (p.tok.type !== 'NEWLINE' && p.tok.type !== 'ENDMARKER') failStatementEnd(p, stmt);
  while (p.tok.type === 'NEWLINE') p.next();
  if (p.tok.type !== 'ENDMARKER') p.fail();
  return { kind: 'Module', filename, body: [stmt] };
}

/**
 * The compiler's passes over a parsed module (symtable, then the compiler's
 * own checks): their SyntaxErrors are the compiler's, not the parser's.
 */
function compileModule(module: Module, text: SourceText): Module {
  checkCompileDepth(module);
  try {
    try {
      resolveScopes(module, text);
    } catch (e) {
      if (e instanceof ScenarioSyntaxError) e.locationInArgs = false;
      throw e;
    }
    checkCompileRules(module, text);
    const warnings = compileWarnings(module);
    if (warnings.length > 0) module.warnings = warnings;
  } catch (e) {
    if (e instanceof ScenarioSyntaxError) e.stage = 'compiler';
    throw e;
  }
  return module;
}

/** Parse without the symbol table: the bare AST, no `scope` or `resolution` fields. */
export function parseSyntax(source: string, filename: string): Module {
  return parseSource(new SourceText(source, filename));
}

function parseSource(text: SourceText): Module {
  const p = new ParserState(text, tokenize(text));
  const body: Stmt[] = [];
  while (p.tok.type !== 'ENDMARKER') body.push(...parseStatement(p));
  const module: Module = { kind: 'Module', filename: text.filename, body };
  applyFutureFeatures(module, text);
  return module;
}
