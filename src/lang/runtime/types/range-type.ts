/**
 * range (Objects/rangeobject.c): an atom (not a GC object) holding start,
 * stop and step; compared by the sequence it describes, hashed as
 * hash((len, start, step)) with the parts that don't matter as None.
 * range_iterator is its iterator (also an atom).
 */
import { type Value } from '../../../heap';
import { RangeIterator, RangeObject } from '../native-objects';
import { hash, indexOf, normIndex } from '../operators';
import { repr } from '../repr';
import { NotImplemented, type Runtime } from '../runtime';
import type { BuiltinType } from '../type-slots';

function rangeContains(r: RangeObject, item: Value): boolean {
  if (typeof item !== 'number') return false;
  const k = (item - r.start) / r.step;
  return Number.isInteger(k) && k >= 0 && k < r.length;
}

function toInt(rt: Runtime, v: Value): number {
  const i = indexOf(rt, v);
  if (typeof i === 'number') return i;
  if (typeof i === 'bigint') return Number(i);
  throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
}

/** A new range object (an atom: registered, never tracked). */
export function newRange(rt: Runtime, start: number, stop: number, step: number): RangeObject {
  rt.heap.reserve();
  return rt.heap.register(new RangeObject(start, stop, step));
}

export const rangeType: BuiltinType = {
  name: 'range',
  instances: [RangeObject],
  getset: {
    start: (_rt, self) => (self as RangeObject).start,
    stop: (_rt, self) => (self as RangeObject).stop,
    step: (_rt, self) => (self as RangeObject).step,
  },
  methods: {
    index(rt, self, args) {
      const r = self as RangeObject;
      const v = args[0];
      if (typeof v === 'number' && rangeContains(r, v)) return (v - r.start) / r.step;
      throw rt.error('ValueError', `${repr(rt, v)} is not in range`);
    },
    count: (rt, self, args) => (rangeContains(self as RangeObject, args[0]) ? 1 : 0),
  },
  slots: {
    tp_repr(rt, self) {
      const r = self as RangeObject;
      return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
    },
    tp_hash(rt, self) {
      // range_hash: hash((len, start, step)) with start/step None when they don't matter.
      const r = self as RangeObject;
      const n = r.length;
      const parts: Value[] = n === 0 ? [0, null, null] : n === 1 ? [1, r.start, null] : [n, r.start, r.step];
      const t = rt.newTuple(parts);
      try {
        return hash(rt, t);
      } finally {
        rt.decref(t);
      }
    },
    tp_richcompare(rt, self, other, op) {
      if (!(other instanceof RangeObject) || (op !== '==' && op !== '!=')) return NotImplemented;
      const a = self as RangeObject;
      const same = a.length === other.length && (a.length === 0 || (a.start === other.start && (a.length === 1 || a.step === other.step)));
      return op === '==' ? same : !same;
    },
    tp_iter(rt, self) {
      const r = self as RangeObject;
      rt.heap.reserve();
      return rt.heap.register(new RangeIterator(r.start, r.step, r.length));
    },
    sq_length: (rt, self) => (self as RangeObject).length,
    nb_bool: (rt, self) => (self as RangeObject).length > 0,
    sq_contains: (rt, self, item) => rangeContains(self as RangeObject, item),
    mp_subscript: (rt, self, k) => {
      const r = self as RangeObject;
      return r.start + r.step * normIndex(rt, k, r.length, 'range object');
    },
    // range_subscript: a slice of a range is a range.
    sq_slice: (rt, self, start, stop, step) => {
      const r = self as RangeObject;
      return newRange(rt, r.start + start * r.step, r.start + stop * r.step, r.step * step);
    },
  },
  tp_new(rt, args, kwargs) {
    if (kwargs !== null && kwargs.length > 0) throw rt.typeError('range() takes no keyword arguments');
    if (args.length < 1) throw rt.typeError(`range expected at least 1 argument, got ${args.length}`);
    if (args.length > 3) throw rt.typeError(`range expected at most 3 arguments, got ${args.length}`);
    const n = args.map((a) => toInt(rt, a));
    const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
    if (step === 0) throw rt.error('ValueError', 'range() arg 3 must not be zero');
    return newRange(rt, start, stop, step);
  },
};

export const rangeIteratorType: BuiltinType = {
  name: 'range_iterator',
  instances: [RangeIterator],
  slots: {
    tp_iter: (rt, self) => rt.incref(self),
    tp_iternext(rt, self) {
      const it = self as RangeIterator;
      if (it.remaining <= 0) return undefined;
      it.remaining--;
      const v = it.next;
      it.next += it.step;
      return v;
    },
  },
};
