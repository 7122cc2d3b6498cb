/**
 * Helpers shared by the builtin types' methods (CPython's argument checks,
 * list.sort's comparisons, dict.update's sources) and the methods of the
 * types that do not have a file of their own yet (int, cell).
 */
import { timsort } from './list-sort';
import { DictObject, PyException, TupleObject, type Value } from '../../heap';
import { swallow } from './generic-getattr';
import { defineGetters, defineSetters, lookupAttr } from './attributes';
import { CellObject } from './function-object';
import { call } from './calls';
import { compareSlot, eq, getItem, indexOf, iter, next, richCompare, toArray, truthy } from './operators';
import { NotImplemented, type Kwargs, type Runtime } from './runtime';

/** Check positional arity like CPython's METH_O / METH_VARARGS messages. */
export function arity(rt: Runtime, name: string, args: Value[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max && min === 0) throw rt.typeError(`${name}() takes no arguments (${args.length} given)`);
    if (min === max && min === 1) throw rt.typeError(`${name}() takes exactly one argument (${args.length} given)`);
    if (min === max) throw rt.typeError(`${name} expected ${min} arguments, got ${args.length}`);
    if (args.length < min) throw rt.typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    throw rt.typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

export function noKwargs(rt: Runtime, name: string, kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.length > 0) throw rt.typeError(`${name}() takes no keyword arguments`);
}

export function kwarg(kwargs: Kwargs, name: string): Value | undefined {
  if (kwargs === null) return undefined;
  for (const [k, v] of kwargs) if (k === name) return v;
  return undefined;
}

/**
 * list.sort's `reverse` (argument clinic `bool(accept={int})`: _PyLong_AsInt),
 * also reached by sorted(): an int (or __index__) only, absent is False.
 */
export function sortReverseFlag(rt: Runtime, v: Value | undefined): boolean {
  if (v === undefined) return false;
  const i = indexOf(rt, v);
  if (typeof i === 'number' && i >= -2147483648 && i <= 2147483647) return i !== 0;
  if (typeof i === 'number' || typeof i === 'bigint') {
    const n = BigInt(i);
    if (n > 2147483647n || n < -2147483648n) throw rt.error('OverflowError', 'Python int too large to convert to C int');
    return n !== 0n;
  }
  throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
}

/** Sort `items` (borrowed) by key with Python's stable, `<`-only comparisons. */
export function sortValues(rt: Runtime, items: Value[], key: Value | undefined, reverse: boolean): Value[] {
  const keys = key === undefined || key === null ? items.map((x) => rt.incref(x)) : items.map((x) => call(rt, key, [x]));
  const order = items.map((_, i) => i);
  const keyLt = sortKeyCompare(rt, keys);
  const lt = (i: number, j: number): boolean => keyLt(keys[i], keys[j]);
  try {
    // list_sort_impl: reverse=True reverses, sorts with '<', reverses back (stable both ways).
    if (reverse) order.reverse();
    timsort(order, lt);
    if (reverse) order.reverse();
    return order.map((i) => items[i]);
  } finally {
    for (const k of keys) rt.decref(k);
  }
}

/**
 * dict.update(**kw): dict_update_common's PyDict_Merge(self, kwds) of the
 * keyword dict the call built (an empty dict takes a clone of its table).
 */
export function dictUpdateKeywords(rt: Runtime, d: DictObject, kwargs: ReadonlyArray<readonly [string, Value]>): void {
  const clone = d.dkMergeKeywordsStart(kwargs.length);
  for (const [k, v] of kwargs) d.set(rt.heap, k, v);
  if (clone) d.dkCloneKeywords(kwargs.length);
}

/**
 * dict.update(other) (dict_update_arg): a dict whose type keeps dict_iter
 * is merged directly; an object with a `keys` attribute
 * (_PyObject_LookupAttr: on the instance or its type, builtin methods
 * included) through PyDict_Merge's keys() and `other[key]`; anything else
 * as an iterable of pairs (borrowed), or with `mappingOnly` (PyDict_Update,
 * as DICT_UPDATE runs it) "'T' object is not a mapping".
 */
export function dictUpdate(rt: Runtime, d: DictObject, other: Value, mappingOnly = false): void {
  if (other instanceof DictObject && rt.typeOf(other).lookup('__iter__') === undefined) {
    // dict_merge: clone other's table into an empty dict, or one resize before the inserts.
    const clone = d.dkMergeStart(other);
    if (clone) {
      for (const [k, v] of other.entries()) d.set(rt.heap, k, v);
      d.dkCloneOf(other);
      return;
    }
    // _PyDict_Next over other's live entries, each key and value held
    // across insertdict (whose __eq__ may change other); a change in other's
    // entry count is "dict mutated during update".
    const origSize = other.dkNentries;
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k === undefined) continue;
      const v = other.values[i] as Value;
      rt.incref(k);
      rt.incref(v);
      try {
        d.set(rt.heap, k, v);
      } finally {
        rt.decref(v);
        rt.decref(k);
      }
      if (origSize !== other.dkNentries) throw rt.error('RuntimeError', 'dict mutated during update');
    }
    return;
  }
  const ks = lookupAttr(rt, other, 'keys');
  if (ks !== undefined) {
    let kl: Value;
    try {
      kl = call(rt, ks, []);
    } finally {
      rt.decref(ks);
    }
    const keys = toArray(rt, kl);
    rt.decref(kl);
    try {
      for (const k of keys) {
        const v = getItem(rt, other, k);
        d.set(rt.heap, k, v);
        rt.decref(v);
      }
    } finally {
      for (const k of keys) rt.decref(k);
    }
    return;
  }
  if (mappingOnly) throw rt.typeError(`'${rt.typeName(other)}' object is not a mapping`);
  // PyDict_MergeFromSeq2: one pair at a time, inserted as it is produced.
  const it = iter(rt, other);
  try {
    for (let i = 0; ; i++) {
      const p = next(rt, it);
      if (p === undefined) return;
      let kv: Value[];
      try {
        kv = toArray(rt, p);
      } catch (e) {
        // PySequence_Fast(item, ""): a TypeError becomes MergeFromSeq2's own message.
        if (!isTypeErrorException(rt, e)) throw e;
        swallow(rt, e as PyException);
        throw rt.typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      } finally {
        rt.decref(p);
      }
      if (kv.length !== 2) {
        for (const x of kv) rt.decref(x);
        throw rt.error('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
      }
      d.set(rt.heap, kv[0], kv[1]);
      rt.decref(kv[0]);
      rt.decref(kv[1]);
    }
  } finally {
    rt.decref(it);
  }
}

function isTypeErrorException(rt: Runtime, e: unknown): boolean {
  if (!(e instanceof PyException)) return false;
  const v = e.pyValue;
  if (v !== undefined) return rt.isInstance(v, rt.types.get('TypeError'));
  const cls = rt.types.byName.get(e.pyType);
  return cls !== undefined && cls.isSubclassOf(rt.types.get('TypeError'));
}

export function installMethods(rt: Runtime): void {
  // Objects/cellobject.c cell_get_contents / cell_set_contents.
  const cell = rt.types.get('cell');
  defineGetters(cell, {
    cell_contents(rt2, self) {
      const v = (self as CellObject).value;
      if (v === undefined) throw rt2.error('ValueError', 'Cell is empty');
      return rt2.incref(v);
    },
  });
  defineSetters(cell, {
    cell_contents(rt2, self, v) {
      const c = self as CellObject;
      const old = c.value;
      c.value = rt2.incref(v);
      if (old !== undefined) rt2.decref(old);
    },
  });
}


type KeyLt = (a: Value, b: Value) => boolean;

/** safe_object_compare: PyObject_RichCompareBool(v, w, Py_LT), inside its " in comparison" recursion entry. */
function safeObjectLt(rt: Runtime): KeyLt {
  return (a, b) => {
    const r = richCompare(rt, a, b, '<');
    const t = truthy(rt, r);
    rt.decref(r);
    return t;
  };
}

/**
 * unsafe_object_compare: every key has the same exact type, so list.sort
 * calls that type's tp_richcompare(v, w, Py_LT) directly -- no recursion
 * entry, no reflected operand -- and falls back to PyObject_RichCompareBool
 * when the slot returns NotImplemented or v's type has changed since the
 * pre-sort check (a `__class__` assignment in a comparison).
 */
function unsafeObjectLt(rt: Runtime, keyType: unknown): KeyLt {
  const safe = safeObjectLt(rt);
  return (a, b) => {
    if (rt.typeOf(a) !== keyType) return safe(a, b);
    const r = compareSlot(rt, a, b, '<');
    if (r === NotImplemented) return safe(a, b);
    const t = truthy(rt, r as Value);
    rt.decref(r as Value);
    return t;
  };
}

/**
 * The compare function list_sort_impl's pre-sort check chooses (CPython
 * 3.11, Objects/listobject.c), which decides where the recursion limit's
 * C entries are taken: with every key of one exact type, the type's own
 * tp_richcompare is called unchecked (unsafe_object_compare; for int, str
 * and float no Python code can run, so the specialised compares are the
 * same thing here); with mixed types every comparison is
 * PyObject_RichCompareBool (" in comparison"). Non-empty exact tuples as
 * keys compare through unsafe_tuple_compare: items by
 * PyObject_RichCompareBool(==) up to the first difference, then the first
 * items by the compare chosen for the keys' first items (a tuple there:
 * safe_object_compare), later items by PyObject_RichCompareBool(<).
 * Decided only for two keys or more, as CPython's check is.
 */
function sortKeyCompare(rt: Runtime, keys: Value[]): KeyLt {
  if (keys.length < 2) return safeObjectLt(rt);
  const tupleType = rt.types.get('tuple');
  const first = keys[0];
  let inTuples = first instanceof TupleObject && rt.typeOf(first) === tupleType && first.items.length > 0;
  const keyType = rt.typeOf(inTuples ? (first as TupleObject).items[0] : first);
  let sameType = true;
  for (const k of keys) {
    if (inTuples && !(k instanceof TupleObject && rt.typeOf(k) === tupleType && k.items.length > 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (k as TupleObject).items[0] : k;
    if (rt.typeOf(key) !== keyType) {
      sameType = false;
      if (!inTuples) break;
    }
  }
  const keyLt = sameType ? unsafeObjectLt(rt, keyType) : safeObjectLt(rt);
  if (!inTuples) return keyLt;
  const elemLt = keyType === tupleType ? safeObjectLt(rt) : keyLt;
  const safe = safeObjectLt(rt);
  // unsafe_tuple_compare
  return (a, b) => {
    const v = (a as TupleObject).items;
    const w = (b as TupleObject).items;
    let i = 0;
    for (; i < v.length && i < w.length; i++) if (!eq(rt, v[i], w[i])) break;
    if (i >= v.length || i >= w.length) return v.length < w.length;
    return i === 0 ? elemLt(v[0], w[0]) : safe(v[i], w[i]);
  };
}
