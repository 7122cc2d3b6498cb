/**
 * CPython 3.11's compile-time recursion limit, checked without recursion.
 *
 * Before the symbol table, CPython runs the AST optimizer (Python/ast_opt.c)
 * over the whole module; `astfold_stmt` and `astfold_expr` count their
 * nesting and stop at the recursion limit times COMPILER_STACK_FRAME_SCALE
 * (1000 * 3) with `RecursionError: maximum recursion depth exceeded during
 * compilation`. Every statement and expression node counts one level
 * (helper nodes such as `arguments`, `keyword`, `comprehension`,
 * `ExceptHandler` do not): `x = a+a+...` with 2999 terms compiles (the
 * statement, 2998 BinOps and a Name: 3000 levels) and 3000 terms do not.
 *
 * Because this check comes first, every later walk over the tree (symbol
 * table, resolver, compile checks, evaluator) meets at most 3000 levels.
 * The walk here keeps its own stack, so a tree of any depth (a 100,000-term
 * left-deep `a+a+...` chain parses in a loop) is measured safely. It is
 * generic over node kinds: a node is any object with a string `kind`, and
 * its children are the nodes among its fields.
 */
import type { Module } from './ast';
import { CompileLimitError } from './syntax-error';

/** Py_GetRecursionLimit() (1000) * COMPILER_STACK_FRAME_SCALE (3). */
export const COMPILER_RECURSION_LIMIT = 3000;

/** Helper node kinds that ast_opt visits without counting a level. */
const UNCOUNTED_KINDS: ReadonlySet<string> = new Set(['Module', 'ExceptHandler', 'Interactive', 'Expression']);

/** Does a node of this kind count a level (a stmt, expr or pattern: an upper-case `kind`)? */
function countsLevel(kind: string): boolean {
  const c = kind.charCodeAt(0);
  return c >= 65 && c <= 90 && !UNCOUNTED_KINDS.has(kind);
}

/** Throw CPython's RecursionError if the module nests deeper than the compiler allows. */
export function checkCompileDepth(module: Module): void {
  const nodes: unknown[] = [module];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop() as Record<string, unknown>;
    const depth = depths.pop()!;
    for (const key in node) {
      const field = node[key];
      if (typeof field !== 'object' || field === null) continue;
      if (Array.isArray(field)) {
        for (const item of field) {
          if (typeof item === 'object' && item !== null) push(item as Record<string, unknown>, depth);
        }
      } else push(field as Record<string, unknown>, depth);
    }
  }

  function push(child: Record<string, unknown>, depth: number): void {
    const kind = child.kind;
    const childDepth = typeof kind === 'string' && countsLevel(kind) ? depth + 1 : depth;
    if (childDepth > COMPILER_RECURSION_LIMIT) {
      throw new CompileLimitError('RecursionError', 'maximum recursion depth exceeded during compilation');
    }
    nodes.push(child);
    depths.push(childDepth);
  }
}
