/**
 * `property` (Objects/descrobject.c, propertyobject): a data descriptor
 * holding fget, fset, fdel, doc and the name `__set_name__` gave it.
 *
 * refs = [fget, fset, fdel, doc, name]. property_traverse visits all five;
 * property_clear clears only the doc (the one field a cycle through a
 * subclass's __doc__ can need cut); property_dealloc releases them in
 * field order. Not weakly referenceable.
 *
 * 3.11's messages: `property 'x' of 'C' object has no getter|setter|deleter`
 * (without the name when __set_name__ never ran).
 *
 * property is a base type (Py_TPFLAGS_BASETYPE): `class cached(property)`
 * makes instances with the property's fields plus a class, __slots__, a
 * __dict__ and weak references (PropertySubInstance). property_init puts
 * the getter's __doc__ into such an instance's __dict__ (the subclass's own
 * __doc__ in its class dict would shadow the member otherwise).
 */
import { isObject, newSubtypeInstance, withInstanceLayout, type ClassObject, type Heap, type Value } from '../../heap';
import { defineGetters, defineMethods, defineSetters, lookupAttr, setAttr } from './attributes';
import { call, setConstructor } from './calls';
import { truthy } from './operators';
import { defineDescriptorSlots } from './descriptors';
import { arity } from './methods';
import { RefHolder } from './native-objects';
import { registerType } from './type-slots';
import type { Kwargs, Runtime } from './runtime';

const GET = 0;
const SET = 1;
const DEL = 2;
const DOC = 3;
const NAME = 4;

export class PropertyObject extends RefHolder {
  /** The doc came from fget.__doc__ (getter() copies refresh it). */
  getterDoc = false;
  constructor() {
    super([null, null, null, null, undefined]);
  }
  get typeName(): string {
    return 'property';
  }
  override get weakrefable(): boolean {
    return false;
  }
  /** property_clear: only the doc. */
  override clear(heap: Heap): void {
    this.setRef(heap, DOC, null);
  }
  /** property_dealloc's releases (fget, fset, fdel, doc, name), for a subclass instance's subtype_dealloc. */
  override releaseOwnReferences(heap: Heap): void {
    const r = this.refs;
    this.refs = r.map(() => undefined);
    for (const v of r) heap.xdecref(v);
  }
}

/** An instance of a class statement deriving from property. */
export class PropertySubInstance extends withInstanceLayout(PropertyObject, false) {}

/** The qualified type name and the property's own name, as the 3.11 messages show them. */
function missing(rt: Runtime, p: PropertyObject, obj: Value, what: string): Error {
  const qual = rt.typeOf(obj).qualname;
  const name = p.refs[NAME];
  if (typeof name === 'string') return rt.error('AttributeError', `property '${name}' of '${qual}' object has no ${what}`);
  return rt.error('AttributeError', `property of '${qual}' object has no ${what}`);
}

/** property_init: fget, fset, fdel, doc (positional or by keyword). */
function initProperty(rt: Runtime, p: PropertyObject, args: Value[], kwargs: Kwargs): void {
  const names = ['fget', 'fset', 'fdel', 'doc'];
  if (args.length > 4) throw rt.typeError(`property() takes at most 4 arguments (${args.length} given)`);
  const vals: Value[] = [null, null, null, null];
  args.forEach((a, i) => (vals[i] = a));
  for (const [k, v] of kwargs ?? []) {
    const i = names.indexOf(k);
    if (i < 0) throw rt.typeError(`property() got an unexpected keyword argument '${k}'`);
    if (i < args.length) throw rt.typeError(`argument for property() given by name ('${k}') and position (${i + 1})`);
    vals[i] = v;
  }
  for (let i = 0; i < 3; i++) p.setRef(rt.heap, i, vals[i]);
  p.setRef(rt.heap, DOC, vals[3]);
  p.getterDoc = false;
  // If no docstring is given and the getter has one, use that one.
  if (vals[3] === null && vals[0] !== null) {
    const d = lookupAttr(rt, vals[0], '__doc__');
    if (d === undefined) return;
    try {
      // A subclass instance keeps it in its __dict__ (PyObject_SetAttr), even a None;
      // an exact property (Py_IS_TYPE) in its doc field.
      if (p instanceof PropertySubInstance && rt.typeOf(p) !== rt.types.get('property')) setAttr(rt, p, '__doc__', d);
      else p.setRef(rt.heap, DOC, d);
    } finally {
      rt.decref(d);
    }
    p.getterDoc = true;
  }
}

/** A new property with no accessors (what property_init fills). */
function emptyProperty(rt: Runtime): PropertyObject {
  rt.heap.reserve();
  const p = rt.heap.register(new PropertyObject());
  rt.heap.track(p);
  return p;
}

/** A new property of type `cls` (property or a subclass) built from args. */
export function newProperty(rt: Runtime, args: Value[], kwargs: Kwargs): PropertyObject {
  const p = emptyProperty(rt);
  try {
    initProperty(rt, p, args, kwargs);
  } catch (e) {
    rt.decref(p);
    throw e;
  }
  return p;
}

/** property_copy: getter/setter/deleter make a new property with one accessor replaced. */
function copyWith(rt: Runtime, p: PropertyObject, index: number, f: Value): Value {
  const vals = [p.refs[GET], p.refs[SET], p.refs[DEL]] as Value[];
  vals[index] = f;
  // property_copy: a doc that came from the getter is taken again from the (new) getter.
  const doc = p.getterDoc && vals[GET] !== null ? null : (p.refs[DOC] as Value);
  const cls = rt.typeOf(p);
  const np = cls === rt.types.get('property') ? newProperty(rt, [...vals, doc], null) : call(rt, cls, [...vals, doc]);
  if (np instanceof PropertyObject) np.setRef(rt.heap, NAME, p.refs[NAME]);
  return np;
}

function asProperty(rt: Runtime, v: Value, what: string): PropertyObject {
  if (v instanceof PropertyObject) return v;
  throw rt.typeError(`descriptor '${what}' requires a 'property' object but received a '${rt.typeName(v)}'`);
}

export function installProperty(rt: Runtime): void {
  const cls = rt.types.get('property');
  rt.registerClass(PropertyObject, cls);
  setConstructor(cls, (args, kwargs) => newProperty(rt, args, kwargs));
  // PyProperty_Type is a base type: subclass instances start empty (PyType_GenericAlloc), then property_init.
  registerType(rt, {
    name: 'property',
    slots: {},
    // property.__new__(property): PyType_GenericAlloc of property itself, an empty, tracked property.
    tp_alloc: (rt2, sub: ClassObject) => (sub === cls ? emptyProperty(rt2) : newSubtypeInstance(rt2.heap, sub, () => new PropertySubInstance())),
    tp_init: (rt2, self, args, kwargs) => initProperty(rt2, asProperty(rt2, self, '__init__'), args, kwargs),
  });
  defineDescriptorSlots(cls, {
    get(rt2, d, obj) {
      const p = d as PropertyObject;
      if (obj === undefined) return rt2.incref(p);
      const fget = p.refs[GET] as Value;
      if (fget === null) throw missing(rt2, p, obj, 'getter');
      return call(rt2, fget, [obj]);
    },
    set(rt2, d, obj, v) {
      const p = d as PropertyObject;
      const f = p.refs[v === undefined ? DEL : SET] as Value;
      if (f === null) throw missing(rt2, p, obj, v === undefined ? 'deleter' : 'setter');
      const r = call(rt2, f, v === undefined ? [obj] : [obj, v]);
      rt2.decref(r);
    },
  });
  defineMethods(cls, {
    getter: (rt2, self, args) => (arity(rt2, 'getter', args, 1, 1), copyWith(rt2, asProperty(rt2, self, 'getter'), GET, args[0])),
    setter: (rt2, self, args) => (arity(rt2, 'setter', args, 1, 1), copyWith(rt2, asProperty(rt2, self, 'setter'), SET, args[0])),
    deleter: (rt2, self, args) => (arity(rt2, 'deleter', args, 1, 1), copyWith(rt2, asProperty(rt2, self, 'deleter'), DEL, args[0])),
    __set_name__(rt2, self, args) {
      // property_set_name (METH_VARARGS) checks its tuple's size itself.
      if (args.length !== 2) throw rt2.typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
      asProperty(rt2, self, '__set_name__').setRef(rt2.heap, NAME, args[1]);
      return null;
    },
    __get__(rt2, self, args) {
      arity(rt2, '__get__', args, 1, 2);
      const p = asProperty(rt2, self, '__get__');
      const obj = args[0];
      if (obj === null && (args.length < 2 || args[1] !== null)) return rt2.incref(p);
      const fget = p.refs[GET] as Value;
      if (fget === null) throw missing(rt2, p, obj, 'getter');
      return call(rt2, fget, [obj]);
    },
    __set__(rt2, self, args) {
      arity(rt2, '__set__', args, 2, 2);
      const p = asProperty(rt2, self, '__set__');
      if (p.refs[SET] === null) throw missing(rt2, p, args[0], 'setter');
      rt2.decref(call(rt2, p.refs[SET] as Value, [args[0], args[1]]));
      return null;
    },
    __delete__(rt2, self, args) {
      arity(rt2, '__delete__', args, 1, 1);
      const p = asProperty(rt2, self, '__delete__');
      if (p.refs[DEL] === null) throw missing(rt2, p, args[0], 'deleter');
      rt2.decref(call(rt2, p.refs[DEL] as Value, [args[0]]));
      return null;
    },
  });
  const field = (i: number) => (rt2: Runtime, self: Value) => rt2.incref((self as PropertyObject).refs[i] ?? null);
  defineGetters(cls, {
    fget: field(GET),
    fset: field(SET),
    fdel: field(DEL),
    __doc__: field(DOC),
    __isabstractmethod__(rt2, self) {
      const p = self as PropertyObject;
      for (const f of p.refs.slice(0, 3)) {
        if (!isObject(f)) continue;
        // _PyObject_IsAbstract: the attribute's truth (its __bool__ may raise).
        const v = lookupAttr(rt2, f, '__isabstractmethod__');
        if (v === undefined) continue;
        try {
          if (truthy(rt2, v)) return true;
        } finally {
          rt2.decref(v);
        }
      }
      return false;
    },
  });
  const readonly = () => {
    throw rt.error('AttributeError', 'readonly attribute');
  };
  defineSetters(cls, { fget: readonly, fset: readonly, fdel: readonly });
  defineSetters(cls, {
    __doc__: (rt2, self, v) => (self as PropertyObject).setRef(rt2.heap, DOC, v),
  });
}
