/**
 * `_testcapi.ContainerNoGC` (Modules/_testcapimodule.c): an object that
 * holds one strong reference, `value`, but is not a GC type -- no
 * tp_traverse, never tracked. The collector cannot see through it, so what
 * it holds looks externally referenced even when the container itself is
 * trash. CPython's test_gc uses it for bpo-38006 (a weakref that is itself
 * trash must be cleared before tp_clear runs, since its referent may be
 * reachable only through such a container).
 *
 * ContainerNoGC(value): tp_new takes exactly one argument (also as the
 * keyword `value`); `value` is a read-only member; tp_dealloc releases it.
 */
import { PyObject, type Heap, type Value } from '../../../heap';
import type { BuiltinType } from '../type-slots';
import type { Kwargs, Runtime } from '../runtime';

export class ContainerNoGC extends PyObject {
  /** Owned. */
  value: Value;
  constructor(value: Value) {
    super();
    this.value = value;
  }
  get typeName(): string {
    return '_testcapi.ContainerNoGC';
  }
  /** Not a GC type: no traverse, never tracked. */
  override get isGC(): boolean {
    return false;
  }
  /** ContainerNoGC_dealloc: Py_DECREF(value), then free. */
  override dealloc(heap: Heap): void {
    heap.die(this);
    const v = this.value;
    this.value = null;
    heap.decref(v);
    heap.free(this);
  }
}

/** ContainerNoGC_new: PyArg_ParseTupleAndKeywords(args, kwargs, "O:ContainerNoGC", ["value"]). */
function containerNoGCNew(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  const kw = kwargs ?? [];
  // vgetargskeywords' order: too many arguments, a missing one, then unknown keywords.
  // The "O:ContainerNoGC" format names no function in these messages.
  const n = args.length + kw.length;
  if (n > 1) throw rt.typeError(`function takes at most 1 argument (${n} given)`);
  const named = kw.find(([k]) => k === 'value');
  if (args.length === 0 && named === undefined) throw rt.typeError("function missing required argument 'value' (pos 1)");
  for (const [k] of kw) {
    if (k !== 'value') throw rt.typeError(`'${k}' is an invalid keyword argument for this function`);
  }
  const value = args.length ? args[0] : (named as [string, Value])[1];
  rt.heap.reserve();
  rt.heap.incref(value);
  return rt.heap.register(new ContainerNoGC(value));
}

export const containerNoGCType: BuiltinType = {
  name: '_testcapi.ContainerNoGC',
  instances: [ContainerNoGC],
  getset: {
    // A READONLY T_OBJECT member (PyMember_SetOne's message).
    value: {
      get: (rt, self) => rt.incref((self as ContainerNoGC).value),
      set: (rt) => {
        throw rt.error('AttributeError', 'readonly attribute');
      },
    },
  },
  tp_new: (rt, args, kwargs) => containerNoGCNew(rt, args, kwargs),
  slots: {},
};
