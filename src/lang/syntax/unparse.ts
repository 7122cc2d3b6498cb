/**
 * `unparseExpr`: an expression as the text CPython's compiler makes of it
 * (Python/ast_unparse.c, _PyAST_ExprAsUnicode), which is what an annotation
 * becomes under `from __future__ import annotations`: `Dict[str, int]`,
 * `int | None`, `'Node'`, `Callable[[int], str]`, `tuple[()]`.
 *
 * Parentheses follow ast_unparse.c's precedence levels (a subexpression is
 * parenthesized when its operator binds less tightly than its position
 * needs), not the source's own parentheses; constants print as their repr.
 */
import type { Comprehension, Constant, Expr, FormattedValue, Keyword, Parameters } from './ast';
import { floatRepr, pyRepr } from './dump';

// ast_unparse.c's precedence levels, loosest first.
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_BOR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP_LEVEL: Readonly<Record<string, number>> = {
  '+': PR_ARITH, '-': PR_ARITH, '*': PR_TERM, '/': PR_TERM, '//': PR_TERM, '%': PR_TERM, '@': PR_TERM,
  '<<': PR_SHIFT, '>>': PR_SHIFT, '|': PR_BOR, '^': PR_BXOR, '&': PR_BAND, '**': PR_POWER,
};

/** The text of `e` at precedence level PR_TEST (how annotations are unparsed). */
export function unparseExpr(e: Expr): string {
  return expr(e, PR_TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function expr(e: Expr, level: number): string {
  switch (e.kind) {
    case 'Name':
      return e.id;
    case 'Constant':
      return constant(e);
    case 'Attribute': {
      const v = e.value;
      // `1 .real`: an int literal needs a space before the dot.
      const period = v.kind === 'Constant' && (typeof v.value === 'number' || typeof v.value === 'bigint') && v.float !== true && v.imag !== true ? ' .' : '.';
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript':
      return `${expr(e.value, PR_ATOM)}[${expr(e.slice, PR_TUPLE)}]`;
    case 'Slice':
      return (e.lower ? expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? expr(e.upper, PR_TEST) : '') + (e.step ? ':' + expr(e.step, PR_TEST) : '');
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const inner = e.elts.map((x) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, inner);
    }
    case 'List':
      return `[${e.elts.map((x) => expr(x, PR_TEST)).join(', ')}]`;
    case 'Set':
      return `{${e.elts.map((x) => expr(x, PR_TEST)).join(', ')}}`;
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? '**' + expr(e.values[i], PR_BOR) : `${expr(k, PR_TEST)}: ${expr(e.values[i], PR_TEST)}`)).join(', ')}}`;
    case 'BinOp': {
      const pr = BINOP_LEVEL[e.op];
      const rassoc = e.op === '**' ? 1 : 0;
      return paren(level > pr, `${expr(e.left, pr + rassoc)} ${e.op} ${expr(e.right, pr + 1 - rassoc)}`);
    }
    case 'UnaryOp': {
      const pr = e.op === 'not' ? PR_NOT : PR_FACTOR;
      const op = e.op === 'not' ? 'not ' : e.op;
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'BoolOp': {
      const pr = e.op === 'and' ? PR_AND : PR_OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(` ${e.op} `));
    }
    case 'Compare':
      return paren(level > PR_CMP, expr(e.left, PR_CMP + 1) + e.ops.map((op, i) => ` ${op} ${expr(e.comparators[i], PR_CMP + 1)}`).join(''));
    case 'IfExp':
      return paren(level > PR_TEST, `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`);
    case 'Call':
      return call(e.func, e.args, e.keywords);
    case 'Starred':
      return '*' + expr(e.value, PR_BOR);
    case 'NamedExpr':
      return paren(level > PR_TUPLE, `${e.target.id} := ${expr(e.value, PR_ATOM)}`);
    case 'Lambda':
      return paren(level > PR_TEST, `lambda${parameters(e.params)}: ${expr(e.body, PR_TEST)}`);
    case 'ListComp':
      return `[${expr(e.elt, PR_TEST)}${generators(e.generators)}]`;
    case 'SetComp':
      return `{${expr(e.elt, PR_TEST)}${generators(e.generators)}}`;
    case 'DictComp':
      return `{${expr(e.key, PR_TEST)}: ${expr(e.value, PR_TEST)}${generators(e.generators)}}`;
    case 'GeneratorExp':
      return `(${expr(e.elt, PR_TEST)}${generators(e.generators)})`;
    case 'Yield':
      return paren(true, e.value === null ? 'yield' : `yield ${expr(e.value, PR_TUPLE)}`);
    case 'YieldFrom':
      return paren(true, `yield from ${expr(e.value, PR_TUPLE)}`);
    case 'Await':
      return paren(level > PR_AWAIT, `await ${expr(e.value, PR_ATOM)}`);
    case 'JoinedStr':
      return 'f' + pyRepr(e.parts.map((p) => (typeof p === 'string' ? p.replace(/[{}]/g, (c) => c + c) : formatted(p))).join(''));
    default:
      return '...';
  }
}

function formatted(f: FormattedValue): string {
  const inner = expr(f.value, PR_TEST + 1);
  // A spec with fields of its own is unparsed piece by piece (ast_unparse.c append_fstring_element).
  const spec =
    f.formatSpec === null
      ? ''
      : ':' + (typeof f.formatSpec === 'string' ? f.formatSpec : f.formatSpec.map((p) => (typeof p === 'string' ? p : formatted(p))).join(''));
  return `{${inner.startsWith('{') ? ' ' + inner : inner}${f.conversion !== null ? '!' + f.conversion : ''}${spec}}`;
}

function call(func: Expr, args: Expr[], keywords: Keyword[]): string {
  // A lone generator expression argument keeps only its own parentheses.
  if (args.length === 1 && keywords.length === 0 && args[0].kind === 'GeneratorExp') return expr(func, PR_ATOM) + expr(args[0], PR_TEST);
  const parts = args.map((a) => expr(a, PR_TEST));
  for (const k of keywords) parts.push(k.name === null ? '**' + expr(k.value, PR_TEST) : `${k.name}=${expr(k.value, PR_TEST)}`);
  return `${expr(func, PR_ATOM)}(${parts.join(', ')})`;
}

function generators(gens: Comprehension[]): string {
  return gens.map((g) => `${g.isAsync === true ? ' async' : ''} for ${expr(g.target, PR_TUPLE)} in ${expr(g.iter, PR_TEST + 1)}${g.ifs.map((c) => ` if ${expr(c, PR_TEST + 1)}`).join('')}`).join('');
}

function parameters(p: Parameters): string {
  const parts: string[] = [];
  p.args.forEach((a, i) => {
    parts.push(a.default !== null ? `${a.name}=${expr(a.default, PR_TEST)}` : a.name);
    if (i + 1 === p.posonlycount) parts.push('/');
  });
  if (p.vararg !== null) parts.push('*' + p.vararg.name);
  else if (p.kwonlyargs.length > 0) parts.push('*');
  for (const a of p.kwonlyargs) parts.push(a.default !== null ? `${a.name}=${expr(a.default, PR_TEST)}` : a.name);
  if (p.kwarg !== null) parts.push('**' + p.kwarg.name);
  return parts.length ? ' ' + parts.join(', ') : '';
}

function constant(c: Constant): string {
  if (c.ellipsis === true) return '...';
  const v = c.value;
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return c.bytes === true ? 'b' + pyRepr(v) : pyRepr(v);
  if (c.imag === true) return `${floatRepr(Number(v)).replace(/\.0$/, '')}j`;
  if (c.float === true) return Number.isFinite(v) ? floatRepr(Number(v)) : '1e309';
  return String(v);
}
