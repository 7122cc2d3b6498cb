/**
 * The class statement (Python/bltinmodule.c builtin___build_class__):
 * evaluate the bases and the class keywords, choose the metaclass (the
 * `metaclass=` keyword, else the first base's type, then the most derived
 * of them: _PyType_CalculateMetaclass), get the namespace from the
 * metaclass's __prepare__(name, bases, **kw), run the body in it, store
 * the `__class__` cell as `__classcell__` (for methods that use super()),
 * and call metaclass(name, bases, namespace, **kw). type.__new__ (in
 * runtime/type-new.ts) does the rest: __slots__, __set_name__,
 * __init_subclass__.
 */
import { cTypeName, isHeapCType } from '../runtime/c-implemented';
import { asFrameNamespace, isMappingNamespace, mappingGet, mappingSet } from './namespace-mapping';
import { ClassObject, DictObject, Instance, PyException, TupleObject, type Value } from '../../heap';
import { repr } from '../runtime/repr';
import { isIterable, toArrayWithHint } from '../runtime/operators';
import { lookupAttr } from '../runtime/attributes';
import { call } from '../runtime/calls';
import type { Kwargs } from '../runtime/runtime';
import { calculateMetaclass } from '../runtime/type-new';
import type * as A from '../syntax/ast';
import { codeBlockFunction, evalExpr } from './eval-expressions';
import { addTraceback } from './exceptions';
import { traceCall, traceLine, traceReturn } from './sys-trace';
import { execBlock, setupAnnotations } from './exec-statements';
import { qualnameFor } from './exec-statements';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/** Evaluate the class keywords (`name=value` and `**mapping`), in order. */
function evalKeywords(ip: Interpreter, frame: Frame, keywords: A.Keyword[], out: Array<[string, Value]>): void {
  const rt = ip.rt;
  for (const k of keywords) {
    const v = evalExpr(ip, frame, k.value);
    if (k.name !== null) {
      out.push([k.name, v]);
      continue;
    }
    try {
      if (!(v instanceof DictObject)) throw rt.typeError(`argument after ** must be a mapping, not ${rt.typeName(v)}`);
      for (const [n, x] of v.entries()) {
        if (typeof n !== 'string') throw rt.typeError('keywords must be strings');
        if (out.some(([m]) => m === n)) throw rt.typeError(`__build_class__() got multiple values for keyword argument '${n}'`);
        out.push([n, rt.incref(x)]);
      }
    } finally {
      rt.decref(v);
    }
  }
}

/** Make the class of a class statement: a new reference. */
export function makeClass(ip: Interpreter, frame: Frame, s: A.ClassDef): Value {
  const rt = ip.rt;
  const heap = ip.heap;
  const bases: Value[] = [];
  const kwargs: Array<[string, Value]> = [];
  let meta: Value | undefined;
  let basesTuple: Value | undefined;
  let ns: Value | undefined;
  let origBases: Value | undefined;
  // LOAD_BUILD_CLASS, MAKE_FUNCTION of the body (before the bases are
  // evaluated); the CALL of __build_class__ releases it after the class is
  // made, before the bases.
  const bodyFn = codeBlockFunction(ip, frame, s.scope!, s.name, qualnameFor(frame, s.name), s.line);
  try {
    for (const b of s.bases) {
      if (b.kind !== 'Starred') {
        bases.push(evalExpr(ip, frame, b));
        continue;
      }
      // `class C(*bases)`: __build_class__(func, name, *bases) builds its arguments with LIST_EXTEND.
      const v = evalExpr(ip, frame, b.value);
      try {
        if (!isIterable(rt, v)) throw rt.typeError(`Value after * must be an iterable, not ${rt.typeName(v)}`);
        bases.push(...toArrayWithHint(rt, v));
      } finally {
        rt.decref(v);
      }
    }
    evalKeywords(ip, frame, s.keywords, kwargs);
    // __build_class__'s CALL is located at the whole class statement (its errors' traceback position).
    frame.expr = s;
    if (bases.some((b) => !(b instanceof ClassObject))) origBases = updateBases(ip, bases);
    const mi = kwargs.findIndex(([k]) => k === 'metaclass');
    if (mi >= 0) meta = kwargs.splice(mi, 1)[0][1];
    else meta = rt.incref(bases.length ? rt.typeOf(bases[0]) : rt.types.get('type'));
    if (meta instanceof ClassObject) {
      const winner = calculateMetaclass(rt, meta, bases);
      if (winner !== meta) {
        rt.incref(winner);
        rt.decref(meta);
        meta = winner;
      }
    }
    basesTuple = rt.newTuple(bases);
    ns = prepareNamespace(ip, meta, s.name, basesTuple, kwargs.length ? kwargs : null);
    const qualname = qualnameFor(frame, s.name);
    // The class body's first instructions, `__module__ = __name__` and
    // `__qualname__ = ...`: through the mapping protocol when __prepare__
    // gave a dict subclass (LOAD_NAME tries the namespace before globals).
    const namespace = asFrameNamespace(ns);
    const viaMapping = isMappingNamespace(ns);
    const store = (name: string, v: Value): void => (viaMapping ? mappingSet(ip, namespace, name, v) : namespace.set(heap, name, v));
    const fromNs = viaMapping ? mappingGet(ip, namespace, '__name__') : undefined;
    const moduleName = fromNs ?? frame.globals.get(heap, '__name__');
    try {
      store('__module__', moduleName ?? '__main__');
    } finally {
      if (fromNs !== undefined) rt.decref(fromNs);
    }
    store('__qualname__', qualname);
    setupAnnotations(ip, namespace, s.body);
    // compiler_class: a leading string literal is stored as __doc__.
    const first = s.body[0];
    if (first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string' && first.value.bytes !== true) {
      store('__doc__', first.value.value);
    }
    const scope = s.scope!;
    const body = ip.newFrame(scope, frame.globals, namespace, s.name, frame.filename);
    (body as Frame & { qualname?: string }).qualname = qualname;
    body.line = s.line;
    for (let i = 0; i < scope.cellvars.length; i++) body.cells.push(ip.newCell(undefined));
    for (const i of scope.closure) {
      heap.incref(frame.cells[i]);
      body.cells.push(frame.cells[i]);
    }
    try {
      ip.pushFrame(body);
      try {
        // A trace function sees the body as a call, its first line the class statement's.
        if (ip.hooks.active) {
          traceCall(ip, body);
          traceLine(ip, body, s.line);
        }
        execBlock(ip, body, s.body);
        if (ip.hooks.active) traceReturn(ip, body, null);
      } catch (e) {
        const thrown = ip.hooks.active ? ip.traceUnwind(body, e) : e;
        // The class body is a frame of its own in the traceback.
        if (thrown instanceof PyException) addTraceback(rt, thrown, body);
        throw thrown;
      } finally {
        ip.popFrame();
      }
      // The compiler's `__classcell__ = <the __class__ cell>` at the end of
      // the body (STORE_NAME), and __build_class__'s PyMapping_SetItemString
      // of `__orig_bases__`: through the mapping protocol on a non-dict.
      if (scope.needsClassCell) store('__classcell__', body.cells[0]);
      if (origBases !== undefined) store('__orig_bases__', origBases);
      const cls = call(rt, meta, [s.name, basesTuple, ns], kwargs.length ? kwargs : null);
      // A class standing for a C type takes that type's tp_name (c-implemented.ts).
      if (cls instanceof ClassObject) {
        const tpName = cTypeName(scope);
        if (tpName !== undefined) cls.tpName = tpName;
        // PyType_FromSpec: a heap type's __module__ is its spec name's module part
        // (operator.itemgetter's is 'operator', though _operator defines it).
        if (tpName !== undefined && isHeapCType(tpName)) cls.setAttr(rt.heap, '__module__', tpName.slice(0, tpName.lastIndexOf('.')));
      }
      if (scope.needsClassCell && body.cells[0].value !== cls && cls instanceof ClassObject) {
        const shown = repr(rt, cls);
        rt.decref(cls);
        throw rt.error('RuntimeError', `__class__ not set defining '${s.name}' as ${shown}. Was __classcell__ propagated to type.__new__?`);
      }
      return cls;
    } finally {
      ip.releaseFrame(body);
    }
  } finally {
    rt.decref(ns);
    rt.decref(basesTuple);
    rt.decref(origBases);
    rt.decref(meta);
    rt.decref(bodyFn);
    for (const [, v] of kwargs) rt.decref(v);
    for (const b of bases) rt.decref(b);
  }
}

/**
 * meta.__prepare__(name, bases, **kw), or a new dict when the metaclass is
 * type itself: a dict, or any mapping (__build_class__'s PyMapping_Check:
 * a type with __getitem__), which the class body then reaches through the
 * mapping protocol.
 */
function prepareNamespace(ip: Interpreter, meta: Value, name: string, bases: Value, kwargs: Kwargs): Value {
  const rt = ip.rt;
  if (meta === rt.types.get('type')) return rt.heap.newDict();
  const prepare = lookupAttr(rt, meta, '__prepare__');
  if (prepare === undefined) return rt.heap.newDict();
  let ns: Value;
  try {
    ns = call(rt, prepare, [name, bases], kwargs);
  } finally {
    rt.decref(prepare);
  }
  if (!(ns instanceof DictObject)) {
    const t = rt.typeName(ns);
    // __build_class__'s PyMapping_Check: a type with __getitem__ (mp_subscript).
    const mapping =
      typeof ns === 'object' &&
      ns !== null &&
      (rt.slotsOf(ns).mp_subscript !== undefined || (ns instanceof Instance && ns.cls.lookup('__getitem__') !== undefined));
    if (!mapping) {
      rt.decref(ns);
      const metaName = meta instanceof ClassObject ? meta.name : '<metaclass>';
      throw rt.typeError(`${metaName}.__prepare__() must return a mapping, not ${t}`);
    }
  }
  return ns;
}

/**
 * update_bases (bltinmodule.c): each base that is not a class and has
 * `__mro_entries__` is replaced, in place in `bases` (owned references),
 * by the tuple that `base.__mro_entries__(orig_bases)` returns. Returns
 * the original bases as a tuple (a new reference) when anything changed,
 * for the namespace's `__orig_bases__`; else undefined.
 */
function updateBases(ip: Interpreter, bases: Value[]): Value | undefined {
  const rt = ip.rt;
  const orig = rt.newTuple(bases);
  let changed = false;
  try {
    for (let i = 0; i < bases.length; i++) {
      const b = bases[i];
      if (b instanceof ClassObject) continue;
      const meth = lookupAttr(rt, b, '__mro_entries__');
      if (meth === undefined) continue;
      let entries: Value;
      try {
        entries = call(rt, meth, [orig]);
      } finally {
        rt.decref(meth);
      }
      if (!(entries instanceof TupleObject)) {
        rt.decref(entries);
        throw rt.typeError('__mro_entries__ must return a tuple');
      }
      const items = entries.items.map((x) => rt.incref(x));
      rt.decref(entries);
      bases.splice(i, 1, ...items);
      rt.decref(b);
      i += items.length - 1;
      changed = true;
    }
  } catch (e) {
    rt.decref(orig);
    throw e;
  }
  if (changed) return orig;
  rt.decref(orig);
  return undefined;
}
