/**
 * The three kinds of error in gclab (see STYLE.md):
 *  - PyException: a Python-level error, with CPython's exception type name and
 *    message (`TypeError: cannot create weak reference to 'int' object`). The
 *    scenario interpreter turns it into a Python exception object; TypeScript
 *    users catch it like any Error.
 *  - InternalError: a broken invariant of gclab itself (a bug, never the
 *    user's fault).
 *  - API misuse from TypeScript throws TypeError/RangeError prefixed with the
 *    API's name.
 */
import type { Value } from './value';

/** V8's Error constructor, with its stackTraceLimit (not in the DOM library the web build checks against). */
const V8Error = Error as ErrorConstructor & { stackTraceLimit: number; captureStackTrace(target: object, ctor?: unknown): void };

/**
 * A Python exception raised by the heap or the runtime (`TypeError`, `KeyError`, `ReferenceError`,
 * ...): the Python type's name and its arguments. It is an Error to its
 * users (`instanceof Error`, `name`, `message`, `stack`, `String(e)`) but
 * not made by V8's Error constructor: see the note after the class.
 */
export interface PyException extends Error {}
/** The Python exception type name and arguments of an error raised by gclab (the interface above makes it an Error to the type checker). */
export class PyException {
  /** The Python exception type name, e.g. `TypeError`. */
  readonly pyType: string;
  /** The exception's arguments (`str(exc)` is derived from them). */
  readonly args: Value[];
  /** A Python exception object, once one exists (the interpreter sets it). */
  pyValue: Value | undefined;
  /**
   * Fields of the exception's type to set on its object when it is made
   * (NameError.name, AttributeError.name as the raiser knows them): plain
   * values, not owned.
   */
  fields: Array<[string, Value]> | undefined = undefined;

  /**
   * How many host (JS) stack frames a PyException records in its `stack`.
   * 0: a Python exception is ordinary control flow (`raise`,
   * `try`/`except`, a failed lookup caught by its caller), and its `stack`
   * is its name and message. Set it (say to 20) when debugging gclab to see
   * where an exception was raised on the host side.
   */
  static hostStackFrames = 0;

  constructor(pyType: string, message?: string | Value[], pyValue?: Value) {
    const args: Value[] = message === undefined ? [] : Array.isArray(message) ? message : [message];
    this.pyType = pyType;
    this.args = args;
    this.pyValue = pyValue;
    if (PyException.hostStackFrames > 0) {
      const hostLimit = V8Error.stackTraceLimit;
      V8Error.stackTraceLimit = PyException.hostStackFrames;
      V8Error.captureStackTrace(this, new.target);
      V8Error.stackTraceLimit = hostLimit;
    }
  }

  /** The exception's message as `str(exc)` would give it for string arguments. */
  get pyMessage(): string {
    if (this.args.length === 0) return '';
    if (this.args.length === 1) return String(this.args[0]);
    return this.message.slice(this.pyType.length + 2);
  }
}
// Why not `extends Error`: V8's Error constructor cost 0.6-1 us here even
// with Error.stackTraceLimit 0, against some 20 ns for this constructor,
// and more than the rest of making a Python exception; a scenario makes one
// PyException per `raise` and per failed lookup its caller catches. The
// prototype chain makes it an Error all the same (`instanceof Error`,
// Error.prototype.toString); `message` and `stack` are computed when read
// (`stack` is an own property instead when hostStackFrames recorded one).
Object.setPrototypeOf(PyException.prototype, Error.prototype);
Object.defineProperties(PyException.prototype, {
  name: { value: 'PyException', writable: true, configurable: true },
  message: {
    get(this: PyException): string {
      const args = this.args;
      return `${this.pyType}: ${args.length === 1 ? String(args[0]) : args.map(String).join(', ')}`;
    },
    set(this: PyException, v: unknown): void {
      Object.defineProperty(this, 'message', { value: v, writable: true, configurable: true });
    },
    configurable: true,
  },
  stack: {
    get(this: PyException): string {
      return `${this.name}: ${this.message}`;
    },
    set(this: PyException, v: unknown): void {
      Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true });
    },
    configurable: true,
  },
});

/** A gclab invariant was broken: always a bug in gclab. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/** A handle to a reclaimed object was used. */
export class StaleHandleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaleHandleError';
  }
}
