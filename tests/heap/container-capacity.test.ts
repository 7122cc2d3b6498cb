/**
 * The capacity models behind sys.getsizeof: a list's `allocated`
 * (listobject.c list_resize, list_preallocate_exact, _list_clear) and a
 * dict's keys table (dictobject.c insert_to_emptydict, insertdict's
 * GROWTH_RATE resize, the str-only to general switch, PyDict_Clear).
 */
import fc from 'fast-check';
import { makeWorld } from './fixtures';

/** list_resize as listobject.c writes it, for the property below. */
function listResize(allocated: number, size: number, newsize: number): number {
  if (allocated >= newsize && newsize >= allocated >> 1) return allocated;
  let next = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - size > next - newsize) next = (newsize + 3) & ~3;
  return newsize === 0 ? 0 : next;
}

test('appends grow a list through 0, 4, 8, 16, 24, 32, 40, 52 slots (list_resize over-allocation)', () => {
  const { heap } = makeWorld();
  const l = heap.newList();
  const seen: number[] = [l.syncAllocation()];
  for (let i = 0; i < 45; i++) {
    l.append(heap, i);
    if (l.syncAllocation() !== seen[seen.length - 1]) seen.push(l.allocated);
  }
  expect(seen).toEqual([0, 4, 8, 16, 24, 32, 40, 52]);
  heap.decref(l);
});

test('a cleared list frees its items array; a new list holds exactly its items', () => {
  const { heap } = makeWorld();
  const l = heap.newList([1, 2, 3]);
  expect(l.syncAllocation()).toBe(3);
  l.clear(heap);
  expect(l.syncAllocation()).toBe(0);
  l.noteExtended(0, 0, null);
  expect(l.allocated).toBe(0);
  heap.decref(l);
});

test('any sequence of appends and pops from the end matches list_resize step by step', () => {
  fc.assert(
    fc.property(fc.array(fc.boolean(), { maxLength: 200 }), (ops) => {
      const { heap } = makeWorld();
      const l = heap.newList();
      let allocated = 0;
      for (const push of ops) {
        const n = l.items.length;
        if (push) {
          if (allocated <= n) allocated = listResize(allocated, n, n + 1);
          l.append(heap, n);
        } else if (n > 0) {
          allocated = listResize(allocated, n, n - 1);
          l.resize(n - 1);
          l.items.pop();
        }
        if (l.syncAllocation() !== allocated) return false;
        if (l.allocated < l.items.length) return false;
      }
      heap.decref(l);
      return true;
    }),
  );
});

test('dict keys: 8 slots for 5 entries, then used * 3; a non-str key makes the table general', () => {
  const { heap } = makeWorld();
  const d = heap.newDict();
  expect(d.dkSizeInBytes).toBe(0);
  const sizes: number[] = [];
  for (let i = 0; i < 11; i++) {
    d.set(heap, `k${i}`, i);
    sizes.push(d.dkSizeInBytes);
  }
  // unicode entries are 16 bytes: 32 + 8 + 5 * 16, 32 + 16 + 10 * 16, 32 + 32 + 21 * 16.
  expect([...new Set(sizes)]).toEqual([120, 208, 400]);
  d.set(heap, 1, 1);
  expect(d.dkGeneral).toBe(true);
  d.clear(heap);
  expect(d.dkSizeInBytes).toBe(0);
  heap.decref(d);
});
