/**
 * The descriptor protocol: each type's tp_descr_get and tp_descr_set
 * (Objects/typeobject.c slot_tp_descr_get / slot_tp_descr_set for classes
 * written in Python, the builtin descriptor types' own slots otherwise).
 *
 *   descrGet(d, obj, type)  d.__get__(obj, type); obj undefined is C's NULL
 *                           (the attribute was read from the class itself)
 *   descrSet(d, obj, v)     d.__set__(obj, v), or d.__delete__(obj) when v
 *                           is undefined
 *   isDataDescriptor(d)     PyDescr_IsData: the type has tp_descr_set
 *
 * Builtin descriptor types (property, classmethod, member_descriptor, ...)
 * declare their slots with defineDescriptorSlots; a class statement's
 * class has them exactly when its MRO defines __get__, __set__ or
 * __delete__ (looked up on the type at each use, as slot_* wrappers do).
 * Functions are the common case and are handled first: func_descr_get
 * makes a bound method.
 */
import { ClassObject, Instance, isObject, type Value } from '../../heap';
import { callUnbound } from './calls';
import { FunctionObject, bindsAsMethod } from './function-object';
import type { Runtime } from './runtime';

export interface DescriptorSlots {
  /** tp_descr_get: a new reference. `obj` undefined: read through the class. */
  get?(rt: Runtime, d: Value, obj: Value | undefined, type: ClassObject | undefined): Value;
  /** tp_descr_set: `v` undefined deletes. */
  set?(rt: Runtime, d: Value, obj: Value, v: Value | undefined): void;
}

const builtinSlots = new WeakMap<ClassObject, DescriptorSlots>();

export function defineDescriptorSlots(cls: ClassObject, slots: DescriptorSlots): void {
  builtinSlots.set(cls, slots);
}

/**
 * The slots a builtin descriptor type declared (undefined for classes
 * written in Python); an instance of a class statement's subclass of one
 * (`class cached(property)`) inherits them (inherit_slots), for each slot
 * its class does not define in Python.
 */
function nativeSlots(rt: Runtime, d: Value): DescriptorSlots | undefined {
  if (!(d instanceof Instance)) return builtinSlots.get(rt.typeOf(d));
  const mro = d.cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const s = builtinSlots.get(mro[i]);
    if (s !== undefined) return s;
  }
  return undefined;
}

/**
 * tp_descr_get(d, obj, type), or undefined when d's type has none (the
 * attribute is then the value itself).
 */
export function descrGet(rt: Runtime, d: Value, obj: Value | undefined, type: ClassObject | undefined): Value | undefined {
  if (!isObject(d)) return undefined;
  if (d instanceof FunctionObject) {
    if (!bindsAsMethod(d)) return undefined;
    return obj === undefined || obj === null ? rt.incref(d) : rt.heap.newBoundMethod(d, obj);
  }
  if (d instanceof Instance) {
    const get = d.cls.lookup('__get__');
    if (get === undefined) return nativeSlots(rt, d)?.get?.(rt, d, obj, type);
    // slot_tp_descr_get: __get__(self, obj or None, type or None)
    rt.incref(get);
    try {
      return callUnbound(rt, get, d, [obj ?? null, type ?? null]);
    } finally {
      rt.decref(get);
    }
  }
  const slots = nativeSlots(rt, d);
  return slots?.get?.(rt, d, obj, type);
}

/** Does d's type define tp_descr_get? */
export function hasDescrGet(rt: Runtime, d: Value): boolean {
  if (!isObject(d)) return false;
  if (d instanceof FunctionObject) return bindsAsMethod(d);
  if (d instanceof Instance && d.cls.lookup('__get__') !== undefined) return true;
  return nativeSlots(rt, d)?.get !== undefined;
}

/** PyDescr_IsData: d's type defines tp_descr_set (__set__ or __delete__ for Python classes). */
export function isDataDescriptor(rt: Runtime, d: Value): boolean {
  if (!isObject(d) || d instanceof FunctionObject) return false;
  if (d instanceof Instance) {
    const cls = d.cls;
    if (cls.lookup('__set__') !== undefined || cls.lookup('__delete__') !== undefined) return true;
  }
  return nativeSlots(rt, d)?.set !== undefined;
}

/**
 * tp_descr_set(d, obj, v): false when d's type has no tp_descr_set.
 * slot_tp_descr_set calls __delete__ for a deletion and __set__ otherwise;
 * the one that is missing is an AttributeError naming it.
 */
export function descrSet(rt: Runtime, d: Value, obj: Value, v: Value | undefined): boolean {
  if (!isObject(d) || d instanceof FunctionObject) return false;
  if (d instanceof Instance) {
    const cls = d.cls;
    const set = cls.lookup('__set__');
    const del = cls.lookup('__delete__');
    if (set !== undefined || del !== undefined) {
      const m = v === undefined ? del : set;
      if (m === undefined) throw rt.error('AttributeError', v === undefined ? '__delete__' : '__set__');
      rt.incref(m);
      try {
        rt.decref(callUnbound(rt, m, d, v === undefined ? [obj] : [obj, v]));
      } finally {
        rt.decref(m);
      }
      return true;
    }
  }
  const slots = nativeSlots(rt, d);
  if (slots?.set === undefined) return false;
  slots.set(rt, d, obj, v);
  return true;
}
