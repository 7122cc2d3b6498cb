/**
 * Heap types: classes (Objects/typeobject.c, heap types created by a
 * `class` statement or by `heap.newClass`).
 *
 * A class holds strong references to its bases, to every class of its MRO
 * (CPython's tp_mro tuple, which includes the class itself: a class is
 * always in a reference cycle and only the collector reclaims it) and to
 * the values of its namespace. type_clear clears the namespace (insertion
 * order, key then value) and then the MRO.
 *
 * The class also carries its instances' layout:
 *  - `slotNames`: __slots__ members, the most-derived class's first in
 *    declaration order (clear_slots order);
 *  - shared keys (3.11's cached keys): attribute names in the order any
 *    instance first set them. Instance attributes are released in this
 *    order, whatever order a given instance set them in.
 *  - whether instances get a __dict__ and a __weakref__ slot.
 */
import type { Heap } from '../heap';
import { DEAD, PyObject, type Visit } from '../object';
import { clearWeakRefs } from '../weakref-base';
import { isObject, type Value } from '../value';
import { releaseBackwards } from './list-object';
import { DictObject } from './dict-object';
import { TupleObject, mayBeTracked } from './tuple-object';

/**
 * The stand-in for a heap type's namespace dict (tp_dict; see
 * ClassObject.heapType): empty itself, it may be untracked by a full
 * collection only when no value of its class's namespace may be tracked
 * (untrack_dicts' rule applied to the namespace it stands for).
 */
export class ClassNamespaceDict extends DictObject {
  /** The class whose namespace this stands for (borrowed; the class owns this dict). */
  owner: ClassObject | null = null;
  /**
   * Before its class exists (Heap.newHeapTypeParts), whether the namespace
   * being copied holds a value that may be tracked: the copy's own values
   * keep it tracked through a full collection started by the class's
   * allocation (the values themselves are held by the class body's dict).
   */
  holdsTracked = false;
  /**
   * dict_traverse of tp_dict: the namespace's values (the class owns their
   * references; the collector sees them through this dict, as CPython's
   * gc.get_referrers(value) finds the class's dict, not the class).
   */
  override traverse(visit: Visit): void {
    const c = this.owner;
    if (c === null || c.isDead) return;
    for (const v of c.dict.values()) if (isObject(v)) visit(v);
  }
  /** The keys whose values the entries borrow from the class (mirror), or null while the dict is empty. */
  private mirrored: Map<string, Value> | null = null;
  /**
   * Fill the dict with its class's namespace, in the namespace's order, for
   * Python code that reaches it (gc.get_referrers(A.x), gc.get_referents(A),
   * gc.get_objects()): CPython's tp_dict is the namespace. The entries are
   * borrowed (the class owns the values); the class refreshes the copy at
   * each change of its namespace while it exists (ClassObject.setAttr).
   */
  mirror(heap: Heap): void {
    const c = this.owner;
    if (c === null || c.isDead) return;
    this.dropMirror(heap);
    const borrowed = new Map<string, Value>();
    for (const [k, v] of c.dict) {
      this.set(heap, k, v);
      // The class's reference stands for the dict's: give back the one set() took.
      if (isObject(v)) v.refcnt--;
      borrowed.set(k, v);
    }
    this.mirrored = borrowed;
  }
  /** Empty a mirror (before the class releases a value it borrows): its borrowed entries are not released. */
  dropMirror(heap: Heap): void {
    const borrowed = this.mirrored;
    if (borrowed === null) return;
    this.mirrored = null;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      const v = this.values[i];
      if (typeof k === 'string' && v !== undefined && borrowed.get(k) === v && isObject(v)) v.refcnt++;
    }
    this.clear(heap);
  }
  /** Is the dict a mirror of its class's namespace (see mirror)? */
  get isMirror(): boolean {
    return this.mirrored !== null;
  }
  override releaseOwnReferences(heap: Heap): void {
    this.dropMirror(heap);
    super.releaseOwnReferences(heap);
  }
  override clear(heap: Heap): void {
    this.dropMirror(heap);
    super.clear(heap);
  }
  namespaceMayHoldTracked(): boolean {
    const c = this.owner;
    if (c === null) return this.holdsTracked;
    if (c.isDead) return false;
    for (const v of c.dict.values()) if (mayBeTracked(v)) return true;
    return false;
  }
}

/** A lookup cache entry for a name the MRO does not define. */
const NOT_FOUND: unique symbol = Symbol('not found');

/** Bumped whenever any class namespace changes: invalidates every lookup cache. */
let classVersion = 0;

export interface ClassLayout {
  /** __slots__ (the names in the order their members are laid out), or null when the class has no __slots__. */
  slots: string[] | null;
  /**
   * The base whose instance layout this class extends (CPython's tp_base,
   * best_base of the bases); its slots follow this class's own. Default:
   * the first base.
   */
  base?: ClassObject;
  /** tp_itemsize != 0 (a builtin's own layout); default: inherited from the bases. */
  variableSize?: boolean;
}

/** SHARED_KEYS_MAX_SIZE (Objects/dictobject.c): the keys a class's instances share at most. */
export const SHARED_KEYS_MAX_SIZE = 30;

/**
 * A class (`type` instance): its name, bases, MRO and namespace; instances of classes made by
 * `class` statements are collected, weakly referenceable unless `__slots__` says otherwise.
 */
export class ClassObject extends PyObject {
  name: string;
  /** Strong references. */
  bases: ClassObject[];
  /** Strong references, self included (tp_mro). Emptied by tp_clear. */
  mroRefs: ClassObject[];
  /** The method resolution order (borrowed view, survives clear for lookups). */
  readonly mro: ClassObject[];
  /** The namespace: owned values, insertion ordered. */
  dict = new Map<string, Value>();
  readonly ownSlots: string[] | null;
  readonly slotNames: string[];
  readonly instanceHasDict: boolean;
  readonly instanceWeakrefable: boolean;
  /** Shared keys: attribute name -> index into an instance's values. */
  readonly keyIndex = new Map<string, number>();
  readonly keyNames: string[] = [];
  /**
   * dk_usable of the class's cached shared keys (ht_cached_keys,
   * _PyDict_NewKeysForClass): SHARED_KEYS_MAX_SIZE (30) at first, one less
   * per instance object_new makes (init_inline_values, down to 1) and per
   * key added (insert_into_dictkeys). With keyNames.length (dk_nentries) it
   * is what sys.getsizeof counts for a split __dict__
   * (shared_keys_usable_size).
   */
  sharedKeysUsable = SHARED_KEYS_MAX_SIZE;
  /** __qualname__ (ht_qualname): `C`, `C.D`, `f.<locals>.C`. */
  qualname: string;
  /**
   * tp_name of a C type that gclab writes as a Python class
   * (`collections.deque`, `_io.StringIO`): what CPython's messages name its
   * instances by. Null for other classes (their tp_name is their name);
   * never inherited, as a subclass has a tp_name of its own.
   */
  tpName: string | null = null;
  /**
   * tp_flags' Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING bits once set on
   * the class itself (_abc_init from `__abc_tpflags__`, an ABC's
   * register()); -1 while they are what the class inherited from its
   * tp_base (inherit_patma_flags), which the language layer reads.
   */
  collectionFlags = -1;
  /** Free-form tag a client layer may use (e.g. the interpreter's builtin kind). */
  tag: unknown = undefined;
  /**
   * A client layer's cache of what never changes for the class (the
   * language layer's instantiation kind: exception class or not, builtin
   * constructor), so that `C()` needs no side-table lookup.
   */
  kindCache: unknown = undefined;
  /**
   * The type's slot table (tp_repr, sq_length, nb_add, ...): owned and typed
   * by the language layer, opaque here. Null until the language layer sets
   * or inherits one.
   */
  slotTable: object | null = null;
  /**
   * tp_subclasses: subclass id -> a weak reference to the subclass (owned
   * dict; a client layer fills it, as add_subclass does). This is why every
   * class is weakly referenced by each of its bases.
   */
  subclasses: DictObject | null = null;
  /**
   * Py_TYPE(cls) when it is a metaclass written in Python (a strong
   * reference, released last as subtype_dealloc does); null for `type`.
   */
  meta: ClassObject | null = null;
  /**
   * tp_del, the legacy (pre-PEP 442) finalizer: set by
   * `_testcapi.with_tp_del` (its slot_tp_del calls `__tp_del__`), inherited
   * by classes made later from a class that has it (inherit_slots). An
   * instance whose class has it is uncollectable in a cycle (gc.garbage).
   */
  tpDel: boolean;

  /**
   * Py_TPFLAGS_HAVE_GC of the instances (of Instance objects made for this
   * class): cleared only by `_testcapi.without_gc(cls)`; never inherited,
   * since type_new gives every heap type GC. An instance without it is
   * never tracked, and its __del__ runs at every death (nowhere to record
   * that it was finalized).
   */
  instancesGC = true;

  /**
   * A heap type (a class statement, type(name, bases, ns)): besides the
   * namespace, CPython's type object owns real objects that a collection
   * counts and frees with it (heap.finishHeapType makes them):
   *   tpBase          tp_base, the best base (a strong reference)
   *   basesTuple      tp_bases: owns the references `bases` lists
   *   mroTuple        tp_mro: owns the references `mro` lists (the class
   *                   itself included); type_clear releases it
   *   namespaceDict   tp_dict: an empty stand-in for the namespace (the
   *                   values stay in `dict`), tracked as the real dict is
   *                   (MAINTAIN_TRACKING: once a value that may be tracked
   *                   is stored)
   * Builtin types are static types in CPython: none of these, and a tuple
   * holding only them may be untracked (type_is_gc).
   */
  heapType = false;
  tpBase: ClassObject | null = null;
  basesTuple: TupleObject | null = null;
  mroTuple: TupleObject | null = null;
  namespaceDict: ClassNamespaceDict | null = null;

  /** Steals the references to `bases`. Call `heap.initClass` to finish. */
  constructor(name: string, bases: ClassObject[], layout: ClassLayout) {
    super();
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.mro = computeMro(this, bases);
    this.mroRefs = [];
    this.ownSlots = layout.slots;
    const base = layout.base ?? bases[0];
    const own = layout.slots ?? [];
    const realSlots = own.filter((s) => s !== '__dict__' && s !== '__weakref__');
    this.slotNames = [...realSlots, ...(base ? base.slotNames : [])];
    const baseDict = bases.some((b) => b.instanceHasDict);
    this.variableSize = layout.variableSize ?? bases.some((b) => b.variableSize);
    this.instanceHasDict = layout.slots === null || own.includes('__dict__') || baseDict;
    // type_new's may_add_weak: no __weakref__ slot over a variable-size base (int, tuple, bytes).
    // tp_weaklistoffset comes from the best base; a secondary base's weak
    // references count only where one may be added (type_new_slots_impl), so
    // `class E(int, Enum)` instances are not weakly referenceable.
    const mayAddWeak = !bases.some((b) => b.variableSize);
    const secondaryWeak = bases.some((b) => b !== base && b.instanceWeakrefable);
    this.instanceWeakrefable =
      (base !== undefined && base.instanceWeakrefable) || (mayAddWeak && (layout.slots === null || own.includes('__weakref__') || secondaryWeak));
    this.tpDel = this.mro.some((c) => c !== this && c.tpDel);
    this.instancesOwnDict = bases.some((b) => b.instancesOwnDict);
  }

  /**
   * The instances keep their attributes in a dict object of their own (a C
   * type's tp_dictoffset dict: functools.partial's, lru_cache wrapper's),
   * not in inline values: set by `_gclab.instance_dict(cls)` on a class
   * standing for such a type, and inherited by its subclasses. The dict is
   * an object to the collector (counted, listed) once it holds a container.
   */
  instancesOwnDict: boolean;

  /**
   * tp_itemsize != 0: instances hold their items inline (int, tuple, bytes),
   * so a subclass can add neither __slots__ nor a __weakref__ slot.
   */
  readonly variableSize: boolean;

  get typeName(): string {
    return 'type';
  }

  override get weakrefable(): boolean {
    return true;
  }

  /**
   * For a builtin type (set by the language layer): the names its own
   * namespace holds as C slot wrappers, method descriptors and getsets,
   * which live outside `dict`. A class after it in an MRO does not supply
   * those names: `class S(str, Mixin)` gets str's `__hash__`, not Mixin's.
   */
  nativeNames: { has(name: string): boolean } | null = null;

  /**
   * _PyType_Lookup: the first class of the MRO whose namespace has `name`
   * (borrowed). Results are cached until any class namespace changes (the
   * role of CPython's type version tags). undefined when no class has it,
   * or when the first that has it is a builtin defining it natively (see
   * nativeNames: the caller's builtin path answers then).
   */
  lookup(name: string): Value | undefined {
    if ((this.flags & DEAD) !== 0) this.assertLive('class lookup');
    if (this.cacheVersion !== classVersion) {
      this.cache.clear();
      this.cacheVersion = classVersion;
    }
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === NOT_FOUND ? undefined : hit;
    let found: Value | undefined;
    for (const c of this.mro) {
      found = c.dict.get(name);
      if (found !== undefined) break;
      if (c.nativeNames !== null && c.nativeNames.has(name)) break;
    }
    this.cache.set(name, found === undefined ? NOT_FOUND : found);
    return found;
  }

  /** name -> the value found, or NOT_FOUND for a name no class of the MRO defines (one Map probe per lookup either way). */
  private cache = new Map<string, Value | typeof NOT_FOUND>();
  private cacheVersion = -1;

  /**
   * Does the class (its MRO) define `__del__`: CPython's tp_finalize slot,
   * read by every deallocation and by finalize_garbage. Kept as a flag
   * recomputed only when some class namespace changed since it was last
   * computed (the version the lookup cache uses), so a death costs one
   * integer comparison instead of a name lookup.
   */
  get hasDel(): boolean {
    if (this.typeFlagsVersion !== classVersion) {
      this.hasDelFlag = this.lookup('__del__') !== undefined;
      this.typeFlagsVersion = classVersion;
    }
    return this.hasDelFlag;
  }

  /**
   * The version every lookup result is valid for: it changes whenever any
   * class namespace changes, so a client layer may keep a lookup result
   * (borrowed, never a reference of its own) while this stays the same.
   */
  static lookupVersion(): number {
    return classVersion;
  }

  private hasDelFlag = false;
  private typeFlagsVersion = -1;

  /** Is `other` this class or one of its ancestors? */
  isSubclassOf(other: ClassObject): boolean {
    return this.mro.includes(other);
  }

  /**
   * insert_into_dictkeys: the index of `name` in the shared keys, adding it
   * while the keys have room (dk_usable > 0); undefined when they are full,
   * and the instance's attributes then go to a dict of its own.
   */
  insertSharedKey(name: string): number | undefined {
    const i = this.keyIndex.get(name);
    if (i !== undefined) return i;
    if (this.sharedKeysUsable <= 0) return undefined;
    this.sharedKeysUsable--;
    return this.keyFor(name);
  }

  /** init_inline_values: an instance object_new made takes one slot of the shared keys' room (never the last). */
  noteInlineInstance(): void {
    if (this.sharedKeysUsable > 1) this.sharedKeysUsable--;
  }

  /** Index of attribute `name` in the shared keys, adding it if new (no room check: __class__ assignment re-keys). */
  keyFor(name: string): number {
    let i = this.keyIndex.get(name);
    if (i === undefined) {
      i = this.keyNames.length;
      this.keyIndex.set(name, i);
      this.keyNames.push(name);
    }
    return i;
  }

  /** Set a namespace entry; the class takes its own reference. */
  setAttr(heap: Heap, name: string, v: Value): void {
    this.assertLive('class setAttr');
    classVersion++;
    heap.incref(v);
    const old = this.dict.get(name);
    const nd = this.namespaceDict;
    const mirrored = nd !== null && nd.isMirror;
    if (mirrored) nd.dropMirror(heap);
    this.dict.set(name, v);
    if (mirrored) nd.mirror(heap);
    if (nd !== null && nd.gcSlot < 0 && mayBeTracked(v)) heap.track(nd);
    if (old !== undefined) heap.decref(old);
  }

  /**
   * mro_internal with a metaclass's own mro(): the heap type's tp_mro tuple
   * takes the references of `mro` (the classes it names, in its order) and
   * releases the ones of the MRO computed at creation; lookups follow the
   * new order from now on.
   */
  replaceMro(heap: Heap, mro: ClassObject[]): void {
    this.assertLive('class replaceMro');
    const tuple = this.mroTuple;
    if (tuple === null) throw new TypeError('replaceMro: not a heap type');
    for (const c of mro) heap.incref(c);
    const old = tuple.items;
    tuple.items = mro.slice();
    heap.trackingChanges++;
    this.mro.splice(0, this.mro.length, ...mro);
    classVersion++;
    for (const c of old) heap.decref(c);
  }

  /**
   * type_set_bases (`C.__bases__ = t`): the heap type takes `bases` itself
   * as its tp_bases (a new reference: `C.__bases__ is t` afterwards) and
   * `tpBase` as its tp_base, releasing the old tuple and base. The MRO is
   * replaced separately (setMroTuple).
   */
  setBasesTuple(heap: Heap, bases: TupleObject, tpBase: ClassObject): void {
    this.assertLive('class setBasesTuple');
    const old = this.basesTuple;
    if (old === null) throw new TypeError('setBasesTuple: not a heap type');
    heap.incref(bases);
    heap.incref(tpBase);
    const oldBase = this.tpBase;
    this.basesTuple = bases;
    this.bases = bases.items as ClassObject[];
    this.tpBase = tpBase;
    classVersion++;
    heap.decref(old);
    if (oldBase !== null) heap.decref(oldBase);
  }

  /**
   * mro_internal after a __bases__ assignment: `mro` (a tuple of classes,
   * this one first) becomes tp_mro (a new reference; the old tuple is
   * released, so a reference to the old __mro__ keeps its old contents) and
   * lookups follow it from now on.
   */
  setMroTuple(heap: Heap, mro: TupleObject): void {
    this.assertLive('class setMroTuple');
    const old = this.mroTuple;
    if (old === null) throw new TypeError('setMroTuple: not a heap type');
    heap.incref(mro);
    this.mroTuple = mro;
    this.mro.splice(0, this.mro.length, ...(mro.items as ClassObject[]));
    classVersion++;
    heap.decref(old);
  }

  /** Delete a namespace entry; false when missing. */
  deleteAttr(heap: Heap, name: string): boolean {
    this.assertLive('class deleteAttr');
    const old = this.dict.get(name);
    if (old === undefined) return false;
    classVersion++;
    const nd = this.namespaceDict;
    const mirrored = nd !== null && nd.isMirror;
    if (mirrored) nd.dropMirror(heap);
    this.dict.delete(name);
    if (mirrored) nd.mirror(heap);
    heap.decref(old);
    return true;
  }

  /**
   * type_traverse: the namespace, the MRO, the bases. tp_subclasses holds
   * only weak references and is not visited (it can't be part of a cycle).
   */
  override traverse(visit: Visit): void {
    const nd = this.heapType ? this.namespaceDict : null;
    // A heap type's namespace values are its tp_dict's referents (the stand-in visits them).
    if (nd === null) for (const v of this.dict.values()) if (isObject(v)) visit(v);
    if (this.heapType) {
      if (nd !== null) visit(nd);
      if (this.mroTuple !== null) visit(this.mroTuple);
      if (this.basesTuple !== null) visit(this.basesTuple);
      if (this.tpBase !== null) visit(this.tpBase);
    } else {
      for (const c of this.mroRefs) visit(c);
      for (const b of this.bases) visit(b);
    }
    if (this.meta !== null) visit(this.meta);
  }

  /** type_clear: clear the namespace, then the MRO. */
  override clear(heap: Heap): void {
    this.clearNamespace(heap);
    const mt = this.mroTuple;
    if (mt !== null) {
      this.mroTuple = null;
      heap.decref(mt);
    }
    const mro = this.mroRefs;
    this.mroRefs = [];
    releaseBackwards(heap, mro);
  }

  private clearNamespace(heap: Heap): void {
    classVersion++;
    this.namespaceDict?.dropMirror(heap);
    const old = this.dict;
    this.dict = new Map();
    for (const v of old.values()) heap.decref(v);
  }

  /**
   * tp_finalize of a class whose metaclass (a Python subclass of `type`)
   * defines `__del__`: slot_tp_finalize, inherited by the heap metaclass.
   */
  override hasFinalizer(): boolean {
    return this.meta !== null && this.meta.hasDel;
  }

  /** slot_tp_finalize: the metaclass's `__del__` called on the class; errors are unraisable. */
  override finalize(heap: Heap): void {
    this.meta?.callDel(heap, this);
  }

  /**
   * slot_tp_finalize for an instance of this class: `__del__` looked up on
   * the class and called with `self` (held across the call); its errors are
   * unraisable. Nothing happens when the class has no `__del__`.
   */
  callDel(heap: Heap, self: PyObject): void {
    const del = this.lookup('__del__');
    if (del === undefined) return;
    heap.incref(del);
    try {
      heap.callUnraisably(del, [], del, undefined, self);
    } finally {
      heap.decref(del);
    }
  }

  /**
   * subtype_dealloc of a Python metaclass's instance: its finalizer first (it
   * may resurrect the class), then type_dealloc: remove_all_subclasses,
   * weakrefs, then base, namespace, bases, MRO, subclasses; the metaclass last.
   */
  override dealloc(heap: Heap): void {
    if (this.meta !== null && this.hasFinalizer() && heap.callFinalizerFromDealloc(this)) return;
    heap.untrack(this);
    heap.die(this);
    for (const b of this.bases) if (b.subclasses !== null && !b.isDead) b.subclasses.delete(heap, this.id);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    if (this.heapType) {
      // type_dealloc: tp_base, tp_dict, tp_bases, tp_mro, tp_subclasses.
      const base = this.tpBase;
      this.tpBase = null;
      if (base !== null) heap.decref(base);
      this.clearNamespace(heap);
      const nd = this.namespaceDict;
      this.namespaceDict = null;
      if (nd !== null) {
        nd.owner = null;
        heap.decref(nd);
      }
      this.bases = [];
      const bt = this.basesTuple;
      this.basesTuple = null;
      if (bt !== null) heap.decref(bt);
      const mt = this.mroTuple;
      this.mroTuple = null;
      if (mt !== null) heap.decref(mt);
      const hsubs = this.subclasses;
      this.subclasses = null;
      if (hsubs !== null) heap.decref(hsubs);
    }
    this.clearNamespace(heap);
    const subs = this.subclasses;
    this.subclasses = null;
    if (subs !== null) heap.decref(subs);
    const bases = this.bases;
    this.bases = [];
    releaseBackwards(heap, bases);
    const mro = this.mroRefs;
    this.mroRefs = [];
    releaseBackwards(heap, mro);
    const meta = this.meta;
    this.meta = null;
    heap.free(this);
    if (meta !== null) heap.decref(meta);
  }
}

/** C3 linearization (mro_internal). Throws TypeError when no consistent order exists. */
export function computeMro(cls: ClassObject, bases: ClassObject[], mroOf: (base: ClassObject) => readonly ClassObject[] = (b) => b.mro): ClassObject[] {
  const seqs: ClassObject[][] = bases.map((b) => [...mroOf(b)]);
  seqs.push([...bases]);
  const out: ClassObject[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: ClassObject | undefined;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === undefined) {
      // set_mro_error: the heads of the lists left to merge, each once, in list order.
      throw new MroError([...new Set(nonEmpty.map((s) => s[0]))].map((c) => c.name));
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

export class MroError extends Error {
  constructor(readonly baseNames: string[]) {
    super(`Cannot create a consistent method resolution order (MRO) for bases ${baseNames.join(', ')}`);
  }
}
