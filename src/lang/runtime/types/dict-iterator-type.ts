/**
 * dict_keyiterator / dict_valueiterator / dict_itemiterator
 * (dictobject.c dictiter_iternext*) and their reverse twins
 * dict_reversekeyiterator / dict_reversevalueiterator /
 * dict_reverseitemiterator (dictreviter_iternext: `reversed(d)`,
 * `reversed(d.items())`): refs[0] is the dict until the iterator is
 * exhausted; a size change while iterating is a RuntimeError (and the
 * iterator stays broken, di_used = -1), and so is a key deleted and added
 * again (same size, one entry more than the loop expected). An item iterator keeps di_result,
 * the (key, value) tuple it reuses while nobody else holds it (refs[1]),
 * so the loop's tuple holds the current key and value during the body.
 */
import { DictObject, TupleObject, type Value } from '../../../heap';
import { DictIterator } from '../native-objects';
import type { Runtime } from '../runtime';
import { getBuiltin } from '../builtins';
import type { BuiltinType } from '../type-slots';

/** A new iterator over `d`'s keys, values or items (it takes its own reference to d). */
export function newDictIterator(rt: Runtime, d: DictObject, kind: 'keys' | 'values' | 'items', reverse = false): Value {
  rt.heap.reserve();
  const it = rt.heap.register(new DictIterator(rt.incref(d), kind, d.used, reverse));
  // dictiter_new: an item iterator's di_result, PyTuple_Pack(2, None, None).
  if (kind === 'items') it.refs.push(rt.newTuple([null, null]));
  // dictiter_new: a reverse iterator starts at the last entry slot.
  if (reverse) it.pos = d.keys.length - 1;
  rt.heap.track(it);
  return it;
}

function nextDict(rt: Runtime, it: DictIterator): Value | undefined {
  const d = it.refs[0] as DictObject | undefined;
  if (d === undefined) return undefined;
  if (d.used !== it.used) {
    it.used = -1;
    throw rt.error('RuntimeError', 'dictionary changed size during iteration');
  }
  const i = it.reverse ? d.prevIndex(it.pos) : d.nextIndex(it.pos);
  if (i < 0) {
    it.setRef(rt.heap, 0, undefined);
    return undefined;
  }
  // dictiter_iternext*: an entry found after di->len reached 0 is a key
  // deleted and added again during the loop (the size is the same); the
  // iterator lets go of the dict (its `fail:` path). The reverse
  // iterators (dictreviter_iternext) do not check this.
  if (!it.reverse && it.taken >= it.used) {
    it.setRef(rt.heap, 0, undefined);
    throw rt.error('RuntimeError', 'dictionary keys changed during iteration');
  }
  it.pos = it.reverse ? i - 1 : i + 1;
  it.taken++;
  const k = d.keys[i] as Value;
  const v = d.values[i] as Value;
  if (it.kind === 'keys') return rt.incref(k);
  if (it.kind === 'values') return rt.incref(v);
  return itemResult(rt, it, k, v);
}

/** dictiter_iternextitem: reuse di_result when only the iterator holds it (retracked, bpo-42536), else a new tuple. */
function itemResult(rt: Runtime, it: DictIterator, k: Value, v: Value): Value {
  const cached = it.refs[1] as TupleObject;
  if (cached.refcnt !== 1) return rt.newTuple([k, v]);
  const old = cached.items;
  cached.items = [rt.incref(k), rt.incref(v)];
  rt.heap.trackingChanges++;
  for (const x of old) rt.decref(x);
  if (cached.gcSlot < 0) rt.heap.track(cached);
  return rt.incref(cached);
}

/** dictiter_len: what is left while the dict keeps its size, else 0. */
function dictLengthHint(it: DictIterator): number {
  const d = it.refs[0] as DictObject | undefined;
  return d !== undefined && d.used === it.used ? Math.max(0, it.used - it.taken) : 0;
}

/**
 * dictiter_reduce: `(iter, (list,))`, the list of what a copy of the
 * iterator's state would still give (a size change is the same
 * RuntimeError); the iterator itself does not move.
 */
function dictIterReduce(rt: Runtime, it: DictIterator): Value {
  const out: Value[] = [];
  const d = it.refs[0] as DictObject | undefined;
  if (d !== undefined) {
    if (d.used !== it.used) throw rt.error('RuntimeError', 'dictionary changed size during iteration');
    for (let i = it.reverse ? d.prevIndex(it.pos) : d.nextIndex(it.pos); i >= 0; i = it.reverse ? d.prevIndex(i - 1) : d.nextIndex(i + 1)) {
      const k = d.keys[i] as Value;
      const v = d.values[i] as Value;
      out.push(it.kind === 'keys' ? rt.incref(k) : it.kind === 'values' ? rt.incref(v) : rt.newTuple([k, v]));
    }
  }
  const list = rt.listSteal(out);
  const args = rt.newTuple([list]);
  rt.decref(list);
  try {
    return rt.newTuple([getBuiltin(rt, 'iter'), args]);
  } finally {
    rt.decref(args);
  }
}

/** The slots of the three dict iterator types (registered under each name). */
export function dictIteratorType(name: string): BuiltinType {
  return {
    name,
    slots: {
      tp_iter: (rt, self) => rt.incref(self),
      tp_iternext: (rt, self) => nextDict(rt, self as DictIterator),
    },
    methods: {
      __length_hint__: (_rt, self) => dictLengthHint(self as DictIterator),
      __reduce__: (rt, self) => dictIterReduce(rt, self as DictIterator),
    },
  };
}
