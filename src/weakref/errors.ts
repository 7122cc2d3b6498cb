/**
 * Python-level errors raised by the weakref layer, with CPython's types and
 * messages.
 *
 * Most exceptions carry only strings, or arguments that the caller already
 * holds (`KeyError(key)` for a key the caller passed in). A few carry an
 * object that only the failing operation held: `del wkd[k]`, `wkd[k]`,
 * `wkd.pop(k)` and `weakset.remove(x)` raise `KeyError(ref(k))`, whose
 * argument is a fresh weakref. CPython keeps it alive as long as the
 * exception; here a PyExceptionWithRefs OWNS a reference to such arguments
 * (`heldRefs`), so they cannot be reclaimed under the catcher's feet. Whoever
 * discards the exception calls `releaseExceptionRefs(heap, e)` (the
 * scenario interpreter does so after copying the arguments into its own
 * exception object). Forgetting it only keeps that weakref object alive.
 */
import { Instance, PyException, isObject, typeNameOf, type Heap, type Value } from '../heap';

/**
 * A PyException that owns references (e.g. the weakref in `KeyError(ref(key))`): release them with
 * releaseExceptionRefs when the exception is discarded.
 */
export class PyExceptionWithRefs extends PyException {
  /** References this exception owns (its heap-object arguments). */
  heldRefs: Value[];

  /** Takes a new reference to each heap object in `args`. */
  constructor(heap: Heap, pyType: string, args: Value[]) {
    super(pyType, args);
    this.heldRefs = args.filter(isObject);
    for (const v of this.heldRefs) heap.incref(v);
  }
}

/** Release what a PyExceptionWithRefs holds (idempotent; other errors are ignored). */
export function releaseExceptionRefs(heap: Heap, e: unknown): void {
  if (!(e instanceof PyExceptionWithRefs)) return;
  const held = e.heldRefs;
  e.heldRefs = [];
  for (const v of held) heap.decref(v);
}

/** KeyError(key) owning its argument (see PyExceptionWithRefs). */
export function keyErrorHolding(heap: Heap, key: Value): PyExceptionWithRefs {
  return new PyExceptionWithRefs(heap, 'KeyError', [key]);
}

/** KeyError(key) for a key the caller holds (the heap's convention: args borrowed). */
export function keyError(key: Value): PyException {
  return new PyException('KeyError', [key]);
}

/** TypeError('unhashable type: ...') for the weak containers (their __hash__ is None). */
export function unhashable(typeName: string): PyException {
  return new PyException('TypeError', `unhashable type: '${typeName}'`);
}

/** TypeError("'X' object is not iterable"). */
export function notIterable(v: Value): PyException {
  return new PyException('TypeError', `'${typeNameOf(v)}' object is not iterable`);
}

/** repr(type(v)) for messages such as WeakMethod's: `<class 'function'>`. */
export function typeRepr(heap: Heap, v: Value): string {
  if (v instanceof Instance) return heap.host.repr(heap, v.cls);
  return `<class '${typeNameOf(v)}'>`;
}
