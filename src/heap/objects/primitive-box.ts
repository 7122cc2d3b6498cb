/**
 * The value part of an instance of a class statement over int or str
 * (`class Color(int)`, `class Name(str)`): ints and strs are immediates on
 * this heap, so a subclass instance is an object holding the immediate
 * (CPython's PyLongObject/PyUnicodeObject part of the instance). It holds
 * no references; withInstanceLayout adds the class, __slots__ and __dict__.
 */
import type { Heap } from '../heap';
import { PyObject } from '../object';

export abstract class PrimitiveBox extends PyObject {
  constructor(readonly value: number | bigint | string) {
    super();
  }

  override dealloc(heap: Heap): void {
    heap.die(this);
    heap.free(this);
  }
}

/** The str a dict key stands for: itself, or a str subclass instance's value. */
export function strKeyOf(key: unknown): string | undefined {
  if (typeof key === 'string') return key;
  if (key instanceof PrimitiveBox && typeof key.value === 'string') return key.value;
  return undefined;
}
