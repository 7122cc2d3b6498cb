/**
 * memoryview (Objects/memoryobject.c), the basics ordinary programs reach:
 * a view of the bytes of a bytes or bytearray object (format 'B', one
 * dimension), sharing the bytearray's storage (a write through the view
 * changes the bytearray and the other way round), slicing to a new view of
 * the same object, len, indexing, iteration, ==, hash (read-only views),
 * tobytes, tolist, hex, release and the `with` statement.
 *
 * Layout: refs = [obj] (the exporting object, held until release() or
 * death); start/step/length select the bytes seen. GC-tracked and weakly
 * referenceable as CPython's memoryview. After release() every operation
 * but repr and `released` raises ValueError "operation forbidden on
 * released memoryview object", and the object is no longer held.
 *
 * Not modelled (refused with a clear error): cast, other formats and
 * dimensions, views of other buffer exporters, and the exports count that
 * makes CPython refuse to resize a bytearray while a view of it exists.
 */
import { ByteArrayObject, BytesLikeObject, PyException, TupleObject, newBytes, type Value } from '../../../heap';
import { hashString } from '../../../heap/hash';
import { arity } from '../methods';
import { RefHolder } from '../native-objects';
import { indexOf, sliceObjectIndices } from '../operators';
import { SliceObject } from '../native-objects';
import type { Runtime } from '../runtime';
import { NotImplemented } from '../runtime';
import type { BuiltinType } from '../type-slots';
import { newSeqIterator } from './seq-iterator-type';

export class MemoryViewObject extends RefHolder {
  released = false;
  constructor(
    obj: Value,
    readonly start: number,
    readonly step: number,
    readonly length: number,
  ) {
    super([obj]);
  }
  get typeName(): string {
    return 'memoryview';
  }
  override get weakrefable(): boolean {
    return true;
  }
  get obj(): BytesLikeObject {
    return this.refs[0] as BytesLikeObject;
  }
  get readonly(): boolean {
    return !(this.obj instanceof ByteArrayObject);
  }
}

/** The bytes a view sees now (a released view: the ValueError every operation gives). */
export function memoryViewBytes(v: MemoryViewObject): string {
  if (v.released) throw new PyException('ValueError', 'operation forbidden on released memoryview object');
  const data = v.obj.value;
  if (v.step === 1) return data.slice(v.start, v.start + v.length);
  let out = '';
  for (let i = 0; i < v.length; i++) out += data[v.start + i * v.step] ?? '';
  return out;
}

function live(rt: Runtime, self: Value): MemoryViewObject {
  const v = self as MemoryViewObject;
  if (v.released) throw rt.error('ValueError', 'operation forbidden on released memoryview object');
  return v;
}

function newView(rt: Runtime, obj: Value, start: number, step: number, length: number): MemoryViewObject {
  rt.incref(obj);
  rt.heap.reserve();
  const v = rt.heap.register(new MemoryViewObject(obj, start, step, length));
  rt.heap.track(v);
  return v;
}

/** memoryview(object): a view of a bytes, bytearray or another view's object. */
function memoryviewNew(rt: Runtime, args: Value[], kwargs: Array<[string, Value]> | null): Value {
  for (const [k] of kwargs ?? []) if (k !== 'object') throw rt.typeError(`memoryview() got an unexpected keyword argument '${k}'`);
  const kw = kwargs?.find(([k]) => k === 'object');
  if (args.length + (kw ? 1 : 0) !== 1) {
    if (args.length > 1) throw rt.typeError(`memoryview() takes at most 1 argument (${args.length} given)`);
    throw rt.typeError("memoryview() missing required argument 'object' (pos 1)");
  }
  const x = args.length ? args[0] : kw![1];
  if (x instanceof MemoryViewObject) {
    const v = live(rt, x);
    return newView(rt, v.obj, v.start, v.step, v.length);
  }
  if (x instanceof BytesLikeObject) return newView(rt, x, 0, 1, x.value.length);
  throw rt.typeError(`memoryview: a bytes-like object is required, not '${rt.typeName(x)}'`);
}

/** One byte value for `view[i] = x` (format 'B'). */
function byteFor(rt: Runtime, x: Value): number {
  const n = typeof x === 'boolean' || typeof x === 'number' || typeof x === 'bigint' ? Number(x) : undefined;
  if (n === undefined) throw rt.typeError("memoryview: invalid type for format 'B'");
  if (n < 0 || n > 255) throw rt.error('ValueError', "memoryview: invalid value for format 'B'");
  return n;
}

/** Write `bytes` at view positions `positions` into the exporting bytearray. */
function writeBytes(v: MemoryViewObject, positions: number[], bytes: string): void {
  const chars = v.obj.value.split('');
  positions.forEach((p, i) => {
    chars[p] = bytes[i];
  });
  v.obj.value = chars.join('');
}

const position = (v: MemoryViewObject, i: number): number => v.start + i * v.step;

/** memory_subscript's index: an integer within the view (IndexError "index out of bounds on dimension 1"). */
function viewIndex(rt: Runtime, v: MemoryViewObject, key: Value): number {
  const j = indexOf(rt, key);
  if (j === undefined) throw rt.typeError('memoryview: invalid slice key');
  const i = Number(j) < 0 ? Number(j) + v.length : Number(j);
  if (i < 0 || i >= v.length) throw rt.error('IndexError', 'index out of bounds on dimension 1');
  return i;
}

export const memoryviewType: BuiltinType = {
  name: 'memoryview',
  instances: [MemoryViewObject],
  getset: {
    obj: (rt, self) => rt.incref(live(rt, self).obj),
    nbytes: (rt, self) => live(rt, self).length,
    readonly: (rt, self) => live(rt, self).readonly,
    itemsize: (rt, self) => (live(rt, self), 1),
    format: (rt, self) => (live(rt, self), 'B'),
    ndim: (rt, self) => (live(rt, self), 1),
    shape: (rt, self) => rt.newTuple([live(rt, self).length]),
    strides: (rt, self) => rt.newTuple([live(rt, self).step]),
    contiguous: (rt, self) => live(rt, self).step === 1,
    c_contiguous: (rt, self) => live(rt, self).step === 1,
  },
  methods: {
    tobytes(rt, self, args, kwargs) {
      if (args.length > 1 || (kwargs !== null && kwargs.some(([k]) => k !== 'order'))) throw rt.typeError('tobytes() takes at most 1 argument');
      return newBytes(rt.heap, memoryViewBytes(live(rt, self)));
    },
    tolist(rt, self, args) {
      arity(rt, 'tolist', args, 0, 0);
      return rt.heap.newList([...memoryViewBytes(live(rt, self))].map((c) => c.charCodeAt(0)));
    },
    hex(rt, self, args) {
      if (args.length > 0) throw rt.typeError('gclab: memoryview.hex() with a separator is not supported');
      return [...memoryViewBytes(live(rt, self))].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
    },
    release(rt, self, args) {
      arity(rt, 'release', args, 0, 0);
      const v = self as MemoryViewObject;
      if (!v.released) {
        v.released = true;
        v.setRef(rt.heap, 0, undefined);
      }
      return null;
    },
    toreadonly(rt, self, args) {
      arity(rt, 'toreadonly', args, 0, 0);
      const v = live(rt, self);
      if (v.readonly) return newView(rt, v.obj, v.start, v.step, v.length);
      throw rt.typeError('gclab: memoryview.toreadonly() of a bytearray view is not supported');
    },
    cast(rt) {
      throw rt.typeError('gclab: memoryview.cast() is not supported (only format "B" views are modelled)');
    },
    __enter__: (rt, self) => rt.incref(live(rt, self)),
    __exit__(rt, self) {
      const v = self as MemoryViewObject;
      if (!v.released) {
        v.released = true;
        v.setRef(rt.heap, 0, undefined);
      }
      return null;
    },
  },
  slots: {
    tp_repr(rt, self) {
      const v = self as MemoryViewObject;
      return `<${v.released ? 'released ' : ''}memory at ${rt.address(v)}>`;
    },
    tp_hash(rt, self) {
      const v = live(rt, self);
      if (!v.readonly) throw rt.error('ValueError', 'cannot hash writable memoryview object');
      return hashString(memoryViewBytes(v));
    },
    tp_richcompare(rt, self, other, op) {
      if (op !== '==' && op !== '!=') return NotImplemented;
      const v = self as MemoryViewObject;
      if (v.released || (other instanceof MemoryViewObject && other.released)) return op === '==' ? v === other : v !== other;
      let theirs: string;
      if (other instanceof MemoryViewObject) theirs = memoryViewBytes(other);
      else if (other instanceof BytesLikeObject) theirs = other.value;
      else return NotImplemented;
      const same = memoryViewBytes(v) === theirs;
      return op === '==' ? same : !same;
    },
    // memory_iter: a memory_iterator over the view itself (its items read one at a time).
    tp_iter(rt, self) {
      live(rt, self);
      return newSeqIterator(rt, self, 'memory_iterator');
    },
    sq_length: (rt, self) => live(rt, self).length,
    mp_subscript(rt, self, key) {
      const v = live(rt, self);
      if (key instanceof TupleObject) throw rt.typeError('memoryview: invalid slice key');
      const i = viewIndex(rt, v, key);
      return v.obj.value.charCodeAt(position(v, i));
    },
    sq_slice(rt, self, start, stop, step) {
      const v = live(rt, self);
      const n = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
      return newView(rt, v.obj, position(v, n > 0 ? start : 0), v.step * step, n);
    },
    mp_ass_subscript(rt, self, key, value) {
      const v = live(rt, self);
      if (v.readonly) throw rt.typeError('cannot modify read-only memory');
      if (value === undefined) throw rt.typeError('cannot delete memory');
      if (key instanceof SliceObject) {
        const [start, stop, step] = sliceObjectIndices(rt, key, v.length);
        return memoryviewType.slots.sq_ass_slice!(rt, self, start, stop, step, value);
      }
      const i = viewIndex(rt, v, key);
      writeBytes(v, [position(v, i)], String.fromCharCode(byteFor(rt, value)));
    },
    sq_ass_slice(rt, self, start, stop, step, value) {
      const v = live(rt, self);
      if (v.readonly) throw rt.typeError('cannot modify read-only memory');
      if (value === undefined) throw rt.typeError('cannot delete memory');
      const positions: number[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) positions.push(position(v, i));
      let data: string;
      if (value instanceof MemoryViewObject) data = memoryViewBytes(value);
      else if (value instanceof BytesLikeObject) data = value.value;
      else throw rt.typeError(`a bytes-like object is required, not '${rt.typeName(value)}'`);
      if (data.length !== positions.length) throw rt.error('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
      writeBytes(v, positions, data);
    },
  },
  tp_new: (rt, args, kwargs) => memoryviewNew(rt, args, kwargs),
};

