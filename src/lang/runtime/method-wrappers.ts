/**
 * `staticmethod` and `classmethod` (Objects/funcobject.c): non-data
 * descriptors wrapping one callable. refs = [callable, __dict__].
 *
 * sm_descr_get returns the callable itself; cm_descr_get binds it to the
 * class (through the callable's own __get__ when it has one, as 3.11
 * chains them: `classmethod(property(...))`). Both are GC containers
 * (sm_traverse/cm_traverse visit the callable and the dict) and release
 * the callable, then the dict. Since 3.10 a staticmethod is callable, and
 * both expose the wrapped function's __name__, __qualname__ and __doc__
 * (functools_wraps), __func__ and __wrapped__.
 *
 * Both are base types (Py_TPFLAGS_BASETYPE): `class S(staticmethod)` makes
 * instances allocated empty (PyType_GenericAlloc) and filled by sm_init /
 * cm_init; their __dict__ is the instance's own (tp_dictoffset is sm_dict),
 * so functools_wraps' copies land there.
 */
import { ClassObject, NO_FREE_LIST, isObject, newSubtypeInstance, tupleAllocSlot, tupleFreeSlot, withInstanceLayout, type DictObject, type Heap, type Value } from '../../heap';
import { defineGetters, defineMethods, lookupAttr, setAttr } from './attributes';
import { call, setConstructor } from './calls';
import { descrGet, defineDescriptorSlots } from './descriptors';
import { RefHolder } from './native-objects';
import { registerType } from './type-slots';
import { repr } from './repr';
import type { Runtime } from './runtime';

export class StaticMethodObject extends RefHolder {
  constructor(callable: Value) {
    super([callable, undefined]);
  }
  get typeName(): string {
    return 'staticmethod';
  }
  get callable(): Value {
    return this.refs[0] as Value;
  }
  /** sm_call (3.10+): a staticmethod called directly calls what it wraps. */
  pyCall(rt: Runtime, args: Value[], kwargs: Array<[string, Value]> | null): Value {
    return call(rt, this.callable, args, kwargs);
  }
  /** sm_dealloc's releases (the callable, then the dict), for a subclass instance's subtype_dealloc. */
  override releaseOwnReferences(heap: Heap): void {
    const r = this.refs;
    this.refs = r.map(() => undefined);
    for (const v of r) heap.xdecref(v);
  }
}

export class ClassMethodObject extends RefHolder {
  constructor(callable: Value) {
    super([callable, undefined]);
  }
  get typeName(): string {
    return 'classmethod';
  }
  get callable(): Value {
    return this.refs[0] as Value;
  }
  /** cm_dealloc's releases (the callable, then the dict), for a subclass instance's subtype_dealloc. */
  override releaseOwnReferences(heap: Heap): void {
    const r = this.refs;
    this.refs = r.map(() => undefined);
    for (const v of r) heap.xdecref(v);
  }
}

/** An instance of a class statement deriving from staticmethod (callable None until __init__). */
export class StaticMethodSubInstance extends withInstanceLayout(StaticMethodObject, false) {
  constructor() {
    super(null);
  }
}

/** An instance of a class statement deriving from classmethod (callable None until __init__). */
export class ClassMethodSubInstance extends withInstanceLayout(ClassMethodObject, false) {
  constructor() {
    super(null);
  }
}

type Wrapper = StaticMethodObject | ClassMethodObject;

function make(rt: Runtime, kind: 'staticmethod' | 'classmethod', args: Value[], kwargs: Array<[string, Value]> | null): Value {
  checkInitArgs(rt, kind, args, kwargs);
  const w = alloc(rt, kind, args[0]);
  try {
    copyWrapped(rt, w, args[0]);
  } catch (e) {
    rt.decref(w);
    throw e;
  }
  return w;
}

function checkInitArgs(rt: Runtime, kind: string, args: Value[], kwargs: Array<[string, Value]> | null): void {
  if (kwargs !== null && kwargs.length > 0) throw rt.typeError(`${kind}() takes no keyword arguments`);
  if (args.length !== 1) throw rt.typeError(`${kind} expected 1 argument, got ${args.length}`);
}

/**
 * sm_init / cm_init's functools_wraps: copy what the callable has of
 * __module__, __name__, __qualname__, __doc__ and __annotations__ into the
 * wrapper's own dict (reading a function's __annotations__ makes its dict);
 * a subclass instance's dict is its instance __dict__.
 */
function copyWrapped(rt: Runtime, w: Wrapper, callable: Value): void {
  let d: DictObject | null = null;
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const v = lookupAttr(rt, callable, name);
    if (v === undefined) {
      missingAttributeCleared(rt);
      continue;
    }
    try {
      if (w.hasInstanceLayout) setAttr(rt, w, name, v);
      else {
        if (d === null) w.refs[1] = d = rt.heap.newDict();
        d.set(rt.heap, name, v);
      }
    } finally {
      rt.decref(v);
    }
  }
}

/**
 * functools_copy_attr reads with PyObject_GetAttr, whose AttributeError
 * set_attribute_error_context normalizes (an exception object and its
 * args tuple) before functools_copy_attr clears it: the exception goes
 * through PyObject_GC_Del, the tuple to its free list.
 */
function missingAttributeCleared(rt: Runtime): void {
  rt.heap.phantomAlloc(tupleAllocSlot(1));
  rt.heap.phantomAlloc(NO_FREE_LIST);
  rt.heap.phantomFree(NO_FREE_LIST);
  rt.heap.phantomFree(tupleFreeSlot(1));
}

/** sm_init / cm_init on a subclass instance: (re)set the callable, then functools_wraps. */
function initSub(rt: Runtime, kind: 'staticmethod' | 'classmethod', self: Value, args: Value[], kwargs: Array<[string, Value]> | null): void {
  const ok = kind === 'staticmethod' ? self instanceof StaticMethodObject : self instanceof ClassMethodObject;
  if (!ok) throw rt.typeError(`descriptor '__init__' requires a '${kind}' object but received a '${rt.typeName(self)}'`);
  checkInitArgs(rt, kind, args, kwargs);
  const w = self as Wrapper;
  w.setRef(rt.heap, 0, args[0]);
  copyWrapped(rt, w, args[0]);
}

function alloc(rt: Runtime, kind: 'staticmethod' | 'classmethod', callable: Value): Wrapper {
  rt.heap.reserve();
  rt.incref(callable);
  const w = rt.heap.register(kind === 'staticmethod' ? new StaticMethodObject(callable) : new ClassMethodObject(callable));
  rt.heap.track(w);
  return w;
}

/**
 * Wrap `f` in a new staticmethod or classmethod (type_new does this to
 * __new__, __init_subclass__, __class_getitem__): PyStaticMethod_New and
 * PyClassMethod_New, which copy no attributes.
 */
export function wrapMethod(rt: Runtime, kind: 'staticmethod' | 'classmethod', f: Value): Value {
  return alloc(rt, kind, f);
}

/** cm_descr_get: bind the callable to the owner type (chained through its own __get__, 3.9+). */
function classMethodGet(rt: Runtime, d: Value, obj: Value | undefined, type: Value | undefined): Value {
  const f = (d as ClassMethodObject).callable;
  // cm_descr_get does not check that `type` is a class (`__get__(1, 2)` binds to 2).
  const owner = type ?? rt.typeOf(obj as Value);
  const chained = descrGet(rt, f, owner, owner instanceof ClassObject ? owner : undefined);
  return chained !== undefined ? chained : rt.heap.newBoundMethod(f, owner);
}

export function installMethodWrappers(rt: Runtime): void {
  // func_descr_get through wrap_descr_get: f.__get__(obj[, type]) binds f to
  // obj (a method), or returns f itself for obj None.
  defineMethods(rt.types.get('function'), {
    __get__(rt2, self, args) {
      if (args.length < 1) throw rt2.typeError(` expected at least 1 argument, got ${args.length}`);
      if (args.length > 2) throw rt2.typeError(` expected at most 2 arguments, got ${args.length}`);
      const obj = args[0];
      const type = args.length > 1 ? args[1] : null;
      if (obj === null && type === null) throw rt2.typeError('__get__(None, None) is invalid');
      return obj === null ? rt2.incref(self) : rt2.heap.newBoundMethod(self, obj);
    },
  });
  const sm = rt.types.get('staticmethod');
  const cm = rt.types.get('classmethod');
  rt.registerClass(StaticMethodObject, sm);
  rt.registerClass(ClassMethodObject, cm);
  setConstructor(sm, (args, kwargs) => make(rt, 'staticmethod', args, kwargs));
  setConstructor(cm, (args, kwargs) => make(rt, 'classmethod', args, kwargs));
  defineDescriptorSlots(sm, { get: (rt2, d) => rt2.incref((d as StaticMethodObject).callable) });
  defineDescriptorSlots(cm, { get: classMethodGet });
  for (const cls of [sm, cm]) {
    // wrap_descr_get: `__get__(obj[, type])`, None meaning absent, then the type's tp_descr_get.
    const get = cls === sm ? (rt2: Runtime, d: Value): Value => rt2.incref((d as StaticMethodObject).callable) : classMethodGet;
    defineMethods(cls, {
      __get__(rt2, self, args) {
        // PyArg_UnpackTuple with an empty name: the messages start with a space.
        if (args.length < 1) throw rt2.typeError(` expected at least 1 argument, got ${args.length}`);
        if (args.length > 2) throw rt2.typeError(` expected at most 2 arguments, got ${args.length}`);
        const obj = args[0] === null ? undefined : args[0];
        const type = args.length > 1 && args[1] !== null ? args[1] : undefined;
        if (obj === undefined && type === undefined) throw rt2.typeError('__get__(None, None) is invalid');
        return get(rt2, self, obj, type);
      },
    });
    const fromCallable = (name: string) => (rt2: Runtime, self: Value) => {
      const w = self as Wrapper;
      if (w.hasInstanceLayout) {
        const mine = (w as StaticMethodSubInstance | ClassMethodSubInstance).getAttr(name);
        if (mine !== undefined) return rt2.incref(mine);
      }
      const own = w.refs[1];
      const v = own !== undefined ? (own as import('../../heap').DictObject).get(rt2.heap, name) : undefined;
      if (v !== undefined) return rt2.incref(v);
      return lookupAttr(rt2, w.callable, name) ?? null;
    };
    defineGetters(cls, {
      __dict__(rt2, self) {
        const w = self as Wrapper;
        if (w.refs[1] === undefined) w.refs[1] = rt2.heap.newDict();
        return rt2.incref(w.refs[1]);
      },
      __func__: (rt2, self) => rt2.incref((self as Wrapper).callable),
      __wrapped__: (rt2, self) => rt2.incref((self as Wrapper).callable),
      __name__: fromCallable('__name__'),
      __qualname__: fromCallable('__qualname__'),
      __doc__: fromCallable('__doc__'),
      __isabstractmethod__(rt2, self) {
        const f = (self as Wrapper).callable;
        if (!isObject(f)) return false;
        const v = lookupAttr(rt2, f, '__isabstractmethod__');
        if (v === true) return true;
        rt2.decref(v);
        return false;
      },
    });
  }
  for (const name of ['staticmethod', 'classmethod'] as const) {
    registerType(rt, {
      name,
      // sm_repr / cm_repr name the base type, even for a subclass instance.
      slots: { tp_repr: (rt2, self) => `<${name}(${repr(rt2, (self as Wrapper).callable)})>` },
      // staticmethod.__new__(staticmethod): PyType_GenericAlloc of the type itself, an empty wrapper.
      tp_alloc: (rt2, sub: ClassObject) =>
        sub === rt2.types.get(name)
          ? alloc(rt2, name, null)
          : newSubtypeInstance(rt2.heap, sub, () => (name === 'staticmethod' ? new StaticMethodSubInstance() : new ClassMethodSubInstance())),
      tp_init: (rt2, self, args, kwargs) => initSub(rt2, name, self, args, kwargs),
    });
  }
}
