/**
 * The docstrings of builtin types, functions and methods (their C
 * PyDoc_STRVAR strings), from the table scripts/gen-builtin-docs.py makes
 * from python3 (builtin-docs.ts).
 *
 * A builtin type's __doc__ is an entry of its namespace (type_new puts
 * tp_doc into tp_dict as "__doc__"), set here once every builtin type
 * exists; a type whose namespace already has a __doc__ (property's getset)
 * keeps it. A builtin function's or method's __doc__ is looked up by its
 * qualified name (`len`, `str.join`); one the table lacks is None.
 */
import { isBuiltinClass } from './builtin-types';
import { FUNCTION_DOCS, METHOD_DOCS, MODULE_FUNCTION_DOCS, TYPE_DOCS } from './builtin-docs';
import { ModuleObject } from './function-object';
import type { BuiltinFunction } from './native-objects';
import type { Runtime } from './runtime';

/** Put each builtin type's docstring into its namespace. */
export function installDocstrings(rt: Runtime): void {
  for (const [name, cls] of rt.types.byName) {
    if (!isBuiltinClass(cls) || cls.dict.has('__doc__')) continue;
    const doc = TYPE_DOCS.get(name);
    if (doc !== undefined) cls.setAttr(rt.heap, '__doc__', doc);
  }
}

/** meth_get__doc__ / method_get_doc: the function's or method's docstring, or None. */
export function builtinFunctionDoc(f: BuiltinFunction): string | null {
  const q = f.qualname;
  if (q.includes('.')) return METHOD_DOCS.get(q) ?? null;
  const module = builtinFunctionModule(f);
  if (module !== null && module !== 'builtins') return MODULE_FUNCTION_DOCS.get(`${module}.${q}`) ?? null;
  return FUNCTION_DOCS.get(q) ?? null;
}

/**
 * meth_get__module__ (m_module): a module function's module name --
 * `builtins` for the builtins module's, whose `__self__` gclab leaves
 * unset -- and None for a method bound to an object.
 */
export function builtinFunctionModule(f: BuiltinFunction): string | null {
  const self = f.self;
  if (f.moduleName !== null) return f.moduleName;
  if (self instanceof ModuleObject) return self.name;
  return self === undefined && f.plainFunction && !f.qualname.includes('.') ? 'builtins' : null;
}
