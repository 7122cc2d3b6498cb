/**
 * printf-style string formatting, `'%s and %r' % (a, b)`
 * (Objects/unicodeobject.c, PyUnicode_Format), for the conversions a
 * scenario uses: %s %r %a %d %i %x %X %o %c %%, with flags, width and
 * precision, and a mapping key `%(name)s`.
 */
import { checkIntToStr } from './int-str-limit';
import { DictObject, FloatObject, Instance, PrimitiveBox, TupleObject, type Value } from '../../heap';
import { formatFloat } from './format-spec';
import { numberOf } from './arithmetic';
import { getItem } from './operators';
import { asciiRepr, repr, str } from './repr';
import type { Runtime } from './runtime';
import { codePointLength, unitIndex } from './code-points';

/**
 * How bytes formatting (_PyBytes_FormatEx) differs: %s and %b take a
 * bytes-like (or __bytes__), %r and %a are ascii(), %c takes an int or one
 * byte, a mapping key is a bytes object; the text is latin-1 bytes.
 */
export interface PercentHooks {
  str(v: Value): string;
  repr(v: Value): string;
  char(v: Value): string;
  /** The mapping key object for `%(name)s` (a new reference). */
  key(name: string): Value;
  what: 'bytes';
}

/** PyFloat_AsDouble of a '%f'-style operand: an int too large for a float is an OverflowError. */
export function floatOperand(rt: Runtime, v: Value): number {
  const x = numberOf(v);
  if (x === undefined) throw rt.typeError(`must be real number, not ${rt.typeName(v)}`);
  if (!Number.isFinite(x) && !(v instanceof FloatObject)) throw rt.error('OverflowError', 'int too large to convert to float');
  return x;
}

/** '%c': an int (a code point) or a str of one character. */
function percentChar(rt: Runtime, v: Value): string {
  if (typeof v === 'string' && codePointLength(v) === 1) return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    const n = Number(v);
    if (n < 0 || n >= 0x110000) throw rt.error('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(n);
  }
  throw rt.typeError('%c requires int or char');
}

export function percentFormat(rt: Runtime, fmt: string, arg: Value, hooks?: PercentHooks): string {
  const args = arg instanceof TupleObject ? arg.items : [arg];
  // PyUnicode_Format: any mapping (PyMapping_Check) that is not a tuple or str.
  const isMapping =
    arg instanceof DictObject ||
    (!(arg instanceof TupleObject) &&
      typeof arg !== 'string' &&
      arg !== null &&
      typeof arg === 'object' &&
      (rt.slotsOf(arg).mp_subscript !== undefined || (arg instanceof Instance && arg.cls.lookup('__getitem__') !== undefined)));
  let ai = 0;
  let out = '';
  const nextArg = (): Value => {
    if (ai >= args.length) throw rt.typeError('not enough arguments for format string');
    return args[ai++];
  };
  const re = hooks === undefined ? /%(\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([sraduixXocfFeEgG%])/g : /%(\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([sbraduixXocfFeEgG%])/g;
  let last = 0;
  for (let m = re.exec(fmt); m !== null; m = re.exec(fmt)) {
    out += fmt.slice(last, m.index);
    last = re.lastIndex;
    const [, , key, flags, widthS, precS, conv] = m;
    if (conv === '%') {
      // With flags or a width, '%' is parsed like a conversion and needs an argument.
      if ((flags || widthS || precS !== undefined) && !isMapping && ai >= args.length) {
        throw rt.typeError('not enough arguments for format string');
      }
      out += '%';
      continue;
    }
    // A '*' width or precision takes its argument before the value does
    // (PyUnicode_Format's getnextarg order); a negative '*' width left-justifies.
    const starArg = (): number => {
      const a = nextArg();
      const n = a instanceof PrimitiveBox && typeof a.value !== 'string' ? a.value : a;
      if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') throw rt.typeError('* wants int');
      return Number(n);
    };
    let width = widthS === '*' ? starArg() : widthS ? +widthS : 0;
    let leftAlign = flags.includes('-');
    if (width < 0) {
      leftAlign = true;
      width = -width;
    }
    const prec = precS === undefined ? undefined : precS === '*' ? Math.max(0, starArg()) : +precS;
    let v: Value;
    let owned = false;
    if (key !== undefined) {
      if (!isMapping) throw rt.typeError('format requires a mapping');
      if (hooks !== undefined) {
        const k = hooks.key(key);
        try {
          v = getItem(rt, arg, k);
        } finally {
          rt.decref(k);
        }
      } else v = getItem(rt, arg, key);
      owned = true;
    } else v = nextArg();
    try {
      let body: string;
      switch (conv) {
        case 's':
        case 'b':
          body = hooks !== undefined ? hooks.str(v) : str(rt, v);
          if (prec !== undefined) body = body.slice(0, unitIndex(body, prec));
          break;
        case 'r':
        case 'a':
          body = hooks !== undefined ? hooks.repr(v) : conv === 'a' ? asciiRepr(rt, v) : repr(rt, v);
          if (prec !== undefined) body = body.slice(0, unitIndex(body, prec));
          break;
        case 'c':
          body = hooks !== undefined ? hooks.char(v) : percentChar(rt, v);
          break;
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
          const x = floatOperand(rt, v);
          const digits = formatFloat(Math.abs(x), conv, prec ?? 6, rt, v, flags.includes('#'));
          const sign = x < 0 || Object.is(x, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
          body = sign + digits;
          if (flags.includes('0') && !leftAlign && body.length < width) {
            body = sign + digits.padStart(width - sign.length, '0');
          }
          break;
        }
        default: {
          // %d/%i/%u take any real number (int() of a float); %x/%X/%o need an integer; an int subclass formats the int it holds.
          const integral = conv === 'x' || conv === 'X' || conv === 'o';
          let iv: Value = v instanceof PrimitiveBox && typeof v.value !== 'string' ? v.value : v;
          if (iv instanceof FloatObject) {
            if (integral) throw rt.typeError(`%${conv} format: an integer is required, not ${rt.typeName(v)}`);
            if (Number.isNaN(iv.value)) throw rt.error('ValueError', 'cannot convert float NaN to integer');
            if (!Number.isFinite(iv.value)) throw rt.error('OverflowError', 'cannot convert float infinity to integer');
            iv = BigInt(Math.trunc(iv.value));
          }
          if (typeof iv !== 'number' && typeof iv !== 'bigint' && typeof iv !== 'boolean') {
            throw rt.typeError(`%${conv} format: ${integral ? 'an integer' : 'a real number'} is required, not ${rt.typeName(v)}`);
          }
          const n = typeof iv === 'bigint' ? iv : BigInt(Math.trunc(Number(iv)));
          const neg = n < 0n;
          const abs = neg ? -n : n;
          let digits = conv === 'x' ? abs.toString(16) : conv === 'X' ? abs.toString(16).toUpperCase() : conv === 'o' ? abs.toString(8) : abs.toString();
          if (!integral) checkIntToStr(rt, digits.length);
          // A precision is the least number of digits (_PyUnicode_FormatLong pads with zeros).
          if (prec !== undefined && digits.length < prec) digits = digits.padStart(prec, '0');
          const prefix = flags.includes('#') ? (conv === 'x' ? '0x' : conv === 'X' ? '0X' : conv === 'o' ? '0o' : '') : '';
          const sign = (neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + prefix;
          body = sign + digits;
          if (flags.includes('0') && !leftAlign && body.length < width) {
            body = sign + digits.padStart(width - sign.length, '0');
          }
        }
      }
      const bodyLength = codePointLength(body);
      if (bodyLength < width) body = leftAlign ? body + ' '.repeat(width - bodyLength) : ' '.repeat(width - bodyLength) + body;
      out += body;
    } finally {
      if (owned) rt.decref(v);
    }
  }
  const rest = fmt.slice(last);
  // A '%' left over: nothing valid followed it.
  const stray = /%([-+ #0]*\d*(\.\d*)?)(.?)/.exec(rest);
  if (stray !== null) {
    if (stray[3] === '') throw rt.error('ValueError', 'incomplete format');
    // The argument is fetched before the conversion character is checked.
    if (!isMapping && ai >= args.length) throw rt.typeError('not enough arguments for format string');
    const c = stray[3];
    throw rt.error('ValueError', `unsupported format character '${c}' (0x${c.codePointAt(0)!.toString(16)}) at index ${last + stray.index + stray[0].length - 1}`);
  }
  out += rest;
  if (!isMapping && ai < args.length) throw rt.typeError(`not all arguments converted during ${hooks?.what ?? 'string'} formatting`);
  return out;
}
