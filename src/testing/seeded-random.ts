/**
 * A small seeded pseudo-random generator (SplitMix32-style mixing over a
 * 32-bit state): the same seed gives the same sequence on every host. The
 * explorer and the fuzzer derive one generator per item from (seed, index),
 * so any worker can produce item i without producing the items before it.
 */

/** Mix a 32-bit value (the finalizer of MurmurHash3 / SplitMix). */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export class SeededRandom {
  private state: number;

  /** A generator for `seed`, optionally specialised to one `stream` (an item's index). */
  constructor(seed: number, stream = 0) {
    this.state = mix32((seed >>> 0) ^ mix32((stream >>> 0) + 0x9e3779b9)) || 1;
  }

  /** The next 32-bit value. */
  nextUint32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    return mix32(this.state);
  }

  /** A whole number in [0, n) (n >= 1). */
  below(n: number): number {
    return Math.floor((this.nextUint32() / 0x1_0000_0000) * n);
  }

  /** A whole number in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.nextUint32() / 0x1_0000_0000 < p;
  }

  /** One of the items, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}
