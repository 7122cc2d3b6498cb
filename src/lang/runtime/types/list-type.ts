/**
 * list (Objects/listobject.c): a mutable sequence, unhashable, compared
 * item by item. The object itself is the heap's ListObject (items released
 * last to first); this file is its type object: slots, methods, list().
 * Each method follows its CPython counterpart's reference behaviour
 * (list.remove releases the removed item after unlinking it; list.sort
 * empties the list while it sorts).
 */
import { ListObject, ListSubInstance, newSubtypeInstance, type Value } from '../../../heap';
import type { MethodImpl } from '../attributes';
import { listInplaceRepeat, repeatSequence } from '../arithmetic';
import { extendList } from '../builtins';
import { arity, kwarg, sortReverseFlag, sortValues } from '../methods';
import { compareSequences, eqHeld, indexSearchRange, normIndex, sliceObjectIndices } from '../operators';
import { SliceObject } from '../native-objects';
import { listAssignSlice, listDeleteSlice } from '../list-slice-assign';
import { repr } from '../repr';
import { NotImplemented } from '../runtime';
import { unhashable, type BuiltinType } from '../type-slots';
import { newSeqIterator } from './seq-iterator-type';
import { overridesBelow, rejectKeywords } from '../constructor-keywords';
import { ssizeArg } from '../c-integer-args';

const listMethods: Record<string, MethodImpl> = {
  append(rt, self, args) {
    arity(rt, 'list.append', args, 1, 1);
    (self as ListObject).append(rt.heap, args[0]);
    return null;
  },
  extend(rt, self, args) {
    arity(rt, 'list.extend', args, 1, 1);
    extendList(rt, self as ListObject, args[0]);
    return null;
  },
  insert(rt, self, args) {
    arity(rt, 'insert', args, 2, 2);
    const l = self as ListObject;
    let i = ssizeArg(rt, args[0]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    rt.incref(args[1]);
    l.resize(n + 1);
    l.items.splice(Math.min(i, n), 0, args[1]);
    return null;
  },
  pop(rt, self, args) {
    arity(rt, 'pop', args, 0, 1);
    const l = self as ListObject;
    // Argument Clinic converts the index (Py_ssize_t) before list_pop_impl runs.
    let i = args.length ? ssizeArg(rt, args[0]) : -1;
    if (l.items.length === 0) throw rt.error('IndexError', 'pop from empty list');
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw rt.error('IndexError', 'pop index out of range');
    // list_pop_impl: list_resize for the last item, list_ass_slice otherwise.
    if (i === l.items.length - 1) l.resize(i);
    else l.noteAssSlice(l.items.length, 1, 0);
    return l.items.splice(i, 1)[0];
  },
  remove(rt, self, args) {
    arity(rt, 'list.remove', args, 1, 1);
    const l = self as ListObject;
    for (let i = 0; i < l.items.length; i++) {
      if (eqHeld(rt, l.items[i], args[0])) {
        // list_ass_slice(i, i+1): clamped when `__eq__` shortened the list.
        if (i >= l.items.length) return null;
        l.noteAssSlice(l.items.length, 1, 0);
        const [old] = l.items.splice(i, 1);
        rt.decref(old);
        return null;
      }
    }
    throw rt.error('ValueError', 'list.remove(x): x not in list');
  },
  index(rt, self, args) {
    arity(rt, 'index', args, 1, 3);
    const l = self as ListObject;
    const [start, stop] = indexSearchRange(rt, args, l.items.length);
    // list_index_impl: the list may change while an item's __eq__ runs (eqHeld holds both).
    for (let i = start; i < stop && i < l.items.length; i++) if (eqHeld(rt, l.items[i], args[0])) return i;
    throw rt.error('ValueError', `${repr(rt, args[0])} is not in list`);
  },
  count(rt, self, args) {
    arity(rt, 'list.count', args, 1, 1);
    // list_count: the live size at every step, the item held.
    const l = self as ListObject;
    let n = 0;
    for (let i = 0; i < l.items.length; i++) if (eqHeld(rt, l.items[i], args[0])) n++;
    return n;
  },
  clear(rt, self, args) {
    arity(rt, 'list.clear', args, 0, 0);
    // list_clear on the list itself: never subtype_clear (a subclass keeps its slots and __dict__).
    ListObject.prototype.clear.call(self as ListObject, rt.heap);
    return null;
  },
  copy(rt, self, args) {
    arity(rt, 'list.copy', args, 0, 0);
    return rt.heap.newList((self as ListObject).items);
  },
  reverse(rt, self, args) {
    arity(rt, 'list.reverse', args, 0, 0);
    (self as ListObject).items.reverse();
    return null;
  },
  sort(rt, self, args, kwargs) {
    if (args.length) throw rt.typeError('sort() takes no positional arguments');
    // The argument clinic converts reverse before list_sort_impl empties the list.
    const reverse = sortReverseFlag(rt, kwarg(kwargs, 'reverse'));
    const l = self as ListObject;
    const items = l.items;
    // list.sort empties the list while it sorts; anything added meanwhile is
    // dropped and reported (listobject.c list_sort_impl).
    l.items = [];
    let sorted: Value[];
    try {
      sorted = sortValues(rt, items, kwarg(kwargs, 'key'), reverse);
    } catch (e) {
      const added = l.items;
      l.items = items;
      for (const x of added) rt.decref(x);
      throw e;
    }
    const added = l.items;
    l.items = sorted;
    if (added.length > 0) {
      for (const x of added) rt.decref(x);
      throw rt.error('ValueError', 'list modified during sort');
    }
    return null;
  },
};

/** `l * n` and `n * l` (list_repeat) for an int n. */
function isInt(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
}


export const listType: BuiltinType = {
  // list_methods' METH_COEXIST entry.
  coexist: ['__getitem__'],
  name: 'list',
  instances: [ListObject],
  methods: listMethods,
  slots: {
    tp_repr: (rt, self) => {
      const l = self as ListObject;
      // list_repr: an empty list never reaches Py_ReprEnter.
      if (l.items.length === 0) return '[]';
      return rt.guardRepr(l, '[...]', () => '[' + l.items.map((x) => repr(rt, x)).join(', ') + ']');
    },
    tp_hash: unhashable,
    tp_richcompare(rt, self, other, op) {
      if (!(other instanceof ListObject)) return NotImplemented;
      return compareSequences(rt, self as ListObject, other, op, true);
    },
    tp_iter: (rt, self) => newSeqIterator(rt, self, 'list_iterator'),
    sq_length: (rt, self) => (self as ListObject).items.length,
    nb_bool: (rt, self) => (self as ListObject).items.length > 0,
    nb_bool_from_length: true,
    sq_contains(rt, self, item) {
      // list_contains: the size is read again at every step, the item held.
      const l = self as ListObject;
      for (let i = 0; i < l.items.length; i++) if (eqHeld(rt, l.items[i], item)) return true;
      return false;
    },
    mp_subscript: (rt, self, k) => rt.incref((self as ListObject).items[normIndex(rt, k, (self as ListObject).items.length, 'list')]),
    mp_ass_subscript(rt, self, k, v) {
      const l = self as ListObject;
      if (k instanceof SliceObject) {
        // list_ass_subscript with a slice object.
        const [start, stop, step] = sliceObjectIndices(rt, k, l.items.length);
        if (v === undefined) listDeleteSlice(rt, l, start, stop, step);
        else listAssignSlice(rt, l, start, stop, step, v);
        return;
      }
      const i = normIndex(rt, k, l.items.length, 'list assignment');
      if (v !== undefined) {
        l.setItem(rt.heap, i, v);
        return;
      }
      l.noteAssSlice(l.items.length, 1, 0);
      const [old] = l.items.splice(i, 1);
      rt.decref(old);
    },
    sq_slice(rt, self, start, stop, step) {
      const items = (self as ListObject).items;
      const out: Value[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(items[i]);
      return rt.heap.newList(out);
    },
    nb_binary(rt, self, op, other, reflected) {
      const l = self as ListObject;
      if (op === '*' && isInt(other)) return repeatSequence(rt, l, typeof other === 'boolean' ? +other : (other as number | bigint));
      if (op !== '+' || reflected) return NotImplemented;
      if (other instanceof ListObject) return rt.heap.newList([...l.items, ...other.items]);
      // sq_concat is tried last (binaryOp raises); the right operand's __radd__ comes first.
      return NotImplemented;
    },
    nb_inplace(rt, self, op, other) {
      const l = self as ListObject;
      if (op === '+') {
        // list_inplace_concat is list.extend: any iterable.
        extendList(rt, l, other);
        return rt.incref(l);
      }
      if (op === '*' && isInt(other)) {
        listInplaceRepeat(rt, l, other as number | bigint | boolean);
        return rt.incref(l);
      }
      return NotImplemented;
    },
  },
  sq_concat_error: 'concatenate',
  nb_ops: { binary: ['+', '*'], reflected: ['*'], inplace: ['+', '*'] },
  // list.__new__ is PyType_GenericNew: it takes any arguments.
  tp_alloc: (rt, cls) => newSubtypeInstance(rt.heap, cls, () => new ListSubInstance([])),
  newChecksKeywords: true,
  // list___init___impl: empty the list, then extend it from the iterable.
  tp_init(rt, self, args, kwargs) {
    // list___init__: keywords only for a class that overrides __new__.
    const cls = rt.typeOf(self);
    if (!overridesBelow(cls, rt.types.get('list'), '__new__')) rejectKeywords(rt, kwargs, 'list');
    if (args.length > 1) throw rt.typeError(`list expected at most 1 argument, got ${args.length}`);
    const l = self as ListObject;
    if (l.items.length > 0) ListObject.prototype.clear.call(l, rt.heap);
    if (args.length) extendList(rt, l, args[0]);
  },
  // list_new then list_extend: the (tracked) list exists before its items are made.
  tp_new(rt, args, kwargs) {
    rejectKeywords(rt, kwargs, 'list');
    if (args.length > 1) throw rt.typeError(`list expected at most 1 argument, got ${args.length}`);
    // list_new allocates with type->tp_alloc: never from list's free list.
    const l = rt.heap.newList([], false);
    if (args.length) {
      try {
        extendList(rt, l, args[0]);
      } catch (e) {
        rt.decref(l);
        throw e;
      }
    }
    return l;
  },
};

