/**
 * float (Objects/floatobject.c): the heap's FloatObject, an atom. Its
 * arithmetic and comparisons are in arithmetic.ts/operators.ts (they mix
 * with ints); this type object gives repr, hash, the subclass allocator
 * (`class F(float)`: a FloatObject with the heap-type layout), the slot
 * wrappers (`float.__add__`, `__neg__`, ...) and the number methods
 * (number-methods.ts).
 */
import { FloatObject, FloatSubInstance, floatRepr, newFloat, newSubtypeInstance } from '../../../heap';
import { NotImplemented } from '../runtime';
import { call } from '../calls';
import { arity } from '../methods';
import { builtinFormatMethod } from '../format-spec';
import { noArguments, unarySlotWrappers, type BuiltinType } from '../type-slots';
import { floatFromHex, floatHex } from '../float-hex';
import type { Runtime } from '../runtime';
import type { Value } from '../../../heap';
import { floatBinary, floatGetSet, floatNumberMethods, floatRichCompare } from './number-methods';

/** float___trunc___impl: int(v) of the plain value (OverflowError/ValueError for inf and nan). */
function truncate(rt: Runtime, v: number): Value {
  const f = newFloat(rt.heap, v);
  try {
    return call(rt, rt.types.get('int'), [f], null);
  } finally {
    rt.decref(f);
  }
}

const value = (self: Value): number => (self as FloatObject).value;

export const floatType: BuiltinType = {
  name: 'float',
  instances: [FloatObject],
  // float_getset: real and imag have no setters ("... is not writable").
  readonlyMembers: [],
  // float's nb_int, nb_float, nb_absolute and unary slots as slot wrappers, and __trunc__.
  methods: {
    ...floatNumberMethods,
    ...unarySlotWrappers({
      __int__: (rt, self) => truncate(rt, value(self)),
      __float__: (rt, self) => ((self as FloatObject).constructor === FloatObject ? rt.incref(self) : newFloat(rt.heap, value(self))),
      __abs__: (rt, self) => newFloat(rt.heap, Math.abs(value(self))),
      __neg__: (rt, self) => newFloat(rt.heap, -value(self)),
      __pos__: (rt, self) => ((self as FloatObject).constructor === FloatObject ? rt.incref(self) : newFloat(rt.heap, value(self))),
    }),
    __trunc__: (rt, self, args) => (noArguments(rt, rt.typeName(self), '__trunc__', args), truncate(rt, value(self))),
    /** float___getnewargs___impl: (float(self),). */
    __getnewargs__(rt, self, args) {
      arity(rt, 'float.__getnewargs__', args, 0, 0);
      return rt.tupleSteal([newFloat(rt.heap, value(self))]);
    },
    __format__: builtinFormatMethod('float'),
    hex: (rt, self, args) => (arity(rt, 'float.hex', args, 0, 0), floatHex((self as FloatObject).value)),
    // float___getformat___impl (a classmethod): the IEEE byte order of this machine's doubles.
    __getformat__(rt, cls, args) {
      if (args.length !== 1) throw rt.typeError(`float.__getformat__() takes exactly one argument (${args.length} given)`);
      const t = args[0];
      if (typeof t !== 'string') throw rt.typeError(`__getformat__() argument must be str, not ${t === null ? 'None' : rt.typeName(t)}`);
      if (t !== 'double' && t !== 'float') throw rt.error('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
      return 'IEEE, little-endian';
    },
    // float.fromhex is a classmethod: a subclass gets cls(value).
    fromhex(rt, cls, args) {
      if (args.length !== 1) throw rt.typeError(`float.fromhex() takes exactly one argument (${args.length} given)`);
      if (typeof args[0] !== 'string') throw rt.typeError(`fromhex() argument must be str, not ${rt.typeName(args[0])}`);
      const f = newFloat(rt.heap, floatFromHex(rt, args[0]));
      if (cls === rt.types.get('float')) return f;
      try {
        return call(rt, cls, [f]);
      } finally {
        rt.decref(f);
      }
    },
  },
  getset: floatGetSet,
  nb_ops: {
    binary: ['+', '-', '*', '/', '//', '%', '**'],
    reflected: ['+', '-', '*', '/', '//', '%', '**'],
  },
  slots: {
    nb_binary: floatBinary,
    tp_richcompare: floatRichCompare,
    nb_bool: (rt, self) => (self as FloatObject).value !== 0,
    tp_repr: (rt, self) => floatRepr((self as FloatObject).value),
    tp_hash: (rt, self) => (self as FloatObject).hashSlot(rt.heap),
    nb_unary(rt, self, op) {
      const v = (self as FloatObject).value;
      return op === '~' ? NotImplemented : newFloat(rt.heap, op === '-' ? -v : v);
    },
  },
  // float_subtype_new: the value as float(*args) computes it, in a new instance of cls.
  newChecksKeywords: true,
  tp_alloc(rt, cls, args, kwargs) {
    const f = call(rt, rt.types.get('float'), args, kwargs) as FloatObject;
    const value = f.value;
    rt.decref(f);
    return newSubtypeInstance(rt.heap, cls, () => new FloatSubInstance(value));
  },
};
