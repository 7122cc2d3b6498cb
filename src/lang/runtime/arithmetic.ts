/**
 * Binary and unary operators (abstract.c's binary_op1 and the number and
 * sequence slots of int, str, list, tuple and dict). Instances take part
 * through their dunders (__add__ / __radd__ / __iadd__ ...), proxies by
 * forwarding to their referents.
 */
import { FloatMathError, floatDivmod, floatPow, intTrueDivide } from './float-math';
import { BytesLikeObject, ClassObject, DictObject, FloatObject, Instance, IntSubInstance, ListObject, PyException, TupleObject, newFloat, type Value } from '../../heap';
import { WeakProxy } from '../../weakref/reference-type';
import { callFoundOnType, callMethodIfDefined } from './calls';
import { isBuiltinClass } from './builtin-types';
import { NotImplemented, type Runtime } from './runtime';
import { MAX_SEQUENCE_LENGTH, floatSubclassDefines, indexOf } from './operators';
import { extendList } from './builtins';
import { dictUpdate } from './methods';
import { complexPower } from './types/complex-type';

export type BinOp = '+' | '-' | '*' | '//' | '%' | '/' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';

const NAMES: Record<BinOp, string> = {
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


function isInt(v: Value): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Back to a JS number when the value fits (ints are numbers whenever they can be). */
export function normInt(b: bigint): number | bigint {
  return b <= MAX_SAFE && b >= -MAX_SAFE ? Number(b) : b;
}

function big(v: number | bigint | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(+v);
}

/** longobject.c arithmetic on arbitrary-precision ints. */
function bigOp(rt: Runtime, op: BinOp, x: number | bigint | boolean, y: number | bigint | boolean): Value {
  const a = big(x);
  const b = big(y);
  switch (op) {
    case '+':
      return normInt(a + b);
    case '-':
      return normInt(a - b);
    case '*':
      return normInt(a * b);
    case '//': {
      if (b === 0n) throw rt.error('ZeroDivisionError', 'integer division or modulo by zero');
      let q = a / b;
      if (a % b !== 0n && a < 0n !== b < 0n) q -= 1n;
      return normInt(q);
    }
    case '%':
      if (b === 0n) throw rt.error('ZeroDivisionError', 'integer modulo by zero');
      return normInt(((a % b) + b) % b);
    case '**':
      // long_pow with a negative exponent is float_pow on the converted operands.
      if (b < 0n) return newFloat(rt.heap, checked(rt, () => floatPow(intToFloat(a), intToFloat(b))));
      return normInt(a ** b);
    case '<<':
      if (b < 0n) throw rt.error('ValueError', 'negative shift count');
      return normInt(a << b);
    case '>>':
      if (b < 0n) throw rt.error('ValueError', 'negative shift count');
      return normInt(a >> b);
    case '&':
      return normInt(a & b);
    case '|':
      return normInt(a | b);
    case '^':
      return normInt(a ^ b);
    case '/':
      if (b === 0n) throw rt.error('ZeroDivisionError', 'division by zero');
      return checked(rt, () => intTrueDivide(a, b));
    case '@':
      throw rt.typeError(`unsupported operand type(s) for @: 'int' and 'int'`);
  }
}

/** a <op> b: a new reference. */
export function binaryOp(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number' && op !== '/' && (op !== '**' || b >= 0)) return intOp(rt, op, a, b);
  // binary_op1's answers for exact floats and ints (float_add ...) and for
  // str + str (unicode_concatenate), without the type and MRO lookups of
  // the general path; anything else (and a float operator's
  // NotImplemented) goes through binaryOp1.
  if (typeof a === 'string') {
    if (typeof b === 'string' && op === '+') return a + b;
  } else if (a instanceof FloatObject) {
    if (a.constructor === FloatObject && (typeof b === 'number' || (b instanceof FloatObject && b.constructor === FloatObject))) {
      const f = floatOp(rt, op, a.value, typeof b === 'number' ? b : b.value);
      if (f !== NotImplemented) return f;
    }
  } else if (typeof a === 'number' && b instanceof FloatObject && b.constructor === FloatObject) {
    const f = floatOp(rt, op, a, b.value);
    if (f !== NotImplemented) return f;
  }
  const r = binaryOp1(rt, op, a, b);
  if (r !== NotImplemented) return r as Value;
  // PyNumber_Add / PyNumber_Multiply fall back to the sequence slots of the left operand.
  const seqName = typeof a === 'string' ? 'str' : a instanceof ListObject ? 'list' : a instanceof TupleObject ? 'tuple' : null;
  if (op === '+' && seqName !== null) {
    throw rt.typeError(`can only concatenate ${seqName} (not "${rt.typeName(b)}") to ${seqName}`);
  }
  const seqA = seqName !== null || a instanceof BytesLikeObject;
  if (op === '*' && (seqA || typeof b === 'string' || b instanceof ListObject || b instanceof TupleObject || b instanceof BytesLikeObject)) {
    const other = seqA ? b : a;
    throw rt.typeError(`can't multiply sequence by non-int of type '${rt.typeName(other)}'`);
  }
  const sym = op === '**' ? '** or pow()' : op;
  throw rt.typeError(`unsupported operand type(s) for ${sym}: '${rt.typeName(a)}' and '${rt.typeName(b)}'`);
}

/** a <op>= b: tries the in-place dunder/slot first, then the binary operator. */
export function inplaceOp(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number' && op !== '/' && (op !== '**' || b >= 0)) return intOp(rt, op, a, b);
  // str and float have no in-place slot: the binary operator (with this function's error message).
  if (typeof a === 'string' || (a instanceof FloatObject && a.constructor === FloatObject)) return binaryForInplace(rt, op, a, b);
  if (a instanceof WeakProxy) return inplaceOp(rt, op, rt.unwrapProxy(a), b instanceof WeakProxy ? rt.unwrapProxy(b) : b);
  if (a instanceof ListObject && op === '+' && a.constructor === ListObject) {
    // list_inplace_concat is list_extend (a length hint for a non-exact iterable).
    extendList(rt, a, b);
    return rt.incref(a);
  }
  if (a instanceof ListObject && op === '*' && isInt(b) && a.constructor === ListObject) {
    listInplaceRepeat(rt, a, b as number | bigint | boolean);
    return rt.incref(a);
  }
  if (a instanceof DictObject && op === '|' && a.constructor === DictObject) {
    dictUpdate(rt, a, b);
    return rt.incref(a);
  }
  if (a instanceof Instance) {
    const m = a.cls.lookup(`__i${NAMES[op]}__`);
    if (m !== undefined) {
      const r = callMethodIfDefined(rt, a, `__i${NAMES[op]}__`, [b])!;
      if ((r as unknown) !== NotImplemented) return r;
    }
  }
  const s = rt.slotsOf(a);
  if (s.nb_inplace !== undefined) {
    const r = s.nb_inplace(rt, a, op, b);
    if (r !== NotImplemented) return r;
  }
  return binaryForInplace(rt, op, a, b);
}

/** binary_iop1's fallback: the binary operator, its error naming the in-place operator. */
function binaryForInplace(rt: Runtime, op: BinOp, a: Value, b: Value): Value {
  try {
    return binaryOp(rt, op, a, b);
  } catch (e) {
    // binary_iop1's error names the in-place operator.
    const sym = op === '**' ? '** or pow()' : op;
    if (e instanceof PyException && e.pyType === 'TypeError' && e.pyValue === undefined && e.pyMessage.startsWith(`unsupported operand type(s) for ${sym}:`)) {
      throw rt.typeError(e.pyMessage.replace(`for ${sym}:`, `for ${op}=:`));
    }
    throw e;
  }
}

/** A float subclass instance whose class defines `op`'s method or its reflection: the slots decide, not float_add. */
function floatOverride(v: Value, op: BinOp): boolean {
  return v instanceof FloatObject && v.constructor !== FloatObject && (floatSubclassDefines(v, `__${NAMES[op]}__`) || floatSubclassDefines(v, `__r${NAMES[op]}__`));
}

/** The value of an int or float operand, or undefined. */
export function numberOf(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return +v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof FloatObject) return v.value;
  if (v instanceof IntSubInstance) return Number(v.value);
  return undefined;
}

/** PyLong_AsDouble: the nearest float, or OverflowError. */
function intToFloat(v: number | bigint | boolean): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw new FloatMathError('OverflowError', 'int too large to convert to float');
  return x;
}

/** Run a float-math computation, raising its errors as Python exceptions. */
function checked(rt: Runtime, compute: () => number): number {
  try {
    return compute();
  } catch (e) {
    if (e instanceof FloatMathError) throw rt.error(e.pyType, e.pyMessage);
    throw e;
  }
}

/** float_add ... float_pow: int operands are converted; the result is a float. */
function floatOp(rt: Runtime, op: BinOp, x: number, y: number): Value {
  const f = (v: number) => newFloat(rt.heap, v);
  switch (op) {
    case '+':
      return f(x + y);
    case '-':
      return f(x - y);
    case '*':
      return f(x * y);
    case '/':
      if (y === 0) throw rt.error('ZeroDivisionError', 'float division by zero');
      return f(x / y);
    case '//': {
      if (y === 0) throw rt.error('ZeroDivisionError', 'float floor division by zero');
      return f(floatDivmod(x, y)[0]);
    }
    case '%': {
      if (y === 0) throw rt.error('ZeroDivisionError', 'float modulo');
      return f(floatDivmod(x, y)[1]);
    }
    case '**':
      // float_pow: a negative base to a fractional power is complex_pow's.
      if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) return complexPower(rt, x, y);
      return f(checked(rt, () => floatPow(x, y)));
    default:
      return NotImplemented;
  }
}

function binaryOp1(rt: Runtime, op: BinOp, a: Value, b: Value): Value | typeof NotImplemented {
  if (isInt(a) && isInt(b)) {
    if (op === '/') {
      const x = typeof a === 'boolean' ? +a : a;
      const y = typeof b === 'boolean' ? +b : b;
      if (y === 0 || y === 0n) throw rt.error('ZeroDivisionError', 'division by zero');
      return newFloat(rt.heap, checked(rt, () => intTrueDivide(x, y)));
    }
    if (op === '**' && Number(b) < 0) {
      return newFloat(rt.heap, checked(rt, () => floatPow(intToFloat(a), intToFloat(b))));
    }
    return intOp(rt, op, a, b);
  }
  if ((a instanceof FloatObject || b instanceof FloatObject) && !floatOverride(a, op) && !floatOverride(b, op)) {
    const x = numberOf(a);
    const y = numberOf(b);
    if (x !== undefined && y !== undefined) {
      // convert_to_double: an int operand too large for a float.
      const floatOperator = op !== '<<' && op !== '>>' && op !== '&' && op !== '|' && op !== '^' && op !== '@';
      if (floatOperator && ((typeof a === 'bigint' && !Number.isFinite(x)) || (typeof b === 'bigint' && !Number.isFinite(y)))) {
        throw rt.error('OverflowError', 'int too large to convert to float');
      }
      return floatOp(rt, op, x, y);
    }
  }
  const ta = rt.typeOf(a);
  const tb = rt.typeOf(b);
  let triedReflected = false;
  // binary_op1 / SLOT1BINFULL: the right operand's reflected method goes first when its type is a
  // subclass whose reflected method differs from the left type's (method_is_overloaded); one it only
  // inherits waits for the left operand's method.
  const reflected = tb.lookup(`__r${NAMES[op]}__`);
  if (ta !== tb && tb.isSubclassOf(ta) && reflected !== undefined && reflected !== ta.lookup(`__r${NAMES[op]}__`)) {
    triedReflected = true;
    const r = slot(rt, op, b, a, true);
    if (r !== NotImplemented) return r;
  }
  const r1 = slot(rt, op, a, b, false);
  if (r1 !== NotImplemented) return r1;
  if (ta !== tb && !triedReflected) {
    const r2 = slot(rt, op, b, a, true);
    if (r2 !== NotImplemented) return r2;
  }
  // sequence_repeat: `seq * n` takes n through __index__.
  if (op === '*') {
    const seqFirst = typeof a === 'string' || a instanceof ListObject || a instanceof TupleObject;
    const n = indexOf(rt, seqFirst ? b : a);
    const seq = seqFirst ? a : b;
    if (n !== undefined && (typeof seq === 'string' || seq instanceof ListObject || seq instanceof TupleObject)) {
      return repeat(rt, seq, n);
    }
  }
  return NotImplemented;
}

/** One operand's slot: `self <op> other`, or reflected `other <op> self`. */
function slot(rt: Runtime, op: BinOp, self: Value, other: Value, reflected: boolean): Value | typeof NotImplemented {
  if (self instanceof WeakProxy) {
    const x = rt.unwrapProxy(self);
    const y = other instanceof WeakProxy ? rt.unwrapProxy(other) : other;
    return reflected ? binaryOp(rt, op, y, x) : binaryOp(rt, op, x, y);
  }
  if (self instanceof Instance) {
    const name = reflected ? `__r${NAMES[op]}__` : `__${NAMES[op]}__`;
    if (self.cls.lookup(name) !== undefined) {
      const r = callMethodIfDefined(rt, self, name, [other])!;
      return (r as unknown) === NotImplemented ? NotImplemented : r;
    }
  }
  if (self instanceof ClassObject) {
    // A class whose metaclass defines the operator in Python (the metaclass's slot_nb_*).
    const meta = rt.typeOf(self);
    const name = reflected ? `__r${NAMES[op]}__` : `__${NAMES[op]}__`;
    const owner = meta.mro.find((c) => c.dict.has(name));
    if (owner !== undefined && !isBuiltinClass(owner)) {
      const m = owner.dict.get(name)!;
      rt.incref(m);
      try {
        const r = callFoundOnType(rt, m, self, meta, [other]);
        return (r as unknown) === NotImplemented ? NotImplemented : r;
      } finally {
        rt.decref(m);
      }
    }
  }
  const s = rt.slotsOf(self);
  if (s.nb_binary !== undefined) return s.nb_binary(rt, self, op, other, reflected);
  return NotImplemented;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

function intValue(v: number | bigint | boolean): number | bigint {
  return typeof v === 'boolean' ? +v : v;
}

/**
 * sequence_repeat with list_repeat / tuple_repeat / unicode_repeat's checks:
 * a count beyond Py_ssize_t is OverflowError "cannot fit 'int' into an
 * index-sized integer"; an empty result costs nothing (`[] * 10**9`); a size
 * past PY_SSIZE_T_MAX is MemoryError for lists and tuples and "repeated
 * string is too long" for str; past what gclab can hold, MemoryError; each
 * element copied is a step.
 */
/** sq_repeat of str, list and tuple (their nb_binary's `*`): a new sequence, with repeat's checks. */
export function repeatSequence(rt: Runtime, a: Value, count: number | bigint): Value {
  return repeat(rt, a, count);
}

/** list_inplace_repeat (`l *= n`, list.__imul__): list_repeat's count and size checks, then _list_clear or one resize. */
export function listInplaceRepeat(rt: Runtime, a: ListObject, b: number | bigint | boolean): void {
  // list_inplace_repeat: the same count and size checks as list_repeat.
  const count = intValue(b);
  if (typeof count === 'bigint' && (count > PY_SSIZE_T_MAX || count < -PY_SSIZE_T_MAX - 1n)) {
    throw rt.error('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  const n = Number(count);
  if (n > 1 && a.items.length > 0) {
    if (BigInt(a.items.length) * BigInt(count) > PY_SSIZE_T_MAX || a.items.length * n > MAX_SEQUENCE_LENGTH) throw rt.error('MemoryError');
    rt.evaluator.chargeSteps(a.items.length * (n - 1));
  }
  const orig = a.items.length === 0 ? [] : a.items.slice();
  // list_inplace_repeat: _list_clear, or one list_resize to the product.
  if (n <= 0) a.noteAssSlice(orig.length, orig.length, 0);
  else a.noteAssSlice(orig.length, 0, orig.length * (n - 1));
  if (n <= 0) {
    const old = a.items;
    a.items = [];
    for (let i = old.length - 1; i >= 0; i--) rt.decref(old[i]);
  } else if (orig.length > 0) {
    for (let i = 1; i < n; i++) {
      for (const x of orig) {
        rt.incref(x);
        a.items.push(x);
      }
    }
  }
}

function repeat(rt: Runtime, a: Value, count: number | bigint): Value | typeof NotImplemented {
  if (!(typeof a === 'string' || a instanceof ListObject || a instanceof TupleObject)) return NotImplemented;
  if (typeof count === 'bigint' && (count > PY_SSIZE_T_MAX || count < -PY_SSIZE_T_MAX - 1n)) {
    throw rt.error('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  const n = Number(count);
  const size = typeof a === 'string' ? a.length : a.items.length;
  if (n <= 0 || size === 0) {
    if (typeof a === 'string') return '';
    return a instanceof ListObject ? rt.heap.newList([]) : n <= 0 || a.items.length === 0 ? rt.newTuple([]) : rt.incref(a);
  }
  if (n === 1 && a instanceof TupleObject && a.constructor === TupleObject) return rt.incref(a);
  if (BigInt(size) * BigInt(count) > PY_SSIZE_T_MAX) {
    if (typeof a === 'string') throw rt.error('OverflowError', 'repeated string is too long');
    throw rt.error('MemoryError');
  }
  const total = size * n;
  if (total > MAX_SEQUENCE_LENGTH * (typeof a === 'string' ? 8 : 1)) throw rt.error('MemoryError');
  if (typeof a === 'string') return a.repeat(n);
  rt.evaluator.chargeSteps(total);
  const items: Value[] = new Array(total);
  for (let i = 0, k = 0; i < n; i++) for (const x of a.items) items[k++] = x;
  return a instanceof ListObject ? rt.heap.newList(items) : rt.newTuple(items);
}

function intOp(rt: Runtime, op: BinOp, x: number | bigint | boolean, y: number | bigint | boolean): Value {
  if (typeof x === 'bigint' || typeof y === 'bigint') return bigOp(rt, op, x, y);
  const r = smallIntOp(rt, op, x, y);
  if (typeof r === 'number' && !Number.isSafeInteger(r) && op !== '/' && Number.isFinite(r)) return bigOp(rt, op, x, y);
  if (typeof r === 'number' && !Number.isFinite(r) && op !== '/') return bigOp(rt, op, x, y);
  return r;
}

function fitsInt32(n: number): boolean {
  return n >= -0x80000000 && n <= 0x7fffffff;
}

function smallIntOp(rt: Runtime, op: BinOp, x: number | boolean, y: number | boolean): Value {
  const a = +x;
  const b = +y;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '//':
      if (b === 0) throw rt.error('ZeroDivisionError', 'integer division or modulo by zero');
      return Math.floor(a / b);
    case '%':
      if (b === 0) throw rt.error('ZeroDivisionError', 'integer modulo by zero');
      return ((a % b) + b) % b;
    case '/':
      if (b === 0) throw rt.error('ZeroDivisionError', 'division by zero');
      return a / b;
    case '**':
      return a ** b;
    case '<<':
      if (b < 0) throw rt.error('ValueError', 'negative shift count');
      return a * 2 ** b;
    case '>>':
      if (b < 0) throw rt.error('ValueError', 'negative shift count');
      return Math.floor(a / 2 ** b);
    // JS's & | ^ work on 32-bit integers: wider operands go through BigInt.
    case '&':
      if (typeof x === 'boolean' && typeof y === 'boolean') return x && y;
      return fitsInt32(a) && fitsInt32(b) ? a & b : bigOp(rt, op, a, b);
    case '|':
      if (typeof x === 'boolean' && typeof y === 'boolean') return x || y;
      return fitsInt32(a) && fitsInt32(b) ? a | b : bigOp(rt, op, a, b);
    case '^':
      if (typeof x === 'boolean' && typeof y === 'boolean') return x !== y;
      return fitsInt32(a) && fitsInt32(b) ? a ^ b : bigOp(rt, op, a, b);
    case '@':
      throw rt.typeError(`unsupported operand type(s) for @: 'int' and 'int'`);
  }
}

/** -v, +v, ~v */
export function unaryOp(rt: Runtime, op: '-' | '+' | '~', v: Value): Value {
  if (typeof v === 'bigint') return normInt(op === '-' ? -v : op === '+' ? v : ~v);
  if (v instanceof FloatObject && op !== '~' && v.constructor === FloatObject) return newFloat(rt.heap, op === '-' ? -v.value : v.value);
  // long_invert: ~v == -(v + 1) (JS's ~ would truncate to 32 bits)
  if (isInt(v)) return op === '-' ? (v === 0 ? 0 : -v) : op === '+' ? +v : -(+v + 1);
  if (v instanceof WeakProxy) return unaryOp(rt, op, rt.unwrapProxy(v));
  const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
  if (v instanceof Instance) {
    const r = callMethodIfDefined(rt, v, name, []);
    if (r !== undefined) return r;
  }
  const s = rt.slotsOf(v).nb_unary;
  if (s !== undefined) {
    const r = s(rt, v, op);
    if (r !== NotImplemented) return r;
  }
  throw rt.typeError(`bad operand type for unary ${op}: '${rt.typeName(v)}'`);
}
