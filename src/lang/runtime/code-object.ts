/**
 * Code objects (Objects/codeobject.c), as far as introspection reaches
 * them: `function.__code__`, `generator.gi_code`, `frame.f_code`, with
 * `co_name`, `co_qualname`, `co_filename`, `co_firstlineno`, the argument
 * counts, `co_varnames`/`co_cellvars`/`co_freevars`/`co_nlocals`,
 * `co_names` (the names the block's code uses, in compile order) and
 * `co_flags` as compute_code_flags (Python/compile.c) sets them. One per
 * compiled block, made on first use and kept by the interpreter (like the
 * constants of a module's code, they live as long as the program); not a
 * GC object, as in CPython. The bytecode itself (`co_code`, `co_consts`,
 * `co_lines()`) does not exist in gclab: reading it is an AttributeError.
 */
import { PyObject, TupleObject, clearWeakRefs, type Heap, type Value } from '../../heap';
import { defineGetters, defineMethods } from './attributes';
import { functionLayoutOf } from './function-object';
import { registerType } from './type-slots';
import type { Kwargs, Runtime } from './runtime';

/** compute_code_flags' bits (Include/cpython/code.h). */
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
/** An `async def` without `yield`: calling it makes a coroutine. */
export const CO_COROUTINE = 0x80;
/** Set by types.coroutine on a generator function's code (through code.replace): its generators are awaitable. */
export const CO_ITERABLE_COROUTINE = 0x100;
/** An `async def` with `yield`: calling it makes an async generator. */
export const CO_ASYNC_GENERATOR = 0x200;

/** What a code object shows of its block (the resolver's Scope, seen through this interface). */
export interface CodeScope {
  kind: 'module' | 'function' | 'lambda' | 'class' | 'comprehension';
  name: string;
  params: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** co_names, in first-use order. */
  names: string[];
  isGenerator: boolean;
  isCoroutine?: boolean;
}

export class CodeObject extends PyObject {
  /** The block (a resolver Scope) this code object shows. */
  readonly scope: CodeScope;
  readonly coName: string;
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly coFlags: number;
  /**
   * Flags set after compilation: CO_ITERABLE_COROUTINE (0x100), on the
   * copy code.replace(co_flags=...) makes when types.coroutine replaces a
   * generator function's __code__ (never on a block's own code object,
   * which every function of the block shows).
   */
  extraFlags = 0;

  constructor(
    scope: CodeScope,
    readonly qualname: string,
    readonly filename: string,
    readonly firstLineno: number,
    name: string = scope.name,
  ) {
    super();
    this.scope = scope;
    this.coName = name;
    this.varnames = scope.varnames.slice();
    this.cellvars = scope.cellvars.slice();
    this.freevars = scope.freevars.slice();
    const layout = functionLayoutOf(scope);
    let flags = 0;
    if (scope.kind === 'module' || scope.kind === 'class') {
      this.argcount = this.posonlyargcount = this.kwonlyargcount = 0;
    } else {
      flags = CO_OPTIMIZED | CO_NEWLOCALS;
      // ste_nested: the block sits (at any depth) inside a function's block.
      if (qualname.includes('<locals>')) flags |= CO_NESTED;
      // A generator expression's block is a generator (its comprehension scope has no `yield` of its own).
      const gen = scope.isGenerator || (scope.kind === 'comprehension' && scope.name === '<genexpr>');
      // compute_code_flags: CO_COROUTINE or CO_ASYNC_GENERATOR instead of CO_GENERATOR for an async block.
      if (scope.isCoroutine === true) flags |= gen ? CO_ASYNC_GENERATOR : CO_COROUTINE;
      else if (gen) flags |= CO_GENERATOR;
      if (layout !== undefined) {
        this.argcount = layout.params.length;
        this.posonlyargcount = layout.posonly;
        this.kwonlyargcount = layout.kwonly.length;
        if (layout.vararg !== null) flags |= CO_VARARGS;
        if (layout.kwarg !== null) flags |= CO_VARKEYWORDS;
      } else {
        // A comprehension's block takes its iterator as the one positional argument '.0'.
        this.argcount = scope.params.length;
        this.posonlyargcount = this.kwonlyargcount = 0;
      }
    }
    this.coFlags = flags;
  }
  get typeName(): string {
    return 'code';
  }
  override get isGC(): boolean {
    return false;
  }
  /** co_weakreflist: code objects can be weakly referenced. */
  override get weakrefable(): boolean {
    return true;
  }
  /** code_dealloc: the weak references are cleared first. */
  override dealloc(heap: Heap): void {
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    heap.free(this);
  }
}

/** The co_* fields code.replace() can change in gclab (a new code object of the same block). */
const REPLACEABLE = new Set(['co_name', 'co_qualname', 'co_filename', 'co_firstlineno']);

/** The co_* keywords code.replace() accepts (code_replace_impl's parameters). */
const REPLACE_KEYWORDS = new Set([
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno',
  'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename', 'co_name',
  'co_qualname', 'co_linetable', 'co_exceptiontable',
]);

/**
 * code.replace(**changes) (code_replace_impl): a new code object. Names,
 * the file and the first line can change; any other field only to the
 * value it has (gclab has no bytecode to rebuild), else a gclab TypeError.
 */
function replaceCode(rt: Runtime, c: CodeObject, args: Value[], kwargs: Kwargs): Value {
  if (args.length > 0) throw rt.typeError(`replace() takes no positional arguments`);
  let name = c.coName;
  let qualname = c.qualname;
  let filename = c.filename;
  let firstLineno = c.firstLineno;
  let extraFlags = c.extraFlags;
  for (const [k, v] of kwargs ?? []) {
    if (!REPLACE_KEYWORDS.has(k)) throw rt.typeError(`'${k}' is an invalid keyword argument for replace()`);
    if (k === 'co_firstlineno') {
      if (typeof v !== 'number' && typeof v !== 'bigint') throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
      firstLineno = Number(v);
      continue;
    }
    if (k === 'co_flags' && (typeof v === 'number' || typeof v === 'bigint')) {
      // Only CO_ITERABLE_COROUTINE may change (types.coroutine's replace):
      // the other flags describe code gclab compiled.
      const want = Number(v);
      if ((want & ~CO_ITERABLE_COROUTINE) === ((c.coFlags | c.extraFlags) & ~CO_ITERABLE_COROUTINE)) {
        extraFlags = (c.extraFlags & ~CO_ITERABLE_COROUTINE) | (want & CO_ITERABLE_COROUTINE);
        continue;
      }
    }
    if (REPLACEABLE.has(k)) {
      if (typeof v !== 'string') throw rt.typeError(`replace() argument '${k}' must be str, not ${rt.typeName(v)}`);
      if (k === 'co_name') name = v;
      else if (k === 'co_qualname') qualname = v;
      else filename = v;
      continue;
    }
    if (!sameField(c, k, v)) throw rt.typeError(`gclab: code.replace() cannot change ${k} (gclab has no bytecode to rebuild)`);
  }
  rt.heap.reserve();
  const copy = new CodeObject(c.scope, qualname, filename, firstLineno, name);
  copy.extraFlags = extraFlags;
  return rt.heap.register(copy);
}

/** Whether `v` equals the code's current value of field `k` (ints and tuples of str). */
function sameField(c: CodeObject, k: string, v: Value): boolean {
  const ints: Record<string, number> = {
    co_argcount: c.argcount,
    co_posonlyargcount: c.posonlyargcount,
    co_kwonlyargcount: c.kwonlyargcount,
    co_nlocals: c.varnames.length,
    co_flags: c.coFlags | c.extraFlags,
  };
  if (k in ints) return (typeof v === 'number' || typeof v === 'bigint') && Number(v) === ints[k];
  const tuples: Record<string, string[]> = { co_varnames: c.varnames, co_freevars: c.freevars, co_cellvars: c.cellvars, co_names: c.scope.names };
  if (k in tuples) {
    const want = tuples[k];
    return v instanceof TupleObject && v.items.length === want.length && v.items.every((x, i) => x === want[i]);
  }
  return false;
}

export function installCodeType(rt: Runtime): void {
  const cls = rt.types.get('code');
  rt.registerClass(CodeObject, cls);
  const code = (v: unknown) => v as CodeObject;
  defineGetters(cls, {
    co_name: (_rt, self) => code(self).coName,
    co_qualname: (_rt, self) => code(self).qualname,
    co_filename: (_rt, self) => code(self).filename,
    co_firstlineno: (_rt, self) => code(self).firstLineno,
    co_argcount: (_rt, self) => code(self).argcount,
    co_posonlyargcount: (_rt, self) => code(self).posonlyargcount,
    co_kwonlyargcount: (_rt, self) => code(self).kwonlyargcount,
    co_nlocals: (_rt, self) => code(self).varnames.length,
    co_flags: (_rt, self) => code(self).coFlags | code(self).extraFlags,
    co_varnames: (rt2, self) => rt2.newTuple(code(self).varnames),
    co_cellvars: (rt2, self) => rt2.newTuple(code(self).cellvars),
    co_freevars: (rt2, self) => rt2.newTuple(code(self).freevars),
    co_names: (rt2, self) => rt2.newTuple(code(self).scope.names),
  });
  defineMethods(cls, {
    replace: (rt2, self, args, kwargs) => replaceCode(rt2, code(self), args, kwargs),
  });
  registerType(
    rt,
    {
      name: 'code',
      slots: {
        tp_repr: (rt2, self) =>
          `<code object ${code(self).coName} at ${rt2.address(code(self))}, file "${code(self).filename}", line ${code(self).firstLineno}>`,
      },
    },
    cls,
  );
}
