/**
 * PyErr_WarnEx for builtins written in C: the warning goes through the
 * `warnings` module's warn(message, category, stacklevel), so its filters,
 * catch_warnings() and showwarning apply, and a warning an "error" filter
 * turns into an exception propagates from the builtin (PyErr_WarnEx
 * returning -1). With stacklevel 1 the warning is attributed to the Python
 * frame that called the builtin, as C code has no frame of its own.
 */
import { PrimitiveBox, type DictObject, type Value } from '../../heap';
import { call } from './calls';
import type { Runtime } from './runtime';

/** Issue `message` as a warning of builtin class `category` (DeprecationWarning, RuntimeWarning, ...). */
export function warnFromC(rt: Runtime, category: string, message: string, stacklevel = 1): void {
  const globals: DictObject | undefined = rt.evaluator.currentGlobals();
  // No Python frame runs (interpreter shutdown): CPython's _warnings would print; gclab stays silent.
  if (globals === undefined) return;
  const mod = rt.evaluator.importModule('warnings', globals, null, 0);
  try {
    const d = (mod as { dict?: DictObject | null }).dict;
    const warn: Value | undefined = d?.get(rt.heap, 'warn');
    if (warn === undefined) return;
    rt.decref(call(rt, warn, [message, rt.types.get(category), stacklevel]));
  } finally {
    rt.decref(mod);
  }
}

/**
 * What `__int__` / `__index__` returned (`r`, a new reference), as the int
 * it stands for: an exact int as it is; a bool or an int subclass's
 * instance after the DeprecationWarning of _PyNumber_Index and
 * PyNumber_Long ("__index__ returned non-int (type bool).  The ability ...")
 * (`r` is released); undefined for anything else (`r` is kept for the
 * caller's TypeError).
 */
export function intFromDunderResult(rt: Runtime, name: string, r: Value): number | bigint | undefined {
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  const value = typeof r === 'boolean' ? +r : r instanceof PrimitiveBox && (typeof r.value === 'number' || typeof r.value === 'bigint') ? r.value : undefined;
  if (value === undefined) return undefined;
  try {
    warnFromC(
      rt,
      'DeprecationWarning',
      `${name} returned non-int (type ${rt.typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
    );
  } finally {
    rt.decref(r);
  }
  return value;
}
