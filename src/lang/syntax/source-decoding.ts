/**
 * A scenario file's bytes to text, as CPython 3.11's tokenizer reads a
 * source file (Parser/tokenizer.c: check_bom, check_coding_spec,
 * get_normal_name, decoding_fgets, valid_utf8; PEP 263):
 *
 * - A UTF-8 byte-order mark is dropped. With a BOM, a coding cookie other
 *   than UTF-8 is "encoding problem: NAME with BOM".
 * - A coding cookie (`# -*- coding: NAME -*-`, `# vim: set fileencoding=NAME`)
 *   counts on line 1, or on line 2 when line 1 is blank or a comment. Its name
 *   is normalized as get_normal_name does (`latin-1`, `iso-latin-1` ->
 *   `iso-8859-1`; `utf-8-*` -> `utf-8`), then looked up as the codec registry
 *   does (normalize_encoding and the aliases table). gclab decodes UTF-8,
 *   Latin-1, ASCII, CP1252 and ISO-8859-15; any other name is refused as
 *   CPython refuses a name it does not know: "encoding problem: NAME".
 * - Without a cookie the file must be UTF-8: the first line with a byte
 *   that is not is "Non-UTF-8 code starting with '\xNN' in file F on line N,
 *   but no encoding declared; see https://peps.python.org/pep-0263/ for
 *   details". With an explicit UTF-8 cookie the same bytes are CPython's
 *   "(unicode error) 'utf-8' codec can't decode byte 0xNN ..." at that place.
 * - A NUL byte is "source code cannot contain null bytes" on its line (the
 *   line up to the NUL is shown, without a caret); lines are read in order, so
 *   whichever of a NUL and a bad byte comes first is reported.
 */
import { decodeEscapingInvalid } from './escaped-bytes';
import { SourceText } from './source-text';
import { ScenarioSyntaxError } from './syntax-error';

/**
 * Decode a scenario's bytes; throws ScenarioSyntaxError as python3 reports
 * the file. With `escapeInvalid` (compile() of bytes, CPython's string
 * tokenizer), bytes that are not UTF-8 and no coding cookie are no error
 * here: they are kept as surrogate escapes for the tokenizer and the string
 * parser to report where they are decoded (escaped-bytes.ts).
 */
/**
 * Whether the tokenizer of a bytes source sets tok->encoding (decode_str:
 * a UTF-8 BOM or a coding cookie in the first two lines). Without one the
 * parser's error columns stay UTF-8 byte offsets
 * (_PyPegen_raise_error_known_location converts only with an encoding).
 */
export function declaresEncoding(bytes: Uint8Array): boolean {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return hasBom || findCodingCookie(bytes, hasBom ? 3 : 0) !== null;
}

export function decodeSource(bytes: Uint8Array, filename: string, escapeInvalid = false): string {
  let start = 0;
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) start = 3;
  const cookie = findCodingCookie(bytes, start);
  if (cookie !== null) {
    const name = normalName(cookie);
    if (hasBom && name !== 'utf-8') throw unlocated(filename, `encoding problem: ${name} with BOM`);
    const codec = name === 'utf-8' ? 'utf_8' : codecOf(name);
    if (codec === undefined) throw unlocated(filename, `encoding problem: ${name}`);
    if (codec !== 'utf_8') {
      const text = decodeSingleByte(bytes, start, codec);
      if (text === null) throw unlocated(filename, `encoding problem: ${name}`);
      checkNullBytes(text, filename);
      return text;
    }
  }
  const bad = firstInvalidUtf8(bytes, start);
  const nul = bytes.indexOf(0, start);
  if (nul >= 0 && (bad < 0 || lineOf(bytes, start, nul) <= lineOf(bytes, start, bad))) {
    checkNullBytes(new TextDecoder('utf-8').decode(bytes.subarray(start)), filename);
  }
  if (bad >= 0) {
    if (cookie === null && escapeInvalid) return decodeEscapingInvalid(bytes, start);
    const line = lineOf(bytes, start, bad);
    if (cookie === null) {
      const hex = bytes[bad].toString(16).padStart(2, '0');
      throw unlocated(
        filename,
        `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; ` +
          'see https://peps.python.org/pep-0263/ for details',
      );
    }
    const lineStart = bytes.lastIndexOf(10, bad - 1) + 1;
    const lineEnd = bytes.indexOf(10, bad);
    const lineText = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, lineEnd < 0 ? bytes.length : lineEnd));
    const col = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad))].length;
    const hex = bytes[bad].toString(16).padStart(2, '0');
    throw new ScenarioSyntaxError(
      'SyntaxError',
      `(unicode error) 'utf-8' codec can't decode byte 0x${hex} in position 0: ${utf8Problem(bytes, bad)}`,
      filename,
      line,
      col + 1,
      lineText.replace(/\r$/, ''),
    );
  }
  return new TextDecoder('utf-8').decode(bytes.subarray(start));
}

/** A NUL in decoded text: CPython's error on its line, showing the line up to the NUL. */
export function checkNullBytes(text: string, filename: string): void {
  const at = text.indexOf('\0');
  if (at < 0) return;
  const source = new SourceText(text, filename);
  const { line } = source.locate(source.text.indexOf('\0'));
  const shown = source.lineText(line).split('\0')[0];
  throw new ScenarioSyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, line, 0, shown);
}

function unlocated(filename: string, msg: string): ScenarioSyntaxError {
  return new ScenarioSyntaxError('SyntaxError', msg, filename, 0, 0, '');
}

// ---- the coding cookie -------------------------------------------------------

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** The cookie's encoding name on line 1, or on line 2 after a blank or comment line 1. */
function findCodingCookie(bytes: Uint8Array, start: number): string | null {
  const lines: string[] = [];
  let pos = start;
  for (let i = 0; i < 2 && pos < bytes.length; i++) {
    let end = bytes.indexOf(10, pos);
    if (end < 0) end = bytes.length;
    lines.push(latin1(bytes, pos, end));
    pos = end + 1;
  }
  const first = lines[0] !== undefined ? COOKIE.exec(lines[0]) : null;
  if (first !== null) return first[1];
  if (lines.length < 2 || !/^[ \t\f\r]*(#.*)?$/.test(lines[0])) return null;
  const second = COOKIE.exec(lines[1]);
  return second !== null ? second[1] : null;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** tokenizer.c get_normal_name: the first 12 characters, lower case, '_' as '-'. */
function normalName(name: string): string {
  const buf = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (buf === latin || buf.startsWith(latin + '-')) return 'iso-8859-1';
  }
  return name;
}

/**
 * The codec registry's answer for a name (codecs.lookup: lower case,
 * encodings.normalize_encoding, then encodings.aliases), limited to the
 * codecs gclab decodes; undefined for any other name.
 */
function codecOf(name: string): SingleByteCodec | 'utf_8' | undefined {
  const chars: string[] = [];
  let punct = false;
  for (const c of name.toLowerCase()) {
    if (/[a-z0-9.]/.test(c)) {
      if (punct && chars.length > 0) chars.push('_');
      chars.push(c);
      punct = false;
    } else punct = true;
  }
  const key = chars.join('').replace(/\./g, '_');
  return CODEC_ALIASES[key] ?? (key in CODECS ? (key as SingleByteCodec) : undefined);
}

type SingleByteCodec = 'latin_1' | 'ascii' | 'cp1252' | 'iso8859_15';
const CODECS: Record<SingleByteCodec | 'utf_8', true> = { latin_1: true, ascii: true, cp1252: true, iso8859_15: true, utf_8: true };

/** encodings/aliases.py's entries for the codecs above. */
const CODEC_ALIASES: Readonly<Record<string, SingleByteCodec | 'utf_8'>> = {
  u8: 'utf_8', utf: 'utf_8', utf8: 'utf_8', utf8_ucs2: 'utf_8', utf8_ucs4: 'utf_8', cp65001: 'utf_8',
  '8859': 'latin_1', cp819: 'latin_1', csisolatin1: 'latin_1', ibm819: 'latin_1', iso8859: 'latin_1',
  iso8859_1: 'latin_1', iso_8859_1: 'latin_1', iso_8859_1_1987: 'latin_1', iso_ir_100: 'latin_1',
  l1: 'latin_1', latin: 'latin_1', latin1: 'latin_1',
  '646': 'ascii', ansi_x3_4_1968: 'ascii', ansi_x3_4_1986: 'ascii', ansi_x3_110_1983: 'ascii', cp367: 'ascii',
  csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', iso_646_irv_1991: 'ascii', iso_ir_6: 'ascii',
  us: 'ascii', us_ascii: 'ascii',
  '1252': 'cp1252', windows_1252: 'cp1252',
  iso_8859_15: 'iso8859_15', l9: 'iso8859_15', latin9: 'iso8859_15',
};

/** CP1252's 0x80-0x9F (undefined bytes are null: the codec refuses them). */
const CP1252_HIGH = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null,
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178,
];
/** ISO-8859-15 differs from Latin-1 in eight places. */
const LATIN9: Readonly<Record<number, number>> = {
  0xa4: 0x20ac, 0xa6: 0x0160, 0xa8: 0x0161, 0xb4: 0x017d, 0xb8: 0x017e, 0xbc: 0x0152, 0xbd: 0x0153, 0xbe: 0x0178,
};

/** The text, or null when a byte has no meaning in the codec. */
function decodeSingleByte(bytes: Uint8Array, start: number, codec: SingleByteCodec): string | null {
  const out: string[] = [];
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    let cp: number | null = b;
    if (codec === 'ascii' && b > 0x7f) cp = null;
    else if (codec === 'cp1252' && b >= 0x80 && b <= 0x9f) cp = CP1252_HIGH[b - 0x80];
    else if (codec === 'iso8859_15') cp = LATIN9[b] ?? b;
    if (cp === null) return null;
    out.push(String.fromCharCode(cp));
  }
  return out.join('');
}

// ---- UTF-8 validity ------------------------------------------------------------

/** The offset of the first byte that does not start a valid UTF-8 sequence (surrogates refused), or -1. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

/** The length of the valid UTF-8 sequence at i, or 0 (the rules of CPython's utf-8 decoder). */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * The first error of CPython's utf-8 codec in bytes[start..]: the bad
 * range (a truncated sequence runs to the end of the data) and the reason;
 * null when the bytes decode.
 */
export function utf8ErrorAt(bytes: Uint8Array, start: number): { start: number; end: number; reason: string } | null {
  const at = firstInvalidUtf8(bytes, start);
  if (at < 0) return null;
  const reason = utf8Problem(bytes, at);
  return { start: at - start, end: reason === 'unexpected end of data' ? bytes.length - start : at - start + 1, reason };
}

/** The reason CPython's utf-8 codec gives for the bad sequence at i. */
function utf8Problem(bytes: Uint8Array, i: number): string {
  const b = bytes[i];
  if (b < 0xc2 || b > 0xf4) return 'invalid start byte';
  const need = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3;
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return 'unexpected end of data';
    const c = bytes[i + k];
    const lo = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
    const hi = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
    if (c < lo || c > hi) return 'invalid continuation byte';
  }
  return 'invalid start byte';
}

/** The 1-based line of a byte offset (lines end at '\n'; '\r\n' counts once). */
function lineOf(bytes: Uint8Array, start: number, offset: number): number {
  let line = 1;
  for (let i = start; i < offset; i++) {
    if (bytes[i] === 10) line++;
    else if (bytes[i] === 13 && bytes[i + 1] !== 10) line++;
  }
  return line;
}
