/**
 * dict_keys / dict_values / dict_items (dictobject.c dictview_*): live
 * views of a dict (refs[0]). Keys and items views are set-like
 * (dictviews_*): `==`/`!=` compare like sets and `& | - ^` make a new set.
 */
import { DictObject, TupleObject, type Value } from '../../../heap';
import { contains, eq, iter, len, next } from '../operators';
import { arity } from '../methods';
import { newMappingProxy } from './mappingproxy-type';
import { SetObject } from '../../../heap/objects/set-object';
import { DictView } from '../native-objects';
import { repr } from '../repr';
import { NotImplemented, type Runtime } from '../runtime';
import { copyOf, makeSet, SET_OPS, setMethods, sourceOf } from '../set-bindings';
import { unhashable, type BuiltinType } from '../type-slots';
import type { BinOp } from '../arithmetic';
import { newDictIterator } from './dict-iterator-type';

/** A new view of `d` (borrowed). */
export function newDictView(rt: Runtime, d: Value, kind: 'keys' | 'values' | 'items'): Value {
  rt.heap.reserve();
  const v = rt.heap.register(new DictView(rt.incref(d), kind));
  rt.heap.track(v);
  return v;
}

/** The view's elements as a new set. */
function elements(rt: Runtime, v: DictView): SetObject {
  const d = v.ref(0) as DictObject;
  const items = d.entries().map(([k, x]) => (v.kind === 'items' ? rt.newTuple([k, x]) : rt.incref(k)));
  return makeSet(rt, items, true);
}

const SET_OP_LIST: BinOp[] = ['&', '|', '-', '^'];

const isSetLike = (v: Value): boolean => v instanceof SetObject || (v instanceof DictView && v.kind !== 'values');

export function dictViewType(name: string): BuiltinType {
  return {
    name,
    slots: {
      // The set-like views set tp_hash to PyObject_HashNotImplemented; values views hash by identity.
      ...(name === 'dict_values' ? {} : { tp_hash: unhashable }),
      tp_repr(rt, self) {
        const v = self as DictView;
        const d = v.ref(0) as DictObject;
        const items = d.entries().map(([k, x]) =>
          v.kind === 'keys' ? repr(rt, k) : v.kind === 'values' ? repr(rt, x) : `(${repr(rt, k)}, ${repr(rt, x)})`,
        );
        return `${v.typeName}([${items.join(', ')}])`;
      },
      sq_length: (rt, self) => ((self as DictView).ref(0) as DictObject).used,
      // dict_values has no sq_contains: `in` iterates (PySequence_Contains ->
      // _PySeqIter_IterSearch), so a size change under __eq__ raises RuntimeError.
      ...(name === 'dict_values'
        ? {}
        : {
            sq_contains(rt: Runtime, self: Value, item: Value): boolean {
              const v = self as DictView;
              const d = v.ref(0) as DictObject;
              if (v.kind === 'keys') return d.find(rt.heap, item) >= 0;
              // dictitems_contains: a 2-tuple whose key is present with an equal value;
              // the found value is held across the comparison (its __eq__ may clear the dict).
              if (!(item instanceof TupleObject) || item.items.length !== 2) return false;
              const found = d.get(rt.heap, item.items[0]);
              if (found === undefined) return false;
              rt.incref(found);
              try {
                return eq(rt, found, item.items[1]);
              } finally {
                rt.decref(found);
              }
            },
          }),
      tp_iter: (rt, self) => newDictIterator(rt, (self as DictView).ref(0) as DictObject, (self as DictView).kind),
      tp_richcompare(rt, self, other, op) {
        if ((self as DictView).kind === 'values' || !isSetLike(other)) return NotImplemented;
        const a = elements(rt, self as DictView);
        const b = other instanceof SetObject ? rt.incref(other) : elements(rt, other as DictView);
        try {
          return a.richCompare(rt.heap, b, op);
        } finally {
          rt.decref(a);
          rt.decref(b);
        }
      },
      nb_binary(rt, self, op, other, reflected) {
        if ((self as DictView).kind === 'values' || !(op in SET_OPS)) return NotImplemented;
        const mine = elements(rt, self as DictView);
        try {
          if (reflected) {
            const left = other instanceof SetObject ? copyOf(rt, other) : makeSet(rt, [], false);
            if (!(other instanceof SetObject)) left.updateFrom(rt.heap, sourceOf(rt, other, true));
            try {
              return setMethods[SET_OPS[op]](rt, left, [mine], null);
            } finally {
              rt.decref(left);
            }
          }
          return setMethods[SET_OPS[op]](rt, mine, [other], null);
        } finally {
          rt.decref(mine);
        }
      },
    },
    // dictviews_as_number: the set-like views' `&`, `|`, `-`, `^` and their slot wrappers.
    ...(name === 'dict_values' ? {} : { nb_ops: { binary: SET_OP_LIST, reflected: SET_OP_LIST } }),
    methods: {
      ...(name === 'dict_values' ? {} : { isdisjoint: isDisjoint }),
    },
    getset: {
      // dictview_mapping: a read-only proxy of the dict the view shows.
      mapping: (rt, self) => newMappingProxy(rt, (self as DictView).ref(0)),
    },
  };
}

/**
 * dictviews_isdisjoint: iterate the other operand (the view itself when
 * the other is a set or set-like view with more elements), asking the
 * other side's `in` for each element.
 */
function isDisjoint(rt: Runtime, self: Value, args: Value[]): Value {
  arity(rt, 'isdisjoint', args, 1, 1);
  let container = self;
  let other = args[0];
  if (self === other) return len(rt, self) === 0;
  if (isSetLike(other) && len(rt, other) > len(rt, self)) [container, other] = [other, self];
  const it = iter(rt, other);
  try {
    for (;;) {
      const item = next(rt, it);
      if (item === undefined) return true;
      try {
        if (contains(rt, container, item)) return false;
      } finally {
        rt.decref(item);
      }
    }
  } finally {
    rt.decref(it);
  }
}
