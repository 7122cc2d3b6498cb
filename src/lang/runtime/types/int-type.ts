/**
 * int (Objects/longobject.c): ints are immediates (JS numbers, bigints past
 * 2**53), so the interpreter's arithmetic and comparisons handle them
 * before any slot is consulted; this type object gives their slots to the
 * other paths: `class I(int)` instances (boxes whose slots and methods see
 * the int they hold, see `boxed`), the slot wrappers (`int.__add__`), the
 * methods and attributes (bit_length, real, ...). bool derives from int
 * and cannot be subclassed.
 */
import { BytesObject, ClassObject, IntSubInstance, PrimitiveBox, hashImmediate, newBytes, newSubtypeInstance, type Value } from '../../../heap';
import { binaryOp, normInt, unaryOp } from '../arithmetic';
import { arity, kwarg } from '../methods';
import { call } from '../calls';
import { richCompare, truthy } from '../operators';
import { repr } from '../repr';
import { builtinFormatMethod } from '../format-spec';
import { NotImplemented } from '../runtime';
import { noArguments, unarySlotWrappers, type BuiltinType } from '../type-slots';
import { intNumberMethods } from './number-methods';
import { ssizeArg } from '../c-integer-args';

/** The int `v` stands for (an int subclass instance's value too), or undefined. */
export function intOperand(v: Value): number | bigint | boolean | undefined {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (v instanceof IntSubInstance) return v.value as number | bigint;
  return undefined;
}

const plain = (v: Value): number | bigint => (typeof v === 'boolean' ? +v : (v as number | bigint));

export const intType: BuiltinType = {
  name: 'int',
  boxed: true,
  // int_getset: getters without setters ("attribute 'real' of 'int' objects is not writable").
  readonlyMembers: [],
  getset: {
    real: (_rt, self) => plain(self),
    imag: () => 0,
    numerator: (_rt, self) => plain(self),
    denominator: () => 1,
  },
  methods: {
    __format__: builtinFormatMethod('int'),
    ...intNumberMethods,
    bit_length: (rt, self, args) => {
      arity(rt, 'int.bit_length', args, 0, 0);
      const n = BigInt(plain(self));
      return (n < 0n ? -n : n).toString(2).replace(/^0$/, '').length;
    },
    // int_bit_count: the number of ones in abs(self)'s binary form.
    bit_count: (_rt, self) => {
      const n = BigInt(plain(self));
      let count = 0;
      for (const c of (n < 0n ? -n : n).toString(2)) if (c === '1') count++;
      return count;
    },
    conjugate: (_rt, self) => plain(self),
    /** int___getnewargs___impl: (int(self),). */
    __getnewargs__(rt, self, args) {
      arity(rt, 'int.__getnewargs__', args, 0, 0);
      return rt.tupleSteal([plain(self)]);
    },
    // int's nb_int, nb_index, nb_float, nb_absolute and unary slots as slot wrappers
    // (so typing.SupportsInt/SupportsIndex/SupportsFloat/SupportsAbs see them), and
    // the math module's hooks.
    ...unarySlotWrappers({
      __int__: (_rt, self) => plain(self),
      __index__: (_rt, self) => plain(self),
      __float__: (rt, self) => call(rt, rt.types.get('float'), [plain(self)]),
      __abs__: (rt, self) => (plain(self) < 0 ? unaryOp(rt, '-', plain(self)) : plain(self)),
      __neg__: (rt, self) => unaryOp(rt, '-', plain(self)),
      __pos__: (_rt, self) => plain(self),
      __invert__: (rt, self) => unaryOp(rt, '~', plain(self)),
    }),
    // METH_NOARGS: `int.__trunc__() takes no arguments (1 given)`.
    __trunc__: (rt, self, args) => (noArguments(rt, rt.typeName(self), '__trunc__', args), plain(self)),
    __floor__: (rt, self, args) => (noArguments(rt, rt.typeName(self), '__floor__', args), plain(self)),
    __ceil__: (rt, self, args) => (noArguments(rt, rt.typeName(self), '__ceil__', args), plain(self)),
    as_integer_ratio: (rt, self) => rt.newTuple([plain(self), 1]),
    // int_to_bytes_impl(length=1, byteorder='big', *, signed=False)
    to_bytes(rt, self, args, kwargs) {
      if (args.length > 2) throw rt.typeError(`to_bytes() takes at most 2 positional arguments (${args.length} given)`);
      const lengthV = args.length > 0 ? args[0] : (kwarg(kwargs, 'length') ?? 1);
      const order = args.length > 1 ? args[1] : (kwarg(kwargs, 'byteorder') ?? 'big');
      const signed = truthy(rt, kwarg(kwargs, 'signed') ?? false);
      // length is a Py_ssize_t (clinic); the bytes object is allocated before the digits are converted.
      const length = ssizeArg(rt, lengthV);
      if (typeof order !== 'string') throw rt.typeError(`to_bytes() argument 'byteorder' must be str, not ${rt.typeName(order)}`);
      if (order !== 'big' && order !== 'little') throw rt.error('ValueError', "byteorder must be either 'little' or 'big'");
      if (length < 0) throw rt.error('ValueError', 'length argument must be non-negative');
      if (length > 1 << 28) throw rt.error('MemoryError');
      let n = BigInt(plain(self));
      if (n < 0n && !signed) throw rt.error('OverflowError', "can't convert negative int to unsigned");
      const bits = BigInt(length) * 8n;
      const limit = signed ? 1n << (bits - 1n) : 1n << bits;
      if (length === 0 ? n !== 0n : signed ? n >= limit || n < -limit : n >= limit) throw rt.error('OverflowError', 'int too big to convert');
      if (n < 0n) n += 1n << bits;
      let out = '';
      for (let i = 0; i < Number(length); i++) {
        out = String.fromCharCode(Number(n & 255n)) + out;
        n >>= 8n;
      }
      if (order === 'little') out = [...out].reverse().join('');
      return newBytes(rt.heap, out);
    },
    // int_from_bytes_impl(bytes, byteorder='big', *, signed=False): a classmethod.
    from_bytes(rt, self, args, kwargs) {
      if (args.length > 2) throw rt.typeError(`from_bytes() takes at most 2 positional arguments (${args.length} given)`);
      const src = args.length > 0 ? args[0] : kwarg(kwargs, 'bytes');
      if (src === undefined) throw rt.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
      const order = args.length > 1 ? args[1] : (kwarg(kwargs, 'byteorder') ?? 'big');
      const signed = truthy(rt, kwarg(kwargs, 'signed') ?? false);
      if (typeof order !== 'string') throw rt.typeError(`from_bytes() argument 'byteorder' must be str, not ${rt.typeName(order)}`);
      if (order !== 'big' && order !== 'little') throw rt.error('ValueError', "byteorder must be either 'little' or 'big'");
      // PyObject_Bytes -> PyBytes_FromObject: a str, an int (no count form here), None
      // and other non-iterables are not bytes-like.
      if (typeof src !== 'object' || src === null || rt.typeName(src) === 'float')
        throw rt.typeError(`cannot convert '${rt.typeName(src)}' object to bytes`);
      const b = call(rt, rt.types.get('bytes'), [src]);
      let data = (b as BytesObject).value;
      rt.decref(b);
      if (order === 'little') data = [...data].reverse().join('');
      let n = 0n;
      for (let i = 0; i < data.length; i++) n = (n << 8n) | BigInt(data.charCodeAt(i));
      if (signed && data.length > 0 && data.charCodeAt(0) >= 128) n -= 1n << BigInt(data.length * 8);
      const v = normInt(n);
      const cls = self instanceof ClassObject ? self : rt.typeOf(self);
      return cls === rt.types.get('int') ? v : call(rt, cls, [v]);
    },
  },
  nb_ops: {
    binary: ['+', '-', '*', '//', '%', '/', '**', '<<', '>>', '&', '|', '^'],
    reflected: ['+', '-', '*', '//', '%', '/', '**', '<<', '>>', '&', '|', '^'],
  },
  slots: {
    // long_to_decimal_string: int.__repr__(True) is '1' (bool_repr is bool's own, bool-type.ts).
    tp_repr: (rt, self) => (typeof self === 'boolean' ? String(+self) : repr(rt, self)),
    tp_hash: (rt, self) => hashImmediate(self as number | bigint | boolean),
    tp_richcompare(rt, self, other, op) {
      const o = intOperand(other);
      if (o === undefined) return NotImplemented;
      return richCompare(rt, self, o, op);
    },
    nb_bool: (rt, self) => self !== 0 && self !== 0n && self !== false,
    nb_binary(rt, self, op, other, reflected) {
      const o = intOperand(other);
      if (o === undefined) return NotImplemented;
      return reflected ? binaryOp(rt, op, o, self) : binaryOp(rt, op, self, o);
    },
    nb_unary: (rt, self, op) => unaryOp(rt, op, self),
  },
  // long_subtype_new: the value as int(*args) computes it, in a new instance of cls.
  newChecksKeywords: true,
  tp_alloc(rt, cls, args, kwargs) {
    const v = call(rt, rt.types.get('int'), args, kwargs);
    const n = plain(v instanceof PrimitiveBox ? (v.value as number) : v);
    return newSubtypeInstance(rt.heap, cls, () => new IntSubInstance(n));
  },
};
