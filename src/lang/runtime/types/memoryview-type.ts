/**
 * memoryview (Objects/memoryobject.c): a view of the buffer of a bytes,
 * bytearray or array.array object (or of another view's), with its format,
 * itemsize, shape and strides.
 *
 * A view reads its exporter's bytes when it is used, so it shares them: a
 * write through the view changes the bytearray or array and the other way
 * round. Items are read and written as the view's struct format says
 * (native sizes of 64-bit Linux, little-endian: unpack_single /
 * pack_single), with memoryview's own errors ("memoryview: invalid type for
 * format 'i'", "memoryview: invalid value for format 'B'"). cast() follows
 * memory_cast: C-contiguous views only, to or from a byte format, a 1-D
 * view to an N-D shape or back. Slices (first dimension), tuple indices of
 * an N-D view, tolist (nested), tobytes, hex, ==, hash (read-only byte
 * formats), release and the `with` statement are memory_*'s.
 *
 * Layout: refs = [obj] (the exporting object, held until release() or
 * death); `offset` (bytes), `shape` and `strides` (bytes) select the items.
 * GC-tracked and weakly referenceable as CPython's memoryview. After
 * release() every operation but repr and `released` raises ValueError
 * "operation forbidden on released memoryview object".
 *
 * An array.array (a Python class here) exports its buffer through two
 * methods: tobytes() (read) and _buffer_write(offset, data) (write). Views
 * made from one memoryview(a) or memoryview(bytearray) share one managed
 * buffer (CPython's mbuf): while one of them is unreleased the exporter
 * counts one export and refuses to resize (BufferError "Existing exports of
 * data: object cannot be re-sized": bytearray-type.ts checks
 * bufferExports, array.py asks `_gclab.buffer_exports`).
 *
 * Not modelled: formats other than one native struct character, and
 * suboffsets.
 */
import { ByteArrayObject, BytesLikeObject, ClassObject, Instance, PyException, TupleObject, newBytes, newFloat, type Heap, type Value } from '../../../heap';
import { hashString } from '../../../heap/hash';
import { numberOf } from '../arithmetic';
import { getAttr } from '../attributes';
import { callMethodIfDefined } from '../calls';
import { arity } from '../methods';
import { RefHolder, SliceObject } from '../native-objects';
import { eq, indexOf, sliceObjectIndices, truthy } from '../operators';
import { Ellipsis } from './ellipsis-type';
import type { Runtime } from '../runtime';
import { NotImplemented } from '../runtime';
import type { BuiltinType } from '../type-slots';
import { newSeqIterator } from './seq-iterator-type';

/** The export an array.array gave to the views made from one memoryview(a) (CPython's managed buffer). */
class ManagedBuffer {
  views = 0;
  constructor(readonly obj: Value) {}
}

/** The exports of each array.array and bytearray (ob_exports): views' managed buffers not yet released. */
const arrayExports = new WeakMap<object, number>();

/** How many managed buffers hold `obj`'s buffer now (ob_exports of an array or bytearray; 0 for others). */
export function bufferExports(obj: Value): number {
  return typeof obj === 'object' && obj !== null ? (arrayExports.get(obj) ?? 0) : 0;
}

function addView(mbuf: ManagedBuffer | null): void {
  if (mbuf === null) return;
  if (mbuf.views++ === 0) arrayExports.set(mbuf.obj as object, bufferExports(mbuf.obj) + 1);
}

function dropView(mbuf: ManagedBuffer | null): void {
  if (mbuf === null) return;
  if (--mbuf.views === 0) {
    const n = bufferExports(mbuf.obj) - 1;
    if (n > 0) arrayExports.set(mbuf.obj as object, n);
    else arrayExports.delete(mbuf.obj as object);
  }
}

/** A memoryview: refs[0] is the exporter, held until release() or death. */
export class MemoryViewObject extends RefHolder {
  released = false;
  /** memory_hash's cached value (kept after release, as CPython's view->hash). */
  hash: number | undefined = undefined;
  constructor(
    obj: Value,
    /** The runtime, for an array exporter's methods (read/write through Python). */
    readonly rt: Runtime,
    readonly mbuf: ManagedBuffer | null,
    readonly format: string,
    readonly itemsize: number,
    readonly offset: number,
    readonly shape: readonly number[],
    readonly strides: readonly number[],
    readonly readonly: boolean,
  ) {
    super([obj]);
    addView(mbuf);
  }
  get typeName(): string {
    return 'memoryview';
  }
  override get weakrefable(): boolean {
    return true;
  }
  get obj(): Value {
    return this.refs[0] as Value;
  }
  get ndim(): number {
    return this.shape.length;
  }
  /** _memory_release: the exporter is no longer held (and its export given back). */
  releaseBuffer(heap: Heap): void {
    if (this.released) return;
    this.released = true;
    dropView(this.mbuf);
    this.setRef(heap, 0, undefined);
  }
  override clear(heap: Heap): void {
    if (!this.released) {
      this.released = true;
      dropView(this.mbuf);
    }
    super.clear(heap);
  }
  override dealloc(heap: Heap): void {
    if (!this.released) {
      this.released = true;
      dropView(this.mbuf);
    }
    super.dealloc(heap);
  }
}

/** Whether `v` is an array.array (or a subclass's instance): the exporter array.py writes. */
function isArray(v: Value): v is Instance {
  return v instanceof Instance && v.cls.mro.some((c: ClassObject) => c.tpName === 'array.array');
}

/** Does `v` export a buffer other than bytes and bytearray (PyObject_CheckBuffer: a memoryview, an array.array)? */
export function isBufferExporter(v: Value): boolean {
  return v instanceof MemoryViewObject || isArray(v);
}

/** The whole buffer of the exporter (latin-1 string of bytes). */
function exporterBytes(rt: Runtime, obj: Value): string {
  if (obj instanceof BytesLikeObject) return obj.value;
  const b = callMethodIfDefined(rt, obj as Instance, 'tobytes', []);
  try {
    return (b as BytesLikeObject).value;
  } finally {
    rt.decref(b as Value);
  }
}

/** Write `data` at byte `offset` of the exporter's buffer. */
function exporterWrite(rt: Runtime, obj: Value, offset: number, data: string): void {
  if (obj instanceof ByteArrayObject) {
    obj.value = obj.value.slice(0, offset) + data + obj.value.slice(offset + data.length);
    return;
  }
  const b = newBytes(rt.heap, data);
  try {
    rt.decref(callMethodIfDefined(rt, obj as Instance, '_buffer_write', [offset, b]) as Value);
  } finally {
    rt.decref(b);
  }
}

/** The byte offsets of a view's items in C order. */
function itemOffsets(v: MemoryViewObject): number[] {
  const out: number[] = [];
  const walk = (dim: number, base: number): void => {
    if (dim === v.shape.length) {
      out.push(base);
      return;
    }
    for (let i = 0; i < v.shape[dim]; i++) walk(dim + 1, base + i * v.strides[dim]);
  };
  walk(0, v.offset);
  return out;
}

/** The bytes a view sees now, in C order (a released view: the ValueError every operation gives). */
export function memoryViewBytes(v: MemoryViewObject): string {
  if (v.released) throw new PyException('ValueError', 'operation forbidden on released memoryview object');
  const data = exporterBytes(v.rt, v.obj);
  if (contiguous(v)) return data.slice(v.offset, v.offset + nbytes(v));
  let out = '';
  for (const p of itemOffsets(v)) out += data.slice(p, p + v.itemsize);
  return out;
}

const nbytes = (v: MemoryViewObject): number => v.shape.reduce((a, b) => a * b, 1) * v.itemsize;

/** PyBuffer_IsContiguous(view, 'C'). */
function contiguous(v: MemoryViewObject): boolean {
  let expected = v.itemsize;
  for (let d = v.ndim - 1; d >= 0; d--) {
    if (v.shape[d] === 0) return true;
    if (v.shape[d] !== 1 && v.strides[d] !== expected) return false;
    expected *= v.shape[d];
  }
  return true;
}

/** PyBuffer_IsContiguous(view, 'F'). */
function fortranContiguous(v: MemoryViewObject): boolean {
  if (v.ndim <= 1) return contiguous(v);
  let expected = v.itemsize;
  for (let d = 0; d < v.ndim; d++) {
    if (v.shape[d] === 0) return true;
    if (v.shape[d] !== 1 && v.strides[d] !== expected) return false;
    expected *= v.shape[d];
  }
  return true;
}

function live(rt: Runtime, self: Value): MemoryViewObject {
  const v = self as MemoryViewObject;
  if (v.released) throw rt.error('ValueError', 'operation forbidden on released memoryview object');
  return v;
}

interface Layout {
  format: string;
  itemsize: number;
  offset: number;
  shape: readonly number[];
  strides: readonly number[];
  readonly: boolean;
}

function newView(rt: Runtime, obj: Value, mbuf: ManagedBuffer | null, l: Layout): MemoryViewObject {
  rt.incref(obj);
  rt.heap.reserve();
  const v = rt.heap.register(new MemoryViewObject(obj, rt, mbuf, l.format, l.itemsize, l.offset, l.shape, l.strides, l.readonly));
  rt.heap.track(v);
  return v;
}

const layoutOf = (v: MemoryViewObject): Layout => ({
  format: v.format,
  itemsize: v.itemsize,
  offset: v.offset,
  shape: v.shape,
  strides: v.strides,
  readonly: v.readonly,
});

/** The native sizes of the struct format characters memoryview knows (64-bit Linux). */
const ITEMSIZE: Readonly<Record<string, number>> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, f: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, d: 8, P: 8,
};

/** array.array's typecode -> the format its buffer has ('u' is exported as 'w'). */
const ARRAY_FORMAT: Readonly<Record<string, [string, number]>> = {
  b: ['b', 1], B: ['B', 1], u: ['w', 4], h: ['h', 2], H: ['H', 2], i: ['i', 4], I: ['I', 4],
  l: ['l', 8], L: ['L', 8], q: ['q', 8], Q: ['Q', 8], f: ['f', 4], d: ['d', 8],
};

/** A view of a whole exporter (PyMemoryView_FromObject). */
function viewOf(rt: Runtime, x: Value): MemoryViewObject | undefined {
  if (x instanceof MemoryViewObject) {
    const v = live(rt, x);
    return newView(rt, v.obj, v.mbuf, layoutOf(v));
  }
  if (x instanceof BytesLikeObject) {
    const n = x.value.length;
    // A bytearray counts its exports (ob_exports) and refuses to resize while it has one; bytes never resize.
    const mbuf = x instanceof ByteArrayObject ? new ManagedBuffer(x) : null;
    return newView(rt, x, mbuf, { format: 'B', itemsize: 1, offset: 0, shape: [n], strides: [1], readonly: !(x instanceof ByteArrayObject) });
  }
  if (isArray(x)) {
    const tc = getAttr(rt, x, 'typecode');
    const [format, itemsize] = ARRAY_FORMAT[tc as string];
    rt.decref(tc);
    const n = exporterBytes(rt, x).length / itemsize;
    return newView(rt, x, new ManagedBuffer(x), { format, itemsize, offset: 0, shape: [n], strides: [itemsize], readonly: false });
  }
  return undefined;
}

/** memoryview(object): a view of a bytes, bytearray, array.array or another view's object. */
function memoryviewNew(rt: Runtime, args: Value[], kwargs: Array<[string, Value]> | null): Value {
  for (const [k] of kwargs ?? []) if (k !== 'object') throw rt.typeError(`memoryview() got an unexpected keyword argument '${k}'`);
  const kw = kwargs?.find(([k]) => k === 'object');
  if (args.length + (kw ? 1 : 0) !== 1) {
    if (args.length > 1) throw rt.typeError(`memoryview() takes at most 1 argument (${args.length} given)`);
    throw rt.typeError("memoryview() missing required argument 'object' (pos 1)");
  }
  const x = args.length ? args[0] : kw![1];
  const v = viewOf(rt, x);
  if (v === undefined) throw rt.typeError(`memoryview: a bytes-like object is required, not '${rt.typeName(x)}'`);
  return v;
}

/** The bytes of an item as a little-endian unsigned integer. */
function readUnsigned(data: string, p: number, size: number): bigint {
  let n = 0n;
  for (let k = size - 1; k >= 0; k--) n = (n << 8n) | BigInt(data.charCodeAt(p + k));
  return n;
}

function writeUnsigned(n: bigint, size: number): string {
  let out = '';
  for (let k = 0; k < size; k++) {
    out += String.fromCharCode(Number(n & 0xffn));
    n >>= 8n;
  }
  return out;
}

/** IEEE half precision (PyFloat_Unpack2). */
function unpackHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  if (e === 0) return sign * f * 2 ** -24;
  if (e === 0x1f) return f ? NaN : sign * Infinity;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

/** unpack_single: the item of format `fmt` at byte `p`. */
function unpackItem(rt: Runtime, fmt: string, data: string, p: number): Value {
  const size = ITEMSIZE[fmt];
  switch (fmt) {
    case 'B':
      return data.charCodeAt(p);
    case 'b': {
      const b = data.charCodeAt(p);
      return b >= 128 ? b - 256 : b;
    }
    case 'c':
      return newBytes(rt.heap, data[p]);
    case '?':
      return data.charCodeAt(p) !== 0;
    case 'h': case 'i': case 'l': case 'q': case 'n': {
      let n = readUnsigned(data, p, size);
      if (n >= 1n << BigInt(size * 8 - 1)) n -= 1n << BigInt(size * 8);
      return Number.isSafeInteger(Number(n)) ? Number(n) : n;
    }
    case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P': {
      const n = readUnsigned(data, p, size);
      return Number.isSafeInteger(Number(n)) ? Number(n) : n;
    }
    case 'f': case 'd': case 'e': {
      const buf = new DataView(new ArrayBuffer(8));
      for (let k = 0; k < size; k++) buf.setUint8(k, data.charCodeAt(p + k));
      return newFloat(rt.heap, fmt === 'f' ? buf.getFloat32(0, true) : fmt === 'd' ? buf.getFloat64(0, true) : unpackHalf(buf.getUint16(0, true)));
    }
  }
  throw rt.error('NotImplementedError', `memoryview: format ${fmt} not supported`);
}

/** PyFloat_AsDouble: a float, an int, or an object with __float__ (else __index__); undefined otherwise. */
function floatOf(rt: Runtime, x: Value): number | undefined {
  if (typeof x === 'string') return undefined;
  const n = numberOf(x);
  if (n !== undefined || !(x instanceof Instance)) return n;
  for (const name of ['__float__', '__index__']) {
    const r = callMethodIfDefined(rt, x, name, []);
    if (r === undefined) continue;
    const d = numberOf(r);
    rt.decref(r);
    return d;
  }
  return undefined;
}

const typeErrorFmt = (rt: Runtime, fmt: string): PyException => rt.typeError(`memoryview: invalid type for format '${fmt}'`);
const valueErrorFmt = (rt: Runtime, fmt: string): PyException => rt.error('ValueError', `memoryview: invalid value for format '${fmt}'`);

/** pack_single: the bytes of `x` as an item of format `fmt`. */
function packItem(rt: Runtime, fmt: string, x: Value): string {
  const size = ITEMSIZE[fmt];
  switch (fmt) {
    case 'c': {
      if (!(x instanceof BytesLikeObject) || x instanceof ByteArrayObject) throw typeErrorFmt(rt, fmt);
      if (x.value.length !== 1) throw valueErrorFmt(rt, fmt);
      return x.value;
    }
    case '?':
      return truthy(rt, x) ? '\x01' : '\x00';
    case 'f': case 'd': case 'e': {
      const d = floatOf(rt, x);
      if (d === undefined) throw typeErrorFmt(rt, fmt);
      const buf = new DataView(new ArrayBuffer(8));
      if (fmt === 'f') {
        if (Number.isFinite(d) && !Number.isFinite(Math.fround(d))) throw valueErrorFmt(rt, fmt);
        buf.setFloat32(0, d, true);
      } else if (fmt === 'd') buf.setFloat64(0, d, true);
      else throw rt.error('NotImplementedError', `memoryview: format ${fmt} not supported`);
      let out = '';
      for (let k = 0; k < size; k++) out += String.fromCharCode(buf.getUint8(k));
      return out;
    }
  }
  if (ITEMSIZE[fmt] === undefined) throw rt.error('NotImplementedError', `memoryview: format ${fmt} not supported`);
  let n: number | bigint | undefined;
  try {
    n = indexOf(rt, x);
  } catch (e) {
    if (e instanceof PyException && e.pyType === 'TypeError') throw typeErrorFmt(rt, fmt);
    throw e;
  }
  if (n === undefined) throw typeErrorFmt(rt, fmt);
  const big = BigInt(n);
  const bits = BigInt(size * 8);
  const signed = 'bhilqn'.includes(fmt);
  // The C conversions (PyLong_AsLong / AsUnsignedLong...) and then the
  // item's own range: out of either is "invalid value".
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (big < lo || big > hi) throw valueErrorFmt(rt, fmt);
  return writeUnsigned(big < 0n ? big + (1n << bits) : big, size);
}

/** memory_tolist: the items, nested by the shape (a scalar for 0 dimensions). */
function toList(rt: Runtime, v: MemoryViewObject): Value {
  const data = exporterBytes(rt, v.obj);
  if (ITEMSIZE[v.format.replace('@', '')] === undefined) throw rt.error('NotImplementedError', `memoryview: format ${v.format} not supported`);
  const fmt = v.format.replace('@', '');
  if (v.ndim === 0) return unpackItem(rt, fmt, data, v.offset);
  const build = (dim: number, base: number): Value => {
    const items: Value[] = [];
    for (let i = 0; i < v.shape[dim]; i++) {
      const p = base + i * v.strides[dim];
      items.push(dim === v.ndim - 1 ? unpackItem(rt, fmt, data, p) : build(dim + 1, p));
    }
    return rt.listSteal(items);
  };
  return build(0, v.offset);
}

/** The format without its '@' prefix, if it is one memoryview can cast to (get_native_fmtchar). */
function nativeFormat(fmt: string): string | undefined {
  const f = fmt.startsWith('@') ? fmt.slice(1) : fmt;
  return f.length === 1 && ITEMSIZE[f] !== undefined ? f : undefined;
}

const isByteFormat = (f: string): boolean => f === 'B' || f === 'b' || f === 'c';

/** memory_cast(format, shape=None). */
function cast(rt: Runtime, v: MemoryViewObject, args: Value[], kwargs: Array<[string, Value]> | null): Value {
  let formatArg: Value | undefined = args[0];
  let shapeArg: Value | undefined = args[1];
  if (args.length > 2) throw rt.typeError(`cast() takes at most 2 arguments (${args.length} given)`);
  for (const [k, x] of kwargs ?? []) {
    if (k === 'format' && formatArg === undefined) formatArg = x;
    else if (k === 'shape' && shapeArg === undefined) shapeArg = x;
    else if (k === 'format' || k === 'shape') throw rt.typeError(`argument for cast() given by name ('${k}') and position (${k === 'format' ? 1 : 2})`);
    else throw rt.typeError(`cast() got an unexpected keyword argument '${k}'`);
  }
  if (formatArg === undefined) throw rt.typeError("cast() missing required argument 'format' (pos 1)");
  if (typeof formatArg !== 'string') throw rt.typeError(`cast() argument 'format' must be str, not ${rt.typeName(formatArg)}`);
  if (!contiguous(v)) throw rt.typeError('memoryview: casts are restricted to C-contiguous views');
  let shape: number[] | undefined;
  if (shapeArg !== undefined && shapeArg !== null) {
    if (!(shapeArg instanceof TupleObject) && !(rt.typeOf(shapeArg) === rt.types.get('list'))) throw rt.typeError('shape must be a list or a tuple');
    const items = (shapeArg as TupleObject).items;
    if (v.ndim !== 1 && items.length !== 1) throw rt.typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
    if (items.length > 64) throw rt.error('ValueError', 'memoryview: number of dimensions must not exceed 64');
    shape = items.map((x) => {
      if (typeof x !== 'number' && typeof x !== 'bigint') throw rt.typeError('memoryview.cast(): elements of shape must be integers');
      if (Number(x) <= 0) throw rt.error('ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
      return Number(x);
    });
  }
  if (shape !== undefined && v.ndim !== 1 && shape.length !== 1) throw rt.typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  const fmt = nativeFormat(formatArg);
  if (fmt === undefined) {
    throw rt.error('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  const srcFmt = nativeFormat(v.format) ?? v.format;
  if (!isByteFormat(srcFmt) && !isByteFormat(fmt)) throw rt.typeError('memoryview: cannot cast between two non-byte formats');
  const itemsize = ITEMSIZE[fmt];
  const total = nbytes(v);
  if (total % itemsize !== 0) throw rt.typeError('memoryview: length is not a multiple of itemsize');
  if (shape !== undefined && shape.length === 0 && total !== itemsize) throw rt.typeError('memoryview: product(shape) * itemsize != buffer size');
  if (shape === undefined) shape = [total / itemsize];
  else if (shape.reduce((a, b) => a * b, 1) * itemsize !== total) throw rt.typeError('memoryview: product(shape) * itemsize != buffer size');
  const strides: number[] = new Array(shape.length);
  let s = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d];
  }
  return newView(rt, v.obj, v.mbuf, { format: formatArg.startsWith('@') ? formatArg : fmt, itemsize, offset: v.offset, shape, strides, readonly: v.readonly });
}

/** The byte offset of item `key` (an int) of a 1-D view. */
function itemOffset(rt: Runtime, v: MemoryViewObject, key: Value, dim = 0, base = v.offset): number {
  const j = indexOf(rt, key);
  if (j === undefined) throw rt.typeError('memoryview: invalid slice key');
  const n = v.shape[dim];
  const i = Number(j) < 0 ? Number(j) + n : Number(j);
  if (i < 0 || i >= n) throw rt.error('IndexError', `index out of bounds on dimension ${dim + 1}`);
  return base + i * v.strides[dim];
}

const isIntKey = (rt: Runtime, k: Value): boolean =>
  typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' || (!(k instanceof SliceObject) && !(k instanceof TupleObject) && k !== Ellipsis && safeIndex(rt, k));

function safeIndex(rt: Runtime, k: Value): boolean {
  try {
    return indexOf(rt, k) !== undefined;
  } catch {
    return false;
  }
}

/** The byte offset a tuple of ints selects (memory_item_multi's ptr_from_tuple). */
function tupleOffset(rt: Runtime, v: MemoryViewObject, key: TupleObject): number {
  const n = key.items.length;
  if (n < v.ndim) throw rt.error('NotImplementedError', 'sub-views are not implemented');
  if (n > v.ndim) throw rt.typeError(`cannot index ${v.ndim}-dimension view with ${n}-element tuple`);
  let p = v.offset;
  key.items.forEach((k, d) => {
    p = itemOffset(rt, v, k, d, p);
  });
  return p;
}

/** is_multiindex / is_multislice. */
function tupleKind(rt: Runtime, key: TupleObject): 'ints' | 'slices' | 'other' {
  if (key.items.every((k) => isIntKey(rt, k))) return 'ints';
  if (key.items.every((k) => k instanceof SliceObject)) return 'slices';
  return 'other';
}

function subscript(rt: Runtime, self: Value, key: Value): Value {
  const v = live(rt, self);
  if (v.ndim === 0) {
    if (key === Ellipsis) return rt.incref(v);
    if (key instanceof TupleObject && key.items.length === 0) return unpackItem(rt, v.format.replace('@', ''), exporterBytes(rt, v.obj), v.offset);
    throw rt.typeError('invalid indexing of 0-dim memory');
  }
  if (key instanceof SliceObject) {
    // The new view is registered before the slice's __index__ runs (mbuf_add_view,
    // then init_slice): the exporter stays viewed even if that releases `v`.
    const obj = rt.incref(v.obj);
    try {
      const [start, stop, step] = sliceObjectIndices(rt, key, v.shape[0]);
      const n = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
      const shape = [n, ...v.shape.slice(1)];
      const strides = [v.strides[0] * step, ...v.strides.slice(1)];
      return newView(rt, obj, v.mbuf, { ...layoutOf(v), offset: v.offset + start * v.strides[0], shape, strides });
    } finally {
      rt.decref(obj);
    }
  }
  if (key === Ellipsis) return rt.incref(v);
  if (key instanceof TupleObject) {
    const kind = tupleKind(rt, key);
    if (kind === 'ints') {
      const p = tupleOffset(rt, v, key);
      // An index's __index__ may have released the view (CHECK_RELEASED after the conversion).
      return unpackItem(rt, v.format.replace('@', ''), exporterBytes(rt, live(rt, v).obj), p);
    }
    if (kind === 'slices') throw rt.error('NotImplementedError', 'multi-dimensional slicing is not implemented');
    throw rt.typeError('memoryview: invalid slice key');
  }
  if (!isIntKey(rt, key)) throw rt.typeError('memoryview: invalid slice key');
  if (v.ndim !== 1) throw rt.error('NotImplementedError', 'multi-dimensional sub-views are not implemented');
  if (ITEMSIZE[v.format.replace('@', '')] === undefined) throw rt.error('NotImplementedError', `memoryview: unsupported format ${v.format}`);
  const p = itemOffset(rt, v, key);
  return unpackItem(rt, v.format.replace('@', ''), exporterBytes(rt, live(rt, v).obj), p);
}

/** The layout of a buffer `src` for slice assignment (its format and item bytes). */
function sourceOf(rt: Runtime, src: Value): { format: string; shape: readonly number[]; bytes: string } {
  const tmp = viewOf(rt, src);
  if (tmp === undefined) throw rt.typeError(`a bytes-like object is required, not '${rt.typeName(src)}'`);
  try {
    return { format: tmp.format.replace('@', ''), shape: tmp.shape, bytes: memoryViewBytes(tmp) };
  } finally {
    rt.decref(tmp);
  }
}

function assSubscript(rt: Runtime, self: Value, key: Value, value: Value | undefined): void {
  const v = live(rt, self);
  if (v.readonly) throw rt.typeError('cannot modify read-only memory');
  if (value === undefined) throw rt.typeError('cannot delete memory');
  const fmt = v.format.replace('@', '');
  if (v.ndim === 0) {
    if (key === Ellipsis || (key instanceof TupleObject && key.items.length === 0)) {
      const data = packItem(rt, fmt, value);
      exporterWrite(rt, live(rt, v).obj, v.offset, data);
      return;
    }
    throw rt.typeError('invalid indexing of 0-dim memory');
  }
  if (key instanceof SliceObject) {
    if (v.ndim !== 1) throw rt.error('NotImplementedError', 'memoryview slice assignments are currently restricted to ndim = 1');
    const [start, stop, step] = sliceObjectIndices(rt, key, v.shape[0]);
    const n = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
    const src = sourceOf(rt, value);
    if (src.format !== fmt || src.shape.length !== 1 || src.shape[0] !== n) {
      throw rt.error('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    }
    live(rt, v);
    for (let i = 0; i < n; i++) {
      exporterWrite(rt, v.obj, v.offset + (start + i * step) * v.strides[0], src.bytes.slice(i * v.itemsize, (i + 1) * v.itemsize));
    }
    return;
  }
  if (key instanceof TupleObject) {
    const kind = tupleKind(rt, key);
    if (kind === 'ints') {
      const p = tupleOffset(rt, v, key);
      const data = packItem(rt, fmt, value);
      exporterWrite(rt, live(rt, v).obj, p, data);
      return;
    }
    if (kind === 'slices') throw rt.error('NotImplementedError', 'memoryview slice assignments are currently restricted to ndim = 1');
    throw rt.typeError('memoryview: invalid slice key');
  }
  if (!isIntKey(rt, key)) throw rt.typeError('memoryview: invalid slice key');
  if (v.ndim !== 1) throw rt.error('NotImplementedError', 'sub-views are not implemented');
  const p = itemOffset(rt, v, key);
  const data = packItem(rt, fmt, value);
  // __index__, __float__ or __bool__ may have released the view.
  exporterWrite(rt, live(rt, v).obj, p, data);
}

/** The items of a view in C order, for ==. */
function flatItems(rt: Runtime, v: MemoryViewObject): Value[] {
  const data = exporterBytes(rt, v.obj);
  const fmt = v.format.replace('@', '');
  return itemOffsets(v).map((p) => unpackItem(rt, fmt, data, p));
}

function release(rt: Runtime, self: Value): void {
  (self as MemoryViewObject).releaseBuffer(rt.heap);
}

/** The memoryview type (memory_* of Objects/memoryobject.c). */
export const memoryviewType: BuiltinType = {
  name: 'memoryview',
  instances: [MemoryViewObject],
  getset: {
    obj: (rt, self) => rt.incref(live(rt, self).obj),
    nbytes: (rt, self) => nbytes(live(rt, self)),
    readonly: (rt, self) => live(rt, self).readonly,
    itemsize: (rt, self) => live(rt, self).itemsize,
    format: (rt, self) => live(rt, self).format,
    ndim: (rt, self) => live(rt, self).ndim,
    shape: (rt, self) => rt.newTuple([...live(rt, self).shape]),
    strides: (rt, self) => rt.newTuple([...live(rt, self).strides]),
    suboffsets: (rt, self) => (live(rt, self), rt.newTuple([])),
    contiguous: (rt, self) => {
      const v = live(rt, self);
      return contiguous(v) || fortranContiguous(v);
    },
    c_contiguous: (rt, self) => contiguous(live(rt, self)),
    f_contiguous: (rt, self) => fortranContiguous(live(rt, self)),
  },
  methods: {
    tobytes(rt, self, args, kwargs) {
      if (args.length > 1 || (kwargs !== null && kwargs.some(([k]) => k !== 'order'))) throw rt.typeError('tobytes() takes at most 1 argument');
      const order = args.length ? args[0] : kwargs?.find(([k]) => k === 'order')?.[1];
      if (order !== undefined && order !== null) {
        if (typeof order !== 'string') throw rt.typeError(`tobytes() argument 'order' must be str or None, not ${rt.typeName(order)}`);
        if (order !== 'C' && order !== 'F' && order !== 'A') throw rt.error('ValueError', "order must be 'C', 'F' or 'A'");
      }
      return newBytes(rt.heap, memoryViewBytes(live(rt, self)));
    },
    tolist(rt, self, args) {
      arity(rt, 'tolist', args, 0, 0);
      return toList(rt, live(rt, self));
    },
    hex(rt, self, args, kwargs) {
      // memoryview_hex: the bytes of the view, as bytes.hex(sep, bytes_per_sep) gives them.
      const data = memoryViewBytes(live(rt, self));
      const sepV = args.length > 0 ? args[0] : kwargs?.find(([k]) => k === 'sep')?.[1];
      const perV = args.length > 1 ? args[1] : kwargs?.find(([k]) => k === 'bytes_per_sep')?.[1];
      const hexes = [...data].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'));
      if (sepV === undefined) return hexes.join('');
      const sep = typeof sepV === 'string' ? sepV : sepV instanceof BytesLikeObject ? sepV.value : undefined;
      if (sep === undefined || sep.length !== 1) throw rt.error('ValueError', 'sep must be length 1.');
      const per = perV === undefined ? 1 : Number(indexOf(rt, perV) ?? 1);
      const k = Math.abs(per) || 1;
      const groups: string[] = [];
      if (per >= 0) for (let i = hexes.length; i > 0; i -= k) groups.unshift(hexes.slice(Math.max(0, i - k), i).join(''));
      else for (let i = 0; i < hexes.length; i += k) groups.push(hexes.slice(i, i + k).join(''));
      return groups.join(sep);
    },
    release(rt, self, args) {
      arity(rt, 'release', args, 0, 0);
      release(rt, self);
      return null;
    },
    toreadonly(rt, self, args) {
      arity(rt, 'toreadonly', args, 0, 0);
      const v = live(rt, self);
      return newView(rt, v.obj, v.mbuf, { ...layoutOf(v), readonly: true });
    },
    cast(rt, self, args, kwargs) {
      return cast(rt, live(rt, self), args, kwargs);
    },
    __enter__: (rt, self) => rt.incref(live(rt, self)),
    __exit__(rt, self) {
      release(rt, self);
      return null;
    },
  },
  slots: {
    tp_repr(rt, self) {
      const v = self as MemoryViewObject;
      return `<${v.released ? 'released ' : ''}memory at ${rt.address(v)}>`;
    },
    tp_hash(rt, self) {
      const cached = (self as MemoryViewObject).hash;
      if (cached !== undefined) return cached;
      const v = live(rt, self);
      if (!v.readonly) throw rt.error('ValueError', 'cannot hash writable memoryview object');
      if (!isByteFormat(v.format.replace('@', ''))) throw rt.error('ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      v.hash = hashString(memoryViewBytes(v));
      return v.hash;
    },
    tp_richcompare(rt, self, other, op) {
      if (op !== '==' && op !== '!=') return NotImplemented;
      const v = self as MemoryViewObject;
      if (v.released || (other instanceof MemoryViewObject && other.released)) return op === '==' ? v === other : v !== other;
      const w = other instanceof MemoryViewObject ? other : viewOf(rt, other);
      if (w === undefined) return NotImplemented;
      try {
        let same = v.ndim === w.ndim && v.shape.every((n, d) => n === w.shape[d]);
        if (same) {
          const a = flatItems(rt, v);
          const b = flatItems(rt, w);
          try {
            same = a.every((x, i) => eq(rt, x, b[i]));
          } finally {
            for (const x of [...a, ...b]) rt.decref(x);
          }
        }
        return op === '==' ? same : !same;
      } finally {
        if (w !== other) rt.decref(w);
      }
    },
    // memory_iter: a memory_iterator over the view itself (its items read one at a time).
    tp_iter(rt, self) {
      const v = live(rt, self);
      if (v.ndim === 0) throw rt.typeError('invalid indexing of 0-dim memory');
      if (v.ndim !== 1) throw rt.error('NotImplementedError', 'multi-dimensional sub-views are not implemented');
      return newSeqIterator(rt, self, 'memory_iterator');
    },
    sq_length: (rt, self) => {
      const v = live(rt, self);
      return v.ndim === 0 ? 1 : v.shape[0];
    },
    mp_subscript: subscript,
    mp_ass_subscript: assSubscript,
  },
  tp_new: (rt, args, kwargs) => memoryviewNew(rt, args, kwargs),
};
