/**
 * The `match` statement (PEP 634) as CPython 3.11 compiles and runs it
 * (compile.c `compiler_match_inner` / `compiler_pattern_*`, ceval.c
 * MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS).
 *
 * Reference discipline, which decides when objects die:
 *  - the subject is evaluated once and held for the cases; every case but
 *    the last non-default one matches a copy, and the last one consumes the
 *    statement's own reference (so an object only the subject held dies
 *    inside that case's pattern, e.g. when UNPACK_SEQUENCE or MATCH_CLASS
 *    pops it). A case that matches releases the held subject after its
 *    guard succeeded, before its body runs; a trailing `case _:` runs after
 *    the subject is gone.
 *  - `matchPattern` consumes the value it is given (one owned reference),
 *    releasing it where the bytecode pops it. Captured values stay owned in
 *    `caps` until the whole pattern matched; then they are stored in the
 *    compiler's order (pc->stores), and on failure released in that order.
 *  - sequence items, mapping values and class attributes are fetched
 *    (strong references) before their sub-patterns run, as UNPACK_SEQUENCE,
 *    MATCH_KEYS and MATCH_CLASS do; a failing sub-pattern releases the rest.
 */
import { ClassObject, ListObject, TupleObject, type Value } from '../../heap';
import { getAttr, lookupAttr } from '../runtime/attributes';
import { call } from '../runtime/calls';
import { delItem, eq, getItem, hash, iter, len, next, richCompare, truthy } from '../runtime/operators';
import { isInstanceOf } from '../runtime/builtins';
import { repr } from '../runtime/repr';
import { RangeObject } from '../runtime/native-objects';
import type { Runtime } from '../runtime/runtime';
import { MAPPING_FLAG, SEQUENCE_FLAG, collectionFlags } from '../runtime/collection-flags';
import type * as A from '../syntax/ast';
import { evalExpr } from './eval-expressions';
import { Signal, condition, execBlock, storeName } from './exec-statements';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/** A value captured by a pattern, waiting to be stored. */
interface Capture {
  resolution: A.Resolution;
  value: Value;
}

/** Is this the wildcard `_` (an irrefutable pattern that binds nothing)? */
function isWildcard(p: A.Pattern): boolean {
  return p.kind === 'MatchAs' && p.pattern === null && p.name === null;
}

/** The dispatch for `match`: returns the signal of the case body that ran. */
export function execMatch(ip: Interpreter, frame: Frame, s: A.Match): Signal {
  const subject = evalExpr(ip, frame, s.subject);
  const sel = selectCase(ip, frame, s, subject);
  if (sel === null) return Signal.Normal;
  return execBlock(ip, frame, sel.body);
}

/**
 * Run the patterns (and guards) of a match statement against `subject`
 * (owned, always released) and return the case whose body runs, or null.
 * The generator mode shares this and runs the body itself.
 */
export function selectCase(ip: Interpreter, frame: Frame, s: A.Match, subject: Value): A.MatchCase | null {
  const rt = ip.rt;
  const cases = s.cases;
  const hasDefault = cases.length > 1 && isWildcard(cases[cases.length - 1].pattern);
  const patterned = cases.length - (hasDefault ? 1 : 0);
  let held = true;
  try {
    for (let i = 0; i < patterned; i++) {
      const c = cases[i];
      frame.line = c.pattern.line;
      const last = i === patterned - 1;
      const caps: Capture[] = [];
      let matched: boolean;
      try {
        if (last) held = false;
        matched = matchPattern(ip, frame, c.pattern, last ? subject : rt.incref(subject), caps);
      } catch (e) {
        releaseCaptures(rt, caps);
        throw e;
      }
      if (!matched) {
        releaseCaptures(rt, caps);
        continue;
      }
      storeCaptures(ip, frame, caps);
      if (c.guard !== null && !condition(ip, frame, c.guard)) continue;
      if (held) {
        held = false;
        rt.decref(subject);
      }
      return c;
    }
    if (hasDefault) {
      if (held) {
        held = false;
        rt.decref(subject);
      }
      const c = cases[cases.length - 1];
      frame.line = c.pattern.line;
      if (c.guard !== null && !condition(ip, frame, c.guard)) return null;
      return c;
    }
    return null;
  } finally {
    if (held) rt.decref(subject);
  }
}

function releaseCaptures(rt: Runtime, caps: Capture[]): void {
  const values = caps.splice(0).map((c) => c.value);
  for (const v of values) rt.decref(v);
}

/** The STORE_* after a matched pattern, in pc->stores order. */
function storeCaptures(ip: Interpreter, frame: Frame, caps: Capture[]): void {
  const rt = ip.rt;
  for (let i = 0; i < caps.length; i++) {
    try {
      storeName(ip, frame, caps[i].resolution, caps[i].value);
    } catch (e) {
      for (let j = i; j < caps.length; j++) rt.decref(caps[j].value);
      throw e;
    }
    rt.decref(caps[i].value);
  }
}

/** Match `v` (owned: consumed here) against a pattern, appending what it captures to `caps`. */
function matchPattern(ip: Interpreter, frame: Frame, p: A.Pattern, v: Value, caps: Capture[]): boolean {
  const rt = ip.rt;
  ip.step();
  switch (p.kind) {
    case 'MatchAs':
      if (p.pattern === null) {
        if (p.name === null) rt.decref(v);
        else caps.push({ resolution: p.resolution!, value: v });
        return true;
      }
      if (p.name === null) return matchPattern(ip, frame, p.pattern, v, caps);
      try {
        if (!matchPattern(ip, frame, p.pattern, rt.incref(v), caps)) {
          rt.decref(v);
          return false;
        }
      } catch (e) {
        rt.decref(v);
        throw e;
      }
      caps.push({ resolution: p.resolution!, value: v });
      return true;
    case 'MatchSingleton': {
      const same = v === p.value;
      rt.decref(v);
      return same;
    }
    case 'MatchValue':
      return matchValue(ip, frame, p, v);
    case 'MatchSequence':
      return matchSequence(ip, frame, p, v, caps);
    case 'MatchMapping':
      return matchMapping(ip, frame, p, v, caps);
    case 'MatchClass':
      return matchClass(ip, frame, p, v, caps);
    case 'MatchOr':
      return matchOr(ip, frame, p, v, caps);
    case 'MatchStar':
      // Inside a sequence pattern: `v` is the list UNPACK_EX made for it.
      if (p.name === null) rt.decref(v);
      else caps.push({ resolution: p.resolution!, value: v });
      return true;
  }
}

/** LOAD value; COMPARE_OP == (releases the subject, then the value); truth of the result. */
function matchValue(ip: Interpreter, frame: Frame, p: A.MatchValue, v: Value): boolean {
  const rt = ip.rt;
  let value: Value;
  try {
    value = evalExpr(ip, frame, p.value);
  } catch (e) {
    rt.decref(v);
    throw e;
  }
  let r: Value;
  try {
    // The COMPARE_OP has the value pattern's location.
    frame.expr = p;
    r = richCompare(rt, v, value, '==');
  } finally {
    rt.decref(v);
    rt.decref(value);
  }
  try {
    return truthy(rt, r);
  } finally {
    rt.decref(r);
  }
}

/** Sub-patterns in order, each consuming its item; on failure (or error) the items left are released. */
function matchItems(ip: Interpreter, frame: Frame, patterns: A.Pattern[], items: Value[], caps: Capture[]): boolean {
  for (let i = 0; i < patterns.length; i++) {
    let ok: boolean;
    try {
      ok = matchPattern(ip, frame, patterns[i], items[i], caps);
    } catch (e) {
      for (let j = i + 1; j < items.length; j++) ip.rt.decref(items[j]);
      throw e;
    }
    if (!ok) {
      for (let j = i + 1; j < items.length; j++) ip.rt.decref(items[j]);
      return false;
    }
  }
  return true;
}

// ---- sequences ------------------------------------------------------------------------------

/**
 * Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING of the subject's type
 * (collection-flags.ts): list, tuple and range are sequences, dict a
 * mapping (str, bytes and bytearray are neither), a class has its best
 * base's bits unless collections.abc's `__abc_tpflags__` or an ABC's
 * register() set its own.
 */
function collectionFlag(rt: Runtime, v: Value): number {
  if (v instanceof ListObject || v instanceof TupleObject || v instanceof RangeObject) return SEQUENCE_FLAG;
  return collectionFlags(rt, rt.typeOf(v));
}

function matchSequence(ip: Interpreter, frame: Frame, p: A.MatchSequence, v: Value, caps: Capture[]): boolean {
  const rt = ip.rt;
  const size = p.patterns.length;
  const star = p.patterns.findIndex((q) => q.kind === 'MatchStar');
  const starWildcard = star >= 0 && (p.patterns[star] as A.MatchStar).name === null;
  const onlyWildcard = p.patterns.every((q) => isWildcard(q) || (q.kind === 'MatchStar' && q.name === null));
  try {
    if ((collectionFlag(rt, v) & SEQUENCE_FLAG) === 0) return false;
    if (star < 0 || starWildcard) {
      const n = len(rt, v);
      if (star < 0 ? n !== size : n < size - 1) return false;
    } else if (len(rt, v) < size - 1) return false;
  } catch (e) {
    rt.decref(v);
    throw e;
  }
  if (onlyWildcard) {
    rt.decref(v);
    return true;
  }
  if (starWildcard) return matchBySubscript(ip, frame, p.patterns, star, v, caps);
  let items: Value[];
  try {
    items = unpackSequence(rt, v, size, star);
  } finally {
    rt.decref(v);
  }
  return matchItems(ip, frame, p.patterns, items, caps);
}

/**
 * UNPACK_SEQUENCE / UNPACK_EX: exact lists and tuples directly, anything
 * else by iteration (with the extra next() that checks for exhaustion).
 * With a star, its items become a new list in that position.
 */
function unpackSequence(rt: Runtime, v: Value, size: number, star: number): Value[] {
  let all: Value[];
  if ((v instanceof ListObject || v instanceof TupleObject) && (star >= 0 || v.items.length === size)) {
    all = v.items.map((x) => rt.incref(x));
  } else {
    const it = iter(rt, v);
    all = [];
    try {
      for (;;) {
        if (star < 0 && all.length === size) {
          const extra = next(rt, it);
          if (extra !== undefined) {
            rt.decref(extra);
            throw rt.error('ValueError', `too many values to unpack (expected ${size})`);
          }
          break;
        }
        const x = next(rt, it);
        if (x === undefined) break;
        all.push(x);
      }
    } catch (e) {
      for (const x of all) rt.decref(x);
      throw e;
    } finally {
      rt.decref(it);
    }
    if (star < 0 && all.length < size) {
      const got = all.length;
      for (const x of all) rt.decref(x);
      throw rt.error('ValueError', `not enough values to unpack (expected ${size}, got ${got})`);
    }
  }
  if (star < 0) return all;
  const after = size - star - 1;
  const starred = all.slice(star, all.length - after);
  const middle = rt.heap.newList(starred);
  for (const x of starred) rt.decref(x);
  return [...all.slice(0, star), middle, ...all.slice(all.length - after)];
}

/** pattern_helper_sequence_subscr: `[a, *_, b]` reads only the items it needs, `subject[len - k]` after the star. */
function matchBySubscript(ip: Interpreter, frame: Frame, patterns: A.Pattern[], star: number, v: Value, caps: Capture[]): boolean {
  const rt = ip.rt;
  try {
    for (let i = 0; i < patterns.length; i++) {
      const q = patterns[i];
      if (i === star || isWildcard(q)) continue;
      const index = i < star ? i : len(rt, v) - (patterns.length - i);
      const item = getItem(rt, v, index);
      if (!matchPattern(ip, frame, q, item, caps)) return false;
    }
    return true;
  } finally {
    rt.decref(v);
  }
}

// ---- mappings -------------------------------------------------------------------------------

function matchMapping(ip: Interpreter, frame: Frame, p: A.MatchMapping, v: Value, caps: Capture[]): boolean {
  const rt = ip.rt;
  const size = p.keys.length;
  const keys: Value[] = [];
  try {
    if ((collectionFlag(rt, v) & MAPPING_FLAG) === 0) return false;
    if (size === 0 && p.rest === null) return true;
    if (size > 0 && len(rt, v) < size) return false;
    for (const k of p.keys) keys.push(evalExpr(ip, frame, k));
    const values = matchKeys(ip, v, keys);
    if (values === null) return false;
    if (!matchItems(ip, frame, p.patterns, values, caps)) return false;
    if (p.rest !== null) {
      const rest = call(rt, rt.types.get('dict'), [v]);
      try {
        for (const k of keys) delItem(rt, rest, k);
      } catch (e) {
        rt.decref(rest);
        throw e;
      }
      caps.push({ resolution: p.restResolution!, value: rest });
    }
    return true;
  } finally {
    for (const k of keys) rt.decref(k);
    rt.decref(v);
  }
}

/**
 * match_keys (ceval.c): `map.get(key, dummy)` for each key, a ValueError
 * for a key given twice; null as soon as one key is missing.
 */
function matchKeys(ip: Interpreter, map: Value, keys: Value[]): Value[] | null {
  const rt = ip.rt;
  if (keys.length === 0) return [];
  const get = getAttr(rt, map, 'get');
  const values: Value[] = [];
  let dummy: Value | undefined;
  try {
    dummy = call(rt, rt.types.get('object'), []);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      hash(rt, key);
      for (let j = 0; j < i; j++) {
        if (keys[j] === key || eq(rt, keys[j], key)) throw rt.error('ValueError', `mapping pattern checks duplicate key (${repr(rt, key)})`);
      }
      const value = call(rt, get, [key, dummy]);
      if (value === dummy) {
        rt.decref(value);
        for (const x of values) rt.decref(x);
        return null;
      }
      values.push(value);
    }
    return values;
  } catch (e) {
    for (const x of values) rt.decref(x);
    throw e;
  } finally {
    rt.decref(get);
    if (dummy !== undefined) rt.decref(dummy);
  }
}

// ---- classes --------------------------------------------------------------------------------

/** Builtin types whose one positional sub-pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

function matchesSelf(rt: Runtime, cls: ClassObject): boolean {
  for (const c of cls.mro) {
    for (const name of MATCH_SELF) if (rt.types.byName.get(name) === c) return true;
  }
  return false;
}

function matchClass(ip: Interpreter, frame: Frame, p: A.MatchClass, v: Value, caps: Capture[]): boolean {
  const rt = ip.rt;
  let cls: Value;
  try {
    cls = evalExpr(ip, frame, p.cls);
  } catch (e) {
    rt.decref(v);
    throw e;
  }
  let attrs: Value[] | null;
  try {
    // MATCH_CLASS has the class pattern's location (its errors' carets).
    frame.expr = p;
    attrs = classAttributes(ip, v, cls, p.patterns.length, p.kwdAttrs);
  } finally {
    rt.decref(v);
    rt.decref(cls);
  }
  if (attrs === null) return false;
  return matchItems(ip, frame, [...p.patterns, ...p.kwdPatterns], attrs, caps);
}

/** match_class (ceval.c): the isinstance check, then every attribute the sub-patterns need, or null. */
function classAttributes(ip: Interpreter, subject: Value, type: Value, nargs: number, kwdAttrs: string[]): Value[] | null {
  const rt = ip.rt;
  if (!(type instanceof ClassObject)) throw rt.typeError('called match pattern must be a type');
  if (!isInstanceOf(rt, subject, type)) return null;
  const seen: string[] = [];
  const attrs: Value[] = [];
  try {
    if (nargs > 0) {
      const matchArgs = lookupAttr(rt, type, '__match_args__');
      let names: Value[] = [];
      let matchSelf = false;
      if (matchArgs !== undefined) {
        try {
          if (!(matchArgs instanceof TupleObject) || rt.typeOf(matchArgs) !== rt.types.get('tuple')) {
            throw rt.typeError(`${type.name}.__match_args__ must be a tuple (got ${rt.typeName(matchArgs)})`);
          }
          names = [...matchArgs.items];
        } finally {
          rt.decref(matchArgs);
        }
      } else matchSelf = matchesSelf(rt, type);
      const allowed = matchSelf ? 1 : names.length;
      if (allowed < nargs) {
        throw rt.typeError(`${type.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
      }
      if (matchSelf) attrs.push(rt.incref(subject));
      else {
        for (let i = 0; i < nargs; i++) {
          const name = names[i];
          if (typeof name !== 'string') throw rt.typeError(`__match_args__ elements must be strings (got ${rt.typeName(name)})`);
          const a = classAttribute(rt, subject, type, name, seen);
          if (a === undefined) return releaseAll(rt, attrs);
          attrs.push(a);
        }
      }
    }
    for (const name of kwdAttrs) {
      const a = classAttribute(rt, subject, type, name, seen);
      if (a === undefined) return releaseAll(rt, attrs);
      attrs.push(a);
    }
    return attrs;
  } catch (e) {
    releaseAll(rt, attrs);
    throw e;
  }
}

function releaseAll(rt: Runtime, values: Value[]): null {
  for (const x of values.splice(0)) rt.decref(x);
  return null;
}

/** match_class_attr: each attribute once; a missing one (AttributeError) fails the match. */
function classAttribute(rt: Runtime, subject: Value, type: ClassObject, name: string, seen: string[]): Value | undefined {
  if (seen.includes(name)) throw rt.typeError(`${type.name}() got multiple sub-patterns for attribute ${repr(rt, name)}`);
  seen.push(name);
  return lookupAttr(rt, subject, name);
}

// ---- alternatives ---------------------------------------------------------------------------

/**
 * compiler_pattern_or: each alternative matches a copy of the subject; the
 * first that matches wins and its captures are reordered to the first
 * alternative's order; the subject copy is released last.
 */
function matchOr(ip: Interpreter, frame: Frame, p: A.MatchOr, v: Value, caps: Capture[]): boolean {
  const rt = ip.rt;
  try {
    let order: string[] | null = null;
    for (const alt of p.patterns) {
      const mine: Capture[] = [];
      let ok: boolean;
      try {
        ok = matchPattern(ip, frame, alt, rt.incref(v), mine);
      } catch (e) {
        releaseCaptures(rt, mine);
        throw e;
      }
      if (!ok) {
        releaseCaptures(rt, mine);
        continue;
      }
      order ??= captureNames(p.patterns[0]);
      mine.sort((a, b) => order!.indexOf(a.resolution.name) - order!.indexOf(b.resolution.name));
      caps.push(...mine);
      return true;
    }
    return false;
  } finally {
    rt.decref(v);
  }
}

function captureNames(p: A.Pattern, out: string[] = []): string[] {
  switch (p.kind) {
    case 'MatchAs':
      if (p.pattern !== null) captureNames(p.pattern, out);
      if (p.resolution !== undefined) out.push(p.resolution.name);
      break;
    case 'MatchStar':
      if (p.resolution !== undefined) out.push(p.resolution.name);
      break;
    case 'MatchSequence':
      for (const q of p.patterns) captureNames(q, out);
      break;
    case 'MatchMapping':
      for (const q of p.patterns) captureNames(q, out);
      if (p.restResolution !== undefined) out.push(p.restResolution.name);
      break;
    case 'MatchClass':
      for (const q of [...p.patterns, ...p.kwdPatterns]) captureNames(q, out);
      break;
    case 'MatchOr':
      if (p.patterns.length > 0) captureNames(p.patterns[0], out);
      break;
    default:
      break;
  }
  return out;
}
