/**
 * A symbol table entry (CPython's PySTEntryObject) and the symbol flags of
 * Include/internal/pycore_symtable.h, shared by the build pass (symtable.ts)
 * and the analysis (symtable-analyze.ts).
 */
import type { Loc, Module, Node, Scope, SymbolScope } from './ast';

// Symbol flags (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
/** The name is an iteration variable of a comprehension (a `for` target). */
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type BlockNode = Module | Extract<Node, { kind: 'FunctionDef' | 'Lambda' | 'ClassDef' | 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>;

/** A symbol table entry (PySTEntryObject). */
export class Block {
  /** Flags per (mangled) name, in first-use order. */
  readonly symbols = new Map<string, number>();
  /** The analyzed scope of each symbol. */
  readonly scopes = new Map<string, SymbolScope>();
  /** Parameter names in order (`ste_varnames`). */
  readonly params: string[] = [];
  readonly children: Block[] = [];
  /** Where each name was first declared global or nonlocal (for errors found by the analysis). */
  readonly directives = new Map<string, Loc>();
  needsClassClosure = false;
  /** ste_generator: the block contains `yield`. */
  isGenerator = false;
  /** ste_coroutine: an `async def`, or a comprehension with `await` or `async for` inside. */
  isCoroutine = false;
  /** The first `return value` of the block (an async generator refuses it). */
  returnWithValue: Loc | null = null;
  /** ste_comp_iter_expr: inside a comprehension's iterable expression (a count). */
  compIterExpr = 0;
  /** ste_comp_iter_target: visiting a comprehension's `for` target. */
  compIterTarget = false;

  constructor(
    readonly type: 'module' | 'function' | 'class',
    readonly kind: Scope['kind'],
    readonly name: string,
    readonly node: BlockNode,
    /** The class name used for mangling private names in this block, or null. */
    readonly privateName: string | null,
  ) {}

  /** Does this block compile to fast locals (a function, lambda or comprehension)? */
  get isFunction(): boolean {
    return this.type === 'function';
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

/** `_Py_Mangle`: `__x` inside class `C` is `_C__x`, unless it ends with `__` or has a dot. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}
