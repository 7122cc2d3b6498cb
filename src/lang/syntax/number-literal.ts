/**
 * Number literals: the tokenizer's scanner (tokenizer.c, `tok_get` from the
 * `number:` label) and the parser's conversion to a value.
 *
 * Grammar (Python 3.11 reference, "Integer literals", "Floating point
 * literals"): decimal `[1-9](_?[0-9])*` or `0(_?0)*`; `0x`/`0o`/`0b` with an
 * optional `_` before each digit group; floats `digits.digits`, `.digits`,
 * `digits.`, each with an optional exponent `e[+-]?digits`; a trailing `j`
 * makes an imaginary literal.
 *
 * Error columns copy CPython's: most errors point at the tokenizer's cursor
 * after it backs up over the offending character, so the 1-based column is
 * the 0-based index of that character; invalid digits are reported after
 * consuming the digit. A number may be immediately followed by the keywords
 * `and else for if in is not or` (CPython only warns); any other identifier
 * character is "invalid ... literal".
 */

/**
 * How the scanner reports an error: `offset` is the 0-based index the
 * 1-based column should equal; `endCursorOffset`, likewise for end_offset,
 * when the error has a range (syntaxerror_known_range).
 */
export type NumberErrorSink = (cursorOffset: number, msg: string, endCursorOffset?: number) => never;

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHex = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isIdentChar = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || isDigit(c) || c.charCodeAt(0) >= 128;

/** Scan the number starting at `start`; return the offset just past it. */
export function scanNumber(text: string, start: number, fail: NumberErrorSink): number {
  const ch = (i: number): string => text[i] ?? '';
  if (ch(start) === '0') {
    const kind = ch(start + 1).toLowerCase();
    if (kind === 'x') return scanRadix(text, start + 2, isHex, 'hexadecimal', fail);
    if (kind === 'o') return scanRadix(text, start + 2, (c) => c >= '0' && c <= '7', 'octal', fail);
    if (kind === 'b') return scanRadix(text, start + 2, (c) => c === '0' || c === '1', 'binary', fail);
    return scanLeadingZero(text, start, fail);
  }
  if (ch(start) === '.') return scanFraction(text, start + 1, fail);
  return scanAfterIntegerPart(text, scanDecimalTail(text, start, fail), fail);
}

/** `0x`, `0o`, `0b`: digit groups separated by single underscores. */
function scanRadix(
  text: string,
  i: number,
  isRadixDigit: (c: string) => boolean,
  kind: string,
  fail: NumberErrorSink,
): number {
  do {
    if (text[i] === '_') i++;
    if (!isRadixDigit(text[i] ?? '')) {
      if (kind !== 'hexadecimal' && isDigit(text[i] ?? '')) fail(i + 1, `invalid digit '${text[i]}' in ${kind} literal`);
      fail(i, `invalid ${kind} literal`);
    }
    while (isRadixDigit(text[i] ?? '')) i++;
  } while (text[i] === '_');
  if (kind !== 'hexadecimal' && isDigit(text[i] ?? '')) fail(i + 1, `invalid digit '${text[i]}' in ${kind} literal`);
  return verifyEnd(text, i, kind, fail);
}

/** A literal that starts with 0: zeros only, unless a fraction or exponent follows. */
function scanLeadingZero(text: string, start: number, fail: NumberErrorSink): number {
  let i = start;
  for (;;) {
    if (text[i] === '_') {
      i++;
      if (!isDigit(text[i] ?? '')) fail(i, 'invalid decimal literal');
    }
    if (text[i] !== '0') break;
    i++;
  }
  // tok_get's zeros_end: just past the first character after the zeros (and their underscores).
  const zerosEnd = i + 1;
  let nonzero = false;
  if (isDigit(text[i] ?? '')) {
    nonzero = true;
    i = scanDecimalTail(text, i, fail);
  }
  const c = text[i] ?? '';
  if (c === '.' || c === 'e' || c === 'E' || c === 'j' || c === 'J') return scanAfterIntegerPart(text, i, fail);
  if (nonzero) {
    fail(start + 1, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', zerosEnd);
  }
  return verifyEnd(text, i, 'decimal', fail);
}

/** After the integer part: optional fraction, exponent, imaginary suffix. */
function scanAfterIntegerPart(text: string, i: number, fail: NumberErrorSink): number {
  if (text[i] === '.') return scanFraction(text, i + 1, fail);
  return scanExponentAndSuffix(text, i, fail);
}

function scanFraction(text: string, i: number, fail: NumberErrorSink): number {
  if (isDigit(text[i] ?? '')) i = scanDecimalTail(text, i, fail);
  return scanExponentAndSuffix(text, i, fail);
}

function scanExponentAndSuffix(text: string, i: number, fail: NumberErrorSink): number {
  const c = text[i] ?? '';
  if (c === 'e' || c === 'E') {
    let j = i + 1;
    if (text[j] === '+' || text[j] === '-') {
      j++;
      if (!isDigit(text[j] ?? '')) fail(j, 'invalid decimal literal');
    } else if (!isDigit(text[j] ?? '')) {
      // `1e` not followed by digits: the number ends before the 'e' (`1else`).
      return verifyEnd(text, i, 'decimal', fail);
    }
    i = scanDecimalTail(text, j, fail);
  }
  if (text[i] === 'j' || text[i] === 'J') return verifyEnd(text, i + 1, 'imaginary', fail);
  return verifyEnd(text, i, 'decimal', fail);
}

/** Digits with single underscores between them (tok_decimal_tail). */
function scanDecimalTail(text: string, i: number, fail: NumberErrorSink): number {
  for (;;) {
    while (isDigit(text[i] ?? '')) i++;
    if (text[i] !== '_') return i;
    i++;
    if (!isDigit(text[i] ?? '')) fail(i, 'invalid decimal literal');
  }
}

/** verify_end_of_number: keywords that may follow a number, else no identifier character. */
function verifyEnd(text: string, i: number, kind: string, fail: NumberErrorSink): number {
  const rest = text.slice(i, i + 5);
  if (/^(and|else|for|if|in|is|not|or)/.test(rest)) return i;
  if (i < text.length && isIdentChar(text[i])) fail(i, `invalid ${kind} literal`);
  return i;
}

/** The value of a number token; `imag` for a `j` literal (value: the imaginary part). */
export type NumberValue = { value: number | bigint; float: boolean; imag?: true };

/**
 * Convert a scanned literal. Integers become JS numbers while they are safe
 * integers (|n| <= 2**53 - 1) and bigints beyond; floats are JS numbers, as
 * CPython's float is an IEEE double.
 */
export function numberValue(raw: string): NumberValue {
  const text = raw.replace(/_/g, '');
  const lower = text.toLowerCase();
  if (lower.endsWith('j')) return { value: Number(lower.slice(0, -1)), float: true, imag: true };
  if (/^0[xob]/.test(lower)) return intValue(BigInt(lower));
  if (/[.e]/.test(lower)) return { value: Number(lower), float: true };
  return intValue(BigInt(lower));
}

function intValue(n: bigint): NumberValue {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? { value: Number(n), float: false } : { value: n, float: false };
}
