/**
 * The math functions that take doubles apart or step between them
 * (Modules/mathmodule.c: math_frexp, math_ldexp, math_modf,
 * math_remainder_impl's m_remainder, math_nextafter, math_ulp), plus
 * exp2, cbrt and the inverse hyperbolic functions (libm's, through the
 * host's: like exp or sin they may differ from CPython's in the last
 * digit). The others are exact: the results are bit for bit CPython's.
 */

const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

/** frexp(x): (m, e) with x == m * 2**e and 0.5 <= |m| < 1 (x itself and 0 for 0, inf and nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  // Scale subnormals into the normal range first.
  if (Math.abs(m) < 2 ** -1022) {
    m *= 2 ** 64;
    e -= 64;
  }
  const exp = Number((bitsOf(m) >> 52n) & 0x7ffn);
  e += exp - 1022;
  m = fromBits((bitsOf(m) & ~(0x7ffn << 52n)) | (1022n << 52n));
  return [m, e];
}

/**
 * ldexp(x, i): x * 2**i rounded once; undefined when it overflows. With
 * x = m * 2**e (frexp), the result is m * 2**k: for a normal result two
 * exact power-of-two steps, for a subnormal one an exact step to 2**-1000
 * and one rounding step.
 */
export function ldexp(x: number, i: number): number | undefined {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const k = e + i;
  if (k > 1024) return undefined;
  if (k >= -1021) {
    const half = Math.floor(k / 2);
    return m * 2 ** half * 2 ** (k - half);
  }
  if (k < -1075) return m < 0 ? -0 : 0;
  return m * 2 ** -1000 * 2 ** (k + 1000);
}

/** modf(x): (fractional part, integer part), both with x's sign. */
export function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return [x, x];
    return [x < 0 ? -0 : 0, x];
  }
  const ip = Math.trunc(x);
  const frac = x - ip;
  return [frac === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : frac, ip === 0 && (x < 0 || Object.is(x, -0)) ? -0 : ip];
}

/** m_remainder: x - n*y for n the integer nearest x/y (ties to even); exact. Undefined: domain error. */
export function remainder(x: number, y: number): number | undefined {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return undefined;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else {
      // Half-way: choose the even multiple (m == c exactly).
      r = m - 2 * ((0.5 * (absx - m)) % absy);
    }
    const negative = x < 0 || Object.is(x, -0);
    const out = negative ? -r : r;
    return out === 0 ? (negative ? -0 : 0) : out;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return undefined;
  return x;
}

/** nextafter(x, y): the next double after x towards y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 2 ** -1074 : -(2 ** -1074);
  const b = bitsOf(x);
  const up = (y > x) === (x > 0);
  return fromBits(up ? b + 1n : b - 1n);
}

/** ulp(x): the value of x's least significant bit. */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Infinity) return a;
  const next = nextafter(a, Infinity);
  if (next === Infinity) return a - nextafter(a, -Infinity);
  return next - a;
}

/** The host's libm-like functions the module adds: name, function, domain check (false: math domain error). */
export const LIBM_EXTRA: ReadonlyArray<[string, (x: number) => number, ((x: number) => boolean) | undefined]> = [
  ['acosh', Math.acosh, (x) => x >= 1 || Number.isNaN(x)],
  ['asinh', Math.asinh, undefined],
  ['atanh', Math.atanh, (x) => Math.abs(x) < 1 || Number.isNaN(x)],
  ['cbrt', Math.cbrt, undefined],
  ['exp2', (x) => 2 ** x, undefined],
];

