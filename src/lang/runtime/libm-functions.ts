/**
 * The rest of C's libm that the math module exposes, computed as glibc
 * (2.35+, x86-64) computes it, where V8's Math functions give other last
 * digits. Two kinds:
 *
 * - glibc's functions that are correctly rounded in practice (log2 from the
 *   ARM optimized routines, < 0.502 ulp; the IBM asin and acos): computed
 *   here in double-double (float-math.ts) and rounded once.
 * - glibc's functions kept from fdlibm (log10, asinh, acosh, atanh, sinh,
 *   cosh): their formulas, step by step, over glibc's own exp and log
 *   (correctly rounded here) and fdlibm's log1p and expm1 (which V8's
 *   Math.log1p and Math.expm1 are ports of). The branch thresholds are
 *   fdlibm's, on the high word of the double.
 *
 * Each function takes a double in its domain (the math module checks the
 * domain and raises ValueError/OverflowError as math_1 does) and returns a
 * double; infinities and NaNs pass through as C's functions return them.
 */
import { addDD, libmExp, libmLog, LN2, logDD, mulDD, sinCosDD, twoSum } from './float-math';

const view = new DataView(new ArrayBuffer(8));

/** The high 32 bits of a double with the sign cleared (fdlibm's `ix`). */
function highWordAbs(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0) & 0x7fffffff;
}

function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

const LN2_DOUBLE = 6.93147180559945286227e-1;

/** log2(x), correctly rounded: log(x) in double-double divided by ln 2 in double-double. */
export function libmLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  // An exact power of two has an exact logarithm.
  const e = Math.floor(Math.log2(x));
  if (2 ** e === x) return e;
  if (2 ** (e + 1) === x) return e + 1;
  const l = logDD(x);
  const q1 = l.hi / LN2.hi;
  const p = mulDD(LN2.hi, LN2.lo, q1);
  const r = addDD(l.hi, l.lo, -p.hi, -p.lo);
  const q = twoSum(q1, r.hi / LN2.hi);
  return q.hi + q.lo;
}

const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

/**
 * glibc's __ieee754_log10 (sysdeps/ieee754/dbl-64/e_log10.c, from fdlibm):
 * x = 2**k * m with m in [1, 2) (in [0.5, 1) for a negative k), then
 * k*log10_2lo + ivln10*log(m) + k*log10_2hi.
 */
export function libmLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  view.setFloat64(0, x);
  let hx = view.getBigUint64(0);
  let k = 0;
  if (hx < 0x0010000000000000n) {
    // subnormal: scale up by 2**54
    k -= 54;
    view.setFloat64(0, x * 18014398509481984.0);
    hx = view.getBigUint64(0);
  }
  k += Number(hx >> 52n) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffffffffffffn) | (BigInt(0x3ff - i) << 52n);
  const y = k + i;
  view.setBigUint64(0, hx);
  const m = view.getFloat64(0);
  const z = y * LOG10_2LO + IVLN10 * libmLog(m);
  return z + y * LOG10_2HI;
}

/** asin(x) for |x| <= 1, correctly rounded: Math.asin's angle t refined by one Newton step on sin(t) = x in double-double. */
export function libmAsin(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 1) || ax < 2 ** -26) return Math.asin(x);
  const t = Math.asin(x);
  const s = sinCosDD(t, false);
  const c = sinCosDD(t, true);
  const d = addDD(s.hi, s.lo, -x, 0);
  const r = twoSum(t, -d.hi / c.hi);
  return r.hi + r.lo;
}

/** acos(x) for |x| <= 1, correctly rounded: Math.acos's angle refined by one Newton step on cos(t) = x. */
export function libmAcos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  const t = Math.acos(x);
  const s = sinCosDD(t, false);
  const c = sinCosDD(t, true);
  const d = addDD(c.hi, c.lo, -x, 0);
  const r = twoSum(t, d.hi / s.hi);
  return r.hi + r.lo;
}

/** glibc's __asinh (s_asinh.c, fdlibm's). */
export function libmAsinh(x: number): number {
  const ix = highWordAbs(x);
  if (ix >= 0x7ff00000) return x + x; // inf or NaN
  if (ix < 0x3e300000) return x; // |x| < 2**-28
  const xa = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) {
    // |x| > 2**28
    w = libmLog(xa) + LN2_DOUBLE;
  } else if (ix > 0x40000000) {
    // 2**28 > |x| > 2.0
    w = libmLog(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
  } else {
    // 2.0 > |x| > 2**-28
    const t = xa * xa;
    w = Math.log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return x < 0 ? -w : w;
}

/** glibc's __ieee754_acosh (e_acosh.c, fdlibm's), x >= 1. */
export function libmAcosh(x: number): number {
  const ix = highWordAbs(x);
  if (x < 1 || Number.isNaN(x)) return NaN;
  if (ix >= 0x41b00000) {
    // x > 2**28
    if (ix >= 0x7ff00000) return x + x;
    return libmLog(x) + LN2_DOUBLE;
  }
  if (x === 1) return 0;
  if (ix > 0x40000000) {
    // 2**28 > x > 2
    const t = x * x;
    return libmLog(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  // 1 < x < 2
  const t = x - 1.0;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}

/** glibc's __ieee754_atanh (e_atanh.c), |x| < 1. */
export function libmAtanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * Math.log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * Math.log1p((xa + xa) / (1.0 - xa));
  } else {
    return Math.atanh(x);
  }
  return x < 0 ? -t : t;
}

/** |x| <= this: exp(|x|/2) squared still fits a double (fdlibm's overflow threshold for sinh and cosh). */
function belowOverflowThreshold(ix: number, x: number): boolean {
  return ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d);
}

/** glibc's __ieee754_sinh (e_sinh.c, fdlibm's). */
export function libmSinh(x: number): number {
  const ix = highWordAbs(x);
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2**-28
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  // |x| in [22, log(maxdouble)]
  if (ix < 0x40862e42) return h * libmExp(ax);
  if (belowOverflowThreshold(ix, x)) {
    const w = libmExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** glibc's __ieee754_cosh (e_cosh.c, fdlibm's). */
export function libmCosh(x: number): number {
  const ix = highWordAbs(x);
  if (ix >= 0x7ff00000) return x * x;
  const ax = Math.abs(x);
  if (ix < 0x40360000) {
    // |x| in [0, 0.5*ln2]: 1 + expm1(|x|)**2 / (2*exp(|x|))
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = Math.expm1(ax);
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    // |x| in [0.5*ln2, 22]: (exp(|x|) + 1/exp(|x|)) / 2
    const t = libmExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * libmExp(ax);
  if (belowOverflowThreshold(ix, x)) {
    const w = libmExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}
