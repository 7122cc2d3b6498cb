/**
 * Values of the simulated heap.
 *
 * A value is either a reference to a heap object ({@link PyObject}) or an
 * immediate: an int (a JS number holding a safe integer, or a bigint beyond
 * 2**53; arithmetic normalizes back to a number when the value fits), a str (a JS string), a
 * bool, or None (`null`). Immediates play the part of CPython's atomic
 * objects: they have no refcount that anyone can observe, are never tracked
 * by the collector and can never be weakly referenced, exactly as `int`,
 * `str`, `bool` and `None` cannot be in CPython.
 */
import type { PyObject } from './object';

/** Python's None. */
export const None = null;
export type NoneType = null;

/**
 * The values stored inline rather than on the heap, as Python's small immutable values: int (number
 * or bigint), str, bool and None (null). They have no reference count and cannot be weakly
 * referenced.
 */
export type Immediate = number | bigint | string | boolean | null;
/** Anything a Python variable can hold: a heap object or an immediate. */
export type Value = PyObject | Immediate;

/** True when `v` is a heap object (every non-immediate value is one). */
export function isObject(v: Value | undefined): v is PyObject {
  return typeof v === 'object' && v !== null;
}

/** CPython's `tp_name` of an immediate or object: `int`, `str`, `bool`, `NoneType`, ... */
export function typeNameOf(v: Value): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    default:
      return v === null ? 'NoneType' : v.typeName;
  }
}
