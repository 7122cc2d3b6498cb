/**
 * Float arithmetic as CPython computes it, where JavaScript's operators
 * give other answers:
 *
 * - `intTrueDivide`: long_true_divide (Objects/longobject.c), int / int
 *   correctly rounded for ints of any size, with "integer division result too
 *   large for a float".
 * - `floatPow`: float_pow (Objects/floatobject.c) over C's pow(): its special
 *   cases, ZeroDivisionError for 0.0 to a negative power, and errno ERANGE as
 *   `OverflowError: (34, 'Numerical result out of range')`. V8's `**` is not
 *   correctly rounded (`7 ** 1.5` differs from glibc in the last bit); glibc's
 *   pow is (to within its 0.52 ulp bound), so the power is computed here in
 *   double-double arithmetic (about 100 bits) and rounded once.
 * - `floatDivmod`: float_divmod's floor quotient and remainder, which differ
 *   from Math.floor(x / y) for infinite divisors (`-2.5 // inf` is -1.0).
 */

/** What the caller raises for a C-level error (the Python exception's type and message). */
export class FloatMathError extends Error {
  constructor(
    readonly pyType: 'OverflowError' | 'ZeroDivisionError' | 'ValueError',
    readonly pyMessage: string,
  ) {
    super(pyMessage);
  }
}

const ERANGE_MESSAGE = "(34, 'Numerical result out of range')";

// ---- int / int ---------------------------------------------------------------

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

const TWO_53 = 2 ** 53;

/** long_true_divide: a / b correctly rounded (b != 0). */
export function intTrueDivide(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= TWO_53 && Math.abs(b) <= TWO_53) return a / b;
  let n = BigInt(a);
  let d = BigInt(b);
  const negative = n < 0n !== d < 0n;
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  if (n === 0n) return negative ? -0 : 0;
  const e = bitLength(n) - bitLength(d);
  // q = floor(n * 2**shift / d) has 55 or 56 bits (or, for a subnormal result, 2 bits below 2**-1074).
  const shift = Math.min(55 - e, 1076);
  let q: bigint;
  let sticky: boolean;
  if (shift >= 0) {
    const num = n << BigInt(shift);
    q = num / d;
    sticky = num % d !== 0n;
  } else {
    const den = d << BigInt(-shift);
    q = n / den;
    sticky = n % den !== 0n;
  }
  const extra = Math.max(bitLength(q) - 53, shift - 1074);
  const half = 1n << BigInt(extra - 1);
  const rem = q & ((1n << BigInt(extra)) - 1n);
  let qh = q >> BigInt(extra);
  if (rem > half || (rem === half && (sticky || (qh & 1n) === 1n))) qh += 1n;
  const exponent = extra - shift;
  if (bitLength(qh) + exponent > 1024) throw new FloatMathError('OverflowError', 'integer division result too large for a float');
  const value = exponent > 1023 ? Number(qh) * 2 ** 1023 * 2 ** (exponent - 1023) : Number(qh) * 2 ** exponent;
  return negative ? -value : value;
}

// ---- floor division and modulo -----------------------------------------------------

/** float_divmod: [floor quotient, remainder] for y != 0. */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1.0;
    }
  } else mod = y < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  return [floordiv, mod];
}

// ---- pow --------------------------------------------------------------------------

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < TWO_53 && Math.abs(y % 2) === 1;
}

/** float_pow for two floats. */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return y > 0 === ax > 1.0 ? Math.abs(y) : 0.0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw new FloatMathError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0.0;
  }
  let negate = false;
  if (x < 0) {
    // CPython returns a complex number here; gclab has no complex type.
    if (!Number.isInteger(y)) throw new FloatMathError('ValueError', 'math domain error');
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1.0) return negate ? -1.0 : 1.0;
  const r = positivePow(x, y);
  if (!Number.isFinite(r)) throw new FloatMathError('OverflowError', ERANGE_MESSAGE);
  return negate ? -r : r;
}

/** x ** y for finite x > 0, finite y, correctly rounded but for the rarest halfway cases. */
function positivePow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const l = logDD(x);
  const z = mulDD(l.hi, l.lo, y);
  if (z.hi > 709.8) return Infinity;
  if (z.hi < -745.2) return 0;
  return expDD(z.hi, z.lo);
}

// Double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi) / 2.
export interface DD {
  hi: number;
  lo: number;
}

const SPLITTER = 134217729; // 2**27 + 1

export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

export function addDD(ah: number, al: number, bh: number, bl: number): DD {
  const s = twoSum(ah, bh);
  const t = twoSum(al, bl);
  let lo = s.lo + t.hi;
  let hi = s.hi + lo;
  lo = lo - (hi - s.hi);
  lo += t.lo;
  const h2 = hi + lo;
  return { hi: h2, lo: lo - (h2 - hi) };
}

export function mulDD(ah: number, al: number, b: number, bl = 0): DD {
  const p = twoProd(ah, b);
  const lo = p.lo + (ah * bl + al * b);
  const hi = p.hi + lo;
  return { hi, lo: lo - (hi - p.hi) };
}

export const LN2: DD = { hi: 0.6931471805599453, lo: 2.3190468138462996e-17 };

export function divDD(ah: number, al: number, b: number): DD {
  const q1 = ah / b;
  const p = twoProd(q1, b);
  const r = (ah - p.hi - p.lo + al) / b;
  return twoSum(q1, r);
}

/** e ** (zh + zl) as 2**k times a double-double near 1. */
function expCore(zh: number, zl: number): { m: DD; k: number } {
  const k = Math.round(zh / LN2.hi);
  // r = z - k ln2, with k ln2 in double-double.
  const kl = mulDD(LN2.hi, LN2.lo, -k);
  const r0 = addDD(zh, zl, kl.hi, kl.lo);
  // Scale r down by 2**10, sum the Taylor series, square back up.
  const r = { hi: r0.hi / 1024, lo: r0.lo / 1024 };
  let sum: DD = { hi: 1, lo: 0 };
  let term: DD = { hi: 1, lo: 0 };
  for (let i = 1; i <= 12; i++) {
    term = mulDD(term.hi, term.lo, r.hi, r.lo);
    term = divDD(term.hi, term.lo, i);
    sum = addDD(sum.hi, sum.lo, term.hi, term.lo);
  }
  for (let i = 0; i < 10; i++) sum = mulDD(sum.hi, sum.lo, sum.hi, sum.lo);
  return { m: sum, k };
}

/** e ** (zh + zl), rounded once to a double. */
function expDD(zh: number, zl: number): number {
  const { m, k } = expCore(zh, zl);
  if (k < -1021) {
    // A subnormal result: round hi + lo at the subnormal's precision in one step.
    const shift = 2 ** (-1021 - k);
    const scaled = twoSum(m.hi / shift, m.lo / shift);
    return (scaled.hi + scaled.lo) * 2 ** -1021;
  }
  const value = m.hi + m.lo;
  if (k > 1000) return value * 2 ** 1000 * 2 ** (k - 1000);
  return value * 2 ** k;
}

/** x * 2**k, exact when the result is normal (two steps when 2**k alone is not finite). */
export function scaleByPowerOf2(x: number, k: number): number {
  if (k > 1000 || k < -1000) {
    const h = Math.trunc(k / 2);
    return x * 2 ** h * 2 ** (k - h);
  }
  return x * 2 ** k;
}

/** log(x) for x > 0 in double-double: one Newton step from Math.log. */
export function logDD(x: number): DD {
  const l0 = Math.log(x);
  // u = x * e**-l0 - 1; log(x) = l0 + log(1 + u) = l0 + u - u**2/2.
  const { m, k } = expCore(-l0, 0);
  const xe = mulDD(m.hi, m.lo, scaleByPowerOf2(x, k));
  const u = addDD(xe.hi, xe.lo, -1, 0);
  const u2 = (u.hi * u.hi) / 2;
  return addDD(l0, 0, u.hi - u2, u.lo);
}

/**
 * glibc's hypot kernel without FMA (sysdeps/ieee754/dbl-64/e_hypot.c,
 * after Borges, "An Improved Algorithm for hypot(a,b)"): sqrt of the sum of
 * squares with one correction step; ax >= ay > 0.
 */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -511;
const HYPOT_EPS = 2 ** -54;

/**
 * C's hypot(x, y) as glibc (2.35 and later, x86-64 without FMA) computes it,
 * bit for bit: the result is within an ulp, not always correctly rounded,
 * and V8's Math.hypot differs from it. CPython's abs(complex) and
 * complex ** use it.
 */
export function libmHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

/** C's exp(x), correctly rounded (as glibc's): inf past the overflow threshold, 0 far below. */
export function libmExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  return expDD(x, 0);
}

/** C's log(x) for x > 0, correctly rounded (as glibc's). */
export function libmLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  const l = logDD(x);
  return l.hi + l.lo;
}

// pi/2 as the sum of three doubles (161 bits), for argument reduction.
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

/** sin(r) (cos when `cosine`) for |r| <= pi/4 in double-double: the Taylor series. */
function sinCosKernelDD(r: DD, cosine: boolean): DD {
  const r2 = mulDD(r.hi, r.lo, r.hi, r.lo);
  let term: DD = cosine ? { hi: 1, lo: 0 } : r;
  let sum: DD = term;
  for (let k = 1; k <= 14; k++) {
    const n = cosine ? 2 * k : 2 * k + 1;
    term = mulDD(term.hi, term.lo, -r2.hi, -r2.lo);
    term = divDD(term.hi, term.lo, n * (n - 1));
    sum = addDD(sum.hi, sum.lo, term.hi, term.lo);
    if (Math.abs(term.hi) < 1e-40) break;
  }
  return sum;
}

/** sin(x) and cos(x) in double-double for |x| < 2**20: x reduced by n * pi/2 (n mod 4 picks the kernel). */
export function sinCosDD(x: number, cosine: boolean): DD {
  const n = Math.round(x / PIO2_1);
  const a = twoProd(n, PIO2_1);
  const b = twoProd(n, PIO2_2);
  let r = addDD(x, 0, -a.hi, -a.lo);
  r = addDD(r.hi, r.lo, -b.hi, -b.lo);
  r = addDD(r.hi, r.lo, -n * PIO2_3, 0);
  const q = ((n % 4) + 4) % 4;
  const useCos = cosine ? q % 2 === 0 : q % 2 === 1;
  const v = sinCosKernelDD(r, useCos);
  const negate = cosine ? q === 1 || q === 2 : q >= 2;
  return negate ? { hi: -v.hi, lo: -v.lo } : v;
}

const REDUCIBLE = 2 ** 20;

/** C's sin(x), correctly rounded (as glibc's) for |x| < 2**20; Math.sin beyond. */
export function libmSin(x: number): number {
  if (!(Math.abs(x) < REDUCIBLE) || x === 0) return Math.sin(x);
  const v = sinCosDD(x, false);
  return v.hi + v.lo;
}

/** C's cos(x), correctly rounded (as glibc's) for |x| < 2**20; Math.cos beyond. */
export function libmCos(x: number): number {
  if (!(Math.abs(x) < REDUCIBLE)) return Math.cos(x);
  const v = sinCosDD(x, true);
  return v.hi + v.lo;
}

/**
 * C's atan2(y, x), correctly rounded (as glibc's): Math.atan2's angle t
 * refined by one Newton step, t + (y cos t - x sin t) / (x cos t + y sin t),
 * in double-double (y and x scaled by a common power of two first).
 * Zeros, infinities and NaNs are Math.atan2's (exact) answers.
 */
export function libmAtan2(y: number, x: number): number {
  const t = Math.atan2(y, x);
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return t;
  // A tiny angle (|y/x| < 2**-30, x > 0): atan(q) = q (1 - q*q/3 ...) rounds as the
  // correctly rounded quotient does; scaling would push y into the subnormals.
  if (x > 0 && Math.abs(t) < 2 ** -30) return y / x;
  const k = Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y))));
  const xs = scaleByPowerOf2(x, -k);
  const ys = scaleByPowerOf2(y, -k);
  const s = sinCosDD(t, false);
  const c = sinCosDD(t, true);
  const yc = mulDD(c.hi, c.lo, ys);
  const xs_ = mulDD(s.hi, s.lo, xs);
  const f = addDD(yc.hi, yc.lo, -xs_.hi, -xs_.lo);
  const xc = mulDD(c.hi, c.lo, xs);
  const ys_ = mulDD(s.hi, s.lo, ys);
  const g = addDD(xc.hi, xc.lo, ys_.hi, ys_.lo);
  const delta = f.hi / g.hi;
  const r = twoSum(t, delta);
  return r.hi + r.lo;
}

/**
 * math.hypot / math.dist as CPython 3.11 computes them (vector_norm in
 * Modules/mathmodule.c): the coordinates scaled by a power of two below 1,
 * squared and summed losslessly in double-length arithmetic, the square
 * root corrected once -- not C's hypot. `values` are the coordinates'
 * absolute values; `max` the largest of them.
 */
export function vectorNorm(values: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || values.length <= 1) return max;
  const maxE = Math.floor(Math.log2(max)) + 1; // frexp: max = m * 2**maxE, 0.5 <= m < 1
  let e = maxE;
  // Math.log2 may be off by one next to a power of two: fix e so that max * 2**-e is in [0.5, 1).
  while (scaleByPowerOf2(max, -e) >= 1) e++;
  while (scaleByPowerOf2(max, -e) < 0.5) e--;
  if (e < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(values.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (const v of values) {
    const x = scaleByPowerOf2(v, -e);
    const pr = twoProd(x, x);
    const hi = csum + pr.hi;
    frac1 += pr.lo;
    frac2 += csum - hi + pr.hi;
    csum = hi;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const pr = twoProd(-h, h);
  const hi = csum + pr.hi;
  frac1 += pr.lo;
  frac2 += csum - hi + pr.hi;
  csum = hi;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return scaleByPowerOf2(h, e);
}

/** C's tan(x) for |x| < 2**20: sin/cos in double-double, divided once; Math.tan beyond. */
export function libmTan(x: number): number {
  if (!(Math.abs(x) < REDUCIBLE) || x === 0) return Math.tan(x);
  const s = sinCosDD(x, false);
  const c = sinCosDD(x, true);
  const q = s.hi / c.hi;
  // one correction: (s - q c) / c
  const qc = mulDD(c.hi, c.lo, q);
  const r = addDD(s.hi, s.lo, -qc.hi, -qc.lo);
  return q + r.hi / c.hi;
}

/** C's atan(x): atan2(x, 1) refined in double-double. */
export function libmAtan(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Math.atan(x);
  return libmAtan2(x, 1);
}

const signScratch = new DataView(new ArrayBuffer(8));

/**
 * C's signbit(x): the sign bit of the double, NaNs included (a NaN made
 * by negation, `-float('nan')` or `float('-nan')` has it set; V8 keeps a
 * NaN's bits in a heap number, so FloatObject values carry it).
 */
export function signBit(x: number): boolean {
  signScratch.setFloat64(0, x);
  return (signScratch.getUint8(0) & 0x80) !== 0;
}
