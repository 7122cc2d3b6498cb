/**
 * hash() of immediates, following CPython where it is deterministic:
 * ints hash to themselves modulo 2**61 - 1 (with -1 mapped to -2, as in
 * long_hash), bools as 0/1, None to a fixed constant. CPython randomises
 * str hashes per process (PYTHONHASHSEED); gclab uses a fixed FNV-1a hash so
 * that runs replay identically.
 */
import type { Immediate } from './value';

/**
 * A Python hash (Py_hash_t, a signed 64-bit number): a JS number when it is
 * a safe integer, else a bigint. Every hash is kept in that normal form, so
 * `===` compares two hashes.
 */
export type Hash = number | bigint;

const NONE_HASH = 0x5f3759df;
const MODULUS = (1n << 61n) - 1n;

/** The normal form of a 64-bit hash computed as a bigint. */
export function normalHash(h: bigint): Hash {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** The low 32 bits of a hash as an unsigned number (all that a table mask sees). */
export function hashLow32(h: Hash): number {
  return typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(32, h));
}

/** Two hashes combined by xor (method_hash, ...), in 64 bits. */
export function xorHash(a: Hash, b: Hash): Hash {
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) return a ^ b;
  const r = normalHash(BigInt.asIntN(64, BigInt(a) ^ BigInt(b)));
  return r === -1 ? -2 : r;
}

export function hashInt(n: number): number {
  // Python: hash(n) == n for |n| < 2**61 - 1; JS numbers are exact to 2**53.
  return n === -1 ? -2 : n;
}

/** long_hash for ints beyond 2**53: the value modulo 2**61 - 1, sign kept. */
export function hashBigInt(n: bigint): Hash {
  const r = normalHash(n < 0n ? -(-n % MODULUS) : n % MODULUS);
  return r === -1 ? -2 : r;
}

/**
 * _Py_HashDouble (Python/pyhash.c) for a non-NaN float: an integral value
 * hashes as the int it equals; otherwise the value is reduced modulo
 * 2**61 - 1 as a fraction m * 2**e. inf and -inf hash to +-314159; NaN
 * hashes by identity (the caller's).
 */
export function hashFloat(v: number): Hash {
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return hashInt(v);
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  if (Number.isInteger(v)) return hashBigInt(BigInt(v));
  const sign = v < 0 ? -1n : 1n;
  let m = Math.abs(v);
  // frexp: m in [0.5, 1), v = m * 2**e.
  let e = Math.floor(Math.log2(m)) + 1;
  m = m / 2 ** e;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m !== 0) {
    x = ((x << 28n) & MODULUS) | (x >> (61n - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const shift = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << shift) & MODULUS) | (x >> (61n - shift));
  const r = normalHash(x * sign);
  return r === -1 ? -2 : r;
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

export function hashImmediate(v: Immediate): Hash {
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
