/**
 * "Did you mean" for an AttributeError or NameError the default display
 * prints (Python/suggestions.c, 3.11: _Py_Offer_Suggestions, called by
 * print_exception_suggestions in pythonrun.c): the closest name by a
 * Levenshtein distance where a move costs 2 and a change of case 1, among
 * dir(obj) for an AttributeError with `name` and `obj`, and among the
 * innermost traceback frame's local variables (co_varnames), then its
 * globals, then the
 * builtins for a NameError with `name`. No suggestion from 750 candidates
 * or more, for names longer than 40 characters, or when more than a third
 * of the characters would change. Errors while looking are dropped.
 */
import { utf8Bytes } from '../runtime/codecs';
import { DictObject, ListObject, TupleObject, type Value } from '../../heap';
import { getAttr } from '../runtime/attributes';
import { getExceptionField } from '../runtime/exception-fields';
import { builtinsNamespace, getBuiltin } from '../runtime/builtins';
import { call } from '../runtime/calls';
import { ExceptionObject, TracebackObject } from '../runtime/native-objects';
import type { Runtime } from '../runtime/runtime';
import { releaseException } from '../runtime/lang-host';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** substitution_cost over UTF-8 bytes, as suggestions.c compares them. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 0x41 && a <= 0x5a) a += 0x20;
  if (b >= 0x41 && b <= 0x5a) b += 0x20;
  return a === b ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance: max_cost + 1 once the distance is known to exceed max_cost. */
function levenshtein(aBytes: Uint8Array, bBytes: Uint8Array, maxCost: number): number {
  let a = aBytes;
  let b = bBytes;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  a = a.subarray(start);
  b = b.subarray(start);
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > 0 && bEnd > 0 && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  a = a.subarray(0, aEnd);
  b = b.subarray(0, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < a.length; i++, tmp += MOVE_COST) buffer.push(tmp);
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex];
    let distance = (result = bIndex * MOVE_COST);
    let minimum = Infinity;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(code, a[index]);
      distance = buffer[index];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/**
 * The UTF-8 bytes of `s` (PyUnicode_AsUTF8AndSize), by codecs.ts's encoder:
 * the runtime also runs where no TextEncoder exists (the web build's bare
 * worker context).
 */
function utf8Of(s: string): Uint8Array {
  let bytes = '';
  for (const ch of s) bytes += utf8Bytes(ch.codePointAt(0)!);
  return Uint8Array.from(bytes, (c) => c.charCodeAt(0));
}

/** calculate_suggestions: the best candidate, or null. */
function calculateSuggestion(candidates: Value[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8Of(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (typeof item !== 'string') return null; // PyUnicode_AsUTF8AndSize fails: no suggestion
    if (item === name) continue;
    const itemBytes = utf8Of(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function itemsOf(v: Value): Value[] {
  if (v instanceof ListObject || v instanceof TupleObject) return v.items;
  return [];
}

/** The suggestion for an AttributeError (dir(obj)). */
function forAttributeError(rt: Runtime, exc: ExceptionObject, name: string): string | null {
  // getExceptionField gives a new reference: released here, or the object
  // the AttributeError names would outlive the printed traceback.
  const obj = getExceptionField(rt, exc, 'obj');
  if (obj === undefined || obj === null) return null;
  let dir: Value;
  try {
    dir = call(rt, getBuiltin(rt, 'dir'), [obj]);
  } finally {
    rt.decref(obj);
  }
  try {
    return calculateSuggestion(itemsOf(dir), name);
  } finally {
    rt.decref(dir);
  }
}

/** The suggestion for a NameError: the innermost frame's locals, its globals, the builtins. */
function forNameError(rt: Runtime, exc: ExceptionObject, name: string): string | null {
  const first = exc.exc[1];
  if (!(first instanceof TracebackObject)) return null;
  let tb: TracebackObject = first;
  for (let next = tb.refs[0]; next instanceof TracebackObject; next = tb.refs[0]) tb = next;
  const frame = tb.refs[1];
  if (frame === undefined || frame === null) return null;
  const held: Value[] = [];
  try {
    const code = getAttr(rt, frame, 'f_code');
    held.push(code);
    const locals: Value[] = [];
    if (code !== null) {
      // _PyCode_GetVarnames: the local variables only (no cell-only or free names).
      const names = getAttr(rt, code, 'co_varnames');
      held.push(names);
      locals.push(...itemsOf(names));
    }
    const fromLocals = calculateSuggestion(locals, name);
    if (fromLocals !== null) return fromLocals;
    const globals = getAttr(rt, frame, 'f_globals');
    held.push(globals);
    if (globals instanceof DictObject) {
      const fromGlobals = calculateSuggestion(globals.entries().map(([k]) => k as Value), name);
      if (fromGlobals !== null) return fromGlobals;
    }
    const bdict = builtinsNamespace(rt);
    if (bdict !== undefined) return calculateSuggestion(bdict.entries().map(([k]) => k as Value), name);
    return null;
  } finally {
    for (const v of held) rt.decref(v);
  }
}

/**
 * _Py_Offer_Suggestions: ". Did you mean: 'x'?" for the exception's line,
 * or '' (also when looking raised: the error is dropped, as PyErr_Clear).
 */
export function suggestionSuffix(rt: Runtime, exc: ExceptionObject): string {
  const isAttr = exc.cls.isSubclassOf(rt.types.get('AttributeError'));
  const isName = !isAttr && exc.cls.isSubclassOf(rt.types.get('NameError'));
  if (!isAttr && !isName) return '';
  const name = getExceptionField(rt, exc, 'name');
  if (typeof name !== 'string') {
    if (name !== undefined) rt.decref(name);
    return '';
  }
  let s: string | null;
  try {
    s = isAttr ? forAttributeError(rt, exc, name) : forNameError(rt, exc, name);
  } catch (e) {
    releaseException(rt, e);
    return '';
  }
  return s === null ? '' : `. Did you mean: '${s}'?`;
}
