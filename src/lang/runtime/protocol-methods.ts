/**
 * Dunder methods that CPython's builtin types show in their namespace for
 * behaviour gclab implements inside the interpreter: `__call__` of the
 * function, method and builtin-function types (their tp_call slot wrapper)
 * and `__reversed__` of list, range, dict and the dict views (their
 * method tables). They make `len.__call__([1])` and `[].__reversed__()`
 * work, and let _collections_abc's _check_methods find them in
 * `type.__dict__` (isinstance(f, Callable), isinstance([], Reversible)).
 * Each delegates to the same path the call or `reversed()` takes.
 */
import type { DictObject, Value } from '../../heap';
import { defineMethods, type MethodImpl } from './attributes';
import { call } from './calls';
import { iter } from './operators';
import type { FunctionObject } from './function-object';
import type { Runtime } from './runtime';

const callMethod: MethodImpl = (rt, self, args, kwargs) => call(rt, self, args, kwargs);

/** `installProtocolMethods(rt, reversed)`: `reversed` is builtin reversed's implementation. */
export function installProtocolMethods(rt: Runtime, reversed: (rt: Runtime, args: Value[]) => Value): void {
  for (const name of ['function', 'method', 'builtin_function_or_method']) {
    defineMethods(rt.types.get(name), { __call__: callMethod });
  }
  // func_descr_get through wrap_descr_get: f.__get__(obj[, type]) is a bound
  // method, or f itself when obj is None.
  defineMethods(rt.types.get('function'), {
    __get__: (rt2, self, args) => {
      if (args.length === 0) throw rt2.typeError(' expected at least 1 argument, got 0');
      if (args.length > 2) throw rt2.typeError(` expected at most 2 arguments, got ${args.length}`);
      const obj = args[0];
      const type = args.length > 1 ? args[1] : null;
      if (obj === null && type === null) throw rt2.typeError('__get__(None, None) is invalid');
      return obj === null ? rt2.incref(self) : rt2.heap.newBoundMethod(self as FunctionObject, obj);
    },
  });
  const rev: MethodImpl = (rt2, self, args) => {
    if (args.length !== 0) throw rt2.typeError(`expected 0 arguments, got ${args.length}`);
    return reversed(rt2, [self]);
  };
  for (const name of ['list', 'range', 'dict_keys', 'dict_values', 'dict_items']) {
    defineMethods(rt.types.get(name), { __reversed__: rev });
  }
  // dict_reversed: the dict's own keys, last first, also for a subclass that
  // overrides __iter__ or __reversed__ (reversed() of a subclass without its
  // own __reversed__ arrives here; dispatching back would never end).
  const dictRev: MethodImpl = (rt2, self, args) => {
    if (args.length !== 0) throw rt2.typeError(`expected 0 arguments, got ${args.length}`);
    const keys = (self as DictObject).entries().map(([k]) => rt2.incref(k)).reverse();
    const l = rt2.listSteal(keys);
    try {
      return iter(rt2, l);
    } finally {
      rt2.decref(l);
    }
  };
  defineMethods(rt.types.get('dict'), { __reversed__: dictRev });
}
