/**
 * The docstrings of builtin types, functions and methods (their C
 * PyDoc_STRVAR strings), from the table scripts/gen-builtin-docs.py makes
 * from python3 (builtin-docs.ts).
 *
 * A builtin type's __doc__ is an entry of its namespace (type_new puts
 * tp_doc into tp_dict as "__doc__"), set here once every builtin type
 * exists; a type whose namespace already has a __doc__ (property's getset)
 * keeps it. A builtin function's or method's __doc__ is looked up by its
 * qualified name (`len`, `str.join`); one the table lacks is None. Their
 * __text_signature__ comes the same way from builtin-signatures.ts.
 */
import { isBuiltinClass } from './builtin-types';
import { FUNCTION_DOCS, METHOD_DOCS, MODULE_FUNCTION_DOCS, TYPE_DOCS } from './builtin-docs';
import { FUNCTION_SIGNATURES, METHOD_SIGNATURES, MODULE_FUNCTION_SIGNATURES, TYPE_SIGNATURES } from './builtin-signatures';
import { ClassObject, DictObject, type Value } from '../../heap';
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
 * meth_get__text_signature__ / method_get_text_signature: the signature
 * CPython parses off the C docstring (`($module, obj, /)`), or None.
 */
export function builtinFunctionTextSignature(f: BuiltinFunction): string | null {
  const q = f.qualname;
  if (q.includes('.')) return METHOD_SIGNATURES.get(q) ?? null;
  const module = builtinFunctionModule(f);
  if (module !== null && module !== 'builtins') return MODULE_FUNCTION_SIGNATURES.get(`${module}.${q}`) ?? null;
  return FUNCTION_SIGNATURES.get(q) ?? null;
}

/**
 * type_get_text_signature: a builtin type's signature from its C
 * docstring (`list` -> `(iterable=(), /)`); None for a class statement's.
 */
export function typeTextSignature(c: ClassObject): string | null {
  return isBuiltinClass(c) ? TYPE_SIGNATURES.get(c.name) ?? null : null;
}

/**
 * meth_get__qualname__: a function's own name when it is bound to no
 * object or to a module (`len`, `sqrt`); else the qualified name of the
 * object's type -- of the object itself when it is a type -- and the name
 * (`D.fromkeys`, `L.append` for a list subclass L). A method descriptor
 * or a method-wrapper names the class that defines the method
 * (descr_get_qualname, wrapper_qualname).
 */
export function builtinFunctionQualname(rt: Runtime, f: BuiltinFunction): string {
  const self = f.self;
  if (f.wrapper || self === undefined || self instanceof ModuleObject) return f.qualname;
  const type = self instanceof ClassObject ? self : rt.typeOf(self);
  return `${type.qualname}.${f.name}`;
}

/**
 * meth_get__self__: the object a builtin method is bound to; a module
 * function's module (`len.__self__` is builtins, `math.sqrt.__self__`
 * math), found in sys.modules by its name (None when it is not there);
 * None for an unbound method descriptor.
 */
export function builtinFunctionSelf(rt: Runtime, f: BuiltinFunction): Value {
  const self = f.self;
  if (self !== undefined) return rt.incref(self);
  const module = builtinFunctionModule(f);
  const modules = module === null ? undefined : rt.sysDict?.get(rt.heap, 'modules');
  const m = modules instanceof DictObject ? modules.get(rt.heap, module!) : undefined;
  return m instanceof ModuleObject ? rt.incref(m) : null;
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
