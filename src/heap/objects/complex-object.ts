/**
 * complex (Objects/complexobject.c): an immutable pair of doubles, an atom
 * like float (not a GC object, not weakly referenceable, holds no
 * references).
 */
import type { Heap } from '../heap';
import { hashFloat, normalHash, type Hash } from '../hash';
import { PyObject } from '../object';

/** _PyHASH_IMAG: the multiplier of the imaginary part's hash. */
const HASH_IMAG = 1000003n;

export class ComplexObject extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
  ) {
    super();
  }
  get typeName(): string {
    return 'complex';
  }
  override get isGC(): boolean {
    return false;
  }
  /**
   * complex_hash: hash(real) + 1000003 * hash(imag) in unsigned 64-bit
   * arithmetic, -1 mapped to -2; a NaN part hashes by identity (3.10+).
   */
  override hashSlot(_heap: Heap): Hash {
    const hr = Number.isNaN(this.real) ? this.id : hashFloat(this.real);
    const hi = Number.isNaN(this.imag) ? this.id : hashFloat(this.imag);
    const combined = BigInt.asIntN(64, BigInt.asUintN(64, BigInt(hr)) + HASH_IMAG * BigInt.asUintN(64, BigInt(hi)));
    const r = normalHash(combined);
    return r === -1 ? -2 : r;
  }
  override dealloc(heap: Heap): void {
    heap.die(this);
    heap.free(this);
  }
}

/** A new complex (a new reference). */
export function newComplex(heap: Heap, real: number, imag: number): ComplexObject {
  heap.reserve();
  return heap.register(new ComplexObject(real, imag));
}
