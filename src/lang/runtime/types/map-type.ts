/**
 * map (Python/bltinmodule.c): a type, not a function. map_new keeps the
 * function and a tuple of the iterators of its arguments; each next()
 * pulls one item from every iterator and calls the function. See
 * lazy-iterators.ts. A class statement may derive from it.
 */
import type { ClassObject, TupleObject, Value } from '../../../heap';
import { LazyIterator, lazyIteratorType, ownInit, makeMap, reduceValue } from '../lazy-iterators';
import type { Kwargs, Runtime } from '../runtime';

/** map_new: no keywords (unless a subclass has its own __init__), a function and at least one iterable. */
function mapNew(rt: Runtime, args: Value[], kwargs: Kwargs, cls?: ClassObject): Value {
  if (kwargs !== null && kwargs.length > 0 && !ownInit(rt, cls)) throw rt.typeError('map() takes no keyword arguments');
  if (args.length < 2) throw rt.typeError('map() must have at least two arguments.');
  return makeMap(rt, args[0], args.slice(1), cls);
}

export const mapType = lazyIteratorType('map', mapNew, {
  /** map_reduce: (type, (func, *iterators)). */
  __reduce__: (rt, self) => reduceValue(rt, self, [(self as LazyIterator).refs[1] as Value, ...((self as LazyIterator).refs[0] as TupleObject).items]),
});
