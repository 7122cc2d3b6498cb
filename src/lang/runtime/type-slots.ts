/**
 * Type slots: the table through which the runtime reaches a builtin type's
 * behaviour, as CPython reaches it through `Py_TYPE(o)->tp_*`.
 *
 * A builtin type is one file (src/lang/runtime/types/NAME-type.ts) that
 * exports a {@link BuiltinType}: the JS classes of its objects, its slots
 * (tp_repr, tp_hash, tp_richcompare, tp_iter, tp_iternext, sq_length,
 * sq_contains, mp_subscript, mp_ass_subscript, nb_bool, the number slots),
 * its method table (tp_methods), its getset table (tp_getset) and its
 * constructor (tp_new followed by tp_init). `registerType(rt, def)` stores
 * the slots on the runtime's own class object for the type (so each Runtime
 * owns its table: nothing here is a module-level singleton), maps the JS
 * classes to it for `type()`, and installs methods, getters and constructor.
 *
 * Adding a type: write `types/foo-type.ts` exporting `fooType`, and add one
 * line `registerType(rt, fooType)` to `types/index.ts`. The runtime's
 * protocol functions (len, iter, next, repr, hash, richCompare, getItem,
 * binaryOp, getattr, ...) then reach it without knowing it exists.
 *
 * Dispatch: `rt.slotsOf(v)` is `type(v)`'s table; a class statement's class
 * inherits the table of its nearest builtin base (inherit_slots), which is
 * how `class D(dict)` instances keep dict's slots. A heap type's own dunders
 * (`__len__`, `__repr__`, ...) are consulted first by the protocol functions
 * (CPython's slot_* wrappers), and the inherited builtin slot is the fallback.
 *
 * Invariants: slot functions follow the C API's reference discipline
 * (arguments borrowed, a returned Value is a new reference); a slot that
 * returns NotImplemented (`rt.notImplementedValue()`) lets the protocol try
 * the other operand, exactly as in binary_op1 and do_richcompare.
 */
import { PrimitiveBox, PyException, type ClassObject, type Value } from '../../heap';
import type { Hash } from '../../heap/hash';
import type { Kwargs, Runtime } from './runtime';
import type { CompareOp } from './operators';
import type { BinOp } from './arithmetic';
import { declareGetSets, defineGetters, defineMethods, defineSetters, type Getter, type MethodImpl, type Setter } from './attributes';
import { setConstructor } from './calls';
import { SliceObject } from './native-objects';
import { indexOf, sliceObjectIndices } from './operators';
import { power } from './builtins';

export interface TypeSlots {
  /** tp_repr: repr(self). */
  tp_repr?(rt: Runtime, self: Value): string;
  /** tp_str: str(self); absent means repr. */
  tp_str?(rt: Runtime, self: Value): string;
  /** tp_hash; absent means identity (object's). Unhashable types raise (see {@link unhashable}). */
  tp_hash?(rt: Runtime, self: Value): Hash;
  /** tp_richcompare: a new reference, or NotImplemented. */
  tp_richcompare?(rt: Runtime, self: Value, other: Value, op: CompareOp): Value;
  /** tp_iter: a new reference to an iterator. */
  tp_iter?(rt: Runtime, self: Value): Value;
  /** tp_iternext: a new reference, or undefined when exhausted. */
  tp_iternext?(rt: Runtime, self: Value): Value | undefined;
  /** tp_call. */
  tp_call?(rt: Runtime, self: Value, args: Value[], kwargs: Kwargs): Value;
  /** sq_length / mp_length. */
  sq_length?(rt: Runtime, self: Value): number;
  /** sq_contains. */
  sq_contains?(rt: Runtime, self: Value, item: Value): boolean;
  /** mp_subscript: self[key], a new reference. */
  mp_subscript?(rt: Runtime, self: Value, key: Value): Value;
  /** mp_ass_subscript: self[key] = value, or `del self[key]` when value is undefined. */
  mp_ass_subscript?(rt: Runtime, self: Value, key: Value, value: Value | undefined): void;
  /**
   * sq_slice (the slice case of mp_subscript): self[start:stop:step] with
   * indices already adjusted to the length (PySlice_AdjustIndices).
   */
  sq_slice?(rt: Runtime, self: Value, start: number, stop: number, step: number): Value;
  /**
   * The slice case of mp_ass_subscript: self[start:stop:step] = value, or
   * `del self[start:stop:step]` when value is undefined (indices adjusted).
   */
  sq_ass_slice?(rt: Runtime, self: Value, start: number, stop: number, step: number, value: Value | undefined): void;
  /** nb_bool; absent: sq_length's answer, else true. */
  nb_bool?(rt: Runtime, self: Value): boolean;
  /**
   * nb_bool above is only a fast path of the length's answer: CPython's type
   * has no nb_bool (list, tuple, dict, set, str, bytes), so no `__bool__`
   * is exposed (dir(), hasattr, type.__dict__).
   */
  nb_bool_from_length?: true;
  /**
   * The binary number slots (nb_add, nb_subtract, ... folded into one by
   * operator): `self op other`, or `other op self` when `reflected`.
   * Returns NotImplemented when the operand types don't apply.
   */
  nb_binary?(rt: Runtime, self: Value, op: BinOp, other: Value, reflected: boolean): Value;
  /** nb_inplace_add, ...: `self op= other`, or NotImplemented (then nb_binary is tried). */
  nb_inplace?(rt: Runtime, self: Value, op: BinOp, other: Value): Value;
  /** nb_negative, nb_positive, nb_invert; NotImplemented when absent for `op`. */
  nb_unary?(rt: Runtime, self: Value, op: '-' | '+' | '~'): Value;
  /**
   * tp_getattro for a type that does not use the generic lookup: the
   * attribute (a new reference), or undefined to continue with the type's
   * getset and methods (types.GenericAlias forwards to its origin).
   */
  tp_getattro?(rt: Runtime, self: Value, name: string): Value | undefined;
}

/** A getset entry: a getter, or a getter and a setter. */
export type GetSet = Getter | { get: Getter; set: Setter };

/** Everything about one builtin type (the analogue of a static PyTypeObject). */
export interface BuiltinType {
  /** The type's key in rt.types (`list`, `weakref.WeakSet`, ...). */
  name: string;
  /** The JS classes whose objects are exactly this type (their subclasses are not). */
  instances?: Function[];
  slots: TypeSlots;
  /** tp_methods: name -> implementation (bound per access, as method descriptors are). */
  methods?: Record<string, MethodImpl>;
  /** Slot dunders that tp_methods also defines (METH_COEXIST): the type's __dict__ holds a method_descriptor, not a slot wrapper. */
  coexist?: readonly string[];
  /** tp_getset / tp_members. */
  getset?: Record<string, GetSet>;
  /**
   * The names in `getset` that are READONLY tp_members (assigning one says
   * "readonly attribute"). When given, assigning another getter without a
   * setter says "attribute 'x' of 'T' objects is not writable" (a tp_getset
   * entry without a setter) and any other name is an AttributeError.
   */
  readonlyMembers?: readonly string[];
  /**
   * tp_new then tp_init: `T(*args, **kwargs)` for the type itself. `viaNew`:
   * called as `T.__new__(T, ...)` (tp_new_wrapper), not as `T(...)` (which
   * some types answer by their own vectorcall, with its own messages).
   */
  tp_new?(rt: Runtime, args: Value[], kwargs: Kwargs, cls: ClassObject, viaNew?: boolean): Value;
  /**
   * `T.__new__(cls, *args)` for a class statement's subclass `cls`: a new
   * instance of cls with the builtin's layout (an immutable type builds its
   * value from args here; a mutable one starts empty and leaves its
   * contents to tp_init). A type that has it can be subclassed
   * (Py_TPFLAGS_BASETYPE).
   */
  tp_alloc?(rt: Runtime, cls: ClassObject, args: Value[], kwargs: Kwargs): Value;
  /**
   * Subclass instances are boxes (PrimitiveBox) of an immediate (int, str):
   * the slots and methods a subclass inherits see the immediate it holds.
   */
  boxed?: boolean;
  /**
   * `T.__new__(cls, ...)` passes keyword arguments on to tp_alloc, which
   * decides about them (list, tuple, set, frozenset: constructor-keywords.ts);
   * without it `T.__new__` takes none.
   */
  newChecksKeywords?: boolean;
  /** `T.__init__(self, *args)`: a mutable type's contents from the arguments. */
  tp_init?(rt: Runtime, self: Value, args: Value[], kwargs: Kwargs): void;
  /**
   * The number operators the type implements, for its slot wrappers
   * (`list.__add__`, `set.__ior__`, ...): plain, reflected and in-place.
   */
  nb_ops?: { binary?: BinOp[]; reflected?: BinOp[]; inplace?: BinOp[] };
  /**
   * The type's `+` and `*` in nb_ops are the sequence slots sq_concat and
   * sq_repeat (str, list, tuple, bytes, bytearray), whose wrappers never
   * return NotImplemented: `__add__` (wrap_binaryfunc over sq_concat) raises
   * the concatenation error -- 'concatenate': `can only concatenate T (not
   * "U") to T` (PyUnicode_Concat, list_concat, tuplecat); 'concat': `can't
   * concat U to T` (bytes_concat) -- and `__mul__`/`__rmul__`/`__imul__`
   * (wrap_indexargfunc) take an index or raise.
   */
  sq_concat_error?: 'concatenate' | 'concat';
}

/** The table of a type with no slots of its own (object). */
export const NO_SLOTS: TypeSlots = Object.freeze({});

/** Register `def` on runtime `rt` (on `cls`, by default the class named `def.name`). */
export function registerType(rt: Runtime, def: BuiltinType, cls: ClassObject = rt.types.get(def.name)): ClassObject {
  cls.slotTable = def.slots;
  rt.typeTable.set(cls, def);
  for (const ctor of def.instances ?? []) rt.setFixedType(ctor, cls);
  defineMethods(cls, slotWrappers(def));
  // PyObject_HashNotImplemented: an unhashable type's __hash__ is None in its __dict__.
  if (def.slots.tp_hash === unhashable) cls.setAttr(rt.heap, '__hash__', null);
  if (def.methods !== undefined) defineMethods(cls, def.methods);
  if (def.getset !== undefined) {
    const getters: Record<string, Getter> = {};
    const setters: Record<string, Setter> = {};
    for (const [name, gs] of Object.entries(def.getset)) {
      if (typeof gs === 'function') getters[name] = gs;
      else {
        getters[name] = gs.get;
        setters[name] = gs.set;
      }
    }
    defineGetters(cls, getters);
    if (Object.keys(setters).length > 0) defineSetters(cls, setters);
  }
  // The namespace's member_descriptor and getset_descriptor objects (PyMemberDef, PyGetSetDef).
  const members = def.readonlyMembers ?? [];
  const getsets = Object.keys(def.getset ?? {}).filter((n) => !members.includes(n));
  if (members.length > 0 || getsets.length > 0) declareGetSets(cls, { members, getsets });
  const tpNew = def.tp_new;
  if (tpNew !== undefined) setConstructor(cls, (args, kwargs, c) => tpNew(rt, args, kwargs, c));
  return cls;
}

/**
 * inherit_slots for a class that has no table yet: the table of the first
 * class of its MRO that has one (a class statement's class gets its nearest
 * builtin base's), cached on the class (bases never change).
 */
export function inheritSlots(rt: Runtime, cls: ClassObject): TypeSlots {
  for (const c of cls.mro) {
    if (c.slotTable !== null) {
      const def = rt.typeTable.get(c);
      // Over a boxed type (int, str) the inherited slots unbox self first.
      const table = def?.boxed === true ? unboxedSlots(rt, def) : (c.slotTable as TypeSlots);
      cls.slotTable = table;
      return table;
    }
  }
  cls.slotTable = NO_SLOTS;
  return NO_SLOTS;
}

/**
 * Builtin methods of boxed types that receive the box itself (an int/str
 * subclass instance) rather than the immediate it holds: int.__format__
 * with an empty spec is str(self), which reaches a subclass's __str__.
 */
export function takesBoxedSelf<M extends object>(m: M): M {
  // A mark on the function itself: type files call this while modules are still initializing.
  (m as { takesBoxedSelf?: true }).takesBoxedSelf = true;
  return m;
}

/** `self` as builtin method `m` receives it: unboxed unless `m` takes the box. */
export function selfFor(m: object, self: Value): Value {
  return self instanceof PrimitiveBox && (m as { takesBoxedSelf?: true }).takesBoxedSelf !== true ? self.value : self;
}

/** An int or str subclass instance as the immediate it holds; anything else as itself. */
export function unbox(v: Value): Value {
  return v instanceof PrimitiveBox ? v.value : v;
}

/** `def`'s slots, each applied to the value a box holds (made once per runtime and type). */
function unboxedSlots(rt: Runtime, def: BuiltinType): TypeSlots {
  let t = rt.unboxedSlotTables.get(def);
  if (t === undefined) {
    const out: Record<string, unknown> = {};
    for (const [name, f] of Object.entries(def.slots) as Array<[string, (rt: Runtime, self: Value, ...rest: unknown[]) => unknown]>) {
      out[name] = (rt2: Runtime, self: Value, ...rest: unknown[]) => f(rt2, unbox(self), ...rest);
    }
    t = out as TypeSlots;
    rt.unboxedSlotTables.set(def, t);
  }
  return t;
}

/** PyObject_HashNotImplemented: the tp_hash of mutable containers. */
export function unhashable(rt: Runtime, self: Value): Hash {
  throw rt.typeError(`unhashable type: '${rt.typeName(self)}'`);
}

const BINOP_NAMES: Record<BinOp, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '//': 'floordiv',
  '%': 'mod',
  '/': 'truediv',
  '**': 'pow',
  '<<': 'lshift',
  '>>': 'rshift',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
  '@': 'matmul',
};

const COMPARE_NAMES: Array<[string, CompareOp]> = [
  ['__eq__', '=='],
  ['__ne__', '!='],
  ['__lt__', '<'],
  ['__le__', '<='],
  ['__gt__', '>'],
  ['__ge__', '>='],
];

/** Implementations that are slot wrappers (bound, they are method-wrapper objects). */
const slotWrapperImpls = new WeakSet<MethodImpl>();

/** object's slotdefs entries (the rest of object's methods are plain methods: __format__, __dir__, ...). */
export const OBJECT_SLOT_WRAPPERS: ReadonlySet<string> = new Set([
  '__repr__', '__hash__', '__str__', '__getattribute__', '__setattr__', '__delattr__',
  '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__init__',
]);

export function isSlotWrapper(m: MethodImpl): boolean {
  return slotWrapperImpls.has(m);
}

/** Mark a type's hand-written slot wrappers as such (bound, they are method-wrapper objects). */
export function markSlotWrappers(methods: Record<string, MethodImpl>): Record<string, MethodImpl> {
  for (const m of Object.values(methods)) slotWrapperImpls.add(m);
  return methods;
}

/** markSlotWrappers for unary slots (nb_int, nb_index, nb_negative, ...): wrap_unaryfunc's "expected 0 arguments" check first. */
export function unarySlotWrappers(methods: Record<string, MethodImpl>): Record<string, MethodImpl> {
  const out: Record<string, MethodImpl> = {};
  for (const [name, m] of Object.entries(methods)) {
    out[name] = (rt, self, args, kwargs) => {
      wrapperArity(rt, name, args, 0);
      return m(rt, self, args, kwargs);
    };
  }
  return markSlotWrappers(out);
}

/** PyArg_UnpackTuple(args, "", min, max): its messages start with the empty name's space. */
function unpackArity(rt: Runtime, args: Value[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  const n = args.length < min ? min : max;
  const bound = min === max ? '' : args.length < min ? 'at least ' : 'at most ';
  throw rt.typeError(` expected ${bound}${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** The index a sequence's repeat count must be (PyNumber_AsSsize_t's TypeError). */
function repeatCount(rt: Runtime, v: Value): void {
  if (indexOf(rt, v) === undefined) throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
}

/** `self op other` failed in sq_concat: its TypeError. */
function concatError(rt: Runtime, def: BuiltinType, self: Value, other: Value): never {
  if (def.sq_concat_error === 'concat') throw rt.typeError(`can't concat ${rt.typeName(other)} to ${rt.typeName(self)}`);
  throw rt.typeError(`can only concatenate ${def.name} (not "${rt.typeName(other)}") to ${def.name}`);
}

/** A METH_NOARGS method's check: `T.name() takes no arguments (N given)`, T being type(self)'s name. */
export function noArguments(rt: Runtime, typeName: string, name: string, args: Value[]): void {
  if (args.length !== 0) throw rt.typeError(`${typeName}.${name}() takes no arguments (${args.length} given)`);
}

/** A METH_O method's check: `T.name() takes exactly one argument (N given)`. */
export function exactlyOneArgument(rt: Runtime, typeName: string, name: string, args: Value[]): void {
  if (args.length !== 1) throw rt.typeError(`${typeName}.${name}() takes exactly one argument (${args.length} given)`);
}

function wrapperArity(rt: Runtime, name: string, args: Value[], n: number): void {
  if (args.length !== n) {
    throw rt.typeError(n === 0 ? `expected 0 arguments, got ${args.length}` : `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/**
 * add_operators (typeobject.c slotdefs): the dunder methods a type's slots
 * make visible, so `super().__setitem__(k, v)`, `list.__len__(x)` and
 * `dict.__repr__(d)` reach the builtin behaviour.
 */
function slotWrappers(def: BuiltinType): Record<string, MethodImpl> {
  const s = def.slots;
  const out: Record<string, MethodImpl> = {};
  // n: check_num_args's count; [min, max]: PyArg_UnpackTuple's bounds.
  const add = (name: string, n: number | [number, number], f: (rt: Runtime, self: Value, args: Value[]) => Value): void => {
    const coexists = def.coexist?.includes(name) === true;
    const m: MethodImpl = (rt, self, args) => {
      // A METH_COEXIST method is a METH_O method_descriptor, with its own message.
      if (coexists && n === 1) exactlyOneArgument(rt, rt.typeName(self), name, args);
      else if (typeof n === 'number') wrapperArity(rt, name, args, n);
      else unpackArity(rt, args, n[0], n[1]);
      return f(rt, self, args);
    };
    if (!coexists) slotWrapperImpls.add(m);
    out[name] = m;
  };
  const { tp_repr, tp_str, tp_hash, tp_iter, tp_iternext, sq_length, sq_contains, mp_subscript, mp_ass_subscript, nb_bool } = s;
  if (tp_repr) add('__repr__', 0, (rt, self) => tp_repr(rt, self));
  if (tp_str) add('__str__', 0, (rt, self) => tp_str(rt, self));
  if (tp_hash && tp_hash !== unhashable) add('__hash__', 0, (rt, self) => tp_hash(rt, self));
  if (tp_iter) add('__iter__', 0, (rt, self) => tp_iter(rt, self));
  if (tp_iternext) {
    add('__next__', 0, (rt, self) => {
      const v = tp_iternext(rt, self);
      if (v === undefined) throw rt.error('StopIteration');
      return v;
    });
  }
  if (sq_length) add('__len__', 0, (rt, self) => sq_length(rt, self));
  if (sq_contains) add('__contains__', 1, (rt, self, a) => sq_contains(rt, self, a[0]));
  if (mp_subscript) {
    // A sequence's __getitem__ also takes a slice object (list_subscript, ...).
    const { sq_slice, sq_length } = s;
    add('__getitem__', 1, (rt, self, a) => {
      if (a[0] instanceof SliceObject && sq_slice !== undefined && sq_length !== undefined) {
        const [start, stop, step] = sliceObjectIndices(rt, a[0], sq_length(rt, self));
        return sq_slice(rt, self, start, stop, step);
      }
      return mp_subscript(rt, self, a[0]);
    });
  }
  if (mp_ass_subscript) {
    add('__setitem__', [2, 2], (rt, self, a) => {
      mp_ass_subscript(rt, self, a[0], a[1]);
      return null;
    });
    add('__delitem__', 1, (rt, self, a) => {
      mp_ass_subscript(rt, self, a[0], undefined);
      return null;
    });
  }
  if (nb_bool && s.nb_bool_from_length !== true) add('__bool__', 0, (rt, self) => nb_bool(rt, self));
  const tpCall = s.tp_call;
  if (tpCall) {
    const m: MethodImpl = (rt, self, args, kwargs) => tpCall(rt, self, args, kwargs);
    slotWrapperImpls.add(m);
    out.__call__ = m;
  }
  const cmp = s.tp_richcompare;
  if (cmp) for (const [name, op] of COMPARE_NAMES) add(name, 1, (rt, self, a) => cmp(rt, self, a[0], op));
  const bin = s.nb_binary;
  const seq = def.sq_concat_error !== undefined;
  if (bin) {
    for (const op of def.nb_ops?.binary ?? []) add(`__${BINOP_NAMES[op]}__`, binaryArity(seq, op), binaryWrapper(def, bin, op, false));
    for (const op of def.nb_ops?.reflected ?? []) add(`__r${BINOP_NAMES[op]}__`, binaryArity(seq, op), binaryWrapper(def, bin, op, true));
  }
  const inplace = s.nb_inplace;
  if (inplace) {
    for (const op of def.nb_ops?.inplace ?? []) {
      add(`__i${BINOP_NAMES[op]}__`, seq && op === '*' ? [1, 1] : 1, (rt, self, a) => {
        if (seq && op === '*') repeatCount(rt, a[0]);
        const r = inplace(rt, self, op, a[0]);
        if (seq && op === '+' && r === rt.notImplementedValue()) concatError(rt, def, self, a[0]);
        return r;
      });
    }
  }
  const init = def.tp_init;
  if (init) {
    const m: MethodImpl = (rt, self, args, kwargs) => {
      init(rt, self, args, kwargs);
      return null;
    };
    slotWrapperImpls.add(m);
    out.__init__ = m;
  }
  return out;
}

/** A binary wrapper's argument rule: wrap_ternaryfunc's 1 or 2 for `**`, wrap_indexargfunc's 1 for a repeat, else check_num_args's 1. */
function binaryArity(seq: boolean, op: BinOp): number | [number, number] {
  if (op === '**') return [1, 2];
  return seq && op === '*' ? [1, 1] : 1;
}

/**
 * wrap_binaryfunc(_l/_r) over nb_binary; over sq_concat / sq_repeat for a
 * sequence (see sq_concat_error); wrap_ternaryfunc(_r) for `**`, whose
 * modulus (not None) makes it three-argument pow(), NotImplemented for
 * operands the type's nb_power does not take.
 */
function binaryWrapper(def: BuiltinType, bin: NonNullable<TypeSlots['nb_binary']>, op: BinOp, reflected: boolean) {
  const seq = def.sq_concat_error !== undefined;
  return (rt: Runtime, self: Value, a: Value[]): Value => {
    if (op === '**' && a.length === 2 && a[1] !== null) return ternaryPower(rt, reflected ? a[0] : self, reflected ? self : a[0], a[1]);
    if (seq && op === '*') {
      repeatCount(rt, a[0]);
      return bin(rt, self, op, a[0], false);
    }
    const r = bin(rt, self, op, a[0], reflected);
    if (seq && op === '+' && r === rt.notImplementedValue()) concatError(rt, def, self, a[0]);
    return r;
  };
}

/** nb_power(base, exp, mod): pow()'s answer, NotImplemented where pow() finds no implementation. */
function ternaryPower(rt: Runtime, base: Value, exp: Value, mod: Value): Value {
  try {
    return power(rt, base, exp, mod);
  } catch (e) {
    if (e instanceof PyException && e.pyType === 'TypeError' && e.pyMessage.startsWith('unsupported operand type(s) for ** or pow()')) {
      return rt.notImplementedValue();
    }
    throw e;
  }
}

/** The nearest class of `cls`'s MRO (itself excluded) registered with a tp_alloc: its builtin base. */
export function builtinBase(rt: Runtime, cls: ClassObject): [ClassObject, BuiltinType] | undefined {
  for (const c of cls.mro) {
    if (c === cls) continue;
    const def = rt.typeTable.get(c);
    if (def !== undefined) return def.tp_alloc !== undefined ? [c, def] : undefined;
  }
  return undefined;
}
