/**
 * The syntax layer of the scenario language: tokenizer, parser, symbol table
 * and name resolution, with one error type. The language itself is
 * described in the shared design notes (LANGUAGE.md).
 */
export * from './ast';
export { parse, parseSyntax, parseEvalSyntax } from './parser';
/** The interpreter's name for `parse`: source text to a resolved Module. */
export { parse as parseScenario, parseEvalInput } from './parser';
export { tokenize, type TokenStream, type TokenizeOptions, type OpenBracket } from './tokenizer';
export type { Token, TokenType } from './token';
export { CompileLimitError, ScenarioSyntaxError, type SyntaxErrorType } from './syntax-error';
export { SourceText, type Position } from './source-text';
export { resolveScopes } from './scope';
export { dumpAst, dumpAstWithAttributes } from './dump';
export { decodeSource } from './source-decoding';
