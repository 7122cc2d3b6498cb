/**
 * Ellipsis (Objects/sliceobject.c, PyEllipsis_Type): the `...` singleton.
 * An immortal atom shared by every heap, like NotImplemented (its refcount
 * never reaches zero); not a GC object. `type(...)()` returns it, as
 * ellipsis_new does since 3.10.
 */
import { PyObject } from '../../../heap';
import type { BuiltinType } from '../type-slots';

class EllipsisObject extends PyObject {
  get typeName(): string {
    return 'ellipsis';
  }
  override get isGC(): boolean {
    return false;
  }
  override dealloc(): void {
    this.refcnt = 1 << 30;
  }
}

export const Ellipsis: PyObject = new EllipsisObject();
Ellipsis.refcnt = 1 << 30;

export const ellipsisType: BuiltinType = {
  name: 'ellipsis',
  instances: [EllipsisObject],
  slots: {
    tp_repr: () => 'Ellipsis',
  },
  methods: {
    __reduce__: () => 'Ellipsis',
  },
  tp_new(rt, args, kwargs) {
    if (args.length > 0 || (kwargs !== null && kwargs.length > 0)) throw rt.typeError('EllipsisType takes no arguments');
    return Ellipsis;
  },
};
