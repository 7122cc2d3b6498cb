/**
 * The analysis pass of the symbol table (CPython 3.11's analyze_block and
 * helpers in Python/symtable.c): decide each symbol's scope, turn captured
 * locals into cells, propagate free names outwards, and give a class whose
 * methods use `super`/`__class__` its implicit cell. See symtable.ts for the
 * rules in words.
 */
import type { SymbolScope } from './ast';
import type { SourceText } from './source-text';
import { raiseSyntaxError } from './syntax-error';
import { Block, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL } from './symbol-block';

/** analyze_block: `bound` is null for the module (no enclosing function). */
export function analyzeBlock(block: Block, bound: Set<string> | null, free: Set<string>, global: Set<string>, source: SourceText): void {
  const local = new Set<string>();
  const scopes = new Map<string, SymbolScope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  // Class bindings are invisible to nested functions: pass down what was visible before.
  if (block.type === 'class') {
    addAll(newGlobal, global);
    if (bound !== null) addAll(newBound, bound);
  }
  for (const [name, flags] of block.symbols) analyzeName(block, scopes, name, flags, bound, local, free, global, source);
  if (block.type !== 'class') {
    if (block.type === 'function') addAll(newBound, local);
    if (bound !== null) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of block.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), source);
    addAll(allFree, childFree);
  }
  addAll(newFree, allFree);
  if (block.type === 'function') analyzeCells(scopes, newFree);
  else if (block.type === 'class') dropClassFree(block, newFree);
  updateSymbols(block, scopes, bound, newFree);
  addAll(free, newFree);
}

/** analyze_name: the scope of one symbol. */
function analyzeName(
  block: Block,
  scopes: Map<string, SymbolScope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  source: SourceText,
): void {
  const failAtDirective = (msg: string): never => raiseSyntaxError(source, block.directives.get(name)!, msg);
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) failAtDirective(`name '${name}' is nonlocal and global`);
    scopes.set(name, 'GLOBAL_EXPLICIT');
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) return failAtDirective('nonlocal declaration not allowed at module level');
    if (!bound.has(name)) failAtDirective(`no binding for nonlocal '${name}' found`);
    scopes.set(name, 'FREE');
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, 'LOCAL');
    local.add(name);
    global.delete(name);
    return;
  }
  // Bound in an enclosing function: free here. Otherwise global.
  if (bound !== null && bound.has(name)) {
    scopes.set(name, 'FREE');
    free.add(name);
    return;
  }
  scopes.set(name, 'GLOBAL_IMPLICIT');
}

/** analyze_cells: a local that a child reports free becomes a cell. */
function analyzeCells(scopes: Map<string, SymbolScope>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope === 'LOCAL' && free.has(name)) {
      scopes.set(name, 'CELL');
      free.delete(name);
    }
  }
}

/** drop_class_free: `__class__` used by methods becomes the class body's implicit cell. */
function dropClassFree(block: Block, free: Set<string>): void {
  if (free.delete('__class__')) block.needsClassClosure = true;
}

/** update_symbols: record the scopes, and propagate children's free names through this block. */
function updateSymbols(block: Block, scopes: Map<string, SymbolScope>, bound: Set<string> | null, free: Set<string>): void {
  for (const name of block.symbols.keys()) block.scopes.set(name, scopes.get(name)!);
  for (const name of free) {
    const flags = block.symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable named like a class-body binding: both local and free in the class.
      if (block.type === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) block.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    block.symbols.set(name, 0);
    block.scopes.set(name, 'FREE');
  }
}

/** Names that are FREE here, or bound in a class body and free in its methods (DEF_FREE_CLASS). */
export function freeVariables(block: Block): string[] {
  const names: string[] = [];
  for (const [name, scope] of block.scopes) {
    if (scope === 'FREE' || block.flags(name) & DEF_FREE_CLASS) names.push(name);
  }
  return names.sort(compareCodeUnits);
}

/** Cells in CPython's `co_cellvars` order: captured parameters first, then the rest sorted. */
export function cellVariables(block: Block): string[] {
  if (block.needsClassClosure) return ['__class__'];
  const cells: string[] = [];
  for (const [name, scope] of block.scopes) if (scope === 'CELL') cells.push(name);
  const params = cells.filter((n) => block.params.includes(n)).sort((a, b) => block.params.indexOf(a) - block.params.indexOf(b));
  const others = cells.filter((n) => !block.params.includes(n)).sort(compareCodeUnits);
  return [...params, ...others];
}

/** CPython sorts names by code point (PyList_Sort on str). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addAll(target: Set<string>, source: Iterable<string>): void {
  for (const x of source) target.add(x);
}
