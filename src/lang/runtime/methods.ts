/**
 * Methods of the builtin types a scenario uses: list, dict, str, tuple.
 * Each follows its CPython counterpart's reference behaviour (e.g.
 * list.remove releases the removed item after unlinking it; dict.pop
 * returns the value it owned) and error messages.
 */
import { DictObject, ListObject, TupleObject, type Value } from '../../heap';
import { defineGetters, defineMethods, defineSetters, type MethodImpl } from './attributes';
import { CellObject } from './function-object';
import { call } from './calls';
import { DictView, RangeObject } from './native-objects';
import { contains, eq, iter, keyErrorFor, next, richCompare, toArray, truthy } from './operators';
import { repr, str } from './repr';
import { releaseException } from './lang-host';
import { PyException } from '../../heap';
import { formatValue } from './format-spec';
import type { Kwargs, Runtime } from './runtime';
import { getAttr } from './attributes';
import { getItem } from './operators';

/** Check positional arity like CPython's METH_O / METH_VARARGS messages. */
export function arity(rt: Runtime, name: string, args: Value[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max && min === 0) throw rt.typeError(`${name}() takes no arguments (${args.length} given)`);
    if (min === max && min === 1) throw rt.typeError(`${name}() takes exactly one argument (${args.length} given)`);
    if (min === max) throw rt.typeError(`${name} expected ${min} arguments, got ${args.length}`);
    if (args.length < min) throw rt.typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    throw rt.typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

export function noKwargs(rt: Runtime, name: string, kwargs: Kwargs): void {
  if (kwargs !== null && kwargs.length > 0) throw rt.typeError(`${name}() takes no keyword arguments`);
}

export function kwarg(kwargs: Kwargs, name: string): Value | undefined {
  if (kwargs === null) return undefined;
  for (const [k, v] of kwargs) if (k === name) return v;
  return undefined;
}

/** Sort `items` (borrowed) by key with Python's stable, `<`-only comparisons. */
export function sortValues(rt: Runtime, items: Value[], key: Value | undefined, reverse: boolean): Value[] {
  const keys = key === undefined || key === null ? items.map((x) => rt.incref(x)) : items.map((x) => call(rt, key, [x]));
  const idx = items.map((_, i) => i);
  const lt = (i: number, j: number): boolean => {
    const r = richCompare(rt, keys[i], keys[j], '<');
    const t = truthy(rt, r);
    rt.decref(r);
    return t;
  };
  try {
    // Merge sort: stable, and compares only with '<' (like list.sort).
    const sorted = mergeSort(idx, (i, j) => (reverse ? lt(j, i) : lt(i, j)));
    return sorted.map((i) => items[i]);
  } finally {
    for (const k of keys) rt.decref(k);
  }
}

function mergeSort(a: number[], lt: (i: number, j: number) => boolean): number[] {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid), lt);
  const r = mergeSort(a.slice(mid), lt);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) out.push(lt(r[j], l[i]) ? r[j++] : l[i++]);
  return out.concat(l.slice(i), r.slice(j));
}

/** dict.update(other) from a dict or an iterable of pairs (borrowed). */
export function dictUpdate(rt: Runtime, d: DictObject, other: Value): void {
  if (other instanceof DictObject) {
    for (const [k, v] of other.entries()) d.set(rt.heap, k, v);
    return;
  }
  const keys = other !== null && typeof other === 'object' ? rt.typeOf(other).lookup('keys') : undefined;
  if (keys !== undefined) {
    const ks = getAttr(rt, other, 'keys');
    const kl = call(rt, ks, []);
    rt.decref(ks);
    for (const k of toArray(rt, kl)) {
      const v = getItem(rt, other, k);
      d.set(rt.heap, k, v);
      rt.decref(k);
      rt.decref(v);
    }
    rt.decref(kl);
    return;
  }
  // PyDict_MergeFromSeq2: one pair at a time, inserted as it is produced.
  const it = iter(rt, other);
  try {
    for (let i = 0; ; i++) {
      const p = next(rt, it);
      if (p === undefined) return;
      let kv: Value[];
      try {
        kv = toArray(rt, p);
      } finally {
        rt.decref(p);
      }
      if (kv.length !== 2) {
        for (const x of kv) rt.decref(x);
        throw rt.error('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
      }
      d.set(rt.heap, kv[0], kv[1]);
      rt.decref(kv[0]);
      rt.decref(kv[1]);
    }
  } finally {
    rt.decref(it);
  }
}

const listMethods: Record<string, MethodImpl> = {
  append(rt, self, args) {
    arity(rt, 'list.append', args, 1, 1);
    (self as ListObject).append(rt.heap, args[0]);
    return null;
  },
  extend(rt, self, args) {
    arity(rt, 'list.extend', args, 1, 1);
    (self as ListObject).items.push(...toArray(rt, args[0]));
    return null;
  },
  insert(rt, self, args) {
    arity(rt, 'insert', args, 2, 2);
    const l = self as ListObject;
    let i = +(args[0] as number);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    rt.incref(args[1]);
    l.items.splice(Math.min(i, n), 0, args[1]);
    return null;
  },
  pop(rt, self, args) {
    arity(rt, 'pop', args, 0, 1);
    const l = self as ListObject;
    if (l.items.length === 0) throw rt.error('IndexError', 'pop from empty list');
    let i = args.length ? +(args[0] as number) : -1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw rt.error('IndexError', 'pop index out of range');
    return l.items.splice(i, 1)[0];
  },
  remove(rt, self, args) {
    arity(rt, 'list.remove', args, 1, 1);
    const l = self as ListObject;
    for (let i = 0; i < l.items.length; i++) {
      if (eq(rt, l.items[i], args[0])) {
        const [old] = l.items.splice(i, 1);
        rt.decref(old);
        return null;
      }
    }
    throw rt.error('ValueError', 'list.remove(x): x not in list');
  },
  index(rt, self, args) {
    arity(rt, 'index', args, 1, 3);
    const l = self as ListObject;
    for (let i = 0; i < l.items.length; i++) if (eq(rt, l.items[i], args[0])) return i;
    throw rt.error('ValueError', `${repr(rt, args[0])} is not in list`);
  },
  count(rt, self, args) {
    arity(rt, 'list.count', args, 1, 1);
    return (self as ListObject).items.filter((x) => eq(rt, x, args[0])).length;
  },
  clear(rt, self, args) {
    arity(rt, 'list.clear', args, 0, 0);
    (self as ListObject).clear(rt.heap);
    return null;
  },
  copy(rt, self, args) {
    arity(rt, 'list.copy', args, 0, 0);
    return rt.heap.newList((self as ListObject).items);
  },
  reverse(rt, self, args) {
    arity(rt, 'list.reverse', args, 0, 0);
    (self as ListObject).items.reverse();
    return null;
  },
  sort(rt, self, args, kwargs) {
    if (args.length) throw rt.typeError('sort() takes no positional arguments');
    const l = self as ListObject;
    const items = l.items;
    // list.sort empties the list while it sorts; anything added meanwhile is
    // dropped and reported (listobject.c list_sort_impl).
    l.items = [];
    let sorted: Value[];
    try {
      sorted = sortValues(rt, items, kwarg(kwargs, 'key'), truthy(rt, kwarg(kwargs, 'reverse') ?? false));
    } catch (e) {
      const added = l.items;
      l.items = items;
      for (const x of added) rt.decref(x);
      throw e;
    }
    const added = l.items;
    l.items = sorted;
    if (added.length > 0) {
      for (const x of added) rt.decref(x);
      throw rt.error('ValueError', 'list modified during sort');
    }
    return null;
  },
};

const tupleMethods: Record<string, MethodImpl> = {
  index(rt, self, args) {
    const t = self as TupleObject;
    for (let i = 0; i < t.items.length; i++) if (eq(rt, t.items[i], args[0])) return i;
    throw rt.error('ValueError', 'tuple.index(x): x not in tuple');
  },
  count(rt, self, args) {
    return (self as TupleObject).items.filter((x) => eq(rt, x, args[0])).length;
  },
};

function view(rt: Runtime, d: Value, kind: 'keys' | 'values' | 'items'): Value {
  rt.heap.reserve();
  const v = rt.heap.register(new DictView(rt.incref(d), kind));
  rt.heap.track(v);
  return v;
}

const dictMethods: Record<string, MethodImpl> = {
  get(rt, self, args) {
    arity(rt, 'get', args, 1, 2);
    const v = (self as DictObject).get(rt.heap, args[0]);
    return rt.incref(v === undefined ? (args.length > 1 ? args[1] : null) : v);
  },
  setdefault(rt, self, args) {
    arity(rt, 'setdefault', args, 1, 2);
    const d = self as DictObject;
    const v = d.get(rt.heap, args[0]);
    if (v !== undefined) return rt.incref(v);
    const dflt = args.length > 1 ? args[1] : null;
    d.set(rt.heap, args[0], dflt);
    return rt.incref(dflt);
  },
  pop(rt, self, args) {
    arity(rt, 'pop', args, 1, 2);
    const v = (self as DictObject).pop(rt.heap, args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return rt.incref(args[1]);
    throw keyErrorFor(rt, args[0]);
  },
  popitem(rt, self, args) {
    arity(rt, 'popitem', args, 0, 0);
    const d = self as DictObject;
    const i = d.lastIndex();
    if (i < 0) throw rt.error('KeyError', 'popitem(): dictionary is empty');
    const k = d.keys[i] as Value;
    const t = rt.newTuple([k, d.values[i] as Value]);
    d.removeAt(rt.heap, i);
    return t;
  },
  keys: (rt, self) => view(rt, self, 'keys'),
  values: (rt, self) => view(rt, self, 'values'),
  items: (rt, self) => view(rt, self, 'items'),
  update(rt, self, args, kwargs) {
    arity(rt, 'update', args, 0, 1);
    if (args.length) dictUpdate(rt, self as DictObject, args[0]);
    for (const [k, v] of kwargs ?? []) (self as DictObject).set(rt.heap, k, v);
    return null;
  },
  clear(rt, self) {
    (self as DictObject).clear(rt.heap);
    return null;
  },
  copy(rt, self) {
    const d = rt.heap.newDict();
    for (const [k, v] of (self as DictObject).entries()) d.set(rt.heap, k, v);
    return d;
  },
};

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
  join(rt, self, args) {
    arity(rt, 'str.join', args, 1, 1);
    const parts = toArray(rt, args[0]);
    try {
      return parts
        .map((p, i) => {
          if (typeof p !== 'string') {
            throw rt.typeError(`sequence item ${i}: expected str instance, ${rt.typeName(p)} found`);
          }
          return p;
        })
        .join(self as string);
    } finally {
      for (const p of parts) rt.decref(p);
    }
  },
  split: (rt, self, args, kwargs) => rt.heap.newList(splitStr(rt, self as string, args, kwargs, false)),
  rsplit: (rt, self, args, kwargs) => rt.heap.newList(splitStr(rt, self as string, args, kwargs, true)),
  splitlines(rt, self, args, kwargs) {
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
  title: (rt, self) => (self as string).toLowerCase().replace(/(^|[^A-Za-z])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()),
  capitalize: (rt, self) => {
    const t = self as string;
    return t.slice(0, 1).toUpperCase() + t.slice(1).toLowerCase();
  },
  swapcase: (rt, self) => [...(self as string)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  startswith: (rt, self, args) => tailMatch(rt, self as string, args, 'startswith', (t, p) => t.startsWith(p)),
  endswith: (rt, self, args) => tailMatch(rt, self as string, args, 'endswith', (t, p) => t.endsWith(p)),
  replace(rt, self, args) {
    arity(rt, 'replace', args, 2, 3);
    const old = strArg(rt, args[0], 'replace() argument 1');
    const rep = strArg(rt, args[1], 'replace() argument 2');
    let count = args.length > 2 ? Number(args[2]) : -1;
    const t = self as string;
    // replace_interleave: an empty pattern matches before every character and at the end.
    if (count < 0 && old === '') return rep + [...t].join(rep) + rep;
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
  find: (rt, self, args) => findIn(rt, self as string, args, false, false),
  rfind: (rt, self, args) => findIn(rt, self as string, args, true, false),
  index: (rt, self, args) => findIn(rt, self as string, args, false, true),
  rindex: (rt, self, args) => findIn(rt, self as string, args, true, true),
  count(rt, self, args) {
    const [t, sub] = sliceArgs(rt, self as string, args, 'count');
    if (t === null) return 0;
    if (sub === '') return [...t].length + 1;
    return t.split(sub).length - 1;
  },
  // Unicode properties, as the unicodedata tables behind str.isdigit & co.
  isdigit: (rt, self) => /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490]+$/u.test(self as string),
  isdecimal: (rt, self) => /^\p{Nd}+$/u.test(self as string),
  isnumeric: (rt, self) => /^\p{N}+$/u.test(self as string),
  isalpha: (rt, self) => /^\p{L}+$/u.test(self as string),
  isalnum: (rt, self) => /^[\p{L}\p{N}]+$/u.test(self as string),
  isspace: (rt, self) => /^[\s\x1c-\x1f\x85]+$/u.test(self as string),
  isascii: (rt, self) => /^[\x00-\x7f]*$/.test(self as string),
  istitle: (rt, self) => {
    const t = self as string;
    return /\p{Lu}|\p{Lt}/u.test(t) && !/(\p{Lu}|\p{Lt}|\p{Ll})(\p{Lu}|\p{Lt})/u.test(t) && !/(^|[^\p{L}])\p{Ll}/u.test(t);
  },
  isupper: (rt, self) => /[A-Z]/.test(self as string) && !/[a-z]/.test(self as string),
  islower: (rt, self) => /[a-z]/.test(self as string) && !/[A-Z]/.test(self as string),
  isidentifier: (rt, self) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(self as string),
  center: (rt, self, args) => pad(rt, self as string, args, 'center'),
  ljust: (rt, self, args) => pad(rt, self as string, args, 'ljust'),
  rjust: (rt, self, args) => pad(rt, self as string, args, 'rjust'),
  zfill(rt, self, args) {
    const t = self as string;
    const w = Number(args[0]);
    const sign = t[0] === '-' || t[0] === '+' ? t[0] : '';
    return t.length >= w ? t : sign + t.slice(sign.length).padStart(w - sign.length, '0');
  },
  partition: (rt, self, args) => partition(rt, self as string, args, false),
  rpartition: (rt, self, args) => partition(rt, self as string, args, true),
  casefold: (rt, self) => (self as string).toLowerCase().replace(/ß/g, 'ss'),
  expandtabs(rt, self, args, kwargs) {
    const size = args.length ? Number(args[0]) : Number(kwarg(kwargs, 'tabsize') ?? 8);
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
  format(rt, self, args, kwargs) {
    let auto = 0;
    return (self as string).replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}/g, (m, fullField: string, conv: string, spec: string) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      // field_name: arg_name ('.' attribute | '[' index ']')*
      const fm = /^([^.[]*)((?:\.[^.[]+|\[[^\]]+\])*)$/.exec(fullField);
      if (fm === null) throw rt.error('ValueError', `Missing ']' in format string`);
      const field = fm[1];
      const accessors = [...fm[2].matchAll(/\.([^.[]+)|\[([^\]]+)\]/g)];
      let v: Value | undefined;
      if (field === '') {
        if (auto < 0) throw rt.error('ValueError', 'cannot switch from manual field specification to automatic field numbering');
        if (auto >= args.length) throw rt.error('IndexError', `Replacement index ${auto} out of range for positional args tuple`);
        v = args[auto++];
      } else if (/^\d+$/.test(field)) {
        if (auto > 0) throw rt.error('ValueError', 'cannot switch from automatic field numbering to manual field specification');
        auto = -1;
        if (+field >= args.length) throw rt.error('IndexError', `Replacement index ${field} out of range for positional args tuple`);
        v = args[+field];
      } else {
        v = kwarg(kwargs, field);
        if (v === undefined) throw keyErrorFor(rt, field);
      }
      const owned: Value[] = [];
      try {
        for (const a of accessors) {
          const next: Value =
            a[1] !== undefined ? getAttr(rt, v as Value, a[1]) : getItem(rt, v as Value, /^\d+$/.test(a[2]) ? Number(a[2]) : a[2]);
          owned.push(next);
          v = next;
        }
        const shown: Value = conv === 'r' || conv === 'a' ? repr(rt, v as Value) : conv === 's' ? str(rt, v as Value) : (v as Value);
        return formatValue(rt, shown, spec === undefined ? null : spec);
      } finally {
        for (const o of owned) rt.decref(o);
      }
    });
  },
  __len__: (rt, self) => [...(self as string)].length,
};

/** str.split / rsplit (unicodeobject.c split, rsplit): sep=None splits on whitespace runs. */
function splitStr(rt: Runtime, t: string, args: Value[], kwargs: Kwargs, right: boolean): string[] {
  const sepV = args.length > 0 ? args[0] : (kwarg(kwargs, 'sep') ?? null);
  const maxV = args.length > 1 ? args[1] : (kwarg(kwargs, 'maxsplit') ?? -1);
  let max = Number(maxV);
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
  const n = t.length;
  const norm = (v: Value | undefined, d: number) => {
    if (v === undefined || v === null) return d;
    let i = Number(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = norm(args[1], 0);
  const end = norm(args[2], n);
  const rawStart = args[1] === undefined || args[1] === null ? 0 : Number(args[1]);
  // ADJUST_INDICES then `start > len`: nothing can match there, not even ''.
  if (rawStart > n) return [null, strArg(rt, args[0], ''), start];
  return [t.slice(start, Math.max(start, end)), strArg(rt, args[0], ''), start];
}

function findIn(rt: Runtime, t: string, args: Value[], right: boolean, raise: boolean): number {
  const [part, sub, start] = sliceArgs(rt, t, args, right ? 'rfind' : 'find');
  const i = part === null ? -1 : right ? part.lastIndexOf(sub) : part.indexOf(sub);
  if (i < 0 && raise) throw rt.error('ValueError', 'substring not found');
  return i < 0 ? -1 : i + start;
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
  const w = Number(args[0]);
  const fill = args.length > 1 ? strArg(rt, args[1], 'fill character') : ' ';
  if (t.length >= w) return t;
  const total = w - t.length;
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

export function installMethods(rt: Runtime): void {
  const int = rt.types.get('int');
  defineGetters(int, {
    real: (_rt, self) => (typeof self === 'boolean' ? +self : self),
    imag: () => 0,
    numerator: (_rt, self) => (typeof self === 'boolean' ? +self : self),
    denominator: () => 1,
  });
  defineMethods(int, {
    bit_length: (_rt, self) => {
      const n = BigInt(typeof self === 'boolean' ? +self : (self as number | bigint));
      return (n < 0n ? -n : n).toString(2).replace(/^0$/, '').length;
    },
    conjugate: (_rt, self) => (typeof self === 'boolean' ? +self : self),
  });
  // Objects/cellobject.c cell_get_contents / cell_set_contents.
  const cell = rt.types.get('cell');
  defineGetters(cell, {
    cell_contents(rt2, self) {
      const v = (self as CellObject).value;
      if (v === undefined) throw rt2.error('ValueError', 'Cell is empty');
      return rt2.incref(v);
    },
  });
  defineSetters(cell, {
    cell_contents(rt2, self, v) {
      const c = self as CellObject;
      const old = c.value;
      c.value = rt2.incref(v);
      if (old !== undefined) rt2.decref(old);
    },
  });
  const range = rt.types.get('range');
  defineGetters(range, {
    start: (_rt, self) => (self as RangeObject).start,
    stop: (_rt, self) => (self as RangeObject).stop,
    step: (_rt, self) => (self as RangeObject).step,
  });
  defineMethods(range, {
    index(rt2, self, args) {
      const r = self as RangeObject;
      const v = args[0];
      if (typeof v === 'number' && contains(rt2, r, v)) return (v - r.start) / r.step;
      throw rt2.error('ValueError', `${repr(rt2, v)} is not in range`);
    },
    count: (rt2, self, args) => (contains(rt2, self, args[0]) ? 1 : 0),
  });
  defineMethods(rt.types.get('list'), listMethods);
  defineMethods(rt.types.get('tuple'), tupleMethods);
  defineMethods(rt.types.get('dict'), dictMethods);
  defineMethods(rt.types.get('str'), strMethods);
}

export { iter as _iter, next as _next };
