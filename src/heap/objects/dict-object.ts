/**
 * dict (Objects/dictobject.c): insertion ordered, keyed by Python equality.
 *
 * Rules followed:
 *  - Lookup compares identity first, then `stored == key` (the stored key's
 *    __eq__ first, as lookdict does).
 *  - Setting an existing key replaces the value and keeps the original key
 *    object (insertdict); the old value is released after the new one is
 *    stored.
 *  - Deleting releases the key, then the value (delitem_common).
 *  - dealloc and clear (dict_dealloc, PyDict_Clear) release entries in
 *    insertion order, key before value, after the dict is already empty.
 *  - Tracking (MAINTAIN_TRACKING): a dict starts untracked and is tracked
 *    when a key or value that may be tracked is inserted; only a full
 *    collection untracks it again (untrack_dicts).
 *
 * Index: string keys and int/bool keys (1 == True) use direct maps; other
 * keys sit in an open-addressing table of entry indices probed by their
 * Python hash (lookdict's perturbation), and are compared with the host's
 * eq. Deleted slots are never reused before the next rebuild, so the live
 * entries of one hash are met in entry order along its probe sequence.
 * An int key and an object key of the same hash are compared across the two
 * indexes (Fraction(3) finds the key 3). (Limitation: an object whose __eq__
 * makes it equal to a str key is not found under that key.)
 */
import type { Heap } from '../heap';
import { PyException } from '../errors';
import { DEAD, PyObject, type Visit } from '../object';
import { isObject, type Value } from '../value';
import { keyEquals } from './key-equals';
import { DICT_FREE_SLOT } from '../free-lists';
import type { Hash } from '../hash';
import { mayBeTracked } from './tuple-object';
import { ComplexObject } from './complex-object';
import { FloatObject } from './float-object';
import { hashesByValue, PrimitiveBox, strKeyOf } from './primitive-box';
import { hashLow32 } from '../hash';

const EMPTY = undefined;

/**
 * The entries and indexes of a deallocated dict (never written: every
 * writer asserts the dict is live first, and a push into the frozen arrays
 * would throw before any index is touched), so that a death allocates
 * nothing.
 */
const NO_ENTRIES: Array<Value | undefined> = Object.freeze([]) as unknown as Array<Value | undefined>;
const NO_HASHES: Hash[] = Object.freeze([]) as unknown as Hash[];
const NO_STR_INDEX: Map<string, number> = new Map();
/** Slot states of the object-key table (entry indices are >= 0). */
const SLOT_EMPTY = -1;
const SLOT_DUMMY = -2;
/** The table of a dict that never held a key of its kind (never written: the first insertion makes a real one). */
const NO_SLOTS = new Int32Array(1).fill(SLOT_EMPTY);
const MIN_SLOTS = 8;

/** What a split table needs of the class owning the shared keys (ClassObject). */
export interface SplitKeysOwner {
  /** Shared keys' dk_nentries: the names, by index. */
  readonly keyNames: readonly string[];
  /** Shared keys' dk_usable. */
  readonly sharedKeysUsable: number;
  /** insert_into_dictkeys: the key's index, or undefined when the keys are full. */
  insertSharedKey(name: string): number | undefined;
}

/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE: a class's shared keys table has 64 slots. */
const SHARED_KEYS_LOG2 = 6;

/**
 * Python's `dict`: insertion-ordered; releases each entry key then value, in insertion order;
 * tracked only once it holds a trackable key or value (MAINTAIN_TRACKING).
 */
export class DictObject extends PyObject {
  /** Entry keys in insertion order; `undefined` marks a deleted entry. */
  keys: Array<Value | undefined> = [];
  values: Array<Value | undefined> = [];
  /** Hash of each entry's key (generic keys only). */
  private hashes: Hash[] = [];
  /** Number of live entries (ma_used). */
  used = 0;
  /**
   * The collector's hint (src/gc/collector.ts, untrack_dicts): the index of
   * the entry that last kept this dict tracked. Only a hint: it is checked
   * against the entries as they are now before it is believed.
   */
  untrackWitness = 0;
  private strIndex = new Map<string, number>();
  /**
   * int keys (and bools, and floats/complexes equal to an int: 1 == 1.0 ==
   * True): a table like objSlots, probed from the int itself (its hash),
   * holding entries whose `hashes` cell is that int. No __eq__ runs here:
   * two numbers are the same key exactly when they are equal.
   */
  private numSlots: Int32Array = NO_SLOTS;
  private numFill = 0;
  private numUsed = 0;
  /**
   * Other keys: an open-addressing table (dk_indices) of entry indices,
   * SLOT_EMPTY or SLOT_DUMMY, probed from the hash's low 32 bits with
   * CPython's perturbation (lookdict). A new key takes the first empty slot
   * of its probe sequence (a dummy is never reused before the table is
   * rebuilt), so the live keys of one hash are met in entry order: the
   * order the comparisons of a lookup follow.
   */
  private objSlots: Int32Array = NO_SLOTS;
  /** Slots of objSlots not empty (live entries and dummies): dk_usable's complement. */
  private objFill = 0;
  /** Live entries in objSlots. */
  private objUsed = 0;

  get typeName(): string {
    return 'dict';
  }

  get size(): number {
    return this.used;
  }

  /**
   * dict_traverse: a dict whose keys are all str (DK_IS_UNICODE) visits only
   * its values; otherwise each entry's value, then its key.
   */
  override traverse(visit: Visit): void {
    const keys = this.keys;
    const values = this.values;
    const unicode = this.unicodeKeys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === EMPTY) continue;
      const v = values[i];
      if (isObject(v)) visit(v);
      if (!unicode && isObject(k)) visit(k);
    }
  }

  /**
   * DK_IS_UNICODE: true while every key ever inserted since the last clear
   * was a str (CPython switches to general keys on the first other key and
   * never switches back).
   */
  unicodeKeys = true;

  /**
   * CPython's keys object, for sys.getsizeof only (dictobject.c): log2 of
   * its size (0 while the dict has Py_EMPTY_KEYS, shared and not counted),
   * dk_usable, dk_nentries and whether it is DICT_KEYS_GENERAL. The entries
   * and indexes above are gclab's own; these follow insertdict,
   * insert_to_emptydict, dictresize and PyDict_Clear.
   */
  dkLog2 = 0;
  /**
   * The class whose shared keys this dict's split table uses (an
   * instance's __dict__ made from its inline values,
   * make_dict_from_instance_attributes), or null for a combined table. A
   * split dict owns no keys table (sys.getsizeof counts the values array,
   * shared_keys_usable_size); a key the shared keys cannot take, any
   * non-str key, popitem and clear turn it combined.
   */
  splitKeys: SplitKeysOwner | null = null;
  dkUsable = 0;
  dkNentries = 0;
  dkGeneral = false;

  /** dictresize(mp, log2, unicode): a fresh keys object holding the live entries. */
  dkResize(log2: number, general: boolean): void {
    this.dkGeneral = this.dkGeneral || general;
    this.dkLog2 = log2;
    this.dkNentries = this.used;
    this.dkUsable = usableFraction(1 << log2) - this.used;
  }

  /**
   * insertdict's table bookkeeping before `key` is stored (`isNew`: no equal
   * key was there): a non-str key turns a str-only table general
   * (insertion_resize(mp, 0)), a full table grows (GROWTH_RATE, used * 3);
   * insert_to_emptydict makes the first table of 8.
   */
  private dkInsert(key: Value, isNew: boolean): void {
    const str = typeof key === 'string';
    const split = this.splitKeys;
    if (split !== null) {
      // insertdict on a split table: a str key the shared keys hold or can
      // take stays split; otherwise insertion_resize makes it combined
      // (general for a non-str key), sized from the live entries.
      if (!isNew || (str && split.insertSharedKey(key) !== undefined)) return;
      this.splitKeys = null;
      this.dkResize(calculateLog2Keysize(this.used * 3), !str);
      this.dkUsable--;
      this.dkNentries++;
      return;
    }
    if (this.dkLog2 === 0) {
      if (!isNew) return;
      this.dkLog2 = 3;
      this.dkUsable = usableFraction(8);
      this.dkNentries = 0;
      this.dkGeneral = !str;
    } else {
      if (!str && !this.dkGeneral) this.dkResize(calculateLog2Keysize(this.used * 3), true);
      if (!isNew) return;
      if (this.dkUsable <= 0) this.dkResize(calculateLog2Keysize(this.used * 3), false);
    }
    this.dkUsable--;
    this.dkNentries++;
  }

  /** dict_new_presized(n, unicode) for a dict display or _PyDict_NewPresized: more than 5 get their table now. */
  dkPresize(n: number, unicode: boolean): void {
    if (n <= usableFraction(8)) return;
    this.dkLog2 = 0;
    this.dkGeneral = false;
    this.dkResize(calculateLog2Keysize(Math.floor((n * 3 + 1) / 2)), !unicode);
  }

  /** dict_fromkeys over a dict or set: dictresize(estimate_log2_keysize(n), unicode). */
  dkPresizeFor(n: number, general: boolean): void {
    this.dkResize(calculateLog2Keysize(Math.floor((n * 3 + 1) / 2)), general);
  }

  /**
   * dict_merge(self, other) from a dict, before its entries are inserted:
   * returns true when CPython clones other's keys (self empty, other clean
   * and small or dense enough) -- the caller then calls dkCloneOf after the
   * inserts; otherwise one resize first when other does not fit.
   */
  dkMergeStart(other: DictObject): boolean {
    if (other === this) return false;
    return this.dkMergeStartShape(other.used, other.dkLog2, other.dkNentries, other.dkGeneral);
  }

  /** dkMergeStart from a dict of that shape (used, keys table log2, entries, general keys). */
  private dkMergeStartShape(used: number, log2: number, nentries: number, general: boolean): boolean {
    if (used === 0) return false;
    if (this.used === 0 && log2 !== 0 && used === nentries && (log2 === 3 || usableFraction((1 << log2) / 2) < used)) {
      // The clone replaces a split table (its values are freed): combined from here.
      this.splitKeys = null;
      return true;
    }
    const size = this.splitKeys !== null ? 1 << SHARED_KEYS_LOG2 : this.dkLog2 === 0 ? 1 : 1 << this.dkLog2;
    if (usableFraction(size) < used) {
      const newLog2 = calculateLog2Keysize(Math.floor(((this.used + used) * 3 + 1) / 2));
      if (this.dkLog2 === 0) this.dkGeneral = false;
      this.splitKeys = null;
      this.dkResize(newLog2, general);
    }
    return false;
  }

  /**
   * dict_merge(self, kwargs) of dict.update(**kw) and dict(**kw), before the
   * n keyword items are inserted: the keyword dict _PyStack_AsDict builds
   * is _PyDict_NewPresized(n) (a minimal table up to 5 items, else
   * estimate_log2_keysize(n), at most 2**17) with n str keys. Returns
   * whether self then clones that table (call dkCloneKeywords after the
   * inserts).
   */
  dkMergeKeywordsStart(n: number): boolean {
    return this.dkMergeStartShape(n, keywordDictLog2(n), n, false);
  }

  /** clone_combined_dict_keys of the keyword dict of dkMergeKeywordsStart. */
  dkCloneKeywords(n: number): void {
    const log2 = keywordDictLog2(n);
    this.dkLog2 = log2;
    this.dkUsable = usableFraction(1 << log2) - n;
    this.dkNentries = n;
    this.dkGeneral = false;
  }

  /**
   * dict.popitem on a split table: dictresize(mp, DK_LOG_SIZE(keys), unicode)
   * first, a combined table of the shared keys' size (64).
   */
  dkUnsplit(): void {
    if (this.splitKeys === null) return;
    this.splitKeys = null;
    this.dkResize(SHARED_KEYS_LOG2, false);
  }

  /** clone_combined_dict_keys: the same table as `other`'s. */
  dkCloneOf(other: DictObject): void {
    this.dkLog2 = other.dkLog2;
    this.dkUsable = other.dkUsable;
    this.dkNentries = other.dkNentries;
    this.dkGeneral = other.dkGeneral;
  }

  /** _PyDict_KeysSize of the table the dict owns (0 for the shared empty keys). */
  get dkSizeInBytes(): number {
    if (this.dkLog2 === 0) return 0;
    const size = 1 << this.dkLog2;
    const indexBytes = this.dkLog2 < 8 ? 1 : this.dkLog2 < 16 ? 2 : this.dkLog2 < 32 ? 4 : 8;
    return 32 + size * indexBytes + usableFraction(size) * (this.dkGeneral ? 24 : 16);
  }

  /** PyDict_Clear (also tp_clear): empty first, then release key, value in order. */
  override clear(heap: Heap): void {
    const keys = this.keys;
    const values = this.values;
    this.reset();
    releaseEntries(heap, keys, values);
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    this.releaseOwnReferences(heap);
    // dict_dealloc: an exact dict goes to dict's free list when it has room
    // (subclass instances have their own dealloc).
    heap.free(this, DICT_FREE_SLOT);
    heap.trashcanEnd();
  }

  /**
   * dict_dealloc's part: the entries in insertion order, key before value.
   * The dict is emptied first, onto the shared never-written empties (no
   * allocation per death: nothing uses a dying dict again).
   */
  override releaseOwnReferences(heap: Heap): void {
    const keys = this.keys;
    const values = this.values;
    this.unicodeKeys = true;
    this.keys = NO_ENTRIES;
    this.values = NO_ENTRIES;
    this.hashes = NO_HASHES;
    this.used = 0;
    this.strIndex = NO_STR_INDEX;
    this.numSlots = NO_SLOTS;
    this.numFill = 0;
    this.numUsed = 0;
    this.objSlots = NO_SLOTS;
    this.objFill = 0;
    this.objUsed = 0;
    releaseEntries(heap, keys, values);
  }

  private reset(): void {
    this.splitKeys = null;
    this.dkLog2 = 0;
    this.dkUsable = 0;
    this.dkNentries = 0;
    this.dkGeneral = false;
    this.unicodeKeys = true;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.used = 0;
    this.strIndex = new Map();
    this.numSlots = NO_SLOTS;
    this.numFill = 0;
    this.numUsed = 0;
    this.objSlots = NO_SLOTS;
    this.objFill = 0;
    this.objUsed = 0;
  }

  /** Index of the entry for `key`, or -1. May call the host's hash/eq (Python code). */
  find(heap: Heap, key: Value): number {
    if ((this.flags & DEAD) !== 0) this.assertLive('dict lookup');
    if (typeof key === 'string') return this.strIndex.get(key) ?? this.findObjectEqualToStr(heap, key);
    if (typeof key === 'number' || typeof key === 'boolean') {
      const i = this.findNum(+key);
      return i >= 0 ? i : this.findObjectEqualToInt(heap, key, +key);
    }
    if (key instanceof PrimitiveBox) return this.findBoxed(heap, key);
    const n = numericKey(key);
    if (n !== undefined) {
      const i = this.findNum(n);
      return i >= 0 ? i : this.findObjectEqualToInt(heap, key, n);
    }
    const h = heap.host.hash(heap, key);
    const i = this.findGeneric(heap, key, h);
    return i >= 0 ? i : this.findIntEqualToObject(heap, key, h);
  }

  /**
   * An int key (or a float/complex equal to one) missing from the int index may still equal an
   * object key of the same hash (Fraction(3) == 3, hash 3): look in that hash's bucket, as
   * CPython's single table would.
   */
  private findObjectEqualToInt(heap: Heap, key: Value, n: number): number {
    if (this.objUsed === 0) return -1;
    return this.findGeneric(heap, key, n === -1 ? -2 : n);
  }

  /** The converse: an object key missing from its bucket may equal the int key its hash names. */
  private findIntEqualToObject(heap: Heap, key: Value, h: Hash): number {
    if (this.numUsed === 0 || typeof h !== 'number') return -1;
    let idx = this.findNum(h);
    if (idx < 0 && h === -2) idx = this.findNum(-1);
    if (idx < 0) return -1;
    const stored = this.keys[idx];
    if (stored === EMPTY) return -1;
    const same = keyEquals(heap, stored, key);
    if (this.keys[idx] !== stored) return this.find(heap, key);
    return same ? idx : -1;
  }

  /** A str or int subclass instance is found under the str or int it holds. */
  private findBoxed(heap: Heap, key: PrimitiveBox): number {
    const v = key.value;
    if (!hashesByValue(key)) return this.findOwnHashed(heap, key, heap.host.hash(heap, key));
    if (typeof v === 'string') return this.strIndex.get(v) ?? -1;
    if (typeof v === 'number') return this.findNum(v);
    return this.findGeneric(heap, key, heap.host.hash(heap, key));
  }

  /** A str or int subclass instance with its own __hash__/__eq__ (hash h): an object key, which may equal a str or int key of its hash. */
  private findOwnHashed(heap: Heap, key: PrimitiveBox, h: Hash): number {
    const i = this.findGeneric(heap, key, h);
    if (i >= 0) return i;
    if (typeof key.value === 'string') return this.findStrEqualToObject(heap, key, h, key.value);
    return this.findIntEqualToObject(heap, key, h);
  }

  /** An object key of a str subclass missing from its bucket may equal the str key it holds, when their hashes agree. */
  private findStrEqualToObject(heap: Heap, key: Value, h: Hash, s: string): number {
    const idx = this.strIndex.get(s);
    if (idx === undefined || heap.host.hash(heap, s) !== h) return -1;
    const stored = this.keys[idx];
    const same = keyEquals(heap, stored as Value, key);
    if (this.keys[idx] !== stored) return this.find(heap, key);
    return same ? idx : -1;
  }

  /** A str key missing from the str index may equal an object key of its hash (a str subclass with its own __eq__). */
  private findObjectEqualToStr(heap: Heap, key: string): number {
    if (this.objUsed === 0) return -1;
    return this.findGeneric(heap, key, heap.host.hash(heap, key));
  }

  /**
   * The entry of an object key: identity over every live entry of hash `h`
   * first, then `stored == key` in entry order. The candidates are
   * gathered before any __eq__ runs, so Python code that changes the dict
   * cannot change which entries this lookup compares; an entry whose key
   * changed meanwhile restarts the lookup.
   */
  private findGeneric(heap: Heap, key: Value, h: Hash): number {
    if (this.objUsed === 0) return -1;
    const slots = this.objSlots;
    const hashes = this.hashes;
    const keys = this.keys;
    const mask = slots.length - 1;
    let perturb = hashLow32(h);
    let i = perturb & mask;
    let first = -1;
    let count = 0;
    for (;;) {
      const ix = slots[i];
      if (ix === SLOT_EMPTY) break;
      if (ix >= 0 && hashes[ix] === h) {
        if (keys[ix] === key) return ix;
        if (count++ === 0) first = ix;
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (count === 0) return -1;
    if (count === 1) {
      const stored = keys[first];
      if (stored === EMPTY) return -1;
      const same = keyEquals(heap, stored, key);
      if (this.keys[first] !== stored) return this.findGeneric(heap, key, h);
      return same ? first : -1;
    }
    const candidates = this.candidatesOf(h);
    for (const idx of candidates) {
      const stored = this.keys[idx];
      if (stored === EMPTY) continue;
      const same = keyEquals(heap, stored, key);
      if (this.keys[idx] !== stored) return this.findGeneric(heap, key, h);
      if (same) return idx;
    }
    return -1;
  }

  /** The live entries of hash `h` in entry order (probe order). */
  private candidatesOf(h: Hash): number[] {
    return allSlots(this.objSlots, this.hashes, h);
  }

  /** Put entry `idx` (hash `h`) in the first empty slot of its probe sequence, growing the table first when 2/3 full. */
  private insertObjSlot(h: Hash, idx: number): void {
    if ((this.objFill + 1) * 3 >= this.objSlots.length * 2) this.rebuildObjSlots(this.objUsed + 1, idx);
    placeSlot(this.objSlots, h, idx);
    this.objFill++;
    this.objUsed++;
  }

  /** Mark entry `idx`'s slot as a dummy. */
  private removeObjSlot(h: Hash, idx: number): void {
    if (removeSlot(this.objSlots, h, idx)) this.objUsed--;
  }

  /** The entry of the int `n` (a number key's value), or -1. */
  private findNum(n: number): number {
    return this.numUsed === 0 ? -1 : firstSlot(this.numSlots, this.hashes, n);
  }

  private insertNumSlot(n: Hash, idx: number): void {
    if ((this.numFill + 1) * 3 >= this.numSlots.length * 2) this.rebuildNumSlots(this.numUsed + 1, idx);
    placeSlot(this.numSlots, n, idx);
    this.numFill++;
    this.numUsed++;
  }

  private removeNumSlot(n: Hash, idx: number): void {
    if (removeSlot(this.numSlots, n, idx)) this.numUsed--;
  }

  /** rebuildObjSlots for the int table. */
  private rebuildNumSlots(live: number, end: number): void {
    const slots = newTable(live);
    this.numSlots = slots;
    this.numUsed = this.numFill = fillTable(slots, this.keys, this.hashes, end, isNumIndexed);
  }

  /**
   * A new table sized for `live` object keys (dictresize, GROWTH_RATE:
   * a third full), the live object entries before `end` re-inserted in
   * entry order (so each hash's entries keep their order along its probe
   * sequence); dummies are dropped.
   */
  private rebuildObjSlots(live: number, end: number): void {
    const slots = newTable(live);
    this.objSlots = slots;
    this.objUsed = this.objFill = fillTable(slots, this.keys, this.hashes, end, isObjectIndexed);
  }

  /** `key in d`. */
  has(heap: Heap, key: Value): boolean {
    return this.find(heap, key) >= 0;
  }

  /** d.get(name) for a str key (no hashing of objects needed): a borrowed reference, or undefined. */
  getStr(name: string): Value | undefined {
    if ((this.flags & DEAD) !== 0) this.assertLive('dict lookup');
    const i = this.strIndex.get(name);
    return i === undefined ? undefined : this.values[i];
  }

  /** d.get(key): a borrowed reference, or undefined when missing. */
  get(heap: Heap, key: Value): Value | undefined {
    const i = this.find(heap, key);
    return i < 0 ? undefined : this.values[i];
  }

  /** d[key] = value: the dict takes its own references. */
  set(heap: Heap, key: Value, value: Value): void {
    // Both handles are checked before any reference is taken, so a stale
    // key cannot leave the value's count raised (ARCHITECTURE.md, "Safety").
    this.assertLive('dict set');
    heap.checkLive(key, 'dict key');
    heap.checkLive(value, 'dict value');
    let h: Hash = 0;
    let i: number;
    // Which index the key lives in (indexEntry's cases), found with the lookup:
    // ints, bools and strs without the type tests objects need.
    let kind: number;
    if (typeof key === 'number' || typeof key === 'boolean') {
      kind = NUM_KEYED;
      h = +key;
      i = this.findNum(h);
      if (i < 0) i = this.findObjectEqualToInt(heap, key, h);
    } else if (typeof key === 'string') {
      kind = STR_KEYED;
      i = this.strIndex.get(key) ?? this.findObjectEqualToStr(heap, key);
    } else {
      const n = numericKey(key);
      const sk = strKeyOf(key);
      if (sk !== undefined) {
        kind = STR_KEYED;
        i = this.strIndex.get(sk) ?? -1;
      } else if (key instanceof PrimitiveBox && n === undefined) {
        kind = OBJ_KEYED;
        h = heap.host.hash(heap, key);
        i = this.findOwnHashed(heap, key, h);
      } else if (n !== undefined) {
        kind = NUM_KEYED;
        h = n;
        i = this.findNum(n);
        if (i < 0) i = this.findObjectEqualToInt(heap, key, n);
      } else {
        kind = OBJ_KEYED;
        h = heap.host.hash(heap, key);
        i = this.findGeneric(heap, key, h);
        if (i < 0) i = this.findIntEqualToObject(heap, key, h);
      }
    }
    heap.incref(value);
    this.dkInsert(key, i < 0);
    if (i >= 0) {
      const old = this.values[i];
      this.values[i] = value;
      heap.decref(old as Value);
    } else {
      heap.incref(key);
      if (typeof key !== 'string') this.unicodeKeys = false;
      this.maybeCompact();
      const idx = this.keys.length;
      this.keys.push(key);
      this.values.push(value);
      this.hashes.push(h);
      this.used++;
      this.indexEntryAs(kind, key, h, idx);
    }
    if (this.gcSlot < 0 && (mayBeTracked(key) || mayBeTracked(value))) heap.track(this);
  }

  /**
   * d[name] = value for a str key (STORE_NAME, STORE_GLOBAL): `set` without
   * the key's type dispatch when the name is already there; a new name takes
   * `set`'s path.
   */
  setStr(heap: Heap, name: string, value: Value): void {
    const i = (this.flags & DEAD) === 0 ? this.strIndex.get(name) : undefined;
    if (i === undefined) return this.set(heap, name, value);
    heap.checkLive(value, 'dict value');
    heap.incref(value);
    const old = this.values[i];
    this.values[i] = value;
    heap.decref(old as Value);
    if (this.gcSlot < 0 && mayBeTracked(value)) heap.track(this);
  }

  /** del d[key]: returns false when the key is missing (callers raise KeyError). */
  delete(heap: Heap, key: Value): boolean {
    const i = this.find(heap, key);
    if (i < 0) return false;
    this.removeAt(heap, i);
    return true;
  }

  /** Remove entry `i` and release its key, then its value. */
  removeAt(heap: Heap, i: number): void {
    this.assertLive('dict removeAt');
    const k = this.keys[i] as Value;
    const v = this.values[i] as Value;
    this.unindex(k, this.hashes[i], i);
    this.keys[i] = EMPTY;
    this.values[i] = EMPTY;
    this.used--;
    heap.decref(k);
    heap.decref(v);
  }

  /** d.pop(key): returns the value as a new reference (owned by the caller), or undefined. */
  pop(heap: Heap, key: Value): Value | undefined {
    const i = this.find(heap, key);
    if (i < 0) return undefined;
    const k = this.keys[i] as Value;
    const v = this.values[i] as Value;
    this.unindex(k, this.hashes[i], i);
    this.keys[i] = EMPTY;
    this.values[i] = EMPTY;
    this.used--;
    heap.decref(k);
    return v;
  }

  /**
   * The hash of entry i's key as CPython's table stores it (_PyDict_Next's
   * hash): an object key's recorded hash, never recomputed through its
   * __hash__; a str or int key's hash from its value.
   */
  entryHash(heap: Heap, i: number): Hash {
    const k = this.keys[i] as Value;
    if (isObjectIndexed(k)) return this.hashes[i];
    const h = heap.host.hash(heap, strKeyOf(k) ?? k);
    return h === -1 ? -2 : h;
  }

  /** Live entries in insertion order (a snapshot of borrowed references). */
  entries(): Array<[Value, Value]> {
    this.assertLive('dict entries');
    const out: Array<[Value, Value]> = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== EMPTY) out.push([k, this.values[i] as Value]);
    }
    return out;
  }

  /** Index of the first live entry at or after `pos`, or -1 (for iterators). */
  nextIndex(pos: number): number {
    const keys = this.keys;
    for (let i = pos; i < keys.length; i++) if (keys[i] !== EMPTY) return i;
    return -1;
  }

  /** Index of the last live entry at or before `pos`, or -1 (for reverse iterators). */
  prevIndex(pos: number): number {
    const keys = this.keys;
    for (let i = Math.min(pos, keys.length - 1); i >= 0; i--) if (keys[i] !== EMPTY) return i;
    return -1;
  }

  /** Index of the last live entry (popitem), or -1. */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== EMPTY) return i;
    return -1;
  }

  private indexEntry(key: Value, h: Hash, idx: number): void {
    this.indexEntryAs(keyedBy(key), key, h, idx);
  }

  /** indexEntry with the key's index (keyedBy) already known. */
  private indexEntryAs(kind: number, key: Value, h: Hash, idx: number): void {
    if (kind === NUM_KEYED) this.insertNumSlot(h, idx);
    else if (kind === STR_KEYED) this.strIndex.set(strKeyOf(key) as string, idx);
    else this.insertObjSlot(h, idx);
  }

  private unindex(key: Value, h: Hash, idx: number): void {
    const kind = keyedBy(key);
    if (kind === NUM_KEYED) this.removeNumSlot(h, idx);
    else if (kind === STR_KEYED) this.strIndex.delete(strKeyOf(key) as string);
    else this.removeObjSlot(h, idx);
  }

  /** Drop deleted slots when they outnumber live ones (a resize, in CPython terms). */
  private maybeCompact(): void {
    const dead = this.keys.length - this.used;
    if (dead < 8 || dead <= this.used) return;
    const keys = this.keys;
    const values = this.values;
    const hashes = this.hashes;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.strIndex = new Map();
    this.numSlots = NO_SLOTS;
    this.numFill = 0;
    this.numUsed = 0;
    this.objSlots = NO_SLOTS;
    this.objFill = 0;
    this.objUsed = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === EMPTY) continue;
      const idx = this.keys.length;
      this.keys.push(k);
      this.values.push(values[i]);
      this.hashes.push(hashes[i]);
      this.indexEntry(k, hashes[i], idx);
    }
  }
}

/** USABLE_FRACTION(n): the entries a table of n slots holds, (n << 1) / 3. */
/** The keys table of _PyDict_NewPresized(n) filled with n items: its log2 size. */
function keywordDictLog2(n: number): number {
  if (n <= usableFraction(8)) return 3;
  if (n > usableFraction(1 << 17)) return 17;
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

/** calculate_log2_keysize(minsize): bit_length(((minsize | 8) - 1) | 7). */
function calculateLog2Keysize(minsize: number): number {
  let m = ((minsize | 8) - 1) | 7;
  let bits = 0;
  while (m > 0) {
    bits++;
    m = Math.floor(m / 2);
  }
  return bits;
}

/** An integral float key is the same key as the int it equals (1.0 == 1, same hash). */
/** The three indexes of a dict (keyedBy): the str Map, the int table, the object-key table. */
const STR_KEYED = 0;
const NUM_KEYED = 1;
const OBJ_KEYED = 2;

/**
 * The index `key` lives in: a str (or a str subclass instance hashing by
 * value) in the str Map; an int, a bool, or a float/complex/int subclass
 * instance equal to an int in the int table; anything else in the object
 * table. Ints, bools and strs are told by their JS type alone.
 */
function keyedBy(key: Value): number {
  if (typeof key === 'number' || typeof key === 'boolean') return NUM_KEYED;
  if (typeof key === 'string') return STR_KEYED;
  if (strKeyOf(key) !== undefined) return STR_KEYED;
  return numericKey(key) !== undefined ? NUM_KEYED : OBJ_KEYED;
}

function numericKey(key: Value): number | undefined {
  if (key instanceof PrimitiveBox) return typeof key.value === 'number' && hashesByValue(key) ? key.value : undefined;
  if (key instanceof FloatObject && Number.isInteger(key.value) && Math.abs(key.value) <= Number.MAX_SAFE_INTEGER && hashesByValue(key)) {
    return key.value === 0 ? 0 : key.value;
  }
  // A complex equal to an int (1+0j == 1) is that int's key too.
  if (key instanceof ComplexObject && key.imag === 0 && Number.isInteger(key.real) && Math.abs(key.real) <= Number.MAX_SAFE_INTEGER) {
    return key.real === 0 ? 0 : key.real;
  }
  return undefined;
}

/** An empty table for `live` keys, a third full (GROWTH_RATE). */
function newTable(live: number): Int32Array {
  let size = MIN_SLOTS;
  while (size < live * 3) size *= 2;
  return new Int32Array(size).fill(SLOT_EMPTY);
}

/**
 * Put the live entries before `end` that `belongs` to the table in it, in
 * entry order, each at the first empty slot of its hash's probe sequence
 * (so each hash's entries keep their order along it); returns how many.
 */
function fillTable(slots: Int32Array, keys: Array<Value | undefined>, hashes: Hash[], end: number, belongs: (k: Value) => boolean): number {
  let n = 0;
  for (let idx = 0; idx < end; idx++) {
    const k = keys[idx];
    if (k === EMPTY || !belongs(k)) continue;
    placeSlot(slots, hashes[idx], idx);
    n++;
  }
  return n;
}

/*
 * The probe sequence of a table (lookdict): from the low 32 bits of the
 * hash, i = (i * 5 + perturb + 1) & mask with perturb shifted right by 5
 * each step; once perturb is 0 the step visits every slot.
 */

/** Put entry `idx` in the first empty slot of `h`'s probe sequence (a dummy is never reused). */
function placeSlot(slots: Int32Array, h: Hash, idx: number): void {
  const mask = slots.length - 1;
  let perturb = hashLow32(h);
  let i = perturb & mask;
  while (slots[i] !== SLOT_EMPTY) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  slots[i] = idx;
}

/** Mark entry `idx`'s slot on `h`'s probe sequence as a dummy; false when it is not there. */
function removeSlot(slots: Int32Array, h: Hash, idx: number): boolean {
  const mask = slots.length - 1;
  let perturb = hashLow32(h);
  let i = perturb & mask;
  for (;;) {
    const ix = slots[i];
    if (ix === SLOT_EMPTY) return false;
    if (ix === idx) {
      slots[i] = SLOT_DUMMY;
      return true;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** The first live entry on `h`'s probe sequence whose hash is `h`, or -1. */
function firstSlot(slots: Int32Array, hashes: Hash[], h: Hash): number {
  const mask = slots.length - 1;
  let perturb = hashLow32(h);
  let i = perturb & mask;
  for (;;) {
    const ix = slots[i];
    if (ix === SLOT_EMPTY) return -1;
    if (ix >= 0 && hashes[ix] === h) return ix;
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/**
 * Every live entry of hash `h`, in probe order (entry order), each once:
 * once perturb is 0 the sequence can come back to a slot it visited while
 * perturb was shifting, and an entry met twice must still be compared once.
 */
function allSlots(slots: Int32Array, hashes: Hash[], h: Hash): number[] {
  const mask = slots.length - 1;
  const out: number[] = [];
  let perturb = hashLow32(h);
  let i = perturb & mask;
  for (;;) {
    const ix = slots[i];
    if (ix === SLOT_EMPTY) return out;
    if (ix >= 0 && hashes[ix] === h && !out.includes(ix)) out.push(ix);
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Whether `key` lives in the int table: a number, a bool, or a float/complex equal to an int (indexEntry's middle cases). */
function isNumIndexed(key: Value): boolean {
  return strKeyOf(key) === undefined && (typeof key === 'number' || typeof key === 'boolean' || numericKey(key) !== undefined);
}

/** Whether `key` lives in the object-key table (neither a str, nor an int, nor a number equal to one): indexEntry's last case. */
function isObjectIndexed(key: Value): boolean {
  return strKeyOf(key) === undefined && typeof key !== 'number' && typeof key !== 'boolean' && numericKey(key) === undefined;
}

function releaseEntries(heap: Heap, keys: Array<Value | undefined>, values: Array<Value | undefined>): void {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === EMPTY) continue;
    heap.decref(k);
    heap.decref(values[i] as Value);
  }
}

/** KeyError(key) as dict lookups raise it. */
export function keyError(key: Value): PyException {
  return new PyException('KeyError', [key]);
}
