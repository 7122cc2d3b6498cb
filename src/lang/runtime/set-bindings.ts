/**
 * Python's `set` over the heap's SetObject (Objects/setobject.c): the
 * constructor, methods, operators, comparisons and the set iterator.
 */
import { isBuiltinClass } from './builtin-types';
import { getBuiltin } from './builtins';
import { DictObject, ListObject, NO_FREE_LIST, PyException, SetSubInstance, TupleObject, newSubtypeInstance, type Value } from '../../heap';
import { releaseException } from './lang-host';
import { FrozenSetObject, SetCursor, SetObject, newFrozenSet, newSet, type ValueSource } from '../../heap/objects/set-object';
import { defineMethods, type MethodImpl } from './attributes';
import { setConstructor } from './calls';
import { arity } from './methods';
import { RefHolder } from './native-objects';
import { iter, next, type CompareOp } from './operators';
import { registerType, unhashable, type TypeSlots } from './type-slots';
import { repr } from './repr';
import { NotImplemented, type Runtime } from './runtime';
import { pyException } from './calls';
import { overridesBelow, rejectKeywords } from './constructor-keywords';

/**
 * An iterable as a ValueSource. Like CPython's iterators it holds what it
 * iterates (a list or tuple by index, as listiterator does; anything else
 * through its iterator) until it is exhausted or closed.
 */
export function sourceOf(rt: Runtime, v: Value, cIterator = false): ValueSource {
  // An exact list or tuple by index; a subclass through its (maybe overridden) __iter__.
  if ((v instanceof ListObject || v instanceof TupleObject) && !v.hasInstanceLayout) {
    let seq: ListObject | TupleObject | null = rt.incref(v);
    let i = 0;
    // `cIterator`: the C code takes PyObject_GetIter(v) (set_update_internal,
    // set_intersection, ...): a list or tuple iterator, a GC object without a
    // free list, freed when the items are done. Not built here.
    if (cIterator) rt.heap.phantomAlloc(NO_FREE_LIST);
    const release = () => {
      const s = seq;
      seq = null;
      if (s !== null) {
        if (cIterator) rt.heap.phantomFree(NO_FREE_LIST);
        rt.decref(s);
      }
    };
    return {
      next: () => {
        if (seq === null) return undefined;
        if (i < seq.items.length) return rt.incref(seq.items[i++]);
        release();
        return undefined;
      },
      close: release,
    };
  }
  let it: Value | undefined = iter(rt, v);
  return {
    next: () => (it === undefined ? undefined : next(rt, it)),
    close: () => {
      if (it !== undefined) {
        const x = it;
        it = undefined;
        rt.decref(x);
      }
    },
  };
}

/** A new set from values (stolen when `steal`). */
export function makeSet(rt: Runtime, items: Value[], steal: boolean): SetObject {
  const s = newSet(rt.heap);
  try {
    for (const x of items) s.add(rt.heap, x);
  } catch (e) {
    rt.decref(s);
    throw e;
  } finally {
    if (steal) for (const x of items) rt.decref(x);
  }
  return s;
}

export function setAdd(rt: Runtime, s: Value, v: Value): void {
  (s as SetObject).add(rt.heap, v);
}

/** set_iterator: refs[0] is the set while not exhausted. */
export class SetIterator extends RefHolder {
  readonly cursor: SetCursor;
  /** The set's size when iteration began (si_used), and the keys returned so far. */
  readonly startUsed: number;
  taken = 0;
  constructor(set: SetObject) {
    super([set]);
    this.cursor = set.cursor();
    this.startUsed = set.used;
  }
  get typeName(): string {
    return 'set_iterator';
  }
}

/** make_new_set_basetype: a new empty set of `s`'s base type (set, or frozenset for a frozenset). */
export function emptyOfBaseType(rt: Runtime, s: SetObject): SetObject {
  return s instanceof FrozenSetObject ? newFrozenSet(rt.heap) : newSet(rt.heap);
}

/** A copy of `s` of its base type (set_copy's make_new_set_basetype). */
/**
 * Run `fill` while the new set `r` (a new reference) is being built: when it
 * raises, `r` is released first (set_intersection_multi's and
 * set_difference_multi's Py_DECREF(result) on error).
 */
function fillOrRelease<T>(rt: Runtime, r: SetObject, fill: () => T): T {
  try {
    return fill();
  } catch (e) {
    rt.decref(r);
    throw e;
  }
}

export function copyOf(rt: Runtime, s: SetObject): SetObject {
  const c = emptyOfBaseType(rt, s);
  c.mergeFrom(rt.heap, s);
  return c;
}

/**
 * set_update_internal: a set's entries with their hashes, an exact dict's
 * keys with the hashes it recorded (neither calls __hash__ again), any
 * other iterable's items hashed one by one.
 */
export function updateSet(rt: Runtime, s: SetObject, iterable: Value): void {
  if (iterable instanceof SetObject) s.mergeFrom(rt.heap, iterable);
  else if (iterable instanceof DictObject && !iterable.hasInstanceLayout) s.updateFromDict(rt.heap, iterable);
  else s.updateFrom(rt.heap, sourceOf(rt, iterable, true));
}

function asSet(v: Value): SetObject | null {
  return v instanceof SetObject ? v : null;
}

/**
 * set_contains / set_discard / set_remove: a set key (unhashable) is
 * retried as a temporary frozenset of the same items, so `{1} in
 * {frozenset({1})}` is True.
 */
function withFrozenKey<T>(rt: Runtime, key: Value, f: (k: Value) => T): T {
  try {
    return f(key);
  } catch (e) {
    return retryAsFrozen(rt, e, key, f);
  }
}

/** The error path of withFrozenKey (also used directly where the first try is inline). */
function retryAsFrozen<T>(rt: Runtime, e: unknown, key: Value, f: (k: Value) => T): T {
  if (!(e instanceof PyException && e.pyType === 'TypeError' && key instanceof SetObject && !(key instanceof FrozenSetObject))) throw e;
  releaseException(rt, e);
  const tmp = newFrozenSet(rt.heap);
  try {
    tmp.mergeFrom(rt.heap, key);
    return f(tmp);
  } finally {
    rt.decref(tmp);
  }
}

export const setMethods: Record<string, MethodImpl> = {
  add(rt, self, args) {
    arity(rt, 'set.add', args, 1, 1);
    (self as SetObject).add(rt.heap, args[0]);
    return null;
  },
  discard(rt, self, args) {
    arity(rt, 'set.discard', args, 1, 1);
    withFrozenKey(rt, args[0], (k) => (self as SetObject).discard(rt.heap, k));
    return null;
  },
  remove(rt, self, args) {
    arity(rt, 'set.remove', args, 1, 1);
    if (!withFrozenKey(rt, args[0], (k) => (self as SetObject).discard(rt.heap, k))) {
      throw pyException(rt, 'KeyError', [args[0]]);
    }
    return null;
  },
  pop(rt, self, args) {
    arity(rt, 'set.pop', args, 0, 0);
    return (self as SetObject).pop(rt.heap);
  },
  clear(rt, self) {
    // set_clear_internal on the set itself: never subtype_clear (a subclass keeps its slots and __dict__).
    SetObject.prototype.clear.call(self as SetObject, rt.heap);
    return null;
  },
  copy: (rt, self) => copyOf(rt, self as SetObject),
  update(rt, self, args) {
    for (const a of args) {
      updateSet(rt, self as SetObject, a);
    }
    return null;
  },
  union(rt, self, args) {
    const r = copyOf(rt, self as SetObject);
    fillOrRelease(rt, r, () => setMethods.update(rt, r, args, null));
    return r;
  },
  intersection(rt, self, args) {
    let r: SetObject = copyOf(rt, self as SetObject);
    for (const a of args) {
      const prev = r;
      const n = fillOrRelease(rt, prev, () => prev.intersectionFrom(rt.heap, sourceOf(rt, a, true)));
      rt.decref(prev);
      r = n;
    }
    return r;
  },
  intersection_update(rt, self, args) {
    for (const a of args) (self as SetObject).intersectionUpdateFrom(rt.heap, sourceOf(rt, a, true));
    return null;
  },
  difference(rt, self, args) {
    const r = copyOf(rt, self as SetObject);
    fillOrRelease(rt, r, () => {
      for (const a of args) {
        if (a instanceof SetObject) r.differenceUpdateSet(rt.heap, a);
        else r.differenceUpdateFrom(rt.heap, sourceOf(rt, a, true));
      }
    });
    return r;
  },
  difference_update(rt, self, args) {
    // set_difference_update_internal: a set argument is walked with its
    // stored hashes, and the set itself empties it (`s -= s`).
    const s = self as SetObject;
    for (const a of args) {
      if (a instanceof SetObject) s.differenceUpdateSet(rt.heap, a);
      else s.differenceUpdateFrom(rt.heap, sourceOf(rt, a, true));
    }
    return null;
  },
  symmetric_difference(rt, self, args) {
    arity(rt, 'set.symmetric_difference', args, 1, 1);
    // set_symmetric_difference: a new set of the *other* operand, then each
    // item of this one (in table order) is removed from it or added.
    const other = args[0];
    const r = emptyOfBaseType(rt, self as SetObject);
    try {
      updateSet(rt, r, other);
      const me = self as SetObject;
      for (let i = me.nextIndex(0); i >= 0; i = me.nextIndex(i + 1)) {
        const k = me.keyAt(i);
        const h = me.hashAt(i);
        rt.incref(k);
        try {
          if (!r.discardEntry(rt.heap, k, h)) r.addEntry(rt.heap, k, h);
        } finally {
          rt.decref(k);
        }
      }
    } catch (e) {
      rt.decref(r);
      throw e;
    }
    return r;
  },
  symmetric_difference_update(rt, self, args) {
    arity(rt, 'set.symmetric_difference_update', args, 1, 1);
    (self as SetObject).symmetricDifferenceUpdateFrom(rt.heap, sourceOf(rt, args[0], true));
    return null;
  },
  issubset(rt, self, args) {
    arity(rt, 'set.issubset', args, 1, 1);
    const o = asSet(args[0]);
    return o ? (self as SetObject).isSubsetOf(rt.heap, o) : (self as SetObject).isSubsetOfFrom(rt.heap, sourceOf(rt, args[0], true));
  },
  issuperset(rt, self, args) {
    arity(rt, 'set.issuperset', args, 1, 1);
    const o = asSet(args[0]);
    return o ? o.isSubsetOf(rt.heap, self as SetObject) : (self as SetObject).isSupersetOfFrom(rt.heap, sourceOf(rt, args[0], true));
  },
  isdisjoint(rt, self, args) {
    arity(rt, 'set.isdisjoint', args, 1, 1);
    const r = (self as SetObject).intersectionFrom(rt.heap, sourceOf(rt, args[0], true));
    const empty = r.used === 0;
    rt.decref(r);
    return empty;
  },
};

export const SET_OPS: Record<string, string> = { '|': 'union', '&': 'intersection', '-': 'difference', '^': 'symmetric_difference' };
const IOPS: Record<string, string> = {
  '|': 'update',
  '&': 'intersection_update',
  '-': 'difference_update',
  '^': 'symmetric_difference_update',
};

/** set's slots (setobject.c PySet_Type); frozenset's table is these without the in-place ones. */
export const setSlots: TypeSlots = {
  sq_length: (rt2, self) => (self as SetObject).used,
  nb_bool: (rt2, self) => (self as SetObject).used > 0,
  nb_bool_from_length: true,
  sq_contains(rt2, self, v) {
    // The common path allocates nothing; only an unhashable key takes the retry.
    try {
      return (self as SetObject).contains(rt2.heap, v);
    } catch (e) {
      return retryAsFrozen(rt2, e, v, (k) => (self as SetObject).contains(rt2.heap, k));
    }
  },
  tp_hash: unhashable,
  tp_iter(rt2, self) {
    rt2.heap.reserve();
    rt2.heap.incref(self);
    const it = rt2.heap.register(new SetIterator(self as SetObject));
    rt2.heap.track(it);
    return it;
  },
  tp_repr(rt2, self) {
    // set_repr: a subclass shows its type's name around the elements.
    const s = self as SetObject;
    // PySet_CheckExact: the type, not the layout (set.__new__(set) is exact); a frozenset always shows its name.
    const exact = !(s instanceof FrozenSetObject) && isBuiltinClass(rt2.typeOf(s));
    const name = rt2.typeName(s);
    if (s.used === 0) return `${name}()`;
    return rt2.guardRepr(s, `${name}(...)`, () => {
      const body = '{' + s.keys().map((k) => repr(rt2, k)).join(', ') + '}';
      return exact ? body : `${name}(${body})`;
    });
  },
  tp_richcompare(rt2, self, other, op: CompareOp) {
    const o = asSet(other);
    if (o === null) return NotImplemented;
    return (self as SetObject).richCompare(rt2.heap, o, op);
  },
  nb_binary(rt2, self, op, other, reflected) {
    if (!(op in SET_OPS) || asSet(other) === null) return NotImplemented;
    return reflected ? setMethods[SET_OPS[op]](rt2, other, [self], null) : setMethods[SET_OPS[op]](rt2, self, [other], null);
  },
  nb_inplace(rt2, self, op, other) {
    if (!(op in SET_OPS) || asSet(other) === null) return NotImplemented;
    setMethods[IOPS[op]](rt2, self, [other], null);
    return rt2.incref(self);
  },
};

export function installSetBindings(rt: Runtime): void {
  const setCls = rt.types.get('set');
  defineMethods(setCls, setMethods);
  setConstructor(setCls, (args, kwargs) => {
    rejectKeywords(rt, kwargs, 'set');
    if (args.length > 1) throw rt.typeError(`set expected at most 1 argument, got ${args.length}`);
    const s = newSet(rt.heap);
    if (args.length) {
      try {
        setMethods.update(rt, s, args, null);
      } catch (e) {
        rt.decref(s);
        throw e;
      }
    }
    return s;
  });
  registerType(rt, {
    name: 'set',
    // set_methods' METH_COEXIST entry.
    coexist: ['__contains__'],
    instances: [SetObject],
    nb_ops: { binary: ['|', '&', '-', '^'], reflected: ['|', '&', '-', '^'], inplace: ['|', '&', '-', '^'] },
    // set_new: keywords only for a class that overrides __init__ (set_init never takes them).
    tp_alloc(rt2, cls, _args, kwargs) {
      if (!overridesBelow(cls, setCls, '__init__')) rejectKeywords(rt2, kwargs, 'set');
      return newSubtypeInstance(rt2.heap, cls, () => new SetSubInstance());
    },
    newChecksKeywords: true,
    // set_init: empty the set, then update it from the iterable.
    tp_init(rt2, self, args, kwargs) {
      if (kwargs !== null && kwargs.length > 0) throw rt2.typeError('set() takes no keyword arguments');
      if (args.length > 1) throw rt2.typeError(`set expected at most 1 argument, got ${args.length}`);
      const s = self as SetObject;
      if (s.used > 0) SetObject.prototype.clear.call(s, rt2.heap);
      if (args.length) setMethods.update(rt2, s, args, null);
    },
    slots: setSlots,
  });
  registerType(rt, {
    name: 'set_iterator',
    instances: [SetIterator],
    slots: {
      tp_iter: (rt2, self) => rt2.incref(self),
      tp_iternext(rt2, self) {
        const it = self as SetIterator;
        const k = it.cursor.next();
        if (k === undefined) {
          it.setRef(rt2.heap, 0, undefined);
          return undefined;
        }
        it.taken++;
        return rt2.incref(k);
      },
    },
    methods: {
      /** setiter_len: what is left while the set keeps its size, else 0. */
      __length_hint__(_rt2, self) {
        const it = self as SetIterator;
        const s = it.refs[0] as SetObject | undefined;
        return s !== undefined && s.used === it.startUsed ? Math.max(0, it.startUsed - it.taken) : 0;
      },
      /** setiter_reduce: `(iter, (list,))`, what a copy of the iterator's state would still give. */
      __reduce__(rt2, self) {
        const cursor = (self as SetIterator).cursor.clone();
        const out: Value[] = [];
        for (let k = cursor?.next(); k !== undefined; k = cursor!.next()) out.push(rt2.incref(k));
        const list = rt2.listSteal(out);
        const args = rt2.newTuple([list]);
        rt2.decref(list);
        try {
          return rt2.newTuple([getBuiltin(rt2, 'iter'), args]);
        } finally {
          rt2.decref(args);
        }
      },
    },
  });
}
