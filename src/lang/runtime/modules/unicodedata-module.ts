/**
 * `unicodedata` (Modules/unicodedata.c), the part gclab implements: the
 * character names -- lookup(name), name(chr[, default]) -- and
 * unidata_version, over the same name table as `\N{...}` escapes
 * (syntax/unicode-names.ts, loaded on the first lookup). The other
 * properties (category, east_asian_width, normalize, ...) are not here:
 * a program that reaches them gets AttributeError.
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
    d.set(rt.heap, 'unidata_version', '14.0.0');
  });
}
