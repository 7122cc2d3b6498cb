/**
 * str.format and str.format_map (Objects/stringlib/unicode_format.h):
 * literal text with `{{`/`}}` escapes, and replacement fields
 * `{field_name!conversion:format_spec}` where the field name is an
 * argument (auto-numbered, numbered or named) followed by `.attr` and
 * `[key]` accessors, and the format spec may hold fields of its own
 * (expanded once more, recursion depth 2 as build_string starts it).
 *
 * Order per field (output_markup): the object is looked up, the conversion
 * applied, then the spec expanded, then the object formatted. Errors carry
 * CPython's types and messages.
 */
import type { Value } from '../../heap';
import { getAttr } from './attributes';
import { formatValue } from './format-spec';
import { getItem } from './operators';
import { asciiRepr, repr, str } from './repr';
import type { Runtime } from './runtime';

/** Where a field's argument comes from: by position, or by name (a new reference). */
export interface FormatArguments {
  /** null for format_map, which has no positional arguments. */
  positional: readonly Value[] | null;
  named(name: string): Value;
}

/** The automatic/manual field numbering state shared by a string and its nested specs. */
interface Numbering {
  next: number;
  mode: 'unset' | 'auto' | 'manual';
}

export function strFormat(rt: Runtime, fmt: string, source: FormatArguments): string {
  return buildString(rt, fmt, source, 2, { next: 0, mode: 'unset' });
}

function buildString(rt: Runtime, fmt: string, source: FormatArguments, depth: number, numbering: Numbering): string {
  if (depth <= 0) throw rt.error('ValueError', 'Max string recursion exceeded');
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    // MarkupIterator_next: literal text up to a brace; a doubled brace is literal.
    let j = i;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    out += fmt.slice(i, j);
    if (j >= n) break;
    const c = fmt[j];
    const atEnd = j + 1 >= n;
    if (c === '}' && (atEnd || fmt[j + 1] !== '}')) throw rt.error('ValueError', "Single '}' encountered in format string");
    if (atEnd && c === '{') throw rt.error('ValueError', "Single '{' encountered in format string");
    if (fmt[j + 1] === c) {
      out += c;
      i = j + 2;
      continue;
    }
    const field = parseField(rt, fmt, j + 1);
    out += outputField(rt, field, source, depth, numbering);
    i = field.next;
  }
  return out;
}

interface ParsedField {
  name: string;
  conversion: string;
  spec: string;
  specNeedsExpanding: boolean;
  /** Where the text after the field's closing brace starts. */
  next: number;
}

/** parse_field: the field name, then `!c` and/or `:spec` up to the matching '}'. */
function parseField(rt: Runtime, fmt: string, start: number): ParsedField {
  const n = fmt.length;
  let i = start;
  let c = '';
  while (i < n) {
    c = fmt[i++];
    if (c === '{') throw rt.error('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (i < n && fmt[i] !== ']') i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = fmt.slice(start, i - 1);
  const field: ParsedField = { name, conversion: '', spec: '', specNeedsExpanding: false, next: i };
  if (c !== '!' && c !== ':') {
    if (c !== '}') throw rt.error('ValueError', "expected '}' before end of string");
    return field;
  }
  if (c === '!') {
    if (i >= n) throw rt.error('ValueError', 'end of string while looking for conversion specifier');
    field.conversion = fmt[i++];
    if (i < n) {
      const after = fmt[i++];
      if (after === '}') {
        field.next = i;
        return field;
      }
      if (after !== ':') throw rt.error('ValueError', "expected ':' after conversion specifier");
    }
  }
  const specStart = i;
  let count = 1;
  while (i < n) {
    const ch = fmt[i++];
    if (ch === '{') {
      field.specNeedsExpanding = true;
      count++;
    } else if (ch === '}' && --count === 0) {
      field.spec = fmt.slice(specStart, i - 1);
      field.next = i;
      return field;
    }
  }
  throw rt.error('ValueError', "unmatched '{' in format spec");
}

/** One field, formatted (output_markup). */
function outputField(rt: Runtime, field: ParsedField, source: FormatArguments, depth: number, numbering: Numbering): string {
  const obj = fieldObject(rt, field.name, source, numbering);
  try {
    const shown: Value = field.conversion !== '' ? convert(rt, obj, field.conversion) : obj;
    const spec = field.specNeedsExpanding ? buildString(rt, field.spec, source, depth - 1, numbering) : field.spec;
    return formatValue(rt, shown, spec);
  } finally {
    rt.decref(obj);
  }
}

function convert(rt: Runtime, v: Value, conversion: string): string {
  switch (conversion) {
    case 'r':
      return repr(rt, v);
    case 's':
      return str(rt, v);
    case 'a':
      return asciiRepr(rt, v);
    default: {
      const code = conversion.codePointAt(0) as number;
      const shown = code > 32 && code < 127 ? conversion : `\\x${code.toString(16)}`;
      throw rt.error('ValueError', `Unknown conversion specifier ${shown}`);
    }
  }
}

/** get_field_object: the argument, then each `.attr` / `[key]` accessor (a new reference). */
/** get_integer: a run of decimal digits as an index; one past Py_ssize_t is a ValueError. */
function decimalIndex(rt: Runtime, digits: string): number {
  if (BigInt(digits) > 0x7fffffffffffffffn) throw rt.error('ValueError', 'Too many decimal digits in format string');
  return Number(digits);
}

function fieldObject(rt: Runtime, name: string, source: FormatArguments, numbering: Numbering): Value {
  let end = 0;
  while (end < name.length && name[end] !== '.' && name[end] !== '[') end++;
  const first = name.slice(0, end);
  let v: Value;
  if (first === '') {
    if (numbering.mode === 'manual') {
      throw rt.error('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    }
    numbering.mode = 'auto';
    v = positional(rt, source, numbering.next++);
  } else if (/^\d+$/.test(first)) {
    const index = decimalIndex(rt, first);
    if (numbering.mode === 'auto') {
      throw rt.error('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    }
    numbering.mode = 'manual';
    v = positional(rt, source, index);
  } else v = source.named(first);
  let i = end;
  try {
    while (i < name.length) {
      let next: Value;
      if (name[i] === '.') {
        let j = i + 1;
        while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
        const attr = name.slice(i + 1, j);
        if (attr === '') throw rt.error('ValueError', 'Empty attribute in format string');
        next = getAttr(rt, v, attr);
        i = j;
      } else if (name[i] === '[') {
        const close = name.indexOf(']', i + 1);
        if (close < 0) throw rt.error('ValueError', "Missing ']' in format string");
        const key = name.slice(i + 1, close);
        if (key === '') throw rt.error('ValueError', 'Empty attribute in format string');
        next = getItem(rt, v, /^\d+$/.test(key) ? decimalIndex(rt, key) : key);
        i = close + 1;
        if (i < name.length && name[i] !== '.' && name[i] !== '[') {
          rt.decref(next);
          throw rt.error('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        throw rt.error('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      }
      rt.decref(v);
      v = next;
    }
  } catch (e) {
    rt.decref(v);
    throw e;
  }
  return v;
}

function positional(rt: Runtime, source: FormatArguments, index: number): Value {
  if (source.positional === null) throw rt.error('ValueError', 'Format string contains positional fields');
  if (index >= source.positional.length) {
    throw rt.error('IndexError', `Replacement index ${index} out of range for positional args tuple`);
  }
  const v = source.positional[index];
  rt.incref(v);
  return v;
}
