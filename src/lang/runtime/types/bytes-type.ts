/**
 * bytes (Objects/bytesobject.c and the shared Objects/bytes_methods.c): an
 * immutable sequence of bytes. The object is the heap's BytesObject, whose
 * bytes are a latin-1 JS string (heap/objects/bytes-object.ts); this file is
 * its type object: repr (bytes_repr's quote choice and escapes), hash,
 * comparison (memcmp order), `+ * %`, indexing to ints, slicing, `in` (an
 * int or a bytes-like), the constructor (bytes(n), bytes(iterable of ints),
 * bytes(str, encoding), bytes(bytes-like)) and the methods. The methods are
 * shared with bytearray (bytearray-type.ts), which passes its own result
 * maker: a bytes method returns bytes, a bytearray method a bytearray.
 */
import {
  ByteArrayObject,
  BytesLikeObject,
  BytesObject,
  BytesSubInstance,
  ClassObject,
  Instance,
  ListObject,
  TupleObject,
  newBytes,
  newSubtypeInstance,
  type Value,
} from '../../../heap';
import type { MethodImpl } from '../attributes';
import { call } from '../calls';
import { callSpecial } from '../special-method';
import { decodeBytes, encodeText } from '../codecs';
import { arity, kwarg } from '../methods';
import { indexOf, isIterable, iter, lengthHint, next, toArray } from '../operators';
import { percentFormat } from '../percent-format';
import { asciiRepr } from '../repr';
import { NotImplemented, type Kwargs, type Runtime } from '../runtime';
import { noArguments, type BuiltinType } from '../type-slots';
import { newSeqIterator } from './seq-iterator-type';
import { compareStrings } from './str-type';
import { MemoryViewObject, memoryViewBytes } from './memoryview-type';
import { cIntArg, ssizeArg } from '../c-integer-args';

/** The bytes a bytes-like operand holds (bytes, bytearray, their subclasses), or undefined. */
export function bytesOf(v: Value): string | undefined {
  if (v instanceof BytesLikeObject) return v.value;
  // A memoryview is bytes-like too (its bytes now; ValueError once released).
  return v instanceof MemoryViewObject ? memoryViewBytes(v) : undefined;
}

/** A bytes-like argument, or TypeError "a bytes-like object is required, not 'T'". */
export function bytesArg(rt: Runtime, v: Value): string {
  const b = bytesOf(v);
  if (b === undefined) throw rt.typeError(`a bytes-like object is required, not '${rt.typeName(v)}'`);
  return b;
}

/**
 * bytes_repr / bytearray_repr's body: b'...' with the quote unicode_repr
 * would choose. bytearray_repr escapes a single quote even inside double
 * quotes (`bytearray(b"it\\'s")`), bytes_repr only the chosen quote.
 */
export function bytesRepr(data: string, escapeSingle = false): string {
  const quote = data.includes("'") && !data.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const ch = data[i];
    if (ch === quote || ch === '\\' || (escapeSingle && ch === "'")) out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** A byte value from an int-like (`_getbytevalue`): ValueError outside 0..255. */
export function byteValue(rt: Runtime, v: Value, message = 'byte must be in range(0, 256)'): number {
  const n = indexOf(rt, v);
  if (n === undefined) throw rt.typeError(`'${rt.typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === 'bigint' || n < 0 || n > 255) throw rt.error('ValueError', message);
  return n;
}

/**
 * The bytes of an iterable of ints (bytes(iterable), bytearray.extend):
 * _PyBytes_FromList/_PyBytes_FromTuple read an exact list or tuple in
 * place; any other iterable is read one item at a time (_PyBytes_FromIterator),
 * each item converted and released before the next is asked for, so a bad
 * item stops the iteration there.
 */
function bytesFromIterable(rt: Runtime, v: Value, hint: boolean): string {
  // bytes' own check says "bytes"; bytearray's _getbytevalue says "byte".
  const message = hint ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)';
  let out = '';
  if ((v instanceof ListObject || v instanceof TupleObject) && !v.hasInstanceLayout) {
    for (let i = 0; i < v.items.length; i++) out += String.fromCharCode(byteValue(rt, v.items[i], message));
    return out;
  }
  const it = iter(rt, v);
  try {
    // _PyBytes_FromIterator asks for a length hint; bytearray's __init__ does not.
    if (hint && v instanceof Instance) lengthHint(rt, v);
    for (;;) {
      const x = next(rt, it);
      if (x === undefined) return out;
      try {
        out += String.fromCharCode(byteValue(rt, x, message));
      } finally {
        rt.decref(x);
      }
    }
  } finally {
    rt.decref(it);
  }
}

/**
 * The bytes `bytes(x, encoding, errors)` / `bytearray(...)` would hold
 * (bytes_new_impl / bytearray___init___impl): `what` names the type in the
 * messages.
 */
export function bytesFromArgs(rt: Runtime, args: Value[], kwargs: Kwargs, what: 'bytes' | 'bytearray'): string {
  const names = ['source', 'encoding', 'errors'];
  for (const [k] of kwargs ?? []) if (!names.includes(k)) throw rt.typeError(`'${k}' is an invalid keyword argument for ${what}()`);
  if (args.length > 3) throw rt.typeError(`${what}() takes at most 3 arguments (${args.length} given)`);
  const x = args.length > 0 ? args[0] : kwarg(kwargs, 'source');
  const encoding = args.length > 1 ? args[1] : kwarg(kwargs, 'encoding');
  const errors = args.length > 2 ? args[2] : kwarg(kwargs, 'errors');
  if (encoding !== undefined && typeof encoding !== 'string') {
    throw rt.typeError(`${what}() argument 'encoding' must be str, not ${rt.typeName(encoding)}`);
  }
  if (errors !== undefined && typeof errors !== 'string') {
    throw rt.typeError(`${what}() argument 'errors' must be str, not ${rt.typeName(errors)}`);
  }
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) throw rt.typeError('encoding or errors without sequence argument');
    return '';
  }
  if (typeof x === 'string') {
    if (encoding === undefined) throw rt.typeError('string argument without an encoding');
    return encodeText(rt, x, encoding, errors ?? 'strict');
  }
  if (encoding !== undefined) throw rt.typeError('encoding without a string argument');
  if (errors !== undefined) throw rt.typeError('errors without a string argument');
  if (what === 'bytes' && !(x instanceof BytesObject && x.constructor === BytesObject)) {
    const r = bytesDunder(rt, x);
    if (r !== undefined) {
      const rb = (r as BytesObject).value;
      rt.decref(r);
      return rb;
    }
  }
  const b = bytesOf(x);
  if (b !== undefined) return b;
  const n = indexOf(rt, x);
  if (n !== undefined) {
    // PyNumber_AsSsize_t(arg, PyExc_OverflowError), then the sign check.
    if (typeof n === 'bigint' && (n > 2n ** 63n - 1n || n < -(2n ** 63n))) throw rt.error('OverflowError', "cannot fit 'int' into an index-sized integer");
    if (n < 0) throw rt.error('ValueError', 'negative count');
    if (Number(n) > 1 << 28) throw rt.error('MemoryError');
    return '\0'.repeat(Number(n));
  }
  if (!isIterable(rt, x)) throw rt.typeError(`cannot convert '${rt.typeName(x)}' object to ${what}`);
  return bytesFromIterable(rt, x, what === 'bytes');
}

/**
 * bytes_new_impl's and format_obj's `__bytes__` step: the result of
 * `type(x).__bytes__(x)` (looked up on the type, whatever kind of type it
 * is: a class statement's, a bytes subclass's, weakref.ProxyType's), a new
 * reference to a bytes object; undefined when the type has no __bytes__.
 */
export function bytesDunder(rt: Runtime, x: Value): Value | undefined {
  const r = callSpecial(rt, x, '__bytes__', []);
  if (r === undefined || r instanceof BytesObject) return r;
  const t = rt.typeName(r);
  rt.decref(r);
  throw rt.typeError(`__bytes__ returned non-bytes (type ${t})`);
}

/** bytes.fromhex / bytearray.fromhex: pairs of hex digits, whitespace between pairs. */
export function fromHex(rt: Runtime, s: Value): string {
  if (typeof s !== 'string') throw rt.typeError(`fromhex() argument must be str, not ${rt.typeName(s)}`);
  let out = '';
  let i = 0;
  const hex = (c: string | undefined): number => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  while (i < s.length) {
    if (/\s/.test(s[i]) && s[i] !== '\x1c' && s[i] !== '\x1d' && s[i] !== '\x1e' && s[i] !== '\x1f' && s[i] !== '\x85' && s[i] !== '\xa0') {
      i++;
      continue;
    }
    const hi = hex(s[i]);
    if (hi < 0) throw rt.error('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = hex(s[i + 1]);
    if (lo < 0) throw rt.error('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out += String.fromCharCode(hi * 16 + lo);
    i += 2;
  }
  return out;
}

/** The type a classmethod-style builtin was reached through (a class, or an instance's class). */
function classOf(rt: Runtime, self: Value): ClassObject {
  return self instanceof ClassObject ? self : rt.typeOf(self);
}

/** Make a result of the receiving type's base (bytes or bytearray) from latin-1 data. */
export type BytesMaker = (rt: Runtime, data: string) => Value;

const WHITESPACE = ' \t\n\r\x0b\x0c';

function isSpace(c: string): boolean {
  return WHITESPACE.includes(c);
}

/** The optional start/end arguments of find/count/startswith..., as in ADJUST_INDICES. */
function sliceBounds(rt: Runtime, n: number, startV: Value | undefined, endV: Value | undefined): [number, number, boolean] {
  const norm = (v: Value | undefined, d: number): number => {
    if (v === undefined || v === null) return d;
    const i0 = indexOf(rt, v);
    if (i0 === undefined) throw rt.typeError('slice indices must be integers or None or have an __index__ method');
    let i = Number(i0);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const rawStart = startV === undefined || startV === null ? 0 : Number(indexOf(rt, startV) ?? 0);
  return [norm(startV, 0), norm(endV, n), rawStart > n];
}

/** The needle of find/index/count/`in`: a bytes-like, or an int byte value. */
function needleOf(rt: Runtime, v: Value): string {
  const b = bytesOf(v);
  if (b !== undefined) return b;
  const n = indexOf(rt, v);
  if (n === undefined) throw rt.typeError(`argument should be integer or bytes-like object, not '${rt.typeName(v)}'`);
  if (typeof n === 'bigint' || n < 0 || n > 255) throw rt.error('ValueError', 'byte must be in range(0, 256)');
  return String.fromCharCode(n);
}

function findIn(rt: Runtime, data: string, args: Value[], right: boolean): number {
  if (args.length < 1) throw rt.typeError(`${right ? 'rfind' : 'find'}() takes at least 1 argument (0 given)`);
  const sub = needleOf(rt, args[0]);
  const [start, end, past] = sliceBounds(rt, data.length, args[1], args[2]);
  if (past) return -1;
  const part = data.slice(start, Math.max(start, end));
  const i = right ? part.lastIndexOf(sub) : part.indexOf(sub);
  return i < 0 ? -1 : i + start;
}

function splitBytes(rt: Runtime, data: string, args: Value[], kwargs: Kwargs, right: boolean): string[] {
  const sepV = args.length > 0 ? args[0] : (kwarg(kwargs, 'sep') ?? null);
  const maxV = args.length > 1 ? args[1] : (kwarg(kwargs, 'maxsplit') ?? -1);
  let max = Number(indexOf(rt, maxV) ?? -1);
  if (max < 0) max = Infinity;
  if (sepV === null) {
    // Runs of ASCII whitespace separate; no empty strings.
    const out: string[] = [];
    if (!right) {
      let i = 0;
      while (i < data.length) {
        while (i < data.length && isSpace(data[i])) i++;
        if (i >= data.length) break;
        if (out.length >= max) {
          // The rest after maxsplit splits keeps its trailing whitespace.
          out.push(data.slice(i));
          break;
        }
        let j = i;
        while (j < data.length && !isSpace(data[j])) j++;
        out.push(data.slice(i, j));
        i = j;
      }
      return out;
    }
    let i = data.length;
    while (i > 0) {
      while (i > 0 && isSpace(data[i - 1])) i--;
      if (i <= 0) break;
      if (out.length >= max) {
        out.push(data.slice(0, i));
        break;
      }
      let j = i;
      while (j > 0 && !isSpace(data[j - 1])) j--;
      out.push(data.slice(j, i));
      i = j;
    }
    return out.reverse();
  }
  const sep = bytesArg(rt, sepV);
  if (sep === '') throw rt.error('ValueError', 'empty separator');
  const parts = data.split(sep);
  if (parts.length - 1 <= max) return parts;
  if (!right) return [...parts.slice(0, max), parts.slice(max).join(sep)];
  return [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)];
}

function stripBytes(rt: Runtime, data: string, args: Value[], side: 'both' | 'left' | 'right'): string {
  const chars = args.length > 0 && args[0] !== null ? bytesArg(rt, args[0]) : WHITESPACE;
  let a = 0;
  let b = data.length;
  if (side !== 'right') while (a < b && chars.includes(data[a])) a++;
  if (side !== 'left') while (b > a && chars.includes(data[b - 1])) b--;
  return data.slice(a, b);
}

function tailMatch(rt: Runtime, data: string, args: Value[], name: string, atStart: boolean): boolean {
  arity(rt, name, args, 1, 3);
  const [start, end, past] = sliceBounds(rt, data.length, args[1], args[2]);
  const test = (p: string): boolean => {
    if (past) return false;
    const part = data.slice(start, Math.max(start, end));
    return atStart ? part.startsWith(p) : part.endsWith(p);
  };
  const prefix = args[0];
  if (prefix instanceof TupleObject) {
    return prefix.items.some((p) => {
      const b = bytesOf(p);
      if (b === undefined) throw rt.typeError(`a bytes-like object is required, not '${rt.typeName(p)}'`);
      return test(b);
    });
  }
  const b = bytesOf(prefix);
  if (b === undefined) throw rt.typeError(`${name} first arg must be bytes or a tuple of bytes, not ${rt.typeName(prefix)}`);
  return test(b);
}

function padBytes(rt: Runtime, data: string, args: Value[], how: 'center' | 'ljust' | 'rjust'): string {
  arity(rt, how, args, 1, 2);
  // The width is a Py_ssize_t (clinic).
  const w = ssizeArg(rt, args[0]);
  let fill = ' ';
  if (args.length > 1) {
    const f = bytesOf(args[1]);
    if (f === undefined || f.length !== 1) {
      throw rt.typeError(`${how}() argument 2 must be a byte string of length 1, not ${rt.typeName(args[1])}`);
    }
    fill = f;
  }
  if (data.length >= w) return data;
  const total = w - data.length;
  if (how === 'ljust') return data + fill.repeat(total);
  if (how === 'rjust') return fill.repeat(total) + data;
  const left = Math.floor(total / 2) + (total & w & 1);
  return fill.repeat(left) + data + fill.repeat(total - left);
}

const upper = (s: string): string => s.replace(/[a-z]+/g, (m) => m.toUpperCase());
const lower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** The percent-format hooks of bytes (_PyBytes_FormatEx): %s/%b take bytes-likes, %r/%a are ascii(). */
export function bytesPercent(rt: Runtime, data: string, arg: Value): string {
  return percentFormat(rt, data, arg, {
    str(v) {
      const b = bytesOf(v);
      if (b !== undefined) return b;
      const r = bytesDunder(rt, v);
      if (r !== undefined) {
        const rb = (r as BytesObject).value;
        rt.decref(r);
        return rb;
      }
      throw rt.typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${rt.typeName(v)}'`);
    },
    repr: (v) => asciiRepr(rt, v),
    char(v) {
      const b = bytesOf(v);
      if (b !== undefined) {
        if (b.length !== 1) throw rt.typeError('%c requires an integer in range(256) or a single byte');
        return b;
      }
      const n = indexOf(rt, v);
      if (n === undefined || typeof n === 'bigint' || n < 0 || n > 255) {
        if (n === undefined) throw rt.typeError('%c requires an integer in range(256) or a single byte');
        throw rt.error('OverflowError', '%c arg not in range(256)');
      }
      return String.fromCharCode(n);
    },
    key: (k) => newBytes(rt.heap, k),
    what: 'bytes',
  });
}

/**
 * The methods bytes and bytearray share (bytes_methods.c): `make` builds
 * the result type's objects from latin-1 data; `name` is the type's name
 * for messages.
 */
export function sharedBytesMethods(make: BytesMaker, name: 'bytes' | 'bytearray'): Record<string, MethodImpl> {
  const d = (self: Value): string => (self as BytesLikeObject).value;
  const list = (rt: Runtime, parts: string[]): Value => rt.listSteal(parts.map((p) => make(rt, p)));
  return {
    decode(rt, self, args, kwargs) {
      arity(rt, 'decode', args, 0, 2);
      const enc = args.length > 0 ? args[0] : (kwarg(kwargs, 'encoding') ?? 'utf-8');
      const errors = args.length > 1 ? args[1] : (kwarg(kwargs, 'errors') ?? 'strict');
      if (typeof enc !== 'string') throw rt.typeError(`decode() argument 'encoding' must be str, not ${rt.typeName(enc)}`);
      if (typeof errors !== 'string') throw rt.typeError(`decode() argument 'errors' must be str, not ${rt.typeName(errors)}`);
      return decodeBytes(rt, d(self), enc, errors);
    },
    hex(rt, self, args, kwargs) {
      const sepV = args.length > 0 ? args[0] : kwarg(kwargs, 'sep');
      const perV = args.length > 1 ? args[1] : kwarg(kwargs, 'bytes_per_sep');
      const hexes = [...d(self)].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'));
      if (sepV === undefined) return hexes.join('');
      const sep = typeof sepV === 'string' ? sepV : bytesOf(sepV);
      if (sep === undefined || sep.length !== 1) throw rt.error('ValueError', 'sep must be length 1.');
      const per = perV === undefined ? 1 : Number(indexOf(rt, perV) ?? 1);
      const k = Math.abs(per) || 1;
      const groups: string[] = [];
      if (per >= 0) for (let i = hexes.length; i > 0; i -= k) groups.unshift(hexes.slice(Math.max(0, i - k), i).join(''));
      else for (let i = 0; i < hexes.length; i += k) groups.push(hexes.slice(i, i + k).join(''));
      return groups.join(sep);
    },
    fromhex(rt, self, args) {
      arity(rt, 'fromhex', args, 1, 1);
      const data = fromHex(rt, args[0]);
      const cls = classOf(rt, self);
      const base = rt.types.get(name);
      if (cls === base) return make(rt, data);
      // A subclass: cls(base(data)), as bytes_fromhex_impl does.
      const b = make(rt, data);
      try {
        return call(rt, cls, [b]);
      } finally {
        rt.decref(b);
      }
    },
    join(rt, self, args) {
      arity(rt, 'join', args, 1, 1);
      const parts = toArray(rt, args[0]);
      try {
        return make(
          rt,
          parts
            .map((p, i) => {
              const b = bytesOf(p);
              if (b === undefined) throw rt.typeError(`sequence item ${i}: expected a bytes-like object, ${rt.typeName(p)} found`);
              return b;
            })
            .join(d(self)),
        );
      } finally {
        for (const p of parts) rt.decref(p);
      }
    },
    split: (rt, self, args, kwargs) => list(rt, splitBytes(rt, d(self), args, kwargs, false)),
    rsplit: (rt, self, args, kwargs) => list(rt, splitBytes(rt, d(self), args, kwargs, true)),
    splitlines(rt, self, args, kwargs) {
      const keepV = args.length > 0 ? args[0] : (kwarg(kwargs, 'keepends') ?? false);
      const keep = keepV !== false && keepV !== 0 && keepV !== null;
      const t = d(self);
      const out: string[] = [];
      const re = /\r\n|[\n\r]/g;
      let last = 0;
      for (let m = re.exec(t); m !== null; m = re.exec(t)) {
        out.push(t.slice(last, keep ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < t.length) out.push(t.slice(last));
      return list(rt, out);
    },
    strip: (rt, self, args) => make(rt, stripBytes(rt, d(self), args, 'both')),
    lstrip: (rt, self, args) => make(rt, stripBytes(rt, d(self), args, 'left')),
    rstrip: (rt, self, args) => make(rt, stripBytes(rt, d(self), args, 'right')),
    startswith: (rt, self, args) => tailMatch(rt, d(self), args, 'startswith', true),
    endswith: (rt, self, args) => tailMatch(rt, d(self), args, 'endswith', false),
    find: (rt, self, args) => findIn(rt, d(self), args, false),
    rfind: (rt, self, args) => findIn(rt, d(self), args, true),
    index(rt, self, args) {
      const i = findIn(rt, d(self), args, false);
      if (i < 0) throw rt.error('ValueError', 'subsection not found');
      return i;
    },
    rindex(rt, self, args) {
      const i = findIn(rt, d(self), args, true);
      if (i < 0) throw rt.error('ValueError', 'subsection not found');
      return i;
    },
    count(rt, self, args) {
      if (args.length < 1) throw rt.typeError('count() takes at least 1 argument (0 given)');
      const sub = needleOf(rt, args[0]);
      const data = d(self);
      const [start, end, past] = sliceBounds(rt, data.length, args[1], args[2]);
      if (past) return 0;
      const part = data.slice(start, Math.max(start, end));
      if (sub === '') return part.length + 1;
      return part.split(sub).length - 1;
    },
    replace(rt, self, args) {
      arity(rt, 'replace', args, 2, 3);
      const old = bytesArg(rt, args[0]);
      const rep = bytesArg(rt, args[1]);
      let count = args.length > 2 ? Number(indexOf(rt, args[2]) ?? -1) : -1;
      const t = d(self);
      if (count < 0 && old === '') return make(rt, rep + [...t].join(rep) + (t.length > 0 ? rep : ''));
      if (count < 0) return make(rt, t.split(old).join(rep));
      let out = '';
      let i = 0;
      while (count-- > 0) {
        const j = old === '' ? (i <= t.length ? i : -1) : t.indexOf(old, i);
        if (j < 0) break;
        out += t.slice(i, j) + rep;
        if (old === '') {
          if (j < t.length) out += t[j];
          i = j + 1;
        } else i = j + old.length;
      }
      return make(rt, out + t.slice(i));
    },
    partition(rt, self, args) {
      arity(rt, 'partition', args, 1, 1);
      const sep = bytesArg(rt, args[0]);
      if (sep === '') throw rt.error('ValueError', 'empty separator');
      const t = d(self);
      const i = t.indexOf(sep);
      const parts = i < 0 ? [t, '', ''] : [t.slice(0, i), sep, t.slice(i + sep.length)];
      return rt.tupleSteal(parts.map((p) => make(rt, p)));
    },
    rpartition(rt, self, args) {
      arity(rt, 'rpartition', args, 1, 1);
      const sep = bytesArg(rt, args[0]);
      if (sep === '') throw rt.error('ValueError', 'empty separator');
      const t = d(self);
      const i = t.lastIndexOf(sep);
      const parts = i < 0 ? ['', '', t] : [t.slice(0, i), sep, t.slice(i + sep.length)];
      return rt.tupleSteal(parts.map((p) => make(rt, p)));
    },
    removeprefix(rt, self, args) {
      arity(rt, 'removeprefix', args, 1, 1);
      const p = bytesArg(rt, args[0]);
      const t = d(self);
      return make(rt, t.startsWith(p) ? t.slice(p.length) : t);
    },
    removesuffix(rt, self, args) {
      arity(rt, 'removesuffix', args, 1, 1);
      const p = bytesArg(rt, args[0]);
      const t = d(self);
      return make(rt, p !== '' && t.endsWith(p) ? t.slice(0, -p.length) : t);
    },
    upper: (rt, self) => make(rt, upper(d(self))),
    lower: (rt, self) => make(rt, lower(d(self))),
    swapcase: (rt, self) => make(rt, d(self).replace(/[a-zA-Z]/g, (c) => (c <= 'Z' ? c.toLowerCase() : c.toUpperCase()))),
    capitalize: (rt, self) => make(rt, upper(d(self).slice(0, 1)) + lower(d(self).slice(1))),
    title: (rt, self) => make(rt, lower(d(self)).replace(/(^|[^A-Za-z])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase())),
    isdigit: (rt, self) => /^[0-9]+$/.test(d(self)),
    isalpha: (rt, self) => /^[A-Za-z]+$/.test(d(self)),
    isalnum: (rt, self) => /^[A-Za-z0-9]+$/.test(d(self)),
    isspace: (rt, self) => /^[ \t\n\r\x0b\x0c]+$/.test(d(self)),
    isascii: (rt, self) => /^[\x00-\x7f]*$/.test(d(self)),
    isupper: (rt, self) => /[A-Z]/.test(d(self)) && !/[a-z]/.test(d(self)),
    islower: (rt, self) => /[a-z]/.test(d(self)) && !/[A-Z]/.test(d(self)),
    istitle(rt, self) {
      const t = d(self);
      return /[A-Z]/.test(t) && !/[A-Za-z][A-Z]/.test(t) && !/(^|[^A-Za-z])[a-z]/.test(t);
    },
    center: (rt, self, args) => make(rt, padBytes(rt, d(self), args, 'center')),
    ljust: (rt, self, args) => make(rt, padBytes(rt, d(self), args, 'ljust')),
    rjust: (rt, self, args) => make(rt, padBytes(rt, d(self), args, 'rjust')),
    zfill(rt, self, args) {
      arity(rt, 'zfill', args, 1, 1);
      const t = d(self);
      const w = ssizeArg(rt, args[0]);
      const sign = t[0] === '-' || t[0] === '+' ? t[0] : '';
      return make(rt, t.length >= w ? t : sign + t.slice(sign.length).padStart(w - sign.length, '0'));
    },
    expandtabs(rt, self, args, kwargs) {
      // stringlib_expandtabs's tabsize is a C int.
      const size = cIntArg(rt, args.length ? args[0] : (kwarg(kwargs, 'tabsize') ?? 8));
      let col = 0;
      let out = '';
      for (const c of d(self)) {
        if (c === '\t') {
          const n = size > 0 ? size - (col % size) : 0;
          out += ' '.repeat(n);
          col += n;
        } else {
          out += c;
          col = c === '\n' || c === '\r' ? 0 : col + 1;
        }
      }
      return make(rt, out);
    },
    translate(rt, self, args, kwargs) {
      arity(rt, 'translate', args, 1, 2);
      const table = args[0];
      const del = args.length > 1 ? bytesArg(rt, args[1]) : bytesOf(kwarg(kwargs, 'delete') ?? null) ?? '';
      let map: string | null = null;
      if (table !== null) {
        map = bytesArg(rt, table);
        if (map.length !== 256) throw rt.error('ValueError', 'translation table must be 256 characters long');
      }
      let out = '';
      for (const c of d(self)) if (!del.includes(c)) out += map === null ? c : map[c.charCodeAt(0)];
      return make(rt, out);
    },
    maketrans(rt, self, args) {
      arity(rt, 'maketrans', args, 2, 2);
      const from = bytesArg(rt, args[0]);
      const to = bytesArg(rt, args[1]);
      if (from.length !== to.length) throw rt.error('ValueError', 'maketrans arguments must have same length');
      const table: string[] = [];
      for (let i = 0; i < 256; i++) table.push(String.fromCharCode(i));
      for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to[i];
      return newBytes(rt.heap, table.join(''));
    },
  };
}

/** The slots bytes and bytearray share, over `make` (the result type). */
export function sharedBytesSlots(make: BytesMaker, name: 'bytes' | 'bytearray'): BuiltinType['slots'] {
  return {
    tp_richcompare(rt, self, other, op) {
      // bytes_richcompare compares two bytes only (a bytearray answers through its
      // reflected method); bytearray_richcompare takes any buffer (a memoryview).
      if (name === 'bytes' && !(other instanceof BytesLikeObject)) return NotImplemented;
      const o = bytesOf(other);
      if (o === undefined) return NotImplemented;
      return compareStrings(op, (self as BytesLikeObject).value, o);
    },
    tp_iter: (rt, self) => newSeqIterator(rt, self, `${name}_iterator`),
    sq_length: (rt, self) => (self as BytesLikeObject).value.length,
    nb_bool: (rt, self) => (self as BytesLikeObject).value.length > 0,
    nb_bool_from_length: true,
    sq_contains(rt, self, item) {
      const data = (self as BytesLikeObject).value;
      const b = bytesOf(item);
      if (b !== undefined) return data.includes(b);
      const n = indexOf(rt, item);
      if (n === undefined) throw rt.typeError(`a bytes-like object is required, not '${rt.typeName(item)}'`);
      if (typeof n === 'bigint' || n < 0 || n > 255) throw rt.error('ValueError', 'byte must be in range(0, 256)');
      return data.includes(String.fromCharCode(n));
    },
    mp_subscript(rt, self, k) {
      const data = (self as BytesLikeObject).value;
      return data.charCodeAt(byteIndex(rt, k, data.length, name));
    },
    sq_slice(rt, self, start, stop, step) {
      const data = (self as BytesLikeObject).value;
      if (step === 1) return make(rt, data.slice(start, Math.max(start, stop)));
      let out = '';
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out += data[i];
      return make(rt, out);
    },
    nb_binary(rt, self, op, other, reflected) {
      const data = (self as BytesLikeObject).value;
      if (op === '*') {
        const n = indexOf(rt, other);
        if (n === undefined) return NotImplemented;
        return make(rt, repeatBytes(rt, data, n));
      }
      if (reflected) {
        // __rmod__ is bytes_mod(other, self) / bytearray_mod: NotImplemented unless other is one too.
        if (op !== '%' || !(other instanceof BytesLikeObject) || !rt.typeOf(other).isSubclassOf(rt.types.get(name))) return NotImplemented;
        return make(rt, bytesPercent(rt, other.value, self));
      }
      if (op === '+') {
        const o = bytesOf(other);
        if (o === undefined) throw rt.typeError(`can't concat ${rt.typeName(other)} to ${rt.typeName(self)}`);
        return make(rt, data + o);
      }
      if (op === '%') return make(rt, bytesPercent(rt, data, other));
      return NotImplemented;
    },
  };
}

/** An index into a bytes-like of length n (bytes_subscript, bytearray_subscript). */
export function byteIndex(rt: Runtime, k: Value, n: number, name: 'bytes' | 'bytearray'): number {
  const j = indexOf(rt, k);
  if (j === undefined) {
    throw rt.typeError(name === 'bytes' ? `byte indices must be integers or slices, not ${rt.typeName(k)}` : `bytearray indices must be integers or slices, not ${rt.typeName(k)}`);
  }
  if (typeof j === 'bigint') throw rt.error('IndexError', "cannot fit 'int' into an index-sized integer");
  const i = j < 0 ? j + n : j;
  if (i < 0 || i >= n) throw rt.error('IndexError', name === 'bytes' ? 'index out of range' : 'bytearray index out of range');
  return i;
}

/** The bytes of `data * n`, with sequence_repeat's size checks. */
export function repeatBytes(rt: Runtime, data: string, n: number | bigint): string {
  if (n <= 0 || data.length === 0) return '';
  if (typeof n === 'bigint' || data.length * n > 1 << 28) {
    if (typeof n === 'bigint' && (n > 2n ** 63n - 1n)) throw rt.error('OverflowError', "cannot fit 'int' into an index-sized integer");
    throw rt.error('MemoryError');
  }
  rt.evaluator.chargeSteps(Math.ceil((data.length * n) / 64));
  return data.repeat(n);
}

const makeBytes: BytesMaker = (rt, data) => newBytes(rt.heap, data);

export const bytesType: BuiltinType = {
  name: 'bytes',
  instances: [BytesObject],
  methods: {
    ...sharedBytesMethods(makeBytes, 'bytes'),
    __bytes__: (rt, self, args) => (noArguments(rt, rt.typeName(self), '__bytes__', args), self instanceof BytesObject && self.constructor === BytesObject ? rt.incref(self) : newBytes(rt.heap, (self as BytesObject).value)),
    __getnewargs__: (rt, self) => rt.tupleSteal([newBytes(rt.heap, (self as BytesObject).value)]),
  },
  slots: {
    ...sharedBytesSlots(makeBytes, 'bytes'),
    tp_repr: (rt, self) => bytesRepr((self as BytesObject).value),
    tp_hash: (rt, self) => (self as BytesObject).hashSlot(rt.heap),
  },
  sq_concat_error: 'concat',
  nb_ops: { binary: ['+', '*', '%'], reflected: ['*', '%'] },
  // bytes_subtype_new: the value as bytes(*args) computes it, in a new instance of cls.
  tp_alloc(rt, cls, args, kwargs) {
    const data = bytesFromArgs(rt, args, kwargs, 'bytes');
    return newSubtypeInstance(rt.heap, cls, () => new BytesSubInstance(data));
  },
  tp_new(rt, args, kwargs) {
    // bytes(b) of an exact bytes object is that object.
    if (args.length === 1 && (kwargs === null || kwargs.length === 0) && args[0] instanceof BytesObject && args[0].constructor === BytesObject) {
      return rt.incref(args[0]);
    }
    // bytes(x) with x's type defining __bytes__ is what it returns (a bytes subclass's instance too).
    if (args.length === 1 && (kwargs === null || kwargs.length === 0) && typeof args[0] !== 'string') {
      const r = bytesDunder(rt, args[0]);
      if (r !== undefined) return r;
    }
    return newBytes(rt.heap, bytesFromArgs(rt, args, kwargs, 'bytes'));
  },
};

/** str.encode(encoding='utf-8', errors='strict'): a new bytes object. */
export function strEncode(rt: Runtime, s: string, args: Value[], kwargs: Kwargs): Value {
  arity(rt, 'encode', args, 0, 2);
  const enc = args.length > 0 ? args[0] : (kwarg(kwargs, 'encoding') ?? 'utf-8');
  const errors = args.length > 1 ? args[1] : (kwarg(kwargs, 'errors') ?? 'strict');
  if (typeof enc !== 'string') throw rt.typeError(`encode() argument 'encoding' must be str, not ${rt.typeName(enc)}`);
  if (typeof errors !== 'string') throw rt.typeError(`encode() argument 'errors' must be str, not ${rt.typeName(errors)}`);
  return newBytes(rt.heap, encodeText(rt, s, enc, errors));
}

/** Used by bytearray: is `v` a bytearray (its mutable sibling)? */
export function isByteArray(v: Value): v is ByteArrayObject {
  return v instanceof ByteArrayObject;
}

/** `iter(x)` over any iterable, for bytearray.extend's generic path. */
export function iterBytes(rt: Runtime, v: Value): string {
  const b = bytesOf(v);
  if (b !== undefined) return b;
  const it = iter(rt, v);
  try {
    let out = '';
    for (let x = next(rt, it); x !== undefined; x = next(rt, it)) {
      try {
        out += String.fromCharCode(byteValue(rt, x));
      } finally {
        rt.decref(x);
      }
    }
    return out;
  } finally {
    rt.decref(it);
  }
}

