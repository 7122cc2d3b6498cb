/**
 * The evaluator's compiled form: a statement or expression turned once
 * into a JS closure that holds its operands' closures and what the resolver
 * decided about them (a name's slot, an attribute's mangled name, a
 * constant), so that running it dispatches on no node kind and reads no AST
 * field. This is the tree-walking evaluator's answer to CPython compiling a
 * code object once (Python/compile.c) and ceval.c running its bytecode.
 *
 * Invariants (the same as the direct evaluator's, which stays the reference):
 *  - every closure does exactly what `execStmt` / `evalExpr` do for its node
 *    (exec-statements.ts, eval-expressions.ts): the same references taken
 *    and released in the same order, the same `frame.line` / `frame.expr`
 *    positions, the same `ip.step()` per statement and the same statement
 *    trace hook. A node kind or form not compiled here is a closure that
 *    calls the direct evaluator on the node, so every form stays supported;
 *  - a closure holds no heap object: constants are JS values (str, int,
 *    bool, None) or are made at each evaluation, as the direct evaluator
 *    makes them (a float, bytes);
 *  - what is compiled: function and lambda bodies (at the first call,
 *    cached on the Scope) and `while` / `for` loops run by the direct
 *    evaluator (at their first run, cached by node), which covers module-level
 *    loops. Generator frames keep their resumable mode (exec-generator.ts),
 *    which runs yield-free statements and expressions through
 *    compiledStatement / compiledExpression;
 *  - comprehensions and call arguments have one implementation for both
 *    evaluators: eval-expressions.ts `comprehension` and
 *    `callWithArguments` run the compiled parts of comprehensionCode and
 *    callArgumentsCode, whichever evaluator meets the node;
 *  - attribute sites cache, per class and class version, the answer of a
 *    predicate that attributes.ts keeps beside the code it summarises
 *    (ownAttrReadFirst, plainInstanceStore, classMethodFor): a cache decides
 *    only whether the common path applies, never what it does.
 */
import { ClassObject, DictObject, FrozenSetObject, Instance, ListObject, PyObject, SetObject, TupleObject, newFloat, type Value } from '../../heap';
import { binaryOp, inplaceOp, unaryOp } from '../runtime/arithmetic';
import {
  builtinMethodForCall,
  classMethodFor,
  getAttr,
  getAttrError,
  getMethodForCall,
  lookupMethod,
  ownAttrReadFirst,
  plainInstanceStore,
  setAttr,
  type MethodImpl,
} from '../runtime/attributes';
import { FunctionObject } from '../runtime/function-object';
import { callPlainClassPositional } from '../runtime/calls';
import type { Runtime } from '../runtime/runtime';
import { setAttributeErrorContext } from '../runtime/attribute-error-context';
import { isAttributeError } from '../runtime/generic-getattr';
import { PropertyObject } from '../runtime/property-object';
import { superGetAttr } from '../runtime/builtins';
import { isBuiltinClass } from '../runtime/builtin-types';
import { SuperObject } from '../runtime/native-objects';
import { builtinIterSlots, getItem, next, setItem, truthy } from '../runtime/operators';
import type * as A from '../syntax/ast';
import {
  callWithArguments,
  compareOne,
  comprehension,
  evalExpr,
  finishCall,
  loadGlobal,
  loadName,
  releaseCallOperands,
  type CallArgumentsCode,
} from './eval-expressions';
import { Signal, assignSteal, execStmt, raiseStatement, storeName, tryStatement, withStatement, type TryBlocks, type WithBlock } from './exec-statements';
import type { Frame } from './frame';
import { keywordSlots, keywordsBind } from './argument-binding';
import { iterReleasing } from './frame-run';
import type { Interpreter } from './interpreter';
import { traceLine, traceLoopBack } from './sys-trace';

/** A compiled statement: runs the statement in `frame` and returns its control-flow signal. */
export type StmtCode = (ip: Interpreter, frame: Frame) => Signal;
/** A compiled expression: a new reference to its value. */
export type ExprCode = (ip: Interpreter, frame: Frame) => Value;
/** A compiled assignment target: stores `v`, consuming the reference (assignSteal). */
export type StoreCode = (ip: Interpreter, frame: Frame, v: Value) => void;
/** A compiled condition: the truth of an expression, its value released. */
export type ConditionCode = (ip: Interpreter, frame: Frame) => boolean;

/**
 * The parts of a list, set or dict comprehension, compiled, for
 * eval-expressions.ts `comprehension` (which both evaluators run): each
 * generator's iterable (the first one is evaluated in the enclosing
 * frame), target and conditions, then the element (or key and value).
 */
export interface ComprehensionCode {
  iters: ExprCode[];
  targets: StoreCode[];
  ifs: ConditionCode[][];
  elt: ExprCode | null;
  key: ExprCode | null;
  value: ExprCode | null;
}

/** A function's body, compiled at its first call and kept on its Scope. */
export function compiledBody(scope: A.Scope, body: A.Stmt[]): StmtCode[] {
  let code = scope.compiledBody as StmtCode[] | undefined;
  if (code === undefined) {
    code = compileBlock(body);
    scope.compiledBody = code;
  }
  return code;
}

/** A lambda's body expression, compiled at its first call and kept on its Scope. */
export function compiledLambdaBody(scope: A.Scope, body: A.Expr): ExprCode {
  let code = scope.compiledBody as ExprCode | undefined;
  if (code === undefined) {
    code = compileExpr(body);
    scope.compiledBody = code;
  }
  return code;
}

/** Loops run by the direct evaluator, compiled at their first run. */
const compiledLoops = new WeakMap<A.While | A.For, StmtCode>();

/** Statements and expressions compiled on their own, by node (generator frames' yield-free parts). */
const compiledStatements = new WeakMap<A.Stmt, StmtCode>();
const compiledExpressions = new WeakMap<A.Expr, ExprCode>();
const compiledConditions = new WeakMap<A.Expr, ConditionCode>();

/**
 * A statement without `yield` compiled (its prologue included), compiled at
 * its first run and kept: what execStmt does, for the resumable
 * evaluator's statements that cannot suspend (exec-generator.ts).
 */
export function compiledStatement(s: A.Stmt): StmtCode {
  let code = compiledStatements.get(s);
  if (code === undefined) {
    code = compileStmt(s);
    compiledStatements.set(s, code);
  }
  return code;
}

/** An expression without `yield` compiled, kept by node: what evalExpr does (a new reference). */
export function compiledExpression(e: A.Expr): ExprCode {
  let code = compiledExpressions.get(e);
  if (code === undefined) {
    code = compileExpr(e);
    compiledExpressions.set(e, code);
  }
  return code;
}

/** A test without `yield` compiled as a condition (its truth, the value released), kept by node. */
export function compiledCondition(e: A.Expr): ConditionCode {
  let code = compiledConditions.get(e);
  if (code === undefined) {
    code = compileCondition(e);
    compiledConditions.set(e, code);
  }
  return code;
}

/** Comprehensions compiled, by node (the direct evaluator runs them through these too). */
const compiledComprehensions = new WeakMap<A.ListComp | A.SetComp | A.DictComp, ComprehensionCode>();

/** The compiled parts of a comprehension, compiled at its first run and kept. */
export function comprehensionCode(e: A.ListComp | A.SetComp | A.DictComp): ComprehensionCode {
  let code = compiledComprehensions.get(e);
  if (code === undefined) {
    code = {
      iters: e.generators.map((g) => compileExpr(g.iter)),
      targets: e.generators.map((g) => compileStore(g.target)),
      ifs: e.generators.map((g) => g.ifs.map(compileCondition)),
      elt: e.kind === 'DictComp' ? null : compileExpr(e.elt),
      key: e.kind === 'DictComp' ? compileExpr(e.key) : null,
      value: e.kind === 'DictComp' ? compileExpr(e.value) : null,
    };
    compiledComprehensions.set(e, code);
  }
  return code;
}

/**
 * The parts of a (synchronous) generator expression, compiled, for
 * genexp-run.ts: each clause's iterable (the first one is the frame's `.0`,
 * evaluated by the enclosing frame; its entry here is unused), target and
 * conditions, then the element.
 */
export interface GeneratorExpressionCode {
  iters: ExprCode[];
  targets: StoreCode[];
  ifs: ConditionCode[][];
  elt: ExprCode;
}

const compiledGeneratorExpressions = new WeakMap<A.GeneratorExp, GeneratorExpressionCode>();

/** The compiled parts of a generator expression, compiled at its first run and kept. */
export function generatorExpressionCode(e: A.GeneratorExp): GeneratorExpressionCode {
  let code = compiledGeneratorExpressions.get(e);
  if (code === undefined) {
    code = {
      iters: e.generators.map((g, i) => (i === 0 ? nothingCode : compileExpr(g.iter))),
      targets: e.generators.map((g) => compileStore(g.target)),
      ifs: e.generators.map((g) => g.ifs.map(compileCondition)),
      elt: compileExpr(e.elt),
    };
    compiledGeneratorExpressions.set(e, code);
  }
  return code;
}

/** The unused first iterable of a generator expression's code. */
const nothingCode: ExprCode = () => null;

/** Call arguments compiled, by call node (the direct evaluator's calls use these too). */
const compiledCallArguments = new WeakMap<A.Call, CallArgumentsCode>();

/** The compiled arguments of a call, compiled at its first run and kept. */
export function callArgumentsCode(e: A.Call): CallArgumentsCode {
  let code = compiledCallArguments.get(e);
  if (code === undefined) {
    code = {
      args: e.args.map((a) => (a.kind === 'Starred' ? { starred: true, value: compileExpr(a.value) } : { starred: false, value: compileExpr(a) })),
      keywords: e.keywords.map((k) => ({ name: k.name, value: compileExpr(k.value) })),
      callEx: e.keywords.some((k) => k.name === null) || e.args.some((a) => a.kind === 'Starred'),
    };
    compiledCallArguments.set(e, code);
  }
  return code;
}

/** Run a `while` or `for` statement (its statement prologue done by execStmt) through its compiled form. */
export function runLoop(ip: Interpreter, frame: Frame, s: A.While | A.For): Signal {
  let code = compiledLoops.get(s);
  if (code === undefined) {
    code = s.kind === 'While' ? compileWhile(s) : compileFor(s);
    compiledLoops.set(s, code);
  }
  return code(ip, frame);
}

/**
 * execBlock over compiled statements. Unlike execBlock it does not catch:
 * an exception leaves it as thrown, and a JS engine limit (a RangeError)
 * becomes its Python exception (hostError) where one is looked at: the
 * frame's body (Interpreter.runFrame), a `try` statement's handlers and
 * finally block (tryStatement), execBlock and execBlockGen around compiled
 * statements, a generator's resumption. Nothing between a compiled block
 * and those places tells a RangeError from a PyException (compiled `for`
 * loops release their iterator in a `finally`), so the conversion happens
 * later but to the same effect. A catch and rethrow per block cost a V8
 * throw (1-3 us) for every block an exception left.
 */
export function runBlock(ip: Interpreter, frame: Frame, code: StmtCode[]): Signal {
  for (let i = 0; i < code.length; i++) {
    const sig = code[i](ip, frame);
    if (sig !== Signal.Normal) return sig;
  }
  return Signal.Normal;
}

/** How many different classes an attribute site caches in turn before it stops caching (a polymorphic site). */
const MAX_SITE_CLASSES = 8;

/**
 * What an attribute site decided for the class of the last instance it
 * saw (CPython 3.11's inline caches of LOAD_ATTR, LOAD_METHOD and
 * STORE_ATTR, keyed by type version): the answer of a predicate of
 * attributes.ts, valid while ClassObject.lookupVersion() is the version it
 * was computed at (any class namespace change recomputes it). It holds no
 * reference and changes nothing: a site that meets more than
 * MAX_SITE_CLASSES classes answers `none` for every class but its last.
 */
class ClassSiteCache<T> {
  // The class is kept by its id and its interpreter's serial, not by
  // reference: compiled code outlives its run (shared-stdlib-trees.ts), and
  // a class would hold its whole heap alive through the generation lists.
  private clsId = -1;
  private owner = -1;
  private version = -1;
  private value: T;
  private classes = 0;

  constructor(
    private readonly compute: (cls: ClassObject, ip: Interpreter) => T,
    private readonly none: T,
  ) {
    this.value = none;
  }

  get(cls: ClassObject, ip: Interpreter): T {
    const version = ClassObject.lookupVersion();
    const same = cls.id === this.clsId && ip.serial === this.owner;
    if (same && version === this.version) return this.value;
    if (ip.serial !== this.owner) {
      // Another interpreter's classes: the site starts counting again.
      this.owner = ip.serial;
      this.classes = 0;
    }
    if (!same && ++this.classes > MAX_SITE_CLASSES) return this.none;
    this.clsId = cls.id;
    this.version = version;
    this.value = this.compute(cls, ip);
    return this.value;
  }
}

/**
 * The exact `property` that getAttr of `name` on an instance of `cls` runs
 * the getter of (genericGetAttr's data-descriptor step, which comes before
 * the instance's own attributes), when nothing comes before it: no
 * __getattribute__/__getattr__ hook, not super's lookup, not one of the
 * names genericGetAttr answers itself. Else undefined.
 */
function propertyAttrFor(cls: ClassObject, name: string): PropertyObject | undefined {
  if (name === '__class__' || name === '__dict__' || name === '__weakref__') return undefined;
  if (cls.mro.some((c) => c.name === 'super' && isBuiltinClass(c))) return undefined;
  if (cls.lookup('__getattribute__') !== undefined || cls.lookup('__getattr__') !== undefined) return undefined;
  const d = cls.lookup(name);
  return d instanceof PropertyObject && d.constructor === PropertyObject ? d : undefined;
}

/**
 * LOAD_ATTR of a property found by propertyAttrFor whose getter is a
 * Python function: property_descr_get calls it with the instance
 * (PyObject_CallOneArg: a call from C, the argument borrowed; the property
 * itself borrowed, as genericGetAttr has it), then `obj` is released; an
 * AttributeError the getter raises gets getAttr's context (its name and
 * object, for the suggestion).
 */
function propertyGet(ip: Interpreter, fget: FunctionObject, obj: Instance, name: string): Value {
  const rt = ip.rt;
  try {
    return ip.callFunction(fget, [obj], null, false);
  } catch (err) {
    if (isAttributeError(rt, err)) setAttributeErrorContext(rt, err, obj, name);
    throw err;
  } finally {
    rt.decref(obj);
  }
}

function compileBlock(body: A.Stmt[]): StmtCode[] {
  return body.map(compileStmt);
}

/** execStmt's prologue: a step, the statement's position, the statement trace hook. */
function enter(ip: Interpreter, frame: Frame, s: A.Stmt): void {
  ip.step();
  frame.line = s.line;
  frame.expr = s;
  if (ip.traceStatements !== null) ip.traceStatements.statement();
  if (ip.hooks.active) traceLine(ip, frame, s.line);
}

// ---- statements ---------------------------------------------------------------

function compileStmt(s: A.Stmt): StmtCode {
  switch (s.kind) {
    case 'Expr': {
      const value = compileExpr(s.value);
      return (ip, frame) => {
        enter(ip, frame, s);
        if (frame.interactive === true) ip.displayHook(value(ip, frame));
        else ip.rt.decref(value(ip, frame));
        return Signal.Normal;
      };
    }
    case 'Assign': {
      if (s.targets.length !== 1) break;
      const value = compileExpr(s.value);
      const store = compileStore(s.targets[0]);
      return (ip, frame) => {
        enter(ip, frame, s);
        store(ip, frame, value(ip, frame));
        return Signal.Normal;
      };
    }
    case 'AugAssign':
      // (A node the resolver left without a resolution fails only when it runs, on the direct evaluator.)
      if (s.target.kind === 'Name' && s.target.resolution !== undefined) return compileAugAssignName(s, s.target);
      if (s.target.kind === 'Attribute') return compileAugAssignAttribute(s, s.target);
      if (s.target.kind === 'Subscript' && s.target.slice.kind !== 'Slice') return compileAugAssignSubscript(s, s.target);
      break;
    case 'Pass':
      return (ip, frame) => {
        enter(ip, frame, s);
        return Signal.Normal;
      };
    case 'Return': {
      const value = s.value === null ? null : compileExpr(s.value);
      return (ip, frame) => {
        enter(ip, frame, s);
        frame.returnValue = value === null ? null : value(ip, frame);
        return Signal.Return;
      };
    }
    case 'Raise':
      // execStmt's Raise: the exception made by raiseStatement, thrown at the statement's position.
      return (ip, frame) => {
        enter(ip, frame, s);
        const e = raiseStatement(ip, frame, s);
        frame.expr = s;
        throw e;
      };
    case 'Try': {
      // try/except*: the direct evaluator (handleStar).
      if (s.star === true) break;
      // execTry's one implementation, its blocks compiled.
      const blocks: TryBlocks<StmtCode[]> = {
        run: runBlock,
        body: compileBlock(s.body),
        orelse: compileBlock(s.orelse),
        finalbody: compileBlock(s.finalbody),
        handlers: s.handlers.map((h) => compileBlock(h.body)),
      };
      return (ip, frame) => {
        enter(ip, frame, s);
        return tryStatement(ip, frame, s, blocks);
      };
    }
    case 'With': {
      // execWith's one implementation, its body compiled.
      const block: WithBlock<StmtCode[]> = { run: runBlock, body: compileBlock(s.body) };
      return (ip, frame) => {
        enter(ip, frame, s);
        return withStatement(ip, frame, s, block, 0);
      };
    }
    case 'If': {
      const test = compileCondition(s.test);
      const body = compileBlock(s.body);
      const orelse = compileBlock(s.orelse);
      return (ip, frame) => {
        enter(ip, frame, s);
        return runBlock(ip, frame, test(ip, frame) ? body : orelse);
      };
    }
    case 'While': {
      const loop = compileWhile(s);
      return (ip, frame) => {
        enter(ip, frame, s);
        return loop(ip, frame);
      };
    }
    case 'For': {
      const loop = compileFor(s);
      return (ip, frame) => {
        enter(ip, frame, s);
        return loop(ip, frame);
      };
    }
  }
  return (ip, frame) => execStmt(ip, frame, s);
}

/** execWhile (after the statement prologue). */
function compileWhile(s: A.While): StmtCode {
  const test = compileCondition(s.test);
  const body = compileBlock(s.body);
  const orelse = compileBlock(s.orelse);
  return (ip, frame) => {
    while (test(ip, frame)) {
      const sig = runBlock(ip, frame, body);
      if (sig === Signal.Break) return Signal.Normal;
      if (sig === Signal.Return) return sig;
      frame.line = s.line;
      frame.expr = s;
      if (ip.hooks.active) traceLoopBack(ip, frame, s);
    }
    return runBlock(ip, frame, orelse);
  };
}

/** execFor (after the statement prologue). */
function compileFor(s: A.For): StmtCode {
  const seqCode = compileExpr(s.iter);
  const target = compileStore(s.target);
  const body = compileBlock(s.body);
  const orelse = compileBlock(s.orelse);
  return (ip, frame) => {
    const rt = ip.rt;
    const seq = seqCode(ip, frame);
    frame.expr = s;
    const it = iterReleasing(rt, seq);
    // FOR_ITER: a builtin iterator's slot table is looked up once per loop (builtinIterSlots).
    const iterSlots = builtinIterSlots(rt, it);
    let again = false;
    try {
      for (;;) {
        frame.line = s.line;
        frame.expr = s;
        if (again && ip.hooks.active) traceLoopBack(ip, frame, s);
        again = true;
        let x: Value | undefined;
        if (iterSlots !== undefined) {
          rt.evaluator.chargeSteps(1);
          x = iterSlots.tp_iternext!(rt, it);
        } else x = next(rt, it);
        if (x === undefined) break;
        target(ip, frame, x);
        const sig = runBlock(ip, frame, body);
        if (sig === Signal.Break) return Signal.Normal;
        if (sig === Signal.Return) return sig;
      }
    } finally {
      rt.decref(it);
    }
    return runBlock(ip, frame, orelse);
  };
}

/** `name op= value` (augAssign + updateWith for a Name target). */
function compileAugAssignName(s: A.AugAssign, t: A.Name): StmtCode {
  const r = t.resolution!;
  const value = compileExpr(s.value);
  const op = s.op;
  return (ip, frame) => {
    enter(ip, frame, s);
    const rt = ip.rt;
    frame.expr = t;
    const cur = loadName(ip, frame, r);
    let res: Value;
    try {
      const rhs = value(ip, frame);
      try {
        frame.expr = s;
        res = inplaceOp(rt, op, cur, rhs);
      } finally {
        rt.decref(rhs);
      }
    } finally {
      rt.decref(cur);
    }
    try {
      frame.expr = t;
      storeName(ip, frame, r, res);
    } finally {
      rt.decref(res);
    }
    return Signal.Normal;
  };
}

/** `obj.name op= value` (augAssign + updateWith for an Attribute target). */
function compileAugAssignAttribute(s: A.AugAssign, t: A.Attribute): StmtCode {
  const owner = compileExpr(t.value);
  const name = t.mangledAttr ?? t.attr;
  const value = compileExpr(s.value);
  return (ip, frame) => {
    enter(ip, frame, s);
    const rt = ip.rt;
    const obj = owner(ip, frame);
    try {
      frame.expr = t;
      const res = applyInPlace(ip, frame, s, value, getAttr(rt, obj, name));
      try {
        frame.expr = t;
        setAttr(rt, obj, name, res);
      } finally {
        rt.decref(res);
      }
    } finally {
      rt.decref(obj);
    }
    return Signal.Normal;
  };
}

/** `obj[key] op= value` (augAssign + updateWith for a Subscript target that is not a slice). */
function compileAugAssignSubscript(s: A.AugAssign, t: A.Subscript): StmtCode {
  const owner = compileExpr(t.value);
  const key = compileExpr(t.slice);
  const value = compileExpr(s.value);
  return (ip, frame) => {
    enter(ip, frame, s);
    const rt = ip.rt;
    const obj = owner(ip, frame);
    try {
      const k = key(ip, frame);
      try {
        frame.expr = t;
        const res = applyInPlace(ip, frame, s, value, getItem(rt, obj, k));
        try {
          frame.expr = t;
          setItem(rt, obj, k, res);
        } finally {
          rt.decref(res);
        }
      } finally {
        rt.decref(k);
      }
    } finally {
      rt.decref(obj);
    }
    return Signal.Normal;
  };
}

/** updateWith's middle: the right side is evaluated, the in-place operator applied; `cur` is released. */
function applyInPlace(ip: Interpreter, frame: Frame, s: A.AugAssign, value: ExprCode, cur: Value): Value {
  const rt = ip.rt;
  try {
    const rhs = value(ip, frame);
    try {
      frame.expr = s;
      return inplaceOp(rt, s.op, cur, rhs);
    } finally {
      rt.decref(rhs);
    }
  } finally {
    rt.decref(cur);
  }
}

/** assignSteal for a target. */
function compileStore(t: A.Expr): StoreCode {
  if (t.kind === 'Name' && t.resolution !== undefined) {
    const r = t.resolution;
    if (r.kind === 'LOCAL') {
      const slot = r.slot;
      return (ip, frame, v) => {
        frame.expr = t;
        if (ip.heap.trace !== null) {
          try {
            storeName(ip, frame, r, v);
          } finally {
            ip.rt.decref(v);
          }
          return;
        }
        // STORE_FAST: the slot takes the reference, then the old value is released.
        const old = frame.locals[slot];
        frame.locals[slot] = v;
        if (old !== undefined) ip.heap.decref(old);
      };
    }
    return (ip, frame, v) => {
      frame.expr = t;
      try {
        storeName(ip, frame, r, v);
      } finally {
        ip.rt.decref(v);
      }
    };
  }
  if (t.kind === 'Attribute') {
    const owner = compileExpr(t.value);
    const name = t.mangledAttr ?? t.attr;
    const plainStore = new ClassSiteCache((cls) => plainInstanceStore(cls, name), false);
    return (ip, frame, v) => {
      const rt = ip.rt;
      let obj: Value;
      try {
        obj = owner(ip, frame);
      } catch (err) {
        rt.decref(v);
        throw err;
      }
      try {
        frame.expr = t;
        // setAttr's common case, its class test cached at this site.
        if (obj instanceof Instance && obj.constructor === Instance && plainStore.get(obj.cls, ip)) obj.setAttr(ip.heap, name, v);
        else setAttr(rt, obj, name, v);
      } finally {
        rt.decref(v);
        rt.decref(obj);
      }
    };
  }
  return (ip, frame, v) => assignSteal(ip, frame, t, v);
}

/** condition(): the test's truth, its value released. */
function compileCondition(e: A.Expr): ConditionCode {
  const code = compileExpr(e);
  return (ip, frame) => {
    const v = code(ip, frame);
    if (typeof v === 'boolean') return v;
    try {
      return truthy(ip.rt, v);
    } finally {
      ip.rt.decref(v);
    }
  };
}

// ---- expressions ----------------------------------------------------------------

function compileExpr(e: A.Expr): ExprCode {
  switch (e.kind) {
    case 'Name':
      if (e.resolution === undefined) break;
      return compileName(e);
    case 'Constant': {
      if (e.float === true) {
        const x = e.value as number;
        return (ip) => newFloat(ip.heap, x);
      }
      if (e.bytes === true || e.imag === true || e.ellipsis === true) break;
      const value = e.value as Value;
      return () => value;
    }
    case 'Attribute': {
      const owner = compileExpr(e.value);
      const name = e.mangledAttr ?? e.attr;
      const ownFirst = new ClassSiteCache((cls) => ownAttrReadFirst(cls, name), false);
      const prop = new ClassSiteCache((cls) => propertyAttrFor(cls, name), undefined);
      return (ip, frame) => {
        const rt = ip.rt;
        const obj = owner(ip, frame);
        if (obj instanceof Instance) {
          if (ownFirst.get(obj.cls, ip)) {
            // getAttr's answer when the instance has the attribute (ownAttrReadFirst).
            const own = obj.getAttr(name);
            if (own !== undefined) {
              frame.expr = e;
              ip.heap.incref(own);
              ip.heap.decref(obj);
              return own;
            }
          } else {
            const p = prop.get(obj.cls, ip);
            let fget: Value;
            if (p !== undefined && (fget = p.refs[0] as Value) instanceof FunctionObject) {
              frame.expr = e;
              return propertyGet(ip, fget, obj, name);
            }
          }
        }
        try {
          if (obj instanceof SuperObject) {
            const r = superGetAttr(rt, obj, name);
            if (r === undefined) throw getAttrError(rt, obj, name);
            return r;
          }
          frame.expr = e;
          return getAttr(rt, obj, name);
        } finally {
          rt.decref(obj);
        }
      };
    }
    case 'Subscript': {
      if (e.slice.kind === 'Slice') break;
      const owner = compileExpr(e.value);
      const key = compileExpr(e.slice);
      return (ip, frame) => {
        const rt = ip.rt;
        const obj = owner(ip, frame);
        let k: Value;
        try {
          k = key(ip, frame);
        } catch (err) {
          rt.decref(obj);
          throw err;
        }
        // BINARY_SUBSCR_LIST_INT / BINARY_SUBSCR_TUPLE_INT: an exact list or
        // tuple and an index in range (what list/tuple's mp_subscript returns),
        // without getItem's type tests; the container is released after the
        // item is taken.
        if (typeof k === 'number' && k >= 0 && obj instanceof PyObject && (obj.constructor === ListObject || obj.constructor === TupleObject)) {
          const items = (obj as ListObject | TupleObject).items;
          if (k < items.length) {
            frame.expr = e;
            const item = rt.incref(items[k]);
            rt.decref(obj);
            return item;
          }
        }
        // BINARY_SUBSCR releases the container, then the key.
        try {
          frame.expr = e;
          return getItem(rt, obj, k);
        } finally {
          rt.decref(obj);
          rt.decref(k);
        }
      };
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp': {
      const code = comprehensionCode(e);
      return (ip, frame) => comprehension(ip, frame, e, code);
    }
    case 'Call':
      return compileCall(e);
    case 'BinOp': {
      const left = compileExpr(e.left);
      const right = compileExpr(e.right);
      const op = e.op;
      const smallInt = compileSmallIntBinOp(e, left, right);
      if (smallInt !== null) return smallInt;
      return (ip, frame) => {
        const rt = ip.rt;
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          rt.decref(a);
          throw err;
        }
        // BINARY_OP releases the left operand, then the right.
        try {
          frame.expr = e;
          return binaryOp(rt, op, a, b);
        } finally {
          rt.decref(a);
          rt.decref(b);
        }
      };
    }
    case 'UnaryOp': {
      const operand = compileExpr(e.operand);
      const op = e.op;
      return (ip, frame) => {
        const rt = ip.rt;
        const v = operand(ip, frame);
        try {
          frame.expr = e;
          if (op === 'not') return !truthy(rt, v);
          return unaryOp(rt, op, v);
        } finally {
          rt.decref(v);
        }
      };
    }
    case 'BoolOp': {
      const values = e.values.map(compileExpr);
      const isAnd = e.op === 'and';
      return (ip, frame) => {
        const rt = ip.rt;
        let v = values[0](ip, frame);
        for (let i = 1; i < values.length; i++) {
          const t = truthy(rt, v);
          if (isAnd ? !t : t) return v;
          rt.decref(v);
          v = values[i](ip, frame);
        }
        return v;
      };
    }
    case 'IfExp': {
      const test = compileCondition(e.test);
      const body = compileExpr(e.body);
      const orelse = compileExpr(e.orelse);
      return (ip, frame) => (test(ip, frame) ? body(ip, frame) : orelse(ip, frame));
    }
    case 'Compare': {
      if (e.ops.length !== 1) break;
      const left = compileExpr(e.left);
      const right = compileExpr(e.comparators[0]);
      const op = e.ops[0];
      const smallInt = compileSmallIntCompare(e, left, right);
      if (smallInt !== null) return smallInt;
      return (ip, frame) => {
        const rt = ip.rt;
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          rt.decref(a);
          throw err;
        }
        // COMPARE_OP (compareStep of a one-operator chain): the left operand is released, then the right.
        let r: Value;
        try {
          frame.expr = e;
          r = compareOne(ip, op, a, b);
        } catch (err) {
          rt.decref(a);
          rt.decref(b);
          throw err;
        }
        rt.decref(a);
        rt.decref(b);
        return r;
      };
    }
  }
  return (ip, frame) => evalExpr(ip, frame, e);
}

/**
 * A BinOp whose operator has a small-int answer (+ - * // %), one closure
 * per operator: two ints held as JS numbers give smallIntOp's result when
 * it is a safe integer (intOp returns exactly that then; a zero divisor, a
 * result past 2**53 and any other operand go to binaryOp); null for the
 * other operators. Ints are immediates: nothing to release.
 */
function compileSmallIntBinOp(e: A.BinOp, left: ExprCode, right: ExprCode): ExprCode | null {
  switch (e.op) {
    case '+':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        if (typeof a === 'number' && typeof b === 'number') {
          frame.expr = e;
          const r = a + b;
          if (Number.isSafeInteger(r)) return r;
        }
        return binaryOpReleasing(ip, frame, e, a, b);
      };
    case '-':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        if (typeof a === 'number' && typeof b === 'number') {
          frame.expr = e;
          const r = a - b;
          if (Number.isSafeInteger(r)) return r;
        }
        return binaryOpReleasing(ip, frame, e, a, b);
      };
    case '*':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        if (typeof a === 'number' && typeof b === 'number') {
          frame.expr = e;
          const r = a * b;
          if (Number.isSafeInteger(r)) return r;
        }
        return binaryOpReleasing(ip, frame, e, a, b);
      };
    case '//':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
          frame.expr = e;
          const r = Math.floor(a / b);
          if (Number.isSafeInteger(r)) return r;
        }
        return binaryOpReleasing(ip, frame, e, a, b);
      };
    case '%':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
          frame.expr = e;
          const r = ((a % b) + b) % b;
          if (Number.isSafeInteger(r)) return r;
        }
        return binaryOpReleasing(ip, frame, e, a, b);
      };
  }
  return null;
}

/** BINARY_OP's general case: binaryOp, then the left operand released, then the right. */
function binaryOpReleasing(ip: Interpreter, frame: Frame, e: A.BinOp, a: Value, b: Value): Value {
  const rt = ip.rt;
  try {
    frame.expr = e;
    return binaryOp(rt, e.op, a, b);
  } finally {
    rt.decref(a);
    rt.decref(b);
  }
}

/**
 * A one-operator comparison of order or equality, one closure per
 * operator: two ints held as JS numbers compare as compareOne compares them
 * (long_richcompare); anything else goes to compareOne. Null for `is`,
 * `in` and their negations.
 */
function compileSmallIntCompare(e: A.Compare, left: ExprCode, right: ExprCode): ExprCode | null {
  switch (e.ops[0]) {
    case '<':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        frame.expr = e;
        if (typeof a === 'number' && typeof b === 'number') return a < b;
        return compareReleasing(ip, e, a, b);
      };
    case '<=':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        frame.expr = e;
        if (typeof a === 'number' && typeof b === 'number') return a <= b;
        return compareReleasing(ip, e, a, b);
      };
    case '>':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        frame.expr = e;
        if (typeof a === 'number' && typeof b === 'number') return a > b;
        return compareReleasing(ip, e, a, b);
      };
    case '>=':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        frame.expr = e;
        if (typeof a === 'number' && typeof b === 'number') return a >= b;
        return compareReleasing(ip, e, a, b);
      };
    case '==':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        frame.expr = e;
        if (typeof a === 'number' && typeof b === 'number') return a === b;
        return compareReleasing(ip, e, a, b);
      };
    case '!=':
      return (ip, frame) => {
        const a = left(ip, frame);
        let b: Value;
        try {
          b = right(ip, frame);
        } catch (err) {
          ip.rt.decref(a);
          throw err;
        }
        frame.expr = e;
        if (typeof a === 'number' && typeof b === 'number') return a !== b;
        return compareReleasing(ip, e, a, b);
      };
  }
  return null;
}

/** COMPARE_OP's general case (frame.expr set): compareOne, then the left operand released, then the right. */
function compareReleasing(ip: Interpreter, e: A.Compare, a: Value, b: Value): Value {
  const rt = ip.rt;
  let r: Value;
  try {
    r = compareOne(ip, e.ops[0], a, b);
  } catch (err) {
    rt.decref(a);
    rt.decref(b);
    throw err;
  }
  rt.decref(a);
  rt.decref(b);
  return r;
}

/** LOAD_FAST / LOAD_NAME / LOAD_GLOBAL of a resolved name (loadName). */
function compileName(e: A.Name): ExprCode {
  const r = e.resolution!;
  switch (r.kind) {
    case 'LOCAL': {
      const slot = r.slot;
      return (ip, frame) => {
        frame.expr = e;
        const v = frame.locals[slot];
        if (v === undefined) return loadName(ip, frame, r);
        ip.heap.incref(v);
        return v;
      };
    }
    case 'NAME': {
      const name = r.name;
      return (ip, frame) => {
        frame.expr = e;
        if (frame.nsIsMapping) return loadName(ip, frame, r);
        const v = frame.ns.getStr(name);
        if (v === undefined) return loadGlobal(ip, frame, name);
        ip.heap.incref(v);
        return v;
      };
    }
    case 'GLOBAL_IMPLICIT':
    case 'GLOBAL_EXPLICIT': {
      const name = r.name;
      return (ip, frame) => {
        frame.expr = e;
        return loadGlobal(ip, frame, name);
      };
    }
  }
  return (ip, frame) => {
    frame.expr = e;
    return loadName(ip, frame, r);
  };
}

/**
 * The positional arguments of a call without keywords or `*`/`**` (at most
 * three), evaluated left to right into an exact-size array with `self`
 * first when LOAD_METHOD found a method (pushing onto `[]` gives every call
 * a 17-slot backing store). On an error, what was evaluated is released as
 * releaseCallOperands does: the arguments last to first, then the callable.
 */
type PositionalArgumentsCode = (ip: Interpreter, frame: Frame, callable: Value, self: Value | undefined) => Value[];

/**
 * One operand of a positional call; x0..x2 are the values evaluated before
 * it (undefined: none), released last to first, then the callable, on an
 * error (releaseCallOperands' order).
 */
function callOperand(ip: Interpreter, frame: Frame, code: ExprCode, callable: Value, x0: Value | undefined, x1: Value | undefined, x2: Value | undefined): Value {
  try {
    return code(ip, frame);
  } catch (err) {
    const rt = ip.rt;
    if (x2 !== undefined) rt.decref(x2);
    if (x1 !== undefined) rt.decref(x1);
    if (x0 !== undefined) rt.decref(x0);
    rt.decref(callable);
    throw err;
  }
}

function positionalArguments(argCodes: ExprCode[]): PositionalArgumentsCode {
  switch (argCodes.length) {
    case 0:
      return (_ip, _frame, _callable, self) => (self === undefined ? [] : [self]);
    case 1: {
      const [c0] = argCodes;
      return (ip, frame, callable, self) => {
        const a0 = callOperand(ip, frame, c0, callable, self, undefined, undefined);
        return self === undefined ? [a0] : [self, a0];
      };
    }
    case 2: {
      const [c0, c1] = argCodes;
      return (ip, frame, callable, self) => {
        const a0 = callOperand(ip, frame, c0, callable, self, undefined, undefined);
        const a1 = callOperand(ip, frame, c1, callable, self, a0, undefined);
        return self === undefined ? [a0, a1] : [self, a0, a1];
      };
    }
    default: {
      const [c0, c1, c2] = argCodes;
      return (ip, frame, callable, self) => {
        const a0 = callOperand(ip, frame, c0, callable, self, undefined, undefined);
        const a1 = callOperand(ip, frame, c1, callable, self, a0, undefined);
        const a2 = callOperand(ip, frame, c2, callable, self, a0, a1);
        return self === undefined ? [a0, a1, a2] : [self, a0, a1, a2];
      };
    }
  }
}

/**
 * A positional call of at most three arguments (and LOAD_METHOD's `self`):
 * the arguments evaluated as positionalArguments does, then CALL
 * (finishCall), without an argument array when the callee is a Python
 * function that takes exactly these positional parameters.
 */
type PositionalCallCode = (ip: Interpreter, frame: Frame, callable: Value, self: Value | undefined) => Value;

function positionalCall(e: A.Call, argCodes: ExprCode[]): PositionalCallCode {
  switch (argCodes.length) {
    case 0:
      return (ip, frame, callable, self) => (self === undefined ? vectorcall(ip, frame, e, callable, 0, null, null, null, null) : vectorcall(ip, frame, e, callable, 1, self, null, null, null));
    case 1: {
      const [c0] = argCodes;
      return (ip, frame, callable, self) => {
        const a0 = callOperand(ip, frame, c0, callable, self, undefined, undefined);
        return self === undefined ? vectorcall(ip, frame, e, callable, 1, a0, null, null, null) : vectorcall(ip, frame, e, callable, 2, self, a0, null, null);
      };
    }
    case 2: {
      const [c0, c1] = argCodes;
      return (ip, frame, callable, self) => {
        const a0 = callOperand(ip, frame, c0, callable, self, undefined, undefined);
        const a1 = callOperand(ip, frame, c1, callable, self, a0, undefined);
        return self === undefined ? vectorcall(ip, frame, e, callable, 2, a0, a1, null, null) : vectorcall(ip, frame, e, callable, 3, self, a0, a1, null);
      };
    }
    default: {
      const [c0, c1, c2] = argCodes;
      return (ip, frame, callable, self) => {
        const a0 = callOperand(ip, frame, c0, callable, self, undefined, undefined);
        const a1 = callOperand(ip, frame, c1, callable, self, a0, undefined);
        const a2 = callOperand(ip, frame, c2, callable, self, a0, a1);
        return self === undefined ? vectorcall(ip, frame, e, callable, 3, a0, a1, a2, null) : vectorcall(ip, frame, e, callable, 4, self, a0, a1, a2);
      };
    }
  }
}

/**
 * CALL with `n` evaluated operands x0..x(n-1) (new references, consumed;
 * the rest unused): a Python function whose parameters are `n` positional
 * ones, or more whose defaults cover the rest, gets them in its frame's
 * slots directly (the defaults after them, as initialize_locals fills them)
 * (Interpreter.callFunctionPositional, _PyEvalFramePushAndInit's move of
 * the stack's values), unless a trace records the binding; any other
 * callee gets them as finishCall's argument array.
 */
function vectorcall(ip: Interpreter, frame: Frame, e: A.Call, callable: Value, n: number, x0: Value, x1: Value, x2: Value, x3: Value): Value {
  if (callable instanceof FunctionObject && ip.heap.trace === null) {
    const code = callable.code;
    const np = code.params.length;
    if ((np === n || (np > n && np - callable.defaults.length <= n)) && code.vararg === null && code.kwarg === null && code.kwonly.length === 0) {
      // finishCall's position and its release of the callable after the call.
      frame.expr = e;
      try {
        return ip.callFunctionPositional(callable, n, x0, x1, x2, x3);
      } finally {
        ip.rt.decref(callable);
      }
    }
  } else if (callable instanceof ClassObject && n < 4 && ip.heap.trace === null) {
    // A plain class statement's class: type_call without the argument
    // arrays (callPlainClassPositional), then finishCall's releases: the
    // callable, then the arguments in order.
    frame.expr = e;
    const rt = ip.rt;
    let r: Value | undefined;
    try {
      r = callPlainClassPositional(rt, callable, n, x0, x1, x2);
    } catch (err) {
      releaseVector(rt, callable, n, x0, x1, x2);
      throw err;
    }
    if (r !== undefined) {
      releaseVector(rt, callable, n, x0, x1, x2);
      return r;
    }
  }
  let args: Value[];
  switch (n) {
    case 0:
      args = [];
      break;
    case 1:
      args = [x0];
      break;
    case 2:
      args = [x0, x1];
      break;
    case 3:
      args = [x0, x1, x2];
      break;
    default:
      args = [x0, x1, x2, x3];
  }
  return finishCall(ip, frame, e, callable, args, null);
}

/**
 * A call site's keyword names and their slots in the code object last
 * called there (argument-binding.ts keywordSlots; null: not bindable by
 * slots), a one-entry cache: a site calls one function almost always.
 */
class KeywordSite {
  private code: unknown = undefined;
  private slots: Int32Array | null = null;

  constructor(private readonly names: readonly string[]) {}

  slotsFor(fn: FunctionObject): Int32Array | null {
    if (fn.code !== this.code) {
      this.slots = keywordSlots(fn, this.names);
      this.code = fn.code;
    }
    return this.slots;
  }
}

/** finishCall's releases after a call of `n` (<= 3) operands: the callable, then the operands in order. */
function releaseVector(rt: Runtime, callable: Value, n: number, x0: Value, x1: Value, x2: Value): void {
  rt.decref(callable);
  if (n > 0) rt.decref(x0);
  if (n > 1) rt.decref(x1);
  if (n > 2) rt.decref(x2);
}

/**
 * evalCall: LOAD_METHOD or the callable, then the arguments and the call.
 * A call with `*args` or `**kwargs` makes them in callWithArguments, as the
 * direct evaluator does; any other call in the loop below, which is
 * callWithArguments' for positional arguments and named keywords.
 */
function compileCall(e: A.Call): ExprCode {
  const argsCode = callArgumentsCode(e);
  const argCodes = argsCode.args.map((a) => a.value);
  const nargs = argCodes.length;
  const kwNames = e.keywords.map((k) => k.name as string);
  const kwCodes = argsCode.keywords.map((k) => k.value);
  const nkw = kwCodes.length;
  const f = e.func;
  // Named keywords, all different: their slots cached per code object (a repeated name raises below).
  const kwSite = !argsCode.callEx && nkw > 0 && new Set(kwNames).size === nkw ? new KeywordSite(kwNames) : null;
  /** The arguments after the callable (and `self`, in `args`), then CALL: evalCall's rest for named keywords. */
  const callPlain = (ip: Interpreter, frame: Frame, callable: Value, args: Value[]): Value => {
    const rt = ip.rt;
    let kwargs: Array<[string, Value]> | null = null;
    try {
      for (let i = 0; i < nargs; i++) args.push(argCodes[i](ip, frame));
      for (let i = 0; i < nkw; i++) {
        kwargs ??= [];
        const v = kwCodes[i](ip, frame);
        const name = kwNames[i];
        if (kwargs.some(([n]) => n === name)) {
          rt.decref(v);
          throw rt.typeError(`keyword argument repeated: ${name}`);
        }
        kwargs.push([name, v]);
      }
    } catch (err) {
      releaseCallOperands(rt, callable, args, kwargs);
      throw err;
    }
    if (kwSite !== null && callable instanceof FunctionObject && ip.heap.trace === null) {
      // A Python function whose parameters take these keywords: bound by
      // the site's slots (Interpreter.callFunctionKeywords), then
      // finishCall's release of the callable.
      const slots = kwSite.slotsFor(callable);
      if (slots !== null && keywordsBind(callable, args.length, slots)) {
        frame.expr = e;
        try {
          return ip.callFunctionKeywords(callable, args, kwargs!, slots);
        } finally {
          rt.decref(callable);
        }
      }
    }
    return finishCall(ip, frame, e, callable, args, kwargs);
  };
  const positional = !argsCode.callEx && nkw === 0 && nargs <= 3 ? positionalArguments(argCodes) : null;
  const direct = positional !== null ? positionalCall(e, argCodes) : null;
  // `self`: LOAD_METHOD's instance (a new reference) for the method `callable`, or undefined.
  const callWith = argsCode.callEx
    ? (ip: Interpreter, frame: Frame, callable: Value, self: Value | undefined): Value =>
        callWithArguments(ip, frame, e, argsCode, callable, self === undefined ? [] : [self])
    : direct !== null
      ? direct
      : (ip: Interpreter, frame: Frame, callable: Value, self: Value | undefined): Value => callPlain(ip, frame, callable, self === undefined ? [] : [self]);
  if (f.kind === 'Attribute') {
    const owner = compileExpr(f.value);
    const name = f.mangledAttr ?? f.attr;
    const method = new ClassSiteCache<FunctionObject | undefined>((cls) => classMethodFor(cls, name), undefined);
    const builtin = positional !== null ? new ClassSiteCache<MethodImpl | undefined>((cls, ip) => builtinMethodForCall(ip.rt, cls, name), undefined) : null;
    return (ip, frame) => {
      const rt = ip.rt;
      let callable: Value;
      let self: Value | undefined;
      const obj = owner(ip, frame);
      let m: Value | undefined;
      // LOAD_METHOD's position: the attribute (its error's carets).
      frame.expr = f;
      if (obj instanceof Instance) {
        // lookupMethod's answer for an instance without that attribute of its own, cached at this site.
        if ((m = method.get(obj.cls, ip)) !== undefined && obj.getAttr(name) !== undefined) m = undefined;
      } else if (builtin !== null && exactBuiltinValue(obj) && !ip.hooks.active) {
        // LOAD_METHOD of a builtin type's method descriptor: called with obj first, no bound method made.
        const impl = builtin.get(rt.typeOf(obj), ip);
        if (impl !== undefined) return callBuiltinMethod(ip, frame, e, impl, obj, positional!);
      }
      if (m === undefined) {
        try {
          m = lookupMethod(rt, obj, name);
        } catch (err) {
          rt.decref(obj);
          throw err;
        }
      }
      if (m !== undefined) {
        callable = rt.incref(m);
        self = obj;
      } else {
        try {
          if (obj instanceof SuperObject) {
            const r = superGetAttr(rt, obj, name);
            if (r === undefined) throw getAttrError(rt, obj, name);
            callable = r;
          } else callable = getMethodForCall(rt, obj, name);
        } finally {
          rt.decref(obj);
        }
      }
      return callWith(ip, frame, callable, self);
    };
  }
  const func = compileExpr(f);
  if (direct !== null) return (ip, frame) => direct(ip, frame, func(ip, frame), undefined);
  return (ip, frame) => callWith(ip, frame, func(ip, frame), undefined);
}

/** A str, or an exact list, dict, tuple, set or frozenset: the values builtinMethodForCall answers for. */
function exactBuiltinValue(v: Value): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object' || v === null) return false;
  const c = v.constructor;
  return c === ListObject || c === DictObject || c === TupleObject || c === SetObject || c === FrozenSetObject;
}

/**
 * CALL of a method descriptor found by LOAD_METHOD (`s.upper()`,
 * `d.get(k, 0)`): the positional arguments are evaluated with `obj`
 * (a new reference) held in the bound method's place, the method runs with
 * `obj` as self, then `obj` and the arguments are released in that order,
 * as finishCall releases a bound builtin method (its self first) and the
 * arguments. On an error while evaluating them, the arguments last to
 * first, then `obj`.
 */
function callBuiltinMethod(ip: Interpreter, frame: Frame, e: A.Call, impl: MethodImpl, obj: Value, positional: PositionalArgumentsCode): Value {
  const args = positional(ip, frame, obj, undefined);
  const rt = ip.rt;
  frame.expr = e;
  try {
    return impl(rt, obj, args, null);
  } finally {
    rt.decref(obj);
    for (const a of args) rt.decref(a);
  }
}
