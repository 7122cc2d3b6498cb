/**
 * The fake address of a heap object: what `id(o)` returns and what every
 * `<... at 0x...>` repr and the collector's DEBUG_COLLECTABLE /
 * DEBUG_UNCOLLECTABLE lines print (CPython prints the object's address in
 * all three places, so they must agree: `hex(id(o))` appears in `repr(o)`).
 *
 * The rule: an object gets an address when one is first asked for,
 * 0x7f0000000000 + id * 0x30. Object ids come from the heap's counter, so
 * addresses are deterministic and distinct; 0x30 (48 bytes) is the spacing
 * of small GC objects in CPython 3.11 on 64-bit (a 16-byte PyGC_Head
 * before a 32-byte object), and 0x7f0000000000 is where a 64-bit Linux
 * process's heap usually lives. The values never match a real CPython run,
 * so a scenario compared with python3 must not print them.
 *
 * Memory is reused as pymalloc and the free lists reuse it: when an object
 * that has an address dies, its address goes on a last-in-first-out pool
 * of its kind (its JS class: CPython's size class, approximately), and the
 * next object of that kind takes it (Heap.register / Heap.free). So
 * `id(A()) == id(A())` and "a new object at a dead one's address" come out
 * as in python3; two live objects never share an address.
 */
import type { PyObject } from './object';

export const ADDRESS_BASE = 0x7f0000000000;
export const ADDRESS_STRIDE = 0x30;

/** The object's fake address as a number (`id(o)`): its reused one, else a fresh one from its id. */
export function fakeAddress(o: PyObject): number {
  if (o.addr === 0) o.addr = ADDRESS_BASE + o.id * ADDRESS_STRIDE;
  return o.addr;
}

/** The object's fake address as CPython's `%p` prints it (`0x7f...`). */
export function fakeAddressHex(o: PyObject): string {
  return '0x' + fakeAddress(o).toString(16);
}
