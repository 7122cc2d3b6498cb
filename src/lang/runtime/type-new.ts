/**
 * Making classes (Objects/typeobject.c type_new and its helpers, and the
 * metaclass choice of Python/bltinmodule.c builtin___build_class__):
 *
 *   calculateMetaclass   _PyType_CalculateMetaclass: the most derived of
 *                        the given metaclass and every base's type, or the
 *                        "metaclass conflict" TypeError
 *   typeNew              type.__new__(meta, name, bases, ns, **kwds):
 *                        checks its arguments, copies the namespace, lays
 *                        out __slots__ (member descriptors), wraps __new__
 *                        in staticmethod and __init_subclass__ /
 *                        __class_getitem__ in classmethod, makes the heap
 *                        class, registers it with its bases, fills the
 *                        __classcell__, then calls __set_name__ on every
 *                        attribute that has one (definition order, errors
 *                        wrapped in RuntimeError as 3.11 does) and finally
 *                        the parent's __init_subclass__(**kwds).
 *   typeCall             type(x) and type(name, bases, ns), and what
 *                        calling a metaclass does (type_call): __new__,
 *                        then __init__ when the result is an instance.
 */
import { ClassObject, DICT_FREE_SLOT, DictObject, LIST_FREE_SLOT, MroError, PyException, TupleObject, isObject, tupleAllocSlot, tupleFreeSlot, type Value } from '../../heap';
import { newRef } from '../../weakref/reference-type';
import { isBuiltinClass } from './builtin-types';
import { call, callUnbound, instantiate } from './calls';
import { CellObject, FunctionObject } from './function-object';
import { MemberDescriptor } from './member-descriptor';
import { addInstanceGetSets } from './getset-descriptor';
import { StaticMethodObject, wrapMethod } from './method-wrappers';
import { BuiltinFunction, ExceptionObject } from './native-objects';
import { repr } from './repr';
import type { Kwargs, Runtime } from './runtime';
import { callSpecial } from './special-method';
import { toArray } from './operators';
import { bestBase, slotLayout } from './type-layout';

/** _PyType_CalculateMetaclass */
export function calculateMetaclass(rt: Runtime, meta: ClassObject, bases: Value[]): ClassObject {
  let winner = meta;
  for (const b of bases) {
    const t = rt.typeOf(b);
    if (winner.isSubclassOf(t)) continue;
    if (t.isSubclassOf(winner)) {
      winner = t;
      continue;
    }
    throw rt.typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The __new__ a class defines in Python (unwrapping the staticmethod type_new put around it), if any. */
export function pythonNewOf(cls: ClassObject): Value | undefined {
  const n = cls.lookup('__new__');
  if (n instanceof StaticMethodObject) return n.callable;
  return n;
}

/** Builtin types without Py_TPFLAGS_BASETYPE: a class statement over them is a TypeError. */
const NOT_ACCEPTABLE_BASES = new Set([
  'bool',
  'range',
  'NoneType',
  'NotImplementedType',
  'function',
  'method',
  'builtin_function_or_method',
  'method-wrapper',
  'cell',
  'frame',
  'traceback',
  'generator',
  'coroutine',
  'coroutine_wrapper',
  'async_generator',
  'async_generator_asend',
  'async_generator_athrow',
  'anext_awaitable',
  'slice',
  'memoryview',
  'ellipsis',
  'iterator',
  'bytes_iterator',
  'bytearray_iterator',
  'list_iterator',
  'tuple_iterator',
  'str_ascii_iterator',
  'str_iterator',
  'memory_iterator',
  'range_iterator',
  'longrange_iterator',
  'list_reverseiterator',
  'callable_iterator',
  'mappingproxy',
  'set_iterator',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'dict_keys',
  'dict_values',
  'dict_items',
]);

/**
 * Can a class statement derive from builtin class `b`: object, type, the
 * exceptions, and the registered types with a tp_alloc (list, dict, ...)?
 */
function subclassable(rt: Runtime, b: ClassObject): boolean {
  return b === rt.types.get('object') || b === rt.types.get('type') || rt.types.isExceptionClass(b) || rt.typeTable.get(b)?.tp_alloc !== undefined;
}

/** Builtin bases a class statement may name (others need a class factory: weakref.ref's). */
function checkBases(rt: Runtime, bases: ClassObject[]): void {
  for (const b of bases) {
    if (!isBuiltinClass(b) || subclassable(rt, b)) continue;
    if (NOT_ACCEPTABLE_BASES.has(b.name)) throw rt.typeError(`type '${b.name}' is not an acceptable base type`);
    if (rt.classFactories.length === 0) throw rt.typeError(`gclab: subclassing '${b.name}' is not supported`);
  }
}


/** type.__new__(meta, name, bases, ns, **kwds): a new reference to the class. */
export function typeNew(rt: Runtime, meta: ClassObject, name: Value, basesArg: Value, nsArg: Value, kwargs: Kwargs): Value {
  if (typeof name !== 'string') throw rt.typeError(`type.__new__() argument 1 must be str, not ${rt.typeName(name)}`);
  if (!(basesArg instanceof TupleObject)) throw rt.typeError(`type.__new__() argument 2 must be tuple, not ${rt.typeName(basesArg)}`);
  if (!(nsArg instanceof DictObject)) throw rt.typeError(`type.__new__() argument 3 must be dict, not ${rt.typeName(nsArg)}`);
  const winner = calculateMetaclass(rt, meta, basesArg.items);
  if (winner !== meta) {
    // type_new: a more derived metaclass with its own __new__ makes the class.
    const wnew = pythonNewOf(winner);
    if (wnew !== undefined) return call(rt, wnew, [winner, name, basesArg, nsArg], kwargs);
    meta = winner;
  }
  for (const b of basesArg.items) if (!(b instanceof ClassObject)) throw rt.typeError('bases must be types');
  const object = rt.types.get('object');
  const bases = (basesArg.items.length ? basesArg.items : [object]) as ClassObject[];
  checkBases(rt, bases);
  const heap = rt.heap;
  const ns = nsArg;
  const layoutBase = bestBase(rt, bases);
  const slots = slotLayout(rt, name, layoutBase, ns);
  // type_new_get_slots: a str __slots__ becomes a 1-tuple (PyTuple_Pack), any other
  // non-tuple a tuple (PySequence_Tuple), freed at the end of type_new; CPython makes
  // it, gclab does not, so it moves gc.get_count() as a phantom (Heap.phantomAlloc).
  const rawSlots = slots === null ? undefined : ns.get(heap, '__slots__');
  const convertedSlots = rawSlots === undefined || rawSlots instanceof TupleObject ? -1 : slots!.length;
  if (convertedSlots >= 0) heap.phantomAlloc(tupleAllocSlot(convertedSlots));
  try {
    return typeNewWithSlots(rt, meta, name, basesArg, bases, ns, kwargs, layoutBase, slots);
  } finally {
    if (convertedSlots >= 0) heap.phantomFree(tupleFreeSlot(convertedSlots));
  }
}

function typeNewWithSlots(
  rt: Runtime,
  meta: ClassObject,
  name: string,
  basesArg: TupleObject,
  bases: ClassObject[],
  ns: DictObject,
  kwargs: Kwargs,
  layoutBase: ClassObject,
  slots: string[] | null,
): ClassObject {
  const heap = rt.heap;
  const qual = ns.get(heap, '__qualname__');
  if (qual !== undefined && typeof qual !== 'string') throw rt.typeError(`type __qualname__ must be a str, not ${rt.typeName(qual)}`);
  // type_call runs a Python class's own __new__ (calls.ts instantiate); below
  // a builtin base without tp_alloc (an exception, weakref.ref) only the builtin
  // allocator runs, so a __new__ there would be skipped silently: it is refused instead.
  // Exceptions allocate through BaseException.__new__ (exception-group.ts).
  const skipsNew = (m: ClassObject) =>
    m !== rt.types.get('object') && m !== rt.types.get('type') && isBuiltinClass(m) && !rt.types.isExceptionClass(m) && rt.typeTable.get(m)?.tp_alloc === undefined;
  if (ns.has(heap, '__new__') && bases.some((b) => b.mro.some(skipsNew))) {
    throw rt.typeError(`gclab: defining __new__ is not supported (class '${name}' has a builtin base)`);
  }
  // The class's namespace: a copy of ns without __qualname__ and __classcell__,
  // with __new__ made a staticmethod and the two implicit classmethods wrapped.
  const cellValue = ns.get(heap, '__classcell__');
  if (cellValue !== undefined && !(cellValue instanceof CellObject)) {
    throw rt.typeError(`__classcell__ must be a nonlocal cell, not ${rt.typeName(cellValue)}`);
  }
  const entries: Array<[string, Value]> = [];
  if (!ns.has(heap, '__module__')) {
    const g = rt.evaluator.currentGlobals();
    const m = g?.get(heap, '__name__');
    if (m !== undefined) entries.push(['__module__', m]);
  }
  for (const [k, v] of ns.entries()) {
    if (typeof k !== 'string') continue;
    if (k === '__qualname__' || k === '__classcell__') continue;
    entries.push([k, v as Value]);
  }
  // type_new_get_bases' (object,) and type_new_init's copy of the namespace come
  // before the type object (Heap.newHeapTypeParts).
  const parts = heap.newHeapTypeParts(basesArg.items.length === 0, entries.map((e) => e[1]));
  if (slots !== null) {
    // type_new_copy_slots (in type_new_init, between the namespace copy and the type's
    // allocation): the names in a new list, sorted, made the ht_slots tuple (kept by
    // the type; not freed here when the type dies); the list goes back to its free list.
    heap.phantomAlloc(LIST_FREE_SLOT);
    heap.phantomAlloc(tupleAllocSlot(slots.filter((n) => n !== '__dict__' && n !== '__weakref__').length));
    heap.phantomFree(LIST_FREE_SLOT);
  }
  let cls: ClassObject | undefined;
  let factoryMade = false;
  try {
    for (const f of rt.classFactories) {
      cls = f(name, bases, slots);
      if (cls !== undefined) break;
    }
    if (cls !== undefined) {
      factoryMade = true;
      for (const [k, v] of entries) cls.setAttr(heap, k, v);
    } else {
      for (const b of bases) {
        if (isBuiltinClass(b) && !subclassable(rt, b)) throw rt.typeError(`gclab: subclassing '${b.name}' is not supported`);
      }
      // mro_implementation's check_duplicates comes before the C3 merge.
      bases.forEach((b, i) => {
        if (bases.indexOf(b) !== i) throw new PyException('TypeError', `duplicate base class ${b.name}`);
      });
      try {
        cls = heap.newClass(name, bases, entries, slots, layoutBase);
      } catch (e) {
        if (e instanceof MroError) {
          throw new PyException('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${e.baseNames.join(', ')}`);
        }
        throw e;
      }
    }
  } catch (e) {
    heap.discardHeapTypeParts(parts);
    throw e;
  }
  // type_new_set_attrs, after the type is allocated: __new__ made a staticmethod
  // (type_new_staticmethod), __init_subclass__ and __class_getitem__ classmethods
  // (type_new_classmethod); then PyType_Ready: tp_mro (mro_internal), and
  // type_ready_fill_dict's member descriptors (add_members) and getsets (add_getset).
  for (const k of ['__new__', '__init_subclass__', '__class_getitem__']) {
    const f = cls.dict.get(k);
    if (!(f instanceof FunctionObject)) continue;
    const w = wrapMethod(rt, k === '__new__' ? 'staticmethod' : 'classmethod', f);
    cls.setAttr(heap, k, w);
    rt.decref(w);
  }
  heap.finishHeapType(cls, layoutBase ?? cls.bases[0] ?? null, factoryMade ? null : basesArg, parts);
  if (meta !== rt.types.get('type')) {
    rt.incref(meta);
    cls.meta = meta;
    try {
      customMro(rt, cls, meta);
    } catch (e) {
      rt.decref(cls);
      throw e;
    }
  }
  cls.qualname = typeof qual === 'string' ? qual : name;
  addMembers(rt, cls, slots ?? []);
  addInstanceGetSets(rt, cls);
  if (!cls.dict.has('__doc__')) cls.setAttr(heap, '__doc__', null);
  // inherit_slots: a class that defines __eq__ but not __hash__ gets __hash__ = None.
  if (cls.dict.has('__eq__') && !cls.dict.has('__hash__')) cls.setAttr(heap, '__hash__', null);
  for (const b of cls.bases) addSubclass(rt, b, cls);
  if (cellValue instanceof CellObject) cellValue.set(heap, cls);
  try {
    setNames(rt, cls);
    initSubclass(rt, cls, kwargs);
  } catch (e) {
    rt.decref(cls);
    throw e;
  }
  return cls;
}

/** type_new_descriptors: a member descriptor per __slots__ name. */
function addMembers(rt: Runtime, cls: ClassObject, slots: string[]): void {
  for (const s of slots) {
    if (s === '__dict__' || s === '__weakref__') continue;
    rt.heap.reserve();
    rt.incref(cls);
    const md = rt.heap.register(new MemberDescriptor(cls, s));
    rt.heap.track(md);
    cls.setAttr(rt.heap, s, md);
    rt.decref(md);
  }
}

/** add_subclass: the base keeps a weak reference to its new subclass. */
export function addSubclass(rt: Runtime, base: ClassObject, cls: ClassObject): void {
  const heap = rt.heap;
  if (base.subclasses === null) {
    base.subclasses = heap.newDict();
    if (base.tag !== undefined) heap.untrack(base.subclasses);
  }
  const wr = newRef(heap, cls);
  const wasTracked = heap.isTracked(base.subclasses);
  base.subclasses.set(heap, cls.id, wr);
  heap.decref(wr);
  // A builtin base's tp_subclasses is an old dict in CPython (object's holds every
  // builtin subclass since start-up): tracked by its first weak reference, it joins
  // the oldest generation, where a collection reaches it before any young object.
  if (base.tag !== undefined && !wasTracked) heap.moveToGeneration(base.subclasses, 2);
}

/** type_new_set_names: __set_name__(cls, name) on each attribute, over a copy of the namespace. */
function setNames(rt: Runtime, cls: ClassObject): void {
  // type_new_set_names iterates over PyDict_Copy(type->tp_dict): a dict CPython
  // makes (from the dict free list when it holds one) and frees at the end, back
  // to the free list: it moves gc.get_count() as a real dict would (Heap.phantomAlloc).
  rt.heap.phantomAlloc(DICT_FREE_SLOT);
  const items = [...cls.dict.entries()];
  for (const [, v] of items) rt.incref(v);
  try {
    for (const [k, v] of items) {
      if (!isObject(v) || v instanceof FunctionObject) continue;
      try {
        const r = callSpecial(rt, v, '__set_name__', [cls, k]);
        rt.decref(r);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        throw chained(rt, e, `Error calling __set_name__ on '${rt.typeName(v)}' instance ${repr(rt, k)} in '${cls.name}'`);
      }
    }
  } finally {
    for (const [, v] of items) rt.decref(v);
    rt.heap.phantomFree(DICT_FREE_SLOT);
  }
}

/** _PyErr_FormatFromCause: a RuntimeError whose __cause__ and __context__ are `cause`'s exception. */
function chained(rt: Runtime, cause: PyException, message: string): PyException {
  let causeObj = cause.pyValue;
  cause.pyValue = undefined;
  if (!(causeObj instanceof ExceptionObject)) {
    rt.decref(causeObj);
    causeObj = instantiate(rt, rt.types.byName.get(cause.pyType) ?? rt.types.get('Exception'), cause.args, null);
  }
  const obj = instantiate(rt, rt.types.get('RuntimeError'), [message], null) as ExceptionObject;
  obj.setExc(rt.heap, 2, causeObj);
  obj.setExc(rt.heap, 3, causeObj);
  rt.decref(causeObj);
  return new PyException('RuntimeError', message, obj);
}

/** type_new_init_subclass: super(cls, cls).__init_subclass__(**kwds). */
function initSubclass(rt: Runtime, cls: ClassObject, kwargs: Kwargs): void {
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.get('__init_subclass__');
    if (f === undefined) continue;
    rt.incref(f);
    try {
      let bound: Value;
      if (f instanceof StaticMethodObject) bound = rt.incref(f.callable);
      else {
        const inner = isObject(f) && 'callable' in f ? (f as unknown as { callable: Value }).callable : f;
        bound = rt.heap.newBoundMethod(inner, cls);
      }
      try {
        rt.decref(call(rt, bound, [], kwargs));
      } finally {
        rt.decref(bound);
      }
    } finally {
      rt.decref(f);
    }
    return;
  }
  if (kwargs !== null && kwargs.length > 0) throw rt.typeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
}

/** type(x), type(name, bases, ns), and calling a metaclass (tp_new then tp_init). */
export function typeCall(rt: Runtime, meta: ClassObject, args: Value[], kwargs: Kwargs): Value {
  const type = rt.types.get('type');
  if (meta === type && args.length === 1 && (kwargs === null || kwargs.length === 0)) return rt.incref(rt.typeOf(args[0]));
  const userNew = pythonNewOf(meta);
  let cls: Value;
  if (userNew !== undefined) cls = call(rt, userNew, [meta, ...args], kwargs);
  else {
    if (args.length !== 3) throw rt.typeError(meta === type ? 'type() takes 1 or 3 arguments' : 'type.__new__() takes exactly 3 arguments (' + args.length + ' given)');
    cls = typeNew(rt, meta, args[0], args[1], args[2], kwargs);
  }
  if (!rt.typeOf(cls).isSubclassOf(meta)) return cls;
  const init = rt.typeOf(cls).lookup('__init__');
  if (init !== undefined) {
    try {
      rt.incref(init);
      let r: Value;
      try {
        r = callUnbound(rt, init, cls, args, kwargs);
      } finally {
        rt.decref(init);
      }
      if (r !== null) {
        const t = rt.typeName(r);
        rt.decref(r);
        throw rt.typeError(`__init__() should return None, not '${t}'`);
      }
    } catch (e) {
      rt.decref(cls);
      throw e;
    }
  }
  return cls;
}

const typeNewFunctions = new WeakMap<Runtime, BuiltinFunction>();
/** The one `type.__new__` builtin of a runtime (a new reference). */
export function typeNewFunction(rt: Runtime): BuiltinFunction {
  let f = typeNewFunctions.get(rt);
  if (f === undefined) {
    rt.heap.reserve();
    f = rt.heap.register(
      new BuiltinFunction(
        '__new__',
        (args, kwargs) => {
          if (args.length === 0) throw rt.typeError('type.__new__(): not enough arguments');
          const meta = args[0];
          if (!(meta instanceof ClassObject)) throw rt.typeError(`type.__new__(X): X is not a type object (${rt.typeName(meta)})`);
          if (!meta.isSubclassOf(rt.types.get('type'))) throw rt.typeError(`type.__new__(${meta.name}): ${meta.name} is not a subtype of type`);
          if (args.length === 2) return rt.incref(rt.typeOf(args[1]));
          if (args.length !== 4) throw rt.typeError('type.__new__() takes exactly 3 arguments (' + (args.length - 1) + ' given)');
          return typeNew(rt, meta, args[1], args[2], args[3], kwargs);
        },
        // tp_new_wrapper is bound to its type (`type.__new__.__self__ is type`).
        rt.incref(rt.types.get('type')),
        'type.__new__',
      ),
    );
    typeNewFunctions.set(rt, f);
  }
  return rt.incref(f) as BuiltinFunction;
}

/**
 * mro_internal for a metaclass that defines mro() (PyType_Ready, before
 * __set_name__ and __init_subclass__): its result, checked by mro_check,
 * becomes the class's __mro__.
 */
function customMro(rt: Runtime, cls: ClassObject, meta: ClassObject): void {
  const m = meta.lookup('mro');
  if (m === undefined) return;
  const result = callUnbound(rt, m, cls, []);
  let items: Value[];
  try {
    items = toArray(rt, result);
  } finally {
    rt.decref(result);
  }
  try {
    for (const c of items) {
      if (!(c instanceof ClassObject)) throw rt.typeError(`mro() returned a non-class ('${rt.typeName(c)}')`);
    }
    cls.replaceMro(rt.heap, items as ClassObject[]);
  } finally {
    for (const c of items) rt.decref(c);
  }
}
