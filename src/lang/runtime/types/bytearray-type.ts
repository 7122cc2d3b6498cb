/**
 * bytearray (Objects/bytearrayobject.c): the mutable sibling of bytes. The
 * object is the heap's ByteArrayObject (not a GC object, not weakly
 * referenceable, unhashable); its bytes are a latin-1 string replaced on
 * every change. It shares bytes' read-only methods and slots (bytes-type.ts)
 * with results made as bytearrays, and adds item and slice assignment and
 * deletion, append/extend/insert/pop/remove/clear/copy/reverse, and the
 * in-place `+=` and `*=` that change the object itself.
 */
import { ByteArrayObject, ByteArraySubInstance, BytesLikeObject, ListObject, TupleObject, byteArrayResize, newByteArray, newBytes, newSubtypeInstance, type Value } from '../../../heap';
import { reduceValue } from '../lazy-iterators';
import type { MethodImpl } from '../attributes';
import { arity, kwarg } from '../methods';
import { MemoryViewObject, bufferExports } from './memoryview-type';
import { indexOf, isIterable, sliceObjectIndices } from '../operators';
import { SliceObject } from '../native-objects';
import { NotImplemented, type Runtime } from '../runtime';
import { unhashable, type BuiltinType } from '../type-slots';
import {
  byteIndex,
  bytesFromArgs,
  bytesOf,
  bytesRepr,
  byteValue,
  iterBytes,
  repeatBytes,
  sharedBytesMethods,
  sharedBytesSlots,
  type BytesMaker,
} from './bytes-type';

const makeByteArray: BytesMaker = (rt, data) => newByteArray(rt.heap, data);

function data(self: Value): string {
  return (self as ByteArrayObject).value;
}

/** _canresize: a bytearray with an unreleased view (an export) keeps its size. */
function checkCanResize(rt: Runtime, self: Value): void {
  if (bufferExports(self) > 0) throw rt.error('BufferError', 'Existing exports of data: object cannot be re-sized');
}

/**
 * The new contents, after PyByteArray_Resize to their length (the
 * allocation sys.getsizeof reports); a change of length is refused while
 * the bytearray has exports, the contents unchanged.
 */
function setData(rt: Runtime, self: Value, v: string): void {
  if (v.length !== data(self).length) checkCanResize(rt, self);
  byteArrayResize(self as ByteArrayObject, v.length);
  (self as ByteArrayObject).value = v;
}

/**
 * bytearray_setslice_linear's shrink of a slice starting at 0: the
 * buffer's logical start advances instead of moving the tail, before the
 * resize.
 */
function setDataFromFront(rt: Runtime, self: Value, removed: number, v: string): void {
  if (v.length !== data(self).length) checkCanResize(rt, self);
  if (removed > 0) (self as ByteArrayObject).start += removed;
  setData(rt, self, v);
}

/**
 * bytearray___init__'s filling of an empty bytearray: a buffer, a count,
 * an encoded str, a list or a tuple in one PyByteArray_Resize; any other
 * iterable byte by byte, each append a resize to one more.
 */
function fill(self: ByteArrayObject, source: Value | undefined, v: string): void {
  byteArrayResize(self, 0);
  self.value = '';
  const oneResize =
    source === undefined || typeof source === 'string' || typeof source === 'number' || typeof source === 'bigint' || typeof source === 'boolean' ||
    source instanceof BytesLikeObject || source instanceof MemoryViewObject || source instanceof ListObject || source instanceof TupleObject;
  if (oneResize) {
    byteArrayResize(self, v.length);
  } else {
    for (let n = 0; n < v.length; n++) {
      byteArrayResize(self, n + 1);
      self.value = v.slice(0, n + 1);
    }
  }
  self.value = v;
}

/** The bytes a slice assignment takes: a bytes-like or an iterable of ints (not str, not an int). */
function assignedBytes(rt: Runtime, v: Value): string {
  const b = bytesOf(v);
  if (b !== undefined) return b;
  if (typeof v === 'string' || indexOf(rt, v) !== undefined) {
    throw rt.typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return iterBytes(rt, v);
}

/**
 * bytearray's _common_reduce: (type(self), (bytes(self),), None) from
 * protocol 3 ((type(self), (), None) when empty); before it, the bytes as
 * a latin-1 str: (type(self), (str, 'latin-1'), None).
 */
function commonReduce(rt: Runtime, self: Value, proto: number): Value {
  const d = data(self);
  if (proto < 3) return reduceValue(rt, self, [d, 'latin-1'], null);
  if (d.length === 0) return reduceValue(rt, self, [], null);
  const b = newBytes(rt.heap, d);
  try {
    return reduceValue(rt, self, [b], null);
  } finally {
    rt.decref(b);
  }
}

const byteArrayMethods: Record<string, MethodImpl> = {
  __reduce__(rt, self, args) {
    arity(rt, 'bytearray.__reduce__', args, 0, 0);
    return commonReduce(rt, self, 2);
  },
  __reduce_ex__(rt, self, args) {
    arity(rt, 'bytearray.__reduce_ex__', args, 0, 1);
    const proto = args.length === 0 ? 0 : indexOf(rt, args[0]);
    if (proto === undefined) throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`);
    return commonReduce(rt, self, Number(proto));
  },
  append(rt, self, args) {
    arity(rt, 'append', args, 1, 1);
    setData(rt, self, data(self) + String.fromCharCode(byteValue(rt, args[0])));
    return null;
  },
  extend(rt, self, args) {
    arity(rt, 'extend', args, 1, 1);
    const v = args[0];
    if (bytesOf(v) === undefined && !isIterable(rt, v)) throw rt.typeError(`can't extend bytearray with ${rt.typeName(v)}`);
    setData(rt, self, data(self) + iterBytes(rt, v));
    return null;
  },
  insert(rt, self, args) {
    arity(rt, 'insert', args, 2, 2);
    const i0 = indexOf(rt, args[0]);
    if (i0 === undefined) throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`);
    const b = String.fromCharCode(byteValue(rt, args[1]));
    const d = data(self);
    let i = Number(i0);
    if (i < 0) i = Math.max(0, i + d.length);
    if (i > d.length) i = d.length;
    setData(rt, self, d.slice(0, i) + b + d.slice(i));
    return null;
  },
  pop(rt, self, args) {
    arity(rt, 'pop', args, 0, 1);
    const d = data(self);
    if (d.length === 0) throw rt.error('IndexError', 'pop from empty bytearray');
    let i = d.length - 1;
    if (args.length > 0) {
      const j = indexOf(rt, args[0]);
      if (j === undefined) throw rt.typeError(`'${rt.typeName(args[0])}' object cannot be interpreted as an integer`);
      i = Number(j) < 0 ? Number(j) + d.length : Number(j);
      if (i < 0 || i >= d.length) throw rt.error('IndexError', 'pop index out of range');
    }
    setData(rt, self, d.slice(0, i) + d.slice(i + 1));
    return d.charCodeAt(i);
  },
  remove(rt, self, args) {
    arity(rt, 'remove', args, 1, 1);
    const b = String.fromCharCode(byteValue(rt, args[0]));
    const d = data(self);
    const i = d.indexOf(b);
    if (i < 0) throw rt.error('ValueError', 'value not found in bytearray');
    setData(rt, self, d.slice(0, i) + d.slice(i + 1));
    return null;
  },
  clear(rt, self, args) {
    arity(rt, 'clear', args, 0, 0);
    setData(rt, self, '');
    return null;
  },
  copy(rt, self, args) {
    arity(rt, 'copy', args, 0, 0);
    return newByteArray(rt.heap, data(self));
  },
  reverse(rt, self, args) {
    arity(rt, 'reverse', args, 0, 0);
    setData(rt, self, [...data(self)].reverse().join(''));
    return null;
  },
};

const shared = sharedBytesSlots(makeByteArray, 'bytearray');

export const byteArrayType: BuiltinType = {
  name: 'bytearray',
  instances: [ByteArrayObject],
  methods: { ...sharedBytesMethods(makeByteArray, 'bytearray'), ...byteArrayMethods },
  slots: {
    ...shared,
    // bytearray_repr: the type's name around the bytes repr.
    tp_repr: (rt, self) => `${rt.typeName(self)}(${bytesRepr((self as BytesLikeObject).value, true)})`,
    tp_hash: unhashable,
    mp_ass_subscript(rt, self, k, v) {
      if (k instanceof SliceObject) {
        // bytearray_ass_subscript with a slice object (b.__setitem__(slice(...), v), b[slice(...)] = v).
        const [start, stop, step] = sliceObjectIndices(rt, k, data(self).length);
        byteArrayType.slots.sq_ass_slice!(rt, self, start, stop, step, v);
        return;
      }
      const d = data(self);
      // bytearray_ass_subscript (GH-91153): an int index's value is converted before the bounds check.
      const early = v !== undefined && (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') ? byteValue(rt, v) : undefined;
      const i = byteIndex(rt, k, d.length, 'bytearray');
      if (v === undefined) setDataFromFront(rt, self, i === 0 ? 1 : 0, d.slice(0, i) + d.slice(i + 1));
      else setData(rt, self, d.slice(0, i) + String.fromCharCode(early ?? byteValue(rt, v)) + d.slice(i + 1));
    },
    sq_ass_slice(rt, self, start, stop, step, v) {
      const d = data(self);
      const idx: number[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) idx.push(i);
      if (v === undefined && step === 1) {
        const hi = Math.max(start, stop);
        setDataFromFront(rt, self, start === 0 ? hi : 0, d.slice(0, start) + d.slice(hi));
        return;
      }
      const b = v === undefined ? '' : assignedBytes(rt, v);
      if (step !== 1 && b.length === 0) {
        // bytearray_ass_subscript's "Delete slice" branch: an extended slice
        // given no bytes (del, or an empty value of any slice length) is
        // deleted, after _canresize even when nothing goes.
        checkCanResize(rt, self);
        const gone = new Set(idx);
        let out = '';
        for (let i = 0; i < d.length; i++) if (!gone.has(i)) out += d[i];
        setData(rt, self, out);
        return;
      }
      if (step === 1) {
        const hi = Math.max(start, stop);
        setDataFromFront(rt, self, start === 0 ? Math.max(0, hi - b.length) : 0, d.slice(0, start) + b + d.slice(hi));
        return;
      }
      if (b.length !== idx.length) {
        throw rt.error('ValueError', `attempt to assign bytes of size ${b.length} to extended slice of size ${idx.length}`);
      }
      const chars = [...d];
      idx.forEach((i, j) => (chars[i] = b[j]));
      setData(rt, self, chars.join(''));
    },
    // bytearray_iconcat / bytearray_irepeat: the object itself changes.
    nb_inplace(rt, self, op, other) {
      if (op === '+') {
        const o = bytesOf(other);
        if (o === undefined) throw rt.typeError(`can't concat ${rt.typeName(other)} to ${rt.typeName(self)}`);
        setData(rt, self, data(self) + o);
        return rt.incref(self);
      }
      if (op === '*') {
        const n = indexOf(rt, other);
        if (n === undefined) return NotImplemented;
        setData(rt, self, repeatBytes(rt, data(self), n));
        return rt.incref(self);
      }
      return NotImplemented;
    },
  },
  sq_concat_error: 'concat',
  nb_ops: { binary: ['+', '*', '%'], reflected: ['*', '%'], inplace: ['+', '*'] },
  newChecksKeywords: true,
  tp_alloc: (rt, cls) => newSubtypeInstance(rt.heap, cls, () => new ByteArraySubInstance('')),
  // bytearray___init__: the contents from the arguments, replacing what was there.
  tp_init(rt, self, args, kwargs) {
    // "Empty previous contents (yes, do this first of all!)": a resize to 0 of a non-empty one.
    // Then the resize to the new contents' length.
    const v = bytesFromArgs(rt, args, kwargs, 'bytearray');
    if (data(self).length !== 0 || v.length !== 0) checkCanResize(rt, self);
    fill(self as ByteArrayObject, args.length > 0 ? args[0] : kwarg(kwargs, 'source'), v);
  },
  tp_new(rt, args, kwargs) {
    const v = bytesFromArgs(rt, args, kwargs, 'bytearray');
    const b = newByteArray(rt.heap, '');
    fill(b, args.length > 0 ? args[0] : kwarg(kwargs, 'source'), v);
    return b;
  },
};
