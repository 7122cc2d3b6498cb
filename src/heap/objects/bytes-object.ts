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

/** Python's `bytearray`. */
export class ByteArrayObject extends BytesLikeObject {
  get typeName(): string {
    return 'bytearray';
  }
}

/** A new bytes object holding the latin-1 string `v` (a new reference). */
export function newBytes(heap: Heap, v: string): BytesObject {
  heap.reserve();
  return heap.register(new BytesObject(v));
}

/** A new bytearray holding the latin-1 string `v` (a new reference). */
export function newByteArray(heap: Heap, v: string): ByteArrayObject {
  heap.reserve();
  return heap.register(new ByteArrayObject(v));
}
