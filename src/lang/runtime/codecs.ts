/**
 * The text codecs bytes.decode and str.encode reach (Objects/unicodeobject.c
 * and Python/codecs.c): utf-8, ascii and latin-1 under their usual aliases,
 * with the error handlers strict, replace, ignore, backslashreplace,
 * surrogateescape, surrogatepass (UTF-8's surrogates as their three bytes)
 * and xmlcharrefreplace for encoding. Bytes are latin-1 JS strings (see
 * heap/objects/bytes-object.ts); text is a JS string of code points.
 *
 * The UTF-8 decoder reports the same error ranges and reasons as CPython's
 * (maximal subparts, Unicode 6.0 table 3-7): a byte that cannot start a
 * sequence is "invalid start byte" (1 byte); a bad second/third/fourth byte
 * is "invalid continuation byte" over the bytes before it; a valid prefix
 * cut by the end of the data is "unexpected end of data" up to the end.
 */
import { newBytes, type BytesLikeObject, type Value } from '../../heap';
import { call, pyException } from './calls';
import { getAttr } from './attributes';
import { str } from './repr';
import type { Runtime } from './runtime';

export type Codec = 'utf-8' | 'ascii' | 'latin-1' | 'cp437';

/** cp437 (Lib/encodings/cp437.py, the charmap codec zipfile decodes names with): bytes 0x80-0xff. */
const CP437_HIGH =
  '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\xdf\u0393\u03c0\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\xb1\u2265\u2264\u2320\u2321\xf7\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0';
let cp437Encoding: Map<number, number> | undefined;

/** The byte cp437 encodes a code point as, or undefined (charmap: "character maps to <undefined>"). */
function cp437Byte(cp: number): number | undefined {
  if (cp < 0x80) return cp;
  if (cp437Encoding === undefined) {
    cp437Encoding = new Map();
    for (let i = 0; i < 128; i++) cp437Encoding.set(CP437_HIGH.charCodeAt(i), 0x80 + i);
  }
  return cp437Encoding.get(cp);
}

const ALIASES: Readonly<Record<string, Codec>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  u8: 'utf-8',
  utf: 'utf-8',
  'cp65001': 'utf-8',
  ascii: 'ascii',
  'us-ascii': 'ascii',
  '646': 'ascii',
  'latin-1': 'latin-1',
  latin1: 'latin-1',
  latin: 'latin-1',
  l1: 'latin-1',
  'iso-8859-1': 'latin-1',
  'iso8859-1': 'latin-1',
  '8859': 'latin-1',
  cp819: 'latin-1',
  cp437: 'cp437',
  '437': 'cp437',
  ibm437: 'cp437',
};

/** The codec this file implements for an encoding name, or undefined. */
function ownCodec(name: string): Codec | undefined {
  const norm = name.trim().toLowerCase().replace(/[_ ]/g, '-');
  return ALIASES[norm] ?? ALIASES[norm.replace(/-/g, '')];
}

/** codecs.lookup: the codec an encoding name stands for, or LookupError "unknown encoding: NAME". */
export function lookupCodec(rt: Runtime, name: string): Codec {
  const c = ownCodec(name);
  if (c === undefined) throw rt.error('LookupError', `unknown encoding: ${name}`);
  return c;
}

/**
 * An encoding this file does not implement (utf-16, utf-32, utf-8-sig, a
 * codec a program registered, ...) goes through the Python codec registry,
 * as CPython's PyUnicode_Decode/AsEncodedString fall back from their fast
 * paths: codecs._text_codec (stdlib/codecs.py) looks the codec up (LookupError
 * "unknown encoding: X"), refuses a non-text codec and checks the result type.
 */
function registryCodec(rt: Runtime, obj: Value, encoding: string, errors: string, encoding_text: boolean): Value {
  const empty = rt.heap.newDict();
  let mod: Value;
  try {
    mod = rt.evaluator.importModule('codecs', empty, null, 0);
  } finally {
    rt.decref(empty);
  }
  let f: Value;
  try {
    f = getAttr(rt, mod, '_text_codec');
  } finally {
    rt.decref(mod);
  }
  try {
    return call(rt, f, [obj, encoding, errors, encoding_text], null);
  } finally {
    rt.decref(f);
  }
}

type ErrorHandler = 'strict' | 'replace' | 'ignore' | 'backslashreplace' | 'xmlcharrefreplace' | 'surrogateescape' | 'surrogatepass';
const HANDLERS = new Set<string>(['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']);

function handler(rt: Runtime, errors: string): ErrorHandler {
  if (!HANDLERS.has(errors)) throw rt.error('LookupError', `unknown error handler name '${errors}'`);
  return errors as ErrorHandler;
}

/** A byte as an escape: `\xNN`. */
function hexByte(b: number): string {
  return '\\x' + b.toString(16).padStart(2, '0');
}

/**
 * UnicodeDecodeError(encoding, object, start, end, reason): [start, end)
 * are the bad bytes; the message is made from these by its __str__.
 */
function decodeError(rt: Runtime, codec: Codec, data: string, start: number, end: number, reason: string): Error {
  const object = newBytes(rt.heap, data);
  try {
    return pyException(rt, 'UnicodeDecodeError', [codec, object, start, end, reason]);
  } finally {
    rt.decref(object);
  }
}

/** bytes.decode(encoding, errors): `data` is a latin-1 string of bytes. */
export function decodeBytes(rt: Runtime, data: string, encoding: string, errors: string): string {
  const codec = ownCodec(encoding);
  if (codec === undefined) {
    const object = newBytes(rt.heap, data);
    let text: Value;
    try {
      text = registryCodec(rt, object, encoding, errors, false);
    } finally {
      rt.decref(object);
    }
    // _text_codec checked that it is a str (a str subclass instance is returned as its value).
    const value = typeof text === 'string' ? text : str(rt, text);
    rt.decref(text);
    return value;
  }
  if (codec === 'latin-1') return data;
  if (codec === 'cp437') {
    let text = '';
    for (let k = 0; k < data.length; k++) {
      const b = data.charCodeAt(k);
      text += b < 0x80 ? data[k] : CP437_HIGH[b - 0x80];
    }
    return text;
  }
  // The handler name is checked only when an error happens (as CPython does).
  let out = '';
  const n = data.length;
  let i = 0;
  const bad = (start: number, end: number, reason: string): void => {
    const h = handler(rt, errors);
    if (h === 'surrogatepass') {
      // PyCodec_SurrogatePassErrors: UTF-8 bytes of a surrogate at `start`
      // (ED A0-BF 80-BF) decode to it; anything else is the error itself.
      const b1 = data.charCodeAt(start + 1);
      const b2 = data.charCodeAt(start + 2);
      if (codec === 'utf-8' && data.charCodeAt(start) === 0xed && b1 >= 0xa0 && b1 <= 0xbf && b2 >= 0x80 && b2 <= 0xbf) {
        out += String.fromCharCode(0xd000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f));
        i = start + 3;
        return;
      }
      throw decodeError(rt, codec, data, start, end, reason);
    }
    if (h === 'strict') throw decodeError(rt, codec, data, start, end, reason);
    if (h === 'replace') out += '\ufffd';
    else if (h === 'backslashreplace') for (let k = start; k < end; k++) out += hexByte(data.charCodeAt(k));
    else if (h === 'surrogateescape') for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + data.charCodeAt(k));
    else if (h === 'xmlcharrefreplace') throw rt.typeError("don't know how to handle UnicodeDecodeError in error callback");
    i = end;
  };
  if (codec === 'ascii') {
    while (i < n) {
      const b = data.charCodeAt(i);
      if (b < 0x80) {
        out += data[i];
        i++;
      } else bad(i, i + 1, 'ordinal not in range(128)');
    }
    return out;
  }
  while (i < n) {
    const b = data.charCodeAt(i);
    if (b < 0x80) {
      out += data[i];
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      bad(i, i + 1, 'invalid start byte');
      continue;
    }
    let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    let ok = true;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) {
        bad(i, n, 'unexpected end of data');
        ok = false;
        break;
      }
      const c = data.charCodeAt(i + k);
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) {
        bad(i, i + k, 'invalid continuation byte');
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) continue;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** A character as unicode_escape shows it in an encode error: `'\xe9'`, `'\u20ac'`, `'\U0001f600'`. */
function escapedChar(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** str.encode(encoding, errors): the bytes as a latin-1 string. */
export function encodeText(rt: Runtime, text: string, encoding: string, errors: string): string {
  const codec = ownCodec(encoding);
  if (codec === undefined) {
    const data = registryCodec(rt, text, encoding, errors, true);
    const value = (data as BytesLikeObject).value;
    rt.decref(data);
    return value;
  }
  const cps = [...text].map((c) => c.codePointAt(0)!);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const reason =
    codec === 'ascii' ? 'ordinal not in range(128)' : codec === 'latin-1' ? 'ordinal not in range(256)' : codec === 'cp437' ? 'character maps to <undefined>' : 'surrogates not allowed';
  const encodable = (cp: number): boolean =>
    codec === 'utf-8' ? cp < 0xd800 || cp > 0xdfff : codec === 'cp437' ? cp437Byte(cp) !== undefined : cp < limit;
  // The error names the charmap codec for cp437 (PyUnicode_EncodeCharmap).
  const name = codec === 'cp437' ? 'charmap' : codec;
  let out = '';
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    if (encodable(cp)) {
      out += codec === 'utf-8' ? utf8Bytes(cp) : String.fromCharCode(codec === 'cp437' ? cp437Byte(cp)! : cp);
      i++;
      continue;
    }
    // The run of unencodable characters is reported (and replaced) as one.
    let j = i + 1;
    while (j < cps.length && !encodable(cps[j])) j++;
    const h = handler(rt, errors);
    // surrogatepass (PyCodec_SurrogatePassErrors): UTF-8 writes surrogates
    // as their three bytes; any other character, or another codec, fails.
    const passes = h === 'surrogatepass' && codec === 'utf-8' && cps.slice(i, j).every((c) => c >= 0xd800 && c <= 0xdfff);
    if (h === 'strict' || (h === 'surrogatepass' && !passes)) throw pyException(rt, 'UnicodeEncodeError', [name, text, i, j, reason]);
    for (let k = i; k < j; k++) {
      const c = cps[k];
      if (h === 'surrogatepass') out += utf8Bytes(c);
      else if (h === 'replace') out += '?';
      else if (h === 'backslashreplace') out += escapedChar(c);
      else if (h === 'xmlcharrefreplace') out += `&#${c};`;
      else if (h === 'surrogateescape' && c >= 0xdc80 && c <= 0xdcff) out += String.fromCharCode(c - 0xdc00);
      else if (h === 'surrogateescape') {
        const where = j - i === 1 ? `character '${escapedChar(cp)}' in position ${i}` : `characters in position ${i}-${j - 1}`;
        throw rt.error('UnicodeEncodeError', `'${name}' codec can't encode ${where}: ${reason}`);
      }
    }
    i = j;
  }
  return out;
}

/** The UTF-8 bytes of one code point (a lone surrogate as its three-byte form), as a latin-1 string. */
export function utf8Bytes(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}
