/**
 * The name argument of getattr/setattr/delattr/hasattr, `__getattribute__`,
 * `__setattr__`, `__delattr__` and an instance `__dict__`'s keys.
 * PyObject_GetAttr / PyObject_SetAttr (Objects/object.c) accept any
 * PyUnicode_Check object: a str or an instance of a str subclass, whose
 * value names the attribute; anything else is a TypeError.
 */
import { PrimitiveBox, type Value } from '../../heap';
import type { Runtime } from './runtime';

/** The attribute name `v` stands for (a str subclass's value too), or CPython's TypeError. */
export function attributeName(rt: Runtime, v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof PrimitiveBox && typeof v.value === 'string') return v.value;
  throw rt.typeError(`attribute name must be string, not '${rt.typeName(v)}'`);
}

/** The attribute name `v` stands for, or undefined when it is not a str (a lookup of it finds nothing). */
export function attributeNameOf(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PrimitiveBox && typeof v.value === 'string') return v.value;
  return undefined;
}

/**
 * Run `f` (an attribute access by the name `nameArg` stands for) so that
 * the first __getattribute__/__getattr__/__setattr__/__delattr__ hook it
 * calls for that name gets `nameArg` itself when it is a str subclass
 * instance: PyObject_GetAttr and PyObject_SetAttr pass the name object on
 * to slot_tp_getattr_hook and slot_tp_setattro unchanged.
 */
export function withNameObject<T>(rt: Runtime, nameArg: Value, f: () => T): T {
  if (!(nameArg instanceof PrimitiveBox)) return f();
  const previous = rt.attrNameObject;
  rt.attrNameObject = nameArg;
  try {
    return f();
  } finally {
    rt.attrNameObject = previous;
  }
}

/** The name a hook is called with: the pending name object for `name` (taken), else `name`. */
export function hookName(rt: Runtime, name: string): Value {
  const box = rt.attrNameObject;
  if (box === null || !(box instanceof PrimitiveBox) || box.value !== name) return name;
  rt.attrNameObject = null;
  return box;
}
