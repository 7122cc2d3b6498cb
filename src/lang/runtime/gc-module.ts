/**
 * The `gc` module as scenarios see it (Modules/gcmodule.c's gc_* functions),
 * a thin binding over the gc layer's Collector: no rule is implemented
 * twice.
 */
import { claimFunctions } from './modules/native-module';
import {
  ClassNamespaceDict,
  ClassObject,
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
import { FunctionObject, ModuleObject } from './function-object';
import { GeneratorObject } from './generator-object';
import { InstanceDict } from './instance-dict';
import { SetObject } from '../../heap/objects/set-object';
import { arity, kwarg } from './methods';
import { cIntArg, indexSizedArg, intFormatArg } from './c-integer-args';
import { indexOf } from './operators';
import { BuiltinFunction, ExceptionObject, FrameObject } from './native-objects';
import type { Kwargs, Runtime } from './runtime';

type Fn = (rt: Runtime, args: Value[], kwargs: Kwargs) => Value;

/** _Py_convert_optional_to_ssize_t: None, or anything with __index__ (gc.get_objects' generation). */
function optionalSsizeArg(rt: Runtime, v: Value): number | null {
  if (v === null) return null;
  const i = indexOf(rt, v);
  if (i === undefined) throw rt.typeError(`argument should be integer or None, not '${rt.typeName(v)}'`);
  return indexSizedArg(rt, i);
}

/** Everything `o` refers to, immediates included, in tp_traverse order (gc.get_referents). */
export function referentsOf(rt: Runtime, o: PyObject): Value[] {
  if (o instanceof ListObject || o instanceof TupleObject) return o.items.slice().reverse();
  if (o instanceof DictObject) {
    const entries = o.entries().flatMap(([k, v]) => (o.unicodeKeys ? [v] : [v, k]));
    if (o instanceof Instance) {
      const slot = (name: string) => o.slots[o.cls.slotNames.indexOf(name)];
      // defdict_traverse: the factory (None included), then the dict's own.
      if (o.cls.tpName === 'collections.defaultdict') return [slot('default_factory') ?? null, ...entries];
      if (o.cls.tpName === 'collections.OrderedDict') {
        // odict_traverse: the instance dict if made, each node's key in the odict's
        // order (gclab keeps it in __order only when it left the dict's order), then the dict's.
        const out: Value[] = o.ownDict !== null ? [o.ownDict] : [];
        const order = slot('_OrderedDict__order');
        for (const [k] of (order instanceof DictObject ? order : o).entries()) out.push(k);
        return [...out, ...entries];
      }
    }
    return entries;
  }
  if (o instanceof Instance) {
    const out: Value[] = [];
    if (o.constructor !== Instance && !(o instanceof ExceptionObject)) {
      // A builtin subclass (subtype_traverse): slots, attributes, the class, then the base's references.
      o.traverse((v) => out.push(v));
      return out;
    }
    if (o.cls.tpName !== null && o.slots.some((v) => v instanceof ListObject && v.embedded)) {
      // An instance of a class standing for a static C type that keeps its items in
      // blocks (deque): what deque_traverse visits -- the items left to right, and the
      // objects its other fields hold -- not the fields' plain numbers or None, nor the
      // type (a static type is not visited; heap C types such as SimpleQueue keep the
      // generic path below, which lists their type).
      for (const v of o.slots) {
        if (v instanceof ListObject && v.embedded) for (let i = v.items.length - 1; i >= 0; i--) out.push(v.items[i]);
        else if (isObject(v)) out.push(v);
      }
      for (const v of o.attrValues) if (isObject(v)) out.push(v);
      return out;
    }
    // A class standing for a heap C type with a dict (partial_traverse): the type first.
    const typeFirst = o.cls.instancesOwnDict;
    if (typeFirst) out.push(o.cls);
    for (const v of o.slots) if (v !== undefined) out.push(v);
    for (const v of o.attrValues) if (v !== undefined) out.push(v);
    if (o.ownDict !== null) out.push(o.ownDict);
    if (!typeFirst) out.push(o.cls);
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
  if (o instanceof FunctionObject) return functionReferents(rt, o);
  if (o instanceof ClassObject && o.heapType) {
    // subtype_traverse of a heap metaclass visits the metaclass first; then type_traverse:
    // tp_dict, tp_mro, tp_bases, tp_base (the namespace's values are the dict's referents,
    // not the class's; gclab keeps them on the class beside a stand-in dict).
    const out: Value[] = [];
    if (o.meta !== null) out.push(o.meta);
    if (o.namespaceDict !== null) out.push(o.namespaceDict);
    if (o.mroTuple !== null) out.push(o.mroTuple);
    if (o.basesTuple !== null) out.push(o.basesTuple);
    if (o.tpBase !== null) out.push(o.tpBase);
    return out;
  }
  const out: Value[] = [];
  if (o instanceof GeneratorObject) {
    // gen_traverse: gi_code, gi_name, gi_qualname, then the frame (_PyFrame_Traverse:
    // frame object, f_locals, f_func, f_code, locals), then gi_exc_state.
    const code = o.codeObject !== null ? rt.incref(o.codeObject) : o.codeScope === null ? undefined : rt.evaluator.codeObjectFor(o.codeScope, o.codeQualname, o.codeFilename, o.codeFirstLine);
    if (code !== undefined) pushBorrowedCode(rt, out, code);
    out.push(o.name, o.qualname);
    const func = o.body?.func;
    o.traverse((c) => {
      out.push(c);
      if (c === func && code !== undefined) out.push(code);
    });
    return out;
  }
  if (o instanceof FrameObject && o.live === null) {
    // frame_traverse of a frame it owns: f_back, then f_locals, f_func, f_code, the locals.
    o.traverse((c) => {
      out.push(c);
      if (c === o.func && o.code !== undefined) out.push(o.code);
    });
    return out;
  }
  o.traverse((c) => out.push(c));
  return out;
}

/** A code object from codeObjectFor (a new reference; the interpreter keeps one for its life) listed as borrowed. */
function pushBorrowedCode(rt: Runtime, out: Value[], code: Value): void {
  out.push(code);
  rt.decref(code);
}

/**
 * func_traverse's order: code, globals, builtins, module, defaults,
 * kwdefaults, doc, name, dict, closure, annotations, qualname (strings and
 * None included, as gc.get_referents lists them).
 */
function functionReferents(rt: Runtime, f: FunctionObject): Value[] {
  const out: Value[] = [];
  const c = f.code;
  pushBorrowedCode(rt, out, rt.evaluator.codeObjectFor(c.scope, c.qualname, c.filename, c.firstLineno));
  if (f.globals !== null) {
    out.push(f.globals);
    // func_builtins: the globals' __builtins__ as a dict.
    const b = f.globals.get(rt.heap, '__builtins__');
    if (b instanceof ModuleObject && b.dict !== null) out.push(b.dict);
    else if (b instanceof DictObject) out.push(b);
  }
  out.push(f.module);
  if (f.defaultsTuple !== null) out.push(f.defaultsTuple);
  out.push(f.doc, f.name);
  if (f.dict !== null) out.push(f.dict);
  if (f.closureTuple !== null) out.push(f.closureTuple);
  if (f.annotations !== null) out.push(f.annotations);
  out.push(f.qualname);
  return out;
}

const fns: Record<string, Fn> = {
  collect(rt, args, kwargs) {
    // gc_collect's clinic: _PyArg_UnpackKeywords (0 to 1 argument), then _PyLong_AsInt.
    if (args.length > 1) throw rt.typeError(`collect() takes at most 1 argument (${args.length} given)`);
    const g = args.length ? args[0] : (kwarg(kwargs, 'generation') ?? 2);
    return rt.gc.collect(cIntArg(rt, g));
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
    // PyArg_ParseTuple(args, "i|ii:set_threshold"): the count first, then each "i".
    if (args.length === 0) throw rt.typeError('set_threshold() takes at least 1 argument (0 given)');
    if (args.length > 3) throw rt.typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
    rt.gc.setThreshold(...args.map((a) => intFormatArg(rt, a)));
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
    const g = optionalSsizeArg(rt, args.length ? args[0] : (kwarg(kwargs, 'generation') ?? null));
    return rt.heap.newList(exposed(rt, rt.gc.getObjects(g).filter((o) => !isInternal(rt, o))));
  },
  get_referrers(rt, args) {
    return rt.heap.newList(exposed(rt, rt.gc.getReferrers(args).filter((o) => !isInternal(rt, o))));
  },
  get_referents(rt, args) {
    const out: Value[] = [];
    for (const a of args) if (isObject(a) && a.isGC) out.push(...referentsOf(rt, a));
    return rt.heap.newList(exposed(rt, out));
  },
  is_tracked(rt, args) {
    arity(rt, 'gc.is_tracked', args, 1, 1);
    const v = args[0];
    return isObject(v) && v.gcSlot >= 0;
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
    rt.gc.debug = cIntArg(rt, args[0]);
    return null;
  },
  get_debug: (rt) => rt.gc.debug,
};

/**
 * Objects handed to Python code: a heap type's tp_dict stand-in shows its
 * class's namespace from then on (ClassNamespaceDict.mirror).
 */
function exposed<T extends Value>(rt: Runtime, objs: T[]): T[] {
  for (const o of objs) if (o instanceof ClassNamespaceDict) o.mirror(rt.heap);
  return objs;
}

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
  claimFunctions(d, 'gc');
  const m = rt.heap.register(new ModuleObject('gc', d));
  return m;
}
