/**
 * hash() of immediates, following CPython where it is deterministic:
 * ints hash to themselves modulo 2**61 - 1 (with -1 mapped to -2, as in
 * long_hash), bools as 0/1, None to a fixed constant. CPython randomises
 * str hashes per process (PYTHONHASHSEED); gclab uses a fixed FNV-1a hash so
 * that runs replay identically.
 */
import type { Immediate } from './value';

const NONE_HASH = 0x5f3759df;

export function hashInt(n: number): number {
  // Python: hash(n) == n for |n| < 2**61 - 1; JS numbers are exact to 2**53.
  return n === -1 ? -2 : n;
}

/** long_hash for ints beyond 2**53: the value modulo 2**61 - 1, sign kept. */
export function hashBigInt(n: bigint): number {
  const m = (1n << 61n) - 1n;
  const r = n < 0n ? -(-n % m) : n % m;
  const h = Number(r);
  return h === -1 ? -2 : h;
}

export function hashString(s: string): number {
  if (s.length === 0) return 0; // hash('') is 0 in CPython, whatever the seed
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const r = h | 0;
  return r === -1 ? -2 : r;
}

export function hashImmediate(v: Immediate): number {
  switch (typeof v) {
    case 'number':
      return hashInt(v);
    case 'bigint':
      return hashBigInt(v);
    case 'string':
      return hashString(v);
    case 'boolean':
      return v ? 1 : 0;
    default:
      return NONE_HASH;
  }
}
