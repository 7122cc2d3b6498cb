/**
 * weakref.finalize (Lib/weakref.py, CPython 3.11).
 *
 * finalize(obj, func, /, *args, **kwargs) registers `func(*args, **kwargs)`
 * to run when `obj` dies:
 *   - the class-level registry -- here one per heap, kept in a WeakMap
 *     keyed by the Heap -- is a dict mapping each finalize object to an
 *     `_Info` (slots weakref, func, args, kwargs, atexit, index). It keeps
 *     the finalize object alive even when the user drops it;
 *   - `info.weakref = ref(obj, self)`: the finalize object is itself the
 *     weakref callback, so the finalizers of one object run newest first,
 *     in weakref-list order;
 *   - a finalize object has `__slots__ = ()`: no state of its own, not
 *     weakly referenceable, never part of a cycle.
 *
 * __call__(_=None): pops the registry entry; if there was one and the
 * heap's finalizers are not shut down, returns func(*args, **kwargs).
 * When that call raises during a death, the error is unraisable and names
 * the finalize object, whose repr says dead (the entry was popped first):
 * `Exception ignored in: <finalize object at 0x...; dead>`.
 *
 * runAtExit(heap) is `_exitfunc`: with gc disabled, call the live
 * finalizers whose `atexit` is true, newest first, re-selecting when new
 * ones were created meanwhile; errors go to an excepthook (sys.excepthook:
 * a plain traceback, no "Exception ignored"); finally `_shutdown = True`,
 * after which finalizers no longer call their func.
 *
 * Calls use `heap.host.call(heap, func, args, kwargs)`.
 */
import {
  DictObject,
  PyException,
  PyObject,
  TupleObject,
  clearWeakRefs,
  isObject,
  type Heap,
  type HostCallable,
  type Value,
  type Visit,
} from '../heap';
import type { Collector } from '../gc';
import { derefWeakref, newRef, type WeakRef } from './reference-type';

/** The per-heap class attributes of `finalize`. */
interface FinalizeState {
  /** `_registry`: finalize -> _Info (host-held, never released). */
  registry: DictObject;
  /** `_shutdown` */
  shutdown: boolean;
  /** `_index_iter` */
  nextIndex: number;
  /** `_dirty` */
  dirty: boolean;
  /** `_registered_with_atexit` */
  registeredWithAtexit: boolean;
  /** The empty tuple `()` (a singleton in CPython). */
  emptyTuple: TupleObject;
}

const states = new WeakMap<Heap, FinalizeState>();
/** What `import atexit; atexit.register(self._exitfunc)` does on each heap (set by the host). */
const atexitRegistrars = new WeakMap<Heap, () => void>();

/**
 * finalize.__init__ registers `_exitfunc` with atexit when the first
 * finalize object is made (`_registered_with_atexit`), so atexit handlers
 * registered before it run after it and later ones before it. The host's
 * atexit module supplies `register`, which must arrange for runAtExit to be
 * called at that point of its LIFO order.
 */
export function setAtexitRegistrar(heap: Heap, register: () => void): void {
  atexitRegistrars.set(heap, register);
}

/** `_shutdown` set on a heap that never had a finalizer. */
const shutdownOnly = new WeakSet<Heap>();

/** The heap's finalize state, created (registry dict, empty tuple) at first use. */
function stateOf(heap: Heap): FinalizeState {
  let st = states.get(heap);
  if (st === undefined) {
    st = {
      registry: heap.newDict(),
      shutdown: shutdownOnly.has(heap),
      nextIndex: 0,
      dirty: false,
      registeredWithAtexit: false,
      emptyTuple: heap.newTuple([]),
    };
    states.set(heap, st);
  }
  return st;
}

/** `finalize._Info`: a slotted instance (tracked, not weakly referenceable). */
export class FinalizeInfo extends PyObject {
  weakref: WeakRef | undefined = undefined;
  func: Value | undefined = undefined;
  args: TupleObject | undefined = undefined;
  /** A dict, or None when no keyword arguments were given. */
  kwargs: Value | undefined = undefined;
  atexit = true;
  index = 0;

  get typeName(): string {
    return '_Info';
  }

  override traverse(visit: Visit): void {
    for (const v of [this.weakref, this.func, this.args, this.kwargs]) if (isObject(v as Value)) visit(v as PyObject);
  }

  /** clear_slots, in declaration order: weakref, func, args, kwargs. */
  override clear(heap: Heap): void {
    const held = [this.weakref, this.func, this.args, this.kwargs];
    this.weakref = undefined;
    this.func = undefined;
    this.args = undefined;
    this.kwargs = undefined;
    for (const v of held) if (v !== undefined) heap.decref(v);
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    this.clear(heap);
    heap.free(this);
    heap.trashcanEnd();
  }
}

/** A `weakref.finalize` object. */
export class Finalize extends PyObject implements HostCallable {
  get typeName(): string {
    return 'finalize';
  }

  /** f(_=None): see finalizeCall. */
  callHost(heap: Heap, args: Value[], kwargs?: Array<[string, Value]>): Value {
    if (args.length > 1) {
      throw new PyException('TypeError', `finalize.__call__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
    }
    if (kwargs !== undefined && kwargs.length > 0 && kwargs[0][0] !== '_') {
      throw new PyException('TypeError', `finalize.__call__() got an unexpected keyword argument '${kwargs[0][0]}'`);
    }
    return finalizeCall(heap, this);
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    heap.free(this);
  }
}

/**
 * finalize(obj, func, *args, **kwargs): returns a new reference to the
 * finalize object (the registry holds another). TypeError if `obj` cannot
 * be weakly referenced.
 */
export function newFinalize(
  heap: Heap,
  obj: Value,
  func: Value,
  args: readonly Value[] = [],
  kwargs: ReadonlyArray<readonly [string, Value]> = [],
): Finalize {
  const self = newUnregisteredFinalize(heap);
  try {
    initFinalize(heap, self, obj, func, args, kwargs);
  } catch (e) {
    heap.decref(self);
    throw e;
  }
  return self;
}

/** A finalize object not yet in the registry (a new reference). */
function newUnregisteredFinalize(heap: Heap): Finalize {
  heap.reserve();
  const self = heap.register(new Finalize());
  heap.track(self);
  return self;
}

/**
 * finalize.__init__ on an allocated finalize object (also an instance of a
 * subclass): register `(ref(obj, self), func, args, kwargs)` in the
 * registry. On failure nothing is registered; the caller owns `self`.
 */
export function initFinalize(
  heap: Heap,
  self: Finalize,
  obj: Value,
  func: Value,
  args: readonly Value[] = [],
  kwargs: ReadonlyArray<readonly [string, Value]> = [],
): void {
  const st = stateOf(heap);
  {
    const argsTuple = args.length === 0 ? st.emptyTuple : heap.newTuple([...args]);
    if (args.length === 0) heap.incref(argsTuple);
    const kw = heap.newDict();
    for (const [k, v] of kwargs) kw.set(heap, k, v);
    try {
      if (!st.registeredWithAtexit) {
        atexitRegistrars.get(heap)?.();
        st.registeredWithAtexit = true;
      }
      heap.reserve();
      const info = heap.register(new FinalizeInfo());
      heap.track(info);
      try {
        info.weakref = newRef(heap, obj, self);
        heap.incref(func);
        info.func = func;
        heap.incref(argsTuple);
        info.args = argsTuple;
        if (kw.used > 0) {
          heap.incref(kw);
          info.kwargs = kw;
        } else {
          info.kwargs = null;
        }
        info.atexit = true;
        info.index = st.nextIndex++;
        st.registry.set(heap, self, info);
        st.dirty = true;
      } finally {
        heap.decref(info);
      }
    } finally {
      heap.decref(kw);
      heap.decref(argsTuple);
    }
  }
}

/** `_registry.get(self)` (borrowed), or undefined. */
function infoOf(heap: Heap, f: Finalize): FinalizeInfo | undefined {
  return states.get(heap)?.registry.get(heap, f) as FinalizeInfo | undefined;
}

/**
 * f(): pop the registry entry; if there was one and finalizers are not
 * shut down, return func(*args, **kwargs) (a new reference); else None.
 */
export function finalizeCall(heap: Heap, f: Finalize): Value {
  f.assertLive('finalizeCall');
  const st = states.get(heap);
  if (st === undefined) return null;
  const info = st.registry.pop(heap, f) as FinalizeInfo | undefined;
  if (info === undefined) return null;
  try {
    if (st.shutdown) return null;
    const kwargs = isObject(info.kwargs as Value) ? (info.kwargs as DictObject).entries().map(([k, v]) => [String(k), v] as [string, Value]) : undefined;
    return heap.host.call(heap, info.func as Value, [...(info.args as TupleObject).items], kwargs);
  } finally {
    heap.decref(info);
  }
}

/** f.detach(): (obj, func, args, kwargs) and the finalizer is dead; or None. */
export function finalizeDetach(heap: Heap, f: Finalize): Value {
  f.assertLive('finalizeDetach');
  const st = states.get(heap);
  const info = infoOf(heap, f);
  if (st === undefined || info === undefined) return null;
  const obj = derefWeakref(heap, info.weakref as WeakRef);
  if (obj === null) return null;
  try {
    heap.incref(info);
    const popped = st.registry.pop(heap, f);
    if (popped === undefined) {
      heap.decref(info);
      return null;
    }
    heap.decref(popped);
    try {
      return peekTuple(heap, obj, info);
    } finally {
      heap.decref(info);
    }
  } finally {
    heap.decref(obj);
  }
}

/** f.peek(): (obj, func, args, kwargs) while alive, or None. */
export function finalizePeek(heap: Heap, f: Finalize): Value {
  f.assertLive('finalizePeek');
  const info = infoOf(heap, f);
  if (info === undefined) return null;
  const obj = derefWeakref(heap, info.weakref as WeakRef);
  if (obj === null) return null;
  try {
    return peekTuple(heap, obj, info);
  } finally {
    heap.decref(obj);
  }
}

/** (obj, info.func, info.args, info.kwargs or {}) */
function peekTuple(heap: Heap, obj: Value, info: FinalizeInfo): TupleObject {
  const kwargs = isObject(info.kwargs as Value) ? (info.kwargs as Value) : heap.newDict();
  if (isObject(info.kwargs as Value)) heap.incref(kwargs);
  try {
    return heap.newTuple([obj, info.func as Value, info.args as Value, kwargs]);
  } finally {
    heap.decref(kwargs);
  }
}

/** f.alive: is it still in the registry? */
export function finalizeAlive(heap: Heap, f: Finalize): boolean {
  f.assertLive('finalizeAlive');
  return states.get(heap)?.registry.has(heap, f) ?? false;
}

/** f.atexit (getter): `bool(info) and info.atexit`. */
export function finalizeGetAtexit(heap: Heap, f: Finalize): boolean {
  f.assertLive('finalizeGetAtexit');
  const info = infoOf(heap, f);
  return info !== undefined && info.atexit;
}

/** f.atexit = value (ignored once dead). */
export function finalizeSetAtexit(heap: Heap, f: Finalize, value: boolean): void {
  f.assertLive('finalizeSetAtexit');
  const info = infoOf(heap, f);
  if (info !== undefined) info.atexit = value;
}

/**
 * repr(f): `<finalize object at ADDR; for 'TYPE' at ADDR>` while the
 * referent lives, `<finalize object at ADDR; dead>` after. `address` gives
 * the fake address the client layer prints for an object.
 */
export function finalizeRepr(heap: Heap, f: Finalize, address: (o: PyObject) => string): string {
  const info = infoOf(heap, f);
  const obj = info === undefined ? null : derefWeakref(heap, info.weakref as WeakRef);
  if (obj === null) return `<finalize object at ${address(f)}; dead>`;
  try {
    return `<finalize object at ${address(f)}; for '${(obj as PyObject).typeName}' at ${address(obj as PyObject)}>`;
  } finally {
    heap.decref(obj);
  }
}

/** finalize._shutdown for this heap. */
export function finalizeIsShutdown(heap: Heap): boolean {
  return states.get(heap)?.shutdown ?? shutdownOnly.has(heap);
}

/** The live finalize objects of this heap, oldest first (borrowed). */
export function liveFinalizers(heap: Heap): Finalize[] {
  const st = states.get(heap);
  if (st === undefined) return [];
  return st.registry
    .entries()
    .map(([f, i]) => [f as Finalize, (i as FinalizeInfo).index] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([f]) => f);
}

/** sys.excepthook for runAtExit: receives the error and the finalizer that raised it. */
export type ExceptHook = (error: PyException, finalizer: Finalize) => void;

/** Options of runAtExit. */
export interface RunAtExitOptions {
  /** gc is disabled while the finalizers run, then re-enabled (if it was). */
  collector?: Collector;
}

/**
 * finalize._exitfunc: call every live finalizer marked atexit, newest
 * first, re-selecting when new finalizers appear; then `_shutdown = True`.
 * Python errors go to `excepthook` (default: ignored); other errors
 * propagate.
 */
export function runAtExit(heap: Heap, excepthook?: ExceptHook, options: RunAtExitOptions = {}): void {
  const st = states.get(heap);
  const gc = options.collector;
  let reenable = false;
  try {
    if (st === undefined || st.registry.used === 0) return;
    if (gc !== undefined && gc.enabled) {
      reenable = true;
      gc.enabled = false;
    }
    let pending: Finalize[] | null = null;
    try {
      for (;;) {
        if (pending === null || st.dirty) {
          releaseAll(heap, pending);
          pending = selectForExit(heap, st);
          st.dirty = false;
        }
        const f = pending.pop();
        if (f === undefined) break;
        try {
          heap.decref(finalizeCall(heap, f));
        } catch (e) {
          if (!(e instanceof PyException)) throw e;
          if (excepthook !== undefined) excepthook(e, f);
        } finally {
          heap.decref(f);
        }
      }
    } finally {
      releaseAll(heap, pending);
    }
  } finally {
    if (st !== undefined) st.shutdown = true;
    else shutdownOnly.add(heap);
    if (reenable && gc !== undefined) gc.enabled = true;
  }
}

/** `_select_for_exit`: live atexit finalizers, oldest first (new references). */
function selectForExit(heap: Heap, st: FinalizeState): Finalize[] {
  const out = st.registry
    .entries()
    .filter(([, i]) => (i as FinalizeInfo).atexit)
    .sort((a, b) => (a[1] as FinalizeInfo).index - (b[1] as FinalizeInfo).index)
    .map(([f]) => f as Finalize);
  for (const f of out) heap.incref(f);
  return out;
}

function releaseAll(heap: Heap, fs: Finalize[] | null): void {
  if (fs === null) return;
  while (fs.length > 0) heap.decref(fs.pop()!);
}
