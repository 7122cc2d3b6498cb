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

/** C's frexp: x = m * 2**e with 0.5 <= |m| < 1, exactly; zero, inf and nan give (x, 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  view.setFloat64(0, x);
  let hi = view.getUint32(0);
  let e = (hi >>> 20) & 0x7ff;
  let bias = 0;
  if (e === 0) {
    // subnormal: scale into the normal range first
    view.setFloat64(0, x * 2 ** 64);
    hi = view.getUint32(0);
    e = (hi >>> 20) & 0x7ff;
    bias = 64;
  }
  // Set the exponent field to 1022 (so |m| lies in [0.5, 1)).
  view.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), e - 1022 - bias];
}

/** C's ldexp(x, e): x * 2**e, rounded once (a subnormal result too); inf past the range. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, me] = frexp(x);
  const k = me + e;
  if (k > 1024) return x < 0 ? -Infinity : Infinity;
  // normal: exact (2 ** 1024 is Infinity in a double, so the top exponent is applied in two steps)
  if (k >= -1021) return k > 1000 ? m * 2 ** (k - 64) * 2 ** 64 : m * 2 ** k;
  if (k < -1100) return x < 0 ? -0 : 0;
  const r = roundToSubnormal(m, k);
  return r === 0 && x < 0 ? -0 : r;
}

/** m * 2**k for a subnormal result, rounded to nearest even once (|m| in [0.5, 1)). */
function roundToSubnormal(m: number, k: number): number {
  // The result's unit is 2**-1074: the number of units is m * 2**(k + 1074), an exact scaling of m.
  const units = m * 2 ** (k + 1074);
  const r = Math.round(units);
  // Math.round rounds half up: fix ties to even.
  const tie = Math.abs(units - Math.trunc(units)) === 0.5;
  const n = tie ? 2 * Math.round(units / 2) : r;
  return n * 2 ** -1074;
}

/** C's nextafter(x, y). */
export function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 2 ** -1074 : -(2 ** -1074);
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/**
 * glibc's __cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial first
 * guess on the mantissa, one Halley step, the exponent's third restored
 * by a factor and ldexp. Not correctly rounded (cbrt(27) is
 * 3.0000000000000004), as in python3.
 */
export function libmCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u =
    0.35489576504391986 +
    (1.50819193781584896 +
      (-2.11499494167371287 + (2.4469312256353443 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}
