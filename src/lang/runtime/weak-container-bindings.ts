/**
 * The weakref layer's Python-level objects as the interpreter sees them:
 * WeakValueDictionary, WeakKeyDictionary, WeakSet (with their generator
 * iterators), KeyedRef, WeakMethod and finalize. Each class, method and
 * operator here only translates arguments and calls the weakref layer,
 * where every rule lives (Lib/weakref.py, Lib/_weakrefset.py).
 */
import { GeneratorObject, generatorCloseMethod } from './generator-object';
import { DictObject, ListObject, TupleObject, isObject, type ClassObject, type Value } from '../../heap';
import { isMapping } from '../../weakref/sources';
import type { ValueSource } from '../../heap/objects/set-object';
import {
  Finalize,
  KeyedRef,
  WeakIterator,
  WeakKeyDictionary,
  WeakMethod,
  WeakSet,
  WeakValueDictionary,
  finalizeAlive,
  finalizeDetach,
  finalizeGetAtexit,
  finalizePeek,
  finalizeRepr,
  finalizeSetAtexit,
  newFinalize,
  newKeyedRef,
  newWeakKeyDictionary,
  newWeakMethod,
  newWeakSet,
  newWeakValueDictionary,
  weakMethodEquals,
  checkWeakrefable,
  type IterableArg,
  type MappingArg,
} from '../../weakref';
import { initFinalize } from '../../weakref/finalize';
import { initWeakSet } from '../../weakref/weak-set';
import { initWeakKeyDictionary } from '../../weakref/weak-key-dictionary';
import { initWeakValueDictionary } from '../../weakref/weak-value-dictionary';
import {
  allocFinalizeSubInstance,
  allocWeakKeyDictionarySubInstance,
  allocWeakSetSubInstance,
  allocWeakValueDictionarySubInstance,
} from '../../weakref/subclass-instances';
import { defineGetters, defineMethods, defineSetters, type MethodImpl } from './attributes';
import { call, missingArgumentsText, setConstructor } from './calls';
import { arity } from './methods';
import { iter, len, next, setItem, toArray, truthy } from './operators';
import { registerType, unhashable, type TypeSlots } from './type-slots';
import { repr, reprWeakref } from './repr';
import { NotImplemented, type Kwargs, type Runtime } from './runtime';
import { sourceOf } from './set-bindings';
import { getAttr } from './attributes';
import { getItem } from './operators';

type WeakDict = WeakValueDictionary | WeakKeyDictionary;

/** An iterable argument as the weakref layer takes it. */
function iterableArg(rt: Runtime, v: Value): IterableArg {
  if (((v instanceof ListObject || v instanceof TupleObject) && !v.hasInstanceLayout) || typeof v === 'string') return v;
  if (v instanceof WeakSet || v instanceof WeakIterator) return v;
  return sourceOf(rt, v) as ValueSource;
}

/** A mapping-or-pairs argument (dict.update's). */
function mappingArg(rt: Runtime, v: Value): MappingArg {
  if (v instanceof DictObject || v instanceof WeakValueDictionary || v instanceof WeakKeyDictionary) return v;
  if (isObject(v) && rt.typeOf(v).lookup('keys') !== undefined) {
    // A mapping with keys(): use its items as pairs.
    const keysFn = getAttr(rt, v, 'keys');
    const keys = call(rt, keysFn, []);
    rt.decref(keysFn);
    const ks = toArray(rt, keys);
    rt.decref(keys);
    const pairs = ks.map((k) => {
      const x = getItem(rt, v, k);
      const t = rt.newTuple([k, x]);
      rt.decref(k);
      rt.decref(x);
      return t;
    });
    const l = rt.listSteal(pairs);
    const src = sourceOf(rt, l);
    rt.decref(l);
    return src as ValueSource;
  }
  return iterableArg(rt, v);
}

function kw(kwargs: Kwargs): Array<readonly [string, Value]> {
  return kwargs ?? [];
}

const weakDictMethods: Record<string, MethodImpl> = {
  get(rt, self, args) {
    pyArity(rt, `${ownerOf(self, 'get')}.get`, args, ['key'], 1);
    return (self as WeakDict).get(rt.heap, args[0], args.length > 1 ? args[1] : null);
  },
  setdefault(rt, self, args) {
    pyArity(rt, `${ownerOf(self, 'setdefault')}.setdefault`, args, ['key'], 1);
    return (self as WeakDict).setDefault(rt.heap, args[0], args.length > 1 ? args[1] : null);
  },
  pop(rt, self, args) {
    // def pop(self, key, *args): the extra arguments beyond a default are ignored (WeakValueDictionary)
    // or passed on to dict.pop (WeakKeyDictionary), after the key's weakref is made.
    pyArity(rt, `${ownerOf(self, 'pop')}.pop`, args, ['key'], Infinity);
    if (args.length > 2 && self instanceof WeakKeyDictionary) {
      checkWeakrefable(args[0]);
      throw rt.typeError(`pop expected at most 2 arguments, got ${args.length}`);
    }
    return (self as WeakDict).pop(rt.heap, args[0], args.length > 1 ? args[1] : undefined);
  },
  popitem: takesNoArgs('popitem', (rt, self) => (self as WeakDict).popItem(rt.heap)),
  clear: takesNoArgs('clear', (rt, self) => {
    (self as WeakDict).clearEntries(rt.heap);
    return null;
  }),
  update(rt, self, args, kwargs) {
    pyArity(rt, `${ownerOf(self, 'update')}.update`, args, [], 1);
    const other = args.length && args[0] !== null ? mappingArg(rt, args[0]) : null;
    if (self instanceof WeakKeyDictionary && kwargs !== null && kwargs.length > 0 && ofSubclass(rt, self)) {
      // WeakKeyDictionary.update: `if len(kwargs): self.update(kwargs)`, through the subclass.
      (self as WeakDict).update(rt.heap, other, []);
      const d = rt.heap.newDict();
      try {
        for (const [k, v] of kwargs) d.set(rt.heap, k, v);
        rt.decref(callSelf(rt, self, 'update', [d]));
      } finally {
        rt.decref(d);
      }
      return null;
    }
    (self as WeakDict).update(rt.heap, other, kw(kwargs));
    return null;
  },
  copy: takesNoArgs('copy', (rt, self) => (self as WeakDict).copy(rt.heap)),
  __copy__: takesNoArgs('copy', (rt, self) => (self as WeakDict).copy(rt.heap)),
  /**
   * `new = self.__class__()`, then each live pair with the strong side
   * deep-copied through copy.deepcopy(x, memo) (Lib/weakref.py's __deepcopy__).
   */
  __deepcopy__(rt, self, args) {
    arity(rt, '__deepcopy__', args, 1, 1);
    const memo = args[0];
    const empty = rt.heap.newDict();
    let copyModule: Value;
    try {
      copyModule = rt.evaluator.importModule('copy', empty, null, 0);
    } finally {
      rt.decref(empty);
    }
    const deepcopy = getAttr(rt, copyModule, 'deepcopy');
    rt.decref(copyModule);
    try {
      const copied = (self as WeakDict).deepCopy(rt.heap, (_heap, v) => call(rt, deepcopy, [v, memo]));
      if (!ofSubclass(rt, self)) return copied;
      // A subclass: its own class, filled through its __setitem__.
      try {
        const items = toArray(rt, copied.items(rt.heap));
        const n = call(rt, rt.typeOf(self), []);
        try {
          for (const t of items) setItem(rt, n, (t as TupleObject).items[0], (t as TupleObject).items[1]);
        } catch (e) {
          rt.decref(n);
          throw e;
        } finally {
          for (const t of items) rt.decref(t);
        }
        return n;
      } finally {
        rt.decref(copied);
      }
    } finally {
      rt.decref(deepcopy);
    }
  },
  keys: takesNoArgs('keys', (rt, self) => (self as WeakDict).keys(rt.heap)),
  values: takesNoArgs('values', (rt, self) => (self as WeakDict).values(rt.heap)),
  items: takesNoArgs('items', (rt, self) => (self as WeakDict).items(rt.heap)),
  __len__: (rt, self) => (self as WeakDict).len(rt.heap),
  __contains__: (rt, self, args) => (self as WeakDict).contains(rt.heap, args[0]),
  __getitem__: (rt, self, args) => (self as WeakDict).getItem(rt.heap, args[0]),
  __setitem__(rt, self, args) {
    (self as WeakDict).setItem(rt.heap, args[0], args[1]);
    return null;
  },
  __delitem__(rt, self, args) {
    (self as WeakDict).delItem(rt.heap, args[0]);
    return null;
  },
};

/** The class that defines a weak dictionary method (for its Python-level error messages). */
function ownerOf(self: Value, name: string): string {
  // clear() is inherited from MutableMapping.
  if (name === 'clear') return 'MutableMapping';
  return self instanceof WeakValueDictionary ? 'WeakValueDictionary' : 'WeakKeyDictionary';
}

/**
 * The positional-argument check of a method Lib/weakref.py defines in
 * Python (`def get(self, key, default=None)`): `params` names the required
 * parameters after self, `optional` how many may follow (Infinity for
 * *args), with the Python function's TypeError messages.
 */
function pyArity(rt: Runtime, qualname: string, args: Value[], params: string[], optional: number): void {
  const min = params.length;
  const max = min + optional;
  if (args.length < min) {
    const missing = params.slice(args.length);
    const names = missing.map((p) => `'${p}'`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    throw rt.typeError(`${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  if (args.length > max) {
    const takes = min === max ? `${min + 1}` : `from ${min + 1} to ${max + 1}`;
    throw rt.typeError(`${qualname}() takes ${takes} positional argument${max === 0 ? '' : 's'} but ${args.length + 1} were given`);
  }
}

/** A method that Lib/weakref.py defines as `def name(self)`. */
function takesNoArgs(name: string, impl: MethodImpl): MethodImpl {
  return (rt, self, args, kwargs) => {
    pyArity(rt, `${ownerOf(self, name)}.${name}`, args, [], 0);
    return impl(rt, self, args, kwargs);
  };
}

const wvdMethods: Record<string, MethodImpl> = {
  itervaluerefs: takesNoArgs('itervaluerefs', (rt, self) => (self as WeakValueDictionary).itervaluerefs(rt.heap)),
  valuerefs: takesNoArgs('valuerefs', (rt, self) => (self as WeakValueDictionary).valuerefs(rt.heap)),
};

const wkdMethods: Record<string, MethodImpl> = {
  keyrefs: takesNoArgs('keyrefs', (rt, self) => (self as WeakKeyDictionary).keyrefs(rt.heap)),
};

/** __or__ / __ror__ of Lib/weakref.py for an instance of a subclass: through self.copy(), self.__class__() and update(). */
function subclassOr(rt: Runtime, self: Value, other: Value, reflected: boolean): Value {
  if (!isMapping(other)) return NotImplemented;
  const c = reflected ? call(rt, rt.typeOf(self), []) : callSelf(rt, self, 'copy', []);
  try {
    rt.decref(callSelf(rt, c, 'update', [other]));
    if (reflected) rt.decref(callSelf(rt, c, 'update', [self]));
  } catch (e) {
    rt.decref(c);
    throw e;
  }
  return c;
}

function weakDictSlots(name: string): TypeSlots {
  return {
    sq_length: (rt, self) => (self as WeakDict).len(rt.heap),
    nb_bool: (rt, self) => (self as WeakDict).len(rt.heap) > 0,
    sq_contains: (rt, self, k) => (self as WeakDict).contains(rt.heap, k),
    mp_subscript: (rt, self, k) => (self as WeakDict).getItem(rt.heap, k),
    mp_ass_subscript(rt, self, k, v) {
      if (v !== undefined) (self as WeakDict).setItem(rt.heap, k, v);
      else (self as WeakDict).delItem(rt.heap, k);
    },
    tp_iter: (rt, self) => (self as WeakDict).iter(rt.heap),
    tp_repr: (rt, self) => `<${name} at ${rt.address(self as WeakDict)}>`,
    tp_hash: unhashable,
    tp_richcompare(rt, self, other, op) {
      if (op !== '==' && op !== '!=') return NotImplemented;
      const r = (self as WeakDict).equals(rt.heap, other);
      if (r === undefined) return NotImplemented;
      return op === '==' ? r : !r;
    },
    nb_binary(rt, self, op, other, reflected) {
      if (op !== '|') return NotImplemented;
      const d = self as WeakDict;
      if (ofSubclass(rt, self)) return subclassOr(rt, self, other, reflected);
      const r = reflected ? d.ror(rt.heap, other) : d.or(rt.heap, other);
      return r === undefined ? NotImplemented : r;
    },
    nb_inplace(rt, self, op, other) {
      if (op !== '|') return NotImplemented;
      const d = self as WeakDict;
      if (ofSubclass(rt, self)) {
        // __ior__: self.update(other); return self.
        rt.decref(callSelf(rt, self, 'update', [other]));
        return rt.incref(self);
      }
      if (!(other instanceof DictObject) && !(other instanceof WeakValueDictionary) && !(other instanceof WeakKeyDictionary)) {
        d.ior(rt.heap, mappingArg(rt, other));
      } else d.ior(rt.heap, other);
      return rt.incref(d);
    },
  };
}

function ws(self: Value): WeakSet {
  return self as WeakSet;
}

/**
 * The weak containers are Python classes in CPython (Lib/_weakrefset.py,
 * Lib/weakref.py), whose methods call others through `self`: a subclass
 * that overrides `add`, `update`, `copy`, `__isub__`, ... sees those calls
 * and gets instances of its own class from `copy()`, `union()`, ...
 * For an instance of a subclass the bindings below make the same calls;
 * for the classes themselves the native operations are the same thing.
 */
const baseClasses = new WeakMap<Runtime, Set<ClassObject>>();

/** Is `self` an instance of a Python subclass of WeakSet/WeakValueDictionary/WeakKeyDictionary? */
function ofSubclass(rt: Runtime, self: Value): boolean {
  return !(baseClasses.get(rt)?.has(rt.typeOf(self)) ?? true);
}

/** self.name(*args): a new reference to the result. */
function callSelf(rt: Runtime, self: Value, name: string, args: Value[]): Value {
  const m = getAttr(rt, self, name);
  try {
    return call(rt, m, args);
  } finally {
    rt.decref(m);
  }
}

/** `for element in other: self.add(element)` (WeakSet.update). */
function updateByAdd(rt: Runtime, self: Value, other: Value): void {
  const it = iter(rt, other);
  try {
    for (let e = next(rt, it); e !== undefined; e = next(rt, it)) {
      try {
        rt.decref(callSelf(rt, self, 'add', [e]));
      } finally {
        rt.decref(e);
      }
    }
  } finally {
    rt.decref(it);
  }
}

/** `self.__class__(items)` with a list of the items (new reference). */
function newOfClass(rt: Runtime, self: Value, items: Value[] | null): Value {
  const cls = rt.typeOf(self);
  if (items === null) return call(rt, cls, []);
  const l = rt.listSteal(items);
  try {
    return call(rt, cls, [l]);
  } finally {
    rt.decref(l);
  }
}

/** WeakSet's methods as _weakrefset.py writes them, for instances of subclasses. */
const weakSetSubclassMethods: Record<string, (rt: Runtime, self: Value, other: Value) => Value> = {
  copy: (rt, self) => call(rt, rt.typeOf(self), [self]),
  difference(rt, self, other) {
    const n = callSelf(rt, self, 'copy', []);
    rt.decref(callSelf(rt, n, 'difference_update', [other]));
    return n;
  },
  difference_update(rt, self, other) {
    rt.decref(callSelf(rt, self, '__isub__', [other]));
    return null;
  },
  intersection(rt, self, other) {
    const items = toArray(rt, other).filter((x) => {
      if (ws(self).contains(rt.heap, x)) return true;
      rt.decref(x);
      return false;
    });
    return newOfClass(rt, self, items);
  },
  intersection_update(rt, self, other) {
    rt.decref(callSelf(rt, self, '__iand__', [other]));
    return null;
  },
  symmetric_difference(rt, self, other) {
    const n = callSelf(rt, self, 'copy', []);
    rt.decref(callSelf(rt, n, 'symmetric_difference_update', [other]));
    return n;
  },
  symmetric_difference_update(rt, self, other) {
    rt.decref(callSelf(rt, self, '__ixor__', [other]));
    return null;
  },
  union: (rt, self, other) => newOfClass(rt, self, [...toArray(rt, self), ...toArray(rt, other)]),
  isdisjoint(rt, self, other) {
    const i = callSelf(rt, self, 'intersection', [other]);
    try {
      return len(rt, i) === 0;
    } finally {
      rt.decref(i);
    }
  },
};

const weakSetMethods: Record<string, MethodImpl> = {
  /** `return self.__class__, (list(self),), self.__getstate__()` (Lib/_weakrefset.py). */
  __reduce__(rt, self, args) {
    arity(rt, '__reduce__', args, 0, 0);
    const items = rt.listSteal(toArray(rt, self));
    const getstate = getAttr(rt, self, '__getstate__');
    let state: Value;
    try {
      state = call(rt, getstate, []);
    } catch (e) {
      rt.decref(items);
      throw e;
    } finally {
      rt.decref(getstate);
    }
    const args1 = rt.newTuple([items]);
    const r = rt.newTuple([rt.typeOf(self), args1, state]);
    rt.decref(args1);
    rt.decref(items);
    rt.decref(state);
    return r;
  },
  add(rt, self, args) {
    arity(rt, 'add', args, 1, 1);
    ws(self).add(rt.heap, args[0]);
    return null;
  },
  discard(rt, self, args) {
    arity(rt, 'discard', args, 1, 1);
    ws(self).discard(rt.heap, args[0]);
    return null;
  },
  remove(rt, self, args) {
    arity(rt, 'remove', args, 1, 1);
    ws(self).remove(rt.heap, args[0]);
    return null;
  },
  pop: (rt, self) => ws(self).pop(rt.heap),
  clear(rt, self) {
    ws(self).clearEntries(rt.heap);
    return null;
  },
  copy: (rt, self) => (ofSubclass(rt, self) ? weakSetSubclassMethods.copy(rt, self, null) : ws(self).copy(rt.heap)),
  update(rt, self, args) {
    for (const a of args) {
      if (ofSubclass(rt, self)) updateByAdd(rt, self, a);
      else ws(self).update(rt.heap, iterableArg(rt, a));
    }
    return null;
  },
  union: (rt, self, args) => (ofSubclass(rt, self) ? weakSetSubclassMethods.union(rt, self, args[0]) : ws(self).union(rt.heap, iterableArg(rt, args[0]))),
  intersection: (rt, self, args) =>
    ofSubclass(rt, self) ? weakSetSubclassMethods.intersection(rt, self, args[0]) : ws(self).intersection(rt.heap, iterableArg(rt, args[0])),
  difference: (rt, self, args) =>
    ofSubclass(rt, self) ? weakSetSubclassMethods.difference(rt, self, args[0]) : ws(self).difference(rt.heap, iterableArg(rt, args[0])),
  symmetric_difference: (rt, self, args) =>
    ofSubclass(rt, self)
      ? weakSetSubclassMethods.symmetric_difference(rt, self, args[0])
      : ws(self).symmetricDifference(rt.heap, iterableArg(rt, args[0])),
  intersection_update(rt, self, args) {
    if (ofSubclass(rt, self)) return weakSetSubclassMethods.intersection_update(rt, self, args[0]);
    ws(self).intersectionUpdate(rt.heap, iterableArg(rt, args[0]));
    return null;
  },
  difference_update(rt, self, args) {
    if (ofSubclass(rt, self)) return weakSetSubclassMethods.difference_update(rt, self, args[0]);
    ws(self).differenceUpdate(rt.heap, iterableArg(rt, args[0]));
    return null;
  },
  symmetric_difference_update(rt, self, args) {
    if (ofSubclass(rt, self)) return weakSetSubclassMethods.symmetric_difference_update(rt, self, args[0]);
    ws(self).symmetricDifferenceUpdate(rt.heap, iterableArg(rt, args[0]));
    return null;
  },
  issubset: (rt, self, args) => ws(self).issubset(rt.heap, iterableArg(rt, args[0])),
  issuperset: (rt, self, args) => ws(self).issuperset(rt.heap, iterableArg(rt, args[0])),
  isdisjoint: (rt, self, args) =>
    ofSubclass(rt, self) ? weakSetSubclassMethods.isdisjoint(rt, self, args[0]) : ws(self).isdisjoint(rt.heap, iterableArg(rt, args[0])),
  __len__: (rt, self) => ws(self).len(rt.heap),
  __contains__: (rt, self, args) => ws(self).contains(rt.heap, args[0]),
};

const WS_BINARY: Record<string, (rt: Runtime, s: WeakSet, o: Value) => Value> = {
  '|': (rt, s, o) => s.union(rt.heap, iterableArg(rt, o)),
  '&': (rt, s, o) => s.intersection(rt.heap, iterableArg(rt, o)),
  '-': (rt, s, o) => s.difference(rt.heap, iterableArg(rt, o)),
  '^': (rt, s, o) => s.symmetricDifference(rt.heap, iterableArg(rt, o)),
  'i|': (rt, s, o) => s.ior(rt.heap, iterableArg(rt, o)),
  'i&': (rt, s, o) => s.iand(rt.heap, iterableArg(rt, o)),
  'i-': (rt, s, o) => s.isub(rt.heap, iterableArg(rt, o)),
  'i^': (rt, s, o) => s.ixor(rt.heap, iterableArg(rt, o)),
};

/** The WeakSet functions behind its binary operators. */
const WS_METHOD_OF: Record<string, string> = { '|': 'union', '&': 'intersection', '-': 'difference', '^': 'symmetric_difference' };

const finalizeMethods: Record<string, MethodImpl> = {
  detach: (rt, self) => finalizeDetach(rt.heap, self as Finalize),
  peek: (rt, self) => finalizePeek(rt.heap, self as Finalize),
};

/** Define the weak containers, KeyedRef, WeakMethod and finalize in the weakref module. */
export function defineWeakContainers(rt2: Runtime, define: (name: string, v: Value) => void): void {
  {
    const object = rt2.types.get('object');
    const refType = rt2.types.get('weakref.ReferenceType');

    // The containers' internals, as Lib/weakref.py names them.
    // (entries of the instance __dict__ in CPython: deleted, they are missing).
    const internal = (name: string) => (rt3: Runtime, self: Value) => {
      const v = (self as WeakDict | WeakSet).internalAttr(name);
      if (v === undefined) throw rt3.error('AttributeError', `'${rt3.typeName(self)}' object has no attribute '${name}'`);
      return rt3.incref(v);
    };
    const internals = {
      data: internal('data'),
      _pending_removals: internal('_pending_removals'),
      _iterating: internal('_iterating'),
      _remove: internal('_remove'),
    };
    const wvd = rt2.types.make('WeakValueDictionary', [object], 'weakref', null);
    defineGetters(wvd, internals);
    rt2.registerClass(WeakValueDictionary, wvd);
    defineMethods(wvd, { ...weakDictMethods, ...wvdMethods });
    const wvdArgs = (args: Value[]) => {
      if (args.length > 1) throw rt2.typeError(`WeakValueDictionary.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
    };
    registerType(
      rt2,
      {
        name: 'weakref.WeakValueDictionary',
        instances: [WeakValueDictionary],
        slots: weakDictSlots('WeakValueDictionary'),
        // __or__, __ror__, __ior__ as Lib/weakref.py defines them.
        nb_ops: { binary: ['|'], reflected: ['|'], inplace: ['|'] },
        // WeakValueDictionary(...) itself (registerType makes tp_new the constructor).
        tp_new(rt3, args, kwargs) {
          wvdArgs(args);
          return newWeakValueDictionary(rt3.heap, args.length ? mappingArg(rt3, args[0]) : undefined, kw(kwargs));
        },
        // A subclass instance starts as after __init__() with no arguments; its __init__ (or the base's) fills it.
        tp_alloc: (rt3, cls) => allocWeakValueDictionarySubInstance(rt3.heap, cls),
        tp_init(rt3, self, args, kwargs) {
          wvdArgs(args);
          // __init__ again on a live dictionary starts from an empty one, as Lib/weakref.py's does.
          (self as WeakValueDictionary).releaseAttrs(rt3.heap);
          if (ofSubclass(rt3, self)) {
            // `self.update(other, **kw)`, through the subclass.
            initWeakValueDictionary(rt3.heap, self as WeakValueDictionary, undefined, []);
            const update = getAttr(rt3, self, 'update');
            try {
              rt3.decref(call(rt3, update, [args.length ? args[0] : null], kwargs));
            } finally {
              rt3.decref(update);
            }
            return;
          }
          initWeakValueDictionary(rt3.heap, self as WeakValueDictionary, args.length ? mappingArg(rt3, args[0]) : undefined, kw(kwargs));
        },
      },
      wvd,
    );
    define('WeakValueDictionary', wvd);

    const wkd = rt2.types.make('WeakKeyDictionary', [object], 'weakref', null);
    defineGetters(wkd, internals);
    rt2.registerClass(WeakKeyDictionary, wkd);
    defineMethods(wkd, { ...weakDictMethods, ...wkdMethods });
    const wkdArgs = (args: Value[], kwargs: Kwargs) => {
      if (args.length > 1) throw rt2.typeError(`WeakKeyDictionary.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
      if (kwargs !== null && kwargs.length > 0) {
        throw rt2.typeError(`WeakKeyDictionary.__init__() got an unexpected keyword argument '${kwargs[0][0]}'`);
      }
    };
    registerType(
      rt2,
      {
        name: 'weakref.WeakKeyDictionary',
        instances: [WeakKeyDictionary],
        slots: weakDictSlots('WeakKeyDictionary'),
        // __or__, __ror__, __ior__ as Lib/weakref.py defines them.
        nb_ops: { binary: ['|'], reflected: ['|'], inplace: ['|'] },
        tp_new(rt3, args, kwargs) {
          wkdArgs(args, kwargs);
          return newWeakKeyDictionary(rt3.heap, args.length && args[0] !== null ? mappingArg(rt3, args[0]) : undefined);
        },
        tp_alloc: (rt3, cls) => allocWeakKeyDictionarySubInstance(rt3.heap, cls),
        tp_init(rt3, self, args, kwargs) {
          wkdArgs(args, kwargs);
          (self as WeakKeyDictionary).releaseAttrs(rt3.heap);
          if (ofSubclass(rt3, self)) {
            // `if dict is not None: self.update(dict)`, through the subclass.
            initWeakKeyDictionary(rt3.heap, self as WeakKeyDictionary, undefined);
            if (args.length && args[0] !== null) rt3.decref(callSelf(rt3, self, 'update', [args[0]]));
            return;
          }
          initWeakKeyDictionary(rt3.heap, self as WeakKeyDictionary, args.length && args[0] !== null ? mappingArg(rt3, args[0]) : undefined);
        },
      },
      wkd,
    );
    define('WeakKeyDictionary', wkd);

    const wset = rt2.types.make('WeakSet', [object], '_weakrefset', null);
    defineGetters(wset, internals);
    rt2.registerClass(WeakSet, wset);
    defineMethods(wset, weakSetMethods);
    const wsArgs = (args: Value[], kwargs: Kwargs) => {
      if (args.length > 1) throw rt2.typeError(`WeakSet.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
      if (kwargs !== null && kwargs.length > 0) {
        throw rt2.typeError(`WeakSet.__init__() got an unexpected keyword argument '${kwargs[0][0]}'`);
      }
    };
    const weakSetSlots: TypeSlots = {
      sq_length: (rt3, self) => ws(self).len(rt3.heap),
      nb_bool: (rt3, self) => ws(self).len(rt3.heap) > 0,
      sq_contains: (rt3, self, v) => ws(self).contains(rt3.heap, v),
      tp_iter: (rt3, self) => ws(self).iter(rt3.heap),
      tp_repr: (rt3, self) => repr(rt3, ws(self).data as Value),
      tp_hash: unhashable,
      tp_richcompare(rt3, self, other, op) {
        const s = ws(self);
        if (op === '==' || op === '!=') {
          const r = s.equals(rt3.heap, other);
          if (r === undefined) return NotImplemented;
          return op === '==' ? r : !r;
        }
        const arg = iterableArg(rt3, other);
        switch (op) {
          case '<=':
            return s.issubset(rt3.heap, arg);
          case '<':
            return s.lt(rt3.heap, arg);
          case '>=':
            return s.issuperset(rt3.heap, arg);
          case '>':
            return s.gt(rt3.heap, arg);
        }
      },
      nb_binary(rt3, self, op, other, reflected) {
        const f = WS_BINARY[op];
        if (f === undefined || reflected) return NotImplemented;
        // __or__ = union, __sub__ = difference, ...: WeakSet's own functions, which call through self.
        if (ofSubclass(rt3, self)) return weakSetSubclassMethods[WS_METHOD_OF[op]](rt3, self, other);
        return f(rt3, ws(self), other);
      },
      nb_inplace(rt3, self, op, other) {
        const f = WS_BINARY['i' + op];
        if (f === undefined) return NotImplemented;
        // __ior__: self.update(other); return self.
        if (op === '|' && ofSubclass(rt3, self)) {
          rt3.decref(callSelf(rt3, self, 'update', [other]));
          return rt3.incref(self);
        }
        return f(rt3, ws(self), other);
      },
    };
    registerType(
      rt2,
      {
        name: '_weakrefset.WeakSet',
        instances: [WeakSet],
        slots: weakSetSlots,
        // Lib/_weakrefset.py: __or__, __sub__, __and__, __xor__ and their in-place forms (no reflected ones).
        nb_ops: { binary: ['|', '-', '&', '^'], inplace: ['|', '-', '&', '^'] },
        tp_new(rt3, args, kwargs) {
          wsArgs(args, kwargs);
          return newWeakSet(rt3.heap, args.length && args[0] !== null ? iterableArg(rt3, args[0]) : undefined);
        },
        tp_alloc: (rt3, cls) => allocWeakSetSubInstance(rt3.heap, cls),
        tp_init(rt3, self, args, kwargs) {
          wsArgs(args, kwargs);
          (self as WeakSet).releaseAttrs(rt3.heap);
          if (ofSubclass(rt3, self)) {
            // `if data is not None: self.update(data)`, through the subclass.
            initWeakSet(rt3.heap, self as WeakSet, undefined);
            if (args.length && args[0] !== null) rt3.decref(callSelf(rt3, self, 'update', [args[0]]));
            return;
          }
          initWeakSet(rt3.heap, self as WeakSet, args.length && args[0] !== null ? iterableArg(rt3, args[0]) : undefined);
        },
      },
      wset,
    );
    define('WeakSet', wset);
    baseClasses.set(rt2, new Set([wvd, wkd, wset]));

    const gen = rt2.types.get('generator');
    rt2.registerClass(WeakIterator, gen);
    defineMethods(gen, {
      close(rt3, self, args) {
        // Generators of Python code (generator-object.ts) share the type.
        if (self instanceof GeneratorObject) return generatorCloseMethod(rt3, self, args);
        if (self instanceof WeakIterator) self.close(rt3.heap);
        return null;
      },
    });

    const keyedRef = rt2.types.make('KeyedRef', [refType], 'weakref');
    rt2.registerClass(KeyedRef, keyedRef);
    setConstructor(keyedRef, (args) => {
      // Lib/weakref.py: KeyedRef.__new__(type, ob, callback, key) is a Python function, so a
      // short call is reported with the missing parameter names, a long one with the count.
      if (args.length > 3) throw rt2.typeError(`KeyedRef.__new__() takes 4 positional arguments but ${args.length + 1} were given`);
      if (args.length < 3) {
        throw rt2.typeError(`KeyedRef.__new__() missing ${missingArgumentsText(['ob', 'callback', 'key'].slice(args.length), 'positional')}`);
      }
      return newKeyedRef(rt2.heap, args[0], args[1] === null ? undefined : args[1], args[2]);
    });
    defineGetters(keyedRef, { key: (rt3, self) => rt3.incref((self as KeyedRef).key ?? null) });
    define('KeyedRef', keyedRef);

    const weakMethod = rt2.types.make('WeakMethod', [refType], 'weakref');
    // Lib/weakref.py's class statement: `__module__` in its namespace, a heap
    // type to copyreg and pickle (whose messages then name it `WeakMethod`).
    weakMethod.dict.set('__module__', 'weakref');
    rt2.registerClass(WeakMethod, weakMethod);
    setConstructor(weakMethod, (args) => {
      pyArity(rt2, 'WeakMethod.__new__', args, ['meth'], 1);
      return newWeakMethod(rt2.heap, args[0], args.length > 1 ? args[1] : null);
    });
    registerType(
      rt2,
      {
        name: 'weakref.WeakMethod',
        slots: {
          // ref's weakref_repr: the referent is the method's instance (`to 'C'`).
          tp_repr: (rt3, self) => reprWeakref(rt3, self as WeakMethod),
          tp_richcompare(rt3, self, other, op) {
            if (op !== '==' && op !== '!=') return NotImplemented;
            const r = weakMethodEquals(rt3.heap, self as WeakMethod, other);
            if (r === undefined) return NotImplemented;
            return op === '==' ? r : !r;
          },
        },
      },
      weakMethod,
    );
    define('WeakMethod', weakMethod);

    const finalize = rt2.types.make('finalize', [object], 'weakref');
    rt2.registerClass(Finalize, finalize);
    const finalizeArgs = (args: Value[]) => {
      if (args.length < 2) {
        throw rt2.typeError(
          args.length === 0
            ? "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'"
            : "finalize.__init__() missing 1 required positional argument: 'func'",
        );
      }
    };
    defineMethods(finalize, finalizeMethods);
    defineGetters(finalize, {
      alive: (rt3, self) => finalizeAlive(rt3.heap, self as Finalize),
      atexit: (rt3, self) => finalizeGetAtexit(rt3.heap, self as Finalize),
    });
    defineSetters(finalize, {
      atexit: (rt3, self, v) => finalizeSetAtexit(rt3.heap, self as Finalize, truthy(rt3, v)),
    });
    registerType(
      rt2,
      {
        name: 'weakref.finalize',
        slots: { tp_repr: (rt3, self) => finalizeRepr(rt3.heap, self as Finalize, (o) => rt3.address(o)) },
        tp_new(rt3, args, kwargs) {
          finalizeArgs(args);
          return newFinalize(rt3.heap, args[0], args[1], args.slice(2), kw(kwargs));
        },
        // A subclass instance is registered by __init__ (initFinalize), as Lib/weakref.py's finalize.__init__ does.
        tp_alloc: (rt3, cls) => allocFinalizeSubInstance(rt3.heap, cls),
        tp_init(rt3, self, args, kwargs) {
          finalizeArgs(args);
          initFinalize(rt3.heap, self as Finalize, args[0], args[1], args.slice(2), kw(kwargs));
        },
      },
      finalize,
    );
    define('finalize', finalize);
  }
}


