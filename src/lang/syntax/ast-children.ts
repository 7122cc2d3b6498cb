/**
 * Small AST facts shared by the symbol table and the resolver.
 */
import type { Expr, FormattedValue, FunctionDef, Param, Stmt } from './ast';

/** The name an import binds: `import a.b` binds `a`; `as` names the binding. */
export function boundName(name: string, asname: string | null, kind: 'Import' | 'ImportFrom'): string {
  if (asname !== null) return asname;
  return kind === 'Import' ? name.split('.')[0] : name;
}

/** The expressions of f-string fields, each field's value before its spec's fields. */
function fieldExpressions(parts: ReadonlyArray<string | FormattedValue>): Expr[] {
  const out: Expr[] = [];
  for (const part of parts) {
    if (typeof part === 'string') continue;
    out.push(part.value);
    if (typeof part.formatSpec === 'object' && part.formatSpec !== null) out.push(...fieldExpressions(part.formatSpec));
  }
  return out;
}

/** The direct sub-expressions of an expression that opens no block, in evaluation (compile) order. */
export function childExpressions(e: Expr): Expr[] {
  switch (e.kind) {
    case 'Name':
    case 'Constant':
    case 'Temp':
      return [];
    case 'JoinedStr':
      return fieldExpressions(e.parts);
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'BoolOp':
      return e.values;
    case 'Compare':
      return [e.left, ...e.comparators];
    case 'IfExp':
      return [e.test, e.body, e.orelse];
    case 'Call':
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'Attribute':
      return [e.value];
    case 'Subscript':
      return [e.value, e.slice];
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case 'List':
    case 'Tuple':
    case 'Set':
      return e.elts;
    case 'Dict':
      return e.keys.flatMap((k, i) => (k === null ? [e.values[i]] : [k, e.values[i]]));
    case 'Starred':
      return [e.value];
    case 'Yield':
      return e.value === null ? [] : [e.value];
    case 'YieldFrom':
    case 'Await':
      return [e.value];
    case 'NamedExpr':
      return [e.value, e.target];
    case 'Lambda':
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return [];
  }
}

/** A def's annotations in compile order: positional, *args, keyword-only, **kwargs, then the return. */
export function annotationsOf(f: FunctionDef): Expr[] {
  return annotatedParams(f).map(([, e]) => e);
}

/** [name, annotation] of a def, in compiler_visit_annotations' order ('return' last). */
export function annotatedParams(f: FunctionDef): Array<[string, Expr]> {
  const p = f.params;
  const all: Array<Param | null> = [...p.args, p.vararg, ...p.kwonlyargs, p.kwarg];
  const out: Array<[string, Expr]> = [];
  for (const a of all) if (a !== null && a.annotation !== null) out.push([a.name, a.annotation]);
  if (f.returns !== null) out.push(['return', f.returns]);
  return out;
}

/** find_ann: does a module or class body contain an annotated assignment (outside nested defs and classes)? */
export function hasAnnotations(body: Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'While':
      case 'If':
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
        break;
      case 'With':
        if (hasAnnotations(s.body)) return true;
        break;
      case 'Match':
        if (s.cases.some((c) => hasAnnotations(c.body))) return true;
        break;
      case 'Try':
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody)) return true;
        if (s.handlers.some((h) => hasAnnotations(h.body))) return true;
        break;
    }
  }
  return false;
}
