/**
 * reversed (Objects/enumobject.c): a type, not a function. reversed(seq)
 * calls `type(seq).__reversed__` when there is one (None there means "not
 * reversible"); otherwise seq must be a sequence (__getitem__, not a dict)
 * with a length, and a reversed object reads seq[len-1], ..., seq[0]
 * (reversed_next; it drops seq when done). See lazy-iterators.ts for
 * next(). A class statement may derive from it.
 */
import { DictObject, IntSubInstance, ListObject, type ClassObject, type Value } from '../../../heap';
import { WeakProxy } from '../../../weakref/reference-type';
import { builtinMethodOf, getAttr } from '../attributes';
import { call, callFoundOnType } from '../calls';
import { LazyIterator, lazyIteratorType, makeReversed, makeSequenceReversed, ownInit, reduceValue } from '../lazy-iterators';
import { indexOf, len } from '../operators';
import type { Kwargs, Runtime } from '../runtime';
import { selfFor } from '../type-slots';

function notReversible(rt: Runtime, seq: Value): Error {
  return rt.typeError(`'${rt.typeName(seq)}' object is not reversible`);
}

/** reversed_new_impl: `reversed(seq)` for type reversed or (cls given) a subclass. */
export function reversedOf(rt: Runtime, seq: Value, cls?: ClassObject): Value {
  // An exact list: list.__reversed__ (list_reversed), without the lookup.
  if (seq instanceof ListObject && !seq.hasInstanceLayout) return makeReversed(rt, seq);
  if (seq instanceof WeakProxy) return proxyReversed(rt, seq);
  // _PyObject_LookupSpecial(seq, '__reversed__'): the first class of the MRO
  // that has it in its namespace or its builtin method table.
  const type = rt.typeOf(seq);
  for (const c of type.mro) {
    const m = c.dict.get('__reversed__');
    if (m === null) throw notReversible(rt, seq);
    if (m !== undefined) {
      // The bound method _PyObject_LookupSpecial makes holds seq during the call.
      rt.incref(m);
      rt.incref(seq);
      try {
        return callFoundOnType(rt, m, seq, type, []);
      } finally {
        rt.decref(seq);
        rt.decref(m);
      }
    }
    const b = builtinMethodOf(c, '__reversed__');
    if (b !== undefined) return b(rt, selfFor(b, seq), [], null);
  }
  // PySequence_Check: a __getitem__, and not a dict.
  if (seq instanceof DictObject || !hasGetItem(type)) throw notReversible(rt, seq);
  return makeSequenceReversed(rt, seq, len(rt, seq), cls);
}

/**
 * proxy_reversed: ProxyType's __reversed__ calls the referent's
 * __reversed__ (AttributeError when it has none); CallableProxyType has
 * no tp_methods, so it is not reversible.
 */
function proxyReversed(rt: Runtime, proxy: WeakProxy): Value {
  if (proxy.callable) throw notReversible(rt, proxy);
  const target = rt.unwrapProxy(proxy);
  if (target instanceof ListObject && !target.hasInstanceLayout) return makeReversed(rt, target);
  const m = getAttr(rt, target, '__reversed__');
  try {
    return call(rt, m, []);
  } finally {
    rt.decref(m);
  }
}

/** PySequence_Check's sq_item: a __getitem__ in a namespace or builtin method table of the MRO. */
function hasGetItem(type: ClassObject): boolean {
  return type.mro.some((c) => c.dict.get('__getitem__') !== undefined || builtinMethodOf(c, '__getitem__') !== undefined);
}

/** reversed_new's argument checks (Argument Clinic's, for reversed itself). */
function reversedNew(rt: Runtime, args: Value[], kwargs: Kwargs, cls?: ClassObject): Value {
  if (kwargs !== null && kwargs.length > 0 && !ownInit(rt, cls)) throw rt.typeError('reversed() takes no keyword arguments');
  if (args.length !== 1) throw rt.typeError(`reversed expected 1 argument, got ${args.length}`);
  return reversedOf(rt, args[0], cls);
}

export const reversedType = lazyIteratorType('reversed', reversedNew, {
  /** reversed_len: what is left (0 once done). */
  __length_hint__(rt, self) {
    const it = self as LazyIterator;
    const seq = it.refs[0];
    if (seq === undefined) return 0;
    const n = len(rt, seq);
    return n < it.index + 1 ? 0 : it.index + 1;
  },
  /** reversed_reduce: (type, (seq,), index), or (type, ((),)) once done. */
  __reduce__(rt, self) {
    const it = self as LazyIterator;
    const seq = it.refs[0];
    if (seq !== undefined) return reduceValue(rt, self, [seq], it.index);
    const empty = rt.tupleSteal([]);
    try {
      return reduceValue(rt, self, [empty]);
    } finally {
      rt.decref(empty);
    }
  },
  /**
   * reversed_setstate: PyLong_AsSsize_t of the state, kept within
   * -1 .. len(seq) - 1; nothing once done (the sequence dropped).
   */
  __setstate__(rt, self, args) {
    if (args.length !== 1) throw rt.typeError(`__setstate__() takes exactly one argument (${args.length} given)`);
    const state = args[0];
    if (typeof state !== 'number' && typeof state !== 'bigint' && typeof state !== 'boolean' && !(state instanceof IntSubInstance)) {
      throw rt.typeError('an integer is required');
    }
    const n = indexOf(rt, state)!;
    if (typeof n === 'bigint' && (n > 9223372036854775807n || n < -9223372036854775808n)) {
      throw rt.error('OverflowError', 'Python int too large to convert to C ssize_t');
    }
    const it = self as LazyIterator;
    const seq = it.refs[0];
    if (seq === undefined) return null;
    const last = len(rt, seq) - 1;
    const index = Number(n);
    it.index = index < -1 ? -1 : index > last ? last : index;
    return null;
  },
});
