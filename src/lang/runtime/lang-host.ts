/**
 * The interpreter's implementation of the heap's Host interface: calls go
 * through the runtime's call protocol, hashing and equality through
 * Python's, and unraisable exceptions are printed the way
 * sys.unraisablehook's default does (Python/errors.c,
 * write_unraisable_exc_file):
 *
 *   Exception ignored in: <repr(obj)>
 *   Traceback (most recent call last):
 *     File "scenario.py", line N, in f
 *       source line
 *   ValueError: message
 */
import { PyException, type Hash, type Heap, type Host, type Value } from '../../heap';
import { call, callUnbound } from './calls';
import { releaseExceptionRefs } from '../../weakref/errors';
import { eq, hash } from './operators';
import { repr } from './repr';
import { isDefaultUnraisableHook, newUnraisableHookArgs, writeStderr } from './sys-module';
import type { Runtime } from './runtime';

export class LangHost implements Host {
  rt!: Runtime;
  /** Formats an exception (traceback + last line); set by the interpreter. */
  formatException: (e: PyException) => string = (e) => `${e.pyType}: ${e.pyMessage}\n`;
  /** Formats an unraisable exception (write_unraisable_exc_file: traceback + one line, no chain); set by the interpreter. */
  formatUnraisable: (e: PyException) => string = (e) => `${e.pyType}: ${e.pyMessage}\n`;

  call(_heap: Heap, callable: Value, args: Value[], kwargs?: Array<[string, Value]>): Value {
    return call(this.rt, callable, args, kwargs ?? null);
  }
  callMethod(_heap: Heap, method: Value, self: Value, args: Value[]): Value {
    return callUnbound(this.rt, method, self, args);
  }
  isCallable(_heap: Heap, v: Value): boolean {
    return this.rt.isCallable(v);
  }
  repr(_heap: Heap, v: Value): string {
    return repr(this.rt, v);
  }
  /**
   * A hash its caller already has (_PyDict_GetItem_KnownHash and friends):
   * the next hash of that very object the heap asks for is this one, taken
   * once (withKnownHash).
   */
  private known: { key: Value; hash: Hash } | undefined = undefined;
  hash(_heap: Heap, v: Value): Hash {
    const known = this.known;
    if (known !== undefined && known.key === v) {
      this.known = undefined;
      return known.hash;
    }
    return hash(this.rt, v);
  }
  /** Run `op` (one dict operation on `key`) with `key`'s hash known to be `h`: its lookup does not call __hash__. */
  withKnownHash<T>(key: Value, h: Hash, op: () => T): T {
    this.known = { key, hash: h };
    try {
      return op();
    } finally {
      this.known = undefined;
    }
  }
  eq(_heap: Heap, a: Value, b: Value): boolean {
    return eq(this.rt, a, b);
  }
  /**
   * _PyErr_WriteUnraisableMsg: an exception with no traceback (raised by a
   * builtin called from the collector, a dealloc or a finalizer, not by
   * Python code) gets one entry for the innermost running frame, at the
   * instruction running there (_PyTraceBack_FromFrame); set by the interpreter.
   */
  tracebackHere: (e: PyException) => void = () => {};

  /**
   * write_unraisable_exc: the report goes to the current `sys.stderr` (as
   * PyErr_Display's does; nothing when it is None), and a failure to write
   * it is ignored.
   */
  writeUnraisable(heap: Heap, error: unknown, obj: Value | undefined, prefix?: string): void {
    // _PyErr_WriteUnraisableMsg: a sys.unraisablehook of the program's own
    // gets an UnraisableHookArgs (exc_type, exc_value, exc_traceback,
    // err_msg -- None unless a message other than "Exception ignored in"
    // was given -- and object); unset, None or the builtin one: the default
    // report. A hook that raises has its own error reported by the default
    // hook as "Exception ignored in sys.unraisablehook: <hook>", and the
    // original error is dropped.
    const hook = this.rt.sysDict?.get(heap, 'unraisablehook');
    if (error instanceof PyException && hook !== undefined && hook !== null && !isDefaultUnraisableHook(hook)) {
      this.tracebackHere(error);
      const exc = this.exceptionObject(error);
      const args = newUnraisableHookArgs(this.rt, exc, prefix ?? null, obj ?? null);
      releaseException(this.rt, error);
      this.rt.incref(hook);
      try {
        this.rt.decref(call(this.rt, hook, [args]));
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        this.writeDefault(heap, e, hook, 'Exception ignored in sys.unraisablehook');
      } finally {
        this.rt.decref(args);
        this.rt.decref(hook);
      }
      return;
    }
    this.writeDefault(heap, error, obj, prefix);
  }

  /** A PyException carrying the exception object `exc` (a new reference to it); set by the interpreter. */
  exceptionFromObject: (exc: Value) => PyException = () => new PyException('SystemError', ['no interpreter']);
  /** The Python exception object of `e` (made on first use; borrowed); set by the interpreter. */
  exceptionObject: (e: PyException) => Value = () => null;

  /** write_unraisable_exc_file: sys.unraisablehook's default report. */
  writeDefault(_heap: Heap, error: unknown, obj: Value | undefined, prefix?: string): void {
    let where: string;
    try {
      where = obj === undefined ? '' : `: ${repr(this.rt, obj)}`;
    } catch (e) {
      releaseException(this.rt, e);
      where = ': <object repr() failed>';
    }
    if (error instanceof PyException) this.tracebackHere(error);
    const body = error instanceof PyException ? this.formatUnraisable(error) : `${String(error)}\n`;
    const text = `${prefix ?? 'Exception ignored in'}${where}\n${body}`;
    releaseException(this.rt, error);
    if (this.rt.sysDict?.get(this.rt.heap, 'stderr') === null) return;
    try {
      writeStderr(this.rt, text);
    } catch (e) {
      releaseException(this.rt, e);
    }
  }
}

/** Drop the Python exception object a PyException owns (its traceback, frames, locals...). */
export function releaseException(rt: Runtime, e: unknown): void {
  releaseExceptionRefs(rt.heap, e);
  if (e instanceof PyException && e.pyValue !== undefined) {
    const v = e.pyValue;
    e.pyValue = undefined;
    rt.decref(v);
  }
}
