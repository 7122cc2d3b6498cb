/**
 * A parsed module as text and back: how `npm run build` ships the stdlib
 * already parsed (scripts/bundle.js writes one file per module, the
 * bundled scenario thread reads it instead of tokenizing, parsing and
 * resolving scopes again on every import: `import collections` spent most
 * of its time there).
 *
 * A tree from `parse()` is plain data: objects with Object.prototype,
 * arrays, Maps (scope tables) and primitives, some objects reachable along
 * more than one path (a scope's table and the node it describes). The text
 * is JSON in which an object with the key MARK stands for what JSON cannot
 * say: undefined, a Map, a shared object (defined at its first occurrence
 * in depth-first order, referred to by number afterwards), a bigint, a
 * non-finite number or -0. Beside the tree, a patch says where those are
 * (in the stdlib: in the scopes only), so that decoding walks those paths
 * instead of every node (that walk was a third of decoding). Objects keep
 * their keys in their order, arrays their elements, Maps their insertion
 * order, so the decoded tree is the parsed tree: `encodeTree` refuses
 * (returns null) anything else it meets (another prototype, a symbol key,
 * an array hole), and callers check `sameTree(decodeTree(text), tree)`
 * before shipping a text.
 */
import type { Module } from './ast';

/** The key that marks an encoded special value (no AST field is named so). */
const MARK = '\u0001';
const UNDEFINED = 0;
const MAP = 1;
const DEFINE = 2;
const REF = 3;
const NUMBER = 4;
const BIGINT = 5;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Where a value's special values are: 1 when the value is one itself (an
 * encoded undefined, Map, shared object, ...), else by key (or array
 * index) the patches of the values below it that hold some.
 */
type Patch = 1 | { [key: string]: Patch };

class Unsupported extends Error {}

function isPlainObject(v: object): boolean {
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === Array.prototype || p === Map.prototype;
}

/** The text of `tree`, or null when it holds something the format cannot carry exactly. */
export function encodeTree(tree: Module): string | null {
  // Pass 1: which objects are reached more than once.
  const seen = new Set<object>();
  const shared = new Set<object>();
  const count = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (seen.has(v)) {
      shared.add(v);
      return;
    }
    seen.add(v);
    if (v instanceof Map) {
      for (const [k, x] of v) {
        count(k);
        count(x);
      }
    } else if (Array.isArray(v)) {
      for (const x of v) count(x);
    } else {
      for (const k of Object.keys(v)) count((v as Record<string, unknown>)[k]);
    }
  };
  // Pass 2: the JSON value, shared objects numbered in depth-first order,
  // and the patch: where the special values are (see decodeTree).
  const ids = new Map<object, number>();
  let patch: Patch | null = null; // the patch of the value encode() returned last
  const encode = (v: unknown): Json => {
    patch = null;
    switch (typeof v) {
      case 'undefined':
        patch = 1;
        return { [MARK]: UNDEFINED };
      case 'boolean':
      case 'string':
        return v;
      case 'number':
        if (Number.isFinite(v) && !Object.is(v, -0)) return v;
        patch = 1;
        return { [MARK]: NUMBER, v: Object.is(v, -0) ? '-0' : String(v) };
      case 'bigint':
        patch = 1;
        return { [MARK]: BIGINT, v: v.toString() };
      case 'object': {
        if (v === null) return null;
        const known = ids.get(v);
        patch = 1;
        if (known !== undefined) return { [MARK]: REF, i: known };
        if (!isPlainObject(v) || Object.getOwnPropertySymbols(v).length > 0) throw new Unsupported();
        let id = -1;
        if (shared.has(v)) {
          id = ids.size;
          ids.set(v, id);
        }
        let out: Json;
        let inner: { [key: string]: Patch } | null = null;
        if (v instanceof Map) {
          const e: Json[] = [];
          for (const [k, x] of v) e.push(encode(k), encode(x));
          out = { [MARK]: MAP, e };
        } else if (Array.isArray(v)) {
          const a: Json[] = [];
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) throw new Unsupported();
            a.push(encode(v[i]));
            if (patch !== null) (inner ??= {})[i] = patch;
          }
          out = a;
        } else {
          if (Object.getOwnPropertyNames(v).length !== Object.keys(v).length || MARK in v) throw new Unsupported();
          const o: { [key: string]: Json } = {};
          for (const k of Object.keys(v)) {
            o[k] = encode((v as Record<string, unknown>)[k]);
            if (patch !== null) (inner ??= {})[k] = patch;
          }
          out = o;
        }
        // A Map or a shared object is special itself; anything else is
        // special where its contents are.
        patch = id >= 0 || v instanceof Map ? 1 : inner;
        return id < 0 ? out : { [MARK]: DEFINE, i: id, v: out };
      }
      default:
        throw new Unsupported();
    }
  };
  try {
    count(tree);
    const json = encode(tree);
    return JSON.stringify([json, patch ?? 0]);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** The tree `encodeTree` wrote. */
export function decodeTree(text: string): Module {
  const table: unknown[] = [];
  const fix = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = fix(v[i]);
      return v;
    }
    const o = v as Record<string, unknown>;
    const mark = o[MARK];
    if (mark === undefined) {
      for (const k in o) o[k] = fix(o[k]);
      return o;
    }
    switch (mark) {
      case UNDEFINED:
        return undefined;
      case REF:
        return table[o.i as number];
      case NUMBER:
        return o.v === '-0' ? -0 : Number(o.v);
      case BIGINT:
        return BigInt(o.v as string);
      case MAP:
        return fillMap(new Map(), o.e as unknown[]);
      case DEFINE: {
        const inner = o.v as Record<string, unknown>;
        if (inner[MARK] === MAP) {
          const m = new Map<unknown, unknown>();
          table[o.i as number] = m;
          return fillMap(m, inner.e as unknown[]);
        }
        table[o.i as number] = inner;
        if (Array.isArray(inner)) {
          for (let i = 0; i < inner.length; i++) inner[i] = fix(inner[i]);
        } else {
          for (const k in inner) inner[k] = fix(inner[k]);
        }
        return inner;
      }
      default:
        throw new Error(`tree-codec: unknown mark ${String(mark)}`);
    }
  };
  const fillMap = (m: Map<unknown, unknown>, e: unknown[]): Map<unknown, unknown> => {
    for (let i = 0; i < e.length; i += 2) m.set(fix(e[i]), fix(e[i + 1]));
    return m;
  };
  // Only the special values need a walk: the patch leads to each (1: the
  // value there is special; an object: where below it), in the
  // depth-first order of the tree, so shared objects are defined before
  // they are referred to. Most of a tree is plain JSON and is not walked.
  const apply = (node: Record<string, unknown>, p: { [key: string]: Patch }): void => {
    for (const k in p) {
      const q = p[k];
      if (q === 1) node[k] = fix(node[k]);
      else apply(node[k] as Record<string, unknown>, q);
    }
  };
  const [tree, p] = JSON.parse(text) as [unknown, Patch | 0];
  if (p === 0) return tree as Module;
  if (p === 1) return fix(tree) as Module;
  apply(tree as Record<string, unknown>, p);
  return tree as Module;
}

/**
 * Whether two trees are the same data: same kinds of objects, keys in the
 * same order, equal primitives (Object.is), and the same sharing (an
 * object reached twice in one is reached twice in the other).
 */
export function sameTree(a: unknown, b: unknown): boolean {
  const pairs = new Map<object, object>();
  const same = (x: unknown, y: unknown): boolean => {
    if (x === null || typeof x !== 'object' || y === null || typeof y !== 'object') return Object.is(x, y);
    const known = pairs.get(x);
    if (known !== undefined) return known === y;
    pairs.set(x, y);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    if (x instanceof Map) {
      const ya = [...(y as Map<unknown, unknown>)];
      const xa = [...x];
      return xa.length === ya.length && xa.every(([k, v], i) => same(k, ya[i][0]) && same(v, ya[i][1]));
    }
    const xk = Object.keys(x);
    const yk = Object.keys(y);
    if (xk.length !== yk.length) return false;
    for (let i = 0; i < xk.length; i++) {
      if (xk[i] !== yk[i]) return false;
      if (!same((x as Record<string, unknown>)[xk[i]], (y as Record<string, unknown>)[yk[i]])) return false;
    }
    return true;
  };
  if (!same(a, b)) return false;
  // Sharing both ways: no two objects of `a` map to one object of `b`.
  return new Set(pairs.values()).size === pairs.size;
}
