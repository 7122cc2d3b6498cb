/**
 * `from __future__ import ...` (Python/future.c and compile.c): the future
 * statements must come first in the module (after its docstring), name
 * features 3.11 knows ("future feature X is not defined"; `braces` is "not
 * a chance"), and a `from __future__` anywhere else is "from __future__
 * imports must occur at the beginning of the file".
 *
 * Of 3.11's features only `annotations` (PEP 563) changes what a module
 * compiles to: every annotation of the module (parameters, returns,
 * annotated assignments, in nested functions and classes too) becomes the
 * string CPython's compiler makes of it (ast_unparse.c, see unparse.ts),
 * so annotations are never evaluated and `__annotations__` holds text.
 * That is done here, on the AST, before the symbol table is built: the
 * names an annotation mentions are then no uses of those names, as in
 * CPython's separate annotation blocks.
 */
import type { Constant, Expr, Module, Stmt } from './ast';
import type { SourceText } from './source-text';
import { raiseSyntaxError, ScenarioSyntaxError, withEndOffset } from './syntax-error';
import { unparseExpr } from './unparse';
import { childExpressions } from './ast-children';

const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

const NOT_AT_START = 'from __future__ imports must occur at the beginning of the file';

const isFutureImport = (s: Stmt): boolean => s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0;

/** Check the module's future statements and apply `annotations`. */
export function applyFutureFeatures(module: Module, source: SourceText): void {
  const body = module.body;
  let i = 0;
  const first = body[0];
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string' && first.value.bytes !== true) i = 1;
  let annotations = false;
  let start = i;
  for (; start < body.length && isFutureImport(body[start]); start++) {
    const s = body[start];
    if (s.kind !== 'ImportFrom') continue;
    for (const a of s.names) {
      // future_check_features: PyErr_SyntaxLocationObject at the statement, no end column.
      if (a.name === 'braces') raiseFutureError(source, s, 'not a chance');
      if (a.name === '*' || !FEATURES.has(a.name)) raiseFutureError(source, s, `future feature ${a.name} is not defined`);
      if (a.name === 'annotations') annotations = true;
    }
  }
  checkNoLaterFuture(body.slice(start), source);
  if (annotations) stringifyAnnotations(body, source);
}

/** Block-holding fields of statements (bodies, else branches, handlers, cases). */
function childBlocks(s: Stmt): Stmt[][] {
  const out: Stmt[][] = [];
  const node = s as unknown as Record<string, unknown>;
  for (const key of ['body', 'orelse', 'finalbody']) {
    const v = node[key];
    if (Array.isArray(v)) out.push(v as Stmt[]);
  }
  for (const key of ['handlers', 'cases']) {
    const v = node[key];
    if (Array.isArray(v)) for (const h of v as Array<{ body: Stmt[] }>) out.push(h.body);
  }
  return out;
}

function checkNoLaterFuture(stmts: Stmt[], source: SourceText): void {
  for (const s of stmts) {
    if (isFutureImport(s)) {
      try {
        raiseSyntaxError(source, s, NOT_AT_START);
      } catch (e) {
        // compile.c's compiler_error: the line re-read from the file by name.
        if (e instanceof ScenarioSyntaxError) e.stage = 'compiler';
        throw e;
      }
    }
    for (const block of childBlocks(s)) checkNoLaterFuture(block, source);
  }
}

/** symtable_visit_annotation's refusals inside an annotation block. */
function checkAnnotation(e: Expr, source: SourceText): void {
  if (e.kind === 'NamedExpr') raiseSyntaxError(source, e, "'named expression' can not be used within an annotation");
  if (e.kind === 'Yield' || e.kind === 'YieldFrom') raiseSyntaxError(source, e, "'yield expression' can not be used within an annotation");
  for (const c of childExpressions(e)) checkAnnotation(c, source);
}

/** The annotation as the string constant the compiler emits for it. */
function asString(e: Expr, source: SourceText): Constant {
  checkAnnotation(e, source);
  return { kind: 'Constant', value: unparseExpr(e), line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol } as Constant;
}

function stringifyAnnotations(stmts: Stmt[], source: SourceText): void {
  for (const s of stmts) {
    if (s.kind === 'AnnAssign') s.annotation = asString(s.annotation, source);
    else if (s.kind === 'FunctionDef') {
      const p = s.params;
      for (const a of [...p.args, ...(p.vararg ? [p.vararg] : []), ...p.kwonlyargs, ...(p.kwarg ? [p.kwarg] : [])]) {
        if (a.annotation !== null) a.annotation = asString(a.annotation, source);
      }
      if (s.returns !== null) s.returns = asString(s.returns, source);
    }
    for (const block of childBlocks(s)) stringifyAnnotations(block, source);
  }
}

/**
 * future_check_features' error: PyErr_SyntaxLocationObject at the
 * statement, after the exception (args (msg,)), with no end column.
 */
function raiseFutureError(source: SourceText, s: Stmt, msg: string): never {
  try {
    return raiseSyntaxError(source, withEndOffset(s, 0), msg, 'SyntaxError', 'compiler');
  } catch (e) {
    if (e instanceof ScenarioSyntaxError) e.locationInArgs = false;
    throw e;
  }
}
