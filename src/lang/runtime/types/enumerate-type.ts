/**
 * enumerate (Objects/enumobject.c): a type, not a function. It holds the
 * iterator over its argument and en_result, the (index, item) tuple it
 * reuses while nobody else holds it; see lazy-iterators.ts for next().
 * A class statement may derive from it (Py_TPFLAGS_BASETYPE);
 * `enumerate[int]` is installed with the other generic builtins.
 */
import type { ClassObject, Value } from '../../../heap';
import { LazyIterator, lazyIteratorType, makeEnumerate, reduceValue } from '../lazy-iterators';
import { kwarg } from '../methods';
import { indexOf } from '../operators';
import type { Kwargs, Runtime } from '../runtime';
import type { BuiltinType } from '../type-slots';

/** enum_new_impl's arguments: (iterable, start=0), keywords only completing the positional ones. */
function enumNew(rt: Runtime, args: Value[], kwargs: Kwargs, cls?: ClassObject): Value {
  for (const [k] of kwargs ?? []) {
    if (k !== 'start' && k !== 'iterable') throw rt.typeError(`'${k}' is an invalid keyword argument for enumerate()`);
  }
  const startKw = kwarg(kwargs, 'start');
  const source = args.length > 0 ? args[0] : kwarg(kwargs, 'iterable');
  if (args.length > 2) throw rt.typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
  if (source === undefined) {
    // enum_vectorcall (a call of enumerate itself): with no iterable at all, a keyword is
    // reported as invalid; enum_new's clinic parser (enumerate.__new__, a subclass) names the position.
    if (cls === undefined && kwargs !== null && kwargs.length > 0) throw rt.typeError(`'${kwargs[0][0]}' is an invalid keyword argument for enumerate()`);
    throw rt.typeError(`enumerate() missing required argument 'iterable'${cls === undefined ? '' : ' (pos 1)'}`);
  }
  const startArg = args.length > 1 ? args[1] : startKw;
  let start: number | bigint = 0;
  if (startArg !== undefined) {
    const i = indexOf(rt, startArg);
    if (typeof i !== 'number' && typeof i !== 'bigint') throw rt.typeError(`'${rt.typeName(startArg)}' object cannot be interpreted as an integer`);
    start = i;
  }
  return makeEnumerate(rt, source, start, cls);
}

export const enumerateType: BuiltinType = {
  ...lazyIteratorType('enumerate', enumNew, {
    /** enum_reduce: (type, (iterator, next index)). */
    __reduce__(rt, self) {
      const it = self as LazyIterator;
      const big = it.bigIndex;
      const index = big === null ? it.index : Number.isSafeInteger(Number(big)) ? Number(big) : big;
      return reduceValue(rt, self, [it.refs[0] as Value, index]);
    },
  }),
  // enum_new (enumerate.__new__, a subclass) parses (iterable, start) with clinic's messages;
  // enumerate(...) itself is enum_vectorcall.
  tp_new: (rt, args, kwargs, cls, viaNew) => enumNew(rt, args, kwargs, viaNew === true ? cls : undefined),
  newChecksKeywords: true,
};
