/**
 * tuple (Objects/tupleobject.c): an immutable sequence, hashable when its
 * items are, compared item by item. The object is the heap's TupleObject
 * (the empty tuple untracked; items released last to first); this file is
 * its type object.
 */
import { TupleObject, TupleSubInstance, newSubtypeInstance, tupleAllocSlot, tupleFreeSlot, type Value } from '../../../heap';
import type { MethodImpl } from '../attributes';
import { repeatSequence } from '../arithmetic';
import { arity } from '../methods';
import { compareSequences, eq, gatherWithHint, indexSearchRange, normIndex, toArrayWithHint, tupleHash } from '../operators';
import type { Runtime } from '../runtime';
import { repr } from '../repr';
import { NotImplemented } from '../runtime';
import type { BuiltinType } from '../type-slots';
import { newSeqIterator } from './seq-iterator-type';
import { overridesBelow, rejectKeywords } from '../constructor-keywords';

/**
 * The tuple PySequence_Tuple made for `n` items at `allocSize`
 * (gatherWithHint), when gclab builds no tuple for it: a tuple that stays
 * (a subtype's tmp, whose free gclab makes by its final size), or, with no
 * items, the hint-sized tuple made and freed before the empty tuple is
 * returned.
 */
function allocSequenceTuple(rt: Runtime, allocSize: number, n: number): void {
  if (allocSize === 0) return;
  rt.heap.phantomAlloc(tupleAllocSlot(allocSize));
  if (n === 0) rt.heap.phantomFree(tupleFreeSlot(allocSize));
}

const tupleMethods: Record<string, MethodImpl> = {
  index(rt, self, args) {
    arity(rt, 'index', args, 1, 3);
    const t = self as TupleObject;
    const [start, stop] = indexSearchRange(rt, args, t.items.length);
    for (let i = start; i < stop && i < t.items.length; i++) if (eq(rt, t.items[i], args[0])) return i;
    throw rt.error('ValueError', 'tuple.index(x): x not in tuple');
  },
  count(rt, self, args) {
    arity(rt, 'tuple.count', args, 1, 1);
    return (self as TupleObject).items.filter((x) => eq(rt, x, args[0])).length;
  },
  /** tuple___getnewargs___impl: (tuple(self),), a plain tuple of the same items. */
  __getnewargs__(rt, self, args) {
    arity(rt, 'tuple.__getnewargs__', args, 0, 0);
    return rt.tupleSteal([rt.newTuple((self as TupleObject).items)]);
  },
};

function isInt(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
}

export const tupleType: BuiltinType = {
  name: 'tuple',
  instances: [TupleObject],
  methods: tupleMethods,
  slots: {
    tp_repr(rt, self) {
      const t = self as TupleObject;
      if (t.items.length === 1) return rt.guardRepr(t, '(...)', () => '(' + repr(rt, t.items[0]) + ',)');
      return rt.guardRepr(t, '(...)', () => '(' + t.items.map((x) => repr(rt, x)).join(', ') + ')');
    },
    tp_hash: (rt, self) => tupleHash(rt, self as TupleObject),
    tp_richcompare(rt, self, other, op) {
      if (!(other instanceof TupleObject)) return NotImplemented;
      return compareSequences(rt, self as TupleObject, other, op, false);
    },
    tp_iter: (rt, self) => newSeqIterator(rt, self, 'tuple_iterator'),
    sq_length: (rt, self) => (self as TupleObject).items.length,
    nb_bool: (rt, self) => (self as TupleObject).items.length > 0,
    nb_bool_from_length: true,
    sq_contains(rt, self, item) {
      const items = (self as TupleObject).items;
      for (let i = 0; i < items.length; i++) if (eq(rt, items[i], item)) return true;
      return false;
    },
    mp_subscript: (rt, self, k) => rt.incref((self as TupleObject).items[normIndex(rt, k, (self as TupleObject).items.length, 'tuple')]),
    sq_slice(rt, self, start, stop, step) {
      const items = (self as TupleObject).items;
      // tuplesubscript: the whole of an exact tuple is the tuple itself.
      if (start === 0 && step === 1 && stop >= items.length && (self as TupleObject).constructor === TupleObject) return rt.incref(self);
      const out: Value[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(items[i]);
      return rt.newTuple(out);
    },
    nb_binary(rt, self, op, other, reflected) {
      const t = self as TupleObject;
      if (op === '*' && isInt(other)) return repeatSequence(rt, t, typeof other === 'boolean' ? +other : (other as number | bigint));
      if (op !== '+' || reflected) return NotImplemented;
      if (other instanceof TupleObject) return rt.newTuple([...t.items, ...other.items]);
      // sq_concat is tried last (binaryOp raises); the right operand's __radd__ comes first.
      return NotImplemented;
    },
  },
  sq_concat_error: 'concatenate',
  nb_ops: { binary: ['+', '*'], reflected: ['*'] },
  // tuple_subtype_new: the items are taken from the iterable before the instance exists.
  tp_alloc(rt, cls, args, kwargs) {
    // tuple_new: keywords only for a class that overrides __init__.
    if (!overridesBelow(cls, rt.types.get('tuple'), '__init__')) rejectKeywords(rt, kwargs, 'tuple');
    if (args.length > 1) throw rt.typeError(`tuple expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return newSubtypeInstance(rt.heap, cls, () => new TupleSubInstance([]));
    // tuple_subtype_new: `tmp = tuple_new_impl(&PyTuple_Type, iterable)`,
    // the instance allocated, then tmp freed (an exact tuple argument is tmp itself).
    const a = args[0];
    const tmpIsArg = a instanceof TupleObject && a.constructor === TupleObject;
    const { items, allocSize, counted } = tmpIsArg ? { items: toArrayWithHint(rt, a), allocSize: 0, counted: false } : gatherWithHint(rt, a, true);
    if (!tmpIsArg && !counted) allocSequenceTuple(rt, allocSize, items.length);
    let o: TupleSubInstance;
    try {
      o = newSubtypeInstance(rt.heap, cls, () => new TupleSubInstance(items));
    } finally {
      if (!tmpIsArg && items.length > 0) rt.heap.phantomFree(tupleFreeSlot(items.length));
    }
    return o;
  },
  newChecksKeywords: true,
  tp_new(rt, args, kwargs) {
    rejectKeywords(rt, kwargs, 'tuple');
    if (args.length > 1) throw rt.typeError(`tuple expected at most 1 argument, got ${args.length}`);
    if (args.length && args[0] instanceof TupleObject && args[0].constructor === TupleObject) return rt.incref(args[0]);
    if (args.length === 0) return rt.heap.emptyTuple();
    const { items, allocSize, counted } = gatherWithHint(rt, args[0], true);
    if (items.length === 0) {
      if (!counted) allocSequenceTuple(rt, allocSize, 0);
      return rt.heap.emptyTuple();
    }
    const t = rt.heap.newTuple(items, false, allocSize, counted);
    for (const v of items) rt.decref(v);
    return t;
  },
};
