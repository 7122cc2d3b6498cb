/**
 * dir() (Python/bltinmodule.c builtin_dir, object___dir___impl and
 * type___dir___impl in Objects/typeobject.c): the names of an object's
 * __dict__ merged with those of its class and all the class's bases
 * (merge_class_dict), or for a class, its own and its bases' names; the
 * result is sorted. A class's own __dir__ replaces the default, and
 * dir() sorts whatever it returns.
 */
import { ClassObject, DICT_FREE_SLOT, Instance, type Value } from '../../heap';
import { isBuiltinClass } from './builtin-types';
import { isHeapCType } from './c-implemented';
import { FunctionObject, ModuleObject } from './function-object';
import { WeakProxy } from '../../weakref/reference-type';
import { WeakContainer } from '../../weakref/weak-container';
import { materializeInstanceDict } from './instance-dict';
import { builtinOwnNames } from './attributes';
import type { Runtime } from './runtime';
import { compareCodePoints } from './code-points';

/** object.__dict__'s names in CPython 3.11 (its slot wrappers, methods and getsets). */
const OBJECT_NAMES = [
  '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
  '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__',
  '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__',
];

/** BaseException.__dict__'s names in CPython 3.11. */
const BASE_EXCEPTION_NAMES = [
  '__cause__', '__context__', '__delattr__', '__dict__', '__doc__', '__getattribute__', '__init__', '__new__',
  '__reduce__', '__repr__', '__setattr__', '__setstate__', '__str__', '__suppress_context__', '__traceback__',
  'add_note', 'args', 'with_traceback',
];

/** The names a class's namespace holds (a builtin type's: its known names and its methods). */
function classNames(rt: Runtime, c: ClassObject, out: Set<string>): void {
  if (c === rt.types.get('object')) for (const n of OBJECT_NAMES) out.add(n);
  else if (c === rt.types.get('BaseException')) for (const n of BASE_EXCEPTION_NAMES) out.add(n);
  if (c.tpName !== null) {
    // A class standing for a C type: its type dict as CPython's (no __module__, __slots__ or
    // __weakref__ entries, none of the members and helpers the Python code keeps privately).
    for (const k of c.dict.keys()) if (!hiddenInCType(c, k)) out.add(k);
    return;
  }
  for (const k of c.dict.keys()) out.add(k);
  if (!isBuiltinClass(c) && c.ownSlots === null) {
    // type_new adds the __dict__ and __weakref__ getsets to a class without __slots__.
    if (!c.bases.some((b) => b.instanceHasDict && !isBuiltinClass(b))) out.add('__dict__');
    if (!c.bases.some((b) => b.instanceWeakrefable && !isBuiltinClass(b))) out.add('__weakref__');
  }
  if (isBuiltinClass(c)) {
    for (const name of builtinOwnNames(c)) out.add(name);
  }
}

/** Is `name` in the namespace of a class standing for a C type one that the C type's dict does not have? */
function hiddenInCType(c: ClassObject, name: string): boolean {
  if (name === '__slots__' || name === '__weakref__' || name === '__qualname__') return true;
  // A heap type (PyType_FromSpec) has __module__ in its dict; a static type has not.
  if (name === '__module__') return !isHeapCType(c.tpName!);
  // The Python code's private members (a C struct's fields) and helpers; a public
  // member (defaultdict's default_factory) is a member of the C type too.
  return name.startsWith('_') && !isDunder(name);
}

function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

/** merge_class_dict: the class's names, then each base's, recursively. */
function mergeClass(rt: Runtime, c: ClassObject, out: Set<string>): void {
  classNames(rt, c, out);
  for (const b of c.bases) mergeClass(rt, b, out);
}

/** The default __dir__ of `v` (unsorted when `sorted` is false). */
export function dirOf(rt: Runtime, v: Value, sorted: boolean): string[] {
  // object.__dir__ reads self.__dict__ and self.__class__, which a proxy
  // forwards to its referent (ReferenceError once it is dead).
  if (v instanceof WeakProxy) v = rt.unwrapProxy(v);
  const names = new Set<string>();
  // object.__dir__ and type.__dir__ gather the names in a dict (a new one,
  // or a copy of the instance's __dict__) whose keys become the list; the
  // dict then goes back to its free list. module_dir uses the module's own.
  if (!(v instanceof ModuleObject)) {
    // object.__dir__ reads self.__dict__ first, which makes an instance's dict from its inline values.
    if (v instanceof Instance && v.cls.instanceHasDict && !(v instanceof WeakContainer)) rt.decref(materializeInstanceDict(rt, v));
    rt.heap.phantomAlloc(DICT_FREE_SLOT);
    rt.heap.phantomFree(DICT_FREE_SLOT);
  }
  if (v instanceof ClassObject) mergeClass(rt, v, names);
  else if (v instanceof ModuleObject) {
    for (const [k] of v.dict?.entries() ?? []) if (typeof k === 'string') names.add(k);
  } else {
    if (v instanceof Instance && v.cls.instanceHasDict) for (const n of v.attrNames()) names.add(n);
    // object.__dir__: a function's func_dict is its __dict__ too.
    if (v instanceof FunctionObject) for (const [k] of v.dict?.entries() ?? []) if (typeof k === 'string') names.add(k);
    mergeClass(rt, rt.typeOf(v), names);
  }
  const out = [...names];
  if (sorted) out.sort(compareCodePoints);
  return out;
}

/** str ordering (code point order), as sorted() compares names. */
export { compareCodePoints };
