/**
 * The value part of an instance of a class statement over int or str
 * (`class Color(int)`, `class Name(str)`): ints and strs are immediates on
 * this heap, so a subclass instance is an object holding the immediate
 * (CPython's PyLongObject/PyUnicodeObject part of the instance). It holds
 * no references; withInstanceLayout adds the class, __slots__ and __dict__.
 */
import type { Heap } from '../heap';
import { PyObject } from '../object';
import type { ClassObject } from './class-object';

export abstract class PrimitiveBox extends PyObject {
  constructor(readonly value: number | bigint | string) {
    super();
  }

  override dealloc(heap: Heap): void {
    heap.die(this);
    heap.free(this);
  }
}

/** The str a dict key stands for: itself, or the value of a str subclass instance that hashes by value. */
export function strKeyOf(key: unknown): string | undefined {
  if (typeof key === 'string') return key;
  if (key instanceof PrimitiveBox && typeof key.value === 'string' && hashesByValue(key)) return key.value;
  return undefined;
}

/**
 * Whether a builtin subclass instance (int, str, float) is a dict key by
 * the value it holds: its class's __hash__ and __eq__ both come from a
 * builtin class (int's, str's, float's). A class statement that defines
 * either (or assigns one, `__hash__ = int.__hash__`) makes its instances
 * ordinary object keys, hashed and compared through its methods, as
 * CPython's dict calls tp_hash and the rich comparison of every key.
 */
export function hashesByValue(key: object): boolean {
  const cls = (key as { cls?: ClassObject }).cls;
  return cls === undefined || (builtinDefines(cls, '__hash__') && builtinDefines(cls, '__eq__'));
}

/** The first class of cls's MRO defining `name` is a builtin one (or none defines it). */
function builtinDefines(cls: ClassObject, name: string): boolean {
  for (const c of cls.mro) if (c.dict.has(name)) return !c.heapType;
  return true;
}
