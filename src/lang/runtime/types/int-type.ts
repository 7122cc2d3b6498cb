/**
 * int (Objects/longobject.c): ints are immediates (JS numbers, bigints past
 * 2**53), so the interpreter's arithmetic and comparisons handle them
 * before any slot is consulted; this type object gives their slots to the
 * other paths: `class I(int)` instances (boxes whose slots and methods see
 * the int they hold, see `boxed`), the slot wrappers (`int.__add__`), the
 * methods and attributes (bit_length, real, ...). bool derives from int
 * and cannot be subclassed.
 */
import { IntSubInstance, PrimitiveBox, hashImmediate, newSubtypeInstance, type Value } from '../../../heap';
import { binaryOp, unaryOp } from '../arithmetic';
import { call } from '../calls';
import { richCompare } from '../operators';
import { repr } from '../repr';
import { NotImplemented } from '../runtime';
import type { BuiltinType } from '../type-slots';

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
  getset: {
    real: (_rt, self) => plain(self),
    imag: () => 0,
    numerator: (_rt, self) => plain(self),
    denominator: () => 1,
  },
  methods: {
    bit_length: (_rt, self) => {
      const n = BigInt(plain(self));
      return (n < 0n ? -n : n).toString(2).replace(/^0$/, '').length;
    },
    conjugate: (_rt, self) => plain(self),
  },
  nb_ops: {
    binary: ['+', '-', '*', '//', '%', '/', '**', '<<', '>>', '&', '|', '^'],
    reflected: ['+', '-', '*', '//', '%', '/', '**', '<<', '>>', '&', '|', '^'],
  },
  slots: {
    tp_repr: (rt, self) => repr(rt, self),
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
  tp_alloc(rt, cls, args, kwargs) {
    const v = call(rt, rt.types.get('int'), args, kwargs);
    const n = plain(v instanceof PrimitiveBox ? (v.value as number) : v);
    return newSubtypeInstance(rt.heap, cls, () => new IntSubInstance(n));
  },
};
