/**
 * Generation lists: circular doubly linked lists with a sentinel head, as
 * PyGC_Head lists in Modules/gcmodule.c. Order is meaningful: it decides in
 * which order the collector finalizes and clears objects, so every
 * operation here keeps the CPython discipline (append at the tail, merge by
 * appending).
 *
 * The links live in a struct-of-arrays GC header (GcStore, one per Heap):
 * every list head and every tracked object holds a slot number, and the
 * store keeps `prev`, `next` and `gc_refs` in Int32Arrays indexed by slot,
 * the collector's marks (COLLECTING, UNREACHABLE: PREV_MASK_COLLECTING and
 * NEXT_MASK_UNREACHABLE, which CPython also keeps in PyGC_Head) in a
 * Uint8Array, with a slot -> node table. A pass walks 4-byte cells instead of chasing
 * pointers through JS objects. Invariants:
 *  - an object is tracked iff its `gcSlot` is not NO_SLOT; it gets a slot
 *    when it is linked into a list (listAppend) and gives it back when it
 *    is unlinked (listRemove), so a slot never outlives its link;
 *  - a head keeps its slot until listReleaseHead (only for an empty list);
 *  - released slots are reused last freed first (a chain through `next`),
 *    so slot numbers are deterministic; they are never observable;
 *  - a slot's marks are 0 whenever it is not in use (release clears them),
 *    so an object is tracked with no marks, and untracking drops them.
 */
import { InternalError } from './errors';
import type { PyObject } from './object';

/** The gcSlot of an untracked object. */
export const NO_SLOT = -1;

/** A node of a generation list: an object (gcSlot) or a list head (slot). */
export type GcNode = PyObject | GcHead;

/**
 * The GC header of every tracked object and list head of one heap, as
 * parallel typed arrays indexed by slot (they grow by doubling; read them
 * through the store after anything that may allocate, never keep an array
 * across code that can track an object).
 */
export class GcStore {
  /** PyGC_Head._gc_prev: the slot before this one in its list. */
  prev: Int32Array;
  /** PyGC_Head._gc_next: the slot after this one in its list. */
  next: Int32Array;
  /** The collector's scratch count (gc_refs) of the object in each slot. */
  refs: Int32Array;
  /** The collector's marks of the object in each slot (COLLECTING, UNREACHABLE bits; gcMarks). */
  marks: Uint8Array;
  /** slot -> the object or head that holds it (null while free). */
  readonly nodes: Array<PyObject | GcHead | null> = [];
  /** The last released slot (chained through `next`), or NO_SLOT. */
  private freeHead = NO_SLOT;

  constructor(capacity = 64) {
    this.prev = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.refs = new Int32Array(capacity);
    this.marks = new Uint8Array(capacity);
  }

  /** A slot for `node`, its links unset: a released one if any, else a new one. */
  alloc(node: PyObject | GcHead): number {
    const s = this.freeHead;
    if (s !== NO_SLOT) {
      this.freeHead = this.next[s];
      this.nodes[s] = node;
      return s;
    }
    const n = this.nodes.length;
    if (n === this.prev.length) this.grow(n * 2);
    this.nodes.push(node);
    return n;
  }

  /** Give a slot back (its node is unlinked). */
  release(s: number): void {
    this.nodes[s] = null;
    this.marks[s] = 0;
    this.prev[s] = NO_SLOT;
    this.next[s] = this.freeHead;
    this.freeHead = s;
  }

  private grow(capacity: number): void {
    const prev = new Int32Array(capacity);
    prev.set(this.prev);
    this.prev = prev;
    const next = new Int32Array(capacity);
    next.set(this.next);
    this.next = next;
    const refs = new Int32Array(capacity);
    refs.set(this.refs);
    this.refs = refs;
    const marks = new Uint8Array(capacity);
    marks.set(this.marks);
    this.marks = marks;
  }
}

/** A list head (the sentinel of a generation or of a collector's working list). */
export class GcHead {
  /** The head's slot in `store`. */
  readonly slot: number;
  constructor(
    readonly name: string,
    readonly store: GcStore,
  ) {
    const s = store.alloc(this);
    this.slot = s;
    store.prev[s] = s;
    store.next[s] = s;
  }
}

/** A working list's head goes: its slot returns to the store. The list must be empty. */
export function listReleaseHead(head: GcHead): void {
  const st = head.store;
  if (st.next[head.slot] !== head.slot) throw new InternalError(`listReleaseHead: ${head.name} is not empty`);
  st.release(head.slot);
}

/** The collector's marks of `o` (COLLECTING, UNREACHABLE bits) in its heap's `store`: 0 while untracked. */
export function gcMarks(o: PyObject, store: GcStore): number {
  const s = o.gcSlot;
  return s === NO_SLOT ? 0 : store.marks[s];
}

/** gc_list_is_empty */
export function listIsEmpty(head: GcHead): boolean {
  return head.store.next[head.slot] === head.slot;
}

/** gc_list_append: link `node` at the tail of `head`. The node must be unlinked (it gets a slot). */
export function listAppend(node: PyObject, head: GcHead): void {
  const st = head.store;
  const s = st.alloc(node);
  node.gcSlot = s;
  const h = head.slot;
  const prev = st.prev;
  const next = st.next;
  const last = prev[h];
  prev[s] = last;
  next[s] = h;
  next[last] = s;
  prev[h] = s;
}

/** gc_list_remove: unlink `node` from whatever list of `store` it is in (its slot is released). */
export function listRemove(node: PyObject, store: GcStore): void {
  const s = node.gcSlot;
  if (s === NO_SLOT) throw new InternalError(`listRemove: ${node.describe()} is not in a list`);
  const prev = store.prev;
  const next = store.next;
  const p = prev[s];
  const n = next[s];
  next[p] = n;
  prev[n] = p;
  node.gcSlot = NO_SLOT;
  store.release(s);
}

/** gc_list_move: unlink `node` and append it to `head` (it keeps its slot). */
export function listMove(node: PyObject, head: GcHead): void {
  const st = head.store;
  const prev = st.prev;
  const next = st.next;
  const s = node.gcSlot;
  const p = prev[s];
  const n = next[s];
  next[p] = n;
  prev[n] = p;
  const h = head.slot;
  const last = prev[h];
  prev[s] = last;
  next[s] = h;
  next[last] = s;
  prev[h] = s;
}

/** gc_list_merge: append all of `from` to the tail of `to`; `from` becomes empty. */
export function listMerge(from: GcHead, to: GcHead): void {
  listMovePrefix(from, from.slot, to);
}

/**
 * Move the nodes of `from` that come before the node in slot `stop` (a
 * node of `from`, or `from`'s own slot for all of them) to the tail of
 * `to`, in order: what gc_list_move of each one in turn would do, in
 * constant time.
 */
export function listMovePrefix(from: GcHead, stop: number, to: GcHead): void {
  const st = from.store;
  const prev = st.prev;
  const next = st.next;
  const f = from.slot;
  const t = to.slot;
  const first = next[f];
  if (first === stop) return;
  const last = prev[stop];
  const toTail = prev[t];
  next[toTail] = first;
  prev[first] = toTail;
  next[last] = t;
  prev[t] = last;
  next[f] = stop;
  prev[stop] = f;
}

/** gc_list_size */
export function listSize(head: GcHead): number {
  const next = head.store.next;
  const h = head.slot;
  let n = 0;
  for (let s = next[h]; s !== h; s = next[s]) n++;
  return n;
}

/** The objects of a list, head to tail (a snapshot). */
export function listObjects(head: GcHead): PyObject[] {
  const st = head.store;
  const next = st.next;
  const h = head.slot;
  const out: PyObject[] = [];
  for (let s = next[h]; s !== h; s = next[s]) out.push(st.nodes[s] as PyObject);
  return out;
}
