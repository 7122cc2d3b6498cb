/**
 * gclab's public API (the `gclab` package): the simulated heap, CPython
 * 3.11's cycle collector, Python's weakref module over them, and the
 * scenario runner. Every name is listed here one by one; what is not
 * listed is internal and may change. tests/public-api.test.ts pins the list.
 *
 * Ownership everywhere: a function or method returning a Value returns a
 * NEW reference (the caller decrefs it); arguments are borrowed; containers
 * take their own references to what they store.
 *
 * @module gclab
 */

// ---- the heap: objects, reference counts, reclamation (docs/heap.md) ----
export { Heap, type HeapOptions } from './heap';
export { PyObject, None, isObject, typeNameOf, type Value, type Immediate } from './heap';
export { PyException, StaleHandleError, InternalError } from './heap';
export { BasicHost, type Host, type HostCallable } from './heap';
export { verifyHeap, type Verdict } from './heap';
export {
  ListObject,
  TupleObject,
  DictObject,
  SetObject,
  newSet,
  FloatObject,
  newFloat,
  ClassObject,
  Instance,
  HostFunction,
  type HostImpl,
  BoundMethod,
  WeakrefBase,
} from './heap';

// ---- the event trace ----
export {
  TraceLog,
  eventToJSON,
  type HeapEvent,
  type TracedEvent,
  type TraceListener,
  type TraceLogOptions,
} from './heap';

// ---- the cycle collector and the gc module (docs/gc.md) ----
export {
  Collector,
  NUM_GENERATIONS,
  DEBUG_STATS,
  DEBUG_COLLECTABLE,
  DEBUG_UNCOLLECTABLE,
  DEBUG_SAVEALL,
  DEBUG_LEAK,
  CollectionSchedule,
  parseSchedule,
  ScheduleSyntaxError,
  type CollectionResult,
  type CollectorOptions,
  type GenerationStats,
  type ScheduledCollection,
} from './gc';

// ---- the weakref module (docs/weakref.md) ----
// weakref.ref and weakref.proxy
export { WeakRef, WeakProxy, newRef, newProxy, derefWeakref } from './weakref';
// weakref.getweakrefcount, weakref.getweakrefs
export { getweakrefcount, getweakrefs } from './weakref';
// weakref.KeyedRef and weakref.WeakMethod
export { KeyedRef, newKeyedRef, WeakMethod, newWeakMethod, callWeakMethod } from './weakref';
// weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet
export {
  WeakValueDictionary,
  newWeakValueDictionary,
  WeakKeyDictionary,
  newWeakKeyDictionary,
  WeakSet,
  newWeakSet,
  WeakIterator,
} from './weakref';
// weakref.finalize
export {
  Finalize,
  newFinalize,
  finalizeCall,
  finalizeDetach,
  finalizePeek,
  finalizeAlive,
  finalizeGetAtexit,
  finalizeSetAtexit,
  runAtExit,
  type ExceptHook,
  type RunAtExitOptions,
} from './weakref';
export { releaseExceptionRefs, PyExceptionWithRefs } from './weakref';

// ---- scenarios: Python 3.11 programs on the simulated heap (docs/scenarios.md) ----
export {
  runScenario,
  type ScenarioOptions,
  type ScenarioResult,
  type OutputChunk,
  InteractiveSession,
  type InteractiveOptions,
  type PushResult,
} from './lang';
