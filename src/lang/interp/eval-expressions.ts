/**
 * Expression evaluation (the expression half of Python/ceval.c). Every
 * evaluation returns a NEW reference; operands are released as soon as
 * the operation that consumed them is done, which is when CPython's stack
 * slots are released -- so `weakref.ref(C())()` is None, as in CPython.
 *
 * Calls: for `obj.name(...)` on an instance whose class has a plain
 * function `name`, no bound method is created (LOAD_METHOD / CALL); after
 * a call the callable is released, then the arguments in order.
 */
import { mappingGet } from './namespace-mapping';
import {
  BoundMethod,
  ClassObject,
  DICT_FREE_SLOT,
  DictObject,
  LIST_FREE_SLOT,
  ListObject,
  NO_FREE_LIST,
  PyException,
  TupleObject,
  newBytes,
  newComplex,
  newFloat,
  tupleAllocSlot,
  tupleFreeSlot,
  type Value,
} from '../../heap';
import { WeakProxy } from '../../weakref';
import { Ellipsis } from '../runtime/types/ellipsis-type';
import { FunctionObject, type CodeInfo } from '../runtime/function-object';
import { binaryOp, unaryOp } from '../runtime/arithmetic';
import { getAttr, getAttrError, getAttrOrUndefined, getMethodForCall, lookupMethod } from '../runtime/attributes';
import { call, callUnpackingKeywords } from '../runtime/calls';
import { BuiltinFunction, SuperObject } from '../runtime/native-objects';
import { MethodDescriptor } from '../runtime/method-descriptor';
import { descrGet } from '../runtime/descriptors';
import { builtinIterSlots, contains, gatherWithHint, getItem, isIterable, iter, next, richCompare, toArray, toArrayWithHint, truthy } from '../runtime/operators';
import { asciiRepr, repr, str } from '../runtime/repr';
import type { Kwargs, Runtime } from '../runtime/runtime';
import type * as A from '../syntax/ast';
import { isSliceKey, qualnameFor, storeName, type SliceKey } from './exec-statements';
import { newSlice } from '../runtime/types/slice-type';
import type { Frame } from './frame';
import { iterReleasing } from './frame-run';
import type { Interpreter } from './interpreter';
import { formatValue } from '../runtime/format-spec';
import { extendList } from '../runtime/builtins';
import { addTraceback } from './exceptions';
import { profileCCall, traceCall, traceJump, traceLine, traceReturn } from './sys-trace';
import { makeGeneratorExp } from './generator-frame';
import { superGetAttr } from '../runtime/builtins';
import { getAIter } from '../runtime/coroutine-object';
import { makeSet, setAdd } from '../runtime/set-bindings';
import { dictUpdate } from '../runtime/methods';
import { compiledExpression, comprehensionCode, type ComprehensionCode } from './compiled-code';
import { foldedConstant, isFoldedTuple } from './folded-constants';

/** LOAD_* of a resolved name: a new reference. */
export function loadName(ip: Interpreter, frame: Frame, r: A.Resolution): Value {
  const heap = ip.heap;
  switch (r.kind) {
    case 'LOCAL': {
      const v = frame.locals[r.slot];
      if (v === undefined) {
        throw new PyException(
          'UnboundLocalError',
          `cannot access local variable '${r.name}' where it is not associated with a value`,
        );
      }
      heap.incref(v);
      return v;
    }
    case 'CELL':
    case 'FREE': {
      const v = frame.cells[r.slot].value;
      if (v === undefined) {
        if (r.kind === 'CELL') {
          throw new PyException(
            'UnboundLocalError',
            `cannot access local variable '${r.name}' where it is not associated with a value`,
          );
        }
        throw new PyException(
          'NameError',
          `cannot access free variable '${r.name}' where it is not associated with a value in enclosing scope`,
        );
      }
      heap.incref(v);
      return v;
    }
    case 'CLASS_DEREF': {
      if (frame.nsIsMapping) {
        const found = mappingGet(ip, frame.ns, r.name);
        if (found !== undefined) return found;
      }
      let v = frame.nsIsMapping ? undefined : frame.ns.getStr(r.name);
      if (v === undefined) v = frame.cells[r.slot].value;
      if (v === undefined) {
        throw new PyException(
          'NameError',
          `cannot access free variable '${r.name}' where it is not associated with a value in enclosing scope`,
        );
      }
      heap.incref(v);
      return v;
    }
    case 'NAME': {
      if (frame.nsIsMapping) return mappingGet(ip, frame.ns, r.name) ?? loadGlobal(ip, frame, r.name);
      const v = frame.ns.getStr(r.name);
      if (v !== undefined) {
        heap.incref(v);
        return v;
      }
      return loadGlobal(ip, frame, r.name);
    }
    default:
      return loadGlobal(ip, frame, r.name);
  }
}

/** LOAD_GLOBAL: the globals, then the builtins (a new reference), or NameError. */
export function loadGlobal(ip: Interpreter, frame: Frame, name: string): Value {
  const heap = ip.heap;
  let v = frame.globals.getStr(name);
  if (v === undefined) v = ip.builtins.getStr(name);
  if (v === undefined) throw nameError(name);
  heap.incref(v);
  return v;
}

/** The expression dispatch (the most frequent kinds first: a string switch tests its cases in order). */
export function evalExpr(ip: Interpreter, frame: Frame, e: A.Expr): Value {
  const rt = ip.rt;
  switch (e.kind) {
    case 'Name':
      frame.expr = e;
      return loadName(ip, frame, e.resolution!);
    case 'Constant':
      if (e.float === true) return newFloat(ip.heap, e.value as number);
      if (e.bytes === true || e.imag === true || e.ellipsis === true) return constantObject(ip, e);
      return e.value;
    case 'Call':
      return evalCall(ip, frame, e);
    case 'Attribute': {
      const obj = evalExpr(ip, frame, e.value);
      try {
        if (obj instanceof SuperObject) {
          const r = superGetAttr(rt, obj, e.mangledAttr ?? e.attr);
          if (r === undefined) throw getAttrError(rt, obj, e.mangledAttr ?? e.attr);
          return r;
        }
        frame.expr = e;
        return getAttr(rt, obj, e.mangledAttr ?? e.attr);
      } finally {
        rt.decref(obj);
      }
    }
    case 'JoinedStr':
      return joinedStr(ip, frame, e);
    case 'BinOp': {
      const a = evalExpr(ip, frame, e.left);
      let b: Value;
      try {
        b = evalExpr(ip, frame, e.right);
      } catch (err) {
        rt.decref(a);
        throw err;
      }
      // BINARY_OP releases the left operand, then the right.
      try {
        frame.expr = e;
        return binaryOp(rt, e.op, a, b);
      } finally {
        rt.decref(a);
        rt.decref(b);
      }
    }
    case 'UnaryOp': {
      const v = evalExpr(ip, frame, e.operand);
      try {
        frame.expr = e;
        if (e.op === 'not') return !truthy(rt, v);
        return unaryOp(rt, e.op, v);
      } finally {
        rt.decref(v);
      }
    }
    case 'BoolOp': {
      let v = evalExpr(ip, frame, e.values[0]);
      for (let i = 1; i < e.values.length; i++) {
        const t = truthy(rt, v);
        if (e.op === 'and' ? !t : t) return v;
        rt.decref(v);
        v = evalExpr(ip, frame, e.values[i]);
      }
      return v;
    }
    case 'Compare':
      return compare(ip, frame, e);
    case 'IfExp': {
      const c = evalExpr(ip, frame, e.test);
      let t: boolean;
      try {
        t = truthy(rt, c);
      } finally {
        rt.decref(c);
      }
      return evalExpr(ip, frame, t ? e.body : e.orelse);
    }
    case 'Subscript': {
      const obj = evalExpr(ip, frame, e.value);
      let k: Value | SliceKey;
      try {
        k = evalSubscriptKey(ip, frame, e.slice);
      } catch (err) {
        rt.decref(obj);
        throw err;
      }
      // BINARY_SUBSCR releases the container, then the key.
      try {
        frame.expr = e;
        return isSliceKey(k) ? getSlice(ip, obj, k) : getItem(rt, obj, k);
      } finally {
        rt.decref(obj);
        if (!isSliceKey(k)) rt.decref(k);
      }
    }
    case 'Slice':
      // A slice inside a tuple subscript (x[1:2, ::3]): BUILD_SLICE.
      return sliceSteal(rt, evalSliceParts(ip, frame, e));
    case 'Lambda': {
      const defaults: Value[] = [];
      const kwdefaults = new Map<string, Value>();
      for (const p of e.params.args) if (p.default !== null) defaults.push(evalExpr(ip, frame, p.default));
      for (const p of e.params.kwonlyargs) if (p.default !== null) kwdefaults.set(p.name, evalExpr(ip, frame, p.default));
      return ip.makeFunction(e, frame, defaults, kwdefaults, qualnameFor(frame, '<lambda>'));
    }
    case 'List': {
      const star = e.elts.findIndex((x) => x.kind === 'Starred');
      if (star < 0) {
        const l = rt.listSteal(evalElements(ip, frame, e.elts));
        // starunpack_helper: more than two constants are BUILD_LIST 0 + LIST_EXTEND
        // of a folded tuple (list_preallocate_exact); more than 30 items are
        // BUILD_LIST 0 + LIST_APPEND each; else BUILD_LIST n (exactly n).
        const n = e.elts.length;
        if (n > 2 && e.elts.every(isCodeConstant)) l.noteExtended(0, n, null);
        else if (n > 30) l.noteBuiltByAppends();
        return l;
      }
      // BUILD_LIST of the items before the first *x, then LIST_EXTEND/LIST_APPEND.
      const l = rt.listSteal(evalElements(ip, frame, e.elts.slice(0, star)));
      try {
        for (const x of e.elts.slice(star)) {
          const v = evalExpr(ip, frame, x.kind === 'Starred' ? x.value : x);
          try {
            if (x.kind === 'Starred') {
              starredIterable(rt, v);
              extendList(rt, l, v);
            }
            else l.append(ip.heap, v);
          } finally {
            rt.decref(v);
          }
        }
      } catch (err) {
        rt.decref(l);
        throw err;
      }
      return l;
    }
    case 'Tuple': {
      const folded = foldedConstant(ip, e);
      if (folded !== undefined) return rt.incref(folded);
      if ((e as A.Expr & { swapUnpack?: boolean }).swapUnpack === true) {
        // `a, b = x, y`: CPython 3.11 builds no tuple (BUILD_TUPLE +
        // UNPACK_SEQUENCE become SWAP), so this one is never counted.
        const items = evalElements(ip, frame, e.elts, true);
        const t = ip.heap.newTuple(items, true);
        for (const v of items) rt.decref(v);
        return t;
      }
      return rt.tupleSteal(evalElements(ip, frame, e.elts, true));
    }
    case 'Set': {
      const items = evalElements(ip, frame, e.elts);
      if (e.elts.length > 2 && e.elts.every(isConstant)) {
        // compile.c folds a display of > 2 constants into a frozenset
        // constant, which merge_consts_recursive rebuilds from its own
        // iteration order; SET_UPDATE then copies that table as it is.
        const folded = makeSet(rt, items, true);
        const once = folded.keys().slice();
        const frozen = makeSet(rt, once, false);
        rt.decref(folded);
        const result = makeSet(rt, [], false);
        result.mergeFrom(ip.heap, frozen);
        rt.decref(frozen);
        return result;
      }
      return makeSet(rt, items, true);
    }
    case 'Dict': {
      if (!e.keys.includes(null)) return buildMap(ip, frame, e);
      const d = ip.heap.newDict();
      // compiler_dict: a run of `k: v` items is a dict of its own (BUILD_MAP
      // n), which becomes the display's dict when it comes first and is
      // otherwise merged into it and freed (DICT_UPDATE); gclab fills one
      // dict, so the others are counted only.
      let run = 0;
      let haveDict = false;
      const endRun = (): void => {
        if (run > 0 && haveDict) {
          ip.heap.phantomAlloc(DICT_FREE_SLOT);
          ip.heap.phantomFree(DICT_FREE_SLOT);
        }
        if (run > 0) haveDict = true;
        run = 0;
      };
      try {
        for (let i = 0; i < e.keys.length; i++) {
          const kExpr = e.keys[i];
          if (kExpr === null) {
            endRun();
            haveDict = true;
            const m = evalExpr(ip, frame, e.values[i]);
            try {
              // DICT_UPDATE: PyDict_Update, whose AttributeError (no keys()) is "not a mapping".
              dictUpdate(rt, d, m, true);
            } finally {
              rt.decref(m);
            }
            continue;
          }
          run++;
          const k = evalExpr(ip, frame, kExpr);
          try {
            const v = evalExpr(ip, frame, e.values[i]);
            try {
              d.set(ip.heap, k, v);
            } finally {
              rt.decref(v);
            }
          } finally {
            rt.decref(k);
          }
        }
        endRun();
      } catch (err) {
        rt.decref(d);
        throw err;
      }
      return d;
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      // Its parts run as the compiled evaluator's closures (one implementation for both evaluators).
      return comprehension(ip, frame, e, comprehensionCode(e));
    case 'GeneratorExp':
      return makeGeneratorExp(ip, frame, e);
    case 'Starred':
      throw rt.typeError("can't use starred expression here");
    case 'NamedExpr': {
      // DUP_TOP + STORE: the value is bound, and is the expression's value.
      const v = evalExpr(ip, frame, e.value);
      try {
        storeName(ip, frame, e.target.resolution!, v);
      } catch (err) {
        rt.decref(v);
        throw err;
      }
      return v;
    }
    case 'Temp': {
      // An operand a generator frame computed before a yield: moved out of its value stack.
      const v = e.value as Value;
      e.value = undefined;
      const stack = (e as A.Temp & { stack?: Value[] }).stack;
      const i = stack === undefined ? -1 : stack.lastIndexOf(v);
      if (i >= 0) stack!.splice(i, 1);
      return v;
    }
    case 'Yield':
    case 'YieldFrom':
    case 'Await':
      // Only the resumable mode (exec-generator.ts) evaluates these; a yield
      // somewhere else (a comprehension's first iterable, a default) lands here.
      throw new PyException('SyntaxError', "gclab: 'yield' in this position is not supported");
  }
}

/** The object of a bytes, imaginary or Ellipsis constant (a new reference). */
export function constantObject(ip: Interpreter, e: A.Constant): Value {
  if (e.bytes === true) return newBytes(ip.heap, e.value as string);
  if (e.imag === true) return newComplex(ip.heap, 0, e.value as number);
  return Ellipsis;
}

/** A constant after CPython's AST optimizer (literals and negated numbers). */
function isConstant(e: A.Expr): boolean {
  if (e.kind === 'Constant') return true;
  return e.kind === 'UnaryOp' && (e.op === '-' || e.op === '+') && e.operand.kind === 'Constant' && isNumberConstant(e.operand);
}

/** A number literal (int, float or imaginary): what `-x` folds over. */
/** Is `e` a code constant after the compiler's folding (a literal, a signed number, a folded tuple)? */
export function isCodeConstant(e: A.Expr): boolean {
  return (
    e.kind === 'Constant' ||
    (e.kind === 'UnaryOp' && (e.op === '-' || e.op === '+') && e.operand.kind === 'Constant' && isNumberConstant(e.operand)) ||
    (e.kind === 'Tuple' && e.ctx === 'Load' && isFoldedTuple(e))
  );
}

export function isNumberConstant(c: A.Constant): boolean {
  return typeof c.value !== 'string' && c.ellipsis !== true;
}

/** BUILD_MAP: every key and value is evaluated first, then the dict is made and filled. */
function buildMap(ip: Interpreter, frame: Frame, e: A.Dict): Value {
  const rt = ip.rt;
  const kv: Value[] = [];
  try {
    for (let i = 0; i < e.keys.length; i++) {
      kv.push(evalExpr(ip, frame, e.keys[i] as A.Expr));
      kv.push(evalExpr(ip, frame, e.values[i]));
    }
    const d = ip.heap.newDict();
    // _PyDict_FromItems (BUILD_MAP n, BUILD_CONST_KEY_MAP): presized for n items, str-only
    // keys kept unicode; past 15 items the compiler emits BUILD_MAP 0 + MAP_ADD instead.
    const n = kv.length / 2;
    if (n > 5 && n <= 15) {
      let unicode = true;
      for (let i = 0; i < kv.length; i += 2) if (typeof kv[i] !== 'string') unicode = false;
      d.dkPresize(n, unicode);
    }
    try {
      for (let i = 0; i < kv.length; i += 2) d.set(ip.heap, kv[i], kv[i + 1]);
    } catch (err) {
      rt.decref(d);
      throw err;
    }
    return d;
  } finally {
    for (const v of kv) rt.decref(v);
  }
}

/**
 * LIST_EXTEND's TypeError for `*x` in a list or tuple display: an object
 * with neither tp_iter nor sequence methods is "Value after * must be an
 * iterable" (ceval.c; SET_UPDATE keeps iter()'s own message).
 */
function starredIterable(rt: Runtime, v: Value): void {
  if (!isIterable(rt, v)) throw rt.typeError(`Value after * must be an iterable, not ${rt.typeName(v)}`);
}

/** Evaluate displays' elements (with `*x` unpacking) into new references. */
function evalElements(ip: Interpreter, frame: Frame, elts: A.Expr[], hint = false): Value[] {
  const out: Value[] = [];
  try {
    for (const x of elts) {
      if (x.kind === 'Starred') {
        const v = evalExpr(ip, frame, x.value);
        try {
          // A tuple display's starred item is LIST_EXTEND (a length hint); a set's is SET_UPDATE.
          if (hint) starredIterable(ip.rt, v);
          out.push(...(hint ? toArrayWithHint(ip.rt, v) : toArray(ip.rt, v)));
        } finally {
          ip.rt.decref(v);
        }
      } else out.push(evalExpr(ip, frame, x));
    }
  } catch (err) {
    for (const v of out) ip.rt.decref(v);
    throw err;
  }
  return out;
}

/**
 * A comparison, chained or not, as COMPARE_OP and JUMP_IF_FALSE_OR_POP run
 * it: each COMPARE_OP releases its left operand first, then its right
 * one, except that a middle operand stays on the stack for the next
 * comparison (or is popped when the chain stops there).
 */
function compare(ip: Interpreter, frame: Frame, e: A.Compare): Value {
  const rt = ip.rt;
  let left = evalExpr(ip, frame, e.left);
  for (let i = 0; ; i++) {
    let right: Value;
    try {
      right = evalExpr(ip, frame, e.comparators[i]);
    } catch (err) {
      rt.decref(left);
      throw err;
    }
    const next = compareStep(ip, frame, e, i, left, right);
    if (next.done) return next.result;
    left = right;
  }
}

/** One COMPARE_OP of a chain: `left` is released; `right` too unless the chain goes on. */
export function compareStep(
  ip: Interpreter,
  frame: Frame,
  e: A.Compare,
  i: number,
  left: Value,
  right: Value,
): { done: true; result: Value } | { done: false } {
  const rt = ip.rt;
  let r: Value;
  try {
    frame.expr = e;
    r = compareOne(ip, e.ops[i], left, right);
  } catch (err) {
    rt.decref(left);
    rt.decref(right);
    throw err;
  }
  rt.decref(left);
  if (i === e.ops.length - 1) {
    rt.decref(right);
    return { done: true, result: r };
  }
  let t: boolean;
  try {
    t = truthy(rt, r);
  } catch (err) {
    rt.decref(r);
    rt.decref(right);
    throw err;
  }
  if (!t) {
    rt.decref(right);
    return { done: true, result: r };
  }
  rt.decref(r);
  return { done: false };
}

export function compareOne(ip: Interpreter, op: A.CompareOperator, a: Value, b: Value): Value {
  const rt = ip.rt;
  if (typeof a === 'number' && typeof b === 'number') {
    // long_richcompare on small ints, without the protocol's dispatch.
    switch (op) {
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      case '>=':
        return a >= b;
      case '==':
      case 'is':
        return a === b;
      case '!=':
      case 'is not':
        return a !== b;
    }
  }
  // unicode_richcompare's equality of two str (order would differ: JS compares UTF-16 units, Python code points).
  if (typeof a === 'string' && typeof b === 'string') {
    if (op === '==') return a === b;
    if (op === '!=') return a !== b;
  }
  switch (op) {
    case 'is':
      return a === b;
    case 'is not':
      return a !== b;
    case 'in':
      return contains(rt, b, a);
    case 'not in':
      return !contains(rt, b, a);
    default:
      return richCompare(rt, a, b, op);
  }
}

/** Evaluate a Call: func, positional args (with *x), keywords (with **m). */
function evalCall(ip: Interpreter, frame: Frame, e: A.Call): Value {
  // The compiled evaluator's call (one implementation for both evaluators):
  // its LOAD_METHOD of a builtin method makes no bound method, as CPython's
  // does not, also in module-level statements outside loops.
  return compiledExpression(e)(ip, frame);
}

/**
 * The first operands of a call (evalCall's LOAD_METHOD or the callable):
 * the callable and the argument list begun with `self` when the method was
 * found without a bound method (new references).
 */
export function callOperands(ip: Interpreter, frame: Frame, e: A.Call): [Value, Value[]] {
  const rt = ip.rt;
  let callable: Value;
  let self: Value | undefined;
  // LOAD_METHOD: obj.name(...) without a bound method when possible.
  if (e.func.kind === 'Attribute') {
    const obj = evalExpr(ip, frame, e.func.value);
    let m: Value | undefined;
    try {
      // LOAD_METHOD's position: the attribute (its error's carets).
      frame.expr = e.func;
      m = lookupMethod(rt, obj, e.func.mangledAttr ?? e.func.attr);
    } catch (err) {
      rt.decref(obj);
      throw err;
    }
    if (m !== undefined) {
      callable = rt.incref(m);
      self = obj;
    } else {
      try {
        if (obj instanceof SuperObject) {
          const r = superGetAttr(rt, obj, e.func.mangledAttr ?? e.func.attr);
          if (r === undefined) throw getAttrError(rt, obj, e.func.mangledAttr ?? e.func.attr);
          callable = r;
        } else callable = getMethodForCall(rt, obj, e.func.mangledAttr ?? e.func.attr);
      } finally {
        rt.decref(obj);
      }
    }
  } else callable = evalExpr(ip, frame, e.func);
  return [callable, self !== undefined ? [self] : []];
}

/**
 * A call's arguments, compiled (compiled-code.ts callArgumentsCode): each
 * positional argument (`starred`: a `*x`, `value` is x) and each keyword
 * (`name` null: a `**m`); `callEx`: there is a `*` or `**` (CALL_FUNCTION_EX).
 */
export interface CallArgumentsCode {
  args: Array<{ starred: boolean; value: (ip: Interpreter, frame: Frame) => Value }>;
  keywords: Array<{ name: string | null; value: (ip: Interpreter, frame: Frame) => Value }>;
  callEx: boolean;
}

/**
 * The rest of a call once the callable (and `self`, first in `args`) is
 * evaluated: the positional arguments (unpacking `*x`), the keywords
 * (merging `**m`), then CALL or CALL_FUNCTION_EX. Both evaluators make
 * every call with `*` or `**` here, the direct evaluator every call.
 */
export function callWithArguments(ip: Interpreter, frame: Frame, e: A.Call, code: CallArgumentsCode, callable: Value, args: Value[]): Value {
  const kwargs = callArguments(ip, frame, e, code, callable, args);
  if (code.callEx) return finishCallEx(ip, frame, e, callable, args, kwargs);
  return finishCall(ip, frame, e, callable, args, kwargs);
}

/**
 * callWithArguments' evaluation of the arguments: the positional ones
 * pushed on `args`, the keywords returned; if one raises, the operands
 * evaluated so far (the callable too) are released as the value stack
 * unwinds.
 */
export function callArguments(ip: Interpreter, frame: Frame, e: A.Call, code: CallArgumentsCode, callable: Value, args: Value[]): Kwargs {
  const rt = ip.rt;
  let kwargs: Kwargs = null;
  const callEx = code.callEx;
  const heap = rt.heap;
  // CALL_FUNCTION_EX's operands as CPython 3.11 builds them (compiler_call_helper):
  // the callable is a bound method (LOAD_ATTR, never LOAD_METHOD); a lone `*x`
  // is passed as it is, other positional arguments go into a list (from the
  // first `*`, or from the start past 30 operands) turned into a tuple, or
  // straight into a tuple; keywords go into dicts merged into the first.
  const pushed = args.length;
  let nseen = 0;
  const loneStar = callEx && e.args.length === 1 && code.args[0].starred;
  // Positional arguments that are all constants (and no `*`) are one tuple constant (starunpack_helper, fold_tuple_on_constants).
  const constTuple = callEx && !loneStar && e.args.length > 0 && e.args.every(isCodeConstant);
  let exactTuple = false;
  // The size PySequence_Tuple allocated a lone `*x`'s tuple at (gatherWithHint).
  let loneAllocSize = 0;
  let listBuilt = false;
  let tupleBuilt = false;
  let haveDict = false;
  if (callEx && pushed > 0) heap.phantomAlloc(NO_FREE_LIST);
  if (callEx && !loneStar && !constTuple && e.args.length > STACK_USE_GUIDELINE) {
    heap.phantomAlloc(LIST_FREE_SLOT);
    listBuilt = true;
  }
  try {
    for (const a of code.args) {
      if (a.starred) {
        if (!loneStar && !listBuilt) {
          heap.phantomAlloc(LIST_FREE_SLOT);
          listBuilt = true;
        }
        const v = a.value(ip, frame);
        if (loneStar) exactTuple = v instanceof TupleObject && rt.typeOf(v) === rt.types.get('tuple');
        try {
          if (!isIterable(rt, v)) {
            // compiler_call_helper: a lone `*x` goes to CALL_FUNCTION_EX as it is
            // (check_args_iterable names the function); any other mix is built
            // with BUILD_LIST/LIST_EXTEND, whose message names no function.
            if (e.args.length === 1) throw rt.typeError(`${functionStr(rt, callable)} argument after * must be an iterable, not ${rt.typeName(v)}`);
            throw rt.typeError(`Value after * must be an iterable, not ${rt.typeName(v)}`);
          }
          // PySequence_Tuple / LIST_EXTEND: the iterable is asked for a length hint.
          if (loneStar && !exactTuple) {
            const g = gatherWithHint(rt, v);
            loneAllocSize = g.allocSize;
            args.push(...g.items);
          } else args.push(...toArrayWithHint(rt, v));
        } finally {
          rt.decref(v);
        }
      } else args.push(a.value(ip, frame));
    }
    if (callEx && !loneStar && !constTuple) {
      // BUILD_TUPLE, or LIST_TO_TUPLE and the list back to its free list.
      heap.phantomAlloc(tupleAllocSlot(args.length - pushed));
      if (listBuilt) heap.phantomFree(LIST_FREE_SLOT);
      listBuilt = false;
      tupleBuilt = true;
    }
    // The keyword dicts: a run of named keywords is one dict (made once its
    // values are evaluated), merged into the first dict and freed.
    for (const k of code.keywords) {
      kwargs ??= [];
      if (callEx && k.name === null) {
        if (nseen > 0) {
          heap.phantomAlloc(DICT_FREE_SLOT);
          if (haveDict) heap.phantomFree(DICT_FREE_SLOT);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) heap.phantomAlloc(DICT_FREE_SLOT);
        haveDict = true;
      } else nseen++;
      const v = k.value(ip, frame);
      if (k.name !== null) {
        if (kwargs.some(([n]) => n === k.name)) {
          // Only a name from an earlier `**m` can repeat (literal repeats are a SyntaxError): DICT_MERGE's message.
          rt.decref(v);
          frame.expr = e;
          throw rt.typeError(`${functionStr(rt, callable)} got multiple values for keyword argument '${k.name}'`);
        }
        kwargs.push([k.name, v]);
        continue;
      }
      try {
        // DICT_MERGE has the call's location.
        frame.expr = e;
        mergeKeywords(ip, callable, kwargs, v);
      } finally {
        rt.decref(v);
      }
    }
  } catch (err) {
    if (callEx) {
      // The stack of CALL_FUNCTION_EX unwinds top first: the keyword dict
      // (its values in order), the positional list or tuple (dealloc'd last
      // item first), then the callable.
      if (haveDict) heap.phantomFree(DICT_FREE_SLOT);
      if (tupleBuilt) heap.phantomFree(tupleFreeSlot(args.length - pushed));
      if (listBuilt) heap.phantomFree(LIST_FREE_SLOT);
      if (pushed > 0) heap.phantomFree(NO_FREE_LIST);
      releaseCallExOperands(rt, callable, args, kwargs);
    } else releaseCallOperands(rt, callable, args, kwargs);
    throw err;
  }
  if (callEx) {
    if (nseen > 0) {
      heap.phantomAlloc(DICT_FREE_SLOT);
      if (haveDict) heap.phantomFree(DICT_FREE_SLOT);
    }
    // CALL_FUNCTION_EX: PySequence_Tuple of a lone `*x` that is not an exact tuple.
    if (loneStar && !exactTuple) {
      if (args.length - pushed === 0) {
        // No items: the tuple of the hint's size is made and freed; the empty tuple is passed.
        if (loneAllocSize > 0) {
          heap.phantomAlloc(tupleAllocSlot(loneAllocSize));
          heap.phantomFree(tupleFreeSlot(loneAllocSize));
        }
      } else heap.phantomAlloc(tupleAllocSlot(loneAllocSize));
    }
    callExShape = { pushed, tupleMade: loneStar ? !exactTuple : !constTuple, dictMade: code.keywords.length > 0, nargs: args.length - pushed };
  }
  return kwargs;
}

/**
 * STACK_USE_GUIDELINE (compile.c): past 30 positional operands a call's
 * arguments are built in a list, `*` or not.
 */
const STACK_USE_GUIDELINE = 30;

/** What callArguments built for the CALL_FUNCTION_EX that finishCallEx makes next. */
export interface CallExShape {
  /** 1 when `self` was pushed for a method gclab found without a bound method. */
  pushed: number;
  /** The positional tuple is CALL_FUNCTION_EX's own (freed after the call). */
  tupleMade: boolean;
  /** A keyword dict was built (freed after the call). */
  dictMade: boolean;
  nargs: number;
}

let callExShape: CallExShape | null = null;

function releaseCallExOperands(rt: Runtime, callable: Value, args: Value[], kwargs: Kwargs): void {
  if (kwargs !== null) for (const [, v] of kwargs) rt.decref(v);
  for (let i = args.length - 1; i >= 0; i--) rt.decref(args[i]);
  rt.decref(callable);
}

/**
 * CALL_FUNCTION_EX (a call with `*args` or `**kwargs`): the callee gets the
 * argument tuple and keyword dict without owning them (a Python function
 * binds new references, _PyEval_Vector), and they are released after the
 * call, success or not: the callable, the tuple (last item first, as
 * tupledealloc goes), then the dict (in order).
 */
export function finishCallEx(ip: Interpreter, frame: Frame, e: A.Call, callable: Value, args: Value[], kwargs: Kwargs): Value {
  const rt = ip.rt;
  frame.expr = e;
  const shape = takeCallExShape(rt, callable);
  try {
    if (callable instanceof FunctionObject) return callUnpackingKeywords(rt, kwargs, () => ip.callFunction(callable, args, kwargs, false));
    rt.callArgsPacked = shape !== null;
    return call(rt, callable, args, kwargs);
  } finally {
    rt.callArgsPacked = false;
    rt.decref(callable);
    releaseCallExShape(rt, shape, args, kwargs);
  }
}

/**
 * The shape callArguments left for the CALL_FUNCTION_EX about to be made
 * with `callable` (null when the call has no `*` or `**`). An exception
 * class keeps the call's tuple as its args, and gclab counts its own
 * tuple there: the positional tuple's count is given back at once.
 */
export function takeCallExShape(rt: Runtime, callable: Value): CallExShape | null {
  const shape = callExShape;
  callExShape = null;
  if (shape !== null && shape.tupleMade && callable instanceof ClassObject && rt.types.isExceptionClass(callable)) {
    rt.heap.phantomFree(tupleFreeSlot(shape.nargs));
    shape.tupleMade = false;
  }
  return shape;
}

/**
 * After CALL_FUNCTION_EX (the callable already released): the bound
 * method's free, then the arguments, the tuple, the keyword values and the
 * dict, in CPython's order.
 */
export function releaseCallExShape(rt: Runtime, shape: CallExShape | null, args: Value[], kwargs: Kwargs): void {
  if (shape !== null && shape.pushed > 0) rt.heap.phantomFree(NO_FREE_LIST);
  for (let i = args.length - 1; i >= 0; i--) rt.decref(args[i]);
  if (shape !== null && shape.tupleMade) rt.heap.phantomFree(tupleFreeSlot(shape.nargs));
  if (kwargs !== null) for (const [, v] of kwargs) rt.decref(v);
  if (shape !== null && shape.dictMade) rt.heap.phantomFree(DICT_FREE_SLOT);
}

/**
 * The operands of a call whose argument evaluation raised, as the
 * exception unwinds CPython's value stack (top first): the keyword values
 * last to first, the positional arguments last to first (`self` last),
 * then the callable.
 */
export function releaseCallOperands(rt: Runtime, callable: Value, args: Value[], kwargs: Kwargs): void {
  if (kwargs !== null) for (let i = kwargs.length - 1; i >= 0; i--) rt.decref(kwargs[i][1]);
  for (let i = args.length - 1; i >= 0; i--) rt.decref(args[i]);
  rt.decref(callable);
}

/**
 * CALL once the callable and the arguments (new references, all consumed)
 * are evaluated: the callable is released, then the arguments in order.
 */
export function finishCall(ip: Interpreter, frame: Frame, e: A.Call, callable: Value, args: Value[], kwargs: Kwargs): Value {
  const rt = ip.rt;
  // The CALL instruction's position, for the traceback entry of an
  // exception that comes out of the call.
  frame.expr = e;
  // CALL on a Python function (or a bound method of one, unpacked first as
  // PRECALL does): the arguments move into the new frame.
  if (callable instanceof BoundMethod && callable.func instanceof FunctionObject) {
    const m = callable;
    callable = rt.incref(m.func);
    args.unshift(rt.incref(m.self));
    rt.decref(m);
  }
  if (callable instanceof FunctionObject) {
    try {
      return ip.callFunction(callable, args, kwargs, true);
    } finally {
      rt.decref(callable);
    }
  }
  try {
    if (ip.hooks.active && callable instanceof BuiltinFunction) {
      const fn = callable;
      if (!(fn instanceof MethodDescriptor) || args.length === 0) return profileCCall(ip, frame, fn, () => call(rt, fn, args, kwargs));
      // trace_call_function: a method descriptor called with its self
      // (LOAD_METHOD) is reported as the bound builtin method
      // tp_descr_get(func, self, type(self)) makes.
      const meth = descrGet(rt, fn, args[0], rt.typeOf(args[0])) ?? rt.incref(fn);
      try {
        return profileCCall(ip, frame, meth, () => call(rt, fn, args, kwargs));
      } finally {
        rt.decref(meth);
      }
    }
    return call(rt, callable, args, kwargs);
  } finally {
    rt.decref(callable);
    for (const a of args) rt.decref(a);
    if (kwargs !== null) for (const [, v] of kwargs) rt.decref(v);
  }
}

/**
 * DICT_MERGE for `f(**m)`: a dict's items, or any mapping's keys() and
 * [key]; a name already given is `got multiple values for keyword argument`.
 */
function mergeKeywords(ip: Interpreter, callable: Value, kwargs: Array<[string, Value]>, m: Value): void {
  const rt = ip.rt;
  const add = (n: Value, x: Value): void => {
    if (typeof n !== 'string') {
      rt.decref(x);
      throw rt.typeError('keywords must be strings');
    }
    if (kwargs.some(([k]) => k === n)) {
      rt.decref(x);
      throw rt.typeError(`${functionStr(rt, callable)} got multiple values for keyword argument '${n}'`);
    }
    kwargs.push([n, x]);
  };
  // dict_merge: a dict whose type keeps dict_iter directly, any other (an
  // OrderedDict) through keys() and [key].
  if (m instanceof DictObject && rt.typeOf(m).lookup('__iter__') === undefined) {
    for (const [n, x] of m.entries()) add(n, rt.incref(x));
    return;
  }
  const keys = getAttrOrUndefined(rt, m, 'keys');
  if (keys === undefined) throw rt.typeError(`${functionStr(rt, callable)} argument after ** must be a mapping, not ${rt.typeName(m)}`);
  let names: Value[];
  try {
    const ks = call(rt, keys, []);
    try {
      names = toArray(rt, ks);
    } finally {
      rt.decref(ks);
    }
  } finally {
    rt.decref(keys);
  }
  try {
    for (const n of names) add(n, getItem(rt, m, n));
  } finally {
    for (const n of names) rt.decref(n);
  }
}

/** _PyObject_FunctionStr: how call errors name the callable (`__main__.C.m()`, `print()`). */
function functionStr(rt: Runtime, f: Value): string {
  if (f instanceof BoundMethod) return functionStr(rt, f.func);
  if (f instanceof FunctionObject) {
    const m = f.globals?.get(rt.heap, '__name__');
    return typeof m === 'string' && m !== 'builtins' ? `${m}.${f.qualname}()` : `${f.qualname}()`;
  }
  const q = getAttrOrUndefined(rt, f, '__qualname__');
  if (typeof q !== 'string') {
    if (q !== undefined) rt.decref(q);
    return `${rt.typeName(f)} object`;
  }
  const m = getAttrOrUndefined(rt, f, '__module__');
  try {
    return typeof m === 'string' && m !== 'builtins' ? `${m}.${q}()` : `${q}()`;
  } finally {
    if (m !== undefined) rt.decref(m);
  }
}

function joinedStr(ip: Interpreter, frame: Frame, e: A.JoinedStr): Value {
  return joinParts(ip, frame, e.parts, e);
}

/**
 * The text of f-string parts. A field follows FORMAT_VALUE: the value is
 * evaluated, then its spec's own fields (BUILD_STRING), then the conversion
 * and format are applied.
 */
function joinParts(ip: Interpreter, frame: Frame, parts: ReadonlyArray<string | A.FormattedValue>, node: A.JoinedStr): string {
  const rt = ip.rt;
  let s = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      s += p;
      continue;
    }
    const v = evalExpr(ip, frame, p.value);
    try {
      const spec = typeof p.formatSpec === 'object' && p.formatSpec !== null ? joinParts(ip, frame, p.formatSpec, node) : p.formatSpec;
      const conv = p.conversion;
      // FORMAT_VALUE has the location of the whole f-string (3.11's
      // FormattedValue nodes span their JoinedStr).
      frame.expr = node;
      if (conv === 'r' || conv === 'a') {
        const r = conv === 'a' ? asciiRepr(rt, v) : repr(rt, v);
        s += formatValue(rt, r, spec);
      } else if (conv === 's') s += formatValue(rt, str(rt, v), spec);
      else s += formatValue(rt, v, spec);
    } finally {
      rt.decref(v);
    }
  }
  return s;
}

/**
 * A subscript's key: a new reference, or a slice description when every
 * bound is an int or None (the fast path of builtin sequences, which never
 * see the slice object); a slice with other bounds is a slice object.
 */
export function evalSubscriptKey(ip: Interpreter, frame: Frame, e: A.Expr): Value | SliceKey {
  if (e.kind !== 'Slice') return evalExpr(ip, frame, e);
  const parts = evalSliceParts(ip, frame, e);
  if (parts.every((v) => v === null || typeof v === 'number' || typeof v === 'boolean')) {
    const num = (v: Value): number | null => (v === null ? null : +(v as number));
    return { slice: true, lower: num(parts[0]), upper: num(parts[1]), step: num(parts[2]) };
  }
  return sliceSteal(ip.rt, parts);
}

/** A subscript's key as a value (a slice object for a slice): a new reference. */
export function evalSubscriptValue(ip: Interpreter, frame: Frame, e: A.Expr): Value {
  if (e.kind !== 'Slice') return evalExpr(ip, frame, e);
  return sliceSteal(ip.rt, evalSliceParts(ip, frame, e));
}

/** BUILD_SLICE's operands, left to right (new references; None where omitted). */
function evalSliceParts(ip: Interpreter, frame: Frame, e: A.Slice): Value[] {
  const out: Value[] = [];
  try {
    for (const x of [e.lower, e.upper, e.step]) out.push(x === null ? null : evalExpr(ip, frame, x));
  } catch (err) {
    for (const v of out) ip.rt.decref(v);
    throw err;
  }
  return out;
}

function sliceSteal(rt: Interpreter['rt'], parts: Value[]): Value {
  const so = newSlice(rt, parts[0], parts[1], parts[2]);
  for (const v of parts) rt.decref(v);
  return so;
}

/** The slice object a slice description stands for (a new reference). */
export function sliceKeyObject(rt: Interpreter['rt'], k: SliceKey): Value {
  return newSlice(rt, k.lower, k.upper, k.step);
}

/** A builtin sequence refuses a zero step (PySlice_Unpack). */
export function checkSliceStep(rt: Interpreter['rt'], k: SliceKey): void {
  if (k.step === 0) throw rt.error('ValueError', 'slice step cannot be zero');
}

/** PySlice_AdjustIndices */
export function sliceIndices(k: SliceKey, n: number): [number, number, number] {
  const step = k.step ?? 1;
  const adj = (v: number | null, dflt: number, lo: number, hi: number) => {
    if (v === null) return dflt;
    if (v < 0) v += n;
    return Math.min(Math.max(v, lo), hi);
  };
  if (step > 0) return [adj(k.lower, 0, 0, n), adj(k.upper, n, 0, n), step];
  return [adj(k.lower, n - 1, -1, n - 1), adj(k.upper, -1, -1, n - 1), step];
}

/**
 * obj[lower:upper:step]: through the type's sq_slice slot (indices adjusted
 * to its length) for a builtin sequence whose class defines no
 * __getitem__ of its own; otherwise BINARY_SUBSCR with a slice object.
 */
function getSlice(ip: Interpreter, obj: Value, k: SliceKey): Value {
  const rt = ip.rt;
  // proxy_getitem: the referent's slice.
  if (obj instanceof WeakProxy) obj = rt.unwrapProxy(obj);
  const s = rt.slotsOf(obj);
  if (s.sq_slice !== undefined && s.sq_length !== undefined && rt.typeOf(obj).lookup('__getitem__') === undefined) {
    checkSliceStep(rt, k);
    const [start, stop, step] = sliceIndices(k, s.sq_length(rt, obj));
    return s.sq_slice(rt, obj, start, stop, step);
  }
  const so = sliceKeyObject(rt, k);
  try {
    return getItem(rt, obj, so);
  } finally {
    rt.decref(so);
  }
}

/**
 * The frame of a comprehension or generator expression (a nested function
 * in 3.11): the first iterable is evaluated in the enclosing frame (by
 * `first` when given, else the direct evaluator) and its iterator becomes
 * the new frame's `.0`; cells are made or shared as the resolver decided.
 */
export function comprehensionFrame(
  ip: Interpreter,
  frame: Frame,
  e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
  first?: (ip: Interpreter, frame: Frame) => Value,
): Frame {
  const rt = ip.rt;
  const scope = e.scope!;
  const iterable = first === undefined ? evalExpr(ip, frame, e.generators[0].iter) : first(ip, frame);
  let it: Value;
  try {
    // GET_AITER for an `async for` first clause, else GET_ITER.
    it = e.generators[0].isAsync === true ? getAIter(rt, iterable) : iter(rt, iterable);
  } finally {
    rt.decref(iterable);
  }
  const inner = ip.newFrame(scope, frame.globals, frame.globals, scope.name, frame.filename);
  inner.line = frame.line;
  inner.qualname = qualnameFor(frame, COMPREHENSION_NAMES[e.kind]);
  // A comprehension runs by CALL 0 on its function, an inlined Python call; a
  // generator expression's frame is resumed from C (FOR_ITER, next()).
  inner.calledFromPython = e.kind !== 'GeneratorExp';
  inner.locals[0] = it;
  for (let i = 0; i < scope.cellvars.length; i++) inner.cells.push(ip.newCell(undefined));
  for (const i of scope.closure) {
    ip.heap.incref(frame.cells[i]);
    inner.cells.push(frame.cells[i]);
  }
  return inner;
}

/**
 * Comprehensions run as nested functions (3.11): the first iterable is
 * evaluated here and passed in as `.0`; the element expressions run in the
 * comprehension's own frame. Its parts (iterables, targets, conditions,
 * elements) are the closures of `code` (compiled-code.ts
 * comprehensionCode); what is done with them, and in what order, is here
 * only, for both evaluators.
 */
export function comprehension(ip: Interpreter, frame: Frame, e: A.ListComp | A.SetComp | A.DictComp, code: ComprehensionCode): Value {
  const rt = ip.rt;
  const fn = comprehensionFunction(ip, frame, e);
  let inner: Frame;
  try {
    inner = comprehensionFrame(ip, frame, e, code.iters[0]);
  } catch (err) {
    ip.rt.decref(fn);
    throw err;
  }
  // CALL 0 hands the function to the new frame (f_func), released with it.
  inner.callee = fn;
  inner.ownsCallee = true;
  // The CALL of the comprehension's function has the comprehension's location.
  frame.expr = e;
  const result: Value =
    e.kind === 'ListComp' ? ip.heap.newList() : e.kind === 'DictComp' ? ip.heap.newDict() : emptySet(ip);
  ip.pushFrame(inner);
  try {
    if (ip.hooks.active) {
      inner.line = e.line;
      traceCall(ip, inner);
      traceLine(ip, inner, e.line);
    }
    runGenerators(ip, inner, e, code, 0, result);
    if (ip.hooks.active) traceReturn(ip, inner, result);
  } catch (err) {
    rt.decref(result);
    // The comprehension's frame is in the traceback (it is a function in 3.11).
    const thrown = ip.hooks.active ? ip.traceUnwind(inner, err) : err;
    if (thrown instanceof PyException) addTraceback(rt, thrown, inner);
    throw thrown;
  } finally {
    ip.popFrame();
    ip.releaseFrame(inner);
  }
  return result;
}

/**
 * The function object of a comprehension or generator expression: 3.11
 * builds one with MAKE_FUNCTION (after BUILD_TUPLE of its closure cells,
 * when it has free variables) before it evaluates the first iterable, and
 * frees it when the frame that runs it is cleared (_PyFrame_Clear's f_func:
 * at the comprehension's return; with the generator's frame). It is a real
 * function (`<listcomp>`, `f.<locals>.<genexpr>`, ...), so gc.get_objects()
 * and gc.get_referrers() of the globals or of a cell see it while it runs.
 * Returns a new reference.
 */
export function comprehensionFunction(ip: Interpreter, frame: Frame, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): FunctionObject {
  const name = COMPREHENSION_NAMES[e.kind];
  return codeBlockFunction(ip, frame, e.scope!, name, qualnameFor(frame, name), e.line);
}

/**
 * MAKE_FUNCTION for a code block that gclab runs in a frame of its own
 * without calling a function (a comprehension, a class body): the tuple of
 * the closure cells it reads from `frame` (BUILD_TUPLE), then the function
 * (func_new: globals, __module__ from the globals' __name__). A new reference.
 */
export function codeBlockFunction(ip: Interpreter, frame: Frame, scope: A.Scope, name: string, qualname: string, line: number): FunctionObject {
  const heap = ip.heap;
  const closure = scope.closure.length === 0 ? null : heap.newTuple(scope.closure.map((i) => frame.cells[i]));
  const code: CodeInfo = {
    name,
    qualname,
    params: scope.kind === 'comprehension' ? ['.0'] : [],
    vararg: null,
    kwonly: [],
    posonly: 0,
    kwarg: null,
    // Never called: the block runs its frame directly (comprehension(), makeGeneratorExp, makeClass).
    body: [],
    scope,
    isLambda: false,
    filename: frame.filename,
    line,
    firstLineno: line,
    doc: null,
  };
  heap.reserve();
  heap.incref(frame.globals);
  const f = heap.register(new FunctionObject(code, frame.globals, [], new Map(), closure));
  const moduleName = frame.globals.get(heap, '__name__');
  if (moduleName !== undefined) f.module = ip.rt.incref(moduleName);
  heap.track(f);
  return f;
}

const COMPREHENSION_NAMES = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' } as const;

function emptySet(ip: Interpreter): Value {
  return makeSet(ip.rt, [], true);
}

function runGenerators(
  ip: Interpreter,
  frame: Frame,
  e: A.ListComp | A.SetComp | A.DictComp,
  code: ComprehensionCode,
  depth: number,
  result: Value,
): void {
  const rt = ip.rt;
  let it: Value;
  if (depth === 0) it = rt.incref(frame.locals[0] as Value);
  else it = iterReleasing(rt, code.iters[depth](ip, frame));
  const target = code.targets[depth];
  const ifs = code.ifs[depth];
  const last = depth + 1 === e.generators.length;
  // FOR_ITER: a builtin iterator's slot table is looked up once per loop (builtinIterSlots).
  const iterSlots = builtinIterSlots(rt, it);
  let again = false;
  try {
    for (;;) {
      ip.step();
      // FOR_ITER has the comprehension's location: an error out of the
      // iterator is reported there.
      frame.expr = e;
      if (again && ip.hooks.active) traceJump(ip, frame, e.line);
      again = true;
      let x: Value | undefined;
      if (iterSlots !== undefined) {
        rt.evaluator.chargeSteps(1);
        x = iterSlots.tp_iternext!(rt, it);
      } else x = next(rt, it);
      if (x === undefined) return;
      target(ip, frame, x);
      // Each condition's value is released once its truth is known (POP_JUMP_IF_FALSE).
      let ok = true;
      for (let j = 0; j < ifs.length; j++) {
        if (!ifs[j](ip, frame)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (!last) {
        runGenerators(ip, frame, e, code, depth + 1, result);
        continue;
      }
      if (e.kind === 'DictComp') {
        const k = code.key!(ip, frame);
        try {
          const v = code.value!(ip, frame);
          try {
            (result as DictObject).set(ip.heap, k, v);
          } finally {
            rt.decref(v);
          }
        } finally {
          rt.decref(k);
        }
      } else {
        const v = code.elt!(ip, frame);
        try {
          if (e.kind === 'ListComp') (result as ListObject).append(ip.heap, v);
          else {
            setAdd(rt, result, v);
          }
        } finally {
          rt.decref(v);
        }
      }
    }
  } finally {
    rt.decref(it);
  }
}

/** format_exc_check_arg's NameError: the message, and the name in its `name` field (3.10+). */
export function nameError(name: string): PyException {
  const e = new PyException('NameError', `name '${name}' is not defined`);
  e.fields = [['name', name]];
  return e;
}
