/**
 * Attribute access on instances of classes and on classes themselves, the
 * way Objects/object.c and Objects/typeobject.c dispatch it:
 *
 *   instanceGetAttr   tp_getattro of a class written in Python:
 *                     slot_tp_getattr_hook when the class defines
 *                     __getattribute__ or __getattr__ (an AttributeError
 *                     from the first falls back to the second), else
 *                     PyObject_GenericGetAttr
 *   genericGetAttr    PyObject_GenericGetAttr: a data descriptor on the
 *                     type wins over the instance's __dict__, which wins
 *                     over a non-data descriptor or plain class attribute
 *   instanceSetAttr   slot_tp_setattro (__setattr__/__delattr__), else
 *   genericSetAttr    PyObject_GenericSetAttr: the type's data descriptor
 *                     (__set__/__delete__), else the instance's __dict__
 *   typeGetAttr       type_getattro: a data descriptor on the metaclass,
 *                     then the class's MRO (descriptors called with
 *                     obj=NULL: a classmethod binds the class, a function
 *                     stays a function), then the metaclass's other
 *                     attributes bound to the class
 *
 * All return new references; the getters return undefined for a missing
 * attribute (the caller makes the AttributeError), while an AttributeError
 * that Python code raised propagates.
 */
import { hookName } from './attribute-name';
import { ClassObject, Instance, NO_FREE_LIST, PyException, isObject, tupleAllocSlot, tupleFreeSlot, type Value } from '../../heap';
import { setAttributeErrorContext } from './attribute-error-context';
import { callUnbound } from './calls';
import { descrGet, descrSet, isDataDescriptor } from './descriptors';
import type { Runtime } from './runtime';

/** Is `e` an AttributeError (or a subclass) raised in Python or by the runtime? */
export function isAttributeError(rt: Runtime, e: unknown): e is PyException {
  if (!(e instanceof PyException)) return false;
  const v = e.pyValue;
  const attrErr = rt.types.get('AttributeError');
  if (v instanceof Instance) return v.cls.isSubclassOf(attrErr);
  const cls = rt.types.byName.get(e.pyType);
  return cls !== undefined && cls.isSubclassOf(attrErr);
}

/** Drop a caught exception's Python object (the handler swallows it). */
export function swallow(rt: Runtime, e: PyException): void {
  const v = e.pyValue;
  e.pyValue = undefined;
  rt.decref(v);
}

/** A user-defined hook (a class attribute that object's own slot does not provide). */
function hook(cls: ClassObject, name: string): Value | undefined {
  return cls.lookup(name);
}

/**
 * tp_getattro of an object whose type `cls` may be a class written in
 * Python: the __getattribute__/__getattr__ hooks, else the generic lookup.
 */
export function hookedGetAttr<T extends Value>(
  rt: Runtime,
  v: T,
  cls: ClassObject,
  name: string,
  generic: (rt: Runtime, v: T, name: string) => Value | undefined,
): Value | undefined {
  const getattribute = hook(cls, '__getattribute__');
  const getattr = hook(cls, '__getattr__');
  if (getattribute === undefined && getattr === undefined) return generic(rt, v, name);
  // The name object getattr() was given (a str subclass's instance) reaches the hooks.
  const nameArg = hookName(rt, name);
  if (getattr === undefined) return callHook(rt, getattribute as Value, v, [nameArg]);
  // slot_tp_getattr_hook: __getattr__ is held from its lookup to its call,
  // since __getattribute__ may delete it from the class meanwhile.
  rt.incref(getattr);
  try {
    try {
      if (getattribute !== undefined) return callHook(rt, getattribute, v, [nameArg]);
      if (v instanceof Instance) {
        const r = generic(rt, v, name);
        if (r !== undefined) return r;
        genericGetAttrMiss(rt, v, name);
      } else {
        const r = callWrappedGetAttr(rt, v, name, generic);
        if (r !== undefined) return r;
      }
    } catch (e) {
      // An AttributeError from __getattribute__ (or from a property it ran) falls back to __getattr__.
      if (!isAttributeError(rt, e)) throw e;
      swallow(rt, e);
    }
    return callUnbound(rt, getattr, v, [nameArg]);
  } finally {
    rt.decref(getattr);
  }
}

/**
 * PyObject_GenericGetAttr's miss under slot_tp_getattr_hook (3.11): it is
 * not the suppressing lookup getattr() with a default uses, so the
 * AttributeError is raised, and _PyObject_GenericGetAttrWithDict's
 * set_attribute_error_context normalizes it (the exception object and its
 * argument tuple are made) before the hook clears it for __getattr__.
 */
function genericGetAttrMiss(rt: Runtime, v: Value, name: string): void {
  swallow(rt, rt.heap.withHeadroom(() => {
    const e = rt.error('AttributeError', `'${rt.typeName(v)}' object has no attribute '${name}'`);
    setAttributeErrorContext(rt, e, v, name);
    return e;
  }));
}

/**
 * The inherited __getattribute__ of a class, of a module or of a super
 * object is a slot wrapper whose d_wrapped is not PyObject_GenericGetAttr
 * (type_getattro, module_getattro, super_getattro): slot_tp_getattr_hook's
 * call_attribute binds it to a method-wrapper (wrapper_descriptor is no
 * method descriptor) and calls that through tp_call, packing the name in
 * a 1-tuple. Neither object is built here: their counts move as CPython's
 * allocations and frees do. A miss is PyErr_Format's unnormalized error,
 * cleared before __getattr__ runs.
 */
function callWrappedGetAttr<T extends Value>(
  rt: Runtime,
  v: T,
  name: string,
  generic: (rt: Runtime, v: T, name: string) => Value | undefined,
): Value | undefined {
  const heap = rt.heap;
  heap.phantomAlloc(NO_FREE_LIST);
  heap.phantomAlloc(tupleAllocSlot(1));
  try {
    return generic(rt, v, name);
  } finally {
    heap.phantomFree(tupleFreeSlot(1));
    heap.phantomFree(NO_FREE_LIST);
  }
}

function callHook(rt: Runtime, f: Value, self: Value, args: Value[]): Value {
  rt.incref(f);
  try {
    return callUnbound(rt, f, self, args);
  } finally {
    rt.decref(f);
  }
}

/**
 * The data-descriptor step of PyObject_GenericGetAttr: the type's
 * attribute `descr` (borrowed, may be undefined) when it is a data
 * descriptor, called; else undefined.
 */
export function dataDescriptorGet(rt: Runtime, descr: Value | undefined, obj: Value, type: ClassObject): Value | undefined {
  if (descr === undefined || !isObject(descr) || !isDataDescriptor(rt, descr)) return undefined;
  // A descriptor may return None (null): only undefined means "no __get__".
  // A data descriptor without __get__ (only __set__/__delete__) does not
  // take precedence: the instance's own attribute wins, and the descriptor
  // itself is the answer only after that (PyObject_GenericGetAttr's f == NULL).
  return descrGet(rt, descr, obj, type);
}

/** The non-data step: a descriptor's __get__, or the class attribute itself. */
export function classAttributeGet(rt: Runtime, descr: Value, obj: Value, type: ClassObject): Value {
  const got = descrGet(rt, descr, obj, type);
  return got === undefined ? rt.incref(descr) : got;
}

/** tp_setattro (v undefined deletes): __setattr__/__delattr__ hooks of `cls`, else generic. */
export function hookedSetAttr<T extends Value>(
  rt: Runtime,
  obj: T,
  cls: ClassObject,
  name: string,
  v: Value | undefined,
  generic: (rt: Runtime, obj: T, name: string, v: Value | undefined) => void,
): void {
  const h = hook(cls, v === undefined ? '__delattr__' : '__setattr__');
  if (h === undefined) return generic(rt, obj, name, v);
  const nameArg = hookName(rt, name);
  rt.decref(callHook(rt, h, obj, v === undefined ? [nameArg] : [nameArg, v]));
}

/** The descriptor step of PyObject_GenericSetAttr: true when the type's data descriptor handled it. */
export function dataDescriptorSet(rt: Runtime, type: ClassObject, obj: Value, name: string, v: Value | undefined): boolean {
  const descr = type.lookup(name);
  if (descr === undefined || !isObject(descr)) return false;
  rt.incref(descr);
  try {
    return descrSet(rt, descr, obj, v);
  } finally {
    rt.decref(descr);
  }
}
