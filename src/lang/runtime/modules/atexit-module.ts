/**
 * The `atexit` module (Modules/atexitmodule.c, 3.11). The callbacks live
 * in the interpreter state (`interp->atexit`), not in the module: they are
 * references the runtime holds (GC roots), kept until every handler has
 * run. `weakref.finalize`'s `_exitfunc` is registered here when the first
 * finalize object is made, so it takes its place in the LIFO order.
 *
 * atexit_callfuncs: handlers run newest first; a failing handler is
 * reported as `Exception ignored in atexit callback: <func>` and the rest
 * still run; then atexit_cleanup releases every callback's func, args and
 * kwargs, oldest first.
 */
import { PyException, type Value } from '../../../heap';
import { call } from '../calls';
import type { Kwargs } from '../runtime';
import { eq } from '../operators';
import type { Runtime } from '../runtime';
import { addFunction, newNativeModule } from './native-module';
import type { ModuleObject } from '../function-object';

/** One registered handler; `hook` marks weakref.finalize's `_exitfunc`. */
interface ExitCallback {
  func: Value;
  args: Value[];
  kwargs: Kwargs;
  hook?: () => void;
}

interface AtexitState {
  /** Registration order; null marks an unregistered slot (atexit_delete_cb). */
  callbacks: Array<ExitCallback | null>;
  /** How a failing handler is reported (unraisable hook). */
  report: (e: PyException, func: Value) => void;
}

const states = new WeakMap<Runtime, AtexitState>();

function stateOf(rt: Runtime): AtexitState {
  let st = states.get(rt);
  if (st === undefined) {
    st = { callbacks: [], report: () => undefined };
    states.set(rt, st);
  }
  return st;
}

/** The interpreter's reporter for failing handlers (PyErr_WriteUnraisable with "in atexit callback"). */
export function setAtexitReporter(rt: Runtime, report: (e: PyException, func: Value) => void): void {
  stateOf(rt).report = report;
}

/** atexit.register(finalize._exitfunc): `run` is called at this handler's turn. */
export function registerExitHook(rt: Runtime, run: () => void): void {
  stateOf(rt).callbacks.push({ func: null, args: [], kwargs: null, hook: run });
}

/** _PyAtExit_Call: run the handlers LIFO, then release them (atexit_cleanup). */
export function callExitFuncs(rt: Runtime): void {
  const st = stateOf(rt);
  for (let i = st.callbacks.length - 1; i >= 0; i--) {
    const cb = st.callbacks[i];
    if (cb === null || cb === undefined) continue;
    if (cb.hook !== undefined) {
      cb.hook();
      continue;
    }
    // bpo-46025: the call may unregister the handler; keep the function alive.
    const func = rt.incref(cb.func);
    try {
      rt.decref(call(rt, cb.func, cb.args, cb.kwargs));
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      st.report(e, func);
    } finally {
      rt.decref(func);
    }
  }
  cleanup(rt, st);
}

/** atexit_cleanup: release every callback, oldest first. */
function cleanup(rt: Runtime, st: AtexitState): void {
  const all = st.callbacks;
  st.callbacks = [];
  for (const cb of all) if (cb !== null) releaseCallback(rt, cb);
}

function releaseCallback(rt: Runtime, cb: ExitCallback): void {
  rt.decref(cb.func);
  for (const a of cb.args) rt.decref(a);
  if (cb.kwargs !== null) for (const [, v] of cb.kwargs) rt.decref(v);
}

export function makeAtexitModule(rt: Runtime): ModuleObject {
  const st = stateOf(rt);
  return newNativeModule(rt, 'atexit', (d) => {
    addFunction(rt, d, 'register', (args, kwargs) => {
      if (args.length === 0) throw rt.typeError('register() takes at least 1 argument (0 given)');
      const func = args[0];
      if (!rt.isCallable(func)) throw rt.typeError('the first argument must be callable');
      const rest = args.slice(1);
      for (const a of args) rt.incref(a);
      const kw: Kwargs = kwargs === null || kwargs.length === 0 ? null : kwargs.map(([k, v]) => [k, rt.incref(v)]);
      st.callbacks.push({ func, args: rest, kwargs: kw });
      return rt.incref(func);
    }, '*');
    addFunction(rt, d, 'unregister', (args, kwargs) => {
      if (kwargs !== null && kwargs.length > 0) throw rt.typeError('unregister() takes no keyword arguments');
      if (args.length !== 1) throw rt.typeError(`atexit.unregister() takes exactly one argument (${args.length} given)`);
      for (let i = 0; i < st.callbacks.length; i++) {
        const cb = st.callbacks[i];
        if (cb === null || cb.hook !== undefined) continue;
        if (cb.func === args[0] || eq(rt, cb.func, args[0])) {
          st.callbacks[i] = null;
          releaseCallback(rt, cb);
        }
      }
      return null;
    });
    addFunction(rt, d, '_clear', (args) => {
      if (args.length !== 0) throw rt.typeError(`atexit._clear() takes no arguments (${args.length} given)`);
      cleanup(rt, st);
      return null;
    });
    addFunction(rt, d, '_run_exitfuncs', (args) => {
      if (args.length !== 0) throw rt.typeError(`atexit._run_exitfuncs() takes no arguments (${args.length} given)`);
      callExitFuncs(rt);
      return null;
    });
    addFunction(rt, d, '_ncallbacks', (args) => {
      if (args.length !== 0) throw rt.typeError(`atexit._ncallbacks() takes no arguments (${args.length} given)`);
      return st.callbacks.length; // unregistered slots still count, as in atexitmodule.c
    });
  });
}
