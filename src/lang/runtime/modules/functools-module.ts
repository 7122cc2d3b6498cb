/**
 * `_functools` (Modules/_functoolsmodule.c), the part gclab implements
 * natively: reduce. As a C function it does not take over its arguments:
 * the caller keeps the iterable (and so its items) alive until reduce
 * returns, and the two-item args tuple it calls the function with is
 * reused, each slot released as the next value replaces it
 * (functools_reduce's Py_XSETREF), so the accumulated values die in
 * CPython's order.
 */
import { PyException, TupleObject, type Value } from '../../../heap';
import { call } from '../calls';
import type { ModuleObject } from '../function-object';
import { releaseException } from '../lang-host';
import { ExceptionObject } from '../native-objects';
import { iter, next } from '../operators';
import type { Runtime } from '../runtime';
import { addFunction, newNativeModule } from './native-module';

/** PyErr_ExceptionMatches(PyExc_TypeError). */
function isTypeError(rt: Runtime, e: unknown): boolean {
  if (!(e instanceof PyException)) return false;
  const typeError = rt.types.get('TypeError');
  if (e.pyValue instanceof ExceptionObject) return e.pyValue.cls.isSubclassOf(typeError);
  return rt.types.has(e.pyType) && rt.types.get(e.pyType).isSubclassOf(typeError);
}

/** functools_reduce(function, iterable[, initial]). */
function reduce(rt: Runtime, args: Value[]): Value {
  if (args.length < 2) throw rt.typeError(`reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw rt.typeError(`reduce expected at most 3 arguments, got ${args.length}`);
  const [func, seq] = args;
  let result: Value | undefined = args.length === 3 ? rt.incref(args[2]) : undefined;
  let it: Value;
  try {
    it = iter(rt, seq);
  } catch (e) {
    if (result !== undefined) rt.decref(result);
    if (isTypeError(rt, e)) {
      releaseException(rt, e);
      throw rt.typeError('reduce() arg 2 must support iteration');
    }
    throw e;
  }
  // PyTuple_New(2): its items start empty (None here) and are replaced in place.
  let pair = rt.newTuple([null, null]) as TupleObject;
  try {
    for (;;) {
      if (pair.refcnt > 1) {
        rt.decref(pair);
        pair = rt.newTuple([null, null]) as TupleObject;
      }
      const op2 = next(rt, it);
      if (op2 === undefined) break;
      if (result === undefined) {
        result = op2;
        continue;
      }
      const items = pair.items;
      const old0 = items[0];
      items[0] = result;
      rt.decref(old0);
      const old1 = items[1];
      items[1] = op2;
      rt.heap.trackingChanges++;
      rt.decref(old1);
      result = undefined;
      result = call(rt, func, items.slice());
      if (pair.gcSlot < 0) rt.heap.track(pair);
    }
  } catch (e) {
    if (result !== undefined) rt.decref(result);
    rt.decref(pair);
    rt.decref(it);
    throw e;
  }
  rt.decref(pair);
  rt.decref(it);
  if (result === undefined) throw rt.typeError('reduce() of empty iterable with no initial value');
  return result;
}

export function makeFunctoolsModule(rt: Runtime): ModuleObject {
  return newNativeModule(rt, '_functools', (d) => {
    addFunction(rt, d, 'reduce', (args) => reduce(rt, args));
  });
}
