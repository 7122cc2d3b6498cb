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
 *
 * Most objects never get an address, so it is not a field of every object
 * (8 bytes each): an object that has one carries the HAS_ADDRESS flag and
 * its address sits in a side table keyed by the object (a WeakMap: it
 * never keeps an object alive). A dead object keeps its entry, so its
 * address reads the same after its death as before.
 */
import { HAS_ADDRESS, type PyObject } from './object';

export const ADDRESS_BASE = 0x7f0000000000;
export const ADDRESS_STRIDE = 0x30;

/** The addresses of the objects that have one (HAS_ADDRESS). */
const addresses = new WeakMap<PyObject, number>();

/** The object's fake address as a number (`id(o)`): its reused one, else a fresh one from its id. */
export function fakeAddress(o: PyObject): number {
  if ((o.flags & HAS_ADDRESS) !== 0) return addresses.get(o)!;
  const a = ADDRESS_BASE + o.id * ADDRESS_STRIDE;
  setAddress(o, a);
  return a;
}

/** The address the object has, or 0 when none was given yet. */
export function addressOf(o: PyObject): number {
  return (o.flags & HAS_ADDRESS) !== 0 ? addresses.get(o)! : 0;
}

/** Give `o` the address `a` (a dead object's, reused: Heap.register). */
export function setAddress(o: PyObject, a: number): void {
  addresses.set(o, a);
  o.flags |= HAS_ADDRESS;
}

/** The object's fake address as CPython's `%p` prints it (`0x7f...`). */
export function fakeAddressHex(o: PyObject): string {
  return '0x' + fakeAddress(o).toString(16);
}
