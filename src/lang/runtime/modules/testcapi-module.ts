/**
 * `_testcapi`: the parts of CPython's C-API test module that exercise the
 * object lifetimes gclab simulates. Only these are provided; any other name
 * is an AttributeError ("module '_testcapi' has no attribute ..."), which
 * gclab's test.support reports as a skip of the test that reached it.
 *
 * with_tp_del(cls): give a class the legacy tp_del slot (slot_tp_del calls
 * `__tp_del__` at each death, after the weakrefs are cleared; an instance
 * in a cycle is uncollectable and lands in gc.garbage); returns cls.
 *
 * without_gc(cls): take the GC flag off a heap type (its instances are
 * never tracked, and __del__ runs at each of their deaths); returns cls.
 *
 * create_cfunction(): a new builtin function object at each call.
 *
 * exception_print(exc): the traceback display of exc on sys.stderr.
 *
 * ContainerNoGC(value): a non-GC object holding `value` (container-no-gc.ts).
 * awaitType(iterator): an object whose am_await returns `iterator` (await-type.ts).
 */
import { ClassObject, type Value } from '../../../heap';
import { isBuiltinClass } from '../builtin-types';
import type { ModuleObject } from '../function-object';
import { repr } from '../repr';
import { call } from '../calls';
import type { Runtime } from '../runtime';
import { addFunction, addObject, newBuiltinFunction, newNativeModule } from './native-module';
import { containerNoGCType } from './container-no-gc';
import { awaitObjectType } from './await-type';
import { registerType } from '../type-slots';

/** The awaitType type of this runtime (made and registered at the module's first import). */
function awaitClass(rt: Runtime): ClassObject {
  const name = awaitObjectType.name;
  if (!rt.types.has(name)) registerType(rt, awaitObjectType, rt.types.make('awaitType', [rt.types.get('object')], '_testcapi'));
  return rt.types.get(name);
}

/** The ContainerNoGC type of this runtime (made and registered at the module's first import). */
function containerNoGCClass(rt: Runtime): ClassObject {
  const name = containerNoGCType.name;
  if (!rt.types.has(name)) registerType(rt, containerNoGCType, rt.types.make('ContainerNoGC', [rt.types.get('object')], '_testcapi'));
  return rt.types.get(name);
}

export function makeTestcapiModule(rt: Runtime): ModuleObject {
  return newNativeModule(rt, '_testcapi', (d) => {
    addFunction(rt, d, 'with_tp_del', (args) => {
      if (args.length !== 1) throw rt.typeError(`with_tp_del() takes exactly 1 argument (${args.length} given)`);
      const cls = args[0];
      if (!(cls instanceof ClassObject) || isBuiltinClass(cls)) {
        throw rt.typeError(`heap type expected, got ${repr(rt, cls)}`);
      }
      cls.tpDel = true;
      return rt.incref(cls);
    });
    // without_gc(cls): take Py_TPFLAGS_HAVE_GC off a heap type; its instances made
    // afterwards are never tracked and are finalized at every death.
    addFunction(rt, d, 'without_gc', (args) => {
      if (args.length !== 1) throw rt.typeError(`without_gc() takes exactly one argument (${args.length} given)`);
      const cls = args[0];
      if (!(cls instanceof ClassObject) || isBuiltinClass(cls)) {
        throw rt.typeError(`heap type expected, got ${repr(rt, cls)}`);
      }
      cls.instancesGC = false;
      return rt.incref(cls);
    });
    // create_cfunction(): a new builtin function object each call (PyCFunction_NewEx
    // of a static method definition named create_cfunction, no self, no module).
    const createCfunction = (args: Value[]): Value => {
      if (args.length !== 0) throw rt.typeError(`create_cfunction() takes no arguments (${args.length} given)`);
      return newBuiltinFunction(rt, 'create_cfunction', createCfunction);
    };
    addFunction(rt, d, 'create_cfunction', createCfunction);
    // exception_print(exc): PyErr_Display(type(exc), exc, exc.__traceback__), the
    // display sys.__excepthook__ stands for (on the current sys.stderr).
    addFunction(rt, d, 'exception_print', (args) => {
      if (args.length !== 1) throw rt.typeError(`exception_print() takes exactly one argument (${args.length} given)`);
      const hook = rt.sysDict?.get(rt.heap, '__excepthook__');
      if (hook === undefined) throw rt.error('RuntimeError', 'lost sys.__excepthook__');
      rt.decref(call(rt, hook, [rt.typeOf(args[0]), args[0], null]));
      return null;
    });
    addObject(rt, d, 'ContainerNoGC', rt.incref(containerNoGCClass(rt)));
    addObject(rt, d, 'awaitType', rt.incref(awaitClass(rt)));
  });
}
