/**
 * float (Objects/floatobject.c): an immutable IEEE double, an atom (not a
 * GC object, never weakly referenceable), compared and hashed like the int
 * it equals when it is integral (1 == 1.0 and they are one dict key).
 */
import type { Heap } from '../heap';
import { hashFloat, hashInt, type Hash } from '../hash';
import { PyObject } from '../object';

/**
 * Python's `float`: a heap object (it can be weakly referenced only through subclasses, as in
 * CPython: never).
 */
export class FloatObject extends PyObject {
  constructor(readonly value: number) {
    super();
  }
  get typeName(): string {
    return 'float';
  }
  override get isGC(): boolean {
    return false;
  }
  /** float_hash: integral values hash as the int; others by their bits (deterministic). */
  /** float_hash: _Py_HashDouble; a NaN hashes by identity (CPython 3.10+). */
  override hashSlot(_heap: Heap): Hash {
    const v = this.value;
    if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return hashInt(v);
    if (Number.isNaN(v)) return this.id;
    return hashFloat(v);
  }
  override dealloc(heap: Heap): void {
    heap.die(this);
    heap.free(this);
  }
}

/** A new float (a new reference). */
export function newFloat(heap: Heap, v: number): FloatObject {
  heap.reserve();
  return heap.register(new FloatObject(v));
}

/** float_repr: the shortest repr that round-trips, in Python's format ('1.0', '1e-05', '1e+16'). */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, expPart] = v.toExponential().split('e');
  const exp = parseInt(expPart, 10);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const sign = neg ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
