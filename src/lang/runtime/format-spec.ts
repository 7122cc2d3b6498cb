/**
 * format(value, spec) for f-string fields, format() and str.format
 * (Python/formatter_unicode.c): str, int, bool, float and complex, and
 * their subclasses. The spec is parsed by format-spec-parse.ts.
 */
import { checkIntToStr } from './int-str-limit';
import { CALLING, enterCRecursion } from './c-recursion';
import { ComplexObject, FloatObject, Instance, PrimitiveBox, floatRepr, type Value } from '../../heap';
import { callSpecialBound } from './calls';
import { str } from './repr';
import { doubleToString } from './float-format';
import type { Runtime } from './runtime';
import { groupDigits, parseFormatSpec, type ParsedSpec } from './format-spec-parse';
import { takesBoxedSelf } from './type-slots';

/**
 * float.__format__ for the presentation types e, f, g, % and none
 * (formatter_unicode.c format_float_internal, PyOS_double_to_string);
 * `alt` is the '#' flag (Py_DTSF_ALT: keep the point and trailing zeros).
 */
export function formatFloat(x: number, type: string | undefined, prec: number | undefined, rt: Runtime, v: Value, alt = false): string {
  if (!Number.isFinite(x)) {
    if (type !== undefined && !'eEfFgGn%'.includes(type)) throw unknownCode(rt, type, rt.typeName(v));
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
      throw unknownCode(rt, type, rt.typeName(v));
  }
}

/**
 * format_complex_internal (formatter_unicode.c): both parts formatted with
 * the type and precision; no type means str()-like (parentheses unless the
 * real part is +0, which is then left out); the imaginary part always has
 * its sign; right-aligned by default; zero padding and '=' refused.
 */
function formatComplex(rt: Runtime, c: ComplexObject, spec: ParsedSpec, typeName: string): string {
  if (!'eEfFgGn'.includes(spec.type)) throw unknownCode(rt, spec.type, typeName);
  if (spec.fill === '0') throw rt.error('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') throw rt.error('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let t: string = spec.type === 'n' ? 'g' : spec.type;
  const prec = spec.precision < 0 ? undefined : spec.precision;
  let skipRe = false;
  let parens = false;
  if (t === '') {
    if (c.real === 0 && !Object.is(c.real, -0)) skipRe = true;
    else parens = true;
    t = prec === undefined ? 'r' : 'g';
  }
  const digits = (x: number): string => {
    const d = t === 'r' ? floatRepr(Math.abs(x)).replace(/\.0$/, '') : formatFloat(Math.abs(x), t, prec, rt, c, spec.alternate);
    return spec.separator === '' ? d : d.replace(/^(\d+)/, (g) => groupDigits(g, spec.separator, 3, 0));
  };
  // Py_DTSF_NO_NEG_0 ('z') applies to each part: a finite part that rounds to zero is positive.
  const neg = (x: number): boolean =>
    (x < 0 || Object.is(x, -0)) && !(spec.noNegZero && Number.isFinite(x) && !/[1-9]/.test(digits(x)));
  const flagSign = (x: number): string => (neg(x) ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '');
  const re = skipRe ? '' : flagSign(c.real) + digits(c.real);
  const im = (skipRe ? flagSign(c.imag) : neg(c.imag) ? '-' : '+') + digits(c.imag) + 'j';
  return padded(parens ? `(${re}${im})` : re + im, '', spec);
}

/**
 * PyObject_Format: a class's own __format__ (what f"{x:spec}" and
 * format(x, spec) reach), else the builtin types' formatting. An int or str
 * subclass instance without its own __format__ gets its base's: the empty
 * spec is str(self) (format_obj, so a subclass's __str__ shows), any other
 * spec formats the value it holds, and errors name the subclass.
 */
export function formatValue(rt: Runtime, v: Value, spec: string | null): string {
  if (v instanceof Instance && v.cls.lookup('__format__') !== undefined) {
    const r = callSpecialBound(rt, v, '__format__', [spec ?? '']) as Value;
    if (typeof r !== 'string') {
      const t = rt.typeName(r);
      rt.decref(r);
      throw rt.typeError(`__format__ must return a str, not ${t}`);
    }
    return r;
  }
  if (spec === null || spec === '') {
    // Exact str and int are PyObject_Format's fast path; anything else calls
    // its type's __format__, a METH_O builtin (a recursion entry).
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') return str(rt, v);
    enterCRecursion(rt, CALLING);
    try {
      return str(rt, v);
    } finally {
      rt.cRecursionDepth--;
    }
  }
  return formatBuiltin(rt, v instanceof PrimitiveBox ? v.value : v, spec, rt.typeName(v));
}

/**
 * int/float/str/complex.__format__ with a non-empty spec (format_obj's
 * dispatch on the presentation type); `typeName` names `v`'s type in errors.
 */
export function formatBuiltin(rt: Runtime, v: Value, spec: string, typeName: string): string {
  if (typeof v === 'string') return formatStr(rt, v, parseFormatSpec(rt, spec, typeName, 's', '<'), typeName);
  if (v instanceof FloatObject) return formatFloatSpec(rt, v.value, parseFormatSpec(rt, spec, typeName, '', '>'), typeName, v);
  if (v instanceof ComplexObject) return formatComplex(rt, v, parseFormatSpec(rt, spec, typeName, '', '>'), typeName);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    const parsed = parseFormatSpec(rt, spec, typeName, 'd', '>');
    const n = BigInt(typeof v === 'boolean' ? +v : v);
    if ('eEfFgG%'.includes(parsed.type) && parsed.type !== '') {
      // PyLong_AsDouble: an int too large for a float cannot take a float format.
      if (!Number.isFinite(Number(n))) throw rt.error('OverflowError', 'int too large to convert to float');
      return formatFloatSpec(rt, Number(n), parsed, typeName, v);
    }
    return formatInt(rt, n, parsed, typeName);
  }
  throw rt.typeError(`unsupported format string passed to ${typeName}.__format__`);
}

/**
 * int/float/str/complex.__format__(spec) as methods (`super().__format__(spec)`
 * in a subclass): the empty spec is str(self), else the builtin formatting
 * of the value self holds. Takes the box of an int/str subclass instance.
 */
export function builtinFormatMethod(typeName: string): (rt: Runtime, self: Value, args: Value[]) => Value {
  return takesBoxedSelf((rt: Runtime, self: Value, args: Value[]): Value => {
    if (args.length !== 1) throw rt.typeError(`${typeName}.__format__() takes exactly one argument (${args.length} given)`);
    const spec = args[0] instanceof PrimitiveBox ? args[0].value : args[0];
    if (typeof spec !== 'string') throw rt.typeError(`__format__() argument must be str, not ${rt.typeName(args[0])}`);
    if (spec === '') return str(rt, self);
    return formatBuiltin(rt, self instanceof PrimitiveBox ? self.value : self, spec, rt.typeName(self));
  });
}

/** unknown_presentation_type: a code outside '!'..DEL is shown as `\\x` and its hex value. */
function unknownCode(rt: Runtime, type: string, typeName: string): Error {
  const cp = type.codePointAt(0)!;
  const shown = cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
  return rt.error('ValueError', `Unknown format code '${shown}' for object of type '${typeName}'`);
}

/** The sign a number shows: '-' when negative, else per the spec's sign option. */
function signOf(negative: boolean, spec: ParsedSpec): string {
  return negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

/** format_string_internal. */
function formatStr(rt: Runtime, v: string, spec: ParsedSpec, typeName: string): string {
  if (spec.type !== 's') throw unknownCode(rt, spec.type, typeName);
  if (spec.sign !== '') throw rt.error('ValueError', 'Sign not allowed in string format specifier');
  if (spec.noNegZero) throw rt.error('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alternate) throw rt.error('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw rt.error('ValueError', "'=' alignment not allowed in string format specifier");
  return padded(spec.precision >= 0 ? [...v].slice(0, spec.precision).join('') : v, '', spec);
}

/** format_long_internal for the types b, c, d, o, x, X, n. */
function formatInt(rt: Runtime, n: bigint, spec: ParsedSpec, typeName: string): string {
  if (!'bcdoxXn'.includes(spec.type)) throw unknownCode(rt, spec.type, typeName);
  if (spec.precision >= 0) throw rt.error('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.noNegZero) throw rt.error('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const abs = n < 0n ? -n : n;
  let digits: string;
  let prefix = '';
  switch (spec.type) {
    case 'c':
      if (spec.sign !== '') throw rt.error('ValueError', "Sign not allowed with integer format specifier 'c'");
      if (spec.alternate) throw rt.error('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
      // format_long_internal: PyLong_AsLong first (a C long), then the range check.
      if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) throw rt.error('OverflowError', 'Python int too large to convert to C long');
      if (n < 0n || n > 0x10ffffn) throw rt.error('OverflowError', '%c arg not in range(0x110000)');
      return padded(String.fromCodePoint(Number(n)), '', spec);
    case 'x':
    case 'X':
      digits = abs.toString(16);
      if (spec.type === 'X') digits = digits.toUpperCase();
      prefix = spec.alternate ? (spec.type === 'X' ? '0X' : '0x') : '';
      break;
    case 'b':
      digits = abs.toString(2);
      prefix = spec.alternate ? '0b' : '';
      break;
    case 'o':
      digits = abs.toString(8);
      prefix = spec.alternate ? '0o' : '';
      break;
    default:
      digits = abs.toString();
      checkIntToStr(rt, digits.length);
  }
  return paddedNumber(signOf(n < 0n, spec) + prefix, digits, '', spec);
}

/** format_float_internal (an int formatted with e, f, g or % is converted to float first). */
function formatFloatSpec(rt: Runtime, x: number, spec: ParsedSpec, typeName: string, v: Value): string {
  if (!'eEfFgGn%'.includes(spec.type)) throw unknownCode(rt, spec.type, typeName);
  const type = spec.type === '' ? undefined : spec.type === 'n' ? 'g' : spec.type;
  const prec = spec.precision < 0 ? (spec.type === 'n' ? 6 : undefined) : spec.precision;
  const text = formatFloat(Math.abs(x), type, prec, rt, v, spec.alternate);
  // Py_DTSF_NO_NEG_0: a finite value that rounds to zero loses its minus sign
  // (-inf keeps it: format_float_short only coerces a zero result).
  const negative = (x < 0 || Object.is(x, -0)) && !(spec.noNegZero && Number.isFinite(x) && !/[1-9]/.test(text));
  const m = /^(\d*)(.*)$/s.exec(text) as RegExpExecArray;
  return paddedNumber(signOf(negative, spec), m[1], m[2], spec);
}

/**
 * A number laid out in the width: sign (and 0x-style prefix), integer
 * digits with their thousands separators, then the rest (fraction,
 * exponent, '%'). With fill '0' and '=' alignment the separators run
 * through the zero padding (calc_number_widths' n_min_width).
 */
function paddedNumber(signStr: string, intDigits: string, rest: string, spec: ParsedSpec): string {
  let digits = intDigits;
  if (spec.separator !== '' && /^\d+$/.test(intDigits)) {
    const zeroFill = spec.fill === '0' && spec.align === '=';
    const minWidth = zeroFill ? Math.max(0, spec.width - signStr.length - rest.length) : 0;
    digits = groupDigits(intDigits, spec.separator, spec.groupSize, minWidth);
  } else if (spec.separator !== '' && intDigits !== '') {
    digits = groupDigits(intDigits, spec.separator, spec.groupSize, 0);
  }
  return padded(digits + rest, signStr, spec);
}

/** `body` after `signStr`, padded to the spec's width by its fill and alignment ('=' pads between them). */
function padded(body: string, signStr: string, spec: ParsedSpec): string {
  const len = [...signStr].length + [...body].length;
  if (spec.width <= len) return signStr + body;
  const pad = spec.width - len;
  const fill = spec.fill;
  switch (spec.align) {
    case '<':
      return signStr + body + fill.repeat(pad);
    case '^':
      return fill.repeat(pad >> 1) + signStr + body + fill.repeat(pad - (pad >> 1));
    case '=':
      return signStr + fill.repeat(pad) + body;
    default:
      return fill.repeat(pad) + signStr + body;
  }
}
