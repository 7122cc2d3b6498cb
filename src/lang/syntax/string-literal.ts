/**
 * String literals: the tokenizer's scanner (tokenizer.c, `letter_quote:`)
 * and the parser's escape decoder (string_parser.c,
 * `decode_unicode_with_escapes`).
 *
 * A literal is an optional prefix (`r u f b` and the pairs `br rb fr rf`, any
 * case), then `'` `"` `'''` or `"""`. A backslash always escapes the next
 * character for the scanner, even in raw strings (so `r'\''` is one
 * literal); a newline ends a single-quoted literal unless escaped. In 3.11 an
 * f-string is scanned exactly like any other string: its fields are found
 * later by the parser (fstring.ts).
 */
import { codePointOfName } from './unicode-names';

/** Prefixes Python accepts, lower-cased. */
const STRING_PREFIXES = new Set(['r', 'u', 'f', 'b', 'br', 'rb', 'fr', 'rf']);

export function isStringPrefix(word: string): boolean {
  return STRING_PREFIXES.has(word.toLowerCase());
}

export type StringScan = { end: number } | { unterminated: 'single' | 'triple'; detectedAt: number };

/** Scan from the opening quote at `quotePos`; return the end offset or where the text ran out. */
export function scanString(text: string, quotePos: number): StringScan {
  const quote = text[quotePos];
  const triple = text[quotePos + 1] === quote && text[quotePos + 2] === quote;
  let i = quotePos + (triple ? 3 : 1);
  let closing = 0;
  const needed = triple ? 3 : 1;
  while (closing < needed) {
    const c = text[i];
    if (c === undefined || (!triple && c === '\n')) {
      return { unterminated: triple ? 'triple' : 'single', detectedAt: Math.min(i, text.length) };
    }
    i++;
    if (c === quote) {
      closing++;
    } else {
      closing = 0;
      if (c === '\\' && i < text.length) i++;
    }
  }
  // A single-quoted empty string `''` is found by the loop as well: the
  // second quote closes it.
  return { end: i };
}

/** The parts of a string token's text. */
export interface StringPieces {
  /** The prefix as written, e.g. `rb`, `F`, ''. */
  prefix: string;
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /** Offset of the body inside the token text, and the body between the quotes. */
  bodyOffset: number;
  body: string;
}

export function stringPieces(tokenText: string): StringPieces {
  const prefix = /^[a-zA-Z]*/.exec(tokenText)![0];
  const lower = prefix.toLowerCase();
  const quote = tokenText[prefix.length];
  const quoteLen = tokenText.startsWith(quote.repeat(3), prefix.length) && tokenText.length >= prefix.length + 6 ? 3 : 1;
  return {
    prefix,
    raw: lower.includes('r'),
    bytes: lower.includes('b'),
    fstring: lower.includes('f'),
    bodyOffset: prefix.length + quoteLen,
    body: tokenText.slice(prefix.length + quoteLen, tokenText.length - quoteLen),
  };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** How the decoder reports an error: the message, to be raised where the parser decides. */
export type EscapeErrorSink = (msg: string) => never;

/**
 * Decode the escapes of a non-raw str body. Unknown escapes such as `\d`
 * stay as written (CPython only warns). `\N{name}` looks the name up in the
 * Unicode name table (unicode-names.ts, loaded on the first such escape);
 * a malformed `\N` or an unknown name is CPython's unicode error.
 */
export function decodeEscapes(body: string, fail: EscapeErrorSink): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === '\n') {
      i += 2;
    } else if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else if (e >= '0' && e <= '7') {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCodePoint(parseInt(digits, 8));
      i += 1 + digits.length;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const width = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const digits = /^[0-9a-fA-F]*/.exec(body.slice(i + 2, i + 2 + width))![0];
      if (digits.length < width) fail(unicodeError(body, i, 1 + digits.length, `truncated \\${truncatedName(e)} escape`));
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) fail(unicodeError(body, i, 1 + width, 'illegal Unicode character'));
      out += String.fromCodePoint(code);
      i += 2 + width;
    } else if (e === 'N') {
      // _PyUnicode_DecodeUnicodeEscapeInternal: a malformed \N (no `{`, no
      // `}`, or an empty name) and an unknown name are unicode errors; the
      // unknown name's range runs from the backslash to the `}`.
      if (body[i + 2] !== '{') fail(unicodeError(body, i, 1, 'malformed \\N character escape'));
      const close = body.indexOf('}', i + 3);
      if (close < 0) fail(unicodeError(body, i, body.length - i - 1, 'malformed \\N character escape'));
      if (close === i + 3) fail(unicodeError(body, i, 2, 'malformed \\N character escape'));
      const code = codePointOfName(body.slice(i + 3, close));
      if (code === undefined) fail(unicodeError(body, i, close - i, 'unknown Unicode character name', close));
      out += String.fromCodePoint(code);
      i = close + 1;
    } else {
      out += '\\' + e;
      i += 2;
    }
  }
  return out;
}

/**
 * Decode the escapes of a non-raw bytes body (decode_bytes_with_escapes,
 * _PyBytes_DecodeEscape): the result is a latin-1 string (char codes
 * 0..255). `\x` needs two hex digits; an octal escape keeps its low 8
 * bits; `\u`, `\U` and `\N` are not escapes in bytes and stay as written.
 */
export function decodeBytesEscapes(body: string, fail: EscapeErrorSink): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === '\n') {
      i += 2;
    } else if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else if (e >= '0' && e <= '7') {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i += 1 + digits.length;
    } else if (e === 'x') {
      const digits = /^[0-9a-fA-F]{0,2}/.exec(body.slice(i + 2, i + 4))![0];
      if (digits.length < 2) fail(`(value error) invalid \\x escape at position ${i}`);
      out += String.fromCharCode(parseInt(digits, 16));
      i += 4;
    } else {
      out += '\\' + e;
      i += 2;
    }
  }
  return out;
}

function truncatedName(e: string): string {
  return e === 'x' ? 'xXX' : e === 'u' ? 'uXXXX' : 'UXXXXXXXX';
}

/**
 * CPython's message for a bad escape. The positions index the buffer that
 * `decode_unicode_with_escapes` builds, where each non-ASCII character has
 * become a 10-byte `\UXXXXXXXX` (and a backslash before one a 6-byte
 * `\u005c`).
 */
function unicodeError(body: string, escapeAt: number, lastRelative: number, reason: string, lastAt?: number): string {
  const pos = bufferOffset(body, escapeAt);
  const last = lastAt === undefined ? pos + lastRelative : bufferOffset(body, lastAt);
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${last}: ${reason}`;
}

/** The offset in decode_unicode_with_escapes' buffer of body[index]. */
function bufferOffset(body: string, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) {
    const code = body.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (code < 128) pos += body[i] === '\\' && (body.codePointAt(i + 1) ?? 0) >= 128 ? 6 : 1;
    else pos += 10;
  }
  return pos;
}
