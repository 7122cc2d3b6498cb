/**
 * descr_check (Objects/descrobject.c): a descriptor that a builtin type
 * owns applies only to instances of that type. Every builtin method and
 * descriptor reached through the class with the wrong `self` raises this
 * one TypeError:
 *
 *   descriptor 'append' for 'list' objects doesn't apply to a 'int' object
 */
import { ClassObject, Instance, type PyException, type Value } from '../../heap';
import { defineGetters, defineMethods } from './attributes';
import { defineDescriptorSlots } from './descriptors';
import { DESCRIPTOR_DOCS } from './builtin-docs';
import { RefHolder } from './native-objects';
import { registerType } from './type-slots';
import type { Runtime } from './runtime';

/** The TypeError descr_check raises (a new exception to throw). */
export function descriptorMisuse(rt: Runtime, name: string, ownerName: string, obj: Value): PyException {
  return rt.typeError(`descriptor '${name}' for '${ownerName}' objects doesn't apply to a '${rt.typeName(obj)}' object`);
}

/** How a builtin type's own member or getset descriptor reads and writes (builtin-attr-descriptor.ts). */
export interface NativeDescriptorAccess {
  /** The attribute of `obj` (a new reference), after descr_check. */
  get(rt: Runtime, d: ClassOwnedDescriptor, obj: Value): Value;
  /** Store (`v` undefined: delete) the attribute of `obj`, after descr_check. */
  set(rt: Runtime, d: ClassOwnedDescriptor, obj: Value, v: Value | undefined): void;
}

/**
 * A descriptor a class statement puts in its class's namespace for
 * instances of that class (member_descriptor for a `__slots__` name,
 * getset_descriptor for `__dict__`/`__weakref__`). It holds a strong
 * reference to the declaring class (d_type), so every class with one is
 * in a reference cycle. refs = [class].
 */
export abstract class ClassOwnedDescriptor extends RefHolder {
  /** Steals the reference to `owner`. */
  constructor(
    owner: ClassObject,
    readonly name: string,
  ) {
    super([owner]);
  }
  override get weakrefable(): boolean {
    return false;
  }
  get owner(): ClassObject {
    return this.refs[0] as ClassObject;
  }
  /** A builtin type's own descriptor's access (undefined: a class statement's, read by its descriptor type's functions). */
  nativeAccess(): NativeDescriptorAccess | undefined {
    return undefined;
  }
  /** descr_check: `obj` must be an instance of the declaring class. */
  check(rt: Runtime, obj: Value): Instance {
    if (!(obj instanceof Instance) || !obj.cls.isSubclassOf(this.owner)) throw descriptorMisuse(rt, this.name, this.owner.name, obj);
    return obj;
  }
}

/**
 * A descriptor's `__doc__` (PyMemberDef.doc / PyGetSetDef.doc): a builtin
 * type's from python3's (builtin-docs.ts DESCRIPTOR_DOCS); a class
 * statement's `__dict__` and `__weakref__` getsets have subtype_getsets_full's;
 * a `__slots__` member has none.
 */
function descriptorDoc(d: ClassOwnedDescriptor): string | null {
  if (d.nativeAccess() !== undefined) return DESCRIPTOR_DOCS.get(`${d.owner.name}.${d.name}`) ?? null;
  if (d.typeName === 'getset_descriptor') return DESCRIPTOR_DOCS.get(`*.${d.name}`) ?? null;
  return null;
}

/**
 * The Python-level face of a class-owned descriptor type (the wrappers
 * typeobject.c's slotdefs make from tp_descr_get/tp_descr_set, and
 * descrobject.c's descr_members/descr_getset): `__get__`, `__set__`,
 * `__delete__` with wrap_descr_get's and wrap_descr_set's argument errors,
 * `__name__`, `__qualname__`, `__objclass__` and the repr
 * `<KIND 'name' of 'Owner' objects>`.
 */
export function installClassOwnedDescriptorType(
  rt: Runtime,
  typeName: string,
  reprKind: string,
  get: (rt: Runtime, d: ClassOwnedDescriptor, obj: Value) => Value,
  set: (rt: Runtime, d: ClassOwnedDescriptor, obj: Value, v: Value | undefined) => void,
): void {
  const cls = rt.types.get(typeName);
  // A builtin type's own member/getset descriptor of this type answers through its access instead.
  const ownGet = get;
  const ownSet = set;
  get = (rt2, d, obj) => {
    const native = d.nativeAccess();
    return native !== undefined ? native.get(rt2, d, obj) : ownGet(rt2, d, obj);
  };
  set = (rt2, d, obj, v) => {
    const native = d.nativeAccess();
    if (native !== undefined) native.set(rt2, d, obj, v);
    else ownSet(rt2, d, obj, v);
  };
  defineDescriptorSlots(cls, {
    get: (rt2, d, obj) => (obj === undefined ? rt2.incref(d) : get(rt2, d as ClassOwnedDescriptor, obj)),
    set: (rt2, d, obj, v) => set(rt2, d as ClassOwnedDescriptor, obj, v),
  });
  defineMethods(cls, {
    __get__(rt2, self, args) {
      // wrap_descr_get: PyArg_UnpackTuple(args, "", 1, 2, ...); obj None means "read through the class".
      if (args.length < 1) throw rt2.typeError(` expected at least 1 argument, got ${args.length}`);
      if (args.length > 2) throw rt2.typeError(` expected at most 2 arguments, got ${args.length}`);
      if (args[0] === null) return rt2.incref(self);
      return get(rt2, self as ClassOwnedDescriptor, args[0]);
    },
    __set__(rt2, self, args) {
      if (args.length !== 2) throw rt2.typeError(` expected 2 arguments, got ${args.length}`);
      set(rt2, self as ClassOwnedDescriptor, args[0], args[1]);
      return null;
    },
    __delete__(rt2, self, args) {
      if (args.length !== 1) throw rt2.typeError(`expected 1 argument, got ${args.length}`);
      set(rt2, self as ClassOwnedDescriptor, args[0], undefined);
      return null;
    },
  });
  defineGetters(cls, {
    __name__: (_rt, self) => (self as ClassOwnedDescriptor).name,
    __qualname__: (_rt, self) => `${(self as ClassOwnedDescriptor).owner.qualname}.${(self as ClassOwnedDescriptor).name}`,
    __objclass__: (rt2, self) => rt2.incref((self as ClassOwnedDescriptor).owner),
    __doc__: (_rt, self) => descriptorDoc(self as ClassOwnedDescriptor),
  });
  registerType(
    rt,
    {
      name: typeName,
      slots: {
        tp_repr: (_rt, self) => `<${reprKind} '${(self as ClassOwnedDescriptor).name}' of '${(self as ClassOwnedDescriptor).owner.name}' objects>`,
      },
    },
    cls,
  );
}
