/**
 * float (Objects/floatobject.c): the heap's FloatObject, an atom. Its
 * arithmetic and comparisons are in arithmetic.ts/operators.ts (they mix
 * with ints); this type object gives repr, hash and the subclass
 * allocator (`class F(float)`: a FloatObject with the heap-type layout).
 */
import { FloatObject, FloatSubInstance, floatRepr, newFloat, newSubtypeInstance } from '../../../heap';
import { NotImplemented } from '../runtime';
import { call } from '../calls';
import type { BuiltinType } from '../type-slots';

export const floatType: BuiltinType = {
  name: 'float',
  instances: [FloatObject],
  slots: {
    tp_repr: (rt, self) => floatRepr((self as FloatObject).value),
    tp_hash: (rt, self) => (self as FloatObject).hashSlot(rt.heap),
    nb_unary(rt, self, op) {
      const v = (self as FloatObject).value;
      return op === '~' ? NotImplemented : newFloat(rt.heap, op === '-' ? -v : v);
    },
  },
  // float_subtype_new: the value as float(*args) computes it, in a new instance of cls.
  tp_alloc(rt, cls, args, kwargs) {
    const f = call(rt, rt.types.get('float'), args, kwargs) as FloatObject;
    const value = f.value;
    rt.decref(f);
    return newSubtypeInstance(rt.heap, cls, () => new FloatSubInstance(value));
  },
};
