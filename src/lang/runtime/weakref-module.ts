/**
 * The `weakref` module as scenarios see it (Modules/_weakref.c and
 * Lib/weakref.py's names), binding the weakref layer's objects to
 * classes the interpreter knows. No weakref rule lives here.
 */
import { FunctionObject } from './function-object';
import { weakrefCount, weakrefsOf, isObject, type Value } from '../../heap';
import { WeakRef, derefWeakref, newProxy, newRef, weakrefHash } from '../../weakref/reference-type';
import { defineMethods, getAttr } from './attributes';
import { call, callUnbound, setConstructor } from './calls';
import { defineWeakContainers } from './weak-container-bindings';
import { defineProxySlotWrappers } from './proxy-slot-wrappers';
import { newSubclassRef, SubclassRef } from './ref-subclass';
import type { ClassObject } from '../../heap';
import { ModuleObject } from './function-object';
import { arity } from './methods';
import { reprWeakref } from './repr';
import type { WeakrefBase } from '../../heap/weakref-base';
import { BuiltinFunction } from './native-objects';
import { richCompare } from './operators';
import { NotImplemented } from './runtime';
import type { Kwargs, Runtime } from './runtime';


export function makeWeakrefModule(rt: Runtime): ModuleObject {
  const d = rt.heap.newDict();
  const define = (name: string, v: Value) => d.set(rt.heap, name, v);
  const object = rt.types.get('object');

  const refType = rt.types.make('ReferenceType', [object], 'weakref');
  rt.registerClass(WeakRef, refType);
  setConstructor(refType, (args: Value[], kwargs: Kwargs, cls: ClassObject) => {
    // weakref___new__ unpacks the positional arguments only; the keyword check
    // is weakref___init__'s, which a subclass's own __init__ replaces (the weakref
    // docs' ExtendedRef takes **annotations that way).
    const init = cls === refType ? undefined : cls.lookup('__init__');
    if (kwargs !== null && kwargs.length && !(init instanceof FunctionObject)) throw rt.typeError('ref() takes no keyword arguments');
    if (args.length < 1) throw rt.typeError(`__new__ expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw rt.typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
    if (cls === refType) return newRef(rt.heap, args[0], args[1]);
    // A subclass (weakref___new__ then the class's own __init__, if any).
    const wr = newSubclassRef(rt.heap, cls, args[0], args[1]);
    if (init !== undefined) {
      try {
        const r = callUnbound(rt, init, wr, args, kwargs);
        rt.decref(r);
      } catch (e) {
        rt.decref(wr);
        throw e;
      }
    }
    return wr;
  });
  rt.registerClass(SubclassRef, refType);
  // weakref___new__ for a class statement's subclass (`weakref.ref.__new__(cls, ob, callback)`,
  // also from the subclass's own __new__): the type table's tp_alloc makes ref subclassable
  // through type_call (tp_new, then the class's __init__ if it has one).
  const refArgs = (args: Value[], kwargs: Kwargs, cls: ClassObject) => {
    const init = cls === refType ? undefined : cls.lookup('__init__');
    if (kwargs !== null && kwargs.length && !(init instanceof FunctionObject)) throw rt.typeError('ref() takes no keyword arguments');
    if (args.length < 1) throw rt.typeError(`__new__ expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw rt.typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
  };
  // weakref_repr, inherited by every subclass (KeyedRef, WeakMethod, a user's
  // class) that defines no __repr__ of its own. The table is set here rather than
  // by registerType, which would replace the constructor above with tp_new.
  const refSlots = { tp_repr: (rt2: Runtime, self: Value) => reprWeakref(rt2, self as WeakrefBase) };
  refType.slotTable = refSlots;
  rt.typeTable.set(refType, {
    name: 'weakref.ReferenceType',
    slots: refSlots,
    tp_new(rt2, args, kwargs) {
      refArgs(args, kwargs, refType);
      return newRef(rt2.heap, args[0], args[1]);
    },
    tp_alloc(rt2, cls, args, kwargs) {
      refArgs(args, kwargs, cls);
      return newSubclassRef(rt2.heap, cls, args[0], args[1]);
    },
  });
  // ref.__call__ (weakref_call): what `super().__call__()` reaches from a
  // subclass that defines its own __call__.
  defineMethods(refType, {
    // weakref___init__: the referent and callback were taken by __new__; (ob, callback=None) is all it checks.
    __init__(rt2, _self, args) {
      if (args.length < 1 || args.length > 2) throw rt2.typeError(`__init__ expected at most 2 arguments, got ${args.length}`);
      return null;
    },
    __repr__(rt2, self, args) {
      arity(rt2, '__repr__', args, 0, 0);
      return reprWeakref(rt2, self as WeakrefBase);
    },
    __call__(rt2, self, args) {
      if (args.length !== 0) throw rt2.typeError(`weakref expected 0 arguments, got ${args.length}`);
      return derefWeakref(rt2.heap, self as WeakRef);
    },
    // weakref_richcompare as ref.__eq__ / ref.__ne__ (WeakMethod.__eq__ calls
    // `ref.__eq__(self, other)`): two refs, dead ones by identity, live ones by
    // their referents; NotImplemented for anything else.
    __eq__: (rt2, self, args) => refCompare(rt2, self, args, '=='),
    // weakref_hash as ref.__hash__ (WeakMethod's `__hash__ = ref.__hash__`):
    // the referent's hash, cached; TypeError for a dead ref never hashed.
    __hash__(rt2, self, args) {
      arity(rt2, '__hash__', args, 0, 0);
      return weakrefHash(rt2.heap, self as WeakRef);
    },
    __ne__: (rt2, self, args) => refCompare(rt2, self, args, '!='),
  });
  rt.classFactories.push((name, bases, slots) => {
    if (!bases.some((b) => b.isSubclassOf(refType))) return undefined;
    return rt.heap.newClass(name, bases, [], slots);
  });
  const proxyType = rt.types.make('ProxyType', [object], 'weakref');
  const callableProxyType = rt.types.make('CallableProxyType', [object], 'weakref');
  rt.registerProxyClasses(proxyType, callableProxyType);
  defineProxySlotWrappers(rt, proxyType, callableProxyType);
  // proxy_methods (ProxyType's tp_methods; CallableProxyType has none): __bytes__ and
  // __reversed__ call the referent's method of that name (proxy_bytes, proxy_reversed).
  const forward = (name: string) => (rt2: Runtime, self: Value, args: Value[]) => {
    arity(rt2, name, args, 0, 0);
    const m = getAttr(rt2, rt2.unwrapProxy(self), name);
    try {
      return call(rt2, m, []);
    } finally {
      rt2.decref(m);
    }
  };
  defineMethods(proxyType, { __bytes__: forward('__bytes__'), __reversed__: forward('__reversed__') });

  define('ref', refType);
  define('ReferenceType', refType);
  define('ProxyType', proxyType);
  define('CallableProxyType', callableProxyType);
  const proxyTypes = rt.newTuple([proxyType, callableProxyType]);
  define('ProxyTypes', proxyTypes);
  rt.decref(proxyTypes);

  const fn = (name: string, f: (args: Value[], kwargs: Kwargs) => Value) => {
    rt.heap.reserve();
    const b = rt.heap.register(new BuiltinFunction(name, f, undefined));
    rt.heap.track(b);
    define(name, b);
    rt.heap.decref(b);
  };
  fn('proxy', (args, kwargs) => {
    if (kwargs !== null && kwargs.length) throw rt.typeError('proxy() takes no keyword arguments');
    if (args.length < 1) throw rt.typeError(`proxy expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw rt.typeError(`proxy expected at most 2 arguments, got ${args.length}`);
    return newProxy(rt.heap, args[0], args[1]);
  });
  fn('getweakrefcount', (args) => {
    arity(rt, '_weakref.getweakrefcount', args, 1, 1);
    const o = args[0];
    return isObject(o) && o.weakrefable ? weakrefCount(o) : 0;
  });
  fn('getweakrefs', (args) => {
    arity(rt, '_weakref.getweakrefs', args, 1, 1);
    const o = args[0];
    return rt.heap.newList(isObject(o) && o.weakrefable ? weakrefsOf(o) : []);
  });
  defineWeakContainers(rt, define);
  rt.heap.reserve();
  const m = rt.heap.register(new ModuleObject('weakref', d));
  weakrefModules.set(rt, { module: m, nativeWeakSet: d.get(rt.heap, 'WeakSet') as ClassObject });
  return m;
}

/** weakref_richcompare for ref.__eq__ / ref.__ne__ called as methods. */
function refCompare(rt: Runtime, self: Value, args: Value[], op: '==' | '!='): Value {
  arity(rt, op === '==' ? '__eq__' : '__ne__', args, 1, 1);
  const other = args[0];
  if (!(self instanceof WeakRef) || !(isObject(other) && other instanceof WeakRef)) return NotImplemented;
  const a = derefWeakref(rt.heap, self);
  const b = derefWeakref(rt.heap, other);
  try {
    if (a === null || b === null) return op === '==' ? self === other : self !== other;
    return richCompare(rt, a, b, op);
  } finally {
    rt.decref(a);
    rt.decref(b);
  }
}

/** Each runtime's weakref module (borrowed) and the native WeakSet class it was made with. */
const weakrefModules = new WeakMap<Runtime, { module: ModuleObject; nativeWeakSet: ClassObject }>();

/** The weakref module made for `rt` (borrowed), if any. */
export function weakrefModuleOf(rt: Runtime): ModuleObject | undefined {
  return weakrefModules.get(rt)?.module;
}

/**
 * gclab's native WeakSet class (borrowed): what abc.py keeps its registries
 * in (CPython's _abc does that in C), while `weakref.WeakSet` becomes
 * _weakrefset.py's class at the program's first import of weakref.
 */
export function nativeWeakSetOf(rt: Runtime): ClassObject | undefined {
  return weakrefModules.get(rt)?.nativeWeakSet;
}
