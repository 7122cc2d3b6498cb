/**
 * The host interface: what the heap and the collector need from the
 * language that runs on them (MMTk's "VM binding" idea). The heap never
 * calls Python code itself: finalizers, weakref callbacks, hashing and
 * equality go through a Host. The scenario interpreter implements a full
 * one; heap and gc tests use BasicHost, which calls HostFunction objects.
 */
import { writeHostStderr } from './host-stderr';
import { PyException } from './errors';
import type { Heap } from './heap';
import { hashImmediate, type Hash } from './hash';
import { isObject, typeNameOf, type Value } from './value';

/**
 * The language binding the heap calls into: how to call a Python callable, report an unraisable
 * exception and name objects. `BasicHost` serves the TypeScript API; the scenario interpreter
 * installs its own.
 */
export interface Host {
  /** Call `callable(*args, **kwargs)`. Returns a new reference; throws PyException. */
  call(heap: Heap, callable: Value, args: Value[], kwargs?: Array<[string, Value]>): Value;
  /**
   * Call `method`, found on `self`'s type, for `self` (call_unbound after
   * lookup_maybe_method: a plain function gets `self` first; a descriptor
   * is bound through its __get__; anything else is called without it).
   * Hosts without descriptors may leave it out: then `method(self, *args)`.
   */
  callMethod?(heap: Heap, method: Value, self: Value, args: Value[]): Value;
  /** callable(v) */
  isCallable(heap: Heap, v: Value): boolean;
  /** repr() used in messages such as `Exception ignored in: <repr>`. */
  repr(heap: Heap, v: Value): string;
  /** hash(v); throws PyException(TypeError) for unhashable values. */
  hash(heap: Heap, v: Value): Hash;
  /** v == w as a dict lookup needs it (identity is checked first by callers). */
  eq(heap: Heap, a: Value, b: Value): boolean;
  /**
   * sys.unraisablehook: report an exception that cannot propagate (from a
   * finalizer, a weakref callback, a gc callback). `obj` is what the report
   * names; `prefix` replaces "Exception ignored in" when given.
   */
  writeUnraisable(heap: Heap, error: unknown, obj: Value | undefined, prefix?: string): void;
}

/** Objects that BasicHost knows how to call. */
export interface HostCallable {
  /** Call this object with positional and keyword arguments; returns a new reference. */
  callHost(heap: Heap, args: Value[], kwargs?: Array<[string, Value]>): Value;
}

function isHostCallable(v: Value): v is Value & HostCallable {
  return isObject(v) && typeof (v as unknown as HostCallable).callHost === 'function';
}

/** A minimal host for using the heap from TypeScript (and for tests). */
export class BasicHost implements Host {
  constructor(private readonly writeErr: (text: string) => void = writeHostStderr) {}

  call(heap: Heap, callable: Value, args: Value[], kwargs?: Array<[string, Value]>): Value {
    if (isHostCallable(callable)) return callable.callHost(heap, args, kwargs);
    throw new PyException('TypeError', `'${typeNameOf(callable)}' object is not callable`);
  }

  isCallable(_heap: Heap, v: Value): boolean {
    return isHostCallable(v);
  }

  repr(_heap: Heap, v: Value): string {
    if (v === null) return 'None';
    if (typeof v === 'boolean') return v ? 'True' : 'False';
    if (typeof v === 'string') return `'${v}'`;
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    return `<${v.typeName} object #${v.id}>`;
  }

  hash(heap: Heap, v: Value): Hash {
    if (!isObject(v)) return hashImmediate(v);
    const h = v.hashSlot(heap);
    return h === undefined ? v.id : h;
  }

  eq(heap: Heap, a: Value, b: Value): boolean {
    if (a === b) return true;
    if (isObject(a)) return a.eqSlot(heap, b) ?? false;
    if (isObject(b)) return b.eqSlot(heap, a) ?? false;
    // 1 == True, 0 == False, as in Python.
    if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) === Number(b);
    return false;
  }

  writeUnraisable(heap: Heap, error: unknown, obj: Value | undefined, prefix?: string): void {
    const head = prefix ?? 'Exception ignored in';
    const what = obj === undefined ? '' : `: ${this.repr(heap, obj)}`;
    const err = error instanceof PyException ? `${error.pyType}: ${error.pyMessage}` : String(error);
    this.writeErr(`${head}${what}\n${err}\n`);
  }
}
