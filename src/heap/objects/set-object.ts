/**
 * set (Objects/setobject.c, CPython 3.11): an open-addressing hash table
 * emulated slot for slot, so that iteration order -- which CPython leaves to
 * the table layout -- is CPython's for every element whose hash gclab
 * reproduces (ints hash to themselves, so an int set prints in CPython's
 * order; objects hash by id, which differs from CPython's addresses).
 *
 * The table (set_lookkey, set_add_entry, set_insert_clean,
 * set_table_resize):
 *  - PySet_MINSIZE = 8 slots to start; a slot is unused (NULL), active, or
 *    a dummy left by a deletion (hash -1);
 *  - probing: start at hash & mask, look at LINEAR_PROBES = 9 following
 *    slots when they fit in the table, then jump with
 *    i = (i * 5 + 1 + perturb) & mask, perturb >>= PERTURB_SHIFT (5),
 *    where perturb starts as the hash as a 64-bit unsigned number;
 *  - set_add_entry reuses the LAST dummy met on the probe path; a fresh
 *    slot raises `fill`, and when fill * 5 >= mask * 3 the table is resized
 *    to the smallest power of two > used * 4 (used * 2 past 50,000), dummies
 *    dropped, entries re-inserted in old-table order;
 *  - discarding leaves a dummy (fill unchanged); difference_update resizes
 *    when more than a quarter of the slots are dummies.
 *  - pop() scans from `finger` (where the last pop stopped), wrapping.
 *
 * Equality is identity, then `heap.host.eq`; a comparison that changes the
 * table restarts the lookup, as in CPython.
 *
 * References: the set owns one reference per active entry. dealloc and
 * clear (set_clear_internal, also tp_clear) release the entries in table
 * order, clear() after the set is already empty. The set is a GC object,
 * tracked from creation, weakly referenceable.
 *
 * Iteration: SetCursor (setiter_iternext) raises
 * `RuntimeError: Set changed size during iteration` (sticky) when `used`
 * differs from its value at creation. Its holder must own a reference to
 * the set.
 *
 * frozenset is the same table (FrozenSetObject): no mutating methods are
 * reachable on it from Python, and its hash (frozenset_hash) is computed
 * once from the entries' hashes and cached, as so->hash.
 */
import type { Heap } from '../heap';
import { PyException } from '../errors';
import { PyObject, type Visit } from '../object';
import { clearWeakRefs } from '../weakref-base';
import { isObject, type Value } from '../value';
import { keyEquals } from './key-equals';
import type { DictObject } from './dict-object';
import { hashLow32, normalHash, type Hash } from '../hash';

export const PySet_MINSIZE = 8;
export const LINEAR_PROBES = 9;
export const PERTURB_SHIFT = 5;

/** The dummy key of deleted slots. */
const DUMMY: { readonly dummy: true } = Object.freeze({ dummy: true as const });
type Slot = Value | typeof DUMMY | undefined;

/**
 * A source of values for the set algorithms that take "any iterable": each
 * next() returns a NEW reference (undefined at the end). close() is called
 * once the consumer is done -- at the end, on an early stop or an error --
 * and must release whatever the source still holds (CPython's Py_DECREF of
 * the iterator, which closes a suspended generator); it may be called more
 * than once.
 */
export interface ValueSource {
  next(): Value | undefined;
  close?(): void;
}

/** perturb: the hash as a 64-bit unsigned number, shifted right by 5 per round. */
class Perturb {
  private n: number;
  private b: bigint | null;
  constructor(hash: Hash) {
    if (typeof hash === 'number' && hash >= 0) {
      this.n = hash;
      this.b = null;
    } else {
      this.n = 0;
      this.b = BigInt.asUintN(64, BigInt(hash));
    }
  }
  shift(): void {
    if (this.b === null) this.n = Math.floor(this.n / 32);
    else this.b >>= BigInt(PERTURB_SHIFT);
  }
  /** The low 32 bits (all that `& mask` can see). */
  low(): number {
    return this.b === null ? this.n % 4294967296 : Number(this.b & 0xffffffffn);
  }
}

/** i = (i * 5 + 1 + perturb) & mask, in size_t arithmetic. */
function nextProbe(i: number, p: Perturb, mask: number): number {
  p.shift();
  return (i * 5 + 1 + p.low()) & mask;
}

/**
 * Python's `set`: CPython's open-addressing table (same probing, same iteration order for the same
 * hashes).
 */
export class SetObject extends PyObject {
  /** The table: undefined = unused, DUMMY = deleted, else an owned key. */
  private table: Slot[] = newTable(PySet_MINSIZE);
  private hashes: Hash[] = new Array(PySet_MINSIZE).fill(0);
  /** Table size - 1. */
  mask = PySet_MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots: len(set). */
  used = 0;
  /** Where the next pop() starts looking. */
  finger = 0;

  get typeName(): string {
    return 'set';
  }

  override get weakrefable(): boolean {
    return true;
  }

  get size(): number {
    return this.used;
  }

  /** Sets are unhashable. */
  override hashSlot(_heap: Heap): Hash | undefined {
    throw new PyException('TypeError', "unhashable type: 'set'");
  }

  // ---- the probing core ----------------------------------------------------

  /**
   * set_lookkey: the index of the active slot holding a key equal to `key`,
   * or of the unused slot where the search ended.
   */
  private lookkey(heap: Heap, key: Value, hash: Hash): number {
    for (;;) {
      const r = this.lookkeyOnce(heap, key, hash);
      if (r >= 0) return r;
    }
  }

  /** One attempt of set_lookkey; -1 means "the table changed: restart". */
  private lookkeyOnce(heap: Heap, key: Value, hash: Hash): number {
    let mask = this.mask;
    let i = hashLow32(hash) & mask;
    const p = new Perturb(hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.table[j];
        if (k === undefined && this.hashes[j] === 0) return j;
        if (this.hashes[j] === hash && k !== DUMMY) {
          const startkey = k as Value;
          if (startkey === key) return j;
          const table = this.table;
          const cmp = keyEquals(heap, startkey, key);
          if (table !== this.table || this.table[j] !== startkey) return -1;
          if (cmp) return j;
          mask = this.mask;
        }
        j++;
      } while (probes-- > 0);
      i = nextProbe(i, p, mask);
    }
  }

  /**
   * set_add_entry: insert `key` (the set takes its own reference) unless an
   * equal key is present. Returns true when a new entry was made.
   */
  addEntry(heap: Heap, key: Value, hash: Hash): boolean {
    heap.incref(key);
    try {
      for (;;) {
        const r = this.addEntryOnce(heap, key, hash);
        if (r !== 'restart') return r;
      }
    } catch (e) {
      heap.decref(key);
      throw e;
    }
  }

  private addEntryOnce(heap: Heap, key: Value, hash: Hash): boolean | 'restart' {
    let mask = this.mask;
    let i = hashLow32(hash) & mask;
    let freeslot = -1;
    const p = new Perturb(hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.table[j];
        if (k === undefined && this.hashes[j] === 0) return this.storeNew(key, hash, j, freeslot, mask);
        if (this.hashes[j] === hash && k !== DUMMY) {
          const startkey = k as Value;
          if (startkey === key) return this.foundActive(heap, key);
          const table = this.table;
          const cmp = keyEquals(heap, startkey, key);
          if (cmp) return this.foundActive(heap, key);
          if (table !== this.table || this.table[j] !== startkey) return 'restart';
          mask = this.mask;
        } else if (this.hashes[j] === -1) {
          freeslot = j;
        }
        j++;
      } while (probes-- > 0);
      i = nextProbe(i, p, mask);
    }
  }

  private foundActive(heap: Heap, key: Value): false {
    heap.decref(key);
    return false;
  }

  /** found_unused_or_dummy / found_unused, with the resize rule of set_add_entry. */
  private storeNew(key: Value, hash: Hash, unused: number, freeslot: number, mask: number): true {
    if (freeslot >= 0) {
      this.used++;
      this.table[freeslot] = key;
      this.hashes[freeslot] = hash;
      return true;
    }
    this.fill++;
    this.used++;
    this.table[unused] = key;
    this.hashes[unused] = hash;
    if (this.fill * 5 >= mask * 3) this.tableResize(this.used > 50000 ? this.used * 2 : this.used * 4);
    return true;
  }

  /** set_insert_clean: place a key known to be absent into a table without dummies. */
  private static insertClean(table: Slot[], hashes: Hash[], mask: number, key: Value, hash: Hash): void {
    let i = hashLow32(hash) & mask;
    const p = new Perturb(hash);
    for (;;) {
      if (table[i] === undefined) return place(i);
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (table[i + j] === undefined) return place(i + j);
      }
      i = nextProbe(i, p, mask);
    }
    function place(at: number): void {
      table[at] = key;
      hashes[at] = hash;
    }
  }

  /**
   * set_table_resize: a table of the smallest power of two > minused (at
   * least 8), entries re-inserted in old-table order, dummies dropped.
   * Refcount-neutral.
   */
  tableResize(minused: number): void {
    let newsize = PySet_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    if (newsize === PySet_MINSIZE && this.mask === PySet_MINSIZE - 1 && this.fill === this.used) return;
    const oldTable = this.table;
    const oldHashes = this.hashes;
    const table = newTable(newsize);
    const hashes = new Array<Hash>(newsize).fill(0);
    const mask = newsize - 1;
    this.table = table;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
    for (let i = 0; i < oldTable.length; i++) {
      const k = oldTable[i];
      if (k !== undefined && k !== DUMMY) SetObject.insertClean(table, hashes, mask, k as Value, oldHashes[i]);
    }
  }

  // ---- the set API -----------------------------------------------------------

  /** set.add(key) (set_add_key). */
  add(heap: Heap, key: Value): void {
    this.assertLive('set add');
    this.addEntry(heap, key, pyHash(heap, key));
  }

  /** key in set (set_contains_key). */
  contains(heap: Heap, key: Value): boolean {
    this.assertLive('set contains');
    return this.containsEntry(heap, key, pyHash(heap, key));
  }

  /** `key in s`, for a key whose hash is already known. */
  containsEntry(heap: Heap, key: Value, hash: Hash): boolean {
    // The slot is read from the table as it is after the lookup: an __eq__
    // run by lookkey may have replaced the table (set.clear()).
    const j = this.lookkey(heap, key, hash);
    return this.table[j] !== undefined;
  }

  /** set.discard(key) (set_discard_key): true when an entry was removed. */
  discard(heap: Heap, key: Value): boolean {
    this.assertLive('set discard');
    return this.discardEntry(heap, key, pyHash(heap, key));
  }

  /** set_discard_entry: the slot becomes a dummy, then the old key is released. */
  discardEntry(heap: Heap, key: Value, hash: Hash): boolean {
    const i = this.lookkey(heap, key, hash);
    const old = this.table[i];
    if (old === undefined) return false;
    this.table[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    heap.decref(old as Value);
    return true;
  }

  /** set.remove(key): KeyError(key) when absent. */
  remove(heap: Heap, key: Value): void {
    if (!this.discard(heap, key)) throw new PyException('KeyError', [key]);
  }

  /** set.pop() (set_pop): the key as a new reference, found from `finger` on. */
  pop(_heap: Heap): Value {
    this.assertLive('set pop');
    if (this.used === 0) throw new PyException('KeyError', 'pop from an empty set');
    let i = this.finger & this.mask;
    while (this.table[i] === undefined || this.table[i] === DUMMY) {
      i++;
      if (i > this.mask) i = 0;
    }
    const key = this.table[i] as Value;
    this.table[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    this.finger = i + 1;
    return key;
  }

  /** set.clear() and tp_clear (set_clear_internal): empty first, then release in table order. */
  override clear(heap: Heap): void {
    const old = this.table;
    let used = this.used;
    if (this.fill === 0 && this.mask === PySet_MINSIZE - 1) return;
    this.table = newTable(PySet_MINSIZE);
    this.hashes = new Array(PySet_MINSIZE).fill(0);
    this.mask = PySet_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    for (let i = 0; used > 0; i++) {
      const k = old[i];
      if (k !== undefined && k !== DUMMY) {
        used--;
        heap.decref(k as Value);
      }
    }
  }

  override traverse(visit: Visit): void {
    const table = this.table;
    for (let i = 0; i < table.length; i++) {
      const k = table[i];
      if (k !== DUMMY && isObject(k as Value)) visit(k as PyObject);
    }
  }

  /** set_dealloc: untrack, weakrefs, then the keys in table order. */
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    this.releaseOwnReferences(heap);
    heap.free(this);
    heap.trashcanEnd();
  }

  /** set_dealloc's part: the weakrefs, then the keys in table order. */
  override releaseOwnReferences(heap: Heap): void {
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    const old = this.table;
    let used = this.used;
    this.table = newTable(PySet_MINSIZE);
    this.hashes = new Array(PySet_MINSIZE).fill(0);
    this.mask = PySet_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    for (let i = 0; used > 0; i++) {
      const k = old[i];
      if (k !== undefined && k !== DUMMY) {
        used--;
        heap.decref(k as Value);
      }
    }
  }

  // ---- iteration -------------------------------------------------------------

  /** set_next: index of the first active slot at or after `pos`, or -1. */
  nextIndex(pos: number): number {
    for (let i = pos; i <= this.mask; i++) {
      const k = this.table[i];
      if (k !== undefined && k !== DUMMY) return i;
    }
    return -1;
  }

  /** The key at active slot `i` (borrowed) and its hash. */
  keyAt(i: number): Value {
    return this.table[i] as Value;
  }

  /** The hash stored in table slot `i`. */
  hashAt(i: number): Hash {
    return this.hashes[i];
  }

  /** The keys in table order (a snapshot of borrowed references). */
  keys(): Value[] {
    this.assertLive('set keys');
    const out: Value[] = [];
    for (let i = this.nextIndex(0); i >= 0; i = this.nextIndex(i + 1)) out.push(this.table[i] as Value);
    return out;
  }

  /** A set iterator's state; its holder must own a reference to this set. */
  cursor(): SetCursor {
    this.assertLive('set iteration');
    return new SetCursor(this);
  }

  // ---- algorithms taking other sets or iterables ----------------------------------

  /**
   * set_update_internal for a set argument (set_merge): one resize up
   * front, then the keys of `other` in its table order.
   */
  mergeFrom(heap: Heap, other: SetObject): void {
    this.assertLive('set update');
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.tableResize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = other.table[i];
        if (k !== undefined) {
          heap.incref(k as Value);
          this.table[i] = k;
          this.hashes[i] = other.hashes[i];
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i <= other.mask; i++) {
        const k = other.table[i];
        if (k !== undefined && k !== DUMMY) {
          heap.incref(k as Value);
          SetObject.insertClean(this.table, this.hashes, this.mask, k as Value, other.hashes[i]);
        }
      }
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== undefined && k !== DUMMY) this.addEntry(heap, k as Value, other.hashes[i]);
    }
  }

  /**
   * set_update_internal for an exact dict: each key with the hash the dict
   * recorded (no __hash__ call), after one resize for the dict's size.
   */
  updateFromDict(heap: Heap, d: DictObject): void {
    this.assertLive('set update');
    if ((this.fill + d.used) * 5 >= this.mask * 3) this.tableResize((this.used + d.used) * 2);
    for (let i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
      const k = d.keys[i] as Value;
      heap.incref(k);
      try {
        this.addEntry(heap, k, d.entryHash(heap, i));
      } finally {
        heap.decref(k);
      }
    }
  }

  /** set_update_internal for an iterable: add each value in turn. */
  updateFrom(heap: Heap, source: ValueSource): void {
    this.assertLive('set update');
    consume(heap, source, (key) => {
      this.add(heap, key);
      return true;
    });
  }

  /**
   * set_difference_update_internal for an iterable: discard each value,
   * then resize if more than a quarter of the slots are dummies.
   */
  differenceUpdateFrom(heap: Heap, source: ValueSource): void {
    consume(heap, source, (key) => {
      this.discard(heap, key);
      return true;
    });
    this.resizeAwayDummies();
  }

  /** set_difference_update_internal for a set argument. */
  differenceUpdateSet(heap: Heap, other: SetObject): void {
    if (other === this) {
      this.clear(heap);
      return;
    }
    heap.incref(other);
    try {
      for (let i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
        const key = other.table[i] as Value;
        heap.incref(key);
        try {
          this.discardEntry(heap, key, other.hashes[i]);
        } finally {
          heap.decref(key);
        }
      }
    } finally {
      heap.decref(other);
    }
    this.resizeAwayDummies();
  }

  private resizeAwayDummies(): void {
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.tableResize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /**
   * set_intersection with an iterable: a new set of the values of `source`
   * (the source's own objects) that are in this set; stops early once it
   * has as many entries as this set. Returns a new reference.
   */
  intersectionFrom(heap: Heap, source: ValueSource): SetObject {
    // make_new_set_basetype: a frozenset's intersection is a frozenset.
    const result = this instanceof FrozenSetObject ? newFrozenSet(heap) : newSet(heap);
    try {
      consume(heap, source, (key) => {
        const hash = pyHash(heap, key);
        if (this.containsEntry(heap, key, hash)) {
          result.addEntry(heap, key, hash);
          if (result.used >= this.used) return false;
        }
        return true;
      });
    } catch (e) {
      heap.decref(result);
      throw e;
    }
    return result;
  }

  /** set.intersection_update(iterable): intersection, then swap the bodies. */
  intersectionUpdateFrom(heap: Heap, source: ValueSource): void {
    const tmp = this.intersectionFrom(heap, source);
    this.swapBodies(tmp);
    heap.decref(tmp);
  }

  /** set_swap_bodies: exchange the tables (refcount-neutral). */
  swapBodies(other: SetObject): void {
    const t = this.table;
    const h = this.hashes;
    const m = this.mask;
    const f = this.fill;
    const u = this.used;
    this.table = other.table;
    this.hashes = other.hashes;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    other.table = t;
    other.hashes = h;
    other.mask = m;
    other.fill = f;
    other.used = u;
  }

  /**
   * set_symmetric_difference_update with an iterable: the values are first
   * collected into a new set (make_new_set), then each one in that set's
   * table order is discarded from this set, or added when absent.
   */
  symmetricDifferenceUpdateFrom(heap: Heap, source: ValueSource): void {
    const otherset = newSet(heap);
    try {
      otherset.updateFrom(heap, source);
      for (let i = otherset.nextIndex(0); i >= 0; i = otherset.nextIndex(i + 1)) {
        const key = otherset.table[i] as Value;
        const hash = otherset.hashes[i];
        heap.incref(key);
        try {
          if (!this.discardEntry(heap, key, hash)) this.addEntry(heap, key, hash);
        } finally {
          heap.decref(key);
        }
      }
    } finally {
      heap.decref(otherset);
    }
  }

  /** set_issubset(other set): every key of this set is in `other`. */
  isSubsetOf(heap: Heap, other: SetObject): boolean {
    if (this.used > other.used) return false;
    for (let i = this.nextIndex(0); i >= 0; i = this.nextIndex(i + 1)) {
      const key = this.table[i] as Value;
      heap.incref(key);
      let found: boolean;
      try {
        found = other.containsEntry(heap, key, this.hashes[i]);
      } finally {
        heap.decref(key);
      }
      if (!found) return false;
    }
    return true;
  }

  /** set.issubset(iterable) (3.11): len(intersection) == len(self). */
  isSubsetOfFrom(heap: Heap, source: ValueSource): boolean {
    const tmp = this.intersectionFrom(heap, source);
    const result = tmp.used === this.used;
    heap.decref(tmp);
    return result;
  }

  /** set.issuperset(iterable): each value is in this set; stops at the first miss. */
  isSupersetOfFrom(heap: Heap, source: ValueSource): boolean {
    let result = true;
    consume(heap, source, (key) => {
      if (!this.contains(heap, key)) result = false;
      return result;
    });
    return result;
  }

  /** set_richcompare between two sets: '==', '!=', '<', '<=', '>', '>='. */
  richCompare(heap: Heap, other: SetObject, op: '==' | '!=' | '<' | '<=' | '>' | '>='): boolean {
    switch (op) {
      case '==':
        return this.used === other.used && this.isSubsetOf(heap, other);
      case '!=':
        return !this.richCompare(heap, other, '==');
      case '<=':
        return this.isSubsetOf(heap, other);
      case '>=':
        return other.isSubsetOf(heap, this);
      case '<':
        return this.used < other.used && this.isSubsetOf(heap, other);
      case '>':
        return this.used > other.used && other.isSubsetOf(heap, this);
    }
  }
}

/** PyObject_Hash: -1 is reserved (an error in C), so a hash of -1 becomes -2. */
function pyHash(heap: Heap, key: Value): Hash {
  const h = heap.host.hash(heap, key);
  return h === -1 ? -2 : h;
}

function newTable(n: number): Slot[] {
  return new Array<Slot>(n).fill(undefined);
}

const U64 = (1n << 64n) - 1n;

/** _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167, in 64-bit unsigned arithmetic. */
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & U64)) * 3644798167n) & U64;
}

/**
 * Python's `frozenset`: an immutable set. Tracked from creation like set
 * (make_new_set allocates through tp_alloc), weakly referenceable, and
 * hashable by frozenset_hash.
 */
export class FrozenSetObject extends SetObject {
  private cachedHash: Hash | undefined;

  override get typeName(): string {
    return 'frozenset';
  }

  /**
   * frozenset_hash: the xor of every active entry's shuffled hash (the
   * NULL and dummy corrections of the C loop cancel out to this), then the
   * size folded in, dispersed, and -1 mapped to 590923713.
   */
  override hashSlot(_heap: Heap): Hash {
    if (this.cachedHash !== undefined) return this.cachedHash;
    let h = 0n;
    for (let i = this.nextIndex(0); i >= 0; i = this.nextIndex(i + 1)) h ^= shuffleBits(BigInt.asUintN(64, BigInt(this.hashAt(i))));
    h ^= ((BigInt(this.used) + 1n) * 1927868237n) & U64;
    h ^= (h >> 11n) ^ (h >> 25n);
    h = (h * 69069n + 907133923n) & U64;
    if (h === U64) h = 590923713n;
    this.cachedHash = normalHash(BigInt.asIntN(64, h));
    return this.cachedHash;
  }
}

/** A new, empty frozenset to be filled by its maker before anyone sees it (a new reference). */
export function newFrozenSet(heap: Heap, source?: ValueSource): FrozenSetObject {
  heap.reserve();
  const s = heap.register(new FrozenSetObject());
  heap.track(s);
  if (source !== undefined) {
    try {
      s.updateFrom(heap, source);
    } catch (e) {
      heap.decref(s);
      throw e;
    }
  }
  return s;
}

/** A new, empty set (tracked from creation, as make_new_set). Returns a new reference. */
export function newSet(heap: Heap, source?: ValueSource): SetObject {
  heap.reserve();
  const s = heap.register(new SetObject());
  heap.track(s);
  if (source !== undefined) {
    try {
      s.updateFrom(heap, source);
    } catch (e) {
      heap.decref(s);
      throw e;
    }
  }
  return s;
}

/**
 * Pull values from `source` until it ends or `step` returns false. Each
 * value is released after its step; the source is closed in every case
 * (the C loops' Py_DECREF(it), which closes a suspended generator).
 */
export function consume(heap: Heap, source: ValueSource, step: (v: Value) => boolean): void {
  try {
    for (;;) {
      const v = source.next();
      if (v === undefined) return;
      let go: boolean;
      try {
        go = step(v);
      } finally {
        heap.decref(v);
      }
      if (!go) return;
    }
  } finally {
    source.close?.();
  }
}

/** setiterobject: a position in a set, with the size-change check. */
export class SetCursor {
  private set: SetObject | null;
  private usedAtStart: number;
  private pos = 0;
  private remaining: number;

  constructor(set: SetObject) {
    this.set = set;
    this.usedAtStart = set.used;
    this.remaining = set.used;
  }

  /** A cursor at the same place (setiter_reduce's copy of the iterator state); null once exhausted. */
  clone(): SetCursor | null {
    if (this.set === null) return null;
    const c = new SetCursor(this.set);
    c.usedAtStart = this.usedAtStart;
    c.pos = this.pos;
    c.remaining = this.remaining;
    return c;
  }

  /** The set while the cursor is not exhausted (its holder owns the reference). */
  get target(): SetObject | null {
    return this.set;
  }

  /**
   * setiter_iternext: the next key (borrowed), or undefined at the end (the
   * cursor then forgets the set: its holder should release it).
   */
  next(): Value | undefined {
    const so = this.set;
    if (so === null) return undefined;
    if (this.usedAtStart !== so.used) {
      this.usedAtStart = -1;
      throw new PyException('RuntimeError', 'Set changed size during iteration');
    }
    const i = so.nextIndex(this.pos);
    if (i < 0) {
      this.pos = so.mask + 1;
      this.set = null;
      return undefined;
    }
    this.pos = i + 1;
    this.remaining--;
    return so.keyAt(i);
  }

  /** __length_hint__ */
  get lengthHint(): number {
    return this.set !== null && this.usedAtStart === this.set.used ? this.remaining : 0;
  }
}
