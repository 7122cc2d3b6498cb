/**
 * Instances of class statements whose base is a builtin container or
 * number (`class L(list)`, `class D(dict)`, `class P(tuple)`, ...): the
 * builtin's own object with the heap-type layout added (see
 * withInstanceLayout). They are what their base is (`instanceof
 * ListObject` holds, so every list operation applies) and also carry a
 * class, __slots__ and a __dict__; they are always GC-tracked, as
 * PyType_GenericAlloc tracks every heap-type instance.
 */
import type { Heap } from '../heap';
import { DictObject } from './dict-object';
import { FloatObject } from './float-object';
import { PrimitiveBox } from './primitive-box';
import { withInstanceLayout } from './instance-object';
import { ListObject } from './list-object';
import { FrozenSetObject, SetObject } from './set-object';
import { ByteArrayObject, BytesObject } from './bytes-object';
import { ComplexObject } from './complex-object';
import { TupleObject } from './tuple-object';
import type { ClassObject } from './class-object';

// Their bases' tp_new is not object_new: no inline values, the first
// attribute makes a real __dict__ (withInstanceLayout's second argument).
export class ListSubInstance extends withInstanceLayout(ListObject, false) {}

export class DictSubInstance extends withInstanceLayout(DictObject, false) {}

export class TupleSubInstance extends withInstanceLayout(TupleObject, false) {}

/** set_dealloc clears the weakrefs itself (set has tp_weaklistoffset): after the slots and __dict__. */
export class SetSubInstance extends withInstanceLayout(SetObject, false) {
  override get baseOwnsWeaklist(): boolean {
    return true;
  }
}

/** frozenset's dealloc is set_dealloc: it clears the weakrefs itself, as for set. */
export class FrozenSetSubInstance extends withInstanceLayout(FrozenSetObject, false) {
  override get baseOwnsWeaklist(): boolean {
    return true;
  }
}

/** `class B(bytes)`: variable-size, so never weakly referenceable and no nonempty __slots__. */
export class BytesSubInstance extends withInstanceLayout(BytesObject, false) {}

/** `class BA(bytearray)`: gets __weakref__ and __dict__ slots of its own (bytearray has none). */
export class ByteArraySubInstance extends withInstanceLayout(ByteArrayObject, false) {}

export class ComplexSubInstance extends withInstanceLayout(ComplexObject, false) {}

export class FloatSubInstance extends withInstanceLayout(FloatObject, false) {}

/** `class I(int)`: the int it holds is `value` (a number or a bigint). */
export class IntSubInstance extends withInstanceLayout(PrimitiveBox, false) {}

/** `class S(str)`: the str it holds is `value`. */
export class StrSubInstance extends withInstanceLayout(PrimitiveBox, false) {}

/**
 * Register and track a new subtype instance made by `make` for class `cls`
 * (a new reference; the instance takes its own reference to cls).
 */
export function newSubtypeInstance<T extends { initLayout(cls: ClassObject): void } & import('../object').PyObject>(
  heap: Heap,
  cls: ClassObject,
  make: () => T,
): T {
  heap.reserve();
  heap.checkLive(cls, 'class');
  const o = make();
  heap.incref(cls);
  o.initLayout(cls);
  heap.register(o);
  heap.track(o);
  return o;
}
