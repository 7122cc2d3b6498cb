/**
 * slice (Objects/sliceobject.c): start, stop and step, any objects (None
 * when omitted); GC-tracked as in CPython 3.11, unhashable (slices became
 * hashable only in 3.12), compared as the tuple (start, stop, step).
 * `x[a:b:c]` makes one (BUILD_SLICE) when x is not a builtin sequence with
 * integer bounds, and passes it to `__getitem__`/`__setitem__`/`__delitem__`;
 * builtin sequences given a slice object take its indices
 * (PySlice_GetIndicesEx, via {@link sliceObjectIndices}).
 */
import { SLICE_FREE_SLOT, type Value } from '../../../heap';

export { SliceObject, sliceObjectIndices };
import { SliceObject } from '../native-objects';
import { arity } from '../methods';
import { reduceValue } from '../lazy-iterators';
import { indexOf, richCompare, sliceObjectIndices } from '../operators';
import { normInt } from '../arithmetic';
import { repr } from '../repr';
import type { Kwargs, Runtime } from '../runtime';
import { NotImplemented } from '../runtime';
import { unhashable, type BuiltinType } from '../type-slots';

/** A new slice object; takes new references to the three parts. */
export function newSlice(rt: Runtime, start: Value, stop: Value, step: Value): SliceObject {
  rt.incref(start);
  rt.incref(stop);
  rt.incref(step);
  rt.heap.reserve();
  // PySlice_New takes the cached slice when there is one (slice_cache).
  const s = rt.heap.register(new SliceObject([start, stop, step]), SLICE_FREE_SLOT);
  rt.heap.track(s);
  return s;
}

const part = (s: SliceObject, i: number): Value => s.refs[i] as Value;

/** The parts as plain numbers when all are ints or None (the interpreter's fast slice path), else undefined. */
export function intSliceParts(s: SliceObject): [number | null, number | null, number | null] | undefined {
  const out: Array<number | null> = [];
  for (const v of s.refs) {
    if (v === null || typeof v === 'number') out.push(v as number | null);
    else if (typeof v === 'boolean') out.push(+v);
    else return undefined;
  }
  return out as [number | null, number | null, number | null];
}

function sliceNew(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  if (kwargs !== null && kwargs.length > 0) throw rt.typeError('slice() takes no keyword arguments');
  if (args.length === 0) throw rt.typeError('slice expected at least 1 argument, got 0');
  if (args.length > 3) throw rt.typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(rt, null, args[0], null);
  return newSlice(rt, args[0], args[1], args.length > 2 ? args[2] : null);
}

export const sliceType: BuiltinType = {
  name: 'slice',
  instances: [SliceObject],
  // slice_members: start, stop and step are READONLY members.
  readonlyMembers: ['start', 'stop', 'step'],
  getset: {
    start: (rt, self) => rt.incref(part(self as SliceObject, 0)),
    stop: (rt, self) => rt.incref(part(self as SliceObject, 1)),
    step: (rt, self) => rt.incref(part(self as SliceObject, 2)),
  },
  methods: {
    /** slice_reduce: (slice, (start, stop, step)). */
    __reduce__(rt, self, args) {
      arity(rt, 'slice.__reduce__', args, 0, 0);
      const s = self as SliceObject;
      return reduceValue(rt, self, [part(s, 0), part(s, 1), part(s, 2)]);
    },
    /** slice.indices(length): (start, stop, step) for a sequence of that length. */
    indices(rt, self, args) {
      arity(rt, 'indices', args, 1, 1);
      const n = indexOf(rt, args[0]);
      if (n === undefined) throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`);
      if (n < 0) throw rt.error('ValueError', 'length should not be negative');
      return rt.newTuple(exactSliceIndices(rt, self as SliceObject, BigInt(n)).map(normInt));
    },
  },
  slots: {
    tp_repr(rt, self) {
      const s = self as SliceObject;
      return `slice(${repr(rt, part(s, 0))}, ${repr(rt, part(s, 1))}, ${repr(rt, part(s, 2))})`;
    },
    tp_hash: unhashable,
    tp_richcompare(rt, self, other, op) {
      // slice_richcompare: as the tuples (start, stop, step).
      if (!(other instanceof SliceObject)) return NotImplemented;
      const a = rt.newTuple((self as SliceObject).refs as Value[]);
      const b = rt.newTuple(other.refs as Value[]);
      try {
        return richCompare(rt, a, b, op);
      } finally {
        rt.decref(a);
        rt.decref(b);
      }
    },
  },
  tp_new: (rt, args, kwargs) => sliceNew(rt, args, kwargs),
};

/**
 * _PySlice_GetLongIndices: (start, stop, step) of a slice for a sequence of
 * `length` items, over exact integers (slice.indices, range slicing): a
 * step of any size is kept, the bounds are clamped to the sequence.
 */
export function exactSliceIndices(rt: Runtime, s: SliceObject, length: bigint): [bigint, bigint, bigint] {
  const exact = (v: Value): bigint | null => {
    if (v === null) return null;
    const i = indexOf(rt, v);
    if (i === undefined) throw rt.typeError('slice indices must be integers or None or have an __index__ method');
    return BigInt(i);
  };
  const step = exact(s.refs[2] as Value) ?? 1n;
  if (step === 0n) throw rt.error('ValueError', 'slice step cannot be zero');
  const negative = step < 0n;
  const lower = negative ? -1n : 0n;
  const upper = negative ? length + lower : length;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += length;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  const start = clamp(exact(s.refs[0] as Value), negative ? upper : lower);
  const stop = clamp(exact(s.refs[1] as Value), negative ? lower : upper);
  return [start, stop, step];
}
