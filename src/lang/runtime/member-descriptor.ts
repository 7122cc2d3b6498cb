/**
 * member_descriptor (Objects/descrobject.c, PyMemberDescr_Type): what a
 * `__slots__` name becomes in its class's namespace. A data descriptor:
 * reading an unset slot is an AttributeError, deleting one too (with just
 * the name, as member_set does). It holds a strong reference to the class
 * that declared the slot (d_type), a reference cycle like every class's.
 * refs = [class].
 */
import { ClassObject, Instance, type Value } from '../../heap';
import { defineGetters, defineMethods } from './attributes';
import { defineDescriptorSlots } from './descriptors';
import { RefHolder } from './native-objects';
import { registerType } from './type-slots';
import type { Runtime } from './runtime';

export class MemberDescriptor extends RefHolder {
  /** Steals the reference to `owner`. */
  constructor(
    owner: ClassObject,
    readonly name: string,
  ) {
    super([owner]);
  }
  get typeName(): string {
    return 'member_descriptor';
  }
  override get weakrefable(): boolean {
    return false;
  }
  get owner(): ClassObject {
    return this.refs[0] as ClassObject;
  }
}

/** descr_check: the object must be an instance of the declaring class. */
function check(rt: Runtime, d: MemberDescriptor, obj: Value): Instance {
  if (!(obj instanceof Instance) || !obj.cls.isSubclassOf(d.owner)) {
    throw rt.typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${rt.typeName(obj)}' object`);
  }
  return obj;
}

function get(rt: Runtime, d: MemberDescriptor, obj: Value): Value {
  const inst = check(rt, d, obj);
  const v = inst.getAttr(d.name);
  if (v === undefined) throw rt.error('AttributeError', `'${inst.cls.name}' object has no attribute '${d.name}'`);
  return rt.incref(v);
}

function set(rt: Runtime, d: MemberDescriptor, obj: Value, v: Value | undefined): void {
  const inst = check(rt, d, obj);
  if (v !== undefined) inst.setAttr(rt.heap, d.name, v);
  else if (!inst.deleteAttr(rt.heap, d.name)) throw rt.error('AttributeError', d.name);
}

export function installMemberDescriptor(rt: Runtime): void {
  const cls = rt.types.get('member_descriptor');
  rt.registerClass(MemberDescriptor, cls);
  defineDescriptorSlots(cls, {
    get: (rt2, d, obj) => (obj === undefined ? rt2.incref(d) : get(rt2, d as MemberDescriptor, obj)),
    set: (rt2, d, obj, v) => set(rt2, d as MemberDescriptor, obj, v),
  });
  defineMethods(cls, {
    __get__(rt2, self, args) {
      const d = self as MemberDescriptor;
      if (args.length < 1 || args.length > 2) throw rt2.typeError(`expected 1 or 2 arguments, got ${args.length}`);
      if (args[0] === null) return rt2.incref(d);
      return get(rt2, d, args[0]);
    },
    __set__(rt2, self, args) {
      set(rt2, self as MemberDescriptor, args[0], args[1]);
      return null;
    },
    __delete__(rt2, self, args) {
      set(rt2, self as MemberDescriptor, args[0], undefined);
      return null;
    },
  });
  defineGetters(cls, {
    __name__: (_rt, self) => (self as MemberDescriptor).name,
    __qualname__: (_rt, self) => `${(self as MemberDescriptor).owner.qualname}.${(self as MemberDescriptor).name}`,
    __objclass__: (rt2, self) => rt2.incref((self as MemberDescriptor).owner),
  });
  registerType(rt, {
    name: 'member_descriptor',
    slots: {
      tp_repr: (_rt, self) => `<member '${(self as MemberDescriptor).name}' of '${(self as MemberDescriptor).owner.name}' objects>`,
    },
  });
}
