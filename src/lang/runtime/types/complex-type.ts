/**
 * complex (Objects/complexobject.c): the heap's ComplexObject, an atom.
 * This file is its type object: repr (complex_repr: the parts as repr()
 * shows floats without a trailing `.0`, no parentheses when the real part
 * is +0), hash (complex_hash, on the object), == against ints, floats and
 * complexes (no ordering: `<` is a TypeError), `+ - * / **` mixed with int
 * and float (the other operand converted as to_complex does; `//` and `%`
 * are not defined), unary `- +`, abs, real/imag/conjugate and the
 * constructor with complex_from_string's grammar.
 *
 * Arithmetic follows _Py_c_sum/_diff/_prod/_quot (Smith's algorithm for
 * division), complex_pow's c_powi (repeated squaring) for integral
 * exponents up to 100 and _Py_c_pow otherwise, and their errors:
 * "complex division by zero", "0.0 to a negative or complex power",
 * "complex exponentiation" (overflow), "absolute value too large".
 */
import { ComplexObject, ComplexSubInstance, FloatObject, IntSubInstance, floatRepr, newComplex, newFloat, newSubtypeInstance, Instance, type Value } from '../../../heap';
import type { BinOp } from '../arithmetic';
import { call, callMethodIfDefined } from '../calls';
import { callSpecial } from '../special-method';
import { indexOf } from '../operators';
import { WeakProxy } from '../../../weakref/reference-type';
import { NotImplemented, type Kwargs, type Runtime } from '../runtime';
import { reprString } from '../repr';
import { noArguments, unarySlotWrappers, type BuiltinType } from '../type-slots';
import { builtinFormatMethod } from '../format-spec';
import { kwarg } from '../methods';
import { FloatMathError, floatPow, libmAtan2, libmCos, libmExp, libmHypot, libmLog, libmSin } from '../float-math';

type C = { re: number; im: number };

/** to_complex: an int, float or complex operand as a pair, or undefined (NotImplemented). */
function toComplex(rt: Runtime, v: Value): C | undefined {
  if (v instanceof ComplexObject) return { re: v.real, im: v.imag };
  if (v instanceof FloatObject) return { re: v.value, im: 0 };
  if (typeof v === 'number' || typeof v === 'boolean') return { re: +v, im: 0 };
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!Number.isFinite(x)) throw rt.error('OverflowError', 'int too large to convert to float');
    return { re: x, im: 0 };
  }
  if (v instanceof IntSubInstance) return { re: Number(v.value), im: 0 };
  return undefined;
}

/** PyOS_double_to_string(x, 'r', 0, flags, NULL): repr digits without an added `.0`. */
function partRepr(x: number, sign: boolean): string {
  let s = floatRepr(x);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  if (sign && !s.startsWith('-')) s = '+' + s;
  return s;
}

/** complex_repr */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return partRepr(im, false) + 'j';
  return `(${partRepr(re, false)}${partRepr(im, true)}j)`;
}

/** _Py_c_prod */
function prod(a: C, b: C): C {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** _Py_c_quot (Smith's algorithm); null for division by zero (errno EDOM). */
function quot(a: C, b: C): C | null {
  const absRe = Math.abs(b.re);
  const absIm = Math.abs(b.im);
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

/** c_powu: repeated squaring for a positive integral exponent. */
function powu(x: C, n: number): C {
  let r: C = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** C's pow() for vabs >= 0 (correctly rounded, as glibc's): an overflow is inf (errno ERANGE). */
function libmPow(x: number, y: number): number {
  try {
    return floatPow(x, y);
  } catch (e) {
    if (e instanceof FloatMathError) return e.pyType === 'OverflowError' ? Infinity : NaN;
    throw e;
  }
}

/** _Py_c_pow; null for 0 to a negative or complex power (EDOM). */
function cpow(a: C, b: C): C | null {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) return null;
    return { re: 0, im: 0 };
  }
  const vabs = libmHypot(a.re, a.im);
  let len = libmPow(vabs, b.re);
  const at = libmAtan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= libmExp(at * b.im);
    phase += b.im * libmLog(vabs);
  }
  return { re: len * libmCos(phase), im: len * libmSin(phase) };
}

/** complex_pow */
function complexPow(rt: Runtime, a: C, b: C): C {
  let r: C | null;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    // c_powi: no errno from the multiplications themselves.
    const n = b.re;
    if (n > 0) r = powu(a, n);
    else {
      r = quot({ re: 1, im: 0 }, powu(a, -n));
    }
  } else r = cpow(a, b);
  if (r === null) throw rt.error('ZeroDivisionError', '0.0 to a negative or complex power');
  // _Py_ADJUST_ERANGE2: an infinite part (from either path) is ERANGE.
  if (Math.abs(r.re) === Infinity || Math.abs(r.im) === Infinity) {
    throw rt.error('OverflowError', 'complex exponentiation');
  }
  return r;
}

/** float_pow's complex case: `x ** y` for real x < 0 and fractional y, as complex_pow computes it. */
export function complexPower(rt: Runtime, x: number, y: number): Value {
  const r = complexPow(rt, { re: x, im: 0 }, { re: y, im: 0 });
  return newComplex(rt.heap, r.re, r.im);
}

function complexOp(rt: Runtime, op: BinOp, a: C, b: C): Value {
  const make = (c: C): Value => newComplex(rt.heap, c.re, c.im);
  switch (op) {
    case '+':
      return make({ re: a.re + b.re, im: a.im + b.im });
    case '-':
      return make({ re: a.re - b.re, im: a.im - b.im });
    case '*':
      return make(prod(a, b));
    case '/': {
      const q = quot(a, b);
      if (q === null) throw rt.error('ZeroDivisionError', 'complex division by zero');
      return make(q);
    }
    case '**':
      return make(complexPow(rt, a, b));
    default:
      return NotImplemented;
  }
}

const MALFORMED = 'complex() arg is a malformed string';
const NUM = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const REAL_ONLY = new RegExp(`^([+-]?${NUM})$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?${NUM}|[+-]?)j$`, 'i');
const BOTH = new RegExp(`^([+-]?${NUM})([+-]${NUM}|[+-])j$`, 'i');

function parseNumber(s: string): number {
  const t = s.replace(/_/g, '').toLowerCase();
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[+-]/, '');
  if (body === '') return sign;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  if (body === 'nan') return NaN;
  return sign * Number(body);
}

/** complex_from_string_inner: `re`, `imj`, `re+imj`, in optional parentheses, with surrounding whitespace. */
export function complexFromString(rt: Runtime, text: string): C {
  // _Py_string_to_number_with_underscores: an underscore only between two digits.
  if (text.includes('_') && /(^|[^0-9])_|_($|[^0-9])/.test(text)) {
    throw rt.error('ValueError', `could not convert string to complex: ${reprString(text)}`);
  }
  let s = text.trim();
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) throw rt.error('ValueError', MALFORMED);
    s = s.slice(1, -1).trim();
  }
  let m = REAL_ONLY.exec(s);
  if (m !== null) return { re: parseNumber(m[1]), im: 0 };
  m = IMAG_ONLY.exec(s);
  if (m !== null) return { re: 0, im: parseNumber(m[1]) };
  m = BOTH.exec(s);
  if (m !== null) return { re: parseNumber(m[1]), im: parseNumber(m[2]) };
  throw rt.error('ValueError', MALFORMED);
}

/** A number operand of complex(): a float value, or the pair of a complex (or __complex__). */
function complexArg(rt: Runtime, v: Value, which: 'first' | 'second'): C & { isComplex: boolean } {
  // try_complex_special_method: __complex__ on the type, of the first argument only.
  const r = which === 'first' && !(v instanceof ComplexObject && v.constructor === ComplexObject) ? callSpecial(rt, v, '__complex__', []) : undefined;
  if (r !== undefined) {
    if (!(r instanceof ComplexObject)) {
      const t = rt.typeName(r);
      rt.decref(r);
      throw rt.typeError(`__complex__ returned non-complex (type ${t})`);
    }
    const c = { re: r.real, im: r.imag, isComplex: true };
    rt.decref(r);
    return c;
  }
  if (v instanceof WeakProxy) {
    // A proxy has nb_float: PyNumber_Float(proxy) is float(referent).
    const f = call(rt, rt.types.get('float'), [v]);
    const x = (f as FloatObject).value;
    rt.decref(f);
    return { re: x, im: 0, isComplex: false };
  }
  if (v instanceof Instance && v.cls.lookup('__float__') !== undefined) {
    const r = callMethodIfDefined(rt, v, '__float__', [])!;
    const x = r instanceof FloatObject ? r.value : undefined;
    rt.decref(r);
    if (x === undefined) throw rt.typeError(`${rt.typeName(v)}.__float__ returned non-float`);
    return { re: x, im: 0, isComplex: false };
  }
  if (v instanceof Instance && v.cls.lookup('__index__') !== undefined) {
    // nb_index: PyNumber_Float(v) is float(v.__index__()).
    const i = Number(indexOf(rt, v));
    if (!Number.isFinite(i)) throw rt.error('OverflowError', 'int too large to convert to float');
    return { re: i, im: 0, isComplex: false };
  }
  const c = toComplex(rt, v);
  if (c === undefined) {
    throw rt.typeError(
      which === 'first'
        ? `complex() first argument must be a string or a number, not '${rt.typeName(v)}'`
        : `complex() second argument must be a number, not '${rt.typeName(v)}'`,
    );
  }
  return { ...c, isComplex: v instanceof ComplexObject };
}

/** complex_new_impl: the value complex(real, imag) stands for. */
function complexValue(rt: Runtime, args: Value[], kwargs: Kwargs): C {
  for (const [k] of kwargs ?? []) if (k !== 'real' && k !== 'imag') throw rt.typeError(`'${k}' is an invalid keyword argument for complex()`);
  if (args.length > 2) throw rt.typeError(`complex() takes at most 2 arguments (${args.length} given)`);
  const r = args.length > 0 ? args[0] : kwarg(kwargs, 'real');
  const i = args.length > 1 ? args[1] : kwarg(kwargs, 'imag');
  if (r === undefined) {
    if (i === undefined) return { re: 0, im: 0 };
  }
  if (typeof r === 'string') {
    if (i !== undefined) throw rt.typeError("complex() can't take second arg if first is a string");
    return complexFromString(rt, r);
  }
  if (typeof i === 'string') throw rt.typeError("complex() second arg can't be a string");
  const a = r === undefined ? { re: 0, im: 0, isComplex: false } : complexArg(rt, r, 'first');
  if (i === undefined) return a;
  const b = complexArg(rt, i, 'second');
  // complex_new_impl: only a complex operand's other part is folded in
  // (so complex(0.0, -0.0) keeps the imaginary part's sign).
  let re = a.re;
  let im = b.re;
  if (b.isComplex) re -= b.im;
  if (a.isComplex) im += a.im;
  return { re, im };
}

export const complexType: BuiltinType = {
  name: 'complex',
  instances: [ComplexObject],
  slots: {
    tp_repr: (rt, self) => complexRepr((self as ComplexObject).real, (self as ComplexObject).imag),
    tp_hash: (rt, self) => (self as ComplexObject).hashSlot(rt.heap),
    // complex_richcompare: only == and !=; an int is compared exactly with the real part.
    tp_richcompare(rt, self, other, op) {
      if (op !== '==' && op !== '!=') return NotImplemented;
      const s = self as ComplexObject;
      let equal: boolean;
      const n = typeof other === 'bigint' ? other : other instanceof IntSubInstance && typeof other.value === 'bigint' ? other.value : undefined;
      if (n !== undefined) equal = s.imag === 0 && Number.isFinite(s.real) && Number.isInteger(s.real) && BigInt(s.real) === n;
      else {
        const o = toComplex(rt, other);
        if (o === undefined) return NotImplemented;
        equal = s.real === o.re && s.imag === o.im;
      }
      return op === '==' ? equal : !equal;
    },
    nb_bool: (rt, self) => (self as ComplexObject).real !== 0 || (self as ComplexObject).imag !== 0,
    nb_binary(rt, self, op, other, reflected) {
      const a = toComplex(rt, self)!;
      const b = toComplex(rt, other);
      if (b === undefined) return NotImplemented;
      return reflected ? complexOp(rt, op, b, a) : complexOp(rt, op, a, b);
    },
    nb_unary(rt, self, op) {
      const s = self as ComplexObject;
      if (op === '~') return NotImplemented;
      return op === '-' ? newComplex(rt.heap, -s.real, -s.imag) : newComplex(rt.heap, s.real, s.imag);
    },
  },
  nb_ops: { binary: ['+', '-', '*', '/', '**'], reflected: ['+', '-', '*', '/', '**'] },
  methods: {
    // nb_negative / nb_positive's slot wrappers; complex.__complex__ (complex___complex___impl) is an exact copy.
    ...unarySlotWrappers({
      __neg__: (rt, self) => newComplex(rt.heap, -(self as ComplexObject).real, -(self as ComplexObject).imag),
      __pos__: (rt, self) => newComplex(rt.heap, (self as ComplexObject).real, (self as ComplexObject).imag),
    }),
    __complex__(rt, self, args) {
      noArguments(rt, rt.typeName(self), '__complex__', args);
      const s = self as ComplexObject;
      return s.constructor === ComplexObject ? rt.incref(s) : newComplex(rt.heap, s.real, s.imag);
    },
    __format__: builtinFormatMethod('complex'),
    conjugate: (rt, self) => newComplex(rt.heap, (self as ComplexObject).real, -(self as ComplexObject).imag),
    // complex_abs: hypot, OverflowError when finite parts overflow.
    ...unarySlotWrappers({ __abs__(rt, self) {
      const s = self as ComplexObject;
      const r = libmHypot(s.real, s.imag);
      if (!Number.isFinite(r) && Number.isFinite(s.real) && Number.isFinite(s.imag)) throw rt.error('OverflowError', 'absolute value too large');
      return newFloat(rt.heap, r);
    } }),
    __getnewargs__: (rt, self) => rt.tupleSteal([newFloat(rt.heap, (self as ComplexObject).real), newFloat(rt.heap, (self as ComplexObject).imag)]),
  },
  // complex_members: real and imag are READONLY T_DOUBLE members ("readonly attribute").
  readonlyMembers: ['real', 'imag'],
  getset: {
    real: (rt, self) => newFloat(rt.heap, (self as ComplexObject).real),
    imag: (rt, self) => newFloat(rt.heap, (self as ComplexObject).imag),
  },
  // complex_subtype_from_doubles: the value as complex(*args) computes it, in a new instance of cls.
  tp_alloc(rt, cls, args, kwargs) {
    const c = complexValue(rt, args, kwargs);
    return newSubtypeInstance(rt.heap, cls, () => new ComplexSubInstance(c.re, c.im));
  },
  tp_new(rt, args, kwargs) {
    if (args.length === 1 && (kwargs === null || kwargs.length === 0) && args[0] instanceof ComplexObject && args[0].constructor === ComplexObject) {
      return rt.incref(args[0]);
    }
    const c = complexValue(rt, args, kwargs);
    return newComplex(rt.heap, c.re, c.im);
  },
};
