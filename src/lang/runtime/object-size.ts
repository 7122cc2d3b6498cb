/**
 * sys.getsizeof (Python/sysmodule.c _PySys_GetSizeOf) with the sizes of a
 * 64-bit CPython 3.11: the object's __sizeof__, plus the GC header (16
 * bytes) for an object of a GC type, plus the pre-header of a managed
 * __dict__ (16 bytes) for an instance that has one.
 *
 * The __sizeof__ of each builtin that gclab models:
 *   - int (long.__sizeof__): 24 + 4 per 30-bit digit, at least one digit
 *     (so 0, True and False are 28);
 *   - float 24, complex 32, None / Ellipsis / NotImplemented 16, range 48;
 *   - str (unicode.__sizeof__ of a compact string): 48 + len + 1 when ASCII,
 *     else 72 + (len + 1) * kind, kind 1, 2 or 4 from the widest character;
 *   - bytes 33 + len; tuple 24 + 8 per item (+ the GC header);
 *   - function 152, bound method 64, cell 40 (fixed sizes, GC header included);
 *   - an instance of a class deriving only from object (object.__sizeof__,
 *     tp_basicsize): 16, plus 8 per __slots__ member, plus 8 for the
 *     __weakref__ slot; its __dict__ is managed (in the pre-header).
 * A class's own __sizeof__ is called instead (its result must be an int >=
 * 0: TypeError / ValueError as CPython's), and `default` is returned when
 * the object has no callable __sizeof__. A class is type.__sizeof__ (see
 * classSize). A class statement's subclass of
 * list, dict, set or frozenset adds its __slots__, a __weakref__ slot and
 * the managed-dict pre-header to the base's size (containerHead). An
 * instance's __dict__ made from its inline values is a split table
 * (_PyDict_SizeOf): 48 + the GC header + 8 per slot of its class's shared
 * keys (dk_nentries + dk_usable: every instance object_new makes and every
 * new key takes one; ClassObject.sharedKeysUsable), until a key the shared
 * keys cannot take, a non-str key, popitem or clear makes it combined. A
 * mappingproxy is 24 + the GC header. Other types gclab does not size raise
 * NotImplementedError.
 */
import { BoundMethod, ClassObject, ComplexObject, DictObject, FloatObject, Instance, ListObject, TupleObject, PyException, isObject, type Value } from '../../heap';
import { SetObject, PySet_MINSIZE } from '../../heap/objects/set-object';
import { ByteArrayObject, BytesObject } from '../../heap/objects/bytes-object';
import { isBuiltinClass, type BuiltinTag } from './builtin-types';
import { CPYTHON_TYPE_LAYOUTS, type CpythonTypeLayout } from './cpython-type-sizes';
import { isHeapCType } from './c-implemented';
import { BuiltinFunction, DictIterator, DictView, RangeIterator, RangeObject, SeqIterator, SliceObject, SuperObject } from './native-objects';
import { WeakProxy, WeakRef } from '../../weakref/reference-type';
import { MappingProxyObject } from './types/mappingproxy-type';
import { MemoryViewObject } from './types/memoryview-type';
import { CellObject, FunctionObject, ModuleObject } from './function-object';
import { Ellipsis } from './types/ellipsis-type';
import { NotImplemented, type Kwargs, type Runtime } from './runtime';
import { callSpecial } from './special-method';
import { releaseExceptionRefs } from '../../weakref/errors';

const GC_HEADER = 16;

function isTypeError(rt: Runtime, e: PyException): boolean {
  if (e.pyValue !== undefined) return rt.isInstance(e.pyValue, rt.types.get('TypeError'));
  return e.pyType === 'TypeError';
}
const MANAGED_DICT_PREHEADER = 16;

/** Size in 30-bit digits of an int's magnitude (at least one). */
function intDigits(n: number | bigint): number {
  let m = typeof n === 'bigint' ? (n < 0n ? -n : n) : BigInt(Math.abs(n));
  let digits = 0;
  while (m > 0n) {
    m >>= 30n;
    digits++;
  }
  return Math.max(1, digits);
}

/** unicode.__sizeof__ of a compact str. */
function strSize(s: string): number {
  let widest = 0;
  let length = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > widest) widest = cp;
    length++;
  }
  if (widest < 0x80) return 48 + length + 1;
  const kind = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  return 72 + (length + 1) * kind;
}

/**
 * Does a class of v's MRO that is not a builtin define __sizeof__ itself?
 * A class standing for a C type (tpName) counts only with a __sizeof__ of
 * its own: the C type's rule written in Python (deque, itertools'
 * combinatorics); without one its layout (CPYTHON_TYPE_LAYOUTS) sizes it.
 */
function definesOwnSizeof(cls: ClassObject): boolean {
  for (const c of cls.mro) {
    if (isBuiltinClass(c) || (c.tpName !== null && C_TYPE_SIZES.has(c.tpName))) return false;
    if (c.dict.has('__sizeof__')) return true;
    if (c.tpName !== null && CPYTHON_TYPE_LAYOUTS.has(c.tpName)) return false;
  }
  return false;
}

/** The tp_name of a builtin class or of a class standing for a C type, as CPYTHON_TYPE_LAYOUTS keys it. */
function layoutKey(c: ClassObject): string | undefined {
  if (isBuiltinClass(c)) {
    const module = (c.tag as BuiltinTag).module;
    return module === 'builtins' ? c.name : `${module}.${c.name}`;
  }
  return c.tpName ?? undefined;
}

/**
 * object.__sizeof__ (tp_basicsize) plus the GC header for an object whose
 * nearest C type keeps object.__sizeof__ and has fixed-size instances
 * (enumerate, zip, property, exceptions, set iterators, itertools.count,
 * operator.itemgetter, ...), from that type's CPython layout. A class
 * statement's subclass (type_new's layout: always a GC type) adds 8 per
 * __slots__ member of its own, 8 for a __weakref__ slot the base lacks,
 * and the managed __dict__'s pre-header (16) when the base has no
 * __dict__ slot of its own (an exception's is in the base). Undefined for
 * types without a layout, variable-size ones, and those with a __sizeof__.
 */
function cLayoutSize(rt: Runtime, v: Value): number | undefined {
  const cls = rt.typeOf(v);
  let base: ClassObject | undefined;
  for (const c of cls.mro) {
    if (layoutKey(c) !== undefined) {
      base = c;
      break;
    }
  }
  // A plain class's instance: plainInstanceSize and instanceOverhead.
  if (base === undefined || base === rt.types.get('object')) return undefined;
  const layout = CPYTHON_TYPE_LAYOUTS.get(layoutKey(base)!);
  if (layout === undefined || !layout.objectSizeof || layout.itemsize !== 0) return undefined;
  return layoutHead(cls, base, layout);
}

/** tp_basicsize of `cls` (the C type `base` or a class statement's subclass of it) with what sys.getsizeof adds before it. */
function layoutHead(cls: ClassObject, base: ClassObject, layout: CpythonTypeLayout): number {
  if (base === cls) return layout.basicsize + (layout.gc ? GC_HEADER : 0);
  const own = cls.slotNames.length - base.slotNames.length;
  const weakrefSlot = cls.instanceWeakrefable && !layout.weaklist ? 8 : 0;
  const dictPreheader = cls.instanceHasDict && !layout.dict ? MANAGED_DICT_PREHEADER : 0;
  return layout.basicsize + 8 * own + weakrefSlot + GC_HEADER + dictPreheader;
}

/** object.__sizeof__ of an instance of a class whose only builtin base is object, or undefined. */
function plainInstanceSize(rt: Runtime, cls: ClassObject): number | undefined {
  const object = rt.types.get('object');
  for (const c of cls.mro) if (isBuiltinClass(c) && c !== object) return undefined;
  return 16 + 8 * cls.slotNames.length + (cls.instanceWeakrefable ? 8 : 0);
}

/** object.__sizeof__: tp_basicsize of an instance of a plain class (16, the header, otherwise). */
export function objectSizeof(rt: Runtime, v: Value): number {
  if (isObject(v) && v instanceof Instance) return plainInstanceSize(rt, v.cls) ?? 16;
  return 16;
}

/** The extra bytes sys.getsizeof adds to an instance's __sizeof__. */
function instanceOverhead(cls: ClassObject): number {
  return (cls.instancesGC ? GC_HEADER : 0) + (cls.instanceHasDict ? MANAGED_DICT_PREHEADER : 0);
}

/**
 * The fixed part of a list, dict, set or frozenset of the builtin type
 * `name` (its tp_basicsize `size`) or of a class statement's subclass of it,
 * with what sys.getsizeof adds: type_new's layout puts each __slots__ member
 * (8 bytes) and a __weakref__ slot the base lacks (list and dict lack one,
 * set has one) after the base's fields; the GC header, and the managed
 * __dict__'s pre-header when instances have a __dict__, come before the
 * object. A subclass of a class that stands for a C type (defaultdict,
 * OrderedDict, Counter's base is a class statement) is left undefined when
 * it is not a class statement's own.
 */
function containerHead(rt: Runtime, v: Value, name: string, size: number): number | undefined {
  let base = rt.types.get(name);
  const cls = rt.typeOf(v);
  if (cls === base) return size + GC_HEADER;
  if (!cls.mro.includes(base)) return undefined;
  let baseWeakrefable = base.instanceWeakrefable;
  for (const c of cls.mro) {
    if (c === base) break;
    const cType = c.tpName === null ? undefined : C_TYPE_SIZES.get(c.tpName);
    if (cType !== undefined) {
      // A C type gclab writes as a class (defaultdict): its own size and no weakref slot.
      if (c === cls) return cType + GC_HEADER;
      [base, size, baseWeakrefable] = [c, cType, false];
      break;
    }
    if (isBuiltinClass(c) || c.tpName !== null) return undefined;
  }
  const own = cls.slotNames.length - (base.slotNames?.length ?? 0);
  // PyODictObject has its own instance dict and weakref list: a subclass adds neither.
  const cOwnsDict = base.tpName !== null && C_TYPES_WITH_DICT.has(base.tpName);
  const weakrefSlot = cls.instanceWeakrefable && !baseWeakrefable && !cOwnsDict ? 8 : 0;
  return size + 8 * own + weakrefSlot + (cOwnsDict ? GC_HEADER : instanceOverhead(cls));
}

/** tp_basicsize of C types gclab writes as plain classes, for their exact instances: _PyNamespaceObject. */
const C_INSTANCE_SIZES: ReadonlyMap<string, number> = new Map([['types.SimpleNamespace', 24]]);

/**
 * tp_basicsize of the dict-based C types gclab writes as classes (sized
 * here, not by their Python __sizeof__): defdictobject (a dict and
 * default_factory), PyODictObject (a dict, its node list ends, fast-node
 * table, resize sentinel, state, instance dict and weakref list).
 */
const C_TYPE_SIZES: ReadonlyMap<string, number> = new Map([['collections.defaultdict', 56], ['collections.OrderedDict', 112]]);

/** The C types of C_TYPE_SIZES whose struct holds an instance dict and a weakref list (tp_dictoffset, tp_weaklistoffset). */
const C_TYPES_WITH_DICT: ReadonlySet<string> = new Set(['collections.OrderedDict']);

/**
 * odict_sizeof's additions to the dict's size: the fast-node table (one
 * pointer per slot of the keys table, which the odict follows on every
 * insert and delete; none once cleared) and a 32-byte _ODictNode per item.
 */
function odictExtra(rt: Runtime, d: DictObject): number {
  if (!rt.typeOf(d).mro.some((c) => c.tpName === 'collections.OrderedDict')) return 0;
  if (d.used === 0) return d.dkLog2 === 0 ? 0 : 8 * (1 << d.dkLog2);
  return 8 * (1 << d.dkLog2) + 32 * d.used;
}

/** sizeof(PyTypeObject) 408 and sizeof(PyHeapTypeObject) 904, each with the GC header. */
const STATIC_TYPE_SIZE = 408 + GC_HEADER;
const HEAP_TYPE_SIZE = 904 + GC_HEADER;
/**
 * _PyDict_KeysSize of the shared keys a class with managed instance dicts
 * owns (ht_cached_keys, _PyDict_NewKeysForClass): the header 32, 64 one-byte
 * indices and 42 entries of 16 bytes; made with the class and never resized.
 */
const CACHED_KEYS_SIZE = 32 + 64 + 42 * 16;

/**
 * type.__sizeof__ plus the GC header: a static type's PyTypeObject; a heap
 * type's PyHeapTypeObject and, when its instances' __dict__ is managed
 * (Py_TPFLAGS_MANAGED_DICT: type_new adds the __dict__ over a base without
 * one whose items are not variable-size, or inherits the flag), the shared
 * keys it caches. Exceptions, metaclasses and subclasses of types whose
 * instances have a dict at tp_dictoffset keep that dict unmanaged.
 */
function classSize(rt: Runtime, cls: ClassObject): number {
  if (isBuiltinClass(cls)) return STATIC_TYPE_SIZE;
  if (cls.tpName !== null) {
    return isHeapCType(cls.tpName) ? HEAP_TYPE_SIZE : STATIC_TYPE_SIZE;
  }
  const type = rt.types.get('type');
  const dictElsewhere = cls.mro.some((c) => c !== cls && c.instanceHasDict && (isBuiltinClass(c) || c.tpName !== null));
  const managed =
    cls.instanceHasDict && !cls.variableSize && !cls.instancesOwnDict && !rt.types.isExceptionClass(cls) && !cls.mro.includes(type) && !dictElsewhere;
  return HEAP_TYPE_SIZE + (managed ? CACHED_KEYS_SIZE : 0);
}

/** __sizeof__ of the builtins gclab models, or undefined. */
function builtinSize(rt: Runtime, v: Value): number | undefined {
  if (v === null) return 16;
  if (v instanceof ClassObject) return classSize(rt, v);
  // object(): tp_basicsize 16, and object is not a GC type.
  if (v instanceof Instance && v.cls === rt.types.get('object')) return 16;
  if (typeof v === 'boolean') return 28;
  if (typeof v === 'number' || typeof v === 'bigint') return 24 + 4 * intDigits(v);
  if (typeof v === 'string') return strSize(v);
  if (v instanceof FloatObject && rt.typeOf(v) === rt.types.get('float')) return 24;
  if (v instanceof ComplexObject && rt.typeOf(v) === rt.types.get('complex')) return 32;
  if (v instanceof BytesObject && rt.typeOf(v) === rt.types.get('bytes')) return 33 + v.value.length;
  // bytearray_sizeof: tp_basicsize and the buffer's allocation (ob_alloc, see byteArrayResize).
  if (v instanceof ByteArrayObject) {
    const base = rt.types.get('bytearray');
    const cls = rt.typeOf(v);
    if (cls === base || (cls.tpName === null && cls.mro.every((c) => c === cls || !isBuiltinClass(c) || c === base || c === rt.types.get('object')))) {
      return layoutHead(cls, base, CPYTHON_TYPE_LAYOUTS.get('bytearray')!) + v.alloc;
    }
  }
  if (v instanceof TupleObject) {
    // A class statement's subclass (namedtuple's): items are variable-size, so a
    // __dict__ is a slot at the end (8 bytes, tp_dictoffset < 0), never managed,
    // and there is no __weakref__ slot (nonempty __slots__ are refused).
    const cls = rt.typeOf(v);
    if (cls === rt.types.get('tuple')) return 24 + 8 * v.items.length + GC_HEADER;
    if (cls.mro.every((c) => c === cls || !isBuiltinClass(c) || c === rt.types.get('tuple') || c === rt.types.get('object')) && cls.tpName === null) {
      return 24 + (cls.instanceHasDict ? 8 : 0) + 8 * v.items.length + GC_HEADER;
    }
  }
  // memoryview: tp_basicsize and tp_itemsize per entry of its shape, strides and suboffsets (3 * ndim; always 1-d here).
  if (v instanceof MemoryViewObject && rt.typeOf(v) === rt.types.get('memoryview')) {
    const layout = CPYTHON_TYPE_LAYOUTS.get('memoryview')!;
    return layout.basicsize + layout.itemsize * 3 + GC_HEADER;
  }
  if (v instanceof RangeObject) return 48;
  // list___sizeof__: sizeof(PyListObject) 40 + 8 per allocated slot (list-object.ts keeps `allocated`).
  if (v instanceof ListObject) {
    const head = containerHead(rt, v, 'list', 40);
    if (head !== undefined) return head + 8 * v.syncAllocation();
  }
  // dict_sizeof (_PyDict_SizeOf): sizeof(PyDictObject) 48, + the keys table the dict owns alone.
  // A split table (an instance's __dict__) counts its values array instead,
  // shared_keys_usable_size pointers: the class owns the keys.
  if (v instanceof DictObject) {
    const head = containerHead(rt, v, 'dict', 48);
    const split = v.splitKeys;
    if (head !== undefined) return head + (split !== null ? 8 * (split.keyNames.length + split.sharedKeysUsable) : v.dkSizeInBytes + odictExtra(rt, v));
  }
  // set_sizeof: sizeof(PySetObject) 200 (8 entries inline), + 16 per slot of a table outside it.
  if (v instanceof SetObject) {
    const head = containerHead(rt, v, 'set', 200) ?? containerHead(rt, v, 'frozenset', 200);
    if (head !== undefined) return head + (v.mask + 1 > PySet_MINSIZE ? 16 * (v.mask + 1) : 0);
  }
  // Fixed-size GC objects (tp_basicsize + the GC header): PyFunctionObject 136,
  // PyMethodObject 48, PyCellObject 24.
  if (v instanceof FunctionObject && rt.typeOf(v) === rt.types.get('function')) return 136 + GC_HEADER;
  if (v instanceof BoundMethod) return 48 + GC_HEADER;
  if (v instanceof CellObject) return 24 + GC_HEADER;
  // mappingproxyobject: the header and the mapping.
  if (v instanceof MappingProxyObject) return 24 + GC_HEADER;
  if (v === Ellipsis || v === NotImplemented) return 16;
  return fixedSize(rt, v) ?? cLayoutSize(rt, v);
}

/** The builtin callables of 56 bytes (PyCFunctionObject, PyMethodDescrObject, PyWrapperDescrObject). */
const BUILTIN_CALLABLE_TYPES: ReadonlySet<string> = new Set(['builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor']);

/**
 * tp_basicsize (+ the GC header for GC types) of fixed-size builtin objects
 * whose type is exactly the builtin one: PySliceObject 40; the sequence
 * iterators (list, tuple, str, seqiter) 32; a method-wrapper 32; rangeiterobject
 * and longrangeiterobject 48 (not GC); dictiterobject 56; dictviewobject
 * 24; PyCFunctionObject 56 and the method and slot-wrapper descriptors 56;
 * PyModuleObject 56; superobject 40; PyWeakReference 64 (a ref or a proxy).
 */
function fixedSize(rt: Runtime, v: Value): number | undefined {
  if (!isObject(v)) return undefined;
  if (v instanceof SliceObject) return 40 + GC_HEADER;
  if (v instanceof SeqIterator) return 32 + GC_HEADER;
  if (v instanceof RangeIterator) return 48;
  if (v instanceof DictIterator) return 56 + GC_HEADER;
  if (v instanceof DictView) return 24 + GC_HEADER;
  if (v instanceof BuiltinFunction) {
    const t = rt.typeOf(v);
    if (t === rt.types.get('method-wrapper')) return 32 + GC_HEADER;
    if (isBuiltinClass(t) && BUILTIN_CALLABLE_TYPES.has(t.name)) return 56 + GC_HEADER;
    return undefined;
  }
  if (v instanceof ModuleObject && rt.typeOf(v) === rt.types.get('module')) return 56 + GC_HEADER;
  if (v instanceof SuperObject && rt.typeOf(v) === rt.types.get('super')) return 40 + GC_HEADER;
  if ((v instanceof WeakRef && v.constructor === WeakRef) || v instanceof WeakProxy) return 64 + GC_HEADER;
  return undefined;
}

export function sysGetsizeof(rt: Runtime, args: Value[], kwargs: Kwargs): Value {
  const kw = kwargs ?? [];
  let obj: Value | undefined = args[0];
  let dflt: Value | undefined = args[1];
  if (args.length > 2) throw rt.typeError(`getsizeof() takes at most 2 arguments (${args.length + kw.length} given)`);
  for (const [k, val] of kw) {
    if (k === 'object' && obj === undefined) obj = val;
    else if (k === 'default' && dflt === undefined) dflt = val;
    else if (k === 'object' || k === 'default') throw rt.typeError(`argument for getsizeof() given by name ('${k}') and position (${k === 'object' ? 1 : 2})`);
    else throw rt.typeError(`'${k}' is an invalid keyword argument for getsizeof()`);
  }
  if (obj === undefined) throw rt.typeError("getsizeof() missing required argument 'object' (pos 1)");

  if (isObject(obj) && obj instanceof Instance && definesOwnSizeof(obj.cls)) {
    let r: Value | undefined;
    try {
      r = callSpecial(rt, obj, '__sizeof__', []);
    } catch (e) {
      // _PySys_GetSizeOf: with a default, a TypeError from the lookup or the call gives the default.
      if (dflt !== undefined && e instanceof PyException && isTypeError(rt, e)) {
        releaseExceptionRefs(rt.heap, e);
        return rt.incref(dflt);
      }
      throw e;
    }
    if (typeof r === 'boolean') r = +r;
    if (typeof r !== 'number' && typeof r !== 'bigint') {
      rt.decref(r);
      throw rt.typeError('an integer is required');
    }
    if (r < 0) throw rt.error('ValueError', '__sizeof__() should return >= 0');
    const extra = instanceOverhead(obj.cls);
    return typeof r === 'bigint' ? r + BigInt(extra) : r + extra;
  }
  const size = builtinSize(rt, obj);
  if (size !== undefined) return size;
  if (isObject(obj) && obj instanceof Instance) {
    // A C type gclab writes as a class: its own struct (namespace: ns_dict in it).
    const cSize = obj.cls.tpName === null ? undefined : C_INSTANCE_SIZES.get(obj.cls.tpName);
    if (cSize !== undefined) return cSize + GC_HEADER;
    const basic = plainInstanceSize(rt, obj.cls);
    if (basic !== undefined) return basic + instanceOverhead(obj.cls);
  }
  throw rt.error('NotImplementedError', `gclab: sys.getsizeof of a '${rt.typeName(obj)}' object is not simulated (its size depends on CPython's allocation history)`);
}
