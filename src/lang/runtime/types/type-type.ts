/**
 * type's own slots (Objects/typeobject.c PyType_Type): only nb_or
 * (type_or), so `int | str` and `C | None` make a types.UnionType and
 * `type.__or__`/`type.__ror__` exist. Everything else about classes is in
 * attributes.ts (type_getattro), type-new.ts and data-model.ts.
 */
import type { BuiltinType } from '../type-slots';
import { NotImplemented } from '../runtime';
import { unionTypeOr } from './union-type';

export const typeType: BuiltinType = {
  name: 'type',
  slots: {
    nb_binary(rt, self, op, other, reflected) {
      if (op !== '|') return NotImplemented;
      return reflected ? unionTypeOr(rt, other, self) : unionTypeOr(rt, self, other);
    },
  },
  nb_ops: { binary: ['|'], reflected: ['|'] },
};
