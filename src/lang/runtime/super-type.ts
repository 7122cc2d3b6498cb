/**
 * `super` (Objects/typeobject.c super_init, supercheck, super_getattro,
 * super_repr).
 *
 *   super()            the evaluator supplies the __class__ cell and the
 *                      function's first argument (RuntimeError when there
 *                      is none: a staticmethod, a nested function)
 *   super(T, obj)      obj an instance of T: obj_type = type(obj)
 *   super(T, C)        C a subclass of T: obj_type = C (classmethods)
 *   super(T)           unbound: attribute lookup sees only the super
 *                      object itself
 *
 * Lookup walks obj_type's MRO after T and calls the attribute's __get__
 * with obj (or with no instance when obj is obj_type itself, so a
 * classmethod binds the class and a function stays a function).
 *
 * super is a base type: `class MySuper(super)` makes instances allocated
 * empty and filled by super_init; their lookups are still super_getattro
 * (after a __getattribute__/__getattr__ the subclass defines), falling back
 * to PyObject_GenericGetAttr on the instance when the walk finds nothing.
 */
import { ClassObject, Instance, newSubtypeInstance, withInstanceLayout, type Value } from '../../heap';
import { BUILTIN_CLASS_METHODS, bindBuiltin, builtinMethodOf, defineGetters, defineMethods, genericGetAttr, getAttrError } from './attributes';
import { hookedGetAttr } from './generic-getattr';
import { builtinNewFunction, objectNewFunction, setConstructor } from './calls';
import { descrGet } from './descriptors';
import { BuiltinFunction, SuperObject } from './native-objects';
import { registerType } from './type-slots';
import type { Runtime } from './runtime';
import { typeNewFunction } from './type-new';
import { attributeName } from './attribute-name';

/** supercheck: the type whose MRO super() walks. */
function superCheck(rt: Runtime, type: ClassObject, obj: Value): ClassObject {
  if (obj instanceof ClassObject && obj.isSubclassOf(type)) return obj;
  const t = rt.typeOf(obj);
  if (t.isSubclassOf(type)) return t;
  throw rt.typeError('super(type, obj): obj must be an instance or subtype of type');
}

/** An instance of a class statement deriving from super (unbound until __init__). */
export class SuperSubInstance extends withInstanceLayout(SuperObject, false) {
  constructor() {
    super(undefined as unknown as ClassObject, undefined, undefined);
  }
}

/** super_init's arguments checked: [type, obj, obj_type] (obj undefined when unbound). */
function superArgs(rt: Runtime, args: Value[]): [ClassObject, Value | undefined, ClassObject | undefined] {
  let type: Value;
  let obj: Value | undefined;
  if (args.length === 0) {
    [type, obj] = rt.evaluator.superContext();
  } else {
    if (args.length > 2) throw rt.typeError(`super() takes at most 2 arguments (${args.length} given)`);
    [type, obj] = args;
  }
  if (!(type instanceof ClassObject)) throw rt.typeError(`super() argument 1 must be a type, not ${rt.typeName(type)}`);
  if (obj === null && args.length < 2) obj = undefined;
  const objType = obj === undefined ? undefined : superCheck(rt, type, obj);
  return [type, obj, objType];
}

/** super(...) with 0, 1 or 2 arguments: a new reference. */
export function makeSuper(rt: Runtime, args: Value[]): Value {
  const [type, obj, objType] = superArgs(rt, args);
  rt.heap.reserve();
  rt.incref(type);
  if (obj !== undefined) rt.incref(obj);
  if (objType !== undefined) rt.incref(objType);
  const s = rt.heap.register(new SuperObject(type, obj, objType));
  rt.heap.track(s);
  return s;
}

/** super_init on an instance of a subclass: replaces type, obj and obj_type (Py_XSETREF). */
function initSuper(rt: Runtime, self: Value, args: Value[]): void {
  if (!(self instanceof SuperObject)) throw rt.typeError(`descriptor '__init__' requires a 'super' object but received a '${rt.typeName(self)}'`);
  const [type, obj, objType] = superArgs(rt, args);
  self.setRef(rt.heap, 1, type);
  self.setRef(rt.heap, 0, obj);
  self.setRef(rt.heap, 2, objType);
}

/**
 * getattr on a super object: super_getattro, or for an instance of a
 * subclass the hooks that subclass defines around it (slot_tp_getattr_hook).
 */
export function superGetAttr(rt: Runtime, s: SuperObject, name: string): Value | undefined {
  if (s instanceof SuperSubInstance) return hookedGetAttr(rt, s, s.cls, name, superLookup);
  return superLookup(rt, s, name);
}

/** super_getattro: a new reference, or undefined when no class after T has it. */
function superLookup(rt: Runtime, s: SuperObject, name: string): Value | undefined {
  const start = s.objType;
  if (start === undefined || name === '__class__') return superOwnAttr(rt, s, name);
  const obj = s.obj as Value;
  const mro = start.mro;
  const object = rt.types.get('object');
  const type = rt.types.get('type');
  for (let i = mro.indexOf(s.type) + 1; i < mro.length; i++) {
    const k = mro[i];
    const res = k.dict.get(name);
    if (res !== undefined) {
      // A builtin class's own function (BaseException.__init__) is a method descriptor.
      if (k.tag !== undefined && res instanceof BuiltinFunction && res.self === undefined && obj !== start) return rt.heap.newBoundMethod(res, obj);
      const got = descrGet(rt, res, obj === start ? undefined : obj, start);
      return got === undefined ? rt.incref(res) : got;
    }
    if (name === '__new__') {
      if (k === type) return typeNewFunction(rt);
      if (k === object) return objectNewFunction(rt);
      const def = rt.typeTable.get(k);
      if (def?.tp_alloc !== undefined) return builtinNewFunction(rt, k, def);
      continue;
    }
    const m = builtinMethodOf(k, name);
    if (m !== undefined) {
      if (BUILTIN_CLASS_METHODS.has(name)) return bindBuiltin(rt, start, name, m);
      return bindBuiltin(rt, obj, name, m);
    }
  }
  return superOwnAttr(rt, s, name);
}

/** The super object's own attributes (its members, then PyObject_GenericGetAttr for a subclass's instance). */
function superOwnAttr(rt: Runtime, s: SuperObject, name: string): Value | undefined {
  if (s instanceof SuperSubInstance && name !== '__thisclass__' && name !== '__self__' && name !== '__self_class__') {
    return genericGetAttr(rt, s as unknown as Instance, name);
  }
  switch (name) {
    case '__thisclass__':
      return rt.incref(s.type);
    case '__self__':
      return rt.incref(s.obj ?? null);
    case '__self_class__':
      return rt.incref(s.objType ?? null);
    case '__class__':
      return rt.incref(rt.types.get('super'));
  }
  // PyObject_GenericGetAttr on the super object itself (an unbound super, or
  // a name past the MRO): super's and object's methods, bound to it.
  for (const k of rt.types.get('super').mro) {
    const m = builtinMethodOf(k, name);
    if (m !== undefined) return bindBuiltin(rt, s, name, m);
  }
  return undefined;
}

export function installSuper(rt: Runtime): void {
  const cls = rt.types.get('super');
  setConstructor(cls, (args) => makeSuper(rt, args));
  registerType(rt, {
    name: 'super',
    slots: {
      // super_getattro: getattr(s, name) and hasattr() search past __thisclass__ as `s.name` does.
      tp_getattro(rt, self, name) {
        return superGetAttr(rt, self as SuperObject, name);
      },
      tp_repr(_rt, self) {
        const s = self as SuperObject;
        if (s.type === undefined) return "<super: <class 'NULL'>, NULL>";
        if (s.objType === undefined) return `<super: <class '${s.type.name}'>, NULL>`;
        return `<super: <class '${s.type.name}'>, <${s.objType.name} object>>`;
      },
    },
    // PySuper_Type is a base type: a subclass's instances start unbound (PyType_GenericAlloc), then super_init.
    tp_alloc: (rt2, sub: ClassObject) => newSubtypeInstance(rt2.heap, sub, () => new SuperSubInstance()),
    tp_init: (rt2, self, args) => initSuper(rt2, self, args),
  });
  defineGetters(cls, {});
  // The slot wrapper of super_getattro, which a subclass's __getattribute__ reaches through super().
  defineMethods(cls, {
    __getattribute__(rt2, self, args) {
      if (args.length !== 1) throw rt2.typeError(`expected 1 argument, got ${args.length}`);
      const name = attributeName(rt2, args[0]);
      if (!(self instanceof SuperObject)) throw rt2.typeError(`descriptor '__getattribute__' requires a 'super' object but received a '${rt2.typeName(self)}'`);
      const r = superLookup(rt2, self, name);
      if (r === undefined) throw getAttrError(rt2, self, name);
      return r;
    },
  });
}
