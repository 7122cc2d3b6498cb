/**
 * set_attribute_error_context (Objects/object.c, 3.10+): when
 * PyObject_GetAttr(v, name) fails with an AttributeError (the runtime's
 * own "has no attribute", or one that Python code -- a property, a
 * __getattr__, a __slots__ member -- raised), the exception records
 * `name` and `obj` = v, unless one of them is already set. `obj` is a
 * strong reference: the exception keeps v alive, as in CPython (where a
 * caught `except AttributeError as e` holds the object until `e` is
 * cleared at the end of the handler). Only PyObject_GetAttr does this:
 * hasattr() and getattr() with a default (_PyObject_LookupAttr) swallow
 * the error first, and `del obj.x` leaves both unset.
 */
import { PyException, type Value } from '../../heap';
import { releaseExceptionRefs } from '../../weakref';
import { instantiate } from './calls';
import { ExceptionObject } from './native-objects';
import type { Runtime } from './runtime';

/** The exception object of `e`, made now if it was only described (new objects own their arguments). */
function exceptionObject(rt: Runtime, e: PyException): ExceptionObject | undefined {
  if (e.pyValue === undefined) {
    const cls = rt.types.byName.get(e.pyType);
    if (cls === undefined) return undefined;
    const obj = rt.heap.withHeadroom(() => instantiate(rt, cls, e.args, null));
    if (!(obj instanceof ExceptionObject)) {
      rt.decref(obj);
      return undefined;
    }
    e.pyValue = obj;
    if (e.fields !== undefined) for (const [k, v] of e.fields) obj.setField(rt.heap, k, v);
    e.fields = undefined;
    releaseExceptionRefs(rt.heap, e);
  }
  return e.pyValue instanceof ExceptionObject ? e.pyValue : undefined;
}

const unset = (v: Value | undefined): boolean => v === undefined || v === null;

/** Record `name` and `obj` on the AttributeError `e` raised by getattr(obj, name), unless already recorded. */
export function setAttributeErrorContext(rt: Runtime, e: PyException, obj: Value, name: string): void {
  const exc = exceptionObject(rt, e);
  if (exc === undefined) return;
  const fields = exc.fields;
  if (fields !== null && (!unset(fields.get('name')) || !unset(fields.get('obj')))) return;
  exc.setField(rt.heap, 'name', name);
  exc.setField(rt.heap, 'obj', obj);
}
