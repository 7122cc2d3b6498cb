/**
 * filter (Python/bltinmodule.c): a type, not a function. filter_new keeps
 * the function (None: the items' truth) and the iterator of its argument.
 * See lazy-iterators.ts for next(). A class statement may derive from it.
 */
import type { ClassObject, Value } from '../../../heap';
import { LazyIterator, lazyIteratorSlots, ownInit, makeFilter } from '../lazy-iterators';
import type { Kwargs, Runtime } from '../runtime';
import type { BuiltinType } from '../type-slots';

/** filter_new: no keywords (unless a subclass has its own __init__), exactly a function and an iterable. */
function filterNew(rt: Runtime, args: Value[], kwargs: Kwargs, cls?: ClassObject): Value {
  if (kwargs !== null && kwargs.length > 0 && !ownInit(rt, cls)) throw rt.typeError('filter() takes no keyword arguments');
  if (args.length !== 2) throw rt.typeError(`filter expected 2 arguments, got ${args.length}`);
  return makeFilter(rt, args[0], args[1], cls);
}

export const filterType: BuiltinType = {
  name: 'filter',
  slots: lazyIteratorSlots,
  tp_new: (rt, args, kwargs) => filterNew(rt, args, kwargs),
  tp_alloc: (rt, cls, args, kwargs) => filterNew(rt, args, kwargs, cls),
  methods: {
    /** filter_reduce: (type, (func, iterator)). */
    __reduce__(rt, self) {
      const it = self as LazyIterator;
      const inner = rt.newTuple([it.refs[0] as Value, it.refs[1] as Value]);
      try {
        return rt.newTuple([rt.typeOf(self), inner]);
      } finally {
        rt.decref(inner);
      }
    },
  },
};
