/**
 * member_descriptor (Objects/descrobject.c, PyMemberDescr_Type): what a
 * `__slots__` name becomes in its class's namespace. A data descriptor:
 * reading an unset slot is an AttributeError, deleting one too (with just
 * the name, as member_set does). It holds a strong reference to the class
 * that declared the slot (d_type), a reference cycle like every class's
 * (ClassOwnedDescriptor).
 */
import { type Value } from '../../heap';
import { ClassOwnedDescriptor, installClassOwnedDescriptorType } from './descr-check';
import type { Runtime } from './runtime';

export class MemberDescriptor extends ClassOwnedDescriptor {
  get typeName(): string {
    return 'member_descriptor';
  }
}

function get(rt: Runtime, d: ClassOwnedDescriptor, obj: Value): Value {
  const inst = d.check(rt, obj);
  const v = inst.getAttr(d.name);
  if (v === undefined) throw rt.error('AttributeError', `'${inst.cls.name}' object has no attribute '${d.name}'`);
  return rt.incref(v);
}

function set(rt: Runtime, d: ClassOwnedDescriptor, obj: Value, v: Value | undefined): void {
  const inst = d.check(rt, obj);
  if (v !== undefined) inst.setAttr(rt.heap, d.name, v);
  else if (!inst.deleteAttr(rt.heap, d.name)) throw rt.error('AttributeError', d.name);
}

export function installMemberDescriptor(rt: Runtime): void {
  rt.registerClass(MemberDescriptor, rt.types.get('member_descriptor'));
  installClassOwnedDescriptorType(rt, 'member_descriptor', 'member', get, set);
}
