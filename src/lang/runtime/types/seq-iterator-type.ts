/**
 * The sequence iterators (listobject.c listiter, tupleobject.c tupleiter,
 * unicodeobject.c unicodeiter, iterobject.c seqiter): one JS class,
 * SeqIterator, whose `kind` is its Python type (list_iterator,
 * tuple_iterator, str_ascii_iterator, iterator). refs[0] is the sequence;
 * an exhausted iterator releases it at once.
 */
import { BytesLikeObject, ListObject, PyException, TupleObject, newBytes, type Value } from '../../../heap';
import { SeqIterator } from '../native-objects';
import { getItem, indexOf, isStopIteration, len } from '../operators';
import { getBuiltin } from '../builtins';
import type { Runtime } from '../runtime';
import type { BuiltinType } from '../type-slots';

/** A new iterator of kind `kind` over `seq` (borrowed; the iterator takes its own reference). */
export function newSeqIterator(rt: Runtime, seq: Value, kind: string): Value {
  rt.heap.reserve();
  const it = rt.heap.register(new SeqIterator(rt.incref(seq), kind));
  // Every one is tracked, a str's too (unicode_iter: _PyObject_GC_TRACK): a cycle
  // through a str iterator is one more object for the collector, as in CPython.
  rt.heap.track(it);
  return it;
}

function nextSeq(rt: Runtime, it: SeqIterator): Value | undefined {
  const seq = it.refs[0];
  if (seq === undefined) return undefined;
  let out: Value | undefined;
  if (typeof seq === 'string') {
    out = nextCodePoint(it, seq);
  } else if (seq instanceof ListObject || seq instanceof TupleObject) {
    out = it.index < seq.items.length ? rt.incref(seq.items[it.index]) : undefined;
  } else if (seq instanceof BytesLikeObject) {
    // bytes / bytearray iterators read the buffer (a bytearray's current length each step).
    out = it.index < seq.value.length ? seq.value.charCodeAt(it.index) : undefined;
  } else {
    try {
      out = getItem(rt, seq, it.index);
    } catch (e) {
      if (e instanceof PyException && (e.pyType === 'IndexError' || isStopIteration(rt, e))) out = undefined;
      else throw e;
    }
  }
  if (out === undefined) {
    it.setRef(rt.heap, 0, undefined);
    return undefined;
  }
  it.index++;
  return out;
}

/** The code point at the iterator's index (unicodeiter_next), or undefined at the end; one step, not a split of the string. */
function nextCodePoint(it: SeqIterator, s: string): string | undefined {
  if (it.strOffsetIndex !== it.index) {
    let off = 0;
    for (let k = 0; k < it.index && off < s.length; k++) off += s.codePointAt(off)! > 0xffff ? 2 : 1;
    it.strOffset = off;
    it.strOffsetIndex = it.index;
  }
  if (it.strOffset >= s.length) return undefined;
  const cp = s.codePointAt(it.strOffset)!;
  const width = cp > 0xffff ? 2 : 1;
  const ch = s.slice(it.strOffset, it.strOffset + width);
  it.strOffset += width;
  it.strOffsetIndex = it.index + 1;
  return ch;
}

/**
 * __length_hint__ (listiter_len, tupleiter_len, unicodeiter_len,
 * striter_len, iter_len): what is left, 0 once exhausted; the generic
 * sequence iterator answers NotImplemented when its sequence has no len().
 */
function seqLengthHint(rt: Runtime, it: SeqIterator): Value {
  const seq = it.refs[0];
  if (seq === undefined) return 0;
  let size: number;
  if (typeof seq === 'string') size = [...seq].length;
  else if (seq instanceof ListObject || seq instanceof TupleObject) size = seq.items.length;
  else if (seq instanceof BytesLikeObject) size = seq.value.length;
  else {
    if (rt.typeOf(seq).lookup('__len__') === undefined && rt.slotsOf(seq).sq_length === undefined) return rt.notImplementedValue();
    size = len(rt, seq);
  }
  return Math.max(0, size - it.index);
}

/**
 * listiter_reduce / tupleiter_reduce / unicodeiter_reduce / striter_reduce /
 * iter_reduce: `(iter, (seq,), index)`, or once exhausted `(iter, (empty,))`
 * with an empty sequence of the kind's own (a new list, (), '', b'').
 */
function seqReduce(rt: Runtime, it: SeqIterator): Value {
  const iterFn = getBuiltin(rt, 'iter');
  const seq = it.refs[0];
  if (seq !== undefined) {
    const args = rt.newTuple([seq]);
    try {
      return rt.newTuple([iterFn, args, it.index]);
    } finally {
      rt.decref(args);
    }
  }
  const k = it.kind;
  const empty: Value = k === 'list_iterator' ? rt.heap.newList([]) : k.startsWith('str') ? '' : k.startsWith('byte') ? newBytes(rt.heap, '') : rt.tupleSteal([]);
  const args = rt.newTuple([empty]);
  rt.decref(empty);
  try {
    return rt.newTuple([iterFn, args]);
  } finally {
    rt.decref(args);
  }
}

/**
 * listiter_setstate and its siblings: the index, at least 0 and (except the
 * generic iterator's) at most the sequence's length; nothing once exhausted.
 */
function seqSetState(rt: Runtime, it: SeqIterator, state: Value): Value {
  const n = indexOf(rt, state);
  if (n === undefined) throw rt.typeError(`'${rt.typeName(state)}' object cannot be interpreted as an integer`);
  let index = typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
  const seq = it.refs[0];
  if (seq === undefined) return null;
  if (index < 0) index = 0;
  else if (it.kind !== 'iterator') {
    const size = typeof seq === 'string' ? [...seq].length : len(rt, seq);
    if (index > size) index = size;
  }
  it.index = index;
  return null;
}

/** The slots shared by every sequence iterator kind (registered under each kind's name). */
export function seqIteratorType(kind: string): BuiltinType {
  return {
    name: kind,
    slots: {
      tp_iter: (rt, self) => rt.incref(self),
      tp_iternext: (rt, self) => nextSeq(rt, self as SeqIterator),
    },
    // memory_iterator has no __length_hint__ (memoryiter_methods is empty).
    methods:
      kind === 'memory_iterator'
        ? {}
        : {
            __length_hint__: (rt, self) => seqLengthHint(rt, self as SeqIterator),
            __reduce__: (rt, self) => seqReduce(rt, self as SeqIterator),
            __setstate__: (rt, self, args) => seqSetState(rt, self as SeqIterator, oneArg(rt, '__setstate__', args)),
          },
  };
}

/** The one argument of a METH_O method (`name` in the message). */
function oneArg(rt: Runtime, name: string, args: Value[]): Value {
  if (args.length !== 1) throw rt.typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
