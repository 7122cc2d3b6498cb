/**
 * bytes and bytearray (Objects/bytesobject.c, Objects/bytearrayobject.c):
 * sequences of bytes 0..255, held as a JS string of the same char codes
 * (latin-1), so searching, splitting and comparing are the string's own
 * operations and comparisons are memcmp's order.
 *
 * Invariants: every char code of `value` is < 256. Neither type is a GC
 * object (no Py_TPFLAGS_HAVE_GC: gc.is_tracked() is False and the collector
 * never sees them) and neither is weakly referenceable (no
 * tp_weaklistoffset); they hold no references, so dealloc only frees.
 * bytes is immutable and hashable (bytes_hash: _Py_HashBytes over its
 * bytes, which equals the hash of the str with the same latin-1 chars,
 * cached as ob_shash); bytearray is mutable (`value` is replaced on each
 * change) and unhashable.
 */
import type { Heap } from '../heap';
import { hashString, type Hash } from '../hash';
import { PyObject } from '../object';

/** The part bytes and bytearray share: the bytes as a latin-1 string. */
export abstract class BytesLikeObject extends PyObject {
  constructor(public value: string) {
    super();
  }
  override get isGC(): boolean {
    return false;
  }
  override dealloc(heap: Heap): void {
    heap.die(this);
    heap.free(this);
  }
}

/** Python's `bytes`. */
export class BytesObject extends BytesLikeObject {
  /** ob_shash: computed on first use. */
  private cachedHash: Hash | undefined;
  get typeName(): string {
    return 'bytes';
  }
  override hashSlot(_heap: Heap): Hash {
    this.cachedHash ??= hashString(this.value);
    return this.cachedHash;
  }
}

/**
 * Python's `bytearray`. `alloc` is ob_alloc, the bytes its buffer holds
 * (with the trailing NUL; 0 for a buffer never allocated), and `start` the
 * logical offset of ob_start in it (a deletion at the front advances it):
 * both follow PyByteArray_Resize (byteArrayResize), for sys.getsizeof.
 */
export class ByteArrayObject extends BytesLikeObject {
  alloc = 0;
  start = 0;

  get typeName(): string {
    return 'bytearray';
  }
}

/**
 * PyByteArray_Resize (Objects/bytearrayobject.c, 3.11): the allocation
 * after `b` is resized from its current length to `size` (call it before
 * changing `value`). A size that fits keeps the buffer unless it is below
 * half of it (then exactly size + 1); growing by at most an eighth
 * over-allocates as list_resize does, more grows exactly.
 */
export function byteArrayResize(b: ByteArrayObject, size: number): void {
  if (size === b.value.length) return;
  if (size + b.start + 1 <= b.alloc) {
    if (size >= Math.floor(b.alloc / 2)) return; // minor downsize: quick exit
    b.alloc = size + 1;
  } else if (size <= b.alloc * 1.125) {
    b.alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    b.alloc = size + 1;
  }
  b.start = 0;
}

/** A new bytes object holding the latin-1 string `v` (a new reference). */
export function newBytes(heap: Heap, v: string): BytesObject {
  heap.reserve();
  return heap.register(new BytesObject(v));
}

/** A new bytearray holding the latin-1 string `v` (a new reference). */
export function newByteArray(heap: Heap, v: string): ByteArrayObject {
  heap.reserve();
  const b = heap.register(new ByteArrayObject(v));
  // PyByteArray_FromStringAndSize: exactly the bytes and the NUL, nothing for none.
  b.alloc = v.length === 0 ? 0 : v.length + 1;
  return b;
}
