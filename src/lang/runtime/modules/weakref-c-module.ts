/**
 * `_weakref` (Modules/_weakref.c, 3.11): the builtin module Lib/weakref.py
 * and Lib/_weakrefset.py import ref and its kin from. Its objects are the
 * weakref module's own (weakref-module.ts makes them at start-up), plus
 * _remove_dead_weakref.
 */
import { DictObject, isObject, type Value } from '../../../heap';
import { WeakrefBase } from '../../../heap/weakref-base';
import type { ModuleObject } from '../function-object';
import type { Runtime } from '../runtime';
import { weakrefModuleOf } from '../weakref-module';
import { addFunction, newNativeModule } from './native-module';

/** The names _weakref shares with the weakref module, in _weakref's order. */
const SHARED = ['getweakrefcount', 'getweakrefs', 'proxy', 'ref', 'ReferenceType', 'ProxyType', 'CallableProxyType'];

/** The _weakref module object. */
export function makeWeakrefCModule(rt: Runtime): ModuleObject {
  const heap = rt.heap;
  return newNativeModule(rt, '_weakref', (d) => {
    d.set(heap, '__doc__', 'Weak-reference support module.');
    const weakref = weakrefModuleOf(rt)?.dict;
    for (const name of SHARED) {
      const v = weakref?.get(heap, name);
      if (v !== undefined) d.set(heap, name, v);
    }
    // _weakref__remove_dead_weakref_impl: del dct[key] when dct[key] is a dead
    // weakref (_PyDict_DelItemIf); a missing key is ignored (it was a race).
    addFunction(rt, d, '_remove_dead_weakref', (args: Value[]) => {
      if (args.length !== 2) throw rt.typeError(`_remove_dead_weakref expected 2 arguments, got ${args.length}`);
      const [dct, key] = args;
      if (!(dct instanceof DictObject)) throw rt.typeError(`_remove_dead_weakref() argument 1 must be dict, not ${rt.typeName(dct)}`);
      const v = dct.get(heap, key);
      if (v === undefined) return null;
      if (!(isObject(v) && v instanceof WeakrefBase)) throw rt.typeError('not a weakref');
      if (v.referent === null) dct.delete(heap, key);
      return null;
    });
  });
}
