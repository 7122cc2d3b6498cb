/**
 * math.gamma and math.lgamma as CPython 3.11 computes them (m_tgamma,
 * m_lgamma and m_sinpi in Modules/mathmodule.c): the Lanczos approximation
 * with N=13, g=6.024680040776729583740234375 (Boost's parameters) as a
 * rational function, the reflection formula for negative x, and a
 * correction for the rounding error of x+g-0.5 -- over libm's exp, pow, log,
 * sin and cos (glibc's, correctly rounded here). Errors come back as C's
 * errno would set them: `domain` for EDOM, `range` for ERANGE, which
 * math_1a turns into ValueError / OverflowError.
 */
import { floatPow, FloatMathError, libmCos, libmExp, libmLog, libmSin } from './float-math';

const PI = 3.141592653589793238462643383279502884197;
const LOGPI = 1.144729885849400174143427351353058711647;
const LANCZOS_N = 13;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM_COEFFS = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** The denominator x*(x+1)*...*(x+LANCZOS_N-2). */
const LANCZOS_DEN_COEFFS = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/** gamma(1) .. gamma(23), exact. */
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];

/** What C's errno says after the call (none, EDOM, ERANGE), with the value. */
export interface ErrnoResult {
  value: number;
  errno: 'none' | 'domain' | 'range';
}

/** m_sinpi: sin(pi*x), accurate near integers (x finite). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libmSin(PI * y);
      break;
    case 1:
      r = libmCos(PI * (y - 0.5));
      break;
    case 2:
      // -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 when y == 1.0.
      r = libmSin(PI * (1.0 - y));
      break;
    case 3:
      r = -libmCos(PI * (y - 1.5));
      break;
    default:
      r = libmSin(PI * (y - 2.0));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** lanczos_sum: the rational function L_g(x) for x > 0. */
function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + LANCZOS_NUM_COEFFS[i];
      den = den * x + LANCZOS_DEN_COEFFS[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + LANCZOS_NUM_COEFFS[i];
      den = den / x + LANCZOS_DEN_COEFFS[i];
    }
  }
  return num / den;
}

/** C's pow(x, y) for x > 0 (an overflow is inf). */
function pow(x: number, y: number): number {
  try {
    return floatPow(x, y);
  } catch (e) {
    if (e instanceof FloatMathError) return Infinity;
    throw e;
  }
}

/** m_tgamma. */
export function tgamma(x: number): ErrnoResult {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return { value: x, errno: 'none' };
    return { value: NaN, errno: 'domain' };
  }
  if (x === 0) return { value: Object.is(x, -0) ? -Infinity : Infinity, errno: 'domain' };
  if (x === Math.floor(x)) {
    if (x < 0) return { value: NaN, errno: 'domain' };
    if (x <= GAMMA_INTEGRAL.length) return { value: GAMMA_INTEGRAL[x - 1], errno: 'none' };
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return { value: r, errno: Number.isFinite(r) ? 'none' : 'range' };
  }
  if (absx > 200.0) {
    if (x < 0.0) return { value: 0.0 / sinpi(x), errno: 'none' };
    return { value: Infinity, errno: 'range' };
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // z: the rounding error of y, times g/y (the correction factor's term).
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-PI / sinpi(absx)) / absx) * libmExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= pow(y, absx - 0.5);
    } else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libmExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= pow(y, absx - 0.5);
    } else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return { value: r, errno: Number.isFinite(r) ? 'none' : 'range' };
}

/** m_log: log(x), with EDOM for x <= 0. */
function mLog(x: number): number {
  return x > 0 ? libmLog(x) : x === 0 ? -Infinity : NaN;
}

/** m_lgamma: log(|gamma(x)|). */
export function lgamma(x: number): ErrnoResult {
  if (!Number.isFinite(x)) return { value: Number.isNaN(x) ? x : Infinity, errno: 'none' };
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return { value: Infinity, errno: 'domain' };
    return { value: 0.0, errno: 'none' };
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return { value: -mLog(absx), errno: 'none' };
  let r = mLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (mLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - mLog(Math.abs(sinpi(absx))) - mLog(absx) - r;
  return { value: r, errno: Number.isFinite(r) ? 'none' : 'range' };
}
