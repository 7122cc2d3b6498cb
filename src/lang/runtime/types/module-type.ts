/**
 * module (Objects/moduleobject.c): `types.ModuleType(name, doc=None)` and
 * the class statements over it (`class M(types.ModuleType)`). tp_alloc
 * makes a module with an empty namespace (new_module); tp_init
 * (module___init__) fills in the five standard names. The attribute
 * protocol of modules and their subclasses is attributes.ts's
 * moduleGetAttr / moduleSetAttr; a subclass instance is a ModuleObject
 * whose `cls` is the class.
 */
import type { ClassObject, Value } from '../../../heap';
import { ModuleObject } from '../function-object';
import { kwarg } from '../methods';
import type { Kwargs, Runtime } from '../runtime';
import type { BuiltinType } from '../type-slots';

/** new_module: a module of class `cls` with an empty, untracked namespace. */
function allocModule(rt: Runtime, cls: ClassObject, name: string): ModuleObject {
  const d = rt.heap.newDict();
  rt.heap.reserve();
  const m = rt.heap.register(new ModuleObject(name, d));
  if (cls !== rt.types.get('module')) m.cls = rt.incref(cls);
  rt.heap.track(m);
  return m;
}

/** module___init__(name, doc=None): the namespace's __name__, __doc__, __package__, __loader__, __spec__. */
function initModule(rt: Runtime, self: Value, args: Value[], kwargs: Kwargs): void {
  const name = args.length > 0 ? args[0] : kwarg(kwargs, 'name');
  const doc = args.length > 1 ? args[1] : (kwarg(kwargs, 'doc') ?? null);
  for (const [k] of kwargs ?? []) if (k !== 'name' && k !== 'doc') throw rt.typeError(`module() got an unexpected keyword argument '${k}'`);
  if (args.length > 2) throw rt.typeError(`module() takes at most 2 arguments (${args.length} given)`);
  if (name === undefined) throw rt.typeError("module() missing required argument 'name' (pos 1)");
  if (typeof name !== 'string') throw rt.typeError(`module() argument 'name' must be str, not ${rt.typeName(name)}`);
  const m = self as ModuleObject;
  m.name = name;
  const d = m.dict;
  if (d === null) return;
  d.set(rt.heap, '__name__', name);
  d.set(rt.heap, '__doc__', doc);
  for (const k of ['__package__', '__loader__', '__spec__']) d.set(rt.heap, k, null);
}

export const moduleType: BuiltinType = {
  name: 'module',
  slots: {},
  tp_new(rt, args, kwargs, cls) {
    const m = allocModule(rt, cls, '?');
    try {
      initModule(rt, m, args, kwargs);
    } catch (e) {
      rt.decref(m);
      throw e;
    }
    return m;
  },
  tp_alloc: (rt, cls) => allocModule(rt, cls, '?'),
  newChecksKeywords: true,
  tp_init: initModule,
};
