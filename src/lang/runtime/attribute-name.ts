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
