/**
 * filter (Python/bltinmodule.c): a type, not a function. filter_new keeps
 * the function (None: the items' truth) and the iterator of its argument.
 * See lazy-iterators.ts for next(). A class statement may derive from it.
 */
import type { ClassObject, Value } from '../../../heap';
import { LazyIterator, lazyIteratorType, ownInit, makeFilter, reduceValue } from '../lazy-iterators';
import type { Kwargs, Runtime } from '../runtime';

/** filter_new: no keywords (unless a subclass has its own __init__), exactly a function and an iterable. */
function filterNew(rt: Runtime, args: Value[], kwargs: Kwargs, cls?: ClassObject): Value {
  if (kwargs !== null && kwargs.length > 0 && !ownInit(rt, cls)) throw rt.typeError('filter() takes no keyword arguments');
  if (args.length !== 2) throw rt.typeError(`filter expected 2 arguments, got ${args.length}`);
  return makeFilter(rt, args[0], args[1], cls);
}

export const filterType = lazyIteratorType('filter', filterNew, {
  /** filter_reduce: (type, (func, iterator)). */
  __reduce__: (rt, self) => reduceValue(rt, self, [(self as LazyIterator).refs[0] as Value, (self as LazyIterator).refs[1] as Value]),
});
