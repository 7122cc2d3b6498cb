/**
 * types.UnionType (Objects/unionobject.c): what `int | str`, `int | None`
 * and `list[int] | None` give (PEP 604).
 *
 * Layout (unionobject): refs = [args, parameters]; parameters is made on
 * first use. GC-tracked, not weakly referenceable, no tp_clear;
 * unionobject_dealloc releases args, then parameters.
 *
 * _Py_union_type_or (the nb_or of type, GenericAlias and UnionType): both
 * operands must be None, a class, a GenericAlias or a UnionType, else
 * NotImplemented (so typing's objects answer through their __ror__). The
 * arguments are flattened (a union inside contributes its arguments), None
 * becomes NoneType, duplicates go (by identity; GenericAliases by ==), and
 * a single remaining argument is returned itself (`int | int` is int).
 *
 *   tp_repr        `int | str | None`
 *   tp_hash        hash(frozenset(args))
 *   tp_richcompare == / != as sets of arguments
 *   mp_subscript   substitutes type variables (`(int | list[T])[str]`)
 *   __instancecheck__/__subclasscheck__ are not methods in 3.11:
 *   isinstance/issubclass read a union's args as a tuple (abstract.c).
 */
import { ClassObject, PyException, TupleObject, type Value } from '../../../heap';
import { RefHolder } from '../native-objects';
import { hash } from '../operators';
import { richCompare } from '../operators';
import type { Runtime } from '../runtime';
import { NotImplemented } from '../runtime';
import type { BuiltinType } from '../type-slots';
import { GenericAliasObject } from './generic-alias-type';
import { makeParameters, substituteParameters, typeArgRepr } from './type-parameters';
import { repr } from '../repr';
import { newFrozenSet } from '../../../heap/objects/set-object';

export class UnionObject extends RefHolder {
  get typeName(): string {
    return 'types.UnionType';
  }
  /** unionobject has no tp_clear. */
  override clear(): void {}
  get args(): TupleObject {
    return this.refs[0] as TupleObject;
  }
}

/** Is `e` a TypeError (or a subclass) raised in Python or by the runtime? */
export function isTypeError(rt: Runtime, e: unknown): e is PyException {
  if (!(e instanceof PyException)) return false;
  const typeError = rt.types.get('TypeError');
  const v = e.pyValue;
  if (v !== undefined && v !== null && typeof v === 'object' && 'cls' in v && v.cls instanceof ClassObject) return v.cls.isSubclassOf(typeError);
  const cls = rt.types.byName.get(e.pyType);
  return cls !== undefined && cls.isSubclassOf(typeError);
}

/** is_unionable (3.11): None, a class, a GenericAlias or a UnionType. */
function isUnionable(v: Value): boolean {
  return v === null || v instanceof ClassObject || v instanceof GenericAliasObject || v instanceof UnionObject;
}

/** _Py_union_type_or: `self | other`, or NotImplemented. A new reference. */
export function unionTypeOr(rt: Runtime, self: Value, other: Value): Value {
  if (!isUnionable(self) || !isUnionable(other)) return NotImplemented;
  return makeUnion(rt, [self, other]);
}

/** make_union over dedup_and_flatten_args: the union of `items`, or its single member. */
function makeUnion(rt: Runtime, items: Value[]): Value {
  const flat: Value[] = [];
  const noneType = rt.types.get('NoneType');
  for (const a of items) {
    if (a instanceof UnionObject) flat.push(...a.args.items);
    else flat.push(a === null ? noneType : a);
  }
  const unique: Value[] = [];
  for (const a of flat) {
    const dup = unique.some((b) => (a instanceof GenericAliasObject && b instanceof GenericAliasObject ? equal(rt, a, b) : a === b));
    if (!dup) unique.push(a);
  }
  if (unique.length === 1) return rt.incref(unique[0]);
  const args = rt.newTuple(unique);
  rt.heap.reserve();
  const u = rt.heap.register(new UnionObject([args, undefined]));
  rt.heap.track(u);
  return u;
}

function equal(rt: Runtime, a: Value, b: Value): boolean {
  const r = richCompare(rt, a, b, '==');
  const t = r === true;
  rt.decref(r);
  return t;
}

function parametersOf(rt: Runtime, u: UnionObject): TupleObject {
  let p = u.refs[1] as TupleObject | undefined;
  if (p === undefined) {
    p = makeParameters(rt, u.args);
    u.refs[1] = p;
  }
  return p;
}

/** _Py_union_args: the tuple isinstance/issubclass read a union as (borrowed), or undefined. */
export function unionArgs(v: Value): TupleObject | undefined {
  return v instanceof UnionObject ? v.args : undefined;
}

/** A new frozenset of the union's arguments (for hash and ==). */
function argSet(rt: Runtime, u: UnionObject): Value {
  const s = newFrozenSet(rt.heap);
  try {
    for (const a of u.args.items) s.add(rt.heap, a);
  } catch (e) {
    rt.decref(s);
    throw e;
  }
  return s;
}

export const unionType: BuiltinType = {
  name: 'types.UnionType',
  instances: [UnionObject],
  getset: {
    __args__: (rt, self) => rt.incref((self as UnionObject).args),
    __parameters__: (rt, self) => rt.incref(parametersOf(rt, self as UnionObject)),
  },
  readonlyMembers: ['__args__'],
  slots: {
    tp_repr(rt, self) {
      return (self as UnionObject).args.items.map((a) => typeArgRepr(rt, a, true)).join(' | ');
    },
    tp_hash(rt, self) {
      const s = argSet(rt, self as UnionObject);
      try {
        return hash(rt, s);
      } finally {
        rt.decref(s);
      }
    },
    tp_richcompare(rt, self, other, op) {
      if (!(other instanceof UnionObject) || (op !== '==' && op !== '!=')) return NotImplemented;
      const a = argSet(rt, self as UnionObject);
      const b = argSet(rt, other);
      try {
        return richCompare(rt, a, b, op);
      } finally {
        rt.decref(a);
        rt.decref(b);
      }
    },
    mp_subscript(rt, self, item) {
      const u = self as UnionObject;
      const newArgs = substituteParameters(rt, self, u.args, parametersOf(rt, u), item);
      try {
        for (const a of newArgs.items) {
          if (!isUnionable(a)) throw rt.typeError(`Each union argument must be a type, got ${repr(rt, a)}`);
        }
        return makeUnion(rt, newArgs.items);
      } finally {
        rt.decref(newArgs);
      }
    },
    nb_binary(rt, self, op, other, reflected) {
      if (op !== '|') return NotImplemented;
      return reflected ? unionTypeOr(rt, other, self) : unionTypeOr(rt, self, other);
    },
  },
  nb_ops: { binary: ['|'], reflected: ['|'] },
};

