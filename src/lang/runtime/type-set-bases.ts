/**
 * `C.__bases__ = (B, ...)` (type_set_bases, Objects/typeobject.c, CPython
 * 3.11). In CPython's order:
 *   1. check_set_special_type_attr: a builtin (static) type refuses any
 *      assignment (typeSetAttr checks it first), deletion is refused;
 *   2. a tuple, not empty, of classes, none of them the class itself or a
 *      subclass of it ("a __bases__ item causes an inheritance cycle");
 *   3. best_base of the new bases ("multiple bases have instance lay-out
 *      conflict") must be compatible_for_assignment with the old tp_base:
 *      the same tp_free ("deallocator differs": every heap type's is
 *      PyObject_GC_Del, `object`'s and `int`'s are not), then the same
 *      instance layout once each side is walked up past the classes that
 *      add nothing to their tp_base (compatible_with_tp_base), where two
 *      different roots must be heap types over the same tp_base adding the
 *      same __slots__, __weakref__ and __dict__ (same_slots_added);
 *   4. mro_hierarchy: the new MRO of the class, then of every subclass
 *      (depth first, tp_subclasses order); check_duplicates ("duplicate
 *      base class A") and the C3 merge's error come from here. They are all
 *      computed before any is set, so an error leaves every class as it was
 *      (CPython undoes what it set);
 *   5. the tuple itself becomes tp_bases (`C.__bases__ is t`), each new MRO
 *      a new tp_mro tuple, and the class leaves its old bases' tp_subclasses
 *      for its new ones' (remove_all_subclasses, add_all_subclasses).
 * A metaclass's own mro() is not consulted here (mro_internal would call it).
 */
import { ClassObject, MroError, PyException, TupleObject, computeMro, type Value } from '../../heap';
import { WeakRef } from '../../weakref/reference-type';
import { isBuiltinClass } from './builtin-types';
import type { Runtime } from './runtime';
import { bestBase } from './type-layout';
import { addSubclass } from './type-new';

/** Builtin types whose tp_free is not PyObject_GC_Del (their instances are not GC objects). */
const NON_GC_BUILTINS: ReadonlySet<string> = new Set(['object', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'range', 'slice']);

/** tp_free is PyObject_GC_Del: every heap type, and the builtin containers. */
function freesAsGC(c: ClassObject): boolean {
  return !isBuiltinClass(c) || !NON_GC_BUILTINS.has(c.name);
}

/** The real __slots__ a heap type adds (ht_slots, sorted by type_new), as a comparable key. */
function slotsAdded(c: ClassObject): string {
  return (c.ownSlots ?? []).filter((s) => s !== '__dict__' && s !== '__weakref__').join(',');
}

/** compatible_with_tp_base: a heap type whose instances have exactly its tp_base's layout. */
function sameLayoutAsBase(c: ClassObject): boolean {
  const base = c.tpBase;
  if (base === null || isBuiltinClass(c)) return false;
  return (
    slotsAdded(c) === '' &&
    c.slotNames.length === base.slotNames.length &&
    c.instanceHasDict === base.instanceHasDict &&
    c.instanceWeakrefable === base.instanceWeakrefable
  );
}

/** compatible_for_assignment(oldto, newto, "__bases__"). */
function checkCompatible(rt: Runtime, oldto: ClassObject, newto: ClassObject): void {
  if (freesAsGC(newto) !== freesAsGC(oldto)) {
    throw rt.typeError(`__bases__ assignment: '${newto.name}' deallocator differs from '${oldto.name}'`);
  }
  let newbase = newto;
  let oldbase = oldto;
  while (sameLayoutAsBase(newbase)) newbase = newbase.tpBase!;
  while (sameLayoutAsBase(oldbase)) oldbase = oldbase.tpBase!;
  const compatible =
    newbase === oldbase ||
    (newbase.tpBase === oldbase.tpBase &&
      !isBuiltinClass(newbase) &&
      !isBuiltinClass(oldbase) &&
      slotsAdded(newbase) === slotsAdded(oldbase) &&
      newbase.instanceWeakrefable === oldbase.instanceWeakrefable);
  if (!compatible || newto.instanceHasDict !== oldto.instanceHasDict) {
    throw rt.typeError(`__bases__ assignment: '${newto.name}' object layout differs from '${oldto.name}'`);
  }
}

/** The live subclasses of `c` (tp_subclasses, oldest first). */
function liveSubclasses(c: ClassObject): ClassObject[] {
  const out: ClassObject[] = [];
  if (c.subclasses === null) return out;
  for (const [, wr] of c.subclasses.entries()) {
    const sub = wr instanceof WeakRef ? wr.target : null;
    if (sub instanceof ClassObject && !sub.isDead && sub.mroTuple !== null) out.push(sub);
  }
  return out;
}

function mroError(e: unknown): unknown {
  if (e instanceof MroError) {
    return new PyException('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${e.baseNames.join(', ')}`);
  }
  return e;
}

/** type_set_bases: `cls.__bases__ = x` for a heap type `cls` (x undefined: `del cls.__bases__`). */
export function setBases(rt: Runtime, cls: ClassObject, x: Value | undefined): void {
  const name = cls.name;
  if (x === undefined) throw rt.typeError(`cannot delete '__bases__' attribute of immutable type '${name}'`);
  if (!(x instanceof TupleObject)) throw rt.typeError(`can only assign tuple to ${name}.__bases__, not ${rt.typeName(x)}`);
  if (x.items.length === 0) throw rt.typeError(`can only assign non-empty tuple to ${name}.__bases__, not ()`);
  for (const b of x.items) {
    if (!(b instanceof ClassObject)) throw rt.typeError(`${name}.__bases__ must be tuple of classes, not '${rt.typeName(b)}'`);
    if (b.isSubclassOf(cls)) throw rt.typeError('a __bases__ item causes an inheritance cycle');
  }
  const bases = x.items as ClassObject[];
  const newBase = bestBase(rt, bases);
  checkCompatible(rt, cls.tpBase ?? rt.types.get('object'), newBase);
  // mro_hierarchy, computed first: each subclass's MRO from its bases' new ones.
  bases.forEach((b, i) => {
    if (bases.indexOf(b) !== i) throw rt.typeError(`duplicate base class ${b.name}`);
  });
  const newMros = new Map<ClassObject, ClassObject[]>();
  const mroOf = (c: ClassObject): readonly ClassObject[] => newMros.get(c) ?? c.mro;
  const visit = (c: ClassObject, cBases: ClassObject[]): void => {
    try {
      newMros.set(c, computeMro(c, cBases, mroOf));
    } catch (e) {
      throw mroError(e);
    }
    for (const sub of liveSubclasses(c)) if (!newMros.has(sub)) visit(sub, sub.bases);
  };
  visit(cls, bases);
  const heap = rt.heap;
  const oldBases = cls.bases.slice();
  for (const b of oldBases) rt.incref(b);
  try {
    cls.setBasesTuple(heap, x, newBase);
    for (const [c, mro] of newMros) {
      const t = rt.newTuple(mro);
      c.setMroTuple(heap, t);
      rt.decref(t);
    }
    for (const b of oldBases) if (b.subclasses !== null && !b.isDead) b.subclasses.delete(heap, cls.id);
    for (const b of bases) addSubclass(rt, b, cls);
  } finally {
    for (const b of oldBases) rt.decref(b);
  }
}
