/**
 * Special methods looked up on the type (typeobject.c lookup_maybe_method,
 * _PyObject_LookupSpecial): `bytes(x)`, `complex(x)`, `dir(x)`, ... find
 * `__bytes__`, `__complex__`, `__dir__` on `type(x)`, never on the instance,
 * and on every kind of type alike: a class statement's class (its own dict
 * along the MRO), a builtin type's method table (bytes.__bytes__,
 * weakref.ProxyType.__bytes__, ...), whichever comes first.
 *
 * Binding follows lookup_maybe_method: a plain function is called with the
 * object first (no bound method is made); any other descriptor
 * (staticmethod, classmethod, a class with __get__) is bound through its
 * __get__ and the result called; an object without __get__ is called as it is.
 */
import type { Value } from '../../heap';
import { findBuiltinMethod } from './attributes';
import { callFoundOnType } from './calls';
import type { Kwargs, Runtime } from './runtime';

/** Does `type(v)` define the special method `name` (in a class dict or a builtin table)? */
export function hasSpecial(rt: Runtime, v: Value, name: string): boolean {
  const t = rt.typeOf(v);
  if ((t.tag === undefined || t.dict.size > 0) && t.lookup(name) !== undefined) return true;
  return findBuiltinMethod(rt, v, name) !== undefined;
}

/**
 * `type(v).name(v, *args)`: a new reference, or undefined when the type
 * has no such attribute.
 */
export function callSpecial(rt: Runtime, v: Value, name: string, args: Value[], kwargs: Kwargs = null): Value | undefined {
  const t = rt.typeOf(v);
  const m = t.tag === undefined || t.dict.size > 0 ? t.lookup(name) : undefined;
  if (m !== undefined) {
    rt.incref(m);
    try {
      return callFoundOnType(rt, m, v, t, args, kwargs);
    } finally {
      rt.decref(m);
    }
  }
  const b = findBuiltinMethod(rt, v, name);
  return b === undefined ? undefined : b(rt, v, args, kwargs);
}
