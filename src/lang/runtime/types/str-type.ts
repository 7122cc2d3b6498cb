/**
 * str (Objects/unicodeobject.c): str values are JS strings (immediates,
 * never on the heap as objects); this file is their type object: slots
 * (repr with unicode_repr's quoting, hashing, comparison, `+ * %`,
 * iteration, indexing and slicing by code point), methods and str().
 */
import { DictObject, ListObject, TupleObject, PyException, StrSubInstance, hashImmediate, newSubtypeInstance, type Value } from '../../../heap';
import { call } from '../calls';
import type { MethodImpl } from '../attributes';
import { arity, kwarg } from '../methods';
import { getItem, indexOf, isIterable, keyErrorFor, normIndex, toArray, truthy } from '../operators';
import { reprString, str } from '../repr';
import { releaseException } from '../lang-host';
import { strFormat } from '../str-format';
import { builtinFormatMethod } from '../format-spec';
import { percentFormat } from '../percent-format';
import { repeatSequence } from '../arithmetic';
import { NotImplemented, type Kwargs, type Runtime } from '../runtime';
import { unarySlotWrappers, unbox, type BuiltinType } from '../type-slots';
import type { CompareOp } from '../operators';
import { newSeqIterator } from './seq-iterator-type';
import { bytesOf, strEncode } from './bytes-type';
import { decodeBytes } from '../codecs';
import { codePointLength, compareCodePoints, cpIndex, unitIndex } from '../code-points';
import { cIntArg, ssizeArg } from '../c-integer-args';

export { compareCodePoints };
/** do_argstrip: the characters argument of strip/lstrip/rstrip. */
function stripArg(rt: Runtime, v: Value, name: string): string {
  if (typeof v !== 'string') throw rt.typeError(`${name} arg must be None or str`);
  return v;
}

function strArg(rt: Runtime, v: Value, what: string): string {
  if (typeof v !== 'string') throw rt.typeError(`${what === '' ? '' : `${what} `}must be str, not ${rt.typeName(v)}`);
  return v;
}

const strMethods: Record<string, MethodImpl> = {
  /** unicode_getnewargs: (str(self),). */
  __getnewargs__(rt, self, args) {
    arity(rt, 'str.__getnewargs__', args, 0, 0);
    return rt.tupleSteal([self as string]);
  },
  join(rt, self, args) {
    arity(rt, 'str.join', args, 1, 1);
    // PyUnicode_Join: PySequence_Fast(seq, "can only join an iterable").
    if (!isIterable(rt, args[0])) throw rt.typeError('can only join an iterable');
    const parts = toArray(rt, args[0]);
    try {
      return parts
        .map((p, i) => {
          const s = strOperand(p);
          if (s === undefined) throw rt.typeError(`sequence item ${i}: expected str instance, ${rt.typeName(p)} found`);
          return s;
        })
        .join(self as string);
    } finally {
      for (const p of parts) rt.decref(p);
    }
  },
  split: (rt, self, args, kwargs) => splitResult(rt, splitStr(rt, self as string, args, kwargs, false), args, kwargs),
  rsplit: (rt, self, args, kwargs) => splitResult(rt, splitStr(rt, self as string, args, kwargs, true), args, kwargs),
  splitlines(rt, self, args, kwargs) {
    if (args.length > 1) throw rt.typeError(`splitlines() takes at most 1 argument (${args.length} given)`);
    // Py_UNICODE_ISLINEBREAK boundaries; keepends keeps them on each line.
    const keep = truthy(rt, args.length ? args[0] : (kwarg(kwargs, 'keepends') ?? false));
    const t = self as string;
    const out: string[] = [];
    const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      out.push(t.slice(last, keep ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < t.length) out.push(t.slice(last));
    return rt.heap.newList(out);
  },
  strip: (rt, self, args) => stripChars(self as string, args.length && args[0] !== null ? stripArg(rt, args[0], 'strip') : null, 'both'),
  lstrip: (rt, self, args) => stripChars(self as string, args.length && args[0] !== null ? stripArg(rt, args[0], 'lstrip') : null, 'left'),
  rstrip: (rt, self, args) => stripChars(self as string, args.length && args[0] !== null ? stripArg(rt, args[0], 'rstrip') : null, 'right'),
  upper: (rt, self) => (self as string).toUpperCase(),
  lower: (rt, self) => (self as string).toLowerCase(),
  // do_title: a character after a cased one is lowered, any other is title-cased.
  title: (rt, self) => {
    const t = self as string;
    let out = '';
    let previousIsCased = false;
    let i = 0;
    for (const c of t) {
      out += previousIsCased ? lowerAt(t, i, c) : titleCaseOf(c);
      previousIsCased = CASED.test(c);
      i += c.length;
    }
    return out;
  },
  // do_capitalize (3.8+): the first character title-cased, the rest lowered.
  capitalize: (rt, self) => {
    const t = self as string;
    if (t === '') return t;
    const first = String.fromCodePoint(t.codePointAt(0)!);
    let out = titleCaseOf(first);
    for (let i = first.length; i < t.length; ) {
      const c = String.fromCodePoint(t.codePointAt(i)!);
      out += lowerAt(t, i, c);
      i += c.length;
    }
    return out;
  },
  // do_swapcase: an uppercase character is lowered (Final_Sigma included), a lowercase one uppercased, others kept (titlecase too).
  swapcase: (rt, self) => {
    const t = self as string;
    let out = '';
    let i = 0;
    for (const c of t) {
      out += UPPERCASE.test(c) ? lowerAt(t, i, c) : LOWERCASE.test(c) ? c.toUpperCase() : c;
      i += c.length;
    }
    return out;
  },
  startswith: (rt, self, args) => tailMatch(rt, self as string, args, 'startswith', (t, p) => t.startsWith(p)),
  endswith: (rt, self, args) => tailMatch(rt, self as string, args, 'endswith', (t, p) => t.endsWith(p)),
  replace(rt, self, args) {
    arity(rt, 'replace', args, 2, 3);
    const old = strArg(rt, args[0], 'replace() argument 1');
    const rep = strArg(rt, args[1], 'replace() argument 2');
    let count = args.length > 2 ? Number(intArg(rt, args[2])) : -1;
    const t = self as string;
    // replace_interleave: an empty pattern matches before every character and at the end.
    if (count < 0 && old === '') return t === '' ? rep : rep + [...t].join(rep) + rep;
    if (count < 0) return t.split(old).join(rep);
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
    return out + t.slice(i);
  },
  find: (rt, self, args) => findIn(rt, self as string, args, false, false, 'find'),
  rfind: (rt, self, args) => findIn(rt, self as string, args, true, false, 'rfind'),
  index: (rt, self, args) => findIn(rt, self as string, args, false, true, 'index'),
  rindex: (rt, self, args) => findIn(rt, self as string, args, true, true, 'rindex'),
  count(rt, self, args) {
    const [t, sub] = sliceArgs(rt, self as string, args, 'count');
    if (t === null) return 0;
    if (sub === '') return [...t].length + 1;
    return t.split(sub).length - 1;
  },
  // Unicode properties, as the unicodedata tables behind str.isdigit & co.
  // Numeric_Type Decimal (Nd) or Digit (the superscripts, circled and parenthesized digits, Ethiopic digits, ...: Unicode 14's list).
  isdigit: (rt, self) =>
    /^[\p{Nd}\u{b2}-\u{b3}\u{b9}\u{1369}-\u{1371}\u{19da}\u{2070}\u{2074}-\u{2079}\u{2080}-\u{2089}\u{2460}-\u{2468}\u{2474}-\u{247c}\u{2488}-\u{2490}\u{24ea}\u{24f5}-\u{24fd}\u{24ff}\u{2776}-\u{277e}\u{2780}-\u{2788}\u{278a}-\u{2792}\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]+$/u.test(
      self as string,
    ),
  isdecimal: (rt, self) => /^\p{Nd}+$/u.test(self as string),
  // Numeric_Type Decimal, Digit or Numeric: \p{N} and the ideographs with a numeric value (Unihan, Unicode 14).
  isnumeric: (rt, self) => NUMERIC.test(self as string),
  isalpha: (rt, self) => /^\p{L}+$/u.test(self as string),
  isalnum: (rt, self) => /^[\p{L}\p{N}]+$/u.test(self as string),
  isspace: (rt, self) => /^[\s\x1c-\x1f\x85]+$/u.test(self as string),
  isascii: (rt, self) => /^[\x00-\x7f]*$/.test(self as string),
  // unicode_isprintable: no character of categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs other than ' '.
  isprintable: (rt, self) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test((self as string).replace(/ /g, '')),
  // unicode_istitle: uppercase/titlecase only after uncased characters, lowercase only after cased ones, some cased.
  istitle: (rt, self) => {
    let previousIsCased = false;
    let cased = false;
    for (const c of self as string) {
      if (UPPERCASE.test(c) || TITLECASE.test(c)) {
        if (previousIsCased) return false;
        previousIsCased = true;
        cased = true;
      } else if (LOWERCASE.test(c)) {
        if (!previousIsCased) return false;
        previousIsCased = true;
      } else previousIsCased = false;
    }
    return cased;
  },
  // unicode_isupper / unicode_islower: some cased character, and none of the other case (titlecase counts against both).
  isupper: (rt, self) => /[\p{Uppercase}]/u.test(self as string) && !/[\p{Lowercase}\p{Lt}]/u.test(self as string),
  islower: (rt, self) => /[\p{Lowercase}]/u.test(self as string) && !/[\p{Uppercase}\p{Lt}]/u.test(self as string),
  // _PyUnicode_ScanIdentifier: XID_Start (or '_') then XID_Continue.
  isidentifier: (rt, self) => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(self as string),
  center: (rt, self, args) => pad(rt, self as string, args, 'center'),
  ljust: (rt, self, args) => pad(rt, self as string, args, 'ljust'),
  rjust: (rt, self, args) => pad(rt, self as string, args, 'rjust'),
  zfill(rt, self, args) {
    arity(rt, 'str.zfill', args, 1, 1);
    const t = self as string;
    // str_zfill_impl's width is a Py_ssize_t: an int or an object with __index__.
    const w = ssizeArg(rt, args[0]);
    const sign = t[0] === '-' || t[0] === '+' ? t[0] : '';
    const n = codePointLength(t);
    return n >= w ? t : sign + '0'.repeat(w - n) + t.slice(sign.length);
  },
  partition: (rt, self, args) => partition(rt, self as string, args, false),
  rpartition: (rt, self, args) => partition(rt, self as string, args, true),
  // do_casefold: each character's full case folding (CaseFolding.txt, C+F).
  casefold: (rt, self) => {
    let out = '';
    for (const c of self as string) out += caseFoldOf(c);
    return out;
  },
  expandtabs(rt, self, args, kwargs) {
    arity(rt, 'expandtabs', args, 0, 1);
    // unicode_expandtabs_impl's tabsize is a C int.
    const size = cIntArg(rt, args.length ? args[0] : (kwarg(kwargs, 'tabsize') ?? 8));
    let col = 0;
    let out = '';
    for (const c of self as string) {
      if (c === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return out;
  },
  translate(rt, self, args) {
    arity(rt, 'translate', args, 1, 1);
    let out = '';
    for (const c of self as string) {
      let r: Value;
      try {
        r = getItem(rt, args[0], c.codePointAt(0)!);
      } catch (e) {
        if (e instanceof PyException && (e.pyType === 'LookupError' || e.pyType === 'KeyError' || e.pyType === 'IndexError')) {
          releaseException(rt, e);
          out += c;
          continue;
        }
        throw e;
      }
      if (r === null) continue;
      if (typeof r === 'number') out += String.fromCodePoint(r);
      else if (typeof r === 'string') out += r;
      else {
        rt.decref(r);
        throw rt.typeError('character mapping must return integer, None or str');
      }
    }
    return out;
  },
  removeprefix: (rt, self, args) => {
    const p = strArg(rt, args[0], 'removeprefix() argument');
    return (self as string).startsWith(p) ? (self as string).slice(p.length) : self;
  },
  removesuffix: (rt, self, args) => {
    const p = strArg(rt, args[0], 'removesuffix() argument');
    return p !== '' && (self as string).endsWith(p) ? (self as string).slice(0, -p.length) : self;
  },
  __format__: builtinFormatMethod('str'),
  format(rt, self, args, kwargs) {
    return strFormat(rt, self as string, {
      positional: args,
      named(name) {
        const v = kwarg(kwargs, name);
        if (v === undefined) throw keyErrorFor(rt, name);
        rt.incref(v);
        return v;
      },
    });
  },
  /**
   * unicode_maketrans_impl: a static method building the {code point: replacement} dict that
   * translate() reads; `self` is the class (BUILTIN_CLASS_METHODS) and unused.
   */
  maketrans(rt, _self, args) {
    arity(rt, 'maketrans', args, 1, 3);
    const table = rt.heap.newDict();
    try {
      if (args.length === 1) {
        const x = args[0];
        if (!(x instanceof DictObject)) throw rt.typeError('if you give only one argument to maketrans it must be a dict');
        for (const [k, v] of x.entries()) {
          const key = unbox(k);
          if (typeof key === 'string') {
            const chars = [...key];
            if (chars.length !== 1) throw rt.error('ValueError', 'string keys in translate table must be of length 1');
            table.set(rt.heap, chars[0].codePointAt(0)!, v);
          } else if (rt.typeOf(k).isSubclassOf(rt.types.get('int'))) {
            table.set(rt.heap, k, v);
          } else {
            throw rt.typeError('keys in translate table must be strings or integers');
          }
        }
        return table;
      }
      if (typeof args[0] !== 'string') throw rt.typeError('first maketrans argument must be a string if there is a second argument');
      if (typeof args[1] !== 'string') throw rt.typeError(`maketrans() argument 2 must be str, not ${rt.typeName(args[1])}`);
      if (args.length === 3 && typeof args[2] !== 'string') throw rt.typeError(`maketrans() argument 3 must be str, not ${rt.typeName(args[2])}`);
      const from = [...args[0]];
      const to = [...args[1]];
      if (from.length !== to.length) throw rt.error('ValueError', 'the first two maketrans arguments must have equal length');
      for (let i = 0; i < from.length; i++) table.set(rt.heap, from[i].codePointAt(0)!, to[i].codePointAt(0)!);
      if (args.length === 3) for (const c of args[2] as string) table.set(rt.heap, c.codePointAt(0)!, null);
      return table;
    } catch (e) {
      rt.decref(table);
      throw e;
    }
  },
  // str.format_map(mapping): names are looked up with mapping[name] (so a dict subclass's __missing__ applies).
  format_map(rt, self, args) {
    arity(rt, 'format_map', args, 1, 1);
    const mapping = args[0];
    return strFormat(rt, self as string, { positional: null, named: (name) => getItem(rt, mapping, name) });
  },
  // sq_length's slot wrapper.
  ...unarySlotWrappers({ __len__: (rt, self) => [...(self as string)].length }),
  encode: (rt, self, args, kwargs) => strEncode(rt, self as string, args, kwargs),
};

/**
 * The list split/rsplit return: stringlib's PyList_New(PREALLOC_SIZE(maxsplit))
 * (12 slots, or maxsplit + 1 when smaller), PyList_Append past those.
 */
function splitResult(rt: Runtime, parts: string[], args: Value[], kwargs: Kwargs): ListObject {
  const l = rt.heap.newList(parts);
  const maxV = Number(args.length > 1 ? args[1] : (kwarg(kwargs, 'maxsplit') ?? -1));
  l.notePreallocated(maxV < 0 || maxV >= 12 ? 12 : maxV + 1);
  return l;
}

/** str.split / rsplit (unicodeobject.c split, rsplit): sep=None splits on whitespace runs. */
function splitStr(rt: Runtime, t: string, args: Value[], kwargs: Kwargs, right: boolean): string[] {
  const sepV = args.length > 0 ? args[0] : (kwarg(kwargs, 'sep') ?? null);
  const maxV = args.length > 1 ? args[1] : (kwarg(kwargs, 'maxsplit') ?? -1);
  let max = Number(intArg(rt, maxV));
  if (max < 0) max = Infinity;
  if (sepV === null) {
    const words = right ? t.trimEnd() : t.trimStart();
    const out: string[] = [];
    let rest = words;
    while (rest.length > 0 && out.length < max) {
      if (right) {
        const m = /\s+(\S*)$/.exec(rest);
        if (m === null) break;
        out.unshift(m[1]);
        rest = rest.slice(0, m.index).trimEnd();
      } else {
        const m = /^(\S*)\s+/.exec(rest);
        if (m === null) break;
        out.push(m[1]);
        rest = rest.slice(m[0].length);
      }
    }
    if (rest.length > 0) right ? out.unshift(rest) : out.push(rest);
    return out;
  }
  if (typeof sepV !== 'string') throw rt.typeError(`must be str or None, not ${rt.typeName(sepV)}`);
  const sep = sepV;
  if (sep === '') throw rt.error('ValueError', 'empty separator');
  const all = t.split(sep);
  if (all.length - 1 <= max) return all;
  return right ? [all.slice(0, all.length - max).join(sep), ...all.slice(all.length - max)] : [...all.slice(0, max), all.slice(max).join(sep)];
}

/** The substring of `t` that [start, end] arguments select (Python slice semantics). */
function sliceArgs(rt: Runtime, t: string, args: Value[], name: string): [string | null, string, number] {
  if (args.length < 1) throw rt.typeError(`${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) throw rt.typeError(`${name}() takes at most 3 arguments (${args.length} given)`);
  // _PyEval_SliceIndex: None, an int or an object with __index__.
  for (const v of args.slice(1)) {
    if (v !== null && indexOf(rt, v) === undefined) throw rt.typeError('slice indices must be integers or None or have an __index__ method');
  }
  // Indices count code points; the slice is taken in UTF-16 units.
  const n = codePointLength(t);
  const norm = (v: Value | undefined, d: number) => {
    if (v === undefined || v === null) return d;
    let i = Number(indexOf(rt, v));
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = norm(args[1], 0);
  const end = norm(args[2], n);
  const rawStart = args[1] === undefined || args[1] === null ? 0 : Number(indexOf(rt, args[1]));
  // ADJUST_INDICES then `start > len`: nothing can match there, not even ''.
  if (rawStart > n) return [null, strArg(rt, args[0], ''), start];
  const from = n === t.length ? start : unitIndex(t, start);
  const to = n === t.length ? end : unitIndex(t, end);
  return [t.slice(from, Math.max(from, to)), strArg(rt, args[0], ''), start];
}

/** A Py_ssize_t argument: an int or an object with __index__, else TypeError; OverflowError beyond Py_ssize_t. */
function intArg(rt: Runtime, v: Value): number {
  return ssizeArg(rt, v);
}

function findIn(rt: Runtime, t: string, args: Value[], right: boolean, raise: boolean, name: string): number {
  const [part, sub, start] = sliceArgs(rt, t, args, name);
  const i = part === null ? -1 : right ? part.lastIndexOf(sub) : part.indexOf(sub);
  if (i < 0 && raise) throw rt.error('ValueError', 'substring not found');
  return i < 0 ? -1 : cpIndex(part!, i) + start;
}

function tailMatch(rt: Runtime, t: string, args: Value[], name: string, test: (t: string, p: string) => boolean): boolean {
  const prefix = args[0];
  const [part] = sliceArgs(rt, t, ['', ...args.slice(1)], name);
  if (part === null) return false;
  if (prefix instanceof TupleObject) {
    return prefix.items.some((p) => {
      if (typeof p !== 'string') throw rt.typeError(`tuple for ${name} must only contain str, not ${rt.typeName(p)}`);
      return test(part, p);
    });
  }
  if (typeof prefix !== 'string') {
    throw rt.typeError(`${name} first arg must be str or a tuple of str, not ${rt.typeName(prefix)}`);
  }
  return test(part, prefix);
}

function pad(rt: Runtime, t: string, args: Value[], how: 'center' | 'ljust' | 'rjust'): string {
  arity(rt, how, args, 1, 2);
  // The width is a Py_ssize_t (clinic).
  const w = ssizeArg(rt, args[0]);
  if (args.length > 1 && typeof args[1] !== 'string' && !(args[1] instanceof StrSubInstance)) {
    throw rt.typeError(`The fill character must be a unicode character, not ${rt.typeName(args[1])}`);
  }
  const fill = args.length > 1 ? strArg(rt, args[1], `${how}() argument 2`) : ' ';
  if (codePointLength(fill) !== 1) throw rt.typeError('The fill character must be exactly one character long');
  const n = codePointLength(t);
  if (n >= w) return t;
  const total = w - n;
  if (how === 'ljust') return t + fill.repeat(total);
  if (how === 'rjust') return fill.repeat(total) + t;
  const left = Math.floor(total / 2) + (total & w & 1);
  return fill.repeat(left) + t + fill.repeat(total - left);
}

function partition(rt: Runtime, t: string, args: Value[], right: boolean): Value {
  const sep = strArg(rt, args[0], '');
  if (sep === '') throw rt.error('ValueError', 'empty separator');
  const i = right ? t.lastIndexOf(sep) : t.indexOf(sep);
  if (i < 0) return rt.newTuple(right ? ['', '', t] : [t, '', '']);
  return rt.newTuple([t.slice(0, i), sep, t.slice(i + sep.length)]);
}

function stripChars(s: string, chars: string | null, side: 'both' | 'left' | 'right'): string {
  const set = chars === null ? ' \t\n\r\x0b\x0c' : chars;
  let a = 0;
  let b = s.length;
  if (side !== 'right') while (a < b && set.includes(s[a])) a++;
  if (side !== 'left') while (b > a && set.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function isInt(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
}

/**
 * Rich comparison of two strings by code point (compareCodePoints); bytes
 * use it too (their latin-1 code units compare in memcmp order).
 */
export function compareStrings(op: CompareOp, a: string, b: string): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return compareCodePoints(a, b) < 0;
    case '<=':
      return compareCodePoints(a, b) <= 0;
    case '>':
      return compareCodePoints(a, b) > 0;
    case '>=':
      return compareCodePoints(a, b) >= 0;
  }
}

/** The str `v` stands for (a str subclass instance's value too), or undefined. */
export function strOperand(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof StrSubInstance) return v.value as string;
  return undefined;
}

export const strType: BuiltinType = {
  name: 'str',
  boxed: true,
  methods: strMethods,
  slots: {
    tp_repr: (rt, self) => reprString(self as string),
    tp_str: (rt, self) => self as string,
    tp_hash: (rt, self) => hashImmediate(self as string),
    tp_richcompare(rt, self, other, op) {
      const o = strOperand(other);
      return o !== undefined ? compareStrings(op, self as string, o) : NotImplemented;
    },
    // unicode_iter: an ASCII string's iterator is the faster str_ascii_iterator.
    tp_iter: (rt, self) => newSeqIterator(rt, self, /^[\x00-\x7f]*$/.test(self as string) ? 'str_ascii_iterator' : 'str_iterator'),
    sq_length: (rt, self) => codePointLength(self as string),
    nb_bool: (rt, self) => (self as string).length > 0,
    nb_bool_from_length: true,
    sq_contains(rt, self, item) {
      const s = strOperand(item);
      if (s === undefined) throw rt.typeError(`'in <string>' requires string as left operand, not ${rt.typeName(item)}`);
      return (self as string).includes(s);
    },
    mp_subscript(rt, self, k) {
      const chars = [...(self as string)];
      return chars[normIndex(rt, k, chars.length, 'string')];
    },
    sq_slice(rt, self, start, stop, step) {
      const chars = [...(self as string)];
      let out = '';
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out += chars[i];
      return out;
    },
    nb_binary(rt, self, op, other, reflected) {
      const s = self as string;
      if (op === '*' && isInt(other)) return repeatSequence(rt, s, typeof other === 'boolean' ? +other : (other as number | bigint));
      if (reflected) {
        // str.__rmod__ is unicode_mod(other, self): NotImplemented unless other is a str.
        const left = op === '%' ? strOperand(other) : undefined;
        return left === undefined ? NotImplemented : percentFormat(rt, left, self);
      }
      const o = strOperand(other);
      if (op === '+' && o !== undefined) return s + o;
      if (op === '%') return percentFormat(rt, s, other);
      return NotImplemented;
    },
  },
  sq_concat_error: 'concatenate',
  nb_ops: { binary: ['+', '*', '%'], reflected: ['*', '%'] },
  // unicode_subtype_new: the value as str(*args) computes it, in a new instance of cls.
  newChecksKeywords: true,
  tp_alloc(rt, cls, args, kwargs) {
    const v = unbox(call(rt, rt.types.get('str'), args, kwargs)) as string;
    return newSubtypeInstance(rt.heap, cls, () => new StrSubInstance(v));
  },
  // unicode_new_impl: str(object=''), or str(object, encoding='utf-8', errors='strict') decoding a bytes-like object.
  tp_new(rt, args, kwargs) {
    for (const [k] of kwargs ?? []) {
      if (k !== 'object' && k !== 'encoding' && k !== 'errors') throw rt.typeError(`'${k}' is an invalid keyword argument for str()`);
    }
    if (args.length > 3) throw rt.typeError(`str() takes at most 3 arguments (${args.length} given)`);
    const obj = args.length ? args[0] : kwarg(kwargs, 'object');
    const encoding = args.length > 1 ? args[1] : kwarg(kwargs, 'encoding');
    const errors = args.length > 2 ? args[2] : kwarg(kwargs, 'errors');
    if (encoding === undefined && errors === undefined) return obj === undefined ? '' : str(rt, obj);
    if (encoding !== undefined && typeof encoding !== 'string') throw rt.typeError(`str() argument 'encoding' must be str, not ${rt.typeName(encoding)}`);
    if (errors !== undefined && typeof errors !== 'string') throw rt.typeError(`str() argument 'errors' must be str, not ${rt.typeName(errors)}`);
    if (obj === undefined) return '';
    // PyUnicode_FromEncodedObject: bytes, or any buffer (a memoryview's bytes).
    const data = bytesOf(obj);
    if (data === undefined) {
      if (strOperand(obj) !== undefined) throw rt.typeError('decoding str is not supported');
      throw rt.typeError(`decoding to str: need a bytes-like object, ${rt.typeName(obj)} found`);
    }
    return decodeBytes(rt, data, (encoding as string | undefined) ?? 'utf-8', (errors as string | undefined) ?? 'strict');
  },
};

const UPPERCASE = /\p{Uppercase}/u;
const NUMERIC = /^[\p{N}\u{3405}\u{3483}\u{382a}\u{3b4d}\u{4e00}\u{4e03}\u{4e07}\u{4e09}\u{4e5d}\u{4e8c}\u{4e94}\u{4e96}\u{4ebf}-\u{4ec0}\u{4edf}\u{4ee8}\u{4f0d}\u{4f70}\u{5104}\u{5146}\u{5169}\u{516b}\u{516d}\u{5341}\u{5343}-\u{5345}\u{534c}\u{53c1}-\u{53c4}\u{56db}\u{58f1}\u{58f9}\u{5e7a}\u{5efe}-\u{5eff}\u{5f0c}-\u{5f0e}\u{5f10}\u{62fe}\u{634c}\u{67d2}\u{6f06}\u{7396}\u{767e}\u{8086}\u{842c}\u{8cae}\u{8cb3}\u{8d30}\u{9621}\u{9646}\u{964c}\u{9678}\u{96f6}\u{f96b}\u{f973}\u{f978}\u{f9b2}\u{f9d1}\u{f9d3}\u{f9fd}\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}]+$/u;
const LOWERCASE = /\p{Lowercase}/u;
const TITLECASE = /\p{Lt}/u;

/**
 * The full case folding of one character: its lowercase of its uppercase
 * of its lowercase ('ẞ' -> 'ß' -> 'SS' -> 'ss', 'ﬃ' -> 'ffi', 'ς' -> 'σ'),
 * which is CaseFolding.txt's mapping but for Cherokee, whose letters fold
 * to their uppercase forms.
 */
function caseFoldOf(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp >= 0xab70 && cp <= 0xabbf) return String.fromCodePoint(cp - 0xab70 + 0x13a0);
  if (cp >= 0x13f8 && cp <= 0x13fd) return String.fromCodePoint(cp - 8);
  if (cp >= 0x13a0 && cp <= 0x13f5) return c;
  if (cp < 0x80) return c.toLowerCase();
  // Dotless i has no folding (its uppercase I folds to i).
  if (cp === 0x131) return c;
  return c.toLowerCase().toUpperCase().toLowerCase();
}

/** Cased characters (_PyUnicode_IsCased: Lowercase, Uppercase or titlecase letters). */
const CASED = /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/**
 * lower_ucs4: the full lowercase of the character at `i`, with Final_Sigma
 * (handle_capital_sigma): a capital sigma preceded by a cased letter and not
 * followed by one (case-ignorable characters skipped) is 'ς'.
 */
function lowerAt(t: string, i: number, c: string): string {
  if (c !== '\u03a3') return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(t[j])) j--;
  const before = j >= 0 && CASED.test(t[j]);
  let k = i + 1;
  while (k < t.length && CASE_IGNORABLE.test(t[k])) k++;
  const after = k < t.length && CASED.test(t[k]);
  return before && !after ? '\u03c2' : '\u03c3';
}

/** Title case mappings that are neither the uppercase nor its first letter with the rest lowered (UnicodeData, SpecialCasing). */
const TITLE_SPECIAL: Record<string, string> = {
  '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5',
  '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
  '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb',
  '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
  '\u0149': '\u02bcN',
  '\u1fb3': '\u1fbc', '\u1fc3': '\u1fcc', '\u1ff3': '\u1ffc', '\u1fbc': '\u1fbc', '\u1fcc': '\u1fcc', '\u1ffc': '\u1ffc',
  '\u1fb2': '\u1fba\u0345', '\u1fb4': '\u0386\u0345', '\u1fc2': '\u1fca\u0345', '\u1fc4': '\u0389\u0345',
  '\u1ff2': '\u1ffa\u0345', '\u1ff4': '\u038f\u0345', '\u1fb7': '\u0391\u0342\u0345', '\u1fc7': '\u0397\u0342\u0345', '\u1ff7': '\u03a9\u0342\u0345',
};

/** _PyUnicode_ToTitleFull: the title case of one character. */
function titleCaseOf(c: string): string {
  const special = TITLE_SPECIAL[c];
  if (special !== undefined) return special;
  const cp = c.codePointAt(0)!;
  // Greek with ypogegrammeni: the titlecase letter of each group of eight (U+1F88..U+1F8F, ...).
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCodePoint(cp | 8);
  // Georgian Mkhedruli letters are their own title case (their uppercase is Mtavruli).
  if ((cp >= 0x10d0 && cp <= 0x10fa) || (cp >= 0x10fd && cp <= 0x10ff)) return c;
  const upper = c.toUpperCase();
  if (upper.length <= 2 && codePointLength(upper) === 1) return upper;
  // A full uppercase of several letters (ß -> SS, ﬁ -> FI): its first letter, then the rest lowered.
  const first = String.fromCodePoint(upper.codePointAt(0)!);
  return first + upper.slice(first.length).toLowerCase();
}
