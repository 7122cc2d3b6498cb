/**
 * format(value, spec) for f-string fields (Python/formatter_unicode.c),
 * for the types scenarios format: str and int. Spec grammar:
 * [[fill]align][sign][0][width][,|_][.precision][type].
 */
import { ComplexObject, FloatObject, Instance, floatRepr, type Value } from '../../heap';
import { callMethodIfDefined } from './calls';
import { str } from './repr';
import { doubleToString } from './float-format';
import type { Runtime } from './runtime';
import { codePointLength } from './code-points';

/** float.__format__ for the presentation types e, f, g, % and none (formatter_unicode.c). */
export function formatFloat(x: number, type: string | undefined, prec: number | undefined, rt: Runtime, v: Value, alt = false): string {
  if (!Number.isFinite(x)) {
    if (type !== undefined && !'eEfFgGn%'.includes(type)) throw rt.error('ValueError', `Unknown format code '${type}' for object of type '${rt.typeName(v)}'`);
    const word = Number.isNaN(x) ? 'nan' : 'inf';
    return (type === 'E' || type === 'F' || type === 'G' ? word.toUpperCase() : word) + (type === '%' ? '%' : '');
  }
  // format_float_internal, then PyOS_double_to_string.
  switch (type) {
    case 'f':
    case 'F':
      return doubleToString(x, 'f', prec ?? 6, { alt });
    case 'e':
    case 'E': {
      const s = doubleToString(x, 'e', prec ?? 6, { alt });
      return type === 'E' ? s.toUpperCase() : s;
    }
    case '%': {
      // format_float_internal multiplies by 100 in double arithmetic first (1e308 becomes inf).
      const pct = x * 100;
      return (Number.isFinite(pct) ? doubleToString(pct, 'f', prec ?? 6, { alt }) : 'inf') + '%';
    }
    case 'g':
    case 'G':
    case 'n': {
      // 'n' is 'g' in the C locale (no grouping, '.' as the point).
      const s = doubleToString(x, 'g', prec ?? 6, { alt });
      return type === 'G' ? s.toUpperCase() : s;
    }
    case undefined:
      // No type: repr() without a precision, else 'g' keeping a digit after the point.
      if (prec === undefined) return alt ? doubleToString(x, 'r', 0, { addDot0: true, alt }) : floatRepr(x);
      return doubleToString(x, 'g', prec, { addDot0: true, alt });
    default:
      throw rt.error('ValueError', `Unknown format code '${type}' for object of type '${rt.typeName(v)}'`);
  }
}

/**
 * format_complex_internal (formatter_unicode.c): both parts formatted with
 * the type and precision; no type means str()-like (parentheses unless the
 * real part is +0, which is then left out); the imaginary part always has
 * its sign; right-aligned by default; zero padding and '=' refused.
 */
function formatComplex(
  rt: Runtime,
  c: ComplexObject,
  fillCh: string | undefined,
  align: string | undefined,
  sign: string | undefined,
  zero: string | undefined,
  width: number,
  group: string | undefined,
  precS: string | undefined,
  type: string | undefined,
  alt: boolean,
): string {
  if (zero) throw rt.error('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (align === '=') throw rt.error('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  if (type !== undefined && !'eEfFgGn'.includes(type)) throw rt.error('ValueError', `Unknown format code '${type}' for object of type 'complex'`);
  let t = type === 'n' ? 'g' : type;
  const prec = precS === undefined ? undefined : +precS;
  let skipRe = false;
  let parens = false;
  if (t === undefined) {
    if (c.real === 0 && !Object.is(c.real, -0)) skipRe = true;
    else parens = true;
    t = prec === undefined ? 'r' : 'g';
  }
  const digits = (x: number): string => {
    let d = t === 'r' ? floatRepr(Math.abs(x)).replace(/\.0$/, '') : formatFloat(Math.abs(x), t, prec, rt, c, alt);
    if (group) d = d.replace(/^(\d+)/, (g) => g.replace(/\B(?=(\d{3})+(?!\d))/g, group));
    return d;
  };
  const neg = (x: number): boolean => x < 0 || Object.is(x, -0);
  const flagSign = (x: number): string => (neg(x) ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '');
  const re = skipRe ? '' : flagSign(c.real) + digits(c.real);
  const im = (skipRe ? flagSign(c.imag) : neg(c.imag) ? '-' : '+') + digits(c.imag) + 'j';
  const body = parens ? `(${re}${im})` : re + im;
  const bodyLength = codePointLength(body);
  if (bodyLength >= width) return body;
  const fill = fillCh ?? ' ';
  const pad = width - bodyLength;
  const a = align ?? '>';
  if (a === '<') return body + fill.repeat(pad);
  if (a === '^') return fill.repeat(pad >> 1) + body + fill.repeat(pad - (pad >> 1));
  return fill.repeat(pad) + body;
}

/**
 * PyObject_Format: a class's own __format__ (what f"{x:spec}" and
 * format(x, spec) reach), else the builtin types' formatting.
 */
export function formatValue(rt: Runtime, v: Value, spec: string | null): string {
  if (v instanceof Instance && v.cls.lookup('__format__') !== undefined) {
    const r = callMethodIfDefined(rt, v, '__format__', [spec ?? '']) as Value;
    if (typeof r !== 'string') {
      const t = rt.typeName(r);
      rt.decref(r);
      throw rt.typeError(`__format__ must return a str, not ${t}`);
    }
    return r;
  }
  if (spec === null || spec === '') return str(rt, v);
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdoxXs%eEfFgGn])?$/s.exec(spec);
  if (m === null) throw rt.error('ValueError', `Invalid format specifier '${spec}' for object of type '${rt.typeName(v)}'`);
  const [, fillCh, align, sign, noNegZero, alt, zero, widthS, group, precS, type] = m;
  if (group !== undefined && type === 'n') throw rt.error('ValueError', `Cannot specify '${group}' with 'n'.`);
  const width = widthS ? +widthS : 0;
  if (v instanceof ComplexObject) return formatComplex(rt, v, fillCh, align, sign, zero, width, group, precS, type, alt !== undefined);
  const isNum = typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v instanceof FloatObject;
  // Numbers: sign (and 0x-style prefix) and digits are kept apart so that
  // '=' alignment and zero padding go between them (format_long_internal).
  let signStr = '';
  let digits: string;
  if (v instanceof FloatObject || (isNum && type !== undefined && 'eEfFgG%'.includes(type))) {
    const x = v instanceof FloatObject ? v.value : Number(v);
    // PyLong_AsDouble: an int too large for a float cannot take a float format.
    if (!Number.isFinite(x) && !(v instanceof FloatObject)) throw rt.error('OverflowError', 'int too large to convert to float');
    digits = formatFloat(Math.abs(x), type, precS === undefined ? undefined : +precS, rt, v, alt !== undefined);
    if (group) digits = digits.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, group));
    // 'z' (3.11): a negative value that rounds to zero loses its sign.
    const negative = (x < 0 || Object.is(x, -0)) && !(noNegZero !== undefined && Number.isFinite(x) && !/[1-9]/.test(digits));
    signStr = negative ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
  } else if (isNum) {
    if (noNegZero !== undefined) throw rt.error('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
    const n = BigInt(typeof v === 'boolean' ? +v : (v as number | bigint));
    const abs = n < 0n ? -n : n;
    let prefix = '';
    switch (type) {
      case 'x':
      case 'X':
        digits = abs.toString(16);
        if (type === 'X') digits = digits.toUpperCase();
        prefix = alt ? (type === 'X' ? '0X' : '0x') : '';
        break;
      case 'b':
        digits = abs.toString(2);
        prefix = alt ? '0b' : '';
        break;
      case 'o':
        digits = abs.toString(8);
        prefix = alt ? '0o' : '';
        break;
      case 'c':
        digits = String.fromCodePoint(Number(n));
        break;
      case undefined:
      case 'd':
      case 'n':
        digits = abs.toString();
        break;
      default:
        throw rt.error('ValueError', `Unknown format code '${type}' for object of type 'int'`);
    }
    if (group) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    signStr = (n < 0n ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '') + prefix;
  } else if (typeof v === 'string') {
    if (type !== undefined && type !== 's') {
      throw rt.error('ValueError', `Unknown format code '${type}' for object of type 'str'`);
    }
    if (noNegZero !== undefined) throw rt.error('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
    if (align === '=') throw rt.error('ValueError', "'=' alignment not allowed in string format specifier");
    digits = precS !== undefined ? [...v].slice(0, +precS).join('') : v;
  } else {
    throw rt.typeError(`unsupported format string passed to ${rt.typeName(v)}.__format__`);
  }
  const body = signStr + digits;
  const bodyLength = codePointLength(body);
  if (bodyLength >= width) return body;
  const fill = fillCh ?? (zero && !align ? '0' : ' ');
  const a = align ?? (zero && isNum ? '=' : isNum ? '>' : '<');
  const pad = width - bodyLength;
  if (a === '<') return body + fill.repeat(pad);
  if (a === '>') return fill.repeat(pad) + body;
  if (a === '=') return signStr + fill.repeat(pad) + digits;
  if (a === '^') return fill.repeat(pad >> 1) + body + fill.repeat(pad - (pad >> 1));
  return fill.repeat(pad) + body;
}
