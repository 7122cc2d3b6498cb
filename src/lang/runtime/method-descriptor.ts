/**
 * method_descriptor and wrapper_descriptor (Objects/descrobject.c): what
 * reading a builtin type's method through the type gives (`list.append`,
 * `dict.__repr__`, `object.__init__`). CPython makes one descriptor per
 * entry of the type's tp_methods and slotdefs when the type is readied and
 * stores it in the type's dict, so every read returns the same object:
 * `list.append is list.append`, `C.__init__ is object.__init__` for a class
 * without its own __init__ (pprint and typing.Protocol rely on this).
 *
 * Here the descriptor is made on first read and kept for the runtime's
 * lifetime in a table per defining class (builtin classes are immortal, so
 * the descriptor needs no reference to its class). Like CPython's static
 * descriptors of builtin types it is untracked and never dies.
 *
 *   repr       <method 'append' of 'list' objects>
 *              <slot wrapper '__repr__' of 'dict' objects>
 *   call       list.append(xs, 1): descr_check, then the method
 *   __get__    method_get: through an instance, a bound builtin method
 *              (a method-wrapper for a slot wrapper); through the class,
 *              the descriptor itself
 */
import { ClassObject, UNCOUNTED, type Value } from '../../heap';
import { bindBuiltin, defineGetters, defineMethods, type MethodImpl } from './attributes';
import { call } from './calls';
import { descriptorMisuse } from './descr-check';
import { defineDescriptorSlots } from './descriptors';
import { BuiltinFunction, type BuiltinImpl } from './native-objects';
import type { Runtime } from './runtime';
import { OBJECT_SLOT_WRAPPERS, isSlotWrapper, markSlotWrappers, selfFor } from './type-slots';

/** An unbound builtin method of a builtin type (PyMethodDescr_Type). */
export class MethodDescriptor extends BuiltinFunction {
  constructor(
    name: string,
    impl: BuiltinImpl,
    readonly owner: ClassObject,
    readonly method: MethodImpl,
  ) {
    super(name, impl, undefined, `${owner.name}.${name}`);
  }
  override get typeName(): string {
    return 'method_descriptor';
  }
  override get weakrefable(): boolean {
    return false;
  }
  /** The text repr() gives. */
  describeKind(): string {
    return 'method';
  }
}

/** An unbound slot wrapper of a builtin type (PyWrapperDescr_Type). */
export class SlotWrapperDescriptor extends MethodDescriptor {
  override get typeName(): string {
    return 'wrapper_descriptor';
  }
  override describeKind(): string {
    return 'slot wrapper';
  }
}

/**
 * A builtin classmethod as its type's __dict__ holds it (PyClassMethodDescr_Type:
 * `dict.__dict__['fromkeys']`); reading it through the type or an instance
 * binds it to the class.
 */
export class ClassMethodDescriptor extends MethodDescriptor {
  override get typeName(): string {
    return 'classmethod_descriptor';
  }
}

const classMethodTables = new WeakMap<ClassObject, Map<string, ClassMethodDescriptor>>();

/**
 * The classmethod_descriptor of builtin classmethod `m` of `cls` (borrowed:
 * the table owns it). Called, it takes the class first (classmethoddescr_call).
 */
export function classMethodDescriptor(rt: Runtime, cls: ClassObject, name: string, m: MethodImpl): ClassMethodDescriptor {
  let table = classMethodTables.get(cls);
  if (table === undefined) classMethodTables.set(cls, (table = new Map()));
  const known = table.get(name);
  if (known !== undefined && known.method === m) return known;
  const impl: BuiltinImpl = (args, kwargs) => {
    if (args.length === 0) throw rt.typeError(`descriptor '${name}' of '${cls.name}' object needs an argument`);
    // classmethoddescr_call checks its first argument as classmethod_get checks a type.
    const bound = classMethodGet(rt, d, undefined, args[0]);
    rt.decref(bound);
    return m(rt, args[0], args.slice(1), kwargs);
  };
  rt.heap.reserve();
  // Made when CPython readied the type: no count.
  const made = new ClassMethodDescriptor(name, impl, cls, m);
  made.flags |= UNCOUNTED;
  const d: ClassMethodDescriptor = rt.heap.register(made);
  if (known !== undefined) rt.decref(known);
  table.set(name, d);
  rt.internalObjects.add(d);
  return d;
}

/** classmethod_get: bound to `type`, or to obj's type, which must derive from the owner. */
function classMethodGet(rt: Runtime, d: ClassMethodDescriptor, obj: Value | undefined, type: Value | undefined): Value {
  let target = type;
  if (target === undefined || target === null) {
    if (obj === undefined || obj === null) {
      throw rt.typeError(`descriptor '${d.name}' for type '${d.owner.name}' needs either an object or a type`);
    }
    target = rt.typeOf(obj);
  }
  if (!(target instanceof ClassObject)) {
    throw rt.typeError(`descriptor '${d.name}' for type '${d.owner.name}' needs a type, not a '${rt.typeName(target)}' as arg 2`);
  }
  if (!target.isSubclassOf(d.owner)) {
    throw rt.typeError(`descriptor '${d.name}' requires a subtype of '${d.owner.name}' but received '${target.name}'`);
  }
  return bindBuiltin(rt, target, d.name, d.method);
}


const descriptorTables = new WeakMap<ClassObject, Map<string, MethodDescriptor>>();

/**
 * The descriptor of builtin method `m`, defined by builtin class `cls` as
 * `name` (borrowed: the table owns it; callers incref what they return).
 */
export function methodDescriptor(rt: Runtime, cls: ClassObject, name: string, m: MethodImpl): MethodDescriptor {
  let table = descriptorTables.get(cls);
  if (table === undefined) descriptorTables.set(cls, (table = new Map()));
  const known = table.get(name);
  if (known !== undefined && known.method === m) return known;
  const slot = isSlotWrapper(m) || (cls === rt.types.get('object') && OBJECT_SLOT_WRAPPERS.has(name));
  // method_vectorcall_* / wrapperdescr_call: their own messages for a missing or foreign self.
  const impl: BuiltinImpl = (args, kwargs) => {
    if (args.length === 0) {
      throw rt.typeError(slot ? `descriptor '${name}' of '${cls.name}' object needs an argument` : `unbound method ${cls.name}.${name}() needs an argument`);
    }
    if (!rt.typeOf(args[0]).isSubclassOf(cls)) {
      if (slot) throw rt.typeError(`descriptor '${name}' requires a '${cls.name}' object but received a '${rt.typeName(args[0])}'`);
      throw descriptorMisuse(rt, name, cls.name, args[0]);
    }
    return m(rt, selfFor(m, args[0]), args.slice(1), kwargs);
  };
  const Kind = slot ? SlotWrapperDescriptor : MethodDescriptor;
  rt.heap.reserve();
  // CPython made it when the type was readied (add_methods/add_operators), before the program: no count.
  const made = new Kind(name, impl, cls, m);
  made.flags |= UNCOUNTED;
  const d = rt.heap.register(made);
  // Static: untracked and never released (the table keeps its one reference).
  if (known !== undefined) rt.decref(known);
  table.set(name, d);
  rt.internalObjects.add(d);
  return d;
}

/** method_get / wrapperdescr_get: bind through an instance, the descriptor itself through the class. */
function descriptorGet(rt: Runtime, d: MethodDescriptor, obj: Value | undefined): Value {
  if (obj === undefined || obj === null) return rt.incref(d);
  if (!rt.typeOf(obj).isSubclassOf(d.owner)) throw descriptorMisuse(rt, d.name, d.owner.name, obj);
  return bindBuiltin(rt, obj, d.name, d.method);
}

/** The two descriptor types and their slots (__get__, __objclass__). */
export function installMethodDescriptors(rt: Runtime): void {
  const object = rt.types.get('object');
  for (const [typeName, ctor] of [
    ['method_descriptor', MethodDescriptor],
    ['wrapper_descriptor', SlotWrapperDescriptor],
  ] as const) {
    const cls = rt.types.make(typeName, [object], 'builtins');
    rt.setFixedType(ctor, cls);
    defineDescriptorSlots(cls, { get: (rt2, d, obj) => descriptorGet(rt2, d as MethodDescriptor, obj) });
    defineGetters(cls, { __objclass__: (rt2, self) => rt2.incref((self as MethodDescriptor).owner) });
    defineMethods(cls, {
      // methoddescr_call / wrapperdescr_call's slot wrapper.
      ...markSlotWrappers({ __call__: (rt2, self, args, kwargs) => call(rt2, self, args, kwargs) }),
      __get__(rt2, self, args) {
        if (args.length < 1) throw rt2.typeError(` expected at least 1 argument, got ${args.length}`);
        if (args.length > 2) throw rt2.typeError(` expected at most 2 arguments, got ${args.length}`);
        return descriptorGet(rt2, self as MethodDescriptor, args[0]);
      },
    });
  }
  const cm = rt.types.make('classmethod_descriptor', [object], 'builtins');
  rt.setFixedType(ClassMethodDescriptor, cm);
  defineDescriptorSlots(cm, { get: (rt2, d, obj, type) => classMethodGet(rt2, d as ClassMethodDescriptor, obj, type) });
  defineGetters(cm, { __objclass__: (rt2, self) => rt2.incref((self as MethodDescriptor).owner) });
  defineMethods(cm, {
    ...markSlotWrappers({ __call__: (rt2, self, args, kwargs) => call(rt2, self, args, kwargs) }),
    __get__(rt2, self, args) {
      if (args.length < 1) throw rt2.typeError(` expected at least 1 argument, got ${args.length}`);
      if (args.length > 2) throw rt2.typeError(` expected at most 2 arguments, got ${args.length}`);
      // wrap_descr_get: None for either means absent, and one must be given.
      const obj = args[0] === null ? undefined : args[0];
      const type = args.length < 2 || args[1] === null ? undefined : args[1];
      if (obj === undefined && type === undefined) throw rt2.typeError('__get__(None, None) is invalid');
      return classMethodGet(rt2, self as ClassMethodDescriptor, obj, type);
    },
  });
}
