/**
 * The end of a run, as Py_FinalizeEx orders it (Python/pylifecycle.c,
 * 3.11), after the uncaught exception (if any) was printed and saved in
 * sys.last_type / last_value / last_traceback:
 *
 *   1. _PyAtExit_Call: atexit handlers, newest first (weakref.finalize's
 *      `_exitfunc` among them, at the place of the first finalize object);
 *   2. _PyGC_CollectIfEnabled: one collection while everything is intact;
 *   3. finalize_modules:
 *      a. finalize_modules_delete_special: sys.path, argv, ps1, ps2,
 *         last_type, last_value, last_traceback, ... set to None -- the
 *         saved traceback (and the frames and locals it holds) goes here;
 *      b. finalize_remove_modules: every sys.modules entry, in order
 *         (__main__ comes before every module a scenario imports), is
 *         remembered by a weak reference and replaced by None: a module
 *         nothing else holds dies now, and with it a namespace in no cycle;
 *      c. finalize_clear_modules_dict: sys.modules is emptied;
 *      d. _PyGC_CollectNoFail: module namespaces in cycles with their
 *         functions and classes are collected (gc.callbacks not called);
 *         then _PyGC_DumpShutdownStats: the ResourceWarning about what
 *         gc.garbage holds;
 *      e. finalize_modules_clear_weaklist: modules still alive, newest
 *         first, have their namespace wiped by _PyModule_ClearDict
 *         (sys and builtins excepted);
 *      f. finalize_clear_sys_builtins_dict: sys's namespace, then builtins';
 *      g. _PyGC_CollectNoFail once more.
 */
import { DictObject, PyException, type Value } from '../../heap';
import { DEBUG_SAVEALL, DEBUG_UNCOLLECTABLE } from '../../gc';
import { call } from '../runtime/calls';
import { ModuleObject } from '../runtime/function-object';
import { repr } from '../runtime/repr';
import { releaseException } from '../runtime/lang-host';
import type { Interpreter } from './interpreter';

/** The sys attributes finalize_modules_delete_special sets to None, in its order. */
const SYS_DELETES = [
  'path',
  'argv',
  'ps1',
  'ps2',
  'last_type',
  'last_value',
  'last_traceback',
  'path_hooks',
  'path_importer_cache',
  'meta_path',
  '__interactivehook__',
];

/** finalize_modules (steps 3a-3g above). */
export function finalizeModules(ip: Interpreter, sysDict: DictObject): void {
  const heap = ip.heap;
  const swallow = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      ip.heap.host.writeUnraisable(heap, e, undefined);
    }
  };
  for (const name of SYS_DELETES) swallow(() => sysDict.set(heap, name, null));
  const modules = ip.imports.modules;
  // The warnings machinery _PyGC_DumpShutdownStats uses (CPython's C _warnings
  // state outlives the Python module): its warn_explicit, held until then --
  // only when there will be something to report (gc.garbage is only filled by
  // the program or under DEBUG_SAVEALL, when nothing is reported), since the
  // function keeps the warnings module's namespace, and what it holds (a
  // program's showwarning and that function's globals), out of the collection.
  const dumpNeeded = (ip.gc.debug & DEBUG_SAVEALL) === 0 && ip.gc.garbage.items.length > 0;
  const warnExplicit = dumpNeeded ? warningsFunction(ip, modules) : undefined;
  // finalize_remove_modules: PyDict_Next over the live dict, entries set to None
  // (`io` among the first: tracebacks show no source lines from here on).
  ip.modulesRemoved = true;
  const weaklist: Array<[string, ModuleObject]> = [];
  for (let i = modules.nextIndex(0); i >= 0; i = modules.nextIndex(i + 1)) {
    const name = modules.keys[i];
    const mod = modules.values[i];
    if (!(mod instanceof ModuleObject) || typeof name !== 'string') continue;
    weaklist.push([name, mod]);
    swallow(() => modules.set(heap, name, null));
  }
  swallow(() => clearDict(ip, modules));
  swallow(() => ip.gc.collectNoFail());
  // Dump GC stats before it's too late, since it uses the warnings machinery.
  swallow(() => dumpShutdownStats(ip, warnExplicit));
  if (warnExplicit !== undefined) heap.decref(warnExplicit);
  // finalize_modules_clear_weaklist: modules imported later first.
  for (let i = weaklist.length - 1; i >= 0; i--) {
    const mod = weaklist[i][1];
    if (mod.isDead || mod.dict === null) continue;
    if (mod.dict === sysDict || mod.dict === ip.builtins) continue;
    heap.incref(mod);
    swallow(() => clearModuleDict(ip, mod.dict!));
    heap.decref(mod);
  }
  swallow(() => clearModuleDict(ip, sysDict));
  swallow(() => clearModuleDict(ip, ip.builtins));
  ip.imports.releasePreloaded();
  swallow(() => ip.gc.collectNoFail());
}

/**
 * _PyGC_DumpShutdownStats: when gc.garbage is not empty (and DEBUG_SAVEALL
 * is off), a ResourceWarning from "gc" line 0 -- `gc: N uncollectable
 * objects at shutdown; use gc.set_debug(gc.DEBUG_UNCOLLECTABLE) to list
 * them`, shortened when that flag is on, which also writes the repr of
 * gc.garbage to stderr. The warning goes through the warnings filters
 * (ignored by default; `-W d` shows it as `gc:0: ResourceWarning: ...`):
 * warnings.warn_explicit of the warnings module (imported at start-up when
 * there are -W options, as pymain_run_python imports it); without one the
 * default filters apply, which ignore ResourceWarning.
 */
function warningsFunction(ip: Interpreter, modules: DictObject): Value | undefined {
  const m = modules.get(ip.heap, 'warnings');
  if (!(m instanceof ModuleObject) || m.dict === null) return undefined;
  const f = m.dict.get(ip.heap, 'warn_explicit');
  if (f === undefined) return undefined;
  ip.heap.incref(f);
  return f;
}

function dumpShutdownStats(ip: Interpreter, warnExplicit: Value | undefined): void {
  const gc = ip.gc;
  const garbage = gc.garbage;
  if ((gc.debug & DEBUG_SAVEALL) !== 0 || garbage.items.length === 0) return;
  const n = garbage.items.length;
  const listed = (gc.debug & DEBUG_UNCOLLECTABLE) !== 0;
  const message = listed
    ? `gc: ${n} uncollectable objects at shutdown`
    : `gc: ${n} uncollectable objects at shutdown; use gc.set_debug(gc.DEBUG_UNCOLLECTABLE) to list them`;
  const rt = ip.rt;
  // No warnings module: the default filters, which ignore ResourceWarning
  // (with -W options the module was imported at start-up, as pymain does).
  if (warnExplicit !== undefined) rt.decref(call(rt, warnExplicit, [message, rt.types.get('ResourceWarning'), 'gc', 0, 'gc']));
  if (listed) rt.err(`      ${repr(rt, garbage)}\n`);
}

/** PyDict_Clear: entries released in insertion order. */
function clearDict(ip: Interpreter, d: DictObject): void {
  for (let i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) d.removeAt(ip.heap, i);
}

/**
 * _PyModule_ClearDict: names starting with one underscore are set to
 * None first, then every other name except __builtins__, each pass in
 * dict order over the live dict; values already None are skipped. Errors
 * are reported as unraisable and the wipe goes on.
 */
export function clearModuleDict(ip: Interpreter, d: DictObject): void {
  const heap = ip.heap;
  if (d.isDead) return;
  heap.incref(d);
  try {
    for (const firstPass of [true, false]) {
      for (let i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
        const k = d.keys[i];
        if (typeof k !== 'string' || d.values[i] === null) continue;
        const single = k.length >= 1 && k[0] === '_' && k[1] !== '_';
        if (firstPass ? !single : k === '__builtins__') continue;
        try {
          d.set(heap, k, null);
        } catch (e) {
          if (!(e instanceof PyException)) throw e;
          heap.host.writeUnraisable(heap, e, undefined);
        }
      }
    }
  } finally {
    heap.decref(d);
  }
}

/** PyErr_Print's set_sys_last_vars: the uncaught exception stays alive in sys until finalize_modules. */
export function saveLastException(ip: Interpreter, sysDict: DictObject, e: PyException, exc: import('../runtime/native-objects').ExceptionObject): void {
  const heap = ip.heap;
  sysDict.set(heap, 'last_type', exc.cls);
  sysDict.set(heap, 'last_value', exc);
  sysDict.set(heap, 'last_traceback', exc.exc[1] ?? null);
  releaseException(ip.rt, e);
}
