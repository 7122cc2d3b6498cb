/**
 * getset_descriptor for `__dict__` and `__weakref__` (Objects/typeobject.c
 * subtype_getsets_full, Objects/descrobject.c PyGetSetDescr_Type): the data
 * descriptors a class statement adds to the namespace of the first class
 * whose instances get a __dict__ or a weakref list. Like a member
 * descriptor it holds a strong reference to that class (ClassOwnedDescriptor).
 *
 *   obj.__dict__      the instance's attributes (a live mapping)
 *   obj.__weakref__   the first weak reference to obj, or None
 */
import { ClassObject, DictObject, type Value } from '../../heap';
import { materializeInstanceDict } from './instance-dict';
import { ClassOwnedDescriptor, installClassOwnedDescriptorType } from './descr-check';
import type { Runtime } from './runtime';
import { SubclassRef } from './ref-subclass';

export class GetSetDescriptor extends ClassOwnedDescriptor {
  /** Steals the reference to `owner`. */
  constructor(
    owner: ClassObject,
    override readonly name: '__dict__' | '__weakref__',
  ) {
    super(owner, name);
  }
  get typeName(): string {
    return 'getset_descriptor';
  }
}

function get(rt: Runtime, d: ClassOwnedDescriptor, obj: Value): Value {
  if (obj instanceof SubclassRef && obj.cls.isSubclassOf(d.owner)) {
    // A weakref.ref subclass's instance (WeakMethod's `__weakref__` slot).
    if (d.name === '__dict__') return rt.incref(obj.materializeDict(rt.heap));
    return rt.incref(obj.weaklist ?? null);
  }
  const inst = d.check(rt, obj);
  if (d.name === '__dict__') return materializeInstanceDict(rt, inst);
  return rt.incref(inst.weaklist ?? null);
}

/** The `__dict__` and `__weakref__` getsets a new class adds (subtype_getsets_full). */
export function addInstanceGetSets(rt: Runtime, cls: ClassObject): void {
  // type's instances (classes) already have a dict and a weakref list (tp_dictoffset, tp_weaklistoffset).
  if (cls.isSubclassOf(rt.types.get('type'))) return;
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

function set(rt: Runtime, d: ClassOwnedDescriptor, obj: Value, v: Value | undefined): void {
  const inst = d.check(rt, obj);
  if (d.name === '__weakref__') throw rt.error('AttributeError', `attribute '__weakref__' of '${d.owner.name}' objects is not writable`);
  // subtype_setdict: any dict (the instance shares it from now on); del drops it. A class standing
  // for a C type with a tp_dictoffset dict (functools.partial) has PyObject_GenericSetDict's instead,
  // which refuses del.
  if (v === undefined) {
    if (d.owner.instancesOwnDict) throw rt.typeError('cannot delete __dict__');
    return inst.replaceDict(rt.heap, null);
  }
  if (!(v instanceof DictObject)) throw rt.typeError(`__dict__ must be set to a dictionary, not a '${rt.typeName(v)}'`);
  inst.replaceDict(rt.heap, v);
}

export function installGetSetDescriptor(rt: Runtime): void {
  rt.registerClass(GetSetDescriptor, rt.types.get('getset_descriptor'));
  installClassOwnedDescriptorType(rt, 'getset_descriptor', 'attribute', get, set);
}
