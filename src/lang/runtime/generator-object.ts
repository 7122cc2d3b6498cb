/**
 * Generator objects (Objects/genobject.c, 3.11).
 *
 * A generator owns its frame (the evaluator's `GeneratorBody`: locals,
 * cells, the value stack that survives a `yield` -- `for` iterators,
 * operands, `with` exits -- and the function). Its states are
 * gi_frame_state's: CREATED, SUSPENDED, EXECUTING, then COMPLETED/CLEARED
 * once the frame has returned or raised; the frame is cleared
 * (_PyFrame_Clear) as soon as it can never run again.
 *
 * Lifetime rules that follow CPython:
 *  - gen_dealloc: untrack, clear the weakrefs (callbacks run *before* the
 *    generator's `finally`), re-track, PyObject_CallFinalizerFromDealloc
 *    (which may resurrect), then clear the frame;
 *  - tp_finalize is _PyGen_Finalize: a suspended generator is closed
 *    (GeneratorExit thrown in at its `yield`), errors are unraisable
 *    (`RuntimeError: generator ignored GeneratorExit` among them). The
 *    collector calls it as a PEP 442 finalizer for a generator in cyclic
 *    trash, once;
 *  - there is no tp_clear: a cycle through a generator is broken by its
 *    finalizer (closing clears the frame) or by the other objects' clear.
 */
import { ClassObject, NO_FREE_LIST, PyException, PyObject, TupleObject, clearWeakRefs, isObject, type Heap, type Value, type Visit } from '../../heap';
import { defineGetters, defineMethods, defineSetters, type Getter, type Setter } from './attributes';
import { call } from './calls';
import { ExceptionObject, TracebackObject } from './native-objects';
import { registerType } from './type-slots';
import { WeakIterator } from '../../weakref/weak-iterator';
import type { Runtime } from './runtime';
import { descriptorMisuse } from './descr-check';
import { repr } from './repr';

/** The evaluator's side of a generator: a frame that can be resumed. */
export interface GeneratorBody {
  /**
   * _PyEval_EvalFrame on the generator's frame: run until the next `yield`
   * (`done: false`, the yielded value, owned) or the end of the frame
   * (`done: true`, the return value, owned). `sent` (borrowed) is the value
   * of the `yield` being resumed; `exc`, if given, is raised there instead.
   * An exception that leaves the frame is thrown with the frame's
   * traceback entry added and PEP 479 applied.
   */
  resume(sent: Value, exc: PyException | undefined): IteratorResult<Value, Value>;
  /**
   * _PyFrame_Traverse: frame object, f_locals, function, then locals, cells
   * and value stack; with `executing`, only the first three: a running
   * frame's stacktop is -1 (its stack pointer lives in the evaluation loop),
   * so its locals are visited by no one.
   */
  traverse(visit: Visit, executing: boolean): void;
  /** _PyFrame_Clear: release the frame's references (it never runs again). */
  clear(heap: Heap): void;
  /** f_func: the generator function (borrowed), for gc.get_referents' listing. */
  readonly func: Value | undefined;
  /** An async generator's frame: did it just suspend at its own `yield` (a wrapped value)? Resets the mark. */
  takeWrappedYield(): boolean;
  /** The iterator a `yield from` in progress delegates to (borrowed). */
  readonly yieldFrom: Value | undefined;
  /** gi_frame: a new reference to the frame object. */
  frameObject(): Value;
}

export const enum GenState {
  Created = 0,
  Suspended = 1,
  Executing = 2,
  Completed = 3,
  Cleared = 4,
}

export class GeneratorObject extends PyObject {
  state = GenState.Created;
  /** gi_code: the block the generator runs, with the file and first line its code object shows (set by the maker). */
  codeScope: unknown = null;
  codeQualname = '';
  codeFilename = '';
  codeFirstLine = 0;
  /** gi_code when the function's __code__ was replaced (types.coroutine's copy): that code object, else null. */
  codeObject: PyObject | null = null;

  constructor(
    readonly rt: Runtime,
    public body: GeneratorBody | null,
    /** gi_name / gi_qualname (writable, as __name__ / __qualname__). */
    public name: string,
    public qualname: string,
  ) {
    super();
  }

  /** A generator of a @types.coroutine function (CO_ITERABLE_COROUTINE): `await` accepts it. */
  iterableCoroutine = false;

  get typeName(): string {
    return 'generator';
  }
  /** How gen_send_ex2's messages name this kind of generator. */
  get kindName(): string {
    return 'generator';
  }
  override get weakrefable(): boolean {
    return true;
  }

  /** gen_traverse: the frame, while it exists (not its locals while it runs). */
  override traverse(visit: Visit): void {
    if (this.state < GenState.Cleared && this.body !== null) this.body.traverse(visit, this.state === GenState.Executing);
  }

  override hasFinalizer(): boolean {
    return true;
  }

  /** _PyGen_Finalize: close a generator that is not finished; errors are unraisable. */
  override finalize(heap: Heap): void {
    if (this.state >= GenState.Completed) return;
    try {
      genClose(this.rt, this);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      heap.reportUnraisable(e, this);
    }
  }

  /** gen_dealloc */
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    heap.track(this);
    if (heap.callFinalizerFromDealloc(this)) return;
    heap.untrack(this);
    heap.die(this);
    this.clearFrame(heap);
    this.releaseFields(heap);
    heap.free(this);
  }

  /** What gen_dealloc releases after the frame besides it (a coroutine's cr_origin); nothing here. */
  protected releaseFields(heap: Heap): void {
    void heap;
  }

  /** The frame can never run again: _PyFrame_Clear it. */
  clearFrame(heap: Heap): void {
    const body = this.body;
    this.state = GenState.Cleared;
    this.body = null;
    if (body !== null) body.clear(heap);
  }
}

/** gen_send_ex2's outcome: a yielded value, or the frame's return value. */
interface SendResult {
  returned: boolean;
  value: Value;
}

/**
 * gen_send_ex2: resume the frame with `arg` (borrowed; undefined for
 * tp_iternext) or with `exc` raised at the `yield`. Returns a new reference.
 */
export function genSendEx(rt: Runtime, gen: GeneratorObject, arg: Value | undefined, exc?: PyException, closing = false): SendResult {
  if (gen.state === GenState.Created && exc === undefined && arg !== undefined && arg !== null) {
    throw rt.typeError(`can't send non-None value to a just-started ${gen.kindName}`);
  }
  if (gen.state === GenState.Executing) throw rt.error('ValueError', `${gen.kindName} already executing`);
  if (gen.state >= GenState.Completed || gen.body === null) {
    if (gen.typeName === 'coroutine' && !closing) {
      if (exc !== undefined) releasePy(rt, exc);
      throw rt.error('RuntimeError', 'cannot reuse already awaited coroutine');
    }
    if (exc !== undefined) throw exc;
    if (arg !== undefined) return { returned: true, value: null };
    return { returned: true, value: undefined as unknown as Value };
  }
  const body = gen.body;
  gen.state = GenState.Executing;
  let r: IteratorResult<Value, Value>;
  try {
    r = body.resume(arg === undefined ? null : arg, exc);
  } catch (e) {
    gen.clearFrame(rt.heap);
    throw e;
  }
  if (r.done !== true) {
    gen.state = GenState.Suspended;
    return { returned: false, value: r.value };
  }
  gen.clearFrame(rt.heap);
  return { returned: true, value: r.value };
}

/** A StopIteration carrying a generator's return value (_PyGen_SetStopIterationValue). */
export function stopIteration(rt: Runtime, value: Value): PyException {
  if (value === null) return rt.error('StopIteration');
  const cls = rt.types.get('StopIteration');
  const obj = call(rt, cls, [value]);
  return new PyException('StopIteration', isObject(value) ? [] : [value], obj);
}

/** gen_iternext for next(): the next value, or StopIteration(value) when the frame returns. */
export function genNext(rt: Runtime, gen: GeneratorObject): Value {
  const r = genSendEx(rt, gen, undefined);
  if (!r.returned) return r.value;
  if (r.value === undefined) throw rt.error('StopIteration');
  try {
    throw stopIteration(rt, r.value);
  } finally {
    rt.decref(r.value);
  }
}

/**
 * tp_iternext for loops: undefined when exhausted (the return value is
 * dropped). genSendEx with no value sent, without its result record: a
 * loop over a generator makes no JS allocation per item beyond the frame's own.
 */
function genIterNext(rt: Runtime, gen: GeneratorObject): Value | undefined {
  if (gen.state === GenState.Executing) throw rt.error('ValueError', `${gen.kindName} already executing`);
  const body = gen.body;
  if (gen.state >= GenState.Completed || body === null) {
    if (gen.typeName === 'coroutine') throw rt.error('RuntimeError', 'cannot reuse already awaited coroutine');
    return undefined;
  }
  gen.state = GenState.Executing;
  let r: IteratorResult<Value, Value>;
  try {
    r = body.resume(null, undefined);
  } catch (e) {
    gen.clearFrame(rt.heap);
    throw e;
  }
  const value = r.value;
  if (r.done !== true) {
    gen.state = GenState.Suspended;
    return value;
  }
  gen.clearFrame(rt.heap);
  if (value !== undefined) rt.decref(value);
  return undefined;
}

/** gen.send(value) */
export function genSend(rt: Runtime, gen: GeneratorObject, arg: Value): Value {
  const r = genSendEx(rt, gen, arg);
  if (!r.returned) return r.value;
  try {
    throw stopIteration(rt, r.value);
  } finally {
    rt.decref(r.value);
  }
}

/**
 * gen_close: GeneratorExit raised at the `yield` (a `yield from` closes its
 * delegate first, through the frame). A frame that yields again gets
 * `RuntimeError: generator ignored GeneratorExit`; GeneratorExit or
 * StopIteration leaving it means closed.
 */
export function genClose(rt: Runtime, gen: GeneratorObject): void {
  if (gen.state === GenState.Created) {
    // 3.11 raises GeneratorExit at the frame's first instruction: nothing runs.
    // The eval loop's error path still logs it (PyTraceBack_Here on the frame's
    // new frame object), unnormalized: gen_close's PyErr_Clear then frees the
    // traceback and with it the frame object. Neither is built here.
    const heap = rt.heap;
    heap.phantomAlloc(NO_FREE_LIST);
    heap.phantomAlloc(NO_FREE_LIST);
    gen.clearFrame(heap);
    heap.phantomFree(NO_FREE_LIST);
    heap.phantomFree(NO_FREE_LIST);
    return;
  }
  if (gen.state >= GenState.Completed) return;
  let r: SendResult;
  try {
    r = genSendEx(rt, gen, null, rt.error('GeneratorExit'), true);
  } catch (e) {
    if (e instanceof PyException && isExceptionOf(rt, e, 'GeneratorExit', 'StopIteration')) {
      releasePy(rt, e);
      return;
    }
    throw e;
  }
  rt.decref(r.value);
  if (r.returned) return;
  throw rt.error('RuntimeError', `${gen.kindName} ignored GeneratorExit`);
}

function isExceptionOf(rt: Runtime, e: PyException, ...names: string[]): boolean {
  const v = e.pyValue;
  if (v instanceof ExceptionObject) return names.some((n) => v.cls.isSubclassOf(rt.types.get(n)));
  return names.some((n) => {
    try {
      return rt.types.get(e.pyType).isSubclassOf(rt.types.get(n));
    } catch {
      return e.pyType === n;
    }
  });
}

function releasePy(rt: Runtime, e: PyException): void {
  const v = e.pyValue;
  e.pyValue = undefined;
  if (v !== undefined) rt.decref(v);
}

/**
 * The exception gen.throw(typ[, val[, tb]]) raises (_gen_throw's checks and
 * PyErr_NormalizeException): a class is instantiated with `val` (a tuple
 * spreads into arguments), an instance takes no separate value. The
 * argument checks raise here; an error making the instance is returned, to
 * be thrown in as the exception.
 */
export function throwArgument(rt: Runtime, args: Value[]): PyException {
  const [typ, val = null, tb = null] = args;
  if (tb !== null && !(tb instanceof TracebackObject)) throw rt.typeError('throw() third argument must be a traceback object');
  let exc: ExceptionObject;
  if (typ instanceof ClassObject && rt.types.isExceptionClass(typ)) {
    // PyErr_NormalizeException: when making the instance fails, the error
    // it raised is what is thrown in (not raised at the caller).
    let made: Value;
    try {
      if (val instanceof ExceptionObject && val.cls.isSubclassOf(typ)) made = rt.incref(val);
      else made = call(rt, typ, val === null ? [] : val instanceof TupleObject ? val.items.slice() : [val]);
    } catch (e) {
      if (e instanceof PyException) return e;
      throw e;
    }
    if (!(made instanceof ExceptionObject)) {
      const name = rt.typeName(made);
      rt.decref(made);
      return rt.typeError(`calling ${repr(rt, typ)} should have returned an instance of BaseException, not ${name}`);
    }
    exc = made;
  } else if (typ instanceof ExceptionObject) {
    if (val !== null) throw rt.typeError('instance exception may not have a separate value');
    exc = rt.incref(typ);
  } else {
    throw rt.typeError(`exceptions must be classes or instances deriving from BaseException, not ${rt.typeName(typ)}`);
  }
  if (tb !== null) exc.setExc(rt.heap, 1, tb);
  // _gen_throw restores the exception (PyErr_Restore): no implicit chaining.
  exc.contextDecided = true;
  return new PyException(exc.cls.name, [], exc);
}

/** gen.throw(...) */
export function genThrow(rt: Runtime, gen: GeneratorObject, args: Value[]): Value {
  const exc = throwArgument(rt, args);
  const r = genSendEx(rt, gen, null, exc);
  if (!r.returned) return r.value;
  try {
    throw stopIteration(rt, r.value);
  } finally {
    rt.decref(r.value);
  }
}

function gen(rt: Runtime, self: Value, what: string): GeneratorObject {
  if (self instanceof GeneratorObject) return self;
  throw descriptorMisuse(rt, what, 'generator', self);
}

function arityRange(rt: Runtime, name: string, args: Value[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) throw rt.typeError(`generator.${name}() takes exactly one argument (${args.length} given)`);
    const n = args.length < min ? min : max;
    throw rt.typeError(`${name} expected at ${args.length < min ? 'least' : 'most'} ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** generator.close() as a method (weakref's iterators share the type and reach it too). */
export function generatorCloseMethod(rt: Runtime, self: GeneratorObject, args: Value[]): Value {
  if (args.length > 0) throw rt.typeError(`generator.close() takes no arguments (${args.length} given)`);
  genClose(rt, self);
  return null;
}

/**
 * The getters generators, coroutines and async generators share, under
 * their prefix (genobject.c's gen_/coro_/async_gen_getsetlist over the same
 * gen_get_name, _gen_getcode, _gen_getframe, _gen_getsuspended): `__name__`,
 * `__qualname__`, `<p>_code`, `<p>_suspended`, `<p>_frame` and the delegate
 * the object is suspended in (`delegate`: gi_yieldfrom, cr_await, ag_await).
 * The `<p>_running` getter is each type's own; 3.11's async generators have
 * no `ag_suspended` (3.12 added it).
 */
export function generatorGetters(prefix: 'gi' | 'cr' | 'ag', delegate: string): Record<string, Getter> {
  const getters: Record<string, Getter> = {
    __name__: (_rt2, self) => (self as GeneratorObject).name,
    __qualname__: (_rt2, self) => (self as GeneratorObject).qualname,
    [`${prefix}_code`]: (rt2, self) => {
      const g = self as GeneratorObject;
      if (g.codeObject !== null) return rt2.incref(g.codeObject);
      return g.codeScope === null ? null : rt2.evaluator.codeObjectFor(g.codeScope, g.codeQualname, g.codeFilename, g.codeFirstLine);
    },
    [`${prefix}_suspended`]: (_rt2, self) => (self as GeneratorObject).state === GenState.Suspended,
    [`${prefix}_frame`]: (_rt2, self) => {
      const g = self as GeneratorObject;
      return g.state >= GenState.Completed || g.body === null ? null : g.body.frameObject();
    },
    [delegate]: (rt2, self) => {
      const g = self as GeneratorObject;
      const yf = g.state === GenState.Suspended ? g.body?.yieldFrom : undefined;
      return yf === undefined ? null : rt2.incref(yf);
    },
  };
  if (prefix === 'ag') delete getters.ag_suspended;
  return getters;
}

/** gen_set_name / gen_set_qualname, shared by the generator-like types (deleting is the same TypeError: v undefined). */
export const generatorNameSetters: Record<string, Setter> = {
  __name__: (rt2, self, v) => {
    if (typeof v !== 'string') throw rt2.typeError('__name__ must be set to a string object');
    (self as GeneratorObject).name = v;
  },
  __qualname__: (rt2, self, v) => {
    if (typeof v !== 'string') throw rt2.typeError('__qualname__ must be set to a string object');
    (self as GeneratorObject).qualname = v;
  },
};

/** The generator type's slots, methods and attributes. */
export function installGeneratorType(rt: Runtime): void {
  const cls = rt.types.get('generator');
  registerType(rt, {
    name: 'generator',
    // gen_memberlist: gi_code is a READONLY member; the other getsets have no setter.
    readonlyMembers: ['gi_code'],
    // Lib/weakref.py's generator methods (items(), keys(), ...) are generators too.
    instances: [GeneratorObject, WeakIterator],
    slots: {
      tp_iter: (rt2, self) => rt2.incref(self),
      tp_iternext: (rt2, self) => (self instanceof WeakIterator ? self.next(rt2.heap) : genIterNext(rt2, self as GeneratorObject)),
      tp_repr: (rt2, self) =>
        `<generator object ${(self as GeneratorObject | WeakIterator).qualname} at ${rt2.address(self as GeneratorObject | WeakIterator)}>`,
    },
  });
  defineMethods(cls, {
    send(rt2, self, args) {
      arityRange(rt2, 'send', args, 1, 1);
      return genSend(rt2, gen(rt2, self, 'send'), args[0]);
    },
    throw(rt2, self, args) {
      arityRange(rt2, 'throw', args, 1, 3);
      return genThrow(rt2, gen(rt2, self, 'throw'), args);
    },
    close(rt2, self, args) {
      return generatorCloseMethod(rt2, gen(rt2, self, 'close'), args);
    },
    __next__(rt2, self) {
      return genNext(rt2, gen(rt2, self, '__next__'));
    },
    __iter__(rt2, self) {
      return rt2.incref(self);
    },
  });
  defineGetters(cls, {
    ...generatorGetters('gi', 'gi_yieldfrom'),
    gi_running: (_rt2, self) => (self as GeneratorObject).state === GenState.Executing,
  });
  defineSetters(cls, generatorNameSetters, true);
}
