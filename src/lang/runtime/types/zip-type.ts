/**
 * zip (Python/bltinmodule.c): a type, not a function. zip_new keeps the
 * iterators of its arguments in a tuple and a result tuple it reuses;
 * `strict=True` (PEP 618) makes unequal lengths a ValueError. See
 * lazy-iterators.ts for next(). A class statement may derive from it.
 */
import type { ClassObject, TupleObject, Value } from '../../../heap';
import { LazyIterator, lazyIteratorType, makeZip, reduceValue } from '../lazy-iterators';
import { truthy } from '../operators';
import type { Kwargs, Runtime } from '../runtime';

/** zip_new: every positional argument is an iterable; `strict` is the only keyword. */
function zipNew(rt: Runtime, args: Value[], kwargs: Kwargs, cls?: ClassObject): Value {
  let strict = false;
  for (const [k, v] of kwargs ?? []) {
    if (k !== 'strict') throw rt.typeError(`'${k}' is an invalid keyword argument for zip()`);
    strict = truthy(rt, v);
  }
  return makeZip(rt, args, strict, cls);
}

export const zipType = lazyIteratorType('zip', zipNew, {
  /** zip_reduce: (type, iterators) and, with strict, a third item True (zip_setstate's state). */
  __reduce__(rt, self) {
    const it = self as LazyIterator;
    const its = it.refs.length > 0 ? (it.refs[0] as TupleObject).items : [];
    return it.strict ? reduceValue(rt, self, its, true) : reduceValue(rt, self, its);
  },
  /** zip_setstate: the strict flag. */
  __setstate__(rt, self, args) {
    if (args.length !== 1) throw rt.typeError(`zip.__setstate__() takes exactly one argument (${args.length} given)`);
    (self as LazyIterator).strict = truthy(rt, args[0]);
    return null;
  },
});
