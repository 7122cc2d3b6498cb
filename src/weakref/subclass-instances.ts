/**
 * Instances of class statements that derive from the weak containers and
 * from finalize (`class MySet(WeakSet)`, `class MyFinalizer(finalize)`).
 * In CPython these bases are Python classes (Lib/weakref.py,
 * Lib/_weakrefset.py), so their subclasses are ordinary heap types: here
 * each is the container's own object with the heap-type layout added
 * (withInstanceLayout: a class, __slots__, a __dict__), so every container
 * operation applies to it unchanged.
 *
 * Release order on dealloc (subtype_dealloc): weakrefs, then __slots__ and
 * the subclass's own attributes, then the container's attributes (`data`,
 * `_remove`, `_pending_removals`, `_iterating`).
 */
import { withInstanceLayout, type ClassObject, type Heap, type Value } from '../heap';
import { newSubtypeInstance } from '../heap/objects/subtype-instances';
import { Finalize } from './finalize';
import { WeakKeyDictionary, initWeakKeyDictionary } from './weak-key-dictionary';
import { WeakSet, initWeakSet } from './weak-set';
import { WeakValueDictionary, initWeakValueDictionary } from './weak-value-dictionary';

// Each subclass instance's `__dict__` (attrNames, getAttr, setAttr, ...):
// the container's four attributes first (its class's __init__ assigned them
// first), then the subclass's own, which the instance layout keeps.

export class WeakSetSubInstance extends withInstanceLayout(WeakSet) {
  override attrNames(): string[] {
    return [...this.internalAttrNames(), ...super.attrNames()];
  }

  override getAttr(name: string): Value | undefined {
    return (this.isInternalName(name) ? this.internalAttr(name) : undefined) ?? super.getAttr(name);
  }

  override hasOwnAttr(name: string): boolean {
    return (this.isInternalName(name) && this.internalAttr(name) !== undefined) || super.hasOwnAttr(name);
  }

  override setAttr(heap: Heap, name: string, v: Value): void {
    if (this.isInternalName(name)) this.setInternalAttr(heap, name, v);
    else super.setAttr(heap, name, v);
  }

  override deleteAttr(heap: Heap, name: string): boolean {
    return this.isInternalName(name) ? this.deleteInternalAttr(heap, name) : super.deleteAttr(heap, name);
  }

  /** The container's attributes, after the subclass's own (see the file comment). */
  override releaseOwnReferences(heap: Heap): void {
    this.releaseAttrs(heap);
  }
}

export class WeakValueDictionarySubInstance extends withInstanceLayout(WeakValueDictionary) {
  override attrNames(): string[] {
    return [...this.internalAttrNames(), ...super.attrNames()];
  }

  override getAttr(name: string): Value | undefined {
    return (this.isInternalName(name) ? this.internalAttr(name) : undefined) ?? super.getAttr(name);
  }

  override hasOwnAttr(name: string): boolean {
    return (this.isInternalName(name) && this.internalAttr(name) !== undefined) || super.hasOwnAttr(name);
  }

  override setAttr(heap: Heap, name: string, v: Value): void {
    if (this.isInternalName(name)) this.setInternalAttr(heap, name, v);
    else super.setAttr(heap, name, v);
  }

  override deleteAttr(heap: Heap, name: string): boolean {
    return this.isInternalName(name) ? this.deleteInternalAttr(heap, name) : super.deleteAttr(heap, name);
  }

  /** The container's attributes, after the subclass's own (see the file comment). */
  override releaseOwnReferences(heap: Heap): void {
    this.releaseAttrs(heap);
  }
}

export class WeakKeyDictionarySubInstance extends withInstanceLayout(WeakKeyDictionary) {
  override attrNames(): string[] {
    return [...this.internalAttrNames(), ...super.attrNames()];
  }

  override getAttr(name: string): Value | undefined {
    return (this.isInternalName(name) ? this.internalAttr(name) : undefined) ?? super.getAttr(name);
  }

  override hasOwnAttr(name: string): boolean {
    return (this.isInternalName(name) && this.internalAttr(name) !== undefined) || super.hasOwnAttr(name);
  }

  override setAttr(heap: Heap, name: string, v: Value): void {
    if (this.isInternalName(name)) this.setInternalAttr(heap, name, v);
    else super.setAttr(heap, name, v);
  }

  override deleteAttr(heap: Heap, name: string): boolean {
    return this.isInternalName(name) ? this.deleteInternalAttr(heap, name) : super.deleteAttr(heap, name);
  }

  /** The container's attributes, after the subclass's own (see the file comment). */
  override releaseOwnReferences(heap: Heap): void {
    this.releaseAttrs(heap);
  }
}

/** A finalize subclass: registered by finalize.__init__ (initFinalize), not at allocation. */
export class FinalizeSubInstance extends withInstanceLayout(Finalize) {}

/**
 * A new, empty instance of a WeakSet subclass (a new reference): as after
 * WeakSet.__init__() with no data, so that the subclass's __init__ may
 * call the base's or not.
 */
export function allocWeakSetSubInstance(heap: Heap, cls: ClassObject): WeakSetSubInstance {
  const s = newSubtypeInstance(heap, cls, () => new WeakSetSubInstance());
  return initOrRelease(heap, s, () => initWeakSet(heap, s));
}

/** A new, empty instance of a WeakValueDictionary subclass (a new reference). */
export function allocWeakValueDictionarySubInstance(heap: Heap, cls: ClassObject): WeakValueDictionarySubInstance {
  const d = newSubtypeInstance(heap, cls, () => new WeakValueDictionarySubInstance());
  return initOrRelease(heap, d, () => initWeakValueDictionary(heap, d));
}

/** A new, empty instance of a WeakKeyDictionary subclass (a new reference). */
export function allocWeakKeyDictionarySubInstance(heap: Heap, cls: ClassObject): WeakKeyDictionarySubInstance {
  const d = newSubtypeInstance(heap, cls, () => new WeakKeyDictionarySubInstance());
  return initOrRelease(heap, d, () => initWeakKeyDictionary(heap, d));
}

/** A new instance of a finalize subclass, not yet registered (a new reference). */
export function allocFinalizeSubInstance(heap: Heap, cls: ClassObject): FinalizeSubInstance {
  return newSubtypeInstance(heap, cls, () => new FinalizeSubInstance());
}

function initOrRelease<T extends WeakSet | WeakValueDictionary | WeakKeyDictionary>(heap: Heap, o: T, init: () => void): T {
  try {
    init();
  } catch (e) {
    heap.decref(o);
    throw e;
  }
  return o;
}
