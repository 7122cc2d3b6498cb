/**
 * The object protocol of the scenario interpreter: type(), repr/str,
 * truth, hashing and comparison, attribute access, calls, items and
 * iteration -- the parts of CPython's abstract.c/object.c/typeobject.c a
 * scenario can reach -- all over the simulated heap.
 *
 * Reference discipline (the C API's): every function returning a Value
 * returns a NEW reference; arguments are BORROWED. Temporaries are
 * released by whoever created them, so objects die exactly when CPython's
 * would.
 */
import type { Scope } from '../syntax/ast';
import {
  BoundMethod,
  ClassObject,
  FloatObject,
  DictObject,
  HostFunction,
  Instance,
  ListObject,
  PyException,
  PyObject,
  TupleObject,
  WeakrefBase,
  fakeAddressHex,
  isObject,
  type Heap,
  type Value,
} from '../../heap';
import type { Collector } from '../../gc';
import { WeakProxy, WeakRef } from '../../weakref/reference-type';
import { BuiltinTypes } from './builtin-types';
import { inheritSlots, type BuiltinType, type TypeSlots } from './type-slots';
import { LazyIterator } from './lazy-iterators';
import { StdoutGcObjects } from './stdout-gc-objects';
import { CellObject, FunctionObject, ModuleObject } from './function-object';
import {
  BuiltinFunction,
  DictIterator,
  DictView,
  ExceptionObject,
  FrameObject,
  RangeIterator,
  RangeObject,
  SeqIterator,
  SuperObject,
  TracebackObject,
} from './native-objects';

export type Kwargs = Array<[string, Value]> | null;

/**
 * The NotImplemented singleton: an immortal atom shared by every heap (its
 * refcount is never allowed to reach zero), like CPython's static object.
 */
class NotImplementedObject extends PyObject {
  get typeName(): string {
    return 'NotImplementedType';
  }
  override get isGC(): boolean {
    return false;
  }
  override dealloc(): void {
    this.refcnt = 1 << 30;
  }
  pyRepr(): string {
    return 'NotImplemented';
  }
}
export const NotImplemented: PyObject = new NotImplementedObject();
NotImplemented.refcnt = 1 << 30;

/** What the runtime needs from the evaluator. */
/** A running frame as the runtime reads it (globals(), locals(), vars()): the evaluator's frames have this shape. */
export interface RuntimeFrame {
  code: Scope;
  globals: DictObject;
  /** The namespace of NAME lookups: the module's globals or a class body's dict. */
  ns: DictObject;
  locals: Array<Value | undefined>;
  cells: CellObject[];
  /** The f_locals snapshot dict of a function frame (owned), once locals() made it. */
  fLocals?: DictObject;
  /**
   * A generator's, coroutine's or async generator's frame: the object that
   * owns it (FRAME_OWNED_BY_GENERATOR; borrowed, the generator outlives
   * its frame), for frame.clear().
   */
  generator?: PyObject;
}

/**
 * What the runtime needs from the evaluator: the typed boundary between
 * lang/runtime and lang/interp (no casts across it).
 */
export interface Evaluator {
  callFunction(fn: FunctionObject, args: Value[], kwargs: Kwargs): Value;
  /**
   * callFunction of a function whose parameters are `n` (<= 4) positional
   * ones, or more whose defaults cover the rest, with no trace recording the
   * binding: a0..a(n-1) bound without an argument array; `steal` false keeps
   * the caller's references (the frame takes new ones).
   */
  callFunctionPositional(fn: FunctionObject, n: number, a0: Value, a1: Value, a2: Value, a3: Value, steal?: boolean): Value;
  /** The innermost running frame, or undefined outside any. */
  currentFrame(): RuntimeFrame | undefined;
  /** The innermost running frame's module namespace (borrowed), or undefined. */
  currentGlobals(): DictObject | undefined;
  /** sys._getframe(depth): a new reference to that running frame's frame object, or undefined past the stack. */
  frameObjectAt(depth: number): Value | undefined;
  /**
   * The running frames as compute_cr_origin reads them, innermost first, at
   * most `limit` of them (this thread's, frames standing for C code
   * skipped): (co_filename, current line, co_name).
   */
  frameSummaries(limit: number): Array<[string, number, string]>;
  /** f_back of a running frame: a new reference to its caller's frame object, or None. */
  frameBack(frame: RuntimeFrame): Value;
  /** f_code: the code object of a frame's code (new reference). */
  codeObject(frame: RuntimeFrame): Value;
  /** The code object of a block (a resolver Scope) shown with this qualname, file and first line (new reference). */
  codeObjectFor(scope: unknown, qualname: string, filename: string, firstLine: number): Value;
  /** Is this frame on the stack (executing or a suspended generator's running caller chain)? */
  isExecuting(frame: RuntimeFrame): boolean;
  /** super() without arguments: the __class__ cell's class and the first argument (borrowed). */
  superContext(): [Value, Value];
  /** How many Python frames are running (the recursion depth; frames of code standing for C do not count). */
  frameDepth(): number;
  /** Is the running frame's code standing for C (c-implemented.ts)? */
  inCCode(): boolean;
  /** Every frame on the stack, counted toward the limit or not (the host stack's use: c-recursion.ts HOST_FRAME_BUDGET). */
  hostDepth(): number;
  /**
   * An exception raised in or passing through a running frame got its
   * traceback entry: a trace function's 'exception' event (sys.settrace).
   * When the trace function raises, `e` is released and its exception
   * thrown instead.
   */
  exceptionEvent(frame: RuntimeFrame, e: PyException): void;
  /** sys.settrace / sys.setprofile: set (None removes) the hook. */
  setHook(kind: 'trace' | 'profile', func: Value): void;
  /** sys.gettrace / sys.getprofile: a new reference to the hook, or None. */
  getHook(kind: 'trace' | 'profile'): Value;
  /** The exception the innermost active `except` clause handles (borrowed), if any. */
  handledException(): Value | undefined;
  /**
   * Count `n` evaluation steps of work done inside a builtin (an item of a
   * loop over an iterable, an element copied): --max-steps and Ctrl-C stop
   * builtin loops as they stop Python loops.
   */
  chargeSteps(n: number): void;
  /** The evaluation steps run so far (statements, calls and charged builtin work): timeit's cost model. */
  stepCount(): number;
  /**
   * IMPORT_NAME as `__import__(name, globals, None, fromlist, level)` does it:
   * the module (a new reference), loaded if needed; `globals` (borrowed)
   * resolves a relative name.
   */
  importModule(name: string, globals: DictObject, fromlist: string[] | null, level: number): Value;
  /**
   * `_gclab.thread_new(f)`: a thread coroutine that will call `f()` (a
   * Python function or a bound method of one) resumably (thread-switch.ts);
   * its handle, a positive number. Nothing runs yet.
   */
  threadNew(f: Value): number;
  /**
   * `_gclab.thread_resume(handle)`: run the coroutine until it suspends
   * (false) or its call returns (true; the result is released and the
   * handle forgotten). An exception leaving the call propagates.
   */
  threadResume(handle: number): boolean;
}

export class Runtime {
  readonly types: BuiltinTypes;
  private readonly intType: ClassObject;
  private readonly strType: ClassObject;
  private readonly boolType: ClassObject;
  private readonly noneType: ClassObject;
  private readonly typeType: ClassObject;
  evaluator!: Evaluator;
  /** sys.getrecursionlimit(): the frame depth at which RecursionError is raised (sys.setrecursionlimit changes it). */
  recursionLimit = 1000;
  /** C-level recursion entries in progress (c-recursion.ts): they count against recursionLimit with the frames. */
  cRecursionDepth = 0;
  /**
   * sys.get_int_max_str_digits(): the most decimal digits an int may have in a
   * conversion to or from a string of a base that is not a power of two
   * (0: no limit); sys.set_int_max_str_digits changes it (int-str-limit.ts).
   */
  intMaxStrDigits = 4300;
  /** sys.is_finalizing(): set once the atexit handlers have run (Py_FinalizeEx). */
  finalizing = false;
  /** Constructor -> class, for heap objects that are not instances (searched after the special cases). */
  private readonly classOfCtor = new Map<Function, ClassObject>();
  /**
   * Constructor -> class for the JS classes whose every object has one
   * Python type (list, dict, set, ...): typeOf's first and usual answer.
   */
  private readonly fixedTypes = new Map<Function, ClassObject>();
  private reprDepth = new Set<PyObject>();
  /** Set while getMethodForCall looks up `obj.name` for a call (attributes.ts). */
  loadingMethod = false;
  /**
   * Set by CALL_FUNCTION_EX just before it calls (eval-expressions.ts
   * finishCallEx), read and cleared by calls.ts call(): the arguments are
   * already in a tuple and a dict (PyObject_Call), so a tp_call callee
   * packs none and a vectorcall one unpacks the dict's names into a tuple.
   */
  callArgsPacked = false;
  /** The GC objects CPython's print, stdout and Py_ReprEnter make, as the counts see them. */
  readonly stdoutGc: StdoutGcObjects;
  /** The builtin types registered on this runtime (type-slots.ts), by class. */
  readonly typeTable = new Map<ClassObject, BuiltinType>();
  /** The unboxing variants of boxed types' slot tables (type-slots.ts inheritSlots). */
  readonly unboxedSlotTables = new Map<BuiltinType, TypeSlots>();
  /** Objects of the interpreter itself, hidden from gc.get_objects()/get_referrers(). */
  readonly internalObjects = new Set<PyObject>();
  /** The sys module's namespace (print() writes to its current `stdout`), once the interpreter made it. */
  sysDict: DictObject | null = null;
  /** The process's standard input, a line at a time ('\n' kept), null at its end (input()); null: no input at all. */
  readLine: (() => string | null) | null = null;
  /**
   * Pushes out what the host holds of standard output, as sys.stdout.flush()
   * does in CPython; may throw StreamWriteError (a full device). The default
   * host holds nothing.
   */
  flushOut: () => void = () => {};
  /** The status os._exit() gave, once it ran: nothing more is written (process-exit.ts). */
  exitStatus: number | null = null;
  /**
   * The str subclass instance a getattr/setattr/delattr/hasattr call in
   * progress was given as the name, until the first attribute hook takes it
   * (attribute-name.ts withNameObject).
   */
  attrNameObject: Value | null = null;

  constructor(
    readonly heap: Heap,
    readonly gc: Collector,
    readonly out: (s: string) => void,
    readonly err: (s: string) => void,
  ) {
    this.types = new BuiltinTypes(heap);
    this.stdoutGc = new StdoutGcObjects(heap);
    this.intType = this.types.get('int');
    this.strType = this.types.get('str');
    this.boolType = this.types.get('bool');
    this.noneType = this.types.get('NoneType');
    this.typeType = this.types.get('type');
    const t = (n: string) => this.types.get(n);
    this.setFixedType(ListObject, t('list'));
    this.setFixedType(TupleObject, t('tuple'));
    this.setFixedType(DictObject, t('dict'));
    this.classOfCtor.set(ClassObject, t('type')); // not fixed: a class's type is its metaclass
    this.setFixedType(FunctionObject, t('function'));
    this.setFixedType(BoundMethod, t('method'));
    this.classOfCtor.set(BuiltinFunction, t('builtin_function_or_method'));
    this.setFixedType(HostFunction, t('builtin_function_or_method'));
    this.setFixedType(CellObject, t('cell'));
    this.setFixedType(RangeObject, t('range'));
    this.setFixedType(FloatObject, t('float'));
    this.setFixedType(RangeIterator, t('range_iterator'));
    this.setFixedType(SuperObject, t('super'));
    this.setFixedType(FrameObject, t('frame'));
    this.setFixedType(TracebackObject, t('traceback'));
  }

  /** Every object made by JS class `ctor` (exactly, not its subclasses) has Python type `cls`. */
  setFixedType(ctor: Function, cls: ClassObject): void {
    this.fixedTypes.set(ctor, cls);
    this.classOfCtor.set(ctor, cls);
  }

  /**
   * The slot table of v's type (Py_TYPE(v)->tp_*): a builtin type's own, or
   * for a class statement's class the table of its nearest builtin base
   * (what `inherit_slots` copies), cached on the class.
   */
  slotsOf(v: Value): TypeSlots {
    const cls = this.typeOf(v);
    return (cls.slotTable as TypeSlots | null) ?? inheritSlots(this, cls);
  }

  private proxyClasses: [ClassObject, ClassObject] | null = null;
  /** Makers of classes whose bases need a native layout (weakref.ref subclasses). */
  readonly classFactories: Array<(name: string, bases: ClassObject[], slots: string[] | null) => ClassObject | undefined> = [];

  /** weakref.ProxyType and CallableProxyType (a proxy's class depends on its referent). */
  registerProxyClasses(plain: ClassObject, callable: ClassObject): void {
    this.proxyClasses = [plain, callable];
  }

  notImplementedValue(): Value {
    return NotImplemented;
  }

  /** Register the class of a native heap object kind (used by the weakref bindings). */
  registerClass(ctor: Function, cls: ClassObject): void {
    this.classOfCtor.set(ctor, cls);
  }

  // ---- errors ------------------------------------------------------------

  error(type: string, message?: string): PyException {
    return new PyException(type, message);
  }

  typeError(message: string): PyException {
    return new PyException('TypeError', message);
  }

  // ---- types ---------------------------------------------------------------

  /** type(v) (a borrowed class). */
  typeOf(v: Value): ClassObject {
    switch (typeof v) {
      case 'number':
      case 'bigint':
        return this.intType;
      case 'string':
        return this.strType;
      case 'boolean':
        return this.boolType;
      case 'object': {
        if (v === null) return this.noneType;
        const fixed = this.fixedTypes.get(v.constructor);
        if (fixed !== undefined) {
          // A function standing for a C function (c-implemented.ts) is a builtin_function_or_method.
          if (v instanceof FunctionObject && v.cFunction !== null) return this.types.get('builtin_function_or_method');
          return fixed;
        }
        if (v instanceof Instance) return v.cls;
        if (v instanceof ClassObject) return v.meta ?? this.typeType;
        if (v instanceof ModuleObject) return v.cls ?? this.types.get('module');
        if ((v as { cls?: unknown }).cls instanceof ClassObject && v.isWeakref) return (v as unknown as { cls: ClassObject }).cls;
        if (v instanceof WeakProxy && this.proxyClasses !== null) return this.proxyClasses[v.callable ? 1 : 0];
        if (v instanceof SeqIterator) return this.types.get(v.kind);
        if (v instanceof LazyIterator) return this.types.get(v.kind);
        if (v instanceof BuiltinFunction && v.wrapper) return this.types.get('method-wrapper');
        if (v instanceof DictIterator || v instanceof DictView) return this.types.get(v.typeName);
        if ((v as unknown) === NotImplemented) return this.types.get('NotImplementedType');
        return this.classOfCtor.get(v.constructor) ?? this.fallbackClass(v);
      }
    }
    throw this.typeError('unknown value');
  }

  private fallbackClass(v: PyObject): ClassObject {
    // Walk the prototype chain (subclasses of registered kinds).
    let proto = Object.getPrototypeOf(v);
    while (proto !== null) {
      const c = this.classOfCtor.get(proto.constructor);
      if (c !== undefined) return c;
      proto = Object.getPrototypeOf(proto);
    }
    return this.types.get('object');
  }

  /** tp_name, as error messages show it. */
  typeName(v: Value): string {
    // A class's type is its metaclass ('M' object is not iterable).
    if (v instanceof ClassObject) return this.typeOf(v).name;
    if (isObject(v)) return v.typeName;
    return this.typeOf(v).name;
  }

  isInstance(v: Value, cls: ClassObject): boolean {
    return this.typeOf(v).isSubclassOf(cls);
  }

  isExceptionInstance(v: Value): v is ExceptionObject {
    return v instanceof ExceptionObject;
  }

  // ---- references ------------------------------------------------------------

  incref<T extends Value>(v: T): T {
    this.heap.incref(v);
    return v;
  }

  decref(v: Value | undefined): void {
    if (v !== undefined) this.heap.decref(v);
  }

  /** Resolve a proxy to its referent (borrowed), or ReferenceError. */
  unwrapProxy(v: Value): Value {
    if (v instanceof WeakProxy) {
      const o = v.target;
      if (o === null) throw this.error('ReferenceError', 'weakly-referenced object no longer exists');
      return o;
    }
    return v;
  }

  isCallable(v: Value): boolean {
    if (!isObject(v)) return false;
    if (v instanceof FunctionObject || v instanceof BoundMethod || v instanceof BuiltinFunction) return true;
    if (v instanceof HostFunction || v instanceof ClassObject || v instanceof WeakRef) return true;
    if (v instanceof WeakrefBase) {
      if (v instanceof WeakProxy) return v.callable;
      return true;
    }
    if (v instanceof Instance) return v.cls.lookup('__call__') !== undefined;
    const o = v as unknown as { callHost?: unknown; pyCall?: unknown };
    return typeof o.callHost === 'function' || typeof o.pyCall === 'function' || this.slotsOf(v).tp_call !== undefined;
  }

  /** The object's fake address for default reprs (heap/address.ts: the same rule as id() and gc's DEBUG_* output). */
  address(o: PyObject): string {
    return fakeAddressHex(o);
  }

  /** Run `f` with `v` marked as being repr'd (recursive containers print `[...]`). */
  guardRepr(o: PyObject, recursive: string, f: () => string): string {
    this.stdoutGc.reprEnter();
    if (this.reprDepth.has(o)) return recursive;
    this.reprDepth.add(o);
    try {
      return f();
    } finally {
      this.reprDepth.delete(o);
    }
  }

  // ---- building values ------------------------------------------------------

  newTuple(items: Value[]): TupleObject {
    return this.heap.newTuple(items);
  }

  /** A new tuple that steals the references in `items`. */
  tupleSteal(items: Value[]): TupleObject {
    const t = this.heap.newTuple(items);
    for (const v of items) this.heap.decref(v);
    return t;
  }

  listSteal(items: Value[]): ListObject {
    const l = this.heap.newList(items);
    for (const v of items) this.heap.decref(v);
    return l;
  }
}
