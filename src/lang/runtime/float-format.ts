/**
 * Correctly rounded decimal formatting of doubles, as CPython's
 * PyOS_double_to_string (David Gay's dtoa, modes 2 and 3) does it: the
 * exact binary value is rounded half-to-even, so 2.5 -> '2' and
 * 0.125 -> '0.12' (JS's toFixed rounds such ties up). Exact arithmetic
 * uses BigInt.
 */

/** The finite positive double x as m * 2**e (m, e integers). */
function decompose(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp === 0) return [mant, -1074n];
  mant |= 1n << 52n;
  return [mant, BigInt(exp - 1075)];
}

/** round-half-even(x * 10**s) for a finite x >= 0. */
export function exactRound(x: number, s: number): bigint {
  const [m, e] = decompose(x);
  let num = m;
  let den = 1n;
  if (e >= 0n) num <<= e;
  else den <<= -e;
  if (s >= 0) num *= 10n ** BigInt(s);
  else den *= 10n ** BigInt(-s);
  const q = num / den;
  const r = num % den;
  if (2n * r > den || (2n * r === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** Is the finite x > 0 exactly below 10**d? */
function belowPowerOf10(x: number, d: number): boolean {
  const [m, e] = decompose(x);
  let lhs = m;
  let rhs = 1n;
  if (e >= 0n) lhs <<= e;
  else rhs <<= -e;
  if (d >= 0) rhs *= 10n ** BigInt(d);
  else lhs *= 10n ** BigInt(-d);
  return lhs < rhs;
}

/** '%.{prec}f' of x >= 0. */
export function fixedDigits(x: number, prec: number): string {
  const n = exactRound(x, prec).toString().padStart(prec + 1, '0');
  return prec === 0 ? n : `${n.slice(0, -prec)}.${n.slice(-prec)}`;
}

/** '%.{prec}e' of x >= 0: [mantissa digits string 'd.ddd', decimal exponent]. */
export function exponentDigits(x: number, prec: number): [string, number] {
  if (x === 0) return [prec > 0 ? '0.' + '0'.repeat(prec) : '0', 0];
  let d = Math.floor(Math.log10(x));
  // Math.log10 rounds: 1e-07 (a little below 10**-7) gives -7. Decide exactly.
  if (belowPowerOf10(x, d)) d -= 1;
  else if (!belowPowerOf10(x, d + 1)) d += 1;
  let n = exactRound(x, prec - d);
  const lo = 10n ** BigInt(prec);
  if (n >= lo * 10n) {
    d += 1;
    n = exactRound(x, prec - d);
  } else if (n < lo) {
    d -= 1;
    n = exactRound(x, prec - d);
  }
  const digits = n.toString();
  return [prec > 0 ? `${digits[0]}.${digits.slice(1)}` : digits, d];
}

/** 'e' format text: exponent with a sign and at least two digits. */
export function expoText(x: number, prec: number): string {
  const [m, d] = exponentDigits(x, prec);
  return `${m}e${d < 0 ? '-' : '+'}${String(Math.abs(d)).padStart(2, '0')}`;
}

/** round(x, n) for a float: the double nearest the correctly rounded decimal. */
export function roundFloat(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const neg = x < 0;
  const q = exactRound(Math.abs(x), n);
  const v = Number(`${q}e${-n}`);
  return neg ? -v : v;
}

/**
 * _Py_dg_dtoa's digits for x >= 0 finite: [digits without trailing zeros,
 * decpt] meaning 0.DIGITS * 10**decpt. Mode 0 is the shortest string that
 * reads back as x; mode 2 rounds to `ndigits` significant digits; mode 3
 * to `ndigits` digits after the decimal point (no digits at all, decpt =
 * -ndigits, when that rounds to zero). Zero is '0' with decpt 1.
 */
function dtoaDigits(x: number, mode: 0 | 2 | 3, ndigits: number): [string, number] {
  if (x === 0) return ['0', 1];
  let digits: string;
  let decpt: number;
  if (mode === 0) {
    const [m, e] = x.toExponential().split('e');
    digits = m.replace('.', '');
    decpt = Number(e) + 1;
  } else if (mode === 2) {
    const [m, d] = exponentDigits(x, Math.max(ndigits, 1) - 1);
    digits = m.replace('.', '');
    decpt = d + 1;
  } else {
    const n = exactRound(x, ndigits);
    if (n === 0n) return ['', -ndigits];
    digits = n.toString();
    decpt = digits.length - ndigits;
  }
  return [digits.replace(/0+$/, ''), decpt];
}

/** Flags of PyOS_double_to_string that formatting uses. */
export interface DoubleFormatFlags {
  /** Py_DTSF_ADD_DOT_0: an integral result keeps '.0' (repr, and format() without a type). */
  addDot0?: boolean;
  /** Py_DTSF_ALT ('#'): keep the decimal point and, for 'g', trailing zeros. */
  alt?: boolean;
}

/**
 * PyOS_double_to_string / format_float_short (Python/pystrtod.c) for a
 * finite x >= 0: `code` is 'e', 'f', 'g' or 'r' (repr; precision unused),
 * lower case (the caller upper-cases E/F/G). The digits come from
 * dtoaDigits; the exponent is used for 'e', for 'g' when the decimal
 * exponent is below -4 or not below the precision (one less with
 * addDot0), and for 'r' outside 1e-4 <= x < 1e16.
 */
export function doubleToString(x: number, code: 'e' | 'f' | 'g' | 'r', precision: number, flags: DoubleFormatFlags = {}): string {
  const addDot0 = flags.addDot0 === true;
  const alt = flags.alt === true;
  let mode: 0 | 2 | 3;
  if (code === 'e') {
    mode = 2;
    precision++;
  } else if (code === 'f') mode = 3;
  else if (code === 'g') {
    mode = 2;
    if (precision === 0) precision = 1;
  } else mode = 0;
  const [digits, decpt0] = dtoaDigits(x, mode, precision);
  let decpt = decpt0;
  const digitsLen = digits.length;
  const ds = digits;
  let vEnd = digitsLen;
  let useExp = false;
  switch (code) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let s = '';
  if (decpt <= 0) s += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else s += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= digitsLen) s += ds.slice(0, decpt) + '.' + ds.slice(decpt);
  else s += ds;
  if (digitsLen < decpt) s += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vEnd - decpt);
  else s += '0'.repeat(vEnd - digitsLen);
  if (s.endsWith('.') && !alt) s = s.slice(0, -1);
  if (useExp) s += `e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return s;
}
