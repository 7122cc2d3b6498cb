/**
 * The SyntaxWarnings CPython 3.11's compiler issues (compile.c,
 * compiler_warn), in the order it compiles the code:
 *  - check_compare: `is` / `is not` with a literal operand (a constant
 *    other than None, True, False and Ellipsis, after the AST optimizer's
 *    folding: `-1`, `(1, 2)`, `()`, `'a' + 'b'`): `"is" with a literal.
 *    Did you mean "=="?` (one warning per comparison chain at most);
 *  - compiler_assert: `assert (x, "message")`, a non-empty tuple display:
 *    `assertion is always true, perhaps remove parentheses?`;
 *  - check_caller: calling a literal or a display (`[(1, 2) (3, 4)]`):
 *    `'tuple' object is not callable; perhaps you missed a comma?`;
 *  - check_subscripter / check_index: subscripting a number, None, a set
 *    or a generator expression, or indexing a str/bytes/tuple/list literal
 *    by a literal that is not an int or a slice.
 * Each is reported at the line where its expression (or statement) starts.
 * The warnings are reported (not raised): the interpreter shows them on
 * stderr as warnings.showwarning formats them before the code runs.
 */
import type { Expr, Module } from './ast';

/** One compile-time warning: its line and message (the category is SyntaxWarning). */
export interface CompileWarning {
  line: number;
  message: string;
}

interface Site extends CompileWarning {
  col: number;
  seq: number;
}

/** The SyntaxWarnings of a module, in compile order. */
export function compileWarnings(module: Module): CompileWarning[] {
  const sites: Site[] = [];
  const seen = new Set<object>();
  let seq = 0;
  const add = (node: { line: number; col: number }, message: string) => sites.push({ line: node.line, col: node.col, seq: seq++, message });
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const node = v as { kind?: unknown };
    // Parameter lists, keywords, handlers and other parts without a kind are walked through.
    if (typeof node.kind === 'string') checkNode(node as Expr, add);
    for (const [k, x] of Object.entries(node)) {
      if (k === 'scope' || k === 'resolution') continue;
      walk(x);
    }
  };
  walk(module.body);
  sites.sort((a, b) => a.line - b.line || a.col - b.col || a.seq - b.seq);
  return sites.map(({ line, message }) => ({ line, message }));
}

type Add = (node: { line: number; col: number }, message: string) => void;

function checkNode(n: Expr | { kind: string }, add: Add): void {
  const e = n as Expr;
  switch (n.kind) {
    case 'Compare': {
      if (e.kind !== 'Compare') return;
      let left = !isLiteral(e.left);
      for (let i = 0; i < e.ops.length; i++) {
        const right = !isLiteral(e.comparators[i]);
        const op = e.ops[i];
        if ((op === 'is' || op === 'is not') && (!left || !right)) {
          add(e, op === 'is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
          return;
        }
        left = right;
      }
      return;
    }
    case 'Assert': {
      const s = n as unknown as { test: Expr; line: number; col: number };
      if (s.test.kind === 'Tuple' && s.test.elts.length > 0) {
        add(s, 'assertion is always true, perhaps remove parentheses?');
      }
      return;
    }
    case 'Call': {
      if (e.kind !== 'Call') return;
      const f = e.func;
      const callable = ['Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr'];
      if (callable.includes(f.kind)) add(e, `'${inferType(f)}' object is not callable; perhaps you missed a comma?`);
      return;
    }
    case 'Subscript': {
      if (e.kind !== 'Subscript' || e.ctx !== 'Load') return;
      const v = e.value;
      const vt = inferType(v);
      const constantKind = v.kind === 'Constant' || foldedType(v) !== undefined;
      if (
        (constantKind && ['NoneType', 'ellipsis', 'int', 'float', 'complex', 'bool'].includes(vt ?? '')) ||
        v.kind === 'Set' ||
        v.kind === 'SetComp' ||
        v.kind === 'GeneratorExp' ||
        v.kind === 'Lambda'
      ) {
        add(e, `'${vt}' object is not subscriptable; perhaps you missed a comma?`);
        return;
      }
      const it = inferType(e.slice);
      if (it === undefined || it === 'int' || it === 'bool' || it === 'slice') return;
      const indexable = (constantKind && ['str', 'bytes', 'tuple'].includes(vt ?? '')) || ['Tuple', 'List', 'ListComp', 'JoinedStr'].includes(v.kind);
      if (indexable) add(e, `${vt} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
      return;
    }
  }
}

/** check_is_arg's negation: a constant (after folding) other than None, True, False and Ellipsis. */
function isLiteral(e: Expr): boolean {
  const t = foldedType(e);
  return t !== undefined && t !== 'NoneType' && t !== 'bool' && t !== 'ellipsis';
}

/** The type of the constant the AST optimizer makes of `e`, or undefined when it stays an expression. */
function foldedType(e: Expr): string | undefined {
  switch (e.kind) {
    case 'Constant':
      return constantType(e);
    case 'UnaryOp': {
      const t = foldedType(e.operand);
      if (t === 'int' || t === 'float' || t === 'complex' || t === 'bool') return e.op === 'not' ? 'bool' : t === 'bool' ? 'int' : t;
      return undefined;
    }
    case 'Tuple':
      if (e.ctx !== 'Load') return undefined;
      return e.elts.every((x) => foldedType(x) !== undefined) ? 'tuple' : undefined;
    case 'BinOp': {
      const l = foldedType(e.left);
      const r = foldedType(e.right);
      if (l === undefined || r === undefined) return undefined;
      if (l === r && (l === 'str' || l === 'bytes' || l === 'tuple') && e.op === '+') return l;
      const num = ['int', 'float', 'complex', 'bool'];
      if (num.includes(l) && num.includes(r) && e.op !== '@') {
        if (l === 'complex' || r === 'complex') return 'complex';
        return l === 'float' || r === 'float' || e.op === '/' ? 'float' : 'int';
      }
      return undefined;
    }
  }
  return undefined;
}

function constantType(e: Expr & { kind: 'Constant' }): string {
  if (e.ellipsis === true) return 'ellipsis';
  if (e.value === null) return 'NoneType';
  if (typeof e.value === 'boolean') return 'bool';
  if (e.imag === true) return 'complex';
  if (e.float === true) return 'float';
  if (typeof e.value === 'string') return e.bytes === true ? 'bytes' : 'str';
  return 'int';
}

/** infer_type: the type of a literal or display, undefined for other expressions. */
function inferType(e: Expr): string | undefined {
  switch (e.kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
      return 'str';
    case 'Slice':
      return 'slice';
    case 'Constant':
      return constantType(e);
  }
  return foldedType(e);
}
