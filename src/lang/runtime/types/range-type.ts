/**
 * range (Objects/rangeobject.c): an atom (not a GC object) holding start,
 * stop and step; compared by the sequence it describes, hashed as
 * hash((len, start, step)) with the parts that don't matter as None.
 * range_iterator is its iterator (also an atom).
 */
import { arity } from '../methods';
import { reduceValue } from '../lazy-iterators';
import { type Value } from '../../../heap';
import { LongRangeIterator, RangeIterator, RangeObject, SliceObject, type BigRange } from '../native-objects';
import { exactSliceIndices } from './slice-type';
import { hash, indexOf, normIndex } from '../operators';
import { repr } from '../repr';
import { NotImplemented, type Runtime } from '../runtime';
import { getBuiltin } from '../builtins';
import type { BuiltinType } from '../type-slots';

/** An int value as gclab keeps it: a number while safe, else a bigint. */
function intValue(b: bigint): number | bigint {
  return b >= -MAX_SAFE && b <= MAX_SAFE ? Number(b) : b;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** PY_SSIZE_T_MAX: len() and index() answers must fit. */
const SSIZE_MAX = 2n ** 63n - 1n;

/** The exact (bigint) view of any range. */
function bigOf(r: RangeObject): BigRange {
  if (r.big !== null) return r.big;
  return { start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step), length: BigInt(r.length) };
}

/** The integer an item of a range would be, or null for a non-int (bools count as ints). */
function exactInt(item: Value): bigint | null {
  if (typeof item === 'number') return Number.isInteger(item) ? BigInt(item) : null;
  if (typeof item === 'bigint') return item;
  if (typeof item === 'boolean') return item ? 1n : 0n;
  return null;
}

/** The position of `item` in `r`, or -1. */
function rangePosition(r: RangeObject, item: Value): bigint {
  if (r.big === null && typeof item === 'number') {
    const k = (item - r.start) / r.step;
    return Number.isInteger(k) && k >= 0 && k < r.length ? BigInt(k) : -1n;
  }
  const i = exactInt(item);
  if (i === null) return -1n;
  const b = bigOf(r);
  const d = i - b.start;
  if (d % b.step !== 0n) return -1n;
  const k = d / b.step;
  return k >= 0n && k < b.length ? k : -1n;
}

function rangeContains(r: RangeObject, item: Value): boolean {
  if (typeof item === 'number' && r.big === null) {
    const k = (item - r.start) / r.step;
    return Number.isInteger(k) && k >= 0 && k < r.length;
  }
  return rangePosition(r, item) >= 0n;
}

function toInt(rt: Runtime, v: Value): number | bigint {
  const i = indexOf(rt, v);
  if (typeof i === 'number' || typeof i === 'bigint') return i;
  throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
}

/** compute_range_length over exact integers. */
function bigLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return stop > start ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/** A new range object (an atom: registered, never tracked). */
export function newRange(rt: Runtime, start: number | bigint, stop: number | bigint, step: number | bigint): RangeObject {
  rt.heap.reserve();
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    return rt.heap.register(new RangeObject(start, stop, step));
  }
  const [a, b, c] = [BigInt(start), BigInt(stop), BigInt(step)];
  const length = bigLength(a, b, c);
  const safe = [a, b, c, length].every((x) => x >= -MAX_SAFE && x <= MAX_SAFE);
  if (safe) return rt.heap.register(new RangeObject(Number(a), Number(b), Number(c)));
  return rt.heap.register(new RangeObject(NaN, NaN, NaN, { start: a, stop: b, step: c, length }));
}

/** range_length: len() of a range must fit in a C ssize_t. */
function rangeLength(rt: Runtime, r: RangeObject): number {
  if (r.big === null) return r.length;
  if (r.big.length > SSIZE_MAX) throw rt.error('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(r.big.length);
}

/** len() of a big range: the exact length as an int, OverflowError past sys.maxsize. */
export function exactRangeLength(rt: Runtime, r: RangeObject): Value {
  rangeLength(rt, r);
  return intValue(bigOf(r).length);
}

/** range_item / compute_item for an index of any size. */
function rangeItem(rt: Runtime, r: RangeObject, k: Value): Value {
  const i = toIndex(rt, k);
  const b = bigOf(r);
  const idx = i < 0n ? i + b.length : i;
  if (idx < 0n || idx >= b.length) throw rt.error('IndexError', 'range object index out of range');
  return intValue(b.start + b.step * idx);
}

function toIndex(rt: Runtime, k: Value): bigint {
  const i = indexOf(rt, k);
  if (typeof i === 'number' || typeof i === 'bigint') return BigInt(i);
  throw rt.typeError(`range indices must be integers or slices, not ${rt.typeName(k)}`);
}

function bigField(r: RangeObject, name: 'start' | 'stop' | 'step'): Value {
  return r.big === null ? r[name] : intValue(r.big[name]);
}

export const rangeType: BuiltinType = {
  name: 'range',
  instances: [RangeObject],
  // range_members: start, stop and step are READONLY members.
  readonlyMembers: ['start', 'stop', 'step'],
  getset: {
    start: (_rt, self) => bigField(self as RangeObject, 'start'),
    stop: (_rt, self) => bigField(self as RangeObject, 'stop'),
    step: (_rt, self) => bigField(self as RangeObject, 'step'),
  },
  methods: {
    index(rt, self, args) {
      const r = self as RangeObject;
      const v = args[0];
      const k = rangePosition(r, v);
      if (k >= 0n) return intValue(k);
      throw rt.error('ValueError', `${repr(rt, v)} is not in range`);
    },
    count: (rt, self, args) => (rangeContains(self as RangeObject, args[0]) ? 1 : 0),
    /** range_reduce: (range, (start, stop, step)). */
    __reduce__(rt, self, args) {
      arity(rt, 'range.__reduce__', args, 0, 0);
      const r = self as RangeObject;
      return reduceValue(rt, self, [bigField(r, 'start'), bigField(r, 'stop'), bigField(r, 'step')]);
    },
    __reversed__(rt, self) {
      // range_reverse: from the last item backwards.
      const b = bigOf(self as RangeObject);
      const last = b.start + (b.length - 1n) * b.step;
      rt.heap.reserve();
      if (b.length === 0n) return rt.heap.register(new RangeIterator(0, 1, 0));
      const safe = [last, b.step, b.length].every((x) => x >= -MAX_SAFE && x <= MAX_SAFE);
      if (safe) return rt.heap.register(new RangeIterator(Number(last), -Number(b.step), Number(b.length)));
      return rt.heap.register(bigRangeIterator({ next: last, step: -b.step, remaining: b.length }));
    },
  },
  slots: {
    tp_repr(rt, self) {
      const r = bigOf(self as RangeObject);
      return r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
    },
    tp_hash(rt, self) {
      // range_hash: hash((len, start, step)) with start/step None when they don't matter.
      const r = bigOf(self as RangeObject);
      const n = intValue(r.length);
      const start = intValue(r.start);
      const parts: Value[] = n === 0 ? [0, null, null] : n === 1 ? [1, start, null] : [n, start, intValue(r.step)];
      const t = rt.newTuple(parts);
      try {
        return hash(rt, t);
      } finally {
        rt.decref(t);
      }
    },
    tp_richcompare(rt, self, other, op) {
      if (!(other instanceof RangeObject) || (op !== '==' && op !== '!=')) return NotImplemented;
      const a = bigOf(self as RangeObject);
      const b = bigOf(other);
      const same = a.length === b.length && (a.length === 0n || (a.start === b.start && (a.length === 1n || a.step === b.step)));
      return op === '==' ? same : !same;
    },
    tp_iter(rt, self) {
      const r = self as RangeObject;
      rt.heap.reserve();
      if (r.big === null) return rt.heap.register(new RangeIterator(r.start, r.step, r.length));
      return rt.heap.register(bigRangeIterator({ next: r.big.start, step: r.big.step, remaining: r.big.length }));
    },
    sq_length: (rt, self) => rangeLength(rt, self as RangeObject),
    nb_bool: (rt, self) => bigOf(self as RangeObject).length > 0n,
    sq_contains: (rt, self, item) => rangeContains(self as RangeObject, item),
    mp_subscript: (rt, self, k) => {
      const r = self as RangeObject;
      if (r.big === null && typeof k === 'number') return r.start + r.step * normIndex(rt, k, r.length, 'range object');
      if (k instanceof SliceObject) {
        // compute_slice: the slice's exact indices, then start + i*step for each end and step*step.
        const b = bigOf(r);
        const [start, stop, step] = exactSliceIndices(rt, k, b.length);
        return newRange(rt, intValue(b.start + start * b.step), intValue(b.start + stop * b.step), intValue(b.step * step));
      }
      return rangeItem(rt, r, k);
    },
  },
  tp_new(rt, args, kwargs) {
    if (kwargs !== null && kwargs.length > 0) throw rt.typeError('range() takes no keyword arguments');
    if (args.length < 1) throw rt.typeError(`range expected at least 1 argument, got ${args.length}`);
    if (args.length > 3) throw rt.typeError(`range expected at most 3 arguments, got ${args.length}`);
    const n = args.map((a) => toInt(rt, a));
    const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
    if (step === 0 || step === 0n) throw rt.error('ValueError', 'range() arg 3 must not be zero');
    return newRange(rt, start, stop, step);
  },
};

/**
 * range_iter / range_reverse: the exact state of a range beyond 2**53; a
 * longrange_iterator when a bound does not fit a C long, as CPython picks.
 */
function bigRangeIterator(state: { next: bigint; step: bigint; remaining: bigint }): RangeIterator {
  const fits = (x: bigint) => x >= -(2n ** 63n) && x < 2n ** 63n;
  const end = state.next + state.step * state.remaining;
  const Kind = fits(state.next) && fits(end) && fits(state.step) && fits(state.remaining) ? RangeIterator : LongRangeIterator;
  return new Kind(NaN, NaN, 1, state);
}

/** rangeiter_len / longrangeiter_len: the items left. */
function rangeLengthHint(it: RangeIterator): number | bigint {
  return it.big !== null ? intValue(it.big.remaining > 0n ? it.big.remaining : 0n) : Math.max(0, it.remaining);
}

/**
 * rangeiter_reduce (3.11): `(iter, (range(start, start + len*step, step),), index)`
 * with the iterator's first value, length and the items taken so far.
 */
function rangeIterReduce(rt: Runtime, it: RangeIterator): Value {
  const b = it.bigFirst;
  const [start, len, step, taken] =
    b !== null && it.big !== null
      ? [b.next, b.remaining, it.big.step, b.remaining - it.big.remaining]
      : [BigInt(it.first), BigInt(it.total), BigInt(it.step), BigInt(it.total - it.remaining)];
  const range = newRange(rt, intValue(start), intValue(start + len * step), intValue(step));
  const args = rt.newTuple([range]);
  rt.decref(range);
  try {
    return rt.newTuple([getBuiltin(rt, 'iter'), args, intValue(taken)]);
  } finally {
    rt.decref(args);
  }
}

/** rangeiter_setstate: the index, clamped to [0, len]. */
function rangeIterSetState(rt: Runtime, it: RangeIterator, args: Value[]): Value {
  if (args.length !== 1) throw rt.typeError(`__setstate__() takes exactly one argument (${args.length} given)`);
  let index = BigInt(toInt(rt, args[0]));
  const b = it.bigFirst;
  const len = b !== null ? b.remaining : BigInt(it.total);
  if (index < 0n) index = 0n;
  else if (index > len) index = len;
  if (b !== null && it.big !== null) {
    it.big.next = b.next + it.big.step * index;
    it.big.remaining = b.remaining - index;
  } else {
    it.next = it.first + it.step * Number(index);
    it.remaining = it.total - Number(index);
  }
  return null;
}

const rangeIteratorMethods: BuiltinType['methods'] = {
  __length_hint__: (_rt, self) => rangeLengthHint(self as RangeIterator),
  __reduce__: (rt, self) => rangeIterReduce(rt, self as RangeIterator),
  __setstate__: (rt, self, args) => rangeIterSetState(rt, self as RangeIterator, args),
};

export const longRangeIteratorType: BuiltinType = {
  name: 'longrange_iterator',
  instances: [LongRangeIterator],
  slots: {} as BuiltinType['slots'],
  methods: rangeIteratorMethods,
};

export const rangeIteratorType: BuiltinType = {
  name: 'range_iterator',
  instances: [RangeIterator],
  methods: rangeIteratorMethods,
  slots: {
    tp_iter: (rt, self) => rt.incref(self),
    tp_iternext(rt, self) {
      const it = self as RangeIterator;
      const big = it.big;
      if (big !== null) {
        if (big.remaining <= 0n) return undefined;
        big.remaining--;
        const v = big.next;
        big.next += big.step;
        return intValue(v);
      }
      if (it.remaining <= 0) return undefined;
      it.remaining--;
      const v = it.next;
      it.next += it.step;
      return v;
    },
  },
};

longRangeIteratorType.slots = rangeIteratorType.slots;
