/**
 * Attribute access (PyObject_GenericGetAttr, type_getattro,
 * PyObject_GenericSetAttr) for instances, classes, functions, bound
 * methods, weakrefs, proxies and modules, plus the builtin method tables
 * (`[].append`, `{}.get`, ...). Reading a function through an instance
 * makes a fresh bound method each time, as in CPython.
 */
import { SubclassRef } from './ref-subclass';
import type { PyException } from '../../heap';
import { NO_FREE_LIST, UNCOUNTED, asStartupWork, tupleAllocSlot, tupleFreeSlot } from '../../heap';
import { getExceptionField, setExceptionField } from './exception-fields';
import { setAttributeErrorContext } from './attribute-error-context';
import { newMappingProxy } from './types/mappingproxy-type';
import {
  BoundMethod,
  ClassObject,
  DictObject,
  Instance,
  TupleObject,
  WeakrefBase,
  isObject,
  type Value,
} from '../../heap';
import { isExceptionGroup } from './exception-group';
import { WeakProxy } from '../../weakref/reference-type';
import { WeakContainer } from '../../weakref/weak-container';
import { classModule, isBuiltinClass } from './builtin-types';
import { FunctionObject, ModuleObject, bindsAsMethod } from './function-object';
import { cFunctionGetAttr, cFunctionSetAttr } from './c-function-attributes';
import { BuiltinFunction, ExceptionObject, SuperObject, TracebackObject, type BuiltinImpl, type RefHolder } from './native-objects';
import { superGetAttr } from './super-type';
import { CodeObject } from './code-object';
import { codeInfoOf } from './function-new';
import { builtinFunctionDoc, builtinFunctionModule, builtinFunctionSelf, builtinFunctionQualname, builtinFunctionTextSignature, typeTextSignature } from './docstrings';
import type { Runtime } from './runtime';
import { materializeInstanceDict, newInstanceDict } from './instance-dict';
import { builtinPacksArguments, call, findConstructor, inheritedNewFunction } from './calls';
import { descrGet } from './descriptors';
import { setAbstractFlag } from './abstract-classes';
import { classAttributeGet, dataDescriptorGet, dataDescriptorSet, hookedGetAttr, hookedSetAttr, isAttributeError, swallow } from './generic-getattr';
import { typeNewFunction } from './type-new';
import { setBases } from './type-set-bases';
import { typeSizes, type TypeSizes } from './type-sizes';
import { OBJECT_SLOT_WRAPPERS, inheritSlots, isSlotWrapper, selfFor, unbox, unhashable, type TypeSlots } from './type-slots';
import { toArray } from './operators';
import { classMethodDescriptor, methodDescriptor } from './method-descriptor';
import { wrapMethod } from './method-wrappers';
import { builtinAttrDescriptor } from './builtin-attr-descriptor';

export type MethodImpl = (rt: Runtime, self: Value, args: Value[], kwargs: Array<[string, Value]> | null) => Value;

/** Builtin methods per builtin class (list.append, dict.get, ...). */
const methodTables = new WeakMap<ClassObject, Map<string, MethodImpl>>();

export function defineMethods(cls: ClassObject, methods: Record<string, MethodImpl>): void {
  let t = methodTables.get(cls);
  if (t === undefined) methodTables.set(cls, (t = new Map()));
  for (const [k, f] of Object.entries(methods)) t.set(k, f);
  markNative(cls);
}

/** The builtin's own native names stop an MRO lookup at it (ClassObject.nativeNames). */
function markNative(cls: ClassObject): void {
  if (cls.nativeNames !== null) return;
  cls.nativeNames = {
    has: (name: string) =>
      methodTables.get(cls)?.has(name) === true ||
      getterTables.get(cls)?.has(name) === true ||
      extraNativeNames.get(cls)?.has(name) === true ||
      descriptorKinds.get(cls)?.has(name) === true,
  };
}
const extraNativeNames = new WeakMap<ClassObject, Set<string>>();

/**
 * Names a builtin type's namespace defines that gclab implements by its own
 * dispatch rather than a method table (BaseException's __str__/__repr__):
 * they too stop an MRO lookup at the type.
 */
export function declareNativeNames(cls: ClassObject, names: readonly string[]): void {
  let t = extraNativeNames.get(cls);
  if (t === undefined) extraNativeNames.set(cls, (t = new Set()));
  for (const n of names) t.add(n);
  markNative(cls);
}

/** The kind of descriptor a builtin type's tp_members or tp_getset entry becomes in its namespace. */
export type AttrDescriptorKind = 'member' | 'getset';

/** Per builtin class, its tp_members then tp_getset names in declaration order (add_members, add_getset). */
const descriptorKinds = new WeakMap<ClassObject, Map<string, AttrDescriptorKind>>();

/**
 * Declare a builtin type's PyMemberDef and PyGetSetDef tables: the names
 * type_ready puts in its namespace as member_descriptor and
 * getset_descriptor objects (`int.__dict__['real']`, `property.fget`).
 * Reading one through an instance is the type's getter (its getter table,
 * or the attribute dispatch that answers the name for its objects); the
 * descriptor object itself is made on first read
 * (builtin-attr-descriptor.ts). Members come first in the namespace, as
 * type_add_members runs before type_add_getset.
 */
export function declareGetSets(cls: ClassObject, table: { members?: readonly string[]; getsets?: readonly string[] }): void {
  let t = descriptorKinds.get(cls);
  if (t === undefined) descriptorKinds.set(cls, (t = new Map()));
  for (const n of table.members ?? []) if (!t.has(n)) t.set(n, 'member');
  for (const n of table.getsets ?? []) if (!t.has(n)) t.set(n, 'getset');
  markNative(cls);
}

/** The member/getset names `cls` itself declares, in namespace order, with their kinds. */
export function declaredGetSets(cls: ClassObject): ReadonlyMap<string, AttrDescriptorKind> | undefined {
  return descriptorKinds.get(cls);
}

/** The native getter `cls` itself defines for `name` (its getter table's entry), if any. */
export function ownGetter(cls: ClassObject, name: string): Getter | undefined {
  return getterTables.get(cls)?.get(name);
}

/** A builtin method defined on exactly `cls` (not its bases). */
export function builtinMethodOf(cls: ClassObject, name: string): MethodImpl | undefined {
  return methodTables.get(cls)?.get(name);
}

/** The names a builtin class defines itself, as its methods and native getters (for dir()). */
export function builtinOwnNames(cls: ClassObject): string[] {
  return [...(methodTables.get(cls)?.keys() ?? []), ...(getterTables.get(cls)?.keys() ?? []), ...(descriptorKinds.get(cls)?.keys() ?? [])];
}

/** A builtin method of `v`'s type, if any. */
export function findBuiltinMethod(rt: Runtime, v: Value, name: string): MethodImpl | undefined {
  for (const c of rt.typeOf(v).mro) {
    const m = methodTables.get(c)?.get(name);
    if (m !== undefined) return m;
  }
  return undefined;
}

/** Native getters per class: attributes computed from the object (e.g. `finalize.alive`). */
export type Getter = (rt: Runtime, self: Value) => Value;
const getterTables = new WeakMap<ClassObject, Map<string, Getter>>();
export function defineGetters(cls: ClassObject, getters: Record<string, Getter>): void {
  let t = getterTables.get(cls);
  if (t === undefined) getterTables.set(cls, (t = new Map()));
  for (const [k, f] of Object.entries(getters)) t.set(k, f);
  markNative(cls);
}
function findGetter(rt: Runtime, v: Value, name: string): Getter | undefined {
  for (const c of rt.typeOf(v).mro) {
    const g = getterTables.get(c)?.get(name);
    if (g !== undefined) return g;
  }
  return undefined;
}

/** Native setters (e.g. `finalize.atexit = False`). */
export type Setter = (rt: Runtime, self: Value, v: Value) => void;
const setterTables = new WeakMap<ClassObject, Map<string, Setter>>();
/** Setters that also take a deletion (a getset setter called with NULL): `del obj.name` calls them with undefined. */
const deleterTables = new WeakMap<ClassObject, Map<string, Setter>>();
/**
 * Native setters of a builtin type's attributes. With `deletes`, `del
 * obj.name` calls the setter with undefined (as CPython calls a getset's
 * setter with NULL, which decides what deletion means: gen_set_name's
 * TypeError); without, deleting says the attribute is not writable.
 */
export function defineSetters(cls: ClassObject, setters: Record<string, Setter>, deletes = false): void {
  let t = setterTables.get(cls);
  if (t === undefined) setterTables.set(cls, (t = new Map()));
  for (const [k, f] of Object.entries(setters)) t.set(k, f);
  if (deletes) {
    let d = deleterTables.get(cls);
    if (d === undefined) deleterTables.set(cls, (d = new Map()));
    for (const [k, f] of Object.entries(setters)) d.set(k, f);
  }
}

/** `str.lower`: the type's method descriptor, the same object at every read (a new reference). */
function unboundBuiltin(rt: Runtime, cls: ClassObject, name: string, m: MethodImpl): BuiltinFunction {
  return rt.incref(methodDescriptor(rt, cls, name, m));
}

export function bindBuiltin(rt: Runtime, self: Value, name: string, m: MethodImpl): BuiltinFunction {
  const impl: BuiltinImpl = (args, kwargs, s) => m(rt, selfFor(m, s as Value), args, kwargs);
  // The qualname names the class that defines the method (`dict.update` on a dict subclass too),
  // which keys its docstring and signature: a class method bound to a class (`dict.fromkeys`,
  // `list.__init_subclass__`) is found in that class's MRO, before its metaclass's.
  let cls = rt.typeOf(self);
  const owners = self instanceof ClassObject ? [...self.mro, ...cls.mro] : cls.mro;
  for (const c of owners) {
    if (methodTables.get(c)?.get(name) === m) {
      cls = c;
      break;
    }
  }
  rt.heap.reserve();
  rt.heap.incref(self);
  const bound = new BuiltinFunction(name, impl, self, `${cls.name}.${name}`);
  // obj.method(...) on a builtin object: CPython's LOAD_METHOD calls the
  // method descriptor with obj, making no bound method (getMethodForCall).
  if (rt.loadingMethod) {
    rt.loadingMethod = false;
    bound.flags |= UNCOUNTED;
  }
  const f = rt.heap.register(bound);
  // object's slot wrappers (__init__, __eq__, ...) bind as method-wrapper objects.
  f.wrapper = name.startsWith('__') && name.endsWith('__') && (isSlotWrapper(m) || (OBJECT_SLOT_WRAPPERS.has(name) && builtinMethodOf(rt.types.get('object'), name) === m));
  rt.heap.track(f);
  return f;
}

function attributeError(rt: Runtime, v: Value, name: string): PyException {
  if (v instanceof ClassObject) return rt.error('AttributeError', `type object '${v.name}' has no attribute '${name}'`);
  if (v instanceof ModuleObject) return rt.error('AttributeError', `module '${v.name}' has no attribute '${name}'`);
  return rt.error('AttributeError', `'${rt.typeName(v)}' object has no attribute '${name}'`);
}

/** PyObject_GetAttr's own failure: the AttributeError, with set_attribute_error_context's name and obj (the interpreter's super() fast path raises it too). */
export function getAttrError(rt: Runtime, v: Value, name: string): PyException {
  const e = attributeError(rt, v, name);
  setAttributeErrorContext(rt, e, v, name);
  return e;
}

/** The __dict__ of a staticmethod or classmethod object (sm_dict), if it has one (borrowed). */
function methodWrapperDict(v: Value): DictObject | null {
  if (!isObject(v) || (v.typeName !== 'staticmethod' && v.typeName !== 'classmethod')) return null;
  const d = (v as RefHolder).refs[1];
  return d instanceof DictObject ? d : null;
}

/** getattr(v, name): a new reference; AttributeError when missing. */
export function getAttr(rt: Runtime, v: Value, name: string): Value {
  if (v instanceof WeakProxy) v = rt.unwrapProxy(v);
  let r: Value | undefined;
  try {
    r = getAttrOrUndefined(rt, v, name);
  } catch (e) {
    // An AttributeError raised by Python code (a property, __getattr__, a slot) gets the context too.
    if (isAttributeError(rt, e)) setAttributeErrorContext(rt, e, v instanceof BoundMethod && !METHOD_TYPE_ATTRIBUTES.has(name) ? v.func : v, name);
    throw e;
  }
  if (r === undefined) {
    // method_getattro's last step is the function's own lookup, whose error it is
    if (v instanceof BoundMethod && !METHOD_TYPE_ATTRIBUTES.has(name)) throw getAttrError(rt, v.func, name);
    throw getAttrError(rt, v, name);
  }
  return r;
}

/** Descriptor binding of a class attribute read through an instance. */
function bindClassAttr(rt: Runtime, attr: Value, self: Value): Value {
  if (bindsAsMethod(attr)) return rt.heap.newBoundMethod(attr, self);
  return rt.incref(attr);
}

/**
 * _PyObject_LookupAttr: the attribute, or undefined when it is missing --
 * including when Python code (a property, __getattr__) raised
 * AttributeError, which is swallowed. Other exceptions propagate.
 */
export function lookupAttr(rt: Runtime, v: Value, name: string): Value | undefined {
  try {
    const r = getAttrOrUndefined(rt, v, name);
    // A module is no PyObject_GenericGetAttr type: _PyObject_LookupAttr calls
    // PyObject_GetAttr, whose set_attribute_error_context normalizes
    // module_getattro's AttributeError before it is cleared here.
    if (r === undefined && v instanceof ModuleObject && !v.dict?.has(rt.heap, '__getattr__')) moduleGenericMissCleared(rt);
    return r;
  } catch (e) {
    if (!isAttributeError(rt, e)) throw e;
    swallow(rt, e);
    return undefined;
  }
}

/** The attributes of the method type itself (and object's): never looked up on the function. */
const METHOD_TYPE_ATTRIBUTES = new Set([
  '__call__', '__get__', '__repr__', '__str__', '__hash__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__',
  '__ge__', '__reduce__', '__reduce_ex__', '__getattribute__', '__setattr__', '__delattr__', '__init__',
  '__new__', '__dir__', '__format__', '__sizeof__', '__subclasshook__', '__init_subclass__', '__class__',
]);

export function getAttrOrUndefined(rt: Runtime, v: Value, name: string): Value | undefined {
  if (v instanceof WeakProxy) return getAttrOrUndefined(rt, rt.unwrapProxy(v), name);
  // An instance of a subclass of super looks up through super_getattro.
  if (v instanceof SuperObject) return superGetAttr(rt, v, name);
  if (v instanceof Instance) return hookedGetAttr(rt, v, v.cls, name, genericGetAttr);
  if (v instanceof ClassObject) return hookedGetAttr(rt, v, rt.typeOf(v), name, typeGetAttr);
  if (v instanceof FunctionObject && v.cFunction !== null) {
    const own = cFunctionGetAttr(rt, v, name);
    if (own !== undefined) return own;
  } else if (v instanceof FunctionObject) {
    switch (name) {
      case '__name__':
        return v.name;
      case '__qualname__':
        return v.qualname;
      case '__class__':
        return rt.incref(rt.typeOf(v));
      case '__module__':
        return rt.incref(v.module);
      case '__doc__':
        return rt.incref(v.doc);
      case '__globals__':
        return v.globals === null ? null : rt.incref(v.globals);
      case '__builtins__': {
        // func_builtins (_PyEval_BuiltinsFromGlobals): the globals' __builtins__
        // (a module's dict), else the builtins module's dict.
        let b = v.globals instanceof DictObject ? v.globals.get(rt.heap, '__builtins__') : undefined;
        if (b instanceof ModuleObject) b = b.dict ?? undefined;
        if (b === undefined) {
          const mods = rt.sysDict?.get(rt.heap, 'modules');
          const m = mods instanceof DictObject ? mods.get(rt.heap, 'builtins') : undefined;
          b = m instanceof ModuleObject ? (m.dict ?? undefined) : undefined;
        }
        return b === undefined ? null : rt.incref(b);
      }
      case '__code__':
        if (v.code.codeObject !== undefined) return rt.incref(v.code.codeObject);
        return rt.evaluator.codeObjectFor(v.code.scope, v.code.qualname, v.code.filename, v.code.firstLineno);
      case '__defaults__':
        if (v.defaultsTuple !== null) return rt.incref(v.defaultsTuple);
        return v.defaults.length ? rt.newTuple(v.defaults) : null;
      case '__kwdefaults__': {
        if (v.kwdefaults.size === 0) return null;
        const d = rt.heap.newDict();
        for (const [k, x] of v.kwdefaults) d.set(rt.heap, k, x);
        return d;
      }
      case '__closure__':
        return rt.incref(v.closureTuple);
      case '__annotations__':
        // func_get_annotations: an empty dict is made (and kept) on first read.
        v.annotations ??= rt.heap.newDict();
        if (v.annotations instanceof TupleObject) {
          // func_get_annotations: the (name, value, ...) tuple becomes the dict, once.
          const t = v.annotations;
          const d = rt.heap.newDict();
          for (let i = 0; i + 1 < t.items.length; i += 2) d.set(rt.heap, t.items[i] as string, t.items[i + 1]);
          v.annotations = d;
          rt.decref(t);
        }
        return rt.incref(v.annotations);
      case '__dict__':
        return rt.incref(functionDict(rt, v));
    }
    const x = v.dict?.get(rt.heap, name);
    if (x !== undefined) return rt.incref(x);
  } else if (v instanceof BoundMethod) {
    if (name === '__self__') return rt.incref(v.self);
    if (name === '__func__') return rt.incref(v.func);
    if (name === '__class__') return rt.incref(rt.typeOf(v));
    // method_getattro: what the method type does not define comes from the
    // function (__doc__, __module__, attributes decorators set on it, ...)
    if (!METHOD_TYPE_ATTRIBUTES.has(name)) {
      const viaFunc = getAttrOrUndefined(rt, v.func, name);
      if (viaFunc !== undefined) return viaFunc;
    }
  } else if (v instanceof BuiltinFunction) {
    if (name === '__name__') return v.name;
    if (name === '__qualname__') return builtinFunctionQualname(rt, v);
    if (name === '__doc__') return builtinFunctionDoc(v);
    if (name === '__text_signature__') return builtinFunctionTextSignature(v);
    if (name === '__module__') return builtinFunctionModule(v);
    if (name === '__self__') return builtinFunctionSelf(rt, v);
    if (name === '__class__') return rt.incref(rt.typeOf(v));
  } else if (v instanceof ModuleObject) {
    return hookedGetAttr(rt, v, rt.typeOf(v), name, moduleGetAttr);
  } else if (v instanceof WeakrefBase) {
    if (name === '__callback__') return v.callback === undefined ? null : rt.incref(v.callback);
    if (v instanceof SubclassRef) {
      if (name === '__class__') return rt.incref(v.cls);
      if (name === '__dict__' && v.cls.instanceHasDict) return rt.incref(v.materializeDict(rt.heap));
      if (name === '__weakref__' && v.cls.instanceWeakrefable) return rt.incref(v.weaklist ?? null);
      const own = v.getAttr(name);
      if (own !== undefined) return rt.incref(own);
      const a = v.cls.lookup(name);
      if (a !== undefined) return bindClassAttr(rt, a, v);
    }
  }
  const getattro = rt.slotsOf(v).tp_getattro;
  if (getattro !== undefined) {
    const r = getattro(rt, v, name);
    if (r !== undefined) return r;
  }
  if (name === '__class__') return rt.incref(rt.typeOf(v));
  const g = findGetter(rt, v, name);
  if (g !== undefined) return g(rt, unbox(v));
  const wrapperDict = methodWrapperDict(v);
  if (wrapperDict !== null) {
    const x = wrapperDict.get(rt.heap, name);
    if (x !== undefined) return rt.incref(x);
  }
  if (v instanceof WeakContainer) {
    // The weak containers are instances of Python classes in CPython: an instance __dict__.
    if (name === '__dict__') return newInstanceDict(rt, v);
    const own = v.getAttr(name);
    if (own !== undefined) return rt.incref(own);
  }
  const m = findBuiltinMethod(rt, v, name);
  if (m !== undefined) return bindBuiltin(rt, BUILTIN_CLASS_METHODS.has(name) ? rt.typeOf(v) : v, name, m);
  if (name === '__doc__') {
    // A builtin value's __doc__ is its type's (the "__doc__" entry of the type's namespace).
    const doc = rt.typeOf(v).lookup('__doc__');
    if (doc !== undefined) return rt.incref(doc);
  }
  // tp_new's __new__ (a staticmethod-like builtin in the type's dict) read through a value:
  // None.__new__ is type(None).__new__ (enum's _find_new_ reads it so).
  if (name === '__new__') return typeGetAttr(rt, rt.typeOf(v), name);
  return undefined;
}

/**
 * Whether `getAttr(rt, v, name)` of an instance `v` of `cls` returns the
 * instance's own attribute when it has one, having run no code and read
 * nothing else: no __getattribute__ or __getattr__ hook (hookedGetAttr),
 * a name genericGetAttr does not answer first, and no data descriptor of
 * that name on the type (a function or a non-object cannot be one). Valid
 * while ClassObject.lookupVersion() is unchanged; the compiled evaluator's
 * attribute sites cache it per class (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE
 * specialisation). Keep it in step with hookedGetAttr and genericGetAttr.
 */
export function ownAttrReadFirst(cls: ClassObject, name: string): boolean {
  if (name === '__class__' || name === '__dict__' || name === '__weakref__') return false;
  // super_getattro walks the MRO of __self_class__ first.
  if (cls.mro.some((c) => c.name === 'super' && isBuiltinClass(c))) return false;
  if (cls.lookup('__getattribute__') !== undefined || cls.lookup('__getattr__') !== undefined) return false;
  const descr = cls.lookup(name);
  return descr === undefined || !isObject(descr) || descr instanceof FunctionObject;
}

/**
 * PyObject_GenericGetAttr for instances of classes: the type's data
 * descriptor, then the instance's own attributes (its __dict__ and the
 * exception fields), then the type's other attributes through their
 * __get__ (functions bind), then the builtin methods of the bases.
 */
export function genericGetAttr(rt: Runtime, v: Instance, name: string): Value | undefined {
  const cls = v.cls;
  // object's __class__ getset, unless a class of the MRO defines its own
  // (a property, as mocks and proxies do): that one is a data descriptor too.
  if (name === '__class__' && cls.lookup(name) === undefined) return rt.incref(cls);
  const descr = cls.lookup(name);
  if (descr !== undefined && isObject(descr) && !(descr instanceof FunctionObject)) {
    const d = dataDescriptorGet(rt, descr, v, cls);
    if (d !== undefined) return d;
  }
  if (name === '__dict__' && cls.instanceHasDict) return instanceDict(rt, v);
  if (name === '__weakref__' && cls.instanceWeakrefable) return rt.incref(v.weaklist ?? null);
  const own = v.getAttr(name);
  if (own !== undefined) return rt.incref(own);
  if (v instanceof ExceptionObject) {
    const e = excAttr(rt, v, name);
    if (e !== undefined) return e;
  }
  if (descr !== undefined) return classAttributeGet(rt, descr, v, cls);
  const g = findGetter(rt, v, name);
  if (g !== undefined) return g(rt, unbox(v));
  const m = findBuiltinMethod(rt, v, name);
  // A builtin classmethod read through an instance binds the instance's type.
  if (m !== undefined) return bindBuiltin(rt, BUILTIN_CLASS_METHODS.has(name) ? rt.typeOf(v) : v, name, m);
  // The inherited builtin tp_new's __new__, as the class answers it.
  if (name === '__new__') return typeGetAttr(rt, cls, name);
  return undefined;
}

/**
 * module_getattro: PyObject_GenericGetAttr over the module's type (a
 * ModuleType subclass's properties and methods too) with the namespace as
 * the instance __dict__, then the namespace's own `__getattr__` (PEP 562).
 */
export function moduleGetAttr(rt: Runtime, v: ModuleObject, name: string): Value | undefined {
  const cls = rt.typeOf(v);
  if (name === '__class__' && cls.lookup(name) === undefined) return rt.incref(cls);
  // The namespace is the instance dict of a subclass too (module has tp_dictoffset: no second __dict__).
  if (name === '__dict__') return v.dict === null ? null : rt.incref(v.dict);
  const descr = cls.lookup(name);
  if (descr !== undefined && isObject(descr) && !(descr instanceof FunctionObject)) {
    const d = dataDescriptorGet(rt, descr, v, cls);
    if (d !== undefined) return d;
  }
  const own = v.dict?.get(rt.heap, name);
  if (own !== undefined) return rt.incref(own);
  // gclab's native modules (gc, sys, weakref) keep their name outside the namespace.
  if (name === '__name__') return v.name;
  if (descr !== undefined) return classAttributeGet(rt, descr, v, cls);
  const g = findGetter(rt, v, name);
  if (g !== undefined) return g(rt, v);
  const m = findBuiltinMethod(rt, v, name);
  if (m !== undefined) return bindBuiltin(rt, BUILTIN_CLASS_METHODS.has(name) ? cls : v, name, m);
  // PyObject_GenericGetAttr's miss, normalized and cleared before the
  // namespace's __getattr__ is looked up (whether or not there is one).
  moduleGenericMissCleared(rt);
  const moduleGetattr = v.dict?.get(rt.heap, '__getattr__');
  if (moduleGetattr === undefined) return undefined;
  rt.incref(moduleGetattr);
  try {
    return call(rt, moduleGetattr, [name]);
  } finally {
    rt.decref(moduleGetattr);
  }
}

/**
 * An attribute a module lacks (and no module `__getattr__`): module_getattro
 * first asks PyObject_GenericGetAttr, whose miss set_attribute_error_context
 * normalizes (an AttributeError and its 1-tuple of arguments) before
 * module_getattro clears it and raises its own "module ... has no
 * attribute": the exception goes through PyObject_GC_Del, the tuple to its
 * free list. Neither object is built here.
 */
export function moduleGenericMissCleared(rt: Runtime): void {
  const heap = rt.heap;
  heap.phantomAlloc(tupleAllocSlot(1));
  heap.phantomAlloc(NO_FREE_LIST);
  heap.phantomFree(NO_FREE_LIST);
  heap.phantomFree(tupleFreeSlot(1));
}

/**
 * module's tp_setattro (PyObject_GenericSetAttr): a ModuleType subclass's
 * data descriptor, `__class__` (object_set_class), else the namespace.
 */
export function moduleSetAttr(rt: Runtime, v: ModuleObject, name: string, x: Value | undefined): void {
  if (name === '__class__') return setModuleClass(rt, v, x);
  if (name === '__dict__') throw rt.error('AttributeError', 'readonly attribute');
  if (v.cls !== null && dataDescriptorSet(rt, v.cls, v, name, x)) return;
  if (v.dict === null) throw attributeError(rt, v, name);
  if (x !== undefined) v.dict.set(rt.heap, name, x);
  else if (!v.dict.delete(rt.heap, name)) throw attributeError(rt, v, name);
}

/**
 * object_set_class on a module: allowed between `module` and its
 * subclasses (the one immutable type whose instances may change class),
 * when the new class adds no __slots__ of its own.
 */
function setModuleClass(rt: Runtime, v: ModuleObject, x: Value | undefined): void {
  if (x === undefined) throw rt.typeError(`can't delete __class__ attribute`);
  if (!(x instanceof ClassObject)) throw rt.typeError(`__class__ must be set to a class, not '${rt.typeName(x)}' object`);
  const module = rt.types.get('module');
  const old = rt.typeOf(v);
  if (!x.isSubclassOf(module) && (x.tag !== undefined || v.cls === null)) {
    throw rt.typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (!x.isSubclassOf(module) || x.slotNames.length !== old.slotNames.length) {
    throw rt.typeError(`__class__ assignment: '${x.name}' object layout differs from '${old.name}'`);
  }
  const prev = v.cls;
  v.cls = x === module ? null : rt.incref(x);
  if (prev !== null) rt.decref(prev);
}

/** Builtin methods that are classmethods (bound to the class, also when read through an instance or super()). */
export const BUILTIN_CLASS_METHODS: ReadonlySet<string> = new Set(['__init_subclass__', '__subclasshook__', '__prepare__', '__class_getitem__', 'fromkeys', 'fromhex', 'maketrans', 'from_bytes', '__getformat__']);

/**
 * type_getattro: the type's own fields (__name__, __mro__, ...), a data
 * descriptor of the metaclass, the class's MRO (descriptors get obj=NULL:
 * a function stays a function, a classmethod binds the class), then the
 * metaclass's attributes bound to the class, then the builtin methods of
 * the bases (unbound) and of the metaclass (bound).
 */
/** `C.__new__` when no class of the MRO defines one in Python: type.__new__ for metaclasses, else object.__new__. */
function builtinNewOf(rt: Runtime, c: ClassObject): Value {
  const type = rt.types.get('type');
  for (const k of c.mro) {
    if (k === type) return typeNewFunction(rt);
  }
  return inheritedNewFunction(rt, c);
}

export function typeGetAttr(rt: Runtime, c: ClassObject, name: string): Value | undefined {
  if (name === '__abstractmethods__') {
    // type_abstractmethods, a data descriptor of type's: the class's own
    // namespace entry, never a base's; `type` itself has none.
    const own = c === rt.types.get('type') ? undefined : c.dict.get(name);
    return own === undefined ? undefined : rt.incref(own);
  }
  const special = classAttr(rt, c, name);
  if (special !== undefined) return special;
  const meta = rt.typeOf(c);
  const metaAttr = meta.tag === undefined ? meta.lookup(name) : undefined;
  if (metaAttr !== undefined && isObject(metaAttr)) {
    const d = dataDescriptorGet(rt, metaAttr, c, meta);
    if (d !== undefined) return d;
  }
  const a = c.lookup(name);
  if (a !== undefined) {
    const got = descrGet(rt, a, undefined, c);
    return got === undefined ? rt.incref(a) : got;
  }
  // __new__ is a static method: the nearest builtin allocator of the MRO
  // (object.__new__ at the latest), found before the metaclass's own
  // __new__ as type_getattro finds the MRO's entry first.
  if (name === '__new__') return builtinNewOf(rt, c);
  // A builtin of the MRO that defines the name natively (its __dict__'s
  // slot wrapper or method descriptor) answers before the metaclass.
  for (const k of c.mro) {
    if (k.nativeNames === null || !k.nativeNames.has(name)) continue;
    const m = methodTables.get(k)?.get(name);
    if (m !== undefined) return BUILTIN_CLASS_METHODS.has(name) ? bindBuiltin(rt, c, name, m) : unboundBuiltin(rt, k, name, m);
    // A member or getset read through the class is the descriptor itself (member_get / getset_get with no instance).
    const kind = descriptorKinds.get(k)?.get(name);
    if (kind !== undefined) return rt.incref(builtinAttrDescriptor(rt, k, name, kind));
    break;
  }
  if (metaAttr !== undefined) return classAttributeGet(rt, metaAttr, c, meta);
  for (const k of c.mro) {
    const m = methodTables.get(k)?.get(name);
    if (m === undefined) continue;
    if (BUILTIN_CLASS_METHODS.has(name)) return bindBuiltin(rt, c, name, m);
    return unboundBuiltin(rt, k, name, m);
  }
  for (const k of meta.mro) {
    const m = methodTables.get(k)?.get(name);
    if (m !== undefined) return bindBuiltin(rt, c, name, m);
  }
  return undefined;
}

function classAttr(rt: Runtime, c: ClassObject, name: string): Value | undefined {
  switch (name) {
    case '__name__':
      return c.name;
    case '__qualname__':
      return c.qualname;
    case '__module__': {
      // type_module: a class statement's class answers its namespace's entry, whatever object it is.
      const m = c.tag === undefined ? c.dict.get('__module__') : undefined;
      return m !== undefined ? rt.incref(m) : classModule(c);
    }
    case '__text_signature__':
      return typeTextSignature(c);
    case '__basicsize__':
    case '__itemsize__':
    case '__flags__':
    case '__dictoffset__':
    case '__weakrefoffset__':
      return typeSizes(rt, c)?.[name.slice(2, -2) as keyof TypeSizes];
    case '__class__':
      // object's __class__ getset: the metaclass (Py_TYPE of the class).
      return rt.incref(rt.typeOf(c));
    case '__bases__':
      return c.basesTuple !== null ? rt.incref(c.basesTuple) : rt.newTuple(c.bases);
    case '__mro__':
      return c.mroTuple !== null ? rt.incref(c.mroTuple) : rt.newTuple(c.mro);
    case '__base__':
      // tp_base: the best base of a heap type; a builtin's first base (object's is None).
      return rt.incref(c.tpBase ?? c.bases[0] ?? null);
    case '__dict__':
      // type_dict: a read-only mappingproxy of the namespace.
      return newMappingProxy(rt, c);
    case '__annotations__': {
      // type_get_annotations: the class's own entry (not inherited); a class
      // without one gets an empty dict, stored in its namespace.
      const own = c.dict.get(name);
      if (own !== undefined) return rt.incref(own);
      if (c.tag !== undefined) return undefined;
      const d = rt.heap.newDict();
      c.setAttr(rt.heap, name, d);
      return d;
    }
  }
  return undefined;
}

/**
 * A builtin type's own namespace as its __dict__ shows it: the methods and
 * slot wrappers it defines itself (not its bases'), as method descriptors,
 * and `__hash__: None` for an unhashable type (PyObject_HashNotImplemented
 * in typeobject.c's add_operators). _collections_abc's _check_methods reads
 * these to answer isinstance(x, Iterable/Hashable/Sized/...) for builtins.
 */
/** A class's namespace as a new dict (its own entries, and a builtin's methods and getters). */
export function classNamespace(rt: Runtime, c: ClassObject): DictObject {
  const d = rt.heap.newDict();
  for (const [k, x] of c.dict) d.set(rt.heap, k, x);
  if (c.tag !== undefined) addBuiltinNamespace(rt, c, d);
  return d;
}

/** The staticmethod entries of builtin types' namespaces (str.__dict__['maketrans']), made at their first read and kept. */
const staticBuiltinEntries = new WeakMap<ClassObject, Map<string, Value>>();

/** The builtin methods that are METH_STATIC in CPython (they are reached like class methods, bound to the type). */
const STATIC_BUILTIN_METHODS: ReadonlySet<string> = new Set(['maketrans']);

function addBuiltinNamespace(rt: Runtime, c: ClassObject, d: DictObject): void {
  for (const [name, m] of methodTables.get(c) ?? []) {
    if (d.has(rt.heap, name)) continue;
    if (name === '__hash__' && (c.slotTable as TypeSlots | null)?.tp_hash === unhashable) {
      d.set(rt.heap, name, null);
      continue;
    }
    // A METH_STATIC entry (str.maketrans, bytes.maketrans) is a staticmethod
    // over the builtin bound to the type (add_methods: PyCFunction_NewEx(meth, type)).
    // Made once, as start-up work: CPython's tp_dict has held it since the type was readied.
    if (STATIC_BUILTIN_METHODS.has(name)) {
      let made = staticBuiltinEntries.get(c);
      if (made === undefined) staticBuiltinEntries.set(c, (made = new Map()));
      let sm = made.get(name);
      if (sm === undefined) {
        sm = asStartupWork(rt.heap, () => {
          const bound = bindBuiltin(rt, c, name, m);
          const w = wrapMethod(rt, 'staticmethod', bound);
          rt.decref(bound);
          return w;
        });
        made.set(name, sm);
      }
      d.set(rt.heap, name, sm);
      continue;
    }
    // A METH_CLASS entry is a classmethod_descriptor there (dict.__dict__['fromkeys']).
    const f = BUILTIN_CLASS_METHODS.has(name) ? rt.incref(classMethodDescriptor(rt, c, name, m)) : unboundBuiltin(rt, c, name, m);
    d.set(rt.heap, name, f);
    rt.decref(f);
  }
  // add_operators' add_tp_new_wrapper: a type that defines its own tp_new
  // (not one it inherits) has `__new__` in its namespace (int, str, object, bool, ...).
  if (!d.has(rt.heap, '__new__')) {
    const nf = inheritedNewFunction(rt, c);
    if (nf.refs[0] === c) d.set(rt.heap, '__new__', nf);
    rt.decref(nf);
  }
  // type_add_members, then type_add_getset: their descriptors are the entries (a `__doc__`
  // member or getset is the entry, tp_doc is then read by type.__doc__ only).
  for (const [name, kind] of descriptorKinds.get(c) ?? []) d.set(rt.heap, name, builtinAttrDescriptor(rt, c, name, kind));
}

function excAttr(rt: Runtime, e: ExceptionObject, name: string): Value | undefined {
  if (name === 'value' && e.cls.isSubclassOf(rt.types.get('StopIteration'))) {
    const args = e.exc[0] instanceof TupleObject ? e.exc[0].items : [];
    return rt.incref(args.length ? args[0] : null);
  }
  if (name === '__suppress_context__') return e.suppressContext;
  const field = getExceptionField(rt, e, name);
  if (field !== undefined) return field;
  const idx = ['args', '__traceback__', '__context__', '__cause__'].indexOf(name);
  if (idx < 0) return undefined;
  const x = e.exc[idx];
  if (x === undefined) return idx === 0 ? rt.newTuple([]) : null;
  return rt.incref(x);
}

/** obj.__dict__ of an instance: its dict, made on first use (see instance-dict.ts). */
function instanceDict(rt: Runtime, v: Instance): Value {
  return materializeInstanceDict(rt, v);
}

/** setattr(v, name, x) */
export function setAttr(rt: Runtime, v: Value, name: string, x: Value): void {
  // The common case first: a plain instance with a __dict__, no slots, no
  // __setattr__ and no data descriptor of that name.
  if (v instanceof Instance && v.constructor === Instance && plainInstanceStore(v.cls, name)) {
    v.setAttr(rt.heap, name, x);
    return;
  }
  storeAttr(rt, v, name, x);
}

/**
 * Whether setting `name` on a plain instance of `cls` (an Instance whose
 * constructor is Instance: not an exception) stores into the instance with
 * no code run: a class with a __dict__ for its instances, no __slots__, no
 * __setattr__ and no data descriptor of that name (genericSetAttr's
 * answer then). Valid while ClassObject.lookupVersion() is unchanged:
 * setAttr asks it on every store, the compiled evaluator's attribute-store
 * sites cache it per class (CPython 3.11's STORE_ATTR_INSTANCE_VALUE).
 */
export function plainInstanceStore(cls: ClassObject, name: string): boolean {
  if (cls.slotNames.length !== 0 || !cls.instanceHasDict || name === '__class__') return false;
  const d = cls.lookup(name);
  return (d === undefined || !isObject(d) || d instanceof FunctionObject) && cls.lookup('__setattr__') === undefined;
}

/** delattr(v, name) */
export function delAttr(rt: Runtime, v: Value, name: string): void {
  storeAttr(rt, v, name, undefined);
}

/** tp_setattro: store `x`, or delete when x is undefined. */
function storeAttr(rt: Runtime, v: Value, name: string, x: Value | undefined): void {
  if (v instanceof WeakProxy) return storeAttr(rt, rt.unwrapProxy(v), name, x);
  if (v instanceof Instance) return hookedSetAttr(rt, v, v.cls, name, x, genericSetAttr);
  if (v instanceof ClassObject) return hookedSetAttr(rt, v, rt.typeOf(v), name, x, typeSetAttr);
  if (v instanceof ModuleObject) return hookedSetAttr(rt, v, rt.typeOf(v), name, x, moduleSetAttr);
  // object.__class__ is a data descriptor every builtin type inherits (none overrides it).
  if (name === '__class__' && !(v instanceof SubclassRef) && !(v instanceof WeakContainer)) return setBuiltinClass(rt, x);
  if (v instanceof FunctionObject && v.cFunction !== null) return cFunctionSetAttr(rt, v, name, x);
  if (v instanceof FunctionObject) {
    // func_memberlist's READONLY members.
    if (name === '__closure__' || name === '__globals__' || name === '__builtins__') throw rt.error('AttributeError', 'readonly attribute');
    // func_set_name / func_set_qualname: a str, never deleted.
    if (name === '__name__' || name === '__qualname__') {
      if (typeof x !== 'string') throw rt.typeError(`${name} must be set to a string object`);
      if (name === '__name__') v.name = x;
      else v.qualname = x;
      return;
    }
    if (x === undefined) return deleteOther(rt, v, name);
  }
  if (x === undefined) return deleteOther(rt, v, name);
  if (v instanceof FunctionObject) {
    if (name === '__code__') {
      // func_set_code: the closure must match the new code's free variables.
      if (!(x instanceof CodeObject)) throw rt.typeError('__code__ must be set to a code object');
      const nclosure = v.closure.length;
      if (x.freevars.length !== nclosure) {
        throw rt.error('ValueError', `${v.name}() requires a code object with ${nclosure} free vars, not ${x.freevars.length}`);
      }
      v.code = codeInfoOf(rt, x);
      return;
    }
    if (name === '__defaults__') {
      // func_set_defaults: a tuple or None replaces the defaults (new ones taken, old ones released).
      if (x !== null && !(x instanceof TupleObject)) throw rt.typeError('__defaults__ must be set to a tuple object');
      // The tuple itself is kept (func_set_defaults).
      const old = v.defaults;
      const oldTuple = v.defaultsTuple;
      if (x === null) {
        v.defaults = [];
        v.defaultsTuple = null;
      } else {
        v.defaultsTuple = rt.incref(x);
        v.defaults = x.items;
      }
      if (oldTuple !== null) rt.decref(oldTuple);
      else for (const o of old) rt.decref(o);
      return;
    }
    if (name === '__kwdefaults__') {
      if (x !== null && !(x instanceof DictObject)) throw rt.typeError('__kwdefaults__ must be set to a dict object');
      const m = new Map<string, Value>();
      if (x !== null) for (const [k, val] of x.entries()) if (typeof k === 'string') m.set(k, rt.incref(val));
      const old = v.kwdefaults;
      v.kwdefaults = m;
      for (const o of old.values()) rt.decref(o);
      return;
    }
    if (name === '__annotations__') {
      if (!(x instanceof DictObject) && x !== null) throw rt.typeError('__annotations__ must be set to a dict object');
      const old = v.annotations;
      v.annotations = x === null ? null : rt.incref(x);
      if (old !== null) rt.decref(old);
      return;
    }
    if (name === '__module__' || name === '__doc__') {
      rt.heap.incref(x);
      const old = name === '__module__' ? v.module : v.doc;
      if (name === '__module__') v.module = x;
      else v.doc = x;
      rt.heap.decref(old);
      return;
    }
    if (name === '__dict__') {
      if (!(x instanceof DictObject)) throw rt.typeError(`__dict__ must be set to a dictionary, not a '${rt.typeName(x)}'`);
      rt.heap.incref(x);
      const old = v.dict;
      v.dict = x;
      if (old !== null) rt.heap.decref(old);
      return;
    }
    functionDict(rt, v).set(rt.heap, name, x);
    return;
  }
  if (v instanceof ModuleObject && v.dict !== null) {
    v.dict.set(rt.heap, name, x);
    return;
  }
  if (v instanceof WeakrefBase && name === '__callback__') throw rt.error('AttributeError', 'readonly attribute');
  if (v instanceof SubclassRef) {
    if (name === '__dict__' && v.cls.instanceHasDict) {
      if (!(x instanceof DictObject)) throw rt.typeError(`__dict__ must be set to a dictionary, not a '${rt.typeName(x)}'`);
      rt.incref(x);
      const old = v.dict;
      v.dict = x;
      rt.decref(old ?? undefined);
      return;
    }
    if (!v.cls.instanceHasDict && !v.cls.slotNames.includes(name)) throw attributeError(rt, v, name);
    v.setAttr(rt.heap, name, x);
    return;
  }
  if (v instanceof WeakContainer) return weakContainerSetAttr(rt, v, name, x);
  if (isObject(v) && (v.typeName === 'staticmethod' || v.typeName === 'classmethod') && name !== '__func__' && name !== '__wrapped__' && name !== '__isabstractmethod__') {
    // sm_dict / cm_dict: made at the first attribute (staticmethod() made it already).
    const w = v as RefHolder;
    if (!(w.refs[1] instanceof DictObject)) w.refs[1] = rt.heap.newDict();
    (w.refs[1] as DictObject).set(rt.heap, name, x);
    return;
  }
  for (const c of rt.typeOf(v).mro) {
    const s = setterTables.get(c)?.get(name);
    if (s !== undefined) return s(rt, v, x);
  }
  throw builtinAttributeNotWritable(rt, v, name);
}

/** Raise when the nearest builtin type of v's class with readonlyMembers has `name` as a member or setter-less getset. */
function checkBuiltinDataDescriptor(rt: Runtime, v: Value, name: string): void {
  for (const c of rt.typeOf(v).mro) {
    // A class before the builtin that defines the name itself decides (_PyType_Lookup's first hit).
    if (c.dict.has(name)) return;
    const members = rt.typeTable.get(c)?.readonlyMembers;
    if (members === undefined) continue;
    if (members.includes(name)) throw rt.error('AttributeError', 'readonly attribute');
    if (findGetter(rt, v, name) !== undefined) throw rt.error('AttributeError', `attribute '${name}' of '${c === rt.typeOf(v) ? rt.typeName(v) : (c.tpName ?? c.name)}' objects is not writable`);
    return;
  }
}

/**
 * PyObject_GenericSetAttr's error on a builtin object without a __dict__
 * (setting or deleting): a READONLY member is "readonly attribute", a
 * getset without a setter "attribute 'x' of 'T' objects is not writable"
 * (types that declare readonlyMembers, found along the MRO: bool gets
 * int's), a method "'T' object attribute 'x' is read-only", anything else
 * "'T' object has no attribute 'x'".
 */
function builtinAttributeNotWritable(rt: Runtime, v: Value, name: string): Error {
  for (const c of rt.typeOf(v).mro) {
    const members = rt.typeTable.get(c)?.readonlyMembers;
    if (members === undefined) continue;
    if (members.includes(name)) return rt.error('AttributeError', 'readonly attribute');
    // The message names the type that defines the getset (d_type).
    if (findGetter(rt, v, name) !== undefined) return rt.error('AttributeError', `attribute '${name}' of '${c === rt.typeOf(v) ? rt.typeName(v) : (c.tpName ?? c.name)}' objects is not writable`);
    break;
  }
  // A method (a non-data descriptor) and no __dict__ to shadow it in.
  if (findBuiltinMethod(rt, v, name) !== undefined || (isObject(v) && findGetter(rt, v, name) !== undefined)) {
    return rt.error('AttributeError', `'${rt.typeName(v)}' object attribute '${name}' is read-only`);
  }
  return attributeError(rt, v, name);
}

/**
 * PyObject_GenericSetAttr for instances of classes (x undefined deletes):
 * the exception fields, `__class__` assignment, the type's data
 * descriptor, then the instance's __dict__ or __slots__.
 */
export function genericSetAttr(rt: Runtime, v: Instance, name: string, x: Value | undefined): void {
  if (v instanceof ExceptionObject && x === undefined) {
    // BaseException's getsets refuse deletion; __suppress_context__ is a T_BOOL member.
    if (name === 'args' || name === '__traceback__' || name === '__context__' || name === '__cause__') throw rt.typeError(`${name} may not be deleted`);
    if (name === '__suppress_context__') throw rt.typeError("can't delete numeric/char attribute");
  }
  if (v instanceof ExceptionObject && x !== undefined) {
    const idx = ['args', '__traceback__', '__context__', '__cause__'].indexOf(name);
    if (idx === 0) {
      const t = x instanceof TupleObject ? rt.incref(x) : rt.newTuple(toArrayBorrow(rt, x));
      v.setExc(rt.heap, 0, t);
      rt.heap.decref(t);
      return;
    }
    if (idx > 0) {
      // BaseException_set_tb / _set_context / _set_cause: None or the right kind only.
      if (idx === 1 && x !== null && !(x instanceof TracebackObject)) throw rt.typeError('__traceback__ must be a traceback or None');
      if (idx === 2 && x !== null && !(x instanceof ExceptionObject)) throw rt.typeError('exception context must be None or derive from BaseException');
      if (idx === 3 && x !== null && !(x instanceof ExceptionObject)) throw rt.typeError('exception cause must be None or derive from BaseException');
      v.setExc(rt.heap, idx, x === null ? undefined : x);
      if (idx === 2) v.contextDecided = true;
      // BaseException_set_cause: setting __cause__ sets __suppress_context__.
      if (idx === 3) v.suppressContext = true;
      return;
    }
    if (name === '__suppress_context__') {
      // A T_BOOL member: only True or False.
      if (typeof x !== 'boolean') throw rt.typeError('attribute value type must be bool');
      v.suppressContext = x;
      return;
    }
  }
  if (v instanceof ExceptionObject && setExceptionField(rt, v, name, x)) return;
  if (v instanceof ExceptionObject && (name === 'message' || name === 'exceptions') && isExceptionGroup(v)) {
    throw rt.error('AttributeError', 'readonly attribute');
  }
  const cls = v.cls;
  if (name === '__class__') return setClassOf(rt, v, x);
  if (dataDescriptorSet(rt, cls, v, name, x)) return;
  // An instance of a builtin's subclass (not a plain instance): the
  // builtin's getsets and members are data descriptors too (float.real).
  if (v.constructor !== Instance) checkBuiltinDataDescriptor(rt, v, name);
  const slotted = cls.slotNames.includes(name);
  if (!slotted && !cls.instanceHasDict) {
    // _PyObject_GenericSetAttrWithDict without a dict: a (non-data) class attribute
    // makes setting and deleting alike "read-only".
    if (cls.lookup(name) !== undefined) {
      throw rt.error('AttributeError', `'${cls.name}' object attribute '${name}' is read-only`);
    }
    throw attributeError(rt, v, name);
  }
  if (x === undefined) {
    if (!v.deleteAttr(rt.heap, name)) throw attributeError(rt, v, name);
    return;
  }
  v.setAttr(rt.heap, name, x);
}

/**
 * object.__class__'s setter (object_set_class): only between classes
 * written in Python whose instances have the same layout (the same
 * __slots__, __dict__ and __weakref__).
 */
function setClassOf(rt: Runtime, v: Instance, x: Value | undefined): void {
  if (x === undefined) throw rt.typeError(`can't delete __class__ attribute`);
  if (!(x instanceof ClassObject)) throw rt.typeError(`__class__ must be set to a class, not '${rt.typeName(x)}' object`);
  const old = v.cls;
  if (x.tag !== undefined) throw rt.typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  const sameLayout =
    x.slotNames.join() === old.slotNames.join() &&
    x.instanceHasDict === old.instanceHasDict &&
    x.instanceWeakrefable === old.instanceWeakrefable &&
    rt.types.isExceptionClass(x) === rt.types.isExceptionClass(old) &&
    findConstructor(rt, x) === findConstructor(rt, old);
  if (!sameLayout || varSizedLayoutBase(x) !== varSizedLayoutBase(old)) {
    throw rt.typeError(`__class__ assignment: '${x.name}' object layout differs from '${old.name}'`);
  }
  rt.incref(x);
  v.changeClass(x);
  rt.decref(old);
}

/** Builtin types whose instances have a variable size (tp_itemsize != 0): a subclass's __dict__ sits at a negative offset. */
const VAR_SIZED_BASES = new Set(['int', 'tuple', 'bytes']);

/**
 * compatible_for_assignment's walk for a subclass of a variable-size builtin
 * (int, tuple, bytes): up the tp_base chain while a class adds nothing to
 * its base's layout (compatible_with_tp_base); the class where it stops is
 * returned. Two classes whose walks stop at different classes that added a
 * __dict__ fail same_slots_added (the dict's negative offset never matches
 * the base's size), so their instances cannot change class between them.
 * null for any other class.
 */
function varSizedLayoutBase(cls: ClassObject): ClassObject | null {
  let builtin: ClassObject | undefined;
  for (const c of cls.mro) {
    if (c.tag !== undefined) {
      builtin = c;
      break;
    }
  }
  if (builtin === undefined || !VAR_SIZED_BASES.has(builtin.name)) return null;
  let c = cls;
  while (c.tag === undefined) {
    const base = c.tpBase ?? c.bases[0];
    if (base === undefined || base.instanceHasDict !== c.instanceHasDict) break;
    c = base;
  }
  return c;
}

/**
 * object.__class__'s setter (object_set_class) on an instance of a builtin
 * type (a static, immutable type): never allowed.
 */
function setBuiltinClass(rt: Runtime, x: Value | undefined): never {
  if (x === undefined) throw rt.typeError(`can't delete __class__ attribute`);
  if (!(x instanceof ClassObject)) throw rt.typeError(`__class__ must be set to a class, not '${rt.typeName(x)}' object`);
  throw rt.typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
}

/**
 * object_set_class on a class (`C.__class__ = M`): only between metaclasses
 * written in Python (a class whose metaclass is `type` keeps it: type is
 * an immutable type) with the same instance layout.
 */
function setMetaclassOf(rt: Runtime, v: ClassObject, x: Value | undefined): void {
  if (x === undefined) throw rt.typeError(`can't delete __class__ attribute`);
  if (!(x instanceof ClassObject)) throw rt.typeError(`__class__ must be set to a class, not '${rt.typeName(x)}' object`);
  const old = rt.typeOf(v);
  if (x.tag !== undefined || old.tag !== undefined || v.meta === null) {
    throw rt.typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (!x.isSubclassOf(rt.types.get('type')) || x.slotNames.join() !== old.slotNames.join() || x.instanceHasDict !== old.instanceHasDict) {
    throw rt.typeError(`__class__ assignment: '${x.name}' object layout differs from '${old.name}'`);
  }
  rt.incref(x);
  v.meta = x;
  rt.decref(old);
}

/** type_setattro's generic part: the metaclass's data descriptor, the type's own fields, the namespace. */
export function typeSetAttr(rt: Runtime, v: ClassObject, name: string, x: Value | undefined): void {
  if (v.tag !== undefined) throw rt.typeError(`cannot set '${name}' attribute of immutable type '${v.name}'`);
  const meta = rt.typeOf(v);
  if (meta.tag === undefined && dataDescriptorSet(rt, meta, v, name, x)) return;
  if (name === '__bases__') return setBases(rt, v, x);
  if (name === '__class__') return setMetaclassOf(rt, v, x);
  // type_set_abstractmethods: the value goes in the namespace and sets or clears the abstract flag.
  if (name === '__abstractmethods__') setAbstractFlag(rt, v, x);
  if (x === undefined) {
    // type_set_annotations: deleting an absent __annotations__ is AttributeError('__annotations__').
    if (name === '__annotations__' && !v.dict.has(name)) throw rt.error('AttributeError', '__annotations__');
    // check_set_special_type_attr: type's own __name__/__qualname__ getsets refuse deletion.
    if (name === '__name__' || name === '__qualname__' || name === '__doc__' || name === '__module__') {
      throw rt.typeError(`cannot delete '${name}' attribute of immutable type '${v.name}'`);
    }
    if (name === '__mro__') throw rt.error('AttributeError', 'readonly attribute');
    if (name === '__dict__') throw rt.error('AttributeError', `attribute '__dict__' of 'type' objects is not writable`);
    if (!v.deleteAttr(rt.heap, name)) throw attributeError(rt, v, name);
    return;
  }
  if (name === '__name__' || name === '__qualname__') {
    if (typeof x !== 'string') throw rt.typeError(`can only assign string to ${v.name}.${name}, not '${rt.typeName(x)}'`);
    if (name === '__name__') v.name = x;
    else v.qualname = x;
    return;
  }
  // __mro__ is a read-only member (T_OBJECT, READONLY); __dict__ a getset without a setter.
  if (name === '__mro__') throw rt.error('AttributeError', 'readonly attribute');
  if (name === '__dict__') throw rt.error('AttributeError', `attribute '__dict__' of 'type' objects is not writable`);
  v.setAttr(rt.heap, name, x);
}

function deleteOther(rt: Runtime, v: Value, name: string): void {
  if (v instanceof FunctionObject) {
    // del f.__defaults__ / f.__kwdefaults__: as if set to None.
    if (name === '__defaults__' || name === '__kwdefaults__') return storeAttr(rt, v, name, null);
    // T_OBJECT members: deleting stores None; func_set_annotations: NULL (a new dict at the next read).
    if (name === '__doc__' || name === '__module__' || name === '__annotations__') return storeAttr(rt, v, name, null);
    if (name === '__code__') throw rt.typeError('__code__ must be set to a code object');
    if (name === '__dict__') throw rt.typeError('cannot delete __dict__');
    if (v.dict === null || !v.dict.delete(rt.heap, name)) throw attributeError(rt, v, name);
    return;
  }
  if (v instanceof ModuleObject && v.dict !== null) {
    if (!v.dict.delete(rt.heap, name)) throw attributeError(rt, v, name);
    return;
  }
  if (v instanceof WeakrefBase && name === '__callback__') throw rt.error('AttributeError', 'readonly attribute');
  if (v instanceof SubclassRef) {
    // An unset __slots__ member: member_set's AttributeError(name).
    if (!v.deleteAttr(rt.heap, name)) throw v.cls.slotNames.includes(name) ? rt.error('AttributeError', name) : attributeError(rt, v, name);
    return;
  }
  if (v instanceof WeakContainer) return weakContainerSetAttr(rt, v, name, undefined);
  const wrapperDict = methodWrapperDict(v);
  if (wrapperDict !== null && name !== '__func__' && name !== '__wrapped__' && name !== '__isabstractmethod__') {
    // sm_dict / cm_dict: PyObject_GenericSetAttr deletes from the __dict__.
    if (!wrapperDict.delete(rt.heap, name)) throw attributeError(rt, v, name);
    return;
  }
  // tb_next_set(NULL): the one writable traceback attribute cannot be deleted.
  if (v instanceof TracebackObject && name === 'tb_next') throw rt.typeError("can't delete tb_next attribute");
  for (const c of rt.typeOf(v).mro) {
    const d = deleterTables.get(c)?.get(name);
    if (d !== undefined) return d(rt, v, undefined as unknown as Value);
  }
  throw builtinAttributeNotWritable(rt, v, name);
}

/**
 * object.__setattr__ / __delattr__ on a weak container (not a subclass
 * instance, whose layout answers): its instance __dict__, where the four
 * attributes of its class's __init__ live too. Methods are not data
 * descriptors, so an attribute may shadow one, as in CPython.
 */
function weakContainerSetAttr(rt: Runtime, v: WeakContainer, name: string, x: Value | undefined): void {
  if (name === '__class__' || name === '__dict__') {
    throw rt.error('AttributeError', `gclab: '${rt.typeName(v)}' object attribute '${name}' cannot be assigned`);
  }
  if (x !== undefined) v.setAttr(rt.heap, name, x);
  else if (!v.deleteAttr(rt.heap, name)) throw attributeError(rt, v, name);
}

function toArrayBorrow(rt: Runtime, x: Value): Value[] {
  const arr = toArray(rt, x);
  for (const a of arr) rt.decref(a);
  return arr;
}

/**
 * LOAD_METHOD: for `obj.name(...)`, find a plain function on the class
 * (not shadowed by an instance attribute) so the call can pass `obj`
 * directly without creating a bound method. Returns undefined when the
 * ordinary getattr path must be used.
 */
/**
 * _PyObject_LookupSpecial: `name` found on the type of `v` (never on the
 * instance itself), bound to `v` as a descriptor would be; undefined when
 * the type has no such attribute. A new reference.
 */
export function lookupSpecial(rt: Runtime, v: Value, name: string): Value | undefined {
  if (v instanceof Instance) {
    const a = v.cls.lookup(name);
    if (a !== undefined) {
      // _PyObject_LookupSpecial: the type's attribute through its tp_descr_get
      // (a function binds; a staticmethod, classmethod or any __get__ answers).
      if (bindsAsMethod(a)) return rt.heap.newBoundMethod(a, v);
      const got = descrGet(rt, a, v, v.cls);
      return got === undefined ? rt.incref(a) : got;
    }
  }
  const m = findBuiltinMethod(rt, v, name);
  return m === undefined ? undefined : bindBuiltin(rt, v, name, m);
}

/**
 * LOAD_METHOD on a value of the builtin type `cls` (a str, or an exact
 * list, dict, tuple, set or frozenset: a type whose tp_getattro is
 * PyObject_GenericGetAttr and whose methods are method descriptors): the
 * builtin method `obj.name(...)` runs, called with `obj` first, as CPython
 * calls the descriptor without making a bound method (_PyObject_GetMethod).
 * It is the method getAttrOrUndefined would bind (no tp_getattro, no
 * native getter of that name answers first; not a class method, which
 * binds the type) and that call() would pass positional arguments to
 * directly (not a METH_VARARGS builtin, whose arguments are packed into a
 * tuple: callPackingArguments); else undefined. Depends on `cls` alone;
 * the compiled evaluator's method-call sites cache it per class. Keep it
 * in step with getAttrOrUndefined and call().
 */
export function builtinMethodForCall(rt: Runtime, cls: ClassObject, name: string): MethodImpl | undefined {
  if (name === '__class__' || name === '__doc__' || name === '__new__' || BUILTIN_CLASS_METHODS.has(name)) return undefined;
  const slots = (cls.slotTable as TypeSlots | null) ?? inheritSlots(rt, cls);
  if (slots.tp_getattro !== undefined) return undefined;
  for (const c of cls.mro) if (getterTables.get(c)?.get(name) !== undefined) return undefined;
  for (const c of cls.mro) {
    const m = methodTables.get(c)?.get(name);
    if (m !== undefined) return builtinPacksArguments(`${c.name}.${name}`) ? undefined : m;
  }
  return undefined;
}

/**
 * The callable of `obj.name(...)` when lookupMethod found no plain
 * function: getAttr, except that on a builtin object (not an instance,
 * class or module, whose getattr may run Python code) a builtin method it
 * binds is one CPython's LOAD_METHOD does not make, so it is not counted
 * (UNCOUNTED).
 */
export function getMethodForCall(rt: Runtime, obj: Value, name: string): Value {
  if (obj instanceof Instance || obj instanceof ClassObject || obj instanceof ModuleObject) return getAttr(rt, obj, name);
  rt.loadingMethod = true;
  try {
    return getAttr(rt, obj, name);
  } finally {
    rt.loadingMethod = false;
  }
}

/**
 * The function lookupMethod(rt, v, name) returns for an instance `v` of
 * `cls` that has no own attribute `name` (borrowed), or undefined. Valid
 * while ClassObject.lookupVersion() is unchanged (the compiled evaluator's
 * method-call sites cache it per class, CPython 3.11's
 * LOAD_METHOD_WITH_VALUES). Keep it in step with lookupMethod.
 */
export function classMethodFor(cls: ClassObject, name: string): FunctionObject | undefined {
  if (cls.lookup('__getattribute__') !== undefined) return undefined;
  const a = cls.lookup(name);
  return bindsAsMethod(a) ? a : undefined;
}

/**
 * LOAD_METHOD: the function `v.name` would bind, when it can be called
 * with `v` first instead (a borrowed reference), else undefined.
 */
export function lookupMethod(rt: Runtime, v: Value, name: string): Value | undefined {
  if (v instanceof Instance && !(v instanceof SuperObject)) {
    if (v.getAttr(name) !== undefined || v.cls.lookup('__getattribute__') !== undefined) return undefined;
    const a = v.cls.lookup(name);
    return bindsAsMethod(a) ? a : undefined;
  }
  return undefined;
}

/** func_get_dict: a function's `__dict__`, made on first use (borrowed). */
function functionDict(rt: Runtime, f: FunctionObject): DictObject {
  if (f.dict === null) f.dict = rt.heap.newDict();
  return f.dict;
}
