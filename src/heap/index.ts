/** The heap layer's public surface. */
export { Heap, TRASHCAN_UNWIND_LEVEL, type HeapOptions, type HeapTypeParts } from './heap';
export { FreeLists, NO_FREE_LIST, LIST_FREE_SLOT, DICT_FREE_SLOT, SLICE_FREE_SLOT, tupleFreeSlot, tupleAllocSlot } from './free-lists';
export { PyObject, FINALIZED, COLLECTING, UNREACHABLE, DEAD, UNCOUNTED, C_PENDING, type Visit, type GcNode } from './object';
export { None, isObject, typeNameOf, type Value, type Immediate } from './value';
export { PyException, InternalError, StaleHandleError } from './errors';
export { BasicHost, type Host, type HostCallable } from './host';
export { TraceLog, eventToJSON, type HeapEvent, type TracedEvent, type TraceListener, type TraceSink, type TraceLocation, type TraceLogOptions } from './trace';
export { TRACE_FORMAT, TRACE_VERSION, TRACE_LEVELS, EVENT_KINDS, GC_PHASES, validateTrace, traceSchema, type TraceLevel, type TraceHeader, type TraceProfile, type TraceProblem } from './trace-format';
export { hashImmediate, hashInt, hashString, hashFloat, hashLow32, normalHash, xorHash, type Hash } from './hash';
export { fakeAddress, fakeAddressHex } from './address';
export { verifyHeap, generationObjects, type Verdict } from './verify';
export { GcHead, GcStore, NO_SLOT, gcMarks, listObjects, listSize } from './gc-list';
export {
  WeakrefBase,
  clearWeakRefs,
  clearWeakref,
  unlinkWeakref,
  insertHead,
  insertAfter,
  weakrefsOf,
  weakrefCount,
  handleCallback,
} from './weakref-base';
export { ListObject } from './objects/list-object';
export { TupleObject, mayBeTracked } from './objects/tuple-object';
export { DictObject, keyError } from './objects/dict-object';
export { ClassObject, ClassNamespaceDict, computeMro, MroError } from './objects/class-object';
export { IN_OBJECT_VALUES, Instance, withInstanceLayout } from './objects/instance-object';
export { PrimitiveBox, strKeyOf } from './objects/primitive-box';
export {
  ListSubInstance,
  DictSubInstance,
  TupleSubInstance,
  SetSubInstance,
  FrozenSetSubInstance,
  BytesSubInstance,
  ByteArraySubInstance,
  ComplexSubInstance,
  FloatSubInstance,
  IntSubInstance,
  StrSubInstance,
  newSubtypeInstance,
} from './objects/subtype-instances';
export { HostFunction, type HostImpl } from './objects/host-function';
export { BoundMethod } from './objects/bound-method';
export { FloatObject, newFloat, floatRepr } from './objects/float-object';
export { BytesLikeObject, BytesObject, ByteArrayObject, byteArrayResize, newBytes, newByteArray } from './objects/bytes-object';
export { ComplexObject, newComplex } from './objects/complex-object';
export {
  SetObject,
  FrozenSetObject,
  newFrozenSet,
  SetCursor,
  newSet,
  consume,
  PySet_MINSIZE,
  LINEAR_PROBES,
  PERTURB_SHIFT,
  type ValueSource,
} from './objects/set-object';
export { asStartupWork, asUncountedWork, inStartupWork } from './startup-work';
