/**
 * Generation lists: circular doubly linked lists threaded through the
 * objects' gcPrev/gcNext fields, with a sentinel head, as PyGC_Head lists in
 * Modules/gcmodule.c. Order is meaningful: it decides in which order the
 * collector finalizes and clears objects, so every operation here keeps the
 * CPython discipline (append at the tail, merge by appending).
 */
import { InternalError } from './errors';
import type { GcNode, PyObject } from './object';

export class GcHead implements GcNode {
  gcPrev: GcNode;
  gcNext: GcNode;
  constructor(readonly name: string) {
    this.gcPrev = this;
    this.gcNext = this;
  }
}

export function listIsEmpty(head: GcHead): boolean {
  return head.gcNext === head;
}

/** gc_list_append: link `node` at the tail of `head`. The node must be unlinked. */
export function listAppend(node: PyObject, head: GcHead): void {
  const last = head.gcPrev;
  node.gcPrev = last;
  node.gcNext = head;
  last.gcNext = node;
  head.gcPrev = node;
}

/** gc_list_remove: unlink `node` from whatever list it is in. */
export function listRemove(node: PyObject): void {
  const prev = node.gcPrev;
  const next = node.gcNext;
  if (prev === null || next === null) throw new InternalError(`listRemove: ${node.describe()} is not in a list`);
  prev.gcNext = next;
  next.gcPrev = prev;
  node.gcPrev = null;
  node.gcNext = null;
}

/** gc_list_move: unlink `node` and append it to `head`. */
export function listMove(node: PyObject, head: GcHead): void {
  const prev = node.gcPrev!;
  const next = node.gcNext!;
  prev.gcNext = next;
  next.gcPrev = prev;
  listAppend(node, head);
}

/** gc_list_merge: append all of `from` to the tail of `to`; `from` becomes empty. */
export function listMerge(from: GcHead, to: GcHead): void {
  if (listIsEmpty(from)) return;
  const toTail = to.gcPrev;
  const first = from.gcNext;
  const last = from.gcPrev;
  toTail.gcNext = first;
  first.gcPrev = toTail;
  last.gcNext = to;
  to.gcPrev = last;
  from.gcNext = from;
  from.gcPrev = from;
}

/**
 * Move the nodes of `from` that come before `stop` (a node of `from`, or
 * `from` itself for all of them) to the tail of `to`, in order: what
 * gc_list_move of each one in turn would do, in constant time.
 */
export function listMovePrefix(from: GcHead, stop: GcNode, to: GcHead): void {
  const first = from.gcNext;
  if (first === stop) return;
  const last = stop.gcPrev!;
  const toTail = to.gcPrev;
  toTail.gcNext = first;
  first.gcPrev = toTail;
  last.gcNext = to;
  to.gcPrev = last;
  from.gcNext = stop;
  stop.gcPrev = from;
}

/** gc_list_size */
export function listSize(head: GcHead): number {
  let n = 0;
  for (let n1 = head.gcNext; n1 !== head; n1 = n1.gcNext!) n++;
  return n;
}

/** The objects of a list, head to tail (a snapshot). */
export function listObjects(head: GcHead): PyObject[] {
  const out: PyObject[] = [];
  for (let n = head.gcNext; n !== head; n = n.gcNext!) out.push(n as PyObject);
  return out;
}
