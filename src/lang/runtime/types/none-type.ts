/**
 * NoneType and NotImplementedType (Objects/object.c _PyNone_Type,
 * _PyNotImplemented_Type): the slots their singletons show as methods.
 * None is false (none_bool); NotImplemented is true (notimplemented_bool,
 * which 3.11 also warns about as a DeprecationWarning, not reproduced).
 * Their constructors and reprs are the runtime's (calls.ts, repr.ts).
 */
import type { BuiltinType } from '../type-slots';

export const noneType: BuiltinType = {
  name: 'NoneType',
  slots: {
    nb_bool: () => false,
  },
};

export const notImplementedType: BuiltinType = {
  name: 'NotImplementedType',
  slots: {
    nb_bool: () => true,
  },
  methods: {
    /** NotImplemented_reduce: the name, so pickle and copy keep the singleton. */
    __reduce__: () => 'NotImplemented',
  },
};
