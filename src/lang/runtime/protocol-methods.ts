/**
 * Dunder methods that CPython's builtin types show in their namespace for
 * behaviour gclab implements inside the interpreter: `__call__` of the
 * function, method and builtin-function types (their tp_call slot wrapper)
 * and `__reversed__` of list, range, dict and the dict views (their
 * method tables). They make `len.__call__([1])` and `[].__reversed__()`
 * work, and let _collections_abc's _check_methods find them in
 * `type.__dict__` (isinstance(f, Callable), isinstance([], Reversible)).
 * `__call__` delegates to the call; `__reversed__` makes the type's reverse
 * iterator (reversed() reaches it through the type's `__reversed__`).
 */
import type { DictObject, ListObject } from '../../heap';
import { defineMethods, type MethodImpl } from './attributes';
import { call } from './calls';
import { makeReversed } from './lazy-iterators';
import { markSlotWrappers } from './type-slots';
import type { BuiltinFunction, DictView } from './native-objects';
import { getBuiltin } from './builtins';
import { newDictIterator } from './types/dict-iterator-type';
import { FunctionObject, ModuleObject } from './function-object';
import type { Runtime } from './runtime';

const callMethod: MethodImpl = (rt, self, args, kwargs) => call(rt, self, args, kwargs);

export function installProtocolMethods(rt: Runtime): void {
  for (const name of ['function', 'method', 'builtin_function_or_method', 'method-wrapper', 'staticmethod']) {
    // tp_call's slot wrapper: bound, a method-wrapper.
    defineMethods(rt.types.get(name), markSlotWrappers({ __call__: callMethod }));
  }
  // wrapper_reduce: a method-wrapper pickles and copies as getattr(self, name).
  defineMethods(rt.types.get('method-wrapper'), {
    __reduce__: (rt2, self, args) => {
      if (args.length !== 0) throw rt2.typeError(`__reduce__() takes no arguments (${args.length} given)`);
      const w = self as BuiltinFunction;
      const pair = rt2.newTuple([w.self ?? null, w.name]);
      try {
        return rt2.newTuple([getBuiltin(rt2, 'getattr'), pair]);
      } finally {
        rt2.decref(pair);
      }
    },
  });
  // meth_reduce: a module function (or a builtin without __self__) pickles and
  // copies by its name, a method bound to an object as getattr(self, name).
  defineMethods(rt.types.get('builtin_function_or_method'), {
    __reduce__: (rt2, self, args) => {
      if (args.length !== 0) throw rt2.typeError(`__reduce__() takes no arguments (${args.length} given)`);
      if (self instanceof FunctionObject) return self.name;
      const w = self as BuiltinFunction;
      if (w.self === undefined || w.self === null || w.self instanceof ModuleObject) return w.name;
      const pair = rt2.newTuple([w.self, w.name]);
      try {
        return rt2.newTuple([getBuiltin(rt2, 'getattr'), pair]);
      } finally {
        rt2.decref(pair);
      }
    },
  });
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
  // list_reversed: a list_reverseiterator over the list itself (a subclass too).
  defineMethods(rt.types.get('list'), {
    __reversed__: (rt2, self, args) => {
      if (args.length !== 0) throw rt2.typeError(`expected 0 arguments, got ${args.length}`);
      return makeReversed(rt2, self as ListObject);
    },
  });
  // dictview_reversed: the dict's reverse key/value/item iterator.
  for (const [name, kind] of [['dict_keys', 'keys'], ['dict_values', 'values'], ['dict_items', 'items']] as const) {
    defineMethods(rt.types.get(name), {
      __reversed__: (rt2, self, args) => {
        if (args.length !== 0) throw rt2.typeError(`expected 0 arguments, got ${args.length}`);
        return newDictIterator(rt2, (self as DictView).refs[0] as DictObject, kind, true);
      },
    });
  }
  // dict_reversed: the dict's own keys, last first, also for a subclass that
  // overrides __iter__ (dict_reversekeyiterator over its table).
  const dictRev: MethodImpl = (rt2, self, args) => {
    if (args.length !== 0) throw rt2.typeError(`expected 0 arguments, got ${args.length}`);
    return newDictIterator(rt2, self as DictObject, 'keys', true);
  };
  defineMethods(rt.types.get('dict'), { __reversed__: dictRev });
}
