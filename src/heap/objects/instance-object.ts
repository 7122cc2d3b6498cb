/**
 * Instances of heap types (subtype_dealloc, subtype_traverse,
 * subtype_clear in Objects/typeobject.c): the layout a class statement
 * adds to its base, as a mixin (`withInstanceLayout(Base)`) so that the
 * instances of `class L(list)` are lists (ListObject) that also carry a
 * class, __slots__ and a __dict__. `Instance` is that layout over a bare
 * object (`class C:`), and `x instanceof Instance` is true for every
 * instance of a heap type, builtin subclasses included.
 *
 * Storage follows 3.11: __slots__ values, then "inline values" indexed by
 * the class's shared keys (so release order is the class's key order, not
 * this instance's assignment order), plus the insertion order of this
 * instance's own attributes for iteration. As CPython keeps the inline
 * values in the object's own memory, the first IN_OBJECT_VALUES values are
 * fields of the instance (`a0`..`a3`), the rest in an overflow array made
 * only for instances of classes with more keys: no second allocation and
 * no pointer chase per attribute in the common case (traverse, clear and
 * dealloc touch one object). After `obj.__dict__ = d` the attributes live
 * in `d` instead (`ownDict`) and the inline values stay empty. What most
 * instances never need (__slots__ values, the overflow values, an
 * assignment order that is not the key order, an assigned __dict__) sits
 * in one LayoutSpill record made on first need, so an instance of a plain
 * class is the object header, its class and four value fields.
 *
 * subtype_dealloc order:
 *   untrack; trashcan; if the class has __del__: re-track, call it through
 *   PyObject_CallFinalizerFromDealloc (resurrection stops here, the
 *   weakrefs stay alive); clear weakrefs (callbacks newest first) unless
 *   the base type owns the weakref list (set, frozenset: their own dealloc
 *   clears it, after the slots and __dict__); if the class has the legacy
 *   tp_del (`_testcapi.with_tp_del`): re-track, call `__tp_del__`
 *   (slot_tp_del; it runs at every death, and resurrection stops here
 *   too); release slots (most-derived
 *   class first), then attributes (shared-key order); then the base
 *   type's own references in its dealloc's order (list items last to
 *   first, dict entries in insertion order, ...); free; release the class.
 */
import type { Heap } from '../heap';
import { DEAD, PyObject, type Visit } from '../object';
import { clearWeakRefs } from '../weakref-base';
import { isObject, type Value } from '../value';
import type { ClassObject } from './class-object';
import type { DictObject } from './dict-object';
import { ListObject } from './list-object';

/** The shared slots array of instances without __slots__ (never written). */
const NO_SLOTS: Array<Value | undefined> = Object.freeze([]) as unknown as Array<Value | undefined>;
/** How many inline values are fields of the instance itself (a0..a3); keys from this index on go to `aMore`. */
export const IN_OBJECT_VALUES = 4;

/**
 * The parts of an instance's layout that most instances never need, made
 * on first need so that they cost an instance one field, not three.
 */
class LayoutSpill {
  /** __slots__ values by the class's slot index (NO_SLOTS when the class has none). Owned. */
  slots: Array<Value | undefined> = NO_SLOTS;
  /** Attribute values from shared-key index IN_OBJECT_VALUES on, or null while there are none. Owned. */
  more: Array<Value | undefined> | null = null;
  /**
   * Shared-key indices of the instance's attributes in assignment order,
   * or null while that order is simply the key order (the common case).
   */
  order: number[] | null = null;
  /**
   * A dict assigned to `obj.__dict__` (owned), or null: from then on the
   * attributes live in that dict (shared with whoever else holds it), not
   * in the inline values.
   */
  dict: DictObject | null = null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ObjectClass = abstract new (...args: any[]) => PyObject;

/** The heap-type layout added to `Base` (see the file comment). */
export function withInstanceLayout<TBase extends ObjectClass>(Base: TBase, inline = true) {
  abstract class WithInstanceLayout extends Base {
    /** Strong reference to the class (Py_TYPE(self) of a heap type). */
    cls!: ClassObject;
    /** Attribute values by shared-key index 0..3 (undefined: not set). Owned. */
    a0: Value | undefined = undefined;
    a1: Value | undefined = undefined;
    a2: Value | undefined = undefined;
    a3: Value | undefined = undefined;
    /** The __slots__ values, the overflow values, the assignment order and an assigned __dict__, once one is needed (LayoutSpill). */
    spill: LayoutSpill | null = null;

    /** __slots__ values by the class's slot index (the shared empty array when the class has none). Owned. */
    get slots(): Array<Value | undefined> {
      const sp = this.spill;
      return sp === null ? NO_SLOTS : sp.slots;
    }

    /** Attribute values from shared-key index IN_OBJECT_VALUES on, or null while there are none. Owned. */
    get aMore(): Array<Value | undefined> | null {
      const sp = this.spill;
      return sp === null ? null : sp.more;
    }

    /** Shared-key indices of the attributes in assignment order, or null while that is the key order. */
    get order(): number[] | null {
      const sp = this.spill;
      return sp === null ? null : sp.order;
    }

    /** The dict assigned to `obj.__dict__` (owned), or null while the attributes are inline. */
    get ownDict(): DictObject | null {
      const sp = this.spill;
      return sp === null ? null : sp.dict;
    }

    /** The spill record, made on first need. */
    spilled(): LayoutSpill {
      let sp = this.spill;
      if (sp === null) this.spill = sp = new LayoutSpill();
      return sp;
    }
    /** Payload a client layer may attach. Not traversed. */
    native?: unknown;

    /** Set the class (stealing a reference to it) and size the slots. */
    initLayout(cls: ClassObject): void {
      this.cls = cls;
      if (cls.slotNames.length > 0) this.spilled().slots = new Array(cls.slotNames.length).fill(undefined);
      if (this.inlineAttributes) cls.noteInlineInstance();
    }

    override get hasInstanceLayout(): boolean {
      return true;
    }

    get typeName(): string {
      const cls = this.cls;
      return cls.tpName ?? cls.name;
    }

    /**
     * Every instance of a heap type is a GC object (even over an atom like
     * float), unless `_testcapi.without_gc` took the flag off its class.
     */
    override get isGC(): boolean {
      return this.cls.instancesGC;
    }

    override get weakrefable(): boolean {
      return this.cls.instanceWeakrefable;
    }

    /** Does the base type own the weakref list (and clear it in its own dealloc)? */
    get baseOwnsWeaklist(): boolean {
      return false;
    }

    override hasFinalizer(): boolean {
      return this.cls.hasDel;
    }

    override hasLegacyFinalizer(): boolean {
      return this.cls.tpDel;
    }

    /** slot_tp_finalize: look `__del__` up on the type and call it; errors are unraisable. */
    override finalize(heap: Heap): void {
      this.cls.callDel(heap, this);
    }

    /** The attribute's value (borrowed), from the slots or the inline values. */
    getAttr(name: string): Value | undefined {
      if ((this.flags & DEAD) !== 0) this.assertLive('getAttr');
      const sp = this.spill;
      if (sp !== null && sp.dict !== null) {
        const v = sp.dict.getStr(name);
        if (v !== undefined) return v;
        const s = this.cls.slotNames.indexOf(name);
        return s >= 0 ? this.slots[s] : undefined;
      }
      const k = this.cls.keyIndex.get(name);
      if (k !== undefined) {
        const v = this.attrAt(k);
        if (v !== undefined) return v;
      }
      const s = this.cls.slotNames.indexOf(name);
      return s >= 0 ? this.slots[s] : undefined;
    }

    /** Whether the instance itself (its slots or its dict) holds `name`. */
    hasOwnAttr(name: string): boolean {
      this.assertLive('hasOwnAttr');
      if (this.ownDict !== null) return this.ownDict.getStr(name) !== undefined;
      const k = this.cls.keyIndex.get(name);
      return k !== undefined && this.attrAt(k) !== undefined;
    }

    /** The value at shared-key index `k` (borrowed), or undefined. */
    attrAt(k: number): Value | undefined {
      switch (k) {
        case 0:
          return this.a0;
        case 1:
          return this.a1;
        case 2:
          return this.a2;
        case 3:
          return this.a3;
        default: {
          const sp = this.spill;
          const more = sp === null ? null : sp.more;
          return more === null ? undefined : more[k - IN_OBJECT_VALUES];
        }
      }
    }

    /** Store `v` at shared-key index `k` (no reference counting). */
    storeAttrAt(k: number, v: Value | undefined): void {
      switch (k) {
        case 0:
          this.a0 = v;
          return;
        case 1:
          this.a1 = v;
          return;
        case 2:
          this.a2 = v;
          return;
        case 3:
          this.a3 = v;
          return;
        default: {
          const sp = this.spilled();
          let more = sp.more;
          if (more === null) sp.more = more = [];
          more[k - IN_OBJECT_VALUES] = v;
        }
      }
    }

    /** One past the highest shared-key index this instance has room for. */
    attrCapacity(): number {
      const more = this.aMore;
      return more === null ? IN_OBJECT_VALUES : IN_OBJECT_VALUES + more.length;
    }

    /**
     * The inline attribute values by shared-key index, undefined where not
     * set, without trailing undefineds (a fresh snapshot, for introspection;
     * empty while `ownDict` holds the attributes).
     */
    get attrValues(): Array<Value | undefined> {
      const out = [this.a0, this.a1, this.a2, this.a3];
      const more = this.aMore;
      if (more !== null) for (let i = 0; i < more.length; i++) out.push(more[i]);
      while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
      return out;
    }

    /** Visit the inline attribute values in shared-key order (subtype_traverse's __dict__ part). */
    visitAttrs(visit: Visit): void {
      let v = this.a0;
      if (isObject(v)) visit(v);
      v = this.a1;
      if (isObject(v)) visit(v);
      v = this.a2;
      if (isObject(v)) visit(v);
      v = this.a3;
      if (isObject(v)) visit(v);
      const sp = this.spill;
      const more = sp === null ? null : sp.more;
      if (more !== null) {
        for (let i = 0; i < more.length; i++) {
          v = more[i];
          if (isObject(v)) visit(v);
        }
      }
    }

    /**
     * Whether the attributes start as inline values (3.11: only objects that
     * object_new made call _PyObject_InitializeDict; instances of subclasses
     * of list, dict, int, ..., and exceptions get a real dict at their first
     * attribute instead). Overridden by those layouts.
     */
    get inlineAttributes(): boolean {
      // A class standing for a C type with a tp_dictoffset dict (functools.partial) has
      // no inline values either: its dict object is made at the first attribute.
      return inline && !this.cls.instancesOwnDict;
    }

    /**
     * The instance's own dict, made from the inline values on first need
     * (PyObject_GenericGetDict / _PyObject_GetDictPtr: reading `__dict__`
     * materializes it, and from then on the instance owns it and keeps its
     * attributes there). Borrowed.
     */
    materializeDict(heap: Heap): DictObject {
      const own = this.ownDict;
      if (own !== null) return own;
      const d = heap.newDict();
      // make_dict_from_instance_attributes: a split table over the class's shared keys.
      if (this.inlineAttributes) d.splitKeys = this.cls;
      for (const k of this.materializedOrder()) d.set(heap, this.cls.keyNames[k], this.attrAt(k) as Value);
      this.replaceDict(heap, d);
      heap.decref(d);
      return d;
    }

    /** obj.name = v: store the new value, then release the old one. */
    setAttr(heap: Heap, name: string, v: Value): void {
      this.assertLive('setAttr');
      const s = this.cls.slotNames.indexOf(name);
      if (s >= 0) {
        heap.incref(v);
        const old = this.slots[s];
        this.slots[s] = v;
        heap.xdecref(old);
        return;
      }
      const sp = this.spill;
      if (sp !== null && sp.dict !== null) {
        sp.dict.set(heap, name, v);
        return;
      }
      if (!this.inlineAttributes) {
        // _PyObjectDict_SetItem: the first attribute of a class statement's
        // instance without inline values whose __dict__ is managed (a list,
        // dict, set, float or str subclass's; not a variable-size base's
        // such as int or tuple) makes a split table over the class's cached
        // keys (new_dict_with_shared_keys); reading __dict__ first makes a
        // combined one (PyDict_New).
        const fresh = this.ownDict === null;
        const d = this.materializeDict(heap);
        if (fresh && !inline && !this.cls.instancesOwnDict && !this.cls.variableSize && d.used === 0) d.splitKeys = this.cls;
        d.set(heap, name, v);
        return;
      }
      const k = this.cls.insertSharedKey(name);
      if (k === undefined) {
        // _PyObject_StoreInstanceAttribute: shared keys full, so the values become a dict
        // of the instance's own, which the new key turns combined.
        this.materializeDict(heap).set(heap, name, v);
        return;
      }
      heap.incref(v);
      const old = this.attrAt(k);
      if (old === undefined) this.noteNewKey(k);
      this.storeAttrAt(k, v);
      if (old !== undefined) heap.decref(old);
    }

    /** del obj.name: false when the attribute is not set. */
    deleteAttr(heap: Heap, name: string): boolean {
      this.assertLive('deleteAttr');
      const s = this.cls.slotNames.indexOf(name);
      if (s >= 0) {
        const old = this.slots[s];
        if (old === undefined) return false;
        this.slots[s] = undefined;
        heap.decref(old);
        return true;
      }
      if (this.ownDict !== null) return this.ownDict.delete(heap, name);
      const k = this.cls.keyIndex.get(name);
      if (k === undefined) return false;
      const old = this.attrAt(k);
      if (old === undefined) return false;
      const order = this.materializedOrder();
      this.storeAttrAt(k, undefined);
      order.splice(order.indexOf(k), 1);
      heap.decref(old);
      return true;
    }

    /** Record a new attribute at key `k` in the assignment order. */
    noteNewKey(k: number): void {
      const sp = this.spill;
      if (sp !== null && sp.order !== null) {
        sp.order.push(k);
        return;
      }
      // Still in key order if no attribute with a higher key index is set.
      if (this.hasAttrAbove(k)) this.materializedOrder().push(k);
    }

    /** Is some attribute with a shared-key index above `k` set? */
    hasAttrAbove(k: number): boolean {
      const more = this.aMore;
      if (more !== null) {
        for (let i = k + 1 > IN_OBJECT_VALUES ? k + 1 - IN_OBJECT_VALUES : 0; i < more.length; i++) {
          if (more[i] !== undefined) return true;
        }
      }
      if (k < 1 && this.a1 !== undefined) return true;
      if (k < 2 && this.a2 !== undefined) return true;
      return k < 3 && this.a3 !== undefined;
    }

    /** Shared-key indices of the set attributes in assignment order (made and kept on first need). */
    materializedOrder(): number[] {
      const sp = this.spill;
      if (sp !== null && sp.order !== null) return sp.order;
      const order: number[] = [];
      const capacity = this.attrCapacity();
      for (let i = 0; i < capacity; i++) if (this.attrAt(i) !== undefined) order.push(i);
      this.spilled().order = order;
      return order;
    }

    /**
     * `obj.__class__ = cls` (object_set_class): re-key the attributes under
     * the new class's shared keys, keeping this instance's assignment order.
     * The references to the values are kept; the caller swaps the class
     * references (takes one to `cls`, then releases the old class).
     */
    changeClass(cls: ClassObject): void {
      if (this.ownDict !== null) {
        this.cls = cls;
        return;
      }
      const names = this.attrNames();
      const vals = names.map((n) => this.getAttr(n) as Value);
      this.cls = cls;
      this.dropInlineValues();
      names.forEach((n, i) => {
        const k = cls.keyFor(n);
        if (this.attrAt(k) === undefined) this.noteNewKey(k);
        this.storeAttrAt(k, vals[i]);
      });
    }

    /** Attribute names in this instance's assignment order (vars(obj) order). */
    attrNames(): string[] {
      this.assertLive('attrNames');
      if (this.ownDict !== null) return this.ownDict.entries().flatMap(([k]) => (typeof k === 'string' ? [k] : []));
      return this.materializedOrder().map((k) => this.cls.keyNames[k]);
    }

    /**
     * subtype_traverse: slots, attributes, the class, then the base type's
     * references. An instance of a class standing for a heap C type with a
     * dict (partial_traverse, lru_cache_tp_traverse) visits its type first,
     * then its fields, then its dict if it has one.
     */
    override traverse(visit: Visit): void {
      const typeFirst = this.cls.instancesOwnDict;
      if (typeFirst) visit(this.cls);
      const sp = this.spill;
      if (sp !== null) {
        const slots = sp.slots;
        for (let i = 0; i < slots.length; i++) {
          const v = slots[i];
          // An embedded list (a C type's storage) is seen through: its items are the owner's.
          if (v instanceof ListObject && v.embedded) v.visitItems(visit);
          else if (isObject(v)) visit(v);
        }
      }
      this.visitAttrs(visit);
      if (sp !== null && sp.dict !== null) visit(sp.dict);
      if (!typeFirst) visit(this.cls);
      super.traverse(visit);
    }

    /** subtype_clear: slots, then attributes, then the base's tp_clear; the class reference stays. */
    override clear(heap: Heap): void {
      this.releaseContents(heap);
      super.clear(heap);
    }

    override dealloc(heap: Heap): void {
      if (!this.cls.instancesGC) {
        this.deallocNonGC(heap);
        return;
      }
      heap.untrack(this);
      if (!heap.trashcanBegin(this)) return;
      if (this.hasFinalizer()) {
        heap.track(this);
        if (heap.callFinalizerFromDealloc(this)) {
          heap.trashcanEnd();
          return;
        }
        heap.untrack(this);
      }
      if (this.cls.tpDel) {
        if (this.weaklist !== null && !this.baseOwnsWeaklist) clearWeakRefs(heap, this);
        heap.track(this);
        if (heap.callLegacyFinalizerFromDealloc(this, this.cls.lookup('__tp_del__'))) {
          heap.trashcanEnd();
          return;
        }
        heap.untrack(this);
        heap.die(this);
      } else {
        heap.die(this);
        if (this.weaklist !== null && !this.baseOwnsWeaklist) clearWeakRefs(heap, this);
      }
      this.releaseContents(heap);
      this.releaseOwnReferences(heap);
      const cls = this.cls;
      heap.free(this);
      heap.decref(cls);
      heap.trashcanEnd();
    }

    /**
     * subtype_dealloc's branch for a non-GC heap type (`_testcapi.without_gc`):
     * the finalizer (again at every death), tp_del, then the base's dealloc,
     * with no trashcan, no clear_slots and no release of the attributes:
     * CPython leaves what they hold referenced (the type is not meant to
     * have any), and so does this.
     */
    deallocNonGC(heap: Heap): void {
      if (this.hasFinalizer() && heap.callFinalizerFromDealloc(this)) return;
      if (this.cls.tpDel && heap.callLegacyFinalizerFromDealloc(this, this.cls.lookup('__tp_del__'))) return;
      heap.die(this);
      if (this.weaklist !== null && !this.baseOwnsWeaklist) clearWeakRefs(heap, this);
      if (this.spill !== null) this.spill.slots = NO_SLOTS;
      this.dropInlineValues();
      this.releaseOwnReferences(heap);
      const cls = this.cls;
      heap.free(this);
      heap.decref(cls);
    }

    /** clear_slots (declaration order, most-derived first), then the inline values in key order. */
    releaseContents(heap: Heap): void {
      const slots = this.slots;
      for (let i = 0; i < slots.length; i++) {
        const v = slots[i];
        if (v !== undefined) {
          slots[i] = undefined;
          heap.decref(v);
        }
      }
      // Detach every value first, then release them in key order.
      const v0 = this.a0;
      const v1 = this.a1;
      const v2 = this.a2;
      const v3 = this.a3;
      const more = this.aMore;
      this.dropInlineValues();
      if (v0 !== undefined) heap.decref(v0);
      if (v1 !== undefined) heap.decref(v1);
      if (v2 !== undefined) heap.decref(v2);
      if (v3 !== undefined) heap.decref(v3);
      if (more !== null) {
        for (let i = 0; i < more.length; i++) {
          const v = more[i];
          if (v !== undefined) heap.decref(v);
        }
      }
      const sp = this.spill;
      if (sp !== null && sp.dict !== null) {
        const d = sp.dict;
        sp.dict = null;
        heap.decref(d);
      }
    }

    /** Forget the inline values and their order (no reference counting: the caller owns them now). */
    dropInlineValues(): void {
      this.a0 = this.a1 = this.a2 = this.a3 = undefined;
      const sp = this.spill;
      if (sp !== null) {
        sp.more = null;
        sp.order = null;
      }
    }

    /**
     * `obj.__dict__ = d` (subtype_setdict): the instance now uses `d` (a new
     * reference is taken); the previous attributes are released afterwards,
     * in their key order, as the old dict's dealloc releases them. Null is
     * `del obj.__dict__`: no attributes, new ones inline again.
     */
    replaceDict(heap: Heap, d: DictObject | null): void {
      this.assertLive('replaceDict');
      if (d !== null) heap.incref(d);
      const oldDict = this.ownDict;
      const values = this.attrValues;
      this.dropInlineValues();
      if (d !== null) this.spilled().dict = d;
      else if (this.spill !== null) this.spill.dict = null;
      for (const v of values) if (v !== undefined) heap.decref(v);
      if (oldDict !== null) heap.decref(oldDict);
    }
  }
  return WithInstanceLayout;
}

/**
 * An instance of a user class: its `__slots__` values, then its attributes in the class's shared-
 * key order (the order subtype_dealloc releases them in). The objects a bare class statement makes
 * (`class C:`).
 */
export class Instance extends withInstanceLayout(PyObject) {
  /** Steals a reference to `cls`. */
  constructor(cls: ClassObject) {
    super();
    this.initLayout(cls);
  }

  /**
   * `x instanceof Instance` holds for every object with the heap-type
   * layout (builtin subclasses too); for Instance's own subclasses
   * (ExceptionObject, ...) instanceof keeps its ordinary meaning.
   */
  static override [Symbol.hasInstance](v: unknown): boolean {
    if (this !== Instance) return Function.prototype[Symbol.hasInstance].call(this, v);
    return typeof v === 'object' && v !== null && (v as PyObject).hasInstanceLayout === true;
  }
}

/**
 * Is `o` an instance of a class statement's class over `object` whose
 * values are all in the object itself (exactly Instance, with no
 * LayoutSpill: no __slots__, no overflow values, no assigned or
 * materialized __dict__, attributes in key order)? Its subtype_traverse
 * (Instance.traverse) then visits a0..a3 and its class (first when the
 * class has instancesOwnDict, else last) and nothing else, and its type
 * slots are its class's: tp_finalize iff `cls.hasDel`, tp_del iff
 * `cls.tpDel`, never a weakref. The collector's passes inline that for
 * such objects, the bulk of most heaps, instead of megamorphic calls
 * through every object kind's `traverse` and type-slot methods. An
 * object whose own `traverse` replaces Instance's is not plain.
 */
export function isPlainInstance(o: PyObject): o is Instance {
  // The traverse test leaves out an object whose `traverse` was replaced
  // on the object itself (the debug checks' tests plant a faulty one).
  return o.constructor === Instance && (o as Instance).spill === null && (o as Instance).traverse === plainTraverse;
}

const plainTraverse = Instance.prototype.traverse;
