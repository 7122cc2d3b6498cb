/**
 * Keyword arguments to the constructors of list, tuple, set and frozenset
 * (CPython 3.11's Argument Clinic checks): the type itself takes none
 * ("list() takes no keyword arguments"), but a subclass that overrides the
 * other half of construction may pass them through. list___init__ rejects
 * them unless the class overrides __new__; tuple_new, set_new and
 * frozenset_new reject them unless the class overrides __init__; set_init
 * always rejects them.
 */
import type { ClassObject } from '../../heap';
import type { Kwargs, Runtime } from './runtime';

/** Does `cls` get `name` from a class below builtin `base` (`type->tp_init != base->tp_init`)? */
export function overridesBelow(cls: ClassObject, base: ClassObject, name: string): boolean {
  return cls !== base && cls.lookup(name) !== base.lookup(name);
}

/** _PyArg_NoKeywords(name, kwargs): "name() takes no keyword arguments" when there are any. */
export function rejectKeywords(rt: Runtime, kwargs: Kwargs, name: string): void {
  if (kwargs !== null && kwargs.length > 0) throw rt.typeError(`${name}() takes no keyword arguments`);
}
