/**
 * Py_TPFLAGS_IS_ABSTRACT (Objects/typeobject.c): a class whose
 * `__abstractmethods__` was set to a true value (type_set_abstractmethods:
 * `cls.__abstractmethods__ = frozenset(...)`, what abc.ABCMeta and
 * _py_abc.ABCMeta do for every class they make). object.__new__ refuses
 * such a class (object_new); the flag is the class's own, not inherited,
 * and other constructors (a builtin base's tp_new, BaseException_new) do not
 * look at it.
 */
import type { ClassObject, Value } from '../../heap';
import { toArray, truthy } from './operators';
import { str } from './repr';
import type { Runtime } from './runtime';

const abstractClasses = new WeakSet<ClassObject>();

/** type_set_abstractmethods: the flag follows the truth of the new value (cleared by a deletion). */
export function setAbstractFlag(rt: Runtime, cls: ClassObject, value: Value | undefined): void {
  if (value !== undefined && truthy(rt, value)) abstractClasses.add(cls);
  else abstractClasses.delete(cls);
}

/**
 * object_new's check: "Can't instantiate abstract class C with abstract
 * method(s) a, b", the names sorted.
 */
export function checkNotAbstract(rt: Runtime, cls: ClassObject): void {
  if (!abstractClasses.has(cls)) return;
  const methods = cls.dict.get('__abstractmethods__');
  if (methods === undefined) return;
  const names = toArray(rt, methods).map((v) => {
    const s = str(rt, v);
    rt.decref(v);
    return s;
  });
  // PyList_Sort of str names: code point order.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  throw rt.typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
}
