/**
 * The attributes of a function that stands for a C function
 * (FunctionObject.cFunction: `operator.add`, `heapq.heappush`,
 * `time.time`): CPython's is a builtin_function_or_method
 * (Objects/methodobject.c), whose attributes are meth_getsets and
 * meth_members -- `__name__`, `__qualname__`, `__doc__`,
 * `__text_signature__`, `__self__` (the module) and `__module__` (m_module,
 * the only writable one) -- and nothing else: no `__dict__`, `__code__`,
 * `__defaults__`, `__globals__`; any other name comes from the type
 * (`__call__`, `__reduce__`, ...).
 *
 * Invariant: only the names answered here differ from the type's lookup;
 * the function's own state (globals, defaults, code) stays what its Python
 * body runs with.
 */
import { DictObject, type Value } from '../../heap';
import { FunctionObject, ModuleObject } from './function-object';
import type { Runtime } from './runtime';

/** meth_get__self__ / m_module: the module CPython names, when gclab has it and it holds this function; else the defining module. */
function cFunctionModule(rt: Runtime, f: FunctionObject): ModuleObject | null {
  const modules = rt.sysDict?.get(rt.heap, 'modules');
  if (!(modules instanceof DictObject)) return null;
  const cName = f.cFunction?.module ?? null;
  if (cName !== null) {
    const m = modules.get(rt.heap, cName);
    if (m instanceof ModuleObject && m.dict?.get(rt.heap, f.name) === f) return m;
  }
  const own = typeof f.module === 'string' ? modules.get(rt.heap, f.module) : undefined;
  return own instanceof ModuleObject ? own : null;
}

/**
 * getattr of a C function's own attributes (meth_getsets, meth_members):
 * the value (a new reference), or undefined for a name its type answers
 * (or nobody: `f.__dict__` is an AttributeError).
 */
export function cFunctionGetAttr(rt: Runtime, f: FunctionObject, name: string): Value | undefined {
  switch (name) {
    case '__name__':
      return f.name;
    case '__qualname__':
      // meth_get__qualname__: a module function's qualname is its name.
      return f.name;
    case '__doc__':
      return rt.incref(f.doc);
    case '__text_signature__':
      return f.cFunction?.textSignature ?? null;
    case '__module__': {
      // m_module: the C module's name when gclab's module of that name holds the function
      // (pickle's whichmodule imports it), else the defining module's.
      const m = cFunctionModule(rt, f);
      if (m !== null && f.cFunction?.module === m.name) return m.name;
      return rt.incref(f.module);
    }
    case '__self__':
      return rt.incref(cFunctionModule(rt, f));
    case '__class__':
      return rt.incref(rt.typeOf(f));
  }
  return undefined;
}

/**
 * setattr/delattr of a C function (PyObject_GenericSetAttr with no
 * __dict__): `__module__` is a writable member (deleting it leaves None),
 * the getsets are read-only, anything else has no slot.
 */
export function cFunctionSetAttr(rt: Runtime, f: FunctionObject, name: string, x: Value | undefined): void {
  const info = f.cFunction;
  if (info === null) throw new Error('cFunctionSetAttr of a Python function');
  if (name === '__module__') {
    const old = f.module;
    f.module = x === undefined ? null : rt.incref(x);
    rt.decref(old);
    // From now on __module__ is what was stored.
    f.cFunction = { module: null, textSignature: info.textSignature };
    return;
  }
  if (name === '__name__' || name === '__qualname__' || name === '__doc__' || name === '__self__' || name === '__text_signature__') {
    throw rt.error('AttributeError', `attribute '${name}' of 'builtin_function_or_method' objects is not writable`);
  }
  throw rt.error('AttributeError', `'builtin_function_or_method' object has no attribute '${name}'`);
}
