/**
 * dict (Objects/dictobject.c): the object is the heap's DictObject
 * (insertion ordered; entries released key before value, in insertion
 * order); this file is its type object: slots, methods, dict().
 * dict.pop returns the value the dict owned; `d1 | d2` builds a new dict,
 * `d |= x` updates in place from a mapping or an iterable of pairs.
 */
import { ClassObject, DictObject, DictSubInstance, newSubtypeInstance, type Value } from '../../../heap';
import type { MethodImpl } from '../attributes';
import { SetObject } from '../../../heap/objects/set-object';
import { arity, dictUpdate, dictUpdateKeywords } from '../methods';
import { call, callUnbound } from '../calls';
import { iter, keyErrorFor, next, setItem } from '../operators';
import { repr } from '../repr';
import { NotImplemented } from '../runtime';
import { unhashable, type BuiltinType } from '../type-slots';
import { newDictIterator } from './dict-iterator-type';
import { newDictView } from './dict-view-type';
import { dictEquals } from '../../../weakref/dict-helpers';

const dictMethods: Record<string, MethodImpl> = {
  get(rt, self, args) {
    arity(rt, 'get', args, 1, 2);
    const v = (self as DictObject).get(rt.heap, args[0]);
    return rt.incref(v === undefined ? (args.length > 1 ? args[1] : null) : v);
  },
  setdefault(rt, self, args) {
    arity(rt, 'setdefault', args, 1, 2);
    const d = self as DictObject;
    const v = d.get(rt.heap, args[0]);
    if (v !== undefined) return rt.incref(v);
    const dflt = args.length > 1 ? args[1] : null;
    d.set(rt.heap, args[0], dflt);
    return rt.incref(dflt);
  },
  pop(rt, self, args) {
    arity(rt, 'pop', args, 1, 2);
    const v = (self as DictObject).pop(rt.heap, args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return rt.incref(args[1]);
    throw keyErrorFor(rt, args[0]);
  },
  popitem(rt, self, args) {
    arity(rt, 'dict.popitem', args, 0, 0);
    const d = self as DictObject;
    const i = d.lastIndex();
    if (i < 0) throw rt.error('KeyError', 'popitem(): dictionary is empty');
    d.dkUnsplit();
    const k = d.keys[i] as Value;
    const t = rt.newTuple([k, d.values[i] as Value]);
    d.removeAt(rt.heap, i);
    return t;
  },
  /**
   * dict.fromkeys(iterable, value=None), a class method (attributes.ts
   * BUILTIN_CLASS_METHODS): `cls()`, then each key set to `value`
   * (_PyDict_FromKeys: stored directly in an exact dict, through
   * __setitem__ otherwise). Called on an instance it uses the instance's type.
   */
  fromkeys(rt, self, args) {
    arity(rt, 'fromkeys', args, 1, 2);
    const cls = self instanceof ClassObject ? self : rt.typeOf(self);
    const value = args.length > 1 ? args[1] : null;
    const d = call(rt, cls, []);
    try {
      // dict_fromkeys: an empty exact dict filled from a dict or set is resized for it first
      // (the dict's kind of keys; general for a set).
      const src = args[0];
      if (d instanceof DictObject && d.used === 0 && rt.typeOf(d) === rt.types.get('dict') &&
          ((src instanceof DictObject && rt.typeOf(src) === rt.types.get('dict')) ||
           (src instanceof SetObject && (rt.typeOf(src) === rt.types.get('set') || rt.typeOf(src) === rt.types.get('frozenset'))))) {
        d.dkPresizeFor(src.used, src instanceof DictObject ? src.dkGeneral : true);
      }
      const it = iter(rt, args[0]);
      try {
        for (let k = next(rt, it); k !== undefined; k = next(rt, it)) {
          try {
            if (d instanceof DictObject && rt.typeOf(d) === rt.types.get('dict')) d.set(rt.heap, k, value);
            else setItem(rt, d, k, value);
          } finally {
            rt.decref(k);
          }
        }
      } finally {
        rt.decref(it);
      }
    } catch (e) {
      rt.decref(d);
      throw e;
    }
    return d;
  },
  // METH_NOARGS: `dict.keys() takes no arguments (1 given)`.
  keys(rt, self, args) {
    arity(rt, 'dict.keys', args, 0, 0);
    return newDictView(rt, self, 'keys');
  },
  values(rt, self, args) {
    arity(rt, 'dict.values', args, 0, 0);
    return newDictView(rt, self, 'values');
  },
  items(rt, self, args) {
    arity(rt, 'dict.items', args, 0, 0);
    return newDictView(rt, self, 'items');
  },
  update(rt, self, args, kwargs) {
    arity(rt, 'update', args, 0, 1);
    if (args.length) dictUpdate(rt, self as DictObject, args[0]);
    if (kwargs !== null && kwargs.length) dictUpdateKeywords(rt, self as DictObject, kwargs);
    return null;
  },
  clear(rt, self, args) {
    arity(rt, 'dict.clear', args, 0, 0);
    // PyDict_Clear on the dict itself: never subtype_clear (a subclass keeps its slots and __dict__).
    DictObject.prototype.clear.call(self as DictObject, rt.heap);
    return null;
  },
  copy(rt, self, args) {
    arity(rt, 'dict.copy', args, 0, 0);
    const src = self as DictObject;
    const d = rt.heap.newDict();
    if (src.splitKeys !== null && rt.typeOf(src) === rt.types.get('dict')) {
      // PyDict_Copy of a split table: a split copy over the same shared keys.
      d.splitKeys = src.splitKeys;
      for (const [k, v] of src.entries()) d.set(rt.heap, k, v);
      return d;
    }
    // PyDict_Copy: a table at most a third deleted is cloned; otherwise dict_merge into a new dict.
    const clone = src.used > 0 && src.used >= Math.floor((src.dkNentries * 2) / 3);
    const cloneByMerge = !clone && d.dkMergeStart(src);
    for (const [k, v] of src.entries()) d.set(rt.heap, k, v);
    if (clone || cloneByMerge) d.dkCloneOf(src);
    return d;
  },
};

export const dictType: BuiltinType = {
  // dict_methods' METH_COEXIST entries.
  coexist: ['__getitem__', '__contains__'],
  name: 'dict',
  instances: [DictObject],
  methods: dictMethods,
  slots: {
    tp_repr(rt, self) {
      const d = self as DictObject;
      return rt.guardRepr(d, '{...}', () => '{' + d.entries().map(([k, x]) => repr(rt, k) + ': ' + repr(rt, x)).join(', ') + '}');
    },
    tp_hash: unhashable,
    tp_richcompare(rt, self, other, op) {
      if (!(other instanceof DictObject) || (op !== '==' && op !== '!=')) return NotImplemented;
      const same = dictEquals(rt.heap, self as DictObject, other);
      return op === '==' ? same : !same;
    },
    tp_iter: (rt, self) => newDictIterator(rt, self as DictObject, 'keys'),
    sq_length: (rt, self) => (self as DictObject).used,
    nb_bool: (rt, self) => (self as DictObject).used > 0,
    nb_bool_from_length: true,
    sq_contains: (rt, self, item) => (self as DictObject).find(rt.heap, item) >= 0,
    mp_subscript(rt, self, k) {
      const x = (self as DictObject).get(rt.heap, k);
      if (x !== undefined) return rt.incref(x);
      // dict_subscript: a subclass's __missing__ answers for a missing key.
      if (self instanceof DictSubInstance) {
        const missing = self.cls.lookup('__missing__');
        if (missing !== undefined) return callUnbound(rt, missing, self, [k]);
      }
      throw keyErrorFor(rt, k);
    },
    mp_ass_subscript(rt, self, k, v) {
      const d = self as DictObject;
      if (v !== undefined) d.set(rt.heap, k, v);
      else if (!d.delete(rt.heap, k)) throw keyErrorFor(rt, k);
    },
    nb_binary(rt, self, op, other, reflected) {
      if (op !== '|' || !(other instanceof DictObject)) return NotImplemented;
      const [a, b] = reflected ? [other, self as DictObject] : [self as DictObject, other];
      const d = rt.heap.newDict();
      for (const [k, v] of a.entries()) d.set(rt.heap, k, v);
      for (const [k, v] of b.entries()) d.set(rt.heap, k, v);
      return d;
    },
    nb_inplace(rt, self, op, other) {
      if (op !== '|') return NotImplemented;
      dictUpdate(rt, self as DictObject, other);
      return rt.incref(self);
    },
  },
  nb_ops: { binary: ['|'], reflected: ['|'], inplace: ['|'] },
  newChecksKeywords: true,
  tp_alloc: (rt, cls) => newSubtypeInstance(rt.heap, cls, () => new DictSubInstance()),
  // dict_init: dict_update_common (the items are added to what is there).
  tp_init(rt, self, args, kwargs) {
    if (args.length > 1) throw rt.typeError(`dict expected at most 1 argument, got ${args.length}`);
    if (args.length) dictUpdate(rt, self as DictObject, args[0]);
    for (const [k, v] of kwargs ?? []) (self as DictObject).set(rt.heap, k, v);
  },
  tp_new(rt, args, kwargs) {
    if (args.length > 1) throw rt.typeError(`dict expected at most 1 argument, got ${args.length}`);
    // dict_new allocates with type->tp_alloc: never from dict's free list.
    const d = rt.heap.newDict(false);
    try {
      if (args.length) dictUpdate(rt, d, args[0]);
      for (const [k, v] of kwargs ?? []) d.set(rt.heap, k, v);
    } catch (e) {
      rt.decref(d);
      throw e;
    }
    return d;
  },
};
