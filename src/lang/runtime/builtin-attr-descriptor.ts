/**
 * The member_descriptor and getset_descriptor objects of builtin types
 * (Objects/descrobject.c PyDescr_NewMember / PyDescr_NewGetSet, made by
 * typeobject.c's type_add_members and type_add_getset when a static type
 * is readied): what `int.__dict__['real']`, `property.fget` or
 * `type(f).__dict__['__code__']` are. Each builtin type declares its
 * PyMemberDef and PyGetSetDef names with declareGetSets (attributes.ts);
 * the descriptor is made on first read and kept for the runtime's
 * lifetime in a table per declaring type, untracked like CPython's
 * descriptors of static types (the same object at every read).
 *
 *   repr         <member 'fget' of 'property' objects>
 *                <attribute 'real' of 'int' objects>
 *   __get__(o)   descr_check (o must be an instance of the declaring type,
 *                else "descriptor 'x' for 'T' objects doesn't apply to a
 *                'U' object"), then the type's getter: its getter table's
 *                entry, or the attribute dispatch that answers the name
 *                for the type's objects
 *   __set__      descr_check, then the attribute store (which raises the
 *                type's "readonly attribute" / "not writable" errors)
 */
import { ClassObject, UNCOUNTED, type Value } from '../../heap';
import { delAttr, getAttrError, getAttrOrUndefined, ownGetter, setAttr, type AttrDescriptorKind } from './attributes';
import { ClassOwnedDescriptor, descriptorMisuse, type NativeDescriptorAccess } from './descr-check';
import type { Runtime } from './runtime';
import { unbox } from './type-slots';

/** A tp_getset entry of a builtin type, as its namespace holds it. */
export class BuiltinGetSetDescriptor extends ClassOwnedDescriptor {
  get typeName(): string {
    return 'getset_descriptor';
  }
  override nativeAccess(): NativeDescriptorAccess {
    return builtinAccess;
  }
}

/** A tp_members entry of a builtin type, as its namespace holds it. */
export class BuiltinMemberDescriptor extends ClassOwnedDescriptor {
  get typeName(): string {
    return 'member_descriptor';
  }
  override nativeAccess(): NativeDescriptorAccess {
    return builtinAccess;
  }
}

/** descr_check: `obj`'s type derives from the declaring type. */
function check(rt: Runtime, d: ClassOwnedDescriptor, obj: Value): void {
  if (!rt.typeOf(obj).isSubclassOf(d.owner)) throw descriptorMisuse(rt, d.name, d.owner.name, obj);
}

const builtinAccess: NativeDescriptorAccess = {
  get(rt, d, obj) {
    check(rt, d, obj);
    const g = ownGetter(d.owner, d.name);
    if (g !== undefined) return g(rt, unbox(obj));
    const r = getAttrOrUndefined(rt, obj, d.name);
    if (r === undefined) throw getAttrError(rt, obj, d.name);
    return r;
  },
  set(rt, d, obj, v) {
    check(rt, d, obj);
    if (v === undefined) delAttr(rt, obj, d.name);
    else setAttr(rt, obj, d.name, v);
  },
};

const tables = new WeakMap<ClassObject, Map<string, ClassOwnedDescriptor>>();

/**
 * The descriptor of `cls`'s declared member or getset `name` (borrowed: the
 * table owns it; callers incref what they return).
 */
export function builtinAttrDescriptor(rt: Runtime, cls: ClassObject, name: string, kind: AttrDescriptorKind): ClassOwnedDescriptor {
  let table = tables.get(cls);
  if (table === undefined) tables.set(cls, (table = new Map()));
  const known = table.get(name);
  if (known !== undefined) return known;
  rt.heap.reserve();
  rt.incref(cls);
  const Kind = kind === 'member' ? BuiltinMemberDescriptor : BuiltinGetSetDescriptor;
  // CPython made it when the type was readied (add_members/add_getset), before the program: no count.
  const made = new Kind(cls, name);
  made.flags |= UNCOUNTED;
  const d = rt.heap.register(made);
  table.set(name, d);
  rt.internalObjects.add(d);
  return d;
}

/** Map the two JS classes to their Python types (the types' slots are installClassOwnedDescriptorType's). */
export function installBuiltinAttrDescriptors(rt: Runtime): void {
  rt.setFixedType(BuiltinGetSetDescriptor, rt.types.get('getset_descriptor'));
  rt.setFixedType(BuiltinMemberDescriptor, rt.types.get('member_descriptor'));
}
