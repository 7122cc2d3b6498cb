/**
 * memoryview (Objects/memoryobject.c) is not modelled: the buffer protocol
 * has no counterpart on this heap. The name exists (isinstance checks and
 * `class X(memoryview)` see a type), and calling it raises a TypeError that
 * says so instead of behaving differently from CPython.
 */
import type { BuiltinType } from '../type-slots';

export const memoryviewType: BuiltinType = {
  name: 'memoryview',
  slots: {},
  tp_new(rt) {
    throw rt.typeError('gclab: memoryview is not supported (the buffer protocol is not modelled)');
  },
};
