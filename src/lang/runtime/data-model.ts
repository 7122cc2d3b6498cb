/**
 * The data model's builtin half: the slot wrappers and methods that
 * `object` and `type` give every class (object.__getattribute__,
 * __setattr__, __delattr__, __format__, __init_subclass__, __dir__;
 * type.__call__, mro, __subclasses__, __prepare__, __instancecheck__,
 * ...), and the installation of the descriptor types (property,
 * staticmethod, classmethod, member_descriptor) and super.
 */
import { ClassObject, Instance, isObject, type Value } from '../../heap';
import { WeakRef } from '../../weakref/reference-type';
import { builtinMethodOf, defineMethods, genericGetAttr, genericSetAttr, getAttr, getAttrError, lookupAttr, moduleGetAttr, moduleSetAttr, typeGetAttr, typeSetAttr, type MethodImpl } from './attributes';
import { WeakContainer } from '../../weakref/weak-container';
import { call, instantiate } from './calls';
import { ModuleObject } from './function-object';
import { isAttributeError } from './generic-getattr';
import { installMemberDescriptor } from './member-descriptor';
import { installGetSetDescriptor } from './getset-descriptor';
import { installBuiltinAttrDescriptors } from './builtin-attr-descriptor';
import { installGetSetTables } from './getset-tables';
import { installMethodWrappers } from './method-wrappers';
import { arity } from './methods';
import { installProperty } from './property-object';
import { className, str } from './repr';
import { markSlotWrappers } from './type-slots';
import type { Runtime } from './runtime';
import { installSuper } from './super-type';
import { dirOf } from './dir';
import { installMethodDescriptors } from './method-descriptor';
import { descriptorMisuse } from './descr-check';
import { objectSizeof } from './object-size';
import { takesBoxedSelf } from './type-slots';
import { attributeName } from './attribute-name';

function attributeError(rt: Runtime, v: Value, name: string): Error {
  if (v instanceof ClassObject) return rt.error('AttributeError', `type object '${v.name}' has no attribute '${name}'`);
  return rt.error('AttributeError', `'${rt.typeName(v)}' object has no attribute '${name}'`);
}

const objectMethods: Record<string, MethodImpl> = {
  /** object.__getattribute__: PyObject_GenericGetAttr, without the class's hooks. */
  __getattribute__(rt, self, args) {
    arity(rt, '__getattribute__', args, 1, 1);
    const name = attributeName(rt, args[0]);
    if (self instanceof ModuleObject) {
      // module.__getattribute__ is module_getattro (the namespace's __getattr__ included).
      const m = moduleGetAttr(rt, self, name);
      if (m === undefined) throw rt.error('AttributeError', `module '${self.name}' has no attribute '${name}'`);
      return m;
    }
    if (!(self instanceof Instance)) return getAttr(rt, self, name);
    const r = genericGetAttr(rt, self, name);
    // _PyObject_GenericGetAttrWithDict's own AttributeError records name and obj (set_attribute_error_context).
    if (r === undefined) throw getAttrError(rt, self, name);
    return r;
  },
  __setattr__(rt, self, args) {
    arity(rt, '__setattr__', args, 2, 2);
    const name = attributeName(rt, args[0]);
    if (self instanceof ClassObject) throw rt.typeError(`can't apply this __setattr__ to type object`);
    if (self instanceof ModuleObject) return (moduleSetAttr(rt, self, name, args[1]), null);
    if (!(self instanceof Instance)) throw attributeError(rt, self, name);
    genericSetAttr(rt, self, name, args[1]);
    return null;
  },
  __delattr__(rt, self, args) {
    arity(rt, '__delattr__', args, 1, 1);
    const name = attributeName(rt, args[0]);
    if (self instanceof ClassObject) throw rt.typeError(`can't apply this __delattr__ to type object`);
    if (self instanceof ModuleObject) return (moduleSetAttr(rt, self, name, undefined), null);
    if (!(self instanceof Instance)) throw attributeError(rt, self, name);
    genericSetAttr(rt, self, name, undefined);
    return null;
  },
  /** object.__format__: only the empty spec, meaning str(self). */
  __format__(rt, self, args) {
    if (args.length !== 1) throw rt.typeError(`__format__() takes exactly one argument (${args.length} given)`);
    const spec = args[0];
    if (typeof spec !== 'string') throw rt.typeError(`__format__() argument must be str, not ${rt.typeName(spec)}`);
    if (spec !== '') throw rt.typeError(`unsupported format string passed to ${rt.typeName(self)}.__format__`);
    return str(rt, self);
  },
  /** object.__init_subclass__ (a classmethod): accepts nothing. */
  __init_subclass__(rt, self, args, kwargs) {
    const name = self instanceof ClassObject ? self.name : rt.typeName(self);
    if (kwargs !== null && kwargs.length > 0) throw rt.typeError(`${name}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 0) throw rt.typeError(`${name}.__init_subclass__() takes no arguments (${args.length} given)`);
    return null;
  },
  __subclasshook__: (rt) => rt.notImplementedValue(),
  /**
   * object.__getstate__ (3.11, object_getstate_default): the instance's
   * __dict__ (a copy here), or None when it has none or it is empty; with
   * __slots__ that hold values, the pair (that, {slot: value}). A weak
   * container's __dict__ holds its class's attributes (`data`, `_remove`,
   * ...) as in CPython, where the containers are Python classes.
   */
  __getstate__(rt, self, args) {
    arity(rt, '__getstate__', args, 0, 0);
    const owner = self instanceof Instance ? (self.cls.instanceHasDict ? self : null) : self instanceof WeakContainer ? self : null;
    let state: Value = null;
    if (owner !== null && owner.attrNames().length > 0) {
      const d = rt.heap.newDict();
      for (const n of owner.attrNames()) d.set(rt.heap, n, owner.getAttr(n) as Value);
      state = d;
    }
    if (!(self instanceof Instance) || self.cls.slotNames.length === 0) return state;
    const slots = rt.heap.newDict();
    try {
      for (const name of self.cls.slotNames) {
        const v = lookupAttr(rt, self, name);
        if (v === undefined) continue;
        slots.set(rt.heap, name, v);
        rt.decref(v);
      }
    } catch (e) {
      rt.decref(slots);
      rt.decref(state);
      throw e;
    }
    if (slots.size === 0) {
      rt.decref(slots);
      return state;
    }
    const pair = rt.newTuple([state, slots]);
    rt.decref(slots);
    rt.decref(state);
    return pair;
  },
  /** object.__sizeof__: tp_basicsize (object-size.ts). */
  __sizeof__: (rt, self) => objectSizeof(rt, self),
  __reduce__: (rt) => {
    throw rt.typeError('gclab: the pickle protocol (__reduce__) is not supported');
  },
  __reduce_ex__: (rt, self) => {
    // object___reduce_ex___impl: a type whose __reduce__ is not object's
    // (a class's own, BaseException's) answers with self.__reduce__().
    const object = rt.types.get('object');
    for (const k of rt.typeOf(self).mro) {
      if (k === object) break;
      if (k.dict.has('__reduce__') || builtinMethodOf(k, '__reduce__') !== undefined) {
        const reduce = getAttr(rt, self, '__reduce__');
        try {
          return call(rt, reduce, []);
        } finally {
          rt.decref(reduce);
        }
      }
    }
    throw rt.typeError('gclab: the pickle protocol (__reduce_ex__) is not supported');
  },
  __dir__(rt, self, args) {
    arity(rt, '__dir__', args, 0, 0);
    // module_dir: a module's own `__dir__` function (PEP 562) answers for it.
    if (self instanceof ModuleObject) {
      const dirFunc = self.dict?.get(rt.heap, '__dir__');
      if (dirFunc !== undefined) return call(rt, dirFunc, []);
    }
    return rt.listSteal(dirOf(rt, self, false));
  },
};
// An int or str subclass instance keeps its attributes on the box: object.__getstate__ reads them there.
takesBoxedSelf(objectMethods.__getstate__);

/**
 * type.__subclasses__() (type___subclasses___impl): the live subclasses,
 * oldest first; a builtin subclass is held as itself, any other through a
 * weak reference (a dead one is skipped).
 */
function subclassesOf(rt: Runtime, c: ClassObject): Value {
  const out: Value[] = [];
  if (c.subclasses !== null) {
    for (const [, wr] of c.subclasses.entries()) {
      const sub = wr instanceof WeakRef ? wr.target : wr instanceof ClassObject ? wr : null;
      if (sub !== null) out.push(rt.incref(sub));
    }
  }
  return rt.listSteal(out);
}

function asType(rt: Runtime, v: Value, what: string): ClassObject {
  if (v instanceof ClassObject) return v;
  throw descriptorMisuse(rt, what, 'type', v);
}

const typeMethods: Record<string, MethodImpl> = {
  __call__: (rt, self, args, kwargs) => instantiate(rt, asType(rt, self, '__call__'), args, kwargs),
  __init__(rt, _self, args, kwargs) {
    if (kwargs !== null && kwargs.length > 0 && args.length === 1) throw rt.typeError('type.__init__() takes no keyword arguments');
    if (args.length !== 1 && args.length !== 3) throw rt.typeError('type.__init__() takes 1 or 3 arguments');
    return null;
  },
  mro: (rt, self) => rt.heap.newList(asType(rt, self, 'mro').mro),
  /** type_repr: `<class 'module.qualname'>`, whatever __repr__ a metaclass adds (super().__repr__() reaches it). */
  __repr__(rt, self, args) {
    arity(rt, '__repr__', args, 0, 0);
    return `<class '${className(asType(rt, self, '__repr__'))}'>`;
  },
  __subclasses__(rt, self, args) {
    const c = asType(rt, self, '__subclasses__');
    // METH_NOARGS, named by meth_get__qualname__: a method bound to a type is `Type.name`.
    if (args.length > 0) throw rt.typeError(`${c.qualname}.__subclasses__() takes no arguments (${args.length} given)`);
    return subclassesOf(rt, c);
  },
  __prepare__: (rt) => rt.heap.newDict(),
  __instancecheck__(rt, self, args) {
    arity(rt, '__instancecheck__', args, 1, 1);
    return rt.typeOf(args[0]).isSubclassOf(asType(rt, self, '__instancecheck__'));
  },
  __subclasscheck__(rt, self, args) {
    arity(rt, '__subclasscheck__', args, 1, 1);
    const sub = args[0];
    if (!(sub instanceof ClassObject)) throw rt.typeError('issubclass() arg 1 must be a class');
    return sub.isSubclassOf(asType(rt, self, '__subclasscheck__'));
  },
  __getattribute__(rt, self, args) {
    arity(rt, '__getattribute__', args, 1, 1);
    const c = asType(rt, self, '__getattribute__');
    const name = attributeName(rt, args[0]);
    const r = typeGetAttr(rt, c, name);
    if (r === undefined) throw attributeError(rt, c, name);
    return r;
  },
  __setattr__(rt, self, args) {
    arity(rt, '__setattr__', args, 2, 2);
    typeSetAttr(rt, asType(rt, self, '__setattr__'), attributeName(rt, args[0]), args[1]);
    return null;
  },
  __delattr__(rt, self, args) {
    arity(rt, '__delattr__', args, 1, 1);
    typeSetAttr(rt, asType(rt, self, '__delattr__'), attributeName(rt, args[0]), undefined);
    return null;
  },
  __dir__(rt, self, args) {
    arity(rt, '__dir__', args, 0, 0);
    return rt.listSteal(dirOf(rt, self, false));
  },
};

export function installDataModel(rt: Runtime): void {
  defineMethods(rt.types.get('object'), objectMethods);
  // type's slotdefs entries are wrapper_descriptors (type.__call__, type.__repr__, ...).
  const typeSlots = ['__call__', '__init__', '__repr__', '__getattribute__', '__setattr__', '__delattr__'];
  markSlotWrappers(Object.fromEntries(typeSlots.filter((n) => typeMethods[n] !== undefined).map((n) => [n, typeMethods[n]])));
  defineMethods(rt.types.get('type'), typeMethods);
  installProperty(rt);
  installMethodWrappers(rt);
  installMemberDescriptor(rt);
  installGetSetDescriptor(rt);
  installBuiltinAttrDescriptors(rt);
  installSuper(rt);
  installMethodDescriptors(rt);
  installGetSetTables(rt);
}

export { isAttributeError, isObject };
