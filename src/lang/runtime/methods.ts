/**
 * Helpers shared by the builtin types' methods (CPython's argument checks,
 * list.sort's comparisons, dict.update's sources) and the methods of the
 * types that do not have a file of their own yet (int, cell).
 */
import { timsort } from './list-sort';
import { DictObject, PyException, type Value } from '../../heap';
import { swallow } from './generic-getattr';
import { defineGetters, defineSetters, lookupAttr } from './attributes';
import { CellObject } from './function-object';
import { call } from './calls';
import { getItem, indexOf, iter, next, richCompare, toArray, truthy } from './operators';
import type { Kwargs, Runtime } from './runtime';

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

/** Sort `items` (borrowed) by key with Python's stable, `<`-only comparisons. */
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

export function sortValues(rt: Runtime, items: Value[], key: Value | undefined, reverse: boolean): Value[] {
  const keys = key === undefined || key === null ? items.map((x) => rt.incref(x)) : items.map((x) => call(rt, key, [x]));
  const order = items.map((_, i) => i);
  const lt = (i: number, j: number): boolean => {
    const r = richCompare(rt, keys[i], keys[j], '<');
    const t = truthy(rt, r);
    rt.decref(r);
    return t;
  };
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

