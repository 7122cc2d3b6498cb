/**
 * `_testcapi.awaitType` (Modules/_testcapimodule.c): an object whose
 * tp_as_async.am_await returns the iterator it was made with. CPython's
 * test_coroutines uses it to check that `await` calls am_await (and that
 * its result must be an iterator) and that the slot shows as `__await__`.
 *
 * awaitType(iterator): tp_new unpacks exactly one positional argument
 * (PyArg_UnpackTuple "awaitObject"); not a GC type; tp_dealloc releases it.
 */
import { PyObject, type Heap, type Value } from '../../../heap';
import type { BuiltinType } from '../type-slots';
import type { Kwargs, Runtime } from '../runtime';

/** An awaitType instance (awaitObject): holds the iterator its am_await returns. */
export class AwaitObject extends PyObject {
  /** ao_iterator, owned. */
  iterator: Value;
  constructor(iterator: Value) {
    super();
    this.iterator = iterator;
  }
  get typeName(): string {
    return 'awaitType';
  }
  /** Not a GC type: no traverse, never tracked. */
  override get isGC(): boolean {
    return false;
  }
  /** awaitObject_dealloc: Py_DECREF(ao_iterator), then free. */
  override dealloc(heap: Heap): void {
    heap.die(this);
    const v = this.iterator;
    this.iterator = null;
    heap.decref(v);
    heap.free(this);
  }
}

/** awaitObject_new: one positional argument, no keywords looked at. */
function awaitObjectNew(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  void kwargs;
  if (args.length !== 1) {
    throw rt.typeError(`awaitObject expected 1 argument, got ${args.length}`);
  }
  rt.heap.reserve();
  rt.heap.incref(args[0]);
  return rt.heap.register(new AwaitObject(args[0]));
}

/** The awaitType type: tp_new, and am_await as its `__await__` method. */
export const awaitObjectType: BuiltinType = {
  name: '_testcapi.awaitType',
  instances: [AwaitObject],
  methods: {
    /** am_await (awaitObject_await): a new reference to the iterator. */
    __await__: (rt, self) => rt.incref((self as AwaitObject).iterator),
  },
  tp_new: (rt, args, kwargs) => awaitObjectNew(rt, args, kwargs),
  slots: {},
};
