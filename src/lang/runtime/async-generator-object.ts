/**
 * Asynchronous generators (PEP 525; Objects/genobject.c, 3.11:
 * PyAsyncGen_Type, _PyAsyncGenASend_Type, _PyAsyncGenAThrow_Type).
 *
 * An async generator is a generator object whose frame tells its own
 * `yield` (a wrapped value: the asend/athrow awaitable ends with
 * StopIteration(value)) from the suspensions of its `await`s (passed through
 * to whoever drives the awaitable). `__anext__()`/`asend(v)` make an
 * async_generator_asend, `athrow(...)`/`aclose()` an async_generator_athrow;
 * each is an iterator that can be awaited once.
 *
 * Lifetime rules that follow CPython:
 *  - async_gen_init_hooks: the first `__anext__`/`asend`/`athrow`/`aclose`
 *    takes the thread's sys.set_asyncgen_hooks finalizer (kept by the
 *    generator) and calls its firstiter hook with the generator;
 *  - _PyGen_Finalize: a generator with a finalizer that is not closed is
 *    handed to it (asyncio schedules `aclose()`); without one it is closed
 *    as a generator is (GeneratorExit at its `yield`);
 *  - the end of the frame is StopAsyncIteration (gen_send_ex).
 */
import { PyException, PyObject, isObject, type Heap, type Value, type Visit } from '../../heap';
import { defineGetters, defineMethods, defineSetters } from './attributes';
import { call } from './calls';
import { GenState, GeneratorObject, genClose, genSendEx, generatorGetters, generatorNameSetters, stopIteration, throwArgument } from './generator-object';
import { ExceptionObject } from './native-objects';
import { descriptorMisuse } from './descr-check';
import { registerType } from './type-slots';
import type { Runtime } from './runtime';

/** sys.set_asyncgen_hooks' two hooks, per runtime (the thread state's async_gen_firstiter/finalizer; owned). */
const hooks = new WeakMap<Runtime, { firstiter: Value; finalizer: Value }>();

function hooksOf(rt: Runtime): { firstiter: Value; finalizer: Value } {
  let h = hooks.get(rt);
  if (h === undefined) {
    h = { firstiter: null, finalizer: null };
    hooks.set(rt, h);
  }
  return h;
}

/** sys.get_asyncgen_hooks(): (firstiter, finalizer), new references. */
export function getAsyncgenHooks(rt: Runtime): [Value, Value] {
  const h = hooksOf(rt);
  return [rt.incref(h.firstiter), rt.incref(h.finalizer)];
}

/** sys.set_asyncgen_hooks(firstiter=..., finalizer=...): each must be callable or None; undefined leaves it. */
export function setAsyncgenHooks(rt: Runtime, firstiter: Value | undefined, finalizer: Value | undefined): void {
  if (finalizer !== undefined && finalizer !== null && !rt.isCallable(finalizer)) {
    throw rt.typeError(`callable finalizer expected, got ${rt.typeName(finalizer)}`);
  }
  if (firstiter !== undefined && firstiter !== null && !rt.isCallable(firstiter)) {
    throw rt.typeError(`callable firstiter expected, got ${rt.typeName(firstiter)}`);
  }
  const h = hooksOf(rt);
  if (finalizer !== undefined) {
    const old = h.finalizer;
    h.finalizer = rt.incref(finalizer);
    rt.decref(old);
  }
  if (firstiter !== undefined) {
    const old = h.firstiter;
    h.firstiter = rt.incref(firstiter);
    rt.decref(old);
  }
}

/** An async generator (PyAsyncGenObject): what calling an `async def` with `yield` makes. */
export class AsyncGeneratorObject extends GeneratorObject {
  /** ag_hooks_inited */
  hooksInited = false;
  /** ag_origin_or_finalizer: the finalizer hook taken at the first iteration (owned). */
  finalizer: Value = null;
  /** ag_closed */
  closed = false;
  /** ag_running_async: an asend/athrow of it is being awaited. */
  runningAsync = false;

  override get typeName(): string {
    return 'async_generator';
  }
  override get kindName(): string {
    return 'async generator';
  }

  override traverse(visit: Visit): void {
    if (isObject(this.finalizer)) visit(this.finalizer);
    super.traverse(visit);
  }

  /** _PyGen_Finalize: a finalizer hook gets the generator (unless closed); else it is closed. */
  override finalize(heap: Heap): void {
    const fin = this.finalizer;
    if (fin !== null && !this.closed) {
      try {
        this.rt.decref(call(this.rt, fin, [this]));
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        heap.reportUnraisable(e, this);
      }
      return;
    }
    super.finalize(heap);
  }

  override clearFrame(heap: Heap): void {
    super.clearFrame(heap);
  }

  override dealloc(heap: Heap): void {
    super.dealloc(heap);
    if (this.isDead && this.finalizer !== null) {
      const f = this.finalizer;
      this.finalizer = null;
      heap.decref(f);
    }
  }
}

/** async_gen_init_hooks */
function initHooks(rt: Runtime, gen: AsyncGeneratorObject): void {
  if (gen.hooksInited) return;
  gen.hooksInited = true;
  const h = hooksOf(rt);
  if (h.finalizer !== null) gen.finalizer = rt.incref(h.finalizer);
  if (h.firstiter !== null) {
    const f = rt.incref(h.firstiter);
    try {
      rt.decref(call(rt, f, [gen]));
    } finally {
      rt.decref(f);
    }
  }
}

const enum AwaitableState {
  Init = 0,
  Iter = 1,
  Closed = 2,
}

function isOf(rt: Runtime, e: PyException, name: string): boolean {
  const v = e.pyValue;
  const cls = rt.types.get(name);
  if (v instanceof ExceptionObject) return v.cls.isSubclassOf(cls);
  try {
    return rt.types.get(e.pyType).isSubclassOf(cls);
  } catch {
    return e.pyType === name;
  }
}

/**
 * One step of the generator's frame, as async_gen_unwrap_value sees it: a
 * value its `await` passes through (returned), or the end of this awaitable:
 * StopIteration(value) for a wrapped `yield`, StopAsyncIteration for the
 * frame's end (thrown).
 */
function step(rt: Runtime, gen: AsyncGeneratorObject, arg: Value | undefined, exc: PyException | undefined): Value {
  let r: { returned: boolean; value: Value };
  try {
    r = genSendEx(rt, gen, arg, exc);
  } catch (e) {
    if (e instanceof PyException && (isOf(rt, e, 'StopAsyncIteration') || isOf(rt, e, 'GeneratorExit'))) gen.closed = true;
    gen.runningAsync = false;
    throw e;
  }
  if (r.returned) {
    if (r.value !== undefined) rt.decref(r.value);
    gen.closed = true;
    gen.runningAsync = false;
    throw rt.error('StopAsyncIteration');
  }
  if (gen.body !== null && gen.body.takeWrappedYield()) {
    gen.runningAsync = false;
    try {
      throw stopIteration(rt, r.value);
    } finally {
      rt.decref(r.value);
    }
  }
  return r.value;
}

/** async_generator_asend: the awaitable of `__anext__()` / `asend(value)`. */
export class AsyncGenASend extends PyObject {
  state = AwaitableState.Init;
  constructor(
    readonly gen: AsyncGeneratorObject,
    /** The value to send (owned). */
    public sendval: Value,
  ) {
    super();
  }
  get typeName(): string {
    return 'async_generator_asend';
  }
  override traverse(visit: Visit): void {
    if (!this.gen.isDead) visit(this.gen);
    if (isObject(this.sendval)) visit(this.sendval);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    const v = this.sendval;
    this.sendval = null;
    heap.decref(this.gen);
    heap.decref(v);
    heap.free(this);
  }

  /** async_gen_asend_send */
  send(rt: Runtime, arg: Value): Value {
    if (this.state === AwaitableState.Closed) throw rt.error('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
    if (this.state === AwaitableState.Init) {
      if (this.gen.runningAsync) throw rt.error('RuntimeError', 'anext(): asynchronous generator is already running');
      if (arg === null) arg = this.sendval;
      this.state = AwaitableState.Iter;
    }
    this.gen.runningAsync = true;
    try {
      return step(rt, this.gen, arg, undefined);
    } catch (e) {
      this.state = AwaitableState.Closed;
      throw e;
    }
  }

  /** async_gen_asend_throw */
  throw(rt: Runtime, args: Value[]): Value {
    if (this.state === AwaitableState.Closed) throw rt.error('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
    const exc = throwArgument(rt, args);
    try {
      return step(rt, this.gen, null, exc);
    } catch (e) {
      this.state = AwaitableState.Closed;
      throw e;
    }
  }
}

/** async_generator_athrow: the awaitable of `athrow(...)` (args) or `aclose()` (no args). */
export class AsyncGenAThrow extends PyObject {
  state = AwaitableState.Init;
  constructor(
    readonly gen: AsyncGeneratorObject,
    /** athrow's arguments (owned), or null for aclose(). */
    readonly args: Value[] | null,
  ) {
    super();
  }
  get typeName(): string {
    return 'async_generator_athrow';
  }
  override traverse(visit: Visit): void {
    if (!this.gen.isDead) visit(this.gen);
    if (this.args !== null) for (const a of this.args) if (isObject(a)) visit(a);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    heap.decref(this.gen);
    if (this.args !== null) for (const a of this.args.splice(0)) heap.decref(a);
    heap.free(this);
  }

  /** async_gen_athrow_send */
  send(rt: Runtime, arg: Value): Value {
    const gen = this.gen;
    if (this.state === AwaitableState.Closed) throw rt.error('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
    if (gen.state >= GenState.Completed) {
      this.state = AwaitableState.Closed;
      throw rt.error('StopIteration');
    }
    if (this.state === AwaitableState.Init) {
      if (gen.runningAsync) {
        this.state = AwaitableState.Closed;
        throw rt.error('RuntimeError', this.args === null ? 'aclose(): asynchronous generator is already running' : 'athrow(): asynchronous generator is already running');
      }
      if (gen.closed) {
        this.state = AwaitableState.Closed;
        throw rt.error('StopAsyncIteration');
      }
      if (arg !== null) throw rt.error('RuntimeError', "can't send non-None value to a just-started coroutine");
      this.state = AwaitableState.Iter;
      gen.runningAsync = true;
      if (this.args === null) {
        gen.closed = true;
        return this.closeStep(rt, null, rt.error('GeneratorExit'));
      }
      return this.throwStep(rt, null, throwArgument(rt, this.args));
    }
    return this.args === null ? this.closeStep(rt, arg, undefined) : this.throwStep(rt, arg, undefined);
  }

  /** async_gen_athrow_throw */
  throw(rt: Runtime, args: Value[]): Value {
    if (this.state === AwaitableState.Closed) throw rt.error('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
    const exc = throwArgument(rt, args);
    return this.args === null ? this.closeStep(rt, null, exc) : this.throwStep(rt, null, exc);
  }

  private throwStep(rt: Runtime, arg: Value, exc: PyException | undefined): Value {
    try {
      return step(rt, this.gen, arg, exc);
    } catch (e) {
      if (e instanceof PyException && e.pyType === 'StopIteration') {
        // A wrapped yield ends athrow() with its value.
        return rethrow(e);
      }
      this.state = AwaitableState.Closed;
      throw e;
    }
  }

  /** aclose(): a `yield` in answer to GeneratorExit is an error; the end of the generator is StopIteration. */
  private closeStep(rt: Runtime, arg: Value, exc: PyException | undefined): Value {
    const gen = this.gen;
    let r: { returned: boolean; value: Value };
    try {
      r = genSendEx(rt, gen, arg, exc);
    } catch (e) {
      gen.runningAsync = false;
      this.state = AwaitableState.Closed;
      if (e instanceof PyException && (isOf(rt, e, 'StopAsyncIteration') || isOf(rt, e, 'GeneratorExit'))) {
        const v = e.pyValue;
        e.pyValue = undefined;
        if (v !== undefined) rt.decref(v);
        throw rt.error('StopIteration');
      }
      throw e;
    }
    if (r.returned) {
      if (r.value !== undefined) rt.decref(r.value);
      gen.runningAsync = false;
      this.state = AwaitableState.Closed;
      throw rt.error('StopIteration');
    }
    if (gen.body !== null && gen.body.takeWrappedYield()) {
      rt.decref(r.value);
      gen.runningAsync = false;
      this.state = AwaitableState.Closed;
      throw rt.error('RuntimeError', 'async generator ignored GeneratorExit');
    }
    return r.value;
  }
}

function rethrow(e: PyException): never {
  throw e;
}

function agen(rt: Runtime, self: Value, what: string): AsyncGeneratorObject {
  if (self instanceof AsyncGeneratorObject) return self;
  throw descriptorMisuse(rt, what, 'async_generator', self);
}

function newASend(rt: Runtime, gen: AsyncGeneratorObject, v: Value): Value {
  rt.heap.reserve();
  const o = rt.heap.register(new AsyncGenASend(rt.incref(gen) as AsyncGeneratorObject, rt.incref(v)));
  rt.heap.track(o);
  return o;
}

function newAThrow(rt: Runtime, gen: AsyncGeneratorObject, args: Value[] | null): Value {
  rt.heap.reserve();
  const o = rt.heap.register(new AsyncGenAThrow(rt.incref(gen) as AsyncGeneratorObject, args === null ? null : args.map((a) => rt.incref(a))));
  rt.heap.track(o);
  return o;
}

/** The async generator types' slots, methods and attributes. */
export function installAsyncGeneratorTypes(rt: Runtime): void {
  const cls = rt.types.get('async_generator');
  registerType(rt, {
    name: 'async_generator',
    // async_gen_memberlist: ag_code and ag_running are READONLY members; the other getsets have no setter.
    readonlyMembers: ['ag_code', 'ag_running'],
    instances: [AsyncGeneratorObject],
    slots: {
      tp_repr: (rt2, self) => `<async_generator object ${(self as AsyncGeneratorObject).qualname} at ${rt2.address(self as AsyncGeneratorObject)}>`,
    },
  });
  defineMethods(cls, {
    __aiter__(rt2, self) {
      return rt2.incref(agen(rt2, self, '__aiter__'));
    },
    __anext__(rt2, self) {
      const g = agen(rt2, self, '__anext__');
      initHooks(rt2, g);
      return newASend(rt2, g, null);
    },
    asend(rt2, self, args) {
      const g = agen(rt2, self, 'asend');
      if (args.length !== 1) throw rt2.typeError(`async_generator.asend() takes exactly one argument (${args.length} given)`);
      initHooks(rt2, g);
      return newASend(rt2, g, args[0]);
    },
    athrow(rt2, self, args) {
      const g = agen(rt2, self, 'athrow');
      if (args.length < 1 || args.length > 3) {
        const n = args.length < 1 ? 1 : 3;
        throw rt2.typeError(`athrow expected at ${args.length < 1 ? 'least' : 'most'} ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
      }
      initHooks(rt2, g);
      return newAThrow(rt2, g, args);
    },
    aclose(rt2, self, args) {
      const g = agen(rt2, self, 'aclose');
      if (args.length > 0) throw rt2.typeError(`async_generator.aclose() takes no arguments (${args.length} given)`);
      initHooks(rt2, g);
      return newAThrow(rt2, g, null);
    },
  });
  defineGetters(cls, {
    ...generatorGetters('ag', 'ag_await'),
    ag_running: (_rt2, self) => (self as AsyncGeneratorObject).runningAsync,
  });
  defineSetters(cls, generatorNameSetters, true);

  for (const [name, ctor] of [
    ['async_generator_asend', AsyncGenASend],
    ['async_generator_athrow', AsyncGenAThrow],
  ] as const) {
    const c = rt.types.get(name);
    registerType(rt, {
      name,
      instances: [ctor],
      slots: {
        tp_iter: (rt2, self) => rt2.incref(self),
        tp_iternext: (rt2, self) => (self as AsyncGenASend | AsyncGenAThrow).send(rt2, null),
      },
    });
    const own = (rt2: Runtime, self: Value, what: string): AsyncGenASend | AsyncGenAThrow => {
      if (self instanceof ctor) return self;
      throw descriptorMisuse(rt2, what, name, self);
    };
    defineMethods(c, {
      send(rt2, self, args) {
        if (args.length !== 1) throw rt2.typeError(`send() takes exactly one argument (${args.length} given)`);
        return own(rt2, self, 'send').send(rt2, args[0]);
      },
      throw(rt2, self, args) {
        if (args.length < 1 || args.length > 3) throw rt2.typeError(`throw expected at least 1 argument, got ${args.length}`);
        return own(rt2, self, 'throw').throw(rt2, args);
      },
      close(rt2, self) {
        own(rt2, self, 'close').state = AwaitableState.Closed;
        return null;
      },
      __next__(rt2, self) {
        return own(rt2, self, '__next__').send(rt2, null);
      },
      __iter__(rt2, self) {
        return rt2.incref(self);
      },
      __await__(rt2, self) {
        return rt2.incref(own(rt2, self, '__await__'));
      },
    });
  }
  void genClose;
}
