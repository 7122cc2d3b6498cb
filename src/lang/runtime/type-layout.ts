/**
 * The instance layout checks of type_new (Objects/typeobject.c, CPython
 * 3.11): which base a new class's instances extend, and what its
 * __slots__ may declare.
 *
 *   bestBase      best_base / solid_base / extra_ivars: of the bases, the
 *                 one whose "solid base" (the nearest class that adds C
 *                 fields to its instances) is the most derived; two solid
 *                 bases on different branches are "multiple bases have
 *                 instance lay-out conflict".
 *   slotLayout    type_new_get_slots, type_new_visit_slots and
 *                 type_new_copy_slots: __slots__ as a str or an iterable;
 *                 nonempty __slots__ refused below a variable-size base
 *                 (int, tuple, bytes, type); per item, in order: a str, an
 *                 identifier, `__dict__` only if the best base has no
 *                 __dict__ and not twice, `__weakref__` only if the best
 *                 base has no __weakref__ (and no item size) and not twice;
 *                 then the names are mangled, checked against class
 *                 variables and SORTED, which is the order of the member
 *                 descriptors in the class __dict__ and the order in which
 *                 subtype_dealloc's clear_slots releases them.
 */
import type { ClassObject, DictObject, Value } from '../../heap';
import { isBuiltinClass } from './builtin-types';
import { toArray } from './operators';
import type { Runtime } from './runtime';

/**
 * Builtin exception types whose instances carry fields of their own
 * (extra_ivars is true for them in CPython 3.11); every other builtin
 * exception shares BaseException's layout.
 */
const EXCEPTIONS_WITH_FIELDS = new Set([
  'BaseException',
  'SystemExit',
  'StopIteration',
  'AttributeError',
  'NameError',
  'ImportError',
  'SyntaxError',
  'OSError',
  'UnicodeError',
  'BaseExceptionGroup',
]);

/** Builtin types with tp_itemsize != 0 (variable-size instances). */
const VARIABLE_SIZE = new Set(['int', 'tuple', 'bytes', 'type']);

/** solid_base: the nearest class along the tp_base chain that adds instance fields. */
export function solidBase(rt: Runtime, cls: ClassObject): ClassObject {
  const object = rt.types.get('object');
  for (let c = cls; ; ) {
    if (c === object) return object;
    if (isBuiltinClass(c)) {
      if (!rt.types.isExceptionClass(c) || EXCEPTIONS_WITH_FIELDS.has(c.name)) return c;
    } else if (c.ownSlots !== null && c.ownSlots.some((s) => s !== '__dict__' && s !== '__weakref__')) {
      return c;
    }
    c = tpBase(rt, c);
  }
}

/** tp_base of an existing class: its best base (object for a class without bases). */
export function tpBase(rt: Runtime, cls: ClassObject): ClassObject {
  return cls.bases.length === 0 ? rt.types.get('object') : bestBase(rt, cls.bases);
}

/** best_base: the base a new class's instance layout extends. */
export function bestBase(rt: Runtime, bases: ClassObject[]): ClassObject {
  let winner: ClassObject | null = null;
  let base: ClassObject | null = null;
  for (const b of bases) {
    const candidate = solidBase(rt, b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubclassOf(candidate)) {
      // the winner already extends this layout
    } else if (candidate.isSubclassOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      throw rt.typeError('multiple bases have instance lay-out conflict');
    }
  }
  return base ?? rt.types.get('object');
}

/** tp_itemsize != 0: the class or a class of its tp_base chain is variable-size. */
function hasItemSize(rt: Runtime, cls: ClassObject): boolean {
  const object = rt.types.get('object');
  for (let c = cls; c !== object; c = tpBase(rt, c)) {
    if (isBuiltinClass(c) && VARIABLE_SIZE.has(c.name)) return true;
  }
  return false;
}

/** _Py_Mangle: `__x` in class `_C` is `_C__x`; dunder names and names of all-underscore classes are kept. */
export function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/**
 * The __slots__ of namespace `ns` for a class `name` whose best base is
 * `base`, checked as type_new checks them: null when the namespace has no
 * __slots__; otherwise the slot names mangled and sorted, `__dict__` and
 * `__weakref__` kept (they say the instances get those slots).
 */
export function slotLayout(rt: Runtime, name: string, base: ClassObject, ns: DictObject): string[] | null {
  const raw: Value | undefined = ns.get(rt.heap, '__slots__');
  if (raw === undefined) return null;
  let items: Value[];
  if (typeof raw === 'string') items = [raw];
  else {
    items = toArray(rt, raw);
    for (const x of items) rt.decref(x);
  }
  if (items.length > 0 && hasItemSize(rt, base)) {
    throw rt.typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
  }
  const mayAddDict = !base.instanceHasDict;
  const mayAddWeak = !base.instanceWeakrefable && !hasItemSize(rt, base);
  let addDict = false;
  let addWeak = false;
  for (const x of items) {
    if (typeof x !== 'string') throw rt.typeError(`__slots__ items must be strings, not '${rt.typeName(x)}'`);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(x)) throw rt.typeError('__slots__ must be identifiers');
    if (x === '__dict__') {
      if (!mayAddDict || addDict) throw rt.typeError('__dict__ slot disallowed: we already got one');
      addDict = true;
    }
    if (x === '__weakref__') {
      if (!mayAddWeak || addWeak) {
        throw rt.typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
      }
      addWeak = true;
    }
  }
  const names: string[] = [];
  for (const x of items as string[]) {
    if (x === '__dict__' || x === '__weakref__') continue;
    const slot = mangle(name, x);
    names.push(slot);
    if (ns.has(rt.heap, slot) && slot !== '__qualname__' && slot !== '__classcell__') {
      throw rt.error('ValueError', `'${slot}' in __slots__ conflicts with class variable`);
    }
  }
  // PyList_Sort on str: code point order, as JS's default sort of strings
  // compares UTF-16 units (identifiers here are ASCII).
  names.sort();
  if (addDict) names.push('__dict__');
  if (addWeak) names.push('__weakref__');
  return names;
}
