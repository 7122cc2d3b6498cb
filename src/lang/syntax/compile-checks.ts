/**
 * The checks CPython's compiler makes after the symbol table (compile.c),
 * in its order of compilation:
 *  - `return` outside a function (a class body is not a function);
 *  - `break` outside a loop, `continue` not properly in a loop: the loop must
 *    be in the same code object, and a loop's `else` is outside the loop;
 *  - a bare `except:` that is not the last handler;
 *  - `break`, `continue` or `return` leaving an `except*` block;
 *  - the pattern errors of a `match` (compiler_pattern): an irrefutable
 *    case before the last, a name bound twice, alternatives binding
 *    different names, two starred names, duplicate literal mapping keys,
 *    a keyword attribute repeated in a class pattern.
 * Within a `try`, the compiler takes the body, then the `else` block, then
 * the handlers, then the `finally` block.
 */
import type { Expr, Loc, Module, Pattern, Stmt } from './ast';
import { floatRepr, pyRepr } from './dump';
import type { SourceText } from './source-text';
import { raiseSyntaxError } from './syntax-error';

interface Context {
  inFunction: boolean;
  inLoop: boolean;
  /** break/continue would leave an except* block (no loop inside it yet). */
  loopCrossesStar?: boolean;
  /** return would leave an except* block of this function. */
  returnCrossesStar?: boolean;
}

const STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

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
      if (ctx.returnCrossesStar === true) raiseSyntaxError(source, s.value ?? s, STAR_EXIT);
      return;
    case 'Break':
      if (ctx.loopCrossesStar === true) raiseSyntaxError(source, s, STAR_EXIT);
      if (!ctx.inLoop) raiseSyntaxError(source, s, "'break' outside loop");
      return;
    case 'Continue':
      if (ctx.loopCrossesStar === true) raiseSyntaxError(source, s, STAR_EXIT);
      if (!ctx.inLoop) raiseSyntaxError(source, s, "'continue' not properly in loop");
      return;
    case 'For':
    case 'While':
      checkBlock(s.body, { ...ctx, inLoop: true, loopCrossesStar: false }, source);
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
        checkBlock(h.body, s.star === true ? { ...ctx, loopCrossesStar: true, returnCrossesStar: ctx.inFunction } : ctx, source);
      });
      return checkBlock(s.finalbody, ctx, source);
    case 'FunctionDef':
      return checkBlock(s.body, { inFunction: true, inLoop: false }, source);
    case 'ClassDef':
      return checkBlock(s.body, { inFunction: false, inLoop: false }, source);
    case 'Match':
      s.cases.forEach((c, i) => {
        const last = i === s.cases.length - 1;
        checkPattern(c.pattern, { allowIrrefutable: c.guard !== null || last, stores: [] }, source);
        checkBlock(c.body, ctx, source);
      });
      return;
    default:
      return;
  }
}

/** compiler_pattern's state: may this pattern be irrefutable, and the names it stored so far. */
interface PatternContext {
  allowIrrefutable: boolean;
  stores: string[];
}

/** pattern_helper_store_name: a name bound twice in one pattern is an error. */
function storeCapture(name: string, pc: PatternContext, at: Loc, source: SourceText): void {
  if (pc.stores.includes(name)) raiseSyntaxError(source, at, `multiple assignments to name '${name}' in pattern`);
  pc.stores.push(name);
}

/** The compile-time errors of compiler_pattern (compile.c), in compile order. */
function checkPattern(p: Pattern, pc: PatternContext, source: SourceText): void {
  const sub = (q: Pattern): void => {
    const saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    checkPattern(q, pc, source);
    pc.allowIrrefutable = saved;
  };
  switch (p.kind) {
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          const msg = p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable';
          raiseSyntaxError(source, p, msg);
        }
      } else checkPattern(p.pattern, pc, source);
      if (p.name !== null) storeCapture(p.name, pc, p, source);
      return;
    case 'MatchStar':
      if (p.name !== null) storeCapture(p.name, pc, p, source);
      return;
    case 'MatchSequence':
      if (p.patterns.filter((q) => q.kind === 'MatchStar').length > 1) raiseSyntaxError(source, p, 'multiple starred names in sequence pattern');
      return p.patterns.forEach(sub);
    case 'MatchMapping': {
      const seen = new Set<string>();
      for (const k of p.keys) {
        const key = constantKey(k);
        if (key === null) continue;
        if (seen.has(key[0])) raiseSyntaxError(source, k, `mapping pattern checks duplicate key (${key[1]})`);
        seen.add(key[0]);
      }
      p.patterns.forEach(sub);
      if (p.rest !== null) storeCapture(p.rest, pc, p, source);
      return;
    }
    case 'MatchClass': {
      const seen = new Set<string>();
      for (const a of p.kwdAttrs) {
        if (seen.has(a)) raiseSyntaxError(source, p.kwdPatterns[p.kwdAttrs.indexOf(a)], `attribute name repeated in class pattern: ${a}`);
        seen.add(a);
      }
      p.patterns.forEach(sub);
      return p.kwdPatterns.forEach(sub);
    }
    case 'MatchOr': {
      const outer = pc.stores;
      const allowed = pc.allowIrrefutable;
      let control: string[] | null = null;
      p.patterns.forEach((alt, i) => {
        pc.stores = [];
        pc.allowIrrefutable = i === p.patterns.length - 1 && allowed;
        checkPattern(alt, pc, source);
        if (control === null) control = pc.stores;
        else if (control.length !== pc.stores.length || !pc.stores.every((n) => control!.includes(n))) {
          raiseSyntaxError(source, alt, 'alternative patterns bind different names');
        }
      });
      pc.stores = outer;
      pc.allowIrrefutable = allowed;
      for (const name of control ?? []) storeCapture(name, pc, p, source);
      return;
    }
    default:
      return;
  }
}

/** A literal mapping key as [set identity (1 == 1.0 == True), repr], or null for a dotted name. */
function constantKey(e: Expr): [string, string] | null {
  let sign = 1;
  if (e.kind === 'UnaryOp' && e.operand.kind === 'Constant') {
    sign = -1;
    e = e.operand;
  }
  if (e.kind !== 'Constant') return null;
  const v = e.value;
  if (v === null) return ['None', 'None'];
  if (typeof v === 'string') return ['s' + v, pyRepr(v)];
  if (typeof v === 'boolean') return ['n' + (v ? 1 : 0), v ? 'True' : 'False'];
  if (typeof v === 'bigint') {
    const n = sign < 0 ? -v : v;
    return ['n' + n.toString(), n.toString()];
  }
  const n = sign * v;
  const id = Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? 'n' + String(n) : 'f' + String(n);
  return [id, e.float === true ? floatRepr(n) : String(n)];
}
