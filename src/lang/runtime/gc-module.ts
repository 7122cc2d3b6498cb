/**
 * The `gc` module as scenarios see it (Modules/gcmodule.c's gc_* functions),
 * a thin binding over the gc layer's Collector: no rule is implemented
 * twice.
 */
import {
  
  DictObject,
  FINALIZED,
  Instance,
  ListObject,
  TupleObject,
  isObject,
  type PyObject,
  type Value,
} from '../../heap';
import { DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE } from '../../gc';
import { ModuleObject } from './function-object';
import { InstanceDict } from './instance-dict';
import { SetObject } from '../../heap/objects/set-object';
import { arity, kwarg } from './methods';
import { BuiltinFunction, ExceptionObject } from './native-objects';
import type { Kwargs, Runtime } from './runtime';

type Fn = (rt: Runtime, args: Value[], kwargs: Kwargs) => Value;

function intArg(rt: Runtime, v: Value): number {
  if (typeof v === 'number' || typeof v === 'boolean') return +v;
  throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
}

/** Everything `o` refers to, immediates included, in tp_traverse order (gc.get_referents). */
export function referentsOf(rt: Runtime, o: PyObject): Value[] {
  if (o instanceof ListObject || o instanceof TupleObject) return o.items.slice().reverse();
  if (o instanceof DictObject) return o.entries().flatMap(([k, v]) => (o.unicodeKeys ? [v] : [v, k]));
  if (o instanceof Instance) {
    const out: Value[] = [];
    if (o.constructor !== Instance && !(o instanceof ExceptionObject)) {
      // A builtin subclass (subtype_traverse): slots, attributes, the class, then the base's references.
      o.traverse((v) => out.push(v));
      return out;
    }
    for (const v of o.slots) if (v !== undefined) out.push(v);
    for (const v of o.attrValues) if (v !== undefined) out.push(v);
    if (o.ownDict !== null) out.push(o.ownDict);
    out.push(o.cls);
    return out;
  }
  if (o instanceof SetObject) return o.keys().slice();
  // An instance's __dict__ (3.11 split/inline values): dict_traverse visits the
  // values only, since every key is a str.
  if (o instanceof InstanceDict) {
    const inst = o.inst;
    if (inst instanceof Instance) return inst.attrValues.filter((v): v is Value => v !== undefined);
    return inst.attrNames().map((k) => inst.getAttr(k) as Value);
  }
  const out: Value[] = [];
  o.traverse((c) => out.push(c));
  return out;
}

const fns: Record<string, Fn> = {
  collect(rt, args, kwargs) {
    arity(rt, 'collect', args, 0, 1);
    const g = args.length ? args[0] : (kwarg(kwargs, 'generation') ?? 2);
    return rt.gc.collect(intArg(rt, g));
  },
  enable(rt) {
    rt.gc.enabled = true;
    return null;
  },
  disable(rt) {
    rt.gc.enabled = false;
    return null;
  },
  isenabled: (rt) => rt.gc.enabled,
  get_threshold: (rt) => rt.newTuple(rt.gc.getThreshold()),
  set_threshold(rt, args) {
    rt.gc.setThreshold(...args.map((a) => intArg(rt, a)));
    return null;
  },
  get_count: (rt) => rt.newTuple(rt.gc.getCount()),
  get_stats(rt) {
    return rt.listSteal(
      rt.gc.stats.map((s) => {
        const d = rt.heap.newDict();
        d.set(rt.heap, 'collections', s.collections);
        d.set(rt.heap, 'collected', s.collected);
        d.set(rt.heap, 'uncollectable', s.uncollectable);
        return d;
      }),
    );
  },
  get_objects(rt, args, kwargs) {
    if (args.length > 1) throw rt.typeError(`get_objects() takes at most 1 argument (${args.length} given)`);
    const g = args.length ? args[0] : (kwarg(kwargs, 'generation') ?? null);
    // _Py_convert_optional_to_ssize_t
    if (g !== null && typeof g !== 'number') throw rt.typeError(`argument should be integer or None, not '${rt.typeName(g)}'`);
    return rt.heap.newList(rt.gc.getObjects(g).filter((o) => !isInternal(rt, o)));
  },
  get_referrers(rt, args) {
    return rt.heap.newList(rt.gc.getReferrers(args).filter((o) => !isInternal(rt, o)));
  },
  get_referents(rt, args) {
    const out: Value[] = [];
    for (const a of args) if (isObject(a) && a.isGC) out.push(...referentsOf(rt, a));
    return rt.heap.newList(out);
  },
  is_tracked(rt, args) {
    arity(rt, 'gc.is_tracked', args, 1, 1);
    const v = args[0];
    return isObject(v) && v.gcPrev !== null;
  },
  is_finalized(rt, args) {
    arity(rt, 'gc.is_finalized', args, 1, 1);
    const v = args[0];
    return isObject(v) && v.isGC && (v.flags & FINALIZED) !== 0;
  },
  freeze(rt) {
    rt.gc.freeze();
    return null;
  },
  unfreeze(rt) {
    rt.gc.unfreeze();
    return null;
  },
  get_freeze_count: (rt) => rt.gc.getFreezeCount(),
  set_debug(rt, args) {
    arity(rt, 'gc.set_debug', args, 1, 1);
    rt.gc.debug = intArg(rt, args[0]);
    return null;
  },
  get_debug: (rt) => rt.gc.debug,
};

/** The interpreter's own bookkeeping objects are hidden from gc.get_objects. */
function isInternal(rt: Runtime, o: PyObject): boolean {
  return rt.internalObjects.has(o);
}

/** The METH_NOARGS functions: `gc.enable() takes no arguments (1 given)`. */
const NO_ARGS = new Set(['enable', 'disable', 'isenabled', 'get_threshold', 'get_count', 'get_stats', 'freeze', 'unfreeze', 'get_freeze_count', 'get_debug']);

export function makeGcModule(rt: Runtime): ModuleObject {
  const d = rt.heap.newDict();
  for (const [name, f] of Object.entries(fns)) {
    rt.heap.reserve();
    const impl: Fn = NO_ARGS.has(name)
      ? (rt2, args, kwargs) => {
          if (args.length > 0) throw rt2.typeError(`gc.${name}() takes no arguments (${args.length} given)`);
          return f(rt2, args, kwargs);
        }
      : f;
    const fn = rt.heap.register(new BuiltinFunction(name, (args, kwargs) => impl(rt, args, kwargs), undefined));
    rt.heap.track(fn);
    d.set(rt.heap, name, fn);
    rt.heap.decref(fn);
  }
  d.set(rt.heap, 'garbage', rt.gc.garbage);
  d.set(rt.heap, 'callbacks', rt.gc.callbacks);
  d.set(rt.heap, 'DEBUG_STATS', DEBUG_STATS);
  d.set(rt.heap, 'DEBUG_COLLECTABLE', DEBUG_COLLECTABLE);
  d.set(rt.heap, 'DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE);
  d.set(rt.heap, 'DEBUG_SAVEALL', DEBUG_SAVEALL);
  d.set(rt.heap, 'DEBUG_LEAK', DEBUG_LEAK);
  rt.heap.reserve();
  const m = rt.heap.register(new ModuleObject('gc', d));
  return m;
}
