/**
 * The checks CPython's compiler makes after the symbol table (compile.c),
 * in its order of compilation:
 *  - `return` outside a function (a class body is not a function);
 *  - `break` outside a loop, `continue` not properly in a loop: the loop must
 *    be in the same code object, and a loop's `else` is outside the loop;
 *  - a bare `except:` that is not the last handler.
 * Within a `try`, the compiler takes the body, then the `else` block, then
 * the handlers, then the `finally` block.
 */
import type { Module, Stmt } from './ast';
import type { SourceText } from './source-text';
import { raiseSyntaxError } from './syntax-error';

interface Context {
  inFunction: boolean;
  inLoop: boolean;
}

export function checkCompileRules(module: Module, source: SourceText): void {
  checkBlock(module.body, { inFunction: false, inLoop: false }, source);
}

function checkBlock(stmts: Stmt[], ctx: Context, source: SourceText): void {
  for (const s of stmts) checkStatement(s, ctx, source);
}

function checkStatement(s: Stmt, ctx: Context, source: SourceText): void {
  switch (s.kind) {
    case 'Return':
      if (!ctx.inFunction) raiseSyntaxError(source, s, "'return' outside function");
      return;
    case 'Break':
      if (!ctx.inLoop) raiseSyntaxError(source, s, "'break' outside loop");
      return;
    case 'Continue':
      if (!ctx.inLoop) raiseSyntaxError(source, s, "'continue' not properly in loop");
      return;
    case 'For':
    case 'While':
      checkBlock(s.body, { ...ctx, inLoop: true }, source);
      return checkBlock(s.orelse, ctx, source);
    case 'If':
      checkBlock(s.body, ctx, source);
      return checkBlock(s.orelse, ctx, source);
    case 'With':
      return checkBlock(s.body, ctx, source);
    case 'Try':
      checkBlock(s.body, ctx, source);
      checkBlock(s.orelse, ctx, source);
      s.handlers.forEach((h, i) => {
        if (h.type === null && i < s.handlers.length - 1) raiseSyntaxError(source, h, "default 'except:' must be last");
        checkBlock(h.body, ctx, source);
      });
      return checkBlock(s.finalbody, ctx, source);
    case 'FunctionDef':
      return checkBlock(s.body, { inFunction: true, inLoop: false }, source);
    case 'ClassDef':
      return checkBlock(s.body, { inFunction: false, inLoop: false }, source);
    default:
      return;
  }
}
