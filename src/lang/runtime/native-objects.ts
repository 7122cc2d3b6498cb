/**
 * Small built-in object kinds of the interpreter, each a heap object that
 * declares the references it holds: builtin functions (possibly bound to
 * a `self`), iterators, dict views, ranges, exceptions, tracebacks and the
 * frames that tracebacks keep alive.
 *
 * RefHolder is the common shape: a fixed list of owned references,
 * traversed, cleared and released in order (first to last).
 */
import type { Loc } from '../syntax/ast';
import {
  Instance,
  NO_FREE_LIST,
  PyObject,
  SLICE_FREE_SLOT,
  clearWeakRefs,
  isObject,
  type ClassObject,
  type Heap,
  type Value,
  type Visit,
} from '../../heap';

export abstract class RefHolder extends PyObject {
  /** Owned references; `undefined` entries are empty. */
  refs: Array<Value | undefined>;
  constructor(refs: Array<Value | undefined>) {
    super();
    this.refs = refs;
  }
  override traverse(visit: Visit): void {
    for (const v of this.refs) if (isObject(v)) visit(v);
  }
  override clear(heap: Heap): void {
    const r = this.refs;
    this.refs = r.map(() => undefined);
    for (const v of r) heap.xdecref(v);
  }
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    const r = this.refs;
    this.refs = r.map(() => undefined);
    for (const v of r) heap.xdecref(v);
    heap.free(this, this.deallocFreeSlot);
    heap.trashcanEnd();
  }
  /** The free list a dying object of this type is kept on (none by default). */
  get deallocFreeSlot(): number {
    return NO_FREE_LIST;
  }
  ref(i: number): Value {
    return this.refs[i] as Value;
  }
  setRef(heap: Heap, i: number, v: Value | undefined): void {
    if (v !== undefined) heap.incref(v);
    const old = this.refs[i];
    this.refs[i] = v;
    heap.xdecref(old);
  }
}

export type BuiltinImpl = (args: Value[], kwargs: Array<[string, Value]> | null, self: Value | undefined) => Value;

/** builtin_function_or_method: refs[0] is the bound `self`, if any. */
export class BuiltinFunction extends RefHolder {
  constructor(
    readonly name: string,
    readonly impl: BuiltinImpl,
    self: Value | undefined,
    readonly qualname: string = name,
  ) {
    super([self]);
  }
  /** A slot wrapper bound to an object (`obj.__init__` from object): 'method-wrapper', not weakly referenceable. */
  wrapper = false;
  /**
   * A module-level builtin function (`len`, `math.sqrt`): like CPython's
   * builtin_function_or_method it has no __get__, so a class attribute
   * holding it is called without the instance (`__len__ = len`).
   */
  plainFunction = false;
  /** m_module: the name of the native module whose namespace it was made for (`math.sqrt.__module__`). */
  moduleName: string | null = null;
  /** The keyword arguments it accepts ('*': any), when declared with the function (module functions). */
  keywords: readonly string[] | '*' | undefined = undefined;
  /**
   * A type's `__new__` (typeobject.c tp_new_wrapper, METH_VARARGS |
   * METH_KEYWORDS): a call packs its arguments into a tuple and slices off
   * the first (the subtype) into another for tp_new.
   */
  tpNewWrapper = false;
  get typeName(): string {
    return this.wrapper ? 'method-wrapper' : 'builtin_function_or_method';
  }
  override get weakrefable(): boolean {
    return !this.wrapper;
  }
  get self(): Value | undefined {
    return this.refs[0];
  }
}

/** Iterator over a list/tuple/str (refs[0] = the sequence; exhausted: released). */
export class SeqIterator extends RefHolder {
  index = 0;
  /**
   * A str iterator's UTF-16 offset of code point `strOffsetIndex`, so each
   * step reads one code point instead of splitting the string; resynchronised
   * whenever `index` moved by other means (__setstate__).
   */
  strOffset = 0;
  strOffsetIndex = 0;
  constructor(
    seq: Value,
    readonly kind: string,
  ) {
    super([seq]);
  }
  get typeName(): string {
    return this.kind;
  }
}

/** range objects: atoms (not GC), as in CPython. */
/** A range whose bounds or length leave the safe-integer range: the exact values as bigints. */
export interface BigRange {
  start: bigint;
  stop: bigint;
  step: bigint;
  length: bigint;
}

export class RangeObject extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
    /** Set when start, stop, step or the length is beyond 2**53 (the number fields are then unused). */
    readonly big: BigRange | null = null,
  ) {
    super();
  }
  get typeName(): string {
    return 'range';
  }
  override get isGC(): boolean {
    return false;
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  override dealloc(heap: Heap): void {
    heap.die(this);
    heap.free(this);
  }
}

export class RangeIterator extends PyObject {
  /** rangeiterobject's start and len: where the walk began and its length (__reduce__ and __setstate__ read them). */
  readonly first: number;
  readonly total: number;
  /** The same for a big range (longrangeiterobject). */
  readonly bigFirst: { next: bigint; remaining: bigint } | null;
  constructor(
    public next: number,
    readonly step: number,
    public remaining: number,
    /** longrangeiterobject: the exact state for a big range. */
    public big: { next: bigint; step: bigint; remaining: bigint } | null = null,
  ) {
    super();
    this.first = next;
    this.total = remaining;
    this.bigFirst = big === null ? null : { next: big.next, remaining: big.remaining };
  }
  get typeName(): string {
    return 'range_iterator';
  }
  override get isGC(): boolean {
    return false;
  }
  override dealloc(heap: Heap): void {
    heap.die(this);
    heap.free(this);
  }
}

/** longrangeiterobject: a range iterator whose bounds do not fit a C long (range(2**70)). */
export class LongRangeIterator extends RangeIterator {
  override get typeName(): string {
    return 'longrange_iterator';
  }
}

/** dict_keyiterator / dict_valueiterator / dict_itemiterator (refs[0] = the dict). */
export class DictIterator extends RefHolder {
  pos = 0;
  /** Entries returned so far (dictiter_len's di->len counts down from ma_used). */
  taken = 0;
  constructor(
    dict: Value,
    readonly kind: 'keys' | 'values' | 'items',
    public used: number,
    /** dict_reverse*iterator (dictreviter_iternext): from the last entry backwards; pos is then the next index to look at. */
    readonly reverse = false,
  ) {
    super([dict]);
  }
  get typeName(): string {
    const kind = this.kind === 'keys' ? 'key' : this.kind === 'values' ? 'value' : 'item';
    return this.reverse ? `dict_reverse${kind}iterator` : `dict_${kind}iterator`;
  }
}

/** dict_keys / dict_values / dict_items views (refs[0] = the dict). */
/** slice (Objects/sliceobject.c): refs = [start, stop, step]; see types/slice-type.ts. */
export class SliceObject extends RefHolder {
  get typeName(): string {
    return 'slice';
  }
  /** slice_dealloc keeps the slice in the one-slice cache when it is empty. */
  override get deallocFreeSlot(): number {
    return SLICE_FREE_SLOT;
  }
}

export class DictView extends RefHolder {
  constructor(
    dict: Value,
    readonly kind: 'keys' | 'values' | 'items',
  ) {
    super([dict]);
  }
  get typeName(): string {
    return 'dict_' + this.kind;
  }
}

/**
 * super(type, obj) (Objects/typeobject.c superobject): refs = [obj, type,
 * obj_type], the order super_dealloc releases them in; obj and obj_type
 * are empty for an unbound super(type). Steals the references.
 */
export class SuperObject extends RefHolder {
  constructor(type: ClassObject, obj: Value | undefined, objType: ClassObject | undefined) {
    super([obj, type, objType]);
  }
  get typeName(): string {
    return 'super';
  }
  get type(): ClassObject {
    return this.refs[1] as ClassObject;
  }
  get obj(): Value | undefined {
    return this.refs[0];
  }
  get objType(): ClassObject | undefined {
    return this.refs[2] as ClassObject | undefined;
  }
}

/**
 * A frame object (PyFrameObject), made when a traceback needs the frame.
 * While the function runs it is a view of the live frame (`live`: it
 * neither owns nor traverses the running frame's locals); when the
 * function returns while something else still holds the frame object, it
 * takes ownership of the locals (take_ownership in Python/frame.c): they
 * then live as long as the frame object, and are released in slot order.
 */
export class FrameObject extends RefHolder {
  /** The running frame this object shows, until it takes ownership. */
  live: { locals: Array<Value | undefined>; cells: PyObject[] } | null;
  /** The evaluator's frame while it exists (for f_globals, f_locals, f_back, f_code); not owned. */
  source: unknown = null;
  /** co_varnames + cells, naming `refs` after take_ownership when they are in that order (f_locals). */
  ownedNames: string[] | null = null;
  /** f_code once the frame is gone (code objects live as long as the interpreter: borrowed). */
  code: Value | undefined = undefined;
  /**
   * Owned after take_ownership: the frame's f_locals dict (made by reading
   * f_locals). frame.clear() leaves it (frame_tp_clear clears only the fast
   * locals), so what it holds lives on until the frame object dies.
   */
  fLocals: Value | null = null;
  /**
   * Owned after take_ownership: f_back, the frame object of the caller the
   * frame returned to (take_ownership links it so a finished frame still
   * answers f_back, and so keeps its caller's frame and locals alive).
   * frame.clear() leaves it (frame_tp_clear); frame_dealloc releases it
   * after the locals.
   */
  back: PyObject | null = null;
  /**
   * Owned after take_ownership of a function call's frame: f_func, the
   * function that ran (a finished frame keeps its function alive, e.g. from
   * a traceback). A generator's frame keeps its f_func among `refs`.
   */
  func: Value = null;
  /**
   * Owned after take_ownership of a frame that ran no function object of
   * gclab's (module code, a class body, exec): its globals dict. CPython's
   * frame holds the f_func that PyEval_EvalCode or the class statement made,
   * which holds the globals; holding the dict itself gives the same counts
   * and reachability, and keeps f_globals answering after the frame ends.
   */
  globals: Value = null;
  /** Owned: f_trace, the frame's local trace function (sys.settrace; interp/sys-trace.ts), or undefined. */
  fTrace: Value | undefined = undefined;
  /** f_trace_lines: 'line' events are reported to f_trace. */
  traceLines = true;
  /** f_trace_opcodes (kept; gclab reports no 'opcode' events). */
  traceOpcodes = false;
  /** The line of the frame last reported (or passed over) as a 'line' event; -1 before the first. */
  traceLine = -1;

  constructor(
    live: { locals: Array<Value | undefined>; cells: PyObject[] } | null,
    readonly funcName: string,
    readonly filename: string,
    public line: number,
  ) {
    super([]);
    this.live = live;
  }
  get typeName(): string {
    return 'frame';
  }
  /**
   * frame_traverse: while the function runs, the frame belongs to the
   * interpreter's stack, not to this object (`f_frame->owner !=
   * FRAME_OWNED_BY_FRAME_OBJECT`), so nothing is visited: the locals are held
   * from outside the collector's view, as the data stack holds them. Once the
   * object owns the frame: f_locals, the fast locals, f_back.
   */
  override traverse(visit: Visit): void {
    // f_trace is the frame object's own, whoever owns the frame.
    if (isObject(this.fTrace)) visit(this.fTrace);
    if (this.live === null) {
      if (this.back !== null) visit(this.back);
      if (isObject(this.fLocals)) visit(this.fLocals);
      if (isObject(this.func)) visit(this.func);
      if (isObject(this.globals)) visit(this.globals);
      super.traverse(visit);
    }
  }
  /** frame_dealloc: f_func, f_locals, then the fast locals, then f_back. */
  override dealloc(heap: Heap): void {
    heap.untrack(this);
    if (!heap.trashcanBegin(this)) return;
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    const func = this.func;
    this.func = null;
    heap.decref(func);
    const globals = this.globals;
    this.globals = null;
    heap.decref(globals);
    const fLocals = this.fLocals;
    this.fLocals = null;
    if (fLocals !== null) heap.decref(fLocals);
    const r = this.refs;
    this.refs = r.map(() => undefined);
    for (const v of r) heap.xdecref(v);
    const back = this.back;
    this.back = null;
    if (back !== null) heap.decref(back);
    this.setTrace(heap, undefined);
    heap.free(this);
    heap.trashcanEnd();
  }
  /** f_trace = v (a new reference taken; undefined clears it), the old one released last. */
  setTrace(heap: Heap, v: Value | undefined): void {
    const old = this.fTrace;
    if (v !== undefined) heap.incref(v);
    this.fTrace = v;
    if (old !== undefined) heap.decref(old);
  }
  /** take_ownership: the frame's references now belong to this object. */
  takeOwnership(refs: Array<Value | undefined>, back: PyObject | null): void {
    this.live = null;
    this.refs = refs;
    this.back = back;
  }
}

/** A traceback entry: refs = [next traceback, frame]; `line` of the frame. */
export class TracebackObject extends RefHolder {
  /**
   * The source range of the instruction that raised or passed the
   * exception on (co_positions of tb_lasti), when known and on `line`.
   */
  position: Loc | null = null;
  /**
   * tb_lasti: gclab runs no bytecode, so an entry the interpreter adds
   * says 0; TracebackType(...) keeps the value it was given.
   */
  lasti = 0;
  constructor(
    next: Value | undefined,
    frame: Value | undefined,
    readonly filename: string,
    readonly funcName: string,
    readonly line: number,
  ) {
    super([next, frame]);
  }
  get typeName(): string {
    return 'traceback';
  }
}

/**
 * Instances of BaseException and its subclasses: a heap-type instance
 * with the exception's fields (BaseException_traverse/clear): args,
 * __traceback__, __context__, __cause__.
 */
export class ExceptionObject extends Instance {
  /** Owned: [args tuple, traceback, context, cause]. */
  exc: Array<Value | undefined> = [undefined, undefined, undefined, undefined];
  /** __suppress_context__ (set by `raise ... from ...`). */
  suppressContext = false;
  /**
   * Whether __context__ was decided where the exception was raised (a
   * `raise` statement, its first catch, the program assigning it): leaving
   * a handler no longer chains it (interp/exec-statements.ts chainContext).
   */
  contextDecided = false;
  /**
   * Set while type_call runs the builtin init right after BaseException_new:
   * args already holds the call's own argument tuple, which
   * BaseException_init keeps (no second tuple is made).
   */
  argsFromCall = false;
  /** Owned: the fields of its builtin type beside args (exception-fields.ts), or null. */
  fields: Map<string, Value> | null = null;

  /** BaseException has a dict slot of its own (tp_dictoffset): attributes go to a real dict. */
  override get inlineAttributes(): boolean {
    return false;
  }

  /**
   * subtype_traverse then BaseException_traverse: slots, the type, the
   * attributes (the instance dict), args, __traceback__, __cause__, __context__.
   */
  override traverse(visit: Visit): void {
    for (const v of this.slots) if (isObject(v)) visit(v);
    visit(this.cls);
    this.visitAttrs(visit);
    if (this.ownDict !== null) visit(this.ownDict);
    const [args, tb, context, cause] = this.exc;
    if (isObject(args)) visit(args);
    if (isObject(tb)) visit(tb);
    if (isObject(cause)) visit(cause);
    if (isObject(context)) visit(context);
    if (this.fields !== null) for (const v of this.fields.values()) if (isObject(v)) visit(v);
  }
  /** SystemExit_clear, OSError_clear, ...: the type's own fields; then BaseException_clear: the attributes, then args, traceback, context, cause. */
  override releaseContents(heap: Heap): void {
    const fields = this.fields;
    if (fields !== null) {
      this.fields = null;
      for (const v of fields.values()) heap.decref(v);
    }
    super.releaseContents(heap);
    const e = this.exc;
    this.exc = [undefined, undefined, undefined, undefined];
    for (const v of e) heap.xdecref(v);
  }
  /** Set (or, with undefined, unset) one of the type's fields, releasing the old value last. */
  setField(heap: Heap, name: string, v: Value | undefined): void {
    const fields = (this.fields ??= new Map());
    const old = fields.get(name);
    if (v === undefined) fields.delete(name);
    else {
      heap.incref(v);
      fields.set(name, v);
    }
    if (old !== undefined) heap.decref(old);
  }
  setExc(heap: Heap, i: number, v: Value | undefined): void {
    if (v !== undefined) heap.incref(v);
    const old = this.exc[i];
    this.exc[i] = v;
    heap.xdecref(old);
  }
}
