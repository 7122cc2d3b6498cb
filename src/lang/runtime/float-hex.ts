/**
 * float.hex, float.fromhex and float.as_integer_ratio
 * (Objects/floatobject.c float_hex, float_fromhex, float_as_integer_ratio),
 * exact through the double's bits.
 */
import type { Runtime } from './runtime';

/** The double's sign, biased exponent field and 52-bit fraction. */
function bits(x: number): { negative: boolean; exponent: number; fraction: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  return { negative: hi >>> 31 === 1, exponent: (hi >>> 20) & 0x7ff, fraction: (BigInt(hi & 0xfffff) << 32n) | BigInt(lo) };
}

/** float_hex: 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const { negative, exponent, fraction } = bits(x);
  const sign = negative ? '-' : '';
  if (exponent === 0 && fraction === 0n) return `${sign}0x0.0p+0`;
  const digits = fraction.toString(16).padStart(13, '0');
  if (exponent === 0) return `${sign}0x0.${digits}p-1022`;
  const e = exponent - 1023;
  return `${sign}0x1.${digits}p${e >= 0 ? '+' : ''}${e}`;
}

/** float_as_integer_ratio: the exact fraction, lowest terms, positive denominator. */
export function floatRatio(rt: Runtime, x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw rt.error('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw rt.error('OverflowError', 'cannot convert Infinity to integer ratio');
  const { negative, exponent, fraction } = bits(x);
  let num = exponent === 0 ? fraction : fraction | (1n << 52n);
  let exp = (exponent === 0 ? -1074 : exponent - 1075);
  if (num === 0n) return [0n, 1n];
  while ((num & 1n) === 0n && exp < 0) {
    num >>= 1n;
    exp++;
  }
  if (negative) num = -num;
  return exp >= 0 ? [num << BigInt(exp), 1n] : [num, 1n << BigInt(-exp)];
}

/** float_fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf/nan; whitespace around. */
export function floatFromHex(rt: Runtime, text: string): number {
  const invalid = () => rt.error('ValueError', 'invalid hexadecimal floating-point string');
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i.exec(s);
  if (m === null) throw invalid();
  const [, sign, intPart, fracPart = '', expPart] = m;
  if (intPart === '' && fracPart === '') throw invalid();
  let mant = BigInt('0x0' + intPart + fracPart);
  let exp = (expPart === undefined ? 0 : Number(expPart)) - 4 * fracPart.length;
  let value: number;
  if (mant === 0n) value = 0;
  else {
    // Keep 64 significant bits (plus a sticky bit) so Number() rounds once, half to even.
    const extra = mant.toString(2).length - 64;
    if (extra > 0) {
      const sticky = (mant & ((1n << BigInt(extra)) - 1n)) !== 0n ? 1n : 0n;
      mant = (mant >> BigInt(extra)) | sticky;
      exp += extra;
    }
    const top = mant.toString(2).length + exp;
    if (top > 1024) throw rt.error('OverflowError', 'hexadecimal value too large to represent as a float');
    if (exp >= 0) value = Number(mant) * 2 ** exp;
    else if (top > -1021) value = Number(mant) / 2 ** -exp;
    else {
      // Subnormal: round the mantissa to the 2**-1074 grid first (half to even).
      const shift = BigInt(-1074 - exp);
      if (shift <= 0n) value = Number(mant) * 2 ** (exp + 1074) * 2 ** -1074;
      else {
        const q = mant >> shift;
        const r = mant - (q << shift);
        const half = 1n << (shift - 1n);
        const rounded = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
        value = Number(rounded) * 2 ** -1074;
      }
    }
    if (!Number.isFinite(value)) throw rt.error('OverflowError', 'hexadecimal value too large to represent as a float');
  }
  return sign === '-' ? -value : value;
}
