/**
 * zip (Python/bltinmodule.c): a type, not a function. zip_new keeps the
 * iterators of its arguments in a tuple and a result tuple it reuses;
 * `strict=True` (PEP 618) makes unequal lengths a ValueError. See
 * lazy-iterators.ts for next(). A class statement may derive from it.
 */
import type { ClassObject, TupleObject, Value } from '../../../heap';
import { LazyIterator, lazyIteratorSlots, makeZip } from '../lazy-iterators';
import { truthy } from '../operators';
import type { Kwargs, Runtime } from '../runtime';
import type { BuiltinType } from '../type-slots';

/** zip_new: every positional argument is an iterable; `strict` is the only keyword. */
function zipNew(rt: Runtime, args: Value[], kwargs: Kwargs, cls?: ClassObject): Value {
  let strict = false;
  for (const [k, v] of kwargs ?? []) {
    if (k !== 'strict') throw rt.typeError(`'${k}' is an invalid keyword argument for zip()`);
    strict = truthy(rt, v);
  }
  return makeZip(rt, args, strict, cls);
}

export const zipType: BuiltinType = {
  name: 'zip',
  slots: lazyIteratorSlots,
  tp_new: (rt, args, kwargs) => zipNew(rt, args, kwargs),
  tp_alloc: (rt, cls, args, kwargs) => zipNew(rt, args, kwargs, cls),
  methods: {
    /** zip_reduce: (type, iterators) and, with strict, a third item True (zip_setstate's state). */
    __reduce__(rt, self) {
      const it = self as LazyIterator;
      const its = it.refs.length > 0 ? rt.incref(it.refs[0] as TupleObject) : rt.newTuple([]);
      try {
        return rt.newTuple(it.strict ? [rt.typeOf(self), its, true] : [rt.typeOf(self), its]);
      } finally {
        rt.decref(its);
      }
    },
    /** zip_setstate: the strict flag. */
    __setstate__(rt, self, args) {
      if (args.length !== 1) throw rt.typeError(`zip.__setstate__() takes exactly one argument (${args.length} given)`);
      (self as LazyIterator).strict = truthy(rt, args[0]);
      return null;
    },
  },
};
