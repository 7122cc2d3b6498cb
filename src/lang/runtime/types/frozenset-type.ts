/**
 * frozenset (Objects/setobject.c, PyFrozenSet_Type): the immutable set. The
 * object is the heap's FrozenSetObject (set's table, GC-tracked from
 * creation as make_new_set tracks it, weakly referenceable, hash by
 * frozenset_hash and cached). It shares set's non-mutating methods and
 * slots (set-bindings.ts), whose results follow the left operand's base
 * type (make_new_set_basetype): `frozenset | set` is a frozenset, `set |
 * frozenset` a set. It has no in-place slots: `fs |= x` rebinds fs to a
 * new frozenset. frozenset(fs) and fs.copy() of an exact frozenset are fs
 * itself.
 */
import { FrozenSetObject, FrozenSetSubInstance, SetObject, newFrozenSet, newSubtypeInstance, type Value } from '../../../heap';
import type { MethodImpl } from '../attributes';
import { arity } from '../methods';
import type { Kwargs, Runtime } from '../runtime';
import { setMethods, setSlots, updateSet } from '../set-bindings';
import type { BuiltinType } from '../type-slots';
import { overridesBelow } from '../constructor-keywords';

const SHARED = ['difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union'];

const frozenSetMethods: Record<string, MethodImpl> = Object.fromEntries(SHARED.map((n) => [n, setMethods[n]]));

// frozenset_copy: an exact frozenset is its own copy; a subclass's copy is a plain frozenset.
frozenSetMethods.copy = (rt, self, args) => {
  arity(rt, 'frozenset.copy', args, 0, 0);
  if ((self as SetObject).constructor === FrozenSetObject) return rt.incref(self);
  const c = newFrozenSet(rt.heap);
  c.mergeFrom(rt.heap, self as SetObject);
  return c;
};

/** The items of frozenset(iterable) / a subclass's __new__, filled into `s` (released on error). */
function fill<T extends SetObject>(rt: Runtime, s: T, args: Value[], kwargs: Kwargs, name: string): T {
  try {
    if (kwargs !== null && kwargs.length > 0) throw rt.typeError(`${name}() takes no keyword arguments`);
    if (args.length > 1) throw rt.typeError(`${name} expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) {
      const a = args[0];
      updateSet(rt, s, a);
    }
  } catch (e) {
    rt.decref(s);
    throw e;
  }
  return s;
}

const { nb_inplace: _setOnly, ...frozenSlots } = setSlots;

export const frozenSetType: BuiltinType = {
  name: 'frozenset',
  coexist: ['__contains__'],
  instances: [FrozenSetObject],
  methods: frozenSetMethods,
  slots: {
    ...frozenSlots,
    tp_hash: (rt, self) => (self as FrozenSetObject).hashSlot(rt.heap),
  },
  nb_ops: { binary: ['|', '&', '-', '^'], reflected: ['|', '&', '-', '^'] },
  // frozenset_new for a subtype: the items come with the arguments (there is no __init__ to fill it).
  // frozenset_new: keywords only for a class that overrides __init__ (which gets them).
  tp_alloc(rt, cls, args, kwargs) {
    const s = newSubtypeInstance(rt.heap, cls, () => new FrozenSetSubInstance());
    const own = overridesBelow(cls, rt.types.get('frozenset'), '__init__');
    return fill(rt, s, args, own ? null : kwargs, 'frozenset');
  },
  newChecksKeywords: true,
  tp_new(rt, args, kwargs) {
    if ((kwargs === null || kwargs.length === 0) && args.length === 1 && args[0] instanceof FrozenSetObject && args[0].constructor === FrozenSetObject) {
      return rt.incref(args[0]);
    }
    return fill(rt, newFrozenSet(rt.heap), args, kwargs, 'frozenset');
  },
};
