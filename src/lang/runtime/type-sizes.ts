/**
 * The layout numbers a type reports (type's members __basicsize__,
 * __itemsize__, __flags__, __dictoffset__, __weakrefoffset__), as CPython
 * 3.11 on x86-64 has them.
 *
 * A builtin type's come from python3 (builtin-type-layouts.ts, generated).
 * A class statement's follow type_new (type_new_alloc, type_new_descriptors,
 * inherit_special) from its best base's numbers:
 *
 *   basicsize  the base's, plus 8 per __slots__ member, plus 8 for a
 *              __dict__ pointer below a variable-size base (dictoffset -8),
 *              plus 8 for a __weakref__ pointer when the class adds one
 *              (weakrefoffset is where it goes)
 *   itemsize   the base's
 *   dict       added to an object of fixed size as a managed dict
 *              (Py_TPFLAGS_MANAGED_DICT; dictoffset -basicsize - 24)
 *   flags      HEAPTYPE | BASETYPE | READY | HAVE_GC, the base's
 *              *_SUBCLASS bits and _Py_TPFLAGS_MATCH_SELF, the SEQUENCE or
 *              MAPPING bit (collection-flags.ts), MANAGED_DICT when it or the class has one, and
 *              IS_ABSTRACT while __abstractmethods__ is not empty
 *
 * Py_TPFLAGS_VALID_VERSION_TAG, which CPython sets once the method cache
 * first looks a name up on the class itself, is left out of a class
 * statement's flags (the value of a class only read through its metatype).
 */
import type { ClassObject } from '../../heap';
import { TYPE_LAYOUTS } from './builtin-type-layouts';
import { isBuiltinClass } from './builtin-types';
import type { Runtime } from './runtime';
import { tpBase } from './type-layout';
import { truthy } from './operators';
import { collectionFlags } from './collection-flags';

const MANAGED_DICT = 1 << 4;
const HEAPTYPE = 1 << 9;
const BASETYPE = 1 << 10;
const READY = 1 << 12;
const HAVE_GC = 1 << 14;
const IS_ABSTRACT = 1 << 20;
const MATCH_SELF = 1 << 22;
/** Py_TPFLAGS_LONG_SUBCLASS ... Py_TPFLAGS_TYPE_SUBCLASS (bits 24 to 31). */
const SUBCLASS_BITS = 0xff000000;
const POINTER = 8;

/** A type's layout numbers. */
export interface TypeSizes {
  basicsize: number;
  itemsize: number;
  flags: number;
  dictoffset: number;
  weakrefoffset: number;
}

/** The layout numbers of `cls`, or undefined for a builtin type python3's table does not know. */
export function typeSizes(rt: Runtime, cls: ClassObject): TypeSizes | undefined {
  if (isBuiltinClass(cls)) {
    const row = TYPE_LAYOUTS.get(cls.name);
    if (row === undefined) return undefined;
    const [basicsize, itemsize, flags, dictoffset, weakrefoffset] = row;
    return { basicsize, itemsize, flags, dictoffset, weakrefoffset };
  }
  const base = typeSizes(rt, cls.tpBase ?? tpBase(rt, cls));
  if (base === undefined) return undefined;
  const own = cls.ownSlots;
  let offset = base.basicsize;
  if (own !== null) offset += POINTER * own.filter((s) => s !== '__dict__' && s !== '__weakref__').length;
  const baseHasDict = base.dictoffset !== 0 || (base.flags & MANAGED_DICT) !== 0;
  const addDict = (own === null || own.includes('__dict__')) && !baseHasDict;
  const addWeak = (own === null || own.includes('__weakref__')) && base.weakrefoffset === 0 && base.itemsize === 0;
  let dictoffset = base.dictoffset;
  let weakrefoffset = base.weakrefoffset;
  // The SEQUENCE and MAPPING bits: inherited from the base unless set on the class (collection-flags.ts).
  let flags = HEAPTYPE | BASETYPE | READY | HAVE_GC | (base.flags & (SUBCLASS_BITS | MATCH_SELF | MANAGED_DICT)) | collectionFlags(rt, cls);
  if (addDict && base.itemsize !== 0) {
    dictoffset = -POINTER;
    offset += POINTER;
  }
  if (addWeak) {
    weakrefoffset = offset;
    offset += POINTER;
  }
  if (addDict && base.itemsize === 0) {
    flags |= MANAGED_DICT;
    dictoffset = -offset - 3 * POINTER;
  }
  // type_set_abstractmethods sets IS_ABSTRACT from the value's truth (ABCMeta stores a frozenset).
  const abstract = cls.dict.get('__abstractmethods__');
  if (abstract !== undefined && truthy(rt, abstract)) flags |= IS_ABSTRACT;
  return { basicsize: offset, itemsize: base.itemsize, flags: flags >>> 0, dictoffset, weakrefoffset };
}
