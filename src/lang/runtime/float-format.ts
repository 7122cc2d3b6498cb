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

/** '%.{prec}f' of x >= 0. */
export function fixedDigits(x: number, prec: number): string {
  const n = exactRound(x, prec).toString().padStart(prec + 1, '0');
  return prec === 0 ? n : `${n.slice(0, -prec)}.${n.slice(-prec)}`;
}

/** '%.{prec}e' of x >= 0: [mantissa digits string 'd.ddd', decimal exponent]. */
export function exponentDigits(x: number, prec: number): [string, number] {
  if (x === 0) return [prec > 0 ? '0.' + '0'.repeat(prec) : '0', 0];
  let d = Math.floor(Math.log10(x));
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
