/**
 * The weakref layer's public surface: Python's `weakref` module (and
 * `_weakref`, `_weakrefset`) over the simulated heap. See docs/weakref.md.
 *
 * Ownership everywhere: a function returning a Value returns a NEW
 * reference (the caller decrefs it); arguments are borrowed; containers
 * take their own references to what they store.
 */

// ref, proxy and their rules (Objects/weakrefobject.c)
export {
  WeakRef,
  WeakProxy,
  newRef,
  newProxy,
  derefWeakref,
  getBasicRefs,
  checkWeakrefable,
  insertNonBasic,
  weakrefHash,
  weakrefEquals,
  proxyReferent,
} from './reference-type';

// Modules/_weakref.c
export { getweakrefcount, getweakrefs, removeDeadWeakref } from './weakref-functions';

// ref subclasses of Lib/weakref.py
export { KeyedRef, newKeyedRef } from './keyed-ref';
export { WeakMethod, newWeakMethod, callWeakMethod, weakMethodEquals, isBoundMethod } from './weak-method';

// the weak containers
export { WeakContainer, IterationGuard, newIterationGuard, isWeakContainer, type Attr } from './weak-container';
export { WeakValueDictionary, newWeakValueDictionary, type DeepCopy } from './weak-value-dictionary';
export { WeakMapping, mappingEquals } from './weak-mapping';
export { WeakKeyDictionary, newWeakKeyDictionary } from './weak-key-dictionary';
export { WeakSet, newWeakSet } from './weak-set';
export { WeakIterator, newWeakIterator, type WeakIteratorKind } from './weak-iterator';
export { DictCursor } from './dict-cursor';
export {
  openSource,
  openPairs,
  dictFromPairs,
  dictItemsSource,
  isMapping,
  isMappingLike,
  type IterableArg,
  type MappingArg,
  type MappingLike,
  type PairSource,
} from './sources';

// finalize
export {
  Finalize,
  FinalizeInfo,
  newFinalize,
  finalizeCall,
  finalizeDetach,
  finalizePeek,
  finalizeAlive,
  finalizeGetAtexit,
  finalizeSetAtexit,
  finalizeRepr,
  finalizeIsShutdown,
  liveFinalizers,
  runAtExit,
  setAtexitRegistrar,
  type ExceptHook,
  type RunAtExitOptions,
} from './finalize';

// errors
export { PyExceptionWithRefs, releaseExceptionRefs, keyErrorHolding, typeRepr } from './errors';
