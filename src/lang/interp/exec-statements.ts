/**
 * Statement execution (the statement half of Python/ceval.c). Control flow
 * is a Signal returned by each statement; Python exceptions are JS throws
 * of PyException.
 *
 * Reference rules that decide when objects die:
 *  - `x = new`: the new value is stored, then the old one released;
 *  - an expression statement's result is released at once;
 *  - `except E as e:` binds e, and unbinds it when the handler ends
 *    (the exception and its traceback -- with the frames it keeps -- die
 *    then);
 *  - `del a, b` deletes left to right.
 */
import { hostStackRecursionError } from '../runtime/c-recursion';
import { ProcessExit } from '../runtime/process-exit';
import { isMappingNamespace, mappingDelete, mappingSet, mappingSetupAnnotations } from './namespace-mapping';
import { ClassObject, DictObject, PyException, TupleObject, type Value } from '../../heap';
import { FunctionObject } from '../runtime/function-object';
import { delAttr, setAttr, getAttr } from '../runtime/attributes';
import { inplaceOp } from '../runtime/arithmetic';
import { call } from '../runtime/calls';
import { releaseException } from '../runtime/lang-host';
import { ExceptionObject } from '../runtime/native-objects';
import { delItem, getItem, toArray, truthy } from '../runtime/operators';
import type * as A from '../syntax/ast';
import { checkSliceStep, evalExpr, evalSubscriptKey, evalSubscriptValue, loadName, nameError, sliceKeyObject, isCodeConstant } from './eval-expressions';
import { listAssignSlice, listDeleteSlice } from '../runtime/list-slice-assign';
import { addTraceback, fromObject, markReraised, materialize, setContextOf } from './exceptions';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { makeClass } from './class-body';
import { execMatch } from './match-statement';
import { handleStar } from './except-star';
import { annotatedParams, hasAnnotations } from '../syntax/ast-children';
import { enterContext, exitNormally, exitWithException } from './with-statement';
import { pyException } from '../runtime/calls';
import { isIterable, setItem } from '../runtime/operators';
import { ListObject } from '../../heap';
import { WeakProxy } from '../../weakref';
import { sliceIndices } from './eval-expressions';
import { traceDelete, traceStore } from './trace-hooks';
import { runLoop } from './compiled-code';
import { traceHandlerLine, traceLine } from './sys-trace';

export const enum Signal {
  Normal = 0,
  Break = 1,
  Continue = 2,
  Return = 3,
}

export function execBlock(ip: Interpreter, frame: Frame, body: A.Stmt[]): Signal {
  try {
    for (let i = 0; i < body.length; i++) {
      const sig = execStmt(ip, frame, body[i]);
      if (sig !== Signal.Normal) return sig;
    }
  } catch (e) {
    throw hostError(e);
  }
  return Signal.Normal;
}

/**
 * What an error thrown by Python code is as a Python exception: a JS
 * engine limit (RangeError) converted by hostLimitError, anything else as
 * it is. Used where an exception is looked at (see runBlock in
 * compiled-code.ts): converting twice changes nothing.
 */
export function hostError(e: unknown): unknown {
  return e instanceof RangeError ? hostLimitError(e) : e;
}

/**
 * A JS engine limit hit while running Python code, as the Python exception
 * CPython raises for the same situation (so `except` can catch it).
 */
export function hostLimitError(e: RangeError): Error {
  const m = e.message;
  if (m.includes('call stack')) return hostStackRecursionError();
  if (/Invalid code point/.test(m)) return new PyException('ValueError', 'chr() arg not in range(0x110000)');
  if (/BigInt/.test(m)) return new PyException('OverflowError', 'too many digits in integer');
  if (/Invalid (string|array|typed array) length|Array buffer allocation/.test(m)) return new PyException('MemoryError');
  return e;
}

/** The statement dispatch. */
export function execStmt(ip: Interpreter, frame: Frame, s: A.Stmt): Signal {
  ip.step();
  frame.line = s.line;
  frame.expr = s;
  if (ip.traceStatements !== null) ip.traceStatements.statement();
  if (ip.hooks.active) traceLine(ip, frame, s.line);
  const rt = ip.rt;
  switch (s.kind) {
    case 'Expr':
      if (frame.interactive === true) ip.displayHook(evalExpr(ip, frame, s.value));
      else rt.decref(evalExpr(ip, frame, s.value));
      return Signal.Normal;
    case 'Assign': {
      const v = evalExpr(ip, frame, s.value);
      // Each target but the last stores a copy (COPY 1); the last store consumes the value.
      const last = s.targets.length - 1;
      try {
        for (let i = 0; i < last; i++) assign(ip, frame, s.targets[i], v);
      } catch (err) {
        rt.decref(v);
        throw err;
      }
      assignSteal(ip, frame, s.targets[last], v);
      return Signal.Normal;
    }
    case 'AugAssign':
      augAssign(ip, frame, s);
      return Signal.Normal;
    case 'AnnAssign':
      annAssign(ip, frame, s);
      return Signal.Normal;
    case 'Delete':
      for (const t of s.targets) deleteTarget(ip, frame, t);
      return Signal.Normal;
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return Signal.Normal;
    case 'Break':
      return Signal.Break;
    case 'Continue':
      return Signal.Continue;
    case 'Return':
      frame.returnValue = s.value === null ? null : evalExpr(ip, frame, s.value);
      return Signal.Return;
    case 'If': {
      const t = condition(ip, frame, s.test);
      return execBlock(ip, frame, t ? s.body : s.orelse);
    }
    case 'While':
    case 'For':
      return runLoop(ip, frame, s);
    case 'FunctionDef':
      defineFunction(ip, frame, s);
      return Signal.Normal;
    case 'ClassDef': {
      const decorators = evalDecorators(ip, frame, s.decorators);
      let made: Value;
      try {
        made = makeClass(ip, frame, s);
      } catch (e) {
        for (let i = decorators.length - 1; i >= 0; i--) rt.decref(decorators[i]);
        throw e;
      }
      const cls = applyDecorators(ip, frame, s.decorators, decorators, made);
      try {
        storeName(ip, frame, s.resolution!, cls);
      } finally {
        rt.decref(cls);
      }
      return Signal.Normal;
    }
    case 'Try':
      return execTry(ip, frame, s);
    case 'With':
      return execWith(ip, frame, s, 0);
    case 'Match':
      return execMatch(ip, frame, s);
    case 'Raise': {
      const e = raiseStatement(ip, frame, s);
      frame.expr = s;
      throw e;
    }
    case 'Assert': {
      if (!condition(ip, frame, s.test)) {
        const at = assertRaisePosition(s);
        frame.expr = at;
        if (s.msg === null) throw new PyException('AssertionError');
        const m = evalExpr(ip, frame, s.msg);
        frame.expr = at;
        try {
          throw pyException(rt, 'AssertionError', [m]);
        } finally {
          rt.decref(m);
        }
      }
      return Signal.Normal;
    }
    case 'Import':
      for (const a of s.names) execImportAlias(ip, frame, a);
      return Signal.Normal;
    case 'ImportFrom':
      execImportFrom(ip, frame, s);
      return Signal.Normal;
  }
}

/**
 * `import a.b.c` binds the top-level package `a`; `import a.b.c as d`
 * binds the submodule, reached as 3.11 compiles it (IMPORT_NAME, then
 * IMPORT_FROM for each further component).
 */
function execImportAlias(ip: Interpreter, frame: Frame, a: A.Alias): void {
  const top = ip.imports.importName(a.name, frame.globals, null, 0);
  let v = top;
  try {
    if (a.asname !== null) {
      for (const part of a.name.split('.').slice(1)) {
        const next = ip.imports.importFrom(v, part);
        ip.rt.decref(v);
        v = next;
      }
    }
    storeName(ip, frame, a.resolution!, v);
  } finally {
    ip.rt.decref(v);
  }
}

/** `from m import a, b as c` (IMPORT_NAME with a fromlist, IMPORT_FROM each) and `from m import *` (IMPORT_STAR). */
function execImportFrom(ip: Interpreter, frame: Frame, s: A.ImportFrom): void {
  const fromlist = s.names.map((a) => a.name);
  const m = ip.imports.importName(s.module ?? '', frame.globals, fromlist, s.level);
  try {
    if (fromlist.length === 1 && fromlist[0] === '*') {
      ip.imports.importStar(m, frame.ns);
      return;
    }
    for (const a of s.names) {
      const v = ip.imports.importFrom(m, a.name);
      try {
        storeName(ip, frame, a.resolution!, v);
      } finally {
        ip.rt.decref(v);
      }
    }
  } finally {
    ip.rt.decref(m);
  }
}

/** Evaluate a test and take its truth, releasing the value. */
export function condition(ip: Interpreter, frame: Frame, e: A.Expr): boolean {
  const v = evalExpr(ip, frame, e);
  try {
    return truthy(ip.rt, v);
  } finally {
    ip.rt.decref(v);
  }
}

// ---- binding names ------------------------------------------------------------

/** Store `v` (borrowed; the binding takes its own reference) under a resolved name. */
export function storeName(ip: Interpreter, frame: Frame, r: A.Resolution, v: Value): void {
  const trace = ip.heap.trace;
  if (trace !== null) traceStore(ip, trace, frame, r, v, () => storeNameUntraced(ip, frame, r, v));
  else storeNameUntraced(ip, frame, r, v);
}

function storeNameUntraced(ip: Interpreter, frame: Frame, r: A.Resolution, v: Value): void {
  const heap = ip.heap;
  switch (r.kind) {
    case 'LOCAL': {
      heap.incref(v);
      const old = frame.locals[r.slot];
      frame.locals[r.slot] = v;
      if (old !== undefined) heap.decref(old);
      return;
    }
    case 'CELL':
    case 'FREE':
    case 'CLASS_DEREF':
      frame.cells[r.slot].set(heap, v);
      return;
    case 'GLOBAL_EXPLICIT':
    case 'GLOBAL_IMPLICIT':
      frame.globals.setStr(heap, r.name, v);
      return;
    case 'NAME':
      if (frame.nsIsMapping) mappingSet(ip, frame.ns, r.name, v);
      else frame.ns.setStr(heap, r.name, v);
      return;
  }
}

export function deleteName(ip: Interpreter, frame: Frame, r: A.Resolution): void {
  const trace = ip.heap.trace;
  if (trace !== null) traceDelete(ip, trace, frame, r, () => deleteNameUntraced(ip, frame, r));
  else deleteNameUntraced(ip, frame, r);
}

function deleteNameUntraced(ip: Interpreter, frame: Frame, r: A.Resolution): void {
  const heap = ip.heap;
  const unbound = () =>
    new PyException('UnboundLocalError', `cannot access local variable '${r.name}' where it is not associated with a value`);
  switch (r.kind) {
    case 'LOCAL': {
      const old = frame.locals[r.slot];
      if (old === undefined) throw unbound();
      frame.locals[r.slot] = undefined;
      heap.decref(old);
      return;
    }
    case 'CELL':
    case 'FREE':
    case 'CLASS_DEREF': {
      const cell = frame.cells[r.slot];
      if (cell.value === undefined) throw unbound();
      cell.set(heap, undefined);
      return;
    }
    case 'GLOBAL_EXPLICIT':
    case 'GLOBAL_IMPLICIT':
      if (!frame.globals.delete(heap, r.name)) throw nameError(r.name);
      return;
    case 'NAME':
      if (frame.nsIsMapping ? !mappingDelete(ip, frame.ns, r.name) : !frame.ns.delete(heap, r.name)) throw nameError(r.name);
      return;
  }
}

/** STORE_* for an assignment target; `v` is borrowed. */
export function assign(ip: Interpreter, frame: Frame, t: A.Expr, v: Value): void {
  ip.rt.incref(v);
  assignSteal(ip, frame, t, v);
}

/**
 * STORE_* for an assignment target, consuming the reference to `v` at the
 * moment the instruction does: STORE_SUBSCR releases the value, then the
 * container, then the key; STORE_ATTR the value, then the owner;
 * UNPACK_SEQUENCE/UNPACK_EX release the sequence before the items are
 * stored, and each store consumes its item.
 */
export function assignSteal(ip: Interpreter, frame: Frame, t: A.Expr, v: Value): void {
  const rt = ip.rt;
  switch (t.kind) {
    case 'Name':
      // STORE_NAME/STORE_FAST's position: the old value dies here.
      frame.expr = t;
      try {
        storeName(ip, frame, t.resolution!, v);
      } finally {
        rt.decref(v);
      }
      return;
    case 'Attribute': {
      let obj: Value;
      try {
        obj = evalExpr(ip, frame, t.value);
      } catch (err) {
        rt.decref(v);
        throw err;
      }
      try {
        frame.expr = t;
        setAttr(rt, obj, t.mangledAttr ?? t.attr, v);
      } finally {
        rt.decref(v);
        rt.decref(obj);
      }
      return;
    }
    case 'Subscript': {
      let obj: Value;
      let k: Value | SliceKey;
      try {
        obj = evalExpr(ip, frame, t.value);
      } catch (err) {
        rt.decref(v);
        throw err;
      }
      try {
        k = evalSubscriptKey(ip, frame, t.slice);
      } catch (err) {
        rt.decref(v);
        rt.decref(obj);
        throw err;
      }
      try {
        frame.expr = t;
        if (isSliceKey(k)) assignSlice(ip, obj, k, v);
        else setItem(rt, obj, k as Value, v);
      } finally {
        rt.decref(v);
        rt.decref(obj);
        if (!isSliceKey(k)) rt.decref(k as Value);
      }
      return;
    }
    case 'Tuple':
    case 'List':
      frame.expr = t;
      return unpack(ip, frame, t.elts, v);
    default:
      rt.decref(v);
      throw new PyException('SyntaxError', `cannot assign to ${t.kind}`);
  }
}

/** UNPACK_SEQUENCE / UNPACK_EX then the stores; consumes the reference to `v`. */
function unpack(ip: Interpreter, frame: Frame, targets: A.Expr[], v: Value): void {
  const rt = ip.rt;
  const star = targets.findIndex((t) => t.kind === 'Starred');
  const values = unpackItems(ip, targets, v);
  let stored = 0;
  try {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      stored = i + 1;
      assignSteal(ip, frame, i === star ? (target as A.Starred).value : target, values[i]);
    }
  } finally {
    for (let i = stored; i < values.length; i++) rt.decref(values[i]);
  }
}

/**
 * UNPACK_SEQUENCE / UNPACK_EX for `targets`: the values to store, one per
 * target (a list for the starred one), new references; consumes `v`.
 */
export function unpackItems(ip: Interpreter, targets: A.Expr[], v: Value): Value[] {
  const rt = ip.rt;
  let items: Value[];
  try {
    if (!isIterable(rt, v)) throw rt.typeError(`cannot unpack non-iterable ${rt.typeName(v)} object`);
    items = toArray(rt, v);
  } catch (err) {
    rt.decref(v);
    throw err;
  }
  const values: Value[] = [];
  const star = targets.findIndex((t) => t.kind === 'Starred');
  try {
    if (star < 0) {
      if (items.length < targets.length) {
        throw rt.error('ValueError', `not enough values to unpack (expected ${targets.length}, got ${items.length})`);
      }
      if (items.length > targets.length) {
        throw rt.error('ValueError', `too many values to unpack (expected ${targets.length})`);
      }
      values.push(...items);
    } else {
      const after = targets.length - star - 1;
      if (items.length < targets.length - 1) {
        throw rt.error(
          'ValueError',
          `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`,
        );
      }
      // UNPACK_EX builds the starred list before any store.
      const middle = items.slice(star, items.length - after);
      const mid = rt.heap.newList(middle);
      for (const x of middle) rt.decref(x);
      values.push(...items.slice(0, star), mid, ...items.slice(items.length - after));
    }
  } catch (err) {
    for (const x of items) rt.decref(x);
    rt.decref(v);
    throw err;
  }
  rt.decref(v);
  return values;
}

export interface SliceKey {
  slice: true;
  lower: number | null;
  upper: number | null;
  step: number | null;
}

export function isSliceKey(k: unknown): k is SliceKey {
  return typeof k === 'object' && k !== null && (k as SliceKey).slice === true;
}

function assignSlice(ip: Interpreter, obj: Value, k: SliceKey, v: Value): void {
  const rt = ip.rt;
  // proxy_ass_subscript: the referent's slice is assigned.
  if (obj instanceof WeakProxy) obj = rt.unwrapProxy(obj);
  if (obj instanceof ListObject && rt.typeOf(obj).lookup('__setitem__') === undefined) {
    checkSliceStep(rt, k);
    const [start, stop, step] = sliceIndices(k, obj.items.length);
    listAssignSlice(rt, obj, start, stop, step, v);
    return;
  }
  if (!(obj instanceof ListObject)) {
    // A builtin sequence with its own slice assignment (bytearray's sq_ass_slice).
    const s = rt.slotsOf(obj);
    if (s.sq_ass_slice !== undefined && s.sq_length !== undefined) {
      const [start, stop, step] = sliceIndices(k, s.sq_length(rt, obj));
      s.sq_ass_slice(rt, obj, start, stop, step, v);
      return;
    }
  }
  // STORE_SUBSCR with a slice object (BUILD_SLICE): __setitem__(slice, v).
  const so = sliceKeyObject(rt, k);
  try {
    setItem(rt, obj, so, v);
  } finally {
    rt.decref(so);
  }
}

function deleteTarget(ip: Interpreter, frame: Frame, t: A.Expr): void {
  const rt = ip.rt;
  switch (t.kind) {
    case 'Name':
      frame.expr = t;
      return deleteName(ip, frame, t.resolution!);
    case 'Attribute': {
      const obj = evalExpr(ip, frame, t.value);
      try {
        frame.expr = t;
        delAttr(rt, obj, t.mangledAttr ?? t.attr);
      } finally {
        rt.decref(obj);
      }
      return;
    }
    case 'Subscript': {
      const held = evalExpr(ip, frame, t.value);
      let k: Value | SliceKey;
      try {
        k = evalSubscriptKey(ip, frame, t.slice);
      } catch (err) {
        rt.decref(held);
        throw err;
      }
      frame.expr = t;
      if (!isSliceKey(k)) {
        // DELETE_SUBSCR releases the container, then the key.
        try {
          delItem(rt, held, k);
        } finally {
          rt.decref(held);
          rt.decref(k);
        }
        return;
      }
      try {
        // proxy_ass_subscript with NULL: the referent's slice is deleted.
        const obj = held instanceof WeakProxy ? rt.unwrapProxy(held) : held;
        const slots = rt.slotsOf(obj);
        if (!(obj instanceof ListObject) && slots.sq_ass_slice !== undefined && slots.sq_length !== undefined) {
          const [start, stop, step] = sliceIndices(k, slots.sq_length(rt, obj));
          return slots.sq_ass_slice(rt, obj, start, stop, step, undefined);
        }
        if (obj instanceof ListObject && rt.typeOf(obj).lookup('__delitem__') === undefined) {
          checkSliceStep(rt, k);
          const [start, stop, step] = sliceIndices(k, obj.items.length);
          listDeleteSlice(rt, obj, start, stop, step);
        } else {
          const so = sliceKeyObject(rt, k);
          try {
            delItem(rt, obj, so);
          } finally {
            rt.decref(so);
          }
        }
      } finally {
        rt.decref(held);
      }
      return;
    }
    case 'Tuple':
    case 'List':
      for (const e of t.elts) deleteTarget(ip, frame, e);
      return;
    default:
      throw new PyException('SyntaxError', `cannot delete ${t.kind}`);
  }
}

/**
 * `target: annotation [= value]` (compiler_annassign): the value is stored
 * first; in a module or class body a simple name's annotation is then
 * evaluated and stored in `__annotations__[name]`, another target's
 * annotation evaluated and dropped; without a value an attribute's object
 * and a subscript's object and key are still evaluated. In a function the
 * annotation is never evaluated.
 */
function annAssign(ip: Interpreter, frame: Frame, s: A.AnnAssign): void {
  const rt = ip.rt;
  if (s.value !== null) {
    const v = evalExpr(ip, frame, s.value);
    assignSteal(ip, frame, s.target, v);
  }
  const inBody = frame.code.kind === 'module' || frame.code.kind === 'class';
  const t = s.target;
  if (t.kind === 'Name' && s.simple) {
    if (!inBody) return;
    const ann = evalExpr(ip, frame, s.annotation);
    try {
      const d = loadName(ip, frame, { kind: 'NAME', name: '__annotations__' });
      try {
        setItem(rt, d, t.resolution!.name, ann);
      } finally {
        rt.decref(d);
      }
    } finally {
      rt.decref(ann);
    }
    return;
  }
  if (s.value === null && t.kind !== 'Name') {
    rt.decref(evalExpr(ip, frame, t.value));
    if (t.kind === 'Subscript') {
      const k = evalSubscriptKey(ip, frame, t.slice);
      if (!isSliceKey(k)) rt.decref(k as Value);
    }
  }
  if (inBody) rt.decref(evalExpr(ip, frame, s.annotation));
}

/**
 * The end of `except E as name:` (both when the handler finishes and when
 * it raises): the compiler's `name = None; del name`. Only a class body's
 * mapping namespace can see the store (its __setitem__ runs before its
 * __delitem__); elsewhere the delete alone has the same effect. A handler
 * that deleted the name itself meets no error.
 */
export function clearHandlerName(ip: Interpreter, frame: Frame, res: A.Resolution): void {
  if (frame.nsIsMapping && res.kind === 'NAME') storeName(ip, frame, res, null);
  try {
    deleteName(ip, frame, res);
  } catch (err) {
    releaseException(ip.rt, err);
  }
}

/** SETUP_ANNOTATIONS: a module or class body with annotations gets an `__annotations__` dict if it has none. */
export function setupAnnotations(ip: Interpreter, ns: DictObject, body: A.Stmt[]): void {
  const cached = body as A.Stmt[] & { annotated?: boolean };
  cached.annotated ??= hasAnnotations(body);
  if (!cached.annotated) return;
  if (isMappingNamespace(ns)) return mappingSetupAnnotations(ip, ns);
  if (ns.has(ip.heap, '__annotations__')) return;
  const d = ip.heap.newDict();
  ns.set(ip.heap, '__annotations__', d);
  ip.heap.decref(d);
}

/**
 * `target op= value`: load the target once, apply the in-place operator,
 * store the result back (the target's object and key are evaluated once).
 */
function augAssign(ip: Interpreter, frame: Frame, s: A.AugAssign): void {
  const rt = ip.rt;
  const t = s.target;
  if (t.kind === 'Name') {
    updateWith(ip, frame, s, () => loadName(ip, frame, t.resolution!), (r) => storeName(ip, frame, t.resolution!, r));
    return;
  }
  const obj = evalExpr(ip, frame, t.value);
  try {
    if (t.kind === 'Attribute') {
      const name = t.mangledAttr ?? t.attr;
      updateWith(ip, frame, s, () => getAttr(rt, obj, name), (r) => setAttr(rt, obj, name, r));
      return;
    }
    const k = evalSubscriptValue(ip, frame, t.slice);
    try {
      updateWith(ip, frame, s, () => getItem(rt, obj, k), (r) => setItem(rt, obj, k, r));
    } finally {
      rt.decref(k);
    }
  } finally {
    rt.decref(obj);
  }
}

/** load -> evaluate the right side -> in-place operator -> store, releasing each temporary when CPython does. */
function updateWith(ip: Interpreter, frame: Frame, s: A.AugAssign, load: () => Value, store: (v: Value) => void): void {
  const rt = ip.rt;
  // The load and the store of the target are positioned at the target (compiler_augassign's SET_LOC(e)).
  frame.expr = s.target;
  const cur = load();
  let r: Value;
  try {
    const rhs = evalExpr(ip, frame, s.value);
    try {
      frame.expr = s;
      r = inplaceOp(rt, s.op, cur, rhs);
    } finally {
      rt.decref(rhs);
    }
  } finally {
    rt.decref(cur);
  }
  try {
    frame.expr = s.target;
    store(r);
  } finally {
    rt.decref(r);
  }
}

/** The decorator expressions, top first, evaluated before anything else of the definition (new references). */
function evalDecorators(ip: Interpreter, frame: Frame, decorators: A.Expr[]): Value[] {
  const out: Value[] = [];
  if (decorators.length === 0) return out;
  try {
    for (const d of decorators) out.push(evalExpr(ip, frame, d));
  } catch (e) {
    for (let i = out.length - 1; i >= 0; i--) ip.rt.decref(out[i]);
    throw e;
  }
  return out;
}

/**
 * Apply decorators bottom first: `v = d(v)` for each (CALL releases the
 * decorator, then its argument). Consumes `decorators` and `v`; returns the
 * final value (new reference).
 */
function applyDecorators(ip: Interpreter, frame: Frame, nodes: A.Expr[], decorators: Value[], v: Value): Value {
  const rt = ip.rt;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const d = decorators[i];
    let r: Value;
    // compiler_apply_decorators: each call has its decorator's location.
    frame.line = nodes[i].line;
    frame.expr = nodes[i];
    // compiler_apply_decorators: PRECALL 0 / CALL 0 over [decorator, obj],
    // which CALL sees as a method call with obj as self. A Python function
    // gets obj moved into its frame; anything else (a bound method, a
    // class, a callable object) is called through vectorcall while the
    // stack still holds obj.
    try {
      if (d instanceof FunctionObject) {
        const args = [v];
        v = null;
        r = ip.callFunction(d, args, null, true);
      } else r = call(rt, d, [v]);
    } catch (e) {
      rt.decref(d);
      rt.decref(v);
      for (let j = i - 1; j >= 0; j--) rt.decref(decorators[j]);
      throw e;
    }
    rt.decref(d);
    rt.decref(v);
    v = r;
  }
  return v;
}

/**
 * One annotation's value: a starred one (`*args: *Ts`, PEP 646) is its
 * value unpacked to exactly one item (compiler_visit_argannotation's
 * UNPACK_SEQUENCE 1).
 */
function evalAnnotation(ip: Interpreter, frame: Frame, e: A.Expr): Value {
  if (e.kind !== 'Starred') return evalExpr(ip, frame, e);
  const [item] = unpackItems(ip, [e.value], evalExpr(ip, frame, e.value));
  return item;
}

/** compiler_visit_annotations: a def's annotations, evaluated after its defaults, as a dict (or null for none). */
function evalAnnotations(ip: Interpreter, frame: Frame, s: A.FunctionDef): DictObject | TupleObject | null {
  const pairs = annotatedParams(s);
  if (pairs.length === 0) return null;
  if (!pairs.every(([, e]) => isCodeConstant(e))) {
    // 3.11: BUILD_TUPLE of (name, value, ...), kept by the function until __annotations__ is read.
    const items: Value[] = [];
    try {
      for (const [name, e] of pairs) {
        items.push(name);
        items.push(evalAnnotation(ip, frame, e));
      }
    } catch (err) {
      for (const v of items) ip.rt.decref(v);
      throw err;
    }
    const t = ip.heap.newTuple(items);
    for (const v of items) ip.rt.decref(v);
    return t;
  }
  const d = ip.heap.newDict();
  try {
    for (const [name, e] of pairs) {
      const v = evalAnnotation(ip, frame, e);
      try {
        d.set(ip.heap, name, v);
      } finally {
        ip.rt.decref(v);
      }
    }
  } catch (err) {
    ip.rt.decref(d);
    throw err;
  }
  return d;
}

function defineFunction(ip: Interpreter, frame: Frame, s: A.FunctionDef): void {
  const rt = ip.rt;
  const decorators = evalDecorators(ip, frame, s.decorators);
  const defaults: Value[] = [];
  const kwdefaults = new Map<string, Value>();
  try {
    for (const p of s.params.args) if (p.default !== null) defaults.push(evalExpr(ip, frame, p.default));
    for (const p of s.params.kwonlyargs) if (p.default !== null) kwdefaults.set(p.name, evalExpr(ip, frame, p.default));
  } catch (e) {
    for (const d of defaults) rt.decref(d);
    for (const d of kwdefaults.values()) rt.decref(d);
    for (let i = decorators.length - 1; i >= 0; i--) rt.decref(decorators[i]);
    throw e;
  }
  let annotations: DictObject | TupleObject | null;
  try {
    annotations = evalAnnotations(ip, frame, s);
  } catch (e) {
    for (const d of defaults) rt.decref(d);
    for (const d of kwdefaults.values()) rt.decref(d);
    for (let i = decorators.length - 1; i >= 0; i--) rt.decref(decorators[i]);
    throw e;
  }
  const made = ip.makeFunction(s, frame, defaults, kwdefaults, qualnameFor(frame, s.name));
  made.annotations = annotations;
  const f = decorators.length === 0 ? made : applyDecorators(ip, frame, s.decorators, decorators, made);
  try {
    storeName(ip, frame, s.resolution!, f);
  } finally {
    rt.decref(f);
  }
}

/** __qualname__: `f`, `C.m`, `f.<locals>.g`. */
export function qualnameFor(frame: Frame, name: string): string {
  const q = (frame as Frame & { qualname?: string }).qualname;
  if (frame.code.kind === 'module' || q === undefined) return name;
  // compiler_set_qualname: a def or class whose name the enclosing block declares `global` is
  // named as at module level (force_global), so pickle finds it there.
  if (frame.code.symbols.get(name) === 'GLOBAL_EXPLICIT') return name;
  // compiler_set_qualname: `<locals>` follows a function's or lambda's name only.
  if (frame.code.kind === 'class' || frame.code.kind === 'comprehension') return `${q}.${name}`;
  return `${q}.<locals>.${name}`;
}

/** `with` items from the i-th on (several items nest, as CPython compiles them). */
/** The body of a `with` statement and how to run it: the direct evaluator's statements and execBlock, or compiled ones and runBlock. */
export interface WithBlock<B> {
  run: (ip: Interpreter, frame: Frame, block: B) => Signal;
  body: B;
}

/** The direct evaluator's body of each `with` statement, made once. */
const directWithBlocks = new WeakMap<A.With, WithBlock<A.Stmt[]>>();

function execWith(ip: Interpreter, frame: Frame, s: A.With, i: number): Signal {
  let block = directWithBlocks.get(s);
  if (block === undefined) {
    block = { run: execBlock, body: s.body };
    directWithBlocks.set(s, block);
  }
  return withStatement(ip, frame, s, block, i);
}

/**
 * A `with` statement (its statement prologue done) from its item `i` on:
 * the items' context managers entered in turn, the body run by
 * `block.run`, then each `__exit__`, innermost first.
 */
export function withStatement<B>(ip: Interpreter, frame: Frame, s: A.With, block: WithBlock<B>, i: number): Signal {
  if (i === s.items.length) return block.run(ip, frame, block.body);
  const rt = ip.rt;
  const item = s.items[i];
  const { exit, entered } = enterContext(ip, evalExpr(ip, frame, item.contextExpr), frame, s);
  let sig: Signal;
  try {
    if (item.optionalVars !== null) {
      assignSteal(ip, frame, item.optionalVars, entered);
    } else rt.decref(entered);
    sig = withStatement(ip, frame, s, block, i + 1);
  } catch (thrown) {
    // (A compiled body leaves a JS engine limit unconverted: runBlock.)
    const e = hostError(thrown);
    if (!(e instanceof PyException)) {
      rt.decref(exit);
      throw e;
    }
    if (exitWithException(ip, frame, exit, e, s)) return Signal.Normal;
    throw e;
  }
  frame.line = s.line;
  frame.expr = s;
  try {
    exitNormally(ip, exit, frame, s.line);
  } catch (e) {
    if (sig === Signal.Return) rt.decref(frame.returnValue);
    throw e;
  }
  return sig;
}

// ---- exceptions ---------------------------------------------------------------------

/**
 * The blocks of a `try` statement (not `try`/`except*`) as a block runner
 * runs them: the direct evaluator's statement lists (execBlock), or the
 * compiled evaluator's compiled blocks (compiled-code.ts runBlock). One
 * implementation of the statement (execTry) serves both.
 */
export interface TryBlocks<B> {
  run: (ip: Interpreter, frame: Frame, block: B) => Signal;
  body: B;
  orelse: B;
  finalbody: B;
  /** Each except clause's body, in clause order. */
  handlers: B[];
}

/** The direct evaluator's blocks of each `try` statement, made at its first run. */
const directTryBlocks = new WeakMap<A.Try, TryBlocks<A.Stmt[]>>();

function execTry(ip: Interpreter, frame: Frame, s: A.Try): Signal {
  let blocks = directTryBlocks.get(s);
  if (blocks === undefined) {
    blocks = { run: execBlock, body: s.body, orelse: s.orelse, finalbody: s.finalbody, handlers: s.handlers.map((h) => h.body) };
    directTryBlocks.set(s, blocks);
  }
  return tryStatement(ip, frame, s, blocks);
}

/** A `try` statement (its statement prologue done), its blocks run by `blocks.run`. */
export function tryStatement<B>(ip: Interpreter, frame: Frame, s: A.Try, blocks: TryBlocks<B>): Signal {
  // Without a finally block an exception leaving the body, a handler or
  // the else block goes on as it is (no catch and rethrow: runBlock).
  if (s.finalbody.length === 0) return execBodyAndHandlers(ip, frame, s, blocks);
  const rt = ip.rt;
  let sig: Signal;
  try {
    sig = execBodyAndHandlers(ip, frame, s, blocks);
  } catch (thrown) {
    // (Compiled blocks leave a JS engine limit unconverted: runBlock.)
    const e = hostError(thrown);
    // os._exit(): no finally block runs (process-exit.ts).
    if (e instanceof ProcessExit) throw e;
    // finally runs with the exception pending, then re-raises it (unless the
    // finally block itself leaves by return/break/continue or a new exception).
    let fsig: Signal;
    try {
      fsig = runFinally(ip, frame, blocks, e);
    } catch (thrownInFinally) {
      // The finally block raised: the pending exception is the new one's
      // __context__ (RERAISE never runs), and this frame lets it go.
      const inner = hostError(thrownInFinally);
      if (e instanceof PyException) leavePending(ip, inner, e, materialize(rt, e));
      throw inner;
    }
    if (fsig !== Signal.Normal) {
      releaseException(rt, e);
      return fsig;
    }
    throw e;
  }
  if (s.finalbody.length) {
    const saved = sig === Signal.Return ? frame.returnValue : undefined;
    let fsig: Signal;
    try {
      fsig = blocks.run(ip, frame, blocks.finalbody);
    } catch (e) {
      if (saved !== undefined) rt.decref(saved);
      throw e;
    }
    if (fsig !== Signal.Normal) {
      if (saved !== undefined && fsig === Signal.Return && frame.returnValue !== saved) rt.decref(saved);
      return fsig;
    }
    if (saved !== undefined) frame.returnValue = saved;
  }
  return sig;
}

/** The try body, its except clauses, and its else block (exceptions there are not handled here). */
function execBodyAndHandlers<B>(ip: Interpreter, frame: Frame, s: A.Try, blocks: TryBlocks<B>): Signal {
  let sig: Signal;
  try {
    sig = blocks.run(ip, frame, blocks.body);
  } catch (thrown) {
    const e = hostError(thrown);
    if (!(e instanceof PyException) || s.handlers.length === 0) throw e;
    return s.star === true ? handleStar(ip, frame, s, e) : handle(ip, frame, s, blocks, e);
  }
  if (sig === Signal.Normal && s.orelse.length) sig = blocks.run(ip, frame, blocks.orelse);
  return sig;
}

function runFinally<B>(ip: Interpreter, frame: Frame, blocks: TryBlocks<B>, pending: unknown): Signal {
  // The exception got this frame's traceback entry where it was raised
  // (the `error` label), before exception_unwind jumped to the finally
  // block; the RERAISE after the block adds none.
  if (pending instanceof PyException) addTraceback(ip.rt, pending, frame);
  (frame.handling ??= []).push(pending);
  try {
    return blocks.run(ip, frame, blocks.finalbody);
  } finally {
    frame.handling!.pop();
  }
}

/** Run the matching except clause (or re-raise). The finally of the try runs in execTry. */
function handle<B>(ip: Interpreter, frame: Frame, s: A.Try, blocks: TryBlocks<B>, e: PyException): Signal {
  const rt = ip.rt;
  // exception_unwind: the frame where the exception is caught is in its traceback too.
  addTraceback(rt, e, frame);
  const exc = materialize(rt, e);
  contextAtCatch(ip, exc);
  for (let hi = 0; hi < s.handlers.length; hi++) {
    const h = s.handlers[hi];
    // The clause's first instruction is at its line: a trace function's 'line' event.
    if (ip.hooks.active) traceHandlerLine(ip, frame, h, e);
    if (h.type !== null && !matchesHandler(ip, frame, h.type, e, exc)) continue;
    // The exception is handled: it lives while the handler runs.
    (frame.handling ??= []).push(e);
    let sig: Signal;
    try {
      if (h.name !== null) storeName(ip, frame, h.resolution!, exc);
      try {
        sig = blocks.run(ip, frame, blocks.handlers[hi]);
      } finally {
        if (h.name !== null) clearHandlerName(ip, frame, h.resolution!);
      }
    } catch (thrown) {
      const inner = hostError(thrown);
      frame.handling!.pop();
      leavePending(ip, inner, e, exc);
      throw inner;
    }
    frame.handling!.pop();
    releaseException(rt, e);
    return sig;
  }
  // No clause matched: the RERAISE after the last one is at its line (f_lineno afterwards).
  frame.line = s.handlers[s.handlers.length - 1].line;
  throw e;
}

/**
 * Set __context__ of an exception leaving the handler of `handled`, when it
 * has none: an error raised by the runtime inside the handler (a `raise`
 * statement chained its exception when it ran, see setContext).
 */
export function chainContext(ip: Interpreter, inner: PyException, handled: ExceptionObject): void {
  const obj = materialize(ip.rt, inner);
  if (obj === handled || obj.exc[2] !== undefined || obj.contextDecided) return;
  setContext(ip, obj, handled);
}

/**
 * _PyErr_SetObject's chaining for an exception the runtime raised, done
 * when it is first caught (an except clause, a with statement's __exit__):
 * the exception being handled then -- the one handled where it was raised,
 * the handlers it left having chained theirs -- becomes its __context__.
 * The context is decided from then on: a bare `raise` or leaving a handler
 * keeps it as it is (None if the program set it so), as CPython chains only
 * at the raise.
 */
export function contextAtCatch(ip: Interpreter, exc: ExceptionObject): void {
  if (exc.contextDecided) return;
  exc.contextDecided = true;
  if (exc.exc[2] !== undefined) return;
  const current = currentHandled(ip);
  if (current !== undefined && current !== exc) setContext(ip, exc, current);
}

/**
 * A new exception `inner` leaves the handler (or the finally block) of the
 * pending `e` (whose object is `exc`): `exc` becomes its __context__ when it
 * has none, and this frame releases `e` (the new exception keeps it alive).
 */
export function leavePending(ip: Interpreter, inner: unknown, e: PyException, exc: ExceptionObject): void {
  if (!(inner instanceof PyException) || inner === e) return;
  chainContext(ip, inner, exc);
  releaseException(ip.rt, e);
}

/**
 * Whether an except clause's type matches `exc`, the object of the pending
 * `e`. An error while matching (`except 42:`) is raised with `exc` as its
 * __context__ (PUSH_EXC_INFO came first), and `e` is released.
 */
export function matchesHandler(ip: Interpreter, frame: Frame, typeExpr: A.Expr, e: PyException, exc: ExceptionObject): boolean {
  try {
    return typeMatches(ip, frame, typeExpr, exc);
  } catch (inner) {
    leavePending(ip, inner, e, exc);
    throw inner;
  }
}

function typeMatches(ip: Interpreter, frame: Frame, typeExpr: A.Expr, exc: ExceptionObject): boolean {
  const rt = ip.rt;
  const t = evalExpr(ip, frame, typeExpr);
  try {
    // check_except_type_valid: every class of a tuple is checked before any matches.
    const valid = (c: Value): boolean => c instanceof ClassObject && rt.types.isExceptionClass(c);
    if (t instanceof TupleObject ? !t.items.every(valid) : !valid(t)) {
      throw rt.typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    return t instanceof TupleObject ? t.items.some((c) => exc.cls.isSubclassOf(c as ClassObject)) : exc.cls.isSubclassOf(t as ClassObject);
  } finally {
    rt.decref(t);
  }
}

/** The exception a `raise` statement raises (returned, to be thrown by the caller). */
export function raiseStatement(ip: Interpreter, frame: Frame, s: A.Raise): PyException {
  const rt = ip.rt;
  if (s.exc === null) {
    const current = currentHandled(ip);
    if (current === undefined) return new PyException('RuntimeError', 'No active exception to reraise');
    // RAISE_VARARGS 0 goes to exception_unwind: no traceback entry for this frame.
    markReraised(current, frame);
    return fromObject(rt, current);
  }
  const v = evalExpr(ip, frame, s.exc);
  let exc: ExceptionObject;
  try {
    exc = toException(ip, v);
  } finally {
    rt.decref(v);
  }
  // RAISE_VARARGS 1 goes to `error`: PyTraceBack_Here adds an entry for
  // this frame, also when the exception already has one (`raise e` in its handler).
  markReraised(exc, undefined);
  const e = fromObject(rt, exc);
  rt.decref(exc);
  if (s.cause !== null) {
    const c = evalExpr(ip, frame, s.cause);
    try {
      // RAISE_VARARGS with a cause: __cause__ is set (None too) and __suppress_context__ with it.
      exc.suppressContext = true;
      if (c === null) exc.setExc(ip.heap, 3, undefined);
      else {
        if (!(c instanceof ExceptionObject) && !(c instanceof ClassObject && rt.types.isExceptionClass(c))) {
          throw rt.typeError('exception causes must derive from BaseException');
        }
        const ce = toException(ip, c);
        exc.setExc(ip.heap, 3, ce);
        rt.decref(ce);
      }
    } finally {
      rt.decref(c);
    }
  }
  const current = currentHandled(ip);
  if (current !== undefined && current !== exc) {
    setContext(ip, exc, current);
    exc.contextDecided = true;
  }
  // RAISE_VARARGS adds this frame's traceback entry even when the exception
  // passed through the frame before (only a bare `raise` does not).
  (exc as ExceptionObject & { tbFrame?: Frame }).tbFrame = undefined;
  return e;
}

/**
 * _PyErr_SetObject's implicit chaining: the exception raised gets the
 * exception being handled as its `__context__` (replacing any earlier
 * one). A context chain must not become a cycle: walking the handled
 * exception's chain, a link to the exception being raised is cut (Floyd's
 * cycle detection stops the walk on a cycle that was there before).
 */
export function setContext(ip: Interpreter, exc: ExceptionObject, handled: ExceptionObject): void {
  setContextOf(ip.rt, exc, handled);
}

/** A new reference to an exception instance made from a class or instance. */
function toException(ip: Interpreter, v: Value): ExceptionObject {
  const rt = ip.rt;
  if (v instanceof ExceptionObject) return rt.incref(v);
  if (v instanceof ClassObject && rt.types.isExceptionClass(v)) {
    const r = call(rt, v, []);
    if (!(r instanceof ExceptionObject)) {
      rt.decref(r);
      throw rt.typeError('calling the exception class did not return an exception');
    }
    return r;
  }
  throw rt.typeError('exceptions must derive from BaseException');
}

/** The exception being handled by the innermost active except clause, if any. */
export function currentHandled(ip: Interpreter): ExceptionObject | undefined {
  for (let i = ip.frames.length - 1; i >= 0; i--) {
    const h = ip.frames[i].handling;
    if (h !== null) {
      for (let j = h.length - 1; j >= 0; j--) {
        const e = h[j];
        if (e instanceof PyException && e.pyValue instanceof ExceptionObject) return e.pyValue;
      }
    }
    // A thread's exception state starts empty (each PyThreadState has its own).
    if (ip.frames[i].threadBase === true) break;
  }
  return undefined;
}

export { DictObject };

/**
 * The position CPython 3.11 gives an assert's RAISE_VARARGS (what a
 * traceback's carets underline): the last comparison that compiler_jump_if
 * branches on directly -- through `and`/`or` operands, `not` and
 * conditional expressions -- else the whole statement (no carets).
 * Measured against python3: `assert x > 1`, `assert o and x > 1` and
 * `assert not x > 1` underline `x > 1`; `assert x`, `assert f()` nothing.
 */
function assertRaisePosition(s: A.Stmt & { kind: 'Assert' }): A.Expr | A.Stmt {
  const lastCompare = (e: A.Expr): A.Expr | null => {
    switch (e.kind) {
      case 'Compare':
        return e;
      case 'BoolOp': {
        let found: A.Expr | null = null;
        for (const v of e.values) found = lastCompare(v) ?? found;
        return found;
      }
      case 'IfExp':
        return lastCompare(e.orelse) ?? lastCompare(e.body);
      case 'UnaryOp':
        return e.op === 'not' ? lastCompare(e.operand) : null;
      default:
        return null;
    }
  };
  return lastCompare(s.test) ?? s;
}
