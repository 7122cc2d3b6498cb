/**
 * list_ass_slice / list_ass_subscript (Objects/listobject.c) with the
 * indices already adjusted: `l[a:b:c] = v` and `del l[a:b:c]`, releasing
 * the replaced or removed items in CPython's order.
 */
import type { ListObject, Value } from '../../heap';
import { toArray } from './operators';
import type { Runtime } from './runtime';

/** l[start:stop:step] = v (v any iterable; its items are taken before the list changes). */
export function listAssignSlice(rt: Runtime, l: ListObject, start: number, stop: number, step: number, v: Value): void {
  const items = toArray(rt, v);
  if (step !== 1) {
    // list_ass_subscript: an extended slice takes exactly as many items; the
    // old ones are released forward after all are stored.
    const idx: number[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) idx.push(i);
    if (items.length !== idx.length) {
      for (const x of items) rt.decref(x);
      throw rt.error('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${idx.length}`);
    }
    const old = idx.map((i, j) => {
      const o = l.items[i];
      l.items[i] = items[j];
      return o;
    });
    for (const x of old) rt.decref(x);
    return;
  }
  l.noteAssSlice(l.items.length, Math.max(0, stop - start), items.length);
  const old = l.items.splice(start, Math.max(0, stop - start), ...items);
  for (let i = old.length - 1; i >= 0; i--) rt.decref(old[i]);
}

/** del l[start:stop:step]. */
export function listDeleteSlice(rt: Runtime, l: ListObject, start: number, stop: number, step: number): void {
  if (step === 1) {
    // list_ass_slice: the removed items are released from the last.
    l.noteAssSlice(l.items.length, Math.max(0, stop - start), 0);
    const removed = l.items.splice(start, Math.max(0, stop - start));
    for (let i = removed.length - 1; i >= 0; i--) rt.decref(removed[i]);
    return;
  }
  // list_ass_subscript with a step: removed in ascending index order, released forward.
  const doomed: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) doomed.push(i);
  doomed.sort((a, b) => a - b);
  const gone = new Set(doomed);
  const removed = doomed.map((i) => l.items[i]);
  l.items = l.items.filter((_, i) => !gone.has(i));
  // Py_SET_SIZE to the new length, then list_resize to it (may shrink).
  if (removed.length > 0) l.noteShrunkTo(l.items.length);
  for (const x of removed) rt.decref(x);
}
