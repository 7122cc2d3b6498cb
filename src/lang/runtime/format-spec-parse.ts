/**
 * The standard format spec mini-language, parsed as formatter_unicode.c's
 * parse_internal_render_format_spec does it (3.11):
 *
 *   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
 *
 * Invariants on return: `fill` is one code point; `align` is the given
 * alignment or the type's default; a `0` before the width with no explicit
 * fill sets fill '0' and, when the default alignment is right ('>', the
 * numbers'), alignment '='; `type` is the given type or the default one;
 * a thousands separator is checked against the type (`_` with b/o/x/X
 * groups by four). Errors are ValueErrors with CPython's messages; `typeName`
 * is the formatted object's type's name.
 */
import type { Runtime } from './runtime';

export interface ParsedSpec {
  fill: string;
  /** '<', '>', '^' or '='. */
  align: string;
  /** '+', '-' or ' ' as given; '' when absent. */
  sign: string;
  /** The 'z' option: a negative zero after rounding prints as zero. */
  noNegZero: boolean;
  alternate: boolean;
  width: number;
  /** The thousands separator and its group size (3, or 4 for `_` with b/o/x/X); '' for none. */
  separator: string;
  groupSize: number;
  /** -1 when absent. */
  precision: number;
  /** The presentation type; '' is the float/complex default (no type). */
  type: string;
}

const ALIGNS = '<>=^';

/** Parse `spec` (non-empty) for an object whose default type and alignment are given. */
export function parseFormatSpec(rt: Runtime, spec: string, typeName: string, defaultType: string, defaultAlign: string): ParsedSpec {
  const chars = [...spec];
  let pos = 0;
  const out: ParsedSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNegZero: false, alternate: false,
    width: -1, separator: '', groupSize: 3, precision: -1, type: defaultType,
  };
  let fillGiven = false;
  let alignGiven = false;
  if (chars.length >= 2 && ALIGNS.includes(chars[1])) {
    out.fill = chars[0];
    out.align = chars[1];
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (chars.length >= 1 && ALIGNS.includes(chars[0])) {
    out.align = chars[0];
    alignGiven = true;
    pos = 1;
  }
  if ('+- '.includes(chars[pos] ?? 'x')) out.sign = chars[pos++];
  if (chars[pos] === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (chars[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  if (!fillGiven && chars[pos] === '0') {
    out.fill = '0';
    if (!alignGiven && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const width = digitsAt(chars, pos);
  if (width !== '') {
    out.width = toSize(rt, width);
    pos += width.length;
  }
  if (chars[pos] === ',') {
    out.separator = ',';
    pos++;
  }
  if (chars[pos] === '_') {
    if (out.separator !== '') throw rt.error('ValueError', "Cannot specify both ',' and '_'.");
    out.separator = '_';
    pos++;
  }
  if (chars[pos] === ',' && out.separator === '_') throw rt.error('ValueError', "Cannot specify both ',' and '_'.");
  if (chars[pos] === '.') {
    pos++;
    const precision = digitsAt(chars, pos);
    if (precision === '') throw rt.error('ValueError', 'Format specifier missing precision');
    out.precision = toSize(rt, precision);
    pos += precision.length;
  }
  if (chars.length - pos > 1) throw rt.error('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (chars.length - pos === 1) out.type = chars[pos];
  if (out.separator !== '') checkSeparator(rt, out);
  return out;
}

/** PEP 378/515: which presentation types take a thousands separator. */
function checkSeparator(rt: Runtime, s: ParsedSpec): void {
  if (s.type === '' || 'defgEGF%'.includes(s.type)) return;
  if ('boxX'.includes(s.type) && s.separator === '_') {
    s.groupSize = 4;
    return;
  }
  throw rt.error('ValueError', `Cannot specify '${s.separator}' with '${s.type}'.`);
}

function digitsAt(chars: string[], pos: number): string {
  let end = pos;
  while (end < chars.length && chars[end] >= '0' && chars[end] <= '9') end++;
  return chars.slice(pos, end).join('');
}

function toSize(rt: Runtime, digits: string): number {
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || n > 2 ** 63 - 1) throw rt.error('ValueError', 'Too many decimal digits in format string');
  return n;
}

/**
 * The integer digits `digits` with a separator every `size` digits, padded
 * with zeros on the left until the text is at least `minWidth` long
 * (_PyUnicode_InsertThousandsGrouping: a separator is never the first
 * character, so the result may pass minWidth by one).
 */
export function groupDigits(digits: string, separator: string, size: number, minWidth: number): string {
  let out = '';
  let inGroup = 0;
  let total = 0;
  let i = digits.length - 1;
  while (i >= 0 || total < minWidth) {
    if (inGroup === size) {
      out = separator + out;
      inGroup = 0;
      total++;
    }
    out = (i >= 0 ? digits[i--] : '0') + out;
    inGroup++;
    total++;
  }
  return out;
}
