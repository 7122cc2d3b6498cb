/**
 * Building a module implemented in TypeScript (CPython's extension modules:
 * PyModule_Create + PyModule_AddFunctions / PyModule_AddObjectRef): a
 * module object whose namespace holds builtin functions and values.
 */
import type { DictObject, Value } from '../../../heap';
import { ModuleObject } from '../function-object';
import { BuiltinFunction, type BuiltinImpl } from '../native-objects';
import type { Runtime } from '../runtime';

/** A module `name` whose dict `fill` populates; module_init_dict's names come first. */
export function newNativeModule(rt: Runtime, name: string, fill: (d: DictObject) => void): ModuleObject {
  const heap = rt.heap;
  const d = heap.newDict();
  d.set(heap, '__name__', name);
  d.set(heap, '__doc__', null);
  d.set(heap, '__package__', '');
  d.set(heap, '__loader__', null);
  d.set(heap, '__spec__', null);
  fill(d);
  claimFunctions(d, name);
  heap.reserve();
  return heap.register(new ModuleObject(name, d));
}

/** PyModule_AddFunctions' m_module: each builtin function of namespace `d` not yet claimed names module `name`. */
export function claimFunctions(d: DictObject, name: string): void {
  for (const [, v] of d.entries()) if (v instanceof BuiltinFunction && v.self === undefined && v.moduleName === null) v.moduleName = name;
}

/**
 * A builtin function `name` bound into `d` (a tracked
 * builtin_function_or_method); `keywords` lists the keyword arguments it
 * takes ('*': any; none by default, as METH_VARARGS functions).
 */
export function addFunction(rt: Runtime, d: DictObject, name: string, impl: BuiltinImpl, keywords?: readonly string[] | '*'): void {
  const f = newBuiltinFunction(rt, name, impl);
  f.keywords = keywords;
  f.plainFunction = true;
  d.set(rt.heap, name, f);
  rt.heap.decref(f);
}

/** A new builtin function object (new reference). */
export function newBuiltinFunction(rt: Runtime, name: string, impl: BuiltinImpl, qualname: string = name): BuiltinFunction {
  rt.heap.reserve();
  const f = rt.heap.register(new BuiltinFunction(name, impl, undefined, qualname));
  rt.heap.track(f);
  return f;
}

/** Set `d[name] = v`, stealing the reference to `v`. */
export function addObject(rt: Runtime, d: DictObject, name: string, v: Value): void {
  d.set(rt.heap, name, v);
  rt.heap.decref(v);
}
