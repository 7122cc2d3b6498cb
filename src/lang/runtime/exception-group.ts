/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654), after
 * Objects/exceptions.c (BaseExceptionGroup_new, exceptiongroup_split_recursive,
 * exceptiongroup_subset, _PyExc_PrepReraiseStar) and ceval.c
 * (exception_group_match, check_except_star_type_valid).
 *
 *  - `BaseExceptionGroup(msg, excs)` checks its arguments, keeps `args` as
 *    given (the list stays a list), and holds `message` and `exceptions`
 *    (a tuple) in fields of its own: traversed first and cleared first
 *    (BaseExceptionGroup_traverse / _clear), before BaseException's.
 *    BaseExceptionGroup(...) whose exceptions are all Exceptions makes an
 *    ExceptionGroup.
 *  - split/subgroup recurse over nested groups; every part they make comes
 *    from `derive` and gets the original's __traceback__, __context__,
 *    __cause__ (which sets __suppress_context__, as PyException_SetCause
 *    does) and a copy of its __notes__.
 */
import { ClassObject, ListObject, TupleObject, type Heap, type Value, type Visit, isObject } from '../../heap';
import { defineGetters, defineMethods, getAttr, lookupAttr, setAttr } from './attributes';
import { call } from './calls';
import { ExceptionObject } from './native-objects';
import { toArray, truthy } from './operators';
import type { Runtime } from './runtime';
import { enterCRecursion } from './c-recursion';
import { registerType } from './type-slots';
import { descriptorMisuse } from './descr-check';

export class ExceptionGroupObject extends ExceptionObject {
  /** Owned: the message (a str) and the exceptions tuple. */
  egMessage: Value | undefined = undefined;
  egExceptions: TupleObject | undefined = undefined;

  override traverse(visit: Visit): void {
    if (isObject(this.egMessage)) visit(this.egMessage);
    if (this.egExceptions !== undefined) visit(this.egExceptions);
    super.traverse(visit);
  }

  /** BaseExceptionGroup_clear: the message and exceptions, then BaseException_clear. */
  override releaseContents(heap: Heap): void {
    const m = this.egMessage;
    const x = this.egExceptions;
    this.egMessage = undefined;
    this.egExceptions = undefined;
    heap.xdecref(m);
    heap.xdecref(x);
    super.releaseContents(heap);
  }

  get exceptions(): Value[] {
    return this.egExceptions?.items ?? [];
  }
}

export function isExceptionGroup(v: unknown): v is ExceptionGroupObject {
  return v instanceof ExceptionGroupObject;
}

/** Is `cls` BaseExceptionGroup or a subclass? */
export function isGroupClass(rt: Runtime, cls: ClassObject): boolean {
  return cls.isSubclassOf(rt.types.get('BaseExceptionGroup'));
}

/**
 * BaseExceptionGroup_new: check (message, exceptions), pick the class, and
 * make the instance with `args` as given. A new reference.
 */
export function newExceptionGroup(rt: Runtime, cls: ClassObject, args: Value[]): ExceptionGroupObject {
  if (args.length !== 2) throw rt.typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, excs] = args;
  if (typeof message !== 'string') throw rt.typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${rt.typeName(message)}`);
  if (!isSequence(rt, excs)) throw rt.typeError('second argument (exceptions) must be a sequence');
  const items = toArray(rt, excs);
  let tuple: TupleObject | undefined;
  try {
    if (items.length === 0) throw rt.error('ValueError', 'second argument (exceptions) must be a non-empty sequence');
    const exception = rt.types.get('Exception');
    let nestedBase = false;
    items.forEach((x, i) => {
      if (!(x instanceof ExceptionObject)) throw rt.error('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
      if (!x.cls.isSubclassOf(exception)) nestedBase = true;
    });
    const base = rt.types.get('BaseExceptionGroup');
    const group = rt.types.get('ExceptionGroup');
    if (cls === base) {
      if (!nestedBase) cls = group;
    } else if (cls === group) {
      if (nestedBase) throw rt.typeError('Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (nestedBase && cls.isSubclassOf(exception)) {
      throw rt.typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
    }
    tuple = rt.newTuple(items);
  } finally {
    for (const x of items) rt.decref(x);
  }
  rt.heap.reserve();
  rt.heap.incref(cls);
  const obj = rt.heap.register(new ExceptionGroupObject(cls));
  rt.heap.track(obj);
  const t = rt.newTuple(args);
  obj.setExc(rt.heap, 0, t);
  rt.heap.decref(t);
  obj.egMessage = message;
  obj.egExceptions = tuple;
  return obj;
}

/** PySequence_Check: a list, tuple or range, or an instance with __getitem__ that is not a dict. */
function isSequence(rt: Runtime, v: Value): boolean {
  if (v instanceof ListObject || v instanceof TupleObject) return true;
  if (typeof v === 'string') return true;
  const cls = rt.typeOf(v);
  if (cls.isSubclassOf(rt.types.get('dict'))) return false;
  if (cls.lookup('__getitem__') !== undefined) return true;
  return rt.slotsOf(v).mp_subscript !== undefined;
}

/** BaseExceptionGroup_str: `message (N sub-exception[s])`. */
export function strExceptionGroup(rt: Runtime, e: ExceptionGroupObject, str: (v: Value) => string): string {
  const n = e.exceptions.length;
  return `${str(e.egMessage ?? null)} (${n} sub-exception${n > 1 ? 's' : ''})`;
}

// ---- split and subgroup ---------------------------------------------------------------------

/** What a split matches: exception types (a class or tuple), a predicate, or leaf identities. */
type Matcher = { kind: 'type'; value: Value } | { kind: 'predicate'; value: Value } | { kind: 'ids'; ids: Set<Value> };

/** get_matcher_type: a BaseException subclass, a tuple of them, or a callable that is not a class. */
function matcherOf(rt: Runtime, value: Value): Matcher {
  const bad = () => rt.typeError('expected a function, exception type or tuple of exception types');
  const isExcClass = (c: Value) => c instanceof ClassObject && rt.types.isExceptionClass(c);
  if (value instanceof ClassObject) {
    if (!isExcClass(value)) throw bad();
    return { kind: 'type', value };
  }
  if (value instanceof TupleObject) {
    if (!value.items.every(isExcClass)) throw bad();
    return { kind: 'type', value };
  }
  if (rt.isCallable(value)) return { kind: 'predicate', value };
  throw bad();
}

/** PyErr_GivenExceptionMatches over a class or a tuple of classes (no __subclasscheck__). */
export function exceptionMatchesType(rt: Runtime, exc: ExceptionObject, type: Value): boolean {
  if (type instanceof TupleObject) return type.items.some((t) => exceptionMatchesType(rt, exc, t));
  return type instanceof ClassObject && exc.cls.isSubclassOf(type);
}

function matches(rt: Runtime, m: Matcher, exc: ExceptionObject): boolean {
  switch (m.kind) {
    case 'type':
      return exceptionMatchesType(rt, exc, m.value);
    case 'ids':
      return m.ids.has(exc);
    case 'predicate': {
      const r = call(rt, m.value, [exc]);
      try {
        return truthy(rt, r);
      } finally {
        rt.decref(r);
      }
    }
  }
}

/** New references (or null) to the matching part and, when asked, the rest. */
interface SplitResult {
  match: ExceptionObject | null;
  rest: ExceptionObject | null;
}

/** exceptiongroup_split_recursive. */
function splitRecursive(rt: Runtime, exc: ExceptionObject, m: Matcher, constructRest: boolean): SplitResult {
  if (matches(rt, m, exc)) return { match: rt.incref(exc), rest: null };
  if (!isExceptionGroup(exc)) return { match: null, rest: constructRest ? rt.incref(exc) : null };
  const matchList: ExceptionObject[] = [];
  const restList: ExceptionObject[] = [];
  try {
    for (const e of [...exc.exceptions]) {
      // Each nested group takes a C recursion entry (_Py_EnterRecursiveCall).
      enterCRecursion(rt, ' in exceptiongroup_split_recursive');
      let r: SplitResult;
      try {
        r = splitRecursive(rt, e as ExceptionObject, m, constructRest);
      } finally {
        rt.cRecursionDepth--;
      }
      if (r.match !== null) matchList.push(r.match);
      if (r.rest !== null) restList.push(r.rest);
    }
    const match = matchList.length > 0 ? subset(rt, exc, matchList) : null;
    let rest: ExceptionObject | null = null;
    try {
      if (constructRest && restList.length > 0) rest = subset(rt, exc, restList);
    } catch (e) {
      rt.decref(match);
      throw e;
    }
    return { match, rest };
  } finally {
    for (const x of matchList) rt.decref(x);
    for (const x of restList) rt.decref(x);
  }
}

/** exceptiongroup_subset: `orig.derive(excs)` with orig's traceback, context, cause and notes. */
function subset(rt: Runtime, orig: ExceptionGroupObject, excs: ExceptionObject[]): ExceptionObject {
  const list = rt.heap.newList(excs);
  let eg: Value;
  try {
    const derive = getAttr(rt, orig, 'derive');
    try {
      eg = call(rt, derive, [list]);
    } finally {
      rt.decref(derive);
    }
  } finally {
    rt.decref(list);
  }
  if (!isExceptionGroup(eg)) {
    rt.decref(eg);
    throw rt.typeError('derive must return an instance of BaseExceptionGroup');
  }
  const heap = rt.heap;
  const [, tb, context, cause] = orig.exc;
  if (tb !== undefined) eg.setExc(heap, 1, tb);
  eg.setExc(heap, 2, context);
  eg.suppressContext = true;
  eg.setExc(heap, 3, cause);
  try {
    const notes = lookupAttr(rt, orig, '__notes__');
    if (notes !== undefined) {
      try {
        if (isSequence(rt, notes)) {
          const items = toArray(rt, notes);
          const copy = rt.heap.newList(items);
          for (const x of items) rt.decref(x);
          try {
            setAttr(rt, eg, '__notes__', copy);
          } finally {
            rt.decref(copy);
          }
        }
      } finally {
        rt.decref(notes);
      }
    }
  } catch (e) {
    rt.decref(eg);
    throw e;
  }
  return eg;
}

/** The leaves of an exception (itself, or every non-group exception nested in a group). */
function collectLeaves(exc: ExceptionObject, into: Set<Value>): void {
  if (!isExceptionGroup(exc)) {
    into.add(exc);
    return;
  }
  for (const e of exc.exceptions) collectLeaves(e as ExceptionObject, into);
}

// ---- except* ------------------------------------------------------------------------------

/**
 * check_except_star_type_valid: the clause's type must be exception
 * classes, none of them an exception group. Returns the error, or null.
 */
export function exceptStarTypeError(rt: Runtime, type: Value): string | null {
  const classes = type instanceof TupleObject ? type.items : [type];
  for (const c of classes) {
    if (!(c instanceof ClassObject) || !rt.types.isExceptionClass(c)) return 'catching classes that do not inherit from BaseException is not allowed';
  }
  for (const c of classes) {
    if (isGroupClass(rt, c as ClassObject)) return 'catching ExceptionGroup with except* is not allowed. Use except instead.';
  }
  return null;
}

/**
 * exception_group_match (CHECK_EG_MATCH): the part of `exc` an `except*
 * type` clause handles and the rest (new references or null). A naked
 * exception that matches is wrapped in a group ("" message) that shares
 * its traceback.
 */
export function exceptionGroupMatch(rt: Runtime, exc: ExceptionObject, type: Value): SplitResult {
  if (exceptionMatchesType(rt, exc, type)) {
    if (isExceptionGroup(exc)) return { match: rt.incref(exc), rest: null };
    const excs = rt.newTuple([exc]);
    let wrapped: ExceptionGroupObject;
    try {
      wrapped = newExceptionGroup(rt, rt.types.get('BaseExceptionGroup'), ['', excs]);
    } finally {
      rt.decref(excs);
    }
    const tb = exc.exc[1];
    if (tb !== undefined) wrapped.setExc(rt.heap, 1, tb);
    return { match: wrapped, rest: null };
  }
  if (isExceptionGroup(exc)) {
    const split = getAttr(rt, exc, 'split');
    let pair: Value;
    try {
      pair = call(rt, split, [type]);
    } finally {
      rt.decref(split);
    }
    try {
      if (!(pair instanceof TupleObject) || pair.items.length !== 2) {
        throw rt.typeError(`${exc.cls.name}.split must return a 2-tuple, got ${rt.typeName(pair)}`);
      }
      const [m, r] = pair.items;
      return { match: m === null ? null : (rt.incref(m) as ExceptionObject), rest: r === null ? null : (rt.incref(r) as ExceptionObject) };
    } finally {
      rt.decref(pair);
    }
  }
  return { match: null, rest: rt.incref(exc) };
}

/** is_same_exception_metadata: the same traceback, cause, context and notes (a re-raise). */
function sameMetadata(a: ExceptionObject, b: ExceptionObject): boolean {
  return a.exc[1] === b.exc[1] && a.exc[2] === b.exc[2] && a.exc[3] === b.exc[3] && a.getAttr('__notes__') === b.getAttr('__notes__');
}

/**
 * _PyExc_PrepReraiseStar: what an except* statement raises after its
 * clauses ran, from `orig` and what each clause raised (then the unhandled
 * rest): null when everything was handled. Re-raised parts are projected
 * back onto the original group's shape; newly raised ones and that
 * projection are put together in a new group. A new reference.
 */
export function prepReraiseStar(rt: Runtime, orig: ExceptionObject, excs: ExceptionObject[]): ExceptionObject | null {
  if (excs.length === 0) return null;
  if (!isExceptionGroup(orig)) return rt.incref(excs[0]);
  const raised: ExceptionObject[] = [];
  const reraised: ExceptionObject[] = [];
  for (const e of excs) (sameMetadata(e, orig) ? reraised : raised).push(e);
  let projected: ExceptionObject | null = null;
  if (reraised.length > 0) {
    const ids = new Set<Value>();
    for (const e of reraised) collectLeaves(e, ids);
    projected = splitRecursive(rt, orig, { kind: 'ids', ids }, false).match;
  }
  if (raised.length === 0) return projected;
  const parts = projected === null ? raised : [...raised, projected];
  if (parts.length === 1) return rt.incref(parts[0]);
  const list = rt.heap.newList(parts);
  try {
    return newExceptionGroup(rt, rt.types.get('BaseExceptionGroup'), ['', list]);
  } finally {
    rt.decref(list);
    rt.decref(projected);
  }
}

// ---- the type's methods and attributes ------------------------------------------------------------

function group(rt: Runtime, self: Value, method: string): ExceptionGroupObject {
  if (isExceptionGroup(self)) return self;
  throw descriptorMisuse(rt, method, 'BaseExceptionGroup', self);
}

/**
 * BaseException_new / BaseExceptionGroup_new as `__new__`: a bare
 * exception of `cls` whose args are the arguments (a group checks them
 * and keeps message and exceptions). Reached by a Python `__new__` through
 * `super().__new__(cls, ...)`; type_call then runs `__init__`.
 */
function allocException(rt: Runtime, cls: ClassObject, args: Value[]): Value {
  if (isGroupClass(rt, cls)) return newExceptionGroup(rt, cls, args);
  rt.heap.reserve();
  rt.heap.incref(cls);
  const obj = rt.heap.register(new ExceptionObject(cls));
  rt.heap.track(obj);
  const t = rt.newTuple(args);
  obj.setExc(rt.heap, 0, t);
  rt.heap.decref(t);
  return obj;
}

export function installExceptionGroupType(rt: Runtime): void {
  for (const name of ['BaseException', 'BaseExceptionGroup']) {
    registerType(rt, {
      name,
      slots: {},
      tp_new: (rt2, args, _kwargs, c) => allocException(rt2, c, args),
      tp_alloc: (rt2, c, args) => allocException(rt2, c, args),
    });
  }
  const cls = rt.types.get('BaseExceptionGroup');
  defineMethods(cls, {
    derive(rt2, self, args) {
      const eg = group(rt2, self, 'derive');
      if (args.length !== 1) throw rt2.typeError(`BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)`);
      return newExceptionGroup(rt2, rt2.types.get('BaseExceptionGroup'), [eg.egMessage ?? null, args[0]]);
    },
    split(rt2, self, args) {
      const eg = group(rt2, self, 'split');
      if (args.length !== 1) throw rt2.typeError(`BaseExceptionGroup.split() takes exactly one argument (${args.length} given)`);
      const r = splitRecursive(rt2, eg, matcherOf(rt2, args[0]), true);
      const t = rt2.newTuple([r.match, r.rest]);
      rt2.decref(r.match);
      rt2.decref(r.rest);
      return t;
    },
    subgroup(rt2, self, args) {
      const eg = group(rt2, self, 'subgroup');
      if (args.length !== 1) throw rt2.typeError(`BaseExceptionGroup.subgroup() takes exactly one argument (${args.length} given)`);
      return splitRecursive(rt2, eg, matcherOf(rt2, args[0]), false).match;
    },
  });
  defineGetters(cls, {
    message: (rt2, self) => rt2.incref(group(rt2, self, 'message').egMessage ?? null),
    exceptions: (rt2, self) => rt2.incref(group(rt2, self, 'exceptions').egExceptions ?? null),
  });

}
