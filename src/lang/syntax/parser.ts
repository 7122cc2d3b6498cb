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
import { ParserState } from './parser-state';
import { parseStatement } from './parse-statements';
import { resolveScopes } from './scope';
import { applyFutureFeatures } from './future-features';
import { checkNullBytes } from './source-decoding';
import { SourceText } from './source-text';
import { tokenize } from './tokenizer';

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
  checkCompileDepth(module);
  resolveScopes(module, text);
  checkCompileRules(module, text);
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
