/**
 * Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING (CPython 3.11): the bits of
 * tp_flags a `match` statement's sequence and mapping patterns test
 * (MATCH_SEQUENCE, MATCH_MAPPING) and `T.__flags__` shows.
 *
 *  - A builtin type has them statically (list, tuple, range, memoryview
 *    and deque are sequences; dict and mappingproxy mappings; str, bytes
 *    and bytearray neither): python3's `__flags__` (builtin-type-layouts.ts).
 *  - A new class takes the bits of the first class of its MRO that has
 *    one (type_ready_inherit's inherit_patma_flags over the MRO).
 *  - `_abc._abc_init` (Modules/_abc.c) moves an exact int
 *    `__abc_tpflags__` of the class's namespace into them, both bits at
 *    once being a TypeError, and deletes the name (collections.abc's
 *    Sequence and Mapping carry it).
 *  - An ABC with one of the bits gives it to a class it registers, and to
 *    that class's subclasses, recursively (set_collection_flag_recursive),
 *    in place of the other bit, stopping at an immutable type or a class
 *    that has that bit already.
 *
 * A class keeps its own bits in ClassObject.collectionFlags (-1 while they
 * are inherited).
 */
import { ClassObject } from '../../heap';
import { WeakRef } from '../../weakref/reference-type';
import { TYPE_LAYOUTS } from './builtin-type-layouts';
import { isBuiltinClass } from './builtin-types';
import type { Runtime } from './runtime';

export const SEQUENCE_FLAG = 1 << 5;
export const MAPPING_FLAG = 1 << 6;
/** COLLECTION_FLAGS of Modules/_abc.c. */
export const COLLECTION_FLAGS = SEQUENCE_FLAG | MAPPING_FLAG;

/** The class's Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING bits. */
export function collectionFlags(rt: Runtime, cls: ClassObject): number {
  if (cls.collectionFlags >= 0) return cls.collectionFlags;
  if (cls.tag !== undefined) {
    if (!isBuiltinClass(cls)) return 0;
    const row = TYPE_LAYOUTS.get(cls.name);
    return row === undefined ? 0 : row[2] & COLLECTION_FLAGS;
  }
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = collectionFlags(rt, mro[i]);
    if (f !== 0) return f;
  }
  return 0;
}

/** _abc_init: the bits of `__abc_tpflags__`'s value added to the class's. */
export function addCollectionFlags(rt: Runtime, cls: ClassObject, flags: number): void {
  cls.collectionFlags = collectionFlags(rt, cls) | (flags & COLLECTION_FLAGS);
}

/** set_collection_flag_recursive: an ABC's register() gives its bit to `child` and its subclasses. */
export function setCollectionFlagRecursive(rt: Runtime, child: ClassObject, flag: number): void {
  // Py_TPFLAGS_IMMUTABLETYPE: a builtin type (gclab marks it with a tag) keeps its static flags.
  if (child.tag !== undefined || collectionFlags(rt, child) === (flag & COLLECTION_FLAGS)) return;
  child.collectionFlags = flag & COLLECTION_FLAGS;
  const subs = child.subclasses;
  if (subs === null) return;
  const live: ClassObject[] = [];
  for (const [, wr] of subs.entries()) {
    const sub = wr instanceof WeakRef ? wr.target : wr instanceof ClassObject ? wr : null;
    if (sub instanceof ClassObject) live.push(sub);
  }
  for (const sub of live) setCollectionFlagRecursive(rt, sub, flag);
}
