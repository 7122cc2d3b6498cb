/**
 * The number-protocol methods of int and float that the type files do not
 * define themselves (Objects/longobject.c long_methods / long_as_number,
 * Objects/floatobject.c float_methods / float_as_number): __round__,
 * __divmod__ and __rdivmod__, as_integer_ratio, float's __floor__/__ceil__,
 * is_integer, conjugate and real/imag, and float's binary and comparison
 * slots. Their
 * results are what the builtins compute (abs(), divmod(), round()), so
 * `int.__abs__(x)`, `super().__round__(n)` and operator.index() agree
 * with the operators. `self` is the int or float a subclass instance
 * holds too.
 */
import { FloatObject, newFloat, type Value } from '../../../heap';
import { markSlotWrappers, type GetSet } from '../type-slots';
import type { MethodImpl } from '../attributes';
import { binaryOp, normInt, type BinOp } from '../arithmetic';
import { richCompare, type CompareOp } from '../operators';
import { intOperand } from './int-type';
import { divmod, roundNumber } from '../builtins';
import { NotImplemented, type Runtime } from '../runtime';
import { floatRatio } from '../float-hex';

type IntValue = number | bigint;

function intOf(self: Value): IntValue {
  if (typeof self === 'boolean') return +self;
  if (typeof self === 'number' || typeof self === 'bigint') return self;
  // An int subclass instance reaches here unboxed; anything else is a caller's bug.
  return (self as unknown as { value: IntValue }).value;
}

function isIntLike(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/** A METH_NOARGS method's argument check. */
function noArgs(rt: Runtime, name: string, args: Value[], type = 'int'): void {
  if (args.length !== 0) throw rt.typeError(`${type}.${name}() takes no arguments (${args.length} given)`);
}

/** check_num_args(args, 1) of a binary slot wrapper (wrap_binaryfunc_l/_r). */
function oneArg(rt: Runtime, args: Value[]): void {
  if (args.length !== 1) throw rt.typeError(`expected 1 argument, got ${args.length}`);
}

/** __round__'s optional ndigits (null when absent, as None is). */
function roundArgs(rt: Runtime, args: Value[]): Value {
  if (args.length > 1) throw rt.typeError(`__round__ expected at most 1 argument, got ${args.length}`);
  return args.length === 1 ? args[0] : null;
}

/** int's methods: the value itself for the conversions, the builtins for the rest. */
export const intNumberMethods: Record<string, MethodImpl> = {
  // int___round___impl: an ndigits given, None too, is _PyNumber_Index'ed (float's None means none).
  __round__: (rt, self, args) => {
    if (args.length === 1 && args[0] === null) throw rt.typeError("'NoneType' object cannot be interpreted as an integer");
    return roundNumber(rt, intOf(self), roundArgs(rt, args));
  },
  __divmod__: (rt, self, args) => (oneArg(rt, args), isIntLike(args[0]) ? divmod(rt, intOf(self), args[0]) : NotImplemented),
  __rdivmod__: (rt, self, args) => (oneArg(rt, args), isIntLike(args[0]) ? divmod(rt, args[0], intOf(self)) : NotImplemented),
  as_integer_ratio: (rt, self, args) => (noArgs(rt, 'as_integer_ratio', args), rt.newTuple([intOf(self), 1])),
};

function floatOf(self: Value): number {
  return (self as FloatObject).value;
}

/** float_trunc / float___floor__ / float___ceil__: an int, with PyLong_FromDouble's errors. */
function floatToInt(rt: Runtime, x: number, f: (x: number) => number): Value {
  if (Number.isNaN(x)) throw rt.error('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw rt.error('OverflowError', 'cannot convert float infinity to integer');
  const r = f(x);
  return Number.isSafeInteger(r) ? r : normInt(BigInt(r));
}

function isNumber(v: Value): boolean {
  return isIntLike(v) || v instanceof FloatObject;
}

/** The float itself as a plain float object (a subclass instance's value in a new float). */
function plainFloat(rt: Runtime, self: Value): Value {
  return (self as FloatObject).constructor === FloatObject ? rt.incref(self) : newFloat(rt.heap, floatOf(self));
}

/** float_as_integer_ratio: exact, from the binary representation (float-hex.ts's floatRatio). */
function asIntegerRatio(rt: Runtime, x: number): Value {
  const [num, den] = floatRatio(rt, x);
  return rt.newTuple([normInt(num), normInt(den)]);
}

/** float's methods. */
export const floatNumberMethods: Record<string, MethodImpl> = {
  __floor__: (rt, self, args) => (noArgs(rt, '__floor__', args, 'float'), floatToInt(rt, floatOf(self), Math.floor)),
  __ceil__: (rt, self, args) => (noArgs(rt, '__ceil__', args, 'float'), floatToInt(rt, floatOf(self), Math.ceil)),
  __round__(rt, self, args) {
    const plain = plainFloat(rt, self);
    try {
      return roundNumber(rt, plain, roundArgs(rt, args));
    } finally {
      rt.decref(plain);
    }
  },
  __divmod__(rt, self, args) {
    oneArg(rt, args);
    if (!isNumber(args[0])) return NotImplemented;
    const plain = plainFloat(rt, self);
    try {
      return divmod(rt, plain, args[0]);
    } finally {
      rt.decref(plain);
    }
  },
  __rdivmod__(rt, self, args) {
    oneArg(rt, args);
    if (!isNumber(args[0])) return NotImplemented;
    const plain = plainFloat(rt, self);
    try {
      return divmod(rt, args[0], plain);
    } finally {
      rt.decref(plain);
    }
  },
  conjugate: (rt, self, args) => (noArgs(rt, 'conjugate', args, 'float'), plainFloat(rt, self)),
  is_integer: (rt, self, args) => (noArgs(rt, 'is_integer', args, 'float'), Number.isInteger(floatOf(self))),
  as_integer_ratio: (rt, self, args) => (noArgs(rt, 'as_integer_ratio', args, 'float'), asIntegerRatio(rt, floatOf(self))),
};

/**
 * float_add, float_sub, ...: both operands converted to doubles
 * (CONVERT_TO_DOUBLE: a float, a float subclass's value, an int), no
 * dispatch to a subclass's own methods; NotImplemented for anything else.
 */
export function floatBinary(rt: Runtime, self: Value, op: BinOp, other: Value, reflected: boolean): Value {
  const o = other instanceof FloatObject ? other.value : intOperand(other);
  if (o === undefined) return NotImplemented;
  const a = plainFloat(rt, self);
  const b = typeof o === 'number' && other instanceof FloatObject ? newFloat(rt.heap, o) : (o as Value);
  try {
    return reflected ? binaryOp(rt, op, b, a) : binaryOp(rt, op, a, b);
  } finally {
    rt.decref(a);
    rt.decref(b);
  }
}

/** float_richcompare: against a float, a float subclass's value or an int, by value; NotImplemented otherwise. */
export function floatRichCompare(rt: Runtime, self: Value, other: Value, op: CompareOp): Value {
  const o = other instanceof FloatObject ? other.value : intOperand(other);
  if (o === undefined) return NotImplemented;
  const a = plainFloat(rt, self);
  const b = typeof o === 'number' && other instanceof FloatObject ? newFloat(rt.heap, o) : (o as Value);
  try {
    return richCompare(rt, a, b, op);
  } finally {
    rt.decref(a);
    rt.decref(b);
  }
}

/** float's getset: real is the float, imag 0.0. */
export const floatGetSet: Record<string, GetSet> = {
  real: (rt, self) => plainFloat(rt, self),
  imag: (rt) => newFloat(rt.heap, 0),
};

// nb_divmod's slot wrappers: int.__divmod__ and float.__divmod__ are wrapper_descriptors.
for (const table of [intNumberMethods, floatNumberMethods]) markSlotWrappers({ a: table.__divmod__, b: table.__rdivmod__ });
