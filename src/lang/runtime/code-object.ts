/**
 * Code objects (Objects/codeobject.c), as far as introspection reaches
 * them: `frame.f_code`, `function.__code__`-free uses such as
 * `co_name`, `co_qualname`, `co_filename`, `co_firstlineno` and
 * `co_varnames`. One per compiled block, made on first use and kept by the
 * interpreter (like the constants of a module's code); not a GC object,
 * as in CPython.
 */
import { PyObject, type Heap } from '../../heap';
import { defineGetters } from './attributes';
import type { Runtime } from './runtime';

export class CodeObject extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstLineno: number,
    readonly varnames: string[],
    public argcount: number,
  ) {
    super();
  }
  kwonlyargcount = 0;
  posonlyargcount = 0;
  cellvars: string[] = [];
  freevars: string[] = [];
  get typeName(): string {
    return 'code';
  }
  override get isGC(): boolean {
    return false;
  }
  override dealloc(heap: Heap): void {
    heap.die(this);
    heap.free(this);
  }
}

export function installCodeType(rt: Runtime): void {
  const cls = rt.types.get('code');
  rt.registerClass(CodeObject, cls);
  const code = (v: unknown) => v as CodeObject;
  defineGetters(cls, {
    co_name: (_rt, self) => code(self).name,
    co_qualname: (_rt, self) => code(self).qualname,
    co_filename: (_rt, self) => code(self).filename,
    co_firstlineno: (_rt, self) => code(self).firstLineno,
    co_argcount: (_rt, self) => code(self).argcount,
    co_varnames: (rt2, self) => rt2.newTuple(code(self).varnames),
    co_kwonlyargcount: (_rt, self) => code(self).kwonlyargcount,
    co_posonlyargcount: (_rt, self) => code(self).posonlyargcount,
    co_cellvars: (rt2, self) => rt2.newTuple(code(self).cellvars),
    co_freevars: (rt2, self) => rt2.newTuple(code(self).freevars),
    co_nlocals: (_rt, self) => code(self).varnames.length,
  });
}
