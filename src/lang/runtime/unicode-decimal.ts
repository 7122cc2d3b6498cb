/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII (Objects/unicodeobject.c):
 * int(), float() and complex() read a str after turning every Unicode
 * decimal digit (category Nd: '١', '７', '𝟘') into its ASCII digit and every
 * Unicode whitespace character (str.isspace) into ' '; any other non-ASCII
 * character becomes '?', which no number syntax accepts. Error messages
 * still show the original text.
 */

/** Python's non-ASCII whitespace (str.isspace: bidirectional WS, B, S or category Zs). */
const WIDE_SPACE = /[\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
const DECIMAL = /\p{Nd}/u;

/**
 * The value of decimal digit `cp`: Unicode keeps every Nd digit in a
 * contiguous run of complete 0..9 sets (a stability guarantee), so the
 * value is the distance from the start of the run, modulo 10.
 */
function decimalValue(cp: number): number {
  let start = cp;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** `text` with decimal digits and whitespace made ASCII (unchanged, and not copied, when already ASCII). */
export function transformDecimalAndSpaceToAscii(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (WIDE_SPACE.test(ch)) out += ' ';
    else if (DECIMAL.test(ch)) out += String(decimalValue(cp));
    else out += '?';
  }
  return out;
}
