/**
 * getset_descriptor for `__dict__` and `__weakref__` (Objects/typeobject.c
 * subtype_getsets_full, Objects/descrobject.c PyGetSetDescr_Type): the data
 * descriptors a class statement adds to the namespace of the first class
 * whose instances get a __dict__ or a weakref list. Like a member
 * descriptor it holds a strong reference to that class. refs = [class].
 *
 *   obj.__dict__      the instance's attributes (a live mapping)
 *   obj.__weakref__   the first weak reference to obj, or None
 */
import { ClassObject, DictObject, Instance, type Value } from '../../heap';
import { defineGetters } from './attributes';
import { defineDescriptorSlots } from './descriptors';
import { newInstanceDict } from './instance-dict';
import { RefHolder } from './native-objects';
import { registerType } from './type-slots';
import type { Runtime } from './runtime';

export class GetSetDescriptor extends RefHolder {
  /** Steals the reference to `owner`. */
  constructor(
    owner: ClassObject,
    readonly name: '__dict__' | '__weakref__',
  ) {
    super([owner]);
  }
  get typeName(): string {
    return 'getset_descriptor';
  }
  override get weakrefable(): boolean {
    return false;
  }
  get owner(): ClassObject {
    return this.refs[0] as ClassObject;
  }
}

function check(rt: Runtime, d: GetSetDescriptor, obj: Value): Instance {
  if (!(obj instanceof Instance) || !obj.cls.isSubclassOf(d.owner)) {
    throw rt.typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${rt.typeName(obj)}' object`);
  }
  return obj;
}

function get(rt: Runtime, d: GetSetDescriptor, obj: Value): Value {
  const inst = check(rt, d, obj);
  if (d.name === '__dict__') return inst.ownDict !== null ? rt.incref(inst.ownDict) : newInstanceDict(rt, inst);
  return rt.incref(inst.weaklist ?? null);
}

/** The `__dict__` and `__weakref__` getsets a new class adds (subtype_getsets_full). */
export function addInstanceGetSets(rt: Runtime, cls: ClassObject): void {
  const addDict = cls.instanceHasDict && !cls.bases.some((b) => b.instanceHasDict);
  const addWeak = cls.instanceWeakrefable && !cls.bases.some((b) => b.instanceWeakrefable);
  for (const name of ['__dict__', '__weakref__'] as const) {
    if (!(name === '__dict__' ? addDict : addWeak) || cls.dict.has(name)) continue;
    rt.heap.reserve();
    rt.incref(cls);
    const d = rt.heap.register(new GetSetDescriptor(cls, name));
    rt.heap.track(d);
    cls.setAttr(rt.heap, name, d);
    rt.decref(d);
  }
}

export function installGetSetDescriptor(rt: Runtime): void {
  const cls = rt.types.get('getset_descriptor');
  rt.registerClass(GetSetDescriptor, cls);
  defineDescriptorSlots(cls, {
    get: (rt2, d, obj) => (obj === undefined ? rt2.incref(d) : get(rt2, d as GetSetDescriptor, obj)),
    set(rt2, d, obj, v) {
      const g = d as GetSetDescriptor;
      check(rt2, g, obj);
      if (g.name === '__weakref__') throw rt2.error('AttributeError', `attribute '__weakref__' of '${g.owner.name}' objects is not writable`);
      if (!(obj instanceof Instance)) throw rt2.typeError(`gclab: assigning __dict__ of a '${rt2.typeName(obj)}' object is not supported`);
      // subtype_setdict: any dict (the instance shares it from now on); del drops it.
      if (v === undefined) return obj.replaceDict(rt2.heap, null);
      if (!(v instanceof DictObject)) throw rt2.typeError(`__dict__ must be set to a dictionary, not a '${rt2.typeName(v)}'`);
      obj.replaceDict(rt2.heap, v);
    },
  });
  defineGetters(cls, {
    __name__: (_rt, self) => (self as GetSetDescriptor).name,
    __qualname__: (_rt, self) => `${(self as GetSetDescriptor).owner.qualname}.${(self as GetSetDescriptor).name}`,
    __objclass__: (rt2, self) => rt2.incref((self as GetSetDescriptor).owner),
  });
  registerType(
    rt,
    {
      name: 'getset_descriptor',
      slots: {
        tp_repr: (_rt, self) => `<attribute '${(self as GetSetDescriptor).name}' of '${(self as GetSetDescriptor).owner.name}' objects>`,
      },
    },
    cls,
  );
}
