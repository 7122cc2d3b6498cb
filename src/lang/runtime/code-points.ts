/**
 * Python's str is a sequence of code points; a JS string holds UTF-16 code
 * units, where a character above U+FFFF (an astral one, such as an emoji)
 * takes two (a surrogate pair). Lengths, indices and ordering that Python
 * code sees go through these functions, which are the identity (or the
 * native comparison) for the common string without surrogates.
 */

const SURROGATE = /[\ud800-\udfff]/;

/** len(str): code points (a surrogate pair is one); the UTF-16 length when there is no surrogate. */
export function codePointLength(t: string): number {
  if (!SURROGATE.test(t)) return t.length;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The UTF-16 index of code point index `cp` (0 <= cp <= len) of `t`. */
export function unitIndex(t: string, cp: number): number {
  if (!SURROGATE.test(t)) return cp;
  let i = 0;
  for (let k = 0; k < cp && i < t.length; k++) {
    const c = t.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** The code point index of UTF-16 index `unit` of `t`. */
export function cpIndex(t: string, unit: number): number {
  return SURROGATE.test(t) ? codePointLength(t.slice(0, unit)) : unit;
}

/**
 * unicode_compare: the order of two str by code point. A JS string holds
 * UTF-16 code units, whose order differs from code point order only where
 * a surrogate is involved (U+1F600 is above U+FFFF, though its first unit
 * 0xD83D is below 0xFFFF): without surrogates the native comparison is
 * exact; with them the strings are compared code point by code point from
 * the first difference (a surrogate pair counts as one code point).
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  let i = 0;
  const n = Math.min(a.length, b.length);
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Start at the code point holding the first difference (the shared high
  // surrogate of a pair when the difference is in its low half).
  if (i > 0) {
    const h = a.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) i--;
  }
  let ia = i;
  let ib = i;
  for (;;) {
    if (ia >= a.length) return ib >= b.length ? 0 : -1;
    if (ib >= b.length) return 1;
    const ca = a.codePointAt(ia)!;
    const cb = b.codePointAt(ib)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    ia += ca > 0xffff ? 2 : 1;
    ib += cb > 0xffff ? 2 : 1;
  }
}

