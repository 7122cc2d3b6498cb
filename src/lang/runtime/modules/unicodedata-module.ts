/**
 * `unicodedata` (Modules/unicodedata.c), the part gclab implements: the
 * character names -- lookup(name), name(chr[, default]) -- and
 * unidata_version, over the same name table as `\N{...}` escapes
 * (syntax/unicode-names.ts, loaded on the first lookup); category(),
 * mirrored(), decimal(), digit(), normalize() and is_normalized() from the host's
 * Unicode tables (JavaScript's property escapes and String.normalize; the
 * host's Unicode version may be newer than CPython 3.11's 14.0, which shows
 * only for characters assigned since). The other properties
 * (east_asian_width, bidirectional, combining, decomposition, numeric,
 * ...) are not here: a program that reaches them gets
 * AttributeError.
 */
import { BytesLikeObject, PrimitiveBox, type Value } from '../../../heap';
import { codePointOfName, lookupNamedSequence, nameOfCodePoint } from '../../syntax/unicode-names';
import type { ModuleObject } from '../function-object';
import type { Runtime } from '../runtime';
import { newBuiltinFunction, newNativeModule } from './native-module';
import type { BuiltinImpl } from '../native-objects';
import type { DictObject } from '../../../heap';

/** NAME_MAXLEN in unicodedata.c. */
const NAME_MAXLEN = 256;

/** unicodedata_UCD_lookup_impl: a name, an alias or a named sequence; KeyError otherwise. */
function lookup(rt: Runtime, args: Value[]): Value {
  if (args.length !== 1) throw rt.typeError(`unicodedata.lookup() takes exactly one argument (${args.length} given)`);
  const arg = args[0] instanceof PrimitiveBox ? args[0].value : args[0];
  let name: string;
  if (typeof arg === 'string') name = arg;
  else if (arg instanceof BytesLikeObject) name = arg.value;
  else throw rt.typeError(`a bytes-like object is required, not '${rt.typeName(args[0])}'`);
  if (name.length > NAME_MAXLEN) throw rt.error('KeyError', 'name too long');
  const code = codePointOfName(name);
  if (code !== undefined) return String.fromCodePoint(code);
  const sequence = lookupNamedSequence(name);
  if (sequence !== undefined) return sequence;
  throw rt.error('KeyError', `undefined character name '${name}'`);
}

/** unicodedata_UCD_name_impl: the name of one character, else the default or ValueError. */
function name(rt: Runtime, args: Value[]): Value {
  if (args.length < 1) throw rt.typeError(`name expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw rt.typeError(`name expected at most 2 arguments, got ${args.length}`);
  const arg = args[0] instanceof PrimitiveBox ? args[0].value : args[0];
  const chars = typeof arg === 'string' ? [...arg] : [];
  if (chars.length !== 1) {
    const what = typeof arg === 'string' ? 'str' : rt.typeName(args[0]);
    throw rt.typeError(`name() argument 1 must be a unicode character, not ${what}`);
  }
  const found = nameOfCodePoint(chars[0].codePointAt(0)!);
  if (found !== undefined) return found;
  if (args.length === 2) return rt.incref(args[1]);
  throw rt.error('ValueError', 'no such name');
}

/** The one character a function of this module takes (`FNAME() argument 1 must be a unicode character, not T`). */
function oneChar(rt: Runtime, fname: string, v: Value | undefined): string {
  const arg = v instanceof PrimitiveBox ? v.value : v;
  const chars = typeof arg === 'string' ? [...arg] : [];
  if (chars.length !== 1) {
    const what = typeof arg === 'string' ? 'str' : v === undefined ? 'nothing' : rt.typeName(v);
    throw rt.typeError(`${fname}() argument${fname === 'decimal' || fname === 'digit' ? ' 1' : ''} must be a unicode character, not ${what}`);
  }
  return chars[0];
}

/** The general categories, tested in this order (Cn: none of them). */
const CATEGORIES = ['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co'];
const CATEGORY_RES = CATEGORIES.map((c) => new RegExp(`^\\p{gc=${c}}$`, 'u'));
const DECIMAL_RE = /^\p{gc=Nd}$/u;
const MIRRORED_RE = /^\p{Bidi_M}$/u;

/** unicodedata_UCD_category_impl: the two-letter general category. */
function category(rt: Runtime, args: Value[]): Value {
  if (args.length !== 1) throw rt.typeError(`unicodedata.category() takes exactly one argument (${args.length} given)`);
  const ch = oneChar(rt, 'category', args[0]);
  for (let i = 0; i < CATEGORIES.length; i++) if (CATEGORY_RES[i].test(ch)) return CATEGORIES[i];
  return 'Cn';
}

/** unicodedata_UCD_mirrored_impl: 1 for a character mirrored in bidirectional text. */
function mirrored(rt: Runtime, args: Value[]): Value {
  if (args.length !== 1) throw rt.typeError(`unicodedata.mirrored() takes exactly one argument (${args.length} given)`);
  return MIRRORED_RE.test(oneChar(rt, 'mirrored', args[0])) ? 1 : 0;
}

/** unicodedata_UCD_decimal_impl: a decimal digit's value (Nd characters come in runs 0-9), else the default or ValueError. */
function decimal(rt: Runtime, args: Value[]): Value {
  if (args.length < 1) throw rt.typeError(`decimal expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw rt.typeError(`decimal expected at most 2 arguments, got ${args.length}`);
  const ch = oneChar(rt, 'decimal', args[0]);
  if (DECIMAL_RE.test(ch)) {
    const cp = ch.codePointAt(0)!;
    let start = cp;
    while (DECIMAL_RE.test(String.fromCodePoint(start - 1))) start--;
    return (cp - start) % 10;
  }
  if (args.length === 2) return rt.incref(args[1]);
  throw rt.error('ValueError', 'not a decimal');
}

/**
 * The characters whose Numeric_Type is Digit but which are not decimal (Nd):
 * superscripts, subscripts, circled and parenthesized digits, ...
 * (Unicode 14.0.0). Triples [first, last, digit value of first]; values
 * rise by one along each run.
 */
const DIGIT_RUNS: readonly (readonly [number, number, number])[] = [
  [0xb2, 0xb3, 2], [0xb9, 0xb9, 1], [0x1369, 0x1371, 1], [0x19da, 0x19da, 1],
  [0x2070, 0x2070, 0], [0x2074, 0x2079, 4], [0x2080, 0x2089, 0], [0x2460, 0x2468, 1],
  [0x2474, 0x247c, 1], [0x2488, 0x2490, 1], [0x24ea, 0x24ea, 0], [0x24f5, 0x24fd, 1],
  [0x24ff, 0x24ff, 0], [0x2776, 0x277e, 1], [0x2780, 0x2788, 1], [0x278a, 0x2792, 1],
  [0x10a40, 0x10a43, 1], [0x10e60, 0x10e68, 1], [0x11052, 0x1105a, 1], [0x1f100, 0x1f100, 0],
  [0x1f101, 0x1f10a, 0],
];

/** unicodedata_UCD_digit_impl: a digit's value (decimal digits and DIGIT_RUNS), else the default or ValueError. */
function digit(rt: Runtime, args: Value[]): Value {
  if (args.length < 1) throw rt.typeError(`digit expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw rt.typeError(`digit expected at most 2 arguments, got ${args.length}`);
  const ch = oneChar(rt, 'digit', args[0]);
  const cp = ch.codePointAt(0)!;
  if (DECIMAL_RE.test(ch)) {
    let start = cp;
    while (DECIMAL_RE.test(String.fromCodePoint(start - 1))) start--;
    return (cp - start) % 10;
  }
  for (const [first, last, value] of DIGIT_RUNS) {
    if (cp >= first && cp <= last) return value + (cp - first);
  }
  if (args.length === 2) return rt.incref(args[1]);
  throw rt.error('ValueError', 'not a digit');
}

/** The form argument of normalize/is_normalized: ValueError for an unknown one. */
function normalForm(rt: Runtime, fname: string, args: Value[]): [string, string] {
  if (args.length !== 2) throw rt.typeError(`${fname} expected 2 arguments, got ${args.length}`);
  const form = args[0] instanceof PrimitiveBox ? args[0].value : args[0];
  const text = args[1] instanceof PrimitiveBox ? args[1].value : args[1];
  if (typeof form !== 'string') throw rt.typeError(`${fname}() argument 1 must be str, not ${rt.typeName(args[0])}`);
  if (typeof text !== 'string') throw rt.typeError(`${fname}() argument 2 must be str, not ${rt.typeName(args[1])}`);
  if (form !== 'NFC' && form !== 'NFD' && form !== 'NFKC' && form !== 'NFKD') throw rt.error('ValueError', 'invalid normalization form');
  return [form, text];
}

/** unicodedata_UCD_normalize_impl. */
function normalize(rt: Runtime, args: Value[]): Value {
  const [form, text] = normalForm(rt, 'normalize', args);
  return text.normalize(form);
}

/** unicodedata_UCD_is_normalized_impl. */
function isNormalized(rt: Runtime, args: Value[]): Value {
  const [form, text] = normalForm(rt, 'is_normalized', args);
  return text.normalize(form) === text;
}

function addQualified(rt: Runtime, d: DictObject, fname: string, impl: (rt: Runtime, args: Value[]) => Value): void {
  const builtin: BuiltinImpl = (args) => impl(rt, args);
  const f = newBuiltinFunction(rt, fname, builtin, `unicodedata.${fname}`);
  f.plainFunction = true;
  d.set(rt.heap, fname, f);
  rt.heap.decref(f);
}

export function makeUnicodedataModule(rt: Runtime): ModuleObject {
  return newNativeModule(rt, 'unicodedata', (d) => {
    addQualified(rt, d, 'lookup', lookup);
    addQualified(rt, d, 'name', name);
    addQualified(rt, d, 'category', category);
    addQualified(rt, d, 'mirrored', mirrored);
    addQualified(rt, d, 'decimal', decimal);
    addQualified(rt, d, 'digit', digit);
    addQualified(rt, d, 'normalize', normalize);
    addQualified(rt, d, 'is_normalized', isNormalized);
    d.set(rt.heap, 'unidata_version', '14.0.0');
  });
}
