/**
 * The text codecs bytes.decode and str.encode reach (Objects/unicodeobject.c
 * and Python/codecs.c): utf-8, ascii and latin-1 under their usual aliases,
 * with the error handlers strict, replace, ignore, backslashreplace (and
 * xmlcharrefreplace for encoding). Bytes are latin-1 JS strings (see
 * heap/objects/bytes-object.ts); text is a JS string of code points.
 *
 * The UTF-8 decoder reports the same error ranges and reasons as CPython's
 * (maximal subparts, Unicode 6.0 table 3-7): a byte that cannot start a
 * sequence is "invalid start byte" (1 byte); a bad second/third/fourth byte
 * is "invalid continuation byte" over the bytes before it; a valid prefix
 * cut by the end of the data is "unexpected end of data" up to the end.
 */
import { newBytes } from '../../heap';
import { pyException } from './calls';
import type { Runtime } from './runtime';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

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
};

/** codecs.lookup: the codec an encoding name stands for, or LookupError "unknown encoding: NAME". */
export function lookupCodec(rt: Runtime, name: string): Codec {
  const norm = name.trim().toLowerCase().replace(/[_ ]/g, '-');
  const c = ALIASES[norm] ?? ALIASES[norm.replace(/-/g, '')];
  if (c === undefined) throw rt.error('LookupError', `unknown encoding: ${name}`);
  return c;
}

type ErrorHandler = 'strict' | 'replace' | 'ignore' | 'backslashreplace' | 'xmlcharrefreplace' | 'surrogateescape';
const HANDLERS = new Set<string>(['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']);

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
  const codec = lookupCodec(rt, encoding);
  if (codec === 'latin-1') return data;
  // The handler name is checked only when an error happens (as CPython does).
  let out = '';
  const n = data.length;
  let i = 0;
  const bad = (start: number, end: number, reason: string): void => {
    const h = handler(rt, errors);
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
  const codec = lookupCodec(rt, encoding);
  const cps = [...text].map((c) => c.codePointAt(0)!);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const reason = codec === 'ascii' ? 'ordinal not in range(128)' : codec === 'latin-1' ? 'ordinal not in range(256)' : 'surrogates not allowed';
  const encodable = (cp: number): boolean => (codec === 'utf-8' ? cp < 0xd800 || cp > 0xdfff : cp < limit);
  let out = '';
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    if (encodable(cp)) {
      out += codec === 'utf-8' ? utf8Bytes(cp) : String.fromCharCode(cp);
      i++;
      continue;
    }
    // The run of unencodable characters is reported (and replaced) as one.
    let j = i + 1;
    while (j < cps.length && !encodable(cps[j])) j++;
    const h = handler(rt, errors);
    if (h === 'strict') throw pyException(rt, 'UnicodeEncodeError', [codec, text, i, j, reason]);
    for (let k = i; k < j; k++) {
      const c = cps[k];
      if (h === 'replace') out += '?';
      else if (h === 'backslashreplace') out += escapedChar(c);
      else if (h === 'xmlcharrefreplace') out += `&#${c};`;
      else if (h === 'surrogateescape' && c >= 0xdc80 && c <= 0xdcff) out += String.fromCharCode(c - 0xdc00);
      else if (h === 'surrogateescape') {
        const where = j - i === 1 ? `character '${escapedChar(cp)}' in position ${i}` : `characters in position ${i}-${j - 1}`;
        throw rt.error('UnicodeEncodeError', `'${codec}' codec can't encode ${where}: ${reason}`);
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
