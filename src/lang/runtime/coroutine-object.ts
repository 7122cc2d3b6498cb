/**
 * Coroutine objects (Objects/genobject.c, 3.11: PyCoro_Type and
 * _PyCoroWrapper_Type) and the awaitable protocol (_PyCoro_GetAwaitableIter).
 *
 * A coroutine is a generator object in all but name: the same frame, states
 * and gen_send_ex2 (generator-object.ts), with `cr_*` attribute names, no
 * tp_iter/tp_iternext (`next(coro)` and `for x in coro` are TypeErrors), and
 * `__await__()` giving a coroutine_wrapper, an iterator over the same frame.
 *
 * Lifetime rules that follow CPython:
 *  - _PyGen_Finalize: a coroutine that never started (FRAME_CREATED) warns
 *    "coroutine '...' was never awaited" (warnings._warn_unawaited_coroutine,
 *    RuntimeWarning at the frame running when it dies; `sys:1` when none
 *    does) instead of being closed; a suspended one is closed as a
 *    generator is;
 *  - a finished coroutine cannot run again: send()/throw() raise
 *    "cannot reuse already awaited coroutine" (gen_send_ex2).
 */
import { PyException, PyObject, type DictObject, type TupleObject, type Heap, type Value, type Visit } from '../../heap';
import { defineGetters, defineMethods, defineSetters, lookupSpecial } from './attributes';
import { call } from './calls';
import { GenState, GeneratorObject, genClose, genNext, genSend, genSendEx, genThrow, generatorCloseMethod, generatorGetters, generatorNameSetters, stopIteration } from './generator-object';
import { isIterator } from './operators';
import { ExceptionObject } from './native-objects';
import { descriptorMisuse } from './descr-check';
import { registerType } from './type-slots';
import type { Runtime } from './runtime';
import { writeStderr } from './sys-module';

/** sys.set_coroutine_origin_tracking_depth, per runtime (the thread state's coroutine_origin_tracking_depth). */
const originDepths = new WeakMap<Runtime, number>();

/** sys.get_coroutine_origin_tracking_depth() */
export function coroutineOriginDepth(rt: Runtime): number {
  return originDepths.get(rt) ?? 0;
}

/** sys.set_coroutine_origin_tracking_depth(depth): a negative depth is a ValueError. */
export function setCoroutineOriginDepth(rt: Runtime, depth: number): void {
  if (depth < 0) throw rt.error('ValueError', 'depth must be >= 0');
  originDepths.set(rt, depth);
}

/** A coroutine (PyCoroObject): what calling an `async def` without `yield` makes. */
export class CoroutineObject extends GeneratorObject {
  /**
   * cr_origin (owned): where the coroutine was made, innermost frame first,
   * as ((filename, line, name), ...) when origin tracking was on (not
   * traversed: tuples of str and int cannot be part of a cycle).
   */
  origin: TupleObject | null = null;

  /** compute_cr_origin at _Py_MakeCoro: the running frames, up to the tracking depth. */
  recordOrigin(): void {
    const depth = coroutineOriginDepth(this.rt);
    if (depth === 0) return;
    const rt = this.rt;
    const frames = rt.evaluator.frameSummaries(depth);
    this.origin = rt.tupleSteal(frames.map((f) => rt.newTuple(f)));
  }

  protected override releaseFields(heap: Heap): void {
    const o = this.origin;
    this.origin = null;
    if (o !== null) heap.decref(o);
  }

  override get typeName(): string {
    return 'coroutine';
  }
  override get kindName(): string {
    return 'coroutine';
  }

  /** _PyGen_Finalize for a coroutine: an unstarted one warns instead of being closed. */
  override finalize(heap: Heap): void {
    if (this.state === GenState.Created) {
      try {
        warnUnawaitedCoroutine(this.rt, this);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        heap.reportUnraisable(e, this);
      }
      return;
    }
    super.finalize(heap);
  }
}

/**
 * _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro)
 * (stacklevel 2: the frame running when the coroutine dies). With no frame
 * running (interpreter shutdown) only a `warnings` module still in
 * sys.modules is used (GET_WARNINGS_ATTR while finalizing); without one,
 * the C fallback's `sys:1: RuntimeWarning: ...` line.
 */
function warnUnawaitedCoroutine(rt: Runtime, coro: CoroutineObject): void {
  const ev = rt.evaluator;
  const globals: DictObject | undefined = ev.currentGlobals();
  let mod: Value | undefined;
  if (globals !== undefined) mod = ev.importModule('warnings', globals, null, 0);
  else {
    const modules = rt.sysDict?.get(rt.heap, 'modules');
    const m = modules !== undefined && modules !== null ? (modules as DictObject).get?.(rt.heap, 'warnings') : undefined;
    if (m !== undefined && m !== null) mod = rt.incref(m);
  }
  if (mod === undefined) {
    writeStderr(rt, `sys:1: RuntimeWarning: coroutine '${coro.qualname}' was never awaited\n`);
    return;
  }
  try {
    // A failing _warn_unawaited_coroutine (not the RuntimeWarning an
    // "error" filter raises) is unraisable, and the warning is then issued
    // directly (_PyErr_WarnFormat, stacklevel 1), as is a missing one.
    let warned = false;
    const f = lookupModuleAttr(rt, mod, '_warn_unawaited_coroutine');
    if (f !== undefined) {
      try {
        rt.decref(call(rt, f, [coro]));
        warned = true;
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        if (isRuntimeWarning(rt, e)) warned = true;
        rt.heap.reportUnraisable(e, coro);
      } finally {
        rt.decref(f);
      }
    }
    if (warned) return;
    const warn = lookupModuleAttr(rt, mod, 'warn');
    if (warn === undefined) return;
    try {
      rt.decref(call(rt, warn, [`coroutine '${coro.qualname}' was never awaited`, rt.types.get('RuntimeWarning'), 1]));
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      rt.heap.reportUnraisable(e, coro);
    } finally {
      rt.decref(warn);
    }
  } finally {
    rt.decref(mod);
  }
}

/** PyErr_ExceptionMatches(PyExc_RuntimeWarning) for a raised exception. */
function isRuntimeWarning(rt: Runtime, e: PyException): boolean {
  const cls = rt.types.get('RuntimeWarning');
  const v = e.pyValue;
  if (v instanceof ExceptionObject) return v.cls.isSubclassOf(cls);
  try {
    return rt.types.get(e.pyType).isSubclassOf(cls);
  } catch {
    return false;
  }
}

function lookupModuleAttr(rt: Runtime, mod: Value, name: string): Value | undefined {
  const d = (mod as { dict?: DictObject | null }).dict;
  if (d === undefined || d === null) return undefined;
  const v = d.get(rt.heap, name);
  return v === undefined ? undefined : rt.incref(v);
}

/** coro.__await__(): an iterator over the coroutine's frame (PyCoroWrapper). */
export class CoroutineWrapper extends PyObject {
  constructor(readonly coro: CoroutineObject) {
    super();
  }
  get typeName(): string {
    return 'coroutine_wrapper';
  }
  override traverse(visit: Visit): void {
    if (!this.coro.isDead) visit(this.coro);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    heap.decref(this.coro);
    heap.free(this);
  }
}

/** Is `v` awaitable as it is (a coroutine, or a generator of a @types.coroutine function)? */
export function isAwaitableAsIs(v: Value): v is GeneratorObject {
  return v instanceof CoroutineObject || (v instanceof GeneratorObject && v.iterableCoroutine && v.typeName === 'generator');
}

/**
 * _PyCoro_GetAwaitableIter plus GET_AWAITABLE's checks: the iterator an
 * `await v` delegates to (a new reference; `v` is borrowed). `where` is
 * GET_AWAITABLE's oparg: 1 after `__aenter__`, 2 after `__aexit__`, which
 * words the error when `v` has no `__await__`.
 */
export function getAwaitableIter(rt: Runtime, v: Value, where = 0): Value {
  let it: Value;
  if (isAwaitableAsIs(v)) it = rt.incref(v);
  else {
    const m = lookupSpecial(rt, v, '__await__');
    if (m === undefined) {
      const t = rt.typeName(v);
      if (where === 1) throw rt.typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${t}`);
      if (where === 2) throw rt.typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${t}`);
      throw rt.typeError(`object ${t} can't be used in 'await' expression`);
    }
    try {
      it = call(rt, m, []);
    } finally {
      rt.decref(m);
    }
    if (isAwaitableAsIs(it)) {
      rt.decref(it);
      throw rt.typeError('__await__() returned a coroutine');
    }
    if (!isIterator(rt, it)) {
      const t = rt.typeName(it);
      rt.decref(it);
      throw rt.typeError(`__await__() returned non-iterator of type '${t}'`);
    }
  }
  // GET_AWAITABLE: a coroutine suspended in an await of its own is being awaited already.
  if (it instanceof CoroutineObject && it.state === GenState.Suspended && it.body?.yieldFrom !== undefined) {
    rt.decref(it);
    throw rt.error('RuntimeError', 'coroutine is being awaited already');
  }
  return it;
}

/**
 * GET_AITER: `type(v).__aiter__(v)` (a new reference; `v` borrowed), which
 * must have `__anext__`. `what` names the construct in the errors.
 */
export function getAIter(rt: Runtime, v: Value, what = "'async for'"): Value {
  const m = lookupSpecial(rt, v, '__aiter__');
  if (m === undefined) throw rt.typeError(`${what} requires an object with __aiter__ method, got ${rt.typeName(v)}`);
  let it: Value;
  try {
    it = call(rt, m, []);
  } finally {
    rt.decref(m);
  }
  const anext = lookupSpecial(rt, it, '__anext__');
  if (anext === undefined) {
    const t = rt.typeName(it);
    rt.decref(it);
    throw rt.typeError(`${what} received an object from __aiter__ that does not implement __anext__: ${t}`);
  }
  rt.decref(anext);
  return it;
}

function coro(rt: Runtime, self: Value, what: string): CoroutineObject {
  if (self instanceof CoroutineObject) return self;
  throw descriptorMisuse(rt, what, 'coroutine', self);
}

function wrapper(rt: Runtime, self: Value, what: string): CoroutineWrapper {
  if (self instanceof CoroutineWrapper) return self;
  throw descriptorMisuse(rt, what, 'coroutine_wrapper', self);
}

function checkArity(rt: Runtime, name: string, args: Value[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max) throw rt.typeError(`${name}() takes exactly one argument (${args.length} given)`);
  const n = args.length < min ? min : max;
  throw rt.typeError(`${name} expected at ${args.length < min ? 'least' : 'most'} ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** The coroutine and coroutine_wrapper types' slots, methods and attributes. */
export function installCoroutineTypes(rt: Runtime): void {
  const cls = rt.types.get('coroutine');
  registerType(rt, {
    name: 'coroutine',
    // coro_memberlist: cr_code and cr_origin are READONLY members; the other getsets have no setter.
    readonlyMembers: ['cr_code', 'cr_origin'],
    instances: [CoroutineObject],
    slots: {
      tp_repr: (rt2, self) => `<coroutine object ${(self as CoroutineObject).qualname} at ${rt2.address(self as CoroutineObject)}>`,
    },
  });
  defineMethods(cls, {
    send(rt2, self, args) {
      checkArity(rt2, 'coroutine.send', args, 1, 1);
      return genSend(rt2, coro(rt2, self, 'send'), args[0]);
    },
    throw(rt2, self, args) {
      checkArity(rt2, 'throw', args, 1, 3);
      return genThrow(rt2, coro(rt2, self, 'throw'), args);
    },
    close(rt2, self, args) {
      return generatorCloseMethod(rt2, coro(rt2, self, 'close'), args);
    },
    __await__(rt2, self) {
      const c = coro(rt2, self, '__await__');
      rt2.heap.reserve();
      const w = rt2.heap.register(new CoroutineWrapper(rt2.incref(c) as CoroutineObject));
      rt2.heap.track(w);
      return w;
    },
  });
  defineGetters(cls, {
    ...generatorGetters('cr', 'cr_await'),
    cr_running: (_rt2, self) => (self as CoroutineObject).state === GenState.Executing,
    cr_origin: (rt2, self) => rt2.incref((self as CoroutineObject).origin),
  });
  defineSetters(cls, generatorNameSetters, true);

  const wcls = rt.types.get('coroutine_wrapper');
  registerType(rt, {
    name: 'coroutine_wrapper',
    instances: [CoroutineWrapper],
    slots: {
      tp_iter: (rt2, self) => rt2.incref(self),
      tp_iternext: (rt2, self) => {
        // coro_wrapper_iternext: the coroutine's return value travels as StopIteration(value).
        const r = genSendEx(rt2, (self as CoroutineWrapper).coro, undefined);
        if (!r.returned) return r.value;
        if (r.value === undefined || r.value === null) return undefined;
        try {
          throw stopIteration(rt2, r.value);
        } finally {
          rt2.decref(r.value);
        }
      },
    },
  });
  defineMethods(wcls, {
    send(rt2, self, args) {
      checkArity(rt2, 'send', args, 1, 1);
      return genSend(rt2, wrapper(rt2, self, 'send').coro, args[0]);
    },
    throw(rt2, self, args) {
      checkArity(rt2, 'throw', args, 1, 3);
      return genThrow(rt2, wrapper(rt2, self, 'throw').coro, args);
    },
    close(rt2, self) {
      genClose(rt2, wrapper(rt2, self, 'close').coro);
      return null;
    },
    __next__(rt2, self) {
      return genNext(rt2, wrapper(rt2, self, '__next__').coro);
    },
    __iter__(rt2, self) {
      return rt2.incref(self);
    },
  });
}

/**
 * anext(aiterator, default)'s awaitable (Objects/iterobject.c,
 * anextawaitable): each step goes to the awaitable iterator of
 * `__anext__()`'s result; StopAsyncIteration out of it ends this awaitable
 * with StopIteration(default).
 */
export class AnextAwaitable extends PyObject {
  constructor(
    /** The awaitable `__anext__()` returned (owned). */
    public wrapped: Value,
    /** The default value (owned). */
    public defaultValue: Value,
  ) {
    super();
  }
  get typeName(): string {
    return 'anext_awaitable';
  }
  override traverse(visit: Visit): void {
    if (this.wrapped instanceof PyObject) visit(this.wrapped);
    if (this.defaultValue instanceof PyObject) visit(this.defaultValue);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    const w = this.wrapped;
    const d = this.defaultValue;
    this.wrapped = null;
    this.defaultValue = null;
    heap.decref(w);
    heap.decref(d);
    heap.free(this);
  }

  /** anextawaitable_getiter: the wrapped awaitable's iterator (a coroutine through its __await__()). */
  private iterator(rt: Runtime): Value {
    const it = getAwaitableIter(rt, this.wrapped);
    if (!(it instanceof CoroutineObject)) return it;
    rt.heap.reserve();
    const w = rt.heap.register(new CoroutineWrapper(it));
    rt.heap.track(w);
    return w;
  }

  /** anextawaitable_proxy: `meth(arg)` on the iterator; StopAsyncIteration becomes StopIteration(default). */
  private proxy(rt: Runtime, meth: string, args: Value[]): Value {
    const it = this.iterator(rt);
    try {
      const m = lookupSpecial(rt, it, meth === 'send' && args[0] === null ? '__next__' : meth);
      if (m === undefined) throw rt.typeError(`'${rt.typeName(it)}' object has no attribute '${meth}'`);
      try {
        return call(rt, m, meth === 'send' && args[0] === null ? [] : args);
      } finally {
        rt.decref(m);
      }
    } catch (e) {
      if (e instanceof PyException && isStopAsyncIteration(rt, e)) {
        const v = e.pyValue;
        e.pyValue = undefined;
        if (v !== undefined) rt.decref(v);
        throw stopIteration(rt, this.defaultValue);
      }
      throw e;
    } finally {
      rt.decref(it);
    }
  }

  /** send(value) (also the step of `await`). */
  send(rt: Runtime, arg: Value): Value {
    return this.proxy(rt, 'send', [arg]);
  }

  /** throw(...) */
  throw(rt: Runtime, args: Value[]): Value {
    return this.proxy(rt, 'throw', args);
  }
}

function isStopAsyncIteration(rt: Runtime, e: PyException): boolean {
  const cls = rt.types.get('StopAsyncIteration');
  const v = e.pyValue as { cls?: { isSubclassOf(c: unknown): boolean } } | undefined;
  if (v !== undefined && v !== null && typeof v === 'object' && v.cls !== undefined) return v.cls.isSubclassOf(cls);
  return e.pyType === 'StopAsyncIteration';
}

/** builtin aiter(obj): PyObject_GetAIter. */
export function builtinAiter(rt: Runtime, obj: Value): Value {
  const m = lookupSpecial(rt, obj, '__aiter__');
  if (m === undefined) throw rt.typeError(`'${rt.typeName(obj)}' object is not an async iterable`);
  let it: Value;
  try {
    it = call(rt, m, []);
  } finally {
    rt.decref(m);
  }
  const anext = lookupSpecial(rt, it, '__anext__');
  if (anext === undefined) {
    const t = rt.typeName(it);
    rt.decref(it);
    throw rt.typeError(`aiter() returned not an async iterator of type '${t}'`);
  }
  rt.decref(anext);
  return it;
}

/** builtin anext(aiterator[, default]): `__anext__()`'s awaitable, wrapped when there is a default. */
export function builtinAnext(rt: Runtime, args: Value[]): Value {
  if (args.length < 1 || args.length > 2) throw rt.typeError(`anext expected at ${args.length < 1 ? 'least 1 argument' : 'most 2 arguments'}, got ${args.length}`);
  const m = lookupSpecial(rt, args[0], '__anext__');
  if (m === undefined) throw rt.typeError(`'${rt.typeName(args[0])}' object is not an async iterator`);
  let aw: Value;
  try {
    aw = call(rt, m, []);
  } finally {
    rt.decref(m);
  }
  if (args.length === 1) return aw;
  rt.heap.reserve();
  const o = rt.heap.register(new AnextAwaitable(aw, rt.incref(args[1])));
  rt.heap.track(o);
  return o;
}

/** The anext_awaitable type. */
export function installAnextAwaitableType(rt: Runtime): void {
  const cls = rt.types.get('anext_awaitable');
  registerType(rt, {
    name: 'anext_awaitable',
    instances: [AnextAwaitable],
    slots: {
      tp_iter: (rt2, self) => rt2.incref(self),
      tp_iternext: (rt2, self) => (self as AnextAwaitable).send(rt2, null),
    },
  });
  const own = (rt2: Runtime, self: Value, what: string): AnextAwaitable => {
    if (self instanceof AnextAwaitable) return self;
    throw descriptorMisuse(rt2, what, 'anext_awaitable', self);
  };
  defineMethods(cls, {
    send(rt2, self, args) {
      checkArity(rt2, 'send', args, 1, 1);
      return own(rt2, self, 'send').send(rt2, args[0]);
    },
    throw(rt2, self, args) {
      checkArity(rt2, 'throw', args, 1, 3);
      return own(rt2, self, 'throw').throw(rt2, args);
    },
    close(rt2, self) {
      const a = own(rt2, self, 'close');
      const it = getAwaitableIter(rt2, a.wrapped);
      try {
        const m = lookupSpecial(rt2, it, 'close');
        if (m !== undefined) {
          try {
            return call(rt2, m, []);
          } finally {
            rt2.decref(m);
          }
        }
        return null;
      } finally {
        rt2.decref(it);
      }
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
